"""Why cross-entropy: D2L's two predictions that squared loss charges differently and cross-entropy alike."""
from __future__ import annotations

import numpy as np
import pandas as pd


def why_cross_entropy() -> pd.DataFrame:
    """D2L's example: both predictions give the true (third) class 0.6, so both classify correctly.

    D2L's squared loss ||y_hat - y||^2 / 2 still charges them differently (0.12 and 0.16): it is too
    strict, asking the wrong classes to match too. Cross-entropy charges both -log 0.6.
    """
    predictions = np.array([[0.2, 0.2, 0.6], [0.0, 0.4, 0.6]])
    onehot = np.array([0.0, 0.0, 1.0])
    return pd.DataFrame({
        "prediction": [str(tuple(float(v) for v in p)) for p in predictions],
        "squared": ((predictions - onehot) ** 2).sum(axis=1) / 2,
        "cross_entropy": -np.log(predictions[:, 2]),
    })
