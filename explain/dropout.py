"""Dropout: seeded masks, the 1/(1−p) scaling, training vs prediction mode, and its effect on overfitting.

Masks come from np.random.default_rng(seed), so a seed means the same mask in every thread and session;
MXNet (nd, nd.Dropout, Gluon's nn.Dropout) does the arithmetic and the training on the engine's worker.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import mxnet as mx
import numpy as np
import pandas as pd
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import nn

from explain import engine
from explain.errors import InputError

# The notes' network: 784 inputs, two hidden layers of 256 with drop_prob1 and drop_prob2, 10 outputs.
INPUTS, HIDDEN, OUTPUTS = 784, 256, 10
DROP_PROB1, DROP_PROB2 = 0.2, 0.5
SIDE = 16  # a hidden layer of 256 units drawn as a 16 × 16 grid
MASKS = 8  # masks sampled ahead, stepped through in the browser
SHOWN = (8, 12, 12, 10)  # units drawn per layer in the network diagram (input, hidden 1, hidden 2, output)
MAX_SEED = 9999
MAX_DRAWS = 2000  # masks for the convergence and Binomial statistics
UNITS_FOLLOWED = 5  # units whose running mean the convergence plot follows


def check_p(p) -> float:
    """A drop probability in [0, 1], as a float; anything else is refused."""
    try:
        value = float(p)
    except (TypeError, ValueError):
        raise InputError("p_type", f"{p!r} is not a probability", p=str(p)) from None
    if not 0.0 <= value <= 1.0:  # NaN fails this too
        raise InputError("p_range", f"drop probability {p} is outside [0, 1]", p=str(p))
    return value


def keep_mask(shape, p: float, rng: np.random.Generator) -> np.ndarray:
    """Keep each element with probability 1 − p: u ~ U[0, 1) is kept when u ≥ p (p = 1 keeps none)."""
    return rng.random(shape) >= p


def dropout(X, p, seed: int = 0, train: bool = True) -> np.ndarray:
    """Drop each element of X with probability p and scale the kept ones by 1/(1 − p); identity unless training."""
    p = check_p(p)
    x = np.array(X, dtype=np.float64)
    if not train or p == 0.0:
        return x
    if p == 1.0:
        return np.zeros_like(x)  # MXNet's own Dropout would give NaN here: 0 · 1/0
    mask = keep_mask(x.shape, p, np.random.default_rng(seed))
    return engine.run(_scale, x, mask, p)


def _scale(x, mask, p):
    """On the MXNet worker: D2L's from-scratch dropout, mask * X / (1 − p)."""
    return (nd.array(mask, dtype="float64") * nd.array(x, dtype="float64") / (1 - p)).asnumpy()


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


def layer_masks(p: float, seed: int, layer: int, count: int = MASKS, units: int = HIDDEN) -> np.ndarray:
    """`count` keep-masks (count, units) for hidden layer 1 or 2, from their own stream of the seed."""
    return keep_mask((count, units), check_p(p), np.random.default_rng([seed, layer]))


