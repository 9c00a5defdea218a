"""Softmax and cross-entropy: scores to probabilities to the loss and its gradient, computed by MXNet and Gluon.

scores        what a student types: scores, class names, the true class, read and checked
probabilities softmax at a temperature, Gluon's cross-entropy, autograd's gradient, entropy
overflow      naive, max-subtracting and log-softmax forms in float32 (numerical stability)
example       everything the page shows for one example, in one trip to the MXNet worker
squared_loss  why cross-entropy: D2L's two predictions under squared loss and cross-entropy
batch         a seeded batch's losses, their mean and the joint probability of its labels
layer         the fully connected layer's weights, biases and parameters
code          the runnable MXNet code the page shows
"""
from explain.errors import InputError
from explain.softmax.batch import Batch, batch_losses
from explain.softmax.code import mxnet_code
from explain.softmax.example import View, view
from explain.softmax.layer import MAX_INPUTS, MAX_OUTPUTS, Layer, dense_layer
from explain.softmax.overflow import Stability, stability
from explain.softmax.probabilities import (MAX_T, MIN_T, cross_entropy, entropy, entropy_curve, gradient, softmax,
                                           top_classes)
from explain.softmax.scores import (D2L_CLASSES, D2L_LOGITS, DEFAULT_LOGITS, MAX_CLASSES, MAX_LOGIT, MAX_NAME,
                                    MAX_TEXT, MIN_CLASSES, check_label, parse_logits, parse_names, split_entries)
from explain.softmax.squared_loss import why_cross_entropy

__all__ = [
    "InputError",
    # scores
    "MIN_CLASSES", "MAX_CLASSES", "MAX_LOGIT", "MAX_TEXT", "MAX_NAME", "D2L_CLASSES", "D2L_LOGITS", "DEFAULT_LOGITS",
    "split_entries", "parse_logits", "parse_names", "check_label",
    # probabilities
    "MIN_T", "MAX_T", "softmax", "cross_entropy", "gradient", "entropy", "top_classes", "entropy_curve",
    # overflow, example
    "Stability", "stability", "View", "view",
    # squared_loss, batch, layer, code
    "why_cross_entropy", "Batch", "batch_losses", "MAX_INPUTS", "MAX_OUTPUTS", "Layer", "dense_layer", "mxnet_code",
]
