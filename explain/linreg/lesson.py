"""What the linear-regression page shows for one set of controls: the data, the closed form, both engines' runs
on the same minibatches, how far each lands from the closed form and the truth, and the curvature's limit."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explain.linreg.data import TRUE_B, TRUE_W, checked, plan, synthetic_data
from explain.linreg.path import Path, sgd_path
from explain.linreg.surface import Quadratic, batch_curvatures, curvature, loss_grid, loss_of, quadratic
from explain.linreg.verdicts import Outcome, outcome

__all__ = ["Lesson", "lesson", "surface", "N"]

N = 1000  # D2L's number of examples


@dataclass(frozen=True)
class Lesson:
    feature: np.ndarray  # (n,) the second feature, D2L's scatter
    labels: np.ndarray  # (n,)
    quadratic: Quadratic  # the loss as a quadratic: Hessian, closed-form optimum θ*, lowest loss
    scratch: Path
    gluon: Path
    difference: float  # the largest |scratch − gluon| over every step's w and b
    relative_difference: float  # the same, each divided by max(1, |scratch's value|): for runs that blow up
    curvature: float  # the Hessian's largest eigenvalue
    lr_limit: float  # 2 / curvature: full-batch gradient descent diverges above it
    batch_curvature: float  # the largest curvature of any of this run's minibatches (0 without steps)
    batch_lr_limit: float | None  # 2 / batch_curvature: a step on that minibatch overshoots above it (None: no steps)
    noise_floor: float  # σ²/2: the expected loss of the true w and b
    to_closed: dict  # engine → distance of its final (w, b) from the closed form's
    to_true: dict  # engine (and "closed") → distance of its final (w, b) from the true ones
    true_loss: float  # the true w, b's loss on these examples: half the mean of their squared noise
    outcome: Outcome  # what the run did (explain/linreg/verdicts.py), with the numbers to say it


def _distance(w, b, w_ref, b_ref) -> float:
    return float(np.linalg.norm(np.append(np.asarray(w) - np.asarray(w_ref), b - b_ref)))


def lesson(lr: float, batch_size: int, epochs: int, noise: float, seed: int, init: str) -> Lesson:
    """Everything the page shows for these controls (D2L's 1000 examples)."""
    lr, batch_size, epochs, n, noise, seed, init, _ = checked(lr, batch_size, epochs, N, noise, seed, init, "scratch")
    X, y = synthetic_data(n, noise, seed)
    q = quadratic(X, y)
    runs = {e: sgd_path(lr, batch_size, epochs, n, noise, seed, init, e) for e in ("scratch", "gluon")}
    common = min(len(r.b) for r in runs.values())
    a, g = runs["scratch"], runs["gluon"]
    sa = np.column_stack([a.w[:common], a.b[:common]])
    sg = np.column_stack([g.w[:common], g.b[:common]])
    difference = float(np.abs(sa - sg).max())
    relative_difference = float((np.abs(sa - sg) / np.maximum(1.0, np.abs(sa))).max())
    _, _, orders = plan(n, epochs, seed, init)
    sharp = batch_curvatures(X, orders, batch_size)
    top = curvature(q)
    w_hat, b_hat = q.theta[:2], q.theta[2]
    to_closed = {e: _distance(r.w[-1], r.b[-1], w_hat, b_hat) for e, r in runs.items() if r.diverged_at is None}
    to_true = {e: _distance(r.w[-1], r.b[-1], TRUE_W, TRUE_B) for e, r in runs.items() if r.diverged_at is None}
    to_true["closed"] = _distance(w_hat, b_hat, TRUE_W, TRUE_B)
    true_loss = float(loss_of(q, np.append(TRUE_W, TRUE_B)))
    batch_top = float(sharp.max()) if sharp.size else 0.0
    theta0 = np.append(a.w[0], a.b[0])
    verdict = outcome(q, a.loss, theta0, lr, batch_size, n, a.diverged_at, top, batch_top, noise, true_loss)
    return Lesson(X[:, 1].copy(), y, q, a, g, difference, relative_difference, top, 2.0 / top, batch_top,
                  2.0 / batch_top if batch_top else None, noise**2 / 2, to_closed, to_true, true_loss, verdict)


def surface(q: Quadratic, w1_range, w2_range, cells: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The loss over a cells × cells grid of (w₁, w₂) with b at its closed-form value: cell centres and values."""
    (a1, b1), (a2, b2) = w1_range, w2_range
    w1 = a1 + (np.arange(cells) + 0.5) * (b1 - a1) / cells
    w2 = a2 + (np.arange(cells) + 0.5) * (b2 - a2) / cells
    return w1, w2, loss_grid(q, w1, w2)
