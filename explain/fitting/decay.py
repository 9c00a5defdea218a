"""Weight decay on D2L 3.12's high-dimensional regression: every λ, decaying the weights only or the bias too."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explain import engine
from explain.fitting.sgd import batches, check_training, divergence, epoch_maps, l2_losses, sgd_plan, trajectory

# D2L 3.12: 20 samples, 200 inputs, w = 0.01, b = 0.05, noise 0.01
HD_TRAIN, HD_TEST, HD_INPUTS, HD_W, HD_B, HD_NOISE = 20, 100, 200, 0.01, 0.05, 0.01

# D2L (MXNet edition) 3.12, as published: ‖w‖₂ without decay and with λ = 3
D2L_312_NORM = {0.0: 11.6, 3.0: 0.042}


def high_dim_data(seed: int = 0):
    """D2L 3.12: 20 training and 100 test samples of 200 inputs ~ N(0, 1); y = 0.01·Σx + 0.05 + ε, ε ~ N(0, 0.01²)."""
    rng = np.random.default_rng([seed, 312])
    X = rng.normal(size=(HD_TRAIN + HD_TEST, HD_INPUTS))
    y = X.sum(axis=1) * HD_W + HD_B + HD_NOISE * rng.normal(size=len(X))
    return X[:HD_TRAIN], y[:HD_TRAIN], X[HD_TRAIN:], y[HD_TRAIN:]


@dataclass(frozen=True)
class Decay:
    """D2L 3.12 trained with weight decay λ: losses per epoch and the final ‖w‖₂."""

    lambd: float
    decay_bias: bool
    train_loss: np.ndarray
    test_loss: np.ndarray
    w_norm: float
    bias: float
    norms: np.ndarray  # ‖w‖₂ after each epoch, epoch 0 included
    diverged_at: int | None


LAMBDAS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0)  # the page's choices of λ, trained side by side


def weight_decay(lambd: float, decay_bias: bool = False, epochs: int = 100, lr: float = 0.003, seed: int = 0) -> Decay:
    """D2L 3.12 with Gluon: batch 1, weights ~ N(0, 1); trainer_w decays the weights, trainer_b the bias only if asked."""
    return decay_sweep((lambd,), epochs, lr, seed, modes=(bool(decay_bias),))[(float(lambd), bool(decay_bias))]


def decay_sweep(lambdas=LAMBDAS, epochs: int = 100, lr: float = 0.003, seed: int = 0,
                modes=(False, True)) -> dict[tuple[float, bool], Decay]:
    """D2L 3.12 for every λ and both ways of decaying (weights only; weights and bias), all trained side by side.

    With 20 samples, the 200 weights move only within the 20-dimensional span of the samples' inputs
    (the gradient x·(ŷ − y) lies there); across it they only decay, by (1 − lr·λ) at every step. So Gluon
    trains the same nn.Dense on the inputs' 20 coordinates in that span (a rotation: the loss and the
    decay ½λ‖w‖² keep their form), every epoch at once as for the polynomials, and the other 180
    directions of the initial weights shrink geometrically: the same weights as the plain loop.
    """
    for lambd in lambdas:
        check_training(1, epochs, lr, 1, lambd)
    X, y, Xt, yt = high_dim_data(seed)
    plan = sgd_plan(HD_TRAIN, HD_INPUTS, epochs, 1, seed, init="normal", stream=3)
    models = list(dict.fromkeys((float(lam), bool(mode)) for mode in modes for lam in lambdas))
    basis = np.linalg.svd(X, full_matrices=False)[2].T  # (200, 20): orthonormal, spans the training inputs
    rest = plan.weight - basis @ (basis.T @ plan.weight)  # the part of the initial weights no gradient touches
    decays = [(lam, lam if mode else 0.0) for lam, mode in models]
    maps = engine.run(epoch_maps, (X @ basis)[None], y[None], plan.orders[None], plan.batch_size,
                      (basis.shape[1],), decays, float(lr))
    steps = np.arange(epochs + 1) * len(batches(HD_TRAIN, plan.batch_size))  # SGD steps taken after each epoch
    out = {}
    for (lam, mode), ((A, c),) in zip(models, maps):
        inside = trajectory(A[0], c[0], np.append(basis.T @ plan.weight, plan.bias))  # (epochs+1, 21)
        with np.errstate(all="ignore"):
            weights = inside[:, :-1] @ basis.T + (1 - lr * lam) ** steps[:, None] * rest
        path = np.column_stack([weights, inside[:, -1]])
        train, test = engine.run(l2_losses, path, X, y), engine.run(l2_losses, path, Xt, yt)
        with np.errstate(all="ignore"):
            norms = np.linalg.norm(weights, axis=1)
        out[(lam, mode)] = Decay(lam, mode, train[1:], test[1:], float(norms[-1]), float(path[-1, -1]), norms,
                                 divergence(train[1:]))
    return out
