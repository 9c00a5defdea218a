"""The notes' round trip between NumPy and NDArray, and a view (NumPy) against a copy (MXNet), run on the worker."""
from __future__ import annotations

import functools
from dataclasses import dataclass

import mxnet as mx
import numpy as np

from explain import engine
from explain.codetext import PREAMBLE_TEXT

# The notes' round trip between NumPy and NDArray, and what copies and what does not.
CONVERSION_CODE = PREAMBLE_TEXT + """import numpy as np
from mxnet import nd

P = np.ones((2, 3))
D = nd.array(P)           # NumPy -> NDArray: a copy, and float64 becomes float32
back = D.asnumpy()        # NDArray -> NumPy: a copy, still float32
print(P.dtype, np.dtype(D.dtype), back.dtype)
print(np.dtype(nd.array(P, dtype=P.dtype).dtype))   # ask for float64 to keep it

b = np.arange(3.0).reshape((1, 3))
view = np.broadcast_to(b, (4, 3))            # a view: stride 0 on the stretched axis
B = nd.array(b, dtype=b.dtype)
copy = nd.broadcast_to(B, shape=(4, 3))      # MXNet writes a new (4, 3) array
print(view.strides, np.shares_memory(b, view))
b[0, 0] = 100
B[0, 0] = 100
print(view[0, 0], copy[0, 0].asscalar())     # the view sees the change, the copy does not
"""


@dataclass(frozen=True)
class Conversion:
    """What CONVERSION_CODE prints, computed on the MXNet worker: dtypes across the round trip, view versus copy."""

    numpy_dtype: str  # P = np.ones((2, 3))
    ndarray_dtype: str  # nd.array(P)
    back_dtype: str  # nd.array(P).asnumpy()
    kept_dtype: str  # nd.array(P, dtype=P.dtype)
    view_strides: tuple[int, ...]  # np.broadcast_to(b, (4, 3))
    view_shares: bool
    view_after: float  # view[0, 0] after b[0] = 100
    copy_after: float  # nd.broadcast_to(B, (4, 3))[0, 0] after B[0] = 100

    def printed(self) -> str:
        """The lines CONVERSION_CODE prints."""
        return "\n".join([f"{self.numpy_dtype} {self.ndarray_dtype} {self.back_dtype}", self.kept_dtype,
                          f"{self.view_strides} {self.view_shares}", f"{self.view_after} {self.copy_after}"])


@functools.cache  # no arguments, a frozen answer: computed once per process
def conversion() -> Conversion:
    """Run the round trip and the view-versus-copy experiment of CONVERSION_CODE."""
    return engine.run(_conversion)


def _conversion() -> Conversion:
    P = np.ones((2, 3))
    D = mx.nd.array(P)
    kept = mx.nd.array(P, dtype=P.dtype)
    b = np.arange(3.0).reshape((1, 3))
    view = np.broadcast_to(b, (4, 3))
    B = mx.nd.array(b, dtype=b.dtype)
    copy = mx.nd.broadcast_to(B, shape=(4, 3))
    b[0, 0] = 100
    B[0, 0] = 100
    return Conversion(str(P.dtype), str(np.dtype(D.dtype)), str(D.asnumpy().dtype), str(np.dtype(kept.dtype)),
                      tuple(view.strides), bool(np.shares_memory(b, view)), float(view[0, 0]),
                      float(copy[0, 0].asscalar()))
