"""D2L 3.14's computational graph at a size that fits a projector: x (2) → z = W⁽¹⁾x (3) → h = φ(z) → o = W⁽²⁾h (2)
→ L = ℓ(o, y), s = λ/2 (‖W⁽¹⁾‖² + ‖W⁽²⁾‖²), J = L + s; forward, backward by MXNet autograd, one SGD step.

ℓ is softmax cross-entropy with the true class y. MXNet keeps gradients only for leaves (attach_grad), so a
zero leaf is added to every inner node (z + 0, h + 0, …): the gradient of J with respect to that zero is the
gradient with respect to the node, and the forward values do not change. Float64 throughout, so every number on
the page is exact to the digits shown; the inputs are rounded to one decimal so that they read cleanly.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explain import engine
from explain.errors import InputError

INPUTS, HIDDEN, OUTPUTS = 2, 3, 2
ACTIVATIONS = ("relu", "sigmoid", "tanh")
LAMBDAS = (0.0, 0.01, 0.1, 1.0)
LEARNING_RATES = (0.01, 0.1, 0.5, 1.0, 5.0)
MAX_SEED = 99
INNER = ("z", "h", "o", "L", "s")  # the inner nodes whose gradients autograd reads through a zero leaf
# Forward: the nodes in the order they are evaluated (inputs and parameters first). Backward: each step writes
# the gradients of its nodes and reads the forward values named (梯度计算可能依据各变量的当前值).
FORWARD = (("inputs", ("x", "W1", "W2", "y")), ("z", ("z",)), ("h", ("h",)), ("o", ("o",)), ("L", ("L",)),
           ("s", ("s",)), ("J", ("J",)))
UPDATE = "update"  # the step after backward: W ← W − η ∂J/∂W, then the next forward pass
BACKWARD = (("dJ", ("J", "L", "s"), ()), ("do", ("o",), ("o", "y")), ("dW2", ("W2",), ("h", "W2")),
            ("dh", ("h",), ("W2",)), ("dz", ("z",), ("z",)), ("dW1", ("W1",), ("x", "W1")))


@dataclass(frozen=True)
class Graph:
    """One forward and backward pass through the small network, and the SGD step after it."""

    activation: str
    lam: float
    lr: float
    seed: int
    label: int  # the true class y
    value: dict  # node → its forward value (NumPy float64; L, s and J as floats)
    grad: dict  # node → ∂J/∂node from autograd (J, L, s, o, W2, h, z, W1)
    dphi: np.ndarray  # φ′(z), from autograd of φ alone
    probabilities: np.ndarray  # softmax(o): ∂L/∂o is this minus the one-hot y
    squares: float  # ‖W⁽¹⁾‖² + ‖W⁽²⁾‖², the penalty's sum of squares
    after: dict  # W1, W2 after W ← W − η ∂J/∂W, and the next forward's z, h, o, L, s, J


def inputs(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """The seeded x, W⁽¹⁾, W⁽²⁾ (normal, rounded to one decimal) and the true class y.

    Drawn again from the same stream while an input is 0 or some z = W⁽¹⁾x lies within 0.05 of 0 (ReLU's kink,
    where a derivative is a convention, not a limit), so every z is plainly positive or negative; and while a
    column of W⁽²⁾ holds two equal weights: ∂J/∂o = softmax(o) − onehot(y) is (−a, a) with two outputs, so that
    hidden unit's ∂J/∂h = a (W⁽²⁾₁ⱼ − W⁽²⁾₀ⱼ) would be exactly 0 and float64 would write rounding (2e-16) for it."""
    rng = np.random.default_rng([int(seed), 314])
    while True:
        x = np.round(rng.normal(0.0, 1.0, INPUTS), 1)
        W1 = np.round(rng.normal(0.0, 1.0, (HIDDEN, INPUTS)), 1)
        W2 = np.round(rng.normal(0.0, 1.0, (OUTPUTS, HIDDEN)), 1)
        label = int(rng.integers(OUTPUTS))
        if np.abs(x).min() >= 0.1 and np.abs(W1 @ x).min() >= 0.05 and (np.ptp(W2, axis=0) > 0).all():
            return x, W1, W2, label


