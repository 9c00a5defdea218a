"""The runnable MXNet code the page shows: it prints every number the page shows, for the page's controls."""
from __future__ import annotations

import numpy as np

from explain.autograd.control_flow import checked_a
from explain.autograd.network import checked, inputs
from explain.autograd.memory import BATCH, DEEPER, SIZES
from explain.autograd.notes_example import HEADS
from explain.codetext import PREAMBLE, commented
from explain.errors import InputError

HEAD_CODE = {"ones": "nd.ones_like(y)", "first": "nd.one_hot(nd.zeros(1), y.size).reshape(y.shape)",
             "mean": "nd.ones_like(y) / y.size"}
PHI_CODE = {"relu": "nd.relu", "sigmoid": "nd.sigmoid", "tanh": "nd.tanh"}


def _matrix(x) -> str:
    """A float32 array as nd.array's literal, each number in float32's shortest exact spelling."""
    return "[" + ", ".join("[" + ", ".join(str(np.float32(v)) for v in row) + "]" for row in np.asarray(x)) + "]"


def _numbers(a) -> str:
    return "[" + ", ".join(f"{v:g}" for v in np.asarray(a)) + "]"


def mxnet_code(x, head: str, a: float, activation: str, lam: float, lr: float, seed: int) -> str:
    """Runnable code: the notes' y = 2xᵀx, a non-scalar y with a head gradient, D2L 2.3's f(a), D2L 3.14's graph
    forward and backward with one SGD step, and the bytes backward keeps for the notes' MLP."""
    if head not in HEADS:
        raise InputError("head", f"no head gradient {head!r}", value=head)
    a = checked_a(a)
    activation, lam, lr, seed = checked(activation, lam, lr, seed)
    gx, W1, W2, label = inputs(seed)
    lines = [
        *PREAMBLE,
        ("from mxnet import autograd, nd", ""),
        ("", ""),
        ("def show(name, a):", ""),
        ("    print(name, '=', a.asnumpy().tolist())", ""),
        ("", ""),
        ("# 1. The notes' example: y = 2 x^T x, x.grad = 4x (自动求梯度)", ""),
        (f"x = nd.array({_matrix(x)})", "float32, like nd.arange(4).reshape((4, 1))"),
        ("x.attach_grad()", "memory for the gradient (申请内存)"),
        ("with autograd.record():", "record the computation"),
        ("    y = 2 * nd.dot(x.T, x)", ""),
        ("y.backward()", "a non-scalar y is summed first"),
        ("show('y', y)", ""),
        ("show('x.grad', x.grad)", ""),
        ("", ""),
        ("# 2. A non-scalar y: backward(head) gives x.grad = head * dy/dx", ""),
        ("with autograd.record():", ""),
        ("    y = x * x", ""),
        (f"head = {HEAD_CODE[head]}", "y.backward() alone uses ones: the sum"),
        ("y.backward(head)", ""),
        ("show('head', head)", ""),
        ("show('x.grad (head)', x.grad)", "head * 2x"),
        ("", ""),
        ("# 3. D2L 2.3: Python control flow, and autograd still gets the gradient", ""),
        ("def f(a):", ""),
        ("    b = a * 2", ""),
        ("    while b.norm().asscalar() < 1000:", ""),
        ("        b = b * 2", ""),
        ("    if b.sum().asscalar() > 0:", ""),
        ("        c = b", ""),
        ("    else:", ""),
        ("        c = 100 * b", ""),
        ("    return c", ""),
        ("", ""),
        (f"a = nd.array([{float(a)!r}])", ""),
        ("a.attach_grad()", ""),
        ("with autograd.record():", ""),
        ("    c = f(a)", "only the path that ran is recorded"),
        ("c.backward()", ""),
        ("show('a.grad', a.grad)", "equals c / a"),
        ("show('c / a', c / a)", ""),
        ("", ""),
        ("# 4. D2L 3.14: forward (正向传播), backward (反向传播), one SGD step", ""),
        ("f64 = lambda v: nd.array(v, dtype='float64')", ""),
        (f"x = f64({_numbers(gx)})", f"seed {seed}"),
        (f"W1 = f64([{', '.join(_numbers(r) for r in W1)}])", "3 hidden units, 2 inputs"),
        (f"W2 = f64([{', '.join(_numbers(r) for r in W2)}])", "2 outputs"),
        (f"y = f64({_numbers(np.eye(2)[label])})", f"the true class is {label} (one-hot)"),
        (f"lam, lr, phi = {lam!r}, {lr!r}, {PHI_CODE[activation]}", ""),
        ("", ""),
        ("def forward(W1, W2, zero):", "zero[k] added to node k: its .grad is dJ/dk"),
        ("    z = nd.dot(W1, x) + zero['z']", ""),
        ("    h = phi(z) + zero['h']", ""),
        ("    o = nd.dot(W2, h) + zero['o']", ""),
        ("    L = -(y * nd.log_softmax(o)).sum() + zero['L']", "softmax cross-entropy"),
        ("    s = lam / 2 * ((W1 ** 2).sum() + (W2 ** 2).sum()) + zero['s']", "the L2 penalty"),
        ("    return dict(z=z, h=h, o=o, L=L, s=s, J=L + s)", ""),
        ("", ""),
        ("shapes = dict(z=(3,), h=(3,), o=(2,), L=(1,), s=(1,))", ""),
        ("zero = {k: nd.zeros(shape, dtype='float64') for k, shape in shapes.items()}", ""),
        ("for leaf in [W1, W2, *zero.values()]:", ""),
        ("    leaf.attach_grad()", "MXNet keeps gradients of leaves only"),
        ("with autograd.record():", "the computational graph (计算图)"),
        ("    node = forward(W1, W2, zero)", ""),
        ("node['J'].backward()", "the chain rule (链式法则), from J back"),
        ("for k, v in node.items():", ""),
        ("    show(k, v)", ""),
        ("for k in ['o', 'h', 'z', 'L', 's']:", ""),
        ("    show('dJ/d' + k, zero[k].grad)", ""),
        ("show('dJ/dW2', W2.grad)", ""),
        ("show('dJ/dW1', W1.grad)", ""),
        ("W1, W2 = W1 - lr * W1.grad, W2 - lr * W2.grad", "SGD: W <- W - lr * dJ/dW"),
        ("after = forward(W1, W2, {k: 0 for k in shapes})", "the next forward pass"),
        ("show('next J', after['J'])", ""),
        ("", ""),
        (f"# 5. Bytes backward needs: the notes' {'-'.join(map(str, SIZES))} MLP, batch {BATCH}, float32", ""),
        (f"def forward_values(sizes, batch={BATCH}):", "X, then each layer's z and h, then o"),
        ("    X = nd.zeros((batch, sizes[0]))", ""),
        ("    values, a = [X], X", ""),
        ("    for layer, (n_in, n_out) in enumerate(zip(sizes[:-1], sizes[1:]), start=1):", ""),
        ("        z = nd.dot(a, nd.zeros((n_out, n_in)).T)", ""),
        ("        if layer == len(sizes) - 1:", ""),
        ("            return values + [z]", "the output o"),
        ("        a = nd.relu(z)", ""),
        ("        values += [z, a]", ""),
        ("", ""),
        (f"for name, sizes in [('', {SIZES}), ('deeper ', {DEEPER})]:", ""),
        ("    v = forward_values(sizes)", ""),
        ("    print(name + 'kept for backward =', sum(a.size * 4 for a in v), 'bytes')", "training: all of them"),
        ("    print(name + 'prediction peak =', max((a.size + b.size) * 4 for a, b in zip(v, v[1:])), 'bytes')",
         "one operator's input and output"),
        ("", ""),
        ("from mxnet.gluon import nn", ""),
        ("net = nn.Sequential()", "the notes' MLP"),
        (f"net.add(nn.Dense({SIZES[1]}, activation='relu'), nn.Dense({SIZES[2]}))", ""),
        ("net.initialize()", ""),
        (f"net(nd.zeros((1, {SIZES[0]})))", "the first call fixes the weights' shapes"),
        ("params = net.collect_params().values()", "W and b of both layers"),
        ("print('parameters =', sum(p.data().size * 4 for p in params), 'bytes')", "kept in both modes"),
        ("print('parameter gradients =', sum(p.grad().size * 4 for p in params), 'bytes')", "training only"),
    ]
    return commented(lines)
