"""explain.linreg against independent oracles: NumPy float64 minibatch SGD on the same minibatches, the recipe's
plain MXNet loops (float32), least squares by the normal equations, the noise floor, finite differences."""
import math
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from mxnet import nd

from explain import linreg as lx
from explain.engine import run as engine_run
from explain.linreg import recipe


def numpy_sgd(X, y, w0, b0, orders, lr, batch_size):
    """Minibatch SGD in float64, written from the maths: w ← w − lr/|B|·Σ x(ŷ − y), b likewise (|B| = batch_size)."""
    X, y = X.astype(np.float64), y.astype(np.float64)
    w, b = np.asarray(w0, dtype=np.float64), float(b0)
    ws, bs = [w.copy()], [b]
    with np.errstate(all="ignore"):
        for order in orders:
            for i in range(0, len(order), batch_size):
                j = order[i:i + batch_size]
                r = X[j] @ w + b - y[j]
                w, b = w - lr * X[j].T @ r / batch_size, b - lr * r.sum() / batch_size
                ws.append(w.copy())
                bs.append(b)
    return np.array(ws), np.array(bs)


def direct_loss(X, y, w, b):
    X, y = X.astype(np.float64), y.astype(np.float64)
    with np.errstate(all="ignore"):
        return 0.5 * np.mean((np.asarray(w) @ X.T + np.asarray(b)[..., None] - y) ** 2, axis=-1)


def test_synthetic_data_is_d2ls_in_float32():
    X, y = lx.synthetic_data()
    assert X.shape == (1000, 2) and y.shape == (1000,) and X.dtype == np.float32 and y.dtype == np.float32
    X0, y0 = lx.synthetic_data(n=50, noise=0.0, seed=3)
    np.testing.assert_allclose(y0, X0.astype(np.float64) @ [2, -3.4] + 4.2, rtol=1e-6, atol=1e-5)
    assert abs(X.mean()) < 0.1 and abs(X.std() - 1) < 0.05
    residual = y - (X.astype(np.float64) @ [2, -3.4] + 4.2)
    assert 0.009 < residual.std() < 0.011
    again = lx.synthetic_data(seed=0)
    assert np.array_equal(again[0], X) and np.array_equal(again[1], y)
    assert not np.array_equal(lx.synthetic_data(seed=1)[0], X)
    Xw, yw = lx.synthetic_data(n=20, noise=0.0, true_w=(1.0, 2.0, 3.0), true_b=-1.0)
    assert Xw.shape == (20, 3)


def test_closed_form_is_least_squares_in_float64():
    X, y = lx.synthetic_data(noise=0.3, seed=5)
    w, b = lx.closed_form(X, y)
    Z = np.column_stack([X.astype(np.float64), np.ones(len(X))])
    theta = np.linalg.solve(Z.T @ Z, Z.T @ y.astype(np.float64))  # the normal equations
    np.testing.assert_allclose(np.append(w, b), theta, rtol=1e-12, atol=1e-12)
    assert np.asarray(w).dtype == np.float64
    X0, y0 = lx.synthetic_data(noise=0.0)
    w0, b0 = lx.closed_form(X0, y0)
    np.testing.assert_allclose(np.append(w0, b0), [2, -3.4, 4.2], atol=1e-5)  # float32 data: to its rounding


@pytest.mark.parametrize("engine", lx.ENGINES)
@pytest.mark.parametrize("lr, batch_size, epochs, n, init", [
    (0.03, 10, 3, 1000, "d2l"), (0.1, 7, 2, 100, "far"), (0.5, 1, 2, 30, "zeros"), (0.9, 100, 5, 100, "far"),
    (0.01, 64, 1, 1000, "d2l"), (0.2, 33, 0, 50, "d2l")])
