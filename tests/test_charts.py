"""Chart builders through their Vega-Lite specs (to_dict)."""
import numpy as np
import pandas as pd
import pytest

from explain import broadcasting as bc
from ui.charts import broadcasting as bcc
from ui.charts.broadcasting import step_table
from ui.style import LAPTOP, PROJECTOR


def rows(spec, *layers):
    """The rows of the chart's one long-form table that belong to these layers."""
    (table,) = spec["datasets"].values()
    return [r for r in table if r["layer"] in layers]


def bc_picture(shapes, style=LAPTOP, revealed=True, op="+", limit=None, **kwargs):
    """The broadcasting picture as the page builds it: placement, then the chart's spec."""
    result = bc.compute(shapes, op)
    rule = result.rule
    grid = bc.cells(rule, result.values, stretch=revealed)
    captions = [f"{n} {bc.format_shape(s)}" for n, s in zip("abcd", shapes)] + [f"result {bc.format_shape(rule.shape)}"]
    symbols = ["+"] * (len(shapes) - 1) + (["="] if revealed and rule.ok else [] if revealed else ["= ?"])
    placed = bcc.place(grid, captions, symbols, style, limit or bcc.box(style), **kwargs)
    spec = bcc.grid_chart(placed.table, placed.width, placed.height, placed.value_font, style, "alt").to_dict()
    return placed, spec


def test_grid_chart_draws_every_cell_with_its_value():
    placed, spec = bc_picture(((4, 3), (3,)))
    cells = rows(spec, "cell+value")
    assert len(cells) == 12 + 12 + 12
    assert spec["layer"][0]["mark"]["type"] == "rect"
    result = sorted((r for r in cells if r["kind"] == "result"), key=lambda r: (r["y"], r["x"]))
    expected = np.arange(1, 13).reshape(4, 3) + np.array([100, 200, 300])
    assert [r["label"] for r in result] == [str(v) for v in expected.ravel()]
    copies = [r for r in cells if r["kind"] == "copy"]
    assert len(copies) == 9 and all(r["opacity"] < 0.5 for r in copies)
    assert sorted(r["label"] for r in copies) == sorted(["100", "200", "300"] * 3)
    assert [r["label"] for r in rows(spec, "symbol")] == ["+", "="]
    assert [r["label"] for r in rows(spec, "caption")] == ["a (4, 3)", "b (3,)", "result (4, 3)"]
    assert spec["description"] == "alt"


def test_slices_of_a_3d_array_are_tagged():
    _, spec = bc_picture(((3, 2, 2), (2,)))
    assert sorted(r["label"] for r in rows(spec, "tag")) == ["[0]"] * 3 + ["[1]"] * 3 + ["[2]"] * 3


def _boxes(spec):
    return [(r["x"], r["y"], r["x2"], r["y2"]) for r in rows(spec, "cell", "cell+value")]


@pytest.mark.parametrize("style", [LAPTOP, PROJECTOR])
@pytest.mark.parametrize("shapes", [
    ((4, 3), (3,)), ((3, 4, 2), (4, 2)), ((4, 3), (4, 1)), ((3, 1), (1, 2)), ((4, 3), (4,)), ((4, 3, 2), (4,)),
    ((4, 3), (3,), (4, 1)), ((4, 3), (3,), (4, 1), (1,)), ((3, 4, 2), (4, 2), (4, 1), (2,)), ((12, 12), (12,)),
    ((6, 12, 12), (12,)), ((2, 1, 3), (4, 1), (3,), (2, 4, 1)),
])
@pytest.mark.parametrize("revealed", [False, True])
def test_every_picture_fits_its_box_without_overlap(shapes, style, revealed):
    """Issue 7 §4: 2, 3 and 4 arrays, before and after Reveal, laptop and projector: whole within the box."""
    width, height = bcc.box(style)
    placed, spec = bc_picture(shapes, style, revealed)
    if not placed.fits:
        assert placed.cell <= bcc.MIN_CELL  # the page says it will not draw it
        return
    assert spec["width"] <= width and spec["height"] <= height
    boxes = _boxes(spec)
    assert min(b[0] for b in boxes) >= 0 and max(b[2] for b in boxes) <= spec["width"]
    assert min(b[1] for b in boxes) >= 0 and max(b[3] for b in boxes) <= spec["height"]
    b = np.array(boxes)  # no two cells overlap: for every pair, one lies left of, right of, above or below the other
    apart = ((b[:, None, 2] <= b[None, :, 0]) | (b[None, :, 2] <= b[:, None, 0])
             | (b[:, None, 3] <= b[None, :, 1]) | (b[None, :, 3] <= b[:, None, 1]))
    assert (apart | np.eye(len(b), dtype=bool)).all()
    texts = rows(spec, "caption", "symbol")
    assert all(0 <= r["xc"] <= spec["width"] and 0 <= r["yc"] <= spec["height"] for r in texts)
    # values are printed at a legible size or not at all
    assert placed.value_font == 0 or placed.value_font >= bcc.Fonts.of(style).value_min


