"""Every visible string, looked up in the catalog in the reader's language."""
from __future__ import annotations

import streamlit as st

from ui.catalog import STRINGS

LANGUAGES = {"en": "English", "zh": "简体中文"}
DEFAULT = "en"


def language() -> str:
    """The language chosen in the sidebar (English until the reader picks another)."""
    lang = st.session_state.get("lang", DEFAULT)
    return lang if lang in LANGUAGES else DEFAULT


def text(key: str, lang: str, **params) -> str:
    """The catalog entry `key` in `lang`, with {placeholders} filled in."""
    entry = STRINGS[key][lang]
    return entry.format(**params) if params else entry


_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>()#+-.!|~$:"})


def plain(user_text: str) -> str:
    """Typed text made safe to show inside markdown: no links, images, emphasis or maths from it."""
    return str(user_text).translate(_MARKDOWN)


def t(key: str, **params) -> str:
    """The catalog entry `key` in the current language."""
    return text(key, language(), **params)


def problem(prefix: str, error, **params) -> str:
    """Why an input was refused (an explain InputError), in the reader's language, typed text escaped."""
    values = {k: plain(str(v)) for k, v in {**error.params, **params}.items()}
    return t(prefix + error.code, **values)
