"""First Look's pure logic: the maths behind each page, computed with MXNet, free of Streamlit."""
import os

# MXNet's NaiveEngine runs each operator synchronously: ~2x less overhead per small op,
# identical results. It must be chosen before MXNet is first imported.
os.environ.setdefault("MXNET_ENGINE_TYPE", "NaiveEngine")
# The models here are tiny: one OpenMP thread per operator is faster than several that spin against each
# other and against the other sessions' reruns (a 21-degree K-fold sweep ran ~12x faster on 2 busy cores).
os.environ.setdefault("OMP_NUM_THREADS", "1")
from explain import compat  # noqa: E402,F401  (first of explain: np.bool for MXNet 1.9.1 on NumPy >= 1.24, after the threads are set)
