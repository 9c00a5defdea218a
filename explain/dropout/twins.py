"""Twin training: the same wide MLP with and without dropout, trained by Gluon from one start on a few noisy points.

Both 1-128-128-1 models are stacked along a first axis of 2 and trained by one forward, backward and Adam
update per epoch; losses are measured in prediction mode (dropout idle) every EVERY epochs. After training, THINNED
thinned copies of the dropout model (training mode, fresh masks, no update) are averaged at each curve input.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import nn

from explain import engine
from explain.dropout.masks import check_p
from explain.errors import InputError

NOISE = 0.5  # standard deviation of the noise on sin(x): no model's test MSE can average below NOISE² = 0.25
X_RANGE = 3.0  # inputs uniform in [−3, 3]
TEST_SIZE = 200
TRAIN_SIZES = (10, 80)
TRAIN_SIZE = 20
CURVE_POINTS = 121  # where the fitted functions are drawn
EPOCHS = 100
EVERY = 5  # losses recorded every EVERY epochs
LEARNING_RATE = 0.05  # Adam, full batch
SMALL_HIDDEN = 128  # 1 → 128 → 128 → 1: thousands of weights for a handful of points
MODELS = ("plain", "dropout")
THINNED = 500  # thinned networks sampled (training mode) at each curve input after training: their average


def synthetic(n_train: int, seed: int) -> tuple:
    """y = sin(x) + noise with x uniform in [−3, 3]: a small training set and a large test set from one seed."""
    rng = np.random.default_rng([seed, 7])
    x = rng.uniform(-X_RANGE, X_RANGE, n_train + TEST_SIZE)
    y = np.sin(x) + NOISE * rng.normal(size=x.size)
    return x[:n_train], y[:n_train], x[n_train:], y[n_train:]


def curve_inputs() -> np.ndarray:
    """The inputs at which the fitted functions are drawn."""
    return np.linspace(-X_RANGE, X_RANGE, CURVE_POINTS)


def initial_weights(seed: int) -> tuple:
    """Xavier-normal weights (in, out) of the three dense layers; both models start from these (biases 0)."""
    rng = np.random.default_rng([seed, 8])
    sizes = (1, SMALL_HIDDEN, SMALL_HIDDEN, 1)
    return tuple(rng.normal(0.0, math.sqrt(2.0 / (n_in + n_out)), (n_in, n_out)) for n_in, n_out in zip(sizes, sizes[1:]))


@dataclass(frozen=True)
class Trained:
    """Both models after training: recorded losses, the fitted functions and the final parameters."""

    losses: np.ndarray  # (EPOCHS // EVERY, 4): plain train, plain test, dropout train, dropout test (MSE)
    fits: np.ndarray  # (2, CURVE_POINTS): plain and dropout model at curve_inputs(), prediction mode
    params: dict | None  # "w1", …, "b3" → (2, ...) arrays, [0] plain, [1] dropout; None for a recorded run
    thinned: np.ndarray  # (2, CURVE_POINTS): mean and sd over THINNED thinned copies of the dropout model


def train_twins(p1, p2, n_train: int = TRAIN_SIZE, seed: int = 0, epochs: int = EPOCHS) -> Trained:
    """Train 1-128-128-1 by Gluon twice from the same start on the same points: no dropout, and p1, p2."""
    p1, p2 = check_p(p1), check_p(p2)
    if not TRAIN_SIZES[0] <= int(n_train) <= TRAIN_SIZES[1]:
        raise InputError("n_train", f"training set size outside {TRAIN_SIZES}")
    return engine.run(_train_twins, synthetic(int(n_train), seed), initial_weights(seed), p1, p2, seed, int(epochs))


def _dropped(F, h, p):
    """nn.Dropout's operator; p = 1 passes zeros (MXNet's own Dropout would give NaN: 0 · 1/0)."""
    return F.zeros_like(h) if p == 1.0 else F.Dropout(h, p=p)


class _Twins(nn.HybridBlock):
    """Two 1-128-128-1 MLPs stacked along a first axis of 2: [0] plain, [1] with dropout after each hidden layer.

    One forward, backward and Adam update trains both; each copy only ever sees its own weights.
    """

    def __init__(self, p1, p2, **kwargs):
        super().__init__(**kwargs)
        self.p1, self.p2 = p1, p2
        n = SMALL_HIDDEN
        with self.name_scope():
            for name, shape in (("w1", (2, 1, n)), ("b1", (2, 1, n)), ("w2", (2, n, n)), ("b2", (2, 1, n)),
                                ("w3", (2, n, 1)), ("b3", (2, 1, 1))):
                setattr(self, name, self.params.get(name, shape=shape, init=init.Zero()))

    def _drop_second(self, F, h, p):
        """Dropout on the second model's hidden units only (what nn.Dropout(p) does in the notes' network)."""
        plain = F.slice_axis(h, axis=0, begin=0, end=1)
        other = F.slice_axis(h, axis=0, begin=1, end=2)
        return F.concat(plain, _dropped(F, other, p), dim=0)

    def hybrid_forward(self, F, x, w1, b1, w2, b2, w3, b3):
        h1 = self._drop_second(F, F.relu(F.broadcast_add(F.batch_dot(x, w1), b1)), self.p1)
        h2 = self._drop_second(F, F.relu(F.broadcast_add(F.batch_dot(h1, w2), b2)), self.p2)
        return F.broadcast_add(F.batch_dot(h2, w3), b3)


def _train_twins(data, weights, p1, p2, seed, epochs):
    """On the MXNet worker: full-batch Adam on the MSE; losses measured in prediction mode every EVERY epochs."""
    x_train, y_train, x_test, y_test = data
    mx.random.seed(seed)  # nn.Dropout draws its masks from MXNet's generator: seeded here, in this job
    net = _Twins(p1, p2)
    net.initialize()
    for k, w in enumerate(weights, 1):
        getattr(net, f"w{k}").set_data(nd.array(np.stack([w, w])))  # the same start for both models
    net.hybridize(static_alloc=True, static_shape=True)
    trainer = gluon.Trainer(net.collect_params(), "adam", {"learning_rate": LEARNING_RATE})
    n = len(x_train)
    twice = lambda a: nd.array(np.broadcast_to(a[:, None], (2, len(a), 1)))  # noqa: E731
    X, Y = twice(x_train), twice(y_train)
    seen = twice(np.concatenate([x_train, x_test, curve_inputs()]))  # train, test and curve in one pass
    targets = np.concatenate([y_train, y_test])
    recorded, out = [], None
    for epoch in range(1, epochs + 1):
        with autograd.record():  # training mode: dropout active in the second model
            loss = nd.mean(nd.square(net(X) - Y))
        loss.backward()
        trainer.step(1)
        if epoch % EVERY == 0 or epoch == epochs:
            out = net(seen).asnumpy()[:, :, 0].astype(np.float64)  # prediction mode: dropout idle
            error = (out[:, :len(targets)] - targets) ** 2
            recorded.append((error[0, :n].mean(), error[0, n:].mean(), error[1, :n].mean(), error[1, n:].mean()))
    with autograd.train_mode():  # after training: THINNED fresh masks per curve input, dropout active, no update
        many = net(twice(np.tile(curve_inputs(), THINNED))).asnumpy()[1, :, 0].astype(np.float64)
    many = many.reshape(THINNED, CURVE_POINTS)
    params = {name: getattr(net, name).data().asnumpy().astype(np.float64) for name in ("w1", "b1", "w2", "b2", "w3", "b3")}
    thinned = np.stack([many.mean(axis=0), many.std(axis=0, ddof=1)])
    return Trained(np.array(recorded), out[:, len(targets):], params, thinned)
