"""The activations page through Streamlit's AppTest: defaults, presets, bad input, hostile links, both languages."""
import pytest

from conftest import open_page, page_text
from pagetools import ACTIVATIONS, HOSTILE, assert_clean
from ui.catalog import STRINGS


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
