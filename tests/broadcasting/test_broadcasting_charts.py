"""The broadcasting picture through its Vega-Lite spec (to_dict)."""
import numpy as np
import pandas as pd
import pytest

from explain import broadcasting as bc
from ui.charts import broadcasting as bcc
from ui.charts.broadcasting import step_table
from ui.style import LAPTOP, PROJECTOR, blend, ink


def rows(spec, *layers):
    """The rows of the chart's one long-form table that belong to these layers."""
    (table,) = spec["datasets"].values()
    return [r for r in table if r["layer"] in layers]


def bc_picture(shapes, style=LAPTOP, revealed=True, op="+", limit=None, **kwargs):
    """The broadcasting picture as the page builds it: explain's cells, their placement, then the chart's spec."""
    rule = bc.broadcast(*shapes)
    grid = bc.picture_cells(shapes, op, stretch=revealed)
    captions = [f"{n} {bc.format_shape(s)}" for n, s in zip("abcd", shapes)] + [f"result {bc.format_shape(rule.shape)}"]
    symbols = ["+"] * (len(shapes) - 1) + (["="] if revealed and rule.ok else [] if revealed else ["= ?"])
    placed = bcc.place(grid, captions, symbols, style, limit or bcc.box(style), **kwargs)
    spec = bcc.grid_chart(placed.table, placed.width, placed.height, placed.value_font, style, "alt").to_dict()
    return placed, spec


def test_grid_chart_draws_every_cell_with_its_value():
    placed, spec = bc_picture(((4, 3), (3,)))
    cells = rows(spec, "cell+value")
    assert len(cells) == 12 + 12 + 12
    assert spec["layer"][0]["mark"]["type"] == "rect"
    result = sorted((r for r in cells if r["kind"] == "result"), key=lambda r: (r["y"], r["x"]))
    expected = np.arange(1, 13).reshape(4, 3) + np.array([100, 200, 300])
    assert [r["label"] for r in result] == [str(v) for v in expected.ravel()]
    copies = [r for r in cells if r["kind"] == "copy"]
    assert len(copies) == 9 and all(r["opacity"] < 0.5 for r in copies)
    assert sorted(r["label"] for r in copies) == sorted(["100", "200", "300"] * 3)
    assert [r["label"] for r in rows(spec, "symbol")] == ["+", "="]
    assert [r["label"] for r in rows(spec, "caption")] == ["a (4, 3)", "b (3,)", "result (4, 3)"]
    assert spec["description"] == "alt"


def test_slices_of_a_3d_array_are_tagged():
    _, spec = bc_picture(((3, 2, 2), (2,)))
    assert sorted(r["label"] for r in rows(spec, "tag")) == ["[0]"] * 3 + ["[1]"] * 3 + ["[2]"] * 3


def _boxes(spec):
    return [(r["x"], r["y"], r["x2"], r["y2"]) for r in rows(spec, "cell", "cell+value")]


@pytest.mark.parametrize("style", [LAPTOP, PROJECTOR])
@pytest.mark.parametrize("shapes", [
    ((4, 3), (3,)), ((3, 4, 2), (4, 2)), ((4, 3), (4, 1)), ((3, 1), (1, 2)), ((4, 3), (4,)), ((4, 3, 2), (4,)),
    ((4, 3), (3,), (4, 1)), ((4, 3), (3,), (4, 1), (1,)), ((3, 4, 2), (4, 2), (4, 1), (2,)), ((12, 12), (12,)),
    ((6, 12, 12), (12,)), ((2, 1, 3), (4, 1), (3,), (2, 4, 1)),
])
@pytest.mark.parametrize("revealed", [False, True])
def test_every_picture_fits_its_box_without_overlap(shapes, style, revealed):
    """Issue 7 §4: 2, 3 and 4 arrays, before and after Reveal, laptop and projector: whole within the box."""
    width, height = bcc.box(style)
    placed, spec = bc_picture(shapes, style, revealed)
    if not placed.fits:
        assert placed.cell <= bcc.MIN_CELL  # the page says it will not draw it
        return
    assert spec["width"] <= width and spec["height"] <= height
    boxes = _boxes(spec)
    assert min(b[0] for b in boxes) >= 0 and max(b[2] for b in boxes) <= spec["width"]
    assert min(b[1] for b in boxes) >= 0 and max(b[3] for b in boxes) <= spec["height"]
    b = np.array(boxes)  # no two cells overlap: for every pair, one lies left of, right of, above or below the other
    apart = ((b[:, None, 2] <= b[None, :, 0]) | (b[None, :, 2] <= b[:, None, 0])
             | (b[:, None, 3] <= b[None, :, 1]) | (b[None, :, 3] <= b[:, None, 1]))
    assert (apart | np.eye(len(b), dtype=bool)).all()
    texts = rows(spec, "caption", "symbol")
    assert all(0 <= r["xc"] <= spec["width"] and 0 <= r["yc"] <= spec["height"] for r in texts)
    # values are printed at a legible size or not at all
    assert placed.value_font == 0 or placed.value_font >= bcc.Fonts.of(style).value_min


def test_the_three_d_preset_shows_every_slice_with_values_in_projector_mode():
    placed, spec = bc_picture(((3, 4, 2), (4, 2)), PROJECTOR)
    assert placed.fits and placed.value_font > 0
    assert len(rows(spec, "cell+value")) == 3 * 24
    assert sorted({r["label"] for r in rows(spec, "tag")}) == ["[0]", "[1]", "[2]"]


