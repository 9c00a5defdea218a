"""The softmax page through Streamlit's AppTest: defaults, presets, bad input, hostile links, both languages."""
import math

import numpy as np
import pytest

from conftest import open_page, page_text
from pagetools import HOSTILE, SOFTMAX, assert_clean
from ui.catalog import STRINGS
from ui.params.softmax import TABLE

# every control of the table, and the page's other bound keys: the tabs, the stability expander, the check
BOUND = [*TABLE.keys(), "sm_q", "tab", "stability"]
LAYER = "The layer"


def table_rows(at, first_header):
    """The body rows of the markdown table whose first column is `first_header`, cell by cell."""
    text = next(m.value for m in at.markdown if m.value.startswith(f"| {first_header} |"))
    return [[cell.strip() for cell in line.strip("|").split(" | ")] for line in text.splitlines()[2:]]


def readout(lang="en", **values):
    return STRINGS["sm.readout"][lang].format(**values)


def test_softmax_defaults_are_d2ls_classes_with_the_cat_winning():
    from explain import softmax as sm
    at = open_page(SOFTMAX)
    assert_clean(at)
    p = sm.softmax(sm.DEFAULT_LOGITS)
    loss = sm.cross_entropy(sm.DEFAULT_LOGITS, 1)
    text = page_text(at)
    assert readout(name="cat", p=f"{p[1]:.4g}", loss=f"{loss:.4g}", entropy=f"{sm.entropy(p):.3f}") in text
    assert STRINGS["sm.argmax_same"]["en"].format(name="cat") in text
    assert len(at.get("vega_lite_chart")) == 4  # the layer chart waits in its tab
    assert sm.mxnet_code(sm.DEFAULT_LOGITS, 1, 1.0).strip() in [c.value.strip() for c in at.code]
    assert "p(狗)" not in text and "p(猫)" in page_text(open_page(SOFTMAX, lang="zh"))
    # folded sections and hidden tabs are not computed: their text is absent until opened
    assert STRINGS["sm.why_text"]["en"] in text and STRINGS["sm.naive"]["en"] not in text and "Mean over" not in text


def test_tabs_and_the_stability_section_open_from_a_link():
    from explain import softmax as sm
    text = page_text(open_page(SOFTMAX, tab="A batch", stability="true"))
    batch = sm.batch_losses(3, 4, 0)
    assert f"Mean over the n = 4 examples: **ℓ = {batch.mean:.4f}**" in text
    assert f"**{math.exp(-4 * batch.mean):.4g}**" in text  # the joint probability of the labels, e^(−n ℓ)
    assert STRINGS["sm.naive"]["en"] in text and STRINGS["sm.why_text"]["en"] not in text
    text = page_text(open_page(SOFTMAX, tab="The layer"))
    assert "**12 weights**, plus **3 biases**: **15 parameters**" in text


def test_d2l_preset_picks_the_cat_in_both_languages():
    for lang, cat in (("en", "cat"), ("zh", "猫")):
        at = open_page(SOFTMAX, lang=lang)
        at.button(key="preset_d2l").click().run()
        assert_clean(at)
        assert at.text_input(key="logits").value == "0.1, 10, 0.1"
        assert STRINGS["sm.argmax_same"][lang].format(name=cat) in page_text(at)


@pytest.mark.parametrize("preset", ["default", "d2l", "huge"])
def test_softmax_presets(preset):
    at = open_page(SOFTMAX, names="a, b, c", stability="true")
    at.button(key=f"preset_{preset}").click().run()
    assert_clean(at)
    assert at.text_input(key="names").value == ""  # back to D2L's classes
    text = page_text(at)
    if preset == "huge":
        assert at.text_input(key="logits").value == "1000, 0, -1000"
        assert "p(cat) = e^(−1000)  ·  loss −log p = 1000" in text
        rows = table_rows(at, STRINGS["sm.col_method"]["en"])
        assert rows[0][1].startswith("(NaN") and [r[2] for r in rows] == ["inf", "inf", "1000", "1000"]


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
    assert "p(class 1)" in page_text(open_page(SOFTMAX, logits="1, 2, 3, 4"))  # D2L has only three classes


@pytest.mark.parametrize("text", ["1", "1, two", "1, 1e9", "", "nan, 1", "1,,2"] + HOSTILE)
def test_softmax_bad_scores_get_a_friendly_message(text):
    at = open_page(SOFTMAX)
    at.text_input(key="logits").set_value(text).run()
    assert_clean(at)
    assert at.error and not at.get("vega_lite_chart")


