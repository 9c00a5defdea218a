"""The frame shared by every page: navigation, language, projector mode, link notices, link to this view."""
from __future__ import annotations

import gc
import html
from dataclasses import dataclass
from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitAPIException

from ui import controls
from ui.i18n import DEFAULT, LANGUAGES, language, t
from ui.style import LAPTOP, PROJECTOR, ChartStyle

GLOBAL_DEFAULTS = {"lang": DEFAULT, "proj": False}  # carried across pages
ICON = str(Path(__file__).with_name("icon.png"))  # served by the app itself: nothing from the internet
HTML_LANG = {"en": "en", "zh": "zh-CN"}
LANG_SCRIPT = """<script>
(() => {{
  const root = document.documentElement, want = '{lang}';
  root.lang = want;
  if (window.firstLookLang) window.firstLookLang.disconnect();
  window.firstLookLang = new MutationObserver(() => {{ if (root.lang !== want) root.lang = want; }});
  window.firstLookLang.observe(root, {{attributes: true, attributeFilter: ['lang']}});
}})();
</script>"""


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
    Page("pages/2_linreg.py", "linreg", ":material/trending_down:", "linreg"),
    Page("pages/3_softmax.py", "softmax", ":material/bar_chart:", "softmax"),
    Page("pages/4_activations.py", "activations", ":material/show_chart:", "activations"),
    Page("pages/5_fitting.py", "fitting", ":material/ssid_chart:", "fitting"),
    Page("pages/6_dropout.py", "dropout", ":material/blur_on:", "dropout"),
    Page("pages/7_autograd.py", "autograd", ":material/account_tree:", "autograd"),
    Page("pages/8_models.py", "models", ":material/layers:", "models"),
)
PAGES = (HOME, *TOPICS)

# "Link to this view": the browser's own address, read in the browser, so it is current after every rerun,
# a fragment's included (a fragment cannot redraw the sidebar). Only catalog text is put into it.
LINK_BOX = """<div class="fl-link">
<label for="fl-link-box"><strong>{label}</strong></label>
<div style="display:flex;gap:.4rem;margin-top:.3rem">
<input id="fl-link-box" readonly style="flex:1;min-width:0;font:inherit;font-size:.8rem;padding:.3rem .4rem;
 border:1px solid #767676;border-radius:.4rem;color:#262730;background:#fff">
<button type="button" id="fl-link-copy" style="font:inherit;font-size:.8rem;padding:.3rem .6rem;
 border:1px solid #0B5CAD;border-radius:.4rem;background:#0B5CAD;color:#fff;cursor:pointer">{copy}</button>
</div><span id="fl-link-done" role="status" style="font-size:.8rem;color:#14532D"></span></div>
<script>
(() => {{
  const show = () => {{
    const box = document.getElementById('fl-link-box');
    if (box && box.value !== window.location.href) box.value = window.location.href;
  }};
  show();
  clearInterval(window.firstLookLink);
  window.firstLookLink = setInterval(show, 300);
  const button = document.getElementById('fl-link-copy');
  if (button) button.onclick = async () => {{
    show();
    const box = document.getElementById('fl-link-box');
    box.select();
    try {{ await navigator.clipboard.writeText(box.value); }} catch (e) {{ document.execCommand('copy'); }}
    document.getElementById('fl-link-done').textContent = '{copied}';
  }};
}})();
</script>"""

# Every page: text and code colours that stand out from their background by 4.5:1 (WCAG 1.4.3). Streamlit's
# default grey captions, chart axis text and code tokens are lighter than that.
BASE_CSS = """<style>
[data-testid="stCaptionContainer"], [data-testid="stWidgetLabel"] p, [data-testid="stCaptionContainer"] p {
  color: #4A4D55 !important; opacity: 1 !important; }
[data-testid="stSliderTickBar"], [data-testid="stSliderTickBar"] *, [data-testid="InputInstructions"],
[data-testid="InputInstructions"] *, .vega-bind span { color: #4A4D55 !important; opacity: 1 !important; }
[data-testid="stAlertContentSuccess"] { color: #14532D !important; }
[data-testid="stAlertContentInfo"] { color: #123E6B !important; }
[data-testid="stAlertContentWarning"] { color: #5C3D00 !important; }
[data-testid="stAlertContentError"] { color: #7A1212 !important; }
[data-testid="stCode"] .token.comment, [data-testid="stCode"] .token.prolog { color: #4F5259 !important; }
[data-testid="stCode"] .token.string, [data-testid="stCode"] .token.char { color: #1A6630 !important; }
[data-testid="stCode"] .token.number, [data-testid="stCode"] .token.boolean { color: #8F3F00 !important; }
[data-testid="stCode"] .token.keyword, [data-testid="stCode"] .token.builtin { color: #6E2A91 !important; }
[data-testid="stCode"] .token.function, [data-testid="stCode"] .token.class-name { color: #0B4F96 !important; }
[data-testid="stCode"] .token.operator, [data-testid="stCode"] .token.punctuation { color: #33363D !important; }
[data-testid="stVegaLiteChart"] .role-axis-label text, [data-testid="stVegaLiteChart"] .role-axis-title text,
[data-testid="stVegaLiteChart"] .role-legend-label text, [data-testid="stVegaLiteChart"] .role-legend-title text,
[data-testid="stVegaLiteChart"] .role-title-text text, [data-testid="stVegaLiteChart"] .role-title text {
  fill: #33363D !important; }
</style>"""

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