def test_the_three_d_preset_shows_every_slice_with_values_in_projector_mode():
    placed, spec = bc_picture(((3, 4, 2), (4, 2)), PROJECTOR)
    assert placed.fits and placed.value_font > 0
    assert len(rows(spec, "cell+value")) == 3 * 24
    assert sorted({r["label"] for r in rows(spec, "tag")}) == ["[0]", "[1]", "[2]"]


def test_a_taller_verdict_leaves_less_room():
    short, tall = bcc.box(PROJECTOR, "ok"), bcc.box(PROJECTOR, "(3, 4, 2) + (4, 2) + (4, 1) + (2,) fails " * 4)
    assert tall[0] == short[0] and tall[1] < short[1]


def test_projector_style_enlarges_fonts_and_cells():
    small, small_spec = bc_picture(((2, 2), (2,)), LAPTOP)
    large, large_spec = bc_picture(((2, 2), (2,)), PROJECTOR)
    assert large.cell > small.cell and large_spec["width"] > small_spec["width"]
    font = lambda s: max(l["mark"].get("fontSize", 0) for l in s["layer"])
    assert font(large_spec) > font(small_spec)
    assert large_spec["layer"][0]["mark"]["strokeWidth"] > small_spec["layer"][0]["mark"]["strokeWidth"]


def test_a_trailing_symbol_stands_after_the_last_panel():
    _, spec = bc_picture(((2,), (2,)), revealed=False)
    signs = rows(spec, "symbol")
    assert [r["label"] for r in signs] == ["+", "= ?"]
    assert signs[1]["xc"] > signs[0]["xc"]
    assert signs[1]["xc"] > max(r["x2"] for r in rows(spec, "cell", "cell+value"))


def test_hidden_result_shows_question_marks():
    _, spec = bc_picture(((2,), (2,)), show_values=False, hide_result=True)
    assert [r["label"] for r in rows(spec, "cell", "cell+value") if r["kind"] == "result"] == ["?", "?"]
    assert all(r["layer"] == "cell" for r in rows(spec, "cell", "cell+value") if r["kind"] != "result")


def test_the_chart_structure_does_not_depend_on_the_table():
    one, _ = bc_picture(((4, 3), (3,)))
    two, _ = bc_picture(((4, 3), (4, 1)))
    strip = lambda spec: {k: v for k, v in spec.items() if k not in ("datasets", "data")}
    args = (300.0, 200.0, 13.0, LAPTOP, "alt")
    assert strip(bcc.grid_chart(one.table, *args).to_dict()) == strip(bcc.grid_chart(two.table, *args).to_dict())


def test_decorative_layers_are_hidden_from_screen_readers():
    _, spec = bc_picture(((4, 3), (3,)))
    cells, *others = spec["layer"]
    assert "aria" not in cells["mark"] and cells["encoding"]["description"]["field"] == "tip"
    assert all(layer["mark"]["aria"] is False for layer in others)


