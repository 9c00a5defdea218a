"""Autograd charts: arrays drawn as grids of numbers (x, y, the head gradient, x.grad), and D2L 3.14's computational
graph with every node's value and gradient, stepped through forward and backward by a slider that runs in the browser.

Each chart reads one long-form table made by the *_table function beside it, in pixels (scale=None): where things
sit is decided here, the numbers come from what the page got from explain.autograd. The graph's step is a Vega-Lite
parameter (STEP): forward lights nodes in evaluation order, backward writes gradients in reverse, and the readout
under the graph shows the step's chain-rule product and the forward values it reads, with no rerun.
"""
from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from ui.style import ALERT, MUTED, OK, PALETTE, ChartStyle

STEP = "agstep"  # the Vega-Lite parameter of the graph's step slider (unique on the page)
NEVER = 999  # a step that never comes (an operator has no gradient written)
FILLS = {"input": "#DCEBF7", "output": "#FBE3D3", "head": "#EDE3F0", "grad": "#FBE3D3"}


def number(v: float) -> str:
    """A number as the page writes it: three significant digits, but a whole number or one in the thousands in
    full (y = 2xᵀx for x = 10, 20, 30, 40 is 6000, not 6e+03)."""
    v = float(v) + 0.0  # −0 (x typed as -0, or its 4x) reads 0
    if v.is_integer() and abs(v) < 1e6:
        return f"{v:.0f}"
    return f"{v:.6g}" if 1e3 <= abs(v) < 1e6 else f"{v:.3g}"


def _row(values) -> str:
    return "(" + ", ".join(number(v) for v in np.ravel(values)) + ")"


def _laptop(style: ChartStyle) -> bool:
    return style.font <= 13


# --- arrays as grids ------------------------------------------------------------------------------------------

def _cell(style: ChartStyle) -> tuple[int, int]:
    return (62, 30) if _laptop(style) else (88, 36)  # two 4-column arrays side by side in the column


def grids_width(style: ChartStyle) -> int:
    """The widest the grids may be: the page's right-hand column (three quarters of the page) at 1280 px."""
    return 590 if _laptop(style) else 770


def grids_table(panels, style: ChartStyle, overflow: str) -> pd.DataFrame:
    """Arrays side by side, one cell per element with its value: panels are (title, kind, 2-D array) and kind one
    of FILLS. Rows: `cell` (a rectangle and its number) and `title` (above each array), in pixels. Panels that
    would pass grids_width start a new line, so x.grad is never off the screen. A value float32 could not hold
    (inf, or NaN from inf − inf) is written as `overflow`, never as a number."""
    cw, ch = _cell(style)
    heading = int(style.scaled(26))
    rows, left, top, tallest = [], 8, heading, 0
    for title, kind, array in panels:
        a = np.atleast_2d(np.asarray(array, dtype=np.float64))
        wide = max(a.shape[1] * cw, len(title) * style.scaled(7.5))
        if left > 8 and left + wide > grids_width(style):  # a new line of panels below the tallest so far
            left, top, tallest = 8, top + tallest + ch // 2 + heading, 0
        r, c = np.indices(a.shape)
        rows.append(pd.DataFrame({"layer": "cell", "kind": kind, "x": left + c.ravel() * cw, "y": top + r.ravel() * ch,
                                  "text": [number(v) if np.isfinite(v) else overflow for v in a.ravel()]}))
        rows.append(pd.DataFrame({"layer": ["title"], "kind": [kind], "x": [left], "y": [top - 6], "text": [title]}))
        left += wide + cw // 2
        tallest = max(tallest, a.shape[0] * ch)
    table = pd.concat(rows, ignore_index=True)
    return table.astype({"x": "float64", "y": "float64"})


def grids_size(table: pd.DataFrame, style: ChartStyle) -> tuple[int, int]:
    """The chart's width and height in pixels: the table's extent and a margin."""
    cw, ch = _cell(style)
    cells = table[table.layer == "cell"]
    titles = table[table.layer == "title"]
    right = max(cells.x.max() + cw, (titles.x + titles.text.str.len() * style.scaled(7.5)).max())
    return int(right + 8), int(cells.y.max() + ch + 8)


