"""The picture's data: every cell of each operand stretched to the result (real or a virtual copy), and the result."""
from __future__ import annotations

import numpy as np
import pandas as pd

from explain.broadcasting.computation import compute
from explain.broadcasting.rule import Broadcast
from explain.broadcasting.values import operands

MAX_DRAW_AXIS = 12  # rows and columns drawn per operand
MAX_DRAW_SLICES = 6  # small multiples for a leading third axis


def drawable(rule: Broadcast) -> bool:
    """True when every panel fits the picture: at most 3 axes and a few cells along each."""
    shapes = list(rule.shapes) + ([rule.shape] if rule.ok else [])
    for shape in shapes:
        if len(shape) > 3 or 0 in shape:
            return False
        padded = (1,) * (3 - len(shape)) + tuple(shape)
        if padded[0] > MAX_DRAW_SLICES or max(padded[1:]) > MAX_DRAW_AXIS:
            return False
    return True


def cells(rule: Broadcast, values: np.ndarray | None = None, stretch: bool = True) -> pd.DataFrame:
    """One row per drawn cell: each operand stretched to the result (real cells and virtual copies), then the result.

    Columns: panel (operand index; len(shapes) for the result), slice, row, col, value, kind
    ("real", "copy" or "result"). Without `stretch`, or for incompatible shapes, each operand is
    drawn as it is, with no result.
    """
    rows = []
    n = len(rule.shapes)
    stretch = stretch and rule.ok
    for i, (shape, data) in enumerate(zip(rule.shapes, operands(rule.shapes))):
        target = rule.shape if stretch else shape
        own = (1,) * (len(target) - len(shape)) + tuple(shape)
        expanded = data.reshape(own)
        for index in np.ndindex(*target):
            source = tuple(0 if own[k] == 1 else index[k] for k in range(len(target)))
            kind = "real" if source == index else "copy"
            rows.append((i, *_grid(index), float(expanded[source]), kind))
    if stretch:
        result = values if values is not None else np.full(rule.shape, np.nan)
        for index in np.ndindex(*rule.shape):
            rows.append((n, *_grid(index), float(result[index]), "result"))
    return pd.DataFrame(rows, columns=["panel", "slice", "row", "col", "value", "kind"])


def picture_cells(shapes: tuple[tuple[int, ...], ...], op: str = "+", stretch: bool = True) -> pd.DataFrame:
    """The cells of the picture for these shapes, with MXNet's result (from small arguments, so a page caches it)."""
    result = compute(shapes, op)
    return cells(result.rule, result.values, stretch=stretch)


def _grid(index: tuple[int, ...]) -> tuple[int, int, int]:
    """(slice, row, col) of an index of at most 3 axes: a 1-D array is drawn as one row."""
    padded = (0,) * (3 - len(index)) + tuple(index)
    return padded[0], padded[1], padded[2]
