"""deploy/run-nginx.sh: two processes behind Debian's nginx, first requests in turn, each browser pinned by a cookie."""
import asyncio
import concurrent.futures
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import load  # noqa: E402

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not os.path.exists(NGINX) and not os.environ.get("CI"),
                                 reason="nginx not installed (apt-get install -y nginx; CI installs it)")]

# Run inside run-nginx.sh once both processes and nginx are healthy: what a browser sees through nginx.
PROBE = r'''
import json, os, sys, urllib.request, asyncio
sys.path.insert(0, "bench")
import load
url = os.environ["FIRSTLOOK_URL"]

def get(cookie=None):
    request = urllib.request.Request(url + "/", headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.headers.get_all("Set-Cookie") or []

firsts = [get()[1] for _ in range(4)]
pinned = get("firstlook_backend=p2")
unknown = get("firstlook_backend=evil.example:80")

async def session():
    tab = load.Session(url.replace("http://", "ws://"), "")
    run = await tab.open("")
    again = await tab.act("lang=zh")
    await tab.close()
    return run.errors + again.errors, run.full_runs, again.full_runs

errors, opened, rerun = asyncio.run(session())
print(json.dumps({"firsts": firsts, "pinned": pinned, "unknown": unknown, "errors": errors,
                  "opened": opened, "rerun": rerun, "pids": os.environ["FIRSTLOOK_PIDS"]}))
'''


def test_first_requests_take_turns_and_a_cookie_pins_each_browser_to_one_process():
    import json
    port = load.free_port(8660, 8690)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:  # not in the browser tests' event loop thread
        done = pool.submit(subprocess.run, ["deploy/run-nginx.sh", "-k", "2", "-p", str(port), "--",
                                            sys.executable, "-c", PROBE],
                           cwd=ROOT, capture_output=True, text=True, timeout=300).result()
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    cookies = [c[0].split(";")[0] for c in seen["firsts"]]
    # in turn: a browser's first request goes to the next process, and is pinned to the one that answered
    assert sorted(cookies) == ["firstlook_backend=p1"] * 2 + ["firstlook_backend=p2"] * 2
    assert cookies[0] != cookies[1] and cookies[1] != cookies[2]
    assert seen["pinned"] == [200, []]  # already pinned: no new cookie
    status, renewed = seen["unknown"]  # a forged cookie names no upstream: treated as a first request
    assert status == 200 and renewed and renewed[0].startswith("firstlook_backend=p")
    # a whole session through nginx's websocket upgrade: the page ran, then reran in Chinese
    assert seen["errors"] == [] and seen["opened"] == 1 and seen["rerun"] == 1
    assert len(seen["pids"].split(",")) == 2
