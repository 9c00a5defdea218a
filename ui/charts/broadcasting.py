"""The broadcasting picture: operands stretched to the result's shape, real cells solid, virtual copies faint.

The picture is laid out in pixels to fit a box (the page's picture column in laptop or projector mode):
`place` tries every arrangement of the panels (one line, or the result on a line of its own …) and of
the slices of a 3-D array (stacked, side by side, or a grid of them), and keeps the one with the
largest cells. `grid_chart` then draws that placement; its structure depends only on sizes and fonts.
The cells come from the page (explain's `picture_cells`); this module only lays them out and draws them.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

import altair as alt
import numpy as np
import pandas as pd

from ui.style import PALETTE, ChartStyle, ink

OPERAND_COLOURS = (PALETTE[0], PALETTE[1], PALETTE[3], PALETTE[4])
RESULT_COLOUR = PALETTE[2]
COPY_OPACITY = 0.22  # a virtual copy: a faint fill inside a dashed outline
HIDDEN_OPACITY = 0.15
DIGIT = 0.58  # width of a bold digit, in ems
VALUE_ROOM = 0.9  # share of a cell's width a value may take
MIN_CELL = 6.0  # px: a picture that needs smaller cells to fit is not drawn


# --- layout ----------------------------------------------------------------------------------------

def box(style: ChartStyle, above: str = "") -> tuple[float, float]:
    """Width and height in px the picture may take in the page's picture column, at 1280×720 in projector mode
    or at 1440×900 on a laptop, under a verdict of text `above` (each line past the first takes room)."""
    projector = style.font > 13
    width, height, page_font = (640.0, 325.0, 22.0) if projector else (600.0, 520.0, 16.0)
    lines = math.ceil(text_width(above, 0.85 * page_font) / (width - 90)) if above else 1
    return width, height - 1.7 * page_font * max(0, lines - 1)


def text_width(text: str, font: float) -> float:
    """A generous estimate of a line of bold text's width in px (wide CJK characters count double)."""
    return font * sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.62 for ch in text)


@dataclass(frozen=True)
class Fonts:
    """The picture's type sizes in px."""

    caption: float
    symbol: float
    tag: float
    value_max: float
    value_min: float

    @classmethod
    def of(cls, style: ChartStyle) -> "Fonts":
        return cls(style.scaled(13), style.scaled(24), style.scaled(11), style.scaled(13), max(11.0, style.scaled(7.5)))


@dataclass(frozen=True)
class Placement:
    """Every drawn item with its position in px, and the picture's size."""

    table: pd.DataFrame
    width: float
    height: float
    cell: float  # side of a cell in px
    value_font: float  # 0 when the cells are too small for legible values
    lines: int  # rows of panels
    slice_columns: int  # slices of a 3-D array side by side
    fits: bool  # False when even cells of MIN_CELL overflow the box: then it is not worth drawing


