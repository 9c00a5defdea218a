"""A real browser against `streamlit run app.py`: Debian's Chromium driven by Playwright, as a student would click."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from ui import shell
from ui.catalog import STRINGS

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
        "--disable-component-update", "--disable-sync"]

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Debian's chromium package for the browser tests")
    pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)", allow_module_level=True)

from playwright.sync_api import expect, sync_playwright  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = free_port()
    (ROOT / "artifacts").mkdir(exist_ok=True)
    log = open(ROOT / "artifacts" / "streamlit.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        raise RuntimeError("streamlit did not become healthy")
    yield url
    proc.terminate()
    proc.wait(timeout=20)
    log.close()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_view(browser, url, width=1400, height=1000):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    settle(page)
    return page


def settle(page):
    """Wait until Streamlit has finished running the script and drawn its charts."""
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=60_000)
    page.wait_for_timeout(400)
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=60_000)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("projector", [False, True])
def test_every_page_in_both_languages_and_projector_mode(server, browser, lang, projector):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for p in shell.PAGES:
        query = f"lang={lang}" + ("&proj=true" if projector else "") + ("&predict=false" if p.path else "")
        size = (1280, 720) if projector else (1400, 1000)
        page = open_view(browser, f"{server}/{p.path}?{query}", *size)
        assert page.locator("[data-testid=stException]").count() == 0
        expect(page.locator("h1").first).to_contain_text(STRINGS[p.name + ".title"][lang])
        charts = page.locator("[data-testid=stVegaLiteChart]")
        if p.path:
            charts.first.locator("svg").first.wait_for(timeout=20_000)
            if projector:  # the main chart is on screen without scrolling
                box = charts.first.bounding_box()
                assert box["y"] + box["height"] <= 720, box
        name = f"{p.name}-{lang}{'-projector' if projector else ''}.png"
        page.screenshot(path=str(SHOTS / name), full_page=not projector)
        page.close()


def test_typing_a_shape_and_a_preset_update_the_page(server, browser):
    page = open_view(browser, f"{server}/broadcasting?predict=false")
    box = page.locator(".st-key-b input")
    box.fill("4")
    box.press("Enter")
    settle(page)
    expect(page.locator("[data-testid=stAlertContentError]").first).to_contain_text("(3 ≠ 4)")
    page.get_by_role("button", name="(3,4,2) + (4,2)").click()
    settle(page)
    expect(page.locator("[data-testid=stAlertContentSuccess]").first).to_contain_text("shape (3, 4, 2)")
    assert "a=3%2C4%2C2" in page.url and "b=4%2C2" in page.url
    assert page.locator("[data-testid=stException]").count() == 0
    page.close()


def test_predict_then_reveal(server, browser):
    page = open_view(browser, f"{server}/broadcasting")
    assert page.locator("[data-testid=stAlertContentSuccess]").count() == 0
    guess = page.locator(".st-key-guess input")
    guess.fill("(4, 3)")
    guess.press("Enter")
    settle(page)
    page.locator(".st-key-bc_reveal button").click()
    settle(page)
    expect(page.get_by_text(STRINGS["bc.guess_right"]["en"])).to_be_visible()
    page.close()


def test_a_deep_link_keeps_language_and_projector_mode_across_navigation(server, browser):
    page = open_view(browser, f"{server}/broadcasting?lang=zh&a=2,3&b=3&predict=false")
    expect(page.locator("h1").first).to_contain_text("广播机制")
    page.locator("[data-testid=stSidebar]").get_by_role("link", name=STRINGS["home.nav"]["zh"]).click()
    settle(page)
    expect(page.locator("h1").first).to_contain_text(STRINGS["home.title"]["zh"])
    assert "lang=zh" in page.url
    page.locator("[data-testid=stSidebar]").get_by_role("link", name="广播机制").click()
    settle(page)
    expect(page.locator("h1").first).to_contain_text("广播机制")
    assert page.locator("[data-testid=stException]").count() == 0
    page.close()


def test_switching_language_and_projector_mode_in_the_sidebar(server, browser):
    page = open_view(browser, f"{server}/broadcasting?predict=false")
    page.locator(".st-key-lang").get_by_text("zh", exact=True).click()
    settle(page)
    expect(page.locator("h1").first).to_contain_text("广播机制")
    assert "lang=zh" in page.url
    page.locator(".st-key-proj label").first.click()
    settle(page)
    assert "proj=true" in page.url
    size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert size > 18
    page.close()


def test_a_hostile_link_shows_a_notice_not_an_error(server, browser):
    page = open_view(browser, f"{server}/broadcasting?n=99&a=%3Cscript%3E&lang=xx")
    assert page.locator("[data-testid=stException]").count() == 0
    expect(page.locator("[data-testid=stAlertContentInfo]").first).to_contain_text("n=99")
    expect(page.locator("[data-testid=stAlertContentError]").first).to_contain_text("Shape of a")
    page.close()


def test_clicking_the_activation_chart_moves_the_probe(server, browser):
    page = open_view(browser, f"{server}/activations")
    chart = page.locator("[data-testid=stVegaLiteChart]").first
    chart.locator("svg").first.wait_for(timeout=20_000)
    box = chart.bounding_box()
    x, y = box["x"] + box["width"] * 0.75, box["y"] + box["height"] * 0.5
    page.mouse.move(x, y)
    page.wait_for_timeout(200)
    page.mouse.click(x, y)
    settle(page)
    assert "x0=" in page.url
    x0 = float(page.url.split("x0=")[1].split("&")[0])
    assert 1.0 < x0 < 6.0  # three quarters across the default range -6..6
    expect(page.locator("h4").first).to_contain_text(f"f({x0:g})")
    page.close()
