"""矢量计算比标量逐个相加更加省时间: adding two 10 000-long vectors element by element versus at once, timed here."""
from __future__ import annotations

import time
from dataclasses import dataclass

from mxnet import nd

from explain import engine

__all__ = ["Timing", "vector_timing", "LENGTH"]

LENGTH = 10_000


@dataclass(frozen=True)
class Timing:
    length: int
    loop_seconds: float  # c[i] = a[i] + b[i], one element at a time (D2L 3.1)
    vector_seconds: float  # d = a + b, at once (the best of several tries)
    agree: bool  # both give the same vector

    @property
    def ratio(self) -> float:
        return self.loop_seconds / max(self.vector_seconds, 1e-9)


def _measure(length: int) -> Timing:
    a, b = nd.ones(shape=length), nd.ones(shape=length)
    c = nd.zeros(shape=length)
    start = time.perf_counter()
    for i in range(length):
        c[i] = a[i] + b[i]
    c.wait_to_read()
    loop = time.perf_counter() - start
    vector = float("inf")
    for _ in range(20):
        start = time.perf_counter()
        d = a + b
        d.wait_to_read()
        vector = min(vector, time.perf_counter() - start)
    return Timing(length, loop, vector, bool((c == d).min().asscalar()))


def vector_timing(length: int = LENGTH) -> Timing:
    """Measured now, on the MXNet worker of the machine the app runs on (a page caches it per process)."""
    return engine.run(_measure, int(length))
