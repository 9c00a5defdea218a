"""Softmax charts: scores beside probabilities, the loss on its curve, the gradient, entropy, the dense layer.

Each chart reads one long-form table (made by the *_table function beside it), so that its structure
can be built once and only the table sent on each rerun. Readouts sit in a fixed corner of their chart,
where no curve passes, so that they are never clipped at the chart's edge. The dense layer's layout (which
nodes are drawn, where the ⋮ goes) and the stability table's number formatting are drawing, so they live here.
"""
from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from ui.style import ALERT, MUTED, OK, PALETTE, ChartStyle

LOSS_CAP = 8.0  # the loss curve is drawn up to here; a larger loss is pinned to the top and labelled
_P = np.geomspace(np.exp(-LOSS_CAP), 1, 80)  # dense near 0, where -log p is steep
_CURVE, _BLANK = ["curve"] * len(_P), [""] * len(_P)
HEADROOM = 0.35  # room above the tallest bar (a share of the axis) for its value and the arg-max mark


def format_number(x: float) -> str:
    """A loss or probability as the stability table writes it: inf and NaN spelled out."""
    if np.isnan(x):
        return "NaN"
    if np.isinf(x):
        return "inf" if x > 0 else "-inf"
    return f"{x + 0.0:.6g}"  # -0.0 + 0.0 is 0.0: no "-0" on the page


def format_vector(values) -> str:
    """Probabilities as (0.659, 0.242, 0.0986), NaN and inf included."""
    return "(" + ", ".join(format_number(float(v)) for v in values) + ")"


def _axis(style: ChartStyle, **kwargs) -> alt.Axis:
    return alt.Axis(labelFontSize=style.font, titleFontSize=style.title, **kwargs)


def _title(text: str, style: ChartStyle) -> alt.Title:
    return alt.Title(text, fontSize=style.title, anchor="start", limit=0)


# The small charts stretch to their column's width; their height is the plot's own, so that the
# title, legend and axes are added to it rather than squeezed out of it.
FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")


def _only(layer: str):
    """A base chart that draws the rows of one layer of the long-form table."""
    return alt.Chart().transform_filter(alt.datum.layer == layer)


def scores_table(names, logits, probabilities, label: int, winners, labels: dict) -> pd.DataFrame:
    """One row per class and panel (scores, probabilities): value, its text, truth, arg-max mark.

    The arg-max mark sits on every class with the largest score, in both panels: softmax keeps that
    order even where float64 prints two probabilities as equal. One "room" row per panel keeps space
    above the tallest bar for the texts.
    """
    rows = []
    for panel, values in (("logit", logits), ("probability", probabilities)):
        for i, (name, v) in enumerate(zip(names, values)):
            text = f"{v:.4g}" if panel == "logit" else (f"{v:.3f}" if v >= 1e-3 or v == 0 else f"{v:.1e}")
            rows.append((panel, i, name, float(v), text, labels["true"] if i == label else labels["other"],
                         "▲ argmax" if i in winners else ""))
    top, bottom = max(max(logits), 0.0), min(min(logits), 0.0)
    rows.append(("logit room", 0, names[0], top + HEADROOM * ((top - bottom) or 1.0), "", "", ""))
    rows.append(("probability room", 0, names[0], 1.0 + HEADROOM, "", "", ""))
    return pd.DataFrame(rows, columns=["layer", "order", "class", "value", "text", "truth", "mark"])


