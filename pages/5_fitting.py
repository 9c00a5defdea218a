"""Under- versus overfitting: a polynomial trained by Gluon, K-fold model selection, weight decay."""
import functools

import numpy as np
import streamlit as st

from explain import fitting as fx
from ui import blocks, controls, shell
from ui.charts.fitting import (decay_chart, decay_table, fit_chart, fit_table, selection_chart, selection_table,
                               snapshot_step)
from ui.i18n import problem, t
from ui.params.fitting import ENDS, PRESETS, TABLE as P

style = shell.page("fitting")
judged_scene = blocks.cached(fx.judged_scene)  # the fit and what it concludes (SGD's verdict and the closed form's)
fit_view = blocks.cached(fit_table)  # the table of every epoch's curve, built once per fit and language
d2l_cases = blocks.cached(fx.d2l_cases)
selection_scene = blocks.cached(fx.selection_scene)
decay_sweep = blocks.cached(fx.decay_sweep)
check_case = blocks.cached(fx.check_case)

TRUTH = (fx.TRUE_B, *fx.TRUE_W)  # the true curve's coefficients b, w_1, w_2, w_3 (the chart draws it)
PRESET_KEYS = ("fdeg", "fnum", "fnoise", "fep", "flr", "fbs", "fwd", "fseed")  # a preset resets these


def load_preset(key):
    """D2L's settings with this preset's changes (its degree and number of training samples, perhaps epochs)."""
    controls.set_values({**{k: P[k].default for k in PRESET_KEYS}, **PRESETS[key]})


def number(v: float) -> str:
    return f"{v:.4g}"


def verdict_text(v: fx.Verdict, fit: fx.Fit, epochs: int, closed: bool = False) -> str:
    """A verdict's sentence with the numbers it cites, then the cause and what helps (each within the sliders)."""
    numbers = {key: number(getattr(v, key)) for key in ("train", "test", "floor", "closed_train", "closed_test",
                                                        "objective", "closed_objective", "free_train")}
    numbers |= {"epochs": epochs, "n": fit.n_train, "degree": fit.degree, "decay": f"{v.decay:g}",
                "epoch": fit.diverged_at, "limit": f"{fx.FLOAT32_MAX:.3g}",
                "slow": f"{fx.SLOW:g}", "under": f"{fx.UNDER:g}", "over": f"{fx.OVER:g}", "gap": f"{fx.GAP:g}",
                "better": f"{fx.BETTER:g}"}
    if v.lower is not None:
        numbers |= {"lower": v.lower[0], "lower_test": number(v.lower[1])}
    if v.lowest is not None:
        numbers |= {"lowest_epoch": v.lowest[0], "lowest": number(v.lowest[1])}
    numbers["versus"] = t("fit.versus_decay" if v.decay > 0 else "fit.versus", **numbers)
    numbers["model"] = t("fit.model_decay" if v.decay > 0 else "fit.model", **numbers)
    numbers["lower_text"] = t("fit.few_lower", **numbers) if v.lower is not None else t("fit.few_none")
    parts = [t(f"fit.closed_verdict.{v.kind}" if closed else f"fit.verdict.{v.kind}", **numbers)]
    if v.cause == "decay":
        parts.append(t("fit.cause.decay", **numbers))
    if v.advice:
        said = [t(f"fit.advice.{a.kind}", value=f"{a.value:g}", train=number(a.train) if a.train is not None else "",
                  test=number(a.test) if a.test is not None else "") for a in v.advice]
        parts.append(t("fit.try", items=t("fit.advice_sep").join(said)))
    elif v.kind == "slow":
        parts.append(t("fit.advice_end"))
    elif v.kind not in ("good", "diverged", "unstable"):  # those two only a learning rate can help
        parts.append(t("fit.advice_none"))
    return functools.reduce(lambda first, second: t("fit.then", first=first, second=second), parts)


