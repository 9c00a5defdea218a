"""Every chart every page draws: the cached spec with its texts written in equals the spec built directly."""
import copy

import pytest

from apptest import open_page
from pagetools import assert_clean
from ui import blocks, shell

# non-default values that change titles, labels and descriptions on each page
VIEWS = {"activations": {"fn": "tanh", "x0": "1.5", "depth": "20"}, "softmax": {"T": "2.5", "logits": "3, 1, -2, 0.5"},
         "fitting": {"fdeg": "7", "flam": "0.1"}, "dropout": {"p1": "0.35", "p2": "0.8", "n_train": "40"},
         "broadcasting": {"a": "3,1", "b": "1,4", "predict": "false"}, "linreg": {"linbs": "7", "linep": "2", "linlr": "0.3"},
         "models": {"bmnet": "d16t,o0.3,c,m8,d3", "bminit": "MyInit", "bmseed": "4"},
         "autograd": {"agx": "1, 2; 3, 4", "aghead": "mean", "agact": "tanh", "agseed": "9"}}


def altair_spec(builder, table, args, kwargs) -> dict:
    """The chart as Altair's public API writes it, with its real table and real texts, validated."""
    chart = builder(*args, **kwargs) if table is None else builder(table, *args, **kwargs)
    return chart.to_dict()


def without_data(spec: dict) -> dict:
    """The structure: what blocks.chart sends as the spec (the table goes beside it, as Arrow)."""
    return {k: v for k, v in spec.items() if k not in ("$schema", "datasets", "data")}


@pytest.mark.parametrize("page", shell.PAGES, ids=lambda p: p.name)
def test_cached_specs_equal_specs_built_with_the_real_texts(page, monkeypatch):
    calls = []
    original = blocks._spec

    def recording(builder, table, args, kwargs):
        spec = original(builder, table, args, kwargs)
        calls.append((builder, table, args, kwargs, copy.deepcopy(spec)))  # chart() adds usermeta
        return spec

    monkeypatch.setattr(blocks, "_spec", recording)
    for params in ({}, {"lang": "zh", "proj": "true"}, VIEWS.get(page.name, {}),
                   {**VIEWS.get(page.name, {}), "lang": "zh"}):
        assert_clean(open_page(page.script, **params))
    if page.name != "home":
        assert calls, "the page draws charts"
    texts = 0
    for builder, table, args, kwargs, spec in calls:
        reference = altair_spec(builder, table, args, kwargs)
        expected = reference if table is None else without_data(reference)
        assert spec == {k: v for k, v in expected.items() if k != "$schema"}, builder.__qualname__
        if table is not None:  # the one top-level table, row for row, is the data the chart reads
            (rows,) = reference["datasets"].values()
            assert reference["data"] == {"name": next(iter(reference["datasets"]))}
            assert len(rows) == len(table) and (not rows or list(rows[0]) == list(table.columns))
        texts += len(blocks._placeholders(args, kwargs)[2])
    assert texts or not calls  # the texts did go through placeholders
