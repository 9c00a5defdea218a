"""The linear-regression page's controls (keys start with lin: `lr` alone would read as the learning rate)."""
from ui.params import Move, Param, Table

# a log scale of learning rates, up to where SGD on D2L's data diverges (2 / the largest curvature ≈ 1.9)
LEARNING_RATES = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 2.0, 3.0)
INITS = ("d2l", "zeros", "far")  # the URL's names; each is captioned in the reader's language (lin.init.<name>)
D2L = {"linlr": 0.03, "linbs": 10, "linep": 3, "linnoise": 0.01, "linseed": 0, "lininit": "d2l"}


def g(v: float) -> str:
    return f"{v:g}"


RIGHT, LEFT = Move("keys", ["ArrowRight"]), Move("keys", ["ArrowLeft"])

TABLE = Table(
    page="linreg",
    params=(
        Param("linlr", "select", "lin.lr", D2L["linlr"], options=LEARNING_RATES, fmt=g, help="lin.lr_help",
              moves=(Move("choose", "0.3"), Move("choose", "3"))),
        Param("linbs", "slider", "lin.batch", D2L["linbs"], 1, 1000, help="lin.batch_help",
              moves=(RIGHT, Move("keys", ["End"]))),
        Param("linep", "slider", "lin.epochs", D2L["linep"], 1, 10, moves=(LEFT,)),
        Param("linnoise", "slider", "lin.noise", D2L["linnoise"], 0.0, 1.0, 0.01, moves=(Move("keys", ["ArrowRight"] * 5),)),
        Param("linseed", "slider", "lin.seed", D2L["linseed"], 0, 999, moves=(RIGHT,)),
        Param("lininit", "radio", "lin.init", D2L["lininit"], options=INITS, moves=(Move("choose", "far"),)),
    ),
    clicks=(Move("click", query="linlr=0.3&linbs=50", key="lin_d2l"),),  # from a view it changes
    views=(("", None), ("linlr=3", None), ("linbs=1000&lininit=far", None), ("linbs=1&linep=10", None)),
    browser_only=(("", "step", ("ArrowLeft",) * 10),),
    load_key="linseed",
)
