"""The dropout chart builders (ui.charts.dropout) through their Vega-Lite specs, fed by explain.dropout as the page is."""
import json

import numpy as np
import pytest

from explain import dropout as do
from ui.charts import dropout as charts
from ui.style import LAPTOP, PROJECTOR

KEYS = ["kept", "dropped", "input", "hidden1", "hidden2", "output", "layer", "unit", "state", "mask", "value",
        "panel_before", "panel_mask", "panel_after", "ensemble_axis", "draws", "mean", "target", "k", "share",
        "observed", "plain", "dropout", "train", "test", "epoch", "loss", "description", "ensemble_description",
        "title", "hist_title", "hist_description", "pmf", "truth", "points", "fit_title", "fit_description",
        "thinned_title", "thinned_description", "thinned_diff", "thinned_band"]
LABELS = {**{k: k for k in KEYS}, "unit_name": "unit {}"}


def _tables(p1, p2, seed):
    """Every chart's (builder, table, structure args) for one setting."""
    nodes, edges = do.network(p1, p2, seed, charts.SHOWN)
    net = charts.network_table(nodes, edges, LABELS)
    h = do.layers(seed).h1
    curve = charts.convergence_table(do.convergence(h, p1, seed, 1), LABELS)
    fit = do.overfitting(p1, p2, 20, seed)
    return [(charts.network_chart, net, (do.MASKS, charts.SHOWN, LAPTOP, LABELS)),
            (charts.ensemble_chart, net, (charts.SHOWN, LAPTOP, LABELS)),
            (charts.grid_chart, charts.grid_table(do.grid(h, p1, seed, 1), LABELS), (do.MASKS, LAPTOP, LABELS)),
            (charts.convergence_chart, curve, (("a", "b", "c", "d", "e"), LAPTOP, LABELS)),
            (charts.histogram_chart, charts.histogram_table(do.histogram(p1, seed, 1), LABELS), (LAPTOP, LABELS)),
            (charts.overfitting_chart, charts.overfitting_table(fit.curves, LABELS), (do.NOISE ** 2, LAPTOP, LABELS)),
            (charts.fit_chart, charts.fit_table(fit.fits, fit.points, LABELS), (LAPTOP, LABELS)),
            (charts.thinned_chart, charts.thinned_table(fit.ensemble.frame), (LAPTOP, LABELS))]


def test_chart_structure_does_not_depend_on_the_table_and_specs_are_valid():
    strip = lambda spec: {k: v for k, v in spec.items() if k not in ("datasets", "data")}
    for (builder, one, args), (_, two, _) in zip(_tables(0.2, 0.5, 0), _tables(1.0, 0.0, 5)):
        first, second = builder(one, *args).to_dict(validate=True), builder(two, *args).to_dict(validate=True)
        assert strip(first) == strip(second), builder.__name__
        assert "data" in first and first.get("description"), builder.__name__


def test_network_and_grid_step_through_masks_in_the_browser():
    (network, net, args), _, (grid, cells, grid_args), *_ = _tables(0.2, 0.5, 0)
    for spec in (network(net, *args).to_dict(), grid(cells, *grid_args).to_dict()):
        (param,) = spec["params"]
        assert param["name"] == "mask" and param["bind"]["input"] == "range"
        assert (param["bind"]["min"], param["bind"]["max"]) == (0, do.MASKS - 1)
    wires = network(net, *args).to_dict()["layer"][0]
    assert wires["mark"]["type"] == "rule" and wires["mark"]["aria"] is False  # many decorative lines


