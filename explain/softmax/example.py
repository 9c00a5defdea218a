"""Everything the page shows for one example (scores, true class, temperature), in one trip to the MXNet worker."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from explain import engine
from explain.softmax.overflow import Stability, _stability
from explain.softmax.probabilities import _autograd, _check, _softmax, entropy, entropy_curve, top_classes
from explain.softmax.scores import check_label


@dataclass(frozen=True)
class View:
    """Everything the softmax page shows for one set of logits, a true class and a temperature."""

    logits: tuple[float, ...]
    names: tuple[str, ...]
    label: int
    temperature: float
    probabilities: np.ndarray  # MXNet's softmax(o / T)
    loss: float  # Gluon's cross-entropy at T
    gradient: np.ndarray  # d loss / d logits at T, by autograd: (p - onehot(y)) / T
    entropy: float  # H(p), the spread of the prediction (not the cross-entropy H(y, p))
    winners: tuple[int, ...]  # the classes with the largest score (softmax keeps them on top)
    stability: Stability
    entropy_curve: pd.DataFrame  # temperature, entropy

    @property
    def tie(self) -> bool:
        """More than one class has the largest score."""
        return len(self.winners) > 1

    @property
    def rounded_tie(self) -> bool:
        """One class has the largest score, yet in float64 its probability equals another's."""
        return not self.tie and int(np.sum(self.probabilities == self.probabilities.max())) > 1


def view(logits: tuple[float, ...], names: tuple[str, ...], label: int, temperature: float) -> View:
    """One call for the page: probabilities, loss, gradient, entropy and the stability comparison."""
    o = _check(logits, temperature)
    y = check_label(label, o.size)
    p, loss, grad, stable = engine.run(_view_job, o, y, float(temperature))  # one trip to the MXNet worker
    return View(tuple(o), tuple(names), y, float(temperature), p, loss, grad, entropy(p), top_classes(o),
                stable, entropy_curve(o))


def _view_job(o, y, temperature):
    """On the MXNet worker: softmax, the loss and its gradient at T, and the stability comparison."""
    loss, grad = _autograd(o, y, temperature)
    return _softmax(o, temperature), loss, grad, _stability(o, y)