def scores_chart(table: pd.DataFrame, style: ChartStyle, labels: dict) -> alt.HConcatChart:
    """Logits and probabilities side by side; the true class in green, the arg-max marked in both."""
    colour = alt.Color("truth:N", scale=alt.Scale(domain=[labels["true"], labels["other"]], range=[OK, PALETTE[0]]),
                       legend=alt.Legend(title=None, orient="top", labelFontSize=style.font, labelLimit=400))
    x = alt.X("class:N", sort=None, title=None, axis=_axis(style, labelAngle=0, labelLimit=200))  # table order

    def panel(layer, title, ticks=alt.Undefined):
        y = alt.Y("value:Q", title=title, axis=_axis(style, tickCount=5, values=ticks))
        base = _only(layer).encode(x=x, y=y)
        bars = base.mark_bar().encode(color=colour, tooltip=[alt.Tooltip("class:N", title=""),
                                                             alt.Tooltip("value:Q", format=".6g", title=title)])
        values = base.mark_text(dy=-8, fontSize=style.scaled(11), aria=False).encode(text=alt.Text("text:N"))
        argmax = base.mark_text(dy=-8 - style.scaled(14), fontSize=style.scaled(11), color=ALERT, fontWeight="bold",
                                aria=False).encode(text=alt.Text("mark:N"))
        room = _only(layer + " room").mark_point(opacity=0, aria=False).encode(y=y)  # invisible: sets the top
        return alt.layer(bars, values, argmax, room).properties(height=style.height * 0.62,
                                                                width=alt.Step(style.scaled(48)))

    return alt.hconcat(panel("logit", labels["logits"]), panel("probability", labels["probabilities"], [0, 0.25, 0.5, 0.75, 1]),
                       data=table, description=labels["scores_description"])


def loss_table(p_true: float, loss: float) -> pd.DataFrame:
    """The curve -log p, and this example's point (pinned at LOSS_CAP when larger) with its true value."""
    return pd.DataFrame({"layer": _CURVE + ["point", "readout"], "p": np.r_[_P, p_true, 1.0],
                         "loss": np.r_[-np.log(_P), min(loss, LOSS_CAP), LOSS_CAP],
                         "text": _BLANK + ["", f"−log p = {loss:.4g}"]})


def loss_chart(table: pd.DataFrame, style: ChartStyle, labels: dict) -> alt.LayerChart:
    """The curve -log p over p in (0, 1], this example's point on it, its value in the empty top-right corner."""
    x = alt.X("p:Q", title=labels["p"], scale=alt.Scale(domain=[0, 1]), axis=_axis(style, tickCount=5))
    y = alt.Y("loss:Q", title=labels["loss"], scale=alt.Scale(domain=[0, LOSS_CAP]), axis=_axis(style, tickCount=4))
    line = _only("curve").mark_line(color=PALETTE[0], strokeWidth=style.line, aria=False).encode(x=x, y=y)
    dot = _only("point").mark_point(filled=True, color=ALERT, size=style.point * 1.5, opacity=1).encode(x=x, y=y)
    text = _only("readout").mark_text(align="right", baseline="top", dy=4, fontSize=style.scaled(13), color=ALERT,
                                      fontWeight="bold", aria=False).encode(x=x, y=y, text=alt.Text("text:N"))
    return alt.layer(line, dot, text, data=table).properties(
        height=style.height * 0.5, title=_title(labels["loss_title"], style), description=labels["loss_description"],
        autosize=FIT_WIDTH)


def gradient_table(names, gradient, labels: dict) -> pd.DataFrame:
    """One row per class: ∂l/∂o, and whether a gradient-descent step pushes that score up, down, or not at all."""
    effect = [labels["up"] if g < 0 else labels["down"] if g > 0 else labels["still"] for g in gradient]
    return pd.DataFrame({"layer": "bar", "order": range(len(names)), "class": list(names),
                         "gradient": [float(g) for g in gradient], "effect": effect})


