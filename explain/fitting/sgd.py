"""Gluon's minibatch SGD made fast without changing its result: many nn.Dense(1) trained side by side.

Minibatch SGD on a linear model with the squared loss (and weight decay) is an affine map of the
parameters: one epoch takes θ to A·θ + c, where A and c depend only on that epoch's batches. So every
epoch is trained at once, from D + 2 starting points (zero, each unit weight, the unit bias), by Gluon
itself — one batched dense layer holding all those copies of `nn.Dense(1)`, `gloss.L2Loss`,
`gluon.Trainer('sgd', {'wd': λ})` — which reads off every epoch's A and c. Chaining θ ← A·θ + c from
the initial weights then gives the parameters after every epoch: the same numbers as the plain D2L loop
(explain/fitting/recipe.py), step by step, with a few batched steps instead of a thousand small ones
(tests/fitting/test_fitting.py checks it against that recipe). The same layer holds every fold and
degree of the model-selection sweep, and every λ of the weight-decay sweep (each λ its own Parameters,
decayed by Trainer's wd × wd_mult).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import loss as gloss

from explain.errors import InputError
from explain.fitting.data import MAX_DEGREE, MAX_EPOCHS

INIT_SCALE = 0.07  # Gluon's default initializer for nn.Dense weights: Uniform(−0.07, 0.07); biases start at 0
FLOAT32_MAX = float(np.finfo(np.float32).max)  # a loss beyond this prints as inf in D2L's float32 code
BLOCK_WEIGHTS = 1_500_000  # at most this many weights trained side by side (memory)


# --- the training plan: initial weights and each epoch's order, from one explicit seed -----------------

@dataclass(frozen=True)
class Plan:
    """What the random parts of D2L's loop decide: the initial weights and the shuffle of every epoch."""

    weight: np.ndarray  # (inputs,) initial weights
    bias: float
    orders: np.ndarray  # (epochs, n) the order of the samples in each epoch
    batch_size: int  # min(batch_size, n), as D2L sets it


def sgd_plan(n: int, inputs: int, epochs: int, batch_size: int, seed: int, init: str = "uniform",
             stream: int = 0) -> Plan:
    """Initial weights (Uniform(±0.07) like Gluon's default, or Normal(0, 1) like D2L 3.12) and the epochs' shuffles."""
    rng = np.random.default_rng([seed, 1, stream])
    weight = rng.uniform(-INIT_SCALE, INIT_SCALE, inputs) if init == "uniform" else rng.normal(size=inputs)
    orders = np.stack([rng.permutation(n) for _ in range(epochs)]) if epochs else np.zeros((0, n), int)
    return Plan(weight, 0.0, orders, min(batch_size, n))


def batches(n: int, batch_size: int) -> list[slice]:
    """The slices of one epoch's order: full batches, then the rest (DataLoader's last_batch='keep')."""
    return [slice(i, min(i + batch_size, n)) for i in range(0, n, batch_size)]


# --- Gluon: many copies of nn.Dense(1) trained side by side ------------------------------------------

