"""Dropout: seeded masks, the 1/(1−p) scaling, training vs prediction mode, and its effect on overfitting.

Masks come from np.random.default_rng(seed), so a seed means the same mask in every thread and session;
MXNet (nd, nd.Dropout, Gluon's nn.Dropout) does the arithmetic and the training on the engine's worker.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from pathlib import Path

import mxnet as mx
import numpy as np
import pandas as pd
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import nn

from explain import engine
from explain.codetext import commented
from explain.errors import InputError

# The notes' network: 784 inputs, two hidden layers of 256 with drop_prob1 and drop_prob2, 10 outputs.
INPUTS, HIDDEN, OUTPUTS = 784, 256, 10
DROP_PROB1, DROP_PROB2 = 0.2, 0.5
SIDE = 16  # a hidden layer of 256 units drawn as a 16 × 16 grid
MASKS = 8  # masks sampled ahead, stepped through in the browser
SHOWN = (8, 12, 12, 10)  # units drawn per layer in the network diagram (input, hidden 1, hidden 2, output)
MAX_SEED = 9999
MAX_DRAWS = 2000  # masks for the convergence and Binomial statistics
UNITS_FOLLOWED = 5  # units whose running mean the convergence plot follows


def check_p(p) -> float:
    """A drop probability in [0, 1], as a float; anything else is refused."""
    try:
        value = float(p)
    except (TypeError, ValueError):
        raise InputError("p_type", f"{p!r} is not a probability", p=str(p)) from None
    if not 0.0 <= value <= 1.0:  # NaN fails this too
        raise InputError("p_range", f"drop probability {p} is outside [0, 1]", p=str(p))
    return value


def keep_mask(shape, p: float, rng: np.random.Generator) -> np.ndarray:
    """Keep each element with probability 1 − p: u ~ U[0, 1) is kept when u ≥ p (p = 1 keeps none)."""
    return rng.random(shape) >= p


def dropout(X, p, seed: int = 0, train: bool = True) -> np.ndarray:
    """Drop each element of X with probability p and scale the kept ones by 1/(1 − p); identity unless training."""
    p = check_p(p)
    x = np.array(X, dtype=np.float64)
    if not train or p == 0.0:
        return x
    if p == 1.0:
        return np.zeros_like(x)  # MXNet's own Dropout would give NaN here: 0 · 1/0
    mask = keep_mask(x.shape, p, np.random.default_rng(seed))
    return engine.run(_scale, x, mask, p)


def _scale(x, mask, p):
    """On the MXNet worker: D2L's from-scratch dropout, mask * X / (1 − p)."""
    return (nd.array(mask, dtype="float64") * nd.array(x, dtype="float64") / (1 - p)).asnumpy()


@dataclass(frozen=True)
class Layers:
    """One input pushed through the notes' network (predict mode): both hidden layers and the weights."""

    x: np.ndarray  # (784,) a seeded input in [0, 1)
    h1: np.ndarray  # (256,) relu(W1 x + b1)
    h2: np.ndarray  # (256,) relu(W2 h1 + b2)
    weights: tuple  # W1 (256, 784), W2 (256, 256), W3 (10, 256)


def layers(seed: int) -> Layers:
    """The notes' 784-256-256-10 network with seeded He-normal weights, run by Gluon in prediction mode."""
    return _layers(int(seed))


def hidden(seed: int, layer: int) -> np.ndarray:
    """The 256 activations of hidden layer 1 or 2 for the seeded input (without the weights behind them)."""
    net = layers(seed)
    return np.array(net.h1 if layer == 1 else net.h2)


