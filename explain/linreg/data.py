"""D2L 3.2's synthetic data and the random parts of training (initial weights, shuffles): the recipe's own
functions, one definition, plus the checks of a run's settings."""
from __future__ import annotations

import math
import numbers

from explain.errors import InputError
from explain.linreg.recipe import FAR, TRUE_B, TRUE_W, plan, synthetic_data

__all__ = ["FAR", "TRUE_B", "TRUE_W", "INITS", "ENGINES", "MAX_EPOCHS", "MAX_N", "plan", "synthetic_data", "checked"]

INITS = ("d2l", "zeros", "far")  # D2L's N(0, 0.01²), all zeros, far from the optimum
ENGINES = ("scratch", "gluon")
MAX_EPOCHS = 20  # the longest run the page's claims are checked against (tests/linreg); the page's slider stops at 10
MAX_N = 100_000
MAX_WORK = 1_000_000  # examples visited in one run (epochs × n): 1000 epochs of D2L's 1000 examples


def _integer(name: str, value, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not float(value).is_integer():
        raise InputError("integer", f"{name} must be a whole number, not {value!r}", name=name, value=value)
    if not lo <= value <= hi:
        raise InputError("range", f"{name} must lie in [{lo}, {hi}], not {value}", name=name, value=value, lo=lo, hi=hi)
    return int(value)


def checked(lr, batch_size, epochs, n, noise, seed, init, engine) -> tuple:
    """The settings as numbers a run can use, or an InputError that says which one is not and why."""
    n = _integer("n", n, 1, MAX_N)
    batch_size = _integer("batch_size", batch_size, 1, n)
    epochs = _integer("epochs", epochs, 0, MAX_WORK // n)
    seed = _integer("seed", seed, 0, 2**32 - 1)
    for name, value in (("lr", lr), ("noise", noise)):
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or not math.isfinite(value):
            raise InputError("number", f"{name} must be a finite number, not {value!r}", name=name, value=value)
    if not lr > 0:
        raise InputError("lr", f"the learning rate must be positive, not {lr}", value=lr)
    if not 0 <= noise <= 100:
        raise InputError("range", f"noise must lie in [0, 100], not {noise}", name="noise", value=noise, lo=0, hi=100)
    if init not in INITS:
        raise InputError("choice", f"init must be one of {INITS}, not {init!r}", name="init", value=init)
    if engine not in ENGINES:
        raise InputError("choice", f"engine must be one of {ENGINES}, not {engine!r}", name="engine", value=engine)
    return float(lr), batch_size, epochs, n, float(noise), seed, init, engine
