"""Linear-regression charts: the loss surface over (w₁, w₂) with SGD's path and a step scrubber that runs in the
browser, the loss after every step linked to the same scrubber, and D2L's scatter of a feature against the labels.

Each chart reads one long-form table made by the *_table function beside it, so its structure is built once per
set of arguments and a rerun only sends a new table. Nothing here computes the maths: the page hands in the
path, the losses and the surface that explain.linreg computed.
"""
from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from ui.style import ALERT, MUTED, PALETTE, ChartStyle

# (width, height) of each panel: laptop (True), projector (False). Both panels, their axes and the marks' legend fit
# the page's chart column at 1280 px wide with the sidebar open (~600 px) and in projector mode (~780 px)
PANEL = {True: (205, 205), False: (260, 190)}
CELLS = 36  # the surface is CELLS × CELLS rectangles (1 296 marks)
MAX_DRAWN = 1001  # steps drawn on the path and the loss curve (every k-th step, the last one always)
STEP = "step"  # the Vega-Lite parameter the scrubber moves (the index of a drawn step)
MARKS = ("start", "closed", "true")
COLOURS = {"start": PALETTE[5], "closed": PALETTE[7], "true": PALETTE[2]}
SHAPES = {"start": "circle", "closed": "cross", "true": "triangle-up"}


# a log axis: labels at the powers of ten only, written 1e6 from a hundred thousand on and 1e-4 below a thousandth
POWER = "log(datum.value) / LN10"
DECADES = (f"abs({POWER} - round({POWER})) > 1e-6 ? '' : abs(round({POWER})) >= 4 ? '1e' + round({POWER}) : "
           "format(datum.value, '~g')")


def _axis(style: ChartStyle, **kwargs) -> alt.Axis:
    return alt.Axis(labelFontSize=style.font, titleFontSize=style.title, **kwargs)


def _only(*layers: str):
    return alt.Chart().transform_filter(alt.FieldOneOfPredicate(field="layer", oneOf=list(layers)))


def surface_domain(start, closed, true, path) -> tuple[tuple[float, float], tuple[float, float]]:
    """The (w₁, w₂) window: the start, the optimum, the truth and the path near them, with a margin; a path that
    runs away (divergence) leaves the window at most 1.5 × the start's distance from the optimum."""
    anchors = np.array([start, closed, true], dtype=float)
    reach = 1.5 * max(float(np.linalg.norm(np.asarray(start) - np.asarray(closed))), 1.0)
    path = np.asarray(path, dtype=float).reshape(-1, 2)
    near = path[np.all(np.abs(path - np.asarray(closed)) <= reach, axis=1)]
    points = np.vstack([anchors, near])
    lo, hi = points.min(axis=0), points.max(axis=0)
    margin = 0.12 * np.maximum(hi - lo, 0.5)
    return (float(lo[0] - margin[0]), float(hi[0] + margin[0])), (float(lo[1] - margin[1]), float(hi[1] + margin[1]))


