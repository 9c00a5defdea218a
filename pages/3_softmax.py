"""Softmax and cross-entropy: from scores to probabilities to the loss and its gradient."""
import streamlit as st

from explain import softmax as sm
from ui import blocks, controls, shell
from ui.charts.softmax import (drawn_inputs, entropy_chart, entropy_table, format_number, format_vector,
                               gradient_chart, gradient_table, layer_chart, loss_chart, loss_table, scores_chart,
                               scores_table)
from ui.i18n import plain, problem, t
from ui.params.softmax import PRESETS, TABLE as P

style = shell.page("softmax")
view_of = blocks.cached(sm.view)
batch_losses = blocks.cached(sm.batch_losses)
why_cross_entropy = blocks.cached(sm.why_cross_entropy)


def table(columns: dict) -> None:
    """A small table as markdown: a real HTML table that grows with projector mode, and cheap to send."""
    rows = zip(*columns.values())
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    st.markdown("\n".join(lines + ["| " + " | ".join(str(v) for v in row) + " |" for row in rows]))


# One block of aligned formulas (one element to send rather than six).
MATHS = r"""\begin{aligned}
\hat y_j &= \mathrm{softmax}(\mathbf o/T)_j = \frac{\exp(o_j/T)}{\sum_k \exp(o_k/T)} \\
H(\mathbf y, \hat{\mathbf y}) &= -\sum_j y_j \log \hat y_j = -\log \hat y_y \qquad (\mathbf y\ \text{one-hot}) \\
\ell(\mathbf o, y) &= -\log \hat y_y = \log \sum_k \exp(o_k/T) - o_y/T \\
\frac{\partial \ell}{\partial o_j} &= \frac{\hat y_j - \mathbb 1[j = y]}{T} \\
H(\hat{\mathbf y}) &= -\sum_j \hat y_j \log \hat y_j \\
\frac{1}{n}\sum_{i=1}^{n} -\log \hat y^{(i)}_{y^{(i)}} &= -\frac{1}{n} \log \prod_{i=1}^{n} \hat y^{(i)}_{y^{(i)}}
\end{aligned}"""


def load_preset(key):
    """Put a preset's scores into the box (and so into the URL), with D2L's class names."""
    controls.set_values({"logits": PRESETS[key], "names": ""})


@st.fragment
def softmax_page():
    """Everything below the title: a control here reruns this, not the page's shell (sidebar, title, link)."""
    controls_column, view_column = st.columns([1, 2], gap="large")
    with controls_column:
        logits_text = controls.widget(P["logits"])
        names_text = controls.widget(P["names"], placeholder=t("sm.d2l_names"))
    try:
        logits = sm.parse_logits(logits_text)
    except sm.InputError as error:
        with view_column:
            st.error(problem("sm.err.", error, text=logits_text), icon=":material/edit:")
            st.info(t("sm.forms"))
        with controls_column:
            presets()
        return
    typed = names_text.strip() or (t("sm.d2l_names") if len(logits) == len(sm.D2L_CLASSES) else "")
    names, names_fit = sm.parse_names(typed, len(logits), t("sm.numbered"))
    shown = tuple(plain(n) for n in names)  # typed names, as markdown shows them
    with controls_column:
        if not names_fit and names_text.strip():
            st.caption(t("sm.names_mismatch", count=len(logits)))
        # as many classes as scores (at least two, so the default class 1 is always one of them)
        label = controls.widget(P["label"], options=list(range(len(logits))), captions=list(shown))
        temperature = controls.widget(P["T"])
    explained(logits, names, shown, label if label is not None else 0, temperature, controls_column, view_column)


def presets():
    """The preset buttons."""
    st.caption(t("sm.presets"))
    for key in PRESETS:
        st.button(t(f"sm.preset.{key}"), key=f"preset_{key}", on_click=load_preset, args=(key,), width="stretch",
                  help=t("sm.preset.d2l_help") if key == "d2l" else None)


