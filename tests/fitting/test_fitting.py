"""explain.fitting against independent oracles: a float64 NumPy SGD loop, the plain Gluon D2L recipe (DataLoader,
nn.Dense, L2Loss, Trainer: explain/fitting/recipe.py, the code the page shows) with the same shuffles, NumPy least
squares, and closed forms."""
import ast
import inspect
import subprocess
import sys
import threading

import numpy as np
import pytest

from explain import engine
from explain import fitting as fx
from explain.fitting import recipe
from explain.errors import InputError

DATA = fx.polynomial_data()
LR_TOO_HIGH = 1.0


def numpy_sgd(X, y, w0, b0, orders, batch_size, lr, wd=0.0, decay_bias=False):
    """The SGD update Gluon's Trainer performs, written out in float64: θ ← θ − lr·(Σ grad / B + λθ), after every epoch."""
    w, b = np.array(w0, dtype=np.float64), float(b0)
    history = [(w.copy(), b)]
    for order in orders:
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            residual = X[idx] @ w + b - y[idx]
            w = w - lr * (X[idx].T @ residual / batch_size + wd * w)
            b = b - lr * (residual.sum() / batch_size + (wd * b if decay_bias else 0.0))
        history.append((w.copy(), b))
    return history


def half_mse(w, b, X, y):
    return 0.5 * np.mean((X @ w + b - y) ** 2)


def d2l_recipe(X, y, Xt, yt, plan, lr, wd=0.0, decay_bias=False):
    """D2L 3.11/3.12's plain Gluon loop (explain/fitting/recipe.py: the code the page shows; float32, DataLoader,
    nn.Dense(1), L2Loss, trainer_w/trainer_b), from the plan's initial weights with the plan's shuffles."""
    return recipe.train(X, y, Xt, yt, len(plan.orders), lr, plan.batch_size, wd, decay_bias, plan.weight, plan.bias,
                        plan.orders)


def setup(degree, n, epochs=100, batch_size=10, seed=0):
    x, y, xt, yt = DATA
    X, Xt = fx.features(x[:n], degree), fx.features(xt, degree)
    return X, y[:n], Xt, yt, fx.sgd_plan(n, degree, epochs, batch_size, seed)


def test_data_is_d2l_cubic_with_its_noise():
    x, y, xt, yt = fx.polynomial_data(100, 100, 0.1, seed=3)
    assert x.shape == y.shape == (100,) and xt.shape == yt.shape == (100,)
    residual = np.concatenate([y - fx.true_curve(x), yt - fx.true_curve(xt)])
    assert abs(residual.std() - 0.1) < 0.02 and abs(residual.mean()) < 0.03
    np.testing.assert_allclose(fx.true_curve(np.array([0.0, 1.0, -2.0])), [5, 5 + 1.2 - 3.4 + 5.6, 5 - 2.4 - 13.6 - 44.8])
    np.testing.assert_array_equal(fx.polynomial_data(seed=3)[0], x)
    assert not np.array_equal(fx.polynomial_data(seed=4)[0], x)
    np.testing.assert_array_equal(fx.polynomial_data(noise=0)[1], fx.true_curve(fx.polynomial_data()[0]))


def test_features_keep_d2l_raw_powers_up_to_cubic_and_scale_higher_ones():
    x = np.array([2.0, -1.5])
    F = fx.features(x, 6)
    np.testing.assert_allclose(F[:, :3], np.stack([x, x ** 2, x ** 3], 1))
    np.testing.assert_allclose(F[:, 3:], np.stack([x ** 4 / 8, x ** 5 / 80, x ** 6 / 960], 1))
    assert fx.features(x, 0).shape == (2, 0)


@pytest.mark.parametrize("degree, n, batch, lr, wd", [(3, 100, 10, 0.01, 0.0), (1, 100, 10, 0.01, 0.0),
                                                      (3, 2, 10, 0.01, 0.0), (20, 10, 10, 0.01, 0.0),
                                                      (0, 37, 7, 0.05, 0.0), (5, 23, 4, 0.003, 0.3),
                                                      (20, 100, 1, 0.01, 0.01)])
