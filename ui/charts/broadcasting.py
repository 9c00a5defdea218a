"""The broadcasting picture: operands stretched to the result's shape, real cells solid, virtual copies faint."""
from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

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
               show_values: bool = True, hide_result: bool = False) -> alt.LayerChart:
    """Operands and result as grids of cells; `symbols` go between panels (e.g. ["+", "="])."""
    placed, frame = layout(cells)
    n_panels = len(frame)
    result_panel = n_panels - 1 if (cells["kind"] == "result").any() else None
    colours = [RESULT_COLOUR if p == result_panel else OPERAND_COLOURS[p % 4] for p in frame["panel"]]
    placed["fill"] = placed["panel"].map(dict(zip(frame["panel"], colours)))
    placed["x2"], placed["y2"] = placed["x"] + 0.92, placed["y"] + 0.92
    placed["xc"], placed["yc"] = placed["x"] + 0.46, placed["y"] + 0.46
    hidden = hide_result & (placed["kind"] == "result")
    placed["label"] = np.where(hidden, "?", placed["value"].map(_number))
    placed["opacity"] = np.where(placed["kind"] == "copy", 0.28, np.where(hidden, 0.15, 0.9))

    cell_px = style.scaled(34)
    height = float(frame["height"].max())
    width = float(frame["x1"].max()) + (2 * GAP if len(symbols) >= n_panels else 0)
    x = alt.Scale(domain=[-0.2, width + 0.2], nice=False, zero=False)
    y = alt.Scale(domain=[-HEADER, height + 0.2], nice=False, zero=False, reverse=True)

    base = alt.Chart(placed)
    squares = base.mark_rect(strokeWidth=style.line).encode(
        x=alt.X("x:Q", scale=x, axis=None), x2="x2", y=alt.Y("y:Q", scale=y, axis=None), y2="y2",
        color=alt.Color("fill:N", scale=None),
        opacity=alt.Opacity("opacity:Q", scale=None),
        stroke=alt.Stroke("fill:N", scale=None),
        strokeDash=alt.condition(alt.datum.kind == "copy", alt.value([4, 3]), alt.value([1, 0])),
        tooltip=[alt.Tooltip("label:N", title="value"), alt.Tooltip("kind:N")],
    )
    layers = [squares]
    if show_values or hide_result:
        shown = placed if show_values else placed[hidden]
        layers.append(alt.Chart(shown).mark_text(fontSize=style.scaled(12), fontWeight="bold").encode(
            x=alt.X("xc:Q", scale=x), y=alt.Y("yc:Q", scale=y), text="label:N",
            color=alt.condition(alt.datum.kind == "copy", alt.value("#555555"), alt.value("#FFFFFF")),
        ))
    header = frame.assign(caption=captions[:n_panels], xc=(frame["x0"] + frame["x1"]) / 2, y=-0.55)
    layers.append(alt.Chart(header).mark_text(fontSize=style.scaled(13), fontWeight="bold").encode(
        x=alt.X("xc:Q", scale=x), y=alt.Y("y:Q", scale=y), text="caption:N"))
    if symbols:  # between panels; one more than the gaps goes after the last panel (e.g. "= ?")
        count = min(len(symbols), n_panels)
        between = pd.DataFrame({"symbol": symbols[:count],
                                "x": frame["x1"].iloc[:count].to_numpy() + GAP / 2 - 0.05,
                                "y": frame["height"].iloc[:count].to_numpy() / 2})
        layers.append(alt.Chart(between).mark_text(fontSize=style.scaled(26)).encode(
            x=alt.X("x:Q", scale=x), y=alt.Y("y:Q", scale=y), text="symbol:N"))
    slices = placed[(placed["row"] == 0) & (placed["col"] == 0)]
    if placed["slice"].max() > 0:
        tags = slices.assign(tag="[" + slices["slice"].astype(str) + "]", x=slices["x"] - 0.08,
                             y=slices["y"] + 0.46)
        layers.append(alt.Chart(tags).mark_text(align="right", fontSize=style.scaled(10), color="#666666")
                      .encode(x=alt.X("x:Q", scale=x), y=alt.Y("y:Q", scale=y), text="tag:N"))
    return alt.layer(*layers).properties(
        width=max(120.0, width * cell_px), height=max(60.0, (height + HEADER) * cell_px)
    ).configure_view(stroke=None)


def _number(v: float) -> str:
    """A cell's value as short text: whole numbers without a decimal point."""
    if np.isnan(v):
        return ""
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else f"{v:.3g}"


def step_table(rule, revealed: bool, t):
    """The rule axis by axis: each operand's size (a missing axis shown as 1), the rule, the result; a clash in red."""
    names = "abcd"
    rows = []
    for step in rule.steps:
        row = {t("bc.col_axis"): str(step.axis)}
        for i, size in enumerate(step.sizes):
            row[names[i]] = "1 " + t("bc.added") if size is None else str(size)
        row[t("bc.col_rule")] = t("bc.rule." + step.rule) if revealed else "?"
        row[t("bc.col_result")] = (str(step.size) if step.size is not None else "✗") if revealed else "?"
        rows.append(row)
    table = pd.DataFrame(rows)
    clash = [step.rule == "mismatch" and revealed for step in rule.steps]
    return table.style.apply(
        lambda column: [f"background-color: {ALERT}33; font-weight: bold" if c else "" for c in clash])
