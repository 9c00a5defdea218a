"""The page's code sample: the plain recipe's own source (explain/fitting/recipe.py) with the page's settings.

As Streamlit's `show_code` and d2l's package do, the page shows the real code, read with `inspect`; only
the values of the constants at its top are the page's (found with `ast`, so nothing else is templated).
"""
from __future__ import annotations

import ast
import functools
import inspect

from explain.fitting import recipe

# the recipe's constants at its top, in the order of the page's settings (fit_scene's arguments)
SETTINGS = ("DEGREE", "N_TRAIN", "NOISE", "EPOCHS", "LR", "BATCH_SIZE", "WD", "SEED")
WHOLE = {"DEGREE", "N_TRAIN", "EPOCHS", "BATCH_SIZE", "SEED"}  # written as integers; the rest as floats


@functools.cache
def _source() -> tuple[tuple[str, ...], dict[str, tuple[int, int, int]]]:
    """The recipe's lines below its docstring, and where each setting's value stands in them: (line, start, end)
    with start and end in UTF-8 bytes (as `ast` counts)."""
    text = inspect.getsource(recipe)
    tree = ast.parse(text)
    first = tree.body[0].end_lineno  # the module docstring's last line
    places = {}
    for node in tree.body:
        names = [getattr(target, "id", None) for target in getattr(node, "targets", ())]
        if isinstance(node, ast.Assign) and len(names) == 1 and names[0] in SETTINGS:
            value = node.value
            places[node.targets[0].id] = (value.lineno - 1 - first, value.col_offset, value.end_col_offset)
    missing = set(SETTINGS) - set(places)
    if missing:
        raise RuntimeError(f"explain/fitting/recipe.py no longer sets {sorted(missing)} at its top")
    return tuple(text.splitlines()[first:]), places


# Parsed once, at import (under Python's import lock): Python 3.11's ast.parse, inside a first call made by many
# sessions' threads at once, can raise "AST constructor recursion depth mismatch" (see explain/models/code.py).
_source()


def mxnet_code(degree: int, n_train: int, noise: float, epochs: int, lr: float, batch_size: int,
               weight_decay: float, seed: int) -> str:
    """Runnable Gluon code (D2L 3.11's loop, the notes' two Trainers) that fits the polynomial this page shows."""
    lines, places = _source()
    lines = list(lines)
    for name, value in zip(SETTINGS, (degree, n_train, noise, epochs, lr, batch_size, weight_decay, seed)):
        row, start, end = places[name]
        line = lines[row].encode("utf-8")
        written = str(int(value)) if name in WHOLE else repr(float(value))
        lines[row] = (line[:start] + written.encode("utf-8") + line[end:]).decode("utf-8")
    return "\n".join(lines).lstrip("\n") + "\n"
