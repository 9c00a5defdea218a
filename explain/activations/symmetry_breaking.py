"""Why the initial weights must be random: a small MLP trained from equal weights keeps its hidden units copies."""
from __future__ import annotations

from dataclasses import dataclass

import mxnet as mx
import numpy as np
from mxnet import autograd, nd

from explain import engine

# the small MLP: 3 inputs → 4 tanh units → 1 output, trained for SYMMETRY_STEPS SGD steps
SYMMETRY_UNITS = 4  # hidden units of the small MLP
SYMMETRY_INPUTS = 3
SYMMETRY_STEPS = 20


@dataclass(frozen=True)
class Symmetry:
    """The hidden layer's weights of one small MLP after SGD, started from equal or from random weights."""

    start: str  # "equal" or "random"
    weights: np.ndarray  # (units, inputs): row j holds the weights into hidden unit j, after training
    loss: float  # the training loss after the last step

    @property
    def spread(self) -> float:
        """The largest difference between any two hidden units' weights (0: the units are copies)."""
        return float(np.max(np.ptp(self.weights, axis=0)))


def _symmetry_data(seed: int, batch: int = 16):
    """A seeded regression task for the small MLP: inputs and a non-linear target."""
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, SYMMETRY_INPUTS))
    y = np.sin(x @ np.array([1.0, -2.0, 0.5]))[:, None]
    return x, y, rng


def symmetry(start: str, seed: int = 0, steps: int = 20, lr: float = 0.5) -> Symmetry:
    """Train a 3 → 4 (tanh) → 1 MLP with Gluon for `steps` SGD steps, from equal (0.5) or random weights."""
    if start not in ("equal", "random"):
        raise ValueError("start is 'equal' or 'random'")
    if not 0 <= steps <= 1000:
        raise ValueError("steps 0-1000")
    x, y, rng = _symmetry_data(seed)
    if start == "equal":
        w1 = np.full((SYMMETRY_UNITS, SYMMETRY_INPUTS), 0.5)
        w2 = np.full((1, SYMMETRY_UNITS), 0.5)
    else:
        w1 = rng.normal(0.0, 0.5, (SYMMETRY_UNITS, SYMMETRY_INPUTS))
        w2 = rng.normal(0.0, 0.5, (1, SYMMETRY_UNITS))
    weights, loss = engine.run(_train_small_mlp, x, y, w1, w2, steps, lr)
    return Symmetry(start, weights, loss)


def _train_small_mlp(x, y, w1, w2, steps, lr):
    """On the MXNet worker: Gluon Dense layers with the given weights, L2Loss, SGD; returns W1 and the loss."""
    from mxnet import gluon
    from mxnet.gluon import nn

    net = nn.Sequential()
    net.add(nn.Dense(SYMMETRY_UNITS, activation="tanh", in_units=SYMMETRY_INPUTS, dtype="float64"),
            nn.Dense(1, in_units=SYMMETRY_UNITS, dtype="float64"))
    net.initialize(mx.init.Zero())  # biases start at 0; the weights are set just below
    net[0].weight.set_data(nd.array(w1, dtype="float64"))
    net[1].weight.set_data(nd.array(w2, dtype="float64"))
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": lr})
    loss_fn = gluon.loss.L2Loss()
    features, labels = nd.array(x, dtype="float64"), nd.array(y, dtype="float64")
    for _ in range(steps):
        with autograd.record():
            loss = loss_fn(net(features), labels)
        loss.backward()
        trainer.step(x.shape[0])
    final = float(loss_fn(net(features), labels).mean().asscalar())
    return net[0].weight.data().asnumpy(), final
