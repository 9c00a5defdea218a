"""Recorded runs: the page's default training set trained once for every pair of slider positions.

A rerun that moves p1 or p2 then reads the run instead of training for ~0.2 s (40 students moving p1 at
once would queue 40 trainings). `python -m explain.record` writes the file with train_twins itself, and
tests/dropout/test_dropout.py retrains a sample of it; a file made for other constants is not used (the
signature names the constants, MXNet's version and OpenBLAS's kernels only: moving the code or the file keeps a record
valid).
"""
from __future__ import annotations

import functools
from pathlib import Path

import mxnet as mx
import numpy as np

from explain import engine
from explain.dropout.twins import (CURVE_POINTS, EPOCHS, EVERY, LEARNING_RATE, MODELS, NOISE, SMALL_HIDDEN, TEST_SIZE,
                                   THINNED, TRAIN_SIZE, X_RANGE, Trained, train_twins)

RECORDED = Path(__file__).with_name("dropout_runs.npz")
GRID_STEPS = 20  # p = 0, 0.05, …, 1: the sliders' positions


def recording_signature() -> str:
    """What a recorded run depends on besides p1 and p2: a file made for other values is ignored."""
    return (f"mxnet {mx.__version__}; epochs {EPOCHS} every {EVERY}; adam lr {LEARNING_RATE}; 1-{SMALL_HIDDEN}-"
            f"{SMALL_HIDDEN}-1; n {TRAIN_SIZE} test {TEST_SIZE} noise {NOISE} x ±{X_RANGE}; curve {CURVE_POINTS}; seed 0; "
            f"thinned {THINNED}; openblas {engine.blas_kernels()}")  # other kernels round otherwise (explain/__init__.py)


def grid_position(p: float) -> int | None:
    """k when p is the slider position k / GRID_STEPS, else None."""
    k = round(p * GRID_STEPS)
    return k if abs(p * GRID_STEPS - k) < 1e-9 and 0 <= k <= GRID_STEPS else None


@functools.lru_cache(maxsize=1)
def _recorded_runs() -> dict | None:
    """The recorded losses (steps, steps, recordings, 4) and fits (steps, steps, 2, curve points), or None."""
    try:
        with np.load(RECORDED) as runs:
            if str(runs["signature"]) != recording_signature():
                return None
            return {"losses": runs["losses"], "fits": runs["fits"].astype(np.float64),
                    "thinned": runs["thinned"].astype(np.float64)}
    except (OSError, KeyError, ValueError):
        return None


def recorded_twins(p1: float, p2: float, n_train: int, seed: int) -> Trained | None:
    """train_twins(p1, p2, n_train, seed) as recorded, when both p are slider positions of the page's defaults."""
    runs = _recorded_runs()
    i, j = grid_position(p1), grid_position(p2)
    if runs is None or i is None or j is None or n_train != TRAIN_SIZE or seed != 0:
        return None
    return Trained(runs["losses"][i, j].copy(), runs["fits"][i, j].copy(), None, runs["thinned"][i, j].copy())


def record_runs(path: Path = RECORDED) -> None:
    """Train every pair of slider positions with train_twins and write the runs to `path` (about a minute and a half)."""
    steps = GRID_STEPS + 1
    losses = np.zeros((steps, steps, EPOCHS // EVERY, 4))
    fits = np.zeros((steps, steps, len(MODELS), CURVE_POINTS), dtype=np.float32)  # the network's own float32
    thinned = np.zeros((steps, steps, 2, CURVE_POINTS), dtype=np.float32)  # mean and sd of the thinned networks
    for i in range(steps):
        for j in range(steps):
            trained = train_twins(i / GRID_STEPS, j / GRID_STEPS)
            losses[i, j], fits[i, j], thinned[i, j] = trained.losses, trained.fits, trained.thinned
    np.savez_compressed(path, signature=np.array(recording_signature()), losses=losses, fits=fits, thinned=thinned)