@functools.lru_cache(maxsize=8)
def _layers(seed: int) -> Layers:
    """`layers`, remembered: the network diagram and the grid of one seed share it (read-only arrays)."""
    rng = np.random.default_rng([seed, 0])
    x = rng.random(INPUTS)
    sizes = (INPUTS, HIDDEN, HIDDEN, OUTPUTS)
    weights = tuple(rng.normal(0.0, math.sqrt(2.0 / n_in), (n_out, n_in)) for n_in, n_out in zip(sizes, sizes[1:]))
    h1, h2 = engine.run(_forward, x, weights)
    for array in (x, h1, h2, *weights):
        array.setflags(write=False)
    return Layers(x, h1, h2, weights)


def _forward(x, weights):
    """On the MXNet worker: Dense(256, relu) twice with the given weights (zero biases), dropout layers idle."""
    net = nn.Sequential()
    net.add(nn.Dense(HIDDEN, activation="relu", in_units=INPUTS), nn.Dropout(DROP_PROB1),
            nn.Dense(HIDDEN, activation="relu", in_units=HIDDEN))
    net.initialize(init.Zero())
    net[0].weight.set_data(nd.array(weights[0], dtype="float32"))
    net[2].weight.set_data(nd.array(weights[1], dtype="float32"))
    h1 = net[0](nd.array(x[None, :], dtype="float32"))
    h2 = net[2](net[1](h1))  # outside autograd.record(): prediction mode, nn.Dropout is the identity
    return h1.asnumpy()[0].astype(np.float64), h2.asnumpy()[0].astype(np.float64)


def layer_masks(p: float, seed: int, layer: int, count: int = MASKS, units: int = HIDDEN) -> np.ndarray:
    """`count` keep-masks (count, units) for hidden layer 1 or 2, from their own stream of the seed."""
    return _uniforms(int(seed), int(layer), int(count), int(units)) >= check_p(p)  # keep_mask's rule: u ≥ p


@functools.lru_cache(maxsize=8)
def _uniforms(seed: int, layer: int, count: int, units: int) -> np.ndarray:
    """The u ~ U[0, 1) behind keep_mask for this stream, remembered (read-only): every p compares the same u."""
    u = np.random.default_rng([seed, layer]).random((count, units))
    u.setflags(write=False)
    return u


