"""explain.broadcasting against NumPy (the oracle), closed forms, and MXNet's own behaviour."""
import math
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explain import broadcasting as bc

# --- parse_shape -------------------------------------------------------------------------

@pytest.mark.parametrize("text, shape", [
    ("4,3", (4, 3)), ("(4, 3)", (4, 3)), ("[4,3]", (4, 3)), ("(3,)", (3,)), ("()", ()),
    ("3", (3,)), ("（4，3）", (4, 3)), ("（3，4，2）", (3, 4, 2)), ("4x3", (4, 3)), ("4 × 3", (4, 3)),
    (" 4 3 ", (4, 3)), ("3,", (3,)), ("[]", ()), ("(0, 3)", (0, 3)), ("007", (7,)), ("4 , 1", (4, 1)),
])
def test_parse_shape_reads_the_forms_people_type(text, shape):
    assert bc.parse_shape(text) == shape


@pytest.mark.parametrize("text, code", [
    ("", "empty"), ("   ", "empty"), ("(4,3", "unbalanced"), ("4,3)", "unbalanced"), ("(4,3]", "unbalanced"),
    ("((4,3))", "unbalanced"), ("4,,3", "empty_axis"), (",3", "empty_axis"), ("-3", "negative"),
    ("4,−1", "negative"), ("3.5", "not_integer"), ("2.", "not_integer"), ("abc", "bad_char"),
    ("4;3", "bad_char"), ("__import__('os')", "unbalanced"), ("os.system", "bad_char"), ("1e3", "bad_char"),
    ("4,3" * 100, "too_long"), (",".join(["1"] * 33), "too_many_axes"), ("99999999999", "too_large"),
])
def test_parse_shape_rejects_everything_else_with_a_reason(text, code):
    with pytest.raises(ValueError) as caught:
        bc.parse_shape(text)
    assert caught.value.code == code
    assert str(caught.value)


def test_parse_shape_never_evaluates_its_text(monkeypatch):
    monkeypatch.setattr("builtins.eval", lambda *a: pytest.fail("eval called"))
    with pytest.raises(ValueError):
        bc.parse_shape("(lambda: 1)()")


shapes = st.lists(st.integers(0, 6), min_size=0, max_size=6).map(tuple)


@given(shapes)
def test_format_then_parse_round_trips(shape):
    assert bc.parse_shape(bc.format_shape(shape)) == shape
    assert bc.format_shape(shape) == str(shape)  # Python's own tuple notation


# --- broadcast: the rule, against numpy.broadcast_shapes -----------------------------------

small_shapes = st.lists(st.sampled_from([1, 1, 2, 3, 4, 0]), min_size=0, max_size=5).map(tuple)


@given(st.lists(small_shapes, min_size=1, max_size=4))
def test_broadcast_agrees_with_numpy(operands):
    rule = bc.broadcast(*operands)
    try:
        expected = np.broadcast_shapes(*operands)
    except ValueError:
        expected = None
    assert rule.ok is (expected is not None)
    assert rule.shape == expected
    assert len(rule.steps) == max(len(s) for s in operands)
    if rule.ok:
        assert tuple(step.size for step in rule.steps) == expected
        assert rule.conflict is None
    else:
        assert rule.conflict.rule == "mismatch"
        clash = {n for n in rule.conflict.sizes if n not in (None, 1)}
        assert len(clash) > 1 and all(str(n) in rule.message for n in clash)


def test_the_notes_examples_and_the_failing_one():
    assert bc.broadcast((4, 3), (3,)).shape == (4, 3)
    assert bc.broadcast((3, 4, 2), (4, 2)).shape == (3, 4, 2)
    assert bc.broadcast((4, 3), (4, 1)).shape == (4, 3)
    fail = bc.broadcast((4, 3), (4,))
    assert not fail.ok and fail.shape is None and fail.conflict.axis == -1
    assert "3" in fail.message and "4" in fail.message


