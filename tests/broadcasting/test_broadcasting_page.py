"""The broadcasting page through Streamlit's AppTest: defaults, presets, bad input, hostile links, both languages."""
import json

import numpy as np
import pytest

from conftest import open_page, page_text
from pagetools import BROADCASTING, HOSTILE, assert_clean
from explain import broadcasting as bc
from ui.catalog import STRINGS
from ui.params.broadcasting import D2L, PRESETS, TABLE, preset_key

CONTROLS = TABLE.keys()  # a, b, c, d, n, op, predict: every bound control of the page


def test_the_page_draws_every_control_of_its_table_with_its_default():
    at = open_page(BROADCASTING, n="4")
    assert_clean(at)
    for name in "abcd":
        assert at.text_input(key=name).value == TABLE[name].default
        assert at.text_input(key=name).label == STRINGS["bc.shape_of"]["en"].format(name=name)
    assert at.selectbox(key="op").value == TABLE["op"].default and at.selectbox(key="op").options == ["+", "−", "×"]
    assert at.toggle(key="predict").value is TABLE["predict"].default
    assert at.radio(key="n").value == 4 and at.radio(key="n").options == [str(n) for n in TABLE["n"].options]


def test_broadcasting_hides_the_answer_until_the_student_reveals_it():
    at = open_page(BROADCASTING)
    assert_clean(at)
    assert not at.success and not at.error
    assert STRINGS["bc.legend_hidden"]["en"].format(values="a = 1, 2, …, 12; b = 100, 200, 300") in page_text(at)
    at.text_input(key="guess").set_value("(4, 3)").run()
    assert not at.success
    at.button(key="bc_reveal").click().run()
    assert_clean(at)
    (verdict,) = [s.value for s in at.success]
    assert verdict == "(4, 3) + (3,) → shape (4, 3)  \n" + STRINGS["bc.guess_right"]["en"]
    # the verdict takes the question's place: no guess box, no button
    assert not [w for w in at.text_input if w.key == "guess"] and not [b for b in at.button if b.key == "bc_reveal"]
    assert STRINGS["bc.legend_sum"]["en"].format(example="312 = 12 + 300") in page_text(at)
    # a new question hides the answer again, with an empty box
    at.text_input(key="b").set_value("4,1").run()
    assert not at.success and at.text_input(key="guess").value == ""


def test_a_wrong_guess_is_told_kindly():
    at = open_page(BROADCASTING)
    at.text_input(key="guess").set_value("(3, 4)")
    at.button(key="bc_reveal").click().run()
    assert STRINGS["bc.guess_wrong"]["en"].format(guess="(3, 4)") in at.success[0].value


def test_a_link_never_arrives_answered():
    """The guess is not part of a view: a link carrying one opens with an empty box, the answer hidden."""
    at = open_page(BROADCASTING, guess="(4, 3)")
    assert_clean(at)
    assert at.text_input(key="guess").value == ""
    assert not at.success
    assert STRINGS["bc.legend_hidden"]["en"].split("{")[0] in page_text(at)
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert spec["description"] == STRINGS["bc.alt_hidden"]["en"].format(expr="(4, 3) + (3,)")
    assert "guess" not in at.query_params  # so "Link to this view" does not carry it on
    at.text_input(key="guess").set_value("(4, 3)").run()
    assert "guess" not in at.query_params  # typing a guess does not put it into the URL either


def test_the_d2l_preset_stretches_both_operands():
    at = open_page(BROADCASTING, predict="false")
    at.button(key=preset_key(D2L)).click().run()
    assert_clean(at)
    assert at.success[0].value == "(3, 1) + (1, 2) → shape (3, 2)"
    text = page_text(at)
    assert STRINGS["bc.notice_d2l"]["en"] in text
    a, b = np.arange(1.0, 4.0).reshape(3, 1), np.array([[10.0, 20.0]])
    assert str(a + b) in [c.value for c in at.code]


def test_a_missing_pair_of_axes_gets_a_fix_that_works():
    at = open_page(BROADCASTING, predict="false", a="4,3,2", b="4")
    assert_clean(at)
    text = page_text(at)
    assert "`b.reshape((4, 1, 1))` or `b[..., None, None]`" in text
    assert "b[..., None]`" not in text


def test_the_conversion_shows_float64_becoming_float32():
    at = open_page(BROADCASTING, predict="false")
    text = page_text(at)
    assert "P is `float64`, D is `float32`" in text
    assert bc.conversion().printed() in [c.value for c in at.code]


def test_the_chart_has_a_text_alternative_and_quiet_decorations():
    at = open_page(BROADCASTING, predict="false")
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert spec["description"].startswith("Broadcasting picture of (4, 3) + (3,)")
    marks = [layer["mark"] for layer in spec["layer"]]
    assert marks[0]["type"] == "rect" and "aria" not in marks[0]
    assert all(m["aria"] is False for m in marks[1:])


def test_broadcasting_shows_mxnets_values_matching_numpy():
    at = open_page(BROADCASTING, predict="false", a="2,3", b="3", op="×")
    assert_clean(at)
    expected = np.arange(1.0, 7.0).reshape(2, 3) * np.array([10.0, 20.0, 30.0])
    assert str(expected) in [c.value for c in at.code]
    assert "(2, 3) × (3,) → shape (2, 3)" in [s.value for s in at.success]
    assert "strides (8,) bytes, as a view (0, 8)" in page_text(at)
    assert len(at.get("vega_lite_chart")) == 1