def network(p1, p2, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The network diagram for MASKS masks: nodes (kept or dropped) and the edges between kept units.

    Every thinned network shares the same weights (those of `layers(seed)`); only the mask differs.
    """
    p1, p2 = check_p(p1), check_p(p2)
    weights = layers(seed).weights
    shown = SHOWN
    keep = [np.ones((MASKS, shown[0]), bool), layer_masks(p1, seed, 1)[:, :shown[1]],
            layer_masks(p2, seed, 2)[:, :shown[2]], np.ones((MASKS, shown[3]), bool)]
    tops = [(n - 1) / 2 for n in shown]
    mask, column, unit = (np.concatenate(parts) for parts in zip(*(
        (np.repeat(np.arange(MASKS), n), np.full(MASKS * n, k), np.tile(np.arange(n), MASKS))
        for k, n in enumerate(shown))))
    kept = np.concatenate([keep[k].ravel() for k in range(4)])
    nodes = pd.DataFrame({"mask": mask, "layer": column, "unit": unit, "x": column,
                          "y": np.take(tops, column) - unit, "kept": kept})
    frames = []
    for k in range(3):
        # an edge survives when both of its ends are kept
        m, i, j = np.nonzero(keep[k][:, :, None] & keep[k + 1][:, None, :])
        frames.append(pd.DataFrame({"mask": m, "layer": k, "source": i, "target": j, "x": float(k),
                                    "y": tops[k] - i, "x2": float(k + 1), "y2": tops[k + 1] - j,
                                    "weight": weights[k][j, i]}))
    edges = pd.concat(frames, ignore_index=True).sort_values(["mask", "layer"], kind="stable", ignore_index=True)
    return nodes, edges


def grid(h: np.ndarray, p, seed: int, layer: int) -> pd.DataFrame:
    """A 256-unit layer as 16 × 16 cells: before (mask −1), and for each mask the keep-mask and after."""
    p = check_p(p)
    h = np.asarray(h, dtype=np.float64)
    masks = layer_masks(p, seed, layer)
    after = np.zeros(masks.shape) if p == 1.0 else masks * h[None, :] / (1 - p)
    count = masks.shape[0]
    unit = np.tile(np.arange(HIDDEN), 1 + 2 * count)
    panel = np.repeat(np.array(["before"] + ["mask", "after"] * count), HIDDEN)
    mask = np.repeat(np.concatenate([[-1], np.repeat(np.arange(count), 2)]), HIDDEN)
    value = np.concatenate([h] + [row for m in range(count) for row in (masks[m].astype(float), after[m])])
    kept = np.concatenate([np.ones(HIDDEN, bool)] + [masks[m] for m in range(count) for _ in range(2)])
    return pd.DataFrame({"panel": panel, "mask": mask, "unit": unit, "value": value, "kept": kept,
                         "row": unit // SIDE, "col": unit % SIDE})


@dataclass(frozen=True)
class Modes:
    """D2L's X = arange(16).reshape(2, 8) through dropout in training and in prediction mode."""

    x: np.ndarray
    ours: np.ndarray  # dropout(X, p, seed): the seeded mask, D2L's from-scratch function
    nd_train: np.ndarray  # nd.Dropout inside autograd.train_mode(): MXNet's own mask
    nd_predict: np.ndarray  # nd.Dropout outside it: the identity
    gluon_train: np.ndarray  # nn.Dropout inside autograd.record()
    gluon_predict: np.ndarray  # nn.Dropout in prediction mode: the identity


def modes(p, seed: int) -> Modes:
    """D2L's example through our dropout, nd.Dropout and nn.Dropout; p = 1 is handled (MXNet gives NaN)."""
    p = check_p(p)
    x = np.arange(16, dtype=np.float64).reshape(2, 8)
    nd_train, nd_predict, gluon_train, gluon_predict = engine.run(_mxnet_modes, x, p, seed)
    if p == 1.0:
        nd_train, gluon_train = np.zeros_like(x), np.zeros_like(x)
    return Modes(x, dropout(x, p, seed), nd_train, nd_predict, gluon_train, gluon_predict)


def _mxnet_modes(x, p, seed):
    """On the MXNet worker: MXNet draws its own masks, so its generator is seeded here, in the same job."""
    mx.random.seed(seed)
    X = nd.array(x, dtype="float64")
    with autograd.train_mode():
        nd_train = nd.Dropout(X, p=p).asnumpy()
    nd_predict = nd.Dropout(X, p=p).asnumpy()
    layer = nn.Dropout(p)
    with autograd.record():
        gluon_train = layer(X).asnumpy()
    gluon_predict = layer(X).asnumpy()
    return nd_train, nd_predict, gluon_train, gluon_predict


def convergence(h: np.ndarray, p, seed: int, layer: int, draws: int = MAX_DRAWS) -> pd.DataFrame:
    """Running mean of dropout(h) over 1..draws masks, for a few units, at log-spaced counts."""
    p = check_p(p)
    h = np.asarray(h, dtype=np.float64)
    units = followed_units(h)
    masks = layer_masks(p, seed + 1, layer, draws)[:, units]  # a stream apart from the stepped-through masks
    outputs = np.zeros(masks.shape) if p == 1.0 else masks * h[units] / (1 - p)
    counts = np.unique(np.geomspace(1, draws, 60).round().astype(int))
    running = np.cumsum(outputs, axis=0)[counts - 1] / counts[:, None]
    return pd.DataFrame({"draws": np.repeat(counts, len(units)), "unit": np.tile(units, len(counts)),
                         "mean": running.ravel(), "target": np.tile(h[units], len(counts))})


def followed_units(h: np.ndarray) -> np.ndarray:
    """Units with clearly different positive activations: the largest, and evenly spaced ranks below it."""
    order = np.argsort(-np.asarray(h), kind="stable")
    active = max(1, int((np.asarray(h) > 0).sum()))
    ranks = np.linspace(0, (active - 1) * 0.6, UNITS_FOLLOWED).round().astype(int)
    return np.unique(order[ranks])


def kept_counts(p, seed: int, layer: int, draws: int = MAX_DRAWS, units: int = HIDDEN) -> np.ndarray:
    """How many of the units each of `draws` masks keeps."""
    return layer_masks(p, seed + 2, layer, draws, units).sum(axis=1)


def binomial_pmf(n: int, q: float) -> np.ndarray:
    """P(K = k) for K ~ Binomial(n, q), k = 0..n, through log-gamma (no overflow for n = 256)."""
    k = np.arange(n + 1)
    if q in (0.0, 1.0):
        return (k == (n if q == 1.0 else 0)).astype(float)
    log_choose = np.array([math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) for i in k])
    return np.exp(log_choose + k * math.log(q) + (n - k) * math.log1p(-q))


