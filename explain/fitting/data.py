"""D2L 3.11's synthetic data: the cubic y = 1.2x − 3.4x² + 5.6x³ + 5 + ε, its samples and the model's features."""
from __future__ import annotations

import math

import numpy as np

from explain.errors import InputError

# D2L 3.11: y = 1.2x − 3.4x² + 5.6x³ + 5 + ε
TRUE_W = (1.2, -3.4, 5.6)
TRUE_B = 5.0
MAX_DEGREE = 20
MAX_EPOCHS = 200
MAX_TRAIN = 100
CUBIC = 3  # powers up to x³ stay raw, as in D2L 3.11


def power_scale(i: int) -> float:
    """The divisor of column x^i: 1 up to x³ (D2L's raw features), 2^(i−3)·i!/3! above, so no column outgrows x³."""
    return 1.0 if i <= CUBIC else 2.0 ** (i - CUBIC) * math.factorial(i) / math.factorial(CUBIC)


def features(x, degree: int) -> np.ndarray:
    """Columns x^i / power_scale(i) for i = 1..degree (no column for the bias)."""
    x = np.asarray(x, dtype=np.float64)
    columns = [x ** i / power_scale(i) for i in range(1, degree + 1)]
    return np.stack(columns, axis=1) if columns else np.zeros((len(x), 0))


def true_curve(x) -> np.ndarray:
    """D2L's cubic without noise."""
    x = np.asarray(x, dtype=np.float64)
    return TRUE_B + sum(w * x ** (i + 1) for i, w in enumerate(TRUE_W))


def polynomial(weight, bias: float, x) -> np.ndarray:
    """b + Σ w_i x^i for coefficients on the original scale."""
    x = np.asarray(x, dtype=np.float64)
    return np.full_like(x, bias) + sum(w * x ** (i + 1) for i, w in enumerate(np.asarray(weight, dtype=np.float64)))


class PolyData(tuple):
    """x_train, y_train, x_test, y_test (a tuple, with the four also as attributes)."""

    __slots__ = ()
    x_train = property(lambda self: self[0])
    y_train = property(lambda self: self[1])
    x_test = property(lambda self: self[2])
    y_test = property(lambda self: self[3])


def polynomial_data(n_train: int = 100, n_test: int = 100, noise: float = 0.1, seed: int = 0) -> PolyData:
    """D2L 3.11's data: x ~ N(0, 1), y = 1.2x − 3.4x² + 5.6x³ + 5 + ε with ε ~ N(0, noise²)."""
    if not (isinstance(n_train, (int, np.integer)) and isinstance(n_test, (int, np.integer))
            and 1 <= n_train <= 10_000 and 1 <= n_test <= 10_000):
        raise InputError("size", "the sample sizes must be whole numbers from 1 to 10000")
    if not (math.isfinite(noise) and 0 <= noise <= 100):
        raise InputError("noise", "the noise must lie in [0, 100]")
    rng = np.random.default_rng(seed)
    x = rng.normal(size=n_train + n_test)
    y = true_curve(x) + noise * rng.normal(size=x.size)
    return PolyData((x[:n_train], y[:n_train], x[n_train:], y[n_train:]))
