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


def test_job_decorator_runs_on_the_worker_and_nests_without_deadlock():
    @engine.job
    def inner():
        return threading.get_ident()

    @engine.job
    def outer():
        return threading.get_ident(), inner()

    first, second = outer()
    assert first == second == engine.run(threading.get_ident)


def test_engine_is_naive_for_low_overhead():
    assert engine.run(lambda: mx.nd.ones((2, 2)).sum().asscalar()) == 4.0
    import os
    assert os.environ["MXNET_ENGINE_TYPE"] == "NaiveEngine"


def test_mxnet_error_text_keeps_only_mxnets_own_sentence():
    def fail():
        try:
            (mx.nd.ones((4, 3)) + mx.nd.ones((4,))).wait_to_read()
        except mx.base.MXNetError as error:
            return engine.mxnet_error_text(error)

    text = engine.run(fail)
    assert text.startswith("Check failed: l == 1 || r == 1")
    assert "[4,3] [4]" in text and "Traceback" not in text
