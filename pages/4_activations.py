"""Activation functions and their derivatives, by MXNet autograd; and how gradients vanish or explode with depth."""
import pandas as pd
import streamlit as st

from explain import activations as act
from ui import blocks, controls, shell
from ui.charts.activations import depth_chart, depth_table, function_chart, function_table, picked_x
from ui.i18n import t
from ui.params.activations import TABLE as P

style = shell.page("activations")
curves = blocks.cached(act.curves)
depth_gradients = blocks.cached(act.depth_gradients)
symmetry = blocks.cached(act.symmetry)
PEAK_NOTE = {"point": "act.note_peak", "edge": "act.note_peak_edge", "plateau": "act.note_peak_plateau"}
DEPTH_ALPHA = "_act_depth_alpha"  # the α the depth experiment last ran with


def probe_from_click():
    """A click on the chart moves the probe slider (and so the URL) to the x of the nearest curve point."""
    x = picked_x(st.session_state.get("function_chart"))
    if x is not None:
        controls.set_value("x0", round(min(max(x, P["x0"].lo), P["x0"].hi), 1))


@st.fragment
def function_section():
    """Functions, probe and range: a control here reruns only this section (α also reruns the depth experiment)."""
    controls_column, view = st.columns([1, 2], gap="large")
    with controls_column:
        name = controls.widget(P["fn"])
        others = controls.widget(P["compare"], placeholder=t("act.compare_none"))
        ends = controls.widget(P["xr"])
        x0 = controls.widget(P["x0"])
        shown = (name, *(n for n in others if n != name))
        alpha = controls.widget(P["alpha"], disabled=not any(act.REGISTRY[n].uses_alpha for n in shown))
    if st.session_state.get(DEPTH_ALPHA, alpha) != alpha:
        st.session_state[DEPTH_ALPHA] = alpha
        st.rerun()  # the depth experiment below uses α too: run the whole page once
    lo, hi = act.plotted_range(*ends)
    view_data = curves(shown, lo, hi, x0, alpha)

    with view:
        st.markdown(t("act.readout", x0=f"{x0:g}", y0=f"{view_data.y0:.6g}", slope=f"{view_data.slope0:.6g}"))
        if (lo, hi) != tuple(ends):
            fixed = "act.range_equal" if ends[0] == ends[1] else "act.range_reversed"
            st.info(t(fixed, a=f"{ends[0]:g}", b=f"{ends[1]:g}", lo=f"{lo:g}", hi=f"{hi:g}"), icon=":material/swap_horiz:")
        if not view_data.probe_shown:
            st.caption(t("act.probe_outside"))
        labels = {"saturated": t("act.saturated")}
        description = t("act.chart_description", functions=", ".join(act.label(n) for n in shown),
                        first=act.label(name))
        blocks.chart(function_chart, tuple(act.label(n) for n in shown), style, description, width="stretch",
                     table=function_table(view_data, labels), key="function_chart", on_select=probe_from_click)
        st.caption(t("act.legend", threshold=act.SATURATION))
        if view_data.at_kink:
            st.info(t(f"act.kink.{name}", value=f"{view_data.slope0:g}"), icon=":material/info:")

    # --- what to notice ---
    peak = view_data.peak
    peak_key = "act.note_peak_plateau_open" if peak.open_at_kink else PEAK_NOTE[peak.kind]
    blocks.notice(f"act.note.{name}", peak_key, "act.note_saturation",
                  fn=act.label(name), peak=f"{peak.value:.4g}", at=f"{peak.x:g}", end=f"{peak.end or 0:g}",
                  lo=f"{lo:g}", hi=f"{hi:g}", threshold=act.SATURATION)
    activation = act.get(name)
    blocks.maths(activation.formula, activation.derivative_formula, caption_key="act.maths_caption")
    blocks.code(act.probe_code(name, x0, alpha))


@st.fragment
def depth_section():
    """The gradient reaching each layer of a deep MLP: its controls rerun only this section."""
    alpha = st.session_state.get("alpha", P["alpha"].default)
    st.session_state[DEPTH_ALPHA] = alpha
    blocks.section(t("act.depth_title"))
    st.markdown(t("act.depth_idea"))
    depth_controls, depth_view = st.columns([1, 2], gap="large")
    with depth_controls:
        deep_name, depth, width, init = (controls.widget(P[key]) for key in ("dfn", "depth", "width", "init"))
        sigma = controls.widget(P["sigma"], disabled=init != "custom")
        seed = controls.widget(P["seed"])
    scale = act.init_scale(init, width, sigma)
    deep = depth_gradients(deep_name, depth, width, scale, int(seed), alpha)
    with depth_view:
        labels = {"layer": t("act.layer"), "norm": t("act.norm"), "delta": t("act.delta"), "weight": t("act.weight")}
        blocks.chart(depth_chart, style, labels, t("act.depth_description", depth=depth, fn=act.label(deep_name)),
                     width="stretch", table=depth_table(deep.table, labels))
        st.markdown(t("act.depth_values", first=f"{deep.first:.3e}", last=f"{deep.last:.3e}", depth=depth,
                      first_w=f"{deep.first_weight:.3e}", last_w=f"{deep.last_weight:.3e}", sigma=f"{scale:.3g}"))
        st.markdown(t("act.depth_delta", ratio=f"{deep.ratio:.2e}", gain=f"{deep.gain:.3g}"))
        st.markdown(t(f"act.{deep.verdict}", ratio=f"{deep.weight_ratio:.2e}"))
        if deep_name == "identity":
            st.info(t("act.depth_identity", expected=f"{scale * width ** 0.5:.3g}"), icon=":material/functions:")
    st.caption(t("act.depth_code_caption"))
    st.code(act.depth_code(deep_name, depth, width, scale, int(seed), alpha), language="python", wrap_lines=True)


def symmetry_section():
    """Why initial weights must be random: equal weights keep every hidden unit a copy of the others."""
    st.subheader(t("act.symmetry_title"))
    st.markdown(t("act.symmetry_idea", steps=act.SYMMETRY_STEPS))
    columns = st.columns(2, gap="large")
    for column, start in zip(columns, ("equal", "random")):
        title = t("act.symmetry_equal") if start == "equal" else t("act.symmetry_random")
        result = symmetry(start, 0, act.SYMMETRY_STEPS)
        with column:
            st.markdown(f"**{title}**")
            table = pd.DataFrame(result.weights, columns=[f"x{chr(0x2081 + i)}" for i in range(act.SYMMETRY_INPUTS)],
                                 index=[t("act.symmetry_unit", j=j + 1) for j in range(act.SYMMETRY_UNITS)])
            st.table(table.style.format("{:.6f}"))
            st.caption(t("act.symmetry_spread", steps=act.SYMMETRY_STEPS, spread=f"{result.spread:.3g}"))
    st.caption(t("act.symmetry_code_caption"))
    st.code(act.symmetry_code("equal", 0, act.SYMMETRY_STEPS), language="python", wrap_lines=True)


function_section()
depth_section()
symmetry_section()
# --- check ---
st.fragment(blocks.check)("act_q", t("act.q"), [t("act.q_a"), t("act.q_b"), t("act.q_c")], 1, t("act.q_why"))

shell.finish("activations")
