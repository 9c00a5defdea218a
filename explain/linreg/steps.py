"""Every minibatch step of a run at once, by the recipe's own code, then chained: the fast path, the same numbers.

One step of minibatch SGD on a linear model with the squared loss is an affine map of the parameters
θ = (w₁, w₂, b): θ ← A θ + c, where A and c depend only on that step's minibatch and the learning rate.
An affine map is known from its images of four points: c = f(0) and A's columns f(eⱼ) − f(0). So the
notes' loop body (`squared_loss`, `autograd.record`, `l.backward()`, `sgd(params, lr, batch_size)`) or
Gluon's (L2Loss, `Trainer('sgd').step(batch_size)`) runs ONCE, with every step's minibatch stacked along
a leading axis and four copies of the weights (from 0, e₁, e₂, e_b) side by side: a few operators on small
arrays instead of a few thousand on tiny ones. Chaining θ_{s+1} = A_s θ_s + c_s from the initial weights
(NumPy, float64) gives every step's weights: in exact arithmetic the plain loop's own, and in floating point
the same to float32 tolerance (tests/linreg/test_linreg.py runs the recipe's plain loops beside it).
A last batch shorter than batch_size is padded with examples whose loss is multiplied by 0, and its
gradient is divided by batch_size as the notes' sgd and trainer.step(batch_size) do.
"""
from __future__ import annotations

import math

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import loss as gloss

from explain import engine
from explain.linreg.recipe import sgd, squared_loss

__all__ = ["stacked", "step_maps", "chain", "path_theta"]

STARTS = 4  # 0, e_w1, e_w2, e_b: the images of these four points fix an affine map of (w1, w2, b)


def stacked(X, y, orders, batch_size: int):
    """Every step's minibatch, one row per step: features (S, B, 2), labels (S, B, 1), a 0/1 mask (S, B, 1)."""
    n = len(y)
    per_epoch = math.ceil(n / batch_size)
    idx, mask = [], []
    for order in orders:
        padded = np.zeros(per_epoch * batch_size, dtype=np.int64)
        padded[:n] = order
        keep = np.zeros(per_epoch * batch_size)
        keep[:n] = 1
        idx.append(padded.reshape(per_epoch, batch_size))
        mask.append(keep.reshape(per_epoch, batch_size))
    if not idx:
        return np.zeros((0, batch_size, 2)), np.zeros((0, batch_size, 1)), np.zeros((0, batch_size, 1))
    idx, mask = np.concatenate(idx), np.concatenate(mask)
    X, y = np.asarray(X, dtype=np.float64), np.asarray(y, dtype=np.float64)
    return X[idx], y[idx][..., None], mask[..., None]


def _starts(steps: int) -> tuple[np.ndarray, np.ndarray]:
    """Weights (S, 2, 4) and biases (S, 1, 4): column k of every step is starting point k."""
    w = np.zeros((steps, 2, STARTS))
    b = np.zeros((steps, 1, STARTS))
    w[:, 0, 1] = w[:, 1, 2] = b[:, 0, 3] = 1.0
    return w, b


def _scratch(Xb, yb, mb, lr: float, batch_size: int):
    """The notes' loop body, every step at once: returns the weights (S, 2, 4) and biases (S, 1, 4) after it."""
    w0, b0 = _starts(len(Xb))
    X, y, m = (nd.array(a, dtype="float64") for a in (Xb, yb, mb))
    w, b = nd.array(w0, dtype="float64"), nd.array(b0, dtype="float64")
    w.attach_grad()
    b.attach_grad()
    with autograd.record():
        y_hat = nd.broadcast_add(nd.batch_dot(X, w), b)  # linreg, for each step's batch and each copy
        l = nd.broadcast_mul(squared_loss(y_hat, nd.broadcast_like(y, y_hat)), m)
    l.backward()
    sgd([w, b], lr, batch_size)
    return w.asnumpy(), b.asnumpy()


