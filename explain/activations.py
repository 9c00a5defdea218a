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
    """Where the derivative is largest over the plotted range, and its value there."""

    x: float
    value: float


@dataclass(frozen=True)
class Curves:
    """Everything the function chart shows: curves, probe, tangent, saturated stretches."""

    table: pd.DataFrame  # long form: function, x, value, kind ("f" or "f′")
    x0: float
    y0: float  # f(x0) of the main function
    slope0: float  # f'(x0) of the main function, by autograd
    tangent: pd.DataFrame  # x, value of the tangent line at x0
    saturated: pd.DataFrame  # start, end of stretches where |f'| < SATURATION
    peak: Peak  # of the main function's derivative over the range
    at_kink: bool  # x0 sits on a kink of the main function


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
            main_dy = dy
        label = get(name).label
        frames.append(pd.DataFrame({"function": label, "x": x, "value": y, "kind": "f"}))
        frames.append(pd.DataFrame({"function": label, "x": x, "value": dy, "kind": "f′"}))
    (y0,), (slope0,) = evaluate(names[0], [x0], alpha)
    reach = (hi - lo) / 6
    tx = np.array([x0 - reach, x0 + reach])
    tangent = pd.DataFrame({"x": tx, "value": y0 + slope0 * (tx - x0)})
    top = int(np.argmax(main_dy))
    return Curves(pd.concat(frames, ignore_index=True), float(x0), float(y0), float(slope0), tangent,
                  saturated_stretches(x, main_dy), Peak(float(x[top]), float(main_dy[top])),
                  any(abs(x0 - k) < 1e-12 for k in get(names[0]).kinks))


def saturated_stretches(x: np.ndarray, dy: np.ndarray, threshold: float = SATURATION) -> pd.DataFrame:
    """The stretches of x where |f'(x)| < threshold, as start/end pairs."""
    flat = np.abs(dy) < threshold
    stretches, start = [], None
    for xi, is_flat in zip(x, flat):
        if is_flat and start is None:
            start = xi
        if not is_flat and start is not None:
            stretches.append((start, previous))
            start = None
        previous = xi
    if start is not None:
        stretches.append((start, x[-1]))
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

    @property
    def ratio(self) -> float:
        """How much of the last layer's error signal reaches layer 1 (<1: vanishing, >1: exploding)."""
        return self.first / self.last if self.last > 0 else math.inf


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
    deltas, grads = engine.run(_depth_backward, name, x, weights, slope(alpha))
    layers = np.arange(1, depth + 1)
    table = pd.concat([pd.DataFrame({"layer": layers, "quantity": "delta", "norm": deltas}),
                       pd.DataFrame({"layer": layers, "quantity": "weight", "norm": grads})], ignore_index=True)
    return DepthResult(table, float(deltas[0]), float(deltas[-1]), float(grads[0]), float(grads[-1]), float(sigma))


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

    return norms(es), norms(ws)


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
