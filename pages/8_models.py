"""Building models (D2L 4.1–4.5): Block and Sequential, parameters, deferred initialisation, custom layers, save/load."""
import numpy as np
import streamlit as st

from explain import models as bm
from ui import blocks, controls, shell
from ui.charts.models import diagram_chart, diagram_table, histogram_chart, histogram_table, shape_text
from ui.i18n import problem, t
from ui.params.models import PRESET_INPUTS, PRESETS, TABLE as P

style = shell.page("models")
structure_of = blocks.cached(bm.structure)
stages_of = blocks.cached(bm.stages)
reinit_of = blocks.cached(bm.reinitialised)
ways_of = blocks.cached(bm.four_ways)
shared_of = blocks.cached(bm.shared_gradient)
round_trip_of = blocks.cached(bm.round_trip)
loaded_of = blocks.cached(bm.load_upload)  # a file left in the uploader is not loaded again on every rerun
ACTIVATION = {"none": "", "relu": "r", "sigmoid": "s", "tanh": "t"}


def load_preset(key: str) -> None:
    """A preset network with the input it is meant for."""
    controls.set_value("bmnet", PRESETS[key])
    for name, value in zip(("bmbatch", "bmfeat"), PRESET_INPUTS[key]):
        controls.set_value(name, value)


def layers_now() -> list[str]:
    """The tokens of the network in the text box, or none if it cannot be read."""
    try:
        return bm.network_text(bm.parse_network(st.session_state.get("bmnet", bm.DEFAULT))).split(",")
    except bm.InputError:
        return []


def add_layer() -> None:
    """Append the composed layer to the network's text (and so to the URL)."""
    state = st.session_state
    kind = state.get("bmkind", "dense")
    units, p = int(state.get("bmunits", 64)), float(state.get("bmp", 0.5))
    token = {"dense": f"d{units}{ACTIVATION[state.get('bmact', 'relu')]}", "dropout": f"o{round(p, 2):g}",
             "centered": "c", "mydense": f"m{units}"}[kind]
    controls.set_value("bmnet", ",".join((layers_now() + [token])[-bm.MAX_LAYERS:]))


def remove_layer() -> None:
    controls.set_value("bmnet", ",".join(layers_now()[:-1]) or bm.DEFAULT)


def number(v: float) -> str:
    return f"{v:.4g}"


def build_section():  # not a fragment: every section below reads the network
    """The network: its text and composer, the input's shape; the diagram beside Gluon's own listing."""
    left, right = st.columns([1, 2.4], gap="medium")
    with left:
        text = controls.widget(P["bmnet"])
        st.caption(t("bm.presets"))
        for key in PRESETS:
            st.button(t(f"bm.preset.{key}"), key=f"bm_preset_{key}", on_click=load_preset, args=(key,), width="stretch")
        batch, features = controls.widget(P["bmbatch"]), controls.widget(P["bmfeat"])
        give_in_units = controls.widget(P["bmin"])
        st.markdown(t("bm.compose"))
        kind = controls.widget(P["bmkind"])
        controls.widget(P["bmunits"], disabled=kind not in ("dense", "mydense"))
        controls.widget(P["bmact"], disabled=kind != "dense")
        controls.widget(P["bmp"], disabled=kind != "dropout")
        count = len(layers_now())  # 0: the text cannot be read, and the buttons would throw it away
        st.button(t("bm.add"), key="bm_add", on_click=add_layer, icon=":material/add:", width="stretch",
                  disabled=not 0 < count < bm.MAX_LAYERS)
        st.button(t("bm.pop"), key="bm_pop", on_click=remove_layer, icon=":material/remove:", width="stretch",
                  disabled=count <= 1)
        if count >= bm.MAX_LAYERS:
            st.caption(t("bm.full", hi=bm.MAX_LAYERS))
        elif count == 0:
            st.caption(t("bm.unreadable"))
    try:
        s = structure_of(text, batch, features, give_in_units)
    except bm.InputError as error:
        right.error(problem("bm.err.", error), icon=":material/edit_note:")
        right.caption(t("bm.fallback", default=bm.DEFAULT))
        text = bm.DEFAULT
        s = structure_of(text, batch, features, give_in_units)
    labels = {key: t(f"bm.{key}") for key in ("input", "total", "col_layer", "col_shape", "col_count")}
    table = diagram_table(s.layers, s.input_shape, s.shapes, s.counts, s.total, labels)
    description = t("bm.diagram_description", shape=shape_text(s.input_shape), total=f"{s.total:,}")
    with right:
        blocks.chart(diagram_chart, style, {"description": description}, len(s.layers) + 2, table=table)
        st.markdown(t("bm.counts_agree", total=f"{s.total:,}"))
        st.caption(t("bm.summary"))
        st.code(bm.compact_summary(s.summary), language=None, wrap_lines=True)
        if any(layer.kind == "dense" and layer.activation for layer in s.layers):
            st.caption(t("bm.summary_note"))
        st.caption(t("bm.listing"))
        st.code(s.printed + "\n" + s.listing, language=None, wrap_lines=True)
    return text, batch, features, give_in_units


