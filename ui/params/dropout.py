"""The dropout page's controls (keys unique across the app: the masks' seed is dseed, activations has seed)."""
from explain import dropout as do
from ui.params import Move, Param, Table

# The notes' drop probabilities, and the two ends the page tells about: (p1, p2)
PRESETS = {"notes": (do.DROP_PROB1, do.DROP_PROB2), "zero": (0.0, 0.0), "one": (1.0, 1.0)}


def load_move(session: int, round_: int) -> dict:
    """The load bench's move: the first layer's drop probability in steps of 0.05, one per session and round."""
    return {"p1": [f"{0.05 * ((session * 7 + round_) % 19):.2f}"]}


TABLE = Table(
    page="dropout",
    params=(
        Param("p1", "slider", "do.p1", do.DROP_PROB1, 0.0, 1.0, 0.05, moves=(Move("keys", ["ArrowRight"] * 2),)),
        Param("p2", "slider", "do.p2", do.DROP_PROB2, 0.0, 1.0, 0.05, moves=(Move("keys", ["ArrowLeft"]),)),
        Param("dseed", "slider", "do.seed", 0, 0, do.MAX_SEED, moves=(Move("keys", ["ArrowRight"]),)),
        Param("layer", "radio", "do.layer_choice", 1, options=(1, 2), fmt=str, extra={"horizontal": True},
              moves=(Move("choose", "2"),)),
        Param("draws", "slider", "do.draws_slider", do.MAX_DRAWS, 10, do.MAX_DRAWS, 10,
              moves=(Move("keys", ["ArrowLeft"] * 3),)),
        Param("n_train", "slider", "do.n_train", do.TRAIN_SIZE, do.TRAIN_SIZES[0], do.TRAIN_SIZES[1], 5,
              moves=(Move("keys", ["ArrowRight"]),)),
    ),
    clicks=(Move("click", key="resample"), Move("click", key="preset_one"), Move("click", key="preset_zero")),
    views=(("", None), ("p1=1&p2=1", None)),
    browser_only=(("", "mask", ("ArrowRight",) * 2),),
    load=load_move,
    load_open="",
)
