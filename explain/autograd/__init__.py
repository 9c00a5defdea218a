"""Autograd and back-propagation (the notes' §1 and §7, D2L 2.3 and 3.14), computed with MXNet autograd.

typed          what a student types for x: rows of numbers, read and checked, never evaluated
notes_example  the notes' y = 2xᵀx and a non-scalar y with a head gradient, in float32
control_flow   D2L 2.3's f(a) with a while and an if: the gradient of the path that ran
network        D2L 3.14's network at 2-3-2: forward, backward (every node's gradient), one SGD step
memory         the bytes backward needs from forward for the notes' 784-256-10 MLP at batch 256
code           the runnable MXNet code the page shows
"""
from explain.autograd.code import mxnet_code
from explain.autograd.control_flow import A_VALUES, Path, control_flow
from explain.autograd.network import (ACTIVATIONS, BACKWARD, FORWARD, HIDDEN, INPUTS, LAMBDAS, LEARNING_RATES,
                                      MAX_SEED, OUTPUTS, UPDATE, Graph, graph, inputs)
from explain.autograd.memory import BATCH, DEEPER, SIZES, Memory, memory
from explain.autograd.notes_example import HEADS, Gradient, head_gradient, non_scalar, notes_example
from explain.autograd.typed import DEFAULT_X, FLOAT32_MAX, MAX_COLS, MAX_ROWS, MAX_TEXT, as_text, parse_x
from explain.errors import InputError

__all__ = ["mxnet_code", "A_VALUES", "Path", "control_flow", "ACTIVATIONS", "BACKWARD", "FORWARD", "HIDDEN", "INPUTS",
           "LAMBDAS", "LEARNING_RATES", "MAX_SEED", "OUTPUTS", "UPDATE", "Graph", "graph", "inputs", "BATCH", "DEEPER",
           "SIZES", "Memory", "memory", "HEADS", "Gradient", "head_gradient", "non_scalar", "notes_example", "DEFAULT_X",
           "FLOAT32_MAX", "MAX_COLS", "MAX_ROWS", "MAX_TEXT", "as_text", "parse_x", "InputError"]