class StackedDense(gluon.HybridBlock):
    """groups × stacks × models copies of nn.Dense(1) with Gluon's L2Loss: stack s of every group reads batch s.

    Each group has its own weight and bias Parameters, so that Trainer's weight decay (wd × the
    Parameter's wd_mult) can differ from group to group; the groups are laid side by side along the
    stacks. `mask` (inputs, models) says which inputs each model may use, or None for all.
    """

    def __init__(self, groups: int, stacks: int, inputs: int, models: int, mask: np.ndarray | None, **kwargs):
        super().__init__(**kwargs)
        self.groups = groups
        with self.name_scope():
            for g in range(groups):
                setattr(self, f"weight{g}", self.params.get(f"weight{g}", shape=(stacks, inputs, models), dtype="float64"))
                setattr(self, f"bias{g}", self.params.get(f"bias{g}", shape=(stacks, 1, models), dtype="float64"))
            if mask is not None:
                full = np.broadcast_to(mask, (stacks * groups, *mask.shape))
                self.mask = self.params.get_constant("mask", nd.array(full, dtype="float64"))
        self.loss = gloss.L2Loss()

    def hybrid_forward(self, F, X, y, **params):
        """Per-sample L2 loss ½(ŷ − y)² of every model on its stack's batch (X: stacks × batch × inputs)."""
        join = lambda kind: F.concat(*(params[f"{kind}{g}"] for g in range(self.groups)), dim=0) \
            if self.groups > 1 else params[f"{kind}0"]
        weight, bias = join("weight"), join("bias")
        if "mask" in params:
            weight = weight * F.BlockGrad(params["mask"])
        if self.groups > 1:
            X, y = F.tile(X, reps=(self.groups, 1, 1)), F.tile(y, reps=(self.groups, 1, 1))
        # the bias enters as a product with a column of ones: its gradient is then a product too
        pred = F.batch_dot(X, weight) + F.batch_dot(F.ones_like(y), bias)
        return self.loss(pred.reshape((-1, 1)), F.broadcast_like(y, pred).reshape((-1, 1)))

    def parameters(self, kind: str) -> list:
        """The groups' weight (or bias) Parameters, in order."""
        return [getattr(self, f"{kind}{g}") for g in range(self.groups)]


def starts(degrees, inputs: int):
    """Starting points of every model: zero, then each unit weight, then the unit bias, per degree.

    Returns w0 (inputs, columns), b0 (1, columns), the mask of the inputs each column may use, and each degree's first column.
    """
    count = sum(d + 2 for d in degrees)
    w0, b0, mask = np.zeros((inputs, count)), np.zeros((1, count)), np.zeros((inputs, count))
    offsets, p = [], 0
    for d in degrees:
        offsets.append(p)
        mask[:d, p:p + d + 2] = 1
        w0[np.arange(d), p + 1 + np.arange(d)] = 1
        b0[0, p + d + 1] = 1
        p += d + 2
    return w0, b0, mask, offsets


