"""explain.autograd against closed forms, hand-written chain-rule NumPy code and central finite differences (float64),
the typed x against hostile text, the bytes against arithmetic, and the code sample run as a student runs it."""
import ast
import os
import re
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explain import autograd as ag
from explain.autograd import network as graph_module
from explain.errors import InputError
from pagetools import HOSTILE

H = 1e-6  # the finite differences' step (float64)


# --- the typed x ----------------------------------------------------------------------------------------------

def test_the_default_is_the_notes_arange_as_a_column():
    np.testing.assert_array_equal(ag.parse_x(ag.DEFAULT_X), np.arange(4, dtype=np.float32).reshape((4, 1)))
    assert ag.parse_x(ag.DEFAULT_X).dtype == np.float32


@pytest.mark.parametrize("text, shape", [("1, 2; 3, 4", (2, 2)), ("[1 2 3]", (3, 1)), ("1；2", (2, 1)),
                                         ("1, 2\n3, 4\n5, 6", (3, 2)), ("((-1.5e3))", (1, 1)), ("1, 2, 3, 4;", (1, 4)),
                                         ("3.4e38", (1, 1)), ("−2，3", (2, 1)), ("[[1, 2], [3, 4]]", (2, 2)),
                                         ("[[0.0], [1.0], [2.0]]", (3, 1)), ("[[1, 2, 3]]", (1, 3)),
                                         ("［［1，2］，［3，4］］", (2, 2))])
def test_shapes_the_box_reads(text, shape):
    assert ag.parse_x(text).shape == shape


@pytest.mark.parametrize("text, code", [("", "empty"), ("  ", "empty"), ("1,,2", "empty_entry"), ("1; ;2", "empty_row"),
                                        ("abc", "not_a_number"), ("nan", "not_a_number"), ("inf", "not_a_number"),
                                        ("1e39", "too_large"), ("9" * 300, "too_long"), ("9" * 60, "too_large"),
                                        ("1, 2; 3", "ragged"), (";".join("1" * 7), "too_big"),
                                        ("1, 2, 3, 4, 5; 1, 2, 3, 4, 5", "too_big"), ("1,2,3,4,5,6,7", "too_big"),
                                        ("__import__('os')", "not_a_number"), ("1_000", "not_a_number")])
def test_bad_text_is_refused_with_a_reason(text, code):
    with pytest.raises(InputError) as caught:
        ag.parse_x(text)
    assert caught.value.code == code


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_an_input_error_or_numbers(text):
    try:
        x = ag.parse_x(text)
    except InputError:
        return
    assert np.isfinite(x).all()


@given(st.text(max_size=80))
@settings(max_examples=300)
def test_any_text_is_numbers_or_a_reason(text):
    try:
        x = ag.parse_x(text)
    except InputError:
        return
    assert x.ndim == 2 and 1 <= x.shape[0] <= ag.MAX_ROWS and 1 <= x.shape[1] <= ag.MAX_COLS


@pytest.mark.parametrize("text", ["0, 1, 2, 3", "1.5, -2; 3, 4e-7", "1, 2, 3;", "1e20, 1"])
def test_the_codes_nd_array_literal_typed_back_is_the_same_x(text):
    x = ag.parse_x(text)
    literal = re.search(r"x = nd\.array\((\[.*?\]\])\)", ag.mxnet_code(x, "ones", 1.0, "relu", 0.1, 0.5, 0)).group(1)
    np.testing.assert_array_equal(ag.parse_x(literal), x)


@pytest.mark.parametrize("text, code", [("[[1, 2], [3]]", "ragged"), ("[[1, [2]]]", "not_a_number"),
                                        ("[[1, 2], []]", "empty_row")])
def test_a_nested_list_is_checked_like_rows(text, code):
    with pytest.raises(InputError) as caught:
        ag.parse_x(text)
    assert caught.value.code == code


def test_the_text_written_back_reads_the_same():
    for text in ("0, 1, 2, 3", "1, 2; 3, 4", "0.5; -2"):
        x = ag.parse_x(text)
        np.testing.assert_array_equal(ag.parse_x(ag.as_text(x)), x)


# --- the notes' example and a non-scalar y --------------------------------------------------------------------

