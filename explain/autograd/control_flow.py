"""D2L 2.3's function with a Python while and if: autograd records only the path that ran, so it still gets
the gradient, which is f(a)/a (f is linear in a along each path: c = k·a for a k fixed by the path)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explain import engine
from explain.errors import InputError

A_VALUES = (-3.0, -0.5, -0.01, 0.001, 0.2, 1.0, 4.0, 600.0)  # the page's choices of a (0 would loop for ever)
MAX_DOUBLINGS = 200  # a guard: |a| ≥ 1e-40 needs at most ~140 doublings to pass 1000


@dataclass(frozen=True)
class Path:
    """One run of f(a): what the Python ran, and autograd's gradient."""

    a: float
    doublings: int  # times the while loop doubled b
    branch: str  # "positive" (c = b) or "negative" (c = 100·b)
    c: float
    grad: float  # a.grad from autograd
    slope: float  # c / a: the gradient read off the path


def _f(a):
    """D2L 2.3's f, as written there."""
    b = a * 2
    doublings = 0
    while b.norm().asscalar() < 1000 and doublings < MAX_DOUBLINGS:
        b = b * 2
        doublings += 1
    if b.sum().asscalar() > 0:
        c, branch = b, "positive"
    else:
        c, branch = 100 * b, "negative"
    return c, doublings, branch


def _run(a: float):
    from mxnet import autograd, nd
    x = nd.array([a])  # float32, as D2L's nd.random.normal(shape=1)
    x.attach_grad()
    with autograd.record():
        c, doublings, branch = _f(x)
    c.backward()
    return float(x.asscalar()), doublings, branch, float(c.asscalar()), float(x.grad.asscalar())


def checked_a(a: float) -> float:
    """a as a float, refused when f would loop for ever (0) or float32 cannot hold it (the page offers A_VALUES)."""
    a = float(a)
    if not np.isfinite(a) or a == 0 or abs(a) < 1e-30 or abs(a) > 1e30:
        raise InputError("a_range", f"a must be non-zero and moderate, not {a}", value=f"{a:g}")
    return a


def control_flow(a: float) -> Path:
    """f(a) run under autograd.record(), its branch and loop count, and a.grad against c / a."""
    a = checked_a(a)
    a32, doublings, branch, c, grad = engine.run(_run, a)
    return Path(a32, doublings, branch, c, grad, c / a32)
