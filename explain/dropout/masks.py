"""Keep-masks and D2L's from-scratch dropout: u ~ U[0, 1) from a seed, kept when u ≥ p, scaled by 1/(1 − p).

Masks come from np.random.default_rng(seed), so a seed means the same mask in every thread and session;
MXNet (nd) does the arithmetic on the engine's worker.
"""
from __future__ import annotations

import functools

import numpy as np
from mxnet import nd

from explain import engine
from explain.dropout.forward import HIDDEN
from explain.errors import InputError

MASKS = 8  # masks sampled ahead, stepped through in the browser
MAX_SEED = 9999


def check_p(p) -> float:
    """A drop probability in [0, 1], as a float; anything else is refused."""
    try:
        value = float(p)
    except (TypeError, ValueError):
        raise InputError("p_type", f"{p!r} is not a probability", p=str(p)) from None
    if not 0.0 <= value <= 1.0:  # NaN fails this too
        raise InputError("p_range", f"drop probability {p} is outside [0, 1]", p=str(p))
    return value


def keep_mask(shape, p: float, rng: np.random.Generator) -> np.ndarray:
    """Keep each element with probability 1 − p: u ~ U[0, 1) is kept when u ≥ p (p = 1 keeps none)."""
    return rng.random(shape) >= p


def dropout(X, p, seed: int = 0, train: bool = True) -> np.ndarray:
    """Drop each element of X with probability p and scale the kept ones by 1/(1 − p); identity unless training."""
    p = check_p(p)
    x = np.array(X, dtype=np.float64)
    if not train or p == 0.0:
        return x
    if p == 1.0:
        return np.zeros_like(x)  # MXNet's own Dropout would give NaN here: 0 · 1/0
    mask = keep_mask(x.shape, p, np.random.default_rng(seed))
    return engine.run(_scale, x, mask, p)


def _scale(x, mask, p):
    """On the MXNet worker: D2L's from-scratch dropout, mask * X / (1 − p)."""
    return (nd.array(mask, dtype="float64") * nd.array(x, dtype="float64") / (1 - p)).asnumpy()


def keep_scale(p) -> float:
    """The factor 1/(1 − p) kept units are multiplied by (inverted dropout); inf at p = 1, where none is kept."""
    p = check_p(p)
    return float("inf") if p == 1.0 else 1.0 / (1.0 - p)


def expected_kept(p, units: int = HIDDEN) -> float:
    """How many of `units` a mask keeps on average: units · (1 − p)."""
    return units * (1.0 - check_p(p))


def layer_masks(p: float, seed: int, layer: int, count: int = MASKS, units: int = HIDDEN) -> np.ndarray:
    """`count` keep-masks (count, units) for hidden layer 1 or 2, from their own stream of the seed."""
    return _uniforms(int(seed), int(layer), int(count), int(units)) >= check_p(p)  # keep_mask's rule: u ≥ p


@functools.lru_cache(maxsize=8)
def _uniforms(seed: int, layer: int, count: int, units: int) -> np.ndarray:
    """The u ~ U[0, 1) behind keep_mask for this stream, remembered (read-only): every p compares the same u."""
    u = np.random.default_rng([seed, layer]).random((count, units))
    u.setflags(write=False)
    return u
