"""The closed form beside SGD: the exact minimiser of the training loss (least squares; ridge with weight decay)."""
from __future__ import annotations

import numpy as np

from explain.fitting.data import features, power_scale


def analytic(X, y, weight_decay: float = 0.0, decay_bias: bool = False) -> tuple[np.ndarray, float]:
    """The closed-form minimiser of mean ½(Xw + b − y)² + ½λ‖w‖² (the smallest one if many fit exactly)."""
    n, d = X.shape
    Z = np.column_stack([X, np.ones(n)])
    if weight_decay == 0 and n > d:
        # one minimiser: found with every column scaled to length 1, so that a high power, tiny on this scale,
        # is not mistaken for rounding noise and dropped
        length = np.linalg.norm(Z, axis=0)
        length[length == 0] = 1.0
        theta = np.linalg.lstsq(Z / length, y, rcond=None)[0] / length
    elif weight_decay == 0:
        # many polynomials fit every point: the one with the smallest weights, which SGD from small weights approaches
        theta = np.linalg.lstsq(Z, y, rcond=None)[0]
    else:
        penalty = np.diag([1.0] * d + [1.0 if decay_bias else 0.0]) * weight_decay
        theta = np.linalg.lstsq(Z.T @ Z / n + penalty, Z.T @ y / n, rcond=None)[0]
    return theta[:d], float(theta[d])


def least_squares(x, y, degree: int) -> np.polynomial.Chebyshev:
    """The least-squares polynomial of this degree through (x, y), as a callable: solved in the Chebyshev basis on
    x's range, which stays well conditioned where the powers x^i do not (their matrix reaches cond ~1e14 at degree 20)."""
    return np.polynomial.Chebyshev.fit(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64), degree)


def closed_form(x, y, degree: int, weight_decay: float = 0.0):
    """The minimiser of the training loss (+ ½λ‖w‖² on the model's weights) as a function of x, and its coefficients
    b, w_1..w_d on the original scale."""
    scale = np.array([power_scale(i) for i in range(1, degree + 1)])
    if weight_decay == 0 and len(x) > degree:  # one minimiser, whatever the basis
        fitted = least_squares(x, y, degree)
        coef = fitted.convert(kind=np.polynomial.Polynomial).coef
        coef = np.pad(coef, (0, degree + 1 - len(coef)))
        return fitted, coef[1:], float(coef[0])
    # ridge, or many exact fits (the smallest weights): the answer depends on the model's own scaled powers
    w, b = analytic(features(x, degree), y, weight_decay)
    return (lambda points: features(points, degree) @ w + b), w / scale, b


def closed_curve(x, y, degree: int, weight_decay: float = 0.0):
    """closed_form's minimiser as a function of x alone (no coefficients: converting them costs more than the fit)."""
    if weight_decay == 0 and len(x) > degree:
        return least_squares(x, y, degree)
    return closed_form(x, y, degree, weight_decay)[0]


def closed_form_loss(fitted, x, y, degree: int, weight_decay: float = 0.0) -> float:
    """The training loss of the closed form: exactly 0 when the polynomial has a coefficient per sample (it then
    passes through every point; computed, it would show rounding noise of 1e-25)."""
    if weight_decay == 0 and degree + 1 >= len(x):
        return 0.0
    return half_mse(fitted(x), y)


def half_mse(pred, y) -> float:
    """Gluon's L2Loss averaged: mean ½(prediction − y)²."""
    return float(0.5 * np.mean((pred - y) ** 2))
