"""The runnable MXNet code the page shows: D2L's dropout on arange(16), nd.Dropout in both modes, the notes' network."""
from __future__ import annotations

from explain.codetext import commented


def mxnet_code(p1: float, p2: float, seed: int) -> str:
    """Runnable MXNet code: D2L's dropout on arange(16), nd.Dropout in both modes, the notes' Gluon network."""
    lines = [
        ("import numpy as np", ""),
        ("from mxnet import autograd, init, nd", ""),
        ("from mxnet.gluon import nn", ""),
        ("", ""),
        ("def dropout(X, drop_prob, seed):", "D2L's from-scratch dropout, with a seeded mask"),
        ("    if drop_prob == 1:", ""),
        ("        return X.zeros_like()", "everything dropped (0 · 1/0 would be NaN)"),
        ("    u = np.random.default_rng(seed).random(X.shape)", ""),
        ("    mask = nd.array(u >= drop_prob, dtype=X.dtype)", "kept with probability 1 − p"),
        ("    return mask * X / (1 - drop_prob)", "kept units scaled by 1/(1 − p)"),
        ("", ""),
        ("X = nd.arange(16, dtype='float64').reshape((2, 8))", ""),
        (f"print(dropout(X, {p1!r}, seed={seed}))", ""),
        ("with autograd.train_mode():", "training: MXNet's Dropout draws its own mask"),
        (f"    print(nd.Dropout(X, p={p1!r}))", ""),
        (f"print(nd.Dropout(X, p={p1!r}))", "prediction: the identity"),
        ("", ""),
        (f"drop_prob1, drop_prob2 = {p1!r}, {p2!r}", ""),
        ("net = nn.Sequential()", ""),
        ("net.add(nn.Dense(256, activation='relu'), nn.Dropout(drop_prob1),", ""),
        ("        nn.Dense(256, activation='relu'), nn.Dropout(drop_prob2), nn.Dense(10))", ""),
        ("net.initialize(init.Normal(sigma=0.01))", ""),
    ]
    return commented(lines)