def test_fit_follows_the_sgd_loop_epoch_by_epoch(degree, n, batch, lr, wd):
    X, y, Xt, yt, plan = setup(degree, n, 30, batch)
    fit = fx.fit_polynomial(DATA, degree, epochs=30, lr=lr, batch_size=batch, weight_decay=wd, n_train=n)
    history = numpy_sgd(X, y, plan.weight, plan.bias, plan.orders, plan.batch_size, lr, wd)
    scale = np.array([fx.power_scale(i) for i in range(1, degree + 1)])
    for epoch, (w, b) in enumerate(history):
        # float64 both, summed in other orders: agreement far below float32's resolution
        np.testing.assert_allclose(fit.history_w[epoch], w / scale, rtol=1e-5, atol=1e-8)
        assert fit.history_b[epoch] == pytest.approx(b, rel=1e-6, abs=1e-9)
    np.testing.assert_allclose(fit.train_loss, [half_mse(w, b, X, y) for w, b in history[1:]], rtol=1e-6)
    np.testing.assert_allclose(fit.test_loss, [half_mse(w, b, Xt, yt) for w, b in history[1:]], rtol=1e-6)
    assert fit.start_loss[0] == pytest.approx(half_mse(*history[0], X, y))
    np.testing.assert_allclose(fit.weight, fit.history_w[-1])
    assert not fit.diverged and fit.diverged_at is None
    assert fit.weight.shape == (degree,)


@pytest.mark.parametrize("degree, n", [(3, 100), (1, 100), (3, 2), (20, 10)])
def test_fit_matches_the_plain_gluon_d2l_recipe(degree, n):
    X, y, Xt, yt, plan = setup(degree, n)
    train, test, w, b = engine.run(d2l_recipe, X, y, Xt, yt, plan, 0.01)
    fit = fx.fit_polynomial(DATA, degree, n_train=n)
    scale = np.array([fx.power_scale(i) for i in range(1, degree + 1)])
    np.testing.assert_allclose(fit.train_loss, train, rtol=2e-3, atol=1e-6)
    np.testing.assert_allclose(fit.test_loss, test, rtol=2e-3, atol=1e-5)
    np.testing.assert_allclose(fit.weight, w / scale, rtol=1e-3, atol=1e-4)
    assert fit.bias == pytest.approx(b, rel=1e-3, abs=1e-4)


def test_d2l_settings_reproduce_d2l_outcomes():
    cubic = fx.fit_polynomial(DATA, 3)
    assert cubic.train_loss[-1] < 0.01 and cubic.test_loss[-1] < 0.015  # D2L: 0.00705 / 0.01168
    np.testing.assert_allclose(cubic.weight, fx.TRUE_W, atol=0.2)  # D2L: [1.3258, -3.3632, 5.5623]
    assert cubic.bias == pytest.approx(5.0, abs=0.1)  # D2L: 4.951
    linear = fx.fit_polynomial(DATA, 1)
    assert linear.train_loss[-1] > 10 and linear.test_loss[-1] > 10  # D2L: 43.998 / 160.79
    two = fx.fit_polynomial(DATA, 3, n_train=2)
    assert two.test_loss[-1] > 20 * two.train_loss[-1]  # D2L: 0.4027 / 103.31


def test_analytic_solution_is_numpy_least_squares():
    fit = fx.fit_polynomial(DATA, 3)
    x, y = DATA[0], DATA[1]
    V = np.vander(x, 4, increasing=True)  # 1, x, x², x³ on the original scale
    coef = np.linalg.lstsq(V, y, rcond=None)[0]
    np.testing.assert_allclose(fit.analytic_w, coef[1:], rtol=1e-9)
    assert fit.analytic_b == pytest.approx(coef[0], rel=1e-9)
    assert fit.analytic_train == pytest.approx(0.5 * np.mean((V @ coef - y) ** 2), rel=1e-9)
    assert fit.analytic_train <= fit.train_loss[-1]


def test_analytic_solution_with_weight_decay_is_ridge_on_the_weights_only():
    X, y, *_ = setup(2, 50)
    w, b = fx.analytic(X, y, 0.5)
    # gradient of mean ½(Xw + b − y)² + ½·0.5‖w‖² vanishes at the minimiser
    r = X @ w + b - y
    np.testing.assert_allclose(X.T @ r / len(y) + 0.5 * w, 0, atol=1e-10)
    assert r.mean() == pytest.approx(0, abs=1e-10)
    # and long SGD with the same λ reaches it
    # and full-batch gradient descent with the same λ reaches it
    fit = fx.fit_polynomial(DATA, 2, epochs=1000, lr=0.1, batch_size=50, weight_decay=0.5, n_train=50)
    np.testing.assert_allclose(fit.weight, w, rtol=1e-6)


