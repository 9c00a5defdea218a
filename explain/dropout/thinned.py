"""The thinned networks a set of masks makes: which units and edges survive, and a layer before and after its masks.

Every thinned network shares the same weights (those of `layers(seed)`); only the mask differs. Where the
units are drawn is the chart's business (ui/charts/dropout.py): here only what is kept and what it carries.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from explain.dropout.forward import HIDDEN, layers
from explain.dropout.masks import MASKS, check_p, layer_masks


def network(p1, p2, seed: int, units: tuple) -> tuple[pd.DataFrame, pd.DataFrame]:
    """MASKS thinned networks: nodes (kept or dropped) and the edges between kept units, with their weights.

    `units` says how many units of each layer (input, hidden 1, hidden 2, output) to follow: the first of each.
    nodes: mask, layer, unit, kept; edges: mask, layer, source (unit of layer), target (unit of layer + 1), weight.
    """
    p1, p2 = check_p(p1), check_p(p2)
    weights = layers(seed).weights
    keep = [np.ones((MASKS, units[0]), bool), layer_masks(p1, seed, 1)[:, :units[1]],
            layer_masks(p2, seed, 2)[:, :units[2]], np.ones((MASKS, units[3]), bool)]
    mask, column, unit = (np.concatenate(parts) for parts in zip(*(
        (np.repeat(np.arange(MASKS), n), np.full(MASKS * n, k), np.tile(np.arange(n), MASKS))
        for k, n in enumerate(units))))
    kept = np.concatenate([keep[k].ravel() for k in range(4)])
    nodes = pd.DataFrame({"mask": mask, "layer": column, "unit": unit, "kept": kept})
    frames = []
    for k in range(3):
        # an edge survives when both of its ends are kept
        m, i, j = np.nonzero(keep[k][:, :, None] & keep[k + 1][:, None, :])
        frames.append(pd.DataFrame({"mask": m, "layer": k, "source": i, "target": j, "weight": weights[k][j, i]}))
    edges = pd.concat(frames, ignore_index=True).sort_values(["mask", "layer"], kind="stable", ignore_index=True)
    return nodes, edges


def grid(h: np.ndarray, p, seed: int, layer: int) -> pd.DataFrame:
    """A 256-unit layer before (mask −1), and for each mask the keep-mask and after (kept × 1/(1 − p))."""
    p = check_p(p)
    h = np.asarray(h, dtype=np.float64)
    masks = layer_masks(p, seed, layer)
    after = np.zeros(masks.shape) if p == 1.0 else masks * h[None, :] / (1 - p)
    count = masks.shape[0]
    unit = np.tile(np.arange(HIDDEN), 1 + 2 * count)
    panel = np.repeat(np.array(["before"] + ["mask", "after"] * count), HIDDEN)
    mask = np.repeat(np.concatenate([[-1], np.repeat(np.arange(count), 2)]), HIDDEN)
    value = np.concatenate([h] + [row for m in range(count) for row in (masks[m].astype(float), after[m])])
    kept = np.concatenate([np.ones(HIDDEN, bool)] + [masks[m] for m in range(count) for _ in range(2)])
    return pd.DataFrame({"panel": panel, "mask": mask, "unit": unit, "value": value, "kept": kept})
