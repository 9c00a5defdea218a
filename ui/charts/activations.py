"""Activation charts: f and f′ with the probe and its tangent, and the gradient norm per layer of a deep MLP."""
from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from ui.style import ALERT, MUTED, PALETTE, ChartStyle


def _axis(style: ChartStyle) -> dict:
    """Axis fonts that follow the style (Altair sizes fonts in px)."""
    return {"labelFontSize": style.font, "titleFontSize": style.title}


PICK = "probe"  # the chart's click selection: the x of the curve point nearest the click


def picked_x(event) -> float | None:
    """The x the student clicked on the function chart, if any (from Streamlit's selection state)."""
    try:
        points = event["selection"][PICK]
        return float(points[0]["x"]) if points else None
    except (KeyError, IndexError, TypeError, ValueError):
        return None


TANGENT_PARTS = 6  # the tangent is drawn up to a sixth of the plotted range either side of the probe


def tangent_segment(x0, y0, slope, reach, xs, ys) -> pd.DataFrame:
    """The piece of the tangent y0 + slope (x - x0) to draw: up to `reach` either side of x0, cut to the box xs × ys.

    Cutting it keeps the chart's axes those of the curves: a steep tangent would otherwise stretch them.
    """
    a, b = max(x0 - reach, xs[0]), min(x0 + reach, xs[1])
    if slope != 0:
        ends = sorted(((ys[0] - y0) / slope + x0, (ys[1] - y0) / slope + x0))
        a, b = max(a, ends[0]), min(b, ends[1])
    tx = np.array([a, b]) if a < b else np.array([x0, x0])
    return pd.DataFrame({"x": tx, "value": y0 + slope * (tx - x0)})


def function_table(curves, labels: dict) -> pd.DataFrame:
    """One long-form table for the function chart: curves, tangent, probe (when inside the range), saturated stretches.

    `curves` is what explain.activations.curves returns. Every row lies inside the plotted range, so the x axis is
    exactly that range.
    """
    probe = pd.DataFrame({"x": [curves.x0, curves.x0], "value": [curves.y0, curves.slope0], "kind": ["f", "f′"],
                          "text": [f"f({curves.x0:g}) = {curves.y0:.4g}", f"f′({curves.x0:g}) = {curves.slope0:.4g}"]})
    saturated = curves.saturated.assign(text=labels["saturated"], x=(curves.saturated["start"] + curves.saturated["end"]) / 2)
    table = curves.table.assign(layer="curve")
    table["tip"] = [f"{fn}: {kind}({x:.3f}) = {v:.4g}" for fn, kind, x, v in zip(table["function"], table["kind"], table["x"], table["value"])]
    if curves.probe_shown:
        box = ((curves.lo, curves.hi), (curves.table["value"].min(), curves.table["value"].max()))
        tangent = tangent_segment(curves.x0, curves.y0, curves.slope0, (curves.hi - curves.lo) / TANGENT_PARTS, *box)
        parts = [table, tangent.assign(layer="tangent"), probe.assign(layer="probe")]
    else:
        parts = [table]
    return pd.concat([*parts, saturated.assign(layer="saturated")], ignore_index=True)