def test_degree_20_never_diverges_at_the_default_learning_rate():
    for seed in range(6):
        data = fx.polynomial_data(seed=seed)
        for n in (10, 20, 100):
            fit = fx.fit_polynomial(data, 20, n_train=n, seed=seed)
            assert not fit.diverged and np.all(np.isfinite(fit.train_loss)) and np.all(np.isfinite(fit.weight))


def test_a_learning_rate_too_high_is_caught_with_its_epoch():
    X, y, Xt, yt, plan = setup(3, 100, 40)
    fit = fx.fit_polynomial(DATA, 3, epochs=40, lr=LR_TOO_HIGH)
    assert fit.diverged
    train, *_ = engine.run(d2l_recipe, X, y, Xt, yt, plan, LR_TOO_HIGH)
    first_inf = int(np.flatnonzero(~np.isfinite(train))[0]) + 1  # where D2L's float32 loop prints inf or nan
    assert abs(fit.diverged_at - first_inf) <= 1
    assert np.all(np.isfinite(fit.train_loss[:fit.diverged_at - 1]))
    assert fx.divergence([1.0, 2.0, np.inf, np.nan]) == 3 and fx.divergence([1.0, 1e39]) == 2
    assert fx.divergence([1.0, 0.5]) is None


@pytest.mark.parametrize("degree, epochs, wd", [(3, 20, 0.0), (8, 20, 0.1)])
def test_cross_validation_matches_per_fold_sgd(degree, epochs, wd):
    n, k = 100, 5
    result = fx.cross_validate(DATA, degree, k=k, epochs=epochs, weight_decay=wd)
    train, val = per_fold_sgd(degree, k, epochs, wd=wd)
    assert result.train_loss == pytest.approx(np.mean(train), rel=1e-6)
    assert result.val_loss == pytest.approx(np.mean(val), rel=1e-6)
    np.testing.assert_allclose(result.fold_val, val, rtol=1e-6)


def per_fold_sgd(degree, k, epochs, n=100, batch_size=10, wd=0.0, seed=0):
    """Training and validation loss of each fold after plain NumPy SGD with the fold's plan."""
    X = fx.features(DATA[0][:n], degree)
    train, val = [], []
    for (tr, va), plan in zip(fx.folds(n, k), fx.fold_plans(n, degree, k, epochs, batch_size, seed)):
        w, b = numpy_sgd(X[tr], DATA[1][tr], plan.weight, plan.bias, plan.orders, plan.batch_size, 0.01, wd)[-1]
        train.append(half_mse(w, b, X[tr], DATA[1][tr]))
        val.append(half_mse(w, b, X[va], DATA[1][va]))
    return train, val


def test_the_pages_sweep_matches_per_fold_sgd_for_every_degree():
    """The page's call: 21 degrees × 5 folds × 100 epochs at once, each model against its own NumPy SGD loop."""
    sweep = fx.model_selection(DATA, range(21))
    for result in sweep[::3] + [sweep[20]]:
        train, val = per_fold_sgd(result.degree, 5, 100)
        np.testing.assert_allclose(result.fold_train, train, rtol=1e-6)
        np.testing.assert_allclose(result.fold_val, val, rtol=1e-6)


def test_ten_folds_with_samples_left_over():
    sweep = fx.model_selection(DATA, (2, 11), k=10, epochs=15, n_train=95)
    for result in sweep:
        train, val = per_fold_sgd(result.degree, 10, 15, n=95)
        np.testing.assert_allclose(result.fold_train, train, rtol=1e-6)
        np.testing.assert_allclose(result.fold_val, val, rtol=1e-6)


def test_folds_are_d2l_contiguous_and_disjoint():
    split = fx.folds(23, 4)
    assert len(split) == 4
    for j, (tr, va) in enumerate(split):
        np.testing.assert_array_equal(va, np.arange(j * 5, j * 5 + 5))
        assert len(tr) == 15 and not set(tr) & set(va) and max(tr) < 20


