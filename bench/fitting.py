"""Fitting page: fit time against the plain D2L recipe (measured in the same run), the model-selection sweep,
weight decay, and page reruns p50/p95 (cached and uncached). Run: python bench/fitting.py [repeats]"""
import sys
import time

import numpy as np

from common import ROOT, open_page, report, time_reruns

sys.path.insert(0, str(ROOT / "tests"))

from explain import engine  # noqa: E402
from explain import fitting as fx  # noqa: E402

REPEATS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
PAGE = "pages/4_fitting.py"


def d2l_recipe(X, y, Xt, yt):
    """D2L 3.11 as printed: DataLoader(shuffle=True), batch 10, nn.Dense(1), L2Loss, Trainer sgd 0.01, 100 epochs."""
    from mxnet import autograd, gluon, nd
    from mxnet.gluon import data as gdata, loss as gloss, nn

    net = nn.Sequential()
    net.add(nn.Dense(1))
    net.initialize()
    loss = gloss.L2Loss()
    features, labels = nd.array(X), nd.array(y)
    train_iter = gdata.DataLoader(gdata.ArrayDataset(features, labels), 10, shuffle=True)
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.01})
    train_ls, test_ls = [], []
    for _ in range(100):
        for Xb, yb in train_iter:
            with autograd.record():
                l = loss(net(Xb), yb)
            l.backward()
            trainer.step(10)
        train_ls.append(loss(net(features), labels).mean().asscalar())
        test_ls.append(loss(net(nd.array(Xt)), nd.array(yt)).mean().asscalar())
    return train_ls[-1], test_ls[-1]


def seconds(fn, *args):
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main():
    data = fx.polynomial_data()
    X, Xt = fx.features(data[0], 3), fx.features(data[2], 3)
    fx.fit_polynomial(data, 3)  # warm up MXNet
    d2l, fast, fast20 = [], [], []
    for r in range(REPEATS):  # interleaved, so both see the same load
        d2l.append(seconds(engine.run, d2l_recipe, X, data[1], Xt, data[3]))
        fast.append(seconds(fx.fit_polynomial, data, 3, 100, 0.01, 10, 0.0, None, r))
        fast20.append(seconds(fx.fit_polynomial, data, 20, 100, 0.01, 10, 0.0, None, r))
    d2l_s, fast_s = np.median(d2l), np.median(fast)
    print(f"D2L recipe (DataLoader, cubic, 100 epochs)  median {d2l_s * 1000:8.1f} ms over {REPEATS}")
    print(f"fit_polynomial cubic                        median {fast_s * 1000:8.1f} ms   ratio {d2l_s / fast_s:5.1f}x")
    print(f"fit_polynomial degree 20                    median {np.median(fast20) * 1000:8.1f} ms   "
          f"ratio {d2l_s / np.median(fast20):5.1f}x")
    sweep = [seconds(fx.model_selection, data, range(21), 5, 100, 0.01, 10, 0.0, r) for r in range(max(2, REPEATS // 2))]
    print(f"model selection sweep (21 degrees x 5 folds) median {np.median(sweep) * 1000:8.1f} ms")
    decay = [seconds(fx.decay_sweep, fx.LAMBDAS, 100, 0.003, r) for r in range(2)]
    print(f"weight decay, 8 lambdas x 2 ways, side by side median {np.median(decay) * 1000:8.1f} ms")

    count = 10 * REPEATS
    at = open_page(PAGE, timeout=600)
    report("fitting: degree slider (uncached)", time_reruns(at, lambda at, k: (at.slider(key="fseed").set_value(100 + k),
                                                                            at.slider(key="fdeg").set_value(k % 21)), count))
    report("fitting: degree slider (cached)", time_reruns(at, lambda at, k: at.slider(key="fdeg").set_value(k % 3 + 2), count))
    report("fitting: training samples (uncached)", time_reruns(at, lambda at, k: at.slider(key="fn").set_value(50 + k), count))
    report("fitting: weight decay lambda (cached)", time_reruns(at, lambda at, k: at.select(key="flam").set_value(
        fx.LAMBDAS[k % len(fx.LAMBDAS)]), count))
    report("fitting: folds K (uncached, a sweep)", time_reruns(at, lambda at, k: at.slider(key="fk").set_value(2 + k % 9),
                                                               min(count, 9)))


if __name__ == "__main__":
    main()
