"""The building-models page through AppTest: its numbers against explain, the composer and presets writing the
network's text, a bad text told and the notes' network shown, hostile and repeated link values for every control
(from its parameter table), both languages, uploads of every bad kind told without losing the view, the check."""
import struct

import pytest

from conftest import open_page, page_text
from explain import models as bm
from pagetools import HOSTILE, assert_clean, assert_controls_legal, link_notice, took_link_value, widget_value
from ui.catalog import STRINGS
from ui.params.models import PRESET_INPUTS, PRESETS, TABLE

MODELS = "pages/8_models.py"
TIMEOUT = 120
CONTROLS = TABLE.keys()
ODD = HOSTILE + ["0", "-0", "2.5", "1e-300", "100000", "", "true", "d10", "Dropout", "xavier", "net(X)"]


def open_models(**params):
    return open_page(MODELS, timeout=TIMEOUT, **params)


def codes(at) -> list[str]:
    return [c.value.strip() for c in at.code]


def value_of(at, key):
    return widget_value(at, TABLE[key])


def notice(at) -> str:
    return link_notice(at)


def took(at, key, raw: str) -> bool:
    return took_link_value(at, TABLE[key], raw)


def assert_legal_view(at, keys):
    assert_clean(at)
    assert_controls_legal(at, TABLE, keys)
    assert len(at.get("vega_lite_chart")) >= 1
    assert at.radio(key="bm_q").value is None


def test_defaults_are_the_notes_mlp_and_match_explain():
    at = open_models()
    assert_clean(at)
    s = bm.structure(bm.DEFAULT, 2, 20)
    text = page_text(at)
    assert f"**{s.total:,} parameters**" in text and s.total == 7946
    assert bm.compact_summary(s.summary).strip() in codes(at)
    assert (s.printed + "\n" + s.listing).strip() in codes(at)
    assert bm.mxnet_code(bm.DEFAULT, 2, 20, False, "normal", 0.01, 1.0, 0).strip() in codes(at)
    assert len(at.get("vega_lite_chart")) == 2
    r = bm.round_trip(bm.DEFAULT, 2, 20, 0)
    assert f"Here: {r.size:,} bytes" in text and "Round trip bit for bit: yes" in text
    frames = at.dataframe
    deferred = frames[0].value
    assert list(deferred.iloc[:, 1]) == ["(256, 0)", "(256,)", "(10, 0)", "(10,)"]


def test_a_typed_network_is_drawn_with_its_counts():
    at = open_models()
    at.text_input(key="bmnet").set_value("d16r,c,m8,d3").run()
    assert_clean(at)
    s = bm.structure("d16r,c,m8,d3", 2, 20)
    assert f"**{s.total:,} parameters**" in page_text(at)


@pytest.mark.parametrize("bad, shown", [("d10,x", "“x” is not a layer"), ("d999", "“d999”: units must be"),
                                         ("o2", "“o2”: a dropout probability"), (",".join(["d2"] * 7), "7 layers"),
                                         ("", "no layers")])
def test_a_bad_network_is_told_and_the_notes_network_shown(bad, shown):
    at = open_models(bmnet=bad)
    assert_clean(at)
    assert any(shown in e.value for e in at.error), [e.value for e in at.error]
    assert "**7,946 parameters**" in page_text(at)  # the notes' network meanwhile
    assert len(at.get("vega_lite_chart")) == 2


def test_the_composer_adds_and_removes_layers_and_presets_set_the_input():
    at = open_models()
    at.selectbox(key="bmkind").set_value("dropout").run()
    at.slider(key="bmp").set_value(0.25).run()
    at.button(key="bm_add").click().run()
    assert at.text_input(key="bmnet").value == "d256r,d10,o0.25"
    at.selectbox(key="bmkind").set_value("mydense").run()
    at.slider(key="bmunits").set_value(5).run()
    at.button(key="bm_add").click().run()
    assert at.text_input(key="bmnet").value == "d256r,d10,o0.25,m5"
    at.button(key="bm_pop").click().run()
    assert at.text_input(key="bmnet").value == "d256r,d10,o0.25"
    assert_clean(at)
    for key, net in PRESETS.items():
        at.button(key=f"bm_preset_{key}").click().run()
        assert at.text_input(key="bmnet").value == net
        assert (at.slider(key="bmbatch").value, at.slider(key="bmfeat").value) == PRESET_INPUTS[key]
        s = bm.structure(net, *PRESET_INPUTS[key])
        assert f"**{s.total:,} parameters**" in page_text(at)
    at = open_models(bmnet=",".join(["d2"] * bm.MAX_LAYERS))
    assert at.button(key="bm_add").disabled
    at = open_models(bmnet="d2")
    assert at.button(key="bm_pop").disabled


