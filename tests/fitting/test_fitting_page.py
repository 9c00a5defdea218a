"""The fitting page through Streamlit's AppTest: defaults, presets, hostile, repeated and reversed link values for every
control (each alone and all at once), a link that cannot answer the check, a link that reproduces a view, both
languages, projector mode, divergence shown without NaN, and the epoch scrubber living in the chart (no rerun)."""
import json
import math

import numpy as np
import pytest

from conftest import open_page, page_text
from pagetools import HOSTILE, assert_clean
from ui.catalog import STRINGS
from ui.params.fitting import TABLE as P

FITTING = "pages/5_fitting.py"
TIMEOUT = 600  # the first run trains the model-selection sweep and the weight-decay runs (then cached)
# every control and its default, from the page's parameter table (ui/params/fitting.py)
SLIDERS, SELECTS, TOGGLES = ({p.key: p.default for p in P.params if p.kind == kind}
                             for kind in ("slider", "select", "toggle"))
CONTROLS = [*SLIDERS, *SELECTS, *TOGGLES]
GLOBAL = {"lang", "proj"}
DEFAULTS_OF = {**SLIDERS, **SELECTS, **TOGGLES}
ODD = HOSTILE + ["0", "-0", "2.5", "1e-300", "100000", "20,3", "3,20", "1,1", "", "true", "0.1"]


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
    assert f"SGD chooses degree {selection.chosen}**" in text and selection.chosen == 3
    assert f"The closed form chooses degree {selection.chosen_analytic}**" in text
    assert f"its test loss is **{selection.analytic_test:.4g}**" in text
    decay = fx.decay_sweep()[(3.0, False)]
    assert f"‖w‖₂ = {decay.w_norm:.4g}" in text


@pytest.mark.parametrize("preset, degree, n", [("under", 1, 100), ("right", 3, 100), ("two", 3, 2), ("high", 20, 10)])
def test_presets(preset, degree, n):
    from explain import fitting as fx
    at = open_fitting()
    at.button(key=f"fit_preset_{preset}").click().run()
    assert_clean(at)
    assert at.slider(key="fdeg").value == degree and at.slider(key="fnum").value == n
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
    at = open_fitting(lang="zh", proj="true", fdeg="20", fnum="10")
    assert_clean(at)
    text = page_text(at)
    assert "过拟合" in text and "迭代周期" in text
    main = specs(at)[0]
    assert main["config"]["legend"]["labelFontSize"] == 22  # projector type (ui.style.PROJECTOR)


def test_the_check_answer_is_b():
    at = open_fitting()
    at.radio(key="fit_q").set_value("B").run()
    at.button(key="fit_q_reveal").click().run()
    assert any(STRINGS["fit.q_why"]["en"] in s.value for s in at.success)


def notice(at) -> str:
    """The page's notice about link values it could not use ('' when there is none)."""
    prefix = STRINGS["shell.bad_link"]["en"].split("{")[0]
    return "\n".join(i.value for i in at.info if i.value.startswith(prefix))


def took(at, key, raw: str) -> bool:
    """The control shows the value the link gave."""
    if key in SLIDERS:
        try:
            return math.isclose(float(raw), at.slider(key=key).value, rel_tol=1e-9, abs_tol=1e-12)
        except ValueError:
            return False
    if key in SELECTS:
        return raw == f"{at.selectbox(key=key).value:g}"
    return raw.lower() == str(at.toggle(key=key).value).lower()


def assert_legal_view(at, keys):
    """Every control holds a value it offers, the page drew all three charts, and the URL names only this page's controls."""
    assert_clean(at)
    for key in keys:
        if key in SLIDERS:
            s = at.slider(key=key)
            assert s.min <= s.value <= s.max, key
            assert math.isclose((s.value - s.min) / s.step, round((s.value - s.min) / s.step), abs_tol=1e-6), key
        elif key in SELECTS:
            assert f"{at.selectbox(key=key).value:g}" in at.selectbox(key=key).options, key
        else:
            assert at.toggle(key=key).value in (True, False)
    assert len(at.get("vega_lite_chart")) == 3
    assert set(at.query_params) <= set(CONTROLS) | GLOBAL
    assert at.radio(key="fit_q").value is None


