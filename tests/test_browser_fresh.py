"""Charts that never lie: after every control a student can touch, what the browser draws equals a fresh load.

AppTest only sees what the script sent; here Chromium draws it. For each entry of INTERACTIONS the control is
changed as a student would, every chart's rendered SVG is fingerprinted, the page's own current URL is opened
in a new tab, and the two fingerprints must be equal.
"""
import pytest

from browsertools import chart_fingerprints, open_view, require_chromium, settle
from interactions import INTERACTIONS

require_chromium()


def act(page, action, key, argument):
    """Change one control the way a student would."""
    widget = page.locator(f".st-key-{key}")
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
        if widget.locator("[role=radiogroup]").count():
            widget.get_by_text(argument, exact=True).click()
        else:
            widget.click()
            page.get_by_role("option", name=argument, exact=True).click()
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
    settle(page, after=700)
    assert page.url != before_url, "the control did not change the view's URL"
    assert page.locator("[data-testid=stException]").count() == 0
    drawn = chart_fingerprints(page)
    fresh = open_view(browser, page.url)
    page.wait_for_timeout(300)
    assert chart_fingerprints(fresh) == drawn, f"charts differ from a fresh load of {page.url}"
    fresh.close()
    page.close()
