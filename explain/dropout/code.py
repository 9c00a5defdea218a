"""The runnable MXNet code the page shows: it prints the page's training-vs-prediction table for the page's seed."""
from __future__ import annotations

from explain.codetext import PREAMBLE, commented
from explain.dropout.masks import check_p


def mxnet_code(p1: float, p2: float, seed: int, layer: int = 1) -> str:
    """Runnable MXNet code: D2L's dropout on arange(16) with the shown layer's p, nd.Dropout and nn.Dropout in both
    modes with MXNet seeded as the page seeds it (so it prints the page's six rows), the notes' Gluon network."""
    p1, p2, seed = check_p(p1), check_p(p2), int(seed)
    p = p1 if layer == 1 else p2
    lines = [
        *PREAMBLE,
        ("import mxnet as mx", ""),
        ("import numpy as np", ""),
        ("from mxnet import autograd, init, nd", ""),
        ("from mxnet.gluon import nn", ""),
        ("", ""),
        ("def dropout(X, drop_prob, seed):", "D2L's from-scratch (inverted) dropout, seeded mask"),
        ("    if drop_prob == 1:", ""),
        ("        return X.zeros_like()", "everything dropped (0 · 1/0 would be NaN)"),
        ("    u = np.random.default_rng(seed).random(X.shape)", ""),
        ("    mask = nd.array(u >= drop_prob, dtype=X.dtype)", "kept with probability 1 − p"),
        ("    return mask * X / (1 - drop_prob)", "kept units scaled by 1/(1 − p)"),
        ("", ""),
        ("def hidden_dropout(H, drop_prob, seed):", "as D2L's from-scratch net uses it"),
        ("    if autograd.is_training():", "only while training"),
        ("        return dropout(H, drop_prob, seed)", ""),
        ("    return H", "predicting: unchanged"),
        ("", ""),
        ("X = nd.arange(16, dtype='float64').reshape((2, 8))", ""),
        ("with autograd.train_mode():", ""),
        (f"    print(hidden_dropout(X, {p!r}, seed={seed}))", "from scratch, training"),
        (f"mx.random.seed({seed})", "MXNet draws its own masks: seeded as the page does"),
        ("with autograd.train_mode():", ""),
        (f"    print(nd.Dropout(X, p={p!r}))", "nd.Dropout, training"),
        (f"print(nd.Dropout(X, p={p!r}))", "nd.Dropout, prediction: the identity"),
        (f"layer = nn.Dropout({p!r})", ""),
        ("with autograd.record():", ""),
        ("    print(layer(X))", "nn.Dropout, training"),
        ("print(layer(X))", "nn.Dropout, prediction: the identity"),
        ("", ""),
        (f"drop_prob1, drop_prob2 = {p1!r}, {p2!r}", "D2L: the smaller p nearer the input"),
        ("net = nn.Sequential()", ""),
        ("net.add(nn.Dense(256, activation='relu'), nn.Dropout(drop_prob1),", ""),
        ("        nn.Dense(256, activation='relu'), nn.Dropout(drop_prob2), nn.Dense(10))", ""),
        ("net.initialize(init.Normal(sigma=0.01))", ""),
    ]
    return commented(lines)
