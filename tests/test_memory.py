"""Memory stays flat over hundreds of reruns: MXNet runs on one worker thread, however many script threads come and go."""
import gc
import threading

import psutil
import pytest

from conftest import open_page
from explain import broadcasting as bc
from ui import shell

pytestmark = pytest.mark.slow

RERUNS = 150
LIMIT_MB = 40


def rss_mb() -> float:
    gc.collect()
    return psutil.Process().memory_info().rss / 2**20


def test_mxnet_jobs_from_hundreds_of_short_lived_threads_do_not_grow_memory():
    """Streamlit runs each rerun on a new thread; MXNet would keep ~5 MB for each one that ran an operator."""
    def one_job(k):
        bc.compute(((k % 5 + 1, 3), (3,)), "+")

    one_job(0)
    before = rss_mb()
    for k in range(200):
        thread = threading.Thread(target=one_job, args=(k,))
        thread.start()
        thread.join()
    assert rss_mb() - before < 20


def test_hundreds_of_reruns_of_every_page_stay_within_budget():
    scripts = [p.script for p in shell.PAGES]
    sessions = {script: open_page(script, predict="false") for script in scripts}  # warm up
    inputs = {
        "pages/1_broadcasting.py": lambda at, k: at.text_input(key="a").set_value(f"{k % 9 + 1},{k % 4 + 1}"),
        "pages/4_activations.py": lambda at, k: (at.slider(key="x0").set_value(round(k * 0.1 - 5, 1)),
                                                 at.slider(key="depth").set_value(2 + k % 40)),
        "pages/3_softmax.py": lambda at, k: (at.text_input(key="logits").set_value(f"{k % 7}, 1, {k % 3 - 1}"),
                                             at.slider(key="T").set_value(round(0.05 * (1 + k % 60), 2))),
    }
    before = rss_mb()
    for k in range(RERUNS):
        for script, at in sessions.items():
            change = inputs.get(script)
            if change:
                change(at, k)
            at.run()
            assert not at.exception
    grown = rss_mb() - before
    print(f"{RERUNS} reruns of {len(scripts)} pages: RSS grew by {grown:.1f} MB")
    assert grown < LIMIT_MB