def drawn_steps(steps: int) -> np.ndarray:
    """The steps drawn: every k-th (k the smallest that keeps at most MAX_DRAWN), and the last."""
    every = max(1, -(-steps // (MAX_DRAWN - 1)))
    return np.unique(np.append(np.arange(0, steps + 1, every), steps))


def _number(v: float) -> str:
    return f"{v:.4g}"


def path_table(w1, w2, grid, domain, path_w, path_loss, marks: dict, labels: dict) -> pd.DataFrame:
    """The surface's cells, the path and the loss per step at the drawn steps, the start, optimum and truth.

    w1, w2: the cells' centres; grid[j, i] the loss at (w1[i], w2[j]); path_w (steps + 1, 2); path_loss
    (steps + 1,); marks: name → (w₁, w₂). A path point outside the window is drawn on its edge.
    """
    (a1, b1), (a2, b2) = domain
    h1, h2 = 0.51 * (b1 - a1) / len(w1), 0.51 * (b2 - a2) / len(w2)  # half a cell and a hair: no seams
    W1, W2 = np.meshgrid(w1, w2)
    cells = pd.DataFrame({"layer": "cell", "x": W1.ravel() - h1, "x2": W1.ravel() + h1, "y": W2.ravel() - h2,
                          "y2": W2.ravel() + h2, "value": np.log10(np.maximum(grid.ravel(), 1e-12))})
    keep = drawn_steps(len(path_loss) - 1)
    x = np.clip(path_w[keep, 0], a1, b1)
    y = np.clip(path_w[keep, 1], a2, b2)
    # a path that leaves the window is drawn up to its edge, then stops (the loss curve goes on)
    outside = np.flatnonzero((x != path_w[keep, 0]) | (y != path_w[keep, 1]))
    if outside.size:
        x[outside[0] + 1:] = np.nan
        y[outside[0] + 1:] = np.nan
    text = [labels["readout"].format(step=int(s), loss=_number(v)) for s, v in zip(keep, path_loss[keep])]
    path = pd.DataFrame({"layer": "path", "x": x, "y": y, "i": np.arange(len(keep)), "step": keep,
                         "loss": np.maximum(path_loss[keep], 1e-12), "text": text})
    points = pd.DataFrame({"layer": "mark", "series": [labels[m] for m in MARKS],
                           "x": [marks[m][0] for m in MARKS], "y": [marks[m][1] for m in MARKS]})
    table = pd.concat([cells, path, points], ignore_index=True)
    return table.astype({"i": "Int64", "step": "Int64"})


def path_chart(table: pd.DataFrame, style: ChartStyle, labels: dict, last: int) -> alt.HConcatChart:
    """Left: the loss over (w₁, w₂) (b at its closed-form value), the path, the scrubbed step. Right: the loss at
    every step (log scale), the same step marked. `last`: the index of the last drawn step (the scrubber's end)."""
    step = alt.param(name=STEP, value=last, bind=alt.binding_range(min=0, max=last, step=1, name=labels["scrub"] + " "))
    here = alt.datum.i == step
    width, height = PANEL[style.font <= 13]
    title = (lambda text: alt.Title(text, fontSize=style.title)) if style.font <= 13 else (lambda text: alt.Undefined)
    x = alt.X("x:Q", title="w₁", scale=alt.Scale(nice=False, zero=False), axis=_axis(style))
    y = alt.Y("y:Q", title="w₂", scale=alt.Scale(nice=False, zero=False), axis=_axis(style))
    heat = _only("cell").mark_rect(aria=False, strokeWidth=0).encode(
        x=x, x2="x2:Q", y=y, y2="y2:Q",
        # bands of log₁₀ loss (a quantized scale): contour-like, darker is lower. No legend: the page's caption says
        # so, and the loss itself is read on the right panel (a legend took a fifth of the chart's width)
        color=alt.Color("value:Q", scale=alt.Scale(type="quantize", scheme=alt.SchemeParams("blues", count=7),
                                                   reverse=True, nice=True), legend=None))
    line = _only("path").mark_line(color=ALERT, strokeWidth=style.line * 0.75, opacity=0.9).encode(
        x=x, y=y, order="i:Q")
    order = [labels[m] for m in MARKS]
    shape = alt.Shape("series:N", scale=alt.Scale(domain=order, range=[SHAPES[m] for m in MARKS]),
                      legend=alt.Legend(title=None, orient="bottom", labelFontSize=style.font, symbolSize=style.point * 2,
                                        symbolOpacity=1, labelLimit=400, columns=3, offset=6, padding=0))
    # fill, not color: the surface's colour scale is the loss (the shape and fill legends merge into one)
    fill = alt.Fill("series:N", scale=alt.Scale(domain=order, range=[COLOURS[m] for m in MARKS]),
                    legend=alt.Legend(title=None, orient="bottom", labelFontSize=style.font, symbolSize=style.point * 2,
                                      symbolOpacity=1, labelLimit=400, columns=3, offset=6, padding=0))
    marks = _only("mark").mark_point(size=style.point * 2, filled=True, opacity=1).encode(
        x=x, y=y, shape=shape, fill=fill)
    marker = _only("path").transform_filter(here).mark_point(
        size=style.point * 3, color=ALERT, strokeWidth=style.line * 1.2).encode(x=x, y=y)
    surface = alt.LayerChart(layer=[heat, line, marks, marker], width=width, height=height,
                             title=title(labels["surface_title"]))
    sx = alt.X("step:Q", title=labels["steps_axis"], scale=alt.Scale(nice=False), axis=_axis(style))
    ly = alt.Y("loss:Q", title=labels["loss_axis"], scale=alt.Scale(type="log"), axis=_axis(style, labelExpr=DECADES))
    curve = _only("path").mark_line(color=PALETTE[0], strokeWidth=style.line).encode(x=sx, y=ly)
    rule = _only("path").transform_filter(here).mark_rule(color=MUTED, strokeDash=[3, 3], aria=False).encode(x=sx)
    dot = _only("path").transform_filter(here).mark_point(filled=True, size=style.point * 1.5, color=ALERT).encode(
        x=sx, y=ly)
    # the scrubbed step's loss, above the plot (where no curve runs), in place of a title
    readout = _only("path").transform_filter(here).mark_text(
        align="left", baseline="bottom", fontSize=style.scaled(12), fontWeight="bold", color=ALERT).encode(
        x=alt.value(0), y=alt.value(-6), text="text:N")
    losses = alt.LayerChart(layer=[curve, rule, dot, readout], width=width, height=height)
    return alt.HConcatChart(hconcat=[surface, losses], data=table, params=[step.param], spacing=12,
                            description=labels["description"])


def data_table(feature, labels_) -> pd.DataFrame:
    """D2L's scatter: the second feature against the label, every example."""
    return pd.DataFrame({"x": np.asarray(feature, dtype=float), "y": np.asarray(labels_, dtype=float)})


def data_chart(table: pd.DataFrame, style: ChartStyle, labels: dict) -> alt.Chart:
    """Each example as a dot: x₂ against y (D2L 3.2's picture)."""
    return alt.Chart(table, description=labels["description"], height=style.height * 0.7, width=style.scaled(480),
                     title=alt.Title(labels["title"], fontSize=style.title)).mark_circle(
        size=style.point / 4, opacity=0.6, color=PALETTE[0]).encode(
        x=alt.X("x:Q", title="x₂", axis=_axis(style)), y=alt.Y("y:Q", title="y", axis=_axis(style)))