def grids_chart(table: pd.DataFrame, style: ChartStyle, labels: dict, size: tuple[int, int]) -> alt.LayerChart:
    """The arrays as grids of numbers, each titled; x.grad in the gradients' colour."""
    cw, ch = _cell(style)
    x = alt.X("x:Q", scale=None, axis=None)
    y = alt.Y("y:Q", scale=None, axis=None)
    kinds = list(FILLS)
    fill = alt.Fill("kind:N", scale=alt.Scale(domain=kinds, range=[FILLS[k] for k in kinds]), legend=None)
    cells = alt.Chart().transform_filter(alt.datum.layer == "cell").transform_calculate(
        x2=f"datum.x + {cw - 2}", y2=f"datum.y + {ch - 2}").mark_rect(stroke=MUTED, strokeWidth=1, aria=False).encode(
        x=x, y=y, x2="x2:Q", y2="y2:Q", fill=fill)
    numbers = alt.Chart().transform_filter(alt.datum.layer == "cell").transform_calculate(
        cx=f"datum.x + {cw / 2 - 1}", cy=f"datum.y + {ch / 2 - 1}").mark_text(
        fontSize=style.scaled(12), color="#000000").encode(
        x=alt.X("cx:Q", scale=None, axis=None), y=alt.Y("cy:Q", scale=None, axis=None), text="text:N")
    titles = alt.Chart().transform_filter(alt.datum.layer == "title").mark_text(
        align="left", baseline="bottom", fontSize=style.scaled(13), fontWeight="bold", color="#000000").encode(
        x=x, y=y, text="text:N")
    return alt.LayerChart(layer=[cells, numbers, titles], data=table, width=size[0], height=size[1],
                          description=labels["description"])


# --- the computational graph ----------------------------------------------------------------------------------

# where each node sits, in grid units (x to the right, y up); operators are circles, variables boxes (D2L fig. 3.14)
NODES = {"x": (0, 2), "W1": (1, 4.2), "mul1": (1, 2), "z": (2, 2), "phi": (3, 2), "h": (4, 2), "W2": (5, 4.2),
         "mul2": (5, 2), "o": (6, 2), "loss": (7, 2), "y": (7, 0.45), "L": (8, 2), "plus": (9, 2), "J": (10, 2),
         "norm": (3, 5.6), "s": (9, 5.6)}
OPERATORS = {"mul1": "×", "phi": "φ", "mul2": "×", "loss": "ℓ", "plus": "+", "norm": "‖·‖²"}
NAMES = {"x": "x", "W1": "W⁽¹⁾", "z": "z", "h": "h", "W2": "W⁽²⁾", "o": "o", "y": "y", "L": "L", "J": "J", "s": "s"}
EDGES = (("x", "mul1"), ("W1", "mul1"), ("mul1", "z"), ("z", "phi"), ("phi", "h"), ("h", "mul2"), ("W2", "mul2"),
         ("mul2", "o"), ("o", "loss"), ("y", "loss"), ("loss", "L"), ("L", "plus"), ("plus", "J"), ("W1", "norm"),
         ("W2", "norm"), ("norm", "s"), ("s", "plus"))
SIDE = {"W1", "W2", "y", "s"}  # their numbers go to the right of the box; the others' below it
# laptop / projector: pixels per unit across, up; font. The laptop graph is 812 px wide: the page's column at 1280 px
# with the sidebar open is 820 (at 80 px a unit, J and its gradient hung past it).
LAYOUT = {True: (70, 62, 12), False: (90, 70, 16)}
RING, MARK = 7, 3  # px between a node's box and the ring of a value read / the outline of the step's node
TOP = 6.5  # the readout's first line, in units from the top (below the lowest numbers)


def graph_size(style: ChartStyle) -> tuple[int, int]:
    """Width and height of the graph's plot in pixels (the readout's lines included)."""
    ux, uy, font = LAYOUT[_laptop(style)]
    return int(11.6 * ux), int(TOP * uy + 3 * font * 1.3 + 8)


def _halves(style: ChartStyle) -> tuple[float, float, float]:
    """A variable's box half width and half height, and an operator's circle radius, in pixels."""
    ux, uy, _ = LAYOUT[_laptop(style)]
    return 0.25 * ux, 0.21 * uy, 0.42 * uy / np.sqrt(np.pi)


