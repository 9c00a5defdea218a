"""The runnable MXNet code the page shows: it builds the shown network, prints the deferred shapes, each layer's output
shape and parameter count, re-initialises with the chosen initializer, and saves and loads the parameters."""
from __future__ import annotations

import inspect

from explain.codetext import PREAMBLE, commented
from explain.models import blocks
from explain.models.blocks import widths
from explain.models.reinit import check_init, initializer_code
from explain.models.spec import check_input, parse_network, python_of

__all__ = ["mxnet_code", "ways_code"]

CENTERED = [
    ("class CenteredLayer(nn.Block):", "a custom layer without parameters"),
    ("    def forward(self, x):", ""),
    ("        return x - x.mean()", ""),
    ("", ""),
]
MYDENSE = [
    ("class MyDense(nn.Block):", "a custom layer with parameters (D2L 4.4)"),
    ("    def __init__(self, units, in_units, **kwargs):", ""),
    ("        super(MyDense, self).__init__(**kwargs)", ""),
    ("        self.weight = self.params.get('weight', shape=(in_units, units))", ""),
    ("        self.bias = self.params.get('bias', shape=(units,), init='zeros')", "as nn.Dense's bias"),
    ("    def forward(self, x):", ""),
    ("        linear = nd.dot(x, self.weight.data()) + self.bias.data()", ""),
    ("        return nd.relu(linear)", ""),
    ("", ""),
]
MYINIT = [
    ("class MyInit(init.Initializer):", "the notes' custom initializer"),
    ("    def _init_weight(self, name, data):", ""),
    ("        data[:] = nd.random.uniform(low=-10, high=10, shape=data.shape)", ""),
    ("        data *= data.abs() >= 5", "keep only |w| ≥ 5"),
    ("", ""),
]


def mxnet_code(text: str, batch: int, features: int, give_in_units: bool, init_name: str, sigma: float,
               value: float, seed: int = 0) -> str:
    """Runnable code for the page's network, input shape, in_units choice, initializer and seed."""
    layers = parse_network(text)
    batch, features = check_input(batch, features)
    init_name, sigma, value = check_init(init_name, sigma, value)
    kinds = {layer.kind for layer in layers}
    built = [python_of(layer, width if (give_in_units or layer.kind == "mydense") else None)
             for layer, width in zip(layers, widths(layers, features))]
    lines = [*PREAMBLE, ("import os", ""), ("import mxnet as mx", ""), ("from mxnet import autograd, init, nd", ""),
             ("from mxnet.gluon import nn", ""), ("", "")]
    lines += (CENTERED if "centered" in kinds else []) + (MYDENSE if "mydense" in kinds else [])
    lines += MYINIT if init_name == "myinit" else []
    lines += [("def build():", ""),
              ("    net = nn.Sequential(prefix='net_')", "fixed names: net_dense0_weight, …"),
              ("    with net.name_scope():", "")]
    lines += [(f"        net.add({code})", "") for code in built]
    lines += [("    return net", ""), ("", ""),
              ("net = build()", ""),
              ("for name, p in net.collect_params().items():", ""),
              ("    print('built', name, p.shape)", "0: an input size not known yet"),
              (f"mx.random.seed({int(seed)})", "the page's seed"),
              (f"X = nd.random.uniform(shape=({batch}, {features}))", ""),
              ("net.initialize()", "deferred until the shapes are known"),
              ("x = X", ""),
              ("for i, layer in enumerate(net):", "what net(X) does, layer by layer"),
              ("    x = layer(x)", ""),
              ("    count = sum(p.data().size for p in layer.collect_params().values())", ""),
              ("    print('layer', i, 'output', x.shape, 'params', count)", ""),
              ("print('total', sum(p.data().size for p in net.collect_params().values()))", ""),
              ("", ""),
              (f"net.initialize({initializer_code(init_name, sigma, value)}, force_reinit=True)", ""),
              ("name, w = next((n, p.data()) for n, p in net.collect_params().items()", ""),
              ("               if n.endswith('weight'))", "the first weight"),
              ("print('reinit', name, w.shape, 'mean %.6f std %.6f' % (", ""),
              ("    w.mean().asscalar(), ((w - w.mean()) ** 2).mean().sqrt().asscalar()))", ""),
              ("", ""),
              ("net.save_parameters('net.params')", "读取和存储"),
              ("clone = build()", "the same architecture"),
              ("clone.load_parameters('net.params')", ""),
              ("same = all((a.data() == b.data()).min().asscalar() == 1 for a, b in", ""),
              ("           zip(net.collect_params().values(), clone.collect_params().values()))", ""),
              ("print('round trip identical:', same, os.path.getsize('net.params'), 'bytes')", ""),
              ("", ""),
              (f"mx.random.seed({int(seed)})", "共享模型参数: D2L 4.2.3, small"),
              ("X2 = nd.random.uniform(shape=(2, 4))", ""),
              ("shared = nn.Dense(3, activation='tanh', in_units=3)", ""),
              ("tied = nn.Sequential()", ""),
              ("tied.add(nn.Dense(3, activation='tanh', in_units=4), shared,", ""),
              ("         nn.Dense(3, activation='tanh', in_units=3, params=shared.params),", "the same weight"),
              ("         nn.Dense(1, in_units=3))", ""),
              ("tied.initialize(init.Normal(sigma=1.0))", ""),
              ("with autograd.record():", ""),
              ("    y = tied(X2).sum()", ""),
              ("y.backward()", ""),
              ("print('shared', tied[1].weight is tied[2].weight)", ""),
              ("print('shared gradient', tied[1].weight.grad().asnumpy().tolist())", "the sum of both uses")]
    return commented(lines)


# Read once, when this module is imported: inspect.getsource parses the file with ast, and Python 3.11's parser
# raised "AST constructor recursion depth mismatch" when sessions' threads parsed at once (seen under bench/load.py).
_WAYS = "\n\n".join(inspect.getsource(c).rstrip() for c in (blocks.MySequential, blocks.MLP, blocks.FancyMLP)) + "\n"


def ways_code() -> str:
    """The notes' MySequential, and a Block subclass with its own forward and FancyMLP's control flow: the classes
    the page ran, as they are written in explain/models/blocks.py."""
    return _WAYS