def test_model_selection_sweep_equals_one_degree_at_a_time():
    sweep = fx.model_selection(DATA, range(0, 21, 4), k=3, epochs=10)
    for result in sweep:
        alone = fx.cross_validate(DATA, result.degree, k=3, epochs=10)
        assert result.val_loss == pytest.approx(alone.val_loss, rel=1e-9)
        assert result.train_loss == pytest.approx(alone.train_loss, rel=1e-9)


def polyfit_losses(degree, tr, va, n=100):
    """Training and validation loss of NumPy's own least-squares polynomial (Polynomial.fit: a shifted, scaled
    domain, a different basis than the page's) — an oracle independent of explain.fitting.analytic."""
    x, y = DATA[0][:n], DATA[1][:n]
    if degree == 0:
        p = lambda v: np.full_like(v, y[tr].mean())
    else:
        p = np.polynomial.Polynomial.fit(x[tr], y[tr], degree)
    return 0.5 * np.mean((p(x[tr]) - y[tr]) ** 2), 0.5 * np.mean((p(x[va]) - y[va]) ** 2)


@pytest.mark.parametrize("k, n", [(5, 100), (3, 40)])
def test_the_closed_form_curves_are_numpys_least_squares_per_fold(k, n):
    sweep = fx.model_selection(DATA, range(21), k=k, epochs=5, n_train=n)
    for result in sweep:
        if (k - 1) * (n // k) <= result.degree:  # as many parameters as samples: not one minimiser
            continue
        losses = np.array([polyfit_losses(result.degree, tr, va, n) for tr, va in fx.folds(n, k)])
        train, val = losses.mean(axis=0)
        # high degrees: both solve a badly conditioned problem (cond ~1e8 after scaling), agreeing to many digits
        assert result.analytic_train == pytest.approx(train, rel=1e-6, abs=1e-12), result.degree
        assert result.analytic_val == pytest.approx(val, rel=1e-4), result.degree
    train = [r.analytic_train for r in sweep]
    assert all(b <= a * (1 + 1e-9) for a, b in zip(train, train[1:]))  # nested models: the training loss never rises


def exact_least_squares(x, y, degree, points):
    """The least-squares polynomial by its normal equations in exact rational arithmetic, evaluated at points."""
    from fractions import Fraction
    xs, ys, m = [Fraction(v) for v in x], [Fraction(v) for v in y], degree + 1
    powers = [[Fraction(1)] * len(xs)]
    for _ in range(2 * m - 1):
        powers.append([p * v for p, v in zip(powers[-1], xs)])
    sums = [sum(p) for p in powers]
    rows = [[sums[i + j] for j in range(m)] + [sum(p * v for p, v in zip(powers[i], ys))] for i in range(m)]
    for c in range(m):  # Gauss–Jordan: exact, so no pivoting for size is needed
        pivot = next(r for r in range(c, m) if rows[r][c] != 0)
        rows[c], rows[pivot] = rows[pivot], rows[c]
        for r in range(m):
            if r != c and rows[r][c] != 0:
                f = rows[r][c] / rows[c][c]
                rows[r] = [a - f * b for a, b in zip(rows[r], rows[c])]
    coef = [rows[i][m] / rows[i][i] for i in range(m)]
    values = []
    for point in points:
        v = Fraction(0)
        for c in reversed(coef):
            v = v * Fraction(point) + c
        values.append(float(v))
    return np.array(values)


def test_least_squares_of_degree_20_on_26_samples_matches_exact_arithmetic():
    """The worst fold of the page's sweep (K=3 of 40 samples): the powers' matrix has cond ~1e14 there."""
    x, y = DATA[0][:40], DATA[1][:40]
    tr, va = fx.folds(40, 3)[1]
    fitted = fx.least_squares(x[tr], y[tr], 20)
    exact = exact_least_squares(x[tr], y[tr], 20, np.r_[x[tr], x[va]])
    assert 0.5 * np.mean((fitted(x[tr]) - y[tr]) ** 2) == pytest.approx(0.5 * np.mean((exact[:len(tr)] - y[tr]) ** 2),
                                                                         rel=1e-6)
    np.testing.assert_allclose(fitted(x[va]), exact[len(tr):], rtol=1e-3)  # far outside the fold's points: 1e10


def test_the_closed_form_shows_the_u_where_sgd_levels_off():
    sweep = fx.model_selection(DATA, range(21))
    val = np.array([r.analytic_val for r in sweep])
    best = int(np.argmin(val))
    assert 3 <= best <= 8 and val[0] > 1e3 * val[best] and val[20] > 1e3 * val[best]  # a U
    sgd = np.array([r.val_loss for r in sweep])
    assert sgd[20] < 100 * sgd[3]  # SGD after 100 epochs: its right side stays low


def test_the_pages_selection_tests_both_choices_on_the_test_set():
    scene = fx.selection_scene(5, 100)
    assert scene.chosen == min(scene.results, key=lambda r: r.val_loss).degree
    assert scene.chosen_analytic == min(scene.results, key=lambda r: r.analytic_val).degree
    p = np.polynomial.Polynomial.fit(DATA[0], DATA[1], scene.chosen_analytic)
    assert scene.analytic_test == pytest.approx(0.5 * np.mean((p(DATA[2]) - DATA[3]) ** 2), rel=1e-6)
    assert scene.test_fit.degree == scene.chosen


def test_a_high_degree_closed_form_keeps_its_small_high_powers():
    """The page's scaled powers make x^20 tiny (≈1e-13): least squares must still use it, as NumPy's fit does."""
    fit = fx.fit_polynomial(DATA, 20, epochs=5)
    p = np.polynomial.Polynomial.fit(DATA[0], DATA[1], 20)
    np.testing.assert_allclose(fx.polynomial(fit.analytic_w, fit.analytic_b, DATA[2]), p(DATA[2]), rtol=1e-6)
    assert fit.analytic_train == pytest.approx(0.5 * np.mean((p(DATA[0]) - DATA[1]) ** 2), rel=1e-6)


def test_model_selection_picks_the_cubic_on_d2l_data():
    sweep = fx.model_selection(DATA, range(21))
    best = min(sweep, key=lambda r: r.val_loss)
    assert best.degree == 3
    assert sweep[0].val_loss > 100 * best.val_loss and sweep[1].val_loss > 100 * best.val_loss  # too simple


@pytest.mark.parametrize("lambd, decay_bias", [(0.0, False), (3.0, False), (3.0, True), (0.5, True), (5.0, False)])
def test_weight_decay_matches_the_plain_gluon_recipe_with_two_trainers(lambd, decay_bias):
    from explain.fitting import HD_INPUTS, HD_TRAIN
    X, y, Xt, yt = fx.high_dim_data()
    plan = fx.sgd_plan(HD_TRAIN, HD_INPUTS, 15, 1, 0, init="normal", stream=3)
    train, test, w, b = engine.run(d2l_recipe, X, y, Xt, yt, plan, 0.003, lambd, decay_bias)
    result = fx.weight_decay(lambd, decay_bias, epochs=15)
    np.testing.assert_allclose(result.train_loss, train, rtol=2e-3, atol=1e-6)
    np.testing.assert_allclose(result.test_loss, test, rtol=2e-3)
    assert result.w_norm == pytest.approx(np.linalg.norm(w), rel=1e-4)
    assert result.bias == pytest.approx(b, rel=1e-3, abs=1e-5)
    history = numpy_sgd(X, y, plan.weight, plan.bias, plan.orders, 1, 0.003, lambd, decay_bias)
    np.testing.assert_allclose(result.norms, [np.linalg.norm(w) for w, _ in history], rtol=1e-6)


def test_the_pages_decay_sweep_matches_sgd_for_every_lambda_and_both_ways():
    """All 8 λ × 2 ways trained at once (in the inputs' span, the rest decaying), each against a full 200-input NumPy loop."""
    from explain.fitting import HD_INPUTS, HD_TRAIN
    X, y, Xt, yt = fx.high_dim_data()
    plan = fx.sgd_plan(HD_TRAIN, HD_INPUTS, 100, 1, 0, init="normal", stream=3)
    runs = fx.decay_sweep()
    assert set(runs) == {(lam, mode) for lam in fx.LAMBDAS for mode in (False, True)}
    for (lambd, decay_bias), run in runs.items():
        history = numpy_sgd(X, y, plan.weight, plan.bias, plan.orders, 1, 0.003, lambd, decay_bias)
        np.testing.assert_allclose(run.norms, [np.linalg.norm(w) for w, _ in history], rtol=1e-6)
        np.testing.assert_allclose(run.train_loss, [half_mse(w, b, X, y) for w, b in history[1:]], rtol=1e-5, atol=1e-12)
        np.testing.assert_allclose(run.test_loss, [half_mse(w, b, Xt, yt) for w, b in history[1:]], rtol=1e-6)
        assert run.bias == pytest.approx(history[-1][1], rel=1e-6, abs=1e-12)
        assert run.diverged_at is None


def test_weight_decay_shrinks_the_weights_as_d2l_shows():
    free, decayed = fx.weight_decay(0.0), fx.weight_decay(3.0)
    assert free.w_norm > 5 and decayed.w_norm < 0.2  # D2L: 11.6 and 0.042
    assert free.train_loss[-1] < decayed.train_loss[-1] and free.test_loss[-1] > decayed.test_loss[-1]
    X, y, Xt, yt = fx.high_dim_data()
    assert X.shape == (20, 200) and Xt.shape == (100, 200)
    np.testing.assert_allclose(y - X.sum(1) * 0.01 - 0.05, 0, atol=0.05)


def test_results_are_the_same_in_every_thread():
    expected = [fx.fit_polynomial(DATA, d, epochs=20, seed=d) for d in (1, 3, 20)]
    got, errors = {}, []

    def work(i):
        try:
            got[i] = fx.fit_polynomial(DATA, (1, 3, 20)[i % 3], epochs=20, seed=(1, 3, 20)[i % 3])
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    for i, fit in got.items():
        np.testing.assert_array_equal(fit.train_loss, expected[i % 3].train_loss)
        np.testing.assert_array_equal(fit.weight, expected[i % 3].weight)


@pytest.mark.parametrize("kwargs, code", [({"degree": 21}, "degree"), ({"degree": -1}, "degree"),
                                          ({"degree": 2.5}, "degree"), ({"epochs": 0}, "epochs"),
                                          ({"lr": 0.0}, "lr"), ({"lr": float("nan")}, "lr"),
                                          ({"batch_size": 0}, "batch"), ({"weight_decay": -1.0}, "wd"),
                                          ({"n_train": 0}, "n_train"), ({"n_train": 101}, "n_train")])
def test_bad_settings_are_refused(kwargs, code):
    args = {"degree": 3, **kwargs}
    with pytest.raises(InputError) as error:
        fx.fit_polynomial(DATA, **args)
    assert error.value.code == code


def run_code(tmp_path, *settings):
    script = tmp_path / "code.py"
    script.write_text(fx.mxnet_code(*settings))
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=True).stdout
    lines = dict(line.split(" ", 1) for line in out.splitlines() if line.startswith(("train", "test", "w ")))
    train, test = float(lines["train"].split()[-1]), float(lines["test"].split()[-1])
    w, b = lines["w"].rsplit(" b ", 1)
    return train, test, np.array(ast.literal_eval(w)), float(b)


