"""Softmax charts: scores beside probabilities, the loss on its curve, the gradient, entropy, the dense layer.

Each chart reads one long-form table (made by the *_table function beside it), so that its structure
can be built once and only the table sent on each rerun.
"""
from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from ui.style import ALERT, MUTED, OK, PALETTE, ChartStyle

LOSS_CAP = 8.0  # the loss curve is drawn up to here; a larger loss is pinned to the top and labelled
_P = np.linspace(np.exp(-LOSS_CAP), 1, 200)


def _axis(style: ChartStyle, **kwargs) -> alt.Axis:
    return alt.Axis(labelFontSize=style.font, titleFontSize=style.title, **kwargs)


def _only(layer: str):
    """A base chart that draws the rows of one layer of the long-form table."""
    return alt.Chart().transform_filter(alt.datum.layer == layer)


def scores_table(names, logits, probabilities, label: int, labels: dict) -> pd.DataFrame:
    """One row per class and panel (scores, probabilities): value, its text, truth, arg-max mark."""
    rows = []
    for panel, values in (("logit", logits), ("probability", probabilities)):
        top = int(np.argmax(values))
        for i, (name, v) in enumerate(zip(names, values)):
            text = f"{v:.4g}" if panel == "logit" else (f"{v:.3f}" if v >= 1e-3 or v == 0 else f"{v:.1e}")
            rows.append((panel, i, name, float(v), text, labels["true"] if i == label else labels["other"],
                         "▲ argmax" if i == top else ""))
    return pd.DataFrame(rows, columns=["layer", "order", "class", "value", "text", "truth", "mark"])


def scores_chart(table: pd.DataFrame, style: ChartStyle, labels: dict) -> alt.HConcatChart:
    """Logits and probabilities side by side; the true class in green, the arg-max marked in both."""
    colour = alt.Color("truth:N", scale=alt.Scale(domain=[labels["true"], labels["other"]], range=[OK, PALETTE[0]]),
                       legend=alt.Legend(title=None, orient="top", labelFontSize=style.font))
    x = alt.X("class:N", sort=None, title=None, axis=_axis(style, labelAngle=0))  # in the table's order

    def panel(layer, title, domain=None):
        y = alt.Y("value:Q", title=title, axis=_axis(style),
                  scale=alt.Scale(domain=domain) if domain else alt.Undefined)
        base = _only(layer).encode(x=x, y=y)
        bars = base.mark_bar().encode(color=colour, tooltip=[alt.Tooltip("class:N", title=""),
                                                             alt.Tooltip("value:Q", format=".6g", title=title)])
        values = base.mark_text(dy=-8, fontSize=style.scaled(11)).encode(text=alt.Text("text:N"))
        argmax = base.mark_text(dy=-8 - style.scaled(14), fontSize=style.scaled(11), color=ALERT,
                                fontWeight="bold").encode(text=alt.Text("mark:N"))
        return alt.layer(bars, values, argmax).properties(height=style.height * 0.68,
                                                          width=alt.Step(style.scaled(44)))

    return alt.hconcat(panel("logit", labels["logits"]), panel("probability", labels["probabilities"], [0, 1.12]),
                       data=table)


def loss_table(p_true: float, loss: float) -> pd.DataFrame:
    """The curve -log p, and this example's point (pinned at LOSS_CAP when larger) with its true value."""
    curve = pd.DataFrame({"layer": "curve", "p": _P, "loss": -np.log(_P), "text": ""})
    point = pd.DataFrame({"layer": "point", "p": [p_true], "loss": [min(loss, LOSS_CAP)],
                          "text": [f"−log p = {loss:.4g}"]})
    return pd.concat([curve, point], ignore_index=True)


def loss_chart(table: pd.DataFrame, style: ChartStyle, labels: dict) -> alt.LayerChart:
    """The curve -log p over p in (0, 1], and this example's point on it."""
    x = alt.X("p:Q", title=labels["p"], scale=alt.Scale(domain=[0, 1]), axis=_axis(style))
    y = alt.Y("loss:Q", title=labels["loss"], scale=alt.Scale(domain=[0, LOSS_CAP]), axis=_axis(style))
    line = _only("curve").mark_line(color=PALETTE[0], strokeWidth=style.line).encode(x=x, y=y)
    dot = _only("point").mark_point(filled=True, color=ALERT, size=style.point * 1.5).encode(x=x, y=y)
    text = _only("point").mark_text(align="left", dx=8, dy=-10, fontSize=style.scaled(12), color=ALERT).encode(
        x=x, y=y, text=alt.Text("text:N"))
    return alt.layer(line, dot, text, data=table).properties(
        height=style.height * 0.7, title=alt.Title(labels["title"], fontSize=style.title))


def gradient_table(names, gradient, labels: dict) -> pd.DataFrame:
    """One row per class: ∂l/∂o, and whether an update pushes that score up or down."""
    return pd.DataFrame({"layer": "bar", "order": range(len(names)), "class": list(names),
                         "gradient": [float(g) for g in gradient],
                         "effect": [labels["up"] if g < 0 else labels["down"] for g in gradient]})


