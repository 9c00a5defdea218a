"""explain.models against independent oracles: the closed-form count and shapes, Gluon's own summary, MXNet's own
nd.load, a NumPy forward and backward pass for the shared weight, the D2L control-flow rule, the code run as shown."""
import json
import os
import re
import struct
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from explain import models as bm
from explain.engine import run as engine_run
from pagetools import HOSTILE

NETWORKS = ["d256r,d10", "d256r,o0.5,d256r,o0.2,d10", "c,m8,d3", "d1", "m512,d512t,o1,c,d7s,d2",
            "o0,c,d5r,m3,o0.35,d4"]


# --- the compact text -------------------------------------------------------------------------------------

layers_strategy = st.lists(st.one_of(
    st.builds(bm.Layer, st.just("dense"), st.integers(1, bm.MAX_UNITS), st.sampled_from([None, "relu", "sigmoid", "tanh"])),
    st.builds(lambda p: bm.Layer("dropout", p=p / 100), st.integers(0, 100)),
    st.just(bm.Layer("centered")),
    st.builds(lambda u: bm.Layer("mydense", u, "relu"), st.integers(1, bm.MAX_UNITS))), min_size=1, max_size=bm.MAX_LAYERS)


@given(layers_strategy)
def test_every_network_is_written_and_read_back(layers):
    text = bm.network_text(layers)
    assert bm.parse_network(text) == tuple(layers)
    assert bm.parse_network(" " + text.upper().replace(",", " , ") + " ") == tuple(layers)


@pytest.mark.parametrize("text, code", [
    ("", "empty"), (" ", "empty"), ("d0", "units"), ("d513", "units"), ("d0256", "units"), ("m0", "units"),
    ("d10x", "token"), ("o1.5", "p"), ("o-0.1", "p"), ("o0.123", "p"), ("d10,,d10", "token"), ("x", "token"),
    (",".join(["d4"] * 7), "layers"), ("d1," * 40, "long"), ("__import__('os')", "token"), ("d1e3", "token"),
    ("d 10", "token"), ("dense(10)", "token"), ("o", "token"), ("d-5", "token"), ("c1", "token")])
def test_malformed_or_out_of_range_text_is_an_input_error_naming_why(text, code):
    with pytest.raises(bm.InputError) as caught:
        bm.parse_network(text)
    assert caught.value.code == code


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_refused(text):
    with pytest.raises(bm.InputError):
        bm.parse_network(text)


@given(st.text(max_size=40))
def test_any_text_parses_or_is_refused_never_crashes(text):
    try:
        layers = bm.parse_network(text)
    except bm.InputError:
        return
    assert 1 <= len(layers) <= bm.MAX_LAYERS and all(layer.units <= bm.MAX_UNITS for layer in layers)


@pytest.mark.parametrize("batch, features", [(0, 3), (65, 3), (2, 0), (2, 1025), (2.5, 3), ("2", 3), (True, 3)])
def test_input_shape_bounds(batch, features):
    with pytest.raises(bm.InputError):
        bm.check_input(batch, features)


# --- counts and shapes --------------------------------------------------------------------------------------

def closed_form(text, batch, features):
    """Shapes and counts written from the definitions: Dense and MyDense map m inputs to n units with m·n + n."""
    shapes, counts, width = [], [], features
    for token in text.split(","):
        units = int(re.sub(r"[^0-9]", "", token)) if token[0] in "dm" else None
        counts.append((width + 1) * units if units else 0)
        width = units or width
        shapes.append((batch, width))
    return shapes, counts


def summary_numbers(summary: str):
    """The Param # column of Gluon's printed summary and its 'Total params' line."""
    rows = [int(line.split()[-1]) for line in summary.splitlines() if re.match(r"\s*\S+-\d+\s", line)]
    total = int(re.search(r"Total params: (\d+)", summary).group(1))
    unique = int(re.search(r"Unique parameters in model: (\d+)", summary).group(1))
    return rows, total, unique


