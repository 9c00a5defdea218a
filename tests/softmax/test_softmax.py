"""explain.softmax against closed forms (NumPy log-sum-exp), Gluon's loss and MXNet autograd."""
import math
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explain import softmax as sm


def oracle_softmax(o, T=1.0):
    z = np.asarray(o, dtype=np.float64) / T
    e = np.exp(z - z.max())
    return e / e.sum()


def oracle_loss(o, y, T=1.0):
    z = np.asarray(o, dtype=np.float64) / T
    m = z.max()
    return float(m + np.log(np.exp(z - m).sum()) - z[y])


logit_lists = st.lists(st.floats(-1e4, 1e4, allow_nan=False), min_size=2, max_size=10)
temperatures = st.floats(sm.MIN_T, sm.MAX_T)


@given(logit_lists, temperatures)
def test_softmax_matches_the_closed_form_and_sums_to_one(o, T):
    p = sm.softmax(o, T)
    np.testing.assert_allclose(p, oracle_softmax(o, T), rtol=1e-12, atol=1e-300)
    assert np.all(np.isfinite(p)) and p.sum() == pytest.approx(1.0)
    assert int(np.argmax(p)) == int(np.argmax(o)) or np.isclose(p.max(), p[np.argmax(o)])


@given(logit_lists, temperatures, st.data())
def test_cross_entropy_matches_log_sum_exp(o, T, data):
    y = data.draw(st.integers(0, len(o) - 1))
    loss = sm.cross_entropy(o, y, T)
    assert math.isfinite(loss) and loss >= 0
    assert loss == pytest.approx(oracle_loss(o, y, T), rel=1e-9, abs=1e-9)


@given(logit_lists, st.data())
def test_gradient_is_softmax_minus_onehot(o, data):
    y = data.draw(st.integers(0, len(o) - 1))
    expected = oracle_softmax(o)
    expected[y] -= 1
    np.testing.assert_allclose(sm.gradient(o, y), expected, rtol=1e-9, atol=1e-12)


def test_gradient_matches_finite_differences():
    o, y, h = np.array([1.0, 2.0, 0.5, -1.0]), 2, 1e-6
    numeric = [(oracle_loss(o + h * np.eye(4)[j], y) - oracle_loss(o - h * np.eye(4)[j], y)) / (2 * h)
               for j in range(4)]
    np.testing.assert_allclose(sm.gradient(o, y), numeric, rtol=1e-6, atol=1e-9)


def test_huge_logits_stay_exact():
    o = [1000.0, 0.0, -1000.0]
    np.testing.assert_array_equal(sm.softmax(o), [1.0, 0.0, 0.0])
    assert sm.cross_entropy(o, 0) == 0.0
    assert sm.cross_entropy(o, 1) == pytest.approx(1000.0)
    assert sm.cross_entropy(o, 2) == pytest.approx(2000.0)
    np.testing.assert_allclose(sm.gradient([1e4, -1e4], 1), [1.0, -1.0])
    assert sm.cross_entropy([1e4, -1e4], 1, temperature=sm.MIN_T) == pytest.approx(4e5)


def test_the_notes_formula_on_the_default_and_d2ls_example():
    for logits in (sm.DEFAULT_LOGITS, sm.D2L_LOGITS):
        p = sm.softmax(logits)
        e = np.exp(np.array(logits))
        np.testing.assert_allclose(p, e / e.sum())  # y1 = exp(o1) / (exp(o1) + exp(o2) + exp(o3))
        assert sm.cross_entropy(logits, 1) == pytest.approx(-math.log(p[1]))
    # D2L: o2 = 10 is the largest, so the prediction is class 2, the cat (狗, 猫, 鸡 in that order)
    assert sm.D2L_CLASSES[int(np.argmax(sm.D2L_LOGITS))] == "cat" and sm.D2L_CLASSES[0] == "dog"
    assert sm.top_classes(sm.DEFAULT_LOGITS) == sm.top_classes(sm.D2L_LOGITS) == (1,)


