"""The one long-lived thread on which every MXNet operator of the app runs."""
from __future__ import annotations

import ctypes
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import mxnet as mx  # noqa: F401  (imported once, here, at module level: it takes ~1.5 s)

# MXNet 1.9.1 keeps ~5 MB for every thread that ever runs an operator, and Streamlit runs
# each rerun on a new thread, so all MXNet work is funnelled through this single worker.
_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="firstlook-mxnet")
_WORKER: list[threading.Thread] = []


def _remember_worker() -> None:
    """Record the worker thread, so that nested jobs run inline instead of deadlocking."""
    _WORKER[:] = [threading.current_thread()]


_POOL.submit(_remember_worker).result()


def on_worker() -> bool:
    """True when the caller is already the MXNet worker thread."""
    return bool(_WORKER) and threading.current_thread() is _WORKER[0]


def run(fn, /, *args, **kwargs):
    """Run fn(*args, **kwargs) on the MXNet worker thread and return its result."""
    if on_worker():
        return fn(*args, **kwargs)
    return _POOL.submit(fn, *args, **kwargs).result()


def blas_kernels() -> str | None:
    """The kernels MXNet's bundled OpenBLAS chose when it was loaded ("Prescott" when explain pinned them), or None."""
    library = Path(mx.__file__).with_name("libopenblas.so.0")
    if not library.exists():
        return None
    name = ctypes.CDLL(str(library)).openblas_get_corename
    name.restype = ctypes.c_char_p
    return name().decode()


def mxnet_error_text(error: Exception) -> str:
    """MXNet's own one-line reason from an MXNetError, without the C++ traceback."""
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    for line in reversed(lines):
        if line.startswith("MXNetError:"):
            return line[len("MXNetError:"):].strip()
    return lines[-1] if lines else type(error).__name__
