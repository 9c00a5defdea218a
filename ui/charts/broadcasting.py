"""The broadcasting picture: operands stretched to the result's shape, real cells solid, virtual copies faint."""
from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from explain.broadcasting import NAMES
from ui.style import ALERT, PALETTE, ChartStyle

OPERAND_COLOURS = (PALETTE[0], PALETTE[1], PALETTE[3], PALETTE[4])
RESULT_COLOUR = PALETTE[2]
GAP = 1.6  # room between panels for the + and = signs, in cells
SLICE_GAP = 0.7  # room between the small multiples of a 3-D array, in cells
HEADER = 1.3  # room above the panels for their captions, in cells


def layout(cells: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Place every cell: panels left to right, slices of a 3-D array top to bottom; also each panel's frame."""
    placed, frames, left = [], [], 0.0
    for panel, group in cells.groupby("panel", sort=True):
        rows, cols = group["row"].max() + 1, group["col"].max() + 1
        g = group.copy()
        g["x"] = left + g["col"]
        g["y"] = g["slice"] * (rows + SLICE_GAP) + g["row"]
        placed.append(g)
        slices = group["slice"].max() + 1
        frames.append((panel, left, left + cols, slices * (rows + SLICE_GAP) - SLICE_GAP, slices, rows))
        left += cols + GAP
    frame = pd.DataFrame(frames, columns=["panel", "x0", "x1", "height", "slices", "rows"])
    return pd.concat(placed, ignore_index=True), frame


def grid_chart(cells: pd.DataFrame, captions: list[str], symbols: list[str], style: ChartStyle,
               show_values: bool = True, hide_result: bool = False, kinds: dict | None = None) -> alt.LayerChart:
    """Operands and result as grids of cells; `symbols` go between panels (e.g. ["+", "="]).

    `kinds` names "real", "copy" and "result" cells in the reader's language, for the tooltips.
    """
    placed, frame = layout(cells)
    n_panels = len(frame)
    result_panel = n_panels - 1 if (cells["kind"] == "result").any() else None
    colours = [RESULT_COLOUR if p == result_panel else OPERAND_COLOURS[p % 4] for p in frame["panel"]]
    placed["fill"] = placed["panel"].map(dict(zip(frame["panel"], colours)))
    hidden = hide_result & (placed["kind"] == "result")
    placed["label"] = np.where(hidden, "?", placed["value"].map(_number))
    # virtual copies: faint fill inside a solid dashed outline
    placed["opacity"] = np.where(placed["kind"] == "copy", 0.22, np.where(hidden, 0.15, 0.9))
    placed["layer"] = np.where(show_values | hidden, "cell+value", "cell")
    placed["tip"] = placed["label"] + "  ·  " + placed["kind"].map(kinds or {}).fillna(placed["kind"])

    # one long-form table for every layer: cells, panel captions, the signs between panels, slice tags
    count = min(len(symbols), n_panels)
    top_left = placed[(placed["row"] == 0) & (placed["col"] == 0) & (placed["slice"] > 0).any()]
    extras = pd.concat([
        pd.DataFrame({"layer": "caption", "label": captions[:n_panels],
                      "x": (frame["x0"] + frame["x1"]) / 2 - 0.46, "y": -0.55 - 0.46}),
        pd.DataFrame({"layer": "symbol", "label": symbols[:count],
                      "x": frame["x1"].iloc[:count].to_numpy() + GAP / 2 - 0.51,
                      "y": frame["height"].iloc[:count].to_numpy() / 2 - 0.46}),
        pd.DataFrame({"layer": "tag", "label": "[" + top_left["slice"].astype(str) + "]",
                      "x": top_left["x"] - 0.54, "y": top_left["y"]}),
    ], ignore_index=True)
    data = pd.concat([placed[["layer", "x", "y", "label", "fill", "opacity", "kind", "tip"]], extras],
                     ignore_index=True)
    data["xc"], data["yc"] = data["x"] + 0.46, data["y"] + 0.46  # centres, where text goes
    data["x2"], data["y2"] = data["x"] + 0.92, data["y"] + 0.92

    cell_px = style.scaled(34)
    height = float(frame["height"].max())
    width = float(frame["x1"].max()) + (2 * GAP if len(symbols) >= n_panels else 0)
    x_scale = alt.Scale(domain=[-0.6, width + 0.2], nice=False, zero=False)
    y_scale = alt.Scale(domain=[-HEADER, height + 0.2], nice=False, zero=False, reverse=True)
    x, y = alt.X("x:Q", scale=x_scale, axis=None), alt.Y("y:Q", scale=y_scale, axis=None)
    # channel objects throughout: Altair re-hashes its whole schema for every shorthand string it parses
    centre = {"x": alt.X("xc:Q", scale=x_scale), "y": alt.Y("yc:Q", scale=y_scale), "text": alt.Text("label:N")}
    kinds = ["real", "copy", "result"]

    base = alt.Chart()
    squares = base.transform_filter(alt.FieldOneOfPredicate("layer", ["cell", "cell+value"])).mark_rect(
        strokeWidth=style.line).encode(
        x=x, x2=alt.X2("x2"), y=y, y2=alt.Y2("y2"),
        color=alt.Color("fill:N", scale=None), stroke=alt.Stroke("fill:N", scale=None),
        fillOpacity=alt.FillOpacity("opacity:Q", scale=None),
        strokeDash=alt.StrokeDash("kind:N", legend=None,
                                  scale=alt.Scale(domain=kinds, range=[[1, 0], [4, 3], [1, 0]])),
        tooltip=[alt.Tooltip("tip:N", title="")])
    values = base.transform_filter(alt.datum.layer == "cell+value").mark_text(
        fontSize=style.scaled(12), fontWeight="bold").encode(
        **centre, color=alt.Color("kind:N", legend=None,
                                  scale=alt.Scale(domain=kinds, range=["#FFFFFF", "#555555", "#FFFFFF"])))
    headers = base.transform_filter(alt.datum.layer == "caption").mark_text(
        fontSize=style.scaled(13), fontWeight="bold").encode(**centre)
    signs = base.transform_filter(alt.datum.layer == "symbol").mark_text(fontSize=style.scaled(26)).encode(**centre)
    tags = base.transform_filter(alt.datum.layer == "tag").mark_text(
        align="right", fontSize=style.scaled(10), color="#666666").encode(**centre)
    return alt.layer(squares, values, headers, signs, tags, data=data).properties(
        width=max(120.0, width * cell_px), height=max(60.0, (height + HEADER) * cell_px)
    ).configure_view(stroke=None)


def _number(v: float) -> str:
    """A cell's value as short text: whole numbers without a decimal point."""
    if np.isnan(v):
        return ""
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else f"{v:.3g}"


def step_table(rule, revealed: bool, t):
    """The rule axis by axis: each operand's size (a missing axis shown as 1), the rule, the result; a clash in red."""
    rows = []
    for step in rule.steps:
        row = {t("bc.col_axis"): str(step.axis)}
        for i, size in enumerate(step.sizes):
            row[NAMES[i]] = "1 " + t("bc.added") if size is None else str(size)
        row[t("bc.col_rule")] = t("bc.rule." + step.rule) if revealed else "?"
        row[t("bc.col_result")] = (str(step.size) if step.size is not None else "✗") if revealed else "?"
        rows.append(row)
    table = pd.DataFrame(rows)
    clash = [step.rule == "mismatch" and revealed for step in rule.steps]
    return table.style.apply(
        lambda column: [f"background-color: {ALERT}33; font-weight: bold" if c else "" for c in clash])
