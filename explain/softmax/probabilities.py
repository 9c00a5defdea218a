"""Softmax and cross-entropy: scores to probabilities to the loss and its gradient, computed by MXNet and Gluon."""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
from mxnet import autograd, nd
from mxnet.gluon import loss as gloss

from explain import engine
from explain.codetext import commented
from explain.errors import InputError

MIN_CLASSES, MAX_CLASSES = 2, 10
MAX_LOGIT = 1e4  # the page promises exact results up to this magnitude
MIN_T, MAX_T = 0.05, 10.0
MAX_TEXT = 300
MAX_NAME = 24

# D2L's three classes in D2L's order (狗, 猫, 鸡: y1, y2, y3), its scores o = (0.1, 10, 0.1) where o2, the
# cat, wins, and the page's default: a closer call with the same winner.
D2L_CLASSES = ("dog", "cat", "chicken")
D2L_LOGITS = (0.1, 10.0, 0.1)
DEFAULT_LOGITS = (1.0, 2.0, 0.5)
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def split_entries(body: str, separators: str) -> list[str]:
    """Entries between separators (a run of spaces counts as one); an empty entry is kept, to be refused.

    The rule shared with the broadcasting page's shapes: `1,,2` has an empty second entry, and
    one trailing separator (as in `(3,)`) is allowed.
    """
    pieces = re.split(rf"\s*[{separators}]\s*|\s+", body.strip())
    if pieces == [""]:
        return []
    return pieces[:-1] if pieces[-1] == "" and len(pieces) > 1 else pieces


def parse_logits(text: str) -> tuple[float, ...]:
    """Scores typed as `1, 2, 0.5` (also with brackets, spaces or a Chinese comma); never evaluated."""
    if len(text) > MAX_TEXT:
        raise InputError("too_long", f"more than {MAX_TEXT} characters", limit=MAX_TEXT)
    body = text.translate(str.maketrans({"，": ",", "；": ";", "（": "(", "）": ")", "−": "-"})).strip()
    if body[:1] in "([" and body[-1:] in ")]" and len(body) > 1:
        body = body[1:-1]
    pieces = split_entries(body, ",;")
    values = []
    for position, piece in enumerate(pieces, start=1):
        if piece == "":
            raise InputError("empty_entry", f"entry {position} is empty (two separators in a row)", position=position)
        if not _NUMBER.fullmatch(piece):
            raise InputError("not_a_number", f"{piece!r} is not a number", token=piece)
        value = float(piece)
        if not abs(value) <= MAX_LOGIT:
            raise InputError("too_large", f"{piece} is beyond ±{MAX_LOGIT:g}", token=piece, limit=f"{MAX_LOGIT:g}")
        values.append(value)
    if len(values) < MIN_CLASSES:
        raise InputError("too_few", f"need at least {MIN_CLASSES} scores", minimum=MIN_CLASSES)
    if len(values) > MAX_CLASSES:
        raise InputError("too_many", f"at most {MAX_CLASSES} classes", maximum=MAX_CLASSES)
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


def _gluon_losses(batch, labels, temperature, dtype="float64"):
    """On the MXNet worker: Gluon's loss for each row of a batch of logits."""
    loss = gloss.SoftmaxCrossEntropyLoss()
    return loss(nd.array(batch, dtype=dtype) / temperature, nd.array(labels, dtype=dtype)).asnumpy()


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


def top_classes(logits) -> tuple[int, ...]:
    """Every class whose score is the largest: more than one is a real tie."""
    o = np.asarray(logits, dtype=np.float64)
    return tuple(int(i) for i in np.flatnonzero(o == o.max()))