def epoch_maps(X, y, orders, batch_size, degrees, decays, lr):
    """On the MXNet worker: every epoch's affine map θ → A·θ + c, for each weight decay, data split and degree.

    X: (splits, n, inputs), y: (splits, n), orders: (splits, epochs, n); a degree-d model uses the first
    d inputs; decays: (λ for the weights, λ for the bias) pairs. Returns maps[decay][degree] = (A, c) with
    A: (splits, epochs, d+1, d+1) and c: (splits, epochs, d+1), θ = (w_1..w_d, b).
    """
    splits, n, inputs = X.shape
    epochs, groups = orders.shape[1], len(decays)
    w0, b0, mask, offsets = starts(degrees, inputs)
    models = w0.shape[1]
    per_block = max(1, BLOCK_WEIGHTS // (groups * splits * inputs * models))
    final_w = np.empty((groups, splits, epochs, inputs, models))
    final_b = np.empty((groups, splits, epochs, models))
    for start in range(0, epochs, per_block):
        block = range(start, min(epochs, start + per_block))
        stacks = splits * len(block)
        net = StackedDense(groups, stacks, inputs, models, None if mask.all() else mask)
        net.initialize(mx.init.Zero())  # then set to the starting points
        for (wd, wd_bias), weight, bias in zip(decays, net.parameters("weight"), net.parameters("bias")):
            weight.set_data(nd.array(np.broadcast_to(w0, (stacks, inputs, models)), dtype="float64"))
            bias.set_data(nd.array(np.broadcast_to(b0, (stacks, 1, models)), dtype="float64"))
            # Trainer decays a Parameter by wd × wd_mult: with wd = 1, each group's own λ
            weight.wd_mult, bias.wd_mult = wd, wd_bias
        net.hybridize(static_alloc=True)
        # the notes' two Trainers: one for the weights, one for the biases
        trainer_w = gluon.Trainer(net.parameters("weight"), "sgd", {"learning_rate": lr, "wd": 1.0})
        trainer_b = gluon.Trainer(net.parameters("bias"), "sgd", {"learning_rate": lr, "wd": 1.0})
        order = orders[:, block.start:block.stop].reshape(stacks, n)
        Xs = np.repeat(X, len(block), axis=0)
        ys = np.repeat(y, len(block), axis=0)
        rows = np.arange(stacks)[:, None]
        with np.errstate(all="ignore"):
            for part in batches(n, batch_size):
                idx = order[:, part]
                xb = nd.array(Xs[rows, idx], dtype="float64")
                yb = nd.array(ys[rows, idx][:, :, None], dtype="float64")
                with autograd.record():
                    loss = net(xb, yb)
                loss.backward()
                trainer_w.step(batch_size)
                trainer_b.step(batch_size)
        for g, (weight, bias) in enumerate(zip(net.parameters("weight"), net.parameters("bias"))):
            final_w[g, :, block.start:block.stop] = weight.data().asnumpy().reshape(splits, len(block), inputs, models)
            final_b[g, :, block.start:block.stop] = bias.data().asnumpy().reshape(splits, len(block), models)
    maps = []
    for g in range(groups):
        maps.append([])
        for d, p in zip(degrees, offsets):
            theta = np.concatenate([final_w[g, :, :, :d, p:p + d + 2], final_b[g, :, :, None, p:p + d + 2]], axis=2)
            c = theta[..., 0]
            with np.errstate(all="ignore"):
                A = theta[..., 1:] - c[..., None]
            maps[-1].append((A, c))
    return maps


def trajectory(A, c, theta0):
    """θ after every epoch: θ_{e+1} = A_e θ_e + c_e, from θ_0 (float64). Shapes (..., epochs+1, d+1)."""
    epochs = A.shape[-3]
    out = np.empty(A.shape[:-3] + (epochs + 1, A.shape[-1]))
    out[..., 0, :] = theta0
    with np.errstate(all="ignore"):
        for e in range(epochs):
            out[..., e + 1, :] = np.einsum("...ij,...j->...i", A[..., e, :, :], out[..., e, :]) + c[..., e, :]
    return out


def l2_losses(theta, X, y):
    """On the MXNet worker: Gluon's L2Loss (½ mean squared error) of each parameter row on (X, y)."""
    d = theta.shape[-1] - 1
    flat = theta.reshape(-1, d + 1)
    with np.errstate(all="ignore"):
        pred = (flat[:, :d] @ X[:, :d].T if d else np.zeros((len(flat), len(y)))) + flat[:, d:]
    pred = np.nan_to_num(pred, nan=np.inf, posinf=np.inf, neginf=-np.inf)
    loss = gloss.L2Loss()(nd.array(pred, dtype="float64"), nd.array(np.broadcast_to(y, pred.shape), dtype="float64"))
    out = loss.asnumpy().reshape(theta.shape[:-1])
    return np.where(np.isfinite(out), out, np.inf)


def divergence(train_loss) -> int | None:
    """The first epoch (1-based) whose training loss is beyond float32 (D2L's code prints inf), or None."""
    bad = np.flatnonzero(~(np.asarray(train_loss) <= FLOAT32_MAX))
    return int(bad[0]) + 1 if bad.size else None


def check_training(degree, epochs, lr, batch_size, weight_decay):
    """Refuse settings that SGD cannot be run with (an InputError whose code the page explains)."""
    if not (isinstance(degree, (int, np.integer)) and 0 <= degree <= MAX_DEGREE):
        raise InputError("degree", f"the degree must be a whole number from 0 to {MAX_DEGREE}")
    if not (isinstance(epochs, (int, np.integer)) and 1 <= epochs <= 10 * MAX_EPOCHS):
        raise InputError("epochs", "the number of epochs must be a whole number from 1 to 2000")
    if not (isinstance(batch_size, (int, np.integer)) and batch_size >= 1):
        raise InputError("batch", "the batch size must be a whole number of at least 1")
    if not (math.isfinite(lr) and 0 < lr <= 100):
        raise InputError("lr", "the learning rate must lie in (0, 100]")
    if not (math.isfinite(weight_decay) and 0 <= weight_decay <= 100):
        raise InputError("wd", "the weight decay must lie in [0, 100]")
