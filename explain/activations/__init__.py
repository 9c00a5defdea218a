"""Activation functions and their derivatives, the derivatives taken by MXNet autograd as in the notes.

registry           the functions: MXNet's form, closed forms of f and f′, LaTeX; NAMES, the one list of choices
derivatives        f(x) by MXNet and f′(x) by autograd, on the engine's worker thread
function_curves    f and f′ over the plotted range: the probe, where f′ peaks, where f has saturated
depth              the error signal and weight gradient at every layer of a deep MLP, and the verdict
symmetry_breaking  a small MLP trained from equal or random weights: equal weights keep the units copies
code               the runnable MXNet code each section shows
"""
from explain.activations.code import depth_code, probe_code, symmetry_code
from explain.activations.function_curves import (MIN_WIDTH, POINTS, SATURATION, Curves, Peak, curves,
                                                derivative_peak, plotted_range, saturated_stretches)
from explain.activations.depth import TINY, DepthResult, depth_gradients, init_scale
from explain.activations.derivatives import X_LIMIT, evaluate, slope
from explain.activations.registry import NAMES, REGISTRY, Activation, get, label
from explain.activations.symmetry_breaking import (SYMMETRY_INPUTS, SYMMETRY_STEPS, SYMMETRY_UNITS, Symmetry,
                                                  symmetry)

__all__ = [
    "Activation", "REGISTRY", "NAMES", "get", "label",
    "X_LIMIT", "evaluate", "slope",
    "SATURATION", "POINTS", "MIN_WIDTH", "Peak", "Curves", "plotted_range", "curves", "derivative_peak",
    "saturated_stretches",
    "TINY", "DepthResult", "init_scale", "depth_gradients",
    "SYMMETRY_UNITS", "SYMMETRY_INPUTS", "SYMMETRY_STEPS", "Symmetry", "symmetry",
    "probe_code", "depth_code", "symmetry_code",
]