@dataclass(frozen=True)
class Stability:
    """The same softmax and loss computed three ways, all in float32 (MXNet's default), at temperature 1."""

    naive: np.ndarray  # exp(o) / sum(exp(o)): exp(1000) overflows to inf, inf / inf = NaN
    naive_loss: float  # -log of that p_y
    shifted: np.ndarray  # exp(o - max o) / sum(...): never overflows, but tiny p underflow to 0
    shifted_loss: float  # -log of that p_y: inf when p_y underflowed
    log_softmax: np.ndarray  # log p = (o - max o) - log sum exp(o - max o): log-sum-exp, never exp(-1000) alone
    log_softmax_loss: float  # -log p_y read straight from log p
    gluon_loss: float  # Gluon's SoftmaxCrossEntropyLoss, which fuses softmax and cross-entropy this way

    @property
    def log_softmax_p(self) -> np.ndarray:
        """The probabilities exp(log p) of the third way (the loss never went through them)."""
        return np.exp(self.log_softmax)


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
    entropy: float  # H(p), the spread of the prediction (not the cross-entropy H(y, p))
    winners: tuple[int, ...]  # the classes with the largest score (softmax keeps them on top)
    stability: Stability
    entropy_curve: pd.DataFrame  # temperature, entropy

    @property
    def tie(self) -> bool:
        """More than one class has the largest score."""
        return len(self.winners) > 1

    @property
    def rounded_tie(self) -> bool:
        """One class has the largest score, yet in float64 its probability equals another's."""
        return not self.tie and int(np.sum(self.probabilities == self.probabilities.max())) > 1


def view(logits: tuple[float, ...], names: tuple[str, ...], label: int, temperature: float) -> View:
    """One call for the page: probabilities, loss, gradient, entropy and the stability comparison."""
    o = _check(logits, temperature)
    y = check_label(label, o.size)
    p, loss, grad, stable = engine.run(_view_job, o, y, float(temperature))  # one trip to the MXNet worker
    return View(tuple(o), tuple(names), y, float(temperature), p, loss, grad, entropy(p), top_classes(o),
                stable, entropy_curve(o))


def _view_job(o, y, temperature):
    """On the MXNet worker: softmax, the loss and its gradient at T, and the stability comparison."""
    loss, grad = _autograd(o, y, temperature)
    return _softmax(o, temperature), loss, grad, _stability(o, y)


def stability(o, y: int) -> Stability:
    """Naive, max-subtracting and log-softmax forms side by side with Gluon's loss, all float32 at T = 1."""
    o = _check(o, 1.0)
    return engine.run(_stability, o, check_label(y, o.size))


def _stability(o, y):
    """On the MXNet worker: the three forms in float32, each loss read from its own p (or log p)."""
    x = nd.array(o, dtype="float32")
    naive = (nd.exp(x) / nd.exp(x).sum()).asnumpy()
    shifted = x - x.max()
    stable = (nd.exp(shifted) / nd.exp(shifted).sum()).asnumpy()
    log_p = (shifted - nd.log(nd.exp(shifted).sum())).asnumpy()
    gluon = float(_gluon_losses(o[None, :], np.array([y]), 1.0, "float32")[0])
    with np.errstate(divide="ignore", invalid="ignore"):
        return Stability(naive, float(-np.log(naive[y])), stable, float(-np.log(stable[y])), log_p,
                         float(-log_p[y]), gluon)


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
    return f"{x + 0.0:.6g}"  # -0.0 + 0.0 is 0.0: no "-0" on the page


def format_vector(values) -> str:
    """Probabilities as (0.659, 0.242, 0.0986), NaN and inf included."""
    return "(" + ", ".join(format_number(float(v)) for v in values) + ")"


def why_cross_entropy() -> pd.DataFrame:
    """D2L's example: both predictions give the true (third) class 0.6, so both classify correctly.

    D2L's squared loss ||y_hat - y||^2 / 2 still charges them differently (0.12 and 0.16): it is too
    strict, asking the wrong classes to match too. Cross-entropy charges both -log 0.6.
    """
    predictions = np.array([[0.2, 0.2, 0.6], [0.0, 0.4, 0.6]])
    onehot = np.array([0.0, 0.0, 1.0])
    return pd.DataFrame({
        "prediction": [str(tuple(float(v) for v in p)) for p in predictions],
        "squared": ((predictions - onehot) ** 2).sum(axis=1) / 2,
        "cross_entropy": -np.log(predictions[:, 2]),
    })


