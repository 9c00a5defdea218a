"""Shared test helpers: the repository on sys.path, hypothesis settings, and opening a page with AppTest."""
import os
import sys
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

settings.register_profile("ci", max_examples=150, deadline=None)
settings.load_profile("ci")


def open_page(script: str = "app.py", **params):
    """Run one page of the app, as a link with these query parameters would open it."""
    from streamlit import config
    from streamlit.testing.v1 import AppTest

    config.set_option("client.showErrorDetails", "full")  # tests read the real message of any error
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    if script != "app.py":
        at.switch_page(script)
    return at.run()


def page_text(at) -> str:
    """Everything a reader sees as text on the page (markdown, alerts, captions, code)."""
    parts = []
    for kind in ("title", "markdown", "caption", "success", "error", "warning", "info", "code", "subheader"):
        parts += [str(element.value) for element in getattr(at, kind)]
    return "\n".join(parts)


@pytest.fixture
def page():
    return open_page
