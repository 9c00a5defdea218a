"""Each workaround of a Streamlit 1.65 behaviour, shown to be still needed.

When one of these tests fails after an upgrade, the framework no longer does what the workaround works
around: the test names the code that may then be simplified.
"""
import pytest
from streamlit.testing.v1 import AppTest

from browsertools import ROOT, require_chromium, settle, settled_fingerprints, start_server

def test_a_number_input_still_fails_on_a_huge_link_value():
    """pages/4_activations.py draws its seed as a slider because a URL-bound number box raises on ?n=1e309."""
    script = 'import streamlit as st\nst.number_input("n", key="n", value=0, bind="query-params")'
    at = AppTest.from_string(script)
    at.query_params["n"] = "1e309"
    at.run()
    assert at.exception, "number_input takes ?n=1e309 now: a seed may be a number box again"


@pytest.fixture(scope="module")
def probe():
    require_chromium()
    proc, url, log = start_server("probe.log", str(ROOT / "tests" / "probes" / "same_shape_chart.py"))
    yield url
    proc.terminate()
    proc.wait(timeout=20)
    log.close()


@pytest.mark.browser
def test_the_frontend_still_keeps_the_old_picture_when_only_values_change(probe, browser):
    """ui/blocks.chart writes the table's digest into the spec (usermeta) because of this."""
    page = browser.new_page(viewport={"width": 800, "height": 900})
    page.goto(probe)
    settle(page)
    plain_before, digest_before = settled_fingerprints(page)
    page.locator(".st-key-v input[type=range], .st-key-v [role=slider]").first.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    settle(page)
    plain_after, digest_after = settled_fingerprints(page)
    page.close()
    assert digest_after != digest_before, "the way blocks.chart sends a table redraws it"
    assert plain_after == plain_before, (
        "Streamlit's frontend now redraws a same-shape table with new values: the usermeta digest in "
        "ui/blocks.chart is no longer needed")
