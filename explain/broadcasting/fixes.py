"""For shapes that do not broadcast: an operand that does once trailing axes of 1 are added, and the code for it."""
from __future__ import annotations

from explain.broadcasting.rule import Broadcast, broadcast
from explain.broadcasting.shapes import format_shape
from explain.broadcasting.values import NAMES


def suggest_fix(rule: Broadcast) -> tuple[int, tuple[int, ...]] | None:
    """For incompatible shapes: an operand that broadcasts once trailing axes of 1 are added to it."""
    if rule.ok:
        return None
    ndim = len(rule.steps)
    for i, shape in enumerate(rule.shapes):
        for extra in range(1, ndim - len(shape) + 1):
            reshaped = tuple(shape) + (1,) * extra
            shapes = rule.shapes[:i] + (reshaped,) + rule.shapes[i + 1:]
            if broadcast(*shapes).ok:
                return i, reshaped
    return None


def fix_expressions(rule: Broadcast) -> tuple[str, ...]:
    """Code that gives the suggested operand its trailing axes of 1; each works in MXNet (nd and np) and NumPy."""
    fix = suggest_fix(rule)
    if fix is None:
        return ()
    index, reshaped = fix
    name, extra = NAMES[index], len(reshaped) - len(rule.shapes[index])
    return f"{name}.reshape({format_shape(reshaped)})", f"{name}[..., {', '.join(['None'] * extra)}]"
