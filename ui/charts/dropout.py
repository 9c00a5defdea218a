"""Dropout charts: the thinned network, the 16 × 16 layer grid, convergence of the mean, the Binomial count, overfitting
(the fitted curves over the training points, and train/test loss per epoch).

Each chart reads one long-form table, made by the *_table function beside it from what the page got from
explain.dropout (masks, activations, counts, losses); where things sit on the picture is decided here. The network
and the grid hold several pre-sampled masks; a Vega-Lite parameter bound to a slider under the chart picks one in the
browser, without a rerun.

The tables are sent to the browser on every change, so they are kept small: names as categoricals (sent
once as a dictionary, one byte a row), small integers, float32 numbers rounded to the digits a tooltip
shows, and nothing the chart can work out itself (a node's position, a cell's row and column).
"""
from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from ui.style import ALERT, MUTED, PALETTE, ChartStyle

EMPTY = "#FFFFFF"
# charts that stretch to their column: fit the width only, so the height is the plot's own (with "fit" in
# both directions the title, legend and axes of projector mode squeeze the plot to a strip)
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")
LAYER_NAMES = ("input", "hidden1", "hidden2", "output")
SIDE = 16  # a 256-unit layer drawn as a 16 × 16 grid
SHOWN = (8, 12, 12, 10)  # units drawn per layer in the network diagram (input, hidden 1, hidden 2, output)
DIGITS = 4  # tooltips show 4 decimals (the training points 3): numbers are rounded to these, then sent as float32


def _names(codes, names) -> pd.Categorical:
    """Names by their position in `names` (−1: none): the browser receives each name once."""
    return pd.Categorical.from_codes(np.asarray(codes, dtype=np.int8), categories=list(names))


def _shown(values, digits: int = DIGITS) -> np.ndarray:
    """Numbers rounded to the decimals a tooltip shows, as float32 (its error stays far below the last digit)."""
    return np.round(np.asarray(values, dtype=np.float64), digits).astype(np.float32)


def _axis(style: ChartStyle, **kwargs) -> alt.Axis:
    return alt.Axis(labelFontSize=style.font, titleFontSize=style.title, **kwargs)


def _only(column: str, value):
    """A base chart that draws the rows of the long-form table where `column` equals `value`."""
    return alt.Chart().transform_filter(alt.datum[column] == value)


def _mask_param(masks: int, label: str) -> alt.Parameter:
    """The mask shown, a slider under the chart: stepping through the masks needs no rerun."""
    return alt.param(name="mask", value=0, bind=alt.binding_range(min=0, max=masks - 1, step=1, name=label + " "))


# --- the network ----------------------------------------------------------------------------------------

def network_table(nodes: pd.DataFrame, edges: pd.DataFrame, labels: dict) -> pd.DataFrame:
    """Nodes and edges of every mask in one table: `part` tells them apart, `state` says kept or dropped.

    `x` is the layer; an edge runs from unit `unit` of layer x to unit `target` of layer x + 1 and `size`
    is its |weight|. Heights on the picture are worked out by the chart from the units (network_chart).
    """
    n, e = len(nodes), len(edges)
    kept = nodes["kept"].to_numpy(bool)
    return pd.DataFrame({
        "part": _names(np.repeat([0, 1], [n, e]), ["node", "edge"]),
        "mask": np.concatenate([nodes["mask"], edges["mask"]]).astype(np.int8),
        "x": np.concatenate([nodes["layer"], edges["layer"]]).astype(np.int8),
        "unit": np.concatenate([nodes["unit"], edges["source"]]).astype(np.int8),
        "target": np.concatenate([np.full(n, -1), edges["target"]]).astype(np.int8),
        "name": _names(np.concatenate([nodes["layer"], np.full(e, -1)]), [labels[name] for name in LAYER_NAMES]),
        "state": _names(np.concatenate([np.where(kept, 0, 1), np.zeros(e)]), [labels["kept"], labels["dropped"]]),
        "size": np.concatenate([np.full(n, np.nan), np.abs(edges["weight"])]).astype(np.float32)})


def _heights(shown: tuple) -> str:
    """Vega expression: the height of unit `unit` in layer `x`, each layer centred on 0 (first unit on top)."""
    return f"{[(k - 1) / 2 for k in shown]}[datum.x] - datum.unit"


