"""Building blocks every concept page ends with: what to notice, the maths, the code, a check."""
from __future__ import annotations

import functools
import hashlib
import json
import re
import threading
from collections import OrderedDict

import numpy as np
import pandas as pd
import streamlit as st
from streamlit import dataframe_util

from ui.i18n import t

LETTERS = "ABCDEFGH"


@functools.cache
def cached(fn, entries: int = 512):
    """Cache a pure `explain` call across reruns and sessions (Streamlit copies the result per call).

    Wrapped once per function and process: wrapping reads the function's source (~5 ms a rerun otherwise).
    So only module-level functions: one defined in a page script is a new object on every rerun.
    """
    if fn.__module__ == "__main__" or "<locals>" in fn.__qualname__:
        raise TypeError(f"cache a function of a module, not {fn.__qualname__} of a page script (a new one each rerun)")
    return st.cache_data(show_spinner=False, max_entries=entries)(fn)


class Memo:
    """A bounded least-recently-used store shared by every session of this process, safe across threads.

    One of these holds the charts' JSON structures, one the Arrow tables: both are pure functions of their
    key, so a value made twice by two sessions at once is the same value.
    """

    def __init__(self, entries: int):
        self.entries = entries
        self._store: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, make):
        """The value kept under `key`, made by make() the first time."""
        with self._lock:
            if key in self._store:
                self._store.move_to_end(key)
                return self._store[key]
        value = make()
        with self._lock:
            self._store[key] = value
            while len(self._store) > self.entries:
                self._store.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._store)

    def clear(self) -> None:
        with self._lock:
            self._store.clear()


SPECS = Memo(512)  # (builder, table columns, arguments) → the chart's structure as JSON text
ARROWS = Memo(256)  # table digest → the Arrow table Streamlit makes of it


def _argument_key(value):
    """A cache key for one builder argument: tables and arrays by their values, the rest by their repr."""
    if isinstance(value, pd.DataFrame):
        return ("table", fingerprint(value))
    if isinstance(value, np.ndarray):
        return ("array", value.dtype.str, value.shape, hashlib.blake2b(value.tobytes(), digest_size=8).hexdigest())
    if isinstance(value, (tuple, list)):
        return (type(value).__name__, tuple(_argument_key(v) for v in value))
    return repr(value)


MARK = "\ue000"  # a private-use character, in no catalog string: it brackets a placeholder's number
_PLACEHOLDER = re.compile(MARK + r"(\d+)" + MARK)
ESCAPED_MARK = json.dumps(repr(MARK), ensure_ascii=False)[2:-2]  # how it reads after repr() (Altair's expressions)


class Held(int):
    """A whole number a chart's structure does not depend on (a scrubber's end): like a display text, it is held
    out of the cached structure and written into the JSON per call, so a new value does not rebuild the chart.
    The builder may only use it as is (a parameter's value, a binding's max, a number in a text), never compute
    with it: it is built with a stand-in number (Altair checks a binding's max is a number when it is made)."""


HELD = 7_919_000_000_000  # stand-in k is HELD + k: a number no chart has, found again in the JSON
NUMBER = re.compile(r"(?<![\d.])7919000000(\d{3})(?![\d.])")


def _placeholders(args: tuple, kwargs: dict) -> tuple[tuple, dict, list[str]]:
    """The arguments with each display text (a str argument, a str value of a dict argument) replaced by
    a numbered placeholder, and the texts in order.

    Titles, labels and descriptions name the values a control set (p = 0.35, T = 2): with placeholders the
    chart is built once per structure, and each call only writes its own texts into the JSON.
    """
    texts: list[str] = []

    def hold(text: str) -> str:
        texts.append(text)
        return f"{MARK}{len(texts) - 1}{MARK}"

    def swap(value):
        if isinstance(value, Held):
            texts.append(int(value))
            return HELD + len(texts) - 1
        if isinstance(value, str):
            return hold(value)
        if isinstance(value, dict):
            return {k: hold(v) if isinstance(v, str) else v for k, v in value.items()}
        return value

    return tuple(swap(a) for a in args), {k: swap(v) for k, v in kwargs.items()}, texts


def _build(builder, table, args: tuple, kwargs: dict) -> str:
    """The builder's spec as JSON text: the structure only (an empty table: Altair would write every row)."""
    chart = builder(*args, **kwargs) if table is None else builder(table.iloc[:0], *args, **kwargs)
    spec = chart.to_dict(validate=False)
    for drop in ("$schema",) if table is None else ("$schema", "datasets", "data"):
        spec.pop(drop, None)
    return json.dumps(spec, ensure_ascii=False)


def _spec(builder, table, args: tuple, kwargs: dict) -> dict:
    """The Vega-Lite spec of a builder's chart, built once per process for the same structure.

    With a table, the table is left out of the key and out of the spec: only the structure. Display
    texts are left out too (see _placeholders), unless the builder wrote one into a Vega expression
    (Altair escapes it there): that chart is kept per texts. A plain in-process dict (not
    st.cache_data, which hashes and copies every argument on each call); the JSON text is kept so that
    every call gets its own dict. Not re-validated here; the tests validate every builder's full spec
    and compare every page's specs with those built directly.
    """
    held_args, held_kwargs, texts = _placeholders(args, kwargs)
    structure = (builder.__module__, builder.__qualname__, None if table is None else tuple(table.columns))
    key = (*structure, _argument_key(held_args), _argument_key(sorted(held_kwargs.items())))
    text = SPECS.get(key, lambda: _build(builder, table, held_args, held_kwargs))
    if ESCAPED_MARK in text:  # a placeholder inside an expression string: not a template
        key = (*structure, _argument_key(args), _argument_key(sorted(kwargs.items())))
        return json.loads(SPECS.get(key, lambda: _build(builder, table, args, kwargs)))
    # each held number written as a number, each text JSON-escaped, as json.dumps would have written it in its place
    text = NUMBER.sub(lambda m: str(texts[int(m[1])]), text)
    return json.loads(_PLACEHOLDER.sub(lambda m: json.dumps(texts[int(m[1])], ensure_ascii=False)[1:-1], text))


