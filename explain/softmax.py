"""Softmax and cross-entropy: scores to probabilities to the loss and its gradient, computed by MXNet and Gluon."""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
from mxnet import autograd, nd
from mxnet.gluon import loss as gloss

from explain import engine
from explain.errors import InputError

MIN_CLASSES, MAX_CLASSES = 2, 10
MAX_LOGIT = 1e4  # the page promises exact results up to this magnitude
MIN_T, MAX_T = 0.05, 10.0
MAX_TEXT = 300
MAX_NAME = 24

# The notes' example (three classes) and D2L's presets.
NOTES_LOGITS = (1.0, 2.0, 0.5)
NOTES_NAMES = ("cat", "dog", "chicken")


def parse_logits(text: str) -> tuple[float, ...]:
    """Scores typed as `1, 2, 0.5` (also with brackets, spaces or a Chinese comma); never evaluated."""
    if len(text) > MAX_TEXT:
        raise InputError("too_long", f"more than {MAX_TEXT} characters", limit=MAX_TEXT)
    body = text.translate(str.maketrans({"，": ",", "（": "(", "）": ")", "−": "-"})).strip().strip("()[]").strip()
    pieces = [p for p in re.split(r"[,\s;]+", body) if p]
    if len(pieces) < MIN_CLASSES:
        raise InputError("too_few", f"need at least {MIN_CLASSES} scores", minimum=MIN_CLASSES)
    if len(pieces) > MAX_CLASSES:
        raise InputError("too_many", f"at most {MAX_CLASSES} classes", maximum=MAX_CLASSES)
    values = []
    for piece in pieces:
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", piece):
            raise InputError("not_a_number", f"{piece!r} is not a number", token=piece)
        value = float(piece)
        if not abs(value) <= MAX_LOGIT:
            raise InputError("too_large", f"{piece} is beyond ±{MAX_LOGIT:g}", token=piece, limit=f"{MAX_LOGIT:g}")
        values.append(value)
    return tuple(values)


def parse_names(text: str, count: int, numbered: str = "class {}") -> tuple[tuple[str, ...], bool]:
    """Class names typed as `cat, dog, chicken`, and whether they fit; `numbered` names fill in when they don't."""
    names = [n.strip()[:MAX_NAME] for n in re.split(r"[,，]", text or "") if n.strip()]
    if len(names) != count or len(set(names)) != count:
        return tuple(numbered.format(i) for i in range(count)), False
    return tuple(names), True


def check_label(label, classes: int) -> int:
    """The true class as an index in [0, classes); Gluon would silently truncate 0.9 or clip 7, so refuse them."""
    if isinstance(label, bool) or not isinstance(label, (int, np.integer, float, np.floating)):
        raise InputError("label_type", "the label must be a class index", label=str(label))
    if not float(label).is_integer():
        raise InputError("label_fraction", f"label {label} is not a whole class index", label=str(label))
    if not 0 <= int(label) < classes:
        raise InputError("label_range", f"label {int(label)} is not one of the classes 0..{classes - 1}",
                         label=str(int(label)), last=classes - 1)
    return int(label)


def _check(logits, temperature: float) -> np.ndarray:
    """Logits as a finite 1-D float64 array within ±MAX_LOGIT, and a temperature within range."""
    o = np.asarray(logits, dtype=np.float64)
    if o.ndim != 1 or o.size < 1:
        raise InputError("shape", "logits must be a non-empty 1-D list of numbers")
    if not np.all(np.isfinite(o)) or np.max(np.abs(o)) > MAX_LOGIT:
        raise InputError("too_large", f"logits must be finite, within ±{MAX_LOGIT:g}", token="", limit=f"{MAX_LOGIT:g}")
    if not MIN_T <= temperature <= MAX_T:
        raise InputError("temperature", f"temperature must lie in [{MIN_T}, {MAX_T}]")
    return o


def softmax(logits, temperature: float = 1.0) -> np.ndarray:
    """Probabilities exp(o_i / T) / sum_j exp(o_j / T), by MXNet's (max-subtracting) softmax."""
    o = _check(logits, temperature)
    return engine.run(_softmax, o, float(temperature))


def _softmax(o, temperature):
    return nd.softmax(nd.array(o, dtype="float64") / temperature).asnumpy()


def cross_entropy(logits, label, temperature: float = 1.0) -> float:
    """-log softmax(o / T)[label], by Gluon's SoftmaxCrossEntropyLoss (log-sum-exp inside, so no overflow)."""
    o = _check(logits, temperature)
    y = check_label(label, o.size)
    return float(engine.run(_gluon_losses, o[None, :], np.array([y]), float(temperature))[0])


