"""Fitting page: fit time against the plain D2L recipe (explain/fitting/recipe.py, the code the page shows; measured
in the same run), the model-selection sweep, weight decay (wall and CPU time, MXNet operator calls), and page reruns
p50/p95 (cached and uncached).
Run: python bench/fitting.py [repeats]"""
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

REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
PAGE = "pages/5_fitting.py"


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
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
