"""Activation functions and their derivatives, the derivatives taken by MXNet autograd as in the notes."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import mxnet as mx
import numpy as np
import pandas as pd
from mxnet import autograd, nd

from explain import engine

SATURATION = 0.05  # |f'| below this: the gradient through the unit has all but vanished
POINTS = 401  # samples per curve: smooth at any zoom, a few thousand marks in all
X_LIMIT = 1e4


def _sigmoid(x):
    """A logistic sigmoid that neither overflows nor loses precision for large |x|."""
    return np.exp(-np.logaddexp(0.0, -x))


def _phi(x):
    """The standard normal density."""
    return np.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)


def _Phi(x):
    """The standard normal distribution function, elementwise."""
    return 0.5 * (1.0 + np.vectorize(math.erf)(x / math.sqrt(2)))


@dataclass(frozen=True)
class Activation:
    """One activation: MXNet's form (differentiated by autograd), closed forms for the tests, and LaTeX."""

    name: str
    label: str  # as shown, and as it stands in the URL
    mxnet: Callable  # (NDArray x, alpha) -> NDArray, run under autograd
    code: str  # the same call as MXNet code, with {x} and {alpha} to fill in
    value: Callable  # closed form (NumPy) of f(x, alpha)
    derivative: Callable  # closed form (NumPy) of f'(x, alpha), the tests' oracle
    formula: str
    derivative_formula: str
    kinks: tuple[float, ...] = ()  # where f' jumps; autograd picks one side there
    uses_alpha: bool = False


REGISTRY: dict[str, Activation] = {a.name: a for a in (
    Activation(
        "identity", "identity", lambda x, a: nd.identity(x), "nd.identity({x})",
        lambda x, a: np.asarray(x, dtype=float), lambda x, a: np.ones_like(np.asarray(x, dtype=float)),
        r"f(x)=x", r"f'(x)=1"),
    Activation(
        "relu", "ReLU", lambda x, a: nd.relu(x), "nd.relu({x})",
        lambda x, a: np.maximum(x, 0.0), lambda x, a: (x > 0).astype(float),
        r"\mathrm{ReLU}(x)=\max(x,0)", r"\mathrm{ReLU}'(x)=\begin{cases}1&x>0\\0&x<0\end{cases}",
        kinks=(0.0,)),
    Activation(
        "sigmoid", "sigmoid", lambda x, a: nd.sigmoid(x), "nd.sigmoid({x})",
        lambda x, a: _sigmoid(x), lambda x, a: _sigmoid(x) * (1 - _sigmoid(x)),
        r"\sigma(x)=\frac{1}{1+e^{-x}}", r"\sigma'(x)=\sigma(x)\,\bigl(1-\sigma(x)\bigr)"),
    Activation(
        "tanh", "tanh", lambda x, a: nd.tanh(x), "nd.tanh({x})",
        lambda x, a: np.tanh(x), lambda x, a: 1 - np.tanh(x) ** 2,
        r"\tanh(x)=\frac{1-e^{-2x}}{1+e^{-2x}}", r"\tanh'(x)=1-\tanh^2(x)"),
    Activation(
        "leaky_relu", "Leaky ReLU", lambda x, a: nd.LeakyReLU(x, act_type="leaky", slope=a),
        "nd.LeakyReLU({x}, act_type='leaky', slope={alpha})",
        lambda x, a: np.where(x > 0, x, a * x), lambda x, a: np.where(x > 0, 1.0, a),
        r"f(x)=\begin{cases}x&x>0\\ \alpha x&x\le 0\end{cases}",
        r"f'(x)=\begin{cases}1&x>0\\ \alpha&x<0\end{cases}", kinks=(0.0,), uses_alpha=True),
    Activation(
        "elu", "ELU", lambda x, a: nd.LeakyReLU(x, act_type="elu", slope=a),
        "nd.LeakyReLU({x}, act_type='elu', slope={alpha})",
        lambda x, a: np.where(x > 0, x, a * np.expm1(np.minimum(x, 0.0))),
        lambda x, a: np.where(x > 0, 1.0, a * np.exp(np.minimum(x, 0.0))),
        r"f(x)=\begin{cases}x&x>0\\ \alpha(e^{x}-1)&x\le 0\end{cases}",
        r"f'(x)=\begin{cases}1&x>0\\ \alpha e^{x}&x<0\end{cases}", kinks=(0.0,), uses_alpha=True),
    Activation(
        "gelu", "GELU", lambda x, a: nd.LeakyReLU(x, act_type="gelu"), "nd.LeakyReLU({x}, act_type='gelu')",
        lambda x, a: x * _Phi(x), lambda x, a: _Phi(x) + x * _phi(x),
        r"\mathrm{GELU}(x)=x\,\Phi(x)", r"\mathrm{GELU}'(x)=\Phi(x)+x\,\varphi(x)"),
    Activation(
        "softplus", "softplus", lambda x, a: nd.Activation(x, act_type="softrelu"),
        "nd.Activation({x}, act_type='softrelu')",
        lambda x, a: np.logaddexp(0.0, x), lambda x, a: _sigmoid(x),
        r"\mathrm{softplus}(x)=\log\left(1+e^{x}\right)", r"\mathrm{softplus}'(x)=\sigma(x)"),
    Activation(
        "swish", "swish / SiLU", lambda x, a: x * nd.sigmoid(x), "{x} * nd.sigmoid({x})",
        lambda x, a: x * _sigmoid(x), lambda x, a: _sigmoid(x) * (1 + x * (1 - _sigmoid(x))),
        r"\mathrm{swish}(x)=x\,\sigma(x)", r"\mathrm{swish}'(x)=\sigma(x)\bigl(1+x\,(1-\sigma(x))\bigr)"),
)}
NAMES = tuple(REGISTRY)


