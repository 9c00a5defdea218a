"""Fitting chart builders through their full, validated Vega-Lite specs (to_dict with validation): structure built
from the labels alone (independent of the table), axes exactly the table's frame, curves cut exactly at the
border, colours from ui.style, decoration hidden from screen readers, a description on every chart."""
import json
import re
import shutil
import subprocess

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explain import fitting as fx
from ui import style
from ui.charts import fitting as fc
from ui.style import LAPTOP, PROJECTOR

LABELS = {key: key for key in ("train", "test", "true", "analytic", "fit", "diverged", "outside", "train_short", "test_short",
                               "scrub", "data_title", "loss_title", "epochs", "loss", "description", "val", "chosen",
                               "degree", "title", "norm", "epoch_title", "lambda_title", "norm_title", "sgd",
                               "closed", "chosen_sgd", "chosen_closed", "key")}
TRUTH = (fx.TRUE_B, *fx.TRUE_W)  # as the page hands it in
STYLE_COLOURS = {c.upper() for c in (*style.PALETTE, style.MUTED, style.MUTED_TEXT, style.ALERT, style.OK)}


def fit_case(degree=3, n=100, noise=0.1, epochs=100, lr=0.01, batch=10, wd=0.0, seed=0):
    data, fit = fx.fit_scene(degree, n, noise, epochs, lr, batch, wd, seed)
    return data, fit, fc.fit_table(fit, data, LABELS, TRUTH, fx.FLOAT32_MAX)


def selection_case(k, n):
    scene = fx.selection_scene(k, n)
    return fc.selection_table(scene.results, scene.chosen, scene.chosen_analytic, LABELS)


def decay_case(lambd, mode):
    return fc.decay_table(fx.decay_sweep(), lambd, mode, LABELS)


def all_builds():
    """Every builder with two different tables and the same structural arguments."""
    return [
        ("fit", fc.fit_chart, fit_case()[2], fit_case(20, 10, seed=4)[2], (LAPTOP, LABELS, 100)),
        ("fit diverged", fc.fit_chart, fit_case(epochs=40)[2], fit_case(epochs=40, lr=1.0)[2], (PROJECTOR, LABELS, 40)),
        ("fit degree 0", fc.fit_chart, fit_case(0, 2, epochs=5)[2], fit_case(5, 37, 2.0, 5, 0.3, 1, 3.0, 9)[2],
         (LAPTOP, LABELS, 5)),
        ("selection", fc.selection_chart, selection_case(5, 100), selection_case(3, 40), (LAPTOP, LABELS, fx.MAX_DEGREE)),
        ("decay", fc.decay_chart, decay_case(3.0, False), decay_case(0.0, True), (PROJECTOR, LABELS)),
    ]


BUILDS = all_builds()


def strip(spec):
    return {k: v for k, v in spec.items() if k not in ("datasets", "data")}


def layers(spec):
    """Every single-view chart in a spec (inside layers and concatenations)."""
    if "layer" in spec:
        return [view for part in spec["layer"] for view in layers(part)]
    if "hconcat" in spec:
        return [view for part in spec["hconcat"] for view in layers(part)]
    return [spec]


def shown(spec, layer):
    """The rows a view draws: the table's rows of its layer."""
    (table,) = spec["datasets"].values()
    return [r for r in table if r["layer"] == layer]


@pytest.mark.parametrize("name, builder, first, second, args", BUILDS, ids=[b[0] for b in BUILDS])
def test_every_spec_validates_and_its_structure_does_not_depend_on_the_table(name, builder, first, second, args):
    """blocks.chart builds the structure once per set of arguments and then only swaps the table."""
    one, two = builder(first, *args).to_dict(), builder(second, *args).to_dict()  # validated against the schema
    assert strip(one) == strip(two)
    assert "data" in one and len(one["datasets"]) == 1
    assert one["description"] == "description"


