"""The linear-regression charts: the tables they read (cells, the drawn path, the marks), Altair's validated specs,
the scrubber as a Vega-Lite parameter, the loss surface within its mark budget, nothing non-finite drawn."""
import numpy as np
import pytest

from explain import linreg as lx
from ui.charts import linreg as lc
from ui.style import LAPTOP, PROJECTOR

LABELS = {key: key for key in ("start", "closed", "true", "scrub", "surface_title", "steps_axis", "loss_axis",
                               "description")} | {"readout": "step {step} · loss {loss}"}


def scene(**kwargs):
    lesson = lx.lesson(*{**dict(lr=0.03, batch_size=10, epochs=3, noise=0.01, seed=0, init="d2l"), **kwargs}.values())
    run = lesson.scratch
    marks = {"start": run.w[0], "closed": lesson.quadratic.theta[:2], "true": lx.TRUE_W}
    domain = lc.surface_domain(marks["start"], marks["closed"], marks["true"], run.w)
    w1, w2, grid = lx.surface(lesson.quadratic, *domain, lc.CELLS)
    table = lc.path_table(w1, w2, grid, domain, run.w, run.loss, marks, LABELS)
    return lesson, run, domain, table


@pytest.mark.parametrize("kwargs", [{}, {"lr": 3.0}, {"batch_size": 1, "epochs": 10, "init": "far"},
                                    {"batch_size": 1000, "init": "zeros"}, {"noise": 1.0, "seed": 5}])
def test_the_path_table_and_its_validated_chart(kwargs):
    lesson, run, domain, table = scene(**kwargs)
    cells = table[table.layer == "cell"]
    assert len(cells) == lc.CELLS**2 <= 2000  # the surface's marks
    path = table[table.layer == "path"]
    assert len(path) <= lc.MAX_DRAWN and path.step.iloc[0] == 0 and path.step.iloc[-1] == len(run.loss) - 1
    assert np.isfinite(path.loss).all() and (path.loss > 0).all() and np.isfinite(cells.value).all()
    (a1, b1), (a2, b2) = domain
    shown = path.dropna(subset=["x"])
    assert shown.x.between(a1, b1).all() and shown.y.between(a2, b2).all()
    for marks in (table[table.layer == "mark"],):
        assert marks.x.between(a1, b1).all() and marks.y.between(a2, b2).all()
    np.testing.assert_allclose(path.loss, run.loss[path.step.to_numpy(dtype=int)])
    last = len(path) - 1
    for style in (LAPTOP, PROJECTOR):
        spec = lc.path_chart(table, style, LABELS, last).to_dict()  # validated against Vega-Lite's schema
        (param,) = spec["params"]
        assert param["name"] == lc.STEP and param["value"] == last
        assert param["bind"]["input"] == "range" and param["bind"]["max"] == last and param["bind"]["step"] == 1
        assert spec["description"] == "description"


def test_a_diverged_path_stops_at_the_windows_edge():
    lesson, run, domain, table = scene(lr=3.0)
    assert run.diverged_at is not None
    path = table[table.layer == "path"]
    assert path.x.isna().any() and not path.x.iloc[:2].isna().any()
    first_gone = int(np.flatnonzero(path.x.isna())[0])
    assert path.x.iloc[first_gone:].isna().all()


def test_the_window_holds_the_start_the_optimum_and_the_truth():
    (a1, b1), (a2, b2) = lc.surface_domain((-4, 4), (2, -3.4), (2, -3.4), np.array([[-4, 4], [1e9, -1e9]]))
    assert a1 < -4 < 2 < b1 and a2 < -3.4 < 4 < b2 and b1 < 100  # the runaway point does not stretch it


def test_drawn_steps_keep_the_first_and_last():
    for steps in (0, 1, 300, 1000, 10_000, 9_999):
        drawn = lc.drawn_steps(steps)
        assert drawn[0] == 0 and drawn[-1] == steps and len(drawn) <= lc.MAX_DRAWN
        assert np.all(np.diff(drawn) > 0)


def test_the_scatter():
    lesson = lx.lesson(0.03, 10, 3, 0.01, 0, "d2l")
    table = lc.data_table(lesson.feature, lesson.labels)
    assert len(table) == 1000
    spec = lc.data_chart(table, LAPTOP, {"title": "t", "description": "d"}).to_dict()
    assert spec["mark"]["type"] == "circle"
