"""The activations page through Streamlit's AppTest: defaults, presets, bad input, hostile links, both languages."""
import pytest

from conftest import open_page, page_text
from explain import activations as act
from pagetools import ACTIVATIONS, HOSTILE, assert_clean
from ui.catalog import STRINGS
from ui.params.activations import TABLE as P


def lo(key: str) -> str:
    """The lowest value of a slider or the first option, as the URL spells it."""
    param = P[key]
    return param.url_value(param.options[0] if param.options else param.lo)[0]


def hi(key: str) -> str:
    """The highest value of a slider or the last option, as the URL spells it."""
    param = P[key]
    return param.url_value(param.options[-1] if param.options else param.hi)[0]


def test_activations_defaults_show_sigmoid_at_zero():
    at = open_page(ACTIVATIONS)
    assert_clean(at)
    text = page_text(at)
    assert "f(0) = 0.5  ·  f′(0) = 0.25" in text
    assert not any(m.value.lstrip().startswith("#") for m in at.markdown)  # the readout is no heading
    assert STRINGS["act.note.sigmoid"]["en"] in text
    assert "sigmoid′ is largest at x = 0, where it equals **0.25**" in text
    assert len(at.get("vega_lite_chart")) == 2
    assert STRINGS["act.vanish"]["en"].split("{")[0] in text


@pytest.mark.parametrize("name", P["fn"].options)
def test_every_function_renders_with_autograd_numbers(name):
    at = open_page(ACTIVATIONS, fn=P["fn"].url_value(name)[0], x0="1.3", alpha="0.2")
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
    at = open_page(ACTIVATIONS, dfn="ReLU", init="He √(2/n)", depth="12", width="32", seed="5")
    assert_clean(at)
    result = act.depth_gradients("relu", 12, 32, act.init_scale("he", 32, 1.0), 5, 0.1)
    text = page_text(at)
    assert f"**{result.first:.3e}** at layer 1 and **{result.last:.3e}** at layer 12" in text
    assert result.verdict == "stable"
    assert STRINGS["act.stable"]["en"].format(ratio=f"{result.weight_ratio:.2e}") in text
    assert STRINGS["act.depth_delta"]["en"].format(ratio=f"{result.ratio:.2e}", gain=f"{result.gain:.3g}") in text
    at.radio(key="init").set_value("custom").run()
    at.slider(key="sigma").set_value(2.0).run()
    # ReLU is positively homogeneous: every layer's weight gradient grows alike, all huge next to the weights
    big = act.depth_gradients("relu", 12, 32, 2.0, 5, 0.1)
    assert big.verdict == "explode_all"
    assert STRINGS["act.explode_all"]["en"].format(ratio=f"{big.weight_ratio:.2e}") in page_text(at)


def test_activation_check_reveals_the_answer():
    at = open_page(ACTIVATIONS)
    at.radio(key="act_q").set_value("A").run()
    at.button(key="act_q_reveal").click().run()
    assert_clean(at)
    assert at.warning and "0.25" in at.warning[0].value and "B" in at.warning[0].value
    at = open_page(ACTIVATIONS)
    at.radio(key="act_q").set_value("B").run()
    at.button(key="act_q_reveal").click().run()
    assert at.success and STRINGS["act.q_why"]["en"] in at.success[0].value


@pytest.mark.parametrize("key", P.keys())
def test_activations_survive_hostile_links(key):
    for value in HOSTILE:
        at = open_page(ACTIVATIONS, **{key: value})
        assert_clean(at)
    at = open_page(ACTIVATIONS, **{key: "999999"})
    assert_clean(at)
    assert at.info and f"{key}=999999" in at.info[0].value


def info_texts(at):
    return [i.value for i in at.info]


@pytest.mark.parametrize("ends", [["6", "6"], ["20", "20"], ["-20", "-20"], ["0", "0"]])
def test_equal_handles_show_a_widened_range_and_say_so(ends):
    at = open_page(ACTIVATIONS, xr=ends)
    assert_clean(at)
    a = float(ends[0])
    lo, hi = a - 0.5, a + 0.5
    assert STRINGS["act.range_equal"]["en"].format(a=f"{a:g}", lo=f"{lo:g}", hi=f"{hi:g}") in info_texts(at)
    assert f"On [{lo:g}, {hi:g}], sigmoid′" in page_text(at)
    assert len(at.get("vega_lite_chart")) == 2


