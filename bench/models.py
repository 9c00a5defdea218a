"""Building models: explain's calls uncached (the notes' MLP and the largest network the page allows), an upload
checked and loaded, and page reruns after a control (uncached and cached). Prints p50/p95; asserts no times.
python bench/models.py [count]"""
import sys
import time

from common import open_page, report, time_reruns

BIGGEST = ("m512,d512t,o1,c,d7s,d2", 64, 1024)


def wall_ms(fn, count):
    samples = []
    for _ in range(count):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    from explain import models as bm
    bm.structure(bm.DEFAULT, 2, 20)  # MXNet's first operators (one-off set-up)
    for name, (text, batch, features) in (("notes' MLP", (bm.DEFAULT, 2, 20)), ("largest", BIGGEST)):
        n = count if name != "largest" else max(5, count // 3)
        report(f"models: structure, {name}", wall_ms(lambda: bm.structure(text, batch, features), n))
        report(f"models: stages, {name}", wall_ms(lambda: bm.stages(text, batch, features), n))
        report(f"models: reinitialised Xavier, {name}", wall_ms(
            lambda: bm.reinitialised(text, batch, features, "xavier", 0.01, 1.0), n))
        report(f"models: four_ways, {name}", wall_ms(lambda: bm.four_ways(text, batch, features), n))
        report(f"models: round_trip, {name}", wall_ms(lambda: bm.round_trip(text, batch, features), n))
        data = bm.saved_file(text, batch, features)
        report(f"models: upload checked + loaded, {name}", wall_ms(lambda: bm.load_upload(data, text, batch, features), n))
    report("models: shared_gradient", wall_ms(lambda: bm.shared_gradient(3), count))

    at = open_page("pages/8_models.py", timeout=120)
    assert not at.exception, at.exception
    report("models page: seed slider (uncached)", time_reruns(
        at, lambda at, k: at.slider(key="bmseed").set_value(1 + k % 99), count))
    report("models page: features slider (uncached)", time_reruns(
        at, lambda at, k: at.slider(key="bmfeat").set_value(30 + k), count))
    report("models page: run-up-to radio (cached)", time_reruns(
        at, lambda at, k: at.radio(key="bmstage").set_value(("built", "initialized", "forward")[k % 3]), count))
    report("models page: type a network (cached)", time_reruns(
        at, lambda at, k: at.text_input(key="bmnet").set_value(("d256r,d10", "d16r,c,m8,d3", "d64,o0.5,d10")[k % 3]),
        count))


if __name__ == "__main__":
    main()
