"""Block versus Sequential (模型构造): the same network as nn.Sequential, as the notes' MySequential and as a Block
subclass with its own forward, given the same parameters, and the same layers followed by Python control flow."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from explain import engine
from explain.models.blocks import MLP, FancyMLP, MySequential, sequential
from explain.models.spec import check_input, parse_network
from explain.models.structure import input_array

__all__ = ["WAYS", "Ways", "four_ways"]

WAYS = ("sequential", "mysequential", "block", "fancy")


@dataclass(frozen=True)
class Ways:
    outputs: dict  # way → the first row of its output for X (a page's cache keeps no more)
    differences: dict  # way → max |output − Sequential's| (fancy: its output divided by its scale)
    scale: float  # what FancyMLP's control flow multiplied the output by (halvings, then ×10 if small)
    norm: float  # ‖Sequential's output‖ (Frobenius)
    fancy_norm: float


def four_ways(text: str, batch: int, features: int, seed: int = 0) -> Ways:
    """Four ways to write the network, all given Sequential's parameters, on the same X (prediction mode)."""
    layers = parse_network(text)
    batch, features = check_input(batch, features)
    outputs, scale = engine.run(_ways_job, layers, batch, features, int(seed))
    base = outputs["sequential"]
    norm = float(np.linalg.norm(base.astype(np.float64)))
    fancy_norm = float(np.linalg.norm(outputs["fancy"].astype(np.float64)))
    differences = {way: float(np.abs(out - base).max()) for way, out in outputs.items() if way != "fancy"}
    differences["fancy"] = float(np.abs(outputs["fancy"] / scale - base).max())
    return Ways({way: out[:1].copy() for way, out in outputs.items()}, differences, scale, norm, fancy_norm)


def _ways_job(layers, batch, features, seed):
    X = input_array(batch, features, seed)
    first = sequential(layers, features)
    first.initialize()
    outputs = {"sequential": first(X)}
    values = [p.data() for p in first.collect_params().values()]  # in layer order
    others = {"mysequential": sequential(layers, features, container=MySequential, prefix="my_"),
              "block": MLP(layers, features, prefix="mlp_"), "fancy": FancyMLP(layers, features, prefix="fancy_")}
    for way, net in others.items():
        net.initialize()
        net(X)  # the deferred shapes, then Sequential's values copied in, in the same order
        for param, value in zip(net.collect_params().values(), values):
            param.set_data(value)
        outputs[way] = net(X)
    return {way: out.asnumpy() for way, out in outputs.items()}, others["fancy"].scale
