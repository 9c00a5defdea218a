"""Linear regression and minibatch SGD (D2L 3.1–3.3): the training loop on the loss surface."""
import streamlit as st

from explain import linreg as lx
from ui import blocks, controls, shell
from ui.charts.linreg import (CELLS, data_chart, data_table, drawn_steps, path_chart, path_table, surface_domain)
from ui.i18n import problem, t
from ui.params.linreg import D2L, TABLE as P

style = shell.page("linreg")
# a run of batch 1 × 10 epochs keeps ~0.65 MB (its table about as much): 64 of each, not 512 (~0.7 GB at worst)
lesson_of = blocks.cached(lx.lesson, entries=64)
path_of = blocks.cached(lx.sgd_path, entries=64)
timing_of = blocks.cached(lx.vector_timing)
path_view = blocks.cached(path_table, entries=64)  # the surface, path and loss table, built once per run and language
data_view = blocks.cached(data_table)
KEYS = ("linlr", "linbs", "linep", "linnoise", "linseed", "lininit")


def load_d2l():
    """D2L's settings: lr 0.03, batch 10, 3 epochs, σ = 0.01, N(0, 0.01²) weights."""
    controls.set_values(D2L)


def number(v: float) -> str:
    return f"{v:.4g}"


def vector(w, b) -> str:
    return f"w = ({w[0]:.4f}, {w[1]:.4f}) · b = {b:.4f}"


def told(lesson, lr: float, batch_size: int) -> dict:
    """The numbers the outcome's sentences cite, as the page writes them."""
    o = lesson.outcome
    return dict(lr=f"{lr:g}", bs=batch_size, cap=f"{lx.DIVERGED:.0e}", curv=number(lesson.curvature),
                limit=number(lesson.lr_limit), batch=number(lesson.batch_curvature),
                batch_limit=number(lesson.batch_lr_limit) if lesson.batch_lr_limit else "—",
                factor=f"{o.factor:.3g}", start=number(o.start), final=number(o.final), least=number(o.least),
                gd=number(o.gd), steps=o.steps, ratio=times(o.ratio))


def times(ratio: float) -> str:
    """A ratio as a reader takes it in: 1.012, 946,000, 1.7e+13."""
    if ratio < 10:
        return f"{ratio:.3f}"
    return f"{float(f'{ratio:.3g}'):,.0f}" if ratio < 1e6 else f"{ratio:.2g}"


def training_section():  # not a fragment: every section below reads its controls
    """Controls, the loss surface with the path and its scrubber, the loss per step, the curvature's limit."""
    controls_column, view_column = st.columns([1, 3], gap="medium")
    with controls_column:
        st.button(t("lin.preset"), key="lin_d2l", on_click=load_d2l, width="stretch")
        lr, batch_size, epochs, noise, seed = (controls.widget(P[key]) for key in KEYS[:-1])
        init = controls.widget(P["lininit"], captions=[t(f"lin.init.{name}") for name in P["lininit"].options])
    settings = (lr, batch_size, epochs, round(noise, 4), seed, init)
    try:
        lesson = lesson_of(*settings)
    except lx.InputError as error:
        view_column.error(problem("lin.err.", error), icon=":material/tune:")
        return None
    run = lesson.scratch
    closed = lesson.quadratic.theta
    marks = {"start": run.w[0], "closed": closed[:2], "true": lx.TRUE_W}
    domain = surface_domain(marks["start"], marks["closed"], marks["true"], run.w)
    w1, w2, grid = lx.surface(lesson.quadratic, *domain, CELLS)
    labels = {key: t(f"lin.{key}") for key in ("start", "closed", "true", "scrub", "surface_title", "steps_axis",
                                                "loss_axis", "readout", "description")}
    last = len(drawn_steps(len(run.loss) - 1)) - 1
    with view_column:
        blocks.chart(path_chart, style, labels, blocks.Held(last),  # a new run length rebuilds nothing
                     table=path_view(w1, w2, grid, domain, run.w, run.loss, marks, labels))
        steps = len(run.loss) - 1
        st.caption(t("lin.scrub_help", every=int(drawn_steps(steps)[1]) if steps > 1 else 1))
        st.caption(t("lin.shading"))
        said = told(lesson, lr, batch_size)
        kind = lesson.outcome.kind
        if kind == "diverged":
            st.error(t(f"lin.diverged.{lesson.outcome.cause}", step=run.diverged_at, **said), icon=":material/warning:")
        else:
            st.markdown(t("lin.result", steps=steps, epochs=epochs, per=run.steps_per_epoch,
                          loss=number(run.loss[-1]), w=vector(run.w[-1], run.b[-1])))
            if kind in ("over", "growing"):
                st.warning(t(f"lin.outcome.{kind}", **said), icon=":material/trending_up:")
            else:
                whole = kind == "falling" and batch_size == lx.N  # plain gradient descent: no minibatch to compare
                st.markdown(t("lin.outcome.falling_full" if whole else f"lin.outcome.{kind}", **said))
            st.caption(t("lin.limit_full" if batch_size == lx.N else "lin.limit", **said))
    return settings, lesson


