"""The building-models page's controls (keys start with bm: unique across the app).

The network itself is one URL value, the compact text explain.models parses ("d256r,d10"): a shared link rebuilds
the same network. The layer composer (kind, units, activation, p) and its Add / Remove buttons only write that text.
"""
from explain import models as bm
from ui.params import Move, Param, Table

KIND_NAMES = {"dense": "Dense", "dropout": "Dropout", "centered": "CenteredLayer", "mydense": "MyDense"}  # class names
ACTIVATION_NAMES = {"none": "None", "relu": "relu", "sigmoid": "sigmoid", "tanh": "tanh"}  # as Gluon's activation= reads
STAGE_NAMES = {"built": "nn.Sequential()", "initialized": "net.initialize()", "forward": "net(X)"}  # code, not prose
INIT_NAMES = {"normal": "Normal(σ)", "xavier": "Xavier", "constant": "Constant", "myinit": "MyInit"}
PRESETS = {"notes": "d256r,d10", "dropout": "d256r,o0.2,d256r,o0.5,d10", "custom": "d16r,c,m8,d3"}
PRESET_INPUTS = {"notes": (2, 20), "dropout": (2, 784), "custom": (4, 5)}  # (batch, features) each preset opens with
DEFAULTS = {"bmnet": bm.DEFAULT, "bmbatch": 2, "bmfeat": 20}


def kind_name(kind: str) -> str:
    return KIND_NAMES[kind]


def stage_name(stage: str) -> str:
    return STAGE_NAMES[stage]


def activation_name(name: str) -> str:
    return ACTIVATION_NAMES[name]


def init_name(name: str) -> str:
    return INIT_NAMES[name]


RIGHT = Move("keys", ["ArrowRight"])
BIGGEST = "bmnet=m512,d512t,o1,c,d7s,d2&bmfeat=1024&bmbatch=64"  # six layers, the largest sizes

TABLE = Table(
    page="models",
    params=(
        Param("bmnet", "text", "bm.net", bm.DEFAULT, help="bm.net_help", extra={"max_chars": bm.MAX_TEXT},
              moves=(Move("type", "d64r,o0.5,c,d10"), Move("type", "d10,x"))),
        Param("bmbatch", "slider", "bm.batch", DEFAULTS["bmbatch"], 1, bm.MAX_BATCH, moves=(RIGHT,)),
        Param("bmfeat", "slider", "bm.features", DEFAULTS["bmfeat"], 1, bm.MAX_FEATURES, moves=(RIGHT,)),
        Param("bmin", "toggle", "bm.in_units", False, help="bm.in_units_help", moves=(Move("toggle"),)),
        Param("bmkind", "select", "bm.kind", "dense", options=bm.KINDS, fmt=kind_name,
              moves=(Move("choose", "MyDense"),)),
        Param("bmunits", "slider", "bm.units", 64, 1, bm.MAX_UNITS, moves=(RIGHT,)),
        Param("bmact", "select", "bm.activation", "relu", options=tuple(ACTIVATION_NAMES), fmt=activation_name,
              moves=(Move("choose", "tanh"),)),
        Param("bmp", "slider", "bm.p", 0.5, 0.0, 1.0, 0.05, moves=(Move("keys", ["ArrowLeft"], "bmkind=Dropout"),)),
        Param("bmstage", "radio", "bm.stage", "built", options=tuple(STAGE_NAMES), fmt=stage_name,
              moves=(Move("choose", "net(X)"),)),
        Param("bminit", "select", "bm.init", "normal", options=bm.INITIALIZERS, fmt=init_name,
              moves=(Move("choose", "Xavier"), Move("choose", "MyInit"))),
        Param("bmsigma", "slider", "bm.sigma", 0.01, 0.01, 1.0, 0.01, moves=(RIGHT,)),
        Param("bmconst", "slider", "bm.const", 1.0, -2.0, 2.0, 0.1, moves=(Move("keys", ["ArrowLeft"], "bminit=Constant"),)),
        Param("bmseed", "slider", "bm.seed", 0, 0, bm.MAX_SEED, moves=(RIGHT,)),
    ),
    clicks=(Move("click", key="bm_add"), Move("click", key="bm_pop"),
            Move("click", query="bmnet=d8", key="bm_preset_notes"), Move("click", key="bm_preset_custom")),
    views=(("", None), (BIGGEST, None), ("bmnet=d256r,o0.2,d256r,o0.5,d10&bmfeat=784", None)),
    load_key="bmseed",
)
