"""Fitting page: fit time against the plain D2L recipe (explain/fitting/recipe.py, the code the page shows; measured
in the same run), the model-selection sweep, weight decay (wall and CPU time, MXNet operator calls), page reruns
p50/p95 (cached and uncached), and how often each verdict kind comes out over seeds × settings (and per preset on 60
seeds), with what judging costs beside training.
Run: python bench/fitting.py [repeats]   or   python bench/fitting.py verdicts   (the verdict counts only)"""
import collections
import itertools
import json
import os
import sys
import time

import numpy as np

from common import ROOT, open_page, report, time_reruns

sys.path.insert(0, str(ROOT / "tests"))

from explain import engine  # noqa: E402
from explain import fitting as fx  # noqa: E402
from explain.fitting import recipe  # noqa: E402

ONLY_VERDICTS = sys.argv[1:2] == ["verdicts"]
REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 and not ONLY_VERDICTS else 5
PAGE = "pages/5_fitting.py"
SETTINGS = ("fdeg", "fnum", "fnoise", "fep", "flr", "fbs", "fwd")
GRID = {"degree": (0, 1, 2, 3, 5, 8, 12, 20), "n": (2, 5, 10, 20, 50, 100), "noise": (0.0, 0.1, 0.5, 1.0),
        "epochs, lr": ((100, 0.01), (200, 0.03), (50, 0.1)), "λ": (0.0, 0.01, 0.3)}
SEEDS = (0, 1, 2)


def verdict_counts():
    """Each kind's share over the grid × seeds (SGD's verdict and the closed form's), and per preset over 60 seeds."""
    from ui.params.fitting import ENDS, PRESETS, TABLE
    sgd, closed, cost = collections.Counter(), collections.Counter(), []
    cells = list(itertools.product(*GRID.values()))
    for (degree, n, noise, (epochs, lr), decay), seed in itertools.product(cells, SEEDS):
        start = time.perf_counter()
        data, fit = fx.fit_scene(degree, n, noise, epochs, lr, 10, decay, seed)
        trained = time.perf_counter()
        args = (data, fit, noise, epochs, lr, decay, ENDS)
        sgd[fx.judge(*args).kind] += 1
        closed[fx.judge(*args, closed=True).kind] += 1
        cost.append((trained - start, time.perf_counter() - trained))
    total = len(cells) * len(SEEDS)
    print(f"verdicts over {len(cells)} settings × {len(SEEDS)} seeds = {total} fits "
          f"({', '.join(f'{k} {v}' for k, v in GRID.items())}; batch 10)")
    for name, counts in (("SGD", sgd), ("closed form", closed)):
        print(f"  {name:<12}" + "  ".join(f"{kind} {counts[kind]:4d} ({100 * counts[kind] / total:4.1f}%)"
                                          for kind in ("diverged", "slow", "under", "over", "few", "fair", "good")))
    train_ms, judge_ms = (1000 * np.median([c[i] for c in cost]) for i in (0, 1))
    print(f"  median per fit: training {train_ms:.1f} ms, judging both verdicts {judge_ms:.1f} ms "
          f"(max {1000 * max(c[1] for c in cost):.1f} ms)")
    for preset, change in PRESETS.items():
        settings = {key: TABLE[key].default for key in SETTINGS} | change
        kinds = [fx.judged_scene(*(settings[key] for key in SETTINGS), seed, ENDS) for seed in range(60)]
        count = lambda which: dict(collections.Counter(getattr(k, which).kind for k in kinds))
        print(f"  preset {preset:<6} {change}: SGD {count('verdict')}, closed form {count('closed')} (60 seeds)")


def d2l_recipe(X, y, Xt, yt):
    """D2L 3.11's plain loop (explain/fitting/recipe.py, the code the page shows): DataLoader(shuffle=True), batch 10,
    nn.Dense(1) from Gluon's initializer, L2Loss, the notes' two Trainers (sgd 0.01), 100 epochs."""
    train_ls, test_ls, _, _ = recipe.train(X, y, Xt, yt, 100, 0.01, 10)
    return train_ls[-1], test_ls[-1]