@pytest.mark.parametrize("text, key, params", [
    ("<script>alert(1)</script>", "sm.err.not_a_number", {"token": r"\<script\>alert\(1\)\</script\>"}),
    ("1,,2", "sm.err.empty_entry", {"position": 2}),
    ("4, ,3", "sm.err.empty_entry", {"position": 2}),
])
def test_the_message_says_what_is_wrong(text, key, params):
    at = open_page(SOFTMAX)
    at.text_input(key="logits").set_value(text).run()
    assert at.error[0].value == STRINGS[key]["en"].format(**params)


@pytest.mark.parametrize("logits, key, name", [
    ("1, 1, 0", "sm.argmax_tie", "dog"), ("0, 1e-17, -1", "sm.argmax_rounded", "cat"),
    ("0, 2, 1", "sm.argmax_same", "cat"),
])
def test_the_arg_max_caption_comes_from_the_scores(logits, key, name):
    at = open_page(SOFTMAX, logits=logits)
    assert_clean(at)
    params = {"name": name, "names": "dog, cat"} if key == "sm.argmax_tie" else {"name": name}
    assert STRINGS[key]["en"].format(**params) in page_text(at)


def test_stability_table_shows_three_ways_in_float32():
    from explain import softmax as sm
    from ui.charts.softmax import format_number
    at = open_page(SOFTMAX, logits="0.1, 10, 0.1", label="0", stability="true")
    header = STRINGS["sm.col_method"]["en"]
    rows = table_rows(at, header)
    s = sm.stability(np.array([0.1, 10.0, 0.1]), 0)
    assert [r[2] for r in rows] == [format_number(v) for v in (s.naive_loss, s.shifted_loss,
                                                               s.log_softmax_loss, s.gluon_loss)]
    assert [r[0] for r in rows] == [STRINGS[k]["en"] for k in ("sm.naive", "sm.stable", "sm.log_softmax", "sm.gluon")]
    assert "float32" in STRINGS["sm.col_probabilities"]["en"]


def test_the_why_tab_has_d2ls_squared_loss():
    rows = table_rows(open_page(SOFTMAX), STRINGS["sm.col_prediction"]["en"])
    assert [r[1] for r in rows] == ["0.12", "0.16"] and [r[2] for r in rows] == [f"{-math.log(0.6):.4f}"] * 2


def test_the_dense_layer_reaches_d2ls_784_inputs():
    at = open_page(SOFTMAX, tab=LAYER)
    at.button(key="layer_d2l").click().run()
    assert_clean(at)
    assert (at.slider(key="din").value, at.slider(key="dout").value) == (784, 10) == (TABLE["din"].hi, TABLE["dout"].hi)
    text = page_text(at)
    assert "**7840 weights**, plus **10 biases**: **7850 parameters**" in text
    assert STRINGS["sm.layer_drawn"]["en"].format(drawn=7, d=784) in text
    assert_clean(open_page(SOFTMAX, din="784", dout="10", tab=LAYER))


def test_fewer_classes_than_the_remembered_true_class():
    at = open_page(SOFTMAX, logits="1,2,3,4,5", label="4")
    assert at.radio(key="label").value == 4
    at.text_input(key="logits").set_value("1, 2").run()
    assert_clean(at)


def test_softmax_check():
    at = open_page(SOFTMAX)
    at.radio(key="sm_q").set_value("B").run()
    at.button(key="sm_q_reveal").click().run()
    assert at.success and STRINGS["sm.q_why"]["en"] in at.success[0].value


@pytest.mark.parametrize("key", BOUND)
def test_softmax_survives_hostile_links(key):
    opened = {"tab": "A batch" if key in ("bsize", "bseed") else LAYER, "stability": "true"}
    for value in HOSTILE + ["0", "785", "1e-3", "10.01", "0.049", ",,", "1,,2"]:
        assert_clean(open_page(SOFTMAX, **{**opened, key: value}))


def test_repeated_values_in_a_link_are_survived():
    at = open_page(SOFTMAX)
    at.query_params["T"] = ["2", "0.5"]
    at.query_params["label"] = ["2", "0"]
    at.query_params["din"] = ["784", "1"]
    at.run()
    assert_clean(at)