def test_buttons_replace_a_linked_value_without_calling_it_a_bad_link():
    at = open_models(bmnet="d8", bmfeat="30")
    assert not link_notice(at)
    at.button(key="bm_add").click().run()
    assert at.text_input(key="bmnet").value == "d8,d64r" and at.query_params["bmnet"] in ("d8,d64r", ["d8,d64r"])
    assert not link_notice(at), link_notice(at)
    at.button(key="bm_pop").click().run()
    assert at.text_input(key="bmnet").value == "d8" and not link_notice(at)
    at.button(key="bm_preset_custom").click().run()
    assert (at.slider(key="bmbatch").value, at.slider(key="bmfeat").value) == PRESET_INPUTS["custom"]
    assert not link_notice(at), link_notice(at)
    at = open_models(bmnet="d8", bmfeat="abc")  # a value no control can take is still named
    assert "bmfeat=abc" in link_notice(at)


def test_an_unreadable_network_keeps_its_text_from_the_buttons():
    at = open_models(bmnet="d10,x")
    assert at.button(key="bm_add").disabled and at.button(key="bm_pop").disabled
    assert STRINGS["bm.unreadable"]["en"] in page_text(at)
    assert at.text_input(key="bmnet").value == "d10,x"


def test_deferred_initialisation_steps_and_in_units():
    at = open_models()
    assert "Weights with a 0 in their shape: 2 of 2." in page_text(at)
    at = open_models(bmstage="net.initialize()")
    assert list(at.dataframe[0].value.iloc[:, 2]) == ["deferred: waits for net(X)", "ready"] * 2  # biases: known shape
    at = open_models(bmstage="net(X)")
    assert list(at.dataframe[0].value.iloc[:, 1]) == ["(256, 20)", "(256,)", "(10, 256)", "(10,)"]
    text = page_text(at)  # the shapes came from X, not from in_units
    assert STRINGS["bm.deferred_filled"]["en"].format(features=20) in text
    assert STRINGS["bm.deferred_known"]["en"] not in text
    at = open_models(bmnet="c,o0.5", bmstage="net(X)")
    assert STRINGS["bm.deferred_none"]["en"] in page_text(at)
    at = open_models(bmin="true")
    assert_clean(at)
    assert list(at.dataframe[0].value.iloc[:, 1]) == ["(256, 20)", "(256,)", "(10, 256)", "(10,)"]
    assert STRINGS["bm.deferred_known"]["en"] in page_text(at)
    assert "nn.Dense(256, activation='relu', in_units=20)" in at.code[-1].value


@pytest.mark.parametrize("init, extra", [("Xavier", {}), ("Constant", {"bmconst": "-0.5"}), ("MyInit", {}),
                                         ("Normal(σ)", {"bmsigma": "0.5"})])
def test_initializers_show_explains_numbers(init, extra):
    at = open_models(bminit=init, bmseed="3", **extra)
    assert_clean(at)
    name = {"Xavier": "xavier", "Constant": "constant", "MyInit": "myinit", "Normal(σ)": "normal"}[init]
    r = bm.reinitialised(bm.DEFAULT, 2, 20, name, float(extra.get("bmsigma", 0.01)), float(extra.get("bmconst", 1.0)), 3)
    assert f"Mean **{r.mean:.4g}**, standard deviation **{r.std:.4g}**" in page_text(at)


def test_the_four_ways_and_the_shared_gradient_are_explains():
    at = open_models(bmseed="7")
    w = bm.four_ways(bm.DEFAULT, 2, 20, 7)
    ways = at.dataframe[1].value
    assert list(ways.iloc[:3, 2]) == ["0", "0", "0"]
    assert ways.iloc[3, 2] == f"{w.differences['fancy']:.3g}, once divided by {w.scale:g}"  # not its raw output's
    assert list(ways.iloc[:, 1])[0] == "  ".join(f"{v:.4g}" for v in w.outputs["sequential"][0, :4])
    s = bm.shared_gradient(7)
    shared = at.dataframe[2].value
    assert list(shared.iloc[:, 4]) == [f"{v:.5f}" for v in s.tied.ravel()]
    assert list(shared.iloc[:, 3]) == [f"{v:.5f}" for v in (s.use1 + s.use2).ravel()]


def upload(at, data: bytes):
    at.file_uploader(key="bm_upload").set_value(("net.params", data, "application/octet-stream")).run()
    return at


def test_an_upload_of_the_pages_own_file_loads():
    at = upload(open_models(), bm.saved_file(bm.DEFAULT, 2, 20, 0))
    assert_clean(at)
    assert any("exactly this page's parameters" in s.value for s in at.success)
    at = upload(open_models(bmseed="1"), bm.saved_file(bm.DEFAULT, 2, 20, 0))
    assert any("other parameters than this page's" in s.value for s in at.success)


