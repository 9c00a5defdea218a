"""Softmax and cross-entropy: from scores to probabilities to the loss and its gradient."""
import streamlit as st

from explain import softmax as sm
from ui import blocks, controls, shell
from ui.charts.softmax import (entropy_chart, entropy_table, gradient_chart, gradient_table, layer_chart,
                               loss_chart, loss_table, scores_chart, scores_table)
from ui.i18n import plain, problem, t

style = shell.page("softmax")
view_of = blocks.cached(sm.view)
batch_losses = blocks.cached(sm.batch_losses)

# The notes' three-class example, D2L's (0.1, 10, 0.1), and scores that overflow a naive exp.
NAMES = ", ".join(sm.NOTES_NAMES)
PRESETS = {"notes": (", ".join(f"{v:g}" for v in sm.NOTES_LOGITS), NAMES), "d2l": ("0.1, 10, 0.1", NAMES),
           "huge": ("1000, 0, -1000", NAMES)}


def load_preset(key):
    """Put a preset's scores and names into the boxes (and so into the URL)."""
    st.session_state["logits"], st.session_state["names"] = PRESETS[key]


# --- controls (left) and scores beside probabilities (right) ---
controls_column, view_column = st.columns([1, 2], gap="large")
with controls_column:
    st.caption(t("sm.presets"))
    for key in PRESETS:
        st.button(t(f"sm.preset.{key}"), key=f"preset_{key}", on_click=load_preset, args=(key,), width="stretch")
    logits_text = controls.text("logits", t("sm.logits"), PRESETS["notes"][0], max_chars=sm.MAX_TEXT)
    names_text = controls.text("names", t("sm.names"), PRESETS["notes"][1], max_chars=sm.MAX_TEXT)

try:
    logits = sm.parse_logits(logits_text)
except sm.InputError as error:
    with view_column:
        st.error(problem("sm.err.", error, text=logits_text), icon=":material/edit:")
        st.info(t("sm.forms"))
    shell.finish("softmax")
    st.stop()

names, names_fit = sm.parse_names(names_text, len(logits), t("sm.numbered"))
shown = tuple(plain(n) for n in names)  # typed names, as markdown shows them
with controls_column:
    if not names_fit:
        st.caption(t("sm.names_mismatch", count=len(logits)))
    label = controls.radio("label", t("sm.label"), list(range(len(logits))), 1 if len(logits) > 1 else 0,
                           captions=list(shown), horizontal=True)
    temperature = controls.slider("T", t("sm.temperature"), sm.MIN_T, sm.MAX_T, 1.0, step=0.05)

view = view_of(logits, names, label if label is not None else 0, temperature)
p_true = float(view.probabilities[view.label])

with view_column:
    # exp(-1000) underflows even float64: then the probability is written through its logarithm
    p_text = f"{p_true:.4g}" if p_true > 0 else f"e^(−{view.loss:.6g})"
    st.markdown(t("sm.readout", name=shown[view.label], p=p_text, loss=f"{view.loss:.4g}",
                  entropy=f"{view.entropy:.3f}"))
    labels = {"true": t("sm.true_class"), "other": t("sm.other_class"), "logits": t("sm.logits_axis"),
              "probabilities": t("sm.probabilities_axis")}
    blocks.chart(scores_chart, style, labels, width="stretch",
                 table=scores_table(names, logits, view.probabilities, view.label, labels))
    same = view.argmax_logits == view.argmax_probabilities
    st.caption(t("sm.argmax_same" if same else "sm.argmax_tie", name=shown[view.argmax_probabilities]))

loss_column, gradient_column, entropy_column = st.columns(3)
with loss_column:
    blocks.chart(loss_chart, style, {"p": t("sm.p_axis"), "loss": t("sm.loss_axis"), "title": t("sm.loss_title")},
                 width="stretch", table=loss_table(p_true, view.loss))
with gradient_column:
    labels = {"up": t("sm.pushed_up"), "down": t("sm.pushed_down"), "axis": "∂l/∂o", "title": t("sm.gradient_title")}
    blocks.chart(gradient_chart, style, labels, width="stretch", table=gradient_table(names, view.gradient, labels))