matrices = st.integers(1, ag.MAX_ROWS).flatmap(lambda n: st.integers(1, ag.MAX_COLS).flatmap(
    lambda k: st.lists(st.integers(-50, 50), min_size=n * k, max_size=n * k).map(
        lambda v: np.array(v, dtype=np.float32).reshape(n, k) / 4)))


def numeric_gradient(f, x):
    """Central finite differences of a scalar f at x (float64)."""
    x = np.asarray(x, dtype=np.float64)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        up, down = x.copy(), x.copy()
        up[i] += H
        down[i] -= H
        grad[i] = (f(up) - f(down)) / (2 * H)
    return grad


@given(matrices)
@settings(max_examples=40, deadline=None)
def test_the_notes_gradient_is_4x_times_ones(x):
    result = ag.notes_example(x)
    x64 = x.astype(np.float64)
    np.testing.assert_allclose(result.y, 2 * x64.T @ x64, rtol=1e-6, atol=1e-6)
    ones = np.ones((x.shape[1], x.shape[1]))
    np.testing.assert_allclose(result.grad, 4 * x64 @ ones, rtol=1e-6, atol=1e-6)  # the chain rule by hand
    np.testing.assert_allclose(result.grad, numeric_gradient(lambda v: (2 * v.T @ v).sum(), x64), rtol=1e-5, atol=1e-4)
    assert result.overflow == ()


def test_the_notes_own_numbers():
    result = ag.notes_example(np.arange(4, dtype=np.float32).reshape(4, 1))
    assert result.y.tolist() == [[28.0]] and result.grad.ravel().tolist() == [0.0, 4.0, 8.0, 12.0]


@pytest.mark.parametrize("x, names", [([[1e20], [1.0]], ("y",)), ([[1e38]], ("y", "grad")), ([[1e19]], ())])
def test_what_float32_cannot_hold_is_named(x, names):
    assert ag.notes_example(np.array(x, dtype=np.float32)).overflow == names


@pytest.mark.parametrize("head", ag.HEADS)
@given(x=matrices)
@settings(max_examples=15, deadline=None)
def test_a_head_gradient_weights_the_elements_of_y(head, x):
    result = ag.non_scalar(x, head)
    x64 = x.astype(np.float64)
    weights = {"ones": np.ones(x.shape), "first": np.eye(1, x.size).reshape(x.shape),
               "mean": np.full(x.shape, 1 / x.size)}[head]
    np.testing.assert_allclose(result.head, weights, rtol=1e-7)
    np.testing.assert_allclose(result.y, x64 * x64, rtol=1e-6)
    np.testing.assert_allclose(result.grad, weights * 2 * x64, rtol=1e-6, atol=1e-6)
    # the head picks the number differentiated: Σ head ⊙ y
    np.testing.assert_allclose(result.grad, numeric_gradient(lambda v: (weights * v * v).sum(), x64), rtol=1e-5,
                               atol=1e-4)


def test_an_unknown_head_is_refused():
    with pytest.raises(InputError):
        ag.non_scalar(np.ones((2, 1)), "twos")


# --- D2L 2.3's control flow -----------------------------------------------------------------------------------

def path_oracle(a: float):
    """The path f takes, in plain Python floats: doublings k, branch, and the slope 2^(k+1) (× 100 if negative)."""
    b, k = 2 * a, 0
    while abs(b) < 1000:
        b, k = 2 * b, k + 1
    positive = b > 0
    return k, "positive" if positive else "negative", 2.0 ** (k + 1) * (1 if positive else 100)


@pytest.mark.parametrize("a", ag.A_VALUES)
def test_autograd_gets_the_gradient_of_the_path_that_ran(a):
    path = ag.control_flow(a)
    k, branch, slope = path_oracle(float(np.float32(a)))
    assert (path.doublings, path.branch) == (k, branch)
    assert path.grad == slope  # a power of two (× 100): exact in float32
    assert path.slope == pytest.approx(slope, rel=1e-6)
    assert path.c == pytest.approx(slope * float(np.float32(a)), rel=1e-6)
    h = abs(path.a) * 1e-6  # a step that keeps the same path: f is linear there
    k_up, _, _ = path_oracle(path.a + h)
    k_down, _, _ = path_oracle(path.a - h)
    assert k_up == k_down == k
    c = lambda v: path_oracle(v)[2] * v  # noqa: E731
    assert (c(path.a + h) - c(path.a - h)) / (2 * h) == pytest.approx(path.grad, rel=1e-6)


