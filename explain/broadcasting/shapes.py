"""Shapes as a student types them: read (never evaluated) and written back, and a predicted result."""
from __future__ import annotations

import re

from explain.errors import InputError

MAX_AXES = 32  # NumPy's own limit on the number of axes
MAX_AXIS_SIZE = 10**9  # a larger axis is a typo, not an array anyone means
MAX_TEXT = 200

_OPEN, _CLOSE = "([", ")]"
_WIDE = str.maketrans({"（": "(", "）": ")", "［": "[", "］": "]", "，": ",", "、": ",", "×": "x"})


class ShapeError(InputError):
    """Text that is not a shape."""


def parse_shape(text: str) -> tuple[int, ...]:
    """Read a shape typed as `4,3`, `(4, 3)`, `[4,3]`, `(3,)`, `()`, `3` or `（4，3）`; never evaluates it."""
    if not isinstance(text, str):
        raise ShapeError("not_text", "a shape must be typed as text")
    if len(text) > MAX_TEXT:
        raise ShapeError("too_long", f"that is more than {MAX_TEXT} characters", limit=MAX_TEXT)
    body = text.translate(_WIDE).strip()
    if not body:
        raise ShapeError("empty", "the shape is empty; type () for a scalar")
    if body[0] in _OPEN or body[-1] in _CLOSE:
        if len(body) < 2 or body[0] not in _OPEN or _OPEN.index(body[0]) != _CLOSE.find(body[-1]):
            raise ShapeError("unbalanced", "the brackets do not match")
        body = body[1:-1]
    for ch in body:
        if ch in _OPEN or ch in _CLOSE:
            raise ShapeError("unbalanced", "only one pair of brackets may surround a shape")
    pieces = re.split(r"\s*[,xX*]\s*|\s+", body.strip())
    if pieces == [""]:
        return ()
    if pieces[-1] == "" and len(pieces) > 1:
        pieces = pieces[:-1]  # a trailing comma, as in (3,)
    sizes = []
    for position, piece in enumerate(pieces, start=1):
        sizes.append(_axis_size(piece, position))
    if len(sizes) > MAX_AXES:
        raise ShapeError("too_many_axes", f"{len(sizes)} axes; at most {MAX_AXES}",
                         count=len(sizes), limit=MAX_AXES)
    return tuple(sizes)


def _axis_size(piece: str, position: int) -> int:
    """One axis length: a whole number from 0 to MAX_AXIS_SIZE."""
    if piece == "":
        raise ShapeError("empty_axis", f"axis {position} is empty (two separators in a row)",
                         position=position)
    if re.fullmatch(r"\d+", piece):
        size = int(piece)
        if size > MAX_AXIS_SIZE:
            raise ShapeError("too_large", f"{piece} is too large for an axis (at most {MAX_AXIS_SIZE:,})",
                             token=piece, limit=MAX_AXIS_SIZE)
        return size
    if re.fullmatch(r"[-\u2212]\d+(\.\d*)?", piece):
        raise ShapeError("negative", f"{piece}: an axis cannot have a negative length", token=piece)
    if re.fullmatch(r"\d*\.\d*", piece) and any(c.isdigit() for c in piece):
        raise ShapeError("not_integer", f"{piece}: an axis length is a whole number", token=piece)
    bad = next((c for c in piece if not c.isdigit()), piece[0])
    raise ShapeError("bad_char", f"unexpected character {bad!r}", char=bad)


def format_shape(shape: tuple[int, ...] | None) -> str:
    """A shape written as Python writes a tuple: (4, 3), (3,), ()."""
    if shape is None:
        return "—"
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


FAIL_WORDS = {"error", "fail", "fails", "none", "no", "x", "✗", "错误", "报错", "失败", "不能"}


def parse_guess(text: str) -> tuple[int, ...] | None:
    """A student's predicted result: a shape, or None for 'it fails' (error, fails, ✗, 报错 …)."""
    if text.strip().lower() in FAIL_WORDS:
        return None
    return parse_shape(text)
