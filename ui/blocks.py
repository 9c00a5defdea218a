"""Building blocks every concept page ends with: what to notice, the maths, the code, a check."""
from __future__ import annotations

import functools
import hashlib

import pandas as pd
import streamlit as st

from ui.i18n import t

LETTERS = "ABCDEFGH"


@functools.cache
def cached(fn):
    """Cache a pure `explain` call across reruns and sessions (Streamlit copies the result per call).

    Wrapped once per function and process: wrapping reads the function's source (~5 ms a rerun otherwise).
    """
    return st.cache_data(show_spinner=False, max_entries=512)(fn)


@st.cache_data(show_spinner=False, max_entries=512)
def _spec(_builder, name: str, _table, columns: tuple | None, *args, **kwargs) -> dict:
    """The Vega-Lite spec of a builder's chart, cached by the builder's name and its hashed inputs.

    With a table, the table is left out of the cache key and out of the spec: only the structure.
    Not re-validated here; the tests validate every builder's full spec.
    """
    chart = _builder(*args, **kwargs) if _table is None else _builder(_table, *args, **kwargs)
    spec = chart.to_dict(validate=False)
    for key in ("$schema",) if _table is None else ("$schema", "datasets", "data"):
        spec.pop(key, None)
    return spec


def chart(builder, *args, table=None, width="content", key=None, on_select="ignore", **kwargs) -> None:
    """Draw the Altair chart that `builder` returns, from the cache when possible.

    With `table`, builder(table, *args) must take its data only from that one long-form table, at
    the top level, and its structure only from *args: the structure is then built once and each
    rerun only sends the new table (Altair takes tens of milliseconds to build a chart).
    `key` and `on_select` pass through to st.vega_lite_chart, for charts that answer a click.
    """
    name = f"{builder.__module__}.{builder.__qualname__}"
    columns = None if table is None else tuple(table.columns)
    spec = _spec(builder, name, table, columns, *args, **kwargs)
    if table is not None:
        # Streamlit 1.65's frontend keeps the old picture when only a table's values change (it
        # compares shape, byte size and column names): a spec that names the values is redrawn.
        spec["usermeta"] = {"data": fingerprint(table)}
    st.vega_lite_chart(table, spec, width=width, key=key, on_select=on_select)


def fingerprint(table: pd.DataFrame) -> str:
    """A short digest of a table's values, index and column names: equal tables, equal digests."""
    rows = pd.util.hash_pandas_object(table, index=True).to_numpy()
    digest = hashlib.blake2b(rows.tobytes(), digest_size=8)
    digest.update(repr((tuple(table.columns), tuple(map(str, table.dtypes)))).encode())
    return digest.hexdigest()


def section(title: str) -> None:
    """A section of a page: an h2 under the page's h1 title, so screen readers find a clean outline."""
    st.header(title, divider=False)


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
    st.code(source, language="python")


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