@pytest.mark.parametrize("text", NETWORKS)
@pytest.mark.parametrize("batch, features, given_in", [(2, 20, False), (1, 784, False), (5, 3, True)])
def test_counts_and_shapes_equal_gluon_and_the_closed_form(text, batch, features, given_in):
    s = bm.structure(text, batch, features, given_in)
    shapes, counts = closed_form(text, batch, features)
    assert list(s.shapes) == shapes
    assert list(s.counts) == counts == list(bm.closed_form_counts(s.layers, features))
    rows, total, unique = summary_numbers(s.summary)
    assert s.total == sum(counts) == total == unique == sum(rows)
    compact = bm.compact_summary(s.summary)
    assert summary_numbers(compact) == (rows, total, unique) and max(map(len, compact.splitlines())) <= 64
    listed = re.findall(r"shape=\(([0-9, ]+)\)", s.listing)
    assert sum(int(np.prod([int(d) for d in shape.split(",") if d.strip()])) for shape in listed) == s.total


def test_dense_256_on_784_inputs_has_200960_parameters():
    assert bm.structure("d256", 1, 784).counts == (784 * 256 + 256,) == (200_960,)


def test_deferred_initialisation_step_by_step():
    seen = bm.stages("d256r,c,m8,d10", 2, 20)
    assert [p.shape for p in seen["built"]] == [(256, 0), (256,), (256, 8), (8,), (10, 0), (10,)]
    assert [p.state for p in seen["built"]] == ["none"] * 6
    assert [p.shape for p in seen["initialized"]] == [p.shape for p in seen["built"]]  # initialize() alone: still 0
    assert [p.state for p in seen["initialized"]] == ["deferred", "ready", "ready", "ready", "deferred", "ready"]
    assert [p.shape for p in seen["forward"]] == [(256, 20), (256,), (256, 8), (8,), (10, 8), (10,)]
    assert {p.state for p in seen["forward"]} == {"ready"}
    known = bm.stages("d256r,d10", 2, 20, give_in_units=True)
    assert [p.shape for p in known["built"]] == [(256, 20), (256,), (10, 256), (10,)]
    assert {p.state for p in known["initialized"]} == {"ready"}
    assert [p.name for p in known["built"]] == ["net_dense0_weight", "net_dense0_bias", "net_dense1_weight",
                                                 "net_dense1_bias"]  # the same names in every session


# --- initializers ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, features", [("d256r,d10", 20), ("m64,d3", 100)])
def test_reinitialisation_follows_each_initializer(text, features):
    normal = bm.reinitialised(text, 2, features, "normal", 0.05, 0.5)
    n = int(np.prod(normal.shape))
    assert normal.counts.sum() == n and len(normal.edges) == bm.BINS + 1
    assert abs(normal.std - 0.05) < 5 * 0.05 / np.sqrt(2 * n) + 1e-3 and abs(normal.mean) < 5 * 0.05 / np.sqrt(n)
    assert normal.bias_zero and -0.07 <= normal.before_low < normal.before_high <= 0.07  # Gluon's default Uniform(0.07)
    xavier = bm.reinitialised(text, 2, features, "xavier", 0.05, 0.5)
    a = bm.xavier_bound(xavier.shape)
    fan_out, fan_in = xavier.shape
    assert a == pytest.approx(np.sqrt(6 / (fan_in + fan_out)))
    assert -a <= xavier.low and xavier.high <= a and xavier.std == pytest.approx(a / np.sqrt(3), rel=0.1)
    constant = bm.reinitialised(text, 2, features, "constant", 0.05, -0.3)
    assert constant.low == constant.high == pytest.approx(-0.3, abs=1e-7) and constant.std == 0 and constant.bias_zero
    mine = bm.reinitialised(text, 2, features, "myinit", 0.05, 0.5)
    assert -10 <= mine.low and mine.high <= 10 and 0.4 < mine.zeros < 0.6  # |w| < 5 zeroed: half of U(−10, 10)
    centre = (mine.edges[:-1] + mine.edges[1:]) / 2
    assert mine.counts[(np.abs(centre) < 4.5) & (np.abs(centre) > 0.5)].sum() == 0