def _network_layers(shown: tuple, style: ChartStyle, labels: dict, scale: float, tooltips: bool):
    """Edges (width by |weight|), and nodes coloured kept or greyed out when dropped."""
    heights = _heights(shown)
    x = alt.X("x:Q", axis=None, scale=alt.Scale(domain=[-0.3, 3.3]))
    y = alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[-6.0, 9.2]))  # room above for the layer names
    wires = _only("part", "edge").transform_calculate(
        y=heights, x2="datum.x + 1", y2=heights.replace("datum.x]", "datum.x + 1]").replace("unit", "target")
    ).mark_rule(color=PALETTE[0], opacity=0.45, aria=False).encode(
        x=x, y=y, x2="x2:Q", y2="y2:Q",
        strokeWidth=alt.StrokeWidth("size:Q", legend=None, scale=alt.Scale(range=[0.3 * scale, 2.6 * scale])))
    colour = alt.Color("state:N", scale=alt.Scale(domain=[labels["kept"], labels["dropped"]], range=[PALETTE[0], MUTED]),
                       legend=alt.Legend(title=None, orient="top", labelFontSize=style.font) if tooltips else None)
    dots = _only("part", "node").transform_calculate(y=heights).mark_circle(opacity=1, stroke="#555555", strokeWidth=0.6).encode(
        x=x, y=y, color=colour, size=alt.value((style.height * 0.045 * scale) ** 2),
        tooltip=[alt.Tooltip("name:N", title=labels["layer"]), alt.Tooltip("unit:Q", title=labels["unit"]),
                 alt.Tooltip("state:N", title=labels["state"])] if tooltips else alt.Undefined)
    return wires, dots


def network_chart(table: pd.DataFrame, masks: int, shown: tuple, style: ChartStyle, labels: dict) -> alt.LayerChart:
    """The notes' network drawn small (`shown` units a layer): dropped units grey and their edges gone; a slider
    steps through the masks."""
    step = _mask_param(masks, labels["mask"])
    wires, dots = _network_layers(shown, style, labels, 1.0, True)
    names = alt.Chart().mark_text(fontSize=style.scaled(12), lineBreak="\n", baseline="bottom").encode(
        x=alt.X("x:Q"), y=alt.datum(7.0), text=alt.Text("name:N")).transform_filter(
        (alt.datum.part == "node") & (alt.datum.unit == 0))
    return alt.layer(wires, dots, names, data=table).add_params(step).transform_filter(
        alt.datum.mask == step).properties(
        height=style.height * 1.05, width=style.height * 1.5, description=labels["description"]).configure_view(
        stroke=None)


def ensemble_chart(table: pd.DataFrame, shown: tuple, style: ChartStyle, labels: dict) -> alt.FacetChart:
    """Every sampled mask side by side: thinned networks that share one set of weights."""
    wires, dots = _network_layers(shown, style, labels, 0.45, False)
    # eight panels 0.3 × the style's height wide: at 0.36 the last mask ran off a 1280-px window's right edge
    return alt.layer(wires, dots).properties(width=style.height * 0.3, height=style.height * 0.45).facet(
        column=alt.Column("mask:O", title=labels["ensemble_axis"],
                          header=alt.Header(labelFontSize=style.font, titleFontSize=style.font)),
        data=table, spacing=4).properties(description=labels["ensemble_description"]).configure_view(stroke=None)


# --- the 16 × 16 grid of a 256-unit layer -------------------------------------------------------------

def grid_table(grid: pd.DataFrame, labels: dict) -> pd.DataFrame:
    """The cells before and after each mask, with a shade in [0, 1] (value over the largest value after scaling).

    The mask panel needs no rows of its own: it is the after rows' `kept`, drawn by the chart.
    """
    panel = grid["panel"].to_numpy()
    rows = panel != "mask"  # NumPy throughout: built on every rerun, ~3× faster than through pandas
    value = grid["value"].to_numpy(np.float64)[rows]
    top = float(value.max()) or 1.0
    kept = grid["kept"].to_numpy(bool)[rows]
    return pd.DataFrame({"panel": _names(np.where(panel[rows] == "before", 0, 1), ["before", "after"]),
                         "mask": grid["mask"].to_numpy()[rows].astype(np.int8),
                         "unit": grid["unit"].to_numpy()[rows].astype(np.uint8),
                         "value": _shown(value), "shade": (value / top).astype(np.float32), "kept": kept,
                         "state": _names(np.where(kept, 0, 1), [labels["kept"], labels["dropped"]])})


