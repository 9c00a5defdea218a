"""The building-models charts: the diagram's table writes explain's shapes and counts (which equal Gluon's and the
closed form), its arrows join consecutive boxes, Altair's validated specs fit the projector, the histogram's bars."""
import numpy as np
import pytest

from explain import models as bm
from ui.charts import models as mc
from ui.style import LAPTOP, PROJECTOR

LABELS = {key: key for key in ("input", "total", "col_layer", "col_shape", "col_count")}


@pytest.mark.parametrize("text, batch, features", [("d256r,d10", 2, 20), ("m512,d512t,o1,c,d7s,d2", 64, 1024),
                                                   ("c", 1, 1), ("d16r,c,m8,d3", 4, 5)])
def test_the_diagram_writes_gluons_counts_and_shapes(text, batch, features):
    s = bm.structure(text, batch, features)
    table = mc.diagram_table(s.layers, s.input_shape, s.shapes, s.counts, s.total, LABELS)
    layers = table[~table.kind.isin(["header", "input", "total"])]
    assert list(layers["count"]) == [f"{c:,}" for c in bm.closed_form_counts(s.layers, features)]
    assert list(layers["shape"]) == [f"({batch}, {shape[1]})" for shape in s.shapes]
    assert table[table.kind == "total"]["count"].item() == f"{sum(s.counts):,}" == f"{s.total:,}"
    assert table[table.kind == "input"]["shape"].item() == f"({batch}, {features})"
    arrows = table.dropna(subset=["arrow"])
    assert list(arrows["row"]) == list(range(len(s.layers)))  # input → layer 0 → … → the last layer
    assert (arrows["arrow_end"] - arrows["arrow"] > 0).all()
    for style in (LAPTOP, PROJECTOR):
        spec = mc.diagram_chart(table, style, {"description": "d"}, len(s.layers) + 2).to_dict()  # validated
        assert spec["description"] == "d"
        assert spec["height"] <= 9 * mc.ROW[style is LAPTOP] <= 420  # six layers fit under a projector's title


def test_layer_labels():
    assert [mc.layer_label(layer) for layer in bm.parse_network("d5,d6t,o0.25,c,m7")] == [
        "Dense(5)", "Dense(6, tanh)", "Dropout(0.25)", "CenteredLayer()", "MyDense(7)"]
    assert mc.shape_text((3,)) == "(3,)" and mc.shape_text((2, 4)) == "(2, 4)"


def test_the_histogram():
    r = bm.reinitialised("d256r,d10", 2, 20, "myinit", 0.01, 0.5)
    table = mc.histogram_table(r.counts, r.edges)
    assert len(table) == bm.BINS and table["count"].sum() == 256 * 20
    np.testing.assert_array_equal(table["lo"].to_numpy()[1:], table["hi"].to_numpy()[:-1])
    for style in (LAPTOP, PROJECTOR):
        spec = mc.histogram_chart(table, style, {"title": "t", "value": "v", "count": "c", "description": "d"}).to_dict()
        assert spec["mark"]["type"] == "rect"
