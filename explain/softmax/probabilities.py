"""One example's scores through MXNet: softmax at a temperature, Gluon's cross-entropy, autograd's gradient, entropy."""
from __future__ import annotations

import numpy as np
import pandas as pd
from mxnet import autograd, nd
from mxnet.gluon import loss as gloss

from explain import engine
from explain.errors import InputError
from explain.softmax.scores import MAX_LOGIT, check_label

MIN_T, MAX_T = 0.05, 10.0


def _check(logits, temperature: float) -> np.ndarray:
    """Logits as a finite 1-D float64 array within ±MAX_LOGIT, and a temperature within range."""
    o = np.asarray(logits, dtype=np.float64)
    if o.ndim != 1 or o.size < 1:
        raise InputError("shape", "logits must be a non-empty 1-D list of numbers")
    if not np.all(np.isfinite(o)) or np.max(np.abs(o)) > MAX_LOGIT:
        raise InputError("too_large", f"logits must be finite, within ±{MAX_LOGIT:g}", token="", limit=f"{MAX_LOGIT:g}")
    if not MIN_T <= temperature <= MAX_T:
        raise InputError("temperature", f"temperature must lie in [{MIN_T}, {MAX_T}]")
    return o


def softmax(logits, temperature: float = 1.0) -> np.ndarray:
    """Probabilities exp(o_i / T) / sum_j exp(o_j / T), by MXNet's (max-subtracting) softmax."""
    o = _check(logits, temperature)
    return engine.run(_softmax, o, float(temperature))


def _softmax(o, temperature):
    return nd.softmax(nd.array(o, dtype="float64") / temperature).asnumpy()


def cross_entropy(logits, label, temperature: float = 1.0) -> float:
    """-log softmax(o / T)[label], by Gluon's SoftmaxCrossEntropyLoss (log-sum-exp inside, so no overflow)."""
    o = _check(logits, temperature)
    y = check_label(label, o.size)
    return float(engine.run(_gluon_losses, o[None, :], np.array([y]), float(temperature))[0])


def _gluon_losses(batch, labels, temperature, dtype="float64"):
    """On the MXNet worker: Gluon's loss for each row of a batch of logits."""
    loss = gloss.SoftmaxCrossEntropyLoss()
    return loss(nd.array(batch, dtype=dtype) / temperature, nd.array(labels, dtype=dtype)).asnumpy()


def gradient(logits, label) -> np.ndarray:
    """d cross_entropy / d logits at temperature 1, by MXNet autograd: softmax(o) - onehot(label)."""
    return _loss_and_gradient(logits, label, 1.0)[1]


def _loss_and_gradient(logits, label, temperature):
    o = _check(logits, temperature)
    y = check_label(label, o.size)
    return engine.run(_autograd, o, y, float(temperature))


def _autograd(o, y, temperature):
    """On the MXNet worker: the loss under autograd.record(), then backward() for d loss / d logits."""
    logits = nd.array(o[None, :], dtype="float64")
    logits.attach_grad()
    with autograd.record():
        loss = gloss.SoftmaxCrossEntropyLoss()(logits / temperature, nd.array([y], dtype="float64"))
    loss.backward()
    return float(loss.asnumpy()[0]), logits.grad.asnumpy()[0]


def entropy(p: np.ndarray) -> float:
    """H(p) = -sum p log p in nats (0 log 0 counts as 0)."""
    p = np.asarray(p, dtype=np.float64)
    nonzero = p[p > 0]
    return max(0.0, float(-(nonzero * np.log(nonzero)).sum()))  # never -0.0 for a certain outcome


def top_classes(logits) -> tuple[int, ...]:
    """Every class whose score is the largest: more than one is a real tie."""
    o = np.asarray(logits, dtype=np.float64)
    return tuple(int(i) for i in np.flatnonzero(o == o.max()))


def entropy_curve(o, points: int = 60) -> pd.DataFrame:
    """H(softmax(o / T)) for temperatures from MIN_T to MAX_T (log-spaced)."""
    temperatures = np.geomspace(MIN_T, MAX_T, points)
    shifted = (np.asarray(o)[None, :] - np.max(o)) / temperatures[:, None]
    p = np.exp(shifted)
    p /= p.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        h = -np.where(p > 0, p * np.log(p), 0.0).sum(axis=1)
    return pd.DataFrame({"temperature": temperatures, "entropy": h})
