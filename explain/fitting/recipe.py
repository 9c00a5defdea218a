"""D2L 3.11's plain Gluon loop, once: the fitting page's code sample, the tests' reference, the bench's baseline.

Everything below this docstring is the page's code sample as it is (explain/fitting/code.py reads this
file's source), with the page's settings written into the constants at the top; run as a script, it prints
the page's numbers: `plan` makes the page's random choices from the seed (explain.fitting.sgd_plan: the
initial weights and each epoch's order of the samples) and `main` trains in float64, as the page does.
`train` without weight= and orders= is D2L's own loop (Gluon's initializer, DataLoader's shuffle, float32).
"""
import math

import numpy
numpy.bool = bool  # MXNet 1.9.1 reads np.bool, gone in NumPy 1.24+
import numpy as np
from mxnet import autograd, gluon, nd
from mxnet.gluon import data as gdata, loss as gloss, nn

# the page's settings
DEGREE = 3  # of the polynomial
N_TRAIN = 100  # training samples (of 100)
NOISE = 0.1  # the standard deviation of the noise ε
EPOCHS = 100
LR = 0.01  # the learning rate
BATCH_SIZE = 10
WD = 0.0  # weight decay, on the weights only
SEED = 0  # of the data


def make_data(noise, seed):
    """D2L 3.11: x ~ N(0, 1), 100 to train and 100 to test."""
    rng = np.random.default_rng(seed)
    x = rng.normal(size=200)
    y = 1.2 * x - 3.4 * x**2 + 5.6 * x**3 + 5 + noise * rng.normal(size=200)
    return x, y


def powers(x, degree):
    """x^i / scale_i for i = 1..degree: raw up to x³, above divided by
    2^(i-3)·i!/3! (so that no column outgrows x³); and the scales."""
    scale = np.array([1.0 if i <= 3 else 2.0 ** (i - 3) * math.factorial(i) / 6
                      for i in range(1, degree + 1)])
    if degree == 0:
        return np.zeros((len(x), 1)), scale  # a column the model cannot use
    return np.stack([x**i for i in range(1, degree + 1)], axis=1) / scale, scale


def plan(n, degree, epochs, seed):
    """The page's random choices, from the seed: initial weights ~ U(-0.07,
    0.07) (Gluon's default initializer) and each epoch's order of samples."""
    rng = np.random.default_rng([seed, 1, 0])
    weight = rng.uniform(-0.07, 0.07, degree)
    orders = [rng.permutation(n) for _ in range(epochs)]
    return (weight if degree else np.zeros(1)), orders


class Replay:
    """A sampler for DataLoader: the given order of the samples, the next one
    each epoch (instead of DataLoader's own shuffle)."""

    def __init__(self, orders):
        self.orders, self.epoch = orders, 0

    def __iter__(self):
        self.epoch += 1
        return iter([int(i) for i in self.orders[self.epoch - 1]])

    def __len__(self):
        return len(self.orders[0])


def train(features, labels, test_features, test_labels, epochs, lr,
          batch_size, wd=0.0, decay_bias=False, weight=None, bias=0.0,
          orders=None, dtype='float32'):
    """Train nn.Dense(1) with L2Loss and the notes' two Trainers; the
    training and test loss after every epoch, the weights and the bias.

    weight, bias: where to start (default: Gluon's initializer); orders:
    the order of the samples in each epoch (default: DataLoader shuffles).
    """
    train_X = nd.array(features, dtype=dtype)
    train_y = nd.array(labels, dtype=dtype)
    test_X = nd.array(test_features, dtype=dtype)
    test_y = nd.array(test_labels, dtype=dtype)
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize()  # weights ~ U(-0.07, 0.07), bias 0
    net.cast(dtype)
    if weight is not None:
        net(train_X[:1])  # Gluon sizes the layer on its first input
        net[0].weight.set_data(nd.array([weight], dtype=dtype))
        net[0].bias.set_data(nd.array([bias], dtype=dtype))
    loss = gloss.L2Loss()  # ½ (ŷ − y)²
    dataset = gdata.ArrayDataset(train_X, train_y)
    if orders is None:
        train_iter = gdata.DataLoader(dataset, batch_size, shuffle=True)
    else:
        train_iter = gdata.DataLoader(dataset, batch_size,
                                      sampler=Replay(orders))
    # the notes' two Trainers: the weights decay, the bias only if decay_bias
    trainer_w = gluon.Trainer(net.collect_params('.*weight'), 'sgd',
                              {'learning_rate': lr, 'wd': wd})
    trainer_b = gluon.Trainer(net.collect_params('.*bias'), 'sgd',
                              {'learning_rate': lr,
                               'wd': wd if decay_bias else 0})
    train_ls, test_ls = [], []
    for epoch in range(epochs):
        for X, y in train_iter:
            with autograd.record():
                l = loss(net(X), y)
            l.backward()
            trainer_w.step(batch_size)
            trainer_b.step(batch_size)
        train_ls.append(loss(net(train_X), train_y).mean().asscalar())
        test_ls.append(loss(net(test_X), test_y).mean().asscalar())
    w = net[0].weight.data().asnumpy()[0]
    b = net[0].bias.data().asscalar()
    return np.array(train_ls), np.array(test_ls), w, b


def main(degree, n_train, noise, epochs, lr, batch_size, wd, seed):
    """Fit the page's polynomial; print its losses and its coefficients."""
    x, y = make_data(noise, seed)
    features, scale = powers(x, degree)
    weight, orders = plan(n_train, degree, epochs, seed)
    train_ls, test_ls, w, b = train(
        features[:n_train], y[:n_train], features[100:], y[100:],
        epochs, lr, min(batch_size, n_train), wd, weight=weight,
        orders=orders, dtype='float64')  # as the page trains
    print('train loss', train_ls[-1])
    print('test loss', test_ls[-1])
    print('w', list(w[:degree] / scale), 'b', b)  # on the original scale


if __name__ == '__main__':
    main(DEGREE, N_TRAIN, NOISE, EPOCHS, LR, BATCH_SIZE, WD, SEED)
