"""explain.broadcasting against NumPy (the oracle), closed forms, and MXNet's own behaviour."""
import math
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explain import broadcasting as bc
from explain import engine

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

def numpy_operands(shapes):
    """The oracle's operands: 1, 2, 3, … scaled by 10 to the number of digits all earlier operands' counts take."""
    out, digits = [], 0
    for shape in shapes:
        count = int(np.prod(shape, dtype=np.int64))
        out.append(np.arange(1, count + 1, dtype=np.float64).reshape(shape) * 10.0**digits)
        digits += len(str(max(count, 1)))
    return out


@pytest.mark.parametrize("operands", [
    ((4, 3), (3,)), ((3, 4, 2), (4, 2)), ((4, 3), (4, 1)), ((2, 1, 3), (4, 1), (3,)),
    ((5, 1), (1, 6), (6,), (1,)), ((), (2, 3)), ((0, 3), (3,)), ((), ()), ((1000, 1), (1, 1000)),
])
@pytest.mark.parametrize("op", ["+", "-", "*"])
def test_mxnet_result_matches_numpy(operands, op):
    result = bc.compute(operands, op)
    arrays = numpy_operands(operands)
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


def test_operand_values_give_each_operand_digits_of_its_own():
    a, b = bc.operands(((4, 3), (3,)))
    np.testing.assert_array_equal(a, np.arange(1, 13).reshape(4, 3))
    np.testing.assert_array_equal(b, [100, 200, 300])
    assert bc.scales(((2, 2), (3,), ())) == (1, 10, 100)
    assert bc.scales(((12,), (3, 4), (1,))) == (1, 100, 10000)
    assert bc.operand_values((), 7) == 7


small_operands = st.lists(st.lists(st.integers(1, 4), min_size=0, max_size=3).map(tuple), min_size=2, max_size=4)


@given(small_operands)
def test_every_digit_of_a_sum_tells_which_operand_it_came_from(shapes):
    """The legend's claim, checked on NumPy's own sum: cut each result into the operands' digit ranges."""
    rule = bc.broadcast(*shapes)
    if not rule.ok:
        return
    total = sum(np.broadcast_to(v, rule.shape) for v in numpy_operands(shapes))
    widths = [len(str(max(1, int(np.prod(s, dtype=np.int64))))) for s in shapes]
    for index in np.ndindex(*rule.shape):
        text, pieces = str(int(total[index])), []
        for width in widths:  # lowest digits first: a, then b, …
            pieces.append(int(text[-width:] or 0))
            text = text[:-width]
        expected = [int(np.broadcast_to(v, rule.shape)[index] / 10**sum(widths[:i]))
                    for i, v in enumerate(numpy_operands(shapes))]
        assert pieces == expected and text == ""
    last = tuple(n - 1 for n in rule.shape)
    assert bc.sum_example(rule) == f"{int(total[last])} = " + " + ".join(
        str(int(np.broadcast_to(v, rule.shape)[last])) for v in numpy_operands(shapes))


def test_the_legend_lists_the_operands_values():
    assert bc.values_text(((4, 3), (3,))) == "a = 1, 2, …, 12; b = 100, 200, 300"
    assert bc.values_text(((3, 1), (1, 2))) == "a = 1, 2, 3; b = 10, 20"
    assert bc.sum_example(bc.broadcast((4, 3), (3,))) == "312 = 12 + 300"
    assert bc.sum_example(bc.broadcast((4, 3), (4,))) is None


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
    assert set(copies.value) == {100.0, 200.0, 300.0}
    result = grid[grid.panel == 2].sort_values(["row", "col"]).value.to_numpy()
    a, b = numpy_operands(((4, 3), (3,)))
    np.testing.assert_array_equal(result, (a + b).ravel())


