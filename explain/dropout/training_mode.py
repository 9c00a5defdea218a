"""Training versus prediction mode: D2L's X = arange(16).reshape(2, 8) through our dropout, nd.Dropout, nn.Dropout."""
from __future__ import annotations

from dataclasses import dataclass

import mxnet as mx
import numpy as np
from mxnet import autograd, nd
from mxnet.gluon import nn

from explain import engine
from explain.dropout.masks import check_p, dropout


@dataclass(frozen=True)
class Modes:
    """D2L's X = arange(16).reshape(2, 8) through dropout in training and in prediction mode."""

    x: np.ndarray
    ours: np.ndarray  # dropout(X, p, seed): the seeded mask, D2L's from-scratch function
    nd_train: np.ndarray  # nd.Dropout inside autograd.train_mode(): MXNet's own mask
    nd_predict: np.ndarray  # nd.Dropout outside it: the identity
    gluon_train: np.ndarray  # nn.Dropout inside autograd.record()
    gluon_predict: np.ndarray  # nn.Dropout in prediction mode: the identity


def modes(p, seed: int) -> Modes:
    """D2L's example through our dropout, nd.Dropout and nn.Dropout; p = 1 is handled (MXNet gives NaN)."""
    p = check_p(p)
    x = np.arange(16, dtype=np.float64).reshape(2, 8)
    nd_train, nd_predict, gluon_train, gluon_predict = engine.run(_mxnet_modes, x, p, seed)
    if p == 1.0:
        nd_train, gluon_train = np.zeros_like(x), np.zeros_like(x)
    return Modes(x, dropout(x, p, seed), nd_train, nd_predict, gluon_train, gluon_predict)


def _mxnet_modes(x, p, seed):
    """On the MXNet worker: MXNet draws its own masks, so its generator is seeded here, in the same job."""
    mx.random.seed(seed)
    X = nd.array(x, dtype="float64")
    with autograd.train_mode():
        nd_train = nd.Dropout(X, p=p).asnumpy()
    nd_predict = nd.Dropout(X, p=p).asnumpy()
    layer = nn.Dropout(p)
    with autograd.record():
        gluon_train = layer(X).asnumpy()
    gluon_predict = layer(X).asnumpy()
    return nd_train, nd_predict, gluon_train, gluon_predict