def wcag(a, b):
    """The WCAG 2 contrast ratio, written out from the definition as an independent oracle."""
    def lum(hex_colour):
        channels = []
        for k in (1, 3, 5):
            c = int(hex_colour[k:k + 2], 16) / 255
            channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("a, b, ratio", [("#FFFFFF", "#000000", 21.0), ("#767676", "#FFFFFF", 4.54),
                                         ("#777777", "#FFFFFF", 4.48), ("#FF0000", "#FFFFFF", 4.0)])
def test_contrast_follows_wcag(a, b, ratio):
    assert bcc.contrast(a, b) == pytest.approx(ratio, abs=0.01)
    assert bcc.contrast(a, b) == pytest.approx(wcag(a, b), rel=1e-3)


def test_numbers_on_every_cell_reach_four_and_a_half_to_one():
    """Each fill, solid or faint, gets black or white numbers that reach 4.5:1 (WCAG AA for text)."""
    _, spec = bc_picture(((4, 3), (3,), (4, 1), (1,)))
    drawn = rows(spec, "cell", "cell+value")
    assert {r["ink"] for r in drawn} <= {"#000000", "#FFFFFF"}
    for r in drawn:
        shown = bcc.blend(r["fill"], r["opacity"])
        assert wcag(r["ink"], shown) >= 4.5, r
    for colour in (*bcc.OPERAND_COLOURS, bcc.RESULT_COLOUR):
        for opacity in (1.0, bcc.COPY_OPACITY):
            assert wcag(bcc.ink(colour, opacity), bcc.blend(colour, opacity)) >= 4.5


def test_step_table_marks_the_mismatch_and_hides_answers_until_revealed():
    t = lambda key, **kw: key
    table = step_table(bc.broadcast((4, 3), (4,)), True, t)
    lines = table.splitlines()
    assert lines[0] == "| bc.col_axis | a | b | bc.col_rule | bc.col_result |"
    assert lines[2] == "| -2 | 4 | 1 bc.added | bc.rule.stretch | 4 |"
    assert lines[3] == "| **-1** | **3** | **4** | **bc.rule.mismatch** | **✗** |"
    hidden = step_table(bc.broadcast((4, 3), (4,)), False, t).splitlines()
    assert all(line.endswith("| ? | ? |") for line in hidden[2:])


# --- activations ---------------------------------------------------------------------------

from explain import activations as act  # noqa: E402
from ui.charts.activations import depth_chart, depth_table, function_chart, function_table  # noqa: E402

LABELS = {"saturated": "saturated", "layer": "layer", "norm": "norm", "delta": "δ", "weight": "∂L/∂W"}


def function_spec(style=LAPTOP, names=("sigmoid", "tanh")):
    c = act.curves(names, -6, 6, 1.0)
    table = function_table(c, LABELS)
    return c, table, function_chart(table, tuple(act.REGISTRY[n].label for n in names), style).to_dict()


def test_function_chart_draws_f_and_its_derivative_per_function():
    c, table, spec = function_spec()
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks.count("line") == 2 and "rect" in marks and "point" in marks and "rule" in marks
    lines = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "line"
                 and layer["encoding"].get("strokeDash"))
    assert lines["encoding"]["strokeDash"]["scale"]["domain"] == ["f", "f′"]
    assert lines["encoding"]["color"]["scale"]["domain"] == ["sigmoid", "tanh"]
    curves = table[table.layer == "curve"]
    assert len(curves) == len(c.table) and set(curves["function"]) == {"sigmoid", "tanh"}
    assert list(table[table.layer == "probe"]["value"]) == pytest.approx([c.y0, c.slope0])


def test_function_chart_shades_saturation():
    c, table, _ = function_spec(names=("sigmoid",))
    shaded = table[table.layer == "saturated"]
    assert [tuple(r) for r in shaded[["start", "end"]].to_numpy()] == \
        [tuple(x) for x in c.saturated[["start", "end"]].to_numpy()]
    assert set(shaded["text"]) == {"saturated"}


