"""Fitting charts: the data with the fitted curve at any epoch (scrubbed in the browser), train and test loss,
model selection across degrees, and weight decay.

Each chart reads one long-form table made by the *_table function beside it; everything that depends on
the numbers is in that table, so the chart's structure is built once per set of arguments. The page hands in
what explain.fitting computed (a fit, the sweeps' results) and the constants the pictures need (the true
curve's coefficients, the largest loss drawn, the highest degree): nothing here imports explain.
"""
from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from ui.style import ALERT, MUTED, MUTED_TEXT, PALETTE, ChartStyle

PANEL = {True: (230, 250), False: (280, 195)}  # (width, height) of each panel: laptop (True), projector (False)
DECAY_PANEL = {True: 165, False: 205}  # width of each weight-decay panel: laptop (True), projector (False)
MAX_SNAPSHOTS = 50  # fitted curves kept for the epoch scrubber (with the rest, under Altair's 5000 rows)
CURVE_POINTS = 80
EPOCH = "epoch"  # the Vega-Lite parameter the scrubber moves
SERIES = ("train", "test", "true", "analytic", "fit")
COLOURS = {"train": PALETTE[7], "test": PALETTE[5], "true": PALETTE[2], "analytic": PALETTE[3], "fit": PALETTE[0]}


def _axis(style: ChartStyle, **kwargs) -> alt.Axis:
    return alt.Axis(labelFontSize=style.font, titleFontSize=style.title, **kwargs)


# a log axis: ticks at every 1–9 × 10^k (the grid), labels at the powers of ten only, written 1e6 from a million on
POWER = "log(datum.value) / LN10"
DECADES = f"abs({POWER} - round({POWER})) > 1e-6 ? '' : abs(round({POWER})) >= 5 ? '1e' + round({POWER}) : datum.label"


def _log_axis(style: ChartStyle) -> alt.Axis:
    return _axis(style, format="~g", labelExpr=DECADES)


def _only(*layers: str):
    """A base chart that draws the rows of these layers of the long-form table."""
    test = alt.FieldOneOfPredicate(field="layer", oneOf=list(layers))
    return alt.Chart().transform_filter(test)


