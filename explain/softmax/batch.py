"""A seeded batch of examples: Gluon's loss for each, their mean, and the joint probability of the labels."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from mxnet import nd

from explain import engine
from explain.errors import InputError
from explain.softmax.probabilities import _gluon_losses
from explain.softmax.scores import MAX_CLASSES, MIN_CLASSES


@dataclass(frozen=True)
class Batch:
    """A seeded batch of examples and their losses, computed as Gluon computes them."""

    table: pd.DataFrame  # example, logits (text), label, p_label, loss
    mean: float  # l = -1/n sum log p_label
    likelihood: float  # the product of p_label: the probability the model gives all n labels at once

    @property
    def log_likelihood(self) -> float:
        """log of that product, -n l: minimising the mean loss maximises it."""
        return float(np.log(self.table["p_label"]).sum())


def batch_losses(classes: int, size: int, seed: int) -> Batch:
    """n examples with random logits and labels at temperature 1; Gluon's per-example loss and their mean."""
    if not (MIN_CLASSES <= classes <= MAX_CLASSES and 1 <= size <= 32):
        raise InputError("shape", "2-10 classes and 1-32 examples")
    rng = np.random.default_rng(seed)
    logits = np.round(rng.normal(0.0, 2.0, (size, classes)), 2)
    labels = rng.integers(0, classes, size)
    losses, p = engine.run(_batch_job, logits, labels)
    table = pd.DataFrame({
        "example": np.arange(1, size + 1),
        "logits": [", ".join(f"{v:g}" for v in row) for row in logits],
        "label": labels,
        "p_label": p[np.arange(size), labels],
        "loss": losses,
    })
    return Batch(table, float(losses.mean()), float(np.exp(-losses.sum())))


def _batch_job(logits, labels):
    """On the MXNet worker: Gluon's losses and the softmax probabilities of a batch."""
    return _gluon_losses(logits, labels, 1.0), nd.softmax(nd.array(logits, dtype="float64")).asnumpy()