def test_function_chart_grows_in_projector_mode():
    *_, small = function_spec(LAPTOP)
    *_, large = function_spec(PROJECTOR)
    width = lambda s: next(l for l in s["layer"] if l["mark"]["type"] == "line")["mark"]["strokeWidth"]
    assert width(large) > width(small)
    assert large["config"]["legend"]["labelFontSize"] > small["config"]["legend"]["labelFontSize"]


def test_depth_chart_uses_a_log_scale_for_both_quantities():
    result = act.depth_gradients("sigmoid", 6, 16, 1.0, 0)
    table = depth_table(result.table, LABELS)
    spec = depth_chart(table, LAPTOP, LABELS).to_dict()
    assert spec["layer"][0]["encoding"]["y"]["scale"]["type"] == "log"
    assert len(table) == 12 and set(table["what"]) == {"δ", "∂L/∂W"}


def test_function_chart_hides_decoration_from_screen_readers_and_describes_itself():
    c = act.curves(("sigmoid",), -6, 6, 1.0)
    spec = function_chart(function_table(c, LABELS), ("sigmoid",), LAPTOP, "f and f′ of sigmoid").to_dict()
    assert spec["description"] == "f and f′ of sigmoid"
    hidden = {(layer["mark"]["type"], layer["mark"].get("opacity")) for layer in spec["layer"]
              if layer["mark"].get("aria") is False}
    assert {("rect", 0.25), ("rule", None), ("point", 0)} <= hidden  # shading, the probe's rule, click targets
    tangent = [layer for layer in spec["layer"] if layer["mark"].get("strokeDash") == [2, 2]]
    assert tangent and tangent[0]["mark"]["aria"] is False
    visible = [layer for layer in spec["layer"] if layer["mark"].get("aria") is not False]
    assert all(layer["mark"].get("opacity", 1) > 0 for layer in visible)
    depth = act.depth_gradients("sigmoid", 4, 8, 1.0, 0)
    assert depth_chart(depth_table(depth.table, LABELS), LAPTOP, LABELS, "norms").to_dict()["description"] == "norms"


@pytest.mark.parametrize("lo, hi, x0", [(-20, 20, -20), (-20, 20, 20), (-6, 6, -20), (2, 6, 4), (-3, -1, 0)])
def test_function_chart_axis_is_exactly_the_plotted_range(lo, hi, x0):
    c = act.curves(("tanh",), lo, hi, x0)
    table = function_table(c, LABELS)
    xs = pd.concat([table["x"], table["start"], table["end"]]).dropna()
    assert xs.min() == lo and xs.max() == hi  # no probe, tangent or band beyond the range stretches the axis
    assert (table["layer"] == "probe").any() == (lo <= x0 <= hi)
    spec = function_chart(table, ("tanh",), LAPTOP).to_dict()
    lines = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "line")
    assert lines["encoding"]["x"]["scale"] == {"nice": False, "zero": False}


# --- softmax ---------------------------------------------------------------------------------

from explain import softmax as sm  # noqa: E402
from ui.charts import softmax as smc  # noqa: E402

SM_LABELS = {"true": "true", "other": "other", "logits": "o", "probabilities": "p", "p": "p", "loss": "l",
             "loss_title": "t", "up": "up", "down": "down", "still": "still", "axis": "g", "T": "T", "H": "H",
             "gradient_title": "g", "entropy_title": "e", "scores_description": "sd", "loss_description": "ld",
             "gradient_description": "gd", "entropy_description": "ed"}


def all_rows(spec):
    """Every data row of every dataset in a spec."""
    return [row for rows in spec["datasets"].values() for row in rows]