def get(name: str) -> Activation:
    """The registered activation called `name`; a clear error for any other name."""
    if name not in REGISTRY:
        raise ValueError(f"unknown activation {name!r}; choose one of {', '.join(NAMES)}")
    return REGISTRY[name]


def evaluate(name: str, x, alpha: float = 0.1) -> tuple[np.ndarray, np.ndarray]:
    """f(x) and f'(x) for NumPy inputs: f by MXNet, f' by MXNet autograd (attach_grad, record, backward)."""
    activation = get(name)
    x = np.asarray(x, dtype=np.float64)
    if not np.all(np.isfinite(x)):
        raise ValueError("x must be finite")
    return engine.run(_autograd, activation.name, np.clip(x, -X_LIMIT, X_LIMIT), slope(alpha))


def slope(alpha: float) -> float:
    """alpha as MXNet's kernels hold it (float32): in [0, 1], and no subnormal MXNet would refuse."""
    if not 0.0 <= alpha <= 1.0:
        raise ValueError("alpha must lie between 0 and 1")
    return float(np.float32(alpha)) if alpha >= 1e-30 else 0.0


def _autograd(name: str, x: np.ndarray, alpha: float):
    """On the MXNet worker: y = f(x) under autograd.record(), then y.backward() fills x.grad with f'(x)."""
    shape = x.shape
    xs = nd.array(x.reshape(-1) if x.size else np.zeros(0), dtype="float64")
    if xs.size == 0:
        return x.copy(), x.copy()
    xs.attach_grad()
    with autograd.record():
        y = REGISTRY[name].mxnet(xs, alpha)
    y.backward()  # y is not a scalar: backward sums it first, and d(sum f(x_i))/dx_i = f'(x_i)
    return y.asnumpy().reshape(shape), xs.grad.asnumpy().reshape(shape)


@dataclass(frozen=True)
class Peak:
    """Where the derivative is largest over the plotted range, and its value there.

    kind "point": one x (to the grid's resolution); "plateau": f' takes that value on the whole stretch
    x .. end (f is a straight line there, e.g. ReLU for x > 0); "edge": the largest value sits at the
    range's edge x and f' still grows beyond it, so the range, not the function, sets the "peak".
    """

    x: float
    value: float
    kind: str = "point"
    end: float | None = None  # the plateau's other end
    open_at_kink: bool = False  # the plateau starts just after a kink, which itself is not part of it


@dataclass(frozen=True)
class Curves:
    """Everything the function chart shows: curves, probe, tangent, saturated stretches."""

    table: pd.DataFrame  # long form: function, x, value, kind ("f" or "f′")
    lo: float
    hi: float
    x0: float
    y0: float  # f(x0) of the main function
    slope0: float  # f'(x0) of the main function, by autograd
    tangent: pd.DataFrame  # x, value of the tangent line at x0, inside the plotted box (may be empty)
    saturated: pd.DataFrame  # start, end of stretches where the main function has saturated
    peak: Peak  # of the main function's derivative over the range
    at_kink: bool  # x0 sits on a kink of the main function

    @property
    def probe_shown(self) -> bool:
        """The probe x0 lies inside the plotted range."""
        return self.lo <= self.x0 <= self.hi


