"""Autograd: the explain calls uncached (CPU), and page reruns after each control through AppTest, uncached (a value
never asked before) and cached (values cycled), in wall time and for three moves in CPU time. Prints p50/p95;
asserts no times. python bench/autograd.py [count]"""
import sys
import time

from common import open_page, report, time_reruns


def cpu_ms(fn, count):
    samples = []
    for k in range(count):
        start = time.process_time()
        fn(k)
        samples.append((time.process_time() - start) * 1000)
    return samples


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    import numpy as np

    from explain import autograd as ag
    ag.graph()  # MXNet's first operators (one-off set-up)
    x = ag.parse_x(ag.DEFAULT_X)
    report("autograd: notes_example (CPU)", cpu_ms(lambda k: ag.notes_example(x + k), count))
    report("autograd: non_scalar (CPU)", cpu_ms(lambda k: ag.non_scalar(x + k, "first"), count))
    report("autograd: control_flow (CPU)", cpu_ms(lambda k: ag.control_flow(ag.A_VALUES[k % len(ag.A_VALUES)]), count))
    report("autograd: graph forward+backward+SGD (CPU)", cpu_ms(lambda k: ag.graph("tanh", 0.1, 0.5, k % 100), count))
    report("autograd: memory 784-256-10 b256 (CPU)", cpu_ms(lambda k: ag.memory(), min(count, 10)))
    report("autograd: mxnet_code (CPU)", cpu_ms(lambda k: ag.mxnet_code(x, "ones", 1.0, "relu", 0.1, 0.5, k % 100), count))
    del np

    at = open_page("pages/7_autograd.py", timeout=120)
    assert not at.exception, at.exception
    moves = {
        "typed x (uncached)": lambda at, k: at.text_input(key="agx").set_value(f"{k}, 1, 2, 3"),
        "seed slider (uncached)": lambda at, k: at.slider(key="agseed").set_value(1 + k % 99),
        "activation (cached)": lambda at, k: at.selectbox(key="agact").set_value(ag.ACTIVATIONS[k % 3]),
        "head gradient (cached)": lambda at, k: at.radio(key="aghead").set_value(ag.HEADS[k % 3]),
        "a (cached)": lambda at, k: at.selectbox(key="aga").set_value(ag.A_VALUES[k % len(ag.A_VALUES)]),
        "penalty λ (cached)": lambda at, k: at.selectbox(key="aglam").set_value(ag.LAMBDAS[k % len(ag.LAMBDAS)]),
        "learning rate (cached)": lambda at, k: at.selectbox(key="aglr").set_value(
            ag.LEARNING_RATES[k % len(ag.LEARNING_RATES)]),
    }
    for name, move in moves.items():
        report(f"autograd: {name}", time_reruns(at, move, count))
    # CPU time of the whole process per rerun (all threads): what a rerun costs, whatever else runs on the machine
    for name in ("typed x (uncached)", "seed slider (uncached)", "a (cached)"):
        samples = []
        for k in range(count):
            moves[name](at, k + count)
            start = time.process_time()
            at.run()
            samples.append((time.process_time() - start) * 1000)
        report(f"autograd: {name}, CPU", samples)


if __name__ == "__main__":
    main()
