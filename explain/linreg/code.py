"""The page's code sample: the plain recipe's own source (explain/linreg/recipe.py) with the page's settings.

As Streamlit's `show_code` and d2l's package do, the page shows the real code, read with `inspect`; only the
values of the constants at its top are the page's (found with `ast`, so nothing else is templated).
"""
from __future__ import annotations

import ast
import functools
import inspect

from explain.linreg import recipe

__all__ = ["SETTINGS", "mxnet_code"]

SETTINGS = ("LR", "BATCH_SIZE", "EPOCHS", "NOISE", "SEED", "INIT")  # in the order of lesson()'s arguments


@functools.cache
def _source() -> tuple[tuple[str, ...], dict[str, tuple[int, int, int]]]:
    """The recipe's lines below its docstring, and where each setting's value stands: (line, start, end) in UTF-8 bytes."""
    text = inspect.getsource(recipe)
    tree = ast.parse(text)
    first = tree.body[0].end_lineno
    places = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and getattr(node.targets[0], "id", None) in SETTINGS:
            places[node.targets[0].id] = (node.value.lineno - 1 - first, node.value.col_offset, node.value.end_col_offset)
    missing = set(SETTINGS) - set(places)
    if missing:
        raise RuntimeError(f"explain/linreg/recipe.py no longer sets {sorted(missing)} at its top")
    return tuple(text.splitlines()[first:]), places


# Parsed once, at import (under Python's import lock): Python 3.11's ast.parse, inside a first call made by many
# sessions' threads at once, can raise "AST constructor recursion depth mismatch" (see explain/models/code.py).
_source()


def _written(name: str, value) -> str:
    if name == "INIT":
        return repr(str(value))
    return str(int(value)) if name in ("BATCH_SIZE", "EPOCHS", "SEED") else repr(float(value))


def mxnet_code(lr: float, batch_size: int, epochs: int, noise: float, seed: int, init: str) -> str:
    """Runnable MXNet code (the notes' loop and Gluon's) that trains what the page shows and prints its numbers."""
    lines, places = _source()
    lines = list(lines)
    for name, value in zip(SETTINGS, (lr, batch_size, epochs, noise, seed, init)):
        row, start, end = places[name]
        line = lines[row].encode("utf-8")
        lines[row] = (line[:start] + _written(name, value).encode("utf-8") + line[end:]).decode("utf-8")
    return "\n".join(lines).lstrip("\n") + "\n"
