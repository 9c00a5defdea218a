"""The MXNet worker: every job on one long-lived thread, whoever calls."""
import threading
from concurrent.futures import ThreadPoolExecutor

import mxnet as mx

from explain import engine


def test_jobs_from_many_threads_run_on_one_worker_thread():
    callers = ThreadPoolExecutor(max_workers=8)
    idents = set(callers.map(lambda _: engine.run(threading.get_ident), range(64)))
    assert len(idents) == 1
    assert idents != {threading.get_ident()}


def test_a_job_that_runs_another_job_does_not_deadlock():
    def outer():
        return threading.get_ident(), engine.run(threading.get_ident), engine.on_worker()

    first, second, inside = engine.run(outer)
    assert first == second and inside and not engine.on_worker()


def test_engine_is_naive_for_low_overhead():
    assert engine.run(lambda: mx.nd.ones((2, 2)).sum().asscalar()) == 4.0
    import os
    assert os.environ["MXNET_ENGINE_TYPE"] == "NaiveEngine"


def test_mxnets_openblas_runs_the_pinned_kernels_on_any_x86_64_cpu():
    """Kernels chosen by CPU round differently: explain pins SSE3's, which every x86-64 CPU has (explain/__init__.py)."""
    import platform
    import explain
    if platform.machine().lower() in ("x86_64", "amd64") and engine.blas_kernels() is not None:
        assert engine.blas_kernels() == explain.BLAS_KERNELS == "Prescott"


def test_mxnet_error_text_keeps_only_mxnets_own_sentence():
    def fail():
        try:
            (mx.nd.ones((4, 3)) + mx.nd.ones((4,))).wait_to_read()
        except mx.base.MXNetError as error:
            return engine.mxnet_error_text(error)

    text = engine.run(fail)
    assert text.startswith("Check failed: l == 1 || r == 1")
    assert "[4,3] [4]" in text and "Traceback" not in text
