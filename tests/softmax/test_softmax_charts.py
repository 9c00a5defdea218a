"""The softmax charts through their Vega-Lite specs (to_dict)."""
import numpy as np
import pandas as pd
import pytest

from explain import softmax as sm
from ui.charts import softmax as smc
from ui.style import LAPTOP, PROJECTOR

SM_LABELS = {"true": "true", "other": "other", "logits": "o", "probabilities": "p", "p": "p", "loss": "l",
             "loss_title": "t", "up": "up", "down": "down", "still": "still", "axis": "g", "T": "T", "H": "H",
             "gradient_title": "g", "entropy_title": "e", "scores_description": "sd", "loss_description": "ld",
             "gradient_description": "gd", "entropy_description": "ed"}


def all_rows(spec):
    """Every data row of every dataset in a spec."""
    return [row for rows in spec["datasets"].values() for row in rows]


def test_scores_chart_marks_truth_and_argmax_in_both_panels():
    v = sm.view((1.0, 2.0, 0.5), ("dog", "cat", "chicken"), 0, 1.0)
    table = smc.scores_table(v.names, v.logits, v.probabilities, 0, v.winners, SM_LABELS)
    spec = smc.scores_chart(table, LAPTOP, SM_LABELS).to_dict()
    assert len(spec["hconcat"]) == 2 and "data" in spec and spec["description"] == "sd"
    logits, probs = table[table.layer == "logit"], table[table.layer == "probability"]
    assert list(logits["truth"]) == ["true", "other", "other"]
    assert list(logits["mark"]) == ["", "▲ argmax", ""] and list(probs["mark"]) == ["", "▲ argmax", ""]
    assert list(probs["value"]) == pytest.approx(list(v.probabilities))
    assert len(all_rows(spec)) == 6 + 2  # and one invisible row a panel that keeps room above the bars
    for style in (LAPTOP, PROJECTOR):  # pixels above the tallest bar hold its value and the arg-max mark
        needed = 8 + style.scaled(14) + style.scaled(11)
        for layer, tallest in (("logit", 2.0), ("probability", v.probabilities.max())):
            room = table[table.layer == layer + " room"]["value"].iloc[0]
            assert (room - tallest) / room * style.height * 0.62 >= needed


def test_scores_chart_marks_every_tied_winner_and_the_winner_by_score():
    for logits, marked in [((1.0, 1.0, 0.0), [0, 1]), ((0.0, 1e-17), [1]), ((-3.0, -1.0), [1])]:
        v = sm.view(logits, tuple("abc"[: len(logits)]), 0, 1.0)
        table = smc.scores_table(v.names, v.logits, v.probabilities, 0, v.winners, SM_LABELS)
        for layer in ("logit", "probability"):
            rows = table[table.layer == layer]
            assert list(rows.loc[rows["mark"] != "", "order"]) == marked


def test_decorative_softmax_layers_are_hidden_from_screen_readers():
    v = sm.view((1.0, 2.0, 0.5), ("dog", "cat", "chicken"), 1, 1.0)
    specs = [smc.loss_chart(smc.loss_table(0.3, 1.2), LAPTOP, SM_LABELS).to_dict(),
             smc.gradient_chart(smc.gradient_table(v.names, v.gradient, SM_LABELS), LAPTOP, SM_LABELS).to_dict(),
             smc.entropy_chart(smc.entropy_table(v.entropy_curve, 1.0, v.entropy), 3, LAPTOP, SM_LABELS).to_dict()]
    for spec in specs:
        assert spec["description"] in {"ld", "gd", "ed"}
        for layer in spec["layer"]:
            mark = layer["mark"]
            if mark["type"] in ("rule", "text", "line"):
                assert mark["aria"] is False, mark


def test_loss_chart_pins_a_huge_loss_to_the_top_with_its_true_value():
    table = smc.loss_table(0.0, 1000.0)
    smc.loss_chart(table, LAPTOP, SM_LABELS).to_dict()
    point = table[table.layer == "point"].iloc[0]
    readout = table[table.layer == "readout"].iloc[0]
    assert point["loss"] == smc.LOSS_CAP and readout["text"] == "−log p = 1000"
    # the readout sits in the top-right corner, right-aligned: inside the plot whatever p is
    assert (readout["p"], readout["loss"]) == (1.0, smc.LOSS_CAP)
    curve = table[table.layer == "curve"]
    np.testing.assert_allclose(curve["loss"], -np.log(curve["p"]))


def test_gradient_chart_colours_by_direction():
    table = smc.gradient_table(("a", "b", "c", "d"), (0.2, -0.5, 0.3, 0.0), SM_LABELS)
    spec = smc.gradient_chart(table, LAPTOP, SM_LABELS).to_dict()
    assert dict(zip(table["class"], table["effect"])) == {"a": "down", "b": "up", "c": "down", "d": "still"}
    assert len(set(spec["layer"][0]["encoding"]["color"]["scale"]["range"])) == 3
    # huge scores: every gradient is exactly 0, and nothing is "pushed down"
    v = sm.view((1000.0, 0.0, -1000.0), ("a", "b", "c"), 0, 1.0)
    assert set(smc.gradient_table(v.names, v.gradient, SM_LABELS)["effect"]) == {"still"}
    # the axis spans at least ±0.1, so it never collapses to a single tick
    assert spec["layer"][0]["encoding"]["y"]["scale"]["domain"] == {"unionWith": [-0.1, 0.1]}


