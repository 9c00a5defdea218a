"""Accessibility: axe-core (the npm registry's package, injected by Playwright) on every page of the running app.

Every page × English/Chinese × laptop/projector, as opened and after a control was moved: no serious or
critical violation caused by the app. What only Streamlit can fix is listed in STREAMLIT_ONLY (and in the
README), matched by rule and by the Streamlit element it sits on, so an app element with the same rule fails.
"""
import json
import os
import re

import pytest

from browsertools import ROOT, open_view, require_chromium, settle
from interactions import INTERACTIONS
from ui import shell

require_chromium()

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
if not AXE.exists():
    if os.environ.get("CI"):
        raise RuntimeError("CI must install axe-core (npm ci) for the accessibility test")
    pytest.skip("axe-core is not installed (npm ci)", allow_module_level=True)

# rule id → a pattern of the CSS target of Streamlit's own elements that carry it
STREAMLIT_ONLY = {
    # the sidebar's collapsible section is a <section aria-expanded>, which ARIA does not allow on it
    "aria-allowed-attr": re.compile(r"stSidebar"),
}

RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ['violations']});
  return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160), summary: n.failureSummary}))
  }));
}"""


def violations(page) -> list[dict]:
    """Serious and critical axe violations on the page, less those only Streamlit can fix."""
    page.add_script_tag(path=str(AXE))
    found = []
    for violation in page.evaluate(RUN):
        pattern = STREAMLIT_ONLY.get(violation["id"])
        nodes = [n for n in violation["nodes"] if not (pattern and pattern.search(n["target"] + n["html"]))]
        if nodes:
            found.append({**violation, "nodes": nodes})
    return found


def first_interaction(path: str):
    return next(entry for entry in INTERACTIONS if entry[0] == path)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("projector", [False, True])
@pytest.mark.parametrize("topic", shell.PAGES, ids=[p.name for p in shell.PAGES])
def test_no_serious_violation_on_any_page(server, browser, topic, lang, projector):
    from test_browser_fresh import act
    size = (1280, 720) if projector else (1400, 1000)
    query = f"lang={lang}" + ("&proj=true" if projector else "")
    page = open_view(browser, f"{server}/{topic.path}?{query}", *size)
    found = violations(page)
    if topic.path:  # and after a student moved a control
        _, extra, action, key, argument = first_interaction(topic.path)
        page.goto(f"{server}/{topic.path}?{query}&{extra}")
        settle(page)
        before = page.url
        act(page, action, key, argument)
        page.wait_for_function("before => window.location.href !== before", arg=before, timeout=20_000)
        settle(page, after=700)
        found += violations(page)
    page.close()
    assert found == [], json.dumps(found, ensure_ascii=False, indent=1)