def test_the_path_is_numpy_sgd_on_the_same_minibatches(engine, lr, batch_size, epochs, n, init):
    path = lx.sgd_path(lr, batch_size, epochs, n, 0.01, 4, init, engine)
    X, y = lx.synthetic_data(n, 0.01, 4)
    w0, b0, orders = lx.plan(n, epochs, 4, init)
    ws, bs = numpy_sgd(X, y, w0, b0, orders, lr, batch_size)
    steps = epochs * math.ceil(n / batch_size)
    assert path.w.shape == (steps + 1, 2) and path.b.shape == (steps + 1,) and path.epoch_loss.shape == (epochs + 1,)
    assert path.diverged_at is None
    # Gluon's sgd_update operator takes the learning rate and 1/batch_size as float32 parameters
    scale = 1 + np.abs(ws).max()
    tol = {"rtol": 1e-9, "atol": 1e-10 * scale} if engine == "scratch" else {"rtol": 1e-6, "atol": 1e-6 * scale}
    np.testing.assert_allclose(path.w, ws, **tol)
    np.testing.assert_allclose(path.b, bs, **tol)
    np.testing.assert_array_equal(path.w[0], w0)
    ends = np.arange(epochs + 1) * math.ceil(n / batch_size)
    np.testing.assert_allclose(path.epoch_loss, direct_loss(X, y, ws[ends], bs[ends]), rtol=100 * tol["rtol"], atol=1e-10)
    np.testing.assert_allclose(path.loss, direct_loss(X, y, ws, bs), rtol=100 * tol["rtol"], atol=1e-10)


@pytest.mark.parametrize("batch_size, epochs", [(10, 3), (7, 1)])
def test_the_path_is_the_recipes_plain_loops_to_float32_tolerance(batch_size, epochs):
    """The page's fast path against the notes' loop and Gluon's, step by step, run as written (float32 NDArrays)."""
    X, y = lx.synthetic_data()
    w0, b0, orders = lx.plan(1000, epochs, 0, "d2l")
    features, labels = engine_run(lambda: (nd.array(X), nd.array(y)))
    for engine, train in (("scratch", recipe.train_scratch), ("gluon", recipe.train_gluon)):
        ws, bs, losses = engine_run(train, features, labels, w0, b0, orders, 0.03, batch_size)
        path = lx.sgd_path(0.03, batch_size, epochs, engine=engine)
        np.testing.assert_allclose(path.w, ws, atol=2e-5)
        np.testing.assert_allclose(path.b, bs, atol=2e-5)
        np.testing.assert_allclose(path.epoch_loss, losses, rtol=2e-3, atol=1e-7)


def test_both_engines_see_the_same_minibatches_and_start():
    for kwargs in ({}, {"batch_size": 3, "epochs": 1, "init": "far", "seed": 9}, {"lr": 2.0, "batch_size": 1000, "epochs": 20}):
        a, g = lx.sgd_path(**kwargs), lx.sgd_path(**kwargs, engine="gluon")
        assert a.w.shape == g.w.shape and a.diverged_at == g.diverged_at
        scale = 1 + np.abs(a.w).max()  # Gluon's lr and 1/batch_size are float32 parameters of its operator
        np.testing.assert_allclose(a.w, g.w, rtol=1e-5, atol=1e-6 * scale)
        np.testing.assert_allclose(a.b, g.b, rtol=1e-5, atol=1e-6 * scale)


def test_d2ls_run_ends_at_the_noise_floor_and_not_below_least_squares():
    path = lx.sgd_path()
    X, y = lx.synthetic_data()
    floor = 0.01**2 / 2
    assert path.epoch_loss[0] > 10 and 0.5 * floor < path.epoch_loss[-1] < 2 * floor
    w, b = lx.closed_form(X, y)
    assert path.epoch_loss[-1] >= direct_loss(X, y, w[None], np.array([b]))[0] - 1e-15
    np.testing.assert_allclose(path.w[-1], [2, -3.4], atol=5e-3)
    assert abs(path.b[-1] - 4.2) < 5e-3
    assert np.all(np.diff(path.epoch_loss) < 0)


@pytest.mark.parametrize("lr, batch_size", [(3.0, 10), (10.0, 10), (10.0, 1000), (2.0, 10)])
def test_divergence_ends_the_arrays_before_the_first_bad_step(lr, batch_size):
    path = lx.sgd_path(lr, batch_size, epochs=20)
    assert path.diverged_at is not None
    k = path.diverged_at
    assert len(path.w) == len(path.b) == len(path.loss) == k
    assert np.isfinite(path.w).all() and np.isfinite(path.b).all() and np.isfinite(path.epoch_loss).all()
    X, y = lx.synthetic_data()
    w0, b0, orders = lx.plan(1000, 20, 0, "d2l")
    ws, bs = numpy_sgd(X, y, w0, b0, orders, lr, batch_size)
    losses = direct_loss(X, y, ws, bs)
    bad = ~(losses <= 1e30)
    assert int(np.flatnonzero(bad)[0]) == k  # the oracle's first step beyond 1e30
    assert len(path.epoch_loss) == (k - 1) // path.steps_per_epoch + 1


