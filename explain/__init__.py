"""First Look's pure logic: the maths behind each page, computed with MXNet, free of Streamlit."""
import os

# MXNet's NaiveEngine runs each operator synchronously: ~2x less overhead per small op,
# identical results. It must be chosen before MXNet is first imported.
os.environ.setdefault("MXNET_ENGINE_TYPE", "NaiveEngine")
