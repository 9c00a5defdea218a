"""The runnable MXNet/Gluon code the page shows for its example."""
from __future__ import annotations

from explain.codetext import PREAMBLE, commented


def mxnet_code(logits, label: int, temperature: float) -> str:
    """Runnable MXNet/Gluon code that prints the probabilities, the loss and the gradient shown."""
    values = ", ".join(repr(float(v)) for v in logits)
    lines = [
        *PREAMBLE,
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
