"""The dropout page through Streamlit's AppTest: defaults, presets, hostile links on every control, both languages, projector."""
import json
import re

import numpy as np
import pytest

from conftest import open_page as _open, page_text
from pagetools import HOSTILE, assert_clean
from ui.catalog import STRINGS
from ui.params.dropout import TABLE

DROPOUT = "pages/6_dropout.py"
TIMEOUT = 300  # the first run trains two MLPs; MXNet's OpenMP threads crawl on a crowded 2-core machine


def open_page(script, **params):
    return _open(script, timeout=TIMEOUT, **params)


CONTROLS = TABLE.keys()  # p1, p2, dseed, layer, draws, n_train


def rise_sentence(result, lang):
    """The page's sentence on the plain model's test loss, from explain's kind and the numbers it cites."""
    from explain import dropout as do
    r = result.rise
    return STRINGS[f"do.rise.{r.kind}"][lang].format(
        epoch=r.epoch, best=f"{r.best:.3f}", last=f"{r.last:.3f}", rise=f"{r.rise:.3f}", wiggle=f"{r.wiggle:.3f}",
        wiggles=do.WIGGLES, train_best=f"{r.train_best:.3f}", train=f"{r.train:.3f}", floor=f"{r.floor:g}",
        truth=f"{r.truth:.3f}", n=len(result.points))


def printed(result):
    """The final losses as the page prints them, the gaps their differences, sin(x)'s own loss and σ²."""
    c = result.comparison
    return {name: f"{getattr(c, name):.3f}" for name in ("train_plain", "test_plain", "gap_plain", "train_dropout",
                                                         "test_dropout", "gap_dropout", "truth")} | {"floor": f"{c.floor:g}"}


def gaps_sentence(result, lang):
    """The page's sentence with the final losses and gaps."""
    from explain import dropout as do
    return STRINGS["do.gaps"][lang].format(epochs=do.EPOCHS, **printed(result))


def compare_sentence(result, lang):
    """The page's comparison verdict: explain's kind, worded by the catalog, with the numbers it cites."""
    return STRINGS[f"do.compare.{result.comparison.kind}"][lang].format(**printed(result))


def thinned_sentence(result, lang):
    """The caption under the full-network-versus-thinned-average chart."""
    from explain import dropout as do
    g = result.ensemble
    return STRINGS[f"do.thinned.{g.kind}"][lang].format(
        masks=g.masks, gap=f"{g.gap:.3f}", at=f"{g.at:.2f}", share=f"{100 * g.share:.1f}", span=f"{g.span:.3f}",
        se=f"{g.se_at:.3f}", errors=do.SAMPLING_ERRORS)


def specs(at):
    return [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]


def test_dropout_defaults_are_the_notes_network():
    from explain import dropout as do
    at = open_page(DROPOUT)
    assert_clean(at)
    assert at.slider(key="p1").value == 0.2 and at.slider(key="p2").value == 0.5
    assert len(at.get("vega_lite_chart")) == 8
    assert do.mxnet_code(0.2, 0.5, 0, 1).strip() in [c.value.strip() for c in at.code]
    text = page_text(at)
    result = do.overfitting(0.2, 0.5, do.TRAIN_SIZE)
    assert gaps_sentence(result, "en") in text
    # at the defaults the plain model fits the noise and dropout narrows the gap by predicting better; the page says
    # so, with the numbers
    assert result.rise.kind == "noise" and result.comparison.kind == "better"
    assert rise_sentence(result, "en") in text and compare_sentence(result, "en") in text
    assert result.ensemble.kind == "differs" and thinned_sentence(result, "en") in text
    assert STRINGS["do.fit_caption"]["en"].format(plain=f"{result.off_truth['plain']:.3f}",
                                                  dropout=f"{result.off_truth['dropout']:.3f}") in text
    hist = do.histogram(0.2, 0, 1)
    mean = float((hist["k"] * hist["observed"]).sum())
    assert STRINGS["do.hist_caption"]["en"].format(draws=do.MAX_DRAWS, mean=f"{mean:.2f}", expected="204.8",
                                                   sd=f"{(204.8 * 0.2) ** 0.5:.2f}") in text
    assert "1/(1 − p) = 1.25" in text


