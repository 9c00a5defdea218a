"""What MXNet computes from the shapes: `a op b op …` on its worker thread, or its own error message."""
from __future__ import annotations

import math
import operator
from dataclasses import dataclass

import mxnet as mx
import numpy as np

from explain import engine
from explain.broadcasting.code import mxnet_code
from explain.broadcasting.rule import Broadcast, broadcast
from explain.broadcasting.values import operands

MAX_COMPUTE = 10**6  # MXNet computes the result only up to this many elements
MAX_VALUES = 4096  # beyond this the page gets a corner of the result, not every value
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}  # folded left to right


def uses_numpy_api(shapes) -> bool:
    """Legacy `nd` reads a 0 in a shape as 'unknown' and has no 0-d arrays: those need `mx.np`."""
    return any(len(s) == 0 or 0 in s for s in shapes)


@dataclass(frozen=True)
class Computation:
    """What MXNet itself made of the shapes: its result, or its own error message."""

    rule: Broadcast
    op: str
    api: str  # "nd" (legacy NDArray, as in the notes) or "np" (mx.np, NumPy semantics)
    computed: bool  # False when the arrays are too large to compute here
    shape: tuple[int, ...] | None  # the shape of MXNet's result
    values: np.ndarray | None  # every value, for results of at most MAX_VALUES elements
    corner: np.ndarray | None  # the first (up to) 3 entries along each axis
    total: float | None  # the sum of every element of the result
    error: str | None  # MXNet's own message when it refused
    code: str  # runnable MXNet code that reproduces this

    @property
    def size(self) -> int:
        """How many elements the result has."""
        return math.prod(self.shape) if self.shape is not None else 0


def compute(shapes: tuple[tuple[int, ...], ...], op: str = "+") -> Computation:
    """Broadcast the shapes by the rule, then let MXNet compute `a op b op …` (when small enough)."""
    if op not in OPS:
        raise ValueError(f"unknown operation {op!r}; choose one of {', '.join(OPS)}")
    rule = broadcast(*shapes)
    api = "np" if uses_numpy_api(rule.shapes) else "nd"
    code = mxnet_code(rule.shapes, op, api, fails=not rule.ok)
    sizes = [math.prod(s) for s in rule.shapes]
    small = max(sizes) <= MAX_COMPUTE and (not rule.ok or math.prod(rule.shape) <= MAX_COMPUTE)
    if not small:
        return Computation(rule, op, api, False, None, None, None, None, None, code)
    shape, values, corner, total, error = engine.run(_mxnet_apply, rule.shapes, op, api)
    return Computation(rule, op, api, True, shape, values, corner, total, error, code)


def _mxnet_apply(shapes, op, api):
    """On the MXNet worker: build the operands and fold them together with op, left to right."""
    lib = mx.nd if api == "nd" else mx.np
    try:
        # mx.np needs NumPy shape semantics switched on; they are per thread, so set them per job
        with mx.util.np_shape(api == "np"), mx.util.np_array(api == "np"):
            arrays = [lib.array(values, dtype="float64") for values in operands(shapes)]
            result = arrays[0]
            for other in arrays[1:]:
                result = OPS[op](result, other)
            out = result.asnumpy()
    except mx.base.MXNetError as error:
        return None, None, None, None, engine.mxnet_error_text(error)
    out = np.asarray(out, dtype=np.float64).reshape(tuple(result.shape))
    corner = out[tuple(slice(0, 3) for _ in out.shape)].copy()
    values = out if out.size <= MAX_VALUES else None
    return tuple(out.shape), values, corner, float(out.sum()), None