def test_scores_chart_marks_truth_and_argmax_in_both_panels():
    v = sm.view((1.0, 2.0, 0.5), ("dog", "cat", "chicken"), 0, 1.0)
    table = smc.scores_table(v.names, v.logits, v.probabilities, 0, v.winners, SM_LABELS)
    spec = smc.scores_chart(table, LAPTOP, SM_LABELS).to_dict()
    assert len(spec["hconcat"]) == 2 and "data" in spec and spec["description"] == "sd"
    logits, probs = table[table.layer == "logit"], table[table.layer == "probability"]
    assert list(logits["truth"]) == ["true", "other", "other"]
    assert list(logits["mark"]) == ["", "▲ argmax", ""] and list(probs["mark"]) == ["", "▲ argmax", ""]
    assert list(probs["value"]) == pytest.approx(list(v.probabilities))
    assert len(all_rows(spec)) == 6 + 2  # and one invisible row a panel that keeps room above the bars
    for style in (LAPTOP, PROJECTOR):  # pixels above the tallest bar hold its value and the arg-max mark
        needed = 8 + style.scaled(14) + style.scaled(11)
        for layer, tallest in (("logit", 2.0), ("probability", v.probabilities.max())):
            room = table[table.layer == layer + " room"]["value"].iloc[0]
            assert (room - tallest) / room * style.height * 0.62 >= needed


def test_scores_chart_marks_every_tied_winner_and_the_winner_by_score():
    for logits, marked in [((1.0, 1.0, 0.0), [0, 1]), ((0.0, 1e-17), [1]), ((-3.0, -1.0), [1])]:
        v = sm.view(logits, tuple("abc"[: len(logits)]), 0, 1.0)
        table = smc.scores_table(v.names, v.logits, v.probabilities, 0, v.winners, SM_LABELS)
        for layer in ("logit", "probability"):
            rows = table[table.layer == layer]
            assert list(rows.loc[rows["mark"] != "", "order"]) == marked


def test_decorative_softmax_layers_are_hidden_from_screen_readers():
    v = sm.view((1.0, 2.0, 0.5), ("dog", "cat", "chicken"), 1, 1.0)
    specs = [smc.loss_chart(smc.loss_table(0.3, 1.2), LAPTOP, SM_LABELS).to_dict(),
             smc.gradient_chart(smc.gradient_table(v.names, v.gradient, SM_LABELS), LAPTOP, SM_LABELS).to_dict(),
             smc.entropy_chart(smc.entropy_table(v.entropy_curve, 1.0, v.entropy), 3, LAPTOP, SM_LABELS).to_dict()]
    for spec in specs:
        assert spec["description"] in {"ld", "gd", "ed"}
        for layer in spec["layer"]:
            mark = layer["mark"]
            if mark["type"] in ("rule", "text", "line"):
                assert mark["aria"] is False, mark


def test_loss_chart_pins_a_huge_loss_to_the_top_with_its_true_value():
    table = smc.loss_table(0.0, 1000.0)
    smc.loss_chart(table, LAPTOP, SM_LABELS).to_dict()
    point = table[table.layer == "point"].iloc[0]
    readout = table[table.layer == "readout"].iloc[0]
    assert point["loss"] == smc.LOSS_CAP and readout["text"] == "−log p = 1000"
    # the readout sits in the top-right corner, right-aligned: inside the plot whatever p is
    assert (readout["p"], readout["loss"]) == (1.0, smc.LOSS_CAP)
    curve = table[table.layer == "curve"]
    np.testing.assert_allclose(curve["loss"], -np.log(curve["p"]))


def test_gradient_chart_colours_by_direction():
    table = smc.gradient_table(("a", "b", "c", "d"), (0.2, -0.5, 0.3, 0.0), SM_LABELS)
    spec = smc.gradient_chart(table, LAPTOP, SM_LABELS).to_dict()
    assert dict(zip(table["class"], table["effect"])) == {"a": "down", "b": "up", "c": "down", "d": "still"}
    assert len(set(spec["layer"][0]["encoding"]["color"]["scale"]["range"])) == 3
    # huge scores: every gradient is exactly 0, and nothing is "pushed down"
    v = sm.view((1000.0, 0.0, -1000.0), ("a", "b", "c"), 0, 1.0)
    assert set(smc.gradient_table(v.names, v.gradient, SM_LABELS)["effect"]) == {"still"}
    # the axis spans at least ±0.1, so it never collapses to a single tick
    assert spec["layer"][0]["encoding"]["y"]["scale"]["domain"] == {"unionWith": [-0.1, 0.1]}


