"""What the page concludes about a run (explain.linreg.verdicts), held to the numbers over many settings and seeds:
each kind's claim checked against an oracle that is not the code that chose it (NumPy gradient descent, longer
runs, the noise's own mean), so a sentence the page shows for any setting follows from the numbers beside it."""
import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from explain import linreg as lx

LRS = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 2.0, 3.0)  # the page's options
SETTINGS = st.tuples(st.sampled_from(LRS), st.sampled_from((1, 2, 3, 10, 33, 100, 500, 1000)), st.integers(1, 10),
                     st.sampled_from((0.0, 0.001, 0.01, 0.1, 0.5, 1.0)), st.integers(0, 999),
                     st.sampled_from(lx.INITS))


def numpy_gd(X, y, theta0, lr, steps):
    """Full-batch gradient descent in float64, written from the maths, and its loss after `steps` steps."""
    Z = np.column_stack([X.astype(np.float64), np.ones(len(X))])
    y = y.astype(np.float64)
    theta = np.asarray(theta0, dtype=np.float64)
    with np.errstate(all="ignore"):
        for _ in range(steps):
            theta = theta - lr * Z.T @ (Z @ theta - y) / len(y)
        return 0.5 * np.mean((Z @ theta - y) ** 2)


@pytest.mark.parametrize("lr, steps, init", [(0.03, 300, "d2l"), (0.5, 7, "far"), (1.0, 30, "zeros"), (1.8, 50, "far"),
                                             (0.001, 3, "d2l")])
def test_gradient_descents_loss_is_numpy_gradient_descent(lr, steps, init):
    X, y = lx.synthetic_data(noise=0.1, seed=3)
    q = lx.quadratic(X, y)
    w0, b0, _ = lx.plan(1000, 0, 3, init)
    theta0 = np.append(w0, b0)
    assert math.isclose(lx.gd_loss(q, theta0, lr, steps), numpy_gd(X, y, theta0, lr, steps), rel_tol=1e-9, abs_tol=1e-15)
    full = lx.sgd_path(lr, 1000, steps, noise=0.1, seed=3, init=init)  # a batch of every example is gradient descent
    assert math.isclose(lx.gd_loss(q, theta0, lr, steps), full.loss[-1], rel_tol=1e-9, abs_tol=1e-15)


def test_above_the_limit_gradient_descent_grows_without_bound():
    X, y = lx.synthetic_data()
    q = lx.quadratic(X, y)
    theta0 = np.append(lx.plan(1000, 0, 0, "d2l")[0], 0.0)
    limit = lx.lr_limit(q)
    assert lx.gd_loss(q, theta0, 1.001 * limit, 1_000_000) > lx.DIVERGED
    assert lx.gd_loss(q, theta0, 0.999 * limit, 100_000) < 1e-4


@settings(max_examples=60, deadline=None)
@given(SETTINGS)
def test_every_kind_follows_from_its_numbers(args):
    lr, batch_size, epochs, noise, seed, init = args
    lesson = lx.lesson(*args)
    o, run = lesson.outcome, lesson.scratch
    assert o.start == run.loss[0] and o.final == run.loss[-1] and o.steps == len(run.loss) - 1
    assert o.least == lesson.quadratic.floor <= o.final * (1 + 1e-12) + 1e-15  # nothing goes below the closed form
    assert o.least <= lesson.true_loss * (1 + 1e-12) + 1e-15  # least squares: at most the true weights' loss
    assert math.isclose(o.factor, abs(1 - lr * lesson.curvature))
    above = lr > lesson.lr_limit
    if o.kind == "diverged":
        assert run.diverged_at is not None and o.cause == ("full" if above else "batch")
        if o.cause == "batch":  # the sentence: η is above 2 / the sharpest minibatch's curvature
            assert lr > 2 / lesson.batch_curvature
    else:
        assert run.diverged_at is None and lesson.gluon.diverged_at is None
    if o.kind == "over":  # heading for divergence: full-batch descent with this η grows without bound
        assert above and lx.gd_loss(lesson.quadratic, np.append(run.w[0], run.b[0]), lr, 1_000_000) > lx.DIVERGED
    if o.kind == "growing":
        assert not above and o.final > o.start and lr > 2 / lesson.batch_curvature
    if o.kind == "floor":  # within a quarter of the noise floor of the lowest loss
        assert o.final - o.least <= lx.FLOOR_TOLERANCE * max(noise**2 / 2, o.least)
    if o.kind in ("noisy", "falling"):
        assert not above and o.final <= o.start
        assert o.final - o.least > lx.FLOOR_TOLERANCE * max(noise**2 / 2, o.least)
    if o.kind == "noisy":  # full-batch descent with the same η and steps gets closer: the minibatches' noise
        assert batch_size < lx.N and o.gd < o.final
        X, y = lx.synthetic_data(lx.N, noise, seed)
        assert math.isclose(o.gd, numpy_gd(X, y, np.append(run.w[0], run.b[0]), lr, o.steps), rel_tol=1e-6)
    if o.kind == "falling":  # "try more epochs": twenty epochs of the same run end lower
        longer = lx.sgd_path(lr, batch_size, lx.MAX_EPOCHS, lx.N, noise, seed, init)
        assert longer.diverged_at is None and longer.loss[-1] < o.final