@pytest.mark.parametrize("label, code", [(0.9, "label_fraction"), (-1, "label_range"), (3, "label_range"),
                                         ("1", "label_type"), (True, "label_type"), (None, "label_type")])
def test_bad_labels_are_refused_before_gluon_sees_them(label, code):
    with pytest.raises(sm.InputError) as caught:
        sm.cross_entropy([1.0, 2.0, 3.0], label)
    assert caught.value.code == code and str(caught.value)


def test_whole_float_labels_are_accepted():
    assert sm.check_label(2.0, 3) == 2 and sm.check_label(np.int64(1), 3) == 1


@pytest.mark.parametrize("text, expected", [
    ("1, 2, 0.5", (1.0, 2.0, 0.5)), ("1 2 0.5", (1.0, 2.0, 0.5)), ("（1，2，0.5）", (1.0, 2.0, 0.5)),
    ("[1000, 0, -1000]", (1000.0, 0.0, -1000.0)), ("−1, 1e2", (-1.0, 100.0)), ("0.1;10;0.1", (0.1, 10.0, 0.1)),
    ("1, 2,", (1.0, 2.0)), ("(3, 4,)", (3.0, 4.0)), ("  1 ,  2  ", (1.0, 2.0)),
])
def test_parse_logits(text, expected):
    assert sm.parse_logits(text) == expected


@pytest.mark.parametrize("text, code", [
    ("1", "too_few"), ("", "too_few"), (",".join(["1"] * 11), "too_many"), ("1, two", "not_a_number"),
    ("1, nan", "not_a_number"), ("1, inf", "not_a_number"), ("1, 1e5", "too_large"), ("1, 0x10", "not_a_number"),
    ("__import__('os'), 1", "not_a_number"), ("1" * 400, "too_long"),
    ("<script>alert(1)</script>", "not_a_number"), ("two", "not_a_number"), ("1,,2", "empty_entry"),
    (",1,2", "empty_entry"), ("1, ,2", "empty_entry"), ("1;;2", "empty_entry"), ("1，，2", "empty_entry"),
])
def test_parse_logits_rejects_with_a_reason(text, code):
    with pytest.raises(sm.InputError) as caught:
        sm.parse_logits(text)
    assert caught.value.code == code


def test_empty_entries_follow_the_broadcasting_pages_rule():
    """One rule for typed lists: an empty entry between separators is refused, one trailing separator is not."""
    from explain import broadcasting as bc
    for text in ("4,,3", "4, ,3", ",4,3"):
        with pytest.raises(bc.InputError) as shape:
            bc.parse_shape(text)
        with pytest.raises(sm.InputError) as scores:
            sm.parse_logits(text)
        assert (shape.value.code, scores.value.code) == ("empty_axis", "empty_entry")
    assert bc.parse_shape("4,3,") == (4, 3) and sm.parse_logits("4,3,") == (4.0, 3.0)


def test_parse_names():
    assert sm.parse_names("cat, dog, chicken", 3) == (("cat", "dog", "chicken"), True)
    assert sm.parse_names("猫，狗，鸡", 3) == (("猫", "狗", "鸡"), True)
    assert sm.parse_names("cat, dog", 3) == (("class 0", "class 1", "class 2"), False)
    assert sm.parse_names("a, a", 2)[1] is False
    assert sm.parse_names("", 2, "类别 {}") == (("类别 0", "类别 1"), False)


def test_out_of_range_inputs():
    with pytest.raises(sm.InputError):
        sm.softmax([1.0, np.inf])
    with pytest.raises(sm.InputError):
        sm.softmax([1.0, 2e4])
    with pytest.raises(sm.InputError):
        sm.softmax([1.0, 2.0], temperature=0.0)


