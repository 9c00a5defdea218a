"""Model selection: K-fold cross-validation of every degree, by SGD and by the closed form; the chosen degree tested."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explain import engine
from explain.errors import InputError
from explain.fitting.closed_form import closed_form, closed_form_loss, half_mse
from explain.fitting.data import MAX_DEGREE, features, polynomial_data
from explain.fitting.fit import Fit, fit_polynomial
from explain.fitting.sgd import Plan, check_training, epoch_maps, sgd_plan, trajectory


def folds(n: int, k: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """D2L's K folds: fold j is samples [j·m, (j+1)·m) with m = n // k (the n mod k last samples unused); (train, val) indices."""
    m = n // k
    parts = [np.arange(j * m, (j + 1) * m) for j in range(k)]
    return [(np.concatenate([p for i, p in enumerate(parts) if i != j]), parts[j]) for j in range(k)]


def fold_train_size(n: int, k: int) -> int:
    """How many samples each of the K folds trains on: the other k − 1 parts of ⌊n/k⌋ samples."""
    return (k - 1) * (n // k)


@dataclass(frozen=True)
class CrossValidation:
    """Mean training and validation loss over the K folds, for one degree."""

    degree: int
    train_loss: float
    val_loss: float
    fold_train: np.ndarray  # (k,)
    fold_val: np.ndarray
    analytic_train: float  # the same with each fold's closed-form least-squares fit instead of SGD's
    analytic_val: float


def model_selection(data, degrees, k: int = 5, epochs: int = 100, lr: float = 0.01, batch_size: int = 10,
                    weight_decay: float = 0.0, seed: int = 0, n_train: int | None = None) -> list[CrossValidation]:
    """K-fold cross-validation of every degree: every fold, degree and epoch trained side by side (epoch maps)."""
    x_train, y_train = (np.asarray(a, dtype=np.float64) for a in data[:2])
    n = len(x_train) if n_train is None else n_train
    degrees = tuple(int(d) for d in degrees)
    if not (isinstance(n, (int, np.integer)) and 2 <= n <= len(x_train)):
        raise InputError("n_train", f"the training-set size must be from 2 to {len(x_train)}")
    if not degrees or not (isinstance(k, (int, np.integer)) and 2 <= k <= n):
        raise InputError("k", "K must be a whole number from 2 to the number of samples")
    for d in degrees:
        check_training(d, epochs, lr, batch_size, weight_decay)
    x, y = x_train[:n], y_train[:n]
    X = features(x, max(max(degrees), 1))
    split = folds(n, k)
    m = len(split[0][0])
    # every fold's shuffle is the same for all degrees
    orders = fold_orders(m, k, epochs, seed)
    maps, = engine.run(epoch_maps, np.stack([X[tr] for tr, _ in split]), np.stack([y[tr] for tr, _ in split]),
                       orders, min(batch_size, m), degrees, [(float(weight_decay), 0.0)], float(lr))
    results = []
    for d, (A, c) in zip(degrees, maps):
        init = fold_init(m, d, seed)
        final = trajectory(A, c, np.append(init.weight, init.bias))[:, -1]  # (folds, d+1)
        with np.errstate(all="ignore"):
            fold_train, fold_val = (np.array([half_mse(X[rows][:, :d] @ t[:d] + t[d], y[rows])
                                              for t, rows in zip(final, parts)])
                                    for parts in ([tr for tr, _ in split], [va for _, va in split]))
        exact = [closed_form(x[tr], y[tr], d, weight_decay)[0] for tr, _ in split]
        exact_train = np.array([closed_form_loss(f, x[tr], y[tr], d, weight_decay) for f, (tr, _) in zip(exact, split)])
        exact_val = np.array([half_mse(f(x[va]), y[va]) for f, (_, va) in zip(exact, split)])
        results.append(CrossValidation(d, float(fold_train.mean()), float(fold_val.mean()), fold_train, fold_val,
                                       float(exact_train.mean()), float(exact_val.mean())))
    return results


def cross_validate(data, degree: int, k: int = 5, epochs: int = 100, lr: float = 0.01, batch_size: int = 10,
                   weight_decay: float = 0.0, seed: int = 0) -> CrossValidation:
    """K-fold cross-validation of one degree: mean training and validation loss over the folds."""
    return model_selection(data, (degree,), k, epochs, lr, batch_size, weight_decay, seed)[0]


def fold_init(m: int, degree: int, seed: int) -> Plan:
    """The initial weights of a degree on every fold (the same on each fold)."""
    return sgd_plan(m, degree, 0, 1, seed, stream=100 + degree)


def fold_orders(m: int, k: int, epochs: int, seed: int) -> np.ndarray:
    """Each fold's shuffle of its m training samples in every epoch, (k, epochs, m): the same for every degree."""
    return np.stack([sgd_plan(m, 0, epochs, 1, seed, stream=2 + j).orders for j in range(k)])


def fold_plans(n: int, degree: int, k: int, epochs: int, batch_size: int, seed: int) -> list[Plan]:
    """The initial weights and shuffles model_selection uses for each fold (for checking it against plain Gluon)."""
    m = len(folds(n, k)[0][0])
    init = fold_init(m, degree, seed)
    return [Plan(init.weight, init.bias, orders, min(batch_size, m)) for orders in fold_orders(m, k, epochs, seed)]


@dataclass(frozen=True)
class Selection:
    """Cross-validation across degrees, the chosen degree, and that degree trained on all samples and tested;
    the same for the closed-form least-squares fits."""

    results: list
    chosen: int
    test_fit: Fit
    chosen_analytic: int
    analytic_test: float  # test loss of the closed-form fit of that degree to all the samples


def selection_scene(k: int, n_train: int, seed: int = 0) -> Selection:
    """K-fold validation of degrees 0–20 with D2L's settings; the degree with the lowest validation loss, tested."""
    data = polynomial_data(seed=seed)
    results = model_selection(data, range(MAX_DEGREE + 1), k, seed=seed, n_train=n_train)
    chosen = min(results, key=lambda r: (r.val_loss, r.degree)).degree
    exact = min(results, key=lambda r: (r.analytic_val, r.degree)).degree
    fitted = closed_form(data.x_train[:n_train], data.y_train[:n_train], exact)[0]
    return Selection(results, chosen, fit_polynomial(data, chosen, n_train=n_train, seed=seed), exact,
                     half_mse(fitted(data.x_test), data.y_test))
