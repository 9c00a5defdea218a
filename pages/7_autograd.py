"""Autograd and back-propagation (the notes' §1 and §7, D2L 2.3 and 3.14): the gradient of what was recorded."""
import streamlit as st

from explain import autograd as ag
from ui import blocks, controls, shell
from ui.charts.autograd import (graph_chart, graph_steps, graph_table, grids_chart, grids_size, grids_table,
                                number, step_texts)
from ui.i18n import problem, t
from ui.params.autograd import TABLE as P

style = shell.page("autograd")
notes_of = blocks.cached(ag.notes_example)
squares_of = blocks.cached(ag.non_scalar)
flow_of = blocks.cached(ag.control_flow)
graph_of = blocks.cached(ag.graph)
memory_of = blocks.cached(ag.memory)
code_of = blocks.cached(ag.mxnet_code)
grids_view = blocks.cached(grids_table)
graph_view = blocks.cached(graph_table)
ORDER, READS, STEPS = graph_steps(ag.FORWARD, ag.BACKWARD, ag.UPDATE)
BACKWARD_STEPS = [name for name, _, _ in ag.BACKWARD]
# The charts are laid out in pixels for a 1280 px screen; on a narrower one (a 1024×768 projector) each drawing
# shrinks to its column instead of losing its right-hand side (J, x.grad).
FIT = '<style>[data-testid="stVegaLiteChart"] svg.marks { max-width: 100%; height: auto; }</style>'
st.html(FIT)


def grids(panels, description_key: str) -> None:
    """Arrays drawn as grids of numbers, once per distinct set of arrays."""
    table = grids_view(panels, style, t("ag.overflow_cell"))
    blocks.chart(grids_chart, style, {"description": t(description_key)}, grids_size(table, style), table=table)


def overflowed(result) -> None:
    """Say which result float32 could not hold (its cells read "overflow", never inf or NaN)."""
    for name in result.overflow:
        st.warning(t("ag.overflow", what="y" if name == "y" else "x.grad", limit=f"{ag.FLOAT32_MAX:.4g}"),
                   icon=":material/warning:")


def notes_section():
    """The notes' example with the typed x: y = 2xᵀx and x.grad = 4x. Returns x, or None for bad input."""
    blocks.section(t("ag.notes_title"))
    left, right = st.columns([1, 3], gap="medium")
    with left:
        text = controls.widget(P["agx"])
        st.markdown(t("ag.notes_text"))  # beside the picture, so the picture stays whole on a projector
    try:
        x = ag.parse_x(text)
    except ag.InputError as error:
        right.error(problem("ag.err.", error), icon=":material/edit:")
        return None
    result = notes_of(x)
    with right:
        grids(((t("ag.col_x"), "input", result.x), (t("ag.col_y"), "output", result.y),
               (t("ag.col_grad"), "grad", result.grad)), "ag.notes_description")
        overflowed(result)
        rows, cols = x.shape
        if cols > 1:
            st.markdown(t("ag.notes_matrix", rows=rows, cols=cols))
        elif not result.overflow:
            st.markdown(t("ag.notes_column", n=rows, y=number(result.y[0, 0])))
    return x


def non_scalar_section(x):
    """y = x·x and backward(head): x.grad = head ⊙ 2x."""
    blocks.section(t("ag.nonscalar_title"))
    st.markdown(t("ag.nonscalar_text"))
    left, right = st.columns([1, 3], gap="medium")
    with left:
        head = controls.widget(P["aghead"], captions=[t(f"ag.head.{name}") for name in ag.HEADS])
    if x is None:
        return head
    result = squares_of(x, head)
    with right:
        grids(((t("ag.col_x"), "input", result.x), (t("ag.col_square"), "output", result.y),
               (t("ag.col_head"), "head", result.head), (t("ag.col_headgrad"), "grad", result.grad)),
              "ag.nonscalar_description")
        overflowed(result)
        st.markdown(t("ag.nonscalar_result", which=t(f"ag.which.{head}", n=x.size)))
    return head


def control_flow_section():
    """D2L 2.3's f(a): the loop count, the branch, a.grad = c / a."""
    blocks.section(t("ag.flow_title"))
    st.markdown(t("ag.flow_text"))
    left, right = st.columns([1, 3], gap="medium")
    with left:
        a = controls.widget(P["aga"])
    path = flow_of(a)
    right.markdown(t("ag.flow_result", a=f"{a:g}", doublings=path.doublings, branch=t(f"ag.branch.{path.branch}"),
                     c=f"{path.c:.7g}", grad=f"{path.grad:.7g}", slope=f"{path.slope:.7g}"))
    return a