def _place(style: ChartStyle):
    ux, uy, font = LAYOUT[_laptop(style)]
    return lambda gx, gy: (0.5 * ux + gx * ux, (6.0 - gy) * uy)


def _lines(values) -> str:
    """A vector as a column (one number a line), a matrix as rows, a scalar as itself."""
    a = np.asarray(values, dtype=np.float64)
    if a.ndim == 0 or a.size == 1:
        return number(a.reshape(-1)[0])
    if a.ndim == 1:
        return "\n".join(number(v) for v in a)
    return "\n".join("[" + ", ".join(number(v) for v in row) + "]" for row in a)


def graph_table(value: dict, grad: dict, label: int, order: dict, readouts: list[str], reads: list[tuple],
                style: ChartStyle) -> pd.DataFrame:
    """Nodes (boxes, circles, their names, values and gradients), edges, the rings of what a step reads and one
    readout per step, in pixels. order: node → (forward step, backward step) at which its value and its gradient
    appear; readouts: the text under the graph at each step; reads: (step, node) pairs."""
    ux, uy, font = LAYOUT[_laptop(style)]
    at = _place(style)
    line = font * 1.25
    rows = []
    for node, (gx, gy) in NODES.items():
        px, py = at(gx, gy)
        fwd, bwd = order.get(node, (0, NEVER))
        kind = "op" if node in OPERATORS else "param" if node in ("W1", "W2") else "var"
        name = OPERATORS.get(node) or NAMES[node] + (f" = {label}" if node == "y" else "")
        rows.append((("node", px, py, np.nan, np.nan, node, kind, fwd, bwd, -1, name)))
        if node in OPERATORS or node == "y":
            continue
        side = node in SIDE
        bw, bh, _ = _halves(style)  # numbers start clear of the ring a backward step draws round the box
        vx, vy = (px + bw + RING + 4, py - 0.2 * uy) if side else (px, py + bh + RING + 4)
        text = _lines(value[node])
        where = "side" if side else "below"
        rows.append(("value", vx, vy, np.nan, np.nan, node, where, fwd, bwd, -1, text))
        if node in grad:
            gtext = "∂J/∂" + NAMES[node] + ("\n" if "\n" in text or not side else " = ") + _lines(grad[node])
            rows.append(("grad", vx, vy + (text.count("\n") + 1) * line + 3, np.nan, np.nan, node, where, fwd, bwd,
                         -1, gtext))
    angles = {}
    for source, target in EDGES:
        (x1, y1), (x2, y2) = at(*NODES[source]), at(*NODES[target])
        fwd = order.get(target, (0, NEVER))[0]
        bwd = order.get(source, (0, NEVER))[1]
        rows.append(("edge", x1, y1, x2, y2, source, "edge", fwd, bwd, -1, ""))
        # an arrowhead where the edge meets its target's outline (a circle's radius, or a box's half side)
        dx, dy = x2 - x1, y2 - y1
        length = float(np.hypot(dx, dy))
        reach = 0.24 * uy if target in OPERATORS else min(0.27 * ux / max(abs(dx) / length, 1e-9),
                                                            0.23 * uy / max(abs(dy) / length, 1e-9))
        angles[len(rows)] = float(np.degrees(np.arctan2(dx, -dy)))  # a triangle points up; angle turns it clockwise
        rows.append(("arrow", x2 - dx / length * (reach + 4), y2 - dy / length * (reach + 4), np.nan, np.nan, source,
                     "edge", fwd, bwd, -1, ""))
    for step, node in reads:
        px, py = at(*NODES[node])
        rows.append(("read", px, py, np.nan, np.nan, node, "read", 0, NEVER, step, ""))
    top = TOP * uy
    for step, text in enumerate(readouts):
        rows.append(("readout", 4.0, top, np.nan, np.nan, "", "readout", 0, NEVER, step, text))
    table = pd.DataFrame(rows, columns=["layer", "x", "y", "x2", "y2", "node", "kind", "fwd", "bwd", "step", "text"])
    table["angle"] = 0.0
    table.loc[list(angles), "angle"] = list(angles.values())
    return table.astype({"fwd": "int16", "bwd": "int16", "step": "int16"})


