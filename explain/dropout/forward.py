"""The notes' 784-256-256-10 network with seeded He-normal weights, one seeded input through it (prediction mode)."""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np
from mxnet import init, nd
from mxnet.gluon import nn

from explain import engine

# The notes' network: 784 inputs, two hidden layers of 256 with drop_prob1 and drop_prob2, 10 outputs.
INPUTS, HIDDEN, OUTPUTS = 784, 256, 10
DROP_PROB1, DROP_PROB2 = 0.2, 0.5


@dataclass(frozen=True)
class Layers:
    """One input pushed through the notes' network (predict mode): both hidden layers and the weights."""

    x: np.ndarray  # (784,) a seeded input in [0, 1)
    h1: np.ndarray  # (256,) relu(W1 x + b1)
    h2: np.ndarray  # (256,) relu(W2 h1 + b2)
    weights: tuple  # W1 (256, 784), W2 (256, 256), W3 (10, 256)


def layers(seed: int) -> Layers:
    """The notes' 784-256-256-10 network with seeded He-normal weights, run by Gluon in prediction mode."""
    return _layers(int(seed))


def hidden(seed: int, layer: int) -> np.ndarray:
    """The 256 activations of hidden layer 1 or 2 for the seeded input (without the weights behind them)."""
    net = layers(seed)
    return np.array(net.h1 if layer == 1 else net.h2)


@functools.lru_cache(maxsize=8)
def _layers(seed: int) -> Layers:
    """`layers`, remembered: the network diagram and the grid of one seed share it (read-only arrays)."""
    rng = np.random.default_rng([seed, 0])
    x = rng.random(INPUTS)
    sizes = (INPUTS, HIDDEN, HIDDEN, OUTPUTS)
    weights = tuple(rng.normal(0.0, math.sqrt(2.0 / n_in), (n_out, n_in)) for n_in, n_out in zip(sizes, sizes[1:]))
    h1, h2 = engine.run(_forward, x, weights)
    for array in (x, h1, h2, *weights):
        array.setflags(write=False)
    return Layers(x, h1, h2, weights)


def _forward(x, weights):
    """On the MXNet worker: Dense(256, relu) twice with the given weights (zero biases), dropout layers idle."""
    net = nn.Sequential()
    net.add(nn.Dense(HIDDEN, activation="relu", in_units=INPUTS), nn.Dropout(DROP_PROB1),
            nn.Dense(HIDDEN, activation="relu", in_units=HIDDEN))
    net.initialize(init.Zero())
    net[0].weight.set_data(nd.array(weights[0], dtype="float32"))
    net[2].weight.set_data(nd.array(weights[1], dtype="float32"))
    h1 = net[0](nd.array(x[None, :], dtype="float32"))
    h2 = net[2](net[1](h1))  # outside autograd.record(): prediction mode, nn.Dropout is the identity
    return h1.asnumpy()[0].astype(np.float64), h2.asnumpy()[0].astype(np.float64)