def chart(builder, *args, table=None, width="content", key=None, on_select="ignore", **kwargs) -> None:
    """Draw the Altair chart that `builder` returns, from the cache when possible.

    With `table`, builder(table, *args) must take its data only from that one long-form table, at
    the top level, and its structure only from *args: the structure is then built once and each
    rerun only sends the new table (Altair takes tens of milliseconds to build a chart).
    `key` and `on_select` pass through to st.vega_lite_chart, for charts that answer a click.
    """
    spec = _spec(builder, table, args, kwargs)
    data = table
    if table is not None:
        # Works around Streamlit 1.65's frontend (ArrowVegaLiteChart): with an unchanged spec it swaps a
        # dataset only when the Arrow table's `hash` differs, and that hash (pandasStylerUtils `get hash()`)
        # is made of the table's dimensions, byte size and column names, not its values; a table with new
        # numbers of the same shape keeps the old picture (see streamlit/streamlit#6689). A spec that names
        # the values' digest differs, so it is redrawn. tests/test_workarounds.py shows the frontend still
        # needs it; when that test fails, this line may go.
        digest = fingerprint(table)
        spec["usermeta"] = {"data": digest}
        data = _arrow(table, digest)
    st.vega_lite_chart(data, spec, width=width, key=key, on_select=on_select)


def _arrow(table: pd.DataFrame, digest: str):
    """The table converted to Arrow by Streamlit's own function, once per distinct table in this process.

    A class moving a slider to the same places asks for the same tables again and again; the conversion
    (~0.7 ms a table, categorical columns most) is then done once, and only the serialising is repeated.
    """
    return ARROWS.get(digest, lambda: dataframe_util.convert_pandas_df_to_arrow_table(table))


def fingerprint(table: pd.DataFrame) -> str:
    """A short digest of a table's values, index and column names: equal tables, equal digests."""
    digest = hashlib.blake2b(digest_size=8)
    for name, column in (("", table.index), *table.items()):
        if isinstance(column.dtype, pd.CategoricalDtype):  # its codes, and each name once
            names = column.cat.categories
            digest.update(f"{name}|category|{len(column)}|".encode() + "\x1f".join(map(str, names)).encode())
            digest.update(column.cat.codes.to_numpy().tobytes())
            continue
        values = np.asarray(column)
        digest.update(f"{name}|{values.dtype}|{len(values)}|".encode())
        numeric = values.dtype.kind in "biufcmM"
        digest.update(values.tobytes() if numeric else "\x1f".join(map(str, values)).encode())
    return digest.hexdigest()


def section(title: str) -> None:
    """A section of a page: an h2 under the page's h1 title, so screen readers find a clean outline."""
    st.header(title, divider=False)


def controlled_section(title: str, text: str, table, *keys: str):
    """A section that opens with its title and text, then its controls (rows of a parameter table) in a
    narrow left column beside the view; returns (left column, right column, the controls' values)."""
    from ui import controls

    section(title)
    st.markdown(text)
    left, right = st.columns([1, 3], gap="medium")
    with left:
        values = [controls.widget(table[key]) for key in keys]
    return left, right, values


def notice(*keys: str, **params) -> None:
    """'What to notice': one bullet per catalog key."""
    section(t("block.notice"))
    st.markdown("\n".join(f"- {t(k, **params)}" for k in keys))


def maths(*formulas: str, caption_key: str | None = None) -> None:
    """The maths behind the picture, as LaTeX."""
    section(t("block.maths"))
    for formula in formulas:
        st.latex(formula)
    if caption_key:
        st.caption(t(caption_key))


def code(source: str) -> None:
    """The runnable MXNet code that produces what the page shows."""
    section(t("block.code"))
    st.caption(t("block.code_help"))
    st.code(source, language="python", wrap_lines=True)  # no sideways scrolling, on a projector too


def check(key: str, question: str, choices: list[str], answer: int, why: str) -> None:
    """Predict, then reveal: pick an answer first, then see whether it was right and why.

    The pick is not in the URL, so a shared link arrives unanswered; once revealed, the pick is fixed.
    The Reveal button stays where it was (and keeps the keyboard focus): pressing it again changes nothing.
    """
    section(t("block.check"))
    letters = list(LETTERS[: len(choices)])
    shown = key + "_shown"
    revealed = st.session_state.get(shown, False)
    pick = st.radio(question, letters, index=None, key=key, captions=choices, disabled=revealed)
    # the click is recorded before the script reruns, so this very run already shows the pick fixed
    st.button(t("block.reveal"), key=key + "_reveal", disabled=pick is None,
              on_click=st.session_state.__setitem__, args=(shown, True))
    if pick is None:
        st.caption(t("block.pick_first"))
    elif revealed:
        if letters.index(pick) == answer:
            st.success(t("block.right", why=why))
        else:
            st.warning(t("block.wrong", answer=letters[answer], why=why))