def test_no_weights_no_histogram():
    assert bm.reinitialised("c,o0.5", 2, 4, "normal", 0.01, 0.5) is None


# --- Block, Sequential, MySequential, FancyMLP ----------------------------------------------------------------

@pytest.mark.parametrize("text", NETWORKS)
def test_four_ways_give_the_same_output_for_the_same_parameters(text):
    ways = bm.four_ways(text, 3, 12, seed=4)
    assert ways.differences["mysequential"] == ways.differences["block"] == 0
    base = ways.outputs["sequential"].astype(np.float64)
    norm, scale = ways.norm, 1.0
    while norm * scale > 1:  # D2L's FancyMLP, in float64: halve while above 1, ×10 if then below 0.8
        scale /= 2
    scale *= 10 if norm * scale < 0.8 else 1
    assert ways.scale == scale and ways.fancy_norm == pytest.approx(norm * scale, rel=1e-5)
    np.testing.assert_allclose(ways.outputs["fancy"], base * scale, rtol=1e-5, atol=1e-7)
    assert ways.differences["fancy"] <= 1e-6 * max(1.0, norm) and ways.outputs["block"].shape[0] == 1
    structure = bm.structure(text, 3, 12, seed=4)  # the same network, X and values: the same output, row for row
    assert ways.outputs["sequential"].shape == (1, structure.shapes[-1][1])


# --- shared parameters -----------------------------------------------------------------------------------------

def numpy_gradient(s):
    """y = sum(W4 h3 + b4), h1 = tanh(W1 x + b1), h2 = tanh(S h1 + bS), h3 = tanh(S h2 + bS): dy/dS by hand."""
    w, b, x = {k: v.astype(np.float64) for k, v in s.weights.items()}, s.biases, s.x.astype(np.float64)
    h1 = np.tanh(x @ w["first"].T + b["first"])
    h2 = np.tanh(h1 @ w["shared"].T + b["shared"])
    h3 = np.tanh(h2 @ w["shared"].T + b["shared"])
    d3 = np.ones((len(x), 1)) @ w["last"] * (1 - h3**2)  # dy/d(pre-activation of the third layer)
    g2 = d3.T @ h2  # the second use
    d2 = d3 @ w["shared"] * (1 - h2**2)
    g1 = d2.T @ h1  # the first use
    return g1, g2


