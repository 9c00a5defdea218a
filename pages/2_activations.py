"""Activation functions and their derivatives, by MXNet autograd; and how gradients vanish or explode with depth."""
import streamlit as st

from explain import activations as act
from ui import blocks, controls, shell
from ui.charts.activations import depth_chart, depth_table, function_chart, function_table, picked_x
from ui.i18n import t

style = shell.page("activations")
curves = blocks.cached(act.curves)
depth_gradients = blocks.cached(act.depth_gradients)
LABEL = {name: act.REGISTRY[name].label for name in act.NAMES}


def probe_from_click():
    """A click on the chart moves the probe slider (and so the URL) to the x of the nearest curve point."""
    x = picked_x(st.session_state.get("function_chart"))
    if x is not None:
        st.session_state["x0"] = round(min(max(x, -20.0), 20.0), 1)

# --- controls (left) and the chart (right) ---
controls_column, view = st.columns([1, 2], gap="large")
with controls_column:
    name = controls.select("fn", t("act.function"), act.NAMES, "sigmoid", format_func=LABEL.get)
    others = controls.multiselect("compare", t("act.compare"), act.NAMES, [], format_func=LABEL.get,
                                  max_selections=2, placeholder=t("act.compare_none"))
    lo, hi = controls.slider("xr", t("act.range"), -20.0, 20.0, (-6.0, 6.0), step=0.5)
    x0 = controls.slider("x0", t("act.probe"), -20.0, 20.0, 0.0, step=0.1)
    shown = (name, *(n for n in others if n != name))
    alpha = controls.slider("alpha", t("act.alpha"), 0.0, 1.0, 0.1, step=0.01,
                            disabled=not any(act.REGISTRY[n].uses_alpha for n in shown))

view_data = curves(shown, lo, hi, x0, alpha)
labels = {"saturated": t("act.saturated")}

with view:
    st.markdown(t("act.readout", x0=f"{x0:g}", y0=f"{view_data.y0:.6g}", slope=f"{view_data.slope0:.6g}"))
    if not lo <= x0 <= hi:
        st.caption(t("act.probe_outside"))
    blocks.chart(function_chart, tuple(LABEL[n] for n in shown), style, width="stretch",
                 table=function_table(view_data, labels), key="function_chart", on_select=probe_from_click)
    st.caption(t("act.legend", threshold=act.SATURATION))
    if view_data.at_kink:
        st.info(t(f"act.kink.{name}", value=f"{view_data.slope0:g}"), icon=":material/info:")

# --- what to notice ---
blocks.notice(f"act.note.{name}", "act.note_peak", "act.note_saturation",
              fn=LABEL[name], peak=f"{view_data.peak.value:.4g}", at=f"{view_data.peak.x:g}",
              lo=f"{lo:g}", hi=f"{hi:g}", threshold=act.SATURATION)
activation = act.get(name)
blocks.maths(activation.formula, activation.derivative_formula, caption_key="act.maths_caption")
blocks.code(act.probe_code(name, x0, alpha))

# --- depth: the gradient reaching each layer ---
blocks.section(t("act.depth_title"))
st.markdown(t("act.depth_idea"))
depth_controls, depth_view = st.columns([1, 2], gap="large")
with depth_controls:
    deep_name = controls.select("dfn", t("act.depth_function"), act.NAMES, "sigmoid", format_func=LABEL.get)
    depth = controls.slider("depth", t("act.depth"), 2, 50, 20)
    width = controls.select("width", t("act.width"), [16, 32, 64, 128, 256], 64)
    init = controls.radio("init", t("act.init"), ["custom", "xavier", "he"], "custom",
                          format_func=lambda k: {"custom": "σ", "xavier": "Xavier √(1/n)", "he": "He √(2/n)"}[k],
                          horizontal=True)
    sigma = controls.slider("sigma", t("act.sigma"), 0.01, 3.0, 1.0, step=0.01, disabled=init != "custom")
    # a slider, not a number box: Streamlit 1.65's number_input crashes on a link value like 1e309
    seed = controls.slider("seed", t("act.seed"), 0, 999, 0)
scale = act.init_scale(init, width, sigma)
deep = depth_gradients(deep_name, depth, width, scale, int(seed), alpha)
with depth_view:
    labels = {"layer": t("act.layer"), "norm": t("act.norm"), "delta": t("act.delta"), "weight": t("act.weight")}
    blocks.chart(depth_chart, style, labels, width="stretch", table=depth_table(deep.table, labels))
    verdict = "act.vanish" if deep.ratio < 0.1 else "act.explode" if deep.ratio > 10 else "act.stable"
    st.markdown(t("act.depth_values", first=f"{deep.first:.3e}", last=f"{deep.last:.3e}", depth=depth,
                  first_w=f"{deep.first_weight:.3e}", last_w=f"{deep.last_weight:.3e}", sigma=f"{scale:.3g}"))
    st.markdown(t(verdict, ratio=f"{deep.ratio:.2e}"))
st.caption(t("act.depth_code_caption"))
st.code(act.depth_code(deep_name, depth, width, scale, int(seed), alpha), language="python")

# --- check ---
blocks.check("act_q", t("act.q"), [t("act.q_a"), t("act.q_b"), t("act.q_c")], 0, t("act.q_why"))

shell.finish("activations")