def test_every_control_is_the_tables_row():
    """Each bound control has the key, label, range, step and default its parameter table gives."""
    at = open_page(DROPOUT)
    sliders = {s.key: s for s in at.slider}
    for param in TABLE.params:
        if param.kind == "slider":
            widget = sliders[param.key]
            assert (widget.min, widget.max, widget.value) == (param.lo, param.hi, param.default), param.key
            assert widget.step == (param.step or 1) and widget.label == STRINGS[param.label]["en"], param.key
        else:
            widget = at.radio(key=param.key)
            assert widget.options == [param.fmt(o) for o in param.options] and widget.value == param.default
            assert widget.horizontal and widget.label == STRINGS[param.label]["en"]


def test_masks_are_stepped_in_the_browser_by_a_bound_parameter():
    at = open_page(DROPOUT)
    bound = [s for s in specs(at) if any(p.get("bind") for p in s.get("params", []))]
    assert len(bound) == 2  # the network and the grid
    for spec in bound:
        (param,) = [p for p in spec["params"] if p.get("bind")]
        assert param["name"] == "mask" and param["bind"]["input"] == "range" and param["bind"]["max"] == 7
    assert all(s.get("description") for s in specs(at))


def test_the_modes_table_shows_identity_when_predicting():
    at = open_page(DROPOUT, p1="0.5")
    assert_clean(at)
    table = at.dataframe[0].value
    predicting = table[table.iloc[:, 1] == "prediction"]
    assert len(predicting) == 2
    assert set(predicting.iloc[:, 2]) == {"0  1  2  3  4  5  6  7"}


@pytest.mark.parametrize("preset, p", [("notes", (0.2, 0.5)), ("zero", (0.0, 0.0)), ("one", (1.0, 1.0))])
def test_dropout_presets(preset, p):
    at = open_page(DROPOUT, p1="0.65")
    at.button(key=f"preset_{preset}").click().run()
    assert_clean(at)
    assert (at.slider(key="p1").value, at.slider(key="p2").value) == p
    text = page_text(at)
    if preset == "one":
        assert STRINGS["do.p_one"]["en"] in text and "nan" not in str(at.dataframe[0].value).lower()
        assert STRINGS["do.convergence_p_one"]["en"] in text
    if preset == "zero":
        assert STRINGS["do.p_zero"]["en"] in text


def test_sample_new_masks_moves_the_seed_into_the_url():
    at = open_page(DROPOUT)
    before = specs(at)[0]["usermeta"]["data"]
    at.button(key="resample").click().run()
    assert_clean(at)
    assert at.slider(key="dseed").value == 1 and at.query_params.get("dseed") in ("1", ["1"])
    assert specs(at)[0]["usermeta"]["data"] != before


def test_chinese_sentences_are_joined_without_a_space():
    from explain import dropout as do
    at = open_page(DROPOUT, lang="zh")
    assert_clean(at)
    result = do.overfitting(0.2, 0.5, do.TRAIN_SIZE)
    expected = gaps_sentence(result, "zh") + rise_sentence(result, "zh") + compare_sentence(result, "zh")
    assert expected in [m.value for m in at.markdown]
    assert "。 " not in page_text(at)
    assert thinned_sentence(result, "zh") in page_text(at)


def test_second_layer_and_chinese():
    at = open_page(DROPOUT, layer="2", lang="zh", p2="0.3")
    assert_clean(at)
    text = page_text(at)
    assert STRINGS["dropout.title"]["zh"] in text and STRINGS["do.grid_title"]["zh"].format(layer=2) in text
    assert "1/(1 − p) = 1.429" in text


def test_projector_mode_enlarges_the_charts():
    small, large = specs(open_page(DROPOUT)), specs(open_page(DROPOUT, proj="true"))
    assert large[0]["height"] > small[0]["height"]
    assert large[2]["layer"][1]["mark"]["strokeWidth"] > small[2]["layer"][1]["mark"]["strokeWidth"]


def test_dropout_check():
    at = open_page(DROPOUT)
    at.radio(key="do_q").set_value("C").run()
    at.button(key="do_q_reveal").click().run()
    assert at.success and STRINGS["do.q_why"]["en"] in at.success[0].value
    at = open_page(DROPOUT)  # once revealed, a pick is fixed
    at.radio(key="do_q").set_value("A").run()
    at.button(key="do_q_reveal").click().run()
    assert at.warning and "C" in at.warning[0].value


