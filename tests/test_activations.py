"""explain.activations: MXNet autograd against closed forms, finite differences and a hand-written backprop."""
import math
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explain import activations as act

GRID = np.linspace(-8, 8, 161) + 0.0137  # avoids the kink at exactly 0
# MXNet's LeakyReLU kernels (leaky, ELU, GELU) compute in float32 even for float64 arrays
FLOAT32_KERNELS = {"leaky_relu", "elu", "gelu"}


def tolerance(name):
    return (1e-6, 1e-6) if name in FLOAT32_KERNELS else (1e-9, 1e-12)


def test_the_registry_holds_what_the_issue_asks_for():
    assert {"relu", "sigmoid", "tanh", "leaky_relu", "elu", "gelu", "softplus", "swish"} <= set(act.NAMES)
    for name in act.NAMES:
        a = act.REGISTRY[name]
        assert name == name.lower() and " " not in name
        assert a.formula and a.derivative_formula and "{x}" in a.code


@pytest.mark.parametrize("name", act.NAMES)
@pytest.mark.parametrize("alpha", [0.1, 0.5])
def test_values_and_autograd_derivatives_match_the_closed_forms(name, alpha):
    a = act.REGISTRY[name]
    y, dy = act.evaluate(name, GRID, alpha)
    rtol, atol = tolerance(name)
    np.testing.assert_allclose(y, a.value(GRID, alpha), rtol=rtol, atol=atol)
    np.testing.assert_allclose(dy, a.derivative(GRID, alpha), rtol=rtol, atol=atol)


@pytest.mark.parametrize("name", act.NAMES)
def test_autograd_matches_central_finite_differences(name):
    h, rtol = (1e-3, 1e-3) if name in FLOAT32_KERNELS else (1e-6, 1e-6)
    x = GRID[np.abs(GRID) > 2e-3]
    _, dy = act.evaluate(name, x, 0.2)
    up, _ = act.evaluate(name, x + h, 0.2)
    down, _ = act.evaluate(name, x - h, 0.2)
    np.testing.assert_allclose(dy, (up - down) / (2 * h), rtol=rtol, atol=rtol)


@given(st.floats(-60, 60), st.sampled_from(act.NAMES), st.floats(0, 1))
def test_random_points_agree_with_the_closed_form(x, name, alpha):
    a = act.REGISTRY[name]
    y, dy = act.evaluate(name, [x], alpha)
    rtol, atol = tolerance(name)
    assert y[0] == pytest.approx(float(a.value(np.array([x]), alpha)[0]), rel=rtol, abs=atol)
    if all(abs(x - k) > 1e-6 for k in a.kinks):
        assert dy[0] == pytest.approx(float(a.derivative(np.array([x]), alpha)[0]), rel=rtol, abs=atol)


def test_values_at_the_kinks_are_what_the_page_documents():
    assert act.evaluate("relu", [0.0])[1][0] == 0.0  # MXNet: ReLU'(0) = 0
    assert act.evaluate("leaky_relu", [0.0], 0.3)[1][0] == pytest.approx(0.3)  # the left slope
    assert act.evaluate("elu", [0.0], 0.5)[1][0] == pytest.approx(0.5)  # the left slope too
    assert act.curves(("relu",), -1, 1, 0.0).at_kink
    assert not act.curves(("sigmoid",), -1, 1, 0.0).at_kink


@pytest.mark.parametrize("name", act.NAMES)
def test_extremes_stay_finite(name):
    y, dy = act.evaluate(name, [-1e4, -1e3, 1e3, 1e4, 1e300, -1e300], 0.1)
    assert np.all(np.isfinite(y)) and np.all(np.isfinite(dy))


def test_bad_arguments_are_refused_clearly():
    with pytest.raises(ValueError, match="unknown activation"):
        act.evaluate("softmax", [0.0])
    with pytest.raises(ValueError, match="finite"):
        act.evaluate("relu", [np.nan])
    with pytest.raises(ValueError):
        act.curves(("relu",), 1, -1, 0)
    with pytest.raises(ValueError):
        act.curves((), -1, 1, 0)


def test_shapes_are_kept_including_empty():
    y, dy = act.evaluate("tanh", np.zeros((2, 3)))
    assert y.shape == dy.shape == (2, 3)
    y, dy = act.evaluate("tanh", [])
    assert y.shape == dy.shape == (0,)


def test_peaks_of_the_derivatives():
    sig = act.curves(("sigmoid",), -6, 6, 0.0).peak
    assert (sig.x, sig.value) == (pytest.approx(0.0), pytest.approx(0.25))
    tanh = act.curves(("tanh",), -6, 6, 0.0).peak
    assert (tanh.x, tanh.value) == (pytest.approx(0.0), pytest.approx(1.0))
    swish = act.curves(("swish",), -10, 10, 0.0).peak  # swish' peaks at x ~ 2.3994, value ~ 1.0998
    assert swish.x == pytest.approx(2.3994, abs=0.03) and swish.value == pytest.approx(1.0998, abs=1e-3)


def test_saturation_stretches_of_sigmoid_match_the_closed_form():
    stretches = act.curves(("sigmoid",), -6, 6, 0.0).saturated
    # sigma(1 - sigma) = 0.05  <=>  sigma = (1 - sqrt(0.8)) / 2
    s = (1 - math.sqrt(1 - 4 * act.SATURATION)) / 2
    edge = math.log(s / (1 - s))
    step = 12 / (act.POINTS - 1)
    assert len(stretches) == 2
    assert stretches.iloc[0].start == -6 and stretches.iloc[0].end == pytest.approx(edge, abs=step)
    assert stretches.iloc[1].start == pytest.approx(-edge, abs=step) and stretches.iloc[1].end == 6
    assert act.curves(("relu",), 0.5, 3, 1.0).saturated.empty