@pytest.mark.parametrize("key", CONTROLS)
def test_every_control_survives_hostile_links(key):
    """Defaults and a notice naming the value, never a traceback: or the control takes a value it offers."""
    for value in ODD:
        at = open_fitting(**{key: value})
        assert_legal_view(at, [key])
        assert took(at, key, value) or f"{key}={value}" in notice(at), (key, value, notice(at))


@pytest.mark.parametrize("value", ["0", "🙂", "1e309", "20,3", "true", ""])
def test_every_control_hostile_in_one_link(value):
    at = open_fitting(**{key: value for key in CONTROLS}, fit_q=value, fit_q_shown="true")
    assert_legal_view(at, CONTROLS)
    for key in CONTROLS:
        assert took(at, key, value) or f"{key}={value}" in notice(at), (key, value)


@pytest.mark.parametrize("value", ["B", "A", "true", ""] + HOSTILE)
def test_a_link_cannot_answer_or_reveal_the_check(value):
    at = open_fitting(fit_q=value, fit_q_shown=value or "1", fit_q_reveal="true")
    assert_legal_view(at, [])
    assert not at.radio(key="fit_q").disabled
    assert STRINGS["fit.q_why"]["en"] not in page_text(at)
    assert not {"fit_q", "fit_q_shown", "fit_q_reveal"} & set(at.query_params)
    at.radio(key="fit_q").set_value("A").run()
    at.button(key="fit_q_reveal").click().run()
    assert any(STRINGS["fit.q_why"]["en"] in w.value for w in at.warning)  # A is wrong: the answer is B
    assert "fit_q" not in at.query_params


def test_a_link_reproduces_the_view_and_keeps_every_value():
    from explain import fitting as fx
    link = {"fdeg": "5", "fnum": "40", "fnoise": "0.3", "fep": "60", "flr": "0.003", "fbs": "4", "fwd": "0.01",
            "fseed": "7", "fk": "4", "fcvn": "80", "flam": "1", "fdecb": "true"}
    at = open_fitting(**link)
    assert_legal_view(at, CONTROLS)
    assert not notice(at)
    assert all(took(at, key, value) for key, value in link.items())
    assert {k: (v if isinstance(v, str) else v[0]) for k, v in at.query_params.items()} == link
    _, fit = fx.fit_scene(5, 40, 0.3, 60, 0.003, 4, 0.01, 7)
    text = page_text(at)
    assert f"training loss {fit.train_loss[-1]:.4g} · test loss {fit.test_loss[-1]:.4g}" in text
    run = fx.decay_sweep()[(1.0, True)]
    assert f"‖w‖₂ = {run.w_norm:.4g}" in text


def test_repeated_and_reversed_values_in_a_link():
    """A control takes one value: a key given twice (either order) leaves the default and is named in the notice."""
    repeated = {"fdeg": ["20", "3"], "fnum": ["2", "100"], "fnoise": ["0.1", "2"], "fep": ["100", "5"],
                "flr": ["0.1", "0.01"], "fbs": ["1", "10"], "fwd": ["0", "3"], "fseed": ["3", "3"],
                "fk": ["10", "2"], "fcvn": ["20", "100"], "flam": ["0", "5"], "fdecb": ["true", "false"]}
    for order in (1, -1):
        at = open_page(FITTING, timeout=TIMEOUT)
        for key, values in repeated.items():
            at.query_params[key] = values[::order]
        at.run()
        assert_legal_view(at, CONTROLS)
        for key, values in repeated.items():
            assert f"{key}={','.join(values[::order])}" in notice(at), key
            assert took(at, key, f"{DEFAULTS_OF[key]:g}" if key not in TOGGLES else "false"), key


def test_few_samples_show_the_closed_forms_u_and_sgds_flat_curve():
    from explain import fitting as fx
    at = open_fitting(fk="2", fcvn="20")
    assert_clean(at)
    scene = fx.selection_scene(2, 20)
    text = page_text(at)
    assert STRINGS["fit.sel_interpolates"]["en"].format(degree=9, m=10) in text
    assert f"The closed form chooses degree {scene.chosen_analytic}**" in text and scene.chosen_analytic == 3
    assert f"SGD chooses degree {scene.chosen}**" in text
    assert STRINGS["fit.sel_shallow"]["en"].format(m=10) in text
