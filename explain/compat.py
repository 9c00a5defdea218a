"""The one version switch of the stack: NumPy's `np.bool` alias, restored for MXNet 1.9.1 on NumPy 1.24+.

Why: MXNet 1.9.1 (its last release) reads `np.bool` when it is imported (mxnet/numpy/utils.py). NumPy
deprecated that alias in 1.20 and removed it in 1.24, so `import mxnet` raises AttributeError on any
NumPy from 1.24 up. Python 3.11 runs NumPy 1.23.5, which still has it; Python 3.12 has no wheel of any
NumPy below 1.26 (requirements.txt pins 1.26.4 there), so the alias is set here, on 1.24 <= NumPy < 2 only,
before MXNet is first imported (explain/__init__.py imports this module first). `bool` is exactly what
the removed alias was. NumPy 2 has `np.bool` again, but MXNet 1.9.1 requires NumPy < 2.

The code samples the pages show carry the same line with a comment, since a student runs them in a
fresh Python without this package. (Python 3.12's missing `distutils`, which MXNet also imports, is
supplied by setuptools in requirements.txt, not by code.)

When to delete: when MXNet 1.9.1 leaves the stack (no later MXNet release exists), or if the project
ever pins NumPy < 1.24 on every Python it supports. tests/test_platform.py checks that the alias is set
where, and only where, it is needed.
"""
import numpy as np
from numpy.lib import NumpyVersion

# True on NumPy 1.24-1.26: the alias was removed and not yet brought back (NumPy 2 restores np.bool).
NEEDS_BOOL_ALIAS = NumpyVersion(np.__version__) >= "1.24.0" and "bool" not in vars(np)

if NEEDS_BOOL_ALIAS:
    np.bool = bool
