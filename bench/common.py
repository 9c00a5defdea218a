"""Timing helpers shared by the benchmarks: percentiles and a page opened through AppTest."""
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.chdir(ROOT)  # Streamlit reads .streamlit/config.toml from the working directory

from apptest import open_page  # noqa: E402,F401  (the benchmarks import it from here)


def percentiles(samples_ms):
    """p50 and p95 of a list of milliseconds."""
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def report(name, samples_ms):
    """One line: what was timed, how often, p50 and p95."""
    p50, p95 = percentiles(samples_ms)
    print(f"{name:<44} n={len(samples_ms):<4} p50={p50:7.1f} ms  p95={p95:7.1f} ms")


def time_reruns(at, change, count):
    """Milliseconds of each rerun after change(at, k) set a control."""
    samples = []
    for k in range(count):
        change(at, k)
        start = time.perf_counter()
        at.run()
        samples.append((time.perf_counter() - start) * 1000)
        assert not at.exception, at.exception
    return samples
