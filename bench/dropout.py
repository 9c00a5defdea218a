"""Rerun time of the dropout page per control (p50/p95): masks, grids and statistics, and the training comparison.

Run: python bench/dropout.py
"""
from common import open_page, report, time_reruns

COUNT = 20
PAGE = "pages/5_dropout.py"


def main():
    at = open_page(PAGE, timeout=600)
    report("dropout: new seed (masks, grid, stats)", time_reruns(at, lambda at, k: at.slider(key="seed").set_value(k + 1), COUNT))
    report("dropout: sample new masks (button)", time_reruns(at, lambda at, k: at.button(key="resample").click(), COUNT))
    report("dropout: choose the layer", time_reruns(at, lambda at, k: at.radio(key="layer").set_value(1 + k % 2), COUNT))
    report("dropout: number of masks N (statistics)", time_reruns(at, lambda at, k: at.slider(key="draws").set_value(10 + 10 * k), COUNT))
    report("dropout: move p1 (training uncached)", time_reruns(at, lambda at, k: at.slider(key="p1").set_value(round(0.05 * (k % 19), 2)) if k < 19 else at.slider(key="n_train").set_value(20 + 10 * (k - 19)), COUNT))
    report("dropout: move p1 (training cached)", time_reruns(at, lambda at, k: at.slider(key="p1").set_value(round(0.05 * (k % 4), 2)), COUNT))
    report("dropout: training size (cached)", time_reruns(at, lambda at, k: at.slider(key="n_train").set_value(20 + 10 * (k % 3)), COUNT))


if __name__ == "__main__":
    main()
