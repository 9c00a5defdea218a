"""Initialising again (force_reinit) with a chosen initializer: Normal(σ), Xavier, Constant, the notes' MyInit;
the first weighted layer's new weights as a histogram, their statistics, and what each initializer promises."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from mxnet import init, nd

from explain import engine
from explain.errors import InputError
from explain.models.blocks import sequential
from explain.models.spec import check_input, parse_network
from explain.models.structure import input_array

__all__ = ["INITIALIZERS", "BINS", "Reinit", "MyInit", "reinitialised", "xavier_bound", "initializer_code",
           "check_init"]

INITIALIZERS = ("normal", "xavier", "constant", "myinit")
BINS = 30


class MyInit(init.Initializer):
    """The notes' custom initializer (D2L 4.2.2): uniform on [−10, 10], then every |w| < 5 set to 0."""

    def _init_weight(self, name, data):
        data[:] = nd.random.uniform(low=-10, high=10, shape=data.shape)
        data *= data.abs() >= 5


@dataclass(frozen=True)
class Reinit:
    name: str  # Gluon's name of the weight shown
    shape: tuple[int, ...]
    counts: np.ndarray  # histogram of its values
    edges: np.ndarray  # BINS + 1 bin edges
    mean: float
    std: float
    low: float
    high: float
    zeros: float  # the share of exact zeros
    bias_zero: bool  # every bias is 0 (biases have their own initializer, zeros: the chosen one sets weights)
    before_low: float  # the range after the first initialize() (Gluon's default, uniform ±0.07)
    before_high: float


def check_init(name: str, sigma, value) -> tuple[str, float, float]:
    """The initializer's name and its numbers, or an InputError."""
    if name not in INITIALIZERS:
        raise InputError("init", f"unknown initializer {name!r}", value=str(name)[:20])
    for label, v, lo, hi in (("sigma", sigma, 1e-4, 10.0), ("value", value, -10.0, 10.0)):
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or not lo <= v <= hi:
            raise InputError("range", f"{label} must lie in [{lo}, {hi}]", name=label, value=v, lo=lo, hi=hi)
    return name, float(sigma), float(value)


def make_initializer(name: str, sigma: float, value: float):
    return {"normal": lambda: init.Normal(sigma=sigma), "xavier": lambda: init.Xavier(),
            "constant": lambda: init.Constant(value), "myinit": lambda: MyInit()}[name]()


def initializer_code(name: str, sigma: float, value: float) -> str:
    """The initializer as the code writes it."""
    return {"normal": f"init.Normal(sigma={sigma:g})", "xavier": "init.Xavier()",
            "constant": f"init.Constant({value:g})", "myinit": "MyInit()"}[name]


def xavier_bound(shape) -> float:
    """MXNet's Xavier (uniform, 'avg', magnitude 3): U(−a, a) with a = √(3 / ((fan_in + fan_out) / 2))."""
    fan_out, fan_in = shape[0], shape[1]
    return math.sqrt(3.0 / ((fan_in + fan_out) / 2.0))


def reinitialised(text: str, batch: int, features: int, name: str, sigma: float, value: float, seed: int = 0):
    """net.initialize(); net(X); then net.initialize(chosen, force_reinit=True): the first weight's new values.
    None when no layer has weights."""
    layers = parse_network(text)
    batch, features = check_input(batch, features)
    name, sigma, value = check_init(name, sigma, value)
    if not any(layer.has_params for layer in layers):
        return None
    weight_name, w, before, bias_zero = engine.run(_reinit_job, layers, batch, features, name, sigma, value, int(seed))
    w = w.astype(np.float64)  # the statistics in float64 (a constant's spread is exactly 0)
    lo, hi = float(w.min()), float(w.max())
    span = (lo - 0.5, hi + 0.5) if hi - lo < 1e-9 else (lo, hi)
    counts, edges = np.histogram(w, bins=BINS, range=span)
    return Reinit(weight_name, w.shape, counts, edges, float(w.mean()), float(w.std()), lo, hi,
                  float((w == 0).mean()), bias_zero, *before)


def _reinit_job(layers, batch, features, name, sigma, value, seed):
    X = input_array(batch, features, seed)
    net = sequential(layers, features)
    net.initialize()
    net(X)  # the deferred shapes are known now
    weight = next(p for n, p in net.collect_params().items() if n.endswith("weight"))
    old = weight.data().asnumpy()
    net.initialize(make_initializer(name, sigma, value), force_reinit=True)
    biases = [p.data().asnumpy() for n, p in net.collect_params().items() if n.endswith("bias")]
    return (weight.name, weight.data().asnumpy(), (float(old.min()), float(old.max())),
            all(not b.any() for b in biases))