def gradient_chart(table: pd.DataFrame, style: ChartStyle, labels: dict) -> alt.LayerChart:
    """∂l/∂o per class: negative bars are scores the update pushes up, positive ones pushed down."""
    x = alt.X("class:N", sort=None, title=None, axis=_axis(style, labelAngle=0))  # in the table's order
    y = alt.Y("gradient:Q", title=labels["axis"], axis=_axis(style))
    colour = alt.Color("effect:N", scale=alt.Scale(domain=[labels["up"], labels["down"]], range=[OK, ALERT]),
                       legend=alt.Legend(title=None, orient="top", labelFontSize=style.font, labelLimit=300))
    bars = alt.Chart().mark_bar().encode(x=x, y=y, color=colour, tooltip=[
        alt.Tooltip("class:N", title=""), alt.Tooltip("gradient:Q", format=".6g", title=labels["axis"])])
    zero = alt.Chart().mark_rule(color="#555555").encode(y=alt.datum(0))
    return alt.layer(bars, zero, data=table).properties(
        height=style.height * 0.7, title=alt.Title(labels["title"], fontSize=style.title))


def entropy_table(curve: pd.DataFrame, temperature: float, value: float) -> pd.DataFrame:
    """H against T, and the current (T, H)."""
    here = pd.DataFrame({"layer": "point", "temperature": [temperature], "entropy": [value],
                         "text": [f"H = {value:.3f}"]})
    return pd.concat([curve.assign(layer="curve", text=""), here], ignore_index=True)


def entropy_chart(table: pd.DataFrame, classes: int, style: ChartStyle, labels: dict) -> alt.LayerChart:
    """Entropy of softmax(o / T) against T (log scale), the current T marked, log(n) as the ceiling."""
    x = alt.X("temperature:Q", title=labels["T"], scale=alt.Scale(type="log"), axis=_axis(style))
    y = alt.Y("entropy:Q", title=labels["H"], scale=alt.Scale(domain=[0, float(np.log(classes)) * 1.08]),
              axis=_axis(style))
    line = _only("curve").mark_line(color=PALETTE[0], strokeWidth=style.line).encode(x=x, y=y)
    dot = _only("point").mark_point(filled=True, color=ALERT, size=style.point * 1.5).encode(x=x, y=y)
    text = _only("point").mark_text(align="left", dx=8, dy=12, fontSize=style.scaled(12), color=ALERT).encode(
        x=x, y=y, text=alt.Text("text:N"))
    ceiling = alt.Chart().mark_rule(color=MUTED, strokeDash=[4, 3]).encode(y=alt.datum(float(np.log(classes))))
    return alt.layer(line, ceiling, dot, text, data=table).properties(
        height=style.height * 0.7, title=alt.Title(labels["title"], fontSize=style.title))


def layer_chart(nodes: pd.DataFrame, edges: pd.DataFrame, style: ChartStyle) -> alt.LayerChart:
    """Inputs on the left, outputs on the right, one line per weight."""
    def height(side):
        count = (nodes["side"] == side).sum()
        return (nodes["index"] - (count - 1) / 2) * 1.0

    placed = nodes.assign(x=np.where(nodes["side"] == "input", 0.0, 1.0))
    placed["y"] = np.where(placed["side"] == "input", height("input"), height("output"))
    inputs = placed[placed["side"] == "input"].set_index("index")
    outputs = placed[placed["side"] == "output"].set_index("index")
    lines = pd.DataFrame({
        "edge": np.repeat(np.arange(len(edges)), 2), "order": np.tile([0, 1], len(edges)),
        "x": np.ravel(np.column_stack([np.zeros(len(edges)), np.ones(len(edges))])),
        "y": np.ravel(np.column_stack([inputs.loc[edges["source"], "y"].to_numpy(),
                                       outputs.loc[edges["target"], "y"].to_numpy()])),
    })
    extent = max(placed["y"].abs().max(), 1.0) + 0.7
    x = alt.X("x:Q", axis=None, scale=alt.Scale(domain=[-0.25, 1.25]))
    y = alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[-extent, extent]))
    wires = alt.Chart(lines).mark_line(color=MUTED, strokeWidth=max(1.0, style.line / 2), opacity=0.7).encode(
        x=x, y=y, detail=alt.Detail("edge:N"), order=alt.Order("order:Q"))
    dots = alt.Chart(placed).mark_circle(size=style.point * 8, opacity=1).encode(
        x=x, y=y, color=alt.Color("side:N", scale=alt.Scale(domain=["input", "output"], range=[PALETTE[0], OK]),
                                  legend=None))
    names = alt.Chart(placed).mark_text(color="white", fontWeight="bold", fontSize=style.scaled(12)).encode(
        x=x, y=y, text=alt.Text("name:N"))
    return (wires + dots + names).properties(height=style.height, width=style.height * 0.9).configure_view(
        stroke=None)
