"""The fitting page through Streamlit's AppTest: defaults, presets, hostile links for every control, both languages,
projector mode, divergence shown without NaN, and the epoch scrubber living in the chart (no widget, no rerun)."""
import json

import numpy as np
import pytest

from conftest import open_page, page_text
from pagetools import HOSTILE, assert_clean
from ui.catalog import STRINGS

FITTING = "pages/4_fitting.py"
TIMEOUT = 600  # the first run trains the model-selection sweep and the weight-decay runs (then cached)
CONTROLS = ["fdeg", "fn", "fnoise", "fep", "flr", "fbs", "fwd", "fseed", "fk", "fcvn", "flam", "fdecb", "fit_q"]
ODD = HOSTILE + ["0", "-0", "2.5", "1e-300", "100000", "20,3", "3,20", "1,1", ""]


def open_fitting(**params):
    return open_page(FITTING, timeout=TIMEOUT, **params)


def specs(at):
    return [json.loads(chart.proto.spec) for chart in at.get("vega_lite_chart")]


def test_defaults_are_d2l_cubic_and_match_explain():
    from explain import fitting as fx
    at = open_fitting()
    assert_clean(at)
    data, fit = fx.fit_scene(3, 100, 0.1, 100, 0.01, 10, 0.0, 0)
    text = page_text(at)
    assert f"training loss {fit.train_loss[-1]:.4g} · test loss {fit.test_loss[-1]:.4g}" in text
    assert STRINGS["fit.verdict.good"]["en"].split("**")[1] in text
    assert len(at.get("vega_lite_chart")) == 3
    assert fx.mxnet_code(3, 100, 0.1, 100, 0.01, 10, 0.0, 0).strip() in [c.value.strip() for c in at.code]
    # the scrubber is a Vega-Lite parameter bound to a range input, not a Streamlit widget
    main = specs(at)[0]
    (param,) = [p for p in main["params"] if p["name"] == "epoch"]
    assert param["bind"]["input"] == "range" and param["bind"]["max"] == 100 and param["value"] == 100
    assert "description" in main
    selection = fx.selection_scene(5, 100)
    assert f"Chosen degree: {selection.chosen}" in text and selection.chosen == 3
    decay = fx.decay_sweep()[(3.0, False)]
    assert f"‖w‖₂ = {decay.w_norm:.4g}" in text


@pytest.mark.parametrize("preset, degree, n", [("under", 1, 100), ("right", 3, 100), ("two", 3, 2), ("high", 20, 10)])
def test_presets(preset, degree, n):
    from explain import fitting as fx
    at = open_fitting()
    at.button(key=f"fit_preset_{preset}").click().run()
    assert_clean(at)
    assert at.slider(key="fdeg").value == degree and at.slider(key="fn").value == n
    _, fit = fx.fit_scene(degree, n, 0.1, 100, 0.01, 10, 0.0, 0)
    kind, _ = fx.verdict(fit.train_loss[-1], fit.test_loss[-1], 0.1)
    assert kind == {"under": "under", "right": "good", "two": "over", "high": "over"}[preset]
    assert STRINGS[f"fit.verdict.{kind}"]["en"].split("**")[1] in page_text(at)


def test_a_learning_rate_too_high_is_shown_as_divergence_never_nan():
    at = open_fitting(flr="1")
    assert_clean(at)
    text = page_text(at)
    assert "Training diverged** at epoch" in text
    assert "nan" not in text.lower().replace("nanjing", "")
    for spec in specs(at)[:1]:
        rows = [r for rows in spec.get("datasets", {}).values() for r in rows]
        assert all(v is None or np.isfinite(v) for r in rows for v in r.values() if isinstance(v, float))


def test_chinese_and_projector_mode():
    at = open_fitting(lang="zh", proj="true", fdeg="20", fn="10")
    assert_clean(at)
    text = page_text(at)
    assert "过拟合" in text and "迭代周期" in text
    main = specs(at)[0]
    assert main["hconcat"][0]["width"] >= 400  # projector panels are larger


def test_the_check_answer_is_b():
    at = open_fitting()
    at.radio(key="fit_q").set_value("B").run()
    at.button(key="fit_q_reveal").click().run()
    assert any(STRINGS["fit.q_why"]["en"] in s.value for s in at.success)


@pytest.mark.parametrize("key", CONTROLS)
def test_every_control_survives_hostile_links(key):
    for value in ODD:
        at = open_fitting(**{key: value})
        assert_clean(at)
        assert at.get("vega_lite_chart")


def test_repeated_and_reversed_values_in_a_link():
    at = open_page(FITTING, timeout=TIMEOUT)
    at.query_params["fdeg"] = ["20", "3"]
    at.query_params["fn"] = ["100", "2"]
    at.run()
    assert_clean(at)