def test_curves_table_and_tangent():
    c = act.curves(("sigmoid", "relu", "tanh"), -3, 3, 1.0)
    assert set(c.table["function"]) == {"sigmoid", "ReLU", "tanh"}
    assert set(c.table["kind"]) == {"f", "f′"}
    assert len(c.table) == 3 * 2 * act.POINTS + 3 * 2  # x0 is added to the grid
    sig = 1 / (1 + math.exp(-1.0))
    assert c.y0 == pytest.approx(sig) and c.slope0 == pytest.approx(sig * (1 - sig))
    slope = np.diff(c.tangent["value"]) / np.diff(c.tangent["x"])
    assert slope[0] == pytest.approx(c.slope0)
    assert np.interp(1.0, c.tangent["x"], c.tangent["value"]) == pytest.approx(c.y0)


# --- depth ---------------------------------------------------------------------------------

def backprop_oracle(name, depth, width, sigma, seed, alpha=0.1, batch=32):
    """The same MLP, differentiated by hand with the chain rule and the closed-form derivatives."""
    a = act.REGISTRY[name]
    x, weights = act._depth_inputs(depth, width, sigma, seed, batch)
    hs, zs = [x], []
    for w in weights:
        zs.append(hs[-1] @ w)
        hs.append(a.value(zs[-1], alpha))
    grad_h = np.full_like(hs[-1], 1.0 / batch)
    deltas, grads = [], []
    for layer in reversed(range(depth)):
        delta = grad_h * a.derivative(zs[layer], alpha)
        deltas.append(np.linalg.norm(delta))
        grads.append(np.linalg.norm(hs[layer].T @ delta))
        grad_h = delta @ weights[layer].T
    return np.array(deltas[::-1]), np.array(grads[::-1])


@pytest.mark.parametrize("name, sigma", [("sigmoid", 1.0), ("relu", 0.25), ("tanh", 0.1), ("gelu", 0.5),
                                         ("leaky_relu", 0.3), ("elu", 0.2), ("softplus", 0.3), ("swish", 0.4)])
def test_depth_gradients_match_a_hand_written_backprop(name, sigma):
    result = act.depth_gradients(name, 8, 16, sigma, seed=3)
    deltas, grads = backprop_oracle(name, 8, 16, sigma, 3)
    rtol = 1e-5 if name in FLOAT32_KERNELS else 1e-9
    table = result.table
    np.testing.assert_allclose(table[table.quantity == "delta"]["norm"], deltas, rtol=rtol)
    np.testing.assert_allclose(table[table.quantity == "weight"]["norm"], grads, rtol=rtol)
    assert (result.first, result.last) == pytest.approx((deltas[0], deltas[-1]), rel=rtol)
    assert (result.first_weight, result.last_weight) == pytest.approx((grads[0], grads[-1]), rel=rtol)


def test_depth_shows_vanishing_exploding_and_stable_flow():
    assert act.depth_gradients("sigmoid", 20, 64, 1.0, 0).ratio < 0.1
    assert act.depth_gradients("relu", 20, 64, 0.1, 0).ratio < 1e-3
    assert act.depth_gradients("relu", 20, 64, 1.0, 0).ratio > 1e6
    assert act.depth_gradients("tanh", 20, 64, 1.0, 0).ratio > 1e3
    assert 0.1 < act.depth_gradients("relu", 20, 64, act.init_scale("he", 64, 0), 0).ratio < 10


def test_depth_is_deterministic_across_threads_and_seeds():
    runs = list(ThreadPoolExecutor(4).map(lambda _: act.depth_gradients("tanh", 10, 32, 0.3, 7).table, range(8)))
    assert len(runs) == 8
    for table in runs[1:]:
        assert table.equals(runs[0])
    other = act.depth_gradients("tanh", 10, 32, 0.3, 8).table
    assert not other.equals(runs[0])


def test_init_scales():
    assert act.init_scale("he", 64, 9) == pytest.approx(math.sqrt(2 / 64))
    assert act.init_scale("xavier", 64, 9) == pytest.approx(math.sqrt(1 / 64))
    assert act.init_scale("custom", 64, 0.7) == 0.7


def test_depth_refuses_absurd_sizes():
    with pytest.raises(ValueError):
        act.depth_gradients("relu", 1000, 64, 1.0, 0)
    with pytest.raises(ValueError):
        act.depth_gradients("relu", 10, 64, 0.0, 0)


# --- the code the page shows runs and prints the page's numbers -----------------------------

def run_python(code):
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={"MXNET_ENGINE_TYPE": "NaiveEngine", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("name", ["sigmoid", "leaky_relu", "swish"])
def test_probe_code_prints_the_probe(name):
    out = run_python(act.probe_code(name, 0.75, 0.2)).splitlines()
    y, dy = act.evaluate(name, [0.75], 0.2)
    assert float(out[0].split("=")[1]) == pytest.approx(y[0], rel=1e-9)
    assert float(out[1].split("=")[1]) == pytest.approx(dy[0], rel=1e-9)


@pytest.mark.parametrize("name", ["relu", "swish", "elu"])
def test_depth_code_prints_the_plotted_norms(name):
    out = run_python(act.depth_code(name, 4, 8, 0.5, 11, 0.2))
    printed = np.array([[float(v) for v in line.split()[1:]] for line in out.splitlines()])
    table = act.depth_gradients(name, 4, 8, 0.5, 11, 0.2).table
    np.testing.assert_allclose(printed[:, 0], table[table.quantity == "delta"]["norm"], rtol=1e-6)
    np.testing.assert_allclose(printed[:, 1], table[table.quantity == "weight"]["norm"], rtol=1e-6)
