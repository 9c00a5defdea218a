"""Under- versus overfitting: a polynomial trained by Gluon, K-fold model selection, weight decay."""
import numpy as np
import streamlit as st

from explain import fitting as fx
from ui import blocks, controls, shell
from ui.charts.fitting import (decay_chart, decay_table, fit_chart, fit_table, selection_chart, selection_table,
                               snapshot_step)
from ui.i18n import problem, t
from ui.params.fitting import PRESETS, TABLE as P

style = shell.page("fitting")
fit_scene = blocks.cached(fx.fit_scene)
fit_view = blocks.cached(fit_table)  # the table of every epoch's curve, built once per fit and language
d2l_cases = blocks.cached(fx.d2l_cases)
selection_scene = blocks.cached(fx.selection_scene)
decay_sweep = blocks.cached(fx.decay_sweep)

TRUTH = (fx.TRUE_B, *fx.TRUE_W)  # the true curve's coefficients b, w_1, w_2, w_3 (the chart draws it)
PRESET_KEYS = ("fdeg", "fnum", "fnoise", "fep", "flr", "fbs", "fwd", "fseed")  # a preset resets these


def load_preset(key):
    """D2L's settings with this preset's degree and number of training samples."""
    st.session_state.update({k: P[k].default for k in PRESET_KEYS})
    st.session_state["fdeg"], st.session_state["fnum"] = PRESETS[key]


def number(v: float) -> str:
    return f"{v:.4g}"


@st.fragment
def fit_section():
    """Controls, the fit with its epoch scrubber, the verdict, closed form versus SGD, and D2L's numbers."""
    controls_column, view_column = st.columns([1, 3], gap="medium")
    with controls_column:
        st.caption(t("fit.presets"))
        for key in PRESETS:
            st.button(t(f"fit.preset.{key}"), key=f"fit_preset_{key}", on_click=load_preset, args=(key,),
                      width="stretch")
        degree, n_train, noise, epochs, lr, batch_size, decay, seed = (
            controls.widget(P[key]) for key in ("fdeg", "fnum", "fnoise", "fep", "flr", "fbs", "fwd", "fseed"))
    settings = (degree, n_train, round(noise, 4), epochs, lr, batch_size, decay, seed)
    try:
        data, fit = fit_scene(*settings)
    except fx.InputError as error:
        view_column.error(problem("fit.err.", error), icon=":material/tune:")
        return
    labels = {key: t(f"fit.{key}") for key in ("train", "test", "true", "analytic", "fit", "diverged", "outside",
                                                "train_short", "test_short", "scrub", "data_title", "loss_title",
                                                "description")}
    labels |= {"epochs": t("fit.epochs_axis"), "loss": t("fit.loss_axis")}
    done = fit.diverged_at is None
    train, test = (fit.train_loss[-1], fit.test_loss[-1]) if done else (np.inf, np.inf)
    with view_column:
        # the chart's structure depends on the labels and the epochs only: built once, then only the table is new
        blocks.chart(fit_chart, style, labels, epochs, table=fit_view(fit, data, labels, TRUTH, fx.FLOAT32_MAX))
        st.caption(t("fit.scrub_help", step=snapshot_step(epochs)))
        if not done:
            st.error(t("fit.verdict.diverged", epoch=fit.diverged_at, limit=f"{fx.FLOAT32_MAX:.3g}"),
                     icon=":material/warning:")
        else:
            coefficients = ", ".join(f"{w:.3g}" for w in fit.weight) or "—"
            st.markdown(t("fit.readout", epochs=epochs, train=number(train), test=number(test),
                          b=f"{fit.bias:.3g}", w=coefficients))
            kind, numbers = fx.verdict(train, test, noise)
            show = {"over": st.warning, "under": st.info, "good": st.success}[kind]
            show(t(f"fit.verdict.{kind}", train=number(train), test=number(test), floor=number(numbers["floor"]),
                   ratio=f"{numbers['ratio']:.1f}"))
    left, right = st.columns(2, gap="large")
    with left:
        st.subheader(t("fit.analytic_title"))
        st.markdown(t("fit.analytic_text"))
        coefficients = lambda b, w: ", ".join(f"{v:.4g}" for v in (b, *w))
        rows = [(t("fit.closed_row", epochs=epochs), fit.analytic_train, fit.analytic_test,
                 coefficients(fit.analytic_b, fit.analytic_w))]
        if done:
            rows.insert(0, (t("fit.sgd_row", epochs=epochs), train, test, coefficients(fit.bias, fit.weight)))
        st.dataframe({t("fit.col_method"): [r[0] for r in rows], t("fit.col_train"): [number(r[1]) for r in rows],
                      t("fit.col_test"): [number(r[2]) for r in rows],
                      t("fit.col_coefficients"): [r[3] for r in rows]}, hide_index=True)
        if done:
            st.caption(t("fit.gap", epochs=epochs, gap=number(train - fit.analytic_train), distance=number(fit.distance)))
        if n_train <= degree:
            st.caption(t("fit.many_solutions", n=n_train, params=degree + 1))
        st.subheader(t("fit.scaling_title"))
        st.markdown(t("fit.scaling_text"))
    with right:
        st.subheader(t("fit.textbook_title"))
        st.markdown(t("fit.textbook_text", seed=seed))
        cases = d2l_cases(seed)
        pair = lambda a, b: f"{a:.4g} / {b:.4g}"
        st.dataframe({t("fit.col_case"): [t(f"fit.case.{c}") for c in cases],
                      t("fit.col_d2l"): [pair(*fx.D2L_311[c]) for c in cases],
                      t("fit.col_here"): [pair(f.train_loss[-1], f.test_loss[-1]) for f in cases.values()]},
                     hide_index=True)
        cubic = cases["cubic"]
        st.caption(t("fit.textbook_weights", d2l_w=", ".join(f"{w:g}" for w in fx.D2L_311_W), d2l_b=f"{fx.D2L_311_B:g}",
                     w=", ".join(f"{w:.3g}" for w in cubic.weight), b=f"{cubic.bias:.3g}"))
    blocks.notice("fit.notice_gap", "fit.notice_data", "fit.notice_scrub", "fit.notice_decay",
                  train=number(train) if done else "—", test=number(test) if done else "—")
    blocks.maths(r"\hat y = b + \sum_{i=1}^{d} w_i\, x^i",
                 r"\ell(\mathbf w, b) = \frac1n \sum_{j=1}^{n} \tfrac12 \big(\hat y^{(j)} - y^{(j)}\big)^2",
                 r"\mathbf w \leftarrow \mathbf w - \eta\Big(\frac1{|\mathcal B|}\sum_{j\in\mathcal B}"
                 r"\nabla_{\mathbf w}\,\tfrac12\big(\hat y^{(j)} - y^{(j)}\big)^2 + \lambda \mathbf w\Big)",
                 r"(\mathbf w^*, b^*) = \arg\min_{\mathbf w, b}\; \ell(\mathbf w, b) + \tfrac{\lambda}{2}\|\mathbf w\|^2",
                 caption_key="fit.maths_caption")
    blocks.code(fx.mxnet_code(*settings))
    st.caption(t("fit.code_note"))


