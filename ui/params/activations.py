"""The activations page's controls: the function section (fn, compare, xr, x0, alpha) and the depth experiment.

The functions' options are explain.activations' registry (NAMES, each shown and written in the URL by its label):
the select boxes, the URL and the tests read that one list.
"""
from explain import activations as act
from ui.params import Move, Param, Table

WIDTHS = (16, 32, 64, 128, 256)
# how each initialisation reads, on the page and in the URL
INITS = {"custom": "σ", "xavier": "Xavier √(1/n)", "he": "He √(2/n)"}


def init_label(key: str) -> str:
    """How the initialisation `key` reads."""
    return INITS[key]


def probe_move(s: int, r: int) -> dict:
    """The load bench's move: the probe x0 somewhere on [-5, 5], a different place per session and round."""
    return {"x0": [f"{-5 + ((s * 13 + r * 7) % 101) * 0.1:.1f}"]}


def right(n: int = 1, query: str = "") -> Move:
    """Focus the slider (on a page opened with `query`) and press → n times."""
    return Move("keys", ["ArrowRight"] * n, query)


# The rows are in the order the browser tests first met them (x0 first: the accessibility test makes the first
# move); the page draws them in its own order, by key.
TABLE = Table(
    page="activations",
    params=(
        Param("x0", "slider", "act.probe", 0.0, -20.0, 20.0, 0.1, moves=(right(3),)),
        Param("xr", "slider", "act.range", (-6.0, 6.0), -20.0, 20.0, 0.5,
              moves=(right(4), Move("keys", ["End"]))),  # End: the left handle onto the right one
        Param("fn", "select", "act.function", "sigmoid", options=act.NAMES, fmt=act.label,
              moves=(Move("choose", "tanh"),)),
        Param("alpha", "slider", "act.alpha", 0.1, 0.0, 1.0, 0.01,
              moves=(right(5, "fn=ELU"), right(1, "dfn=ELU&fn=ELU"))),
        Param("sigma", "slider", "act.sigma", 1.0, 0.01, 3.0, 0.01,
              moves=(Move("keys", ["End"], "depth=50"), Move("keys", ["ArrowLeft"], "dfn=identity&depth=30"))),
        # a slider, not a number box: Streamlit 1.65's number_input crashes on a link value like 1e309
        Param("seed", "slider", "act.seed", 0, 0, 999, moves=(right(1, "depth=50"),)),
        Param("init", "radio", "act.init", "custom", options=tuple(INITS), fmt=init_label,
              moves=(Move("choose", "He √(2/n)", "depth=50"),), extra={"horizontal": True}),
        Param("depth", "slider", "act.depth", 20, 2, 50, moves=(Move("keys", ["ArrowLeft"] * 2),)),
        Param("width", "select", "act.width", 64, options=WIDTHS, moves=(Move("choose", "256"),)),
        Param("dfn", "select", "act.depth_function", "sigmoid", options=act.NAMES, fmt=act.label,
              moves=(Move("choose", "tanh"),)),
        # the placeholder is translated: the page passes placeholder=t("act.compare_none")
        Param("compare", "multiselect", "act.compare", (), options=act.NAMES, fmt=act.label,
              moves=(Move("choose", "tanh"),), extra={"max_selections": 2}),
    ),
    views=(("", None), ("compare=tanh&compare=GELU&xr=-20&xr=20&x0=-20", None)),
    load=probe_move,
    load_open="",
)
