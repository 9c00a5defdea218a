"""save_parameters / load_parameters (读取和存储): the round trip bit for bit, and a file a student uploads,
checked as bytes first (explain.models.paramsfile), loaded only into a new network built for it."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass

import numpy as np

from explain import engine
from explain.models.blocks import sequential, widths
from explain.models.paramsfile import check_against, expected_entries, read_params
from explain.models.spec import check_input, parse_network
from explain.models.structure import input_array

__all__ = ["RoundTrip", "round_trip", "saved_file", "Loaded", "load_upload", "FILE_NAME"]

FILE_NAME = "net.params"


@dataclass(frozen=True)
class RoundTrip:
    size: int  # bytes of the .params file save_parameters wrote (saved_file gives them: kept out of caches)
    names: tuple[str, ...]  # the arrays in it, as save_parameters names them
    same_bits: bool  # every loaded parameter equals the saved one bit for bit
    same_output: bool  # a new net, load_parameters, the same X: the same output bit for bit
    output: np.ndarray  # the first row of net(X) (a page's cache keeps no more)
    differing: int  # how many parameter values differed before loading (a new net starts elsewhere)


@dataclass(frozen=True)
class Loaded:
    names: tuple[str, ...]
    output: np.ndarray  # the first row of the output of the network with the file's parameters, on the page's X
    same_as_page: bool  # the file holds exactly the page's own parameters


def round_trip(text: str, batch: int, features: int, seed: int = 0) -> RoundTrip:
    """net.save_parameters(file); a second network of the same architecture; load_parameters(file)."""
    layers = parse_network(text)
    batch, features = check_input(batch, features)
    return engine.run(_round_trip_job, layers, batch, features, int(seed))


def saved_file(text: str, batch: int, features: int, seed: int = 0) -> bytes:
    """The .params file of the page's network (the download), the same bytes for the same settings."""
    layers = parse_network(text)
    batch, features = check_input(batch, features)
    return engine.run(_saved_job, layers, batch, features, int(seed))


def _saved_job(layers, batch, features, seed):
    net, _, _ = _page_net(layers, batch, features, seed)
    return _written(net)


def _written(net) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, FILE_NAME)
        net.save_parameters(path)
        with open(path, "rb") as file:
            return file.read()


def _values(net) -> list[np.ndarray]:
    return [p.data().asnumpy() for p in net.collect_params().values()]


def _page_net(layers, batch, features, seed):
    """The page's network with the page's parameters: X seeded, initialize(), net(X)."""
    X = input_array(batch, features, seed)
    net = sequential(layers, features)
    net.initialize()
    return net, X, net(X)


def _round_trip_job(layers, batch, features, seed):
    net, X, output = _page_net(layers, batch, features, seed)
    data = _written(net)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, FILE_NAME)
        with open(path, "wb") as file:
            file.write(data)
        clone = sequential(layers, features, prefix="clone_")
        clone.initialize()
        clone(X)
        differing = sum(int((a != b).sum()) for a, b in zip(_values(net), _values(clone)))
        clone.load_parameters(path)
    same = all(a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()
               for a, b in zip(_values(net), _values(clone)))
    names = tuple(e.name for e in read_params(data))
    output, loaded = output.asnumpy(), clone(X).asnumpy()
    return RoundTrip(len(data), names, same, output.tobytes() == loaded.tobytes(), output[:1].copy(), differing)


def load_upload(data: bytes, text: str, batch: int, features: int, seed: int = 0) -> Loaded:
    """An uploaded file's parameters in a new network of the page's architecture, or an InputError that names what
    does not match (checked on the bytes before MXNet sees them)."""
    layers = parse_network(text)
    batch, features = check_input(batch, features)
    entries = read_params(bytes(data))
    check_against(entries, expected_entries(layers, widths(layers, features)))
    return engine.run(_load_job, bytes(data), layers, batch, features, int(seed), tuple(e.name for e in entries))


def _load_job(data, layers, batch, features, seed, names):
    own, X, _ = _page_net(layers, batch, features, seed)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, FILE_NAME)
        with open(path, "wb") as file:
            file.write(data)
        net = sequential(layers, features, prefix="upload_")
        net.initialize()
        net(X)
        net.load_parameters(path)
    same = all(a.tobytes() == b.tobytes() for a, b in zip(_values(own), _values(net)))
    return Loaded(names, net(X).asnumpy()[:1].copy(), same)