@st.fragment
def deferred_section(text, batch, features, give_in_units):
    """Deferred initialisation step by step: its radio reruns this section only (nothing below reads it)."""
    blocks.section(t("bm.deferred_title"))
    st.markdown(t("bm.deferred_text", features=features))
    left, right = st.columns([1, 2.4], gap="medium")
    with left:
        stage = controls.widget(P["bmstage"], captions=[t(f"bm.stage.{name}") for name in P["bmstage"].options])
    steps = stages_of(text, batch, features, give_in_units)
    seen = steps[stage]
    with right:
        st.dataframe({t("bm.col_name"): [p.name for p in seen], t("bm.col_param_shape"): [shape_text(p.shape) for p in seen],
                      t("bm.col_state"): [t(f"bm.state.{p.state}") for p in seen]}, hide_index=True)
        unknown = sum(1 for p in seen if 0 in p.shape)
        waited = any(0 in p.shape for p in steps["built"])  # some shape was unknown until net(X)
        weights = sum(1 for p in seen if p.name.endswith("weight"))
        if not seen:
            st.caption(t("bm.deferred_none"))
        elif unknown:
            st.caption(t("bm.deferred_zeros", count=unknown, weights=weights))
        else:
            st.caption(t("bm.deferred_filled", features=features) if waited else t("bm.deferred_known"))


def init_section(text, batch, features):
    blocks.section(t("bm.init_title"))
    left, right = st.columns([1, 2.4], gap="medium")
    with left:
        name = controls.widget(P["bminit"])
        sigma = controls.widget(P["bmsigma"], disabled=name != "normal")
        value = controls.widget(P["bmconst"], disabled=name != "constant")
        seed = controls.widget(P["bmseed"])
    r = reinit_of(text, batch, features, name, sigma, value, seed)
    with right:
        if r is None:
            st.info(t("bm.no_weights"), icon=":material/info:")
            return name, sigma, value, seed
        code = bm.initializer_code(name, sigma, value)
        st.markdown(t("bm.init_text", name=r.name, shape=shape_text(r.shape), code=code))
        figures = dict(mean=number(r.mean), std=number(r.std), low=number(r.low), high=number(r.high))
        labels = {"title": t("bm.hist_title", name=r.name), "value": t("bm.hist_value"), "count": t("bm.hist_count"),
                  "description": t("bm.hist_description", n=f"{int(np.prod(r.shape)):,}", name=r.name, code=code,
                                   **figures)}
        blocks.chart(histogram_chart, style, labels, table=histogram_table(r.counts, r.edges))
        bound = bm.xavier_bound(r.shape)
        st.markdown(t(f"bm.promise.{name}", sigma=f"{sigma:g}", value=f"{value:g}", bound=number(bound),
                      sd=number(bound / np.sqrt(3))))
        st.caption(t("bm.stats", zeros=f"{r.zeros:.1%}", before_low=number(r.before_low),
                     before_high=number(r.before_high), **figures))
    return name, sigma, value, seed


def ways_section(text, batch, features, seed):
    blocks.section(t("bm.ways_title"))
    st.markdown(t("bm.ways_text"))
    w = ways_of(text, batch, features, seed)
    st.dataframe({t("bm.col_way"): [t(f"bm.way.{way}") for way in bm.WAYS],
                  t("bm.col_output"): ["  ".join(f"{v:.4g}" for v in w.outputs[way][0, :4]) for way in bm.WAYS],
                  t("bm.col_diff"): [f"{w.differences[way]:.3g}" if way != "fancy" else
                                     t("bm.fancy_diff", diff=f"{w.differences[way]:.3g}", scale=f"{w.scale:g}")
                                     for way in bm.WAYS]}, hide_index=True)
    st.caption(t("bm.ways_caption", scale=f"{w.scale:g}", norm=number(w.norm), fancy=number(w.fancy_norm),
                 diff=f"{w.differences['fancy']:.2g}"))
    st.caption(t("bm.ways_code"))
    st.code(bm.ways_code(), language="python", wrap_lines=True)  # no sideways scrolling (axe: a scrolling region needs keyboard access)