def histogram(p, seed: int, layer: int, draws: int = MAX_DRAWS) -> pd.DataFrame:
    """Observed share of masks keeping k units beside the exact Binomial(256, 1 − p) pmf, where either shows."""
    p = check_p(p)
    counts = kept_counts(p, seed, layer, draws)
    observed = np.bincount(counts, minlength=HIDDEN + 1) / draws
    pmf = binomial_pmf(HIDDEN, 1 - p)
    k = np.arange(HIDDEN + 1)
    visible = (observed > 0) | (pmf > 1e-4)
    return pd.DataFrame({"k": k[visible], "observed": observed[visible], "pmf": pmf[visible]})


# --- the effect on overfitting: the same wide MLP with and without dropout on 20 noisy points -------------

NOISE = 0.5  # standard deviation of the noise on sin(x): no model's test MSE can average below NOISE² = 0.25
X_RANGE = 3.0  # inputs uniform in [−3, 3]
TEST_SIZE = 200
TRAIN_SIZES = (10, 80)
TRAIN_SIZE = 20
CURVE_POINTS = 121  # where the fitted functions are drawn
EPOCHS = 100
EVERY = 5  # losses recorded every EVERY epochs
LEARNING_RATE = 0.05  # Adam, full batch
SMALL_HIDDEN = 128  # 1 → 128 → 128 → 1: thousands of weights for a handful of points
MODELS = ("plain", "dropout")


def synthetic(n_train: int, seed: int) -> tuple:
    """y = sin(x) + noise with x uniform in [−3, 3]: a small training set and a large test set from one seed."""
    rng = np.random.default_rng([seed, 7])
    x = rng.uniform(-X_RANGE, X_RANGE, n_train + TEST_SIZE)
    y = np.sin(x) + NOISE * rng.normal(size=x.size)
    return x[:n_train], y[:n_train], x[n_train:], y[n_train:]


def curve_inputs() -> np.ndarray:
    """The inputs at which the fitted functions are drawn."""
    return np.linspace(-X_RANGE, X_RANGE, CURVE_POINTS)


def initial_weights(seed: int) -> tuple:
    """Xavier-normal weights (in, out) of the three dense layers; both models start from these (biases 0)."""
    rng = np.random.default_rng([seed, 8])
    sizes = (1, SMALL_HIDDEN, SMALL_HIDDEN, 1)
    return tuple(rng.normal(0.0, math.sqrt(2.0 / (n_in + n_out)), (n_in, n_out)) for n_in, n_out in zip(sizes, sizes[1:]))


@dataclass(frozen=True)
class Trained:
    """Both models after training: recorded losses, the fitted functions and the final parameters."""

    losses: np.ndarray  # (EPOCHS // EVERY, 4): plain train, plain test, dropout train, dropout test (MSE)
    fits: np.ndarray  # (2, CURVE_POINTS): plain and dropout model at curve_inputs(), prediction mode
    params: dict | None  # "w1", …, "b3" → (2, ...) arrays, [0] plain, [1] dropout; None for a recorded run


