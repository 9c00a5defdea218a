"""Gradients through a deep stack of layers: the error signal and the weight gradient at every layer, and a verdict."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from mxnet import autograd, nd

from explain import engine
from explain.activations.derivatives import slope
from explain.activations.registry import REGISTRY, get


@dataclass(frozen=True)
class DepthResult:
    """How large the back-propagated gradient is at each layer of a deep MLP."""

    table: pd.DataFrame  # long form: layer (1 = nearest the input), quantity ("delta" or "weight"), norm
    first: float  # ||delta|| at layer 1
    last: float  # ||delta|| at the last layer
    first_weight: float  # ||dL/dW|| at layer 1
    last_weight: float  # ||dL/dW|| at the last layer
    sigma: float
    relative: np.ndarray  # ||dL/dW_l|| / ||W_l|| per layer: how far one SGD step (lr 1) moves a layer, relatively

    @property
    def ratio(self) -> float:
        """How much of the last layer's error signal reaches layer 1 (<1: vanishing, >1: exploding)."""
        return self.first / self.last if self.last > 0 else math.inf

    @property
    def weight_ratio(self) -> float:
        """How layer 1's weight gradient compares with the last layer's: how fast layer 1 learns by SGD."""
        return self.first_weight / self.last_weight if self.last_weight > 0 else math.inf

    @property
    def depth(self) -> int:
        """The number of layers."""
        return int(self.table["layer"].max())

    @property
    def gain(self) -> float:
        """The factor by which the error signal grows per layer on its way down, on average."""
        if self.depth < 2 or self.ratio in (0.0, math.inf):
            return self.ratio
        return self.ratio ** (1.0 / (self.depth - 1))

    @property
    def verdict(self) -> str:
        """Do the first layers learn? Judged from the weight gradients SGD uses, not from delta alone.

        Layer 1 against the last layer first; when they are alike, all layers may still be tiny or huge
        next to their own weights (the identity's 0.2^30 and 5^30: the forward signal vanished or exploded).
        """
        ratio = self.weight_ratio
        if ratio < 0.1:
            return "vanish"
        if ratio > 10:
            return "explode"
        if np.max(self.relative) < TINY:
            return "vanish_all"
        if np.min(self.relative) > 1 / TINY:
            return "explode_all"
        return "stable"


TINY = 1e-6  # a weight gradient below TINY of its weights: one SGD step changes nothing visible


def init_scale(init: str, width: int, sigma: float) -> float:
    """Weight standard deviation: as given, or Xavier's sqrt(1/width), or He's sqrt(2/width)."""
    return {"custom": sigma, "xavier": math.sqrt(1.0 / width), "he": math.sqrt(2.0 / width)}[init]


def depth_gradients(name: str, depth: int, width: int, sigma: float, seed: int, alpha: float = 0.1,
                    batch: int = 32) -> DepthResult:
    """Per layer of z_l = h_{l-1} W_l, h_l = f(z_l), with L = sum(h_depth) / batch: the error signal
    delta_l = dL/dz_l and the weight gradient dL/dW_l, as Frobenius norms."""
    get(name)
    if not (1 <= depth <= 100 and 1 <= width <= 512 and 0 < sigma <= 100 and 1 <= batch <= 1024):
        raise ValueError("depth 1-100, width 1-512, 0 < sigma <= 100")
    x, weights = _depth_inputs(depth, width, sigma, seed, batch)
    deltas, grads, sizes = engine.run(_depth_backward, name, x, weights, slope(alpha))
    layers = np.arange(1, depth + 1)
    table = pd.concat([pd.DataFrame({"layer": layers, "quantity": "delta", "norm": deltas}),
                       pd.DataFrame({"layer": layers, "quantity": "weight", "norm": grads})], ignore_index=True)
    return DepthResult(table, float(deltas[0]), float(deltas[-1]), float(grads[0]), float(grads[-1]), float(sigma),
                       grads / sizes)


def _depth_inputs(depth, width, sigma, seed, batch):
    """A seeded input batch and weights N(0, sigma^2): NumPy's own generator, safe across sessions."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, width))
    weights = [rng.normal(0.0, sigma, (width, width)) for _ in range(depth)]
    return x, weights


def _depth_backward(name, x, weights, alpha):
    """On the MXNet worker: forward under autograd, one backward pass, then read every gradient.

    A zero `e_l` added to each pre-activation changes nothing forward, and its gradient is exactly
    the error signal delta_l = dL/dz_l that back-propagation carries down to layer l.
    """
    activation = REGISTRY[name]
    ws = [nd.array(w, dtype="float64") for w in weights]
    es = [nd.zeros((x.shape[0], w.shape[1]), dtype="float64") for w in weights]
    for v in ws + es:
        v.attach_grad()
    h = nd.array(x, dtype="float64")
    with autograd.record():
        for w, e in zip(ws, es):
            h = activation.mxnet(nd.dot(h, w) + e, alpha)
        loss = h.sum() / x.shape[0]
    loss.backward()

    def norms(arrays):
        values = np.array([float(nd.norm(v.grad).asscalar()) for v in arrays])
        return np.nan_to_num(values, nan=0.0, posinf=np.finfo(np.float64).max)

    return norms(es), norms(ws), np.array([float(nd.norm(w).asscalar()) for w in ws])
