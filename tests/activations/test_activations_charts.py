"""The activation charts through their Vega-Lite specs (to_dict), and the tangent piece the function chart draws."""
import numpy as np
import pandas as pd
import pytest

from explain import activations as act
from ui.charts.activations import depth_chart, depth_table, function_chart, function_table, tangent_segment
from ui.style import LAPTOP, PROJECTOR

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


def _two_tables():
    """For each table chart: two different tables of the same structure, and the structure args."""
    c1, c2 = act.curves(("sigmoid", "relu"), -6, 6, 0.0), act.curves(("sigmoid", "relu"), -2, 9, 3.0, 0.4)
    d1, d2 = act.depth_gradients("relu", 5, 8, 0.5, 0), act.depth_gradients("tanh", 9, 16, 2.0, 3)
    return [
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


# --- the tangent through the probe: the piece the chart draws, inside the plotted box -------------

def drawn_tangent(c) -> pd.DataFrame:
    """The tangent rows of the function chart's table."""
    table = function_table(c, LABELS)
    return table[table.layer == "tangent"][["x", "value"]]


def closed_derivative(name, alpha=0.1):
    return lambda x: float(act.REGISTRY[name].derivative(np.array([x]), alpha)[0])


def test_the_tangent_touches_the_curve_at_the_probe():
    c = act.curves(("sigmoid", "relu", "tanh"), -3, 3, 1.0)
    tangent = drawn_tangent(c)
    slope = np.diff(tangent["value"]) / np.diff(tangent["x"])
    assert slope[0] == pytest.approx(c.slope0)
    assert np.interp(1.0, tangent["x"], tangent["value"]) == pytest.approx(c.y0)
    assert list(tangent["x"]) == pytest.approx([0.0, 2.0])  # a sixth of the range either side of x0 = 1
    # the piece reaches `reach` either side, unless the box the curves span cuts it first
    assert list(tangent_segment(0.0, 0.0, 0.5, 1.0, (-6, 6), (-1, 1))["x"]) == [-1.0, 1.0]
    assert list(tangent_segment(0.0, 0.0, 2.0, 1.0, (-6, 6), (-1, 1))["x"]) == [-0.5, 0.5]


@pytest.mark.parametrize("name, x0", [("tanh", 0.0), ("sigmoid", 5.9), ("relu", -20.0), ("elu", -20.0),
                                      ("swish", 19.9), ("identity", 3.0)])
@pytest.mark.parametrize("lo, hi", [(-20.0, 20.0), (-6.0, 6.0), (-20.0, -19.5)])
def test_the_tangent_stays_inside_the_plotted_box(name, x0, lo, hi):
    c = act.curves((name,), lo, hi, x0, 0.1)
    tangent = drawn_tangent(c)
    if not lo <= x0 <= hi:
        assert tangent.empty and not c.probe_shown
        return
    tx, ty = tangent["x"].to_numpy(), tangent["value"].to_numpy()
    assert lo <= tx.min() <= x0 <= tx.max() <= hi  # a probe at -20 no longer stretches the axis to -30
    assert c.table["value"].min() - 1e-9 <= ty.min() and ty.max() <= c.table["value"].max() + 1e-9
    slope = closed_derivative(name)(x0)
    if tx[1] > tx[0]:
        assert (ty[1] - ty[0]) / (tx[1] - tx[0]) == pytest.approx(slope, rel=1e-6, abs=1e-9)
    y0 = float(act.REGISTRY[name].value(np.array([x0]), 0.1)[0])
    assert np.interp(x0, tx, ty) == pytest.approx(y0, rel=1e-6, abs=1e-9)