@st.fragment
def selection_section():
    """K-fold validation error of every degree, SGD's and the closed form's: the U, the chosen degrees, their test error."""
    left, right, (k, n_train) = blocks.controlled_section(t("fit.sel_section"), t("fit.sel_text"), P, "fk", "fcvn")
    try:
        scene = selection_scene(k, n_train)
    except fx.InputError as error:
        right.error(problem("fit.err.", error), icon=":material/tune:")
        return
    best = next(r for r in scene.results if r.degree == scene.chosen)
    exact = next(r for r in scene.results if r.degree == scene.chosen_analytic)
    labels = {key: t(f"fit.sel_{key}") for key in ("train", "val", "sgd", "closed", "chosen_sgd", "chosen_closed",
                                                   "degree", "title", "key")}
    labels |= {"loss": t("fit.loss_axis"),
               "description": t("fit.sel_description", k=k, degree=scene.chosen, exact=scene.chosen_analytic)}
    with right:
        blocks.chart(selection_chart, style, labels, fx.MAX_DEGREE, width="stretch",
                     table=selection_table(scene.results, scene.chosen, scene.chosen_analytic, labels))
        fold = fx.fold_train_size(n_train, k)
        if fold <= fx.MAX_DEGREE + 1:
            st.caption(t("fit.sel_interpolates", degree=fold - 1, m=fold))
        st.markdown(t("fit.sel_shallow", m=fold))
    with left:
        st.markdown(t("fit.sel_result", degree=scene.chosen, val=number(best.val_loss), n=n_train,
                      test=number(scene.test_fit.test_loss[-1])))
        st.markdown(t("fit.sel_result_closed", degree=scene.chosen_analytic, val=number(exact.analytic_val),
                      n=n_train, test=number(scene.analytic_test)))
        if n_train % k:
            st.caption(t("fit.sel_unused", n=n_train, k=k, rest=n_train % k))


@st.fragment
def decay_section():
    """D2L 3.12: losses and ‖w‖ as λ grows, weights only or weights and bias."""
    left, right, (lambd, decay_bias) = blocks.controlled_section(t("fit.wd_section"), t("fit.wd_text"), P,
                                                                  "flam", "fdecb")
    runs = decay_sweep()
    run = runs[(lambd, decay_bias)]
    labels = {"train": t("fit.train_short"), "test": t("fit.test_short"), "norm": t("fit.wd_norm"),
              "loss": t("fit.loss_axis"), "epochs": t("fit.epochs_axis"), "epoch_title": t("fit.wd_epoch_title"),
              "lambda_title": t("fit.wd_lambda_title"), "norm_title": t("fit.wd_norm_title"),
              "description": t("fit.wd_description")}
    with right:
        blocks.chart(decay_chart, style, labels, table=decay_table(runs, lambd, decay_bias, labels))
    with left:
        st.markdown(t("fit.wd_result", lambd=f"{lambd:g}", train=number(run.train_loss[-1]),
                      test=number(run.test_loss[-1]), norm=number(run.w_norm), b=f"{run.bias:.3g}"))
        st.caption(t("fit.wd_textbook", free=number(runs[(0.0, False)].w_norm), three=number(runs[(3.0, False)].w_norm)))
        if lambd > 0:
            st.caption(t("fit.wd_bias_effect", lambd=f"{lambd:g}", b_free=f"{runs[(lambd, False)].bias:.3g}",
                         b_decay=f"{runs[(lambd, True)].bias:.3g}"))


fit_section()
selection_section()
decay_section()
st.fragment(blocks.check)("fit_q", t("fit.q"), [t("fit.q_a"), t("fit.q_b"), t("fit.q_c")], 1, t("fit.q_why"))

shell.finish("fitting")
