"""Broadcasting: how arrays of different shapes combine, trailing axes first."""
import streamlit as st

from explain import broadcasting as bc
from ui import blocks, controls, shell
from ui.charts.broadcasting import grid_chart, step_table
from ui.i18n import problem, t

style = shell.page("broadcasting")

# The three examples of the source notes, and the one that fails.
PRESETS = (("4,3", "3,"), ("3,4,2", "4,2"), ("4,3", "4,1"), ("4,3", "4,"))
DEFAULTS = ("4,3", "3,", "4,1", "1")
SYMBOLS = {"+": "+", "-": "−", "*": "×"}
compute = blocks.cached(bc.compute)


def load_preset(shapes):
    """Put a preset's shapes into the boxes (and so into the URL)."""
    st.session_state["n"] = len(shapes)
    for name, text in zip(bc.NAMES, shapes):
        st.session_state[name] = text


def guess_feedback(text, rule):
    """Whether the student's predicted shape (or 'error') matches the rule's verdict."""
    try:
        guess = bc.parse_guess(text)
    except bc.ShapeError as error:
        return t("bc.guess_unreadable", reason=problem("bc.err.", error, name="?", text=text))
    if guess == rule.shape:
        return ":material/check_circle: " + t("bc.guess_right")
    return ":material/cancel: " + t("bc.guess_wrong", guess=bc.format_shape(guess) if guess is not None else t("bc.fails"))


def reveal(signature):
    """Remember that the answer for these shapes has been revealed."""
    st.session_state["bc_revealed"] = signature


# --- controls (left) and the picture (right) ---
controls_column, view = st.columns([1, 2], gap="large")
with controls_column:
    st.caption(t("bc.presets"))
    for row in (PRESETS[:2], PRESETS[2:]):
        for column, preset in zip(st.columns(2), row):
            label = " + ".join(bc.format_shape(bc.parse_shape(s)).replace(" ", "") for s in preset)
            column.button(label, key="preset_" + "_".join(preset), on_click=load_preset, args=(preset,),
                          width="stretch")
    count = controls.radio("n", t("bc.count"), [2, 3, 4], 2, horizontal=True)
    op = controls.select("op", t("bc.op"), list(SYMBOLS), "+", format_func=SYMBOLS.get)
    texts = []
    for start in range(0, count, 2):  # two boxes a row
        for column, name, default in zip(st.columns(2), bc.NAMES[start:count], DEFAULTS[start:count]):
            with column:
                texts.append(controls.text(name, t("bc.shape_of", name=name), default, max_chars=bc.MAX_TEXT,
                                           placeholder="4,3"))
    predict = controls.toggle("predict", t("bc.predict"), True, help=t("bc.predict_help"))

# --- read the shapes; a typo gets a friendly message, never a traceback ---
shapes, problems = [], []
for name, text in zip(bc.NAMES, texts):
    try:
        shapes.append(bc.parse_shape(text))
    except bc.ShapeError as error:
        problems.append(problem("bc.err.", error, name=name, text=text))

if problems:
    with view:
        for message in problems:
            st.error(message, icon=":material/edit:")
        st.info(t("bc.forms"))
else:
    shapes = tuple(shapes)
    result = compute(shapes, op)
    rule = result.rule
    signature = (shapes, op)
    revealed = not predict or st.session_state.get("bc_revealed") == signature
    joined = f" {SYMBOLS[op]} ".join(bc.format_shape(s) for s in shapes)

    with view:
        # --- predict, then reveal ---
        if predict:
            guess_text = controls.text("guess", t("bc.guess", expr=joined), "", max_chars=bc.MAX_TEXT,
                                       placeholder=t("bc.guess_placeholder"))
            st.button(t("block.reveal"), key="bc_reveal", on_click=reveal, args=(signature,),
                      disabled=revealed, type="primary")
            if revealed and guess_text.strip():
                st.markdown(guess_feedback(guess_text, rule))

        # --- the verdict ---
        if revealed:
            if rule.ok:
                st.success(t("bc.ok", expr=joined, shape=bc.format_shape(rule.shape)), icon=":material/check:")
            else:
                clash = " ≠ ".join(str(n) for n in sorted({n for n in rule.conflict.sizes if n not in (None, 1)}))
                st.error(t("bc.fail", expr=joined, axis=rule.conflict.axis, clash=clash), icon=":material/close:")
            if result.error:
                st.markdown(t("bc.mxnet_said") if not rule.ok else t("bc.mxnet_refused"))
                st.code(result.error, language=None, wrap_lines=True)
            elif not result.computed:
                st.info(t("bc.too_big", limit=f"{bc.MAX_COMPUTE:,}"))

        # --- the picture ---
        if bc.drawable(rule):
            grid = bc.cells(rule, result.values, stretch=revealed)
            captions = [f"{name} {bc.format_shape(s)}" for name, s in zip(bc.NAMES, shapes)]
            captions.append(t("bc.result_caption", shape=bc.format_shape(rule.shape)))
            small = len(grid) <= 400 and grid["value"].abs().max() < 10_000
            symbols = [SYMBOLS[op]] * (len(shapes) - 1) + (["= ?"] if not revealed else ["="] if rule.ok else [])
            kinds = {kind: t("bc.kind." + kind) for kind in ("real", "copy", "result")}
            blocks.chart(grid_chart, grid, captions, symbols, style, show_values=small, kinds=kinds)
            st.caption(t("bc.legend") if revealed and rule.ok else t("bc.legend_hidden"))
        else:
            st.info(t("bc.no_picture", slices=bc.MAX_DRAW_SLICES, axis=bc.MAX_DRAW_AXIS))

    # --- the axis-by-axis steps ---
    blocks.section(t("bc.steps"))
    st.dataframe(step_table(rule, revealed, t), hide_index=True)

    if revealed:
        if result.values is not None and 0 < result.size <= 144:
            st.markdown(t("bc.values"))
            st.code(str(result.values), language=None)
        fix = bc.suggest_fix(rule)
        # --- what to notice ---
        notes = ["bc.notice_right", "bc.notice_copy"] + (["bc.notice_fix"] if fix else [])
        blocks.notice(*notes, name=bc.NAMES[fix[0]] if fix else "",
                      new=bc.format_shape(fix[1]) if fix else "")
        blocks.maths(bc.RULE_LATEX, *filter(None, [bc.index_formula(rule, op)]),
                     caption_key="bc.maths_caption" if rule.ok else "bc.maths_caption_rule")
        blocks.code(result.code)

        # --- NDArray <-> NumPy, and why broadcasting copies nothing ---
        with st.expander(t("bc.numpy_title")):
            st.markdown(t("bc.numpy_text"))
            st.code(bc.CONVERSION_CODE, language="python")
            if rule.ok and result.computed:
                for name, shape in zip(bc.NAMES, shapes):
                    view = bc.broadcast_view(shape, rule.shape)
                    st.markdown(t("bc.view", name=name, shape=bc.format_shape(shape),
                                  target=bc.format_shape(rule.shape), strides=view.strides,
                                  view_strides=view.view_strides, bytes=f"{view.copy_bytes:,}"))

shell.finish("broadcasting")
