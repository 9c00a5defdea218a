"""Widgets bound to the URL, so that a shared link reproduces the view, and that say when a link's value was bad."""
from __future__ import annotations

import math
from typing import Any, Callable

import streamlit as st

NOTICES = "_url_notices"  # session key: link values that could not be used in this run
BOUND = "_bound_keys"  # session key: the query parameters a control of this run is bound to
SET_BY_PAGE = "_set_by_page"  # session key: controls a button's callback has just set (their old link value is replaced)


def reset_notices() -> None:
    """Start a run with no notices and no bound controls yet."""
    st.session_state[NOTICES] = []
    st.session_state[BOUND] = set()


def bound_keys() -> set[str]:
    """The query parameters that a control of this run is bound to."""
    return st.session_state.get(BOUND, set())


def notices() -> list[tuple[str, str]]:
    """(parameter, value) pairs from the link that a control could not take."""
    return st.session_state.get(NOTICES, [])


def note_dropped(key: str, raw: list[str]) -> None:
    """Remember a link value that a control could not take, for the page's notice."""
    st.session_state.setdefault(NOTICES, []).append((key, ",".join(raw)))


def set_value(key: str, value: Any) -> None:
    """Set a URL-bound control from a callback (a preset, Add): the URL's old value is replaced, not a bad link."""
    st.session_state[key] = value
    st.session_state.setdefault(SET_BY_PAGE, set()).add(key)


def set_values(values: dict[str, Any]) -> None:
    """Set several URL-bound controls from a callback (a preset): each as set_value does."""
    for key, value in values.items():
        set_value(key, value)


def _bound(widget: Callable, key: str, matches: Callable[[list[str], Any], bool], **kwargs) -> Any:
    """Create `widget` bound to the query parameter `key`; note a link value it had to drop."""
    raw = st.query_params.get_all(key)
    st.session_state.setdefault(BOUND, set()).add(key)
    set_by_page = key in st.session_state.get(SET_BY_PAGE, set())
    st.session_state.get(SET_BY_PAGE, set()).discard(key)
    value = widget(key=key, bind="query-params", persist_state="session", **kwargs)
    if raw and not set_by_page and st.query_params.get_all(key) != raw and not matches(raw, value):
        note_dropped(key, raw)
    return value


def _same_numbers(raw: list[str], value: Any) -> bool:
    """Numbers in the link that equal the widget's value(s) (Streamlit drops defaults from the URL)."""
    values = value if isinstance(value, (tuple, list)) else (value,)
    if len(raw) != len(values):
        return False
    try:
        numbers = [float(r) for r in raw]
    except ValueError:
        return False
    return all(math.isfinite(n) and math.isclose(n, float(v), rel_tol=1e-9, abs_tol=1e-12)
               for n, v in zip(numbers, values))


def slider(key: str, label: str, min_value, max_value, value, step=None, **kwargs):
    """A slider whose value lives in the URL as ?key=value."""
    return _bound(st.slider, key, _same_numbers, label=label, min_value=min_value,
                  max_value=max_value, value=value, step=step, **kwargs)


def select(key: str, label: str, options, value, format_func: Callable = str, **kwargs):
    """A select box; the URL holds the option's label, so labels of bound options are not translated."""
    return _bound(st.selectbox, key, lambda raw, v: raw == [format_func(v)], label=label,
                  options=list(options), index=list(options).index(value),
                  format_func=format_func, **kwargs)


def radio(key: str, label: str, options, value, format_func: Callable = str, **kwargs):
    """Radio buttons whose choice lives in the URL (as the option's label)."""
    index = None if value is None else list(options).index(value)
    return _bound(st.radio, key, lambda raw, v: v is not None and raw == [format_func(v)],
                  label=label, options=list(options), index=index, format_func=format_func, **kwargs)


def multiselect(key: str, label: str, options, value, format_func: Callable = str, **kwargs):
    """A multi-select whose choices live in the URL."""
    return _bound(st.multiselect, key, lambda raw, v: set(raw) == {format_func(o) for o in v},
                  label=label, options=list(options), default=list(value),
                  format_func=format_func, **kwargs)


def text(key: str, label: str, value: str, **kwargs) -> str:
    """A text box whose text lives in the URL (any text is valid; the page checks it)."""
    return _bound(st.text_input, key, lambda raw, v: raw == [v], label=label, value=value, **kwargs)


def toggle(key: str, label: str, value: bool, **kwargs) -> bool:
    """An on/off switch that lives in the URL as ?key=true."""
    return _bound(st.toggle, key, lambda raw, v: [r.lower() for r in raw] == [str(bool(v)).lower()],
                  label=label, value=value, **kwargs)


def widget(param, label: str | None = None, **overrides):
    """The URL-bound widget that a parameter table's row describes (ui/params).

    `overrides` are the arguments that depend on the run (options that follow the typed scores, a label
    naming the array, disabled): everything else — key, kind, range, default, format, help — is the table's.
    """
    from ui.i18n import t

    label = label if label is not None else t(param.label)
    extra = {**param.extra, **({"help": t(param.help)} if param.help else {}), **overrides}
    default = extra.pop("value", param.default)
    if param.kind == "slider":
        return slider(param.key, label, extra.pop("min_value", param.lo), extra.pop("max_value", param.hi),
                      default, step=extra.pop("step", param.step), **extra)
    if param.kind in ("select", "radio", "multiselect"):
        options = extra.pop("options", param.options)
        make = {"select": select, "radio": radio, "multiselect": multiselect}[param.kind]
        return make(param.key, label, options, default, format_func=extra.pop("format_func", param.fmt), **extra)
    if param.kind == "text":
        return text(param.key, label, default, **extra)
    return toggle(param.key, label, default, **extra)
