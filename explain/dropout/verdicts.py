"""What the overfitting comparison concludes, each conclusion a kind and the numbers it cites (the page picks the sentence).

    rise        did the plain model's test loss rise beyond the curve's own wiggle while its training loss fell
                below the true curve's own loss on the same training points?  ("noise", "rose", "level", "last")
    ensemble    how far the full network's prediction (inverted dropout: no mask, no scaling) is from the average
                of THINNED sampled thinned networks  ("same", "within", "differs")
    comparison  does dropout narrow the gap, lower the test loss?
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from explain.dropout.twins import EVERY, NOISE, THINNED

WIGGLES = 3  # a rise counts when it exceeds this many of the curve's typical steps between two recordings
SAMPLING_ERRORS = 4  # a gap counts when it exceeds this many standard errors of the thinned average (121 points)


@dataclass(frozen=True)
class Rise:
    """The plain model's test curve after its lowest point, against its own wiggle and the noise level."""

    kind: str  # "noise" | "rose" | "level" | "last"
    epoch: int  # the recorded epoch of the lowest test loss
    best: float  # that lowest test loss
    last: float  # the test loss after the last epoch
    rise: float  # last − best
    wiggle: float  # median |change| between successive recordings from the lowest one on (0 if it is the last)
    train_best: float  # training loss at the lowest test loss
    train: float  # training loss after the last epoch
    floor: float  # the noise level σ² (the true curve's loss on new points, on average)
    truth: float  # sin(x)'s own loss on these training points: a network below it follows their noise


def rise(losses: np.ndarray, truth: float, noise: float = NOISE, every: int = EVERY) -> Rise:
    """From the recorded losses (recordings, 4: plain train, plain test, …) and the true curve's loss on the same
    training points (`truth`; σ² on average, but 20 points give 0.25 ± 0.08): the kind and the numbers it cites.

    "noise": the test loss rose by more than WIGGLES typical steps while the training loss fell below `truth`
    (the network fits the training points more closely than sin(x) does: it follows their noise);
    "rose": it rose as much, but the training loss did not fall below `truth` (or did not fall);
    "level": lowest before the end, but the rise is within WIGGLES typical steps; "last": lowest at the end.
    """
    train, test = np.asarray(losses, float)[:, 0], np.asarray(losses, float)[:, 1]
    k = int(np.argmin(test))
    after = np.abs(np.diff(test[k:]))
    wiggle = float(np.median(after)) if after.size else 0.0
    up = float(test[-1] - test[k])
    floor = float(noise ** 2)
    if k == len(test) - 1:
        kind = "last"
    elif up <= WIGGLES * wiggle:
        kind = "level"
    elif train[-1] < truth and train[-1] < train[k]:
        kind = "noise"
    else:
        kind = "rose"
    return Rise(kind, (k + 1) * every, float(test[k]), float(test[-1]), up, wiggle, float(train[k]),
                float(train[-1]), floor, float(truth))


@dataclass(frozen=True)
class Ensemble:
    """The trained dropout model: its prediction (full network) beside the average of sampled thinned networks."""

    kind: str  # "same" | "within" | "differs"
    x: np.ndarray  # curve inputs
    full: np.ndarray  # the prediction: prediction mode, every unit kept, no scaling (inverted dropout)
    average: np.ndarray  # mean over THINNED thinned networks (training mode, fresh masks) at each x
    se: np.ndarray  # the standard error of that mean: sd / √THINNED
    gap: float  # max |full − average| over x
    at: float  # the x where it is largest
    span: float  # the prediction's range over x (max − min)
    share: float  # gap / span
    se_at: float  # the standard error at that x
    masks: int  # THINNED

    @property
    def frame(self) -> pd.DataFrame:
        """What the page draws: x, full − average, and SAMPLING_ERRORS standard errors of the average."""
        return pd.DataFrame({"x": self.x, "difference": self.full - self.average, "band": SAMPLING_ERRORS * self.se})


def ensemble(x, full, thinned, p1: float, p2: float, masks: int = THINNED) -> Ensemble:
    """`thinned` is (2, len(x)): mean and sd of the thinned networks at each x, for drop probabilities p1, p2.

    "same": every thinned network is the full network (each p is 0, or a layer drops everything: p = 1), so any
    gap left is float32 round-off of two batch shapes; "within": the gap is nowhere beyond SAMPLING_ERRORS
    standard errors; "differs": somewhere it is, by `gap` (`share` of the prediction's range).
    """
    x, full = np.asarray(x, float), np.asarray(full, float)
    average, sd = (np.asarray(a, float) for a in thinned)
    se = sd / np.sqrt(masks)
    diff = np.abs(full - average)
    k = int(np.argmax(diff))
    span = float(np.ptp(full))
    if 1.0 in (p1, p2) or p1 == p2 == 0.0:
        kind = "same"
    elif np.all(diff <= SAMPLING_ERRORS * se):
        kind = "within"
    else:
        kind = "differs"
    return Ensemble(kind, x, full, average, se, float(diff[k]), float(x[k]), span,
                    float(diff[k] / span) if span > 0 else 0.0, float(se[k]), int(masks))


def comparison(final: dict) -> tuple[str, str]:
    """Two facts of the final losses, as kinds: is the gap narrower with dropout, is its test loss lower?"""
    gap_plain = final["plain", "test"] - final["plain", "train"]
    gap_dropout = final["dropout", "test"] - final["dropout", "train"]
    return ("gap_smaller" if gap_dropout < gap_plain else "gap_not_smaller",
            "test_lower" if final["dropout", "test"] < final["plain", "test"] else "test_not_lower")