def shared_section(seed):
    blocks.section(t("bm.shared_title"))
    st.markdown(t("bm.shared_text"))
    s = shared_of(seed)
    rows, columns = np.indices(s.tied.shape)
    st.dataframe({t("bm.col_entry"): [f"W[{i},{j}]" for i, j in zip(rows.ravel(), columns.ravel())],
                  t("bm.col_use1"): [f"{v:.5f}" for v in s.use1.ravel()],
                  t("bm.col_use2"): [f"{v:.5f}" for v in s.use2.ravel()],
                  t("bm.col_sum"): [f"{v:.5f}" for v in (s.use1 + s.use2).ravel()],
                  t("bm.col_tied"): [f"{v:.5f}" for v in s.tied.ravel()]}, hide_index=True)
    st.caption(t("bm.shared_caption", same=t("bm.yes") if s.same_object else t("bm.no"), unique=s.unique, used=s.used,
                 diff=f"{np.abs(s.use1 + s.use2 - s.tied).max():.2g}"))


def save_section(text, batch, features, seed):
    blocks.section(t("bm.save_title"))
    r = round_trip_of(text, batch, features, seed)
    st.markdown(t("bm.save_text", size=f"{r.size:,}", names=", ".join(r.names) or "—"))
    st.markdown(t("bm.round_trip", same=t("bm.yes") if r.same_bits else t("bm.no"), differing=f"{r.differing:,}"))
    st.download_button(t("bm.download"), data=lambda: bm.saved_file(text, batch, features, seed),
                       file_name=bm.FILE_NAME, mime="application/octet-stream", key="bm_download",
                       icon=":material/download:")
    limit = bm.MAX_BYTES // (1024 * 1024)
    upload = st.file_uploader(t("bm.upload"), key="bm_upload", help=t("bm.upload_help", limit=limit),
                              max_upload_size=limit)
    if upload is None:
        return
    try:
        if upload.size > bm.MAX_BYTES:  # checked before the bytes are read
            raise bm.InputError("too_big", "too big", size=upload.size, limit=bm.MAX_BYTES)
        loaded = loaded_of(upload.getvalue(), text, batch, features, seed)
    except bm.InputError as error:
        why = {"why": t(f"bm.why.{error.params['why']}", **error.params)} if error.code == "foreign" else {}
        st.error(problem("bm.err.", error, limit=f"{bm.MAX_BYTES:,}", **why), icon=":material/file_present:")
        return
    st.success(t("bm.loaded", count=len(loaded.names), row="  ".join(f"{v:.4g}" for v in loaded.output[0, :4]),
                 same=t("bm.loaded_same") if loaded.same_as_page else t("bm.loaded_other")))


text, batch, features, give_in_units = build_section()
deferred_section(text, batch, features, give_in_units)
init_name, sigma, value, seed = init_section(text, batch, features)
ways_section(text, batch, features, seed)
shared_section(seed)
save_section(text, batch, features, seed)
blocks.notice("bm.notice_blocks", "bm.notice_custom", "bm.notice_count", "bm.notice_deferred", "bm.notice_shared", "bm.notice_saved")
blocks.maths(r"\#\text{params}(\text{Dense}_{m \to n}) = m\,n + n = (m + 1)\,n,\qquad"
             r"\#\text{params}(\text{net}) = \sum_{\ell} (m_\ell + 1)\, n_\ell",
             r"\text{Xavier: } w \sim U(-a, a),\quad a = \sqrt{\frac{6}{\text{fan}_\text{in} + \text{fan}_\text{out}}}",
             r"y = f\big(W\,g(W h_1)\big) \;\Rightarrow\; \frac{\partial y}{\partial W}"
             r"= \frac{\partial y}{\partial W}\Big|_{\text{use 1}} + \frac{\partial y}{\partial W}\Big|_{\text{use 2}}",
             caption_key="bm.maths_caption")
blocks.code(bm.mxnet_code(text, batch, features, give_in_units, init_name, sigma, value, seed))
check_count = structure_of("d256", 1, 784).counts[0]
st.fragment(blocks.check)("bm_q", t("bm.q"), [t("bm.q_a"), t("bm.q_b"), t("bm.q_c"), t("bm.q_d")], 1,
                          t("bm.q_why", count=f"{check_count:,}"))

shell.finish("models")