@st.fragment
def fit_section():
    """Controls, the fit with its epoch scrubber, the verdict, closed form versus SGD, and D2L's numbers."""
    controls_column, view_column = st.columns([1, 3], gap="medium")
    with controls_column:
        st.caption(t("fit.presets"), help=t("fit.presets_help"))
        for key in PRESETS:
            st.button(t(f"fit.preset.{key}"), key=f"fit_preset_{key}", on_click=load_preset, args=(key,),
                      help=t(f"fit.preset_help.{key}"), width="stretch")
        degree, n_train, noise, epochs, lr, batch_size, decay, seed = (
            controls.widget(P[key]) for key in ("fdeg", "fnum", "fnoise", "fep", "flr", "fbs", "fwd", "fseed"))
    settings = (degree, n_train, round(noise, 4), epochs, lr, batch_size, decay, seed)
    try:
        scene = judged_scene(*settings, ENDS)
    except fx.InputError as error:
        view_column.error(problem("fit.err.", error), icon=":material/tune:")
        return
    labels = {key: t(f"fit.{key}") for key in ("train", "test", "true", "analytic", "fit", "diverged", "outside",
                                                "train_short", "test_short", "scrub", "data_title", "loss_title",
                                                "description")}
    labels |= {"epochs": t("fit.epochs_axis"), "loss": t("fit.loss_axis")}
    data, fit, verdict = scene.data, scene.fit, scene.verdict
    done = fit.diverged_at is None
    train, test = (fit.train_loss[-1], fit.test_loss[-1]) if done else (np.inf, np.inf)
    with view_column:
        # the chart's structure depends on the labels and the epochs only: built once, then only the table is new
        blocks.chart(fit_chart, style, labels, epochs, table=fit_view(fit, data, labels, TRUTH, fx.FLOAT32_MAX))
        st.caption(t("fit.scrub_help", step=snapshot_step(epochs)))
        if not done:
            st.error(verdict_text(verdict, fit, epochs), icon=":material/warning:")
        else:
            coefficients = ", ".join(f"{w:.3g}" for w in fit.weight) or "—"
            st.markdown(t("fit.readout", epochs=epochs, train=number(train), test=number(test),
                          b=f"{fit.bias:.3g}", w=coefficients))
            show = {"unstable": st.warning, "slow": st.info, "under": st.info, "over": st.warning, "few": st.warning, "fair": st.info,
                    "good": st.success}[verdict.kind]
            show(verdict_text(verdict, fit, epochs))
        if scene.closed.kind != verdict.kind:  # where SGD is heading, judged on its own
            st.markdown(verdict_text(scene.closed, fit, epochs, closed=True))
        st.caption(t("fit.floor_note", floor=number(noise ** 2 / 2)) if noise > 0 else
                   t("fit.floor_zero", tiny=f"{fx.TINY:g}"))
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
            gap = max(verdict.objective - verdict.closed_objective, 0.0)  # the closed form is the minimum: gap ≥ 0
            st.caption(t("fit.gap_decay" if decay > 0 else "fit.gap", epochs=epochs, gap=number(gap),
                         distance=number(fit.distance), objective=number(verdict.objective),
                         closed_objective=number(verdict.closed_objective), train=number(train),
                         closed_train=number(fit.analytic_train)))
        if n_train <= degree:
            st.caption(t("fit.many_solutions", n=n_train, params=degree + 1))
        st.subheader(t("fit.scaling_title"))
        st.markdown(t("fit.scaling_text"))
    with right:
        st.subheader(t("fit.textbook_title"))
        st.markdown(t("fit.textbook_text", seed=seed, source=fx.D2L_SOURCE))
        cases = d2l_cases(seed)
        pair = lambda a, b: f"{a:.4g} / {b:.4g}"
        st.dataframe({t("fit.col_case"): [t(f"fit.case.{c}") for c in cases],
                      t("fit.col_d2l"): [" / ".join(f"{v:g}" for v in fx.D2L_311[c]) for c in cases],  # as printed
                      t("fit.col_here"): [pair(f.train_loss[-1], f.test_loss[-1]) for f in cases.values()]},
                     hide_index=True)
        cubic = cases["cubic"]
        st.caption(t("fit.textbook_weights", d2l_w=", ".join(f"{w:g}" for w in fx.D2L_311_W), d2l_b=f"{fx.D2L_311_B:g}",
                     w=", ".join(f"{w:.3g}" for w in cubic.weight), b=f"{cubic.bias:.3g}"))
    (two, every), runs = scene.contrast, decay_sweep()
    free, decayed = runs[(0.0, False)], runs[(3.0, False)]
    blocks.notice("fit.notice_gap", "fit.notice_generalisation", "fit.notice_data", "fit.notice_scrub",
                  "fit.notice_decay", train=number(train) if done else "—", test=number(test) if done else "—",
                  two_train=number(two[0]), two_test=number(two[1]), all_train=number(every[0]),
                  all_test=number(every[1]), free_train=number(free.train_loss[-1]),
                  decay_train=number(decayed.train_loss[-1]), free_test=number(free.test_loss[-1]),
                  decay_test=number(decayed.test_loss[-1]), free_norm=number(free.w_norm),
                  decay_norm=number(decayed.w_norm))
    blocks.maths(r"\hat y = b + \sum_{i=1}^{d} w_i\, x^i",
                 r"\ell(\mathbf w, b) = \frac1n \sum_{j=1}^{n} \tfrac12 \big(\hat y^{(j)} - y^{(j)}\big)^2",
                 r"\mathbf w \leftarrow \mathbf w - \eta\Big(\frac1{|\mathcal B|}\sum_{j\in\mathcal B}"
                 r"\nabla_{\mathbf w}\,\tfrac12\big(\hat y^{(j)} - y^{(j)}\big)^2 + \lambda \mathbf w\Big)",
                 r"\mathbf w \leftarrow (1 - \eta\lambda)\,\mathbf w - \eta\,\frac1{|\mathcal B|}\sum_{j\in\mathcal B}"
                 r"\nabla_{\mathbf w}\,\tfrac12\big(\hat y^{(j)} - y^{(j)}\big)^2",
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
    _, right, (lambd, decay_bias) = blocks.controlled_section(t("fit.wd_section"), t("fit.wd_text"), P,
                                                               "flam", "fdecb")
    runs = decay_sweep()
    run = runs[(lambd, decay_bias)]
    labels = {"train": t("fit.train_short"), "test": t("fit.test_short"), "norm": t("fit.wd_norm"),
              "loss": t("fit.loss_axis"), "epochs": t("fit.epochs_axis"), "epoch_title": t("fit.wd_epoch_title"),
              "lambda_title": t("fit.wd_lambda_title"), "norm_title": t("fit.wd_norm_title"),
              "description": t("fit.wd_description")}
    with right:  # the result beside the controls; the three panels under both, across the page
        st.markdown(t("fit.wd_result", lambd=f"{lambd:g}", train=number(run.train_loss[-1]),
                      test=number(run.test_loss[-1]), norm=number(run.w_norm), b=f"{run.bias:.3g}"))
        st.caption(t("fit.wd_textbook", free=number(runs[(0.0, False)].w_norm), three=number(runs[(3.0, False)].w_norm)))
        st.caption(t("fit.wd_name"))
        if lambd > 0:
            st.caption(t("fit.wd_bias_effect", lambd=f"{lambd:g}", b_free=f"{runs[(lambd, False)].bias:.3g}",
                         b_decay=f"{runs[(lambd, True)].bias:.3g}"))
    blocks.chart(decay_chart, style, labels, table=decay_table(runs, lambd, decay_bias, labels))


fit_section()
selection_section()
decay_section()
case = check_case(ENDS)  # the check's numbers: degree 20 on 10 samples at the preset's settings (seed 0)
st.fragment(blocks.check)("fit_q", t("fit.q"), [t("fit.q_a"), t("fit.q_b"), t("fit.q_c")], 1,
                          t("fit.q_why", epochs=case["epochs"], **{k: number(v) for k, v in case.items()
                                                                  if isinstance(v, float)}))

shell.finish("fitting")
