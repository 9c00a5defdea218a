"""What the fit concludes: a kind a student can act on, and the numbers on the page it follows from.

    diverged  the training loss passed float32's largest number: a smaller learning rate;
    unstable  SGD is far above the closed form, and its training loss has climbed back far above the lowest it
              reached: its steps are too large to settle (the loss jumps about), so a smaller learning rate;
    slow      not converged yet: SGD's training objective (loss + ½λ‖w‖²), or its training loss, is far above the
              closed form's of the same degree, on the same data: more epochs or a larger learning rate;
    under     underfitting: even the closed form's training loss is far above the noise level σ²/2: a richer
              model (or, when weight decay is the cause, a smaller λ);
    over      overfitting: the training loss is near the noise level, the test loss far above it and above the
              closed form's of a lower degree: a lower degree, more samples (or weight decay, where it helps);
    few       the same, but no lower degree does better: too few samples to pin the curve down (D2L's 训练样本不足);
    fair      SGD has reached the closed form, which does not underfit, and there is no gap between the losses, but
              the test loss is far above the noise level (weight decay is often why: then a smaller λ);
    good      SGD has reached the closed form, and the test loss is near the noise level.

σ²/2 is the expected loss of the TRUE curve on new data (the half squared error of the noise alone), not a bound:
a fitted model's training loss is usually below it (it follows part of the noise), and on 100 test points a good
model's test loss can come out a little under it by chance. Every piece of advice stays within the sliders' ends
(`Ends`, which the page reads from its parameter table); each one cites the closed form that shows it helps.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from explain.fitting.closed_form import closed_curve, closed_form_loss, half_mse
from explain.fitting.data import CUBIC, MAX_TRAIN, PolyData, power_scale
from explain.fitting.fit import Fit, fit_scene

TINY = 1e-6  # a loss below this counts as zero (the data's y reach hundreds; exact fits leave 1e-28)
SLOW = 2.0  # SGD's objective (or training loss) more than this many times the closed form's: not converged yet
UNDER = 3.0  # the closed form's training loss more than this many times σ²/2: underfitting
OVER = 5.0  # the test loss more than this many times σ²/2 …
GAP = 3.0  # … and this many times the training loss: overfitting (or too few samples)
BETTER = 2.0  # another closed form (lower degree, more samples, larger λ) helps when its test loss is this much lower


def far(a: float, b: float, factor: float) -> bool:
    """a is far above b: more than factor·b, where b counts as TINY at least (so that 0 is not a scale)."""
    return a > factor * max(b, TINY)


@dataclass(frozen=True)
class Ends:
    """The ends of the page's sliders (from its parameter table), so that advice never points past one."""

    degree: tuple[int, int]
    n_train: tuple[int, int]
    epochs: tuple[int, int]
    lrs: tuple[float, ...]  # the learning rates on offer
    decays: tuple[float, ...]  # the weight decays on offer


@dataclass(frozen=True)
class Advice:
    """One thing to try: the setting (value) and, for a model, what its closed form reaches on the same data."""

    kind: str  # "epochs" | "lr_up" | "lr_down" | "degree_up" | "degree_down" | "samples" | "decay_down" | "decay_up"
    value: float
    train: float | None = None  # the closed form's training loss with that setting
    test: float | None = None


@dataclass(frozen=True)
class Verdict:
    """The kind, the numbers it cites, and what to try (empty when no slider can help)."""

    kind: str  # "diverged" | "unstable" | "slow" | "under" | "over" | "few" | "fair" | "good"
    train: float  # SGD's (or, for the closed form's own verdict, the closed form's) training loss
    test: float
    floor: float  # σ²/2
    closed_train: float  # the closed form of the same degree and λ on the same samples
    closed_test: float
    objective: float  # train + ½λ‖w‖² (the model's scaled weights): what SGD and the closed form minimise
    closed_objective: float  # the closed form's: the least there is
    free_train: float  # the closed form's training loss at λ = 0 (equal to closed_train when λ = 0)
    decay: float  # λ
    cause: str | None = None  # "decay": weight decay makes it underfit (at λ = 0 it would not)
    lower: tuple[int, float] | None = None  # the lower degree whose closed form tests best, and its test loss
    lowest: tuple[int, float] | None = None  # "unstable": the epoch of SGD's lowest training loss, and that loss
    advice: tuple[Advice, ...] = field(default_factory=tuple)


