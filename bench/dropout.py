"""Dropout page: the overfitting comparison over data seeds 0–9 (gaps and test losses with and without dropout), the
conclusions' kinds over seeds × training sizes,
its training time (wall and CPU, uncached), the bytes each chart's table sends, and rerun time of the page per
control (p50/p95).

Run: python bench/dropout.py [--no-page]
"""
import os
import sys
import time

from common import open_page, report, time_reruns

from explain import dropout as do  # noqa: E402

COUNT = 20
PAGE = "pages/6_dropout.py"
SEEDS = range(10)


def seeds_table():
    """At the defaults, each data seed: final gaps and test losses of both models, and the plain model's best epoch."""
    print(f"defaults: n={do.TRAIN_SIZE}, p1={do.DROP_PROB1}, p2={do.DROP_PROB2}, {do.EPOCHS} epochs, "
          f"Adam lr {do.LEARNING_RATE}, noise sd {do.NOISE}")
    narrower = lower = 0
    for seed in SEEDS:
        o = do.overfitting(do.DROP_PROB1, do.DROP_PROB2, do.TRAIN_SIZE, seed)
        f = o.final
        narrower += o.gap_dropout < o.gap_plain
        lower += f["dropout", "test"] < f["plain", "test"]
        print(f"seed {seed}: gap without {o.gap_plain:.3f} with {o.gap_dropout:.3f} | test without "
              f"{f['plain', 'test']:.3f} with {f['dropout', 'test']:.3f} | train without {f['plain', 'train']:.3f} "
              f"with {f['dropout', 'train']:.3f} | plain test lowest at epoch {o.best_epoch['plain']} "
              f"({o.best_test['plain']:.3f}) | off sin(x) {o.off_truth['plain']:.3f} / {o.off_truth['dropout']:.3f}")
    print(f"gap narrower with dropout: {narrower}/{len(SEEDS)}; test loss lower with dropout: {lower}/{len(SEEDS)}")


def verdicts_table():
    """The page's conclusions at the notes' 0.2 / 0.5 over data seeds × training sizes: counts per kind, and the
    full network's largest gap to the average of its thinned networks."""
    from collections import Counter
    for n in (10, 20, 40, 80):
        rises, thinned, shares = Counter(), Counter(), []
        for seed in SEEDS:
            o = do.overfitting(do.DROP_PROB1, do.DROP_PROB2, n, seed)
            rises[o.rise.kind] += 1
            thinned[o.ensemble.kind] += 1
            shares.append(o.ensemble.share)
        print(f"n={n}: rise {dict(rises)} | thinned average {dict(thinned)} | largest gap "
              f"{100 * min(shares):.1f}–{100 * max(shares):.1f} % of the prediction's range")


def training_time(repeats=10):
    """Wall and CPU milliseconds of the uncached comparison (CPU time ≈ a quiet machine's wall time, one thread)."""
    do.overfitting(0.2, 0.5, do.TRAIN_SIZE, 0)  # MXNet warmed up
    wall, cpu = [], []
    for k in range(repeats):
        w, c = time.perf_counter(), time.process_time()
        do.overfitting(0.2, 0.5, do.TRAIN_SIZE, 100 + k)  # new seeds: nothing cached anywhere
        wall.append((time.perf_counter() - w) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    report("dropout: training comparison, wall", wall)
    report("dropout: training comparison, CPU", cpu)
    print("load average:", " ".join(f"{v:.2f}" for v in os.getloadavg()))


def table_bytes():
    """Arrow bytes of each chart's table at the defaults, as Streamlit sends them on every change of its inputs."""
    from streamlit.dataframe_util import convert_anything_to_arrow_bytes

    from ui.charts import dropout as charts
    labels = {key: key for key in ("kept", "dropped", "input", "hidden1", "hidden2", "output", "observed", "pmf",
                                   "plain", "dropout", "truth", "points", "train", "test")} | {"unit_name": "unit {}"}
    p1, p2, seed = do.DROP_PROB1, do.DROP_PROB2, 0
    h = do.hidden(seed, 1)
    fit = do.overfitting(p1, p2, do.TRAIN_SIZE, seed)
    tables = {"network (and again the ensemble)": charts.network_table(*do.network(p1, p2, seed, charts.SHOWN), labels),
              "grid": charts.grid_table(do.grid(h, p1, seed, 1), labels),
              "convergence": charts.convergence_table(do.convergence(h, p1, seed, 1), labels),
              "histogram": charts.histogram_table(do.histogram(p1, seed, 1), labels),
              "fit": charts.fit_table(fit.fits, fit.points, labels),
              "losses": charts.overfitting_table(fit.curves, labels)}
    total = 0
    for name, table in tables.items():
        size = len(convert_anything_to_arrow_bytes(table)) * (2 if name.startswith("network") else 1)
        total += size
        print(f"table {name}: {len(table)} rows, {size / 1024:.1f} KB")
    print(f"tables sent when p1 moves (layer 1): {total / 1024:.1f} KB")


def page():
    at = open_page(PAGE, timeout=600)
    report("dropout: new seed (masks, grid, stats)", time_reruns(at, lambda at, k: at.slider(key="dseed").set_value(k + 1), COUNT))
    report("dropout: sample new masks (button)", time_reruns(at, lambda at, k: at.button(key="resample").click(), COUNT))
    report("dropout: choose the layer", time_reruns(at, lambda at, k: at.radio(key="layer").set_value(1 + k % 2), COUNT))
    report("dropout: number of masks N (statistics)", time_reruns(at, lambda at, k: at.slider(key="draws").set_value(10 + 10 * k), COUNT))
    report("dropout: move p1 (training uncached)", time_reruns(at, lambda at, k: at.slider(key="p1").set_value(round(0.05 * (k % 19), 2)) if k < 19 else at.slider(key="n_train").set_value(25), COUNT))
    report("dropout: move p1 (training cached)", time_reruns(at, lambda at, k: at.slider(key="p1").set_value(round(0.05 * (k % 4), 2)), COUNT))
    report("dropout: training points (cached)", time_reruns(at, lambda at, k: at.slider(key="n_train").set_value(20 + 5 * (k % 3)), COUNT))
    print("load average:", " ".join(f"{v:.2f}" for v in os.getloadavg()))


def main():
    seeds_table()
    verdicts_table()
    training_time()
    table_bytes()
    if "--no-page" not in sys.argv:
        page()


if __name__ == "__main__":
    main()
