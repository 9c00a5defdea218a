"""D2L 3.2–3.3's plain loops, written once: the code the linear-regression page shows, the tests' reference,
the bench's baseline.

Everything below this docstring is the page's code sample as it is (explain/linreg/code.py reads this
file's source), with the page's settings written into the constants at the top; run as a script, it
trains D2L's model both ways and prints what the page shows. The data, the initial weights and each
epoch's order of the examples come from NumPy generators seeded explicitly, so both loops (and the page)
see the same minibatches.
"""
import numpy
numpy.bool = bool  # MXNet 1.9.1 reads np.bool, gone in NumPy 1.24+
import numpy as np
from mxnet import autograd, gluon, nd
from mxnet.gluon import loss as gloss, nn

# the page's settings
LR = 0.03  # the learning rate
BATCH_SIZE = 10
EPOCHS = 3
NOISE = 0.01  # the standard deviation of the noise
SEED = 0
INIT = 'd2l'  # initial weights: 'd2l' N(0, 0.01²), 'zeros' or 'far'
N = 1000  # examples
TRUE_W, TRUE_B = (2.0, -3.4), 4.2
FAR = (-4.0, 4.0)  # the 'far' initial weights


def synthetic_data(n=1000, noise=0.01, seed=0, true_w=(2.0, -3.4),
                   true_b=4.2):
    """D2L 3.2: features ~ N(0, 1), y = X w + b + noise (float32)."""
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, len(true_w)))
    y = X @ np.asarray(true_w) + true_b + noise * rng.normal(size=n)
    return X.astype(np.float32), y.astype(np.float32)


def plan(n, epochs, seed, init):
    """The initial weights and bias, and each epoch's order of the examples."""
    rng = np.random.default_rng([seed, 1])
    normal = rng.normal(scale=0.01, size=2)  # D2L's w ~ N(0, 0.01²)
    w = {'d2l': normal, 'zeros': np.zeros(2), 'far': np.array(FAR)}[init]
    orders = [rng.permutation(n) for _ in range(epochs)]
    return w.astype(np.float32), 0.0, orders


def data_iter(batch_size, features, labels, order):
    """D2L's data_iter: the examples in this epoch's order, batch by batch."""
    for i in range(0, len(order), batch_size):
        j = nd.array(order[i:i + batch_size])
        yield features.take(j), labels.take(j)


def linreg(X, w, b):  # the model
    return nd.dot(X, w) + b


def squared_loss(y_hat, y):  # the notes' 平方损失
    return (y_hat - y.reshape(y_hat.shape)) ** 2 / 2


def sgd(params, lr, batch_size):  # the notes' 小批量随机梯度下降
    for param in params:
        param[:] = param - lr * param.grad / batch_size


def train_scratch(features, labels, w0, b0, orders, lr, batch_size):
    """From scratch: autograd.record, l.backward(), sgd; w and b after
    every step and the loss over all examples after every epoch."""
    w = nd.array(w0.reshape(2, 1))
    b = nd.array([b0])
    w.attach_grad()
    b.attach_grad()
    ws, bs = [w.asnumpy()[:, 0]], [b.asscalar()]
    losses = [squared_loss(linreg(features, w, b), labels).mean().asscalar()]
    for order in orders:  # one epoch: every example once
        for X, y in data_iter(batch_size, features, labels, order):
            with autograd.record():
                l = squared_loss(linreg(X, w, b), y)
            l.backward()  # the gradient of l.sum()
            sgd([w, b], lr, batch_size)
            ws.append(w.asnumpy()[:, 0])
            bs.append(b.asscalar())
        l = squared_loss(linreg(features, w, b), labels)
        losses.append(l.mean().asscalar())
    return np.array(ws), np.array(bs), np.array(losses)


def train_gluon(features, labels, w0, b0, orders, lr, batch_size):
    """Gluon: nn.Dense(1), L2Loss, Trainer('sgd'); the same outputs."""
    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize()
    net(features[:1])  # Gluon sizes the layer on its first input
    net[0].weight.set_data(nd.array(w0.reshape(1, 2)))  # the same start
    net[0].bias.set_data(nd.array([b0]))
    loss = gloss.L2Loss()  # ½ (ŷ − y)²
    trainer = gluon.Trainer(net.collect_params(), 'sgd',
                            {'learning_rate': lr})
    weights = lambda: (net[0].weight.data().asnumpy()[0],
                       net[0].bias.data().asscalar())
    ws, bs = [weights()[0]], [weights()[1]]
    losses = [loss(net(features), labels).mean().asscalar()]
    for order in orders:
        for X, y in data_iter(batch_size, features, labels, order):
            with autograd.record():
                l = loss(net(X), y)
            l.backward()
            trainer.step(batch_size)  # divides the gradient by batch_size
            ws.append(weights()[0])
            bs.append(weights()[1])
        losses.append(loss(net(features), labels).mean().asscalar())
    return np.array(ws), np.array(bs), np.array(losses)


def closed_form(X, y):
    """Least squares in float64 (解析解): the w and b of the lowest loss."""
    Z = np.column_stack([X, np.ones(len(X))]).astype(np.float64)
    theta = np.linalg.lstsq(Z, y.astype(np.float64), rcond=None)[0]
    return theta[:-1], theta[-1]


def main(lr, batch_size, epochs, noise, seed, init):
    X, y = synthetic_data(N, noise, seed, TRUE_W, TRUE_B)
    w0, b0, orders = plan(N, epochs, seed, init)
    features, labels = nd.array(X), nd.array(y)
    w_hat, b_hat = closed_form(X, y)
    print('closed form w', list(w_hat), 'b', b_hat)
    for name, train in (('scratch', train_scratch), ('gluon', train_gluon)):
        ws, bs, losses = train(features, labels, w0, b0, orders, lr,
                               batch_size)
        for epoch in range(1, epochs + 1):
            print(name, 'epoch %d, loss %f' % (epoch, losses[epoch]))
        print(name, 'w', list(ws[-1]), 'b', bs[-1])


if __name__ == '__main__':
    main(LR, BATCH_SIZE, EPOCHS, NOISE, SEED, INIT)
