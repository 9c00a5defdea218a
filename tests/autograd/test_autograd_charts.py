"""The autograd charts: the grids' cells and numbers, the graph's nodes, edges, reading rings and readouts (each
written from explain's own numbers), the step slider as a Vega-Lite parameter, validated specs, nothing non-finite."""
import numpy as np
import pytest

from explain import autograd as ag
from ui.catalog import STRINGS
from ui.charts import autograd as ac
from ui.style import LAPTOP, PROJECTOR

STEPS = ac.graph_steps(ag.FORWARD, ag.BACKWARD, ag.UPDATE)
BACKWARD = [name for name, _, _ in ag.BACKWARD]


@pytest.mark.parametrize("style", [LAPTOP, PROJECTOR])
def test_the_grids_hold_every_element_once_with_its_number(style):
    x = ag.parse_x("1, 2; 3, 4; 5, 6")
    notes = ag.notes_example(x)
    table = ac.grids_table((("x", "input", notes.x), ("y", "output", notes.y), ("x.grad", "grad", notes.grad)), style,
                           "overflow")
    cells = table[table.layer == "cell"]
    assert len(cells) == x.size + notes.y.size + notes.grad.size
    assert list(cells[cells.kind == "grad"].text) == [ac.number(v) for v in notes.grad.ravel()]
    assert list(table[table.layer == "title"].text) == ["x", "y", "x.grad"]
    width, height = ac.grids_size(table, style)
    assert (cells.x < width).all() and (cells.y < height).all()
    spec = ac.grids_chart(table, style, {"description": "d"}, (width, height)).to_dict()  # validated
    assert spec["width"] == width and spec["description"] == "d"
    # the panels do not overlap: each starts right of the previous one's cells, or on a line below them
    titles = table[table.layer == "title"]
    assert list(zip(titles.y, titles.x)) == sorted(zip(titles.y, titles.x)) and len(set(zip(titles.x, titles.y))) == 3


def labels_for(lang):
    return {"reads": STRINGS["ag.reads"][lang], "reads_none": STRINGS["ag.reads_none"][lang], "phi": "relu"}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("act, lam, seed", [("relu", 0.1, 0), ("sigmoid", 0.0, 7), ("tanh", 1.0, 99)])
def test_the_graph_table_writes_explains_numbers(lang, act, lam, seed):
    g = ag.graph(act, lam, 0.5, seed)
    order, reads, names = STEPS
    templates = {name: STRINGS[f"ag.step.{name}"][lang] for name in names}
    texts = ac.step_texts(names, BACKWARD, templates, reads, g, labels_for(lang))
    assert len(texts) == len(names) == len(ag.FORWARD) + len(ag.BACKWARD) + 1
    assert ac.number(g.value["J"]) in texts[len(ag.FORWARD) - 1]
    assert f"= ({', '.join(ac.number(v) for v in g.grad['h'])})" in texts[names.index("dh")]
    assert f"({', '.join(ac.number(v) for v in g.dphi)})" in texts[names.index("dz")]
    assert ac.number(g.after["J"]) in texts[-1]
    reads_line = STRINGS["ag.reads"][lang].split("{")[0]
    assert all(reads_line in texts[names.index(n)] or STRINGS["ag.reads_none"][lang] in texts[names.index(n)]
               for n in BACKWARD)
    for style in (LAPTOP, PROJECTOR):
        table = ac.graph_table(g.value, g.grad, g.label, order, texts, reads, style)
        values = table[table.layer == "value"].set_index("node").text
        assert values["z"] == "\n".join(ac.number(v) for v in g.value["z"])
        assert values["W1"] == "\n".join("[" + ", ".join(ac.number(v) for v in row) + "]" for row in g.value["W1"])
        grads = table[table.layer == "grad"].set_index("node").text
        assert set(grads.index) == set(g.grad)
        assert grads["z"].endswith("\n".join(ac.number(v) for v in g.grad["z"]))
        assert "nan" not in " ".join(table.text).lower() and np.isfinite(table.x).all() and np.isfinite(table.y).all()
        width, height = ac.graph_size(style)
        assert table.x.max() < width and table.y.max() < height
        last = len(names) - 1
        spec = ac.graph_chart(table, style, {"scrub": "Step", "description": "d"}, last).to_dict()  # validated
        (param,) = spec["params"]
        assert param["name"] == ac.STEP and param["value"] == last
        assert param["bind"]["input"] == "range" and param["bind"]["max"] == last and param["bind"]["step"] == 1


def test_the_steps_light_nodes_forward_and_write_gradients_backward():
    order, reads, names = STEPS
    forward = len(ag.FORWARD)
    assert names[:forward] == [name for name, _ in ag.FORWARD] and names[-1] == "update"
    assert order["z"][0] < order["h"][0] < order["o"][0] < order["L"][0] < order["J"][0]
    # backward visits in reverse: J, o, W2, h, z, W1
    assert order["J"][1] < order["o"][1] < order["W2"][1] < order["h"][1] < order["z"][1] < order["W1"][1]
    assert all(order[n][1] == ac.NEVER for n in ("x", "y"))  # no gradient is asked of the data
    assert all(order[n][1] >= forward for n in ("J", "L", "s", "o", "W2", "h", "z", "W1"))
    assert (names.index("dz"), "z") in reads and (names.index("dW1"), "x") in reads
    # an operator's output edge is walked back with the node it makes
    assert order["phi"] == order["h"] and order["mul1"] == order["z"]


