"""The runnable MXNet code each section shows, with the page's settings filled in."""
from __future__ import annotations

from explain.activations.registry import get
from explain.codetext import PREAMBLE_TEXT
from explain.activations.symmetry_breaking import SYMMETRY_INPUTS, SYMMETRY_UNITS


def probe_code(name: str, x0: float, alpha: float = 0.1) -> str:
    """Runnable MXNet code that prints f(x0) and f'(x0) the way the page computes them."""
    call = get(name).code.format(x="x", alpha=alpha)
    return (
        PREAMBLE_TEXT +
        "from mxnet import autograd, nd\n\n"
        f"x = nd.array([{x0!r}], dtype='float64')\n"
        "x.attach_grad()                 # room for the gradient\n"
        "with autograd.record():         # record the computation ...\n"
        f"    y = {call}\n"
        "y.backward()                    # ... and run it backwards\n"
        "print('f(x0)  =', y.asscalar())\n"
        "print(\"f'(x0) =\", x.grad.asscalar())\n"
    )


def depth_code(name: str, depth: int, width: int, sigma: float, seed: int, alpha: float = 0.1) -> str:
    """Runnable MXNet code for the depth experiment, with the page's settings."""
    call = get(name).code.format(x="z", alpha=alpha)
    return (
        PREAMBLE_TEXT +
        "import numpy as np\n"
        "from mxnet import autograd, nd\n\n"
        f"rng = np.random.default_rng({seed})\n"
        f"x = rng.standard_normal((32, {width}))\n"
        f"weights = [nd.array(rng.normal(0, {sigma!r}, ({width}, {width})), dtype='float64')\n"
        f"           for _ in range({depth})]\n"
        f"probes = [nd.zeros((32, {width}), dtype='float64') for _ in range({depth})]  # dL/dprobe = delta\n"
        "for v in weights + probes:\n"
        "    v.attach_grad()\n"
        "h = nd.array(x, dtype='float64')\n"
        "with autograd.record():\n"
        "    for w, e in zip(weights, probes):\n"
        "        z = nd.dot(h, w) + e\n"
        f"        h = {call}\n"
        "    loss = h.sum() / 32\n"
        "loss.backward()\n"
        "for layer, (w, e) in enumerate(zip(weights, probes), start=1):\n"
        "    print(layer, nd.norm(e.grad).asscalar(), nd.norm(w.grad).asscalar())\n"
    )


def symmetry_code(start: str, seed: int = 0, steps: int = 20, lr: float = 0.5) -> str:
    """Runnable MXNet (Gluon) code for the symmetry demonstration, printing the hidden layer's weights."""
    if start == "equal":
        weights = (f"w1 = np.full(({SYMMETRY_UNITS}, {SYMMETRY_INPUTS}), 0.5)       # every hidden unit starts the same\n"
                   f"w2 = np.full((1, {SYMMETRY_UNITS}), 0.5)\n")
    else:
        weights = (f"w1 = rng.normal(0, 0.5, ({SYMMETRY_UNITS}, {SYMMETRY_INPUTS}))   # every hidden unit starts differently\n"
                   f"w2 = rng.normal(0, 0.5, (1, {SYMMETRY_UNITS}))\n")
    return (
        PREAMBLE_TEXT +
        "import numpy as np\n"
        "import mxnet as mx\n"
        "from mxnet import autograd, gluon, nd\n"
        "from mxnet.gluon import nn\n\n"
        f"rng = np.random.default_rng({seed})\n"
        f"x = rng.standard_normal((16, {SYMMETRY_INPUTS}))\n"
        "y = np.sin(x @ np.array([1.0, -2.0, 0.5]))[:, None]\n"
        + weights +
        "net = nn.Sequential()\n"
        f"net.add(nn.Dense({SYMMETRY_UNITS}, activation='tanh', in_units={SYMMETRY_INPUTS}, dtype='float64'),\n"
        f"        nn.Dense(1, in_units={SYMMETRY_UNITS}, dtype='float64'))\n"
        "net.initialize(mx.init.Zero())\n"
        "net[0].weight.set_data(nd.array(w1, dtype='float64'))\n"
        "net[1].weight.set_data(nd.array(w2, dtype='float64'))\n"
        f"trainer = gluon.Trainer(net.collect_params(), 'sgd', {{'learning_rate': {lr!r}}})\n"
        "loss = gluon.loss.L2Loss()\n"
        "X, Y = nd.array(x, dtype='float64'), nd.array(y, dtype='float64')\n"
        f"for step in range({steps}):\n"
        "    with autograd.record():\n"
        "        l = loss(net(X), Y)\n"
        "    l.backward()\n"
        "    trainer.step(16)\n"
        "print(net[0].weight.data())      # one row per hidden unit\n"
    )
