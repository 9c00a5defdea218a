"""Shared test helpers: the repository on sys.path, hypothesis settings, and opening a page with AppTest."""
import sys
from pathlib import Path

from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import explain  # noqa: E402,F401  (first: explain.compat gives NumPy >= 1.24 the np.bool MXNet 1.9.1 reads)
from apptest import open_page  # noqa: E402,F401  (the tests import it from here)
from browsertools import browser, server  # noqa: E402,F401  (session fixtures of the browser tests)



def pytest_collection_modifyitems(items):
    """A test that opens the real browser or a server is a browser test, whichever file it lives in."""
    import pytest
    for item in items:
        if {"browser", "server"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


settings.register_profile("ci", max_examples=150, deadline=None)
settings.load_profile("ci")


def page_text(at) -> str:
    """Everything a reader sees as text on the page (markdown, alerts, captions, code)."""
    parts = []
    for kind in ("title", "markdown", "caption", "success", "error", "warning", "info", "code", "header", "subheader"):
        parts += [str(element.value) for element in getattr(at, kind)]
    return "\n".join(parts)
