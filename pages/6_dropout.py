"""Dropout: the masks, the 1/(1−p) scaling, training vs prediction mode, the expectation kept, and overfitting."""
import streamlit as st

from explain import dropout as do
from ui import blocks, controls, shell
from ui.charts.dropout import (SHOWN, convergence_chart, convergence_table, ensemble_chart, fit_chart, fit_table,
                               grid_chart, grid_table, histogram_chart, histogram_table, network_chart, network_table,
                               overfitting_chart, overfitting_table, thinned_chart, thinned_table, unit_names)
from ui.i18n import t
from ui.params.dropout import PRESETS, TABLE as P

style = shell.page("dropout")
# explain's calls, cached; the charts' tables are built from their results on each run
network_of = blocks.cached(do.network)
hidden_of = blocks.cached(do.hidden)
grid_of = blocks.cached(do.grid)
modes_of = blocks.cached(do.modes)
statistics_of = blocks.cached(do.layer_statistics)
overfitting_of = blocks.cached(do.overfitting)


def load_preset(key):
    """Put a preset's drop probabilities on the sliders (and so into the URL)."""
    controls.set_values(dict(zip(("p1", "p2"), PRESETS[key])))


def new_mask():
    """'Sample a new mask': the next seed, so the new masks are in the URL too."""
    controls.set_value("dseed", (st.session_state.get("dseed", P["dseed"].default) + 1) % (P["dseed"].hi + 1))


LABELS = {key: t("do." + key) for key in (
    "kept", "dropped", "input", "hidden1", "hidden2", "output", "layer", "unit", "state", "mask", "value",
    "panel_before", "panel_mask", "panel_after", "ensemble_axis", "draws", "mean", "target", "k", "share",
    "observed", "plain", "dropout", "train", "test", "epoch", "loss", "truth", "points", "thinned_title",
    "thinned_diff")}


def scale_text(p):
    """1/(1 − p) as the page writes it: ∞ where nothing is kept."""
    scale = do.keep_scale(p)
    return "∞" if scale == float("inf") else f"{scale:.4g}"


@st.fragment
def grid_section(p, seed, layer):
    """A 256-unit hidden layer as a 16 × 16 grid: before, the mask, after."""
    blocks.section(t("do.grid_title", layer=layer))
    labels = {**LABELS, "description": t("do.grid_description", p=f"{p:g}", layer=layer)}
    cells = grid_table(grid_of(hidden_of(seed, layer), p, seed, layer), labels)
    blocks.chart(grid_chart, do.MASKS, style, labels, table=cells)
    caption = {0.0: "do.grid_caption_zero", 1.0: "do.grid_caption_one"}.get(p, "do.grid_caption")
    st.caption(t(caption, p=f"{p:g}", scale=scale_text(p)))


def rows(a):
    """The two rows of a 2 × 8 array as text."""
    return ["  ".join(f"{v:g}" for v in row) for row in a]


@st.fragment
def statistics_section(p, seed, layer):
    """Why 1/(1−p): each unit's mean over many masks, and the Binomial count of kept units."""
    blocks.section(t("do.why_title"))
    draws = controls.widget(P["draws"])
    q = do.expected_kept(p, units=1)  # the keep probability 1 − p
    labels = {**LABELS, "unit_name": t("do.unit_name"), "title": t("do.convergence_title"),
              "description": t("do.convergence_description", p=f"{p:g}", draws=draws),
              "pmf": t("do.pmf", q=f"{q:g}"), "hist_title": t("do.hist_title", q=f"{q:g}"),
              "hist_description": t("do.hist_description", q=f"{q:g}", draws=draws)}
    numbers = statistics_of(p, seed, layer, draws)
    curve, hist = convergence_table(numbers.convergence, labels), histogram_table(numbers.histogram, labels)
    units = unit_names(numbers.convergence, labels)
    left, right = st.columns(2, gap="large")
    with left:
        blocks.chart(convergence_chart, units, style, labels, width="stretch", table=curve)
        st.caption(t("do.convergence_p_one") if p == 1 else t("do.convergence_caption", draws=draws))
    with right:
        blocks.chart(histogram_chart, style, labels, width="stretch", table=hist)
        st.caption(t("do.hist_caption", draws=draws, mean=f"{numbers.mean_kept:.2f}",
                     expected=f"{numbers.expected_kept:g}", sd=f"{numbers.sd_kept:.2f}"))