def test_the_code_on_the_page_runs_and_reproduces_its_fit(tmp_path):
    """It replays the page's initial weights and shuffles from the seed and trains in float64, as the page does:
    the page's numbers at float tolerance (issue #18; more seeds and settings in test_fitting_verdicts.py)."""
    settings = (3, 100, 0.1, 100, 0.01, 10, 0.0, 0)
    train, test, w, b = run_code(tmp_path, *settings)
    _, fit = fx.fit_scene(*settings)
    assert train == pytest.approx(fit.train_loss[-1], rel=1e-9) and test == pytest.approx(fit.test_loss[-1], rel=1e-9)
    np.testing.assert_allclose(w, fit.weight, rtol=1e-9)
    assert b == pytest.approx(fit.bias, rel=1e-9)
    assert max(len(line) for line in fx.mxnet_code(20, 100, 0.1, 100, 0.003, 10, 0.003, 999).splitlines()) <= 80


def test_the_code_on_the_page_is_the_recipes_own_source():
    """The page shows explain/fitting/recipe.py itself (below its docstring): its settings are the only lines that
    change, and with the page's defaults nothing changes at all."""
    source = inspect.getsource(recipe)
    body = source[source.index('"""', 3) + 3:].lstrip("\n")
    assert fx.mxnet_code(3, 100, 0.1, 100, 0.01, 10, 0.0, 0) == body
    other = fx.mxnet_code(20, 7, 1.25, 35, 0.0003, 4, 0.001, 999).splitlines()
    changed = [(a, b) for a, b in zip(body.splitlines(), other) if a != b]
    assert len(other) == len(body.splitlines()) and [b.split("  #")[0] for _, b in changed] == [
        "DEGREE = 20", "N_TRAIN = 7", "NOISE = 1.25", "EPOCHS = 35", "LR = 0.0003", "BATCH_SIZE = 4", "WD = 0.001",
        "SEED = 999"]


