"""The under- and overfitting page's controls (keys start with f: unique across the app; the training samples are
`fnum`, since activations has `fn`)."""
from explain import fitting as fx
from ui.params import Move, Param, Table

LEARNING_RATES = (0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
DECAYS = (0.0, 0.0001, 0.001, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
# D2L 3.11's three runs and a high degree on few samples: the settings each changes from the defaults. Each shows what
# its name says on every seed (tests/fitting): the cubic gets 200 epochs, since with D2L's 100 SGD has not reached the
# closed form on some seeds; on 2 samples, and at degree 20 on 10, SGD does not converge within the sliders' reach,
# so those two are named after their closed form, which the page judges beside SGD.
PRESETS = {"under": {"fdeg": 1, "fnum": 100}, "right": {"fdeg": 3, "fnum": 100, "fep": 200},
           "two": {"fdeg": 3, "fnum": 2}, "high": {"fdeg": 20, "fnum": 10}}


def g(v: float) -> str:
    return f"{v:g}"


RIGHT, LEFT = Move("keys", ["ArrowRight"]), Move("keys", ["ArrowLeft"])


def load(session: int, round_: int) -> dict:
    """The load bench's move: the polynomial's degree, 1 to 20: sessions meet on the same degrees (cache hits after
    the first)."""
    return {"fdeg": [str((session + 3 * round_) % 20 + 1)]}


TABLE = Table(
    page="fitting",
    params=(
        Param("fdeg", "slider", "fit.degree", 3, 0, fx.MAX_DEGREE, moves=(Move("keys", ["ArrowRight"] * 2),)),
        Param("fnum", "slider", "fit.n", 100, 2, fx.MAX_TRAIN, moves=(Move("keys", ["ArrowLeft"] * 5),)),
        Param("fnoise", "slider", "fit.noise", 0.1, 0.0, 2.0, 0.05, moves=(RIGHT,)),
        Param("fep", "slider", "fit.epochs", 100, 5, fx.MAX_EPOCHS, 5, moves=(LEFT,)),
        Param("flr", "select", "fit.lr", 0.01, options=LEARNING_RATES, fmt=g, moves=(Move("choose", "0.1"),)),
        Param("fbs", "slider", "fit.batch", 10, 1, fx.MAX_TRAIN, moves=(RIGHT,)),
        Param("fwd", "select", "fit.wd", 0.0, options=DECAYS, fmt=g, moves=(Move("choose", "1"),)),
        Param("fseed", "slider", "fit.seed", 0, 0, 999, moves=(RIGHT,)),
        Param("fk", "slider", "fit.sel_k", 5, 2, 10, moves=(RIGHT,)),
        Param("fcvn", "slider", "fit.sel_n", fx.MAX_TRAIN, 20, fx.MAX_TRAIN, 5, moves=(Move("keys", ["ArrowLeft"] * 2),)),
        Param("flam", "select", "fit.wd_lambda", 3.0, options=fx.LAMBDAS, fmt=g, moves=(Move("choose", "0"),)),
        Param("fdecb", "toggle", "fit.wd_bias", False, help="fit.wd_bias_help", moves=(Move("toggle"),)),
    ),
    clicks=(Move("click", key="fit_preset_two"),),
    views=(("", None), ("fdeg=20&fnum=10", None)),
    browser_only=(("", "epoch", ("ArrowLeft",) * 10),),
    load=load,
    load_open="",
)

# the sliders' ends, so that the verdict's advice never points past one
ENDS = fx.Ends(degree=(TABLE["fdeg"].lo, TABLE["fdeg"].hi), n_train=(TABLE["fnum"].lo, TABLE["fnum"].hi),
               epochs=(TABLE["fep"].lo, TABLE["fep"].hi), lrs=TABLE["flr"].options, decays=TABLE["fwd"].options)