@pytest.mark.parametrize("name, builder, first, second, args", BUILDS, ids=[b[0] for b in BUILDS])
def test_colours_come_from_the_style_and_decoration_is_hidden(name, builder, first, second, args):
    spec = builder(first, *args).to_dict()
    text = json.dumps(strip(spec))
    colours = {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{6}\b", text)}
    assert colours and colours <= STYLE_COLOURS
    for view in layers(spec):
        mark = view["mark"]
        invisible = mark.get("opacity") == 0
        decorative = mark["type"] == "rule"  # the guide at the scrubbed epoch or the chosen λ
        assert (mark.get("aria") is False) == (invisible or decorative), (name, view.get("transform"))


def test_every_fitting_builder_is_tested():
    tested = {b[1].__name__ for b in BUILDS}
    builders = {name for name in dir(fc) if name.endswith("_chart")}
    assert builders == tested


# --- the fit -------------------------------------------------------------------------------------------

def test_the_axes_span_exactly_the_frame_and_every_curve_stays_inside():
    data, fit, table = fit_case(20, 10, seed=4)
    (xlo, xhi), (ylo, yhi) = fc.fit_domains(data, 10)
    points = np.concatenate([data[0][:10], data[2]]), np.concatenate([data[1][:10], data[3]])
    assert xlo < points[0].min() and points[0].max() < xhi and ylo < points[1].min() and points[1].max() < yhi
    drawn = table[table.layer.isin(["frame", "train", "test", "true", "analytic", "fit"])]
    assert drawn.x.min() == xlo and drawn.x.max() == xhi
    assert drawn.y.min() == ylo and drawn.y.max() == yhi
    # the degree-20 fit on 10 samples leaves the picture: its curve is cut, not the axes stretched
    assert fit.history_w.shape == (101, 20)
    grid = np.linspace(xlo, xhi, fc.CURVE_POINTS)
    assert np.abs(np.polynomial.polynomial.polyval(grid, np.r_[fit.analytic_b, fit.analytic_w])).max() > yhi
    spec = fc.fit_chart(table, LAPTOP, LABELS, 100).to_dict()
    for view in [v for v in layers(spec["hconcat"][0]) if "field" in v["encoding"]["x"]]:  # the note sits mid-picture
        assert view["encoding"]["x"]["scale"] == {"nice": False, "zero": False}
        assert view["encoding"]["y"]["scale"] == {"nice": False, "zero": False}
    loss_views = [v for v in layers(spec["hconcat"][1]) if "field" in v["encoding"]["x"]]  # readouts sit in a corner
    assert loss_views and all(v["encoding"]["x"]["scale"] == {"domain": [0, 100], "nice": False} for v in loss_views)
    frame = table[table.layer == "loss_frame"]
    assert list(frame.loss) == list(fc.loss_domain(fit, fx.FLOAT32_MAX)) and list(frame.epoch) == [0, 100]
    losses = table[table.layer.isin(["loss_train", "loss_test"])].loss
    assert frame.loss.min() <= losses.min() and losses.max() <= frame.loss.max()


def test_each_snapshot_is_the_polynomial_sgd_reached_then():
    data, fit, table = fit_case(5, 30, seed=2)
    (xlo, xhi), (ylo, yhi) = fc.fit_domains(data, 30)
    grid = np.linspace(xlo, xhi, fc.CURVE_POINTS)
    step = fc.snapshot_step(100)
    fits = table[table.layer == "fit"]
    assert sorted(set(fits.epoch)) == list(range(0, 101, step))
    for epoch in (0, step, 100):
        rows = fits[fits.epoch == epoch]
        coefficients = np.r_[fit.history_b[epoch], fit.history_w[epoch]]  # b, w1..w5 on the original scale
        exact = np.polynomial.polynomial.polyval(grid, coefficients)
        on_grid = np.isin(rows.x.to_numpy(), grid)
        np.testing.assert_allclose(rows.y[on_grid], np.polynomial.polynomial.polyval(rows.x[on_grid], coefficients),
                                   rtol=1e-9, atol=1e-9)
        assert on_grid.sum() == ((ylo <= exact) & (exact <= yhi)).sum()
    trains = table[table.layer == "loss_train"]
    np.testing.assert_allclose(trains.loss, np.r_[fit.start_loss[0], fit.train_loss])
    assert list(trains.text[:2]) == [f"train_short {fit.start_loss[0]:.4g}", f"train_short {fit.train_loss[0]:.4g}"]


def test_the_true_and_closed_form_curves_are_explains_polynomials():
    """The chart draws a curve from its coefficients: on the grid, the true cubic and the least-squares polynomial
    are explain's own (fx.true_curve, fx.polynomial)."""
    data, fit, table = fit_case(7, 40, seed=1)
    grid = np.linspace(*fc.fit_domains(data, 40)[0], fc.CURVE_POINTS)
    for layer, expected in (("true", fx.true_curve(grid)), ("analytic", fx.polynomial(fit.analytic_w, fit.analytic_b,
                                                                                       grid))):
        rows = table[table.layer == layer]
        on_grid = np.isin(rows.x.to_numpy(), grid)
        assert on_grid.sum() > fc.CURVE_POINTS // 2
        np.testing.assert_allclose(rows.y[on_grid], expected[np.searchsorted(grid, rows.x[on_grid])], rtol=1e-12,
                                   atol=1e-12)
    axes = fc.selection_chart(selection_case(5, 100), LAPTOP, LABELS, 12).to_dict()["layer"][0]["encoding"]["x"]
    assert axes["scale"]["domain"] == [0, 12]  # the highest degree is the page's, handed in


def test_a_diverged_run_shows_a_note_from_its_last_finite_epoch_and_no_number_beyond_float32():
    data, fit, table = fit_case(epochs=40, lr=1.0)
    assert fit.diverged_at is not None
    notes = table[table.layer == "note"]
    fits = table[table.layer == "fit"]
    assert set(notes.epoch) | set(fits.epoch) == set(range(0, 41, fc.snapshot_step(40)))  # every step shows something
    assert not set(notes.epoch) & set(fits.epoch)
    overflowed = set(notes[notes.text == "diverged"].epoch)
    assert overflowed == set(range(fit.diverged_at, 41)) and max(fits.epoch) < fit.diverged_at
    # before it overflows, the curve can already have left the picture: said so, not left blank
    for epoch in set(notes[notes.text == "outside"].epoch):
        (ylo, yhi) = fc.fit_domains(data, 100)[1]
        grid = np.linspace(*fc.fit_domains(data, 100)[0], fc.CURVE_POINTS)
        y = np.polynomial.polynomial.polyval(grid, np.r_[fit.history_b[epoch], fit.history_w[epoch]])
        assert np.all((y < ylo) | (y > yhi))
    numbers = table[["x", "y", "loss"]].to_numpy(dtype=float)
    assert np.all(np.isnan(numbers) | (np.abs(numbers) <= fx.FLOAT32_MAX))
    spec = fc.fit_chart(table, LAPTOP, LABELS, 40).to_dict()
    rows = [v for r in next(iter(spec["datasets"].values())) for v in r.values() if isinstance(v, float)]
    assert all(np.isfinite(rows))


def test_the_scrubber_is_a_bound_parameter_stepping_through_the_snapshots():
    for epochs in (5, 40, 100, 195, 200):
        step = fc.snapshot_step(epochs)
        assert epochs % step == 0 and epochs // step + 1 <= fc.MAX_SNAPSHOTS
        assert all(epochs % s or epochs // s + 1 > fc.MAX_SNAPSHOTS for s in range(1, step))  # the smallest such step
        spec = fc.fit_chart(fit_case(epochs=epochs)[2], LAPTOP, LABELS, epochs).to_dict()
        (param,) = spec["params"]
        assert param["value"] == epochs and param["bind"] == {"input": "range", "min": 0, "max": epochs,
                                                              "step": step, "name": "scrub "}


def test_projector_mode_enlarges_type_and_lines_within_the_same_panels():
    table = fit_case()[2]
    small, large = (fc.fit_chart(table, s, LABELS, 100).to_dict() for s in (LAPTOP, PROJECTOR))
    width = lambda spec: max(v["mark"].get("strokeWidth", 0) for v in layers(spec))
    assert width(large) > width(small)
    assert large["config"]["legend"]["labelFontSize"] > small["config"]["legend"]["labelFontSize"]
    axis = lambda spec: spec["hconcat"][0]["layer"][1]["encoding"]["x"]["axis"]["labelFontSize"]
    assert axis(large) > axis(small)
    # 1280×720 either way: the laptop's two panels sit beside the open 300-px sidebar (230 px each: at 270 the loss
    # panel was cut off at the screen's edge), the projector's in the room of the collapsed one; a little lower
    for panel in (0, 1):
        assert small["hconcat"][panel]["width"] <= 230
        assert large["hconcat"][panel]["width"] <= small["hconcat"][panel]["width"] + 150 / 2
        assert large["hconcat"][panel]["height"] < small["hconcat"][panel]["height"]
        assert "title" in small["hconcat"][panel] and "title" not in large["hconcat"][panel]


def test_log_axis_labels_only_the_powers_of_ten():
    """The axis' label expression run as JavaScript (Vega expressions are a subset of it), with Vega's functions."""
    node = shutil.which("node")
    if not node:
        pytest.skip("node is not installed")
    spec = fc.fit_chart(fit_case()[2], LAPTOP, LABELS, 100).to_dict()
    axis = next(v for v in layers(spec["hconcat"][1]) if "field" in v["encoding"]["y"])["encoding"]["y"]["axis"]
    ticks = [(1e-3, "0.001"), (0.02, "0.02"), (1.0, "1"), (300.0, "300"), (1e4, "10000"), (1e6, "1000000"),
             (1e26, "1e+26"), (1e-7, "1e-7")]
    script = ("const log = Math.log, LN10 = Math.LN10, abs = Math.abs, round = Math.round;"
              f"const ticks = {json.dumps(ticks)};"
              f"console.log(JSON.stringify(ticks.map(([value, label]) => {{ const datum = {{value, label}};"
              f" return {axis['labelExpr']}; }})));")
    shown = json.loads(subprocess.run([node, "-e", script], capture_output=True, text=True, check=True).stdout)
    assert shown == ["0.001", "", "1", "", "10000", "1e6", "1e26", "1e-7"]


def test_the_table_stays_under_a_few_thousand_marks():
    for case in ((3, 100), (20, 10), (20, 100)):
        assert len(fit_case(*case)[2]) < 5000


# --- cutting a curve at the border -------------------------------------------------------------------

def inside_samples(x, y, lo, hi, per_segment=40):
    """Points of the polyline sampled densely, those inside the band (an oracle independent of `clipped`)."""
    t = np.linspace(0, 1, per_segment)
    xs = (x[:-1, None] + t * (x[1:] - x[:-1])[:, None]).ravel()
    ys = (y[:-1, None] + t * (y[1:] - y[:-1])[:, None]).ravel()
    keep = (lo <= ys) & (ys <= hi)
    return xs[keep], ys[keep]


@given(st.lists(st.floats(-50, 50, allow_nan=False), min_size=2, max_size=30))
def test_clipped_pieces_are_exactly_the_polyline_inside_the_band(values):
    y = np.array(values)
    x = np.arange(len(y), dtype=float)
    lo, hi = -10.0, 10.0
    cx, cy, piece = fc.clipped(x, y, lo, hi)
    assert np.all((lo <= cy) & (cy <= hi))
    np.testing.assert_allclose(cy, np.interp(cx, x, y), atol=1e-9)  # every point lies on the polyline
    assert np.all(np.diff(piece) >= 0) and np.all(np.diff(piece) <= 1)
    for p in set(piece):  # each piece runs left to right and never leaves the band between its points
        px = cx[piece == p]
        assert np.all(np.diff(px) >= 0)
        mid = (px[:-1] + px[1:]) / 2
        assert np.all((lo - 1e-9 <= np.interp(mid, x, y)) & (np.interp(mid, x, y) <= hi + 1e-9))
    sx, sy = inside_samples(x, y, lo, hi)
    covered = np.zeros(len(sx), bool)
    for p in set(piece):
        px = cx[piece == p]
        covered |= (px.min() - 1e-9 <= sx) & (sx <= px.max() + 1e-9)
    assert covered.all()  # nothing inside the band is left out
    ends = [cx[piece == p][[0, -1]] for p in set(piece)]
    for first, last in ends:  # a piece ends on the border or at the polyline's ends
        for end in (first, last):
            assert end in (x[0], x[-1]) or np.isclose(np.interp(end, x, y), lo) or np.isclose(np.interp(end, x, y), hi) \
                or end in x


def test_clipped_cuts_exactly_at_the_border():
    cx, cy, piece = fc.clipped(np.array([0.0, 1.0, 2.0]), np.array([0.0, 20.0, 0.0]), -10, 10)
    np.testing.assert_allclose(cx, [0, 0.5, 1.5, 2])
    np.testing.assert_allclose(cy, [0, 10, 10, 0])
    assert list(piece) == [0, 0, 1, 1]
    assert fc.clipped(np.array([0.0, 1.0]), np.array([20.0, 30.0]), -10, 10)[0].size == 0


# --- model selection and weight decay -------------------------------------------------------------------

def test_selection_table_marks_both_choices_with_their_validation_loss():
    scene = fx.selection_scene(2, 20)
    table = fc.selection_table(scene.results, scene.chosen, scene.chosen_analytic, LABELS)
    curves = table[table.layer == "curve"]
    # a fold holds 10 samples: from degree 9 on the closed form interpolates (training loss 0: not on a log axis)
    assert [r.degree for r in scene.results if r.analytic_train == 0] == list(range(9, 21))
    assert len(curves) == 4 * 21 - 12 and (curves.loss > 0).all()
    for method, chosen, layer in (("sgd", scene.chosen, "chosen_sgd"), ("closed", scene.chosen_analytic, "chosen_closed")):
        val = curves[(curves.series == "val") & (curves.method == method)].set_index("degree").loss
        assert val.idxmin() == chosen
        mark = table[table.layer == layer].iloc[0]
        assert mark.degree == chosen and mark.loss == val.min() and mark.text == layer
    closed = curves[(curves.series == "val") & (curves.method == "closed")].set_index("degree").loss
    assert closed[20] > 1e6 * closed.min()  # the right side of the U
    spec = fc.selection_chart(table, LAPTOP, LABELS, fx.MAX_DEGREE).to_dict()
    lines = spec["layer"][0]
    assert lines["encoding"]["y"]["scale"]["type"] == "log"
    assert lines["encoding"]["strokeDash"]["scale"] == {"domain": ["sgd", "closed"], "range": [[1, 0], [6, 4]]}
    assert spec["title"]["subtitle"] == "key"  # what solid and dashed mean


def test_decay_table_holds_the_chosen_run_per_epoch_and_every_lambda_at_the_end():
    runs = fx.decay_sweep()
    table = fc.decay_table(runs, 3.0, True, LABELS)
    per_epoch = table[(table.layer == "epoch") & (table.series == "test")]
    np.testing.assert_allclose(per_epoch.value, runs[(3.0, True)].test_loss)
    norms = table[table.layer == "norm"]
    assert list(norms.x) == sorted(fx.LAMBDAS)
    np.testing.assert_allclose(norms.value, [runs[(lam, True)].w_norm for lam in sorted(fx.LAMBDAS)])
    here = table[table.layer == "here"].iloc[0]
    assert here.x == 3.0 and here.text == f"‖w‖ = {runs[(3.0, True)].w_norm:.3g}"
    assert isinstance(table, pd.DataFrame)
