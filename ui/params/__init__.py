"""Each page's parameters in one table: key, kind, range, default and label, written once.

The widgets (`ui.controls.widget`), the URL rules, the page tests, the browser tests
(`tests/interactions.py`) and the load bench (`bench/load.py`) all read these tables, so a control's
facts live in one place. One module per page (`ui/params/<page>.py`, named after the page's `shell.Page.name`)
defines `TABLE`; a new page adds its file and is found by name. A URL key is unique across the app
(`tests/test_params.py`): Streamlit keeps widget values per key for the whole session, so two pages
sharing a key would hand one page's value to the other.

No Streamlit here: tests and the bench read the tables without running a page.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Any, Callable

KINDS = ("slider", "select", "radio", "multiselect", "text", "toggle")


@dataclass(frozen=True)
class Move:
    """One way a student changes a control in the browser, from a page opened with `query`.

    action: "type" (text + Enter), "keys" (focus a slider, press keys), "choose" (an option by its visible
    text), "toggle" (a switch), "click" (a button: `key` names it).
    """

    action: str
    arg: Any = None
    query: str = ""
    key: str | None = None  # a button's key for "click"; otherwise the parameter's own key


@dataclass(frozen=True)
class Param:
    """A control bound to the URL as ?key=value."""

    key: str
    kind: str
    label: str  # catalog key of the widget's label
    default: Any
    lo: Any = None  # sliders: the range and step
    hi: Any = None
    step: Any = None
    options: tuple = ()  # select, radio, multiselect
    fmt: Callable[[Any], str] = str  # how an option reads (and is written in the URL)
    help: str | None = None  # catalog key of the widget's help
    moves: tuple[Move, ...] = ()  # how the browser tests change it
    extra: dict = field(default_factory=dict)  # other widget arguments that never change (max_chars, horizontal…)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"{self.key}: unknown kind {self.kind!r}")
        if self.kind == "slider" and (self.lo is None or self.hi is None):
            raise ValueError(f"{self.key}: a slider needs lo and hi")

    def url_value(self, value: Any) -> list[str]:
        """How the URL spells `value` (Streamlit's own writing of a bound widget)."""
        if self.kind == "toggle":
            return [str(bool(value)).lower()]
        if self.kind == "multiselect":
            return [self.fmt(v) for v in value]
        if self.kind in ("select", "radio"):
            return [self.fmt(value)]
        if self.kind == "slider" and isinstance(value, (tuple, list)):
            return [f"{v:g}" for v in value]
        return [f"{value:g}" if isinstance(value, float) else str(value)]

    def sample(self, i: int) -> list[str]:
        """The i-th of a spread of valid values, as the URL spells them (the load bench's moves)."""
        if self.kind == "slider" and not isinstance(self.default, (tuple, list)):
            steps = max(1, round((self.hi - self.lo) / (self.step or 1)))
            value = self.lo + ((i * 7) % (steps + 1)) * (self.step or 1)
            return self.url_value(type(self.default)(round(value, 10)))
        if self.options:
            return self.url_value(self.options[i % len(self.options)])
        if self.kind == "toggle":
            return self.url_value(bool(i % 2))
        raise ValueError(f"{self.key}: no spread of values for a {self.kind}")


@dataclass(frozen=True)
class Table:
    """One page's parameters and the views its tests walk."""

    page: str  # shell.Page.name
    params: tuple[Param, ...]
    clicks: tuple[Move, ...] = ()  # buttons that set several controls at once (presets)
    views: tuple[tuple[str, Any], ...] = ()  # (query, move or None): main picture whole on a projector
    browser_only: tuple[tuple[str, str, tuple], ...] = ()  # (query, Vega input name, keys): no rerun
    load_key: str | None = None  # the control the load bench moves (a cache miss per session and round)
    load: Callable[[int, int], dict] | None = None  # or: the query a session sends in a round
    load_open: str = ""  # the deep link the load bench's sessions open the page with
    bound: tuple[str, ...] = ()  # other URL keys the page binds itself (an open tab, an open expander)

    def __getitem__(self, key: str) -> Param:
        for param in self.params:
            if param.key == key:
                return param
        raise KeyError(key)

    def keys(self) -> list[str]:
        return [p.key for p in self.params]

    def url_keys(self) -> list[str]:
        """Every query parameter the page reads: its controls' keys and the ones it binds itself."""
        return self.keys() + list(self.bound)

    def defaults(self) -> dict[str, Any]:
        return {p.key: p.default for p in self.params}

    def load_query(self, session: int, round_: int) -> dict:
        """What the load bench sends for one session's move in one round."""
        if self.load is not None:
            return self.load(session, round_)
        if self.load_key is None:
            return {}
        return {self.load_key: self.sample(session * 3 + round_ * 11)}

    def sample(self, i: int) -> list[str]:
        return self[self.load_key].sample(i)


def _tables() -> dict[str, Table]:
    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        table = importlib.import_module(f"{__name__}.{info.name}").TABLE
        found[table.page] = table
    return found


TABLES: dict[str, Table] = _tables()
