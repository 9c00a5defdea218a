"""The broadcasting rule: trailing axes first, each axis equal, stretched from 1, or a mismatch."""
from __future__ import annotations

from dataclasses import dataclass

from explain.broadcasting.shapes import format_shape


@dataclass(frozen=True)
class AxisStep:
    """One axis of the result, with the rule that decides its length."""

    axis: int  # counted from the right: -1 is the last axis
    sizes: tuple[int | None, ...]  # per operand; None where the operand lacks this axis (read as 1)
    rule: str  # "equal", "stretch" or "mismatch"
    size: int | None  # the result's length on this axis; None on a mismatch

    def stretched(self, operand: int) -> bool:
        """True when this operand is virtually repeated along this axis."""
        own = self.sizes[operand]
        return self.size is not None and (own is None or own == 1) and self.size != 1


@dataclass(frozen=True)
class Broadcast:
    """The broadcasting verdict for some shapes: result shape, reason, and the axis-by-axis steps."""

    shapes: tuple[tuple[int, ...], ...]
    ok: bool
    shape: tuple[int, ...] | None
    message: str
    steps: tuple[AxisStep, ...]  # leftmost axis of the result first, as the shapes are drawn
    conflict: AxisStep | None  # the first mismatch found scanning from the right

    def padded(self, operand: int) -> tuple[int, ...]:
        """The operand's shape right-aligned to the result, missing leading axes read as 1."""
        return tuple(1 if s.sizes[operand] is None else s.sizes[operand] for s in self.steps)


def broadcast(*shapes: tuple[int, ...]) -> Broadcast:
    """Apply the broadcasting rule to one or more shapes, trailing axes first."""
    if not shapes:
        raise ValueError("broadcast needs at least one shape")
    shapes = tuple(tuple(int(n) for n in s) for s in shapes)
    ndim = max(len(s) for s in shapes)
    steps = []
    for axis in range(-ndim, 0):
        sizes = tuple(s[axis] if -axis <= len(s) else None for s in shapes)
        steps.append(_axis_rule(axis, sizes))
    steps = tuple(steps)
    conflict = next((s for s in reversed(steps) if s.rule == "mismatch"), None)
    if conflict is None:
        shape = tuple(s.size for s in steps)
        return Broadcast(shapes, True, shape, f"{_join(shapes)} broadcast to {format_shape(shape)}",
                         steps, None)
    clash = sorted({n for n in conflict.sizes if n is not None and n != 1})
    message = (f"{_join(shapes)} cannot be broadcast: on axis {conflict.axis} the sizes "
               f"{' and '.join(map(str, clash))} differ and none of them is 1")
    return Broadcast(shapes, False, None, message, steps, conflict)


def _axis_rule(axis: int, sizes: tuple[int | None, ...]) -> AxisStep:
    """Sizes equal, or stretched from 1 (a missing axis counts as 1), or a mismatch."""
    real = {n for n in sizes if n is not None and n != 1}
    if len(real) > 1:
        return AxisStep(axis, sizes, "mismatch", None)
    size = real.pop() if real else 1
    rule = "stretch" if any(n is None or (n == 1 and size != 1) for n in sizes) else "equal"
    return AxisStep(axis, sizes, rule, size)


def _join(shapes) -> str:
    return " and ".join(format_shape(s) for s in shapes)