def test_full_batch_gradient_descent_turns_at_two_over_the_largest_curvature():
    X, y = lx.synthetic_data()
    Z = np.column_stack([X.astype(np.float64), np.ones(len(X))])
    top = np.linalg.eigvalsh(Z.T @ Z / len(y))[-1]
    q = lx.quadratic(X, y)
    assert math.isclose(lx.curvature(q), top, rel_tol=1e-12) and math.isclose(lx.lr_limit(q), 2 / top, rel_tol=1e-12)
    below = lx.sgd_path(0.95 * 2 / top, 1000, 20)
    above = lx.sgd_path(1.05 * 2 / top, 1000, 20)
    assert below.loss[-1] < below.loss[0] and above.loss[-1] > above.loss[0]


def test_the_quadratic_is_the_loss_and_its_curvature_is_the_second_difference():
    X, y = lx.synthetic_data(noise=0.5, seed=2)
    q = lx.quadratic(X, y)
    rng = np.random.default_rng(1)
    theta = rng.normal(size=(20, 3)) * 3
    np.testing.assert_allclose(lx.loss_of(q, theta), direct_loss(X, y, theta[:, :2], theta[:, 2]), rtol=1e-10)
    vec = np.linalg.eigh(q.hessian)[1][:, -1]
    h = 1e-3
    second = (lx.loss_of(q, q.theta + h * vec) - 2 * lx.loss_of(q, q.theta) + lx.loss_of(q, q.theta - h * vec)) / h**2
    assert math.isclose(second, lx.curvature(q), rel_tol=1e-5)
    w1, w2, grid = lx.surface(q, (-1, 3), (-5, 0), 6)
    assert grid.shape == (6, 6) and math.isclose(w1[0], -1 + 4 / 12) and math.isclose(w2[-1], 0 - 5 / 12)
    expect = direct_loss(X, y, np.array([[w1[2], w2[4]]]), np.array([q.theta[2]]))[0]
    assert math.isclose(grid[4, 2], expect, rel_tol=1e-10)


def test_initial_weights():
    assert np.array_equal(lx.sgd_path(init="zeros").w[0], [0, 0])
    assert np.array_equal(lx.sgd_path(init="far").w[0], lx.FAR)
    starts = np.array([lx.plan(10, 1, s, "d2l")[0] for s in range(400)])
    assert 0.008 < starts.std() < 0.012 and abs(starts.mean()) < 0.002
    assert lx.sgd_path().b[0] == 0


def test_deterministic_from_many_threads_at_once():
    settings = [dict(seed=s % 3, batch_size=[10, 7, 1][s % 3], engine=lx.ENGINES[s % 2], epochs=1) for s in range(12)]
    alone = [lx.sgd_path(**s) for s in settings]
    with ThreadPoolExecutor(6) as pool:
        together = list(pool.map(lambda s: lx.sgd_path(**s), settings))
    for a, b in zip(alone, together):
        assert np.array_equal(a.w, b.w) and np.array_equal(a.b, b.b) and np.array_equal(a.epoch_loss, b.epoch_loss)


@pytest.mark.parametrize("kwargs, code", [
    ({"lr": 0}, "lr"), ({"lr": -1}, "lr"), ({"lr": float("nan")}, "number"), ({"lr": "0.1"}, "number"),
    ({"batch_size": 0}, "range"), ({"batch_size": 1001}, "range"), ({"batch_size": 2.5}, "integer"),
    ({"epochs": -1}, "range"), ({"n": 0}, "range"), ({"noise": float("inf")}, "number"), ({"noise": -0.1}, "range"),
    ({"init": "ones"}, "choice"), ({"engine": "torch"}, "choice"), ({"seed": -1}, "range"), ({"epochs": True}, "integer")])
def test_bad_settings_are_refused_with_a_reason(kwargs, code):
    with pytest.raises(lx.InputError) as error:
        lx.sgd_path(**kwargs)
    assert error.value.code == code


