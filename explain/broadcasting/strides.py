"""Why broadcasting copies nothing: an operand's strides and its broadcast view's (stride 0 on stretched axes)."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from explain.broadcasting.values import operand_values


@dataclass(frozen=True)
class View:
    """How NumPy stores an operand and its broadcast view: same memory, stride 0 on stretched axes."""

    strides: tuple[int, ...]  # bytes to step along each axis of the operand
    view_strides: tuple[int, ...]  # the same for np.broadcast_to(operand, result shape)
    itemsize: int
    copy_bytes: int  # what materialising the broadcast copy would take
    shares_memory: bool


def broadcast_view(shape: tuple[int, ...], target: tuple[int, ...]) -> View:
    """Strides of an operand and of its broadcast view (np.broadcast_to copies nothing)."""
    operand = operand_values(shape)
    view = np.broadcast_to(operand, target)
    return View(tuple(operand.strides), tuple(view.strides), operand.itemsize,
                int(math.prod(target)) * operand.itemsize, bool(np.shares_memory(operand, view)))
