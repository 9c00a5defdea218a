"""Building models (D2L 4.1–4.5, the notes' §8 深度学习计算): Block and Sequential, parameters, deferred
initialisation, custom layers, shared parameters, saving and loading.

    spec        the network a class builds, as compact text ("d256r,o0.5,d10"): a strict parser and its bounds
    blocks      the notes' Blocks (CenteredLayer, MyDense, MySequential, a Block with its own forward), the network
    structure   output shapes and parameter counts as Gluon reports them, its summary, the closed-form count,
                deferred initialisation step by step
    reinit      force_reinit with Normal, Xavier, Constant or the notes' MyInit: the new weights' histogram
    containers  Sequential, MySequential, a Block subclass and FancyMLP's control flow, given the same parameters
    shared      two layers sharing one params= object: the shared weight's gradient is the sum of both uses
    paramsfile  a .params file read as bytes and checked against the network, before MXNet sees it
    saved       save_parameters / load_parameters bit for bit, and an uploaded file loaded into a new network
    code        the runnable MXNet code the page shows

Every MXNet call runs on the engine's worker thread, each job building its own Blocks and arrays.
"""
from explain.errors import InputError
from explain.models.code import mxnet_code, ways_code
from explain.models.containers import WAYS, Ways, four_ways
from explain.models.paramsfile import MAX_BYTES, Entry, check_against, expected_entries, read_params
from explain.models.reinit import BINS, INITIALIZERS, Reinit, check_init, initializer_code, reinitialised, xavier_bound
from explain.models.saved import FILE_NAME, Loaded, RoundTrip, load_upload, round_trip, saved_file
from explain.models.shared import MAX_SEED, SHARED_BATCH, SHARED_IN, SHARED_UNITS, Shared, shared_gradient
from explain.models.spec import (ACTIVATIONS, DEFAULT, KINDS, MAX_BATCH, MAX_FEATURES, MAX_LAYERS, MAX_TEXT, MAX_UNITS,
                                 Layer, check_input, layer_token, network_text, parse_network, python_of)
from explain.models.structure import (STAGES, ParamState, Structure, closed_form_counts, compact_summary, stages,
                                      structure)

__all__ = [
    "InputError", "mxnet_code", "ways_code", "WAYS", "Ways", "four_ways", "MAX_BYTES", "Entry", "check_against",
    "expected_entries", "read_params", "BINS", "INITIALIZERS", "Reinit", "check_init", "initializer_code",
    "reinitialised", "xavier_bound", "FILE_NAME", "Loaded", "RoundTrip", "load_upload", "round_trip", "saved_file", "MAX_SEED",
    "SHARED_BATCH", "SHARED_IN", "SHARED_UNITS", "Shared", "shared_gradient", "ACTIVATIONS", "DEFAULT", "KINDS",
    "MAX_BATCH", "MAX_FEATURES", "MAX_LAYERS", "MAX_TEXT", "MAX_UNITS", "Layer", "check_input", "layer_token",
    "network_text", "parse_network", "python_of", "STAGES", "ParamState", "Structure", "closed_form_counts", "compact_summary", "stages",
    "structure",
]