def test_entropy_chart_has_a_log_temperature_axis_and_the_log_n_ceiling():
    curve = sm.entropy_curve(np.array([1.0, 2.0, 0.5]))
    spec = smc.entropy_chart(smc.entropy_table(curve, 1.0, 0.9), 3, PROJECTOR, SM_LABELS).to_dict()
    assert spec["layer"][0]["encoding"]["x"]["scale"]["type"] == "log"
    assert spec["layer"][1]["encoding"]["y"]["datum"] == pytest.approx(np.log(3))
    assert spec["layer"][2]["encoding"]["text"]["datum"] == f"log 3 = {np.log(3):.3f}"  # the ceiling is labelled
    assert len(spec["title"]["text"]) <= 30


def _two_tables():
    """For each table chart: two different tables of the same structure, and the structure args."""
    c1, c2 = act.curves(("sigmoid", "relu"), -6, 6, 0.0), act.curves(("sigmoid", "relu"), -2, 9, 3.0, 0.4)
    d1, d2 = act.depth_gradients("relu", 5, 8, 0.5, 0), act.depth_gradients("tanh", 9, 16, 2.0, 3)
    v1, v2 = sm.view((1.0, 2.0), ("x", "y"), 0, 1.0), sm.view((5.0, -1.0, 0.0), ("p", "q", "r"), 2, 0.3)
    return [
        (smc.scores_chart, smc.scores_table(v1.names, v1.logits, v1.probabilities, 0, v1.winners, SM_LABELS),
         smc.scores_table(v2.names, v2.logits, v2.probabilities, 2, v2.winners, SM_LABELS), (LAPTOP, SM_LABELS)),
        (smc.loss_chart, smc.loss_table(0.3, 1.2), smc.loss_table(0.0, 1000.0), (LAPTOP, SM_LABELS)),
        (smc.gradient_chart, smc.gradient_table(v1.names, v1.gradient, SM_LABELS),
         smc.gradient_table(v2.names, v2.gradient, SM_LABELS), (LAPTOP, SM_LABELS)),
        (smc.entropy_chart, smc.entropy_table(v1.entropy_curve, 1.0, v1.entropy),
         smc.entropy_table(v2.entropy_curve, 0.3, v2.entropy), (3, LAPTOP, SM_LABELS)),
        (function_chart, function_table(c1, LABELS), function_table(c2, LABELS), (("sigmoid", "ReLU"), LAPTOP)),
        (depth_chart, depth_table(d1.table, LABELS), depth_table(d2.table, LABELS), (LAPTOP, LABELS)),
    ]


@pytest.mark.parametrize("builder, first, second, args", _two_tables())
def test_the_structure_of_table_charts_does_not_depend_on_the_table(builder, first, second, args):
    """blocks.chart builds a table chart's structure once and then only swaps the table."""
    strip = lambda spec: {k: v for k, v in spec.items() if k not in ("datasets", "data")}
    one, two = builder(first, *args).to_dict(), builder(second, *args).to_dict()
    assert strip(one) == strip(two)
    assert "data" in one  # the table sits at the top, where st.vega_lite_chart puts the new one


def test_layer_chart_draws_one_wire_per_weight():
    layer = sm.dense_layer(4, 3)
    spec = smc.layer_chart(4, 3, LAPTOP, "d").to_dict()
    wires = {r["edge"] for r in all_rows(spec) if "edge" in r}
    assert len(wires) == 12 and spec["description"] == "d"


def test_layer_chart_draws_a_readable_subset_of_784_inputs():
    layer = sm.dense_layer(784, 10)
    spec = smc.layer_chart(784, 10, PROJECTOR, "d").to_dict()
    wires = {r["edge"] for r in all_rows(spec) if "edge" in r}
    assert len(wires) == layer.drawn_inputs * 10 and layer.drawn_inputs <= sm.DRAWN
    names = [r["name"] for r in all_rows(spec) if r.get("side") == "input"]
    assert names[0] == "x1" and names[-1] == "x784" and "⋮" in [r["name"] for r in all_rows(spec) if "name" in r]
