"""What the overfitting comparison concludes, each conclusion a kind and the numbers it cites (the page picks the sentence).

    rise        did the plain model's test loss rise beyond the curve's own wiggle while its training loss fell
                below the true curve's own loss on the same training points?  ("noise", "rose", "level", "last")
    ensemble    how far the full network's prediction (inverted dropout: no mask, no scaling) is from the average
                of THINNED sampled thinned networks  ("same", "within", "differs")
    comparison  does dropout narrow the gap by predicting new points better (test loss lower), or only because it
                underfits (training loss above sin(x)'s own on the training points)?
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


@dataclass(frozen=True)
class Comparison:
    """The final losses with and without dropout, and what they show, compared as the page prints them (3 decimals)."""

    kind: str  # "better" | "better_loose" | "underfit" | "underfit_wide" | "narrow_only" | "test_only" | "no_help"
    train_plain: float
    test_plain: float
    train_dropout: float
    test_dropout: float
    truth: float  # sin(x)'s own loss on the training points: a model above it cannot fit even them as well as the truth
    floor: float  # σ², the true curve's test loss on average

    @property
    def gap_plain(self) -> float:
        """Test − train without dropout, of the printed losses (the reader's own subtraction)."""
        return (thousandths(self.test_plain) - thousandths(self.train_plain)) / 1000

    @property
    def gap_dropout(self) -> float:
        """The same with dropout."""
        return (thousandths(self.test_dropout) - thousandths(self.train_dropout)) / 1000

    @property
    def gap_narrower(self) -> bool:
        """Is the gap with dropout smaller, as printed?"""
        return (thousandths(self.test_dropout) - thousandths(self.train_dropout)
                < thousandths(self.test_plain) - thousandths(self.train_plain))

    @property
    def test_lower(self) -> bool:
        """Is the test loss with dropout lower, as printed?"""
        return thousandths(self.test_dropout) < thousandths(self.test_plain)

    @property
    def train_above_truth(self) -> bool:
        """Does dropout's training loss stay above sin(x)'s own loss on the same points, as printed?"""
        return thousandths(self.train_dropout) > thousandths(self.truth)


def thousandths(value: float) -> int:
    """A loss as the page prints it (3 decimals), in thousandths: a verdict never rests on a difference the reader
    cannot see, and a gap is the difference of the printed losses."""
    return round(float(f"{value:.3f}") * 1000)  # the printed text itself: 0.0015 prints 0.001


def comparison(final: dict, truth: float, noise: float = NOISE) -> Comparison:
    """What the final losses show: does dropout narrow the gap by predicting new points better, or only because it
    can no longer fit the training points either (its training loss above sin(x)'s own loss on them: underfitting)?

    "better": gap narrower, test loss lower (and the training loss not above `truth`); "better_loose": the same,
    but the training loss is above `truth` (a little underfitting traded for less noise-fitting); "underfit": the
    test loss is not lower and the training loss is above `truth`, the gap narrower only because both are high;
    "underfit_wide": the same with a gap that is not narrower; "narrow_only": gap narrower, test loss not lower,
    training loss not above `truth` (the gap closed from the training side); "test_only": test loss lower, gap not
    narrower; "no_help": neither.
    """
    c = Comparison("", final["plain", "train"], final["plain", "test"], final["dropout", "train"],
                   final["dropout", "test"], float(truth), float(noise ** 2))
    if c.test_lower:
        kind = ("better_loose" if c.train_above_truth else "better") if c.gap_narrower else "test_only"
    elif c.train_above_truth:
        kind = "underfit" if c.gap_narrower else "underfit_wide"
    else:
        kind = "narrow_only" if c.gap_narrower else "no_help"
    return Comparison(kind, *(getattr(c, f) for f in ("train_plain", "test_plain", "train_dropout", "test_dropout",
                                                       "truth", "floor")))
