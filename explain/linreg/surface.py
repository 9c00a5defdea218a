"""The squared loss of a linear model as the quadratic it is: the closed form (解析解), the loss of any
(w, b) from three sums of the data, the curvature that bounds the learning rate, the loss surface."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explain.linreg.recipe import closed_form

__all__ = ["closed_form", "Quadratic", "quadratic", "loss_of", "curvature", "lr_limit", "batch_curvatures",
           "loss_grid"]


@dataclass(frozen=True)
class Quadratic:
    """ℓ(θ) = floor + ½ (θ − θ*)ᵀ H (θ − θ*), θ = (w₁, w₂, b): exact for the mean of ½(ŷ − y)²."""

    hessian: np.ndarray  # (3, 3) ZᵀZ / n, Z = [X 1]
    theta: np.ndarray  # (3,) the least-squares optimum θ*
    floor: float  # ℓ(θ*): the lowest training loss any w, b reach


def design(X) -> np.ndarray:
    """Z = [X 1] in float64."""
    return np.column_stack([np.asarray(X, dtype=np.float64), np.ones(len(X))])


def quadratic(X, y) -> Quadratic:
    """The loss's Hessian, optimum and minimum, from the data (float64)."""
    Z, y = design(X), np.asarray(y, dtype=np.float64)
    w, b = closed_form(X, y)
    theta = np.append(w, b)
    residual = Z @ theta - y
    return Quadratic(Z.T @ Z / len(y), theta, float(0.5 * np.mean(residual**2)))


def loss_of(q: Quadratic, theta) -> np.ndarray:
    """ℓ at each row of theta (..., 3); inf where it overflows. Stable near θ* (no cancellation of big sums)."""
    with np.errstate(all="ignore"):
        d = np.asarray(theta, dtype=np.float64) - q.theta
        value = q.floor + 0.5 * np.einsum("...i,ij,...j->...", d, q.hessian, d)
    return np.where(np.isfinite(value), value, np.inf)


def curvature(q: Quadratic) -> float:
    """The largest eigenvalue of the Hessian: the loss's sharpest curvature."""
    return float(np.linalg.eigvalsh(q.hessian)[-1])


def lr_limit(q: Quadratic) -> float:
    """Full-batch gradient descent diverges for a learning rate above 2 / the largest curvature."""
    return 2.0 / curvature(q)


def batch_curvatures(X, orders, batch_size: int) -> np.ndarray:
    """The largest curvature of each minibatch's own loss, Σ z zᵀ / batch_size over its examples (as sgd divides)."""
    if not len(orders):
        return np.zeros(0)
    Z, n = design(X), len(X)
    per_epoch = -(-n // batch_size)
    padded = np.zeros((len(orders), per_epoch * batch_size), dtype=np.int64)
    keep = np.zeros(padded.shape)
    padded[:, :n], keep[:, :n] = np.asarray(orders), 1  # a short last batch: padding rows count 0
    Zb = (Z[padded] * keep[..., None]).reshape(-1, batch_size, 3)
    return np.linalg.eigvalsh(np.einsum("sbi,sbj->sij", Zb, Zb) / batch_size)[:, -1]


def loss_grid(q: Quadratic, w1, w2) -> np.ndarray:
    """ℓ(w₁, w₂, b*) over the grid w1 × w2 (rows: w2), with b at the closed form's value."""
    W1, W2 = np.meshgrid(np.asarray(w1, dtype=np.float64), np.asarray(w2, dtype=np.float64))
    theta = np.stack([W1, W2, np.full_like(W1, q.theta[2])], axis=-1)
    return loss_of(q, theta)
