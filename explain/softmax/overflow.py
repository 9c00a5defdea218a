"""Numerical stability: naive exp overflows, subtracting the max underflows, log-softmax does neither (float32)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from mxnet import nd

from explain import engine
from explain.softmax.probabilities import _check, _gluon_losses
from explain.softmax.scores import check_label


@dataclass(frozen=True)
class Stability:
    """The same softmax and loss computed three ways, all in float32 (MXNet's default), at temperature 1."""

    naive: np.ndarray  # exp(o) / sum(exp(o)): exp(1000) overflows to inf, inf / inf = NaN
    naive_loss: float  # -log of that p_y
    shifted: np.ndarray  # exp(o - max o) / sum(...): never overflows, but tiny p underflow to 0
    shifted_loss: float  # -log of that p_y: inf when p_y underflowed
    log_softmax: np.ndarray  # log p = (o - max o) - log sum exp(o - max o): log-sum-exp, never exp(-1000) alone
    log_softmax_loss: float  # -log p_y read straight from log p
    gluon_loss: float  # Gluon's SoftmaxCrossEntropyLoss, which fuses softmax and cross-entropy this way

    @property
    def log_softmax_p(self) -> np.ndarray:
        """The probabilities exp(log p) of the third way (the loss never went through them)."""
        return np.exp(self.log_softmax)


def stability(o, y: int) -> Stability:
    """Naive, max-subtracting and log-softmax forms side by side with Gluon's loss, all float32 at T = 1."""
    o = _check(o, 1.0)
    return engine.run(_stability, o, check_label(y, o.size))


def _stability(o, y):
    """On the MXNet worker: the three forms in float32, each loss read from its own p (or log p)."""
    x = nd.array(o, dtype="float32")
    naive = (nd.exp(x) / nd.exp(x).sum()).asnumpy()
    shifted = x - x.max()
    stable = (nd.exp(shifted) / nd.exp(shifted).sum()).asnumpy()
    log_p = (shifted - nd.log(nd.exp(shifted).sum())).asnumpy()
    gluon = float(_gluon_losses(o[None, :], np.array([y]), 1.0, "float32")[0])
    with np.errstate(divide="ignore", invalid="ignore"):
        return Stability(naive, float(-np.log(naive[y])), stable, float(-np.log(stable[y])), log_p,
                         float(-log_p[y]), gluon)
