"""The broadcasting page through Streamlit's AppTest: defaults, presets, bad input, hostile links, both languages."""
import numpy as np
import pytest

from conftest import open_page, page_text
from pagetools import BROADCASTING, HOSTILE, assert_clean
from explain import broadcasting as bc
from ui.catalog import STRINGS


def test_broadcasting_hides_the_answer_until_the_student_reveals_it():
    at = open_page(BROADCASTING)
    assert_clean(at)
    assert not at.success and not at.error
    assert STRINGS["bc.legend_hidden"]["en"] in page_text(at)
    at.text_input(key="guess").set_value("(4, 3)").run()
    assert not at.success
    at.button(key="bc_reveal").click().run()
    assert_clean(at)
    text = page_text(at)
    assert STRINGS["bc.guess_right"]["en"] in text
    assert "(4, 3) + (3,) → shape (4, 3)" in [s.value for s in at.success]
    # a new question hides the answer again
    at.text_input(key="b").set_value("4,1").run()
    assert not at.success


def test_a_wrong_guess_is_told_kindly():
    at = open_page(BROADCASTING, guess="(3, 4)")
    at.button(key="bc_reveal").click().run()
    assert STRINGS["bc.guess_wrong"]["en"].format(guess="(3, 4)") in page_text(at)


def test_broadcasting_shows_mxnets_values_matching_numpy():
    at = open_page(BROADCASTING, predict="false", a="2,3", b="3", op="×")
    assert_clean(at)
    expected = bc.operand_values((2, 3), 0) * bc.operand_values((3,), 1)
    assert str(expected) in [c.value for c in at.code]
    assert "(2, 3) × (3,) → shape (2, 3)" in [s.value for s in at.success]
    assert "strides (8,) bytes, as a view (0, 8)" in page_text(at)
    assert len(at.get("vega_lite_chart")) == 1


@pytest.mark.parametrize("preset, verdict", [
    (("4,3", "3,"), "(4, 3)"), (("3,4,2", "4,2"), "(3, 4, 2)"), (("4,3", "4,1"), "(4, 3)"), (("4,3", "4,"), None)])
def test_each_preset_loads_and_is_judged(preset, verdict):
    at = open_page(BROADCASTING, predict="false", n="3", a="1", b="1", c="1")
    at.button(key="preset_" + "_".join(preset)).click().run()
    assert_clean(at)
    assert at.text_input(key="a").value == preset[0] and at.text_input(key="b").value == preset[1]
    assert at.radio(key="n").value == 2
    if verdict:
        assert at.success[0].value.endswith(f"shape {verdict}")
    else:
        assert "on axis -1 the lengths differ (3 ≠ 4)" in at.error[0].value
        assert any("could not be broadcast together with shapes [4,3] [4]" in c.value for c in at.code)
        assert "`b.reshape((4, 1))`" in page_text(at)


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


@pytest.mark.parametrize("key", ["n", "op", "predict", "lang", "proj", "a", "b", "guess", "x"])
def test_hostile_link_values_never_break_the_page(key):
    for value in HOSTILE:
        at = open_page(BROADCASTING, **{key: value})
        assert_clean(at)


def test_invalid_link_values_fall_back_with_a_notice():
    at = open_page(BROADCASTING, n="99", op="÷", proj="maybe", lang="fr")
    assert_clean(at)
    notice = at.info[0].value
    for part in ("n=99", "op=÷", "proj=maybe", "lang=fr"):
        assert part in notice
    assert at.radio(key="n").value == 2 and at.selectbox(key="op").value == "+"
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
                                  bc.operand_values((3, 1), 0) + bc.operand_values((1, 4), 1))