def train_twins(p1, p2, n_train: int = TRAIN_SIZE, seed: int = 0, epochs: int = EPOCHS) -> Trained:
    """Train 1-128-128-1 by Gluon twice from the same start on the same points: no dropout, and p1, p2."""
    p1, p2 = check_p(p1), check_p(p2)
    if not TRAIN_SIZES[0] <= int(n_train) <= TRAIN_SIZES[1]:
        raise InputError("n_train", f"training set size outside {TRAIN_SIZES}")
    return engine.run(_train_twins, synthetic(int(n_train), seed), initial_weights(seed), p1, p2, seed, int(epochs))


@dataclass(frozen=True)
class Overfitting:
    """Train and test loss per epoch for the MLP without and with dropout, the fitted curves, the final gaps."""

    curves: pd.DataFrame  # model ("plain"/"dropout"), split ("train"/"test"), epoch, loss
    fits: pd.DataFrame  # model ("plain"/"dropout"/"truth"), x, y
    points: pd.DataFrame  # the training set: x, y
    final: dict  # (model, split) → MSE after the last epoch
    best_epoch: dict  # model → the recorded epoch with the lowest test loss
    best_test: dict  # model → that lowest test loss
    off_truth: dict  # model → mean squared difference between its fitted function and sin(x) over [−3, 3]

    @property
    def gap_plain(self) -> float:
        """Test − train loss after the last epoch, without dropout."""
        return self.final["plain", "test"] - self.final["plain", "train"]

    @property
    def gap_dropout(self) -> float:
        """The same with dropout."""
        return self.final["dropout", "test"] - self.final["dropout", "train"]


# --- recorded runs: the page's default training set trained once for every pair of slider positions ---
# A rerun that moves p1 or p2 then reads the run instead of training for ~0.2 s (40 students moving p1 at
# once would queue 40 trainings). `python -m explain.record` writes the file with train_twins itself, and
# tests/test_dropout.py retrains a sample of it; a file made for other constants is not used.
RECORDED = Path(__file__).with_name("dropout_runs.npz")
GRID_STEPS = 20  # p = 0, 0.05, …, 1: the sliders' positions


def recording_signature() -> str:
    """What a recorded run depends on besides p1 and p2: a file made for other values is ignored."""
    return (f"mxnet {mx.__version__}; epochs {EPOCHS} every {EVERY}; adam lr {LEARNING_RATE}; 1-{SMALL_HIDDEN}-"
            f"{SMALL_HIDDEN}-1; n {TRAIN_SIZE} test {TEST_SIZE} noise {NOISE} x ±{X_RANGE}; curve {CURVE_POINTS}; seed 0")


def grid_position(p: float) -> int | None:
    """k when p is the slider position k / GRID_STEPS, else None."""
    k = round(p * GRID_STEPS)
    return k if abs(p * GRID_STEPS - k) < 1e-9 and 0 <= k <= GRID_STEPS else None


@functools.lru_cache(maxsize=1)
def _recorded_runs() -> dict | None:
    """The recorded losses (steps, steps, recordings, 4) and fits (steps, steps, 2, curve points), or None."""
    try:
        with np.load(RECORDED) as runs:
            if str(runs["signature"]) != recording_signature():
                return None
            return {"losses": runs["losses"], "fits": runs["fits"].astype(np.float64)}
    except (OSError, KeyError, ValueError):
        return None


def recorded_twins(p1: float, p2: float, n_train: int, seed: int) -> Trained | None:
    """train_twins(p1, p2, n_train, seed) as recorded, when both p are slider positions of the page's defaults."""
    runs = _recorded_runs()
    i, j = grid_position(p1), grid_position(p2)
    if runs is None or i is None or j is None or n_train != TRAIN_SIZE or seed != 0:
        return None
    return Trained(runs["losses"][i, j].copy(), runs["fits"][i, j].copy(), None)