def penalty(weight, degree: int, decay: float) -> float:
    """½λ‖w‖² on the weights the model trains (the scaled powers' weights), from weights on the original scale."""
    if decay == 0 or degree == 0:
        return 0.0
    scaled = np.asarray(weight, dtype=np.float64) * np.array([power_scale(i) for i in range(1, degree + 1)])
    return float(0.5 * decay * scaled @ scaled)


def closed_losses(data, n: int, degree: int, decay: float = 0.0) -> tuple[float, float]:
    """Training and test loss of the closed form of this degree and λ on the first n training samples."""
    x, y = data[0][:n], data[1][:n]
    fitted = closed_curve(x, y, degree, decay)
    return closed_form_loss(fitted, x, y, degree, decay), half_mse(fitted(data[2]), data[3])




def judge(data, fit, noise: float, epochs: int, lr: float, decay: float, ends: Ends, closed: bool = False,
          memo: dict | None = None) -> Verdict:
    """The verdict on SGD's fit (or, closed=True, on the closed form of the same degree), from the numbers the page
    shows: SGD's losses, the closed form's, σ²/2, and closed forms of other degrees, sizes and λ on the same data
    (`memo` keeps those closed forms for another verdict on the same data)."""
    floor, d, n = noise ** 2 / 2, fit.degree, fit.n_train
    model = Model(data, n, d, decay, ends, {} if memo is None else memo)
    closed_objective = fit.analytic_train + penalty(fit.analytic_w, d, decay)
    free_train = fit.analytic_train if decay == 0 else model.losses(n, d, 0.0)[0]
    if closed:
        train, test, objective = fit.analytic_train, fit.analytic_test, closed_objective
    elif fit.diverged:
        train = test = objective = math.inf
    else:
        train, test = float(fit.train_loss[-1]), float(fit.test_loss[-1])
        objective = train + penalty(fit.weight, d, decay)
    facts = dict(train=train, test=test, floor=floor, closed_train=fit.analytic_train, closed_test=fit.analytic_test,
                 objective=objective, closed_objective=closed_objective, free_train=free_train, decay=decay)
    if not closed and fit.diverged:
        return Verdict("diverged", **facts, advice=tuple(_lr(lr, ends, down=True)))
    if not closed and (far(objective, closed_objective, SLOW) or far(train, fit.analytic_train, SLOW)):
        lowest = int(np.argmin(fit.train_loss))
        if far(train, fit.train_loss[lowest], SLOW):  # it had been far lower: bouncing, not still on its way
            return Verdict("unstable", **facts, lowest=(lowest + 1, float(fit.train_loss[lowest])),
                           advice=tuple(_lr(lr, ends, down=True)))
        advice = ([Advice("epochs", ends.epochs[1])] if epochs < ends.epochs[1] else []) + _lr(lr, ends, down=False)
        return Verdict("slow", **facts, advice=tuple(advice))
    if far(fit.analytic_train, floor, UNDER):
        cause = "decay" if decay > 0 and not far(free_train, floor, UNDER) else None
        fits = lambda a: not far(a.train, floor, UNDER)  # the closed form no longer underfits
        advice = (model.smaller_decay(fits) if cause else []) + model.higher_degree(fits)
        return Verdict("under", **facts, cause=cause, advice=tuple(advice))
    helps = lambda a: far(test, a.test, BETTER)  # the closed form's test loss is far lower than this one
    if far(test, floor, OVER) and far(test, train, GAP):
        lower = model.best_lower()
        kind = "over" if lower is not None and helps(lower) else "few"
        advice = ([lower] if kind == "over" else []) + model.more_samples(helps) + model.larger_decay(helps)
        return Verdict(kind, **facts, lower=(int(lower.value), lower.test) if lower else None, advice=tuple(advice))
    if far(test, floor, OVER):
        advice = model.smaller_decay(helps) + model.more_samples(helps) + model.larger_decay(helps)
        return Verdict("fair", **facts, advice=tuple(advice))
    return Verdict("good", **facts)


def _lr(lr: float, ends: Ends, down: bool) -> list[Advice]:
    """The next learning rate on offer, smaller or larger, if there is one."""
    options = sorted(v for v in ends.lrs if (v < lr if down else v > lr))
    if not options:
        return []
    return [Advice("lr_down", options[-1])] if down else [Advice("lr_up", options[0])]


