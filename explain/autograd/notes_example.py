"""The notes' first autograd example, y = 2·xᵀx, and a non-scalar y = x·x with a head gradient, run by MXNet in
float32 (nd's default type, as the notes run it). A result beyond float32 is reported, never shown as inf or NaN."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explain import engine
from explain.errors import InputError

# backward()'s head gradient for a non-scalar y: what y.backward() does by default (ones: the sum), the gradient
# of y's first element alone, and of y's mean
HEADS = ("ones", "first", "mean")


@dataclass(frozen=True)
class Gradient:
    """One recorded computation: its input, output, the head gradient backward() used and x.grad."""

    x: np.ndarray
    y: np.ndarray
    head: np.ndarray  # the head gradient, shaped like y
    grad: np.ndarray  # x.grad
    overflow: tuple[str, ...]  # the names ("y", "grad") whose float32 value is not finite: shown as a message


def head_gradient(name: str, shape) -> np.ndarray:
    """The head gradient `name` for a y of this shape."""
    if name not in HEADS:
        raise InputError("head", f"no head gradient {name!r}", value=name)
    if name == "ones":
        return np.ones(shape, dtype=np.float32)
    if name == "first":
        head = np.zeros(shape, dtype=np.float32)
        head.flat[0] = 1
        return head
    return np.full(shape, 1 / np.prod(shape), dtype=np.float32)


def _overflow(**arrays) -> tuple[str, ...]:
    return tuple(name for name, a in arrays.items() if not np.isfinite(a).all())


def _quadratic_form(x):
    from mxnet import autograd, nd
    x = nd.array(x)  # float32
    x.attach_grad()  # memory for the gradient (申请内存)
    with autograd.record():
        y = 2 * nd.dot(x.T, x)
    y.backward()  # y is (k, k): a 1×1 y for a column x; a larger y is summed first (a head of ones)
    return y.asnumpy(), x.grad.asnumpy()


def notes_example(x) -> Gradient:
    """The notes' y = 2·nd.dot(x.T, x) and y.backward(): for a column x, x.grad = 4x (in general 4·x·𝟙, 𝟙 all ones)."""
    x = np.asarray(x, dtype=np.float32)
    with np.errstate(all="ignore"):
        y, grad = engine.run(_quadratic_form, x)
    return Gradient(x, y, np.ones_like(y), grad, _overflow(y=y, grad=grad))


def _squares(x, head):
    from mxnet import autograd, nd
    x = nd.array(x)
    x.attach_grad()
    with autograd.record():
        y = x * x
    y.backward(nd.array(head))  # backward(head): x.grad = head ⊙ ∂y/∂x
    return y.asnumpy(), x.grad.asnumpy()


def non_scalar(x, head: str = "ones") -> Gradient:
    """y = x·x elementwise, y.backward(head): x.grad = head ⊙ 2x (with a head of ones: the gradient of y.sum())."""
    x = np.asarray(x, dtype=np.float32)
    heads = head_gradient(head, x.shape)
    with np.errstate(all="ignore"):
        y, grad = engine.run(_squares, x, heads)
    return Gradient(x, y, heads, grad, _overflow(y=y, grad=grad))
