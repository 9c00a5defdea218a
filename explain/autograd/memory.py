"""What backward needs from forward, at a realistic size: the notes' 784-256-10 MLP on a batch of 256 (float32).

Back-propagation reads forward values (the notes: 梯度计算可能依据各变量的当前值): ∂J/∂W⁽¹⁾ reads X, ∂J/∂z
reads z (φ′), ∂J/∂W⁽²⁾ reads h, ∂J/∂o reads o (softmax): every layer adds a z and an h. Training keeps them until backward has used them;
prediction can drop each layer's input once its output exists (D2L 3.14). The bytes are read off the arrays
MXNet's own forward pass makes, not written down.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explain import engine

SIZES = (784, 256, 10)  # the notes' MLP: nn.Dense(256, activation='relu'), nn.Dense(10)
BATCH = 256  # the notes' batch_size
DEEPER = (784, 256, 256, 10)  # the notes' dropout network: one more hidden layer, one more z and h kept


@dataclass(frozen=True)
class Memory:
    """Bytes of the forward values at one size: kept for backward in training, the peak in prediction."""

    sizes: tuple
    batch: int
    rows: tuple  # (name, shape, bytes, the gradient whose step reads it), in forward order
    kept: int  # training: every row, held until backward has read it
    predict_peak: int  # prediction: the largest input + output of one operator alive at once
    params: int  # W⁽¹⁾, b⁽¹⁾, W⁽²⁾, b⁽²⁾: kept in both modes
    grads: int  # their gradients (the memory attach_grad asks for): training only


def _forward(sizes, batch):
    """On the MXNet worker: the MLP's forward pass on a batch of zeros; each array's name, shape, bytes, reader."""
    from mxnet import autograd, init, nd
    from mxnet.gluon import nn
    layers = [nn.Dense(n_out, in_units=n_in) for n_in, n_out in zip(sizes, sizes[1:])]
    for layer in layers:
        layer.initialize(init.Zero())
    X = nd.zeros((batch, sizes[0]))
    arrays = [("X", X, "W1")]  # ∂J/∂W⁽¹⁾ = ∂J/∂z⁽¹⁾ Xᵀ reads X
    with autograd.record():
        a = X
        for i, layer in enumerate(layers, start=1):
            z = layer(a)
            if i == len(layers):
                arrays.append(("o", z, "o"))  # ∂J/∂o = softmax(o) − y reads o
                break
            a = nd.relu(z)
            arrays += [(f"z{i}", z, f"z{i}"), (f"h{i}", a, f"W{i + 1}")]  # φ′(z) reads z; ∂J/∂W⁽ⁱ⁺¹⁾ reads h
    rows = tuple((name, tuple(a.shape), int(a.size) * np.dtype(a.dtype).itemsize, reader) for name, a, reader in arrays)
    held = [p for layer in layers for p in layer.collect_params().values()]
    params = sum(int(p.data().size) * np.dtype(p.dtype).itemsize for p in held)
    grads = sum(int(p.grad().size) * np.dtype(p.grad().dtype).itemsize for p in held)  # Gluon's grad buffers
    return rows, params, grads


def memory(sizes=SIZES, batch: int = BATCH) -> Memory:
    """Bytes kept for backward in training against prediction's peak, for the MLP `sizes` on `batch` examples."""
    rows, params, grads = engine.run(_forward, tuple(int(s) for s in sizes), int(batch))
    order = [row[2] for row in rows]
    peak = max(a + b for a, b in zip(order, order[1:]))  # one operator at a time: its input and its output
    return Memory(tuple(sizes), int(batch), rows, sum(order), peak, params, grads)