MIN_WIDTH = 1.0  # a range whose two ends coincide is widened to this width around them


def plotted_range(lo: float, hi: float) -> tuple[float, float]:
    """The range to plot for the two ends a student set: in order, and never of zero width."""
    lo, hi = sorted((float(lo), float(hi)))
    if hi - lo < MIN_WIDTH / 2:
        middle = (lo + hi) / 2
        lo, hi = middle - MIN_WIDTH / 2, middle + MIN_WIDTH / 2
    return lo, hi


def curves(names: tuple[str, ...], lo: float, hi: float, x0: float, alpha: float = 0.1) -> Curves:
    """f and f' of each function over [lo, hi], with the probe at x0 for the first one."""
    if not names:
        raise ValueError("choose at least one function")
    if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
        raise ValueError("the x-range needs lo < hi")
    x = np.unique(np.concatenate([np.linspace(lo, hi, POINTS), [x0] if lo <= x0 <= hi else []]))
    frames = []
    main_dy = None
    for name in names:
        y, dy = evaluate(name, x, alpha)
        if main_dy is None:
            main_y, main_dy = y, dy
        label = get(name).label
        frames.append(pd.DataFrame({"function": label, "x": x, "value": y, "kind": "f"}))
        frames.append(pd.DataFrame({"function": label, "x": x, "value": dy, "kind": "f′"}))
    table = pd.concat(frames, ignore_index=True)
    (y0,), (slope0,) = evaluate(names[0], [x0], alpha)
    if lo <= x0 <= hi:
        values = table["value"]
        tangent = tangent_segment(x0, y0, slope0, (hi - lo) / 6, (lo, hi), (values.min(), values.max()))
    else:
        tangent = pd.DataFrame({"x": [], "value": []}, dtype=float)
    kinks = get(names[0]).kinks
    return Curves(table, float(lo), float(hi), float(x0), float(y0), float(slope0), tangent,
                  saturated_stretches(names[0], x, main_dy, alpha), derivative_peak(x, main_dy, kinks),
                  any(abs(x0 - k) < 1e-12 for k in kinks))


def tangent_segment(x0, y0, slope, reach, xs, ys) -> pd.DataFrame:
    """The tangent y0 + slope (x - x0), up to `reach` either side of x0, cut to the box xs × ys.

    Cutting it keeps the chart's axes those of the curves: a steep tangent would otherwise stretch them.
    """
    a, b = max(x0 - reach, xs[0]), min(x0 + reach, xs[1])
    if slope != 0:
        ends = sorted(((ys[0] - y0) / slope + x0, (ys[1] - y0) / slope + x0))
        a, b = max(a, ends[0]), min(b, ends[1])
    tx = np.array([a, b]) if a < b else np.array([x0, x0])
    return pd.DataFrame({"x": tx, "value": y0 + slope * (tx - x0)})


def derivative_peak(x: np.ndarray, dy: np.ndarray, kinks=()) -> Peak:
    """Where dy is largest on the grid x: a point, a plateau of equal values, or the range's edge."""
    top = int(np.argmax(dy))
    best = float(dy[top])
    level = np.flatnonzero(np.abs(dy - best) <= 1e-12 * max(1.0, abs(best)))
    if len(level) >= 3:  # a straight piece of f: f' is constant there, there is no single "largest at"
        start, end = float(x[level[0]]), float(x[level[-1]])
        step = (x[-1] - x[0]) / (len(x) - 1)
        kink = next((k for k in kinks if 0 < start - k <= step * 1.0001 and k >= x[0]), None)
        return Peak(start if kink is None else float(kink), best, "plateau", end, kink is not None)
    if top in (0, len(x) - 1):
        return Peak(float(x[top]), best, "edge")
    return Peak(float(x[top]), best)