def test_numbers_read_plainly():
    assert [ac.number(v) for v in (6000.0, 2014.5, -123456.7, 0.123456, 4e20, 1e-5, 28.0, 0.5, -0.0)] == \
        ["6000", "2014.5", "-123457", "0.123", "4e+20", "1e-05", "28", "0.5", "0"]


def test_a_vector_is_a_column_and_a_matrix_rows():
    assert ac._lines(np.array([1.0, -0.5])) == "1\n-0.5"
    assert ac._lines(np.array([[1.0, 2.0], [3.0, 4.0]])) == "[1, 2]\n[3, 4]"
    assert ac._lines(0.123456) == "0.123"


def test_a_value_float32_could_not_hold_is_written_as_overflow():
    notes = ag.notes_example(np.array([[1e20], [1.0]], dtype=np.float32))
    table = ac.grids_table((("x", "input", notes.x), ("y", "output", notes.y), ("x.grad", "grad", notes.grad)), LAPTOP,
                           "overflow")
    cells = table[table.layer == "cell"]
    assert list(cells[cells.kind == "output"].text) == ["overflow"]
    assert list(cells[cells.kind == "grad"].text) == ["4e+20", "4"]
    assert not cells.text.str.contains("inf|nan", case=False).any()


@pytest.mark.parametrize("style", [LAPTOP, PROJECTOR])
@pytest.mark.parametrize("text", ["1, 2, 3", "1, 2, 3; 4, 5, 6", "1.5, -2.25, 3, 4; " * 5 + "21, 22, 23, 24"])
def test_wide_arrays_wrap_so_every_panel_stays_in_the_column(style, text):
    x = ag.parse_x(text)
    squares = ag.non_scalar(x, "mean")
    titles = ["x", "y = x·x", "head", "x.grad = head ⊙ 2x"]
    table = ac.grids_table(tuple(zip(titles, ("input", "output", "head", "grad"),
                                     (squares.x, squares.y, squares.head, squares.grad))), style, "overflow")
    width, height = ac.grids_size(table, style)
    assert width <= ac.grids_width(style) + 8
    cw, ch = ac._cell(style)
    cells = table[table.layer == "cell"]
    assert list(cells[cells.kind == "grad"].text) == [ac.number(v) for v in squares.grad.ravel()]
    # no two cells share a place, and every panel's title sits above its own cells
    assert not cells.duplicated(["x", "y"]).any()
    spans = {kind: (c.x.min(), c.x.max() + cw, c.y.min(), c.y.max() + ch) for kind, c in cells.groupby("kind")}
    for a in spans:
        for b in spans:
            if a < b:
                (l1, r1, t1, b1), (l2, r2, t2, b2) = spans[a], spans[b]
                assert r1 <= l2 or r2 <= l1 or b1 <= t2 or b2 <= t1, (a, b)
    if x.shape[1] >= 3:  # four panels of three or four columns do not fit on one line
        assert table[table.layer == "title"].y.nunique() > 1


@pytest.mark.parametrize("style", [LAPTOP, PROJECTOR])
def test_the_graph_fits_its_column_and_no_mark_covers_a_number(style):
    g = ag.graph("sigmoid", 0.0, 0.5, 9)  # one of the widest readouts
    order, reads, names = STEPS
    texts = ac.step_texts(names, BACKWARD, {n: STRINGS[f"ag.step.{n}"]["en"] for n in names}, reads, g, labels_for("en"))
    table = ac.graph_table(g.value, g.grad, g.label, order, texts, reads, style)
    width, height = ac.graph_size(style)
    assert width <= (820 if style is LAPTOP else 1044)  # the page's column at 1280 px (sidebar open / projector)
    ux, uy, font = ac.LAYOUT[style.font <= 13]
    # every readout line fits the width (at half an em a character, more than these lines' digits take), in 3 lines
    assert all(len(line) * font * 0.5 < width for text in texts for line in text.split("\n"))
    assert all(text.count("\n") <= 2 for text in texts)
    # the ring round a value read (and the step's outline inside it) ends before that node's numbers begin
    bw, bh, _ = ac._halves(style)
    nodes = table[table.layer == "node"].set_index("node")
    for _, row in table[table.layer == "value"].iterrows():
        px, py = nodes.loc[row.node, ["x", "y"]]
        if row.kind == "below":
            assert row.y - py >= bh + ac.RING + style.line / 2, row.node
        else:
            assert row.x - px >= bw + ac.RING + style.line / 2, row.node


@pytest.mark.parametrize("style", [LAPTOP, PROJECTOR])
def test_two_four_column_arrays_sit_side_by_side(style):
    x = ag.parse_x("1, 2, 3, 4; 5, 6, 7, 8")
    notes = ag.notes_example(x)
    table = ac.grids_table((("x", "input", notes.x), ("y = 2xᵀx", "output", notes.y), ("x.grad", "grad", notes.grad)),
                           style, "overflow")
    assert table[table.layer == "title"].y.tolist()[:2] == [table[table.layer == "title"].y.min()] * 2
