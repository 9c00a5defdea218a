"""f(x) by MXNet and f′(x) by MXNet autograd (attach_grad, record, backward), on the engine's worker thread."""
from __future__ import annotations

import numpy as np
from mxnet import autograd, nd

from explain import engine
from explain.activations.registry import REGISTRY, get

X_LIMIT = 1e4  # inputs are clipped to ±X_LIMIT: every function is finite there, and its shape is settled


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