class StackedDense(gluon.HybridBlock):
    """nn.Dense(1)'s computation (X·Wᵀ + b) with a weight (units=1 → 4 copies) for every step: (S, 4, 2), (S, 1, 4)."""

    def __init__(self, steps: int, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.weight = self.params.get("weight", shape=(steps, STARTS, 2), dtype="float64")
            self.bias = self.params.get("bias", shape=(steps, 1, STARTS), dtype="float64")

    def hybrid_forward(self, F, X, weight, bias):
        return F.broadcast_add(F.batch_dot(X, weight, transpose_b=True), bias)


def _gluon(Xb, yb, mb, lr: float, batch_size: int):
    """Gluon's loop body, every step at once: L2Loss per example, Trainer('sgd').step(batch_size)."""
    w0, b0 = _starts(len(Xb))
    net = StackedDense(len(Xb))
    net.initialize(mx.init.Zero())
    net.weight.set_data(nd.array(w0.transpose(0, 2, 1), dtype="float64"))
    net.bias.set_data(nd.array(b0, dtype="float64"))
    loss = gloss.L2Loss()  # ½ (ŷ − y)², one value per example (and copy)
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": lr})
    X, y, m = (nd.array(a, dtype="float64") for a in (Xb, yb, mb))
    with autograd.record():
        pred = net(X)
        l = loss(pred.reshape((-1, 1)), nd.broadcast_like(y, pred).reshape((-1, 1)),
                 nd.broadcast_like(m, pred).reshape((-1, 1)))
    l.backward()
    trainer.step(batch_size)
    return net.weight.data().asnumpy().transpose(0, 2, 1), net.bias.data().asnumpy()


def step_maps(Xb, yb, mb, lr: float, batch_size: int, engine_name: str) -> tuple[np.ndarray, np.ndarray]:
    """Each step's affine map: A (S, 3, 3) and c (S, 3), read off the images of the four starting points."""
    if not len(Xb):
        return np.zeros((0, 3, 3)), np.zeros((0, 3))
    run = {"scratch": _scratch, "gluon": _gluon}[engine_name]
    w, b = engine.run(run, Xb, yb, mb, lr, batch_size)
    images = np.concatenate([w, b], axis=1)  # (S, 3, 4): column k is where starting point k went
    c = images[:, :, 0]
    with np.errstate(all="ignore"):
        A = images[:, :, 1:] - c[:, :, None]
    return A, c


def chain(A, c, theta0) -> np.ndarray:
    """θ after every step, θ₀ first: (S + 1, 3) in float64 (inf/nan once it overflows).

    Step s is θ ↦ A_s θ + c_s, and two steps compose into one such map: (A, c) after (A', c') is (A A', A c' + c).
    Composition is associative, so every prefix of the run is found in log₂ S rounds of batched 3 × 3 products
    (a Hillis–Steele scan: in round d, each step's map takes in the one d steps before it) instead of S Python
    steps. Prefix s only ever combines steps 1…s, so a run that overflows later leaves its earlier steps finite.
    """
    P = np.array(A, dtype=np.float64)
    q = np.array(c, dtype=np.float64)
    d = 1
    with np.errstate(all="ignore"):
        while d < len(P):
            earlier_P, earlier_q = P[:-d].copy(), q[:-d].copy()
            q[d:] = (P[d:] @ earlier_q[..., None])[..., 0] + q[d:]
            P[d:] = P[d:] @ earlier_P
            d *= 2
        theta0 = np.asarray(theta0, dtype=np.float64)
        out = np.empty((len(P) + 1, 3))
        out[0] = theta0
        out[1:] = (P @ theta0) + q
    return out


def path_theta(X, y, w0, b0, orders, lr: float, batch_size: int, engine_name: str) -> np.ndarray:
    """(w₁, w₂, b) after every step of the run, from (w0, b0)."""
    A, c = step_maps(*stacked(X, y, orders, batch_size), lr, batch_size, engine_name)
    return chain(A, c, np.append(np.asarray(w0, dtype=np.float64), b0))
