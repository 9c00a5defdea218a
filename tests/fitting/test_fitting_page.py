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
from ui.params.fitting import ENDS, PRESETS, TABLE as P

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


SETTINGS = ("fdeg", "fnum", "fnoise", "fep", "flr", "fbs", "fwd", "fseed")


def headline(key: str, lang: str = "en") -> str:
    """The bold opening of a verdict's sentence."""
    return STRINGS[key][lang].split("**")[1]


@pytest.mark.parametrize("preset, sgd, closed", [("under", "under", None), ("right", "good", None),
                                                 ("two", "slow", "few"), ("high", "slow", "over")])
def test_presets(preset, sgd, closed):
    """Each preset shows what its name says: SGD's verdict, and the closed form's where only it shows it (issue #18)."""
    from explain import fitting as fx
    at = open_fitting()
    at.button(key=f"fit_preset_{preset}").click().run()
    assert_clean(at)
    settings = {key: DEFAULTS_OF[key] for key in SETTINGS} | PRESETS[preset]
    assert all(at.slider(key=key).value == value for key, value in PRESETS[preset].items())
    scene = fx.judged_scene(*(settings[key] for key in SETTINGS), ENDS)
    assert (scene.verdict.kind, scene.closed.kind if closed else None) == (sgd, closed)
    text = page_text(at)
    assert headline(f"fit.verdict.{sgd}") in text
    assert closed is None or headline(f"fit.closed_verdict.{closed}") in text


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


def check_why(lang: str = "en") -> str:
    """The check's explanation with the numbers it cites (explain.fitting.check_case)."""
    from explain import fitting as fx
    case = fx.check_case(ENDS)
    return STRINGS["fit.q_why"][lang].format(epochs=case["epochs"], **{k: f"{v:.4g}" for k, v in case.items()
                                                                       if isinstance(v, float)})


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_check_answer_is_b(lang):
    at = open_fitting(lang=lang)
    at.radio(key="fit_q").set_value("B").run()
    at.button(key="fit_q_reveal").click().run()
    assert any(check_why(lang) in s.value for s in at.success)


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
    assert check_why() not in page_text(at)
    assert not {"fit_q", "fit_q_shown", "fit_q_reveal"} & set(at.query_params)
    at.radio(key="fit_q").set_value("A").run()
    at.button(key="fit_q_reveal").click().run()
    assert any(check_why() in w.value for w in at.warning)  # A is wrong: the answer is B
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


# --- what the page concludes, against the numbers beside it (issue #18) ----------------------------------------------

def g4(v: float) -> str:
    return f"{v:.4g}"


def sentences(v, fit, epochs: int, lang: str, closed: bool = False) -> list[str]:
    """The sentences explain's verdict asks for, each with the numbers it cites: the kind's, the cause's, every advice."""
    from explain import fitting as fx
    text = lambda key, **kw: STRINGS[key][lang].format(**kw)
    numbers = {key: g4(getattr(v, key)) for key in ("train", "test", "floor", "closed_train", "closed_test",
                                                    "objective", "closed_objective", "free_train")}
    numbers |= {"epochs": epochs, "n": fit.n_train, "degree": fit.degree, "decay": f"{v.decay:g}", "slow": "2",
                "under": "3", "over": "5", "gap": "3", "better": "2", "epoch": fit.diverged_at, "limit": "3.4e+38"}
    assert (fx.SLOW, fx.UNDER, fx.OVER, fx.GAP, fx.BETTER) == (2, 3, 5, 3, 2)
    if v.lower is not None:
        numbers |= {"lower": v.lower[0], "lower_test": g4(v.lower[1])}
    if v.lowest is not None:
        numbers |= {"lowest_epoch": v.lowest[0], "lowest": g4(v.lowest[1])}
    numbers["versus"] = text("fit.versus_decay" if v.decay else "fit.versus", **numbers)
    numbers["model"] = text("fit.model_decay" if v.decay else "fit.model", **numbers)
    numbers["lower_text"] = text("fit.few_lower", **numbers) if v.lower is not None else text("fit.few_none")
    said = [text(f"fit.closed_verdict.{v.kind}" if closed else f"fit.verdict.{v.kind}", **numbers)]
    if v.cause:
        said.append(text(f"fit.cause.{v.cause}", **numbers))
    for a in v.advice:
        said.append(text(f"fit.advice.{a.kind}", value=f"{a.value:g}", train=g4(a.train) if a.train is not None else "",
                         test=g4(a.test) if a.test is not None else ""))
    if not v.advice and v.kind not in ("good", "diverged", "unstable"):
        said.append(text("fit.advice_end" if v.kind == "slow" else "fit.advice_none"))
    return said