def function_chart(table: pd.DataFrame, functions: tuple[str, ...], style: ChartStyle,
                   description: str = "") -> alt.LayerChart:
    """f (solid) and f′ (dashed) of each function; the probe at x0 with its tangent; saturation shaded.

    Screen readers get `description` and the curves; shading, rule, tangent and click targets are hidden from them.
    """
    colour = alt.Color("function:N", scale=alt.Scale(domain=list(functions), range=list(PALETTE[: len(functions)])),
                       legend=alt.Legend(title=None, orient="top", labelFontSize=style.font,
                                         symbolStrokeWidth=style.line))
    dash = alt.StrokeDash("kind:N", scale=alt.Scale(domain=["f", "f′"], range=[[1, 0], [6, 4]]),
                          legend=alt.Legend(title=None, orient="top", labelFontSize=style.font,
                                            symbolStrokeWidth=style.line))
    # the axis spans exactly the plotted range: no rounding out to "nice" ends, no forced 0
    x = alt.X("x:Q", title="x", axis=alt.Axis(**_axis(style)), scale=alt.Scale(nice=False, zero=False))
    y = alt.Y("value:Q", title=None, axis=alt.Axis(**_axis(style)))

    def only(layer):
        return alt.Chart().transform_filter(alt.datum.layer == layer)

    shade = only("saturated").mark_rect(color=MUTED, opacity=0.25, aria=False).encode(
        x=alt.X("start:Q"), x2=alt.X2("end"), tooltip=[alt.Tooltip("text:N", title="")])
    shade_label = only("saturated").mark_text(baseline="top", dy=4, fontSize=style.scaled(11),
                                              color="#555555").encode(x=alt.X("x:Q"), y=alt.value(0),
                                                                      text=alt.Text("text:N"))
    lines = only("curve").mark_line(strokeWidth=style.line).encode(
        x=x, y=y, color=colour, strokeDash=dash, detail=alt.Detail("kind:N"),
        tooltip=[alt.Tooltip("tip:N", title="")])
    touch = only("tangent").mark_line(color=ALERT, strokeWidth=style.line * 0.75, strokeDash=[2, 2],
                                      aria=False).encode(
        x=alt.X("x:Q"), y=alt.Y("value:Q"))
    marks = only("probe").mark_point(filled=True, size=style.point, color=ALERT).encode(
        x=alt.X("x:Q"), y=alt.Y("value:Q"), tooltip=[alt.Tooltip("text:N", title="")])
    # invisible points on every curve: a click anywhere picks the nearest one, and the page moves the probe there
    pick = alt.selection_point(name=PICK, on="click", nearest=True, fields=["x"], clear=False)
    targets = only("curve").transform_filter(alt.datum.kind == "f").mark_point(opacity=0, aria=False).encode(
        x=alt.X("x:Q"), y=alt.Y("value:Q")).add_params(pick).properties(name="click_targets")
    rule = only("probe").transform_filter(alt.datum.kind == "f").mark_rule(color=ALERT, strokeWidth=1, aria=False).encode(
        x=alt.X("x:Q"))
    return alt.layer(shade, shade_label, rule, lines, touch, marks, targets, data=table).properties(
        height=style.height, description=description).configure_legend(labelFontSize=style.font)


def depth_table(table: pd.DataFrame, labels: dict) -> pd.DataFrame:
    """The per-layer norms with their legend names, floored for the log scale."""
    return table.assign(shown=table["norm"].clip(lower=1e-300),
                        what=table["quantity"].map({"delta": labels["delta"], "weight": labels["weight"]}))


def depth_chart(table: pd.DataFrame, style: ChartStyle, labels: dict, description: str = "") -> alt.LayerChart:
    """The error signal δ and the weight gradient at each layer, on a log scale (layer 1 is nearest the input)."""
    x = alt.X("layer:Q", title=labels["layer"], axis=alt.Axis(tickMinStep=1, format="d", **_axis(style)))
    y = alt.Y("shown:Q", title=labels["norm"], scale=alt.Scale(type="log"),
              axis=alt.Axis(format=".0e", **_axis(style)))
    colour = alt.Color("what:N", scale=alt.Scale(domain=[labels["delta"], labels["weight"]],
                                                 range=[PALETTE[0], PALETTE[1]]),
                       legend=alt.Legend(title=None, orient="top", labelFontSize=style.font, labelLimit=400))
    base = alt.Chart().encode(x=x, y=y, color=colour,
                              tooltip=[alt.Tooltip("what:N", title=""), alt.Tooltip("layer:Q", title=labels["layer"]),
                                       alt.Tooltip("norm:Q", format=".3e", title=labels["norm"])])
    line = base.mark_line(strokeWidth=style.line)
    points = base.mark_point(filled=True, size=style.point)
    return alt.layer(line, points, data=table).properties(height=style.height * 0.8, description=description)