@pytest.mark.parametrize("preset, verdict", [
    (("4,3", "3,"), "(4, 3)"), (("3,4,2", "4,2"), "(3, 4, 2)"), (("4,3", "4,1"), "(4, 3)"), (("3,1", "1,2"), "(3, 2)"),
    (("4,3", "4,"), None)])
def test_each_preset_loads_and_is_judged(preset, verdict):
    assert preset in PRESETS
    at = open_page(BROADCASTING, predict="false", n="3", a="1", b="1", c="1")
    at.button(key=preset_key(preset)).click().run()
    assert_clean(at)
    assert at.text_input(key="a").value == preset[0] and at.text_input(key="b").value == preset[1]
    assert at.radio(key="n").value == 2
    if verdict:
        assert at.success[0].value.endswith(f"shape {verdict}")
    else:
        assert "on axis -1 the lengths differ (3 ≠ 4)" in at.error[0].value
        assert any("could not be broadcast together with shapes [4,3] [4]" in c.value for c in at.code)
        assert "`b.reshape((4, 1))` or `b[..., None]`" in page_text(at)


@pytest.mark.parametrize("text", ["abc", "", "(4,3", "4,-3", "2.5", "4,,3", "1" * 15] + HOSTILE)
def test_typed_nonsense_gets_a_friendly_message(text):
    at = open_page(BROADCASTING, predict="false")
    at.text_input(key="a").set_value(text).run()
    assert_clean(at)
    assert at.error, text
    assert "Shape of a" in at.error[0].value
    assert not at.get("vega_lite_chart")


def test_chinese_error_messages():
    at = open_page(BROADCASTING, lang="zh", predict="false", a="4;3")
    assert_clean(at)
    assert at.error[0].value == STRINGS["bc.err.bad_char"]["zh"].format(name="a", char=";")


@pytest.mark.parametrize("key", [*CONTROLS, "lang", "proj", "guess", "x"])
def test_hostile_link_values_never_break_the_page(key):
    for value in HOSTILE:
        at = open_page(BROADCASTING, **{key: value})
        assert_clean(at)


@pytest.mark.parametrize("params", [
    {"n": ["4", "2"], "a": ["2,3", "4,3"]}, {"op": ["×", "+"], "predict": ["false", "true"]},
    {"a": ["", ""], "b": ["3,", "()"]}, {"guess": ["(4, 3)", "error"]}, {"n": ["1"]}, {"n": ["5"], "d": ["9" * 300]},
])
def test_repeated_and_out_of_range_link_values_never_break_the_page(params):
    at = open_page(BROADCASTING, **params)
    assert_clean(at)
    assert at.radio(key="n").value in TABLE["n"].options


def test_invalid_link_values_fall_back_with_a_notice():
    at = open_page(BROADCASTING, n="99", op="÷", proj="maybe", lang="fr")
    assert_clean(at)
    notice = at.info[0].value
    for part in ("n=99", "op=÷", "proj=maybe", "lang=fr"):
        assert part in notice
    assert at.radio(key="n").value == TABLE["n"].default and at.selectbox(key="op").value == TABLE["op"].default
    assert at.title[0].value == "Broadcasting"


def test_valid_links_reproduce_the_view_and_give_no_notice():
    at = open_page(BROADCASTING, n="3", a="2,1", b="1,3", c="3", op="−", predict="false", lang="zh")
    assert_clean(at)
    assert not at.info
    assert at.success[0].value == "(2, 1) − (1, 3) − (3,) → 形状 (2, 3)"
    for key, value in {"n": "3", "a": "2,1", "b": "1,3", "c": "3", "predict": "false", "lang": "zh"}.items():
        assert at.query_params[key] in (value, [value]), key


def test_scalars_zero_size_and_huge_shapes():
    at = open_page(BROADCASTING, predict="false", a="()", b="2,3")
    assert_clean(at) and at.success[0].value.endswith("shape (2, 3)")
    at = open_page(BROADCASTING, predict="false", a="0,3", b="3")
    assert_clean(at)
    assert at.success[0].value.endswith("shape (0, 3)")
    at = open_page(BROADCASTING, predict="false", a="100000,1", b="1,100000")
    assert_clean(at)
    assert at.success[0].value.endswith("shape (100000, 100000)")
    assert STRINGS["bc.too_big"]["en"].format(limit="1,000,000") in page_text(at)


def test_mxnet_refusal_beyond_five_broadcast_axes_is_explained():
    at = open_page(BROADCASTING, predict="false", a="2,1,2,1,2,1,2", b="1,2,1,2,1,2,1")
    assert_clean(at)
    assert STRINGS["bc.mxnet_refused"]["en"] in page_text(at)
    assert any("Too many broadcast dimensions" in c.value for c in at.code)


def test_the_page_shows_runnable_code_for_the_current_shapes():
    at = open_page(BROADCASTING, predict="false", a="3,1", b="1,4")
    codes = [c.value.strip() for c in at.code]
    assert bc.mxnet_code(((3, 1), (1, 4)), "+", "nd").strip() in codes
    np.testing.assert_array_equal(bc.compute(((3, 1), (1, 4))).values,
                                  np.arange(1.0, 4.0).reshape(3, 1) + np.arange(10.0, 50.0, 10.0).reshape(1, 4))
