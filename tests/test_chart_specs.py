"""Every chart every page draws: the cached spec with its texts written in equals the spec built directly."""
import copy

import pytest

from apptest import open_page
from pagetools import assert_clean
from ui import blocks, shell

# non-default values that change titles, labels and descriptions on each page
VIEWS = {"activations": {"fn": "tanh", "x0": "1.5", "depth": "20"}, "softmax": {"T": "2.5", "logits": "3, 1, -2, 0.5"},
         "fitting": {"fdeg": "7", "lambd": "3"}, "dropout": {"p1": "0.35", "p2": "0.8", "n_train": "40"},
         "broadcasting": {"a": "3,1", "b": "1,4", "predict": "false"}}


def direct(builder, table, args, kwargs) -> dict:
    """The spec as Altair builds it with the real texts (the structure from an empty table, as the cache does)."""
    chart = builder(*args, **kwargs) if table is None else builder(table.iloc[:0], *args, **kwargs)
    spec = chart.to_dict(validate=False)
    for drop in ("$schema",) if table is None else ("$schema", "datasets", "data"):
        spec.pop(drop, None)
    return spec


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
        assert spec == direct(builder, table, args, kwargs), builder.__qualname__
        texts += len(blocks._placeholders(args, kwargs)[2])
    assert texts or not calls  # the texts did go through placeholders