def gradient_chart(table: pd.DataFrame, style: ChartStyle, labels: dict) -> alt.LayerChart:
    """∂l/∂o per class: negative bars are scores the update pushes up, positive ones pushed down."""
    x = alt.X("class:N", sort=None, title=None, axis=_axis(style, labelAngle=0, labelLimit=120))  # table order
    # the axis spans at least ±0.1, so it has several ticks even when every gradient is (nearly) 0
    y = alt.Y("gradient:Q", title=labels["axis"], axis=_axis(style, tickCount=5),
              scale=alt.Scale(domain={"unionWith": [-0.1, 0.1]}))
    colour = alt.Color("effect:N", scale=alt.Scale(domain=[labels["up"], labels["down"], labels["still"]],
                                                   range=[OK, ALERT, PALETTE[7]]),
                       legend=alt.Legend(title=None, orient="top", direction="vertical", labelFontSize=style.font,
                                         labelLimit=300))
    bars = alt.Chart().mark_bar().encode(x=x, y=y, color=colour, tooltip=[
        alt.Tooltip("class:N", title=""), alt.Tooltip("gradient:Q", format=".6g", title=labels["axis"])])
    zero = alt.Chart().mark_rule(color=PALETTE[7], aria=False).encode(y=alt.datum(0))
    return alt.layer(bars, zero, data=table).properties(
        height=style.height * 0.5, title=_title(labels["gradient_title"], style),
        description=labels["gradient_description"], autosize=FIT_WIDTH)


def entropy_table(curve: pd.DataFrame, temperature: float, value: float) -> pd.DataFrame:
    """H against T, the current (T, H), and its readout in the empty top-left corner."""
    n, temperatures = len(curve), curve["temperature"].to_numpy()
    return pd.DataFrame({"temperature": np.r_[temperatures, temperature, temperatures.min()],
                         "entropy": np.r_[curve["entropy"].to_numpy(), value, np.nan],
                         "layer": ["curve"] * n + ["point", "readout"], "text": [""] * (n + 1) + [f"H(ŷ) = {value:.3f}"]})


def entropy_chart(table: pd.DataFrame, classes: int, style: ChartStyle, labels: dict) -> alt.LayerChart:
    """Entropy of softmax(o / T) against T (log scale), the current T marked, log n as the ceiling it approaches."""
    ceiling = float(np.log(classes))
    x = alt.X("temperature:Q", title=labels["T"], scale=alt.Scale(type="log", nice=False),
              axis=_axis(style, values=[0.1, 1, 10], format="~g"))
    y = alt.Y("entropy:Q", title=labels["H"], scale=alt.Scale(domain=[0, ceiling * 1.3]), axis=_axis(style, tickCount=4))
    line = _only("curve").mark_line(color=PALETTE[0], strokeWidth=style.line, aria=False).encode(x=x, y=y)
    dot = _only("point").mark_point(filled=True, color=ALERT, size=style.point * 1.5, opacity=1).encode(x=x, y=y)
    text = _only("readout").mark_text(align="left", baseline="top", dx=4, fontSize=style.scaled(13), color=ALERT,
                                      fontWeight="bold", aria=False).encode(x=x, y=alt.datum(ceiling * 1.3),
                                                                           text=alt.Text("text:N"))
    rule = alt.Chart().mark_rule(color=PALETTE[7], strokeDash=[4, 3], aria=False).encode(y=alt.datum(ceiling))
    rule_label = alt.Chart().mark_text(align="right", baseline="bottom", dy=-3, fontSize=style.scaled(12),
                                       color=PALETTE[7], aria=False).encode(
        x=alt.datum(10.0), y=alt.datum(ceiling), text=alt.datum(f"log {classes} = {ceiling:.3f}"))
    return alt.layer(line, rule, rule_label, dot, text, data=table).properties(
        height=style.height * 0.5, title=_title(labels["entropy_title"], style),
        description=labels["entropy_description"], autosize=FIT_WIDTH)


DRAWN = 8  # at most this many inputs are drawn; beyond it the first few, a gap, and the last (all outputs are)


def drawn_indices(count: int, limit: int = DRAWN) -> list[int]:
    """Which of `count` nodes to draw: all of them, or the first limit - 2 and the last (a gap between)."""
    return list(range(count)) if count <= limit else list(range(limit - 2)) + [count - 1]


def drawn_inputs(inputs: int) -> int:
    """How many of the inputs the picture shows."""
    return len(drawn_indices(inputs))