def test_entropy():
    assert sm.entropy([0.5, 0.5]) == pytest.approx(math.log(2))
    assert sm.entropy([1.0, 0.0, 0.0]) == 0.0 and math.copysign(1, sm.entropy([1.0, 0.0])) == 1
    curve = sm.entropy_curve(np.array([1.0, 2.0, 0.5]))
    assert curve["entropy"].is_monotonic_increasing
    assert curve["entropy"].iloc[-1] < math.log(3) and curve["entropy"].iloc[-1] > 0.95 * math.log(3)


def test_view_gathers_everything_the_page_shows():
    v = sm.view((1.0, 2.0, 0.5), ("cat", "dog", "chicken"), 1, 2.0)
    np.testing.assert_allclose(v.probabilities, oracle_softmax([1, 2, 0.5], 2.0))
    assert v.loss == pytest.approx(oracle_loss([1, 2, 0.5], 1, 2.0))
    expected = oracle_softmax([1, 2, 0.5], 2.0)
    expected[1] -= 1
    np.testing.assert_allclose(v.gradient, expected / 2.0)  # d/do at T: (p - onehot) / T
    assert v.entropy == pytest.approx(-(expected + np.eye(3)[1]) @ np.log(expected + np.eye(3)[1]))
    assert v.winners == (1,) and not v.tie and not v.rounded_tie


@pytest.mark.parametrize("logits, winners, tie, rounded", [
    ((1.0, 1.0, 0.0), (0, 1), True, False),  # a real tie
    ((0.0, 1e-17), (1,), False, True),  # no tie, but float64 prints p = (0.5, 0.5)
    ((2.0, 1.0), (0,), False, False), ((5.0, 5.0, 5.0), (0, 1, 2), True, False),
])
def test_ties_are_told_from_the_scores_not_the_rounded_probabilities(logits, winners, tie, rounded):
    v = sm.view(logits, tuple("abc"[: len(logits)]), 0, 1.0)
    assert (v.winners, v.tie, v.rounded_tie) == (winners, tie, rounded)


def test_stability_overflow_underflow_and_log_softmax():
    s = sm.stability(np.array([1000.0, 0.0, -1000.0]), 1)
    assert np.isnan(s.naive[0]) and not np.isfinite(s.naive_loss)  # exp(1000) overflows: inf / inf
    np.testing.assert_array_equal(s.shifted, [1.0, 0.0, 0.0])  # no overflow, but exp(-1000) underflows to 0 ...
    assert s.shifted_loss == np.inf  # ... so -log of its own p(class 1) is inf
    np.testing.assert_allclose(s.log_softmax, [0.0, -1000.0, -2000.0])  # log p, never through p
    assert s.log_softmax_loss == pytest.approx(1000.0) and s.gluon_loss == pytest.approx(1000.0)
    # how the page writes these (NaN, inf) is the chart module's: tests/softmax/test_softmax_charts.py


@pytest.mark.parametrize("logits, y", [((1.0, 2.0, 0.5), 0), ((0.1, 10.0, 0.1), 1), ((3.0, -2.0, 0.0, 7.5), 3)])
def test_stability_compares_like_with_like(logits, y):
    """Every row float32; on harmless scores all of them agree with the float64 oracle to float32 precision."""
    s = sm.stability(np.array(logits), y)
    assert s.naive.dtype == s.shifted.dtype == s.log_softmax.dtype == np.float32
    for p in (s.naive, s.shifted, s.log_softmax_p):
        np.testing.assert_allclose(p, oracle_softmax(logits), rtol=1e-5)
    # float32 keeps about 7 digits of the largest term; a few roundings later, about 6
    tolerance = 1e-5 * max(1.0, max(abs(v) for v in logits))
    for loss in (s.naive_loss, s.shifted_loss, s.log_softmax_loss, s.gluon_loss):
        assert loss == pytest.approx(oracle_loss(logits, y), abs=tolerance)