def explained(logits, names, shown, label, temperature, controls_column, view_column):
    """The one explain call and all it shows: readout, charts, notice, maths, code, stability, the tabs."""
    view = view_of(logits, names, label, temperature)
    p_true = float(view.probabilities[view.label])
    # exp(-1000) underflows even float64: then the probability is written through its logarithm
    p_text = f"{p_true:.4g}" if p_true > 0 else f"e^(−{view.loss:.6g})"
    loss_text = f"{view.loss:.4g}"

    with controls_column:
        st.markdown(t("sm.readout", name=shown[view.label], p=p_text, loss=loss_text, entropy=f"{view.entropy:.3f}"))
        if view.tie:
            st.caption(t("sm.argmax_tie", names=", ".join(shown[i] for i in view.winners), name=shown[view.winners[0]]))
        else:
            st.caption(t("sm.argmax_rounded" if view.rounded_tie else "sm.argmax_same", name=shown[view.winners[0]]))
        presets()
    with view_column:
        labels = {"true": t("sm.true_class"), "other": t("sm.other_class"), "logits": t("sm.logits_axis"),
                  "probabilities": t("sm.probabilities_axis"),
                  "scores_description": t("sm.scores_description")}
        blocks.chart(scores_chart, style, labels, width="stretch",
                     table=scores_table(names, logits, view.probabilities, view.label, view.winners, labels))

    loss_column, gradient_column, entropy_column = st.columns(3)
    with loss_column:
        blocks.chart(loss_chart, style, {"p": t("sm.p_axis"), "loss": t("sm.loss_axis"), "loss_title": t("sm.loss_title"),
                                         "loss_description": t("sm.loss_description")},
                     width="stretch", table=loss_table(p_true, view.loss))
    with gradient_column:
        labels = {"up": t("sm.pushed_up"), "down": t("sm.pushed_down"), "still": t("sm.not_moved"), "axis": "∂ℓ/∂o",
                  "gradient_title": t("sm.gradient_title"), "gradient_description": t("sm.gradient_description")}
        blocks.chart(gradient_chart, style, labels, width="stretch", table=gradient_table(names, view.gradient, labels))
    with entropy_column:
        blocks.chart(entropy_chart, len(logits), style,
                     {"T": t("sm.temperature_axis"), "H": t("sm.entropy_axis"), "entropy_title": t("sm.entropy_title"),
                      "entropy_description": t("sm.entropy_description")},
                     width="stretch", table=entropy_table(view.entropy_curve, temperature, view.entropy))

    # --- what to notice, the maths, the code ---
    blocks.notice("sm.notice_argmax", "sm.notice_loss", "sm.notice_gradient", "sm.notice_temperature",
                  name=shown[view.label], p=p_text, loss=loss_text, T=f"{temperature:g}")
    blocks.maths(MATHS, caption_key="sm.maths_caption")
    blocks.code(sm.mxnet_code(logits, view.label, temperature))

    # --- numerical stability: naive exp overflows, subtracting the max underflows, log-softmax does neither ---
    # folded, and tabs not shown, cost nothing: only what is open is computed and sent
    stability = st.expander(t("sm.stability_title"), key="stability", bind="query-params")
    if stability.open:
        s = view.stability
        with stability:
            st.markdown(t("sm.stability_text"))
            table({
                t("sm.col_method"): [t("sm.naive"), t("sm.stable"), t("sm.log_softmax"), t("sm.gluon")],
                t("sm.col_probabilities"): [format_vector(s.naive), format_vector(s.shifted),
                                            format_vector(s.log_softmax_p), "—"],
                t("sm.col_loss"): [format_number(v) for v in (s.naive_loss, s.shifted_loss, s.log_softmax_loss,
                                                              s.gluon_loss)],
            })
            st.caption(t("sm.stability_caption", name=shown[view.label]))

    why_tab, batch_tab, layer_tab = st.tabs([t("sm.why_title"), t("sm.batch_title"), t("sm.layer_title")],
                                            key="tab", bind="query-params")
    if why_tab.open:
        with why_tab:
            why()
    if batch_tab.open:
        with batch_tab:
            batch(len(logits))
    if layer_tab.open:
        with layer_tab:
            dense()


def why():
    """Why cross-entropy rather than squared loss: D2L's two predictions."""
    st.markdown(t("sm.why_text"))
    d2l = why_cross_entropy()
    table({t("sm.col_prediction"): d2l["prediction"], t("sm.col_squared"): [f"{v:.4g}" for v in d2l["squared"]],
           t("sm.col_cross_entropy"): [f"{v:.4f}" for v in d2l["cross_entropy"]]})


@st.fragment
def batch(classes):
    """A small batch: the loss of each example, their mean and the joint probability of the labels."""
    st.markdown(t("sm.batch_text", classes=classes))
    left, right = st.columns(2)
    with left:
        size = controls.widget(P["bsize"])
    with right:
        seed = controls.widget(P["bseed"])
    result = batch_losses(classes, size, seed)
    rows = result.table
    table({t("sm.col_example"): rows["example"], t("sm.col_logits"): rows["logits"], t("sm.col_label"): rows["label"],
           "p_y": [f"{v:.4f}" for v in rows["p_label"]], t("sm.col_loss"): [f"{v:.4f}" for v in rows["loss"]]})
    st.markdown(t("sm.batch_mean", n=size, mean=f"{result.mean:.4f}", joint=f"{result.likelihood:.4g}"))


def fashion_mnist():
    """D2L's layer: 28 × 28 pixels in, 10 classes out."""
    controls.set_values({"din": P["din"].hi, "dout": P["dout"].hi})


@st.fragment
def dense():
    """The softmax-regression layer of the notes, up to D2L's 784 → 10."""
    left, right = st.columns([1, 2])
    with left:
        inputs, outputs = controls.widget(P["din"]), controls.widget(P["dout"])
        st.button(t("sm.layer_d2l"), key="layer_d2l", on_click=fashion_mnist)
        layer = sm.dense_layer(inputs, outputs)  # the counts; which inputs are drawn is the chart's
        st.markdown(t("sm.layer_count", d=inputs, q=outputs, weights=layer.weights, biases=layer.biases,
                      total=layer.parameters))
        drawn = drawn_inputs(inputs)
        if drawn < inputs:
            st.caption(t("sm.layer_drawn", drawn=drawn, d=inputs))
    with right:
        blocks.chart(layer_chart, inputs, outputs, style, t("sm.layer_description", d=inputs, q=outputs))


softmax_page()
st.fragment(blocks.check)("sm_q", t("sm.q"), [t("sm.q_a"), t("sm.q_b"), t("sm.q_c")], 1, t("sm.q_why"))

shell.finish("softmax")
