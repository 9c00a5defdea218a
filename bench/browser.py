"""End-to-end interaction latency in a real browser: key press on a control → the page has rerun and redrawn.

Run: python bench/browser.py   (needs Debian's chromium: apt-get install -y chromium)
Each sample is the time from pressing an arrow key on a slider until Streamlit reports the script has
finished and the numbers that the rerun rewrites have changed, as a student in the room would wait for it.
"""
import socket
import subprocess
import sys
import time
import urllib.request

from common import ROOT, report

from playwright.sync_api import sync_playwright

COUNT = 30
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run"]
# page, slider key, key to press, a text the rerun rewrites (found by a marker in it)
CASES = [
    ("activations", "x0", "ArrowRight", "f′(", "activations: move the probe"),
    ("activations", "depth", "ArrowRight", "‖δ‖", "activations: change depth"),
    ("softmax", "T", "ArrowRight", "H(ŷ) =", "softmax: move the temperature"),
]
READOUT = """([marker]) => {
  const found = [...document.querySelectorAll('[data-testid=stMarkdownContainer]')]
    .find(e => e.innerText.includes(marker));
  return found ? found.innerText : '';
}"""
CHANGED = """([marker, before]) => {
  const app = document.querySelector('[data-testid=stApp]');
  const found = [...document.querySelectorAll('[data-testid=stMarkdownContainer]')]
    .find(e => e.innerText.includes(marker));
  return app.dataset.testScriptState === 'notRunning' && found && found.innerText !== before;
}"""


def serve():
    """`streamlit run app.py` on a free port; returns the process and its address once healthy."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
                             "--server.address", "127.0.0.1", "--server.port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=1).read() == b"ok":
                return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("streamlit did not start")


def idle(page):
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=30_000)


def main():
    proc, url = serve()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            for path, key, press, marker, name in CASES:
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                page.goto(f"{url}/{path}")
                idle(page)
                page.locator("[data-testid=stVegaLiteChart] svg").first.wait_for()
                thumb = page.locator(f".st-key-{key} input[type=range]")
                samples = []
                for _ in range(COUNT):
                    before = page.evaluate(READOUT, [marker])
                    start = time.perf_counter()
                    thumb.press(press)
                    try:
                        page.wait_for_function(CHANGED, arg=[marker, before], timeout=30_000)
                    except Exception:
                        print(f"no rerun seen for {name} after {len(samples)} presses ({page.url})", flush=True)
                        raise
                    samples.append((time.perf_counter() - start) * 1000)
                    page.wait_for_timeout(50)
                report(f"browser · {name}", samples)
                page.close()
            browser.close()
    finally:
        proc.terminate()
        proc.wait()


if __name__ == "__main__":
    main()
