"""Under- and overfitting: polynomials fitted by Gluon's SGD, K-fold model selection and weight decay (D2L 3.11–3.12).

How the training is made fast without changing its result. Minibatch SGD on a linear model with the
squared loss (and weight decay) is an affine map of the parameters: one epoch takes θ to A·θ + c, where
A and c depend only on that epoch's batches. So every epoch is trained at once, from D + 2 starting
points (zero, each unit weight, the unit bias), by Gluon itself — one batched dense layer holding all
those copies of `nn.Dense(1)`, `gloss.L2Loss`, `gluon.Trainer('sgd', {'wd': λ})` — which reads off
every epoch's A and c. Chaining θ ← A·θ + c from the initial weights then gives the parameters after
every epoch: the same numbers as the plain D2L loop, step by step, with a few batched steps instead of
a thousand small ones (tests/test_fitting.py checks it against the plain recipe). The same layer holds
every fold and degree of the model-selection sweep, and every λ of the weight-decay sweep (each λ its
own Parameters, decayed by Trainer's wd × wd_mult).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import loss as gloss

from explain import engine
from explain.errors import InputError

# D2L 3.11: y = 1.2x − 3.4x² + 5.6x³ + 5 + ε
TRUE_W = (1.2, -3.4, 5.6)
TRUE_B = 5.0
MAX_DEGREE = 20
MAX_EPOCHS = 200
MAX_TRAIN = 100
CUBIC = 3  # powers up to x³ stay raw, as in D2L 3.11

# D2L 3.12: 20 samples, 200 inputs, w = 0.01, b = 0.05, noise 0.01
HD_TRAIN, HD_TEST, HD_INPUTS, HD_W, HD_B, HD_NOISE = 20, 100, 200, 0.01, 0.05, 0.01

INIT_SCALE = 0.07  # Gluon's default initializer for nn.Dense weights: Uniform(−0.07, 0.07); biases start at 0
FLOAT32_MAX = float(np.finfo(np.float32).max)  # a loss beyond this prints as inf in D2L's float32 code
BLOCK_WEIGHTS = 1_500_000  # at most this many weights trained side by side (memory)


def power_scale(i: int) -> float:
    """The divisor of column x^i: 1 up to x³ (D2L's raw features), 2^(i−3)·i!/3! above, so no column outgrows x³."""
    return 1.0 if i <= CUBIC else 2.0 ** (i - CUBIC) * math.factorial(i) / math.factorial(CUBIC)


def features(x, degree: int) -> np.ndarray:
    """Columns x^i / power_scale(i) for i = 1..degree (no column for the bias)."""
    x = np.asarray(x, dtype=np.float64)
    columns = [x ** i / power_scale(i) for i in range(1, degree + 1)]
    return np.stack(columns, axis=1) if columns else np.zeros((len(x), 0))


def true_curve(x) -> np.ndarray:
    """D2L's cubic without noise."""
    x = np.asarray(x, dtype=np.float64)
    return TRUE_B + sum(w * x ** (i + 1) for i, w in enumerate(TRUE_W))


def polynomial(weight, bias: float, x) -> np.ndarray:
    """b + Σ w_i x^i for coefficients on the original scale."""
    x = np.asarray(x, dtype=np.float64)
    return np.full_like(x, bias) + sum(w * x ** (i + 1) for i, w in enumerate(np.asarray(weight, dtype=np.float64)))


class PolyData(tuple):
    """x_train, y_train, x_test, y_test (a tuple, with the four also as attributes)."""

    __slots__ = ()
    x_train = property(lambda self: self[0])
    y_train = property(lambda self: self[1])
    x_test = property(lambda self: self[2])
    y_test = property(lambda self: self[3])


def polynomial_data(n_train: int = 100, n_test: int = 100, noise: float = 0.1, seed: int = 0) -> PolyData:
    """D2L 3.11's data: x ~ N(0, 1), y = 1.2x − 3.4x² + 5.6x³ + 5 + ε with ε ~ N(0, noise²)."""
    if not (isinstance(n_train, (int, np.integer)) and isinstance(n_test, (int, np.integer))
            and 1 <= n_train <= 10_000 and 1 <= n_test <= 10_000):
        raise InputError("size", "the sample sizes must be whole numbers from 1 to 10000")
    if not (math.isfinite(noise) and 0 <= noise <= 100):
        raise InputError("noise", "the noise must lie in [0, 100]")
    rng = np.random.default_rng(seed)
    x = rng.normal(size=n_train + n_test)
    y = true_curve(x) + noise * rng.normal(size=x.size)
    return PolyData((x[:n_train], y[:n_train], x[n_train:], y[n_train:]))


# --- the training plan: initial weights and each epoch's order, from one explicit seed -----------------

@dataclass(frozen=True)
class Plan:
    """What the random parts of D2L's loop decide: the initial weights and the shuffle of every epoch."""

    weight: np.ndarray  # (inputs,) initial weights
    bias: float
    orders: np.ndarray  # (epochs, n) the order of the samples in each epoch
    batch_size: int  # min(batch_size, n), as D2L sets it


def sgd_plan(n: int, inputs: int, epochs: int, batch_size: int, seed: int, init: str = "uniform",
             stream: int = 0) -> Plan:
    """Initial weights (Uniform(±0.07) like Gluon's default, or Normal(0, 1) like D2L 3.12) and the epochs' shuffles."""
    rng = np.random.default_rng([seed, 1, stream])
    weight = rng.uniform(-INIT_SCALE, INIT_SCALE, inputs) if init == "uniform" else rng.normal(size=inputs)
    orders = np.stack([rng.permutation(n) for _ in range(epochs)]) if epochs else np.zeros((0, n), int)
    return Plan(weight, 0.0, orders, min(batch_size, n))


def batches(n: int, batch_size: int) -> list[slice]:
    """The slices of one epoch's order: full batches, then the rest (DataLoader's last_batch='keep')."""
    return [slice(i, min(i + batch_size, n)) for i in range(0, n, batch_size)]


# --- Gluon: many copies of nn.Dense(1) trained side by side ------------------------------------------

class StackedDense(gluon.HybridBlock):
    """groups × stacks × models copies of nn.Dense(1) with Gluon's L2Loss: stack s of every group reads batch s.

    Each group has its own weight and bias Parameters, so that Trainer's weight decay (wd × the
    Parameter's wd_mult) can differ from group to group; the groups are laid side by side along the
    stacks. `mask` (inputs, models) says which inputs each model may use, or None for all.
    """

    def __init__(self, groups: int, stacks: int, inputs: int, models: int, mask: np.ndarray | None, **kwargs):
        super().__init__(**kwargs)
        self.groups = groups
        with self.name_scope():
            for g in range(groups):
                setattr(self, f"weight{g}", self.params.get(f"weight{g}", shape=(stacks, inputs, models), dtype="float64"))
                setattr(self, f"bias{g}", self.params.get(f"bias{g}", shape=(stacks, 1, models), dtype="float64"))
            if mask is not None:
                full = np.broadcast_to(mask, (stacks * groups, *mask.shape))
                self.mask = self.params.get_constant("mask", nd.array(full, dtype="float64"))
        self.loss = gloss.L2Loss()

    def hybrid_forward(self, F, X, y, **params):
        """Per-sample L2 loss ½(ŷ − y)² of every model on its stack's batch (X: stacks × batch × inputs)."""
        join = lambda kind: F.concat(*(params[f"{kind}{g}"] for g in range(self.groups)), dim=0) \
            if self.groups > 1 else params[f"{kind}0"]
        weight, bias = join("weight"), join("bias")
        if "mask" in params:
            weight = weight * F.BlockGrad(params["mask"])
        if self.groups > 1:
            X, y = F.tile(X, reps=(self.groups, 1, 1)), F.tile(y, reps=(self.groups, 1, 1))
        # the bias enters as a product with a column of ones: its gradient is then a product too
        pred = F.batch_dot(X, weight) + F.batch_dot(F.ones_like(y), bias)
        return self.loss(pred.reshape((-1, 1)), F.broadcast_like(y, pred).reshape((-1, 1)))

    def parameters(self, kind: str) -> list:
        """The groups' weight (or bias) Parameters, in order."""
        return [getattr(self, f"{kind}{g}") for g in range(self.groups)]


def _starts(degrees, inputs: int):
    """Starting points of every model: zero, then each unit weight, then the unit bias, per degree.

    Returns w0 (inputs, columns), b0 (1, columns), the mask of the inputs each column may use, and each degree's first column.
    """
    count = sum(d + 2 for d in degrees)
    w0, b0, mask = np.zeros((inputs, count)), np.zeros((1, count)), np.zeros((inputs, count))
    offsets, p = [], 0
    for d in degrees:
        offsets.append(p)
        mask[:d, p:p + d + 2] = 1
        w0[np.arange(d), p + 1 + np.arange(d)] = 1
        b0[0, p + d + 1] = 1
        p += d + 2
    return w0, b0, mask, offsets


def _epoch_maps(X, y, orders, batch_size, degrees, decays, lr):
    """On the MXNet worker: every epoch's affine map θ → A·θ + c, for each weight decay, data split and degree.

    X: (splits, n, inputs), y: (splits, n), orders: (splits, epochs, n); a degree-d model uses the first
    d inputs; decays: (λ for the weights, λ for the bias) pairs. Returns maps[decay][degree] = (A, c) with
    A: (splits, epochs, d+1, d+1) and c: (splits, epochs, d+1), θ = (w_1..w_d, b).
    """
    splits, n, inputs = X.shape
    epochs, groups = orders.shape[1], len(decays)
    w0, b0, mask, offsets = _starts(degrees, inputs)
    models = w0.shape[1]
    per_block = max(1, BLOCK_WEIGHTS // (groups * splits * inputs * models))
    final_w = np.empty((groups, splits, epochs, inputs, models))
    final_b = np.empty((groups, splits, epochs, models))
    for start in range(0, epochs, per_block):
        block = range(start, min(epochs, start + per_block))
        stacks = splits * len(block)
        net = StackedDense(groups, stacks, inputs, models, None if mask.all() else mask)
        net.initialize(mx.init.Zero())  # then set to the starting points
        for (wd, wd_bias), weight, bias in zip(decays, net.parameters("weight"), net.parameters("bias")):
            weight.set_data(nd.array(np.broadcast_to(w0, (stacks, inputs, models)), dtype="float64"))
            bias.set_data(nd.array(np.broadcast_to(b0, (stacks, 1, models)), dtype="float64"))
            # Trainer decays a Parameter by wd × wd_mult: with wd = 1, each group's own λ
            weight.wd_mult, bias.wd_mult = wd, wd_bias
        net.hybridize(static_alloc=True)
        # the notes' two Trainers: one for the weights, one for the biases
        trainer_w = gluon.Trainer(net.parameters("weight"), "sgd", {"learning_rate": lr, "wd": 1.0})
        trainer_b = gluon.Trainer(net.parameters("bias"), "sgd", {"learning_rate": lr, "wd": 1.0})
        order = orders[:, block.start:block.stop].reshape(stacks, n)
        Xs = np.repeat(X, len(block), axis=0)
        ys = np.repeat(y, len(block), axis=0)
        rows = np.arange(stacks)[:, None]
        with np.errstate(all="ignore"):
            for part in batches(n, batch_size):
                idx = order[:, part]
                xb = nd.array(Xs[rows, idx], dtype="float64")
                yb = nd.array(ys[rows, idx][:, :, None], dtype="float64")
                with autograd.record():
                    loss = net(xb, yb)
                loss.backward()
                trainer_w.step(batch_size)
                trainer_b.step(batch_size)
        for g, (weight, bias) in enumerate(zip(net.parameters("weight"), net.parameters("bias"))):
            final_w[g, :, block.start:block.stop] = weight.data().asnumpy().reshape(splits, len(block), inputs, models)
            final_b[g, :, block.start:block.stop] = bias.data().asnumpy().reshape(splits, len(block), models)
    maps = []
    for g in range(groups):
        maps.append([])
        for d, p in zip(degrees, offsets):
            theta = np.concatenate([final_w[g, :, :, :d, p:p + d + 2], final_b[g, :, :, None, p:p + d + 2]], axis=2)
            c = theta[..., 0]
            with np.errstate(all="ignore"):
                A = theta[..., 1:] - c[..., None]
            maps[-1].append((A, c))
    return maps


def _trajectory(A, c, theta0):
    """θ after every epoch: θ_{e+1} = A_e θ_e + c_e, from θ_0 (float64). Shapes (..., epochs+1, d+1)."""
    epochs = A.shape[-3]
    out = np.empty(A.shape[:-3] + (epochs + 1, A.shape[-1]))
    out[..., 0, :] = theta0
    with np.errstate(all="ignore"):
        for e in range(epochs):
            out[..., e + 1, :] = np.einsum("...ij,...j->...i", A[..., e, :, :], out[..., e, :]) + c[..., e, :]
    return out


def _losses(theta, X, y):
    """On the MXNet worker: Gluon's L2Loss (½ mean squared error) of each parameter row on (X, y)."""
    d = theta.shape[-1] - 1
    flat = theta.reshape(-1, d + 1)
    with np.errstate(all="ignore"):
        pred = (flat[:, :d] @ X[:, :d].T if d else np.zeros((len(flat), len(y)))) + flat[:, d:]
    pred = np.nan_to_num(pred, nan=np.inf, posinf=np.inf, neginf=-np.inf)
    loss = gloss.L2Loss()(nd.array(pred, dtype="float64"), nd.array(np.broadcast_to(y, pred.shape), dtype="float64"))
    out = loss.asnumpy().reshape(theta.shape[:-1])
    return np.where(np.isfinite(out), out, np.inf)


def divergence(train_loss) -> int | None:
    """The first epoch (1-based) whose training loss is beyond float32 (D2L's code prints inf), or None."""
    bad = np.flatnonzero(~(np.asarray(train_loss) <= FLOAT32_MAX))
    return int(bad[0]) + 1 if bad.size else None


# --- the fit of one polynomial --------------------------------------------------------------------------

@dataclass(frozen=True)
class Fit:
    """One polynomial trained by minibatch SGD: losses per epoch, weights on the original scale, the analytic solution."""

    degree: int
    train_loss: np.ndarray  # (epochs,) L2Loss on the training set after each epoch
    test_loss: np.ndarray
    start_loss: tuple[float, float]  # train and test loss of the initial weights (epoch 0)
    weight: np.ndarray  # coefficients of x¹..x^degree after the last epoch, original scale
    bias: float
    diverged: bool
    diverged_at: int | None  # first epoch with a loss beyond float32, or None
    history_w: np.ndarray  # (epochs+1, degree) coefficients after each epoch (epoch 0: the initial ones)
    history_b: np.ndarray  # (epochs+1,)
    analytic_w: np.ndarray  # the minimiser of the same loss (least squares, ridge on the weights with wd)
    analytic_b: float
    analytic_train: float
    analytic_test: float
    n_train: int


def _check_training(degree, epochs, lr, batch_size, weight_decay):
    if not (isinstance(degree, (int, np.integer)) and 0 <= degree <= MAX_DEGREE):
        raise InputError("degree", f"the degree must be a whole number from 0 to {MAX_DEGREE}")
    if not (isinstance(epochs, (int, np.integer)) and 1 <= epochs <= 10 * MAX_EPOCHS):
        raise InputError("epochs", "the number of epochs must be a whole number from 1 to 2000")
    if not (isinstance(batch_size, (int, np.integer)) and batch_size >= 1):
        raise InputError("batch", "the batch size must be a whole number of at least 1")
    if not (math.isfinite(lr) and 0 < lr <= 100):
        raise InputError("lr", "the learning rate must lie in (0, 100]")
    if not (math.isfinite(weight_decay) and 0 <= weight_decay <= 100):
        raise InputError("wd", "the weight decay must lie in [0, 100]")


def analytic(X, y, weight_decay: float = 0.0, decay_bias: bool = False) -> tuple[np.ndarray, float]:
    """The closed-form minimiser of mean ½(Xw + b − y)² + ½λ‖w‖² (the smallest one if many fit exactly)."""
    n, d = X.shape
    Z = np.column_stack([X, np.ones(n)])
    if weight_decay == 0 and n > d:
        # one minimiser: found with every column scaled to length 1, so that a high power, tiny on this scale,
        # is not mistaken for rounding noise and dropped
        length = np.linalg.norm(Z, axis=0)
        length[length == 0] = 1.0
        theta = np.linalg.lstsq(Z / length, y, rcond=None)[0] / length
    elif weight_decay == 0:
        # many polynomials fit every point: the one with the smallest weights, which SGD from small weights approaches
        theta = np.linalg.lstsq(Z, y, rcond=None)[0]
    else:
        penalty = np.diag([1.0] * d + [1.0 if decay_bias else 0.0]) * weight_decay
        theta = np.linalg.lstsq(Z.T @ Z / n + penalty, Z.T @ y / n, rcond=None)[0]
    return theta[:d], float(theta[d])


def least_squares(x, y, degree: int) -> np.polynomial.Chebyshev:
    """The least-squares polynomial of this degree through (x, y), as a callable: solved in the Chebyshev basis on
    x's range, which stays well conditioned where the powers x^i do not (their matrix reaches cond ~1e14 at degree 20)."""
    return np.polynomial.Chebyshev.fit(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64), degree)


def closed_form(x, y, degree: int, weight_decay: float = 0.0):
    """The minimiser of the training loss (+ ½λ‖w‖² on the model's weights) as a function of x, and its coefficients
    b, w_1..w_d on the original scale."""
    scale = np.array([power_scale(i) for i in range(1, degree + 1)])
    if weight_decay == 0 and len(x) > degree:  # one minimiser, whatever the basis
        coef = least_squares(x, y, degree).convert(kind=np.polynomial.Polynomial).coef
        coef = np.pad(coef, (0, degree + 1 - len(coef)))
        return least_squares(x, y, degree), coef[1:], float(coef[0])
    # ridge, or many exact fits (the smallest weights): the answer depends on the model's own scaled powers
    w, b = analytic(features(x, degree), y, weight_decay)
    return (lambda points: features(points, degree) @ w + b), w / scale, b


def fit_polynomial(data, degree: int, epochs: int = 100, lr: float = 0.01, batch_size: int = 10,
                   weight_decay: float = 0.0, n_train: int | None = None, seed: int = 0) -> Fit:
    """Train b + Σ w_i x^i/s_i with nn.Dense, L2Loss and Trainer('sgd', wd on the weights) on the first n_train samples."""
    x_train, y_train, x_test, y_test = (np.asarray(a, dtype=np.float64) for a in data)
    n = len(x_train) if n_train is None else n_train
    if not (isinstance(n, (int, np.integer)) and 1 <= n <= len(x_train)):
        raise InputError("n_train", f"the training-set size must be a whole number from 1 to {len(x_train)}")
    _check_training(degree, epochs, lr, batch_size, weight_decay)
    x, y = x_train[:n], y_train[:n]
    X, Xt = features(x, degree), features(x_test, degree)
    plan = sgd_plan(n, degree, epochs, batch_size, seed)
    width = max(degree, 1)  # MXNet has no empty arrays: degree 0 keeps one column it never uses
    pad = lambda M: np.column_stack([M, np.zeros((len(M), width - degree))])
    ((A, c),), = engine.run(_epoch_maps, pad(X)[None], y[None], plan.orders[None], plan.batch_size, (degree,),
                            [(float(weight_decay), 0.0)], float(lr))
    theta = _trajectory(A[0], c[0], np.append(plan.weight, plan.bias))
    train, test = engine.run(_losses, theta, X, y), engine.run(_losses, theta, Xt, y_test)
    at = divergence(train[1:])
    scale = np.array([power_scale(i) for i in range(1, degree + 1)])
    with np.errstate(all="ignore"):
        history_w = theta[:, :degree] / scale
    exact, aw, ab = closed_form(x, y, degree, weight_decay)
    return Fit(degree, train[1:], test[1:], (float(train[0]), float(test[0])), history_w[-1], float(theta[-1, -1]),
               at is not None, at, history_w, theta[:, -1], aw, ab,
               closed_form_loss(exact, x, y, degree, weight_decay), _half_mse(exact(x_test), y_test), n)


def closed_form_loss(fitted, x, y, degree: int, weight_decay: float = 0.0) -> float:
    """The training loss of the closed form: exactly 0 when the polynomial has a coefficient per sample (it then
    passes through every point; computed, it would show rounding noise of 1e-25)."""
    if weight_decay == 0 and degree + 1 >= len(x):
        return 0.0
    return _half_mse(fitted(x), y)


def _half_mse(pred, y) -> float:
    return float(0.5 * np.mean((pred - y) ** 2))


# --- model selection: K-fold cross-validation over degrees ------------------------------------------------

def folds(n: int, k: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """D2L's K folds: fold j is samples [j·m, (j+1)·m) with m = n // k (the n mod k last samples unused); (train, val) indices."""
    m = n // k
    parts = [np.arange(j * m, (j + 1) * m) for j in range(k)]
    return [(np.concatenate([p for i, p in enumerate(parts) if i != j]), parts[j]) for j in range(k)]


@dataclass(frozen=True)
class CrossValidation:
    """Mean training and validation loss over the K folds, for one degree."""

    degree: int
    train_loss: float
    val_loss: float
    fold_train: np.ndarray  # (k,)
    fold_val: np.ndarray
    analytic_train: float  # the same with each fold's closed-form least-squares fit instead of SGD's
    analytic_val: float


def model_selection(data, degrees, k: int = 5, epochs: int = 100, lr: float = 0.01, batch_size: int = 10,
                    weight_decay: float = 0.0, seed: int = 0, n_train: int | None = None) -> list[CrossValidation]:
    """K-fold cross-validation of every degree: every fold, degree and epoch trained side by side (epoch maps)."""
    x_train, y_train = (np.asarray(a, dtype=np.float64) for a in data[:2])
    n = len(x_train) if n_train is None else n_train
    degrees = tuple(int(d) for d in degrees)
    if not (isinstance(n, (int, np.integer)) and 2 <= n <= len(x_train)):
        raise InputError("n_train", f"the training-set size must be from 2 to {len(x_train)}")
    if not degrees or not (isinstance(k, (int, np.integer)) and 2 <= k <= n):
        raise InputError("k", "K must be a whole number from 2 to the number of samples")
    for d in degrees:
        _check_training(d, epochs, lr, batch_size, weight_decay)
    x, y = x_train[:n], y_train[:n]
    X = features(x, max(max(degrees), 1))
    split = folds(n, k)
    m = len(split[0][0])
    # every fold's shuffle is the same for all degrees
    orders = fold_orders(m, k, epochs, seed)
    maps, = engine.run(_epoch_maps, np.stack([X[tr] for tr, _ in split]), np.stack([y[tr] for tr, _ in split]),
                       orders, min(batch_size, m), degrees, [(float(weight_decay), 0.0)], float(lr))
    results = []
    for d, (A, c) in zip(degrees, maps):
        init = fold_init(m, d, seed)
        final = _trajectory(A, c, np.append(init.weight, init.bias))[:, -1]  # (folds, d+1)
        with np.errstate(all="ignore"):
            fold_train, fold_val = (np.array([_half_mse(X[rows][:, :d] @ t[:d] + t[d], y[rows])
                                              for t, rows in zip(final, parts)])
                                    for parts in ([tr for tr, _ in split], [va for _, va in split]))
        exact = [closed_form(x[tr], y[tr], d, weight_decay)[0] for tr, _ in split]
        exact_train = np.array([closed_form_loss(f, x[tr], y[tr], d, weight_decay) for f, (tr, _) in zip(exact, split)])
        exact_val = np.array([_half_mse(f(x[va]), y[va]) for f, (_, va) in zip(exact, split)])
        results.append(CrossValidation(d, float(fold_train.mean()), float(fold_val.mean()), fold_train, fold_val,
                                       float(exact_train.mean()), float(exact_val.mean())))
    return results


def cross_validate(data, degree: int, k: int = 5, epochs: int = 100, lr: float = 0.01, batch_size: int = 10,
                   weight_decay: float = 0.0, seed: int = 0) -> CrossValidation:
    """K-fold cross-validation of one degree: mean training and validation loss over the folds."""
    return model_selection(data, (degree,), k, epochs, lr, batch_size, weight_decay, seed)[0]


def fold_init(m: int, degree: int, seed: int) -> Plan:
    """The initial weights of a degree on every fold (the same on each fold)."""
    return sgd_plan(m, degree, 0, 1, seed, stream=100 + degree)


def fold_orders(m: int, k: int, epochs: int, seed: int) -> np.ndarray:
    """Each fold's shuffle of its m training samples in every epoch, (k, epochs, m): the same for every degree."""
    return np.stack([sgd_plan(m, 0, epochs, 1, seed, stream=2 + j).orders for j in range(k)])


def fold_plans(n: int, degree: int, k: int, epochs: int, batch_size: int, seed: int) -> list[Plan]:
    """The initial weights and shuffles model_selection uses for each fold (for checking it against plain Gluon)."""
    m = len(folds(n, k)[0][0])
    init = fold_init(m, degree, seed)
    return [Plan(init.weight, init.bias, orders, min(batch_size, m)) for orders in fold_orders(m, k, epochs, seed)]


# --- weight decay on D2L 3.12's high-dimensional regression ----------------------------------------------

def high_dim_data(seed: int = 0):
    """D2L 3.12: 20 training and 100 test samples of 200 inputs ~ N(0, 1); y = 0.01·Σx + 0.05 + ε, ε ~ N(0, 0.01²)."""
    rng = np.random.default_rng([seed, 312])
    X = rng.normal(size=(HD_TRAIN + HD_TEST, HD_INPUTS))
    y = X.sum(axis=1) * HD_W + HD_B + HD_NOISE * rng.normal(size=len(X))
    return X[:HD_TRAIN], y[:HD_TRAIN], X[HD_TRAIN:], y[HD_TRAIN:]


@dataclass(frozen=True)
class Decay:
    """D2L 3.12 trained with weight decay λ: losses per epoch and the final ‖w‖₂."""

    lambd: float
    decay_bias: bool
    train_loss: np.ndarray
    test_loss: np.ndarray
    w_norm: float
    bias: float
    norms: np.ndarray  # ‖w‖₂ after each epoch, epoch 0 included
    diverged_at: int | None


LAMBDAS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0)  # the page's choices of λ, trained side by side


def weight_decay(lambd: float, decay_bias: bool = False, epochs: int = 100, lr: float = 0.003, seed: int = 0) -> Decay:
    """D2L 3.12 with Gluon: batch 1, weights ~ N(0, 1); trainer_w decays the weights, trainer_b the bias only if asked."""
    return decay_sweep((lambd,), epochs, lr, seed, modes=(bool(decay_bias),))[(float(lambd), bool(decay_bias))]


def decay_sweep(lambdas=LAMBDAS, epochs: int = 100, lr: float = 0.003, seed: int = 0,
                modes=(False, True)) -> dict[tuple[float, bool], Decay]:
    """D2L 3.12 for every λ and both ways of decaying (weights only; weights and bias), all trained side by side.

    With 20 samples, the 200 weights move only within the 20-dimensional span of the samples' inputs
    (the gradient x·(ŷ − y) lies there); across it they only decay, by (1 − lr·λ) at every step. So Gluon
    trains the same nn.Dense on the inputs' 20 coordinates in that span (a rotation: the loss and the
    decay ½λ‖w‖² keep their form), every epoch at once as for the polynomials, and the other 180
    directions of the initial weights shrink geometrically: the same weights as the plain loop.
    """
    for lambd in lambdas:
        _check_training(1, epochs, lr, 1, lambd)
    X, y, Xt, yt = high_dim_data(seed)
    plan = sgd_plan(HD_TRAIN, HD_INPUTS, epochs, 1, seed, init="normal", stream=3)
    models = list(dict.fromkeys((float(lam), bool(mode)) for mode in modes for lam in lambdas))
    basis = np.linalg.svd(X, full_matrices=False)[2].T  # (200, 20): orthonormal, spans the training inputs
    rest = plan.weight - basis @ (basis.T @ plan.weight)  # the part of the initial weights no gradient touches
    decays = [(lam, lam if mode else 0.0) for lam, mode in models]
    maps = engine.run(_epoch_maps, (X @ basis)[None], y[None], plan.orders[None], plan.batch_size,
                      (basis.shape[1],), decays, float(lr))
    steps = np.arange(epochs + 1) * len(batches(HD_TRAIN, plan.batch_size))  # SGD steps taken after each epoch
    out = {}
    for (lam, mode), ((A, c),) in zip(models, maps):
        inside = _trajectory(A[0], c[0], np.append(basis.T @ plan.weight, plan.bias))  # (epochs+1, 21)
        with np.errstate(all="ignore"):
            weights = inside[:, :-1] @ basis.T + (1 - lr * lam) ** steps[:, None] * rest
        path = np.column_stack([weights, inside[:, -1]])
        train, test = engine.run(_losses, path, X, y), engine.run(_losses, path, Xt, yt)
        with np.errstate(all="ignore"):
            norms = np.linalg.norm(weights, axis=1)
        out[(lam, mode)] = Decay(lam, mode, train[1:], test[1:], float(norms[-1]), float(path[-1, -1]), norms,
                                 divergence(train[1:]))
    return out


# --- what the page shows ---------------------------------------------------------------------------------

OVER_RATIO = 3.0  # test loss this many times the training loss: overfitting
UNDER_FACTOR = 5.0  # training loss this many times the noise floor σ²/2 (plus UNDER_SLACK): underfitting
UNDER_SLACK = 0.05

# D2L (MXNet edition) 3.11 and 3.12, as published
D2L_311 = {"cubic": (0.00690, 0.01130), "linear": (44.0, 160.7), "two": (0.403, 103.3)}
D2L_311_W, D2L_311_B = (1.32, -3.36, 5.56), 4.95
D2L_312_NORM = {0.0: 11.6, 3.0: 0.042}


def fit_scene(degree: int, n_train: int, noise: float, epochs: int, lr: float, batch_size: int,
              weight_decay: float, seed: int):
    """D2L 3.11's data for this noise and seed, and the polynomial fitted to its first n_train samples."""
    data = polynomial_data(MAX_TRAIN, 100, noise, seed)
    return data, fit_polynomial(data, degree, epochs, lr, batch_size, weight_decay, n_train, seed)


def verdict(train: float, test: float, noise: float) -> tuple[str, dict]:
    """'over', 'under' or 'good', and the numbers that decide it (the noise floor is σ²/2: the loss of the true curve)."""
    floor = noise ** 2 / 2
    numbers = {"train": train, "test": test, "floor": floor, "ratio": test / train if train > 0 else math.inf}
    if test > OVER_RATIO * train and test - train > max(floor, 0.01):
        return "over", numbers
    if train > UNDER_FACTOR * floor + UNDER_SLACK:
        return "under", numbers
    return "good", numbers


def d2l_cases(seed: int = 0) -> dict[str, Fit]:
    """D2L 3.11's three runs on this page's data: cubic, linear, cubic on 2 samples."""
    data = polynomial_data(seed=seed)
    return {"cubic": fit_polynomial(data, 3, seed=seed), "linear": fit_polynomial(data, 1, seed=seed),
            "two": fit_polynomial(data, 3, n_train=2, seed=seed)}


@dataclass(frozen=True)
class Selection:
    """Cross-validation across degrees, the chosen degree, and that degree trained on all samples and tested;
    the same for the closed-form least-squares fits."""

    results: list
    chosen: int
    test_fit: Fit
    chosen_analytic: int
    analytic_test: float  # test loss of the closed-form fit of that degree to all the samples


def selection_scene(k: int, n_train: int, seed: int = 0) -> Selection:
    """K-fold validation of degrees 0–20 with D2L's settings; the degree with the lowest validation loss, tested."""
    data = polynomial_data(seed=seed)
    results = model_selection(data, range(MAX_DEGREE + 1), k, seed=seed, n_train=n_train)
    chosen = min(results, key=lambda r: (r.val_loss, r.degree)).degree
    exact = min(results, key=lambda r: (r.analytic_val, r.degree)).degree
    fitted = closed_form(data.x_train[:n_train], data.y_train[:n_train], exact)[0]
    return Selection(results, chosen, fit_polynomial(data, chosen, n_train=n_train, seed=seed), exact,
                     _half_mse(fitted(data.x_test), data.y_test))


def mxnet_code(degree: int, n_train: int, noise: float, epochs: int, lr: float, batch_size: int,
               weight_decay: float, seed: int) -> str:
    """Runnable Gluon code (D2L 3.11's loop, the notes' two Trainers) that fits the polynomial this page shows."""
    return f'''import math
import numpy as np
from mxnet import autograd, gluon, nd
from mxnet.gluon import data as gdata, loss as gloss, nn

rng = np.random.default_rng({seed})
x = rng.normal(size=200)  # D2L 3.11: x ~ N(0, 1), 100 to train, 100 to test
y = 1.2 * x - 3.4 * x**2 + 5.6 * x**3 + 5 + {noise!r} * rng.normal(size=200)
degree = {degree}
# x^i / scale_i: raw up to x³, above divided by 2^(i-3)·i!/3!
scale = np.array([1.0 if i <= 3 else 2.0 ** (i - 3) * math.factorial(i) / 6
                  for i in range(1, degree + 1)])
if degree:
    powers = np.stack([x**i for i in range(1, degree + 1)], axis=1) / scale
else:
    powers = np.zeros((200, 1))  # degree 0: a column the model cannot use
train_X, train_y = nd.array(powers[:{n_train}]), nd.array(y[:{n_train}])
test_X, test_y = nd.array(powers[100:]), nd.array(y[100:])

net = nn.Sequential()
net.add(nn.Dense(1))
net.initialize()  # weights ~ U(-0.07, 0.07), bias 0
loss = gloss.L2Loss()  # ½ (ŷ − y)²
batch_size = min({batch_size}, {n_train})
dataset = gdata.ArrayDataset(train_X, train_y)
train_iter = gdata.DataLoader(dataset, batch_size, shuffle=True)
# the notes' two Trainers: weight decay on the weights, none on the bias
trainer_w = gluon.Trainer(net.collect_params('.*weight'), 'sgd',
                          {{'learning_rate': {lr!r}, 'wd': {weight_decay!r}}})
trainer_b = gluon.Trainer(net.collect_params('.*bias'), 'sgd',
                          {{'learning_rate': {lr!r}}})
for epoch in range({epochs}):
    for X, yb in train_iter:
        with autograd.record():
            l = loss(net(X), yb)
        l.backward()
        trainer_w.step(batch_size)
        trainer_b.step(batch_size)
print('train loss', loss(net(train_X), train_y).mean().asscalar())
print('test loss', loss(net(test_X), test_y).mean().asscalar())
w = net[0].weight.data().asnumpy()[0][:degree] / scale  # the original scale
print('w', list(w), 'b', net[0].bias.data().asscalar())
'''
