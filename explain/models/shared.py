"""Shared parameters (共享模型参数, D2L 4.2.3): two layers built with one params= object use one weight, so its
gradient is the sum of the gradients of its two uses. The same network untied (two copies of equal values)
gives each use's gradient; autograd on the tied network gives their sum."""
from __future__ import annotations

from dataclasses import dataclass

import mxnet as mx
import numpy as np
from mxnet import autograd, init, nd
from mxnet.gluon import nn

from explain import engine
from explain.errors import InputError

__all__ = ["SHARED_IN", "SHARED_UNITS", "SHARED_BATCH", "Shared", "shared_gradient", "MAX_SEED"]

SHARED_IN, SHARED_UNITS, SHARED_BATCH = 4, 3, 2  # X is 2 × 4; the shared layer is 3 → 3
MAX_SEED = 99


@dataclass(frozen=True)
class Shared:
    x: np.ndarray  # the input (2, 4)
    weights: dict  # "first", "shared", "last": the weights (Dense's (units, in) layout)
    biases: dict
    use1: np.ndarray  # the gradient of the shared weight's first use (untied copy)
    use2: np.ndarray  # … of its second use
    tied: np.ndarray  # autograd's gradient of the one shared weight
    same_object: bool  # net[1].weight is net[2].weight
    unique: int  # parameters in net.collect_params() (the shared ones once)
    used: int  # parameters as the forward pass uses them (the shared ones twice)


def _net(shared_params: bool):
    """D2L's example, small: Dense(3) → shared Dense(3) → Dense(3, params=shared.params) → Dense(1), tanh."""
    net = nn.Sequential(prefix="tied_" if shared_params else "untied_")
    with net.name_scope():
        shared = nn.Dense(SHARED_UNITS, activation="tanh", in_units=SHARED_UNITS)
        second = (nn.Dense(SHARED_UNITS, activation="tanh", in_units=SHARED_UNITS, params=shared.params)
                  if shared_params else nn.Dense(SHARED_UNITS, activation="tanh", in_units=SHARED_UNITS))
        net.add(nn.Dense(SHARED_UNITS, activation="tanh", in_units=SHARED_IN), shared, second, nn.Dense(1, in_units=SHARED_UNITS))
    return net


def shared_gradient(seed: int = 0) -> Shared:
    """The shared weight's gradient of y = net(X).sum(), tied, and per use from the untied twin."""
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise InputError("range", f"seed must lie in [0, {MAX_SEED}]", name="seed", value=seed, lo=0, hi=MAX_SEED)
    return engine.run(_shared_job, seed)


def _shared_job(seed):
    mx.random.seed(seed)
    X = nd.random.uniform(shape=(SHARED_BATCH, SHARED_IN))
    tied = _net(True)
    tied.initialize(init.Normal(sigma=1.0))
    untied = _net(False)
    untied.initialize()
    for i, j in ((0, 0), (1, 1), (1, 2), (3, 3)):  # the twin's layers 1 and 2 both get the shared values
        untied[j].weight.set_data(tied[i].weight.data().copy())
        untied[j].bias.set_data(tied[i].bias.data().copy())
    for net in (tied, untied):
        with autograd.record():
            y = net(X).sum()
        y.backward()
    weights = {name: tied[i].weight.data().asnumpy() for name, i in (("first", 0), ("shared", 1), ("last", 3))}
    biases = {name: tied[i].bias.data().asnumpy() for name, i in (("first", 0), ("shared", 1), ("last", 3))}
    unique = sum(p.data().size for p in tied.collect_params().values())
    used = sum(p.data().size for block in tied for p in block.params.values())
    return Shared(X.asnumpy(), weights, biases, untied[1].weight.grad().asnumpy(), untied[2].weight.grad().asnumpy(),
                  tied[1].weight.grad().asnumpy(), tied[1].weight is tied[2].weight, unique, used)