ISSUE_LINKS = [  # issue #18's cases (fn is now fnum), the presets' settings, divergence, weight decay
    {}, {"fdeg": "3", "fnum": "10", "fnoise": "0"}, {"fdeg": "0", "fnum": "10"}, {"fdeg": "1"}, {"fwd": "0.3"},
    {"fdeg": "4", "fnoise": "0", "fep": "200", "flr": "0.03", "fseed": "1"}, {"fdeg": "5"},
    {"fdeg": "20", "fnum": "10"}, {"fdeg": "3", "fnum": "2"}, {"fep": "200"}, {"flr": "1"},
    {"fdeg": "8", "fnum": "30", "fnoise": "0.5", "fwd": "0.01", "fseed": "17"},
    # SGD itself overfitting, overfitting from too few samples, neither clearly (found by a sweep)
    {"fdeg": "4", "fnum": "15", "fnoise": "0.5", "fep": "200", "flr": "0.03", "fbs": "5", "fseed": "1"},
    {"fdeg": "4", "fnum": "15", "fnoise": "1", "fep": "200", "flr": "0.1", "fseed": "1"},
    {"fdeg": "4", "fnum": "50", "fnoise": "0.5", "fep": "200", "flr": "0.03", "fwd": "0.3", "fseed": "1"},
    # SGD bouncing (batch 1, steps too large): told a smaller learning rate, not a larger one (fresh review)
    {"fdeg": "17", "fnum": "45", "fnoise": "2", "flr": "0.3", "fbs": "1", "fwd": "1", "fseed": "151"}]


@pytest.mark.parametrize("link, kind", [(ISSUE_LINKS[-4], "over"), (ISSUE_LINKS[-3], "few"), (ISSUE_LINKS[-2], "fair"),
                                        (ISSUE_LINKS[-1], "unstable")])
def test_the_links_meet_every_kind_sgd_can_reach(link, kind):
    from explain import fitting as fx
    values = {key: float(link.get(key, DEFAULTS_OF[key])) for key in SETTINGS}
    settings = [int(values[k]) if k in ("fdeg", "fnum", "fep", "fbs", "fseed") else values[k] for k in SETTINGS]
    assert fx.judged_scene(*settings, ENDS).verdict.kind == kind


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("link", ISSUE_LINKS, ids=lambda link: "&".join(f"{k}={v}" for k, v in link.items()) or "defaults")
def test_the_verdict_is_explains_with_the_numbers_beside_it(link, lang):
    """SGD's verdict and, where it differs, the closed form's: explain's kinds, every sentence with explain's numbers;
    the readout and the closed-form table show the same numbers; the shown code is the page's settings'."""
    from explain import fitting as fx
    at = open_fitting(lang=lang, **link)
    assert_clean(at)
    values = {key: float(link.get(key, DEFAULTS_OF[key])) for key in SETTINGS}
    settings = [int(values[k]) if k in ("fdeg", "fnum", "fep", "fbs", "fseed") else values[k] for k in SETTINGS]
    scene = fx.judged_scene(*settings, ENDS)
    v, fit, epochs = scene.verdict, scene.fit, settings[3]
    text = page_text(at)
    alerts = "\n".join(str(e.value) for kind in ("success", "info", "warning", "error") for e in getattr(at, kind))
    assert all(sentence in alerts for sentence in sentences(v, fit, epochs, lang)), (v, alerts)
    if v.kind != "diverged":
        assert f"{g4(v.train)}" in text and f"{g4(v.test)}" in text  # the readout beside it
    if lang == "zh":  # sentences joined as Chinese joins them: no space, a full-width stop
        assert ". " not in alerts and " 可以尝试" not in alerts
    if scene.closed.kind != v.kind:
        assert all(sentence in text for sentence in sentences(scene.closed, fit, epochs, lang, closed=True))
    else:
        assert not any(headline(f"fit.closed_verdict.{k}", lang) in text for k in ("under", "over", "few", "fair", "good"))
    floor = STRINGS["fit.floor_note"][lang].format(floor=g4(values["fnoise"] ** 2 / 2)) if values["fnoise"] else \
        STRINGS["fit.floor_zero"][lang].format(tiny="1e-06")
    assert floor in text
    assert fx.mxnet_code(*settings).strip() in [c.value.strip() for c in at.code]
    (two_train, two_test), (all_train, all_test) = scene.contrast
    assert STRINGS["fit.notice_data"][lang].format(two_train=g4(two_train), two_test=g4(two_test),
                                                   all_train=g4(all_train), all_test=g4(all_test)) in text
    for gone in ("learnt the noise", "least any model", "slightly higher", "学到了少量训练样本中的噪声", "略高的训练损失"):
        assert gone not in text
    if settings[0] == 0:  # a constant is never told to lower its degree
        assert STRINGS["fit.advice.degree_down"][lang].split(":")[0].split("：")[0] not in text
    if v.kind != "diverged":  # the gap to the closed form is never negative (the closed form is the minimum)
        key = "fit.gap_decay" if values["fwd"] else "fit.gap"
        gap = g4(max(v.objective - v.closed_objective, 0.0))
        assert STRINGS[key][lang].format(epochs=epochs, gap=gap, distance=g4(fit.distance), objective=g4(v.objective),
                                         closed_objective=g4(v.closed_objective), train=g4(v.train),
                                         closed_train=g4(v.closed_train)) in text
        assert not gap.startswith("-")


def test_the_textbook_numbers_are_d2ls_with_their_source():
    from explain import fitting as fx
    at = open_fitting()
    frames = [df.value for df in at.dataframe]
    d2l = next(f for f in frames if "D2L: train / test" in f.columns)
    assert list(d2l["D2L: train / test"]) == ["0.00705 / 0.01168", "43.998 / 160.79", "0.4027 / 103.31"]
    text = page_text(at)
    assert fx.D2L_SOURCE in text and "《动手学深度学习》" in text
    assert "D2L w = (1.3258, -3.3632, 5.5623), b = 4.951" in text
