"""The broadcasting page's controls: the shapes a, b, c, d, how many of them, the operation, predict first.

The guess box (`guess`) is an ordinary widget, not bound to the URL (a shared link never arrives answered):
it is no row here, only the view that types into it.
"""
from explain import broadcasting as bc
from ui.params import Move, Param, Table

SYMBOLS = {"+": "+", "-": "−", "*": "×"}  # how an operation reads (and is written in the URL)
# The three examples of the source notes, D2L's own (both operands stretch), and the one that fails.
PRESETS = (("4,3", "3,"), ("3,4,2", "4,2"), ("4,3", "4,1"), ("3,1", "1,2"), ("4,3", "4,"))
D2L = ("3,1", "1,2")
DEFAULTS = ("4,3", "3,", "4,1", "1")  # the boxes a, b, c, d
OFF = "predict=false"  # the answer shown at once: the whole page is drawn


def preset_key(shapes) -> str:
    """The key of a preset's button, e.g. preset_4,3_3,"""
    return "preset_" + "_".join(shapes)


def shape_box(name: str, default: str, *moves: Move) -> Param:
    """The text box of one operand's shape (its label names the operand: the page passes it)."""
    return Param(name, "text", "bc.shape_of", default, extra={"max_chars": bc.MAX_TEXT, "placeholder": "4,3"},
                 moves=moves)


def load_move(session: int, round_: int) -> dict:
    """A new shape typed into box a (with predict off, the whole page is drawn)."""
    return {"a": [f"{(session + round_) % 6 + 1},{(session * 3 + round_) % 5 + 1}"]}


TABLE = Table(
    page="broadcasting",
    params=(
        shape_box("a", DEFAULTS[0], Move("type", "2,3", OFF)),
        shape_box("b", DEFAULTS[1], Move("type", "4,1,3", OFF)),
        shape_box("c", DEFAULTS[2], Move("type", "2,1,1", OFF + "&n=3")),
        shape_box("d", DEFAULTS[3], Move("type", "3,1,1", OFF + "&n=4")),
        Param("n", "radio", "bc.count", 2, options=(2, 3, 4), extra={"horizontal": True},
              moves=(Move("choose", "3", OFF),)),
        Param("op", "select", "bc.op", "+", options=tuple(SYMBOLS), fmt=SYMBOLS.get, moves=(Move("choose", "×", OFF),)),
        Param("predict", "toggle", "bc.predict", True, help="bc.predict_help", moves=(Move("toggle"),)),
    ),
    clicks=(Move("click", query=OFF, key=preset_key(("3,4,2", "4,2"))), Move("click", query=OFF, key=preset_key(D2L))),
    # every preset, 2–4 arrays, and after Reveal: the main picture whole on a projector and a laptop
    views=((OFF, None), (OFF + "&a=3,4,2&b=4,2", None), (OFF + "&a=4,3&b=4,1", None), (OFF + "&a=4,3&b=4", None),
           (OFF + "&a=3,1&b=1,2", None), (OFF + "&n=3&a=2,3,4&b=3,1&c=4", None),
           (OFF + "&n=4&a=2,1,4&b=3,1&c=4&d=1,1", None), ("a=3,4,2&b=4,2", Move("type", "(3, 4, 2)", key="guess"))),
    load=load_move,
    load_open=OFF,
)
