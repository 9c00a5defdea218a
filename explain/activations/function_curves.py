"""f and f′ over the plotted range: the curves, the probe x0, where f′ peaks and where f has saturated."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from explain.activations.derivatives import X_LIMIT, evaluate
from explain.activations.registry import get

SATURATION = 0.05  # |f'| below this: the gradient through the unit has all but vanished
POINTS = 401  # samples per curve: smooth at any zoom, a few thousand marks in all


@dataclass(frozen=True)
class Peak:
    """Where the derivative is largest over the plotted range, and its value there.

    kind "point": one x (to the grid's resolution); "plateau": f' takes that value on the whole stretch
    x .. end (f is a straight line there, e.g. ReLU for x > 0); "edge": the largest value sits at the
    range's edge x and f' still grows beyond it, so the range, not the function, sets the "peak".
    """

    x: float
    value: float
    kind: str = "point"
    end: float | None = None  # the plateau's other end
    open_at_kink: bool = False  # the plateau starts just after a kink, which itself is not part of it


@dataclass(frozen=True)
class Curves:
    """What the function chart shows: the curves, the probe's f(x0) and f′(x0), the saturated stretches.

    The tangent's segment (which piece of the line y0 + slope0 (x − x0) the chart draws) is the chart's own.
    """

    table: pd.DataFrame  # long form: function, x, value, kind ("f" or "f′")
    lo: float
    hi: float
    x0: float
    y0: float  # f(x0) of the main function
    slope0: float  # f'(x0) of the main function, by autograd
    saturated: pd.DataFrame  # start, end of stretches where the main function has saturated
    peak: Peak  # of the main function's derivative over the range
    at_kink: bool  # x0 sits on a kink of the main function

    @property
    def probe_shown(self) -> bool:
        """The probe x0 lies inside the plotted range."""
        return self.lo <= self.x0 <= self.hi


MIN_WIDTH = 1.0  # a range whose two ends coincide is widened to this width around them


def plotted_range(lo: float, hi: float) -> tuple[float, float]:
    """The range to plot for the two ends a student set: in order, and never of zero width."""
    lo, hi = sorted((float(lo), float(hi)))
    if hi - lo < MIN_WIDTH / 2:
        middle = (lo + hi) / 2
        lo, hi = middle - MIN_WIDTH / 2, middle + MIN_WIDTH / 2
    return lo, hi


def curves(names: tuple[str, ...], lo: float, hi: float, x0: float, alpha: float = 0.1) -> Curves:
    """f and f' of each function over [lo, hi], with the probe at x0 for the first one."""
    if not names:
        raise ValueError("choose at least one function")
    if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
        raise ValueError("the x-range needs lo < hi")
    x = np.unique(np.concatenate([np.linspace(lo, hi, POINTS), [x0] if lo <= x0 <= hi else []]))
    frames = []
    main_dy = None
    for name in names:
        y, dy = evaluate(name, x, alpha)
        if main_dy is None:
            main_dy = dy
        label = get(name).label
        frames.append(pd.DataFrame({"function": label, "x": x, "value": y, "kind": "f"}))
        frames.append(pd.DataFrame({"function": label, "x": x, "value": dy, "kind": "f′"}))
    table = pd.concat(frames, ignore_index=True)
    (y0,), (slope0,) = evaluate(names[0], [x0], alpha)
    kinks = get(names[0]).kinks
    return Curves(table, float(lo), float(hi), float(x0), float(y0), float(slope0),
                  saturated_stretches(names[0], x, main_dy, alpha), derivative_peak(x, main_dy, kinks),
                  any(abs(x0 - k) < 1e-12 for k in kinks))


def derivative_peak(x: np.ndarray, dy: np.ndarray, kinks=()) -> Peak:
    """Where dy is largest on the grid x: a point, a plateau of equal values, or the range's edge."""
    top = int(np.argmax(dy))
    best = float(dy[top])
    level = np.flatnonzero(np.abs(dy - best) <= 1e-12 * max(1.0, abs(best)))
    if len(level) >= 3:  # a straight piece of f: f' is constant there, there is no single "largest at"
        start, end = float(x[level[0]]), float(x[level[-1]])
        step = (x[-1] - x[0]) / (len(x) - 1)
        kink = next((k for k in kinks if 0 < start - k <= step * 1.0001 and k >= x[0]), None)
        return Peak(start if kink is None else float(kink), best, "plateau", end, kink is not None)
    if top in (0, len(x) - 1):
        return Peak(float(x[top]), best, "edge")
    return Peak(float(x[top]), best)


def saturated_stretches(name: str, x: np.ndarray, dy: np.ndarray, alpha: float = 0.1,
                        threshold: float = SATURATION) -> pd.DataFrame:
    """The stretches of [x[0], x[-1]] where f has saturated: |f'| < threshold from there all the way out.

    Saturation is f flattening towards an asymptote as x goes to -inf or +inf, so |f'| must stay small
    out to the end of the axis; a dip where f' merely crosses 0 (GELU's and swish's minimum) is not it.
    "All the way out" is checked by MXNet on a log-spaced grid out to +-X_LIMIT.
    """
    lo, hi = float(x[0]), float(x[-1])
    out = np.geomspace(1e-3, X_LIMIT, 120)
    _, left = evaluate(name, lo - out[::-1], alpha)
    _, right = evaluate(name, hi + out, alpha)
    flat = np.abs(dy) < threshold
    # how many grid points from each end lie in one flat run (all of them if the whole range is flat)
    from_left = len(x) if flat.all() else int(np.argmin(flat))
    from_right = len(x) if flat.all() else int(np.argmin(flat[::-1]))
    stretches = []
    if from_left and np.all(np.abs(left) < threshold):  # flat from here out to -inf
        stretches.append((lo, float(x[from_left - 1])))
    if from_right and np.all(np.abs(right) < threshold) and not (stretches and stretches[0][1] == hi):
        stretches.append((float(x[len(x) - from_right]), hi))
    return pd.DataFrame(stretches, columns=["start", "end"], dtype=float)