def network(p1, p2, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The network diagram for MASKS masks: nodes (kept or dropped) and the edges between kept units.

    Every thinned network shares the same weights (those of `layers(seed)`); only the mask differs.
    """
    p1, p2 = check_p(p1), check_p(p2)
    weights = layers(seed).weights
    shown = SHOWN
    keep = [np.ones((MASKS, shown[0]), bool), layer_masks(p1, seed, 1)[:, :shown[1]],
            layer_masks(p2, seed, 2)[:, :shown[2]], np.ones((MASKS, shown[3]), bool)]
    tops = [(n - 1) / 2 for n in shown]
    mask, column, unit = (np.concatenate(parts) for parts in zip(*(
        (np.repeat(np.arange(MASKS), n), np.full(MASKS * n, k), np.tile(np.arange(n), MASKS))
        for k, n in enumerate(shown))))
    kept = np.concatenate([keep[k].ravel() for k in range(4)])
    nodes = pd.DataFrame({"mask": mask, "layer": column, "unit": unit, "x": column,
                          "y": np.take(tops, column) - unit, "kept": kept})
    frames = []
    for k in range(3):
        # an edge survives when both of its ends are kept
        m, i, j = np.nonzero(keep[k][:, :, None] & keep[k + 1][:, None, :])
        frames.append(pd.DataFrame({"mask": m, "layer": k, "source": i, "target": j, "x": float(k),
                                    "y": tops[k] - i, "x2": float(k + 1), "y2": tops[k + 1] - j,
                                    "weight": weights[k][j, i]}))
    edges = pd.concat(frames, ignore_index=True).sort_values(["mask", "layer"], kind="stable", ignore_index=True)
    return nodes, edges


def grid(h: np.ndarray, p, seed: int, layer: int) -> pd.DataFrame:
    """A 256-unit layer as 16 × 16 cells: before (mask −1), and for each mask the keep-mask and after."""
    p = check_p(p)
    h = np.asarray(h, dtype=np.float64)
    masks = layer_masks(p, seed, layer)
    after = np.zeros(masks.shape) if p == 1.0 else masks * h[None, :] / (1 - p)
    count = masks.shape[0]
    unit = np.tile(np.arange(HIDDEN), 1 + 2 * count)
    panel = np.repeat(np.array(["before"] + ["mask", "after"] * count), HIDDEN)
    mask = np.repeat(np.concatenate([[-1], np.repeat(np.arange(count), 2)]), HIDDEN)
    value = np.concatenate([h] + [row for m in range(count) for row in (masks[m].astype(float), after[m])])
    kept = np.concatenate([np.ones(HIDDEN, bool)] + [masks[m] for m in range(count) for _ in range(2)])
    return pd.DataFrame({"panel": panel, "mask": mask, "unit": unit, "value": value, "kept": kept,
                         "row": unit // SIDE, "col": unit % SIDE})


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


def convergence(h: np.ndarray, p, seed: int, layer: int, draws: int = MAX_DRAWS) -> pd.DataFrame:
    """Running mean of dropout(h) over 1..draws masks, for a few units, at log-spaced counts."""
    p = check_p(p)
    h = np.asarray(h, dtype=np.float64)
    units = followed_units(h)
    masks = layer_masks(p, seed + 1, layer, draws)[:, units]  # a stream apart from the stepped-through masks
    outputs = np.zeros(masks.shape) if p == 1.0 else masks * h[units] / (1 - p)
    counts = np.unique(np.geomspace(1, draws, 60).round().astype(int))
    running = np.cumsum(outputs, axis=0)[counts - 1] / counts[:, None]
    return pd.DataFrame({"draws": np.repeat(counts, len(units)), "unit": np.tile(units, len(counts)),
                         "mean": running.ravel(), "target": np.tile(h[units], len(counts))})


def followed_units(h: np.ndarray) -> np.ndarray:
    """Units with clearly different positive activations: the largest, and evenly spaced ranks below it."""
    order = np.argsort(-np.asarray(h), kind="stable")
    active = max(1, int((np.asarray(h) > 0).sum()))
    ranks = np.linspace(0, (active - 1) * 0.6, UNITS_FOLLOWED).round().astype(int)
    return np.unique(order[ranks])


def kept_counts(p, seed: int, layer: int, draws: int = MAX_DRAWS, units: int = HIDDEN) -> np.ndarray:
    """How many of the units each of `draws` masks keeps."""
    return layer_masks(p, seed + 2, layer, draws, units).sum(axis=1)


def binomial_pmf(n: int, q: float) -> np.ndarray:
    """P(K = k) for K ~ Binomial(n, q), k = 0..n, through log-gamma (no overflow for n = 256)."""
    k = np.arange(n + 1)
    if q in (0.0, 1.0):
        return (k == (n if q == 1.0 else 0)).astype(float)
    log_choose = np.array([math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) for i in k])
    return np.exp(log_choose + k * math.log(q) + (n - k) * math.log1p(-q))


def histogram(p, seed: int, layer: int, draws: int = MAX_DRAWS) -> pd.DataFrame:
    """Observed share of masks keeping k units beside the exact Binomial(256, 1 − p) pmf, where either shows."""
    p = check_p(p)
    counts = kept_counts(p, seed, layer, draws)
    observed = np.bincount(counts, minlength=HIDDEN + 1) / draws
    pmf = binomial_pmf(HIDDEN, 1 - p)
    k = np.arange(HIDDEN + 1)
    visible = (observed > 0) | (pmf > 1e-4)
    return pd.DataFrame({"k": k[visible], "observed": observed[visible], "pmf": pmf[visible]})


# --- the effect on overfitting: the same small MLP with and without dropout --------------------------

FEATURES = 10  # synthetic inputs; the label is the sign of their sum
TEST_SIZE = 400
TRAIN_SIZES = (20, 200)
TRAIN_SIZE = 40
EPOCHS = 60
EVERY = 3  # losses recorded every EVERY epochs
LEARNING_RATE = 0.3
SMALL_HIDDEN = 64


def synthetic(n_train: int, seed: int) -> tuple:
    """Gaussian inputs, label 1 when their sum is positive: train and test sets from one seed."""
    rng = np.random.default_rng([seed, 7])
    x = rng.normal(size=(n_train + TEST_SIZE, FEATURES))
    y = (x.sum(axis=1) > 0).astype(np.float64)
    return x[:n_train], y[:n_train], x[n_train:], y[n_train:]


@dataclass(frozen=True)
class Overfitting:
    """Train and test loss per epoch for the MLP without and with dropout, and the final gaps."""

    curves: pd.DataFrame  # model ("plain"/"dropout"), split ("train"/"test"), epoch, loss
    gap_plain: float  # test − train loss after the last epoch, without dropout
    gap_dropout: float  # the same with dropout


def overfitting(p1, p2, n_train: int = TRAIN_SIZE, seed: int = 0) -> Overfitting:
    """Train 10-64-64-2 by Gluon twice on one small synthetic set: no dropout, and dropout p1, p2."""
    p1, p2 = check_p(p1), check_p(p2)
    if not TRAIN_SIZES[0] <= int(n_train) <= TRAIN_SIZES[1]:
        raise InputError("n_train", f"training set size outside {TRAIN_SIZES}")
    data = synthetic(int(n_train), seed)
    # p = 1 would make nn.Dropout return NaN: a layer that drops everything passes zeros instead
    losses = engine.run(_train_two, data, p1, p2, seed)
    epochs = np.arange(EVERY, EPOCHS + 1, EVERY)
    rows = []
    for k, (model, split) in enumerate([("plain", "train"), ("plain", "test"), ("dropout", "train"),
                                        ("dropout", "test")]):
        rows.append(pd.DataFrame({"model": model, "split": split, "epoch": epochs, "loss": losses[:, k]}))
    curves = pd.concat(rows, ignore_index=True)
    last = losses[-1]
    return Overfitting(curves, float(last[1] - last[0]), float(last[3] - last[2]))


class _Zero(nn.HybridBlock):
    """A dropout layer with p = 1: every unit dropped, output 0 (nn.Dropout(1) would give NaN)."""

    def hybrid_forward(self, F, x):
        return F.zeros_like(x)


def _dropout_layer(p):
    return _Zero() if p == 1.0 else nn.Dropout(p)


class _Pair(nn.HybridBlock):
    """Both models in one graph, so one forward, backward and update trains the two at once."""

    def __init__(self, p1, p2, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.plain = nn.HybridSequential()
            self.plain.add(nn.Dense(SMALL_HIDDEN, activation="relu"), nn.Dense(SMALL_HIDDEN, activation="relu"),
                           nn.Dense(2))
            self.dropped = nn.HybridSequential()
            self.dropped.add(nn.Dense(SMALL_HIDDEN, activation="relu"), _dropout_layer(p1),
                             nn.Dense(SMALL_HIDDEN, activation="relu"), _dropout_layer(p2), nn.Dense(2))

    def hybrid_forward(self, F, x):
        return F.stack(self.plain(x), self.dropped(x))


def _train_two(data, p1, p2, seed):
    """On the MXNet worker: full-batch SGD for EPOCHS; losses (epochs, 4) measured in prediction mode."""
    x_train, y_train, x_test, y_test = data
    mx.random.seed(seed)  # Gluon's initializer and nn.Dropout draw from MXNet's generator: seeded in this job
    net = _Pair(p1, p2)
    net.initialize(init.Xavier())
    net.hybridize(static_alloc=True)
    loss = gluon.loss.SoftmaxCrossEntropyLoss()
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": LEARNING_RATE})
    X, y = nd.array(x_train), nd.array(y_train)
    everything = nd.array(np.vstack([x_train, x_test]))
    labels = np.concatenate([y_train, y_test]).astype(int)
    n = len(y_train)
    recorded = []
    for epoch in range(1, EPOCHS + 1):
        with autograd.record():
            out = net(X)
            total = loss(out[0], y) + loss(out[1], y)
        total.backward()
        trainer.step(n)
        if epoch % EVERY == 0:
            logits = net(everything).asnumpy().astype(np.float64)  # prediction mode: dropout idle
            shifted = logits - logits.max(axis=-1, keepdims=True)
            log_p = shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))
            ce = -log_p[:, np.arange(len(labels)), labels]
            recorded.append((ce[0, :n].mean(), ce[0, n:].mean(), ce[1, :n].mean(), ce[1, n:].mean()))
    return np.array(recorded)


def mxnet_code(p1: float, p2: float, seed: int) -> str:
    """Runnable MXNet code: D2L's dropout on arange(16), nd.Dropout in both modes, the notes' Gluon network."""
    lines = [
        ("import numpy as np", ""),
        ("from mxnet import autograd, init, nd", ""),
        ("from mxnet.gluon import nn", ""),
        ("", ""),
        ("def dropout(X, drop_prob, seed):", "D2L's from-scratch dropout, with a seeded mask"),
        ("    if drop_prob == 1:", ""),
        ("        return X.zeros_like()", "everything dropped (0 · 1/0 would be NaN)"),
        ("    u = np.random.default_rng(seed).random(X.shape)", ""),
        ("    mask = nd.array(u >= drop_prob, dtype=X.dtype)", "kept with probability 1 − p"),
        ("    return mask * X / (1 - drop_prob)", "kept units scaled by 1/(1 − p)"),
        ("", ""),
        ("X = nd.arange(16, dtype='float64').reshape((2, 8))", ""),
        (f"print(dropout(X, {p1!r}, seed={seed}))", ""),
        ("with autograd.train_mode():", "training: MXNet's Dropout draws its own mask"),
        (f"    print(nd.Dropout(X, p={p1!r}))", ""),
        (f"print(nd.Dropout(X, p={p1!r}))", "prediction: the identity"),
        ("", ""),
        (f"drop_prob1, drop_prob2 = {p1!r}, {p2!r}", ""),
        ("net = nn.Sequential()", ""),
        ("net.add(nn.Dense(256, activation='relu'), nn.Dropout(drop_prob1),", ""),
        ("        nn.Dense(256, activation='relu'), nn.Dropout(drop_prob2), nn.Dense(10))", ""),
        ("net.initialize(init.Normal(sigma=0.01))", ""),
    ]
    width = max(len(code) for code, _ in lines) + 3
    return "\n".join(f"{code:<{width}}# {note}" if note else code for code, note in lines) + "\n"
