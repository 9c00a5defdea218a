"""The contract: sgd_path, a run of minibatch SGD on D2L's data, its weights after every step and its losses."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from explain.linreg.data import checked, plan, synthetic_data
from explain.linreg.steps import path_theta
from explain.linreg.surface import loss_of, quadratic

__all__ = ["DIVERGED", "Path", "sgd_path"]

DIVERGED = 1e30  # a step whose loss is above this (or not finite) ends the run: it has diverged


@dataclass(frozen=True)
class Path:
    """One run. Rows are steps, row 0 the initial weights; a diverged run ends before its first bad step."""

    w: np.ndarray  # (steps + 1, 2)
    b: np.ndarray  # (steps + 1,)
    loss: np.ndarray  # (steps + 1,) the mean of ½(ŷ − y)² over all n examples, at each step
    epoch_loss: np.ndarray  # (epochs + 1,) the same at the end of each epoch, index 0 before training
    diverged_at: int | None  # the first step whose loss is not finite or exceeds DIVERGED
    steps_per_epoch: int
    lr: float
    batch_size: int
    engine: str


def sgd_path(lr=0.03, batch_size=10, epochs=3, n=1000, noise=0.01, seed=0, init="d2l", engine="scratch") -> Path:
    """Minibatch SGD on synthetic_data(n, noise, seed) from `init`: the same minibatches and initial weights
    for the same seed whichever engine ("scratch": the notes' loop; "gluon": Dense, L2Loss, Trainer)."""
    lr, batch_size, epochs, n, noise, seed, init, engine = checked(lr, batch_size, epochs, n, noise, seed, init, engine)
    X, y = synthetic_data(n, noise, seed)
    w0, b0, orders = plan(n, epochs, seed, init)
    theta = path_theta(X, y, w0, b0, orders, lr, batch_size, engine)
    loss = loss_of(quadratic(X, y), theta)
    bad = np.flatnonzero(~(loss <= DIVERGED) | ~np.isfinite(theta).all(axis=1))
    diverged_at = int(bad[0]) if bad.size else None
    end = len(loss) if diverged_at is None else diverged_at
    per_epoch = math.ceil(n / batch_size)
    theta, loss = theta[:end], loss[:end]
    epoch_loss = loss[::per_epoch][: epochs + 1].copy()
    return Path(theta[:, :2].copy(), theta[:, 2].copy(), loss, epoch_loss, diverged_at, per_epoch, lr, batch_size,
                engine)