def test_entropy_chart_has_a_log_temperature_axis_and_the_log_n_ceiling():
    curve = sm.entropy_curve(np.array([1.0, 2.0, 0.5]))
    spec = smc.entropy_chart(smc.entropy_table(curve, 1.0, 0.9), 3, PROJECTOR, SM_LABELS).to_dict()
    assert spec["layer"][0]["encoding"]["x"]["scale"]["type"] == "log"
    assert spec["layer"][1]["encoding"]["y"]["datum"] == pytest.approx(np.log(3))
    assert spec["layer"][2]["encoding"]["text"]["datum"] == f"log 3 = {np.log(3):.3f}"  # the ceiling is labelled
    assert len(spec["title"]["text"]) <= 30


def _two_tables():
    """For each table chart: two different tables of the same structure, and the structure args."""
    v1, v2 = sm.view((1.0, 2.0), ("x", "y"), 0, 1.0), sm.view((5.0, -1.0, 0.0), ("p", "q", "r"), 2, 0.3)
    return [
        (smc.scores_chart, smc.scores_table(v1.names, v1.logits, v1.probabilities, 0, v1.winners, SM_LABELS),
         smc.scores_table(v2.names, v2.logits, v2.probabilities, 2, v2.winners, SM_LABELS), (LAPTOP, SM_LABELS)),
        (smc.loss_chart, smc.loss_table(0.3, 1.2), smc.loss_table(0.0, 1000.0), (LAPTOP, SM_LABELS)),
        (smc.gradient_chart, smc.gradient_table(v1.names, v1.gradient, SM_LABELS),
         smc.gradient_table(v2.names, v2.gradient, SM_LABELS), (LAPTOP, SM_LABELS)),
        (smc.entropy_chart, smc.entropy_table(v1.entropy_curve, 1.0, v1.entropy),
         smc.entropy_table(v2.entropy_curve, 0.3, v2.entropy), (3, LAPTOP, SM_LABELS)),
    ]


@pytest.mark.parametrize("builder, first, second, args", _two_tables())
def test_the_structure_of_table_charts_does_not_depend_on_the_table(builder, first, second, args):
    """blocks.chart builds a table chart's structure once and then only swaps the table."""
    strip = lambda spec: {k: v for k, v in spec.items() if k not in ("datasets", "data")}
    one, two = builder(first, *args).to_dict(), builder(second, *args).to_dict()
    assert strip(one) == strip(two)
    assert "data" in one  # the table sits at the top, where st.vega_lite_chart puts the new one


def test_the_layer_layout_draws_the_notes_example_whole_and_784_inputs_with_a_gap():
    nodes, edges = smc.layer_layout(4, 3)
    assert sm.dense_layer(4, 3).weights == len(edges) == 12 and len(nodes) == 7  # every weight drawn
    nodes, edges = smc.layer_layout(784, 10)  # D2L's Fashion-MNIST layer
    drawn = smc.drawn_inputs(784)
    assert drawn == int((nodes["side"] == "input").sum()) == smc.DRAWN - 1 and len(edges) == drawn * 10
    assert list(nodes["name"])[:smc.DRAWN] == ["x1", "x2", "x3", "x4", "x5", "x6", "⋮", "x784"]
    assert smc.drawn_indices(8) == list(range(8)) and smc.drawn_indices(9) == [0, 1, 2, 3, 4, 5, 8]
    assert smc.drawn_inputs(8) == 8 and list(nodes.loc[nodes["side"] == "output", "name"]) == [f"o{i}" for i in
                                                                                                 range(1, 11)]


def test_layer_chart_draws_one_wire_per_weight():
    spec = smc.layer_chart(4, 3, LAPTOP, "d").to_dict()
    wires = {r["edge"] for r in all_rows(spec) if "edge" in r}
    assert len(wires) == 12 and spec["description"] == "d"


def test_layer_chart_draws_a_readable_subset_of_784_inputs():
    drawn = smc.drawn_inputs(784)
    spec = smc.layer_chart(784, 10, PROJECTOR, "d").to_dict()
    wires = {r["edge"] for r in all_rows(spec) if "edge" in r}
    assert len(wires) == drawn * 10 and drawn <= smc.DRAWN
    names = [r["name"] for r in all_rows(spec) if r.get("side") == "input"]
    assert names[0] == "x1" and names[-1] == "x784" and "⋮" in [r["name"] for r in all_rows(spec) if "name" in r]


def test_the_stability_table_spells_out_nan_and_inf():
    s = sm.stability(np.array([1000.0, 0.0, -1000.0]), 1)
    assert smc.format_vector(s.naive).startswith("(NaN") and smc.format_number(s.shifted_loss) == "inf"
    assert smc.format_number(-np.inf) == "-inf" and smc.format_vector([0.5, 0.25]) == "(0.5, 0.25)"
    assert smc.format_number(-0.0) == "0"  # no "-0" on the page