def seconds(fn, *args):
    """Wall and CPU seconds of one call (CPU time: what a quiet machine's wall time would be, one thread)."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn(*args)
    return time.perf_counter() - wall, time.process_time() - cpu


def operator_calls(fn, *args) -> int:
    """How many MXNet operators one call runs (MXNet's profiler, on the worker thread)."""
    import mxnet as mx

    def counted():
        mx.profiler.set_config(profile_imperative=True, aggregate_stats=True, filename="/tmp/firstlook-profile.json")
        mx.profiler.set_state("run")
        fn(*args)
        mx.nd.waitall()
        mx.profiler.set_state("stop")
        stats = json.loads(mx.profiler.dumps(reset=True, format="json"))
        return sum(op["Count"] for op in stats["Time"].get("operator", {}).values())

    return engine.run(counted)


def line(name, samples, ratio_to=None):
    wall, cpu = np.median([s[0] for s in samples]), np.median([s[1] for s in samples])
    ratio = f"   ratio {ratio_to / wall:5.1f}x" if ratio_to else ""
    print(f"{name:<46} median wall {wall * 1000:8.1f} ms  cpu {cpu * 1000:8.1f} ms{ratio}")
    return wall


def main():
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if ONLY_VERDICTS:
        verdict_counts()
        return
    data = fx.polynomial_data()
    X, Xt = fx.features(data[0], 3), fx.features(data[2], 3)
    fx.fit_polynomial(data, 3)  # warm up MXNet
    d2l, fast, fast20 = [], [], []
    for r in range(REPEATS):  # interleaved, so both see the same load
        d2l.append(seconds(engine.run, d2l_recipe, X, data[1], Xt, data[3]))
        fast.append(seconds(fx.fit_polynomial, data, 3, 100, 0.01, 10, 0.0, None, r))
        fast20.append(seconds(fx.fit_polynomial, data, 20, 100, 0.01, 10, 0.0, None, r))
    d2l_s = line(f"D2L recipe (DataLoader, cubic, 100 epochs) x{REPEATS}", d2l)
    line("fit_polynomial cubic", fast, d2l_s)
    line("fit_polynomial degree 20", fast20, d2l_s)
    sweep = [seconds(fx.model_selection, data, range(21), 5, 100, 0.01, 10, 0.0, r) for r in range(max(2, REPEATS // 2))]
    line("model selection sweep (21 degrees x 5 folds)", sweep)
    sweep10 = [seconds(fx.model_selection, data, range(21), 10, 100, 0.01, 10, 0.0, r) for r in range(2)]
    line("model selection sweep (21 degrees x 10 folds)", sweep10)
    decay = [seconds(fx.decay_sweep, fx.LAMBDAS, 100, 0.003, r) for r in range(max(2, REPEATS // 2))]
    line("weight decay, 8 lambdas x 2 ways (page's call)", decay)
    for name, fn, args in (("fit_polynomial degree 20", fx.fit_polynomial, (data, 20)),
                           ("model selection sweep, K=5", fx.model_selection, (data, range(21))),
                           ("weight decay sweep", fx.decay_sweep, ()),
                           ("D2L recipe", d2l_recipe, (X, data[1], Xt, data[3]))):
        print(f"MXNet operator calls: {name:<32} {operator_calls(fn, *args):7d}")

    count = 10 * REPEATS
    at = open_page(PAGE, timeout=600)
    report("fitting: degree slider (uncached)", time_reruns(at, lambda at, k: (at.slider(key="fnoise").set_value(
        0.05 * (k % 20 + 1)), at.slider(key="fdeg").set_value(k % 21)), count))
    report("fitting: degree slider (cached)", time_reruns(at, lambda at, k: at.slider(key="fdeg").set_value(k % 3 + 2), count))
    report("fitting: training samples (uncached)", time_reruns(at, lambda at, k: at.slider(key="fnum").set_value(50 + k), count))
    report("fitting: weight decay lambda (cached)", time_reruns(at, lambda at, k: at.selectbox(key="flam").set_value(
        fx.LAMBDAS[k % len(fx.LAMBDAS)]), count))
    report("fitting: folds K (uncached, a sweep)", time_reruns(at, lambda at, k: at.slider(key="fk").set_value(2 + k % 9),
                                                               min(count, 9)))
    report("fitting: preset (cached after the first)", time_reruns(at, lambda at, k: at.button(
        key=f"fit_preset_{('under', 'right', 'two', 'high')[k % 4]}").click(), count))
    verdict_counts()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
