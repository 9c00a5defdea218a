"""The linear-regression page through AppTest: its numbers against explain, D2L's preset, divergence told without NaN,
hostile and repeated link values for every control (from its parameter table), both languages, projector mode,
the check answered by running it, the scrubber living in the chart (a Vega-Lite parameter)."""
import json

import numpy as np
import pytest

from conftest import open_page, page_text
from pagetools import HOSTILE, assert_clean, assert_controls_legal, link_notice, took_link_value, widget_value
from ui.params.linreg import D2L, TABLE

LINREG = "pages/2_linreg.py"
TIMEOUT = 120
CONTROLS = TABLE.keys()
ODD = HOSTILE + ["0", "-0", "2.5", "1e-300", "100000", "1,1", "", "true", "0.1", "far", "ZEROS"]


def open_linreg(**params):
    return open_page(LINREG, timeout=TIMEOUT, **params)


def specs(at):
    return [json.loads(chart.proto.spec) for chart in at.get("vega_lite_chart")]


def test_defaults_are_d2ls_and_match_explain():
    from explain import linreg as lx
    at = open_linreg()
    assert_clean(at)
    lesson = lx.lesson(0.03, 10, 3, 0.01, 0, "d2l")
    text = page_text(at)
    run = lesson.scratch
    assert f"training loss {run.loss[-1]:.4g}**" in text
    assert f"w = ({run.w[-1][0]:.4f}, {run.w[-1][1]:.4f}) · b = {run.b[-1]:.4f}" in text
    assert f"2 / {lesson.curvature:.4g} = **{lesson.lr_limit:.4g}**" in text
    assert f"σ²/2 = {0.01**2 / 2:.4g}" in text and f"the closed form's, {lesson.quadratic.floor:.4g}:" in text
    assert f"on these very examples {lesson.true_loss:.4g})" in text
    assert "**At the floor:**" in text and f"SGD's {run.loss[-1]:.4g} is {run.loss[-1] / lesson.quadratic.floor:.3f}×" in text
    assert f"the loss falls from {run.loss[0]:.4g} before training to {run.loss[-1]:.4g} after three epochs" in text
    assert f"{lesson.difference:.2g}" in text
    assert lx.mxnet_code(0.03, 10, 3, 0.01, 0, "d2l").strip() in [c.value.strip() for c in at.code]
    frames = at.dataframe
    epochs = frames[1].value
    assert [float(v) for v in epochs.iloc[:, 1]] == pytest.approx(list(run.epoch_loss), rel=1e-3)
    main = specs(at)[0]
    (param,) = main["params"]
    assert param["name"] == "step" and param["bind"]["input"] == "range" and param["value"] == param["bind"]["max"] == 300
    assert len(specs(at)) == 2


def test_the_d2l_button_restores_d2ls_settings():
    at = open_linreg(linlr="0.3", linbs="50", linep="7", linnoise="0.5", linseed="9", lininit="far")
    at.button(key="lin_d2l").click().run()
    assert_clean(at)
    for key, value in D2L.items():
        widget = at.radio(key=key) if key == "lininit" else at.selectbox(key=key) if key == "linlr" else at.slider(key=key)
        assert widget.value == value, key


@pytest.mark.parametrize("lr", ["2", "3"])
def test_a_learning_rate_too_high_is_told_as_divergence_never_nan(lr):
    from explain import linreg as lx
    at = open_linreg(linlr=lr)
    assert_clean(at)
    run = lx.sgd_path(float(lr), 10, 3)
    text = page_text(at)
    assert f"Training diverged** at step {run.diverged_at}" in text
    gluon = lx.sgd_path(float(lr), 10, 3, engine="gluon")
    assert f"Both implementations diverged: from scratch at step {run.diverged_at}, Gluon at step {gluon.diverged_at}" in text
    assert f"{lx.lesson(float(lr), 10, 3, 0.01, 0, 'd2l').relative_difference:.2g} relative" in text
    assert "nan" not in text.lower().replace("nanjing", "")
    for spec in specs(at):
        rows = [r for rows in spec.get("datasets", {}).values() for r in rows]
        assert all(v is None or np.isfinite(v) for r in rows for v in r.values() if isinstance(v, float))


def test_chinese_and_projector_mode():
    at = open_linreg(lang="zh", proj="true", linbs="1000")
    assert_clean(at)
    text = page_text(at)
    for term in ("线性回归", "平方损失", "小批量随机梯度下降", "学习率", "批量大小", "迭代周期", "超参数", "解析解", "数值解"):
        assert term in text, term  # D2L's terms, on the page (not only in a tooltip)


def test_the_check_is_answered_by_running_it():
    at = open_linreg()
    at.radio(key="lin_q").set_value("C").run()
    at.button(key="lin_q_reveal").click().run()
    assert_clean(at)
    assert any("the loss passes 1e30 at step" in s.value for s in at.success)


def notice(at) -> str:
    return link_notice(at)


def value_of(at, key):
    return widget_value(at, TABLE[key])


def took(at, key, raw: str) -> bool:
    return took_link_value(at, TABLE[key], raw)


def assert_legal_view(at, keys):
    assert_clean(at)
    assert_controls_legal(at, TABLE, keys)
    assert len(at.get("vega_lite_chart")) == 2
    assert at.radio(key="lin_q").value is None


