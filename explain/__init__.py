"""First Look's pure logic: the maths behind each page, computed with MXNet, free of Streamlit."""
import os
import platform

# MXNet's NaiveEngine runs each operator synchronously: ~2x less overhead per small op,
# identical results. It must be chosen before MXNet is first imported.
os.environ.setdefault("MXNET_ENGINE_TYPE", "NaiveEngine")
# The models here are tiny: one OpenMP thread per operator is faster than several that spin against each
# other and against the other sessions' reruns (a 21-degree K-fold sweep ran ~12x faster on 2 busy cores).
os.environ.setdefault("OMP_NUM_THREADS", "1")
from explain import compat  # noqa: E402,F401  (first of explain: np.bool for MXNet 1.9.1 on NumPy >= 1.24, after the threads are set)

# MXNet's matrix products (batch_dot, dot) run in the OpenBLAS 0.3.13 its wheel bundles, which picks its kernels
# by the CPU it finds: Haswell's FMA kernels on one machine, the plain SSE3 "Prescott" ones on a CPU it does not
# know (this server's Xeon). They round differently in the last bit, and a trained network amplifies that: the
# dropout page's plain model ended 2.6 % apart. Every x86-64 CPU runs the SSE3 kernels, so they are pinned, and
# the same inputs and seed give the same bits on every machine. Set (not defaulted) after NumPy is loaded and before
# MXNet is, so MXNet's OpenBLAS reads it and NumPy's keeps its own choice. engine.blas_kernels() names what was loaded.
BLAS_KERNELS = "Prescott"
if platform.machine().lower() in ("x86_64", "amd64"):
    os.environ["OPENBLAS_CORETYPE"] = BLAS_KERNELS