def graph_chart(table: pd.DataFrame, style: ChartStyle, labels: dict, last: int) -> alt.LayerChart:
    """The graph: what the forward pass has computed by the chosen step is filled and written, the backward pass's
    gradients appear in the gradients' colour as they are made, the step's node is outlined and the forward values
    it reads are ringed; the readout under the graph names the step's formula with its numbers."""
    ux, uy, font = LAYOUT[_laptop(style)]
    step = alt.param(name=STEP, value=last,
                     bind=alt.binding_range(min=0, max=last, step=1, name=labels["scrub"] + " "))
    width, height = graph_size(style)
    x, y = alt.X("x:Q", scale=None, axis=None), alt.Y("y:Q", scale=None, axis=None)
    of = lambda layer: alt.Chart().transform_filter(alt.datum.layer == layer)  # noqa: E731
    done = f"datum.fwd <= {STEP}"
    back = f"datum.bwd <= {STEP}"
    here = f"datum.fwd == {STEP} || datum.bwd == {STEP}"
    edges = of("edge").mark_rule(color=MUTED, strokeWidth=style.line * 0.6, aria=False).encode(
        x=x, y=y, x2="x2:Q", y2="y2:Q")
    walked = of("edge").transform_filter(done).mark_rule(color=PALETTE[0], strokeWidth=style.line, aria=False).encode(
        x=x, y=y, x2="x2:Q", y2="y2:Q")
    returned = of("edge").transform_filter(back).mark_rule(
        color=ALERT, strokeWidth=style.line * 0.9, strokeDash=[6, 3], aria=False).encode(x=x, y=y, x2="x2:Q", y2="y2:Q")
    head = (style.line * 4.5) ** 2

    def arrows(shown, colour):
        return of("arrow").transform_filter(shown).mark_point(
            shape="triangle", size=head, filled=True, color=colour, opacity=1, aria=False).encode(
            x=x, y=y, angle=alt.Angle("angle:Q", scale=None))

    w, h = 0.5 * ux, 0.42 * uy
    box = lambda layer: of("node").transform_filter(alt.datum.kind != "op").transform_calculate(  # noqa: E731
        x1=f"datum.x - {w / 2}", x2=f"datum.x + {w / 2}", y1=f"datum.y - {h / 2}", y2=f"datum.y + {h / 2}")
    pending = box("node").mark_rect(fill="#FFFFFF", stroke=MUTED, strokeWidth=1.5, aria=False).encode(
        x=alt.X("x1:Q", scale=None, axis=None), y=alt.Y("y1:Q", scale=None, axis=None), x2="x2:Q", y2="y2:Q")
    kinds = ["var", "param"]
    filled = box("node").transform_filter(done).mark_rect(stroke=PALETTE[0], strokeWidth=1.5, aria=False).encode(
        x=alt.X("x1:Q", scale=None, axis=None), y=alt.Y("y1:Q", scale=None, axis=None), x2="x2:Q", y2="y2:Q",
        fill=alt.Fill("kind:N", scale=alt.Scale(domain=kinds, range=["#DCEBF7", "#FFF2CC"]), legend=None))
    ops = of("node").transform_filter(alt.datum.kind == "op").mark_point(
        shape="circle", size=(0.42 * uy) ** 2, filled=True, fill="#FFFFFF", stroke=MUTED, strokeWidth=1.5,
        opacity=1, aria=False).encode(x=x, y=y)
    ops_done = of("node").transform_filter(alt.datum.kind == "op").transform_filter(done).mark_point(
        shape="circle", size=(0.42 * uy) ** 2, filled=True, fill="#DCEBF7", stroke=PALETTE[0], strokeWidth=1.5,
        opacity=1, aria=False).encode(x=x, y=y)
    bw, bh, radius = _halves(style)

    def around(chart, margin):  # a rectangle `margin` px outside a node's box or circle: it covers no number
        half_w = f"((datum.kind == 'op' ? {radius} : {bw}) + {margin})"
        half_h = f"((datum.kind == 'op' ? {radius} : {bh}) + {margin})"
        return chart.transform_calculate(x1=f"datum.x - {half_w}", x2=f"datum.x + {half_w}",
                                         y1=f"datum.y - {half_h}", y2=f"datum.y + {half_h}")

    corners = dict(x=alt.X("x1:Q", scale=None, axis=None), y=alt.Y("y1:Q", scale=None, axis=None), x2="x2:Q",
                   y2="y2:Q")
    current = around(of("node").transform_filter(here), MARK).mark_rect(
        filled=False, color=ALERT, strokeWidth=style.line * 1.2, aria=False).encode(**corners)
    rings = around(of("read").transform_filter(f"datum.step == {STEP}"), RING).mark_rect(
        filled=False, color=OK, strokeWidth=style.line, strokeDash=[4, 3], cornerRadius=RING, aria=False).encode(
        **corners)
    names = of("node").mark_text(fontSize=font, fontWeight="bold", color="#000000", aria=False).encode(
        x=x, y=y, text="text:N")
    def written(layer, shown, colour):  # numbers below a node (centred) or beside it (left-aligned)
        return [of(layer).transform_filter(shown).transform_filter(f"datum.kind {test} 'side'").mark_text(
            align=align, fontSize=font * 0.92, lineBreak="\n", baseline="top", color=colour, aria=False).encode(
            x=x, y=y, text="text:N") for test, align in (("!=", "center"), ("==", "left"))]
    readout = of("readout").transform_filter(f"datum.step == {STEP}").mark_text(
        align="left", baseline="top", lineBreak="\n", fontSize=font, color="#000000").encode(x=x, y=y, text="text:N")
    return alt.LayerChart(layer=[edges, arrows("true", MUTED), walked, arrows(done, PALETTE[0]), returned, pending, filled, ops, ops_done, current, rings, names,
                                        *written("value", done, "#000000"), *written("grad", back, ALERT), readout],
                          data=table, params=[step.param], width=width, height=height, description=labels["description"])