class _Geometry:
    """Panel sizes for one cell size and arrangement; positions of panels, symbols and captions."""

    def __init__(self, dims, caption_widths, symbol_widths, trailing, fonts, tag_width):
        self.dims, self.caption_widths, self.symbol_widths = dims, caption_widths, symbol_widths
        self.trailing, self.fonts, self.tag_width = trailing, fonts, tag_width
        self.caption_height = fonts.caption * 1.6

    def panel(self, p: int, cell: float, k: int) -> tuple[float, float, int, float]:
        """Width, height, slices per row and the gap between slices of panel p."""
        slices, rows, cols = self.dims[p]
        per_row = min(k, slices)
        gap = max(4.0, 0.3 * cell)
        gutter = self.tag_width if slices > 1 else 0.0
        width = per_row * (gutter + cols * cell) + (per_row - 1) * gap
        height = math.ceil(slices / per_row) * rows * cell + (math.ceil(slices / per_row) - 1) * gap
        return width, height, per_row, gap

    def lines(self, breaks: tuple[int, ...]) -> list[range]:
        """The panels of each line; a break before panel j starts a new line there."""
        edges = (0, *breaks, len(self.dims))
        return [range(a, b) for a, b in zip(edges, edges[1:])]

    def size(self, cell: float, k: int, breaks: tuple[int, ...]) -> tuple[float, float]:
        """The picture's width and height in px."""
        width, height = 0.0, 0.0
        for number, line in enumerate(self.lines(breaks)):
            x, tallest = 0.0, 0.0
            if line.start > 0:
                x += self.symbol_widths[line.start - 1]
            for p in line:
                w, h, _, _ = self.panel(p, cell, k)
                x += max(w, self.caption_widths[p])
                if p + 1 < line.stop or (p == len(self.dims) - 1 and self.trailing):
                    x += self.symbol_widths[p]
                tallest = max(tallest, h)
            width = max(width, x)
            height += self.caption_height + tallest + (self.caption_height * 0.5 if number else 0.0)
        return width, height

    def fit(self, k: int, breaks: tuple[int, ...], limit: tuple[float, float], largest: float) -> float:
        """The largest cell size (px) whose picture fits the limit; a negative score when even MIN_CELL overflows."""
        fits = lambda c: all(s <= m for s, m in zip(self.size(c, k, breaks), limit))
        if fits(largest):
            return largest
        if not fits(MIN_CELL):
            width, height = self.size(MIN_CELL, k, breaks)
            return -max(width - limit[0], height - limit[1])
        lo, hi = MIN_CELL, largest
        for _ in range(10):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if fits(mid) else (lo, mid)
        return math.floor(lo * 4) / 4


