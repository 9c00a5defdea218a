"""Broadcasting: how arrays of different shapes combine, trailing axes first."""
import streamlit as st

from explain import broadcasting as bc
from ui import blocks, controls, shell
from ui.charts import broadcasting as charts
from ui.i18n import problem, t
from ui.params.broadcasting import D2L, PRESETS, SYMBOLS, TABLE as P, preset_key

style = shell.page("broadcasting")

REVEALED = "bc_revealed"  # session only: (shapes, op) whose answer is shown, and the guess made for it
compute = blocks.cached(bc.compute)
picture_cells = blocks.cached(bc.picture_cells)  # the picture's data, from the shapes alone
picture = blocks.cached(charts.picture)  # laid out to fit the column (it tries every arrangement), kept per cells


def load_preset(shapes):
    """Put a preset's shapes into the boxes (and so into the URL)."""
    controls.set_values({"n": len(shapes), **dict(zip(bc.NAMES, shapes))})


def reveal(signature):
    """Remember that the answer for these shapes is shown, with the guess typed before it."""
    st.session_state[REVEALED] = (signature, st.session_state.get("guess", ""))


def feedback(text, rule):
    """Whether the student's predicted shape (or 'error') matches the rule's verdict; empty without a guess."""
    if not text.strip():
        return ""
    try:
        guess = bc.parse_guess(text)
    except bc.ShapeError as error:
        return t("bc.guess_unreadable", reason=problem("bc.err.", error, name="?", text=text))
    if guess == rule.shape:
        return t("bc.guess_right")
    return t("bc.guess_wrong", guess=bc.format_shape(guess) if guess is not None else t("bc.fails"))


@st.fragment
def question(signature, joined, rule, shown_in_run):
    """Predict, then reveal: the guess box and button, replaced by the verdict in the same place once revealed."""
    answer = st.session_state.get(REVEALED)
    shown = answer is not None and answer[0] == signature
    if not shown:
        ask, go = st.columns([4, 1], vertical_alignment="bottom")
        # an ordinary widget, not bound to the URL: a shared link never arrives answered
        ask.text_input(t("bc.guess"), key="guess", max_chars=bc.MAX_TEXT, placeholder=t("bc.guess_placeholder"))
        go.button(t("block.reveal"), key="bc_reveal", on_click=reveal, args=(signature,), type="primary",
                  width="stretch")
    else:
        verdict(joined, rule, feedback(answer[1], rule))
    if shown != shown_in_run:
        st.rerun()  # the picture and the sections below change with the answer


def verdict_text(joined, rule, said=""):
    """The rule's verdict, with what the student's guess was worth."""
    tail = f"  \n{said}" if said else ""
    if rule.ok:
        return t("bc.ok", expr=joined, shape=bc.format_shape(rule.shape)) + tail
    clash = " ≠ ".join(str(n) for n in sorted({n for n in rule.conflict.sizes if n not in (None, 1)}))
    return t("bc.fail", expr=joined, axis=rule.conflict.axis, clash=clash) + tail


def verdict(joined, rule, said=""):
    """The rule's verdict in one alert, green when the shapes broadcast, red when they do not."""
    alert = st.success if rule.ok else st.error
    alert(verdict_text(joined, rule, said), icon=":material/check:" if rule.ok else ":material/close:")