def test_picture_cells_are_the_cells_of_mxnets_result_from_the_shapes_alone():
    import pandas as pd
    for shapes, op, stretch in ((((4, 3), (3,)), "+", True), (((3, 1), (1, 2)), "*", True), (((4, 3), (4,)), "+", True),
                                (((2, 3), (3,)), "-", False)):
        result = bc.compute(shapes, op)
        pd.testing.assert_frame_equal(bc.picture_cells(shapes, op, stretch), bc.cells(result.rule, result.values, stretch))


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


def _run_fixes(pairs):
    """On the MXNet worker: every suggested expression applied to real arrays in nd, mx.np and NumPy; their shapes."""
    import mxnet as mx
    out = []
    for shapes in pairs:
        rule = bc.broadcast(*shapes)
        index = bc.suggest_fix(rule)[0]
        for expression in bc.fix_expressions(rule):
            for lib in ("numpy", "nd", "mx.np"):
                arrays = [np.ones(s) for s in shapes]
                if lib == "nd":
                    arrays = [mx.nd.ones(s) for s in shapes]
                elif lib == "mx.np":
                    with mx.util.np_shape(True), mx.util.np_array(True):
                        arrays = [mx.np.ones(s) for s in shapes]
                with mx.util.np_shape(lib == "mx.np"), mx.util.np_array(lib == "mx.np"):
                    scope = dict(zip("abcd", arrays))
                    # the expression is the page's own text, run as a student would type it
                    scope[bc.NAMES[index]] = eval(expression, {}, scope)  # noqa: S307 (our own generated code)
                    total = scope["a"]
                    for name in "bcd"[: len(shapes) - 1]:
                        total = total + scope[name]
                    out.append((shapes, expression, lib, tuple(total.shape)))
    return out


def test_every_suggested_fix_runs_in_mxnet_and_numpy():
    """Many failing pairs (and triples): each suggestion, run in NumPy, MXNet nd and mx.np, broadcasts."""
    sizes = [(4,), (3,), (4, 3), (3, 4), (4, 3, 2), (2, 4), (4, 1, 3), (5,), (4, 5), (2, 3, 4)]
    failing = [(x, y) for x in sizes for y in sizes if not bc.broadcast(x, y).ok and bc.suggest_fix(bc.broadcast(x, y))]
    failing += [((4, 3, 2), (4,), (2,)), ((2, 3), (2,), (3,))]
    failing = [f for f in failing if bc.suggest_fix(bc.broadcast(*f))]
    assert ((4, 3, 2), (4,)) in failing and len(failing) > 15
    runs = engine.run(_run_fixes, failing)
    assert len(runs) == 2 * 3 * len(failing)
    for shapes, expression, lib, shape in runs:
        index, reshaped = bc.suggest_fix(bc.broadcast(*shapes))
        fixed = shapes[:index] + (reshaped,) + shapes[index + 1:]
        assert shape == np.broadcast_shapes(*fixed), (shapes, expression, lib)


def test_the_fix_for_a_missing_pair_of_axes_adds_both():
    rule = bc.broadcast((4, 3, 2), (4,))
    assert bc.fix_expressions(rule) == ("b.reshape((4, 1, 1))", "b[..., None, None]")
    assert bc.fix_expressions(bc.broadcast((4, 3), (4,))) == ("b.reshape((4, 1))", "b[..., None]")
    assert bc.fix_expressions(bc.broadcast((4, 3), (3,))) == ()


def test_the_conversion_code_prints_what_the_page_says_it_prints():
    """Run the shown code in a fresh interpreter; it prints exactly what explain computed on the worker."""
    trip = bc.conversion()
    assert (trip.numpy_dtype, trip.ndarray_dtype, trip.back_dtype, trip.kept_dtype) == \
        ("float64", "float32", "float32", "float64")
    assert trip.view_strides == (0, 8) and trip.view_shares
    assert (trip.view_after, trip.copy_after) == (100.0, 0.0)  # the view sees the write, MXNet's copy does not
    run = subprocess.run([sys.executable, "-c", bc.CONVERSION_CODE], capture_output=True, text=True, timeout=120,
                         env={"MXNET_ENGINE_TYPE": "NaiveEngine", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == trip.printed()


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
