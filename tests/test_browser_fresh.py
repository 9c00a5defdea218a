"""Charts that never lie: after every control a student can touch, what the browser draws equals a fresh load.

AppTest only sees what the script sent; here Chromium draws it. For each entry of INTERACTIONS the control is
changed as a student would, every chart's rendered SVG is fingerprinted, the page's own current URL is opened
in a new tab, and the two fingerprints must be equal.
"""
import re

import pytest

from browsertools import open_view, require_chromium, settle, settled_fingerprints
from interactions import INTERACTIONS

require_chromium()


def act(page, action, key, argument):
    """Change one control the way a student would."""
    widget = page.locator(f".st-key-{re.sub(r'[^a-zA-Z0-9_-]', '-', key)}")  # as Streamlit names the class
    if action == "type":
        box = widget.locator("input, textarea").first
        box.fill(argument)
        box.press("Enter")
    elif action == "keys":
        thumb = widget.locator("input[type=range], [role=slider]").first
        thumb.focus()
        for name in argument:
            thumb.press(name)
            page.wait_for_timeout(60)
    elif action == "click":
        widget.locator("button").first.click()
    elif action == "choose":
        widget.scroll_into_view_if_needed()
        if widget.locator("[role=radiogroup]").count():
            widget.get_by_text(argument, exact=True).click()
        else:
            option = page.get_by_role("option", name=argument, exact=True)
            for _ in range(3):  # a click may only focus the box while the page still moves
                widget.click()
                try:
                    option.wait_for(timeout=3_000)
                    break
                except Exception:
                    page.wait_for_timeout(300)
            option.click()
    elif action == "toggle":
        widget.locator("label").first.click()
    else:
        raise ValueError(action)


@pytest.mark.parametrize("path, query, action, key, argument", INTERACTIONS,
                         ids=[f"{p}-{k}-{a}" for p, _, a, k, _ in INTERACTIONS])
def test_every_chart_after_an_interaction_equals_a_fresh_load(server, browser, path, query, action, key, argument):
    page = open_view(browser, f"{server}/{path}?{query}")
    before_url = page.url
    act(page, action, key, argument)
    # the URL changes when the new value is sent: then wait for that rerun to finish and the charts to settle
    page.wait_for_function("before => window.location.href !== before", arg=before_url, timeout=20_000)
    settle(page, after=500)
    assert page.locator("[data-testid=stException]").count() == 0
    drawn = settled_fingerprints(page)
    fresh = open_view(browser, page.url)
    assert settled_fingerprints(fresh) == drawn, f"charts differ from a fresh load of {page.url}"
    fresh.close()
    page.close()