with entropy_column:
    blocks.chart(entropy_chart, len(logits), style,
                 {"T": t("sm.temperature_axis"), "H": t("sm.entropy_axis"), "title": t("sm.entropy_title")},
                 width="stretch", table=entropy_table(view.entropy_curve, temperature, view.entropy))

# --- what to notice, the maths, the code ---
blocks.notice("sm.notice_argmax", "sm.notice_loss", "sm.notice_gradient", "sm.notice_temperature",
              name=shown[view.label], p=p_text, loss=f"{view.loss:.4g}", T=f"{temperature:g}")
blocks.maths(r"\hat y_j=\mathrm{softmax}(\mathbf o/T)_j=\frac{\exp(o_j/T)}{\sum_k \exp(o_k/T)}",
             r"\ell(\mathbf o, y)=-\log \hat y_{y}=\log\sum_k \exp(o_k/T)-o_y/T",
             r"\frac{\partial \ell}{\partial o_j}=\frac{\hat y_j-\mathbb 1[j=y]}{T}",
             r"H(\hat{\mathbf y})=-\sum_j \hat y_j\log \hat y_j",
             caption_key="sm.maths_caption")
blocks.code(sm.mxnet_code(logits, view.label, temperature))

stability_tab, why_tab, batch_tab, layer_tab = st.tabs(
    [t("sm.stability_title"), t("sm.why_title"), t("sm.batch_title"), t("sm.layer_title")])

# --- numerical stability: naive exp overflows, the max-subtracting form does not ---
with stability_tab:
    st.markdown(t("sm.stability_text"))
    s = view.stability
    st.dataframe({
        t("sm.col_method"): [t("sm.naive"), t("sm.stable"), t("sm.gluon")],
        t("sm.col_probabilities"): [sm.format_vector(s.naive), sm.format_vector(s.stable), "—"],
        t("sm.col_loss"): [sm.format_number(s.naive_loss), sm.format_number(s.stable_loss),
                           sm.format_number(s.gluon_loss)],
    }, hide_index=True)
    st.caption(t("sm.stability_caption", name=shown[view.label]))

# --- why cross-entropy rather than squared loss ---
with why_tab:
    st.markdown(t("sm.why_text"))
    why = sm.why_cross_entropy()
    st.dataframe({t("sm.col_prediction"): why["prediction"], t("sm.col_squared"): why["squared"].round(4),
                  t("sm.col_cross_entropy"): why["cross_entropy"].round(4)}, hide_index=True)

# --- a small batch: the loss of each example and their mean ---
with batch_tab:
    st.markdown(t("sm.batch_text", classes=len(logits)))
    left, right = st.columns(2)
    with left:
        size = controls.slider("bsize", t("sm.batch_size"), 2, 8, 4)
    with right:
        seed = controls.slider("bseed", t("sm.batch_seed"), 0, 999, 0)
    batch = batch_losses(len(logits), size, seed, temperature)
    st.dataframe({t("sm.col_example"): batch.table["example"], t("sm.col_logits"): batch.table["logits"],
                  t("sm.col_label"): batch.table["label"], "p_y": batch.table["p_label"].round(4),
                  t("sm.col_loss"): batch.table["loss"].round(4)}, hide_index=True)
    st.markdown(t("sm.batch_mean", n=size, mean=f"{batch.mean:.4f}"))

# --- the softmax-regression layer of the notes ---
with layer_tab:
    left, right = st.columns([1, 2])
    with left:
        inputs = controls.slider("d", t("sm.inputs"), 1, 8, 4)
        outputs = controls.slider("q", t("sm.outputs"), 2, 10, 3)
        layer = sm.dense_layer(inputs, outputs)
        st.markdown(t("sm.layer_count", d=inputs, q=outputs, weights=layer.weights, biases=layer.biases,
                      total=layer.parameters))
    with right:
        blocks.chart(layer_chart, layer.nodes, layer.edges, style)

blocks.check("sm_q", t("sm.q"), [t("sm.q_a"), t("sm.q_b"), t("sm.q_c")], 0, t("sm.q_why"))

shell.finish("softmax")