@dataclass(frozen=True)
class Model:
    """The closed forms of the neighbouring models on the same data: each a piece of advice, if it helps."""

    data: tuple
    n: int
    degree: int
    decay: float
    ends: Ends
    memo: dict  # (n, degree, λ) → the closed form's training and test loss, computed once

    def losses(self, n: int, degree: int, decay: float) -> tuple[float, float]:
        """closed_losses on this model's data, each (n, degree, λ) once."""
        if (n, degree, decay) not in self.memo:
            self.memo[n, degree, decay] = closed_losses(self.data, n, degree, decay)
        return self.memo[n, degree, decay]

    def advice(self, kind: str, value, n: int | None = None, degree: int | None = None,
               decay: float | None = None) -> Advice:
        """The closed form with one setting changed, as a piece of advice citing its losses."""
        train, test = self.losses(n or self.n, self.degree if degree is None else degree,
                                  self.decay if decay is None else decay)
        return Advice(kind, value, train, test)

    def higher_degree(self, ok) -> list[Advice]:
        """The first higher degree (on the slider) whose closed form is ok."""
        for k in range(self.degree + 1, self.ends.degree[1] + 1):
            if ok(a := self.advice("degree_up", k, degree=k)):
                return [a]
        return []

    def best_lower(self) -> Advice | None:
        """The lower degree whose closed form has the lowest test loss."""
        lower = [self.advice("degree_down", k, degree=k) for k in range(self.ends.degree[0], self.degree)]
        return min(lower, key=lambda a: a.test) if lower else None

    def smaller_decay(self, ok) -> list[Advice]:
        """The largest smaller λ on offer whose closed form is ok (the least change that does it)."""
        for v in sorted((v for v in self.ends.decays if v < self.decay), reverse=True):
            if ok(a := self.advice("decay_down", v, decay=v)):
                return [a]
        return []

    def larger_decay(self, ok) -> list[Advice]:
        """The larger λ on offer whose closed form tests best, if it is ok."""
        larger = [self.advice("decay_up", v, decay=v) for v in self.ends.decays if v > self.decay]
        best = min(larger, key=lambda a: a.test) if larger else None
        return [best] if best is not None and ok(best) else []

    def more_samples(self, ok) -> list[Advice]:
        """Every training sample the slider allows, if the closed form on them is ok."""
        most = self.ends.n_train[1]
        if self.n >= most:
            return []
        a = self.advice("samples", most, n=most)
        return [a] if ok(a) else []


@dataclass(frozen=True)
class Judged:
    """The page's fit and what it concludes: SGD's verdict, and the closed form's (where SGD is heading)."""

    data: PolyData
    fit: Fit
    verdict: Verdict
    closed: Verdict
    contrast: tuple  # the cubic's closed form through the first 2 samples and through all: (train, test) each


def judged_scene(degree: int, n_train: int, noise: float, epochs: int, lr: float, batch_size: int,
                 weight_decay: float, seed: int, ends: Ends) -> Judged:
    """fit_scene, judged: the data, the fit, SGD's verdict and the closed form's."""
    data, fit = fit_scene(degree, n_train, noise, epochs, lr, batch_size, weight_decay, seed)
    args, memo = (data, fit, noise, epochs, lr, weight_decay, ends), {}
    contrast = (closed_losses(data, 2, CUBIC), closed_losses(data, MAX_TRAIN, CUBIC))
    return Judged(data, fit, judge(*args, memo=memo), judge(*args, closed=True, memo=memo), contrast)


def check_case(ends: Ends, seed: int = 0, noise: float = 0.1) -> dict:
    """The numbers behind the page's check (degree 20 on 10 samples against the cubic, D2L's SGD settings)."""
    high, cubic10, cubic = (judged_scene(d, n, noise, 100, 0.01, 10, 0.0, seed, ends) for d, n in
                            ((20, 10), (3, 10), (3, 100)))
    return {"train": high.fit.analytic_train, "test": high.fit.analytic_test, "kind": high.closed.kind,
            "cubic_train": cubic.fit.analytic_train, "cubic_test": cubic.fit.analytic_test,
            "sgd_train": float(high.fit.train_loss[-1]), "sgd_test": float(high.fit.test_loss[-1]),
            "sgd_kind": high.verdict.kind, "cubic10_train": float(cubic10.fit.train_loss[-1]),
            "cubic10_test": float(cubic10.fit.test_loss[-1]), "epochs": 100}
