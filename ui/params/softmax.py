"""The softmax page's controls: the scores, names, true class and temperature, the batch and the layer tabs.

The layer tab's sliders are `din` and `dout` (the notes' d and q; `d` is a broadcasting box). The tabs
(`tab`) and the stability expander (`stability`) are bound to the URL too, but are not widgets of a table kind.
"""
from explain import softmax as sm
from ui.params import Move, Param, Table


def as_text(values) -> str:
    """Scores as the box shows them: 1, 2, 0.5."""
    return ", ".join(f"{v:g}" for v in values)


# A close call, D2L's (0.1, 10, 0.1), and scores that overflow a naive exp; all in D2L's classes
# (an empty names box means D2L's dog, cat, chicken in the reader's language).
PRESETS = {"default": as_text(sm.DEFAULT_LOGITS), "d2l": as_text(sm.D2L_LOGITS), "huge": "1000, 0, -1000"}

BATCH, LAYER = "tab=A+batch", "tab=The+layer"


def load_move(session: int, round_: int) -> dict:
    """New scores every time (a cache miss), different in every session."""
    return {"logits": [f"{1 + session * 0.01:.2f}, {round_ * 0.1:.1f}, 0.5"]}


TABLE = Table(
    page="softmax",
    params=(
        Param("logits", "text", "sm.logits", PRESETS["default"], extra={"max_chars": sm.MAX_TEXT},
              moves=(Move("type", "5, -3, 0"), Move("type", "1000, 0, -1000", query="stability=true"))),
        # the placeholder is D2L's names in the reader's language: the page passes it
        Param("names", "text", "sm.names", "", extra={"max_chars": sm.MAX_TEXT}, moves=(Move("type", "x, y, z"),)),
        # the options are class numbers, captioned with names; the page passes as many as there are scores
        Param("label", "radio", "sm.label", 1, options=tuple(range(len(sm.DEFAULT_LOGITS))),
              extra={"horizontal": True}, moves=(Move("choose", "2"), Move("choose", "0"))),
        Param("T", "slider", "sm.temperature", 1.0, sm.MIN_T, sm.MAX_T, 0.05,
              moves=(Move("keys", ["ArrowLeft"] * 3), Move("keys", ["Home"]))),
        Param("bsize", "slider", "sm.batch_size", 4, 2, 8, moves=(Move("keys", ["ArrowRight"], BATCH),)),
        Param("bseed", "slider", "sm.batch_seed", 0, 0, 999, moves=(Move("keys", ["ArrowRight"], BATCH),)),
        Param("din", "slider", "sm.inputs", 4, 1, sm.MAX_INPUTS, moves=(Move("keys", ["ArrowRight"], LAYER),)),
        Param("dout", "slider", "sm.outputs", 3, 2, sm.MAX_OUTPUTS, moves=(Move("keys", ["ArrowRight"], LAYER),)),
    ),
    clicks=(Move("click", query="", key="preset_d2l"), Move("click", query="", key="preset_huge"),
            Move("click", query=LAYER, key="layer_d2l")),
    views=(("", None), ("logits=1000,0,-1000", None)),
    load=load_move,
    load_open="",
    bound=("tab", "stability"),  # the open tab and the stability expander (st.tabs / st.expander bind them)
)