def saturated_stretches(name: str, x: np.ndarray, dy: np.ndarray, alpha: float = 0.1,
                        threshold: float = SATURATION) -> pd.DataFrame:
    """The stretches of [x[0], x[-1]] where f has saturated: |f'| < threshold from there all the way out.

    Saturation is f flattening towards an asymptote as x goes to -inf or +inf, so |f'| must stay small
    out to the end of the axis; a dip where f' merely crosses 0 (GELU's and swish's minimum) is not it.
    "All the way out" is checked by MXNet on a log-spaced grid out to +-X_LIMIT.
    """
    lo, hi = float(x[0]), float(x[-1])
    out = np.geomspace(1e-3, X_LIMIT, 120)
    _, left = evaluate(name, lo - out[::-1], alpha)
    _, right = evaluate(name, hi + out, alpha)
    flat = np.abs(dy) < threshold
    # how many grid points from each end lie in one flat run (all of them if the whole range is flat)
    from_left = len(x) if flat.all() else int(np.argmin(flat))
    from_right = len(x) if flat.all() else int(np.argmin(flat[::-1]))
    stretches = []
    if from_left and np.all(np.abs(left) < threshold):  # flat from here out to -inf
        stretches.append((lo, float(x[from_left - 1])))
    if from_right and np.all(np.abs(right) < threshold) and not (stretches and stretches[0][1] == hi):
        stretches.append((float(x[len(x) - from_right]), hi))
    return pd.DataFrame(stretches, columns=["start", "end"], dtype=float)


def probe_code(name: str, x0: float, alpha: float = 0.1) -> str:
    """Runnable MXNet code that prints f(x0) and f'(x0) the way the page computes them."""
    call = get(name).code.format(x="x", alpha=alpha)
    return (
        "from mxnet import autograd, nd\n\n"
        f"x = nd.array([{x0!r}], dtype='float64')\n"
        "x.attach_grad()                 # room for the gradient\n"
        "with autograd.record():         # record the computation ...\n"
        f"    y = {call}\n"
        "y.backward()                    # ... and run it backwards\n"
        "print('f(x0)  =', y.asscalar())\n"
        "print(\"f'(x0) =\", x.grad.asscalar())\n"
    )


# --- gradients through a deep stack of layers ---------------------------------------------------

@dataclass(frozen=True)
class DepthResult:
    """How large the back-propagated gradient is at each layer of a deep MLP."""

    table: pd.DataFrame  # long form: layer (1 = nearest the input), quantity ("delta" or "weight"), norm
    first: float  # ||delta|| at layer 1
    last: float  # ||delta|| at the last layer
    first_weight: float  # ||dL/dW|| at layer 1
    last_weight: float  # ||dL/dW|| at the last layer
    sigma: float
    relative: np.ndarray  # ||dL/dW_l|| / ||W_l|| per layer: how far one SGD step (lr 1) moves a layer, relatively

    @property
    def ratio(self) -> float:
        """How much of the last layer's error signal reaches layer 1 (<1: vanishing, >1: exploding)."""
        return self.first / self.last if self.last > 0 else math.inf

    @property
    def weight_ratio(self) -> float:
        """How layer 1's weight gradient compares with the last layer's: how fast layer 1 learns by SGD."""
        return self.first_weight / self.last_weight if self.last_weight > 0 else math.inf

    @property
    def depth(self) -> int:
        """The number of layers."""
        return int(self.table["layer"].max())

    @property
    def gain(self) -> float:
        """The factor by which the error signal grows per layer on its way down, on average."""
        if self.depth < 2 or self.ratio in (0.0, math.inf):
            return self.ratio
        return self.ratio ** (1.0 / (self.depth - 1))

    @property
    def verdict(self) -> str:
        """Do the first layers learn? Judged from the weight gradients SGD uses, not from delta alone.

        Layer 1 against the last layer first; when they are alike, all layers may still be tiny or huge
        next to their own weights (the identity's 0.2^30 and 5^30: the forward signal vanished or exploded).
        """
        ratio = self.weight_ratio
        if ratio < 0.1:
            return "vanish"
        if ratio > 10:
            return "explode"
        if np.max(self.relative) < TINY:
            return "vanish_all"
        if np.min(self.relative) > 1 / TINY:
            return "explode_all"
        return "stable"


TINY = 1e-6  # a weight gradient below TINY of its weights: one SGD step changes nothing visible


def init_scale(init: str, width: int, sigma: float) -> float:
    """Weight standard deviation: as given, or Xavier's sqrt(1/width), or He's sqrt(2/width)."""
    return {"custom": sigma, "xavier": math.sqrt(1.0 / width), "he": math.sqrt(2.0 / width)}[init]


