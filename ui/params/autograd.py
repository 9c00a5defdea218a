"""The autograd page's controls (keys start with ag: `x`, `lr` and `seed` alone are other pages' or too plain)."""
from explain import autograd as ag
from ui.params import Move, Param, Table


def g(v: float) -> str:
    return f"{v:g}"


TABLE = Table(
    page="autograd",
    params=(
        Param("agx", "text", "ag.x", ag.DEFAULT_X, help="ag.x_help", extra={"max_chars": ag.MAX_TEXT},
              moves=(Move("type", "1, 2; 3, 4"), Move("type", "1e20, 1"))),
        Param("aghead", "radio", "ag.head", "ones", options=ag.HEADS, moves=(Move("choose", "first"),)),
        Param("aga", "select", "ag.a", 1.0, options=ag.A_VALUES, fmt=g, help="ag.a_help",
              moves=(Move("choose", "-0.5"),)),
        Param("agact", "select", "ag.act", "relu", options=ag.ACTIVATIONS, moves=(Move("choose", "tanh"),)),
        Param("aglam", "select", "ag.lam", 0.1, options=ag.LAMBDAS, fmt=g, moves=(Move("choose", "1"),)),
        Param("agseed", "slider", "ag.seed", 0, 0, ag.MAX_SEED, moves=(Move("keys", ["ArrowRight"]),)),
        Param("aglr", "select", "ag.lr", 0.5, options=ag.LEARNING_RATES, fmt=g, help="ag.lr_help",
              moves=(Move("choose", "5"),)),
    ),
    views=(("", None), ("agx=1e20,1", None), ("agx=1,2;3,4;5,6&agact=sigmoid", None),
           ("agx=1.5,-2.25,3,4;5,6,7,8", None)),  # two 4-column arrays side by side, x.grad on a second line
    browser_only=(("", "agstep", ("ArrowLeft",) * 3),),
    load_key="agseed",
)