def test_the_lesson_compares_both_engines_and_the_closed_form():
    lesson = lx.lesson(0.03, 10, 3, 0.01, 0, "d2l")
    assert 0 < lesson.difference < 1e-6
    w, b = lx.closed_form(*lx.synthetic_data())
    for engine, run in (("scratch", lesson.scratch), ("gluon", lesson.gluon)):
        assert math.isclose(lesson.to_closed[engine], np.linalg.norm(np.append(run.w[-1] - w, run.b[-1] - b)))
        assert math.isclose(lesson.to_true[engine], np.linalg.norm(np.append(run.w[-1] - [2, -3.4], run.b[-1] - 4.2)))
    assert lesson.noise_floor == 0.01**2 / 2
    assert lesson.batch_curvature > lesson.curvature  # a batch of 10 is sharper somewhere than all 1000 together
    assert math.isclose(lesson.batch_lr_limit, 2 / lesson.batch_curvature)
    assert lx.lesson(0.03, 10, 0, 0.01, 0, "d2l").batch_lr_limit is None  # no steps, no minibatch
    diverged = lx.lesson(3.0, 10, 3, 0.01, 0, "d2l")
    assert diverged.scratch.diverged_at and "scratch" not in diverged.to_closed and "closed" in diverged.to_true
    # a run that blows up magnifies float32 rounding in absolute terms; relative to the weights they still agree
    assert diverged.difference > 1 and diverged.relative_difference < 1e-5
    assert diverged.gluon.diverged_at == diverged.scratch.diverged_at


def test_numpy_numbers_and_long_runs_are_accepted():
    """The contract's arguments may come from NumPy (np.int64 batch sizes, np.float32 rates) and ask for many epochs."""
    a = lx.sgd_path(np.float32(0.03), np.int64(10), np.int64(3), np.int64(1000), np.float64(0.01), np.int64(0))
    b = lx.sgd_path()
    assert np.array_equal(a.b, b.b) or np.allclose(a.b, b.b, rtol=1e-6)  # lr as float32: 0.03 rounded
    long = lx.sgd_path(0.03, 100, 50, n=200)
    assert long.w.shape == (50 * 2 + 1, 2) and long.epoch_loss.shape == (51,)
    with pytest.raises(lx.InputError):
        lx.sgd_path(epochs=10_000)  # more examples visited than a run may take


def test_the_shown_code_runs_and_prints_the_pages_numbers(tmp_path):
    settings = (0.1, 25, 2, 0.2, 7, "far")
    script = tmp_path / "linreg.py"
    script.write_text(lx.mxnet_code(*settings))
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=True).stdout
    lesson = lx.lesson(*settings)
    for engine, run in (("scratch", lesson.scratch), ("gluon", lesson.gluon)):
        for epoch in (1, 2):
            line = next(l for l in out.splitlines() if l.startswith(f"{engine} epoch {epoch},"))
            assert math.isclose(float(line.split("loss ")[1]), run.epoch_loss[epoch], rel_tol=1e-3, abs_tol=2e-6)
        w_line = next(l for l in out.splitlines() if l.startswith(f"{engine} w "))
        numbers = [float(v) for v in w_line.replace("[", " ").replace("]", " ").replace(",", " ").split()[2:] if v != "b"]
        np.testing.assert_allclose(numbers, [*run.w[-1], run.b[-1]], atol=1e-4)
    closed = next(l for l in out.splitlines() if l.startswith("closed form"))
    assert f"{lesson.quadratic.theta[2]:.6f}"[:7] in closed


def test_the_code_sample_is_the_recipe_with_the_settings():
    code = lx.mxnet_code(0.03, 10, 3, 0.01, 0, "d2l")
    assert "LR = 0.03  #" in code and "INIT = 'd2l'" in code and "def sgd(params, lr, batch_size)" in code
    assert "param[:] = param - lr * param.grad / batch_size" in code and "trainer.step(batch_size)" in code
    assert max(len(line) for line in lx.mxnet_code(0.001, 1000, 10, 0.55, 999, "zeros").splitlines()) <= 80


def test_vectorised_and_element_loop_give_the_same_vector():
    timing = lx.vector_timing(500)
    assert timing.agree and timing.loop_seconds > 0 and timing.vector_seconds > 0 and timing.length == 500
