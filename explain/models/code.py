"""The runnable MXNet code the page shows: it builds the shown network, prints the deferred shapes, each layer's output
shape and parameter count, re-initialises with the chosen initializer, and saves and loads the parameters."""
from __future__ import annotations

import inspect

from explain.codetext import PREAMBLE_TEXT, commented
from explain.models import blocks
from explain.models.blocks import widths
from explain.models.reinit import check_init, initializer_code
from explain.models.spec import check_input, parse_network, python_of

__all__ = ["mxnet_code", "ways_code"]

# The notes' classes, as D2L writes them (their notes on lines of their own: the main script's comments line up
# after its own longest line, not after these)
CENTERED = """# a custom layer without parameters
class CenteredLayer(nn.Block):
    def forward(self, x):
        return x - x.mean()

"""
MYDENSE = """# a custom layer with parameters (D2L 4.4)
class MyDense(nn.Block):
    def __init__(self, units, in_units, **kwargs):
        super(MyDense, self).__init__(**kwargs)
        self.weight = self.params.get('weight', shape=(in_units, units))
        # the bias starts at zeros, as nn.Dense's does
        self.bias = self.params.get('bias', shape=(units,), init='zeros')
    def forward(self, x):
        linear = nd.dot(x, self.weight.data()) + self.bias.data()
        return nd.relu(linear)

"""
MYINIT = """# the notes' custom initializer
class MyInit(init.Initializer):
    def _init_weight(self, name, data):
        data[:] = nd.random.uniform(low=-10, high=10, shape=data.shape)
        data *= data.abs() >= 5  # keep only |w| ≥ 5

"""
IMPORTS = "import os\nimport mxnet as mx\nfrom mxnet import autograd, init, nd\nfrom mxnet.gluon import nn\n\n"


def mxnet_code(text: str, batch: int, features: int, give_in_units: bool, init_name: str, sigma: float,
               value: float, seed: int = 0) -> str:
    """Runnable code for the page's network, input shape, in_units choice, initializer and seed."""
    layers = parse_network(text)
    batch, features = check_input(batch, features)
    init_name, sigma, value = check_init(init_name, sigma, value)
    kinds = {layer.kind for layer in layers}
    built = [python_of(layer, width if (give_in_units or layer.kind == "mydense") else None)
             for layer, width in zip(layers, widths(layers, features))]
    classes = (CENTERED if "centered" in kinds else "") + (MYDENSE if "mydense" in kinds else "") + \
        (MYINIT if init_name == "myinit" else "")
    lines = [("def build():", ""),
              ("    net = nn.Sequential(prefix='net_')", "fixed names: net_dense0_weight, …"),
              ("    with net.name_scope():", "")]
    lines += [(f"        net.add({code})", "") for code in built]
    lines += [("    return net", ""), ("", ""),
              ("def size(block):", "its number of parameters"),
              ("    params = block.collect_params().values()", ""),
              ("    return sum(p.data().size for p in params)", ""), ("", ""),
              ("net = build()", ""),
              ("for name, p in net.collect_params().items():", ""),
              ("    print('built', name, p.shape)", "0: an input size not known yet"),
              (f"mx.random.seed({int(seed)})", "the page's seed"),
              (f"X = nd.random.uniform(shape=({batch}, {features}))", ""),
              ("net.initialize()", "deferred: the shapes are unknown"),
              ("x = X", ""),
              ("for i, layer in enumerate(net):", "what net(X) does, layer by layer"),
              ("    x = layer(x)", ""),
              ("    n = size(layer)", ""),
              ("    print('layer', i, 'output', x.shape, 'params', n)", ""),
              ("print('total', size(net))", ""),
              ("", ""),
              (f"net.initialize({initializer_code(init_name, sigma, value)},", ""),
              ("               force_reinit=True)", ""),
              ("params = net.collect_params()", ""),
              ("name = next(n for n in params.keys()", ""),
              ("            if n.endswith('weight'))", "the first weight"),
              ("w = params[name].data()", ""),
              ("mean = w.mean().asscalar()", ""),
              ("std = ((w - mean) ** 2).mean().sqrt().asscalar()", ""),
              ("print('reinit', name, w.shape,", ""),
              ("      'mean %.6f std %.6f' % (mean, std))", ""),
              ("", ""),
              ("net.save_parameters('net.params')", "读取和存储"),
              ("clone = build()", "the same architecture"),
              ("clone.load_parameters('net.params')", ""),
              ("old = net.collect_params().values()", ""),
              ("new = clone.collect_params().values()", ""),
              ("same = all((a.data() == b.data()).min().asscalar() == 1", ""),
              ("           for a, b in zip(old, new))", ""),
              ("nbytes = os.path.getsize('net.params')", ""),
              ("print('round trip identical:', same, nbytes, 'bytes')", ""),
              ("", ""),
              (f"mx.random.seed({int(seed)})", "共享模型参数: D2L 4.2.3, small"),
              ("X2 = nd.random.uniform(shape=(2, 4))", ""),
              ("first = nn.Dense(3, activation='tanh', in_units=4)", ""),
              ("shared = nn.Dense(3, activation='tanh', in_units=3)", ""),
              ("second = nn.Dense(3, activation='tanh', in_units=3,", ""),
              ("                  params=shared.params)", "the same weight"),
              ("tied = nn.Sequential()", ""),
              ("last = nn.Dense(1, in_units=3)", ""),
              ("tied.add(first, shared, second, last)", ""),
              ("tied.initialize(init.Normal(sigma=1.0))", ""),
              ("with autograd.record():", ""),
              ("    y = tied(X2).sum()", ""),
              ("y.backward()", ""),
              ("print('shared', tied[1].weight is tied[2].weight)", ""),
              ("grad = tied[1].weight.grad().asnumpy()", ""),
              ("print('shared gradient', grad.tolist())", "the sum of both uses")]
    # the preamble's and the classes' comments stand by themselves: the script's line up after its longest line
    return PREAMBLE_TEXT + IMPORTS + classes + commented(lines)


# Read once, when this module is imported: inspect.getsource parses the file with ast, and Python 3.11's parser
# raised "AST constructor recursion depth mismatch" when sessions' threads parsed at once (seen under bench/load.py).
_WAYS = "\n\n".join(inspect.getsource(c).rstrip() for c in (blocks.MySequential, blocks.MLP, blocks.FancyMLP)) + "\n"


def ways_code() -> str:
    """The notes' MySequential, and a Block subclass with its own forward and FancyMLP's control flow: the classes
    the page ran, as they are written in explain/models/blocks.py."""
    return _WAYS