def test_steps_say_which_rule_decided_each_axis():
    rule = bc.broadcast((4, 3), (3,))
    assert [(s.axis, s.sizes, s.rule, s.size) for s in rule.steps] == [
        (-2, (4, None), "stretch", 4), (-1, (3, 3), "equal", 3)]
    assert rule.padded(1) == (1, 3)
    assert rule.steps[0].stretched(1) and not rule.steps[0].stretched(0)
    assert [s.rule for s in bc.broadcast((1,), (1,)).steps] == ["equal"]
    assert [s.rule for s in bc.broadcast((0,), (1,)).steps] == ["stretch"]


def test_broadcast_of_one_shape_and_of_scalars():
    assert bc.broadcast((2, 3)).shape == (2, 3)
    assert bc.broadcast((), ()).shape == ()
    assert bc.broadcast((), (5,)).shape == (5,)
    with pytest.raises(ValueError):
        bc.broadcast()


# --- compute: what MXNet returns, against NumPy --------------------------------------------

@pytest.mark.parametrize("operands", [
    ((4, 3), (3,)), ((3, 4, 2), (4, 2)), ((4, 3), (4, 1)), ((2, 1, 3), (4, 1), (3,)),
    ((5, 1), (1, 6), (6,), (1,)), ((), (2, 3)), ((0, 3), (3,)), ((), ()), ((1000, 1), (1, 1000)),
])
@pytest.mark.parametrize("op", ["+", "-", "*"])
def test_mxnet_result_matches_numpy(operands, op):
    result = bc.compute(operands, op)
    arrays = [bc.operand_values(s, i) for i, s in enumerate(operands)]
    expected = arrays[0]
    for other in arrays[1:]:
        expected = {"+": np.add, "-": np.subtract, "*": np.multiply}[op](expected, other)
    assert result.computed and result.error is None
    assert result.shape == expected.shape == result.rule.shape
    assert result.total == pytest.approx(float(expected.sum()), rel=1e-12)
    np.testing.assert_array_equal(result.corner, expected[tuple(slice(0, 3) for _ in expected.shape)])
    if expected.size <= bc.MAX_VALUES:
        np.testing.assert_array_equal(result.values, expected)
    else:
        assert result.values is None


def test_operand_values_let_each_digit_tell_its_source():
    np.testing.assert_array_equal(bc.operand_values((2, 2), 0), [[1, 2], [3, 4]])
    np.testing.assert_array_equal(bc.operand_values((3,), 1), [10, 20, 30])
    assert bc.operand_values((), 2) == 100


def test_incompatible_shapes_carry_mxnets_own_message():
    result = bc.compute(((4, 3), (4,)))
    assert result.shape is None and result.values is None
    assert "operands could not be broadcast together with shapes [4,3] [4]" in result.error


def test_mxnet_refuses_six_unmergeable_broadcast_axes_that_numpy_accepts():
    a, b = (2, 1, 2, 1, 2, 1, 2), (1, 2, 1, 2, 1, 2, 1)
    result = bc.compute((a, b))
    assert result.rule.ok and result.rule.shape == np.broadcast_shapes(a, b)
    assert "Too many broadcast dimensions" in result.error


def test_huge_arrays_are_not_computed_but_still_judged():
    result = bc.compute(((10**6, 1), (1, 10**6)))
    assert not result.computed and result.rule.shape == (10**6, 10**6)
    assert result.values is None and result.error is None


def test_zero_size_and_scalars_use_the_numpy_api():
    assert bc.compute(((0, 3), (3,))).api == "np"
    assert bc.compute(((), (3,))).api == "np"
    assert bc.compute(((4, 3), (3,))).api == "nd"


def test_unknown_operation_is_refused():
    with pytest.raises(ValueError):
        bc.compute(((2,), (2,)), "/")


