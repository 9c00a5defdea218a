"""Every bound control of every page, and one way a student changes it: the browser tests' lists.

Built from each page's parameter table (ui/params/<page>.py: a Param's `moves`, the table's `clicks`,
`views` and `browser_only`), so a new page adds nothing here. The hand-written entries below are for the
pages not yet moved onto a table. Each entry: (page path, query the page opens with, action, widget key,
argument). Actions: "type" (text + Enter), "keys" (focus a slider and press keys), "click" (a button),
"choose" (a radio or select-box option by its visible text), "toggle" (a switch).
"""
from ui.params import TABLES


def _from_tables():
    """The interactions, views and browser-only moves every parameter table declares."""
    moves, views, only = [], [], []
    for page, table in TABLES.items():
        for param in table.params:
            moves += [(page, m.query, m.action, m.key or param.key, m.arg) for m in param.moves]
        moves += [(page, m.query, m.action, m.key, m.arg) for m in table.clicks]
        views += [(page, query, None if m is None else (m.action, m.key, m.arg)) for query, m in table.views]
        only += [(page, query, name, list(keys)) for query, name, keys in table.browser_only]
    return moves, views, only


TABLE_MOVES, TABLE_VIEWS, TABLE_ONLY = _from_tables()

_HAND_MOVES = [
    # broadcasting
    ("broadcasting", "predict=false", "type", "a", "2,3"),
    ("broadcasting", "predict=false", "type", "b", "4,1,3"),
    ("broadcasting", "predict=false", "choose", "n", "3"),
    ("broadcasting", "predict=false&n=3", "type", "c", "2,1,1"),
    ("broadcasting", "predict=false", "choose", "op", "×"),
    ("broadcasting", "predict=false", "click", "preset_3,4,2_4,2", None),
    ("broadcasting", "predict=false", "click", "preset_3,1_1,2", None),
    ("broadcasting", "predict=false&n=4", "type", "d", "3,1,1"),
    ("broadcasting", "", "toggle", "predict", None),
    # activations
    ("activations", "", "keys", "x0", ["ArrowRight"] * 3),
    ("activations", "", "keys", "xr", ["ArrowRight"] * 4),
    ("activations", "", "choose", "fn", "tanh"),
    ("activations", "fn=ELU", "keys", "alpha", ["ArrowRight"] * 5),
    ("activations", "dfn=ELU&fn=ELU", "keys", "alpha", ["ArrowRight"]),
    ("activations", "depth=50", "keys", "sigma", ["End"]),
    ("activations", "depth=50", "keys", "seed", ["ArrowRight"]),
    ("activations", "depth=50", "choose", "init", "He √(2/n)"),
    ("activations", "", "keys", "depth", ["ArrowLeft"] * 2),
    ("activations", "", "choose", "width", "256"),
    ("activations", "", "choose", "dfn", "tanh"),
    ("activations", "", "keys", "xr", ["End"]),  # the left handle onto the right one
    ("activations", "dfn=identity&depth=30", "keys", "sigma", ["ArrowLeft"]),
    ("activations", "", "choose", "compare", "tanh"),
    # softmax
    ("softmax", "", "type", "logits", "5, -3, 0"),
    ("softmax", "", "type", "names", "x, y, z"),
    ("softmax", "", "keys", "T", ["ArrowLeft"] * 3),
    ("softmax", "", "keys", "T", ["Home"]),
    ("softmax", "", "choose", "label", "2"),  # the options are class numbers, captioned with names
    ("softmax", "", "click", "preset_d2l", None),
    ("softmax", "", "click", "preset_huge", None),
    ("softmax", "", "choose", "label", "0"),
    ("softmax", "tab=A+batch", "keys", "bsize", ["ArrowRight"]),
    ("softmax", "tab=A+batch", "keys", "bseed", ["ArrowRight"]),
    ("softmax", "tab=The+layer", "keys", "d", ["ArrowRight"]),
    ("softmax", "tab=The+layer", "keys", "q", ["ArrowRight"]),
    ("softmax", "tab=The+layer", "click", "layer_d2l", None),
    ("softmax", "stability=true", "type", "logits", "1000, 0, -1000"),
    # dropout
    ("dropout", "", "keys", "p1", ["ArrowRight"] * 2),
    ("dropout", "", "keys", "p2", ["ArrowLeft"]),
    ("dropout", "", "keys", "seed", ["ArrowRight"]),
    ("dropout", "", "click", "resample", None),
    ("dropout", "", "click", "preset_one", None),
    ("dropout", "", "click", "preset_zero", None),
    ("dropout", "", "choose", "layer", "2"),
    ("dropout", "", "keys", "draws", ["ArrowLeft"] * 3),
    ("dropout", "", "keys", "n_train", ["ArrowRight"]),
]

# The views whose main picture (the page's first chart) must be whole on a 1280×720 projector and a
# 1440×900 laptop: every preset, 2–4 arrays, before and after Reveal. (page path, query, action or None).
_HAND_VIEWS = [
    ("broadcasting", "predict=false", None),
    ("broadcasting", "predict=false&a=3,4,2&b=4,2", None),
    ("broadcasting", "predict=false&a=4,3&b=4,1", None),
    ("broadcasting", "predict=false&a=4,3&b=4", None),
    ("broadcasting", "predict=false&a=3,1&b=1,2", None),
    ("broadcasting", "predict=false&n=3&a=2,3,4&b=3,1&c=4", None),
    ("broadcasting", "predict=false&n=4&a=2,1,4&b=3,1&c=4&d=1,1", None),
    ("broadcasting", "a=3,4,2&b=4,2", ("type", "guess", "(3, 4, 2)")),
    ("activations", "", None),
    ("activations", "compare=tanh&compare=GELU&xr=-20&xr=20&x0=-20", None),
    ("softmax", "", None),
    ("softmax", "logits=1000,0,-1000", None),
    ("dropout", "", None),
    ("dropout", "p1=1&p2=1", None),
]

# Interactions that only redraw: a Vega-Lite parameter bound to an input inside the chart. They must change
# the picture with no message to the server at all (no rerun). (page path, query, input's name, keys to press)
_HAND_ONLY = [
    ("dropout", "", "mask", ["ArrowRight"] * 2),
]



def _untabled(entries):
    """The hand-written entries of pages that have no parameter table yet (a table replaces them all)."""
    return [entry for entry in entries if entry[0] not in TABLES]


INTERACTIONS = TABLE_MOVES + _untabled(_HAND_MOVES)
MAIN_VIEWS = TABLE_VIEWS + _untabled(_HAND_VIEWS)
BROWSER_ONLY = TABLE_ONLY + _untabled(_HAND_ONLY)