def graph_section():
    """D2L 3.14's graph with every value and gradient, the step slider in the browser, and the SGD step."""
    blocks.section(t("ag.graph_title"))
    st.markdown(t("ag.graph_text"))
    values = []
    for column, key in zip(st.columns(4, gap="medium"), ("agact", "aglam", "agseed", "aglr")):
        with column:
            values.append(controls.widget(P[key]))
    activation, lam, seed, lr = values
    g = graph_of(activation, lam, lr, seed)
    templates = {name: t(f"ag.step.{name}") for name in STEPS}
    texts = step_texts(STEPS, BACKWARD_STEPS, templates, READS, g,
                       {"reads": t("ag.reads"), "reads_none": t("ag.reads_none"), "phi": activation})
    labels = {"scrub": t("ag.scrub"), "description": t("ag.graph_description")}
    table = graph_view(g.value, g.grad, g.label, ORDER, texts, READS, style)
    blocks.chart(graph_chart, style, labels, len(STEPS) - 1, table=table)
    st.caption(t("ag.scrub_help"))
    st.markdown(t("ag.graph_result", J=number(g.value["J"]), L=number(g.value["L"]), s=number(g.value["s"])))
    return g


def memory_section():
    """The bytes backward needs from forward: the notes' MLP at batch 256, and one layer deeper."""
    blocks.section(t("ag.memory_title"))
    m, deeper = memory_of(), memory_of(ag.DEEPER)
    st.markdown(t("ag.memory_text", sizes="-".join(map(str, m.sizes)), batch=m.batch))
    readers = {name: f"∂J/∂{name}" for name in ("W1", "W2", "z1", "o")}
    st.dataframe({t("ag.col_array"): [r[0] for r in m.rows], t("ag.col_shape"): [str(r[1]) for r in m.rows],
                  t("ag.col_bytes"): [f"{r[2]:,}" for r in m.rows],
                  t("ag.col_reader"): [readers.get(r[3], r[3]) for r in m.rows]}, hide_index=True)
    st.markdown(t("ag.memory_result", kept=f"{m.kept:,}", kept_mib=f"{m.kept / 2**20:.2f}", peak=f"{m.predict_peak:,}",
                  peak_mib=f"{m.predict_peak / 2**20:.2f}", params=f"{m.params:,}", grads=f"{m.grads:,}",
                  deeper="-".join(map(str, deeper.sizes)), deeper_kept=f"{deeper.kept:,}",
                  deeper_peak=f"{deeper.predict_peak:,}"))


def training_section(g):
    """One SGD step on the graph: the weights before, their gradients, after; the next forward's J."""
    blocks.section(t("ag.train_title"))
    st.markdown(t("ag.train_text"))
    rows = []
    for name in ("W1", "W2"):
        for i, (before, grad, after) in enumerate(zip(g.value[name], g.grad[name], g.after[name])):
            rows.append((f"{name}[{i}]", ", ".join(map(number, before)), ", ".join(map(number, grad)),
                         ", ".join(map(number, after))))
    columns = ("col_param", "col_before", "col_gradient", "col_after")
    st.dataframe({t(f"ag.{c}"): [r[i] for r in rows] for i, c in enumerate(columns)}, hide_index=True)
    moved = dict(J=number(g.value["J"]), J_next=number(g.after["J"]), L=number(g.value["L"]),
                 L_next=number(g.after["L"]), lr=f"{g.lr:g}")
    st.markdown(t("ag.train_down" if g.after["J"] < g.value["J"] else "ag.train_up", **moved))


x = notes_section()
head = non_scalar_section(x)
a = control_flow_section()
g = graph_section()
memory_section()
training_section(g)
blocks.notice("ag.notice_sum", "ag.notice_flow", "ag.notice_order", "ag.notice_reads")
blocks.maths(r"\mathbf z = W^{(1)}\mathbf x,\quad \mathbf h = \phi(\mathbf z),\quad \mathbf o = W^{(2)}\mathbf h",
             r"L = \ell(\mathbf o, y),\quad s = \tfrac{\lambda}{2}\big(\|W^{(1)}\|_F^2 + \|W^{(2)}\|_F^2\big),\quad J = L + s",
             r"\frac{\partial J}{\partial \mathbf o} = \operatorname{softmax}(\mathbf o) - \mathbf e_y,\qquad"
             r"\frac{\partial J}{\partial W^{(2)}} = \frac{\partial J}{\partial \mathbf o}\,\mathbf h^\top + \lambda W^{(2)}",
             r"\frac{\partial J}{\partial \mathbf h} = W^{(2)\top} \frac{\partial J}{\partial \mathbf o},\qquad"
             r"\frac{\partial J}{\partial \mathbf z} = \frac{\partial J}{\partial \mathbf h} \odot \phi'(\mathbf z)",
             r"\frac{\partial J}{\partial W^{(1)}} = \frac{\partial J}{\partial \mathbf z}\,\mathbf x^\top + \lambda W^{(1)},"
             r"\qquad W \leftarrow W - \eta\,\frac{\partial J}{\partial W}",
             r"y = 2\mathbf x^\top \mathbf x \;\Rightarrow\; \nabla_{\mathbf x}\, y = 4\mathbf x",
             caption_key="ag.maths_caption")
if x is not None:
    blocks.code(code_of(x, head, a, g.activation, g.lam, g.lr, g.seed))
dphi = ", ".join(number(v) for v in g.dphi)
st.fragment(blocks.check)("ag_q", t("ag.q"), [t("ag.q_a"), t("ag.q_b"), t("ag.q_c")], 1, t("ag.q_why", dphi=dphi))

shell.finish("autograd")