# How each setting carried across pages is read from and written to the URL.
PARSE = {"lang": lambda raw: raw if raw in LANGUAGES else None,
         "proj": lambda raw: {"true": True, "false": False}.get(raw.lower())}
FORMAT = {"lang": str, "proj": lambda value: str(value).lower()}


def _remembered(key: str) -> str:
    return "_setting_" + key


def setting(key: str):
    """Language or projector mode: the URL's value if it has one (a link, Back, Forward), else the one
    remembered from the last page (a page switch drops it from the URL), else the default.

    These two are not URL-bound widgets: Streamlit 1.65 loses or contradicts a bound widget's URL value on
    page switches and on Back, so the URL and the widget are kept in step here, in both directions.
    """
    default = GLOBAL_DEFAULTS[key]
    raw = st.query_params.get_all(key)
    value = PARSE[key](raw[0]) if len(raw) == 1 else None
    if raw and value is None:
        controls.note_dropped(key, raw)
    if not raw:
        value = st.session_state.get(_remembered(key), default)
    elif value is None:
        value = default
    st.session_state[_remembered(key)] = st.session_state[key] = value
    _write_setting(key, value)
    return value


def _write_setting(key: str, value) -> None:
    """Put a setting into the URL (a default is left out) and count it as bound to a control."""
    if value == GLOBAL_DEFAULTS[key]:
        st.query_params.pop(key, None)
    else:
        st.query_params[key] = FORMAT[key](value)
    controls.bound_keys().add(key)


def _setting_changed(key: str) -> None:
    """The reader changed a setting in the sidebar: remember it and write it into the URL."""
    st.session_state[_remembered(key)] = st.session_state[key]
    _write_setting(key, st.session_state[key])


def page(name: str) -> ChartStyle:
    """Start a page: sidebar, language, projector mode, title and idea; returns the chart style."""
    controls.reset_notices()
    setting("lang")
    setting("proj")
    sidebar = st.sidebar
    nav = sidebar.container()
    with sidebar:
        st.divider()
        st.radio(t("shell.language"), list(LANGUAGES), key="lang", captions=list(LANGUAGES.values()),
                 horizontal=True, on_change=_setting_changed, args=("lang",))
        projector = st.toggle(t("shell.projector"), key="proj", help=t("shell.projector_help"),
                              on_change=_setting_changed, args=("proj",))
    # a projector link opens with the sidebar folded away, to leave the screen to the picture
    st.set_page_config(page_title=tab_title(name), page_icon=ICON, layout="wide",
                       initial_sidebar_state="collapsed" if projector else "auto")
    with nav:
        st.markdown(f"**{t('app.name')}**")
        forwarded = global_params()
        for p in PAGES:
            st.page_link(p.script, label=t(p.nav_key), icon=p.icon, query_params=forwarded)
    # the document's language, for screen readers and hyphenation (a constant script, no user text)
    st.html(LANG_SCRIPT.format(lang=HTML_LANG[language()]), unsafe_allow_javascript=True)
    st.html(BASE_CSS + (PROJECTOR_CSS if projector else ""))
    st.title(t(name + ".title"))
    st.markdown(t(name + ".idea"))
    st.session_state["_notice_slot"] = st.empty()
    return PROJECTOR if projector else LAPTOP


def tab_title(name: str) -> str:
    """The browser tab's title: the page, then the app (the landing page is the app itself)."""
    app = t("app.name")
    return app if name == HOME.name else f"{t(name + '.title')} · {app}"


def _page(name: str) -> Page:
    return next(p for p in PAGES if p.name == name)


def finish(name: str) -> None:
    """End a page: report unusable link values, and offer the link that reproduces this view."""
    dropped = controls.notices()
    if dropped:
        values = ", ".join(f"{k}={v}" for k, v in dropped)
        st.session_state["_notice_slot"].info(t("shell.bad_link", values=values), icon=":material/link_off:")
    # the URL names exactly the controls of this page: nothing a link brought that no control took
    # (an answer to a check, a parameter of another page) is passed on
    for key in [k for k in st.query_params if k not in controls.bound_keys()]:
        try:
            del st.query_params[key]
        except StreamlitAPIException:
            pass  # a control of this page that is hidden in this view: Streamlit keeps it bound

    with st.sidebar:
        st.divider()
        st.html(LINK_BOX.format(label=html.escape(t("shell.link")), copy=html.escape(t("shell.copy")),
                                copied=html.escape(t("shell.copied"))), unsafe_allow_javascript=True)
        st.caption(t("shell.link_help"))
    _freeze_once(name)


_FROZEN: set[str] = set()


def _freeze_once(name: str) -> None:
    """After a page's first run in this process, exempt everything then alive from garbage collection.

    The modules (MXNet, pandas, Altair, Streamlit) and the warm caches are ~180 000 objects that the
    collector would walk again and again (~5 ms a rerun on the dropout page); they live as long as the
    process does. Once per page, so only what one first run left behind can stay uncollected.
    """
    if name not in _FROZEN:
        _FROZEN.add(name)
        gc.freeze()