@pytest.mark.parametrize("seed", [0, 1, 7, 99])
def test_the_shared_weights_gradient_is_the_sum_of_both_uses(seed):
    s = bm.shared_gradient(seed)
    g1, g2 = numpy_gradient(s)
    np.testing.assert_allclose(s.use1, g1, rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(s.use2, g2, rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(s.tied, s.use1 + s.use2, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(s.tied, g1 + g2, rtol=1e-4, atol=1e-6)
    assert s.same_object and s.unique == 4 * 3 + 3 + 3 * 3 + 3 + 3 + 1 and s.used == s.unique + 3 * 3 + 3


# --- save and load ---------------------------------------------------------------------------------------------

def mxnet_load(data: bytes):
    """MXNet's own reading of the bytes (the oracle for our parser)."""
    import tempfile
    from mxnet import nd

    def job():
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "x.params")
            with open(path, "wb") as f:
                f.write(data)
            return {k: v.asnumpy() for k, v in nd.load(path).items()}
    return engine_run(job)


@pytest.mark.parametrize("text", NETWORKS)
def test_the_round_trip_is_bit_identical_and_the_parser_reads_what_mxnet_reads(text):
    r = bm.round_trip(text, 2, 9, seed=2)
    assert r.same_bits and r.same_output and r.differing > 0
    data = bm.saved_file(text, 2, 9, seed=2)
    assert len(data) == r.size and data == bm.saved_file(text, 2, 9, seed=2)  # the same file every time
    loaded = mxnet_load(data)
    entries = bm.read_params(data)
    assert [e.name for e in entries] == list(loaded) == list(r.names)
    for e in entries:
        assert e.shape == loaded[e.name].shape and e.dtype == "float32"
        size = int(np.prod(e.shape)) * 4
        assert data[e.offset:e.offset + size] == loaded[e.name].tobytes()
    layers = bm.parse_network(text)
    from explain.models.blocks import widths
    assert dict((e.name, e.shape) for e in entries) == bm.expected_entries(layers, widths(layers, 9))
    back = bm.load_upload(data, text, 2, 9, seed=2)
    assert back.same_as_page and np.array_equal(back.output[:1], r.output)
    assert not bm.load_upload(data, text, 2, 9, seed=3).same_as_page


def saved(arrays: dict) -> bytes:
    """A file written by MXNet's nd.save (float64, sparse, foreign names…)."""
    import tempfile
    from mxnet import nd

    def job():
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "x.params")
            nd.save(path, {k: v() for k, v in arrays.items()})
            with open(path, "rb") as f:
                return f.read()
    return engine_run(job)


def refused(data, text="d8r,d3", features=4):
    with pytest.raises(bm.InputError) as caught:
        bm.load_upload(data, text, 2, features)
    return caught.value


def test_every_bad_upload_is_named():
    good = bm.saved_file("d8r,d3", 2, 4)
    assert refused(b"\0" * (bm.MAX_BYTES + 1)).code == "too_big"
    for cut in sorted({1, 8, 23, 24, 30, 40, 60, 100, len(good) // 2, len(good) - 20, len(good) - 1}):
        assert refused(good[:cut]).code in ("truncated", "foreign"), cut
    assert refused(good[:100]).code == "truncated"
    assert refused(good + b"\0").code == "trailing"
    assert refused(b"").code == "foreign"
    assert refused(b"\x89PNG\r\n\x1a\n" + bytes(200)).code == "foreign"
    import pickle
    assert refused(pickle.dumps({"0.weight": [1.0] * 32})).code == "foreign"  # never unpickled
    other = refused(bm.saved_file("d8r,d4", 2, 4))
    assert other.code == "shape" and other.params["name"] == "1.weight" and "(4, 8)" in other.params["file"]
    missing = refused(bm.saved_file("d8r", 2, 4))
    assert missing.code == "missing" and "1.weight" in missing.params["names"]
    extra = refused(bm.saved_file("d8r,d3,d2", 2, 4))
    assert extra.code == "extra" and "2.weight" in extra.params["names"]
    assert refused(bm.saved_file("d8r,d3", 2, 5)).code == "shape"  # another input size
    from mxnet import nd
    wide = saved({"0.weight": lambda: nd.zeros((8, 4), dtype="float64"), "0.bias": lambda: nd.zeros(8),
                  "1.weight": lambda: nd.zeros((3, 8)), "1.bias": lambda: nd.zeros(3)})
    assert refused(wide).code == "dtype"
    sparse = saved({"0.weight": lambda: nd.zeros((8, 4)).tostype("row_sparse")})
    assert refused(sparse).code == "sparse"
    bad_magic = bytearray(good)
    bad_magic[24:28] = struct.pack("<I", 0xDEADBEEF)
    assert refused(bytes(bad_magic)).code == "foreign"
    huge = bytearray(good[:36]) + struct.pack("<qq", 10**9, 10**9) + good[52:]
    assert refused(bytes(huge)).code in ("too_big", "truncated", "foreign")


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_a_damaged_file_is_refused_or_loads_never_crashes(data):
    good = bm.saved_file("d8r,d3", 2, 4)
    where = data.draw(st.integers(0, len(good) - 1))
    byte = data.draw(st.integers(0, 255))
    damaged = good[:where] + bytes([byte]) + good[where + 1:]
    try:
        bm.load_upload(damaged, "d8r,d3", 2, 4)
    except bm.InputError:
        pass


# --- the code the page shows ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, batch, features, given_in, init, seed", [
    ("d256r,d10", 2, 20, False, "normal", 0), ("d16t,o0.5,c,m8,d3s", 3, 7, True, "myinit", 5),
    ("c,d4", 1, 3, False, "xavier", 1), ("m5,d2", 2, 6, False, "constant", 9)])
def test_the_code_runs_as_shown_and_prints_the_pages_numbers(tmp_path, text, batch, features, given_in, init, seed):
    source = bm.mxnet_code(text, batch, features, given_in, init, 0.02, 0.25, seed)
    env = {k: v for k, v in os.environ.items() if k not in ("MXNET_ENGINE_TYPE", "OMP_NUM_THREADS")}
    out = subprocess.run([sys.executable, "-c", source], cwd=tmp_path, capture_output=True, text=True, env=env,
                         timeout=120, check=True).stdout
    s = bm.structure(text, batch, features, given_in, seed)
    layers = re.findall(r"layer (\d+) output \(([0-9, ]+)\) params (\d+)", out)
    assert [tuple(int(d) for d in shape.split(",")) for _, shape, _ in layers] == list(s.shapes)
    assert [int(c) for _, _, c in layers] == list(s.counts)
    assert f"total {s.total}" in out
    built = re.findall(r"built (\S+) \(([0-9, ]*)\)", out)
    seen = bm.stages(text, batch, features, given_in)["built"]
    assert [(n, tuple(int(d) for d in shape.split(",") if d.strip())) for n, shape in built] == \
           [(p.name, p.shape) for p in seen]
    r = bm.reinitialised(text, batch, features, init, 0.02, 0.25, seed)
    mean, std = map(float, re.search(r"mean (\S+) std (\S+)", out).groups())
    assert mean == pytest.approx(r.mean, abs=2e-6) and std == pytest.approx(r.std, rel=1e-4, abs=2e-6)
    size = bm.round_trip(text, batch, features, seed).size
    assert f"round trip identical: True {size} bytes" in out
    shared = bm.shared_gradient(seed)
    assert "shared True" in out
    printed = json.loads(re.search(r"shared gradient (\[.*\])", out).group(1))
    np.testing.assert_allclose(printed, shared.tied, rtol=1e-5, atol=1e-6)


def test_the_ways_code_is_the_classes_that_ran():
    source = bm.ways_code()
    for name in ("class MySequential(nn.Block)", "class MLP(nn.Block)", "class FancyMLP(MLP)", "self._children[block.name] = block",
                 "while x.norm().asscalar() > 1"):
        assert name in source, name
    compile(source, "ways", "exec")


def test_many_sessions_at_once_see_the_same_numbers():
    """Forty sessions asking at once (threads, as Streamlit runs reruns): every job on the one MXNet worker, each
    seeding its own generator, so each answer equals the one asked alone."""
    from concurrent.futures import ThreadPoolExecutor
    asks = [(("d64r,o0.5,m8,d3", 2, 20, "normal", 0.1, 1.0, k % 5), k) for k in range(40)]
    alone = {k: bm.reinitialised(*args) for args, k in asks[:5]}
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(lambda a: (a[1], bm.reinitialised(*a[0]), bm.four_ways(a[0][0], 2, 20, a[0][-1])), asks))
    for k, r, w in together:
        first = alone[k % 5]
        assert r.mean == first.mean and r.std == first.std and np.array_equal(r.counts, first.counts)
        assert np.array_equal(w.outputs["sequential"], bm.four_ways("d64r,o0.5,m8,d3", 2, 20, k % 5).outputs["sequential"])