def checked(activation: str, lam: float, lr: float, seed: int) -> tuple[str, float, float, int]:
    """The controls, refused when a link brought something the page does not offer."""
    if activation not in ACTIVATIONS:
        raise InputError("activation", f"no activation {activation!r}", value=activation)
    lam, lr = float(lam), float(lr)
    if not (np.isfinite(lam) and 0 <= lam <= 10):
        raise InputError("lam", f"λ must lie in [0, 10], not {lam}", value=f"{lam:g}")
    if not (np.isfinite(lr) and 0 < lr <= 10):
        raise InputError("lr", f"the learning rate must lie in (0, 10], not {lr}", value=f"{lr:g}")
    if isinstance(seed, bool) or not float(seed).is_integer() or not 0 <= int(seed) <= MAX_SEED:
        raise InputError("seed", f"seed must be a whole number in 0..{MAX_SEED}", value=str(seed))
    return activation, lam, lr, int(seed)


def _phi(nd, name):
    return {"relu": nd.relu, "sigmoid": nd.sigmoid, "tanh": nd.tanh}[name]


def _forward(nd, phi, x, W1, W2, onehot, lam, probes=None):
    """z, h, o, L, s, J: D2L 3.14's forward pass (each inner node plus its zero leaf when probes are given)."""
    p = probes or {}
    plus = (lambda name, v: v + p[name]) if probes else (lambda name, v: v)
    z = plus("z", nd.dot(W1, x))
    h = plus("h", phi(z))
    o = plus("o", nd.dot(W2, h))
    L = plus("L", -(onehot * nd.log_softmax(o)).sum())  # ℓ(o, y): softmax cross-entropy
    s = plus("s", lam / 2 * ((W1 ** 2).sum() + (W2 ** 2).sum()))
    return {"z": z, "h": h, "o": o, "L": L, "s": s, "J": L + s}


def _passes(x, W1, W2, label, activation, lam, lr):
    """On the MXNet worker: forward under autograd.record(), J.backward(), φ′(z), the SGD step, the next forward."""
    from mxnet import autograd, nd
    f64 = lambda a: nd.array(a, dtype="float64")  # noqa: E731
    phi = _phi(nd, activation)
    x, W1, W2 = f64(x), f64(W1), f64(W2)
    onehot = f64(np.eye(OUTPUTS)[label])
    W1.attach_grad()
    W2.attach_grad()
    shapes = {"z": (HIDDEN,), "h": (HIDDEN,), "o": (OUTPUTS,), "L": (1,), "s": (1,)}
    probes = {name: nd.zeros(shape, dtype="float64") for name, shape in shapes.items()}
    for probe in probes.values():
        probe.attach_grad()
    with autograd.record():  # 正向传播: MXNet records the computational graph (计算图)
        nodes = _forward(nd, phi, x, W1, W2, onehot, lam, probes)
    nodes["J"].backward()  # 反向传播: the chain rule (链式法则) from J back to every leaf
    value = {name: v.asnumpy() for name, v in nodes.items()}
    grad = {name: probes[name].grad.asnumpy() for name in INNER}
    grad.update(W1=W1.grad.asnumpy(), W2=W2.grad.asnumpy())
    z = nd.array(value["z"], dtype="float64")
    z.attach_grad()
    with autograd.record():
        hz = phi(z)
    hz.backward()  # φ is elementwise: the head of ones gives φ′(z) element by element
    dphi = z.grad.asnumpy()
    extra = (nd.softmax(nodes["o"]).asnumpy(), float(((W1 ** 2).sum() + (W2 ** 2).sum()).asscalar()))
    W1n, W2n = W1 - lr * W1.grad, W2 - lr * W2.grad  # SGD: W ← W − η ∂J/∂W
    after = {name: v.asnumpy() for name, v in _forward(nd, phi, x, W1n, W2n, onehot, lam).items()}
    after.update(W1=W1n.asnumpy(), W2=W2n.asnumpy())
    return value, grad, dphi, extra, after


def _scalars(d: dict) -> dict:
    return {k: float(np.asarray(v).reshape(-1)[0]) if k in ("L", "s", "J") else np.asarray(v) for k, v in d.items()}


def graph(activation: str = "relu", lam: float = 0.1, lr: float = 0.5, seed: int = 0) -> Graph:
    """Forward and backward through D2L 3.14's graph for these controls, and one SGD step."""
    activation, lam, lr, seed = checked(activation, lam, lr, seed)
    x, W1, W2, label = inputs(seed)
    value, grad, dphi, (probabilities, squares), after = engine.run(_passes, x, W1, W2, label, activation, lam, lr)
    value = _scalars({**value, "x": x, "W1": W1, "W2": W2})
    grad = _scalars({**grad, "J": 1.0})  # ∂J/∂J = 1: backward's head gradient
    return Graph(activation, lam, lr, seed, label, value, grad, dphi, probabilities, squares, _scalars(after))