@pytest.mark.parametrize("key", CONTROLS)
def test_dropout_survives_hostile_links(key):
    for value in HOSTILE + ["1.5", "-0.2", "0.33333", "10000", "99999", "3"]:
        at = open_page(DROPOUT, **{key: value})
        assert_clean(at)
        assert len(at.get("vega_lite_chart")) == 8


@pytest.mark.parametrize("params", [{"p1": "1", "p2": "1", "layer": "2"}, {"p1": "0", "p2": "0", "draws": "10"},
                                    {"dseed": "9999", "n_train": "200", "draws": "2000"},
                                    {"p1": "0.95", "n_train": "20", "lang": "zh", "proj": "true"}])
def test_extreme_values_from_a_link(params):
    at = open_page(DROPOUT, **params)
    assert_clean(at)
    told = {STRINGS["do.modes_caption_one"][lang] for lang in ("en", "zh")}  # says MXNet itself gives NaN
    numbers = "\n".join([str(frame.value) for frame in at.dataframe] + [c.value for c in at.caption
                                                                           if c.value not in told])
    assert "nan" not in numbers.lower()
    assert not re.search(r"[=(]\s*\**nan", page_text(at).lower())


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_ends_p_0_and_p_1_are_told_as_they_are(lang):
    for p, caption in ((0.0, "do.grid_caption_zero"), (1.0, "do.grid_caption_one"), (0.5, "do.grid_caption")):
        at = open_page(DROPOUT, p1=str(p), lang=lang)
        assert_clean(at)
        captions = [c.value for c in at.caption]
        expected = STRINGS[caption][lang].split("{")[0] if caption == "do.grid_caption" else STRINGS[caption][lang]
        assert any(c.startswith(expected[:30]) for c in captions), (p, caption)
        notice = page_text(at)
        one = STRINGS["do.notice_scale_one"][lang][:25]
        assert (one in notice) == (p == 1.0)


def test_charts_that_stretch_to_their_column_fit_the_width_only():
    at = open_page(DROPOUT, proj="true")
    sizes = [json.loads(c.proto.spec).get("autosize") for c in at.get("vega_lite_chart")]
    # convergence, histogram, fitted curves, losses, the thinned average: their heights are the plots' own
    assert sizes.count({"type": "fit-x", "contains": "padding"}) == 5, sizes


@pytest.mark.parametrize("params", [{"n_train": "80"}, {"n_train": "10", "lang": "zh"}, {"p1": "0", "p2": "0"},
                                    {"p1": "0.35", "p2": "0.8", "n_train": "40"}, {"p1": "1", "p2": "1"},
                                    {"p1": "0.9", "p2": "0.8", "lang": "zh"}])
def test_the_conclusions_are_explains_kinds_with_the_numbers_they_cite(params):
    """Every conclusion sentence under the losses is the one explain's kind picks, with explain's numbers."""
    from explain import dropout as do
    at = open_page(DROPOUT, **params)
    assert_clean(at)
    lang = params.get("lang", "en")
    p1, p2 = float(params.get("p1", 0.2)), float(params.get("p2", 0.5))
    result = do.overfitting(p1, p2, int(params.get("n_train", do.TRAIN_SIZE)))
    text = page_text(at)
    assert rise_sentence(result, lang) in text and thinned_sentence(result, lang) in text
    assert gaps_sentence(result, lang) in text and compare_sentence(result, lang) in text
    if (p1, p2) == (1, 1):  # nothing passes a layer: both losses high, the narrower gap is underfitting, not praise
        assert result.comparison.kind == "underfit" and ("underfits" in text or "欠拟合" in text)
    if (p1, p2) in ((0, 0), (1, 1)):
        assert result.ensemble.kind == "same"
    if result.rise.kind == "noise":  # said only when the training loss is below sin(x)'s own on the same points
        x, y = result.points["x"].to_numpy(), result.points["y"].to_numpy()
        assert result.rise.train < np.mean((np.sin(x) - y) ** 2) and f"{result.rise.truth:.3f}" in text
    else:
        assert "fitting their noise" not in text and "在拟合它们的噪声" not in text


@pytest.mark.parametrize("layer, seed", [("1", "0"), ("2", "4321")])
def test_the_code_shown_is_for_the_shown_layer_and_seed(layer, seed):
    from explain import dropout as do
    at = open_page(DROPOUT, layer=layer, dseed=seed, p1="0.3", p2="0.65")
    assert_clean(at)
    assert do.mxnet_code(0.3, 0.65, int(seed), int(layer)).strip() in [c.value.strip() for c in at.code]
