"""The softmax page through Streamlit's AppTest: defaults, presets, bad input, hostile links, both languages."""
import pytest

from conftest import open_page, page_text
from pagetools import HOSTILE, SOFTMAX, assert_clean
from ui.catalog import STRINGS


def test_softmax_defaults_are_the_notes_example():
    from explain import softmax as sm
    at = open_page(SOFTMAX)
    assert_clean(at)
    p = sm.softmax(sm.NOTES_LOGITS)
    loss = sm.cross_entropy(sm.NOTES_LOGITS, 1)
    text = page_text(at)
    assert f"p(dog) = {p[1]:.4g}  ·  loss −log p = {loss:.4g}  ·  entropy H = {sm.entropy(p):.3f}" in text
    assert STRINGS["sm.argmax_same"]["en"].format(name="dog") in text
    assert len(at.get("vega_lite_chart")) == 5
    assert sm.mxnet_code(sm.NOTES_LOGITS, 1, 1.0).strip() in [c.value.strip() for c in at.code]
    assert "Mean over the n = 4 examples: **l = " + f"{sm.batch_losses(3, 4, 0).mean:.4f}**" in text
    assert "**12 weights**, plus **3 biases**: **15 parameters**" in text


@pytest.mark.parametrize("preset", ["notes", "d2l", "huge"])
def test_softmax_presets(preset):
    at = open_page(SOFTMAX)
    at.button(key=f"preset_{preset}").click().run()
    assert_clean(at)
    text = page_text(at)
    if preset == "huge":
        assert at.text_input(key="logits").value == "1000, 0, -1000"
        assert "p(dog) = e^(−1000)  ·  loss −log p = 1000" in text
        assert "(NaN, 0, 0)" in str(at.dataframe[0].value)
    if preset == "d2l":
        assert at.text_input(key="logits").value == "0.1, 10, 0.1"


def test_temperature_and_true_class_from_a_link():
    from explain import softmax as sm
    at = open_page(SOFTMAX, logits="3, 1, 0.2, -1", names="a, b, c, d", label="3", T="2.5", lang="zh")
    assert_clean(at)
    loss = sm.cross_entropy([3, 1, 0.2, -1], 3, 2.5)
    assert f"损失 −log p = {loss:.4g}" in page_text(at)
    assert at.radio(key="label").value == 3


def test_mismatched_names_fall_back_to_numbers():
    at = open_page(SOFTMAX, names="cat, dog")
    assert_clean(at)
    assert STRINGS["sm.names_mismatch"]["en"].format(count=3) in page_text(at)
    assert "p(class 1)" in page_text(at)
    assert "p(类别 1)" in page_text(open_page(SOFTMAX, names="x", lang="zh"))


@pytest.mark.parametrize("text", ["1", "1, two", "1, 1e9", "", "nan, 1"] + HOSTILE)
def test_softmax_bad_scores_get_a_friendly_message(text):
    at = open_page(SOFTMAX)
    at.text_input(key="logits").set_value(text).run()
    assert_clean(at)
    assert at.error and not at.get("vega_lite_chart")


def test_fewer_classes_than_the_remembered_true_class():
    at = open_page(SOFTMAX, logits="1,2,3,4,5", label="4")
    assert at.radio(key="label").value == 4
    at.text_input(key="logits").set_value("1, 2").run()
    assert_clean(at)


def test_softmax_check():
    at = open_page(SOFTMAX, sm_q="A")
    at.button(key="sm_q_reveal").click().run()
    assert at.success and STRINGS["sm.q_why"]["en"] in at.success[0].value


@pytest.mark.parametrize("key", ["logits", "names", "label", "T", "bsize", "bseed", "d", "q", "sm_q"])
def test_softmax_survives_hostile_links(key):
    for value in HOSTILE:
        assert_clean(open_page(SOFTMAX, **{key: value}))