def grid_chart(table: pd.DataFrame, masks: int, style: ChartStyle, labels: dict) -> alt.HConcatChart:
    """Before, the mask, after (kept × 1/(1 − p)); one shade scale for before and after; values on hover."""
    step = _mask_param(masks, labels["mask"])
    cell = style.scaled(13)
    x = alt.X("col:O", axis=None)
    y = alt.Y("row:O", axis=None)
    tooltip = [alt.Tooltip("unit:Q", title=labels["unit"]), alt.Tooltip("value:Q", format=".4f", title=labels["value"]),
               alt.Tooltip("state:N", title=labels["state"])]
    shade = alt.Color("shade:Q", scale=alt.Scale(domain=[0, 1], range=[EMPTY, PALETTE[0]], interpolate="rgb"),
                      legend=None)

    def panel(name, colour, rows="after"):
        cells = _only("panel", rows).transform_calculate(row=f"floor(datum.unit / {SIDE})", col=f"datum.unit % {SIDE}")
        if name == "mask":  # the mask ξ as a number: 1 kept, 0 dropped
            cells = cells.transform_calculate(value="datum.kept ? 1 : 0")
        rect = cells.mark_rect(stroke="#DDDDDD", strokeWidth=0.5).encode(
            x=x, y=y, color=colour, tooltip=tooltip)
        return rect.properties(width=cell * SIDE, height=cell * SIDE,
                               title=alt.Title(labels["panel_" + name], fontSize=style.title))

    kept = alt.condition(alt.datum.kept, alt.value(PALETTE[0]), alt.value(MUTED))
    before = panel("before", shade, rows="before")
    chosen = [panel("mask", kept).transform_filter(alt.datum.mask == step),
              panel("after", shade).transform_filter(alt.datum.mask == step)]
    return alt.hconcat(before, *chosen, data=table, spacing=style.scaled(14)).add_params(step).properties(
        description=labels["description"]).configure_view(stroke=None)


# --- why the scaling -------------------------------------------------------------------------------------

def unit_names(curve: pd.DataFrame, labels: dict) -> tuple:
    """The followed units' names in the reader's language, in the order of their numbers (the legend's domain)."""
    return tuple(labels["unit_name"].format(u) for u in np.unique(curve["unit"]))


def convergence_table(curve: pd.DataFrame, labels: dict) -> pd.DataFrame:
    """Running means per unit, and each unit's undropped value as a target row."""
    unit = curve["unit"].to_numpy()
    units, first = np.unique(unit, return_index=True)
    rows = np.concatenate([np.arange(len(unit)), np.sort(first)])  # every row, then each unit's first row again
    return pd.DataFrame({"draws": curve["draws"].to_numpy()[rows].astype(np.int16),
                         "unit": unit[rows].astype(np.int16), "mean": _shown(curve["mean"].to_numpy()[rows]),
                         "target": _shown(curve["target"].to_numpy()[rows]),
                         "name": _names(np.searchsorted(units, unit)[rows], unit_names(curve, labels)),
                         "part": _names(np.repeat([0, 1], [len(unit), len(first)]), ["curve", "target"])})


def convergence_chart(table: pd.DataFrame, units: tuple, style: ChartStyle, labels: dict) -> alt.LayerChart:
    """Each followed unit's mean over n masks (log n) approaching its undropped value (dashed)."""
    colour = alt.Color("name:N", scale=alt.Scale(domain=list(units), range=list(PALETTE[:len(units)])),
                       legend=alt.Legend(title=None, orient="top", labelFontSize=style.font))
    x = alt.X("draws:Q", title=labels["draws"], scale=alt.Scale(type="log"), axis=_axis(style))
    y = alt.Y("mean:Q", title=labels["mean"], axis=_axis(style))
    lines = _only("part", "curve").mark_line(strokeWidth=style.line).encode(
        x=x, y=y, color=colour, tooltip=[alt.Tooltip("name:N", title=labels["unit"]),
                                         alt.Tooltip("draws:Q", title=labels["draws"]),
                                         alt.Tooltip("mean:Q", format=".4f", title=labels["mean"]),
                                         alt.Tooltip("target:Q", format=".4f", title=labels["target"])])
    goals = _only("part", "target").mark_rule(strokeDash=[5, 4], strokeWidth=style.line / 2).encode(
        y=alt.Y("target:Q"), color=colour)
    return alt.layer(goals, lines, data=table).properties(
        height=style.height * 0.8, title=alt.Title(labels["title"], fontSize=style.title),
        description=labels["description"], autosize=FIT_WIDTH)


