"""Dropout page: the overfitting comparison over data seeds 0–9 (gaps and test losses with and without dropout),
its training time (wall and CPU, uncached), and rerun time of the page per control (p50/p95).

Run: python bench/dropout.py [--no-page]
"""
import os
import sys
import time

from common import open_page, report, time_reruns

from explain import dropout as do  # noqa: E402

COUNT = 20
PAGE = "pages/5_dropout.py"
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


def page():
    at = open_page(PAGE, timeout=600)
    report("dropout: new seed (masks, grid, stats)", time_reruns(at, lambda at, k: at.slider(key="seed").set_value(k + 1), COUNT))
    report("dropout: sample new masks (button)", time_reruns(at, lambda at, k: at.button(key="resample").click(), COUNT))
    report("dropout: choose the layer", time_reruns(at, lambda at, k: at.radio(key="layer").set_value(1 + k % 2), COUNT))
    report("dropout: number of masks N (statistics)", time_reruns(at, lambda at, k: at.slider(key="draws").set_value(10 + 10 * k), COUNT))
    report("dropout: move p1 (training uncached)", time_reruns(at, lambda at, k: at.slider(key="p1").set_value(round(0.05 * (k % 19), 2)) if k < 19 else at.slider(key="n_train").set_value(25), COUNT))
    report("dropout: move p1 (training cached)", time_reruns(at, lambda at, k: at.slider(key="p1").set_value(round(0.05 * (k % 4), 2)), COUNT))
    report("dropout: training points (cached)", time_reruns(at, lambda at, k: at.slider(key="n_train").set_value(20 + 5 * (k % 3)), COUNT))
    print("load average:", " ".join(f"{v:.2f}" for v in os.getloadavg()))


def main():
    seeds_table()
    training_time()
    if "--no-page" not in sys.argv:
        page()


if __name__ == "__main__":
    main()
