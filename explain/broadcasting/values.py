"""The values each operand holds (1, 2, 3, … at a scale of its own), and what a result element is made of."""
from __future__ import annotations

import math

import numpy as np

from explain.broadcasting.rule import Broadcast

NAMES = "abcd"  # the operands, in the order they are combined


def scales(shapes) -> tuple[int, ...]:
    """A power of ten per operand, each past the digits of the ones before: a sum keeps every part in its own digits.

    (4, 3) and (3,) get 1 and 100: a holds 1 … 12, b holds 100, 200, 300, and 312 = 300 + 12.
    """
    out, digits = [], 0
    for shape in shapes:
        out.append(10**digits)
        digits += len(str(max(1, math.prod(shape))))
    return tuple(out)


def operand_values(shape: tuple[int, ...], scale: int = 1) -> np.ndarray:
    """The values given to an operand: 1, 2, 3, … times its scale, in row-major order."""
    count = math.prod(shape)
    return (np.arange(1, count + 1, dtype=np.float64) * scale).reshape(shape)


def operands(shapes) -> list[np.ndarray]:
    """Every operand's values, each at its own scale (see `scales`)."""
    return [operand_values(s, k) for s, k in zip(shapes, scales(shapes))]


def parts(rule: Broadcast, index: tuple[int, ...]) -> tuple[float, ...]:
    """The element each operand contributes to result[index]: a stretched axis reads index 0."""
    out = []
    for shape, values in zip(rule.shapes, operands(rule.shapes)):
        own = index[len(index) - len(shape):] if shape else ()
        out.append(float(values[tuple(0 if n == 1 else i for n, i in zip(shape, own))]))
    return tuple(out)


def values_text(shapes) -> str:
    """What each operand holds, e.g. `a = 1, 2, …, 12; b = 100, 200, 300`."""
    out = []
    for name, values in zip(NAMES, operands(shapes)):
        flat = [str(int(v)) for v in values.ravel()[:2]] + ([str(int(values.ravel()[-1]))] if values.size > 2 else [])
        if values.size > 3:
            flat.insert(2, "…")
        out.append(f"{name} = {', '.join(flat) if flat else '∅'}")
    return "; ".join(out)


def sum_example(rule: Broadcast) -> str | None:
    """For a sum: the last result element as the sum of its parts, e.g. `312 = 12 + 300` (None if too long to be exact)."""
    if not rule.ok or 0 in rule.shape:
        return None
    pieces = parts(rule, tuple(n - 1 for n in rule.shape))
    total = sum(pieces)
    if total >= 10**15:
        return None
    return f"{int(total)} = " + " + ".join(str(int(v)) for v in pieces)