def graph_steps(forward, backward, update: str) -> tuple[dict, list[tuple[int, str]], list[str]]:
    """From explain's pass order: node → (forward step, backward step), the (step, node) pairs each backward step
    reads, and every step's name (forward steps, backward steps, then the SGD update's)."""
    order, reads, names = {}, [], []
    for step, (name, nodes) in enumerate(forward):
        names.append(name)
        for node in nodes:
            order[node] = (step, NEVER)
    made = {"mul1": "z", "phi": "h", "mul2": "o", "loss": "L", "norm": "s", "plus": "J"}  # op → the node it makes
    for step, (name, nodes, read) in enumerate(backward, start=len(forward)):
        names.append(name)
        for node in nodes:
            order[node] = (order[node][0], step)
        reads += [(step, node) for node in read]
    for op, node in made.items():  # an operator runs with the node it makes, and passes that node's gradient back
        order[op] = order[node]
    names.append(update)
    return order, reads, names


def step_texts(names: list[str], backward_names, templates: dict, reads, graph, labels: dict) -> list[str]:
    """The readout under the graph at every step: its formula with the numbers, and the forward values it reads.

    templates: step name → its catalog text with {placeholders}; labels: "reads", "reads_none", "phi" names."""
    v, g = graph.value, graph.grad
    numbers = dict(x=_row(v["x"]), y=graph.label, z=_row(v["z"]), h=_row(v["h"]), o=_row(v["o"]), L=number(v["L"]),
                   s=number(v["s"]), J=number(v["J"]), lam=f"{graph.lam:g}", lr=f"{graph.lr:g}",
                   squares=number(graph.squares), p=_row(graph.probabilities),
                   py=number(graph.probabilities[graph.label]),
                   onehot=_row(np.eye(len(v["o"]))[graph.label]), do=_row(g["o"]), dh=_row(g["h"]), dz=_row(g["z"]),
                   dphi=_row(graph.dphi), dW1=_matrix(g["W1"]), dW2=_matrix(g["W2"]), phi=labels["phi"],
                   J_next=number(graph.after["J"]), L_next=number(graph.after["L"]))
    texts = []
    for step, name in enumerate(names):
        text = templates[name].format(**numbers)
        read = [NAMES[node] for s, node in reads if s == step]
        if name in backward_names:  # a backward step says what it reads
            text += "\n" + (labels["reads"].format(names=", ".join(read)) if read else labels["reads_none"])
        texts.append(text)
    return texts


def _matrix(values) -> str:
    return "[" + "; ".join(", ".join(number(v) for v in row) for row in np.asarray(values)) + "]"