def _gluon_losses(batch, labels, temperature):
    """On the MXNet worker: Gluon's loss for each row of a batch of logits."""
    loss = gloss.SoftmaxCrossEntropyLoss()
    return loss(nd.array(batch, dtype="float64") / temperature, nd.array(labels, dtype="float64")).asnumpy()


def gradient(logits, label) -> np.ndarray:
    """d cross_entropy / d logits at temperature 1, by MXNet autograd: softmax(o) - onehot(label)."""
    return _loss_and_gradient(logits, label, 1.0)[1]


def _loss_and_gradient(logits, label, temperature):
    o = _check(logits, temperature)
    y = check_label(label, o.size)
    return engine.run(_autograd, o, y, float(temperature))


def _autograd(o, y, temperature):
    """On the MXNet worker: the loss under autograd.record(), then backward() for d loss / d logits."""
    logits = nd.array(o[None, :], dtype="float64")
    logits.attach_grad()
    with autograd.record():
        loss = gloss.SoftmaxCrossEntropyLoss()(logits / temperature, nd.array([y], dtype="float64"))
    loss.backward()
    return float(loss.asnumpy()[0]), logits.grad.asnumpy()[0]


def entropy(p: np.ndarray) -> float:
    """H(p) = -sum p log p in nats (0 log 0 counts as 0)."""
    p = np.asarray(p, dtype=np.float64)
    nonzero = p[p > 0]
    return max(0.0, float(-(nonzero * np.log(nonzero)).sum()))  # never -0.0 for a certain outcome


@dataclass(frozen=True)
class Stability:
    """The same softmax computed three ways, for logits that may overflow a naive exp."""

    naive: np.ndarray  # exp(o) / sum(exp(o)) in float32: inf / inf = NaN for large logits
    naive_loss: float
    stable: np.ndarray  # exp(o - max o) / sum(...): never overflows
    stable_loss: float  # log-sum-exp form: logsumexp(o) - o_y
    gluon_loss: float  # Gluon's SoftmaxCrossEntropyLoss


@dataclass(frozen=True)
class View:
    """Everything the softmax page shows for one set of logits, a true class and a temperature."""

    logits: tuple[float, ...]
    names: tuple[str, ...]
    label: int
    temperature: float
    probabilities: np.ndarray  # MXNet's softmax(o / T)
    loss: float  # Gluon's cross-entropy at T
    gradient: np.ndarray  # d loss / d logits at T, by autograd: (p - onehot(y)) / T
    entropy: float
    argmax_logits: int
    argmax_probabilities: int
    stability: Stability
    entropy_curve: pd.DataFrame  # temperature, entropy


def view(logits: tuple[float, ...], names: tuple[str, ...], label: int, temperature: float) -> View:
    """One call for the page: probabilities, loss, gradient, entropy and the stability comparison."""
    o = _check(logits, temperature)
    y = check_label(label, o.size)
    p = softmax(o, temperature)
    loss, grad = _loss_and_gradient(o, y, temperature)
    return View(tuple(o), tuple(names), y, float(temperature), p, loss, grad, entropy(p), int(np.argmax(o)),
                int(np.argmax(p)), stability(o, y), entropy_curve(o))


def stability(o, y: int) -> Stability:
    """Naive float32 softmax next to the max-subtracting one and Gluon's loss, all at temperature 1."""
    o = _check(o, 1.0)
    naive, stable = engine.run(_two_softmaxes, o)
    with np.errstate(divide="ignore", invalid="ignore"):
        naive_loss = float(-np.log(naive[y].astype(np.float64)))
    shifted = o - o.max()
    stable_loss = float(np.log(np.exp(shifted).sum()) - shifted[y])
    gluon = float(engine.run(_gluon_losses, o[None, :], np.array([y]), 1.0)[0])
    return Stability(naive, naive_loss, stable, stable_loss, gluon)


def _two_softmaxes(o):
    """On the MXNet worker: exp-then-divide in float32, and the same after subtracting the maximum."""
    x32 = nd.array(o, dtype="float32")
    naive = nd.exp(x32) / nd.exp(x32).sum()
    x = nd.array(o, dtype="float64")
    e = nd.exp(x - x.max())
    return naive.asnumpy(), (e / e.sum()).asnumpy()


def entropy_curve(o, points: int = 60) -> pd.DataFrame:
    """H(softmax(o / T)) for temperatures from MIN_T to MAX_T (log-spaced)."""
    temperatures = np.geomspace(MIN_T, MAX_T, points)
    shifted = (np.asarray(o)[None, :] - np.max(o)) / temperatures[:, None]
    p = np.exp(shifted)
    p /= p.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        h = -np.where(p > 0, p * np.log(p), 0.0).sum(axis=1)
    return pd.DataFrame({"temperature": temperatures, "entropy": h})