def record_runs(path: Path = RECORDED) -> None:
    """Train every pair of slider positions with train_twins and write the runs to `path` (about a minute and a half)."""
    steps = GRID_STEPS + 1
    losses = np.zeros((steps, steps, EPOCHS // EVERY, 4))
    fits = np.zeros((steps, steps, len(MODELS), CURVE_POINTS), dtype=np.float32)  # the network's own float32
    for i in range(steps):
        for j in range(steps):
            trained = train_twins(i / GRID_STEPS, j / GRID_STEPS)
            losses[i, j], fits[i, j] = trained.losses, trained.fits
    np.savez_compressed(path, signature=np.array(recording_signature()), losses=losses, fits=fits)


def overfitting(p1, p2, n_train: int = TRAIN_SIZE, seed: int = 0) -> Overfitting:
    """The comparison the page draws: losses per epoch, the two fitted functions over the training points."""
    p1, p2 = check_p(p1), check_p(p2)
    trained = recorded_twins(p1, p2, n_train, seed) or train_twins(p1, p2, n_train, seed)
    losses = trained.losses
    epochs = np.arange(1, len(losses) + 1) * EVERY
    columns = [(model, split) for model in MODELS for split in ("train", "test")]
    curves = pd.concat([pd.DataFrame({"model": model, "split": split, "epoch": epochs, "loss": losses[:, k]})
                        for k, (model, split) in enumerate(columns)], ignore_index=True)
    x = curve_inputs()
    fits = pd.concat([pd.DataFrame({"model": name, "x": x, "y": y})
                      for name, y in zip((*MODELS, "truth"), (*trained.fits, np.sin(x)))], ignore_index=True)
    x_train, y_train, _, _ = synthetic(int(n_train), seed)
    final = {key: float(losses[-1, k]) for k, key in enumerate(columns)}
    best = {model: int(np.argmin(losses[:, 2 * m + 1])) for m, model in enumerate(MODELS)}
    return Overfitting(curves, fits, pd.DataFrame({"x": x_train, "y": y_train}), final,
                       {model: int(epochs[k]) for model, k in best.items()},
                       {model: float(losses[k, 2 * m + 1]) for m, (model, k) in enumerate(best.items())},
                       {model: float(np.mean((trained.fits[m] - np.sin(x)) ** 2)) for m, model in enumerate(MODELS)})


def _dropped(F, h, p):
    """nn.Dropout's operator; p = 1 passes zeros (MXNet's own Dropout would give NaN: 0 · 1/0)."""
    return F.zeros_like(h) if p == 1.0 else F.Dropout(h, p=p)


class _Twins(nn.HybridBlock):
    """Two 1-128-128-1 MLPs stacked along a first axis of 2: [0] plain, [1] with dropout after each hidden layer.

    One forward, backward and Adam update trains both; each copy only ever sees its own weights.
    """

    def __init__(self, p1, p2, **kwargs):
        super().__init__(**kwargs)
        self.p1, self.p2 = p1, p2
        n = SMALL_HIDDEN
        with self.name_scope():
            for name, shape in (("w1", (2, 1, n)), ("b1", (2, 1, n)), ("w2", (2, n, n)), ("b2", (2, 1, n)),
                                ("w3", (2, n, 1)), ("b3", (2, 1, 1))):
                setattr(self, name, self.params.get(name, shape=shape, init=init.Zero()))

    def _drop_second(self, F, h, p):
        """Dropout on the second model's hidden units only (what nn.Dropout(p) does in the notes' network)."""
        plain = F.slice_axis(h, axis=0, begin=0, end=1)
        other = F.slice_axis(h, axis=0, begin=1, end=2)
        return F.concat(plain, _dropped(F, other, p), dim=0)

    def hybrid_forward(self, F, x, w1, b1, w2, b2, w3, b3):
        h1 = self._drop_second(F, F.relu(F.broadcast_add(F.batch_dot(x, w1), b1)), self.p1)
        h2 = self._drop_second(F, F.relu(F.broadcast_add(F.batch_dot(h1, w2), b2)), self.p2)
        return F.broadcast_add(F.batch_dot(h2, w3), b3)


def _train_twins(data, weights, p1, p2, seed, epochs):
    """On the MXNet worker: full-batch Adam on the MSE; losses measured in prediction mode every EVERY epochs."""
    x_train, y_train, x_test, y_test = data
    mx.random.seed(seed)  # nn.Dropout draws its masks from MXNet's generator: seeded here, in this job
    net = _Twins(p1, p2)
    net.initialize()
    for k, w in enumerate(weights, 1):
        getattr(net, f"w{k}").set_data(nd.array(np.stack([w, w])))  # the same start for both models
    net.hybridize(static_alloc=True, static_shape=True)
    trainer = gluon.Trainer(net.collect_params(), "adam", {"learning_rate": LEARNING_RATE})
    n = len(x_train)
    twice = lambda a: nd.array(np.broadcast_to(a[:, None], (2, len(a), 1)))  # noqa: E731
    X, Y = twice(x_train), twice(y_train)
    seen = twice(np.concatenate([x_train, x_test, curve_inputs()]))  # train, test and curve in one pass
    targets = np.concatenate([y_train, y_test])
    recorded, out = [], None
    for epoch in range(1, epochs + 1):
        with autograd.record():  # training mode: dropout active in the second model
            loss = nd.mean(nd.square(net(X) - Y))
        loss.backward()
        trainer.step(1)
        if epoch % EVERY == 0 or epoch == epochs:
            out = net(seen).asnumpy()[:, :, 0].astype(np.float64)  # prediction mode: dropout idle
            error = (out[:, :len(targets)] - targets) ** 2
            recorded.append((error[0, :n].mean(), error[0, n:].mean(), error[1, :n].mean(), error[1, n:].mean()))
    params = {name: getattr(net, name).data().asnumpy().astype(np.float64) for name in ("w1", "b1", "w2", "b2", "w3", "b3")}
    return Trained(np.array(recorded), out[:, len(targets):], params)


def mxnet_code(p1: float, p2: float, seed: int) -> str:
    """Runnable MXNet code: D2L's dropout on arange(16), nd.Dropout in both modes, the notes' Gluon network."""
    lines = [
        ("import numpy as np", ""),
        ("from mxnet import autograd, init, nd", ""),
        ("from mxnet.gluon import nn", ""),
        ("", ""),
        ("def dropout(X, drop_prob, seed):", "D2L's from-scratch dropout, with a seeded mask"),
        ("    if drop_prob == 1:", ""),
        ("        return X.zeros_like()", "everything dropped (0 · 1/0 would be NaN)"),
        ("    u = np.random.default_rng(seed).random(X.shape)", ""),
        ("    mask = nd.array(u >= drop_prob, dtype=X.dtype)", "kept with probability 1 − p"),
        ("    return mask * X / (1 - drop_prob)", "kept units scaled by 1/(1 − p)"),
        ("", ""),
        ("X = nd.arange(16, dtype='float64').reshape((2, 8))", ""),
        (f"print(dropout(X, {p1!r}, seed={seed}))", ""),
        ("with autograd.train_mode():", "training: MXNet's Dropout draws its own mask"),
        (f"    print(nd.Dropout(X, p={p1!r}))", ""),
        (f"print(nd.Dropout(X, p={p1!r}))", "prediction: the identity"),
        ("", ""),
        (f"drop_prob1, drop_prob2 = {p1!r}, {p2!r}", ""),
        ("net = nn.Sequential()", ""),
        ("net.add(nn.Dense(256, activation='relu'), nn.Dropout(drop_prob1),", ""),
        ("        nn.Dense(256, activation='relu'), nn.Dropout(drop_prob2), nn.Dense(10))", ""),
        ("net.initialize(init.Normal(sigma=0.01))", ""),
    ]
    return commented(lines)
