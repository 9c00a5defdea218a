"""The autograd page through AppTest: every number against explain, every control (from its parameter table), typed
x refused with a reason or overflow named (never NaN drawn), hostile and repeated link values, both languages and
projector mode, the check, the graph's step slider living in the chart (a Vega-Lite parameter)."""
import json

import numpy as np
import pyarrow as pa
import pytest

from conftest import open_page, page_text
from pagetools import HOSTILE, assert_clean, assert_controls_legal, link_notice, took_link_value, widget_value
from ui.catalog import STRINGS
from ui.charts.autograd import STEP, number
from ui.params.autograd import TABLE

AUTOGRAD = "pages/7_autograd.py"
TIMEOUT = 120
CONTROLS = TABLE.keys()
ODD = HOSTILE + ["0", "-0", "2.5", "1e-300", "100000", "1,1", "", "true", "0.1", "RELU", "ones"]


def open_autograd(**params):
    return open_page(AUTOGRAD, timeout=TIMEOUT, **params)


def charts(at):
    return at.get("vega_lite_chart")


def table_of(chart):
    return pa.ipc.open_stream(chart.proto.data.data).read_all().to_pandas()


def cells(chart, kind):
    t = table_of(chart)
    return list(t[(t.layer == "cell") & (t.kind == kind)].text)


def code_of(at):
    return at.code[0].value if at.code else ""


def test_defaults_match_explain():
    from explain import autograd as ag
    at = open_autograd()
    assert_clean(at)
    shown = charts(at)
    assert len(shown) == 3
    assert cells(shown[0], "input") == ["0", "1", "2", "3"] and cells(shown[0], "output") == ["28"]
    assert cells(shown[0], "grad") == ["0", "4", "8", "12"]  # x.grad = 4x
    assert cells(shown[1], "grad") == ["0", "2", "4", "6"] and cells(shown[1], "head") == ["1"] * 4
    text = page_text(at)
    path = ag.control_flow(1.0)
    assert f"**a.grad = {path.grad:.7g}**" in text and "doubled b **9** times" in text
    g = ag.graph("relu", 0.1, 0.5, 0)
    assert f"J = {number(g.value['J'])} (L = {number(g.value['L'])}, s = {number(g.value['s'])})" in text
    assert f"**J: {number(g.value['J'])} → {number(g.after['J'])}**" in text
    m = ag.memory()
    assert f"**{m.kept:,} bytes**" in text and f"**{m.predict_peak:,} bytes**" in text
    deeper = ag.memory(ag.DEEPER)
    assert f"parameters ({m.params:,} bytes)" in text and f"their gradients ({m.grads:,} bytes" in text
    assert f"training keeps {deeper.kept:,} bytes while prediction's peak stays {deeper.predict_peak:,}" in text
    assert code_of(at).strip() == ag.mxnet_code(ag.parse_x(ag.DEFAULT_X), "ones", 1.0, "relu", 0.1, 0.5, 0).strip()
    spec = json.loads(shown[2].proto.spec)
    (param,) = spec["params"]
    assert param["name"] == STEP and param["bind"]["input"] == "range"
    frames = at.dataframe
    assert [int(v.replace(",", "")) for v in frames[0].value.iloc[:, 2]] == [r[2] for r in m.rows]
    graph = table_of(shown[2])
    grads = graph[graph.layer == "grad"].set_index("node").text
    assert set(grads.index) == set(g.grad)
    for node, grad in g.grad.items():  # every gradient drawn is explain's (autograd's) to the digits shown
        numbers = grads[node].replace("[", "").replace("]", "").replace(",", " ").split()[1:]
        assert numbers[-np.size(grad):] == [number(v) for v in np.ravel(grad)], node
    values = graph[graph.layer == "value"].set_index("node").text
    for node in ("x", "z", "h", "o"):
        assert values[node] == "\n".join(number(v) for v in g.value[node]), node
    steps = graph[graph.layer == "readout"].text.tolist()
    assert len(steps) == param["bind"]["max"] + 1 and "∂J/∂h = W⁽²⁾ᵀ ∂J/∂o" in "\n".join(steps)
    after = frames[1].value if len(frames) > 1 else None
    assert after is not None and list(after.iloc[:, 3]) == [", ".join(map(number, row)) for name in ("W1", "W2")
                                                           for row in g.after[name]]


@pytest.mark.parametrize("text, reason", [("", "ag.err.empty"), ("abc", "ag.err.not_a_number"), ("9" * 60, "ag.err.too_large"),
                                          ("1e39", "ag.err.too_large"), ("1, 2; 3", "ag.err.ragged"),
                                          (";".join("1" * 7), "ag.err.too_big"), ("1,,2", "ag.err.empty_entry")])
def test_bad_typed_x_is_told_never_a_traceback(text, reason):
    at = open_autograd(agx=text)
    assert_clean(at)
    lead = STRINGS[reason]["en"].split("{")[0][:12]
    assert any(lead in e.value for e in at.error), [e.value for e in at.error]
    assert len(charts(at)) == 1  # the graph still stands; the two x charts wait for a usable x
    assert "nan" not in page_text(at).lower()


@pytest.mark.parametrize("text, what", [("1e20, 1", ["y"]), ("1e38", ["y", "x.grad"]), ("2e19; 1", ["y"])])
def test_float32_overflow_is_said_and_nothing_infinite_is_drawn(text, what):
    at = open_autograd(agx=text)
    assert_clean(at)
    warned = [w.value for w in at.warning]
    assert len(warned) >= len(what) and all(any(f"**{w} overflows float32**" in v for v in warned) for w in what)
    shown = charts(at)
    assert len(shown) == 3  # drawn, the overflowed cells written as such
    assert cells(shown[0], "output") == ["overflow"] * len(cells(shown[0], "output"))
    for chart in shown:
        t = table_of(chart)
        assert not t.text.str.contains("inf|nan", case=False).any()
    assert "nan" not in page_text(at).lower()


