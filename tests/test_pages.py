"""Every page through Streamlit's AppTest: defaults, presets, bad input, hostile links, both languages."""
import numpy as np
import pytest

from conftest import open_page, page_text
from explain import broadcasting as bc
from ui import shell
from ui.catalog import STRINGS

BROADCASTING = "pages/1_broadcasting.py"
HOSTILE = ["<script>alert(1)</script>", "'; DROP TABLE x; --", "{__import__('os')}", "9" * 300, "%00", "NaN",
           "-1", "1e309", "()()", "🙂"]


def assert_clean(at):
    assert not at.exception, [e.value for e in at.exception]


def test_landing_page_offers_a_card_per_topic_in_both_languages():
    for lang in ("en", "zh"):
        at = open_page("app.py", lang=lang)
        assert_clean(at)
        text = page_text(at)
        assert STRINGS["home.for"][lang][:20] in text
        for topic in shell.TOPICS:
            assert STRINGS[topic.name + ".idea"][lang] in text


def test_every_page_opens_cleanly_in_every_mode():
    for page in shell.PAGES:
        for params in ({}, {"lang": "zh"}, {"proj": "true"}, {"lang": "zh", "proj": "true"}):
            at = open_page(page.script, **params)
            assert_clean(at)
            assert at.title[0].value == STRINGS[page.name + ".title"][params.get("lang", "en")]


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
    link = [c.value for c in at.code][-1]
    for part in ("n=3", "a=2%2C1", "b=1%2C3", "c=3", "predict=false", "lang=zh"):
        assert part in link


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


# --- activations -------------------------------------------------------------------------------

ACTIVATIONS = "pages/2_activations.py"


def test_activations_defaults_show_sigmoid_at_zero():
    at = open_page(ACTIVATIONS)
    assert_clean(at)
    text = page_text(at)
    assert "f(0) = 0.5  ·  f′(0) = 0.25" in text
    assert STRINGS["act.note.sigmoid"]["en"] in text
    assert "sigmoid′ is largest at x = 0, where it equals **0.25**" in text
    assert len(at.get("vega_lite_chart")) == 2
    assert STRINGS["act.vanish"]["en"].split("{")[0] in text


@pytest.mark.parametrize("name", list(__import__("explain.activations", fromlist=["NAMES"]).NAMES))
def test_every_function_renders_with_autograd_numbers(name):
    from explain import activations as act
    at = open_page(ACTIVATIONS, fn=act.REGISTRY[name].label, x0="1.3", alpha="0.2")
    assert_clean(at)
    y, dy = act.evaluate(name, [1.3], 0.2)
    assert f"f(1.3) = {y[0]:.6g}  ·  f′(1.3) = {dy[0]:.6g}" in page_text(at)
    assert act.probe_code(name, 1.3, 0.2).strip() in [c.value.strip() for c in at.code]
    assert act.REGISTRY[name].derivative_formula in [m.value.strip("$\n") for m in at.latex]


def test_relu_kink_is_explained():
    at = open_page(ACTIVATIONS, fn="ReLU")
    assert_clean(at)
    assert STRINGS["act.kink.relu"]["en"].format(value="0") in [i.value for i in at.info]


def test_compare_mode_draws_three_functions():
    at = open_page(ACTIVATIONS, compare=["ReLU", "tanh"])
    assert_clean(at)
    assert at.multiselect(key="compare").value == ["relu", "tanh"]
    at.multiselect(key="compare").set_value(["gelu"]).run()
    assert_clean(at)


def test_depth_demo_states_first_and_last_layer():
    from explain import activations as act
    at = open_page(ACTIVATIONS, dfn="ReLU", init="He √(2/n)", depth="12", width="32", seed="5")
    assert_clean(at)
    result = act.depth_gradients("relu", 12, 32, act.init_scale("he", 32, 1.0), 5, 0.1)
    text = page_text(at)
    assert f"**{result.first:.3e}** at layer 1 and **{result.last:.3e}** at layer 12" in text
    assert STRINGS["act.stable"]["en"].format(ratio=f"{result.ratio:.2e}") in text
    at.radio(key="init").set_value("custom").run()
    at.slider(key="sigma").set_value(2.0).run()
    assert STRINGS["act.explode"]["en"].split("{")[0] in page_text(at)


def test_activation_check_reveals_the_answer():
    at = open_page(ACTIVATIONS)
    at.radio(key="act_q").set_value("C").run()
    at.button(key="act_q_reveal").click().run()
    assert_clean(at)
    assert at.warning and "0.25" in at.warning[0].value
    at.radio(key="act_q").set_value("A").run()
    assert at.success and STRINGS["act.q_why"]["en"] in at.success[0].value


@pytest.mark.parametrize("key", ["fn", "compare", "xr", "x0", "alpha", "dfn", "depth", "width", "init", "sigma",
                                 "seed", "act_q"])
def test_activations_survive_hostile_links(key):
    for value in HOSTILE:
        at = open_page(ACTIVATIONS, **{key: value})
        assert_clean(at)
    at = open_page(ACTIVATIONS, **{key: "999999"})
    assert_clean(at)
    assert at.info and f"{key}=999999" in at.info[0].value


# --- softmax -------------------------------------------------------------------------------------

SOFTMAX = "pages/3_softmax.py"


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


def test_typed_text_cannot_inject_markdown():
    from ui.i18n import plain
    assert plain("[x](y) *b*") == r"\[x\]\(y\) \*b\*"
    at = open_page(SOFTMAX, names="![img](http://e.org/a.png), **b**, c", label="0")
    assert_clean(at)
    readout = next(m.value for m in at.markdown if m.value.startswith("**p("))
    assert "![img](" not in readout and r"\!\[img\]" in readout
    at = open_page(BROADCASTING, a="[x](http://e.org)")
    assert "[x](" not in at.error[0].value