@pytest.mark.parametrize("ends", [["5", "-5"], ["20", "-20"], ["0.5", "-0.5"]])
def test_reversed_range_is_put_in_order_and_said(ends):
    at = open_page(ACTIVATIONS, xr=ends)
    assert_clean(at)
    b, a = sorted(float(e) for e in ends)
    assert STRINGS["act.range_reversed"]["en"].format(a=ends[0], b=ends[1], lo=f"{b:g}", hi=f"{a:g}") in info_texts(at)
    assert f"On [{b:g}, {a:g}], sigmoid′ is largest at x = 0" in page_text(at)


@pytest.mark.parametrize("params", [
    {"xr": ["3", "1", "2"]}, {"xr": ["2", "1", "3", "4"]}, {"xr": ["-30", "30"]}, {"xr": ["5"]},
    {"compare": ["tanh", "ReLU", "tanh"]}, {"compare": ["GELU", "tanh", "ELU"]}, {"compare": ["sigmoid"]},
    {"fn": ["ReLU", "tanh"]}, {"x0": ["1", "2"]}, {"depth": ["50", "2"]}, {"init": ["He √(2/n)", "σ"]},
    {"dfn": ["identity", "ReLU"]}, {"width": ["256", "16"]}])
def test_out_of_order_and_repeated_link_values_never_break_the_page(params):
    at = open_page(ACTIVATIONS, **params)
    assert_clean(at)
    assert len(at.get("vega_lite_chart")) == 2


EXTREMES = [{"x0": lo("x0")}, {"x0": hi("x0")}, {"x0": lo("x0"), "xr": [lo("xr")] * 2},
            {"x0": hi("x0"), "xr": [hi("xr")] * 2},
            {"alpha": lo("alpha"), "fn": "ELU"}, {"alpha": hi("alpha"), "fn": "Leaky ReLU"},
            {"alpha": lo("alpha"), "dfn": "ELU"},
            {"sigma": lo("sigma"), "depth": hi("depth")}, {"sigma": hi("sigma"), "depth": hi("depth"), "width": hi("width")},
            {"depth": lo("depth")}, {"seed": hi("seed")}, {"seed": lo("seed")},
            {"width": lo("width"), "init": "He √(2/n)", "depth": hi("depth")},
            {"dfn": "identity", "sigma": hi("sigma"), "depth": hi("depth"), "width": hi("width")},
            {"dfn": "identity", "sigma": lo("sigma"), "depth": hi("depth")},
            {"dfn": "softplus", "sigma": hi("sigma"), "depth": hi("depth")},
            {"fn": "identity", "compare": ["GELU", "swish / SiLU"], "xr": [lo("xr"), hi("xr")], "x0": lo("x0")}]


@pytest.mark.parametrize("params", EXTREMES)
def test_extremes_of_every_control(params):
    at = open_page(ACTIVATIONS, **params)
    assert_clean(at)
    assert not at.error
    text = page_text(at)
    assert "nan" not in text.lower().replace("nanmean", "")


def test_identity_depth_shows_d2ls_example_and_judges_from_weight_gradients():
    at = open_page(ACTIVATIONS, dfn="identity", sigma="0.03", depth="30")
    assert_clean(at)
    result = act.depth_gradients("identity", 30, 64, 0.03, 0)
    assert result.verdict == "vanish_all"
    text = page_text(at)
    assert STRINGS["act.vanish_all"]["en"].format(ratio=f"{result.weight_ratio:.2e}") in text
    assert STRINGS["act.depth_identity"]["en"].format(expected="0.24") in info_texts(at)


def test_symmetry_tables_show_the_trained_weights():
    at = open_page(ACTIVATIONS)
    assert_clean(at)
    tables = at.get("table")
    assert len(tables) == 2
    for element, start in zip(tables, ("equal", "random")):
        shown = element.value.to_numpy(dtype=float)
        assert shown == pytest.approx(act.symmetry(start).weights, abs=5e-7)
    text = page_text(at)
    assert "Largest difference between two units: **0**." in text
    assert act.symmetry_code("equal").strip() in [c.value.strip() for c in at.code]


def test_peak_notes_say_plateau_and_edge():
    at = open_page(ACTIVATIONS, fn="ReLU")
    assert "ReLU′ takes its largest value, **1**, for every x with 0 < x ≤ 6" in page_text(at)
    assert "largest at x = 0.03" not in page_text(at)
    at = open_page(ACTIVATIONS, fn="softplus")
    assert "softplus′ is largest at the range's edge x = 6" in page_text(at)


def test_chinese_page_has_no_inflection_point_for_a_kink():
    at = open_page(ACTIVATIONS, fn="ReLU", lang="zh")
    assert_clean(at)
    text = page_text(at)
    assert "拐点" not in text and "折点" in text
    assert "仿射" in text