def snapshot_step(epochs: int) -> int:
    """The scrubber's step: the smallest divisor s of `epochs` with at most MAX_SNAPSHOTS curves (0, s, 2s, …, epochs)."""
    return next(s for s in range(1, epochs + 1) if epochs % s == 0 and epochs // s + 1 <= MAX_SNAPSHOTS)


def fit_domains(data, n_train: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """x and y ranges of the picture: the data, with a margin (a wild fitted curve is clipped, not rescaled)."""
    x = np.concatenate([data[0][:n_train], data[2]])
    y = np.concatenate([data[1][:n_train], data[3]])
    xm, ym = 0.05 * (x.max() - x.min()) + 1e-9, 0.15 * (y.max() - y.min()) + 1e-9
    return (float(x.min() - xm), float(x.max() + xm)), (float(y.min() - ym), float(y.max() + ym))


def curve(coefficients, x) -> np.ndarray:
    """The polynomial b + Σ w_i x^i drawn through the points x, from its coefficients (b, w_1, …, w_d)."""
    return np.polynomial.polynomial.polyval(np.asarray(x, dtype=float), np.asarray(coefficients, dtype=float))


def loss_domain(fit, limit: float) -> tuple[float, float]:
    """A log-scale range that holds every loss of the run drawn (finite, positive, at most `limit`; never a zero):
    whole decades."""
    values = np.concatenate([fit.start_loss, fit.train_loss, fit.test_loss])
    values = values[np.isfinite(values) & (values > 0) & (values <= limit)]
    if not values.size:
        return 1e-3, 1.0
    lo, hi = float(values.min()), float(values.max())
    return 10 ** np.floor(np.log10(lo)), 10 ** np.ceil(np.log10(hi) + 1e-9)


def clipped(x, y, lo: float, hi: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The polyline (x, y) cut to lo ≤ y ≤ hi: its pieces inside, each ending exactly on the border; (x, y, piece)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    x0, x1, y0, y1 = x[:-1], x[1:], y[:-1], y[1:]
    with np.errstate(all="ignore"):
        # each segment is inside the band for t in [t0, t1] (t = 0 at its start, 1 at its end)
        ta, tb = (lo - y0) / (y1 - y0), (hi - y0) / (y1 - y0)
        flat = y1 == y0
        t0 = np.where(flat, np.where((lo <= y0) & (y0 <= hi), 0.0, 2.0), np.clip(np.minimum(ta, tb), 0, None))
        t1 = np.where(flat, 1.0, np.clip(np.maximum(ta, tb), None, 1))
        e0 = np.where(ta < tb, lo, hi)  # the border crossed at t0 (when 0 < t0), and at t1 (when t1 < 1)
        e1 = np.where(ta < tb, hi, lo)
        inside = t0 <= t1
        # a piece goes on through a vertex inside the band; otherwise a new piece starts
        joined = np.r_[False, inside[:-1] & (t1[:-1] == 1)] & (t0 == 0)
        starts = inside & ~joined
        px = np.stack([x0 + t0 * (x1 - x0), x0 + t1 * (x1 - x0)], axis=1)
        py = np.stack([np.where(t0 > 0, e0, y0), np.where(t1 < 1, e1, y1)], axis=1)
    px[:, 0] = np.where(t0 == 0, x0, px[:, 0])
    px[:, 1] = np.where(t1 == 1, x1, px[:, 1])
    keep = np.stack([starts, inside], axis=1)
    piece = np.repeat(np.cumsum(starts) - 1, 2).reshape(-1, 2)
    return px[keep], py[keep], piece[keep]


def fit_table(fit, data, labels: dict, truth: tuple, limit: float) -> pd.DataFrame:
    """Data points, the true and least-squares curves, the fitted curve at every snapshot epoch, both loss curves,
    and the corners of both pictures (so the axes come from the table): everything that changes with the numbers.

    fit: explain.fitting's Fit; data: its (x_train, y_train, x_test, y_test); truth: the true curve's coefficients
    (b, w_1, …); limit: the largest loss drawn (beyond it, D2L's float32 code prints inf)."""
    n = fit.n_train
    x_domain, y_domain = fit_domains(data, n)
    grid = np.linspace(*x_domain, CURVE_POINTS)
    epochs = len(fit.train_loss)
    columns = {name: [] for name in ("layer", "series", "x", "y", "piece", "epoch", "loss", "text")}

    def add(layer: str, count: int, **values) -> None:
        """count rows of one layer; a column it does not name stays empty (NaN or None)."""
        for name, column in columns.items():
            value = values.get(name, labels.get(layer) if name == "series" else None)
            if name == "layer":
                value = layer
            column.append(np.broadcast_to(np.asarray(value, dtype=object if name in ("layer", "series", "text")
                                                     else float), (count,)))

    def clip(layer: str, y, **extra) -> int:
        cx, cy, piece = clipped(grid, y, *y_domain)
        add(layer, len(cx), x=cx, y=cy, piece=piece, **extra)
        return len(cx)

    add("frame", 2, x=x_domain, y=y_domain)
    add("loss_frame", 2, epoch=[0, epochs], loss=loss_domain(fit, limit))
    add("train", n, x=data[0][:n], y=data[1][:n])
    add("test", len(data[2]), x=data[2], y=data[3])
    clip("true", curve(truth, grid))
    clip("analytic", curve(np.r_[fit.analytic_b, fit.analytic_w], grid))
    last = epochs if fit.diverged_at is None else fit.diverged_at - 1  # the last epoch with finite weights
    for epoch in range(0, epochs + 1, snapshot_step(epochs)):
        with np.errstate(all="ignore"):
            y = curve(np.r_[fit.history_b[epoch], fit.history_w[epoch]], grid) if epoch <= last else None
        if y is None or not np.all(np.isfinite(y)):
            add("note", 1, epoch=epoch, text=labels["diverged"], series=None)
        elif not clip("fit", y, epoch=epoch):
            add("note", 1, epoch=epoch, text=labels["outside"], series=None)
    losses = {"train": np.append(fit.start_loss[0], fit.train_loss), "test": np.append(fit.start_loss[1], fit.test_loss)}
    for which, values in losses.items():
        keep = np.isfinite(values) & (values > 0) & (values <= limit)
        add("loss_" + which, int(keep.sum()), series=labels[which], epoch=np.arange(epochs + 1)[keep], loss=values[keep],
            text=[f"{labels[which + '_short']} {v:.4g}" for v in values[keep]])
    table = pd.DataFrame({name: np.concatenate(parts) for name, parts in columns.items()})
    return table.astype({"piece": "Int64", "epoch": "Int64"})


def fit_chart(table: pd.DataFrame, style: ChartStyle, labels: dict, epochs: int) -> alt.HConcatChart:
    """Left: data, true curve, least squares and SGD's curve at the scrubbed epoch. Right: losses per epoch (log).

    The axes span the table's frame rows (invisible): the structure depends only on the style, labels and epochs.
    """
    step = snapshot_step(epochs)
    epoch = alt.param(name=EPOCH, value=epochs, bind=alt.binding_range(min=0, max=epochs, step=step,
                                                                        name=labels["scrub"] + " "))
    at_epoch = alt.datum.epoch == epoch
    order = [labels[s] for s in SERIES]
    colour = alt.Color("series:N", scale=alt.Scale(domain=order, range=[COLOURS[s] for s in SERIES]),
                       legend=alt.Legend(title=None, orient="bottom", labelFontSize=style.font, columns=3,
                                         symbolSize=style.point, labelLimit=400, rowPadding=2, offset=8, padding=0))
    x = alt.X("x:Q", title="x", scale=alt.Scale(nice=False, zero=False), axis=_axis(style))
    y = alt.Y("y:Q", title="y", scale=alt.Scale(nice=False, zero=False), axis=_axis(style))
    # two panels side by side in the page's right-hand column (3/4 of the width), the scrubber under them:
    # whole on a 1280×720 laptop with the sidebar open, and on a 1280×720 projector under the page's title
    width, height = PANEL[style.font <= 13]
    # on the projector the axis titles name the panels: their titles would push the scrubber off the screen
    title = (lambda text: alt.Title(text, fontSize=style.title)) if style.font <= 13 else (lambda text: alt.Undefined)
    frame = _only("frame").mark_point(opacity=0, aria=False).encode(x=x, y=y)
    train = _only("train").mark_circle(size=style.point, opacity=0.8).encode(x=x, y=y, color=colour)
    test = _only("test").mark_point(size=style.point, opacity=0.7, strokeWidth=style.line / 2).encode(
        x=x, y=y, color=colour)
    piece = alt.Detail("piece:N")
    true = _only("true").mark_line(strokeDash=[6, 4], strokeWidth=style.line).encode(
        x=x, y=y, color=colour, detail=piece)
    exact = _only("analytic").mark_line(strokeDash=[2, 3], strokeWidth=style.line).encode(
        x=x, y=y, color=colour, detail=piece)
    fitted = _only("fit").transform_filter(at_epoch).mark_line(strokeWidth=style.line * 1.6).encode(
        x=x, y=y, color=colour, detail=piece)
    note = _only("note").transform_filter(at_epoch).mark_text(
        color=ALERT, fontSize=style.scaled(14), fontWeight="bold").encode(
        x=alt.value(width / 2), y=alt.value(height / 2), text="text:N")
    # charts built by their constructors, not copied by .properties(): Altair copies a whole chart per call
    picture = alt.LayerChart(layer=[frame, train, test, true, exact, fitted, note], width=width, height=height,
                             title=title(labels["data_title"]))

    ex = alt.X("epoch:Q", title=labels["epochs"], scale=alt.Scale(domain=[0, epochs], nice=False), axis=_axis(style))
    ly = alt.Y("loss:Q", title=labels["loss"], scale=alt.Scale(type="log", nice=False), axis=_log_axis(style))
    loss_frame = _only("loss_frame").mark_point(opacity=0, aria=False).encode(x=ex, y=ly)
    curves = _only("loss_train", "loss_test").mark_line(strokeWidth=style.line).encode(x=ex, y=ly, color=colour)
    rule = _only("loss_train", "loss_test").transform_filter(at_epoch).mark_rule(color=MUTED, strokeDash=[3, 3], aria=False).encode(
        x=ex)
    dots = _only("loss_train", "loss_test").transform_filter(at_epoch).mark_point(filled=True, size=style.point * 1.5).encode(
        x=ex, y=ly, color=colour)
    # the scrubbed epoch's losses, read out in the panel's top right corner (where falling losses leave room)
    readouts = [_only("loss_" + which).transform_filter(at_epoch).mark_text(
        align="right", baseline="top", fontSize=style.scaled(12), fontWeight="bold").encode(
        x=alt.value(width - 4), y=alt.value(4 + row * style.scaled(16)), text="text:N", color=colour)
        for row, which in enumerate(("train", "test"))]
    losses = alt.LayerChart(layer=[loss_frame, curves, rule, dots, *readouts], width=width, height=height,
                            title=title(labels["loss_title"]))
    return alt.HConcatChart(hconcat=[picture, losses], data=table, params=[epoch.param], description=labels["description"],
                            config=alt.Config(legend=alt.LegendConfig(labelFontSize=style.font)))


def selection_table(results, chosen: int, chosen_analytic: int, labels: dict) -> pd.DataFrame:
    """Mean training and validation loss per degree, of SGD's fits and of the closed-form fits; both choices marked."""
    rows = []
    for r in results:
        for method, train, val in (("sgd", r.train_loss, r.val_loss), ("closed", r.analytic_train, r.analytic_val)):
            rows += [("curve", labels["train"], labels[method], r.degree, train, ""),
                     ("curve", labels["val"], labels[method], r.degree, val, "")]
    for method, degree, field in (("sgd", chosen, "val_loss"), ("closed", chosen_analytic, "analytic_val")):
        best = next(r for r in results if r.degree == degree)
        rows.append((f"chosen_{method}", labels["val"], labels[method], degree, getattr(best, field),
                     labels[f"chosen_{method}"]))
    table = pd.DataFrame(rows, columns=["layer", "series", "method", "degree", "loss", "text"])
    return table[np.isfinite(table.loss) & (table.loss > 0)].reset_index(drop=True)  # what a log axis can show


def selection_chart(table: pd.DataFrame, style: ChartStyle, labels: dict, max_degree: int) -> alt.LayerChart:
    """Training and K-fold validation loss against the degree 0 to max_degree (log scale), SGD's and the closed
    form's: the U."""
    x = alt.X("degree:Q", title=labels["degree"], scale=alt.Scale(domain=[0, max_degree]),
              axis=_axis(style, tickMinStep=1))
    y = alt.Y("loss:Q", title=labels["loss"], scale=alt.Scale(type="log"), axis=_log_axis(style))
    legend = lambda orient: alt.Legend(title=None, orient=orient, labelFontSize=style.font, labelLimit=400,
                                       symbolType="stroke", symbolStrokeWidth=style.line, symbolSize=style.point * 10)
    colour = alt.Color("series:N", scale=alt.Scale(domain=[labels["train"], labels["val"]],
                                                    range=[PALETTE[7], PALETTE[5]]), legend=legend("top"))
    # solid or dashed: said in the subtitle (a legend of dashes alone draws its strokes transparent)
    dash = alt.StrokeDash("method:N", scale=alt.Scale(domain=[labels["sgd"], labels["closed"]], range=[[1, 0], [6, 4]]),
                          legend=None)
    lines = _only("curve").mark_line(point=True, strokeWidth=style.line).encode(
        x=x, y=y, color=colour, strokeDash=dash, detail="method:N",
        tooltip=[alt.Tooltip("method:N", title=""), alt.Tooltip("series:N", title=""), alt.Tooltip("degree:Q"),
                 alt.Tooltip("loss:Q", format=".4g")])
    marks = []
    for method, dy in (("sgd", -1), ("closed", 1)):  # SGD's choice labelled above its ring, the closed form's below
        marks.append(_only(f"chosen_{method}").mark_point(size=style.point * 5, strokeWidth=style.line,
                                                          color=PALETTE[0]).encode(x=x, y=y))
        marks.append(_only(f"chosen_{method}").mark_text(dy=dy * style.scaled(22), fontSize=style.scaled(12),
                                                         color=PALETTE[0], fontWeight="bold").encode(x=x, y=y, text="text:N"))
    # Streamlit fits a chart that stretches to the column into `height`, legends and axes included
    return alt.LayerChart(layer=[lines, *marks], data=table, height=style.height * 1.25,
                          description=labels["description"],
                          title=alt.Title(labels["title"], fontSize=style.title, subtitle=labels["key"],
                                          subtitleFontSize=style.font, subtitleColor=MUTED_TEXT))


def decay_table(runs: dict, lambd: float, decay_bias: bool, labels: dict) -> pd.DataFrame:
    """Per epoch at the chosen λ, and after the last epoch for every λ: training and test loss, and ‖w‖."""
    run = runs[(lambd, decay_bias)]
    epochs = np.arange(1, len(run.train_loss) + 1)
    parts = []
    for which, values in (("train", run.train_loss), ("test", run.test_loss)):
        keep = np.isfinite(values) & (values > 0)
        parts.append(pd.DataFrame({"layer": "epoch", "series": labels[which], "x": epochs[keep], "value": values[keep]}))
    lambdas = sorted(lam for lam, mode in runs if mode == decay_bias)
    finals = [runs[(lam, decay_bias)] for lam in lambdas]
    for which in ("train", "test"):
        parts.append(pd.DataFrame({"layer": "lambda", "series": labels[which], "x": lambdas,
                                   "value": [max(getattr(r, which + "_loss")[-1], 1e-30) for r in finals]}))
    parts.append(pd.DataFrame({"layer": "norm", "series": labels["norm"], "x": lambdas,
                               "value": [max(r.w_norm, 1e-30) for r in finals]}))
    parts.append(pd.DataFrame({"layer": "here", "series": labels["norm"], "x": [lambd], "value": [max(run.w_norm, 1e-30)],
                               "text": [f"‖w‖ = {run.w_norm:.3g}"]}))
    return pd.concat(parts, ignore_index=True)


def decay_chart(table: pd.DataFrame, style: ChartStyle, labels: dict) -> alt.HConcatChart:
    """Losses per epoch at λ; final losses and ‖w‖ against λ, the chosen λ marked."""
    colour = alt.Color("series:N", scale=alt.Scale(domain=[labels["train"], labels["test"], labels["norm"]],
                                                    range=[PALETTE[7], PALETTE[5], PALETTE[0]]),
                       legend=alt.Legend(title=None, orient="bottom", labelFontSize=style.font, labelLimit=400))
    log = alt.Scale(type="log")
    # three panels across the page's full width under the section's controls (not its 3/4 column, where at
    # 1280×720 they ran ~300 px past the screen's right edge): ~820 px beside the open sidebar, ~1070 on a projector
    width = DECAY_PANEL[style.font <= 13]
    ey = alt.Y("value:Q", title=labels["loss"], scale=log, axis=_log_axis(style))
    per_epoch = _only("epoch").mark_line(strokeWidth=style.line).encode(
        x=alt.X("x:Q", title=labels["epochs"], axis=_axis(style)), y=ey, color=colour).properties(
        width=width, height=style.height * 0.8, title=alt.Title(labels["epoch_title"], fontSize=style.title))
    lx = alt.X("x:Q", title="λ", axis=_axis(style))
    finals = _only("lambda").mark_line(point=True, strokeWidth=style.line).encode(x=lx, y=ey, color=colour)
    chosen = _only("here").mark_rule(strokeDash=[3, 3], color=MUTED, aria=False).encode(x=lx)
    by_lambda = alt.layer(finals, chosen).properties(
        width=width, height=style.height * 0.8, title=alt.Title(labels["lambda_title"], fontSize=style.title))
    ny = alt.Y("value:Q", title="‖w‖₂", scale=log, axis=_log_axis(style))
    norm = _only("norm").mark_line(point=True, strokeWidth=style.line).encode(x=lx, y=ny, color=colour)
    here = _only("here").mark_point(size=style.point * 3, filled=True, color=ALERT).encode(x=lx, y=ny)
    text = _only("here").mark_text(align="left", dx=10, fontSize=style.scaled(12), color=ALERT).encode(
        x=lx, y=ny, text="text:N")
    norms = alt.layer(norm, here, text).properties(
        width=width, height=style.height * 0.8, title=alt.Title(labels["norm_title"], fontSize=style.title))
    return alt.hconcat(per_epoch, by_lambda, norms, data=table).properties(
        description=labels["description"]).resolve_scale(y="independent")