def compared_numbers(c):
    """The numbers a comparison verdict cites, as the page prints them."""
    return {name: f"{getattr(c, name):.3f}" for name in ("train_plain", "test_plain", "gap_plain", "train_dropout",
                                                         "test_dropout", "gap_dropout", "truth")} | {"floor": f"{c.floor:g}"}


@st.fragment
def overfitting_section(p1, p2):
    """The same wide MLP trained on a few noisy points with and without dropout: the fits, the losses, the gap."""
    blocks.section(t("do.overfit_title"))
    n_train = controls.widget(P["n_train"])
    labels = {**LABELS, "fit_title": t("do.fit_title", n=n_train), "fit_description": t("do.fit_description", n=n_train),
              "title": t("do.overfit_chart_title"), "description": t("do.overfit_description")}
    result = overfitting_of(p1, p2, n_train)
    fitted, curves = fit_table(result.fits, result.points, labels), overfitting_table(result.curves, labels)
    st.markdown(t("do.overfit_text", n=n_train, test=do.TEST_SIZE, noise=f"{do.NOISE:g}",
                  floor=f"{do.NOISE ** 2:g}", hidden=do.SMALL_HIDDEN, epochs=do.EPOCHS, lr=f"{do.LEARNING_RATE:g}",
                  p1=f"{p1:g}", p2=f"{p2:g}"))
    fits, losses = st.columns(2, gap="medium")
    with fits:
        blocks.chart(fit_chart, style, labels, width="stretch", table=fitted)
        st.caption(t("do.fit_caption", plain=f"{result.off_truth['plain']:.3f}",
                     dropout=f"{result.off_truth['dropout']:.3f}"))
    with losses:
        blocks.chart(overfitting_chart, do.NOISE ** 2, style, labels, width="stretch", table=curves)
        st.caption(t("do.loss_caption", floor=f"{do.NOISE ** 2:g}"))
    rise, compared = result.rise, result.comparison
    numbers = compared_numbers(compared)  # the final losses as printed, the gaps their differences
    # the numbers and two verdicts (explain's kinds), joined as the language joins sentences (Chinese: no space)
    st.markdown(t("do.verdicts", gaps=t("do.gaps", epochs=do.EPOCHS, **numbers),
                  rise=t(f"do.rise.{rise.kind}", epoch=rise.epoch, best=f"{rise.best:.3f}", last=f"{rise.last:.3f}",
                         rise=f"{rise.rise:.3f}", wiggle=f"{rise.wiggle:.3f}", wiggles=do.WIGGLES,
                         train_best=f"{rise.train_best:.3f}", train=f"{rise.train:.3f}", floor=f"{rise.floor:g}",
                         truth=f"{rise.truth:.3f}", n=n_train),
                  compare=t(f"do.compare.{compared.kind}", **numbers)))
    st.caption(t("do.robust_caption"))
    # the trained dropout model: its prediction against the average of its sampled thinned networks
    gap = result.ensemble
    labels = {**labels, "thinned_band": t("do.thinned_band", errors=do.SAMPLING_ERRORS),
              "thinned_description": t("do.thinned_description", masks=gap.masks, errors=do.SAMPLING_ERRORS)}
    blocks.chart(thinned_chart, style, labels, width="stretch", table=thinned_table(gap.frame))
    st.caption(t(f"do.thinned.{gap.kind}", masks=gap.masks, gap=f"{gap.gap:.3f}", at=f"{gap.at:.2f}",
                 share=f"{100 * gap.share:.1f}", span=f"{gap.span:.3f}", se=f"{gap.se_at:.3f}",
                 errors=do.SAMPLING_ERRORS))