def depth_gradients(name: str, depth: int, width: int, sigma: float, seed: int, alpha: float = 0.1,
                    batch: int = 32) -> DepthResult:
    """Per layer of z_l = h_{l-1} W_l, h_l = f(z_l), with L = sum(h_depth) / batch: the error signal
    delta_l = dL/dz_l and the weight gradient dL/dW_l, as Frobenius norms."""
    get(name)
    if not (1 <= depth <= 100 and 1 <= width <= 512 and 0 < sigma <= 100 and 1 <= batch <= 1024):
        raise ValueError("depth 1-100, width 1-512, 0 < sigma <= 100")
    x, weights = _depth_inputs(depth, width, sigma, seed, batch)
    deltas, grads, sizes = engine.run(_depth_backward, name, x, weights, slope(alpha))
    layers = np.arange(1, depth + 1)
    table = pd.concat([pd.DataFrame({"layer": layers, "quantity": "delta", "norm": deltas}),
                       pd.DataFrame({"layer": layers, "quantity": "weight", "norm": grads})], ignore_index=True)
    return DepthResult(table, float(deltas[0]), float(deltas[-1]), float(grads[0]), float(grads[-1]), float(sigma),
                       grads / sizes)


def _depth_inputs(depth, width, sigma, seed, batch):
    """A seeded input batch and weights N(0, sigma^2): NumPy's own generator, safe across sessions."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, width))
    weights = [rng.normal(0.0, sigma, (width, width)) for _ in range(depth)]
    return x, weights


def _depth_backward(name, x, weights, alpha):
    """On the MXNet worker: forward under autograd, one backward pass, then read every gradient.

    A zero `e_l` added to each pre-activation changes nothing forward, and its gradient is exactly
    the error signal delta_l = dL/dz_l that back-propagation carries down to layer l.
    """
    activation = REGISTRY[name]
    ws = [nd.array(w, dtype="float64") for w in weights]
    es = [nd.zeros((x.shape[0], w.shape[1]), dtype="float64") for w in weights]
    for v in ws + es:
        v.attach_grad()
    h = nd.array(x, dtype="float64")
    with autograd.record():
        for w, e in zip(ws, es):
            h = activation.mxnet(nd.dot(h, w) + e, alpha)
        loss = h.sum() / x.shape[0]
    loss.backward()

    def norms(arrays):
        values = np.array([float(nd.norm(v.grad).asscalar()) for v in arrays])
        return np.nan_to_num(values, nan=0.0, posinf=np.finfo(np.float64).max)

    return norms(es), norms(ws), np.array([float(nd.norm(w).asscalar()) for w in ws])


def depth_code(name: str, depth: int, width: int, sigma: float, seed: int, alpha: float = 0.1) -> str:
    """Runnable MXNet code for the depth experiment, with the page's settings."""
    call = get(name).code.format(x="z", alpha=alpha)
    return (
        "import numpy as np\n"
        "from mxnet import autograd, nd\n\n"
        f"rng = np.random.default_rng({seed})\n"
        f"x = rng.standard_normal((32, {width}))\n"
        f"weights = [nd.array(rng.normal(0, {sigma!r}, ({width}, {width})), dtype='float64')\n"
        f"           for _ in range({depth})]\n"
        f"probes = [nd.zeros((32, {width}), dtype='float64') for _ in range({depth})]  # dL/dprobe = delta\n"
        "for v in weights + probes:\n"
        "    v.attach_grad()\n"
        "h = nd.array(x, dtype='float64')\n"
        "with autograd.record():\n"
        "    for w, e in zip(weights, probes):\n"
        "        z = nd.dot(h, w) + e\n"
        f"        h = {call}\n"
        "    loss = h.sum() / 32\n"
        "loss.backward()\n"
        "for layer, (w, e) in enumerate(zip(weights, probes), start=1):\n"
        "    print(layer, nd.norm(e.grad).asscalar(), nd.norm(w.grad).asscalar())\n"
    )


# --- why the initial weights must be random: symmetry -------------------------------------------

SYMMETRY_UNITS = 4  # hidden units of the small MLP
SYMMETRY_INPUTS = 3
SYMMETRY_STEPS = 20


@dataclass(frozen=True)
class Symmetry:
    """The hidden layer's weights of one small MLP after SGD, started from equal or from random weights."""

    start: str  # "equal" or "random"
    weights: np.ndarray  # (units, inputs): row j holds the weights into hidden unit j, after training
    loss: float  # the training loss after the last step

    @property
    def spread(self) -> float:
        """The largest difference between any two hidden units' weights (0: the units are copies)."""
        return float(np.max(np.ptp(self.weights, axis=0)))