@dataclass(frozen=True)
class Batch:
    """A seeded batch of examples and their losses, computed as Gluon computes them."""

    table: pd.DataFrame  # example, logits (text), label, p_label, loss
    mean: float  # l = -1/n sum log p_label
    likelihood: float  # the product of p_label: the probability the model gives all n labels at once

    @property
    def log_likelihood(self) -> float:
        """log of that product, -n l: minimising the mean loss maximises it."""
        return float(np.log(self.table["p_label"]).sum())


def batch_losses(classes: int, size: int, seed: int) -> Batch:
    """n examples with random logits and labels at temperature 1; Gluon's per-example loss and their mean."""
    if not (MIN_CLASSES <= classes <= MAX_CLASSES and 1 <= size <= 32):
        raise InputError("shape", "2-10 classes and 1-32 examples")
    rng = np.random.default_rng(seed)
    logits = np.round(rng.normal(0.0, 2.0, (size, classes)), 2)
    labels = rng.integers(0, classes, size)
    losses, p = engine.run(_batch_job, logits, labels)
    table = pd.DataFrame({
        "example": np.arange(1, size + 1),
        "logits": [", ".join(f"{v:g}" for v in row) for row in logits],
        "label": labels,
        "p_label": p[np.arange(size), labels],
        "loss": losses,
    })
    return Batch(table, float(losses.mean()), float(np.exp(-losses.sum())))


def _batch_job(logits, labels):
    """On the MXNet worker: Gluon's losses and the softmax probabilities of a batch."""
    return _gluon_losses(logits, labels, 1.0), nd.softmax(nd.array(logits, dtype="float64")).asnumpy()


MAX_INPUTS, MAX_OUTPUTS = 784, 10  # D2L's Fashion-MNIST layer: 28 x 28 pixels in, 10 classes out
DRAWN = 8  # at most this many inputs are drawn; beyond it the first few, a gap, and the last (all outputs are)


def drawn_indices(count: int, limit: int = DRAWN) -> list[int]:
    """Which of `count` nodes to draw: all of them, or the first limit - 2 and the last (a gap between)."""
    return list(range(count)) if count <= limit else list(range(limit - 2)) + [count - 1]


@dataclass(frozen=True)
class Layer:
    """The fully connected softmax-regression layer: d inputs, q outputs, every input wired to every output."""

    inputs: int
    outputs: int
    nodes: pd.DataFrame  # the drawn nodes: name, side ("input"/"output"/"gap"), slot (position from the top)
    edges: pd.DataFrame  # source slot, target slot: one row per drawn weight

    @property
    def weights(self) -> int:
        """Every input times every output."""
        return self.inputs * self.outputs

    @property
    def biases(self) -> int:
        """One per output."""
        return self.outputs

    @property
    def parameters(self) -> int:
        """Weights plus biases."""
        return self.weights + self.biases

    @property
    def drawn_inputs(self) -> int:
        """How many of the inputs the picture shows."""
        return int((self.nodes["side"] == "input").sum())


def dense_layer(inputs: int, outputs: int) -> Layer:
    """The notes' example is 4 inputs and 3 outputs (12 weights, 3 biases); D2L's Fashion-MNIST is 784 and 10."""
    if not (1 <= inputs <= MAX_INPUTS and 1 <= outputs <= MAX_OUTPUTS):
        raise InputError("shape", f"1-{MAX_INPUTS} inputs and 1-{MAX_OUTPUTS} outputs")
    rows = []
    for side, count, letter, limit in (("input", inputs, "x", DRAWN), ("output", outputs, "o", MAX_OUTPUTS)):
        slot, previous = 0, -1
        for i in drawn_indices(count, limit):
            if i != previous + 1:  # inputs left out: a ⋮ in their place
                rows.append(("⋮", "gap", slot))
                slot += 1
            rows.append((f"{letter}{i + 1}", side, slot))
            slot, previous = slot + 1, i
    nodes = pd.DataFrame(rows, columns=["name", "side", "slot"])
    sources = nodes.loc[nodes["side"] == "input", "slot"]
    targets = nodes.loc[nodes["side"] == "output", "slot"]
    edges = pd.DataFrame([(a, b) for a in sources for b in targets], columns=["source", "target"])
    return Layer(inputs, outputs, nodes, edges)


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
    return commented(lines)