def histogram_table(hist: pd.DataFrame, labels: dict) -> pd.DataFrame:
    """The observed share and the exact pmf per k, long-form (one series each)."""
    n = len(hist)
    part = np.repeat([0, 1], n)
    return pd.DataFrame({"k": np.tile(hist["k"].to_numpy(), 2).astype(np.int16), "part": _names(part, ["observed", "pmf"]),
                         "series": _names(part, [labels["observed"], labels["pmf"]]),
                         "share": _shown(np.concatenate([hist["observed"], hist["pmf"]]))})


def histogram_chart(table: pd.DataFrame, style: ChartStyle, labels: dict) -> alt.LayerChart:
    """Bars: share of masks keeping k units; line and points: the exact Binomial(256, 1 − p) pmf."""
    colour = alt.Color("series:N", scale=alt.Scale(domain=[labels["observed"], labels["pmf"]], range=[PALETTE[0], ALERT]),
                       legend=alt.Legend(title=None, orient="top", labelFontSize=style.font, labelLimit=400))
    x = alt.X("k:Q", title=labels["k"], axis=_axis(style), scale=alt.Scale(nice=False, zero=False))
    y = alt.Y("share:Q", title=labels["share"], axis=_axis(style))
    tooltip = [alt.Tooltip("k:Q", title=labels["k"]), alt.Tooltip("series:N", title=""),
               alt.Tooltip("share:Q", format=".4f", title=labels["share"])]
    bars = _only("part", "observed").mark_bar(opacity=0.75).encode(x=x, y=y, color=colour,
                                                                          tooltip=tooltip)
    line = _only("part", "pmf").mark_line(strokeWidth=style.line).encode(x=x, y=y, color=colour)
    dots = _only("part", "pmf").mark_point(filled=True, size=style.point * 0.4).encode(
        x=x, y=y, color=colour, tooltip=tooltip)
    return alt.layer(bars, line, dots, data=table).properties(
        height=style.height * 0.8, title=alt.Title(labels["hist_title"], fontSize=style.title),
        description=labels["hist_description"], autosize=FIT_WIDTH)


# --- overfitting ---------------------------------------------------------------------------------------

def fit_table(fits: pd.DataFrame, points: pd.DataFrame, labels: dict) -> pd.DataFrame:
    """The fitted functions, sin(x) and the training points in one table, named in the reader's language."""
    models = ["plain", "dropout", "truth", "points"]
    model = np.concatenate([[models.index(m) for m in fits["model"]], np.full(len(points), 3)])
    return pd.DataFrame({"part": _names(model == 3, ["curve", "point"]), "model": _names(model, models),
                         "name": _names(model, [labels[m] for m in models]),
                         "x": _shown(np.concatenate([fits["x"], points["x"]]), 3),
                         "y": _shown(np.concatenate([fits["y"], points["y"]]), 3)})


def fit_chart(table: pd.DataFrame, style: ChartStyle, labels: dict) -> alt.LayerChart:
    """The training points, sin(x) (dashed) and what each model learned from them."""
    names = [labels["truth"], labels["plain"], labels["dropout"], labels["points"]]
    colour = alt.Color("name:N", scale=alt.Scale(domain=names, range=[MUTED, ALERT, PALETTE[0], PALETTE[7]]),
                       legend=alt.Legend(title=None, orient="top", labelFontSize=style.font, labelLimit=300,
                                         columns=2))
    x = alt.X("x:Q", title="x", axis=_axis(style), scale=alt.Scale(nice=False))
    y = alt.Y("y:Q", title="y", axis=_axis(style))
    dash = alt.StrokeDash("model:N", scale=alt.Scale(domain=["truth", "plain", "dropout"],
                                                     range=[[6, 4], [1, 0], [1, 0]]), legend=None)
    lines = _only("part", "curve").mark_line(strokeWidth=style.line).encode(
        x=x, y=y, color=colour, strokeDash=dash, detail="model:N")
    dots = _only("part", "point").mark_circle(size=style.point, opacity=1).encode(
        x=x, y=y, color=colour, tooltip=[alt.Tooltip("x:Q", format=".3f"), alt.Tooltip("y:Q", format=".3f")])
    return alt.layer(lines, dots, data=table).properties(
        height=style.height * 1.1, title=alt.Title(labels["fit_title"], fontSize=style.title),
        description=labels["fit_description"], autosize=FIT_WIDTH)


