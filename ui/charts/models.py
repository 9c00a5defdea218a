"""Building-models charts: the network drawn as boxes and arrows (each layer's output shape and parameter count, the
input above, the total below) and the histogram of a re-initialised weight. Nothing here builds a network: the
page hands in what explain.models reported."""
from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from ui.style import MUTED, MUTED_TEXT, PALETTE, ChartStyle

ROW = {True: 44, False: 46}  # px per box: laptop (True), projector (False)
WIDTH = {True: 470, False: 620}
FILL = {"input": "#E8E8E8", "dense": PALETTE[0], "dropout": PALETTE[1], "centered": PALETTE[3], "mydense": PALETTE[2],
        "total": "#FFFFFF"}
HALF = 0.34  # half a box's height, in rows


def layer_label(layer) -> str:
    """A layer as the diagram names it (short: the code is written out beside the diagram)."""
    if layer.kind == "dense":
        return f"Dense({layer.units}{'' if layer.activation is None else ', ' + layer.activation})"
    if layer.kind == "dropout":
        return f"Dropout({layer.p:g})"
    if layer.kind == "centered":
        return "CenteredLayer()"
    return f"MyDense({layer.units})"


def shape_text(shape) -> str:
    return "(" + ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def diagram_table(layers, input_shape, shapes, counts, total, labels: dict) -> pd.DataFrame:
    """One row per box: the input, each layer (its label, output shape, parameter count), the total."""
    rows = [{"row": -1, "kind": "header", "label": labels["col_layer"], "shape": labels["col_shape"],
             "count": labels["col_count"]},
            {"row": 0, "kind": "input", "label": labels["input"], "shape": shape_text(input_shape), "count": "—"}]
    for i, (layer, shape, count) in enumerate(zip(layers, shapes, counts), start=1):
        rows.append({"row": i, "kind": layer.kind, "label": f"{i - 1}: {layer_label(layer)}", "shape": shape_text(shape),
                     "count": f"{count:,}"})
    rows.append({"row": len(layers) + 1, "kind": "total", "label": labels["total"], "shape": "", "count": f"{total:,}"})
    table = pd.DataFrame(rows)
    table["top"], table["bottom"] = table["row"] - HALF, table["row"] + HALF
    between = (table["row"] >= 0) & (table["row"] < len(layers))  # from the input and each layer to the next layer
    table["arrow"] = np.where(between, table["row"] + HALF, np.nan)
    table["arrow_end"] = table["row"] + 1 - HALF
    return table


def diagram_chart(table: pd.DataFrame, style: ChartStyle, labels: dict, boxes: int) -> alt.LayerChart:
    """The network top to bottom: a box per layer with its output shape and parameter count, arrows between."""
    laptop = style.font <= 13
    height = ROW[laptop] * (boxes + 1)
    y_scale = alt.Scale(domain=[-1 - HALF, boxes - 1 + HALF], reverse=True, nice=False, zero=False)
    x_scale = alt.Scale(domain=[0, 1], nice=False, zero=False)
    x = alt.X("x:Q", scale=x_scale, axis=None)
    base = alt.Chart().transform_calculate(x="0", x2="1")
    boxes_ = base.transform_filter("datum.kind != 'total' && datum.kind != 'header'").mark_rect(
        cornerRadius=6, strokeWidth=style.line * 0.75, fillOpacity=0.16, aria=False).encode(
        x=x, x2="x2:Q", y=alt.Y("top:Q", scale=y_scale, axis=None), y2="bottom:Q",
        fill=alt.Fill("kind:N", scale=alt.Scale(domain=list(FILL), range=list(FILL.values())), legend=None),
        stroke=alt.Stroke("kind:N", scale=alt.Scale(domain=list(FILL), range=list(FILL.values())), legend=None))
    arrows = alt.Chart().transform_filter("isValid(datum.arrow)").transform_calculate(x="0.5").mark_rule(
        color=MUTED, strokeWidth=style.line, aria=False).encode(x=x, y=alt.Y("arrow:Q", scale=y_scale), y2="arrow_end:Q")
    heads = alt.Chart().transform_filter("isValid(datum.arrow)").transform_calculate(x="0.5").mark_point(
        shape="triangle-down", filled=True, color=MUTED, size=style.point, opacity=1, aria=False).encode(
        x=x, y=alt.Y("arrow_end:Q", scale=y_scale))

    header = "datum.kind == 'header'"

    def column(field: str, at: float, align: str, bold: bool = False):
        return alt.Chart().transform_calculate(x=str(at)).mark_text(
            align=align, baseline="middle", fontSize=style.font, fontWeight="bold" if bold else "normal").encode(
            x=x, y=alt.Y("row:Q", scale=y_scale), text=f"{field}:N",
            color=alt.condition(header, alt.value(MUTED_TEXT), alt.value("#000000")))

    layers = [boxes_, arrows, heads, column("label", 0.03, "left", True), column("shape", 0.66, "center"),
              column("count", 0.97, "right", True)]
    return alt.LayerChart(layer=layers, data=table, width=WIDTH[laptop], height=height,
                          description=labels["description"])


def histogram_table(counts, edges) -> pd.DataFrame:
    """The histogram's bars: from, to, count."""
    edges = np.asarray(edges, dtype=float)
    return pd.DataFrame({"lo": edges[:-1], "hi": edges[1:], "count": np.asarray(counts, dtype=int)})


def histogram_chart(table: pd.DataFrame, style: ChartStyle, labels: dict) -> alt.Chart:
    """How many weights fall in each bin after initialising again."""
    return alt.Chart(table, width=style.scaled(420), height=style.height * 0.7, description=labels["description"],
                     title=alt.Title(labels["title"], fontSize=style.title)).mark_rect(
        color=PALETTE[0], stroke="#FFFFFF", strokeWidth=0.5).encode(
        x=alt.X("lo:Q", title=labels["value"], scale=alt.Scale(zero=False, nice=False),
                axis=alt.Axis(labelFontSize=style.font, titleFontSize=style.font)),
        x2="hi:Q",
        y=alt.Y("count:Q", title=labels["count"], axis=alt.Axis(labelFontSize=style.font, titleFontSize=style.font)),
        tooltip=[alt.Tooltip("lo:Q", format=".4g"), alt.Tooltip("hi:Q", format=".4g"), "count:Q"])