def format_number(x: float) -> str:
    """A loss or probability as the stability table writes it: inf and NaN spelled out."""
    if np.isnan(x):
        return "NaN"
    if np.isinf(x):
        return "inf" if x > 0 else "-inf"
    return f"{x:.6g}"


def format_vector(values) -> str:
    """Probabilities as (0.659, 0.242, 0.0986), NaN and inf included."""
    return "(" + ", ".join(format_number(float(v)) for v in values) + ")"


def why_cross_entropy() -> pd.DataFrame:
    """D2L's example: two predictions that both pick class 2; squared loss tells them apart, cross-entropy does not."""
    predictions = np.array([[0.2, 0.2, 0.6], [0.0, 0.4, 0.6]])
    onehot = np.array([0.0, 0.0, 1.0])
    return pd.DataFrame({
        "prediction": [str(tuple(float(v) for v in p)) for p in predictions],
        "squared": ((predictions - onehot) ** 2).sum(axis=1),
        "cross_entropy": -np.log(predictions[:, 2]),
    })


@dataclass(frozen=True)
class Batch:
    """A seeded batch of examples and their losses, computed as Gluon computes them."""

    table: pd.DataFrame  # example, logits (text), label, p_label, loss
    mean: float  # l = 1/n sum of the losses


def batch_losses(classes: int, size: int, seed: int, temperature: float = 1.0) -> Batch:
    """n examples with random logits and labels; Gluon's per-example loss and their mean."""
    if not (MIN_CLASSES <= classes <= MAX_CLASSES and 1 <= size <= 32):
        raise InputError("shape", "2-10 classes and 1-32 examples")
    rng = np.random.default_rng(seed)
    logits = np.round(rng.normal(0.0, 2.0, (size, classes)), 2)
    labels = rng.integers(0, classes, size)
    losses = engine.run(_gluon_losses, logits, labels, float(temperature))
    shifted = (logits - logits.max(axis=1, keepdims=True)) / temperature
    p = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
    table = pd.DataFrame({
        "example": np.arange(1, size + 1),
        "logits": [", ".join(f"{v:g}" for v in row) for row in logits],
        "label": labels,
        "p_label": p[np.arange(size), labels],
        "loss": losses,
    })
    return Batch(table, float(losses.mean()))


@dataclass(frozen=True)
class Layer:
    """The fully connected softmax-regression layer: d inputs, q outputs, every input wired to every output."""

    nodes: pd.DataFrame  # name, side ("input"/"output"), index
    edges: pd.DataFrame  # source, target (one row per weight)
    weights: int
    biases: int

    @property
    def parameters(self) -> int:
        """Weights plus biases."""
        return self.weights + self.biases


def dense_layer(inputs: int, outputs: int) -> Layer:
    """The notes' example is 4 inputs and 3 outputs: 12 weights and 3 biases."""
    if not (1 <= inputs <= 12 and 1 <= outputs <= 12):
        raise InputError("shape", "1-12 inputs and outputs")
    nodes = pd.DataFrame(
        [(f"x{i + 1}", "input", i) for i in range(inputs)] + [(f"o{j + 1}", "output", j) for j in range(outputs)],
        columns=["name", "side", "index"])
    edges = pd.DataFrame([(i, j) for i in range(inputs) for j in range(outputs)], columns=["source", "target"])
    return Layer(nodes, edges, inputs * outputs, outputs)


def mxnet_code(logits, label: int, temperature: float) -> str:
    """Runnable MXNet/Gluon code that prints the probabilities, the loss and the gradient shown."""
    values = ", ".join(repr(float(v)) for v in logits)
    lines = [
        ("from mxnet import autograd, nd", ""),
        ("from mxnet.gluon import loss as gloss", ""),
        ("", ""),
        (f"o = nd.array([[{values}]], dtype='float64')", "the scores (logits) of one example"),
        (f"y = nd.array([{label}])", "its true class"),
        (f"T = {float(temperature)!r}", "temperature"),
        ("o.attach_grad()", ""),
        ("with autograd.record():", ""),
        ("    l = gloss.SoftmaxCrossEntropyLoss()(o / T, y)", "softmax and cross-entropy in one stable step"),
        ("l.backward()", ""),
        ("print(nd.softmax(o / T))", "probabilities"),
        ("print(l)", "cross-entropy = -log p_y"),
        ("print(o.grad)", "gradient = (p - onehot(y)) / T"),
    ]
    width = max(len(code) for code, _ in lines) + 3
    return "\n".join(f"{code:<{width}}# {note}" if note else code for code, note in lines) + "\n"