@pytest.mark.parametrize("a", [0.0, float("nan"), float("inf"), 1e-40])
def test_an_a_that_would_loop_for_ever_is_refused(a):
    with pytest.raises(InputError):
        ag.control_flow(a)


# --- D2L 3.14's graph -----------------------------------------------------------------------------------------

PHI = {"relu": (lambda z: np.maximum(z, 0), lambda z: (z > 0).astype(float)),
       "sigmoid": (lambda z: 1 / (1 + np.exp(-z)), lambda z: np.exp(-z) / (1 + np.exp(-z)) ** 2),
       "tanh": (np.tanh, lambda z: 1 - np.tanh(z) ** 2)}


def forward(x, W1, W2, label, act, lam, z=None, h=None, o=None):
    """D2L 3.14's forward pass in NumPy; a given z, h or o replaces the one computed (for finite differences)."""
    z = W1 @ x if z is None else z
    h = PHI[act][0](z) if h is None else h
    o = W2 @ h if o is None else o
    L = -(o[label] - o.max() - np.log(np.exp(o - o.max()).sum()))
    s = lam / 2 * ((W1 ** 2).sum() + (W2 ** 2).sum())
    return dict(z=z, h=h, o=o, L=L, s=s, J=L + s)


def chain_rule(x, W1, W2, label, act, lam):
    """Back-propagation written out by hand (D2L 3.14's formulas), float64."""
    f = forward(x, W1, W2, label, act, lam)
    p = np.exp(f["o"] - f["o"].max())
    p /= p.sum()
    do = p - np.eye(len(p))[label]
    dW2 = np.outer(do, f["h"]) + lam * W2
    dh = W2.T @ do
    dz = dh * PHI[act][1](f["z"])
    dW1 = np.outer(dz, x) + lam * W1
    return dict(J=1.0, L=1.0, s=1.0, o=do, W2=dW2, h=dh, z=dz, W1=dW1), p


def finite_differences(x, W1, W2, label, act, lam):
    """∂J/∂ every node by central differences: the node nudged, everything after it recomputed."""
    f = forward(x, W1, W2, label, act, lam)
    J = lambda **nodes: forward(x, nodes.get("W1", W1), nodes.get("W2", W2), label, act, lam,  # noqa: E731
                                **{k: v for k, v in nodes.items() if k in ("z", "h", "o")})["J"]
    grads = {name: numeric_gradient(lambda v, name=name: J(**{name: v}), base)
             for name, base in (("W1", W1), ("W2", W2), ("z", f["z"]), ("h", f["h"]), ("o", f["o"]))}
    grads["L"] = grads["s"] = 1.0  # J = L + s
    return grads


SETTINGS = [(act, lam, seed) for act in ag.ACTIVATIONS for lam in ag.LAMBDAS for seed in (0, 1, 7, 42, 99)]


