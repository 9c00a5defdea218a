"""Why 1/(1 − p): each unit's mean over many masks nears its undropped value; the kept units' Binomial count.

`layer_statistics` gathers what the page shows of one layer at one p; a new measurement over the same masks is one
more function here and one more field of `Statistics`.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explain.dropout.forward import HIDDEN, hidden
from explain.dropout.masks import check_p, layer_masks

MAX_DRAWS = 2000  # masks for the convergence and Binomial statistics
UNITS_FOLLOWED = 5  # units whose running mean the convergence plot follows


def convergence(h: np.ndarray, p, seed: int, layer: int, draws: int = MAX_DRAWS) -> pd.DataFrame:
    """Running mean of dropout(h) over 1..draws masks, for a few units, at log-spaced counts."""
    p = check_p(p)
    h = np.asarray(h, dtype=np.float64)
    units = followed_units(h)
    masks = layer_masks(p, seed + 1, layer, draws)[:, units]  # a stream apart from the stepped-through masks
    outputs = np.zeros(masks.shape) if p == 1.0 else masks * h[units] / (1 - p)
    counts = np.unique(np.geomspace(1, draws, 60).round().astype(int))
    running = np.cumsum(outputs, axis=0)[counts - 1] / counts[:, None]
    return pd.DataFrame({"draws": np.repeat(counts, len(units)), "unit": np.tile(units, len(counts)),
                         "mean": running.ravel(), "target": np.tile(h[units], len(counts))})


def followed_units(h: np.ndarray) -> np.ndarray:
    """Units with clearly different positive activations: the largest, and evenly spaced ranks below it."""
    order = np.argsort(-np.asarray(h), kind="stable")
    active = max(1, int((np.asarray(h) > 0).sum()))
    ranks = np.linspace(0, (active - 1) * 0.6, UNITS_FOLLOWED).round().astype(int)
    return np.unique(order[ranks])


def kept_counts(p, seed: int, layer: int, draws: int = MAX_DRAWS, units: int = HIDDEN) -> np.ndarray:
    """How many of the units each of `draws` masks keeps."""
    return layer_masks(p, seed + 2, layer, draws, units).sum(axis=1)


def binomial_pmf(n: int, q: float) -> np.ndarray:
    """P(K = k) for K ~ Binomial(n, q), k = 0..n, through log-gamma (no overflow for n = 256)."""
    k = np.arange(n + 1)
    if q in (0.0, 1.0):
        return (k == (n if q == 1.0 else 0)).astype(float)
    log_choose = np.array([math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) for i in k])
    return np.exp(log_choose + k * math.log(q) + (n - k) * math.log1p(-q))


def histogram(p, seed: int, layer: int, draws: int = MAX_DRAWS) -> pd.DataFrame:
    """Observed share of masks keeping k units beside the exact Binomial(256, 1 − p) pmf, where either shows."""
    p = check_p(p)
    counts = kept_counts(p, seed, layer, draws)
    observed = np.bincount(counts, minlength=HIDDEN + 1) / draws
    pmf = binomial_pmf(HIDDEN, 1 - p)
    k = np.arange(HIDDEN + 1)
    visible = (observed > 0) | (pmf > 1e-4)
    return pd.DataFrame({"k": k[visible], "observed": observed[visible], "pmf": pmf[visible]})


def mean_kept(hist: pd.DataFrame) -> float:
    """The observed mean number of kept units: Σ k · share over a histogram's rows (a k no mask kept adds 0)."""
    return float((hist["k"] * hist["observed"]).sum())


@dataclass(frozen=True)
class Statistics:
    """Many masks of one hidden layer at one p: the running means, the kept counts, and their numbers."""

    convergence: pd.DataFrame  # draws, unit, mean, target (see convergence)
    histogram: pd.DataFrame  # k, observed, pmf (see histogram)
    mean_kept: float  # observed mean count of kept units over the draws
    expected_kept: float  # its expectation n(1 − p)
    sd_kept: float  # the Binomial's standard deviation √(n p (1 − p))


def layer_statistics(p, seed: int, layer: int, draws: int = MAX_DRAWS) -> Statistics:
    """The convergence of the mean and the Binomial count for the seeded input's hidden layer 1 or 2."""
    p = check_p(p)
    hist = histogram(p, seed, layer, draws)
    q = 1 - p
    return Statistics(convergence(hidden(seed, layer), p, seed, layer, draws), hist, mean_kept(hist),
                      HIDDEN * q, (HIDDEN * q * p) ** 0.5)
