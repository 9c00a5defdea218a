"""One polynomial fitted by SGD: its losses and weights after every epoch, beside the closed form (verdicts.py judges it)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explain import engine
from explain.errors import InputError
from explain.fitting.closed_form import closed_form, closed_form_loss, half_mse
from explain.fitting.data import MAX_TRAIN, features, polynomial_data, power_scale
from explain.fitting.sgd import check_training, divergence, epoch_maps, l2_losses, sgd_plan, trajectory

# D2L's own run of 3.11 as the book prints it: 《动手学深度学习》 (Dive into Deep Learning, the MXNet edition in
# Chinese, d2l-zh 1.x), section 3.11 模型选择、欠拟合和过拟合, the output stored with its notebook (train / test loss
# after 100 epochs; the cubic's weight and bias)
D2L_SOURCE = "d2l-zh 1.x, section 3.11"
D2L_311 = {"cubic": (0.00705, 0.01168), "linear": (43.998, 160.79), "two": (0.4027, 103.31)}
D2L_311_W, D2L_311_B = (1.3258, -3.3632, 5.5623), 4.951


@dataclass(frozen=True)
class Fit:
    """One polynomial trained by minibatch SGD: losses per epoch, weights on the original scale, the analytic solution."""

    degree: int
    train_loss: np.ndarray  # (epochs,) L2Loss on the training set after each epoch
    test_loss: np.ndarray
    start_loss: tuple[float, float]  # train and test loss of the initial weights (epoch 0)
    weight: np.ndarray  # coefficients of x¹..x^degree after the last epoch, original scale
    bias: float
    diverged: bool
    diverged_at: int | None  # first epoch with a loss beyond float32, or None
    history_w: np.ndarray  # (epochs+1, degree) coefficients after each epoch (epoch 0: the initial ones)
    history_b: np.ndarray  # (epochs+1,)
    analytic_w: np.ndarray  # the minimiser of the same loss (least squares, ridge on the weights with wd)
    analytic_b: float
    analytic_train: float
    analytic_test: float
    n_train: int

    @property
    def distance(self) -> float:
        """‖(w, b) − (w*, b*)‖₂: how far SGD's last coefficients lie from the closed form's (original scale)."""
        return float(np.linalg.norm(np.append(self.weight - self.analytic_w, self.bias - self.analytic_b)))


def fit_polynomial(data, degree: int, epochs: int = 100, lr: float = 0.01, batch_size: int = 10,
                   weight_decay: float = 0.0, n_train: int | None = None, seed: int = 0) -> Fit:
    """Train b + Σ w_i x^i/s_i with nn.Dense, L2Loss and Trainer('sgd', wd on the weights) on the first n_train samples."""
    x_train, y_train, x_test, y_test = (np.asarray(a, dtype=np.float64) for a in data)
    n = len(x_train) if n_train is None else n_train
    if not (isinstance(n, (int, np.integer)) and 1 <= n <= len(x_train)):
        raise InputError("n_train", f"the training-set size must be a whole number from 1 to {len(x_train)}")
    check_training(degree, epochs, lr, batch_size, weight_decay)
    x, y = x_train[:n], y_train[:n]
    X, Xt = features(x, degree), features(x_test, degree)
    plan = sgd_plan(n, degree, epochs, batch_size, seed)
    width = max(degree, 1)  # MXNet has no empty arrays: degree 0 keeps one column it never uses
    pad = lambda M: np.column_stack([M, np.zeros((len(M), width - degree))])
    ((A, c),), = engine.run(epoch_maps, pad(X)[None], y[None], plan.orders[None], plan.batch_size, (degree,),
                            [(float(weight_decay), 0.0)], float(lr))
    theta = trajectory(A[0], c[0], np.append(plan.weight, plan.bias))
    train, test = engine.run(l2_losses, theta, X, y), engine.run(l2_losses, theta, Xt, y_test)
    at = divergence(train[1:])
    scale = np.array([power_scale(i) for i in range(1, degree + 1)])
    with np.errstate(all="ignore"):
        history_w = theta[:, :degree] / scale
    exact, aw, ab = closed_form(x, y, degree, weight_decay)
    return Fit(degree, train[1:], test[1:], (float(train[0]), float(test[0])), history_w[-1], float(theta[-1, -1]),
               at is not None, at, history_w, theta[:, -1], aw, ab,
               closed_form_loss(exact, x, y, degree, weight_decay), half_mse(exact(x_test), y_test), n)


def fit_scene(degree: int, n_train: int, noise: float, epochs: int, lr: float, batch_size: int,
              weight_decay: float, seed: int):
    """D2L 3.11's data for this noise and seed, and the polynomial fitted to its first n_train samples."""
    data = polynomial_data(MAX_TRAIN, 100, noise, seed)
    return data, fit_polynomial(data, degree, epochs, lr, batch_size, weight_decay, n_train, seed)


def d2l_cases(seed: int = 0) -> dict[str, Fit]:
    """D2L 3.11's three runs on this page's data: cubic, linear, cubic on 2 samples."""
    data = polynomial_data(seed=seed)
    return {"cubic": fit_polynomial(data, 3, seed=seed), "linear": fit_polynomial(data, 1, seed=seed),
            "two": fit_polynomial(data, 3, n_train=2, seed=seed)}