# --- controls (left) and the picture (right) ---
controls_column, view = st.columns([1, 2], gap="large")
with controls_column:
    st.caption(t("bc.presets"))
    with st.container(horizontal=True, wrap=True, gap="small"):  # as many a row as fit, never cut short
        for preset in PRESETS:
            st.button(" + ".join(f"({s})" for s in preset), key=preset_key(preset), on_click=load_preset,
                      args=(preset,), help=t("bc.preset_d2l_help") if preset == D2L else None)
    count = controls.widget(P["n"])
    op = controls.widget(P["op"])
    texts = []
    for start in range(0, count, 2):  # two boxes a row
        for column, name in zip(st.columns(2), bc.NAMES[start:count]):
            with column:
                texts.append(controls.widget(P[name], label=t("bc.shape_of", name=name)))
    predict = controls.widget(P["predict"])

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
    answer = st.session_state.get(REVEALED)
    revealed = not predict or (answer is not None and answer[0] == signature)
    joined = f" {SYMBOLS[op]} ".join(bc.format_shape(s) for s in shapes)
    above = verdict_text(joined, rule, feedback(answer[1], rule) if predict and revealed else "") if revealed else ""

    with view:
        # --- predict, then reveal; the verdict takes the question's place, above the picture ---
        if predict:
            question(signature, joined, rule, revealed)
        else:
            verdict(joined, rule)

        # --- the picture, sized to fit the column ---
        captions = [f"{name} {bc.format_shape(s)}" for name, s in zip(bc.NAMES, shapes)]
        captions.append(t("bc.result_caption", shape=bc.format_shape(rule.shape)))
        symbols = [SYMBOLS[op]] * (len(shapes) - 1) + (["= ?"] if not revealed else ["="] if rule.ok else [])
        kinds = {kind: t("bc.kind." + kind) for kind in ("real", "copy", "result")}
        made_of = (shapes, op, revealed)  # what the cells are computed from: the placement's cache key
        placed = picture(made_of, picture_cells(*made_of), captions, symbols, style, charts.box(style, above),
                         kinds) if bc.drawable(rule) else None
        if placed and placed.fits:
            alt = ("bc.alt_ok" if rule.ok else "bc.alt_fail") if revealed else "bc.alt_hidden"
            blocks.chart(charts.grid_chart, placed.width, placed.height, placed.value_font, style,
                         t(alt, expr=joined, shape=bc.format_shape(rule.shape)), table=placed.table)
            legend = [t("bc.legend" if revealed and rule.ok else "bc.legend_hidden", values=bc.values_text(shapes))]
            example = bc.sum_example(rule) if revealed and op == "+" else None
            legend += [t("bc.legend_sum", example=example)] if example else []
            legend += [t("bc.values_too_small")] if not placed.value_font else []
            st.caption(" ".join(legend))
        else:
            st.info(t("bc.no_room") if placed else t("bc.no_picture", slices=bc.MAX_DRAW_SLICES, axis=bc.MAX_DRAW_AXIS))
        if revealed:
            if result.error:
                st.markdown(t("bc.mxnet_said") if not rule.ok else t("bc.mxnet_refused"))
                st.code(result.error, language=None, wrap_lines=True)
            elif not result.computed:
                st.info(t("bc.too_big", limit=f"{bc.MAX_COMPUTE:,}"))

    # --- the axis-by-axis steps ---
    blocks.section(t("bc.steps"))
    st.markdown(charts.step_table(rule.steps, bc.NAMES[: len(shapes)], revealed, t))

    if revealed:
        if result.values is not None and 0 < result.size <= 144:
            st.markdown(t("bc.values"))
            st.code(str(result.values), language=None)
        # --- what to notice ---
        fixes = bc.fix_expressions(rule)
        stretched = rule.ok and any(step.stretched(i) for step in rule.steps for i in range(len(shapes)))
        notes = ["bc.notice_right", "bc.notice_copy"] + (["bc.notice_d2l"] if stretched else []) \
            + (["bc.notice_fix"] if fixes else [])
        blocks.notice(*notes, name=bc.NAMES[bc.suggest_fix(rule)[0]] if fixes else "",
                      fixes=t("bc.or").join(f"`{f}`" for f in fixes))
        blocks.maths(bc.RULE_LATEX, *filter(None, [bc.index_formula(rule, op)]),
                     caption_key="bc.maths_caption" if rule.ok else "bc.maths_caption_rule")
        blocks.code(result.code)

        # --- NDArray <-> NumPy, and why broadcasting copies nothing ---
        with st.expander(t("bc.numpy_title")):
            trip = bc.conversion()
            st.markdown(t("bc.numpy_text", before=f"`{trip.numpy_dtype}`", after=f"`{trip.ndarray_dtype}`"))
            st.code(bc.CONVERSION_CODE, language="python", wrap_lines=True)
            st.caption(t("bc.numpy_printed"))
            st.code(trip.printed(), language=None)
            if rule.ok and result.computed:
                for name, shape in zip(bc.NAMES, shapes):
                    strides = bc.broadcast_view(shape, rule.shape)
                    st.markdown(t("bc.view", name=name, shape=bc.format_shape(shape),
                                  target=bc.format_shape(rule.shape), strides=strides.strides,
                                  view_strides=strides.view_strides, bytes=f"{strides.copy_bytes:,}"))

shell.finish("broadcasting")
