"""The network's structure as Gluon reports it: each layer's output shape and parameter count after net(X),
Gluon's own summary and parameter listing, the closed-form count beside them, and deferred initialisation
(延后初始化) step by step: the parameters' shapes after building, after initialize(), after net(X)."""
from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass

import mxnet as mx
from mxnet import gluon, nd

from explain import engine
from explain.models.blocks import sequential, widths
from explain.models.spec import Layer, check_input, parse_network, python_of

__all__ = ["Structure", "structure", "compact_summary", "closed_form_counts", "STAGES", "ParamState", "stages", "input_array"]

STAGES = ("built", "initialized", "forward")  # after nn.Sequential()/add, after initialize(), after net(X)


@dataclass(frozen=True)
class Structure:
    layers: tuple[Layer, ...]
    code: tuple[str, ...]  # each layer as Gluon code
    input_shape: tuple[int, int]
    shapes: tuple[tuple[int, ...], ...]  # each layer's output shape, from net(X)
    counts: tuple[int, ...]  # each layer's parameter count, from its Gluon parameters
    total: int  # Gluon's own count of the whole network's parameters
    summary: str  # net.summary(X), as Gluon prints it
    listing: str  # print(net.collect_params())
    printed: str  # print(net)


def closed_form_counts(layers, features: int) -> tuple[int, ...]:
    """Parameters per layer by the formula: a dense layer of n units on m inputs has m·n weights and n biases."""
    return tuple((width + 1) * layer.units if layer.has_params else 0 for layer, width in zip(layers, widths(layers, features)))


def input_array(batch: int, features: int, seed: int):
    """The input X (on the worker): the notes' nd.random.uniform, MXNet seeded first."""
    mx.random.seed(seed)
    return nd.random.uniform(shape=(batch, features))


def structure(text: str, batch: int, features: int, give_in_units: bool = False, seed: int = 0) -> Structure:
    """Build the network the text names, initialise it, run net(X) and report what Gluon reports."""
    layers = parse_network(text)
    batch, features = check_input(batch, features)
    shapes, counts, total, summary, listing, printed = engine.run(_structure_job, layers, batch, features,
                                                                  bool(give_in_units), int(seed))
    code = tuple(python_of(layer, width if (give_in_units or layer.kind == "mydense") else None)
                 for layer, width in zip(layers, widths(layers, features)))
    return Structure(layers, code, (batch, features), shapes, counts, total, summary, listing, printed)


def _structure_job(layers, batch, features, give_in_units, seed):
    X = input_array(batch, features, seed)
    net = sequential(layers, features, give_in_units)
    net.initialize()
    shapes, x = [], X
    for block in net:  # each layer's output, one after the other: what net(X) computes
        x = block(x)
        shapes.append(tuple(x.shape))
    counts = tuple(sum(p.data().size for p in block.collect_params().values()) for block in net)
    total = sum(p.data().size for p in net.collect_params().values())
    out = io.StringIO()
    # summary() prints; only this worker thread runs MXNet, and nothing else of the app prints to stdout
    with contextlib.redirect_stdout(out):
        net.summary(X)
    return tuple(shapes), counts, total, out.getvalue().strip("\n"), str(net.collect_params()), str(net)


_ROW = re.compile(r"^\s*(\S.*?)\s{2,}(\S.*?)\s{2,}(\S.*?)\s*$")


def compact_summary(summary: str) -> str:
    """Gluon's summary with its three columns only as wide as their widest entry (it pads them to 80 characters);
    every other line as Gluon wrote it."""
    lines = summary.splitlines()
    rows = {i: _ROW.match(line).groups() for i, line in enumerate(lines)
            if _ROW.match(line) and not set(line.strip()) <= set("-=")}
    if not rows:
        return summary
    widths = [max(len(r[k]) for r in rows.values()) for k in range(3)]
    out = [f"{rows[i][0]:>{widths[0]}}  {rows[i][1]:>{widths[1]}}  {rows[i][2]:>{widths[2]}}" if i in rows else line
           for i, line in enumerate(lines)]
    width = max(len(line) for line in out if not set(line.strip()) <= set("-="))
    return "\n".join(line.strip()[0] * width if line.strip() and set(line.strip()) <= set("-=") else line for line in out)


@dataclass(frozen=True)
class ParamState:
    name: str  # Gluon's name, e.g. net_dense0_weight
    shape: tuple[int, ...]  # as Gluon reports it: 0 marks the input size it does not know yet
    state: str  # "none" (not initialised), "deferred" (waits for net(X)), "ready" (has its values)


def stages(text: str, batch: int, features: int, give_in_units: bool = False) -> dict[str, tuple[ParamState, ...]]:
    """Every parameter's shape and state after building, after initialize() and after net(X)."""
    layers = parse_network(text)
    batch, features = check_input(batch, features)
    return engine.run(_stages_job, layers, batch, features, bool(give_in_units))


def _state(param) -> str:
    try:
        param.data()
    except gluon.parameter.DeferredInitializationError:
        return "deferred"
    except RuntimeError:
        return "none"
    return "ready"


def _snapshot(net) -> tuple[ParamState, ...]:
    return tuple(ParamState(name, tuple(p.shape), _state(p)) for name, p in net.collect_params().items())


def _stages_job(layers, batch, features, give_in_units):
    net = sequential(layers, features, give_in_units)
    seen = {"built": _snapshot(net)}
    net.initialize()
    seen["initialized"] = _snapshot(net)
    net(nd.zeros((batch, features)))
    seen["forward"] = _snapshot(net)
    return seen
