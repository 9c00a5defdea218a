"""The network a class builds, written compactly (a link carries it): "d256r,o0.5,d10" → layers, and back.

Grammar, one token per layer, comma-separated (spaces and capitals tolerated, nothing else):
    d<units>[r|s|t]   nn.Dense(units) with no activation, or relu, sigmoid, tanh
    o<p>              nn.Dropout(p), p from 0 to 1 in hundredths
    c                 the notes' CenteredLayer (x − mean(x)): no parameters
    m<units>          the notes' custom MyDense(units, in_units) with relu
A strict parser (regular expressions on each token, never eval): anything else is an InputError naming the token.
The bounds keep a class of 40 from building networks that exhaust the machine.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from explain.errors import InputError

__all__ = ["Layer", "MAX_LAYERS", "MAX_UNITS", "MAX_BATCH", "MAX_FEATURES", "MAX_TEXT", "ACTIVATIONS", "KINDS",
           "DEFAULT", "parse_network", "network_text", "check_input", "layer_token", "python_of"]

MAX_LAYERS = 6
MAX_UNITS = 512
MAX_BATCH = 64
MAX_FEATURES = 1024
MAX_TEXT = 80  # characters of a written network
KINDS = ("dense", "dropout", "centered", "mydense")
ACTIVATIONS = {"": None, "r": "relu", "s": "sigmoid", "t": "tanh"}  # letter → Gluon's activation name
DEFAULT = "d256r,d10"  # the notes' MLP: Dense(256, activation='relu'), Dense(10)

_TOKEN = re.compile(r"(?:(d)([0-9]{1,3})([rst]?)|(o)(0(?:\.[0-9]{1,2})?|1(?:\.0{1,2})?)|(c)|(m)([0-9]{1,3}))")


@dataclass(frozen=True)
class Layer:
    """One layer of the network: its kind and its one setting."""

    kind: str  # one of KINDS
    units: int = 0  # dense, mydense
    activation: str | None = None  # dense: None, "relu", "sigmoid", "tanh"; mydense: always relu
    p: float = 0.0  # dropout

    @property
    def has_params(self) -> bool:
        return self.kind in ("dense", "mydense")


def layer_token(layer: Layer) -> str:
    """The layer as the compact text writes it."""
    if layer.kind == "dense":
        letter = {v: k for k, v in ACTIVATIONS.items()}[layer.activation]
        return f"d{layer.units}{letter}"
    if layer.kind == "dropout":
        return f"o{layer.p:g}"
    if layer.kind == "centered":
        return "c"
    return f"m{layer.units}"


def python_of(layer: Layer, in_units: int | None = None) -> str:
    """The layer as Gluon code writes it (in_units given: the shapes are known before net(X))."""
    given = "" if in_units is None else f", in_units={in_units}"
    if layer.kind == "dense":
        act = "" if layer.activation is None else f", activation='{layer.activation}'"
        return f"nn.Dense({layer.units}{act}{given})"
    if layer.kind == "dropout":
        return f"nn.Dropout({layer.p:g})"
    if layer.kind == "centered":
        return "CenteredLayer()"
    return f"MyDense({layer.units}, in_units={in_units})"


def network_text(layers) -> str:
    """The layers as the compact text writes them (the canonical form of what parse_network reads)."""
    return ",".join(layer_token(layer) for layer in layers)


def _units(token: str, digits: str) -> int:
    units = int(digits)
    if not 1 <= units <= MAX_UNITS or digits != str(units):
        raise InputError("units", f"{token}: units must be a whole number from 1 to {MAX_UNITS}",
                         token=token, hi=MAX_UNITS)
    return units


def parse_network(text) -> tuple[Layer, ...]:
    """The layers that the compact text names, or an InputError that says which token is wrong and why."""
    if not isinstance(text, str):
        raise InputError("token", f"not a network: {text!r}", token=str(text)[:20])
    if len(text) > MAX_TEXT:
        raise InputError("long", f"at most {MAX_TEXT} characters", hi=MAX_TEXT)
    tokens = [token.strip().lower() for token in text.split(",")]
    if tokens == [""]:
        raise InputError("empty", "no layers")
    if len(tokens) > MAX_LAYERS:
        raise InputError("layers", f"{len(tokens)} layers, at most {MAX_LAYERS}", count=len(tokens), hi=MAX_LAYERS)
    layers = []
    for token in tokens:
        match = _TOKEN.fullmatch(token)
        if match is None:
            if re.fullmatch(r"o-?[0-9.]+", token):
                raise InputError("p", f"{token}: p must lie between 0 and 1", token=token)
            if re.fullmatch(r"[dm][0-9]+[rst]?", token):
                raise InputError("units", f"{token}: units from 1 to {MAX_UNITS}", token=token, hi=MAX_UNITS)
            raise InputError("token", f"unknown layer {token!r}", token=token[:20])
        d, d_units, d_act, o, o_p, c, m, m_units = match.groups()
        if d:
            layers.append(Layer("dense", _units(token, d_units), ACTIVATIONS[d_act]))
        elif o:
            layers.append(Layer("dropout", p=float(o_p)))
        elif c:
            layers.append(Layer("centered"))
        else:
            layers.append(Layer("mydense", _units(token, m_units), "relu"))
    return tuple(layers)


def check_input(batch, features) -> tuple[int, int]:
    """The input's shape (batch, features) as whole numbers within the page's bounds, or an InputError."""
    out = []
    for name, value, hi in (("batch", batch, MAX_BATCH), ("features", features, MAX_FEATURES)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not float(value).is_integer():
            raise InputError("integer", f"{name} must be a whole number, not {value!r}", name=name, value=value)
        if not 1 <= value <= hi:
            raise InputError("range", f"{name} must lie in [1, {hi}]", name=name, value=value, lo=1, hi=hi)
        out.append(int(value))
    return out[0], out[1]