@pytest.mark.parametrize("noise, seed", [(0.1, 0), (1.5, 7)])
def test_the_recipe_makes_the_pages_data_and_features(noise, seed):
    x, y = recipe.make_data(noise, seed)
    data = fx.polynomial_data(fx.MAX_TRAIN, 100, noise, seed)
    np.testing.assert_array_equal(x, np.r_[data.x_train, data.x_test])
    np.testing.assert_array_equal(y, np.r_[data.y_train, data.y_test])
    for degree in (1, 3, 4, 20):
        columns, scale = recipe.powers(x, degree)
        np.testing.assert_array_equal(columns, fx.features(x, degree))
        np.testing.assert_array_equal(scale, [fx.power_scale(i) for i in range(1, degree + 1)])
    assert recipe.powers(x, 0)[0].shape == (200, 1) and not recipe.powers(x, 0)[0].any()


@pytest.mark.parametrize("degree, n, epochs, seed", [(3, 100, 100, 0), (20, 10, 7, 999), (0, 2, 5, 3)])
def test_the_recipes_plan_is_the_pages(degree, n, epochs, seed):
    """The shown code's random choices are the page's: the same initial weights and the same order every epoch."""
    weight, orders = recipe.plan(n, degree, epochs, seed)
    page = fx.sgd_plan(n, degree, epochs, 10, seed)
    np.testing.assert_array_equal(weight, page.weight if degree else [0.0])  # degree 0: the unused column's weight
    np.testing.assert_array_equal(np.stack(orders), page.orders)
    assert page.bias == 0.0


