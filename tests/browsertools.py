"""The real browser for the tests: `streamlit run app.py` and Debian's Chromium driven by Playwright."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
        "--disable-component-update", "--disable-sync"]


def require_chromium():
    """Skip a browser test module on a laptop without Debian's chromium; in CI its absence is an error."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            raise RuntimeError("CI must install Debian's chromium package for the browser tests")
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(log_name: str = "streamlit.log", script: str = "app.py"):
    """Start `streamlit run <script>` on a free loopback port; returns (process, url, log file)."""
    port = free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = open(ARTIFACTS / log_name, "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false"],
        cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok":
                return proc, url, log
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("streamlit did not become healthy")


@pytest.fixture(scope="session")
def server():
    proc, url, log = start_server()
    yield url
    proc.terminate()
    proc.wait(timeout=20)
    log.close()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_view(browser, url, width=1400, height=1000):
    """A new tab of the given size on `url`, once the script has run and the charts are drawn."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    settle(page)
    return page


def settle(page, after: int = 400):
    """Wait until Streamlit has finished running the script and the browser has drawn its charts."""
    running = "[data-testid=stApp][data-test-script-state=running]"
    idle = "[data-testid=stApp][data-test-script-state=notRunning]"
    page.wait_for_selector(idle, timeout=60_000)
    page.wait_for_timeout(after)
    if page.locator(running).count():
        page.wait_for_selector(idle, timeout=60_000)
    page.wait_for_timeout(after)
    page.wait_for_selector(idle, timeout=60_000)
    # elements of the previous run stay faded ("stale") until their section has rerun
    page.wait_for_function("document.querySelectorAll('[data-stale=\"true\"]').length === 0", timeout=30_000)


# What a chart shows, as drawn: the text of its marks and the geometry of its paths and groups, rounded to
# whole pixels; clip-path ids are left out (Vega numbers them per view).
FINGERPRINT_JS = """
(root) => {
  const round = (s) => (s || '').replace(/-?\\d+\\.?\\d*(e-?\\d+)?/g, (m) => String(Math.round(parseFloat(m))));
  const out = [];
  for (const svg of root.querySelectorAll('svg.marks')) {
    for (const el of svg.querySelectorAll('path, text, g, line, rect, circle')) {
      const tag = el.tagName;
      const parts = [tag, round(el.getAttribute('transform')), round(el.getAttribute('d'))];
      if (tag === 'text') parts.push(el.textContent);
      if (tag === 'rect' || tag === 'line' || tag === 'circle')
        for (const a of ['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r'])
          parts.push(round(el.getAttribute(a)));
      const fill = el.getAttribute('fill'), stroke = el.getAttribute('stroke'), op = el.getAttribute('opacity');
      parts.push(fill || '', stroke || '', op || '');
      out.push(parts.join('|'));
    }
    out.push('--');
  }
  return out;
}
"""


def chart_fingerprints(page) -> list[list[str]]:
    """One fingerprint per chart on the page, in page order (charts in hidden tabs included)."""
    charts = page.locator("[data-testid=stVegaLiteChart]")
    return [charts.nth(i).evaluate(FINGERPRINT_JS) for i in range(charts.count())]


def settled_fingerprints(page, timeout: float = 20.0) -> list[list[str]]:
    """The charts' fingerprints once the script is idle and two looks 400 ms apart agree (drawing is async)."""
    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=60_000)
        now = chart_fingerprints(page)
        if now == last:
            return now
        last = now
        page.wait_for_timeout(400)
    return last
