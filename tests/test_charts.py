"""Chart builders through their Vega-Lite specs (to_dict)."""
import pandas as pd
import pytest

from explain import broadcasting as bc
from ui.charts.broadcasting import grid_chart, layout, step_table
from ui.style import LAPTOP, PROJECTOR


def rows(spec, *layers):
    """The rows of the chart's one long-form table that belong to these layers."""
    (table,) = spec["datasets"].values()
    return [r for r in table if r["layer"] in layers]


def test_grid_chart_draws_every_cell_with_its_value():
    rule = bc.broadcast((4, 3), (3,))
    grid = bc.cells(rule, bc.compute(((4, 3), (3,))).values)
    spec = grid_chart(grid, ["a (4, 3)", "b (3,)", "result (4, 3)"], ["+", "="], LAPTOP).to_dict()
    cells = rows(spec, "cell+value")
    assert len(cells) == 12 + 12 + 12
    assert spec["layer"][0]["mark"]["type"] == "rect"
    result = sorted((r for r in cells if r["kind"] == "result"), key=lambda r: (r["y"], r["x"]))
    assert [r["label"] for r in result] == [str(int(v)) for v in (bc.operand_values((4, 3), 0)
                                                                   + bc.operand_values((3,), 1)).ravel()]
    copies = [r for r in cells if r["kind"] == "copy"]
    assert len(copies) == 9 and all(r["opacity"] < 0.5 for r in copies)
    assert sorted(r["label"] for r in copies) == sorted(["10", "20", "30"] * 3)
    assert [r["label"] for r in rows(spec, "symbol")] == ["+", "="]
    assert [r["label"] for r in rows(spec, "caption")] == ["a (4, 3)", "b (3,)", "result (4, 3)"]


def test_slices_of_a_3d_array_are_tagged():
    spec = grid_chart(bc.cells(bc.broadcast((3, 2, 2), (2,))), ["a", "b", "r"], ["+", "="], LAPTOP).to_dict()
    assert [r["label"] for r in rows(spec, "tag")] == ["[0]", "[1]", "[2]"] * 3


def test_panels_are_laid_out_left_to_right_without_overlap():
    grid = bc.cells(bc.broadcast((2, 3, 2), (3, 2)))
    placed, frame = layout(grid)
    assert list(frame["panel"]) == [0, 1, 2]
    assert all(frame["x0"].iloc[i + 1] > frame["x1"].iloc[i] for i in range(2))
    slice_rows = placed[(placed.panel == 0) & (placed.col == 0)].sort_values("y")
    assert slice_rows["y"].is_monotonic_increasing and slice_rows["y"].is_unique


def test_projector_style_enlarges_fonts_and_cells():
    grid = bc.cells(bc.broadcast((2, 2), (2,)))
    small = grid_chart(grid, ["a", "b", "c"], ["+", "="], LAPTOP).to_dict()
    large = grid_chart(grid, ["a", "b", "c"], ["+", "="], PROJECTOR).to_dict()
    assert large["width"] > small["width"] and large["height"] > small["height"]
    font = lambda s: max(l["mark"].get("fontSize", 0) for l in s["layer"])
    assert font(large) > font(small)
    assert large["layer"][0]["mark"]["strokeWidth"] > small["layer"][0]["mark"]["strokeWidth"]


def test_a_trailing_symbol_stands_after_the_last_panel():
    grid = bc.cells(bc.broadcast((2,), (2,)), stretch=False)
    spec = grid_chart(grid, ["a", "b"], ["+", "= ?"], LAPTOP).to_dict()
    signs = rows(spec, "symbol")
    assert [r["label"] for r in signs] == ["+", "= ?"]
    assert signs[1]["x"] > signs[0]["x"]


def test_hidden_result_shows_question_marks():
    grid = bc.cells(bc.broadcast((2,), (2,)))
    spec = grid_chart(grid, ["a", "b", "r"], ["+", "="], LAPTOP, show_values=False, hide_result=True).to_dict()
    assert [r["label"] for r in rows(spec, "cell", "cell+value") if r["kind"] == "result"] == ["?", "?"]
    assert all(r["layer"] == "cell" for r in rows(spec, "cell", "cell+value") if r["kind"] != "result")


def test_step_table_marks_the_mismatch_and_hides_answers_until_revealed():
    t = lambda key, **kw: key
    styled = step_table(bc.broadcast((4, 3), (4,)), True, t)
    frame = styled.data
    assert list(frame["bc.col_rule"]) == ["bc.rule.stretch", "bc.rule.mismatch"]
    assert list(frame["b"]) == ["1 bc.added", "4"]
    html = styled.to_html()
    assert html.count("font-weight: bold") >= 1
    hidden = step_table(bc.broadcast((4, 3), (4,)), False, t).data
    assert set(hidden["bc.col_result"]) == {"?"}
    assert isinstance(frame, pd.DataFrame)


# --- activations ---------------------------------------------------------------------------

from explain import activations as act  # noqa: E402
from ui.charts.activations import depth_chart, function_chart  # noqa: E402

LABELS = {"saturated": "saturated", "layer": "layer", "norm": "norm", "delta": "δ", "weight": "∂L/∂W"}


def function_spec(style=LAPTOP, names=("sigmoid", "tanh")):
    c = act.curves(names, -6, 6, 1.0)
    return c, function_chart(c.table, c.tangent, c.saturated, c.x0, c.y0, c.slope0, style, LABELS).to_dict()


def test_function_chart_draws_f_and_its_derivative_per_function():
    c, spec = function_spec()
    marks = [layer["mark"]["type"] for layer in spec["layer"]]
    assert marks.count("line") == 2 and "rect" in marks and "point" in marks and "rule" in marks
    lines = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "line"
                 and layer["encoding"].get("strokeDash"))
    assert lines["encoding"]["strokeDash"]["scale"]["domain"] == ["f", "f′"]
    table = spec["datasets"][lines["data"]["name"]]
    assert len(table) == len(c.table) and {r["function"] for r in table} == {"sigmoid", "tanh"}
    probe = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "point")
    values = [r["value"] for r in spec["datasets"][probe["data"]["name"]]]
    assert values == pytest.approx([c.y0, c.slope0])


def test_function_chart_shades_saturation():
    c, spec = function_spec(names=("sigmoid",))
    shade = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "rect")
    rows = spec["datasets"][shade["data"]["name"]]
    assert [(r["start"], r["end"]) for r in rows] == [tuple(x) for x in c.saturated[["start", "end"]].to_numpy()]


def test_function_chart_grows_in_projector_mode():
    _, small = function_spec(LAPTOP)
    _, large = function_spec(PROJECTOR)
    width = lambda s: next(l for l in s["layer"] if l["mark"]["type"] == "line")["mark"]["strokeWidth"]
    assert width(large) > width(small)
    assert large["config"]["legend"]["labelFontSize"] > small["config"]["legend"]["labelFontSize"]


def test_depth_chart_uses_a_log_scale_for_both_quantities():
    result = act.depth_gradients("sigmoid", 6, 16, 1.0, 0)
    spec = depth_chart(result.table, LAPTOP, LABELS).to_dict()
    line = spec["layer"][0]
    assert line["encoding"]["y"]["scale"]["type"] == "log"
    rows = spec["datasets"][spec["data"]["name"]] if "data" in spec else spec["datasets"][line["data"]["name"]]
    assert len(rows) == 12 and {r["what"] for r in rows} == {"δ", "∂L/∂W"}