def bad_files():
    good = bm.saved_file(bm.DEFAULT, 2, 20, 0)
    return {"truncated": (good[:len(good) // 2], "ends early"), "trailing": (good + b"!", "bytes after"),
            "foreign": (b"GIF89a" + bytes(100), "not an MXNet .params file"),
            "another architecture": (bm.saved_file("d256r,d10,d3", 2, 20, 0), "no place"),
            "another input size": (bm.saved_file(bm.DEFAULT, 2, 21, 0), "has shape (256, 21) in the file"),
            "missing": (bm.saved_file("d256r", 2, 20, 0), "lacks 1.bias, 1.weight"),
            "header only": (struct.pack("<QQQ", 0x112, 0, 3), "ends early"),
            "too big": (bytes(bm.MAX_BYTES + 1), "more than the")}


@pytest.mark.parametrize("kind", list(bad_files()))
def test_every_bad_upload_is_told_and_nothing_of_the_view_is_lost(kind):
    data, told = bad_files()[kind]
    at = open_models()
    before = (page_text(at), len(at.get("vega_lite_chart")), codes(at))
    upload(at, data)
    assert_clean(at)
    assert any(told in e.value.replace("\\", "") for e in at.error), (kind, [e.value for e in at.error])
    assert not at.success or not any("Loaded" in s.value for s in at.success)
    after = page_text(at)
    assert before[0] in after or all(line in after for line in before[0].splitlines())
    assert len(at.get("vega_lite_chart")) == before[1] and codes(at) == before[2]


def test_a_foreign_file_is_told_why_in_the_readers_language():
    at = upload(open_models(lang="zh"), b"GIF89a" + bytes(100))
    assert [e.value for e in at.error] == ["这不是 MXNet 的 .params 文件（开头没有 MXNet 的标记 0x112）。没有读取任何内容。"]
    good = bm.saved_file(bm.DEFAULT, 2, 20, 0)
    at = upload(open_models(), good[:24] + struct.pack("<I", 7) + good[28:])
    assert any("(an array without MXNet's V2 mark)" in e.value for e in at.error), [e.value for e in at.error]


def test_chinese_and_projector_mode():
    at = open_models(lang="zh", proj="true", bmnet="d16r,c,m8,d3")
    assert_clean(at)
    text = page_text(at)
    for term in ("模型构造", "延后初始化", "共享模型参数", "自定义层", "读取和存储", "重新初始化"):
        assert term in text, term
    assert at.button(key="bm_preset_custom").label == "自定义层"


def test_the_check_is_answered_by_gluon():
    at = open_models()
    at.radio(key="bm_q").set_value("B").run()
    at.button(key="bm_q_reveal").click().run()
    assert_clean(at)
    assert any("200,960" in s.value for s in at.success)


@pytest.mark.parametrize("key", CONTROLS)
def test_every_control_survives_hostile_links(key):
    for value in ODD:
        at = open_models(**{key: value})
        assert_legal_view(at, [key])
        assert took(at, key, value) or f"{key}={value}" in notice(at), (key, value, notice(at))


@pytest.mark.parametrize("value", ["0", "🙂", "1e309", "true", ""])
def test_every_control_hostile_in_one_link(value):
    at = open_models(**{key: value for key in CONTROLS}, bm_q=value, bm_q_shown="true")
    assert_legal_view(at, CONTROLS)
    for key in CONTROLS:
        assert took(at, key, value) or f"{key}={value}" in notice(at), (key, value)


def test_a_link_reproduces_the_view_and_keeps_every_value():
    link = {"bmnet": "d32t,o0.3,c,m8,d4s", "bmbatch": "5", "bmfeat": "12", "bmin": "true", "bmkind": "MyDense",
            "bmunits": "9", "bmact": "sigmoid", "bmp": "0.35", "bmstage": "net.initialize()", "bminit": "Constant",
            "bmsigma": "0.2", "bmconst": "-1.5", "bmseed": "11"}
    at = open_models(**link)
    assert_legal_view(at, CONTROLS)
    assert not notice(at)
    assert {k: (v if isinstance(v, str) else v[0]) for k, v in at.query_params.items()} == link
    s = bm.structure("d32t,o0.3,c,m8,d4s", 5, 12, True)
    assert f"**{s.total:,} parameters**" in page_text(at)
    assert bm.mxnet_code("d32t,o0.3,c,m8,d4s", 5, 12, True, "constant", 0.2, -1.5, 11).strip() in codes(at)


def test_repeated_values_in_a_link_leave_the_default_and_are_named():
    repeated = {"bmnet": ["d10", "d20"], "bmbatch": ["3", "4"], "bminit": ["Xavier", "MyInit"], "bmin": ["true", "false"]}
    at = open_page(MODELS, timeout=TIMEOUT)
    for key, values in repeated.items():
        at.query_params[key] = values
    at.run()
    assert_legal_view(at, CONTROLS)
    for key, values in repeated.items():
        assert f"{key}={','.join(values)}" in notice(at), key
        assert value_of(at, key) == TABLE[key].default, key