def overfitting_table(curves: pd.DataFrame, labels: dict) -> pd.DataFrame:
    """Loss per epoch with the model and split named in the reader's language."""
    models, splits = ["plain", "dropout"], ["train", "test"]
    model = [models.index(m) for m in curves["model"]]
    split = [splits.index(s) for s in curves["split"]]
    return pd.DataFrame({"split": _names(split, splits), "epoch": curves["epoch"].to_numpy().astype(np.int16),
                         "loss": _shown(curves["loss"]), "model_name": _names(model, [labels[m] for m in models]),
                         "split_name": _names(split, [labels[s] for s in splits])})


def overfitting_chart(table: pd.DataFrame, noise: float, style: ChartStyle, labels: dict) -> alt.LayerChart:
    """Train (solid) and test (dashed) loss for the plain and the dropout model; a dotted rule at the noise level."""
    # the model legend above the plot, the split legend below it: side by side they are cut off on a projector
    colour = alt.Color("model_name:N", scale=alt.Scale(domain=[labels["plain"], labels["dropout"]],
                                                       range=[ALERT, PALETTE[0]]),
                       legend=alt.Legend(title=None, orient="top", labelFontSize=style.font, labelLimit=300))
    dash = alt.StrokeDash("split_name:N", scale=alt.Scale(domain=[labels["train"], labels["test"]],
                                                          range=[[1, 0], [6, 4]]),
                          legend=alt.Legend(title=None, orient="bottom", labelFontSize=style.font, labelLimit=300))
    lines = alt.Chart().mark_line(strokeWidth=style.line).encode(
        x=alt.X("epoch:Q", title=labels["epoch"], axis=_axis(style)),
        y=alt.Y("loss:Q", title=labels["loss"], axis=_axis(style), scale=alt.Scale(zero=True)),
        color=colour, strokeDash=dash, detail="split:N",
        tooltip=[alt.Tooltip("model_name:N", title=""), alt.Tooltip("split_name:N", title=""),
                 alt.Tooltip("epoch:Q", title=labels["epoch"]), alt.Tooltip("loss:Q", format=".4f",
                                                                              title=labels["loss"])])
    floor = alt.Chart().mark_rule(color=MUTED, strokeDash=[2, 3], strokeWidth=style.line / 2, aria=False).encode(
        y=alt.datum(noise))  # the noise level, named in the caption
    return alt.layer(lines, floor, data=table).properties(
        height=style.height * 1.1, title=alt.Title(labels["title"], fontSize=style.title),
        description=labels["description"], autosize=FIT_WIDTH)


def thinned_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The prediction minus the thinned networks' average at each x, and the band of sampling error around 0."""
    band = _shown(frame["band"])
    return pd.DataFrame({"x": _shown(frame["x"], 3), "difference": _shown(frame["difference"]),
                         "low": -band, "high": band})


def thinned_chart(table: pd.DataFrame, style: ChartStyle, labels: dict) -> alt.LayerChart:
    """Full network − average of the thinned networks over x, with ± a few standard errors of that average shaded."""
    x = alt.X("x:Q", title="x", axis=_axis(style), scale=alt.Scale(nice=False))
    band = alt.Chart().mark_area(color=MUTED, opacity=0.3).encode(
        x=x, y=alt.Y("low:Q", title=labels["thinned_diff"], axis=_axis(style)), y2="high:Q",
        tooltip=[alt.Tooltip("x:Q", format=".3f"), alt.Tooltip("high:Q", format=".4f", title=labels["thinned_band"])])
    zero = alt.Chart().mark_rule(color=MUTED, strokeWidth=style.line / 2, aria=False).encode(y=alt.datum(0))
    line = alt.Chart().mark_line(color=PALETTE[0], strokeWidth=style.line).encode(
        x=x, y="difference:Q",
        tooltip=[alt.Tooltip("x:Q", format=".3f"), alt.Tooltip("difference:Q", format=".4f",
                                                                title=labels["thinned_diff"])])
    return alt.layer(band, zero, line, data=table).properties(
        height=style.height * 0.7, title=alt.Title(labels["thinned_title"], fontSize=style.title),
        description=labels["thinned_description"], autosize=FIT_WIDTH)