@pytest.mark.parametrize("degree, n, wd", [(3, 100, 0.0), (20, 10, 0.01)])
def test_the_recipe_in_float64_from_the_pages_plan_is_the_pages_fit(degree, n, wd):
    """Given the page's initial weights and shuffles (and float64, as the page trains), the plain loop gives the
    page's numbers, not merely close ones (what the code sample prints, issue #18)."""
    X, y, Xt, yt, plan = setup(degree, n, 30)
    train, test, w, b = engine.run(recipe.train, X, y, Xt, yt, 30, 0.01, plan.batch_size, wd, False, plan.weight,
                                   plan.bias, plan.orders, "float64")
    fit = fx.fit_polynomial(DATA, degree, epochs=30, weight_decay=wd, n_train=n)
    np.testing.assert_allclose(fit.train_loss, train, rtol=1e-9)
    np.testing.assert_allclose(fit.test_loss, test, rtol=1e-9)
    scale = np.array([fx.power_scale(i) for i in range(1, degree + 1)])
    np.testing.assert_allclose(fit.weight, w / scale, rtol=1e-9, atol=1e-12)
    assert fit.bias == pytest.approx(b, rel=1e-9)


@pytest.mark.parametrize("degree, n", [(0, 7), (20, 10)])
def test_the_code_runs_for_the_extreme_degrees(tmp_path, degree, n):
    settings = (degree, n, 0.5, 5, 0.01, 10, 0.01, 3)  # one batch per epoch
    train, test, w, b = run_code(tmp_path, *settings)
    _, fit = fx.fit_scene(*settings)
    assert w.shape == (degree,) and np.isfinite([train, test, b]).all()
    assert train == pytest.approx(fit.train_loss[-1], rel=1e-9)  # the page's initial weights, replayed