def test_the_kinds_the_page_shows_at_its_views():
    kinds = {args: lx.lesson(*args).outcome.kind for args in [
        (0.03, 10, 3, 0.01, 0, "d2l"), (3.0, 10, 3, 0.01, 0, "d2l"), (0.03, 1000, 3, 0.01, 0, "far"),
        (0.03, 1, 10, 0.01, 0, "d2l"), (0.03, 10, 3, 1.0, 0, "d2l"), (1.0, 10, 3, 0.01, 0, "d2l"),
        (2.0, 1000, 3, 0.01, 0, "d2l"), (1.0, 1, 3, 0.01, 0, "d2l"), (1.0, 2, 3, 0.01, 0, "d2l")]}
    assert list(kinds.values()) == ["floor", "diverged", "falling", "floor", "floor", "noisy", "over", "diverged",
                                    "growing"]
    assert lx.lesson(1.0, 1, 3, 0.01, 0, "d2l").outcome.cause == "batch"  # below 2/λ, yet a batch of 1 runs away


def test_the_noise_floor_is_the_true_weights_mean_loss_and_the_closed_form_sits_just_below():
    """σ²/2 is the expected loss of the true w, b (the noise's own mean square, an oracle from the noise alone);
    least squares with 3 parameters sits below it by σ²/2 · 3/n on average."""
    sigma = 0.3
    truths, leasts = [], []
    for seed in range(200):
        lesson = lx.lesson(0.03, 10, 1, sigma, seed, "d2l")
        truths.append(lesson.true_loss)
        leasts.append(lesson.quadratic.floor)
        assert 0 <= lesson.true_loss - lesson.quadratic.floor < 0.05 * sigma**2 / 2  # "a little below"
    floor = sigma**2 / 2
    standard_error = floor * math.sqrt(2 / 1000) / math.sqrt(200)
    assert abs(np.mean(truths) - floor) < 4 * standard_error
    assert abs(np.mean(leasts) - floor * (1000 - 3) / 1000) < 4 * standard_error
    assert min(leasts) < floor < max(leasts)  # the closed form's loss is near σ²/2, on either side of it


def test_the_checks_statements_are_what_running_it_gives():
    single, doubled = lx.sgd_path(1.0, 10, 3), lx.sgd_path(2.0, 10, 3)
    assert single.diverged_at is None and single.loss[-1] < 1e-3 < 10 < single.loss[0]
    X, y = lx.synthetic_data()
    assert doubled.diverged_at is not None and 2.0 > lx.lr_limit(lx.quadratic(X, y)) > 1.0
    assert f"{0.01**2 / 2:.4g}" == "5e-05"  # the question's noise floor


@pytest.mark.parametrize("seed", range(5))
def test_what_to_notice_holds_for_these_seeds(seed):
    """The notices: full batch is smooth (every step lowers the loss and keeps its direction), batch 1 zigzags
    (the loss rises on many steps, consecutive steps often turn back), σ = 0 falls to the float32 rounding."""
    def turns(w):
        d = np.diff(w, axis=0)
        cos = (d[1:] * d[:-1]).sum(1) / (np.linalg.norm(d[1:], axis=1) * np.linalg.norm(d[:-1], axis=1))
        return cos
    full, single = lx.sgd_path(0.3, 1000, 10, seed=seed), lx.sgd_path(0.03, 1, 1, seed=seed)
    assert np.all(np.diff(full.loss) < 0) and turns(full.w).min() > 0.99
    assert (np.diff(single.loss) > 0).mean() > 0.2 and (turns(single.w) < 0).mean() > 0.2
    clean = lx.lesson(0.03, 10, 10, 0.0, seed, "d2l")
    losses = clean.scratch.epoch_loss
    falling = np.flatnonzero(np.diff(losses) >= 0)
    first_flat = int(falling[0]) if falling.size else len(losses) - 1
    assert np.all(np.diff(losses[: first_flat + 1]) < 0) and losses[first_flat] < 2 * clean.quadratic.floor
    assert clean.quadratic.floor < 1e-13 and losses[-1] < 2 * clean.quadratic.floor  # "about 1e-14"