def test_a_taller_verdict_leaves_less_room():
    short, tall = bcc.box(PROJECTOR, "ok"), bcc.box(PROJECTOR, "(3, 4, 2) + (4, 2) + (4, 1) + (2,) fails " * 4)
    assert tall[0] == short[0] and tall[1] < short[1]


def test_projector_style_enlarges_fonts_and_cells():
    small, small_spec = bc_picture(((2, 2), (2,)), LAPTOP)
    large, large_spec = bc_picture(((2, 2), (2,)), PROJECTOR)
    assert large.cell > small.cell and large_spec["width"] > small_spec["width"]
    font = lambda s: max(l["mark"].get("fontSize", 0) for l in s["layer"])
    assert font(large_spec) > font(small_spec)
    assert large_spec["layer"][0]["mark"]["strokeWidth"] > small_spec["layer"][0]["mark"]["strokeWidth"]


def test_a_trailing_symbol_stands_after_the_last_panel():
    _, spec = bc_picture(((2,), (2,)), revealed=False)
    signs = rows(spec, "symbol")
    assert [r["label"] for r in signs] == ["+", "= ?"]
    assert signs[1]["xc"] > signs[0]["xc"]
    assert signs[1]["xc"] > max(r["x2"] for r in rows(spec, "cell", "cell+value"))


def test_hidden_result_shows_question_marks():
    _, spec = bc_picture(((2,), (2,)), show_values=False, hide_result=True)
    assert [r["label"] for r in rows(spec, "cell", "cell+value") if r["kind"] == "result"] == ["?", "?"]
    assert all(r["layer"] == "cell" for r in rows(spec, "cell", "cell+value") if r["kind"] != "result")


def test_the_chart_structure_does_not_depend_on_the_table():
    one, _ = bc_picture(((4, 3), (3,)))
    two, _ = bc_picture(((4, 3), (4, 1)))
    strip = lambda spec: {k: v for k, v in spec.items() if k not in ("datasets", "data")}
    args = (300.0, 200.0, 13.0, LAPTOP, "alt")
    assert strip(bcc.grid_chart(one.table, *args).to_dict()) == strip(bcc.grid_chart(two.table, *args).to_dict())


def test_decorative_layers_are_hidden_from_screen_readers():
    _, spec = bc_picture(((4, 3), (3,)))
    cells, *others = spec["layer"]
    assert "aria" not in cells["mark"] and cells["encoding"]["description"]["field"] == "tip"
    assert all(layer["mark"]["aria"] is False for layer in others)


def wcag(a, b):
    """The WCAG 2 contrast ratio, written out from the definition as an independent oracle."""
    def lum(hex_colour):
        channels = []
        for k in (1, 3, 5):
            c = int(hex_colour[k:k + 2], 16) / 255
            channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_numbers_on_every_cell_reach_four_and_a_half_to_one():
    """Each fill, solid or faint, gets black or white numbers that reach 4.5:1 (WCAG AA for text)."""
    _, spec = bc_picture(((4, 3), (3,), (4, 1), (1,)))
    drawn = rows(spec, "cell", "cell+value")
    assert {r["ink"] for r in drawn} <= {"#000000", "#FFFFFF"}
    for r in drawn:
        shown = blend(r["fill"], r["opacity"])
        assert wcag(r["ink"], shown) >= 4.5, r
    for colour in (*bcc.OPERAND_COLOURS, bcc.RESULT_COLOUR):
        for opacity in (1.0, bcc.COPY_OPACITY):
            assert wcag(ink(colour, opacity), blend(colour, opacity)) >= 4.5


def test_step_table_marks_the_mismatch_and_hides_answers_until_revealed():
    t = lambda key, **kw: key
    table = step_table(bc.broadcast((4, 3), (4,)).steps, "ab", True, t)
    lines = table.splitlines()
    assert lines[0] == "| bc.col_axis | a | b | bc.col_rule | bc.col_result |"
    assert lines[2] == "| -2 | 4 | 1 bc.added | bc.rule.stretch | 4 |"
    assert lines[3] == "| **-1** | **3** | **4** | **bc.rule.mismatch** | **✗** |"
    hidden = step_table(bc.broadcast((4, 3), (4,)).steps, "ab", False, t).splitlines()
    assert all(line.endswith("| ? | ? |") for line in hidden[2:])


def test_picture_is_place_with_a_cache_key_of_its_own():
    """The page's cached `picture` places exactly what `place` does; its `_cells` stay out of Streamlit's key."""
    import inspect
    shapes, op = ((3, 4, 2), (4, 2)), "*"
    cells = bc.picture_cells(shapes, op, True)
    args = (["a", "b", "result"], ["×", "="], PROJECTOR, bcc.box(PROJECTOR))
    one, two = bcc.picture((shapes, op, True), cells, *args, {"real": "r"}), bcc.place(cells, *args, kinds={"real": "r"})
    assert (one.width, one.height, one.cell, one.value_font, one.lines, one.slice_columns, one.fits) == \
        (two.width, two.height, two.cell, two.value_font, two.lines, two.slice_columns, two.fits)
    pd.testing.assert_frame_equal(one.table, two.table)
    assert [name for name in inspect.signature(bcc.picture).parameters if name.startswith("_")] == ["_cells"]