def layer_layout(inputs: int, outputs: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The drawn nodes (name, side "input"/"output"/"gap", slot: position from the top) and the drawn
    weights (source slot, target slot): every output, the inputs that drawn_indices picks, a ⋮ for the rest."""
    rows = []
    for side, count, letter, limit in (("input", inputs, "x", DRAWN), ("output", outputs, "o", outputs)):
        slot, previous = 0, -1
        for i in drawn_indices(count, limit):
            if i != previous + 1:  # inputs left out: a ⋮ in their place
                rows.append(("⋮", "gap", slot))
                slot += 1
            rows.append((f"{letter}{i + 1}", side, slot))
            slot, previous = slot + 1, i
    nodes = pd.DataFrame(rows, columns=["name", "side", "slot"])
    sources = nodes.loc[nodes["side"] == "input", "slot"]
    targets = nodes.loc[nodes["side"] == "output", "slot"]
    edges = pd.DataFrame([(a, b) for a in sources for b in targets], columns=["source", "target"])
    return nodes, edges


def layer_chart(inputs: int, outputs: int, style: ChartStyle, description: str) -> alt.LayerChart:
    """Inputs on the left, outputs on the right, one line per drawn weight; a ⋮ where inputs are left out."""
    nodes, edges = layer_layout(inputs, outputs)

    def centred(side):
        slots = nodes.loc[nodes["side"].isin([side, "gap"] if side == "input" else [side]), "slot"]
        return (slots.max() + slots.min()) / 2

    placed = nodes.assign(x=np.where(nodes["side"] == "output", 1.0, 0.0))
    placed["y"] = placed["slot"] - np.where(placed["side"] == "output", centred("output"), centred("input"))
    inputs = placed[placed["side"] == "input"].set_index("slot")
    outputs = placed[placed["side"] == "output"].set_index("slot")
    lines = pd.DataFrame({
        "edge": np.repeat(np.arange(len(edges)), 2), "order": np.tile([0, 1], len(edges)),
        "x": np.ravel(np.column_stack([np.zeros(len(edges)), np.ones(len(edges))])),
        "y": np.ravel(np.column_stack([inputs.loc[edges["source"], "y"].to_numpy(),
                                       outputs.loc[edges["target"], "y"].to_numpy()])),
    })
    extent = max(placed["y"].abs().max(), 1.0) + 0.7
    x = alt.X("x:Q", axis=None, scale=alt.Scale(domain=[-0.25, 1.25]))
    y = alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[extent, -extent]))  # x1 at the top
    wires = alt.Chart(lines).mark_line(color=MUTED, strokeWidth=max(1.0, style.line / 2), opacity=0.7,
                                       aria=False).encode(x=x, y=y, detail=alt.Detail("edge:N"),
                                                          order=alt.Order("order:Q"))
    nodes_drawn = placed[placed["side"] != "gap"]
    dots = alt.Chart(nodes_drawn).mark_circle(size=style.point * 8, opacity=1, aria=False).encode(
        x=x, y=y, color=alt.Color("side:N", scale=alt.Scale(domain=["input", "output"], range=[PALETTE[0], OK]),
                                  legend=None))
    long_name = alt.expr.length(alt.datum.name) > 3  # x784 gets a smaller font, to stay inside its circle
    names = alt.Chart(nodes_drawn).mark_text(color="white", fontWeight="bold", aria=False).encode(
        x=x, y=y, text=alt.Text("name:N"),
        size=alt.condition(long_name, alt.value(style.scaled(9.5)), alt.value(style.scaled(12))))
    gap = alt.Chart(placed[placed["side"] == "gap"]).mark_text(fontSize=style.scaled(22), fontWeight="bold",
                                                               aria=False).encode(x=x, y=y, text=alt.Text("name:N"))
    slots = int(nodes["slot"].max()) + 1
    return (wires + dots + names + gap).properties(height=style.height * max(1.0, slots / 8), width=style.height * 0.9,
                                                   description=description).configure_view(stroke=None)
