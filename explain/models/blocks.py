"""The notes' Blocks (§8, D2L 4.1 and 4.4): CenteredLayer, MyDense, MySequential, a Block with its own forward,
and the network a class builds, made from its layers. Used only inside jobs on the MXNet worker thread."""
from __future__ import annotations

from mxnet import nd
from mxnet.gluon import nn

from explain.models.spec import Layer

PREFIX = "net_"  # a fixed prefix: Gluon's automatic names (dense0, dense1…) would grow with every network built


class CenteredLayer(nn.Block):
    """The notes' custom layer without parameters: subtract the mean."""

    def forward(self, x):
        return x - x.mean()


class MyDense(nn.Block):
    """The notes' custom layer with parameters: weight (in_units, units), bias (units,), then relu."""

    def __init__(self, units, in_units, **kwargs):
        super(MyDense, self).__init__(**kwargs)
        self.weight = self.params.get('weight', shape=(in_units, units))
        self.bias = self.params.get('bias', shape=(units,), init='zeros')  # as nn.Dense's: Xavier refuses vectors

    def forward(self, x):
        linear = nd.dot(x, self.weight.data()) + self.bias.data()
        return nd.relu(linear)


class MySequential(nn.Block):
    """The notes' hand-written Sequential: children kept in order in _children."""

    def __init__(self, **kwargs):
        super(MySequential, self).__init__(**kwargs)

    def add(self, block):
        self._children[block.name] = block

    def forward(self, x):
        for block in self._children.values():  # in the order they were added
            x = block(x)
        return x


class MLP(nn.Block):
    """A Block subclass with its own forward: the layers as attributes, Python's loop over them."""

    def __init__(self, layers, features, **kwargs):
        super(MLP, self).__init__(**kwargs)
        self.count = len(layers)
        with self.name_scope():
            blocks = new_layers(layers, features, False)
        for i, block in enumerate(blocks):
            setattr(self, f"layer{i}", block)  # an attribute that is a Block is registered as a child

    def forward(self, x):
        for i in range(self.count):
            x = getattr(self, f"layer{i}")(x)
        return x


class FancyMLP(MLP):
    """The same layers, then D2L's FancyMLP control flow: halve while the norm is above 1, then ×10 if below 0.8."""

    def forward(self, x):
        x = super(FancyMLP, self).forward(x)
        self.scale = 1.0  # what the control flow did to the output, for the page to tell
        while x.norm().asscalar() > 1:
            x = x / 2
            self.scale /= 2
        if x.norm().asscalar() < 0.8:
            x = x * 10
            self.scale *= 10
        return x


def make_layer(layer: Layer, in_units: int | None):
    """One Gluon layer; in_units given (a Dense's input size) makes its weight's shape known at once."""
    if layer.kind == "dense":
        return nn.Dense(layer.units, activation=layer.activation, in_units=in_units or 0)
    if layer.kind == "dropout":
        return nn.Dropout(layer.p)
    if layer.kind == "centered":
        return CenteredLayer()
    return MyDense(layer.units, in_units=in_units)  # MyDense always needs it (D2L's definition)


def widths(layers, features: int) -> list[int]:
    """Each layer's input size: the features, then the previous layer's units where it has units."""
    sizes, width = [], features
    for layer in layers:
        sizes.append(width)
        if layer.has_params:
            width = layer.units
    return sizes


def new_layers(layers, features: int, give_in_units: bool) -> list:
    """The Gluon layers, in order (MyDense gets its in_units always, Dense only when asked)."""
    return [make_layer(layer, width if (give_in_units or layer.kind == "mydense") else None)
            for layer, width in zip(layers, widths(layers, features))]


def sequential(layers, features: int, give_in_units: bool = False, container=nn.Sequential, prefix=PREFIX):
    """The network in a container (nn.Sequential, MySequential) whose parameter names never change."""
    net = container(prefix=prefix)
    with net.name_scope():  # the children's names counted inside this net: net_dense0, net_dense1…
        for block in new_layers(layers, features, give_in_units):
            net.add(block)
    return net