@st.fragment
def body():
    """Everything the drop probabilities and the seed drive: moving them reruns this, not the sidebar."""
    # --- controls (left: the notes' drop_prob1 and drop_prob2, the seed of the masks) beside the thinned network ---
    controls_column, picture = st.columns([1, 2], gap="large")
    with controls_column:
        p1, p2, seed = (controls.widget(P[key]) for key in ("p1", "p2", "dseed"))
        st.button(t("do.resample"), key="resample", on_click=new_mask, icon=":material/casino:", width="stretch")
        st.caption(t("do.presets"))
        # the notes' "0.2 / 0.5" is the longest label: a wider column, so the projector's type is not cut
        for column, key in zip(st.columns([4 if key == "notes" else 3 for key in PRESETS], gap="small"), PRESETS):
            column.button(t(f"do.preset.{key}"), key=f"preset_{key}", on_click=load_preset, args=(key,), width="stretch")

    # --- the thinned network (the main picture) ---
    labels = {**LABELS, "hidden1": t("do.hidden1_p", p=f"{p1:g}"), "hidden2": t("do.hidden2_p", p=f"{p2:g}"),
              "description": t("do.network_description", p1=f"{p1:g}", p2=f"{p2:g}")}
    thinned = network_table(*network_of(p1, p2, seed, SHOWN), labels)  # the network and the ensemble strip draw it
    with picture:
        blocks.chart(network_chart, do.MASKS, SHOWN, style, labels, table=thinned)
        st.caption(t("do.network_caption", shown1=SHOWN[1], shown2=SHOWN[2], masks=do.MASKS))
    st.markdown(t("do.network_text", p1=f"{p1:g}", p2=f"{p2:g}", k1=f"{do.expected_kept(p1):g}",
                  k2=f"{do.expected_kept(p2):g}"))
    if 1.0 in (p1, p2):
        st.warning(t("do.p_one"), icon=":material/block:")
    elif 0.0 in (p1, p2):
        st.info(t("do.p_zero"), icon=":material/check:")

    # the hidden layer the grid and the statistics below look into
    layer = controls.widget(P["layer"])
    layer = layer if layer in (1, 2) else 1
    p = p1 if layer == 1 else p2

    grid_section(p, seed, layer)

    # --- training vs prediction mode: nd.Dropout and nn.Dropout ---
    blocks.section(t("do.modes_title"))
    st.markdown(t("do.modes_text", p=f"{p:g}"))
    m = modes_of(p, seed)

    modes_table = {t("do.col_what"): [], t("do.col_mode"): [], t("do.col_row1"): [], t("do.col_row2"): []}
    for what, mode, array in (("X = nd.arange(16).reshape((2, 8))", "—", m.x),
                              (t("do.ours", seed=seed), t("do.training"), m.ours),
                              ("nd.Dropout", t("do.training"), m.nd_train), ("nn.Dropout", t("do.training"), m.gluon_train),
                              ("nd.Dropout", t("do.predicting"), m.nd_predict),
                              ("nn.Dropout", t("do.predicting"), m.gluon_predict)):
        first, second = rows(array)
        for column, value in zip(modes_table, (what, mode, first, second)):
            modes_table[column].append(value)
    st.dataframe(modes_table, hide_index=True)
    st.caption(t("do.modes_caption_one") if p == 1 else t("do.modes_caption"))

    statistics_section(p, seed, layer)

    # --- the ensemble of thinned networks ---
    blocks.section(t("do.ensemble_title"))
    labels = {**LABELS, "ensemble_description": t("do.ensemble_description", masks=do.MASKS)}
    blocks.chart(ensemble_chart, SHOWN, style, labels, table=thinned)
    st.caption(t("do.ensemble_caption", masks=do.MASKS))

    overfitting_section(p1, p2)

    # --- what to notice, the maths, the code, the check ---
    blocks.notice("do.notice_mask", "do.notice_scale_one" if p == 1 else "do.notice_scale", "do.notice_modes",
                  "do.notice_ends", "do.notice_ensemble",
                  p=f"{p:g}", scale=scale_text(p), kept=f"{do.expected_kept(p):g}")
    blocks.maths(r"\xi_i\sim\mathrm{Bernoulli}(1-p),\qquad h_i'=\frac{\xi_i}{1-p}\,h_i",
                 r"\mathbb E[h_i']=\frac{\mathbb E[\xi_i]}{1-p}\,h_i=\frac{1-p}{1-p}\,h_i=h_i",
                 r"K=\sum_{i=1}^{n}\xi_i\sim\mathrm{Binomial}(n,1-p),\quad P(K=k)=\binom{n}{k}(1-p)^k p^{\,n-k}",
                 r"\mathrm{Var}\Big[\tfrac1N\sum_{t=1}^{N} h_i'^{(t)}\Big]=\frac{p}{(1-p)\,N}\,h_i^2",
                 caption_key="do.maths_caption")
    blocks.code(do.mxnet_code(p1, p2, seed, layer))


body()
blocks.check("do_q", t("do.q"), [t("do.q_a"), t("do.q_b"), t("do.q_c"), t("do.q_d")], 2, t("do.q_why"))

shell.finish("dropout")
