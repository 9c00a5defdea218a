"""What a student types: scores (logits), class names and the true class, read and checked, never evaluated."""
from __future__ import annotations

import re

import numpy as np

from explain.errors import InputError

MIN_CLASSES, MAX_CLASSES = 2, 10
MAX_LOGIT = 1e4  # the page promises exact results up to this magnitude
MAX_TEXT = 300
MAX_NAME = 24

# D2L's three classes in D2L's order (狗, 猫, 鸡: y1, y2, y3), its scores o = (0.1, 10, 0.1) where o2, the
# cat, wins, and the page's default: a closer call with the same winner.
D2L_CLASSES = ("dog", "cat", "chicken")
D2L_LOGITS = (0.1, 10.0, 0.1)
DEFAULT_LOGITS = (1.0, 2.0, 0.5)
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def split_entries(body: str, separators: str) -> list[str]:
    """Entries between separators (a run of spaces counts as one); an empty entry is kept, to be refused.

    The rule shared with the broadcasting page's shapes: `1,,2` has an empty second entry, and
    one trailing separator (as in `(3,)`) is allowed.
    """
    pieces = re.split(rf"\s*[{separators}]\s*|\s+", body.strip())
    if pieces == [""]:
        return []
    return pieces[:-1] if pieces[-1] == "" and len(pieces) > 1 else pieces


def parse_logits(text: str) -> tuple[float, ...]:
    """Scores typed as `1, 2, 0.5` (also with brackets, spaces or a Chinese comma); never evaluated."""
    if len(text) > MAX_TEXT:
        raise InputError("too_long", f"more than {MAX_TEXT} characters", limit=MAX_TEXT)
    body = text.translate(str.maketrans({"，": ",", "；": ";", "（": "(", "）": ")", "−": "-"})).strip()
    if body[:1] in "([" and body[-1:] in ")]" and len(body) > 1:
        body = body[1:-1]
    pieces = split_entries(body, ",;")
    values = []
    for position, piece in enumerate(pieces, start=1):
        if piece == "":
            raise InputError("empty_entry", f"entry {position} is empty (two separators in a row)", position=position)
        if not _NUMBER.fullmatch(piece):
            raise InputError("not_a_number", f"{piece!r} is not a number", token=piece)
        value = float(piece)
        if not abs(value) <= MAX_LOGIT:
            raise InputError("too_large", f"{piece} is beyond ±{MAX_LOGIT:g}", token=piece, limit=f"{MAX_LOGIT:g}")
        values.append(value)
    if len(values) < MIN_CLASSES:
        raise InputError("too_few", f"need at least {MIN_CLASSES} scores", minimum=MIN_CLASSES)
    if len(values) > MAX_CLASSES:
        raise InputError("too_many", f"at most {MAX_CLASSES} classes", maximum=MAX_CLASSES)
    return tuple(values)


def parse_names(text: str, count: int, numbered: str = "class {}") -> tuple[tuple[str, ...], bool]:
    """Class names typed as `cat, dog, chicken`, and whether they fit; `numbered` names fill in when they don't."""
    names = [n.strip()[:MAX_NAME] for n in re.split(r"[,，]", text or "") if n.strip()]
    if len(names) != count or len(set(names)) != count:
        return tuple(numbered.format(i) for i in range(count)), False
    return tuple(names), True


def check_label(label, classes: int) -> int:
    """The true class as an index in [0, classes); Gluon would silently truncate 0.9 or clip 7, so refuse them."""
    if isinstance(label, bool) or not isinstance(label, (int, np.integer, float, np.floating)):
        raise InputError("label_type", "the label must be a class index", label=str(label))
    if not float(label).is_integer():
        raise InputError("label_fraction", f"label {label} is not a whole class index", label=str(label))
    if not 0 <= int(label) < classes:
        raise InputError("label_range", f"label {int(label)} is not one of the classes 0..{classes - 1}",
                         label=str(int(label)), last=classes - 1)
    return int(label)