def _symmetry_data(seed: int, batch: int = 16):
    """A seeded regression task for the small MLP: inputs and a non-linear target."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, SYMMETRY_INPUTS))
    y = np.sin(x @ np.array([1.0, -2.0, 0.5]))[:, None]
    return x, y, rng


def symmetry(start: str, seed: int = 0, steps: int = 20, lr: float = 0.5) -> Symmetry:
    """Train a 3 → 4 (tanh) → 1 MLP with Gluon for `steps` SGD steps, from equal (0.5) or random weights."""
    if start not in ("equal", "random"):
        raise ValueError("start is 'equal' or 'random'")
    if not 0 <= steps <= 1000:
        raise ValueError("steps 0-1000")
    x, y, rng = _symmetry_data(seed)
    if start == "equal":
        w1 = np.full((SYMMETRY_UNITS, SYMMETRY_INPUTS), 0.5)
        w2 = np.full((1, SYMMETRY_UNITS), 0.5)
    else:
        w1 = rng.normal(0.0, 0.5, (SYMMETRY_UNITS, SYMMETRY_INPUTS))
        w2 = rng.normal(0.0, 0.5, (1, SYMMETRY_UNITS))
    weights, loss = engine.run(_train_small_mlp, x, y, w1, w2, steps, lr)
    return Symmetry(start, weights, loss)


def _train_small_mlp(x, y, w1, w2, steps, lr):
    """On the MXNet worker: Gluon Dense layers with the given weights, L2Loss, SGD; returns W1 and the loss."""
    from mxnet import gluon
    from mxnet.gluon import nn

    net = nn.Sequential()
    net.add(nn.Dense(SYMMETRY_UNITS, activation="tanh", in_units=SYMMETRY_INPUTS, dtype="float64"),
            nn.Dense(1, in_units=SYMMETRY_UNITS, dtype="float64"))
    net.initialize(mx.init.Zero())  # biases start at 0; the weights are set just below
    net[0].weight.set_data(nd.array(w1, dtype="float64"))
    net[1].weight.set_data(nd.array(w2, dtype="float64"))
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": lr})
    loss_fn = gluon.loss.L2Loss()
    features, labels = nd.array(x, dtype="float64"), nd.array(y, dtype="float64")
    for _ in range(steps):
        with autograd.record():
            loss = loss_fn(net(features), labels)
        loss.backward()
        trainer.step(x.shape[0])
    final = float(loss_fn(net(features), labels).mean().asscalar())
    return net[0].weight.data().asnumpy(), final


def symmetry_code(start: str, seed: int = 0, steps: int = 20, lr: float = 0.5) -> str:
    """Runnable MXNet (Gluon) code for the symmetry demonstration, printing the hidden layer's weights."""
    if start == "equal":
        weights = (f"w1 = np.full(({SYMMETRY_UNITS}, {SYMMETRY_INPUTS}), 0.5)       # every hidden unit starts the same\n"
                   f"w2 = np.full((1, {SYMMETRY_UNITS}), 0.5)\n")
    else:
        weights = (f"w1 = rng.normal(0, 0.5, ({SYMMETRY_UNITS}, {SYMMETRY_INPUTS}))   # every hidden unit starts differently\n"
                   f"w2 = rng.normal(0, 0.5, (1, {SYMMETRY_UNITS}))\n")
    return (
        "import numpy as np\n"
        "import mxnet as mx\n"
        "from mxnet import autograd, gluon, nd\n"
        "from mxnet.gluon import nn\n\n"
        f"rng = np.random.default_rng({seed})\n"
        f"x = rng.standard_normal((16, {SYMMETRY_INPUTS}))\n"
        "y = np.sin(x @ np.array([1.0, -2.0, 0.5]))[:, None]\n"
        + weights +
        "net = nn.Sequential()\n"
        f"net.add(nn.Dense({SYMMETRY_UNITS}, activation='tanh', in_units={SYMMETRY_INPUTS}, dtype='float64'),\n"
        f"        nn.Dense(1, in_units={SYMMETRY_UNITS}, dtype='float64'))\n"
        "net.initialize(mx.init.Zero())\n"
        "net[0].weight.set_data(nd.array(w1, dtype='float64'))\n"
        "net[1].weight.set_data(nd.array(w2, dtype='float64'))\n"
        f"trainer = gluon.Trainer(net.collect_params(), 'sgd', {{'learning_rate': {lr!r}}})\n"
        "loss = gluon.loss.L2Loss()\n"
        "X, Y = nd.array(x, dtype='float64'), nd.array(y, dtype='float64')\n"
        f"for step in range({steps}):\n"
        "    with autograd.record():\n"
        "        l = loss(net(X), Y)\n"
        "    l.backward()\n"
        "    trainer.step(16)\n"
        "print(net[0].weight.data())      # one row per hidden unit\n"
    )