def test_grid_shades_share_one_scale_and_the_mask_panel_is_binary():
    g = do.grid(do.layers(0).h1, 0.5, 0, 1)
    cells = charts.grid_table(g, LABELS)
    assert cells["shade"].max() == pytest.approx(1.0)
    after = cells[cells.panel == "after"]
    assert after.loc[after["value"].idxmax(), "shade"] == pytest.approx(1.0)
    # the mask panel draws the after cells' `kept`: exactly the mask rows of the grid
    mask = g[g.panel == "mask"]
    np.testing.assert_array_equal(after["kept"].to_numpy(float), mask["value"].to_numpy())
    np.testing.assert_array_equal(after[["mask", "unit"]].to_numpy(), mask[["mask", "unit"]].to_numpy())
    spec = json.dumps(charts.grid_chart(cells, do.MASKS, LAPTOP, LABELS).to_dict())
    assert '"datum.kept ? 1 : 0"' in spec
    # the chart places unit u at row u // 16, column u % 16: every cell of the 16 × 16 grid, once a panel
    assert json.dumps(f"floor(datum.unit / {charts.SIDE})") in spec
    assert json.dumps(f"datum.unit % {charts.SIDE}") in spec
    for _, panel in cells.groupby(["panel", "mask"], observed=True):
        units = panel["unit"].to_numpy(int)
        assert set(zip(units // 16, units % 16)) == {(r, c) for r in range(16) for c in range(16)}


def placed(layer, unit):
    """The oracle of the diagram's layout: each layer's units one apart, centred on 0, its first unit on top."""
    columns = [np.linspace((n - 1) / 2, -(n - 1) / 2, n) for n in charts.SHOWN]
    return np.array([columns[k][u] for k, u in zip(layer, unit)])


def test_compact_tables_keep_what_is_shown():
    """Sent values: the explain tables' numbers to the tooltip's decimals; positions worked out by the chart."""
    g = do.grid(do.layers(3).h2, 0.3, 3, 2)
    cells = charts.grid_table(g, LABELS)
    shown = g[g.panel != "mask"]
    assert [f"{v:.4f}" for v in cells["value"]] == [f"{v:.4f}" for v in shown["value"]]
    assert list(cells["state"]) == [LABELS["kept"] if k else LABELS["dropped"] for k in shown["kept"]]
    nodes, edges = do.network(0.2, 0.5, 3, charts.SHOWN)
    net = charts.network_table(nodes, edges, LABELS)
    tops = [(k - 1) / 2 for k in charts.SHOWN]
    heights = lambda x, unit: np.take(tops, x) - unit  # the chart's expression, evaluated here  # noqa: E731
    dots, wires = net[net.part == "node"], net[net.part == "edge"]
    np.testing.assert_array_equal(heights(dots["x"], dots["unit"]), placed(nodes["layer"], nodes["unit"]))
    np.testing.assert_array_equal(heights(wires["x"], wires["unit"]), placed(edges["layer"], edges["source"]))
    np.testing.assert_array_equal(heights(wires["x"] + 1, wires["target"]), placed(edges["layer"] + 1, edges["target"]))
    np.testing.assert_array_equal(dots[["mask", "x", "unit"]].to_numpy(), nodes[["mask", "layer", "unit"]].to_numpy())
    np.testing.assert_array_equal(wires[["mask", "x", "unit", "target"]].to_numpy(),
                                  edges[["mask", "layer", "source", "target"]].to_numpy())
    np.testing.assert_allclose(wires["size"], np.abs(edges["weight"]), rtol=1e-7)
    spec = json.dumps(charts.network_chart(net, do.MASKS, charts.SHOWN, LAPTOP, LABELS).to_dict())
    assert json.dumps(f"{tops}[datum.x] - datum.unit") in spec
    assert json.dumps(f"{tops}[datum.x + 1] - datum.target") in spec
    assert json.dumps("datum.x + 1") in spec  # an edge ends on the next layer
    fit = do.overfitting(0.2, 0.5, 20, 0)
    table = charts.fit_table(fit.fits, fit.points, LABELS)
    points = table[table.part == "point"]
    assert [f"{v:.3f}" for v in points["y"]] == [f"{v:.3f}" for v in fit.points["y"]]
    losses = charts.overfitting_table(fit.curves, LABELS)
    assert [f"{v:.4f}" for v in losses["loss"]] == [f"{v:.4f}" for v in fit.curves["loss"]]


def test_projector_charts_are_larger():
    nodes, edges = do.network(0.2, 0.5, 0, charts.SHOWN)
    net = charts.network_table(nodes, edges, LABELS)
    small = charts.network_chart(net, do.MASKS, charts.SHOWN, LAPTOP, LABELS).to_dict()
    large = charts.network_chart(net, do.MASKS, charts.SHOWN, PROJECTOR, LABELS).to_dict()
    assert large["height"] > small["height"] and large["width"] > small["width"]


def test_the_thinned_chart_draws_explains_difference_and_band():
    e = do.overfitting(0.2, 0.5, 20, 0).ensemble
    table = charts.thinned_table(e.frame)
    assert [f"{v:.4f}" for v in table["difference"]] == [f"{v:.4f}" for v in e.full - e.average]
    np.testing.assert_allclose(table["high"], do.SAMPLING_ERRORS * e.se, atol=1e-4)
    np.testing.assert_array_equal(table["low"], -table["high"])
    spec = charts.thinned_chart(table, LAPTOP, LABELS).to_dict(validate=True)
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["area", "rule", "line"]
