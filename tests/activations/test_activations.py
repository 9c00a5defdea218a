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
from explain.activations.depth import _depth_inputs
from explain.activations.symmetry_breaking import _symmetry_data

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


def test_peaks_of_the_derivatives_are_points_near_the_closed_form():
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


def test_curves_table_and_probe():
    """The tangent the chart draws through the probe: tests/activations/test_activations_charts.py."""
    c = act.curves(("sigmoid", "relu", "tanh"), -3, 3, 1.0)
    assert set(c.table["function"]) == {"sigmoid", "ReLU", "tanh"}
    assert set(c.table["kind"]) == {"f", "f′"}
    assert len(c.table) == 3 * 2 * act.POINTS + 3 * 2  # x0 is added to the grid
    sig = 1 / (1 + math.exp(-1.0))
    assert c.y0 == pytest.approx(sig) and c.slope0 == pytest.approx(sig * (1 - sig))


# --- depth ---------------------------------------------------------------------------------

def backprop_oracle(name, depth, width, sigma, seed, alpha=0.1, batch=32):
    """The same MLP, differentiated by hand with the chain rule and the closed-form derivatives."""
    a = act.REGISTRY[name]
    x, weights = _depth_inputs(depth, width, sigma, seed, batch)
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


@pytest.mark.parametrize("name, sigma", [("identity", 0.3), ("sigmoid", 1.0), ("relu", 0.25), ("tanh", 0.1), ("gelu", 0.5),
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


@pytest.mark.parametrize("name", ["identity", "sigmoid", "leaky_relu", "swish"])
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


# --- the plotted range, peaks and saturation against closed forms ---------------------------------

@pytest.mark.parametrize("ends, expected", [
    ((-6, 6), (-6, 6)), ((5, -5), (-5, 5)), ((6, 6), (5.5, 6.5)), ((20, 20), (19.5, 20.5)),
    ((-20, -20), (-20.5, -19.5)), ((-20, 20), (-20, 20)), ((0.5, 0.0), (0.0, 0.5))])
def test_plotted_range_is_ordered_and_never_empty(ends, expected):
    lo, hi = act.plotted_range(*ends)
    assert (lo, hi) == pytest.approx(expected)
    act.curves(("sigmoid",), lo, hi, 0.0)  # the page's explain call accepts every range it can be given


def bisect(f, a, b, steps=200):
    """A root of f between a and b (f(a), f(b) of opposite sign), by bisection: the tests' own solver."""
    fa = f(a)
    for _ in range(steps):
        m = (a + b) / 2
        if (f(m) > 0) == (fa > 0):
            a, fa = m, f(m)
        else:
            b = m
    return (a + b) / 2


def closed_derivative(name, alpha=0.1):
    return lambda x: float(act.REGISTRY[name].derivative(np.array([x]), alpha)[0])


def test_point_peaks_match_the_closed_forms():
    phi = lambda x: math.exp(-x * x / 2) / math.sqrt(2 * math.pi)
    Phi = lambda x: 0.5 * (1 + math.erf(x / math.sqrt(2)))
    gelu_at = math.sqrt(2)  # GELU'' = phi(x)(2 - x^2) = 0
    sig = lambda x: 1 / (1 + math.exp(-x))
    swish2 = lambda x: sig(x) * (1 - sig(x)) * (2 + x * (1 - 2 * sig(x)))  # swish''
    swish_at = bisect(swish2, 1.0, 4.0)
    expected = {"sigmoid": (0.0, 0.25), "tanh": (0.0, 1.0), "gelu": (gelu_at, Phi(gelu_at) + gelu_at * phi(gelu_at)),
                "swish": (swish_at, closed_derivative("swish")(swish_at))}
    step = 12 / (act.POINTS - 1)
    for name, (at, value) in expected.items():
        peak = act.curves((name,), -6, 6, 0.0).peak
        assert peak.kind == "point"
        assert peak.x == pytest.approx(at, abs=step / 2 + 1e-9)
        assert peak.value == pytest.approx(value, abs=1e-3)  # the grid's value next to the true maximum
        assert peak.value <= value + 1e-7
    for lo, hi in [(1.0, 1.5), (1.2, 1.7), (-0.25, 0.25)]:  # narrow ranges around a smooth peak are no plateau
        assert act.curves(("gelu",), lo, hi, 0.0).peak.kind in ("point", "edge")
        assert act.curves(("sigmoid",), lo, hi, 0.0).peak.kind in ("point", "edge")


@pytest.mark.parametrize("name, alpha", [("relu", 0.1), ("leaky_relu", 0.2), ("elu", 0.5), ("leaky_relu", 0.0)])
def test_relu_like_derivatives_are_largest_on_the_whole_positive_side(name, alpha):
    for lo, hi in [(-6, 6), (-5.5, 6), (-20, 0.5)]:
        peak = act.curves((name,), lo, hi, 0.0, alpha).peak
        # closed form: f'(x) = 1 for every x > 0, and < 1 for x < 0: no single x where it is largest
        assert (peak.kind, peak.x, peak.end, peak.value, peak.open_at_kink) == ("plateau", 0.0, hi, 1.0, True)


def test_plateaus_and_edges_that_are_not_relu():
    elu = act.curves(("elu",), -6, 6, 0.0, 1.0).peak  # alpha = 1: f'(0) = 1 from both sides, smooth
    assert (elu.kind, elu.x, elu.end, elu.open_at_kink) == ("plateau", 0.0, 6.0, False)
    identity = act.curves(("identity",), -3, 4, 0.0).peak
    assert (identity.kind, identity.x, identity.end, identity.value) == ("plateau", -3.0, 4.0, 1.0)
    softplus = act.curves(("softplus",), -6, 6, 0.0).peak  # softplus' = sigmoid rises all the way
    assert (softplus.kind, softplus.x) == ("edge", 6.0)
    assert softplus.value == pytest.approx(1 / (1 + math.exp(-6)))
    assert act.curves(("sigmoid",), 1, 6, 2.0).peak.x == 1.0 and act.curves(("sigmoid",), 1, 6, 2.0).peak.kind == "edge"


def stretches(name, lo, hi, alpha=0.1):
    return [tuple(r) for r in act.curves((name,), lo, hi, 0.0, alpha).saturated[["start", "end"]].to_numpy()]


def test_saturation_bands_match_the_closed_forms():
    eps, step = act.SATURATION, 12 / (act.POINTS - 1)
    tanh_edge = math.atanh(math.sqrt(1 - eps))  # 1 - tanh^2 = eps
    (a, b), (c, d) = stretches("tanh", -6, 6)
    assert (a, d) == (-6, 6) and b == pytest.approx(-tanh_edge, abs=step) and c == pytest.approx(tanh_edge, abs=step)
    # GELU and swish: only the left tail, where f' -> 0 as x -> -inf; not the dip around their minimum
    for name, lowest in [("gelu", -math.sqrt(2)), ("swish", -2.3994)]:
        f1 = closed_derivative(name)
        edge = bisect(lambda x: f1(x) + eps, -12.0, lowest)
        ((start, end),) = stretches(name, -6, 6)
        assert start == -6 and end == pytest.approx(edge, abs=step)
        assert act.curves((name,), -1.0, -0.4, 0.0).saturated.empty  # f' crosses 0 here: a dip, no saturation
    ((start, end),) = stretches("softplus", -6, 6)  # softplus' = sigmoid < eps  <=>  x < log(eps / (1 - eps))
    assert start == -6 and end == pytest.approx(math.log(eps / (1 - eps)), abs=step)
    ((start, end),) = stretches("elu", -6, 6, 1.0)  # e^x < eps
    assert start == -6 and end == pytest.approx(math.log(eps), abs=step)
    ((start, end),) = stretches("relu", -6, 6)
    assert start == -6 and -step <= end <= 0
    assert stretches("leaky_relu", -6, 6, 0.01) == [(-6, pytest.approx(0, abs=step))]
    assert stretches("leaky_relu", -6, 6, 0.1) == [] and stretches("identity", -6, 6) == []


# --- the depth verdict and D2L's identity example ------------------------------------------------

def test_the_verdict_reads_the_weight_gradients():
    # the issue's counter-example: delta shrinks 65-fold, yet layer 1's weights get as much gradient as layer 50's
    result = act.depth_gradients("relu", 50, 16, act.init_scale("he", 16, 0), 1)
    deltas, grads = backprop_oracle("relu", 50, 16, act.init_scale("he", 16, 0), 1)
    assert result.ratio == pytest.approx(deltas[0] / deltas[-1], rel=1e-9) and result.ratio < 0.1
    assert result.weight_ratio == pytest.approx(grads[0] / grads[-1], rel=1e-9)
    assert result.verdict == "stable"
    assert act.depth_gradients("sigmoid", 20, 64, 1.0, 0).verdict == "vanish"
    assert act.depth_gradients("sigmoid", 20, 256, 1.0, 0).verdict == "explode"  # sigmoid can explode too


@pytest.mark.parametrize("gain, verdict", [(0.2, "vanish_all"), (5.0, "explode_all"), (1.0, "stable")])
def test_identity_is_d2ls_product_of_matrices(gain, verdict):
    depth, width = 30, 256
    sigma = gain / math.sqrt(width)
    result = act.depth_gradients("identity", depth, width, sigma, 0)
    deltas, grads = backprop_oracle("identity", depth, width, sigma, 0)
    np.testing.assert_allclose(result.table[result.table.quantity == "delta"]["norm"], deltas, rtol=1e-9)
    assert result.gain == pytest.approx((deltas[0] / deltas[-1]) ** (1 / (depth - 1)), rel=1e-9)
    assert result.gain == pytest.approx(gain, rel=0.1)  # a Gaussian W^T stretches a vector by about sigma sqrt(n)
    _, weights = _depth_inputs(depth, width, sigma, 0, 32)
    relative = grads / np.array([np.linalg.norm(w) for w in weights])
    np.testing.assert_allclose(result.relative, relative, rtol=1e-9)
    assert result.verdict == verdict


# --- symmetry: equal initial weights stay equal -----------------------------------------------

def small_mlp_oracle(start, seed=0, steps=20, lr=0.5):
    """The same 3-4-1 tanh MLP trained by hand: L2Loss 1/2 (o - y)^2, SGD on the batch mean."""
    x, y, rng = _symmetry_data(seed)
    if start == "equal":
        w1, w2 = np.full((4, 3), 0.5), np.full((1, 4), 0.5)
    else:
        w1, w2 = rng.normal(0.0, 0.5, (4, 3)), rng.normal(0.0, 0.5, (1, 4))
    b1, b2, n = np.zeros(4), np.zeros(1), len(x)
    for _ in range(steps):
        h = np.tanh(x @ w1.T + b1)
        out = h @ w2.T + b2
        d_out = out - y
        d_z = (d_out @ w2) * (1 - h ** 2)
        w2, b2 = w2 - lr * d_out.T @ h / n, b2 - lr * d_out.sum(0) / n
        w1, b1 = w1 - lr * d_z.T @ x / n, b1 - lr * d_z.sum(0) / n
    return w1


@pytest.mark.parametrize("start", ["equal", "random"])
def test_symmetry_matches_a_hand_written_training_loop(start):
    result = act.symmetry(start)
    np.testing.assert_allclose(result.weights, small_mlp_oracle(start), rtol=1e-10, atol=1e-12)
    if start == "equal":
        assert result.spread == 0.0 and np.all(result.weights == result.weights[0])
    else:
        assert result.spread > 0.5


def test_symmetry_code_prints_the_weights_shown():
    out = run_python(act.symmetry_code("equal"))
    rows = [[float(v) for v in line.strip(" []").split()] for line in out.splitlines() if line.strip(" [").startswith("0.")]
    np.testing.assert_allclose(np.array(rows), act.symmetry("equal").weights, rtol=1e-7)
