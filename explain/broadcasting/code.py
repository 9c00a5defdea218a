"""The runnable MXNet code the page shows for the current shapes and operation."""
from __future__ import annotations

import math

from explain.broadcasting.shapes import format_shape
from explain.codetext import PREAMBLE_TEXT
from explain.broadcasting.values import NAMES, scales


def mxnet_code(shapes, op: str = "+", api: str = "nd", fails: bool = False) -> str:
    """Runnable MXNet code that builds these operands and combines them, as the page does."""
    lib = "nd" if api == "nd" else "np"
    lines = [*PREAMBLE_TEXT.splitlines(), "from mxnet import nd" if api == "nd" else "from mxnet import np, npx"]
    if api == "np":
        lines.append("npx.set_np()  # NumPy semantics: 0-d and zero-size arrays are allowed")
    lines.append("")
    for i, (shape, k) in enumerate(zip(shapes, scales(shapes))):
        scale = f" * {k}" if k > 1 else ""
        lines.append(f"{NAMES[i]} = {lib}.arange(1, {math.prod(shape) + 1}, dtype='float64')"
                     f".reshape({format_shape(shape)}){scale}")
    expression = f" {op} ".join(NAMES[: len(shapes)])
    if fails:
        lines.append(f"result = {expression}   # raises MXNetError: these shapes do not broadcast")
    else:
        lines += [f"result = {expression}", "print(result.shape)", "print(result)"]
    return "\n".join(lines) + "\n"
