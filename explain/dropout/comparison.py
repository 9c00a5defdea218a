"""The effect on overfitting, as the page compares it: losses per epoch, the fitted functions, the final gaps.

A recorded run when both p are slider positions of the page's defaults (explain.dropout.recorded), else a training.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from explain.dropout.masks import check_p
from explain.dropout.recorded import recorded_twins
from explain.dropout.twins import EVERY, MODELS, TRAIN_SIZE, curve_inputs, synthetic, train_twins
from explain.dropout.verdicts import Comparison, Ensemble, Rise, comparison, ensemble, rise


@dataclass(frozen=True)
class Overfitting:
    """Train and test loss per epoch for the MLP without and with dropout, the fitted curves, the final gaps."""

    curves: pd.DataFrame  # model ("plain"/"dropout"), split ("train"/"test"), epoch, loss
    fits: pd.DataFrame  # model ("plain"/"dropout"/"truth"), x, y
    points: pd.DataFrame  # the training set: x, y
    final: dict  # (model, split) → MSE after the last epoch
    best_epoch: dict  # model → the recorded epoch with the lowest test loss
    best_test: dict  # model → that lowest test loss
    off_truth: dict  # model → mean squared difference between its fitted function and sin(x) over [−3, 3]
    losses: np.ndarray  # (recordings, 4): plain train, plain test, dropout train, dropout test
    thinned: np.ndarray  # (2, curve points): mean and sd of the trained dropout model's sampled thinned networks
    p: tuple  # (p1, p2)

    @property
    def gap_plain(self) -> float:
        """Test − train loss after the last epoch, without dropout."""
        return self.final["plain", "test"] - self.final["plain", "train"]

    @property
    def gap_dropout(self) -> float:
        """The same with dropout."""
        return self.final["dropout", "test"] - self.final["dropout", "train"]

    @property
    def truth(self) -> float:
        """sin(x)'s own mean squared error on the training points (σ² only on average)."""
        return float(np.mean((np.sin(self.points["x"]) - self.points["y"]) ** 2))

    @property
    def rise(self) -> Rise:
        """Did the plain model's test loss rise beyond its wiggle while its training loss fell below sin(x)'s own
        loss on the same training points?"""
        return rise(self.losses, self.truth)

    @property
    def ensemble(self) -> Ensemble:
        """The trained dropout model's prediction beside the average of its sampled thinned networks."""
        fit = self.fits[self.fits.model == "dropout"]
        return ensemble(fit["x"].to_numpy(), fit["y"].to_numpy(), self.thinned, *self.p)

    @property
    def comparison(self) -> Comparison:
        """Does dropout narrow the gap by predicting better, or only because it underfits?"""
        return comparison(self.final, self.truth)


def overfitting(p1, p2, n_train: int = TRAIN_SIZE, seed: int = 0) -> Overfitting:
    """The comparison the page draws: losses per epoch, the two fitted functions over the training points."""
    p1, p2 = check_p(p1), check_p(p2)
    trained = recorded_twins(p1, p2, n_train, seed) or train_twins(p1, p2, n_train, seed)
    losses = trained.losses
    epochs = np.arange(1, len(losses) + 1) * EVERY
    columns = [(model, split) for model in MODELS for split in ("train", "test")]
    curves = pd.concat([pd.DataFrame({"model": model, "split": split, "epoch": epochs, "loss": losses[:, k]})
                        for k, (model, split) in enumerate(columns)], ignore_index=True)
    x = curve_inputs()
    fits = pd.concat([pd.DataFrame({"model": name, "x": x, "y": y})
                      for name, y in zip((*MODELS, "truth"), (*trained.fits, np.sin(x)))], ignore_index=True)
    x_train, y_train, _, _ = synthetic(int(n_train), seed)
    final = {key: float(losses[-1, k]) for k, key in enumerate(columns)}
    best = {model: int(np.argmin(losses[:, 2 * m + 1])) for m, model in enumerate(MODELS)}
    return Overfitting(curves, fits, pd.DataFrame({"x": x_train, "y": y_train}), final,
                       {model: int(epochs[k]) for model, k in best.items()},
                       {model: float(losses[k, 2 * m + 1]) for m, (model, k) in enumerate(best.items())},
                       {model: float(np.mean((trained.fits[m] - np.sin(x)) ** 2)) for m, model in enumerate(MODELS)},
                       losses, trained.thinned, (p1, p2))