@pytest.mark.parametrize("operands, op", [(((4, 3), (3,)), "+"), (((), (0, 2)), "*"), (((2, 1), (3,), (1,)), "-")])
def test_the_shown_code_runs_and_prints_what_the_page_shows(operands, op):
    result = bc.compute(operands, op)
    run = subprocess.run([sys.executable, "-c", result.code], capture_output=True, text=True, timeout=120,
                         env={"MXNET_ENGINE_TYPE": "NaiveEngine", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    printed_shape = run.stdout.splitlines()[0]
    assert printed_shape == str(result.shape)
    assert f"result = {f' {op} '.join('abcd'[:len(operands)])}" in result.code


# --- the picture's data, the stride-0 view, the hints ----------------------------------------

def test_cells_stretch_each_operand_to_the_result():
    rule = bc.broadcast((4, 3), (3,))
    grid = bc.cells(rule, bc.compute(((4, 3), (3,))).values)
    counts = grid.groupby(["panel", "kind"]).size().to_dict()
    assert counts == {(0, "real"): 12, (1, "real"): 3, (1, "copy"): 9, (2, "result"): 12}
    copies = grid[(grid.panel == 1) & (grid.kind == "copy")]
    assert set(copies.value) == {10.0, 20.0, 30.0}
    result = grid[grid.panel == 2].sort_values(["row", "col"]).value.to_numpy()
    np.testing.assert_array_equal(result, (bc.operand_values((4, 3), 0) + bc.operand_values((3,), 1)).ravel())


def test_cells_without_stretching_or_for_a_mismatch_show_operands_as_they_are():
    for rule, stretch in ((bc.broadcast((4, 3), (3,)), False), (bc.broadcast((4, 3), (4,)), True)):
        grid = bc.cells(rule, stretch=stretch)
        assert set(grid.kind) == {"real"}
        assert sorted(grid.groupby("panel").size()) == sorted(math.prod(s) for s in rule.shapes)


def test_drawable_limits():
    assert bc.drawable(bc.broadcast((3, 4, 2), (4, 2)))
    assert not bc.drawable(bc.broadcast((2, 2, 2, 2), (2,)))
    assert not bc.drawable(bc.broadcast((100, 3), (3,)))
    assert not bc.drawable(bc.broadcast((0, 3), (3,)))


@pytest.mark.parametrize("shape, target", [((3,), (4, 3)), ((4, 1), (4, 3)), ((2, 1, 3), (2, 5, 3)), ((), (2,))])
def test_broadcast_view_has_stride_zero_on_stretched_axes(shape, target):
    view = bc.broadcast_view(shape, target)
    itemsize = 8
    own = [itemsize * math.prod(shape[k + 1:]) for k in range(len(shape))]
    padded = (1,) * (len(target) - len(shape)) + shape
    own_padded = [0] * (len(target) - len(shape)) + own
    expected = tuple(0 if padded[k] == 1 and target[k] != 1 else own_padded[k] for k in range(len(target)))
    assert view.strides == tuple(own)
    assert view.view_strides == expected
    assert view.copy_bytes == itemsize * math.prod(target)
    assert view.shares_memory


def test_suggest_fix_adds_trailing_axes_of_one():
    index, shape = bc.suggest_fix(bc.broadcast((4, 3), (4,)))
    assert (index, shape) == (1, (4, 1))
    assert bc.broadcast((4, 3), shape).ok
    assert bc.suggest_fix(bc.broadcast((4, 3), (3,))) is None
    assert bc.suggest_fix(bc.broadcast((2, 3), (3, 2))) is None


def test_index_formula_reads_index_zero_on_stretched_axes():
    assert bc.index_formula(bc.broadcast((4, 3), (4, 1)), "+") == r"\mathrm{result}_{i,j} = a_{i,j} + b_{i,0}"
    assert bc.index_formula(bc.broadcast((3, 4, 2), (4, 2)), "*") == \
        r"\mathrm{result}_{i,j,k} = a_{i,j,k} \cdot b_{j,k}"
    assert bc.index_formula(bc.broadcast((4, 3), (4,)), "+") == ""


def test_parse_guess():
    assert bc.parse_guess("(4, 3)") == (4, 3)
    for word in ("error", "Fails", "✗", "报错"):
        assert bc.parse_guess(word) is None
    with pytest.raises(ValueError):
        bc.parse_guess("four")


def test_the_shown_code_for_incompatible_shapes_fails_as_the_page_says():
    result = bc.compute(((4, 3), (4,)))
    assert "raises MXNetError" in result.code
    run = subprocess.run([sys.executable, "-c", result.code], capture_output=True, text=True, timeout=120,
                         env={"MXNET_ENGINE_TYPE": "NaiveEngine", "PATH": "/usr/bin:/bin"})
    assert run.returncode != 0 and "operands could not be broadcast together" in run.stderr