@pytest.mark.parametrize("y", [0, 1, 2])
def test_only_log_softmax_and_gluon_survive_huge_scores_for_every_class(y):
    s, exact = sm.stability(np.array([1000.0, 0.0, -1000.0]), y), oracle_loss([1000.0, 0.0, -1000.0], y)
    assert not np.isfinite(s.naive_loss)  # NaN for the class whose exp overflowed, inf (0 / inf) for the rest
    assert s.shifted_loss == (np.inf if y else 0.0)
    assert s.log_softmax_loss == pytest.approx(exact, abs=1e-3) and s.gluon_loss == pytest.approx(exact, abs=1e-3)


def test_why_cross_entropy_is_d2ls_example():
    table = sm.why_cross_entropy()
    # by hand: ((0.2)² + (0.2)² + (0.6 − 1)²) / 2 = 0.24 / 2 and (0² + 0.4² + 0.4²) / 2 = 0.32 / 2
    assert list(table["squared"]) == pytest.approx([0.12, 0.16])
    assert list(table["cross_entropy"]) == pytest.approx([-math.log(0.6)] * 2)


@given(st.integers(2, 10), st.integers(1, 8), st.integers(0, 10_000))
def test_batch_losses_match_the_formula_and_their_mean(classes, size, seed):
    T = 1.0
    batch = sm.batch_losses(classes, size, seed)
    assert len(batch.table) == size
    rng = np.random.default_rng(seed)
    logits = np.round(rng.normal(0.0, 2.0, (size, classes)), 2)
    labels = rng.integers(0, classes, size)
    expected = [oracle_loss(row, y, T) for row, y in zip(logits, labels)]
    np.testing.assert_allclose(batch.table["loss"], expected, rtol=1e-9, atol=1e-12)
    assert batch.mean == pytest.approx(np.mean(expected))
    np.testing.assert_allclose(-np.log(batch.table["p_label"]), expected, rtol=1e-9, atol=1e-9)
    # the likelihood view: the joint probability of the labels is the product of the p_y, and e^(-n l)
    joint = np.prod([oracle_softmax(row)[y] for row, y in zip(logits, labels)])
    assert batch.likelihood == pytest.approx(joint, rel=1e-9) and batch.likelihood == pytest.approx(
        np.exp(-size * np.mean(expected)), rel=1e-9)
    assert batch.log_likelihood == pytest.approx(-size * batch.mean, rel=1e-9, abs=1e-12)


def test_batches_are_deterministic():
    assert sm.batch_losses(3, 4, 7).table.equals(sm.batch_losses(3, 4, 7).table)


def test_dense_layer_counts_the_notes_example():
    """The counts; which nodes are drawn (and the ⋮) is the chart's layout: tests/softmax/test_softmax_charts.py."""
    layer = sm.dense_layer(4, 3)
    assert (layer.weights, layer.biases, layer.parameters) == (12, 3, 15)
    assert sm.dense_layer(8, 10).parameters == 8 * 10 + 10
    d2l = sm.dense_layer(784, 10)  # D2L's Fashion-MNIST layer
    assert (d2l.weights, d2l.biases, d2l.parameters) == (7840, 10, 7850)
    with pytest.raises(sm.InputError):
        sm.dense_layer(785, 10)


def test_the_shown_code_prints_the_page_numbers():
    o, y, T = (1.0, 2.0, 0.5), 1, 1.5
    code = sm.mxnet_code(o, y, T)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={"MXNET_ENGINE_TYPE": "NaiveEngine", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    numbers = [float(x) for x in __import__("re").findall(r"-?\d+\.\d+(?:e[-+]\d+)?", done.stdout)]
    p = oracle_softmax(o, T)
    grad = p - np.eye(3)[y]
    np.testing.assert_allclose(numbers[:3], p, rtol=1e-6)
    assert numbers[3] == pytest.approx(oracle_loss(o, y, T), rel=1e-6)
    np.testing.assert_allclose(numbers[4:7], grad / T, rtol=1e-6)
