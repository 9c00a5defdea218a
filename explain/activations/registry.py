"""The activation functions: MXNet's form of each, closed forms of f and f′, LaTeX; the one list of names."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np
from mxnet import nd


def _sigmoid(x):
    """A logistic sigmoid that neither overflows nor loses precision for large |x|."""
    return np.exp(-np.logaddexp(0.0, -x))


def _phi(x):
    """The standard normal density."""
    return np.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)


def _Phi(x):
    """The standard normal distribution function, elementwise."""
    return 0.5 * (1.0 + np.vectorize(math.erf)(x / math.sqrt(2)))


@dataclass(frozen=True)
class Activation:
    """One activation: MXNet's form (differentiated by autograd), closed forms for the tests, and LaTeX."""

    name: str
    label: str  # as shown, and as it stands in the URL
    mxnet: Callable  # (NDArray x, alpha) -> NDArray, run under autograd
    code: str  # the same call as MXNet code, with {x} and {alpha} to fill in
    value: Callable  # closed form (NumPy) of f(x, alpha)
    derivative: Callable  # closed form (NumPy) of f'(x, alpha), the tests' oracle
    formula: str
    derivative_formula: str
    kinks: tuple[float, ...] = ()  # where f' jumps; autograd picks one side there
    uses_alpha: bool = False


REGISTRY: dict[str, Activation] = {a.name: a for a in (
    Activation(
        "identity", "identity", lambda x, a: nd.identity(x), "nd.identity({x})",
        lambda x, a: np.asarray(x, dtype=float), lambda x, a: np.ones_like(np.asarray(x, dtype=float)),
        r"f(x)=x", r"f'(x)=1"),
    Activation(
        "relu", "ReLU", lambda x, a: nd.relu(x), "nd.relu({x})",
        lambda x, a: np.maximum(x, 0.0), lambda x, a: (x > 0).astype(float),
        r"\mathrm{ReLU}(x)=\max(x,0)", r"\mathrm{ReLU}'(x)=\begin{cases}1&x>0\\0&x<0\end{cases}",
        kinks=(0.0,)),
    Activation(
        "sigmoid", "sigmoid", lambda x, a: nd.sigmoid(x), "nd.sigmoid({x})",
        lambda x, a: _sigmoid(x), lambda x, a: _sigmoid(x) * (1 - _sigmoid(x)),
        r"\sigma(x)=\frac{1}{1+e^{-x}}", r"\sigma'(x)=\sigma(x)\,\bigl(1-\sigma(x)\bigr)"),
    Activation(
        "tanh", "tanh", lambda x, a: nd.tanh(x), "nd.tanh({x})",
        lambda x, a: np.tanh(x), lambda x, a: 1 - np.tanh(x) ** 2,
        r"\tanh(x)=\frac{1-e^{-2x}}{1+e^{-2x}}", r"\tanh'(x)=1-\tanh^2(x)"),
    Activation(
        "leaky_relu", "Leaky ReLU", lambda x, a: nd.LeakyReLU(x, act_type="leaky", slope=a),
        "nd.LeakyReLU({x}, act_type='leaky', slope={alpha})",
        lambda x, a: np.where(x > 0, x, a * x), lambda x, a: np.where(x > 0, 1.0, a),
        r"f(x)=\begin{cases}x&x>0\\ \alpha x&x\le 0\end{cases}",
        r"f'(x)=\begin{cases}1&x>0\\ \alpha&x<0\end{cases}", kinks=(0.0,), uses_alpha=True),
    Activation(
        "elu", "ELU", lambda x, a: nd.LeakyReLU(x, act_type="elu", slope=a),
        "nd.LeakyReLU({x}, act_type='elu', slope={alpha})",
        lambda x, a: np.where(x > 0, x, a * np.expm1(np.minimum(x, 0.0))),
        lambda x, a: np.where(x > 0, 1.0, a * np.exp(np.minimum(x, 0.0))),
        r"f(x)=\begin{cases}x&x>0\\ \alpha(e^{x}-1)&x\le 0\end{cases}",
        r"f'(x)=\begin{cases}1&x>0\\ \alpha e^{x}&x<0\end{cases}", kinks=(0.0,), uses_alpha=True),
    Activation(
        "gelu", "GELU", lambda x, a: nd.LeakyReLU(x, act_type="gelu"), "nd.LeakyReLU({x}, act_type='gelu')",
        lambda x, a: x * _Phi(x), lambda x, a: _Phi(x) + x * _phi(x),
        r"\mathrm{GELU}(x)=x\,\Phi(x)", r"\mathrm{GELU}'(x)=\Phi(x)+x\,\varphi(x)"),
    Activation(
        "softplus", "softplus", lambda x, a: nd.Activation(x, act_type="softrelu"),
        "nd.Activation({x}, act_type='softrelu')",
        lambda x, a: np.logaddexp(0.0, x), lambda x, a: _sigmoid(x),
        r"\mathrm{softplus}(x)=\log\left(1+e^{x}\right)", r"\mathrm{softplus}'(x)=\sigma(x)"),
    Activation(
        "swish", "swish / SiLU", lambda x, a: x * nd.sigmoid(x), "{x} * nd.sigmoid({x})",
        lambda x, a: x * _sigmoid(x), lambda x, a: _sigmoid(x) * (1 + x * (1 - _sigmoid(x))),
        r"\mathrm{swish}(x)=x\,\sigma(x)", r"\mathrm{swish}'(x)=\sigma(x)\bigl(1+x\,(1-\sigma(x))\bigr)"),
)}
NAMES = tuple(REGISTRY)  # the one list of choices: the page's select boxes, the URL and the tests read it


def get(name: str) -> Activation:
    """The registered activation called `name`; a clear error for any other name."""
    if name not in REGISTRY:
        raise ValueError(f"unknown activation {name!r}; choose one of {', '.join(NAMES)}")
    return REGISTRY[name]


def label(name: str) -> str:
    """How the activation called `name` reads on the page and in the URL."""
    return REGISTRY[name].label
