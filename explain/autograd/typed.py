"""What a student types for x: numbers in rows, read and checked, never evaluated.

`0, 1, 2, 3` is the notes' column x = arange(4).reshape((4, 1)); rows separated by `;` (or a new line) make a
matrix, `0, 1; 2, 3` is (2, 2), and `0, 1;` a row (1, 2). A nested list as Python writes it, `[[0, 1], [2, 3]]`
(the page's code shows x so), has one row per inner list. Every entry must be a number that float32 holds: MXNet's default type.
"""
from __future__ import annotations

import re

import numpy as np

from explain.errors import InputError
from explain.softmax.scores import split_entries

MAX_TEXT = 200
MAX_ROWS, MAX_COLS = 6, 4
FLOAT32_MAX = float(np.finfo(np.float32).max)  # 3.4028235e38: beyond it float32 holds only inf
DEFAULT_X = "0, 1, 2, 3"  # the notes' nd.arange(4).reshape((4, 1))
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_WIDE = str.maketrans({"，": ",", "；": ";", "（": "(", "）": ")", "−": "-", "［": "[", "］": "]"})


def parse_x(text: str) -> np.ndarray:
    """The typed x as a float32 array of shape (n, k): one row of entries is a column (n, 1), as in the notes."""
    if len(text) > MAX_TEXT:
        raise InputError("too_long", f"more than {MAX_TEXT} characters", limit=MAX_TEXT)
    body = text.translate(_WIDE).strip()
    nested = re.fullmatch(r"\[\s*\[(.*)\]\s*,?\s*\]", body, re.S)
    if nested:  # [[0.0], [1.0]] as nd.array and NumPy write it (the page's code does): each inner list is a row
        body = ";".join(re.split(r"\]\s*,?\s*\[", nested.group(1))) + ";"
    while body[:1] in "([" and body[-1:] in ")]" and len(body) > 1:
        body = body[1:-1].strip()
    lines = [line for line in re.split(r"\s*[;\n]\s*", body)]
    if lines and lines[-1] == "" and len(lines) > 1:  # one trailing ';' is allowed
        lines = lines[:-1]
    rows = [_row(line, number) for number, line in enumerate(lines, start=1)]
    if not rows or rows == [[]]:
        raise InputError("empty", "x has no entries")
    if any(not row for row in rows):
        raise InputError("empty_row", "a row is empty", row=next(i for i, r in enumerate(rows, 1) if not r))
    if len(lines) == 1 and not re.search(r"[;\n]", body):
        rows = [[v] for v in rows[0]]  # one line of numbers: the notes' column vector (`1, 2;` is a row)
    widths = {len(row) for row in rows}
    if len(widths) > 1:
        row = next(i for i, r in enumerate(rows, 1) if len(r) != len(rows[0]))
        raise InputError("ragged", "rows of different lengths", row=row, width=len(rows[row - 1]), first=len(rows[0]))
    if len(rows) > MAX_ROWS or len(rows[0]) > MAX_COLS:
        raise InputError("too_big", f"x is {len(rows)}×{len(rows[0])}", rows=len(rows), cols=len(rows[0]),
                         max_rows=MAX_ROWS, max_cols=MAX_COLS)
    return np.array(rows, dtype=np.float32)


def _row(line: str, number: int) -> list[float]:
    values = []
    for position, piece in enumerate(split_entries(line.strip("[]() "), ","), start=1):
        if piece == "":
            raise InputError("empty_entry", "two separators in a row", row=number, position=position)
        if not _NUMBER.fullmatch(piece):
            raise InputError("not_a_number", f"{piece!r} is not a number", token=piece)
        value = float(piece)
        if not abs(value) <= FLOAT32_MAX:
            raise InputError("too_large", f"{piece} is beyond float32", token=piece, limit=f"{FLOAT32_MAX:.4g}")
        values.append(value)
    return values


def as_text(x: np.ndarray) -> str:
    """x written as the box reads it: a column as one line, a matrix with ';' between rows."""
    x = np.asarray(x)
    if x.shape[1] == 1:
        return ", ".join(f"{v:g}" for v in x[:, 0])
    return "; ".join(", ".join(f"{v:g}" for v in row) for row in x)
