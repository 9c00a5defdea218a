"""A probe of Streamlit's frontend, not a page of the app: a chart whose table keeps its shape and changes its values.

tests/test_workarounds.py moves the slider and asks whether the bars follow. The first chart is sent as a plain
st.vega_lite_chart(table, spec) call; the second the way ui/blocks.chart sends it (the values' digest in the spec).
"""
import sys
from pathlib import Path

import pandas as pd
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for `ui`
from ui import blocks  # noqa: E402

v = st.slider("v", 0, 10, 1, key="v")
table = pd.DataFrame({"x": ["a", "b"], "y": [float(v), 10.0 - v]})
spec = {"mark": "bar", "encoding": {"x": {"field": "x", "type": "nominal"},
                                    "y": {"field": "y", "type": "quantitative", "scale": {"domain": [0, 10]}}},
        "width": 200, "height": 200}
st.vega_lite_chart(table, spec)
st.vega_lite_chart(table, {**spec, "usermeta": {"data": blocks.fingerprint(table)}})