def place(cells: pd.DataFrame, captions: list[str], symbols: list[str], style: ChartStyle,
          limit: tuple[float, float], show_values: bool = True, hide_result: bool = False,
          kinds: dict | None = None) -> Placement:
    """Lay out operands and result as grids of cells within `limit` (px), with the largest cells that fit.

    `symbols` go between panels (e.g. ["+", "="]; one more than the gaps trails after the last panel);
    `kinds` names "real", "copy" and "result" cells in the reader's language, for the tooltips.
    """
    fonts = Fonts.of(style)
    panels = sorted(cells["panel"].unique())
    extent = cells.groupby("panel")[["slice", "row", "col"]].max() + 1
    dims = [tuple(int(v) for v in extent.loc[p]) for p in panels]
    n = len(panels)
    symbols = list(symbols[:n])
    trailing = len(symbols) == n
    symbol_widths = [text_width(s, fonts.symbol) + fonts.symbol for s in symbols] + [0.0]
    caption_widths = [text_width(c, fonts.caption) + fonts.caption * 0.6 for c in captions[:n]]
    tag_width = text_width(f"[{max(d[0] for d in dims) - 1}]", fonts.tag) + 5
    geometry = _Geometry(dims, caption_widths, symbol_widths, trailing, fonts, tag_width)

    # cells of the style's size, larger (up to a limit) when long values need the room
    digits = max(len(_number(v)) for v in cells["value"].to_numpy()) if len(cells) else 1
    largest = min(style.scaled(48), max(style.scaled(34), fonts.value_max * DIGIT * digits / VALUE_ROOM))
    best = None
    for breaks in [()] + [(j,) for j in range(n - 1, 0, -1)]:
        for k in range(1, max(d[0] for d in dims) + 1):
            score = geometry.fit(k, breaks, limit, largest)
            if best is None or score > best[0] + 0.5:
                best = (score, k, breaks)
    cell = max(MIN_CELL, best[0])
    k, breaks = best[1], best[2]

    panel_of, slice_of = cells["panel"].to_numpy(), cells["slice"].to_numpy()
    row_of, col_of = cells["row"].to_numpy(), cells["col"].to_numpy()
    x, y = np.zeros(len(cells)), np.zeros(len(cells))
    extras, top = [], 0.0
    for number, line in enumerate(geometry.lines(breaks)):
        if number:
            top += geometry.caption_height * 0.5
        heights = [geometry.panel(p, cell, k)[1] for p in line]
        middle = top + geometry.caption_height + max(heights) / 2
        left = 0.0
        if line.start > 0:
            extras.append(("symbol", symbols[line.start - 1], left + symbol_widths[line.start - 1] / 2, middle))
            left += symbol_widths[line.start - 1]
        for p in line:
            width, _, per_row, gap = geometry.panel(p, cell, k)
            slot = max(width, caption_widths[p])
            x0, y0 = left + (slot - width) / 2, top + geometry.caption_height
            extras.append(("caption", captions[p], left + slot / 2, top + geometry.caption_height / 2))
            slices, rows, cols = dims[p]
            gutter = tag_width if slices > 1 else 0.0
            step_x, step_y = gutter + cols * cell + gap, rows * cell + gap  # from one slice to the next
            mine = panel_of == panels[p]
            x[mine] = x0 + (slice_of[mine] % per_row) * step_x + gutter + col_of[mine] * cell
            y[mine] = y0 + (slice_of[mine] // per_row) * step_y + row_of[mine] * cell
            if slices > 1:
                extras += [("tag", f"[{s}]", x0 + (s % per_row) * step_x + gutter - 3,
                            y0 + (s // per_row) * step_y + cell / 2) for s in range(slices)]
            left += slot
            if p + 1 < line.stop or (p == n - 1 and trailing):
                extras.append(("symbol", symbols[p], left + symbol_widths[p] / 2, middle))
                left += symbol_widths[p]
        top += geometry.caption_height + max(heights)
    width, height = geometry.size(cell, k, breaks)

    kind = cells["kind"].to_numpy()
    result_panel = panels[-1] if (kind == "result").any() else None
    colour = {p: RESULT_COLOUR if p == result_panel else OPERAND_COLOURS[i % 4] for i, p in enumerate(panels)}
    fill = np.array([colour[p] for p in panel_of], dtype=object)
    hidden = hide_result & (kind == "result")
    label = np.where(hidden, "?", [_number(v) for v in cells["value"].to_numpy()])
    opacity = np.where(kind == "copy", COPY_OPACITY, np.where(hidden, HIDDEN_OPACITY, 1.0))
    inks = {pair: ink(*pair) for pair in set(zip(fill, opacity))}
    longest = max(1, max((len(v) for v in label), default=1))
    value_font = min(fonts.value_max, VALUE_ROOM * cell / (DIGIT * longest), 0.6 * cell)
    if value_font < fonts.value_min:
        value_font = 0.0
    names = kinds or {}
    gap = max(1.0, 0.06 * cell)  # white between neighbouring cells
    grid = pd.DataFrame({
        "layer": np.where((value_font > 0) & (show_values | hidden), "cell+value", "cell"),
        "x": x, "y": y, "x2": x + cell - gap, "y2": y + cell - gap, "xc": x + (cell - gap) / 2,
        "yc": y + (cell - gap) / 2,
        "label": label, "fill": fill, "opacity": opacity, "ink": [inks[pair] for pair in zip(fill, opacity)],
        "kind": kind, "tip": [f"{v}  ·  {names.get(k, k)}" for v, k in zip(label, kind)]})
    text = pd.DataFrame(extras, columns=["layer", "label", "xc", "yc"])
    return Placement(pd.concat([grid, text], ignore_index=True), round(width, 1), round(height, 1), cell,
                     round(value_font, 1), len(breaks) + 1, k, best[0] >= MIN_CELL)


def picture(made_of, _cells: pd.DataFrame, captions: list[str], symbols: list[str], style: ChartStyle,
            limit: tuple[float, float], kinds: dict | None = None) -> Placement:
    """`place` for a page's cache (blocks.cached), keyed on `made_of`: the small arguments the cells were computed
    from (shapes, operation, stretched or not). st.cache_data does not hash an argument whose name starts with an
    underscore, so `_cells` is left out of the key: hashing the table (pandas' hash_pandas_object) took ~2 ms a
    rerun, four times the rest of a cache hit. The cells must be a function of `made_of` alone."""
    return place(_cells, captions, symbols, style, limit, kinds=kinds)


def grid_chart(table: pd.DataFrame, width: float, height: float, value_font: float, style: ChartStyle,
               description: str) -> alt.LayerChart:
    """Draw a placement (`place`): cells, their values, panel captions, the signs between panels, slice tags.

    One pixel of the picture is one unit of both axes; `description` is the chart's text alternative.
    """
    fonts = Fonts.of(style)
    x_scale = alt.Scale(domain=[0, width], nice=False, zero=False)
    y_scale = alt.Scale(domain=[0, height], nice=False, zero=False, reverse=True)
    # channel objects throughout: Altair re-hashes its whole schema for every shorthand string it parses
    centre = {"x": alt.X("xc:Q", scale=x_scale, axis=None), "y": alt.Y("yc:Q", scale=y_scale, axis=None),
              "text": alt.Text("label:N")}
    kinds = ["real", "copy", "result"]

    base = alt.Chart()
    squares = base.transform_filter(alt.FieldOneOfPredicate("layer", ["cell", "cell+value"])).mark_rect(
        strokeWidth=style.line / 2).encode(
        x=alt.X("x:Q", scale=x_scale, axis=None), x2=alt.X2("x2"),
        y=alt.Y("y:Q", scale=y_scale, axis=None), y2=alt.Y2("y2"),
        color=alt.Color("fill:N", scale=None), stroke=alt.Stroke("fill:N", scale=None),
        fillOpacity=alt.FillOpacity("opacity:Q", scale=None),
        strokeDash=alt.StrokeDash("kind:N", legend=None,
                                  scale=alt.Scale(domain=kinds, range=[[1, 0], [4, 3], [1, 0]])),
        tooltip=[alt.Tooltip("tip:N", title="")], description=alt.Description("tip:N"))
    # the values repeat each cell's own description, the captions and signs the chart's: hidden from screen readers
    values = base.transform_filter(alt.datum.layer == "cell+value").mark_text(
        fontSize=max(1.0, value_font), fontWeight="bold", aria=False).encode(
        **centre, color=alt.Color("ink:N", scale=None))
    headers = base.transform_filter(alt.datum.layer == "caption").mark_text(
        fontSize=fonts.caption, fontWeight="bold", aria=False).encode(**centre)
    signs = base.transform_filter(alt.datum.layer == "symbol").mark_text(
        fontSize=fonts.symbol, aria=False).encode(**centre)
    tags = base.transform_filter(alt.datum.layer == "tag").mark_text(
        align="right", fontSize=fonts.tag, aria=False).encode(**centre)
    return alt.layer(squares, values, headers, signs, tags, data=table).properties(
        width=width, height=height, description=description).configure_view(stroke=None)


def _number(v: float) -> str:
    """A cell's value as short text: whole numbers without a decimal point."""
    if np.isnan(v):
        return ""
    return str(int(v)) if float(v).is_integer() and abs(v) < 1e15 else f"{v:.3g}"


def step_table(steps, names, revealed: bool, t) -> str:
    """The rule axis by axis as a markdown table: each operand's size (a missing axis shown as 1), the rule, the result.

    `steps` are the rule's axes (each with axis, sizes, rule and size), `names` the operands' names.
    The clash is set in bold and marked ✗, so it does not depend on colour.
    """
    header = [t("bc.col_axis"), *names, t("bc.col_rule"), t("bc.col_result")]
    lines = ["| " + " | ".join(header) + " |", "|" + "---:|" * (len(header) - 2) + ":---|---:|"]
    for step in steps:
        row = [str(step.axis)] + ["1 " + t("bc.added") if size is None else str(size) for size in step.sizes]
        row.append(t("bc.rule." + step.rule) if revealed else "?")
        row.append((str(step.size) if step.size is not None else "✗") if revealed else "?")
        if revealed and step.rule == "mismatch":
            row = [f"**{cell}**" for cell in row]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)