def engines_section(settings, lesson):
    """The notes' loop and Gluon's on the same minibatches, the closed form beside them (the whole width: five
    columns), then the loss after every epoch beside why it can't go lower."""
    lr, batch_size, epochs, noise, seed, init = settings
    runs = {"scratch": lesson.scratch, "gluon": lesson.gluon}
    closed = lesson.quadratic.theta
    blocks.section(t("lin.engines_title"))
    st.markdown(t("lin.engines_text"))
    rows = []
    for name, run in runs.items():
        done = run.diverged_at is None
        rows.append((t(f"lin.engine.{name}"), vector(run.w[-1], run.b[-1]) if done else t("lin.diverged_short"),
                     number(run.loss[-1]) if done else "—",
                     number(lesson.to_closed[name]) if done else "—", number(lesson.to_true[name]) if done else "—"))
    rows.append((t("lin.engine.closed"), vector(closed[:2], closed[2]), number(lesson.quadratic.floor), "0",
                 number(lesson.to_true["closed"])))
    rows.append((t("lin.engine.true"), vector(lx.TRUE_W, lx.TRUE_B), "—", number(lesson.to_true["closed"]), "0"))
    columns = ("col_method", "col_weights", "col_loss", "col_to_closed", "col_to_true")
    st.dataframe({t(f"lin.{c}"): [r[i] for r in rows] for i, c in enumerate(columns)}, hide_index=True,
                 width="stretch")
    if lesson.scratch.diverged_at is None and lesson.gluon.diverged_at is None:
        st.caption(t("lin.difference", difference=f"{lesson.difference:.2g}"))
    else:
        st.caption(t("lin.difference_diverged", scratch=lesson.scratch.diverged_at or "—",
                     gluon=lesson.gluon.diverged_at or "—", difference=f"{lesson.relative_difference:.2g}"))
    blocks.section(t("lin.d2l_title"))
    left, right = st.columns(2, gap="large")
    with left:
        d2l = lesson_of(*D2L.values()).scratch.epoch_loss
        st.markdown(t("lin.d2l_text", start=number(d2l[0]), end=number(d2l[-1])))
        table = {t("lin.col_epoch"): list(range(epochs + 1))}
        for name, run in runs.items():
            losses = run.epoch_loss
            table[t(f"lin.engine.{name}")] = [number(losses[e]) if e < len(losses) else "—" for e in range(epochs + 1)]
        st.dataframe(table, hide_index=True)
    with right:
        numbers = dict(true_loss=number(lesson.true_loss), least=number(lesson.quadratic.floor))
        if noise > 0:
            st.markdown(t("lin.floor", floor=number(lesson.noise_floor), sigma=f"{noise:g}", **numbers))
        else:
            st.markdown(t("lin.floor_zero", **numbers))


def data_section(lesson, noise):
    blocks.section(t("lin.data_title"))
    st.markdown(t("lin.data_text", sigma=f"{noise:g}"))
    labels = {"title": t("lin.scatter_title"), "description": t("lin.scatter_description")}
    blocks.chart(data_chart, style, labels, table=data_view(lesson.feature, lesson.labels))


def vector_section():
    blocks.section(t("lin.vector_title"))
    st.markdown(t("lin.vector_text"))
    timing = timing_of()
    st.markdown(t("lin.vector_result", n=f"{timing.length:,}", loop=f"{timing.loop_seconds * 1e3:.0f}",
                  vector=f"{timing.vector_seconds * 1e6:.0f}", ratio=f"{float(f'{timing.ratio:.2g}'):,.0f}"))
    st.caption(t("lin.vector_note"))


shown = training_section()
if shown is not None:
    settings, lesson = shown
    engines_section(settings, lesson)
    data_section(lesson, settings[3])
    blocks.notice("lin.notice_path", "lin.notice_batch", "lin.notice_lr", "lin.notice_floor",
                  limit=number(lesson.lr_limit))
    blocks.maths(r"\hat y = \mathbf x^\top \mathbf w + b = x_1 w_1 + x_2 w_2 + b",
                 r"\ell(\mathbf w, b) = \frac1n \sum_{i=1}^{n} \tfrac12 \big(\hat y^{(i)} - y^{(i)}\big)^2",
                 r"(\mathbf w, b) \leftarrow (\mathbf w, b) - \frac{\eta}{|\mathcal B|} \sum_{i \in \mathcal B}"
                 r"\nabla_{(\mathbf w, b)}\, \tfrac12 \big(\hat y^{(i)} - y^{(i)}\big)^2",
                 r"\begin{bmatrix}\hat{\mathbf w}\\ \hat b\end{bmatrix} = (Z^\top Z)^{-1} Z^\top \mathbf y,"
                 r"\quad Z = [X\;\mathbf 1], \qquad \eta < \frac{2}{\lambda_{\max}(Z^\top Z / n)}",
                 caption_key="lin.maths_caption")
    blocks.code(lx.mxnet_code(*settings))
    st.caption(t("lin.code_note"))
vector_section()
single, doubled = path_of(1.0, 10, 3), path_of(2.0, 10, 3)  # the check is answered by running it
answer = 2 if doubled.diverged_at is not None else 0
question = t("lin.q", start=number(single.loss[0]), end=number(single.loss[-1]))
st.fragment(blocks.check)("lin_q", question, [t("lin.q_a"), t("lin.q_b"), t("lin.q_c")], answer,
                          t("lin.q_why", step=doubled.diverged_at or "—", limit=number(lesson_of(*D2L.values()).lr_limit)))

shell.finish("linreg")