def test_a_matrix_x_sums_y_first():
    at = open_autograd(agx="1, 2; 3, 4; 5, 6")
    assert_clean(at)
    assert cells(charts(at)[0], "grad") == ["12", "12", "28", "28", "44", "44"]  # 4 × each row's sum
    assert "x is 3×2, so y = 2xᵀx is 2×2" in page_text(at)


def test_x_pasted_from_the_code_sample_reads_as_the_same_matrix():
    at = open_autograd(agx="[[1.0, 2.0], [3.0, 4.0]]")
    assert_clean(at)
    assert not at.error
    assert cells(charts(at)[0], "grad") == ["12", "12", "28", "28"]  # 4 × each row's sum
    assert "x is 2×2, so y = 2xᵀx is 2×2" in page_text(at)


def value_of(at, key):
    return widget_value(at, TABLE[key])


def set_value(at, key, value):
    kind = TABLE[key].kind
    getter = {"text": at.text_input, "radio": at.radio, "select": at.selectbox, "slider": at.slider}[kind]
    getter(key=key).set_value(value).run()


MOVES = {"agx": "0.5, -1", "aghead": "first", "aga": -0.5, "agact": "tanh", "aglam": 1.0, "agseed": 5, "aglr": 5.0}


@pytest.mark.parametrize("key", CONTROLS)
def test_every_control_moves_the_page_and_its_code(key):
    from explain import autograd as ag
    at = open_autograd()
    set_value(at, key, MOVES[key])
    assert_clean(at)
    settings = {"agx": ag.DEFAULT_X, "aghead": "ones", "aga": 1.0, "agact": "relu", "aglam": 0.1, "agseed": 0,
                "aglr": 0.5, key: MOVES[key]}
    expected = ag.mxnet_code(ag.parse_x(settings["agx"]), settings["aghead"], settings["aga"], settings["agact"],
                             settings["aglam"], settings["aglr"], settings["agseed"])
    assert code_of(at).strip() == expected.strip()
    g = ag.graph(settings["agact"], settings["aglam"], settings["aglr"], settings["agseed"])
    assert f"**J: {number(g.value['J'])} → {number(g.after['J'])}**" in page_text(at) or \
        f"**J: {number(g.value['J'])} → {number(g.after['J'])}** " in page_text(at)
    assert len(charts(at)) == 3


def assert_legal_view(at, keys):
    assert_clean(at)
    assert_controls_legal(at, TABLE, keys)
    assert at.radio(key="ag_q").value is None
    for chart in charts(at):  # nothing non-finite drawn (a typed "NaN" is quoted in the refusal, not drawn)
        assert not table_of(chart).text.str.contains("inf|nan", case=False).any()


@pytest.mark.parametrize("key", CONTROLS)
def test_every_control_survives_hostile_links(key):
    for value in ODD:
        at = open_autograd(**{key: value})
        assert_legal_view(at, [key])
        assert took_link_value(at, TABLE[key], value) or f"{key}={value}" in link_notice(at), (key, value)


@pytest.mark.parametrize("value", ["0", "🙂", "1e309", "true", ""])
def test_every_control_hostile_in_one_link(value):
    at = open_autograd(**{key: value for key in CONTROLS}, ag_q=value, ag_q_shown="true")
    assert_legal_view(at, CONTROLS)
    for key in CONTROLS:
        assert took_link_value(at, TABLE[key], value) or f"{key}={value}" in link_notice(at), (key, value)


def test_a_link_reproduces_the_view():
    from explain import autograd as ag
    link = {"agx": "1, 2; 3, 4", "aghead": "mean", "aga": "-3", "agact": "sigmoid", "aglam": "0", "agseed": "42",
            "aglr": "0.1"}
    at = open_autograd(**link)
    assert_legal_view(at, CONTROLS)
    assert not link_notice(at)
    assert {k: (v if isinstance(v, str) else v[0]) for k, v in at.query_params.items()} == link
    assert code_of(at).strip() == ag.mxnet_code(ag.parse_x("1, 2; 3, 4"), "mean", -3.0, "sigmoid", 0.0, 0.1, 42).strip()


def test_chinese_and_projector_mode():
    at = open_autograd(lang="zh", proj="true")
    assert_clean(at)
    text = page_text(at)
    for term in ("自动求梯度", "正向传播", "反向传播", "计算图", "链式法则"):
        assert term in text, term
    graph = table_of(charts(at)[2])
    assert graph[graph.layer == "readout"].text.str.contains("反向").any()


def test_the_check_is_answered_with_the_pages_own_phi_prime():
    from explain import autograd as ag
    at = open_autograd(agact="tanh")
    at.radio(key="ag_q").set_value("B").run()
    at.button(key="ag_q_reveal").click().run()
    assert_clean(at)
    dphi = ", ".join(number(v) for v in ag.graph("tanh", 0.1, 0.5, 0).dphi)
    assert any(f"φ′(z) = {dphi}" in s.value for s in at.success)


def test_a_large_learning_rate_is_told_as_going_up():
    from explain import autograd as ag
    ups = [seed for seed in range(20) if ag.graph("relu", 0.1, 5.0, seed).after["J"] > ag.graph("relu", 0.1, 5.0, seed).value["J"]]
    assert ups, "some seed overshoots at η = 5"
    at = open_autograd(aglr="5", agseed=str(ups[0]))
    assert_clean(at)
    assert "overshoots" in page_text(at)
    np.testing.assert_equal(value_of(at, "aglr"), 5.0)
