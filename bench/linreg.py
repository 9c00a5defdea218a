"""Linear regression: D2L's default run (300 steps) uncached, in CPU time, by the page's path (every step at once)
and by the recipe's plain loops (the baseline); the page's explain call; page reruns after a control (uncached
and cached). Prints p50/p95; asserts no times. python bench/linreg.py [count]"""
import sys
import time

from common import open_page, report, time_reruns


def cpu_ms(fn, count):
    samples = []
    for _ in range(count):
        start = time.process_time()
        fn()
        samples.append((time.process_time() - start) * 1000)
    return samples


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    from mxnet import nd

    from explain import engine
    from explain import linreg as lx
    from explain.linreg import recipe
    lx.sgd_path()  # MXNet's first operators (one-off set-up)
    report("linreg: sgd_path D2L default, scratch (CPU)", cpu_ms(lambda: lx.sgd_path(), count))
    report("linreg: sgd_path D2L default, gluon (CPU)", cpu_ms(lambda: lx.sgd_path(engine="gluon"), count))
    report("linreg: sgd_path batch 1, 10 epochs (CPU)", cpu_ms(lambda: lx.sgd_path(batch_size=1, epochs=10), 5))
    report("linreg: lesson() both engines (CPU)", cpu_ms(lambda: lx.lesson(0.03, 10, 3, 0.01, 0, "d2l"), count))
    X, y = lx.synthetic_data()
    w0, b0, orders = lx.plan(1000, 3, 0, "d2l")
    data = engine.run(lambda: (nd.array(X), nd.array(y)))
    for name, train in (("scratch", recipe.train_scratch), ("gluon", recipe.train_gluon)):
        report(f"linreg: plain {name} loop, baseline (CPU)",
               cpu_ms(lambda: engine.run(train, *data, w0, b0, orders, 0.03, 10), 5))

    from ui.charts import linreg as lc
    for args in ((0.03, 10, 3), (0.03, 1, 10), (3.0, 10, 3)):
        lesson = lx.lesson(*args, 0.01, 0, "d2l")
        drawn = len(lc.drawn_steps(len(lesson.scratch.loss) - 1))
        print(f"linreg: marks at lr {args[0]}, batch {args[1]}, {args[2]} epochs: surface {lc.CELLS ** 2} cells, "
              f"path {drawn} points, loss curve {drawn} points, 3 marks")

    at = open_page("pages/2_linreg.py", timeout=120)
    assert not at.exception, at.exception
    report("linreg: seed slider (uncached)", time_reruns(at, lambda at, k: at.slider(key="linseed").set_value(1 + k), count))
    report("linreg: batch slider (uncached)", time_reruns(at, lambda at, k: at.slider(key="linbs").set_value(2 + k), count))
    report("linreg: learning rate (cached)", time_reruns(at, lambda at, k: at.selectbox(key="linlr").set_value(
        (0.03, 0.1, 3.0)[k % 3]), count))
    report("linreg: epochs + a new seed (uncached)", time_reruns(at, lambda at, k: (
        at.slider(key="linep").set_value(1 + k % 10), at.slider(key="linseed").set_value(500 + k)), count))
    report("linreg: noise slider (uncached)", time_reruns(at, lambda at, k: at.slider(key="linnoise").set_value(
        round(0.02 + 0.01 * k, 2)), count))
    at = open_page("pages/2_linreg.py", timeout=120, linbs="1", linep="10")
    report("linreg: seed at batch 1, 10 epochs (uncached)", time_reruns(
        at, lambda at, k: at.slider(key="linseed").set_value(1 + k), max(5, count // 3)))


if __name__ == "__main__":
    main()