@pytest.mark.parametrize("key", CONTROLS)
def test_every_control_survives_hostile_links(key):
    for value in ODD:
        at = open_linreg(**{key: value})
        assert_legal_view(at, [key])
        assert took(at, key, value) or f"{key}={value}" in notice(at), (key, value, notice(at))


@pytest.mark.parametrize("value", ["0", "🙂", "1e309", "true", ""])
def test_every_control_hostile_in_one_link(value):
    at = open_linreg(**{key: value for key in CONTROLS}, lin_q=value, lin_q_shown="true")
    assert_legal_view(at, CONTROLS)
    for key in CONTROLS:
        assert took(at, key, value) or f"{key}={value}" in notice(at), (key, value)


def test_a_link_reproduces_the_view_and_keeps_every_value():
    from explain import linreg as lx
    link = {"linlr": "0.1", "linbs": "25", "linep": "5", "linnoise": "0.2", "linseed": "7", "lininit": "far"}
    at = open_linreg(**link)
    assert_legal_view(at, CONTROLS)
    assert not notice(at)
    assert {k: (v if isinstance(v, str) else v[0]) for k, v in at.query_params.items()} == link
    run = lx.lesson(0.1, 25, 5, 0.2, 7, "far").scratch
    assert f"training loss {run.loss[-1]:.4g}**" in page_text(at)
    assert lx.mxnet_code(0.1, 25, 5, 0.2, 7, "far").strip() in [c.value.strip() for c in at.code]


def test_repeated_values_in_a_link_leave_the_default_and_are_named():
    repeated = {"linlr": ["0.3", "0.03"], "linbs": ["1", "10"], "linep": ["2", "3"], "linnoise": ["0.5", "0.01"],
                "linseed": ["3", "3"], "lininit": ["far", "d2l"]}
    at = open_page(LINREG, timeout=TIMEOUT)
    for key, values in repeated.items():
        at.query_params[key] = values
    at.run()
    assert_legal_view(at, CONTROLS)
    for key, values in repeated.items():
        assert f"{key}={','.join(values)}" in notice(at), key
        assert value_of(at, key) == D2L[key], key


def test_moving_a_control_updates_every_section_below_it():
    """The controls are not in a fragment: the tables, the scatter and the code follow them too."""
    from explain import linreg as lx
    at = open_linreg()
    at.slider(key="linseed").set_value(5).run()
    assert_clean(at)
    assert lx.mxnet_code(0.03, 10, 3, 0.01, 5, "d2l").strip() in [c.value.strip() for c in at.code]
    run = lx.lesson(0.03, 10, 3, 0.01, 5, "d2l").scratch
    assert [float(v) for v in at.dataframe[1].value.iloc[:, 1]] == pytest.approx(list(run.epoch_loss), rel=1e-3)


# (link, explain's kind, the sentence's start in English and Chinese, the numbers it must cite)
OUTCOMES = [
    ({}, "floor", "**At the floor:**", "**已到下限：**"),
    ({"linlr": "3"}, "diverged", "**Training diverged** at step", "**训练发散**于第"),
    ({"linbs": "1000", "lininit": "far"}, "falling", "**Not at the bottom yet:**", "**还没到谷底：**"),
    ({"linbs": "1", "linep": "10"}, "floor", "**At the floor:**", "**已到下限：**"),
    ({"linnoise": "1"}, "floor", "**At the floor:**", "**已到下限：**"),
    ({"linlr": "1"}, "noisy", "**Held up by the minibatches' noise:**", "**被小批量的噪声托住了：**"),
    ({"linlr": "2", "linbs": "1000"}, "over", "**Heading for divergence:**", "**正在走向发散：**"),
    ({"linlr": "1", "linbs": "1"}, "diverged", "**Training diverged** at step", "**训练发散**于第"),
    ({"linlr": "1", "linbs": "2"}, "growing", "**The loss grew**", "**损失变大了**"),
]


@pytest.mark.parametrize("link, kind, en, zh", OUTCOMES, ids=[str(o[0]) for o in OUTCOMES])
def test_the_page_says_what_the_run_did_with_its_numbers(link, kind, en, zh):
    """The sentence under the chart is explain's kind for these settings, citing explain's numbers, in both languages."""
    from explain import linreg as lx
    settings = {**D2L, **{k: type(D2L[k])(v) if k != "lininit" else v for k, v in link.items()}}
    lesson = lx.lesson(*settings.values())
    o = lesson.outcome
    assert o.kind == kind
    for lang, start in (("en", en), ("zh", zh)):
        at = open_linreg(lang=lang, **link)
        assert_clean(at)
        text = page_text(at)
        assert start in text, (lang, text[:400])
        starts = {entry[2 if lang == "en" else 3] for entry in OUTCOMES}
        assert [s for s in starts if s in text] == [start]  # one verdict, not two
        if kind == "diverged":
            assert f" {lesson.scratch.diverged_at}" in text
            if o.cause == "full":
                assert f"= {o.factor:.3g} > 1" in text
            else:
                assert f"{2 / lesson.batch_curvature:.4g}" in text and f"{lesson.lr_limit:.4g}" in text
        else:
            assert f"{o.final:.4g}" in text
        if kind in ("noisy", "falling") and int(settings["linbs"]) < lx.N:
            assert f"{o.gd:.4g}" in text
        if kind == "over":
            assert f"{o.start:.4g}" in text and f"{o.factor:.3g}" in text
