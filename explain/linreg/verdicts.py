"""What a run did, as a kind a page can put in words, with the numbers each sentence cites.

The kinds, first match wins:
- "diverged": the run stopped at its first loss above 1e30 (cause "full": η > 2/λ_max of the whole loss;
  "batch": η is below that, but above 2/λ_max of a minibatch's own loss, whose steps overshoot);
- "over": not diverged yet, but η > 2/λ_max: along the sharpest direction every step multiplies the distance
  to the bottom by |1 − ηλ_max| > 1 (in expectation over the minibatches), so it is heading for divergence;
- "growing": the loss ended above where it started, with η below the whole loss's limit (the minibatches);
- "floor": the final loss is within FLOOR_TOLERANCE × max(σ²/2, the lowest loss) of the lowest loss these
  examples allow (the closed form's): it cannot go lower, whatever the epochs;
- "noisy": minibatches, and the final loss is above the lowest by more than NOISY × what full-batch gradient
  descent with the same η and the same number of steps leaves: the minibatches' noise holds it up;
- "falling": otherwise: full-batch descent is not finished either, more steps bring it down.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explain.linreg.surface import Quadratic

__all__ = ["FLOOR_TOLERANCE", "NOISY", "Outcome", "gd_loss", "outcome"]

FLOOR_TOLERANCE = 0.25
NOISY = 2.0


@dataclass(frozen=True)
class Outcome:
    kind: str  # "diverged", "over", "growing", "floor", "noisy", "falling"
    cause: str  # "full" or "batch" for "diverged"; "" otherwise
    start: float  # the loss before training
    final: float  # the loss after the last step (the last finite one of a diverged run)
    least: float  # the lowest loss any w, b reach on these examples: the closed form's
    floor: float  # σ²/2, the noise floor: the true w, b's expected loss
    true_loss: float  # the true w, b's loss on these very examples (half the mean squared noise)
    gd: float  # full-batch gradient descent's loss from the same start, same η, same number of steps
    factor: float  # |1 − η λ_max|: what a full-batch step does to the distance along the sharpest direction
    steps: int  # the steps taken (to the last finite one)

    @property
    def ratio(self) -> float:
        """The final loss over the lowest: 1 is the bottom."""
        return self.final / self.least if self.least > 0 else float("inf")


def gd_loss(q: Quadratic, theta0, lr: float, steps: int) -> float:
    """The loss after `steps` steps of full-batch gradient descent from theta0, exactly:
    θ_t − θ* = (I − ηH)^t (θ₀ − θ*), so along each eigenvector of H the distance is multiplied by (1 − ηλ)^t."""
    lam, vec = np.linalg.eigh(q.hessian)
    d = vec.T @ (np.asarray(theta0, dtype=np.float64) - q.theta)
    with np.errstate(all="ignore"):
        value = q.floor + 0.5 * float(np.sum(lam * (np.abs(1 - lr * lam) ** steps * d) ** 2))
    return value if np.isfinite(value) else float("inf")


def outcome(q: Quadratic, loss, theta0, lr: float, batch_size: int, n: int, diverged_at, curvature: float,
            batch_curvature: float, noise: float, true_loss: float) -> Outcome:
    """The kind of this run (see the module's docstring) and the numbers its sentence cites."""
    steps = len(loss) - 1
    limit = 2.0 / curvature
    numbers = dict(start=float(loss[0]), final=float(loss[-1]), least=q.floor, floor=noise**2 / 2,
                   true_loss=true_loss, gd=gd_loss(q, theta0, lr, steps), factor=abs(1 - lr * curvature), steps=steps)
    if diverged_at is not None:
        return Outcome("diverged", "full" if lr > limit else "batch", **numbers)
    if lr > limit:
        return Outcome("over", "", **numbers)
    if numbers["final"] > numbers["start"]:
        return Outcome("growing", "", **numbers)
    excess = numbers["final"] - q.floor
    if excess <= FLOOR_TOLERANCE * max(numbers["floor"], q.floor):
        return Outcome("floor", "", **numbers)
    if batch_size < n and excess > NOISY * (numbers["gd"] - q.floor):
        return Outcome("noisy", "", **numbers)
    return Outcome("falling", "", **numbers)