@pytest.mark.parametrize("act, lam, seed", SETTINGS)
def test_every_gradient_on_the_graph_equals_the_chain_rule_and_finite_differences(act, lam, seed):
    g = ag.graph(act, lam, 0.5, seed)
    x, W1, W2, label = ag.inputs(seed)
    f = forward(x, W1, W2, label, act, lam)
    for name in ("z", "h", "o", "L", "s", "J"):
        np.testing.assert_allclose(g.value[name], f[name], rtol=1e-12, atol=1e-12, err_msg=name)
    by_hand, p = chain_rule(x, W1, W2, label, act, lam)
    numeric = finite_differences(x, W1, W2, label, act, lam)
    assert set(g.grad) == set(by_hand) == {"J", "L", "s", "o", "W2", "h", "z", "W1"}
    for name, grad in g.grad.items():
        np.testing.assert_allclose(grad, by_hand[name], rtol=1e-10, atol=1e-12, err_msg=name)
        if name != "J":
            np.testing.assert_allclose(grad, numeric[name], rtol=1e-5, atol=1e-7, err_msg=name)
    np.testing.assert_allclose(g.dphi, PHI[act][1](f["z"]), rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(g.probabilities, p, rtol=1e-12)
    assert g.squares == pytest.approx((W1 ** 2).sum() + (W2 ** 2).sum(), rel=1e-12)


@pytest.mark.parametrize("lr", ag.LEARNING_RATES)
def test_the_sgd_step_and_the_next_forward_pass(lr):
    g = ag.graph("tanh", 0.1, lr, 3)
    x, W1, W2, label = ag.inputs(3)
    by_hand, _ = chain_rule(x, W1, W2, label, "tanh", 0.1)
    W1n, W2n = W1 - lr * by_hand["W1"], W2 - lr * by_hand["W2"]
    np.testing.assert_allclose(g.after["W1"], W1n, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(g.after["W2"], W2n, rtol=1e-12, atol=1e-14)
    nxt = forward(x, W1n, W2n, label, "tanh", 0.1)
    assert g.after["J"] == pytest.approx(nxt["J"], rel=1e-12) and g.after["L"] == pytest.approx(nxt["L"], rel=1e-12)


def test_a_small_step_lowers_j():
    for seed in range(10):
        g = ag.graph("relu", 0.1, 0.01, seed)
        assert g.after["J"] < g.value["J"]


def test_the_inputs_are_seeded_clean_and_away_from_relus_kink():
    for seed in range(ag.MAX_SEED + 1):
        x, W1, W2, label = ag.inputs(seed)
        assert np.abs(x).min() >= 0.1 and np.abs(W1 @ x).min() >= 0.05 and label in (0, 1)
        assert (W2[0] != W2[1]).all()  # no hidden unit whose exact ∂J/∂h is 0
        for a in (x, W1, W2):
            np.testing.assert_array_equal(a, np.round(a, 1))
    first, again = ag.inputs(5), ag.inputs(5)
    assert all(np.array_equal(a, b) for a, b in zip(first, again))


@pytest.mark.parametrize("args", [("swish", 0.1, 0.5, 0), ("relu", -1, 0.5, 0), ("relu", float("nan"), 0.5, 0),
                                  ("relu", 0.1, 0, 0), ("relu", 0.1, 11, 0), ("relu", 0.1, 0.5, 100),
                                  ("relu", 0.1, 0.5, 1.5), ("relu", 0.1, 0.5, True)])
def test_controls_a_link_could_bring_are_refused(args):
    with pytest.raises(InputError):
        ag.graph(*args)


def test_the_passes_name_every_node_once():
    forward_nodes = [n for _, nodes in ag.FORWARD for n in nodes]
    assert sorted(forward_nodes) == sorted(["x", "W1", "W2", "y", "z", "h", "o", "L", "s", "J"])
    backward_nodes = [n for _, nodes, _ in ag.BACKWARD for n in nodes]
    assert sorted(backward_nodes) == sorted(graph_module.INNER + ("J", "W1", "W2"))
    # a backward step reads only values the forward pass made, and never a gradient's node that comes later
    for _, _, reads in ag.BACKWARD:
        assert set(reads) <= set(forward_nodes)


def test_what_each_backward_step_reads_is_what_its_formula_uses():
    """Change a forward value the step does not read: its gradient (given the gradient before it) stays."""
    x, W1, W2, label = ag.inputs(0)
    f = forward(x, W1, W2, label, "sigmoid", 0.1)
    d, _ = chain_rule(x, W1, W2, label, "sigmoid", 0.1)
    lam = 0.1
    local = {"dW2": lambda v: np.outer(d["o"], v["h"]) + lam * v["W2"], "dh": lambda v: v["W2"].T @ d["o"],
             "dz": lambda v: d["h"] * PHI["sigmoid"][1](v["z"]), "dW1": lambda v: np.outer(d["z"], v["x"]) + lam * v["W1"]}
    values = {"x": x, "W1": W1, "W2": W2, "z": f["z"], "h": f["h"], "o": f["o"]}
    reads = {name: set(read) for name, _, read in ag.BACKWARD}
    for step, formula in local.items():
        for name in values:
            nudge = np.random.default_rng(1).normal(0, 0.3, np.shape(values[name]))  # not constant: Σ ∂J/∂o = 0
            nudged = {**values, name: values[name] + nudge}
            changed = not np.allclose(formula(nudged), formula(values))
            assert changed == (name in reads[step]), (step, name)


# --- memory ---------------------------------------------------------------------------------------------------

def test_the_bytes_kept_for_backward_are_the_arrays_bytes():
    m = ag.memory()
    n, (d, h, q) = ag.BATCH, ag.SIZES
    assert [(r[0], r[1], r[2]) for r in m.rows] == [("X", (n, d), 4 * n * d), ("z1", (n, h), 4 * n * h),
                                                    ("h1", (n, h), 4 * n * h), ("o", (n, q), 4 * n * q)]
    assert m.kept == 4 * n * (d + 2 * h + q) == 1_337_344
    assert m.predict_peak == 4 * n * (d + h)
    assert m.params == m.grads == 4 * (d * h + h + h * q + q)  # a gradient for every parameter
    deeper = ag.memory(ag.DEEPER)
    assert deeper.kept == m.kept + 2 * 4 * n * h and deeper.predict_peak == m.predict_peak


# --- the code sample, run as a student runs it ----------------------------------------------------------------

def run_code(source: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MXNET_")}  # MXNet's default engine
    out = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    printed = {}
    for line in out.stdout.splitlines():
        name, _, value = line.partition(" = ")
        printed[name] = ast.literal_eval(value.replace(" bytes", ""))
    return printed


@pytest.mark.parametrize("text, head, a, act, lam, lr, seed", [
    (ag.DEFAULT_X, "ones", 1.0, "relu", 0.1, 0.5, 0),
    ("1, 2; 3, 4; 5, 6", "first", -0.5, "tanh", 0.0, 5.0, 7),
    ("0.1, -2.5", "mean", 600.0, "sigmoid", 1.0, 0.01, 99),
])
def test_the_code_sample_prints_the_pages_numbers(text, head, a, act, lam, lr, seed):
    x = ag.parse_x(text)
    printed = run_code(ag.mxnet_code(x, head, a, act, lam, lr, seed))
    notes, squares, path, g = ag.notes_example(x), ag.non_scalar(x, head), ag.control_flow(a), ag.graph(act, lam, lr, seed)
    np.testing.assert_array_equal(printed["y"], notes.y)
    np.testing.assert_array_equal(printed["x.grad"], notes.grad)
    np.testing.assert_array_equal(printed["head"], squares.head)
    np.testing.assert_array_equal(printed["x.grad (head)"], squares.grad)
    assert printed["a.grad"] == [path.grad] and printed["c / a"][0] == pytest.approx(path.slope, rel=1e-6)
    for name in ("z", "h", "o", "L", "s", "J"):
        np.testing.assert_allclose(printed[name], np.ravel(g.value[name]), rtol=1e-12, err_msg=name)
    for name in ("o", "h", "z", "L", "s", "W2", "W1"):
        np.testing.assert_allclose(printed["dJ/d" + name], np.reshape(g.grad[name], np.shape(printed["dJ/d" + name])),
                                   rtol=1e-12, atol=1e-15, err_msg=name)
    assert printed["next J"][0] == pytest.approx(g.after["J"], rel=1e-12)
    m, deeper = ag.memory(), ag.memory(ag.DEEPER)
    assert printed["kept for backward"] == m.kept and printed["prediction peak"] == m.predict_peak
    assert printed["deeper kept for backward"] == deeper.kept and printed["deeper prediction peak"] == deeper.predict_peak
    assert printed["parameters"] == m.params and printed["parameter gradients"] == m.grads


@pytest.mark.parametrize("activation", ag.ACTIVATIONS)
def test_no_gradient_on_the_graph_is_rounding_noise(activation):
    """A gradient is plainly non-zero, or exactly 0 (ReLU's φ′ = 0, or λ = 0 with h = 0): never 1e-16 written for 0."""
    for seed in range(ag.MAX_SEED + 1):
        for lam in (0.0, 0.1):
            g = ag.graph(activation, lam, 0.5, seed)
            for node in ("o", "h", "z", "W1", "W2"):
                v = np.abs(np.ravel(g.grad[node]))
                assert ((v == 0) | (v > 1e-9)).all(), (activation, lam, seed, node, g.grad[node])
