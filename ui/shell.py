"""The frame shared by every page: navigation, language, projector mode, link notices, link to this view."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

import streamlit as st
from streamlit.errors import StreamlitAPIException

from ui import controls
from ui.i18n import DEFAULT, LANGUAGES, t
from ui.style import LAPTOP, PROJECTOR, ChartStyle

GLOBAL_DEFAULTS = {"lang": DEFAULT, "proj": False}  # carried across pages


@dataclass(frozen=True)
class Page:
    """A page of the app: its script, catalog prefix, icon and URL path."""

    script: str
    name: str
    icon: str
    path: str

    @property
    def nav_key(self) -> str:
        """The catalog key of the page's label in the sidebar."""
        return self.name + ".nav"


HOME = Page("app.py", "home", ":material/home:", "")
TOPICS = (
    Page("pages/1_broadcasting.py", "broadcasting", ":material/grid_on:", "broadcasting"),
    Page("pages/2_activations.py", "activations", ":material/show_chart:", "activations"),
    Page("pages/3_softmax.py", "softmax", ":material/bar_chart:", "softmax"),
)
PAGES = (HOME, *TOPICS)

# Projector mode: larger type everywhere (Streamlit sizes text in rem) and roomier widgets.
PROJECTOR_CSS = """<style>
html { font-size: 21px; }
[data-testid="stMainBlockContainer"] { padding-top: 4.2rem; max-width: 100%; }
h1 { font-size: 2.1rem !important; padding-top: 0 !important; }
[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li { font-size: 1.05rem; }
.katex { font-size: 1.3em; }
</style>"""


def global_params() -> dict[str, str]:
    """The language and projector settings as they stand in the URL, to forward through links."""
    return {k: st.query_params[k] for k in GLOBAL_DEFAULTS if k in st.query_params}


def keep_across_pages(defaults: dict) -> None:
    """Carry language and projector mode to the next page, even when they came from a link.

    Streamlit 1.65 drops a bound widget's URL value on a page switch (page_link's own query_params
    included), and the empty URL then wins over the remembered value: put the value back in the URL.
    """
    for key, default in defaults.items():
        value = st.session_state.get(key, default)
        if value != default and key not in st.query_params:
            try:
                st.query_params[key] = str(value).lower() if isinstance(value, bool) else str(value)
            except StreamlitAPIException:
                continue  # still bound on this page: the widget itself keeps its value
            st.session_state[key] = value


def page(name: str) -> ChartStyle:
    """Start a page: sidebar, language, projector mode, title and idea; returns the chart style."""
    controls.reset_notices()
    keep_across_pages(GLOBAL_DEFAULTS)
    sidebar = st.sidebar
    nav = sidebar.container()
    with sidebar:
        st.divider()
        controls.radio("lang", t("shell.language"), list(LANGUAGES), DEFAULT,
                       captions=list(LANGUAGES.values()), horizontal=True)
        projector = controls.toggle("proj", t("shell.projector"), False, help=t("shell.projector_help"))
    # a projector link opens with the sidebar folded away, to leave the screen to the picture
    st.set_page_config(page_title=f"{t(name + '.title')} · First Look", page_icon=_page(name).icon,
                       layout="wide", initial_sidebar_state="collapsed" if projector else "auto")
    with nav:
        st.markdown(f"**{t('app.name')}**")
        forwarded = global_params()
        for p in PAGES:
            st.page_link(p.script, label=t(p.nav_key), icon=p.icon, query_params=forwarded)
    if projector:
        st.html(PROJECTOR_CSS)
    st.title(t(name + ".title"))
    st.markdown(t(name + ".idea"))
    st.session_state["_notice_slot"] = st.empty()
    return PROJECTOR if projector else LAPTOP


def _page(name: str) -> Page:
    return next(p for p in PAGES if p.name == name)


def finish(name: str) -> None:
    """End a page: report unusable link values, and offer the link that reproduces this view."""
    dropped = controls.notices()
    if dropped:
        values = ", ".join(f"{k}={v}" for k, v in dropped)
        st.session_state["_notice_slot"].info(t("shell.bad_link", values=values), icon=":material/link_off:")
    base = (st.context.url or "").split("?")[0]
    if not base:
        base = "/" + _page(name).path
    query = urlencode(st.query_params.to_dict())
    with st.sidebar:
        st.divider()
        st.markdown(f"**{t('shell.link')}**")
        st.code(base + ("?" + query if query else ""), language=None, wrap_lines=True)
        st.caption(t("shell.link_help"))
