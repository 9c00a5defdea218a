"""Linear regression and minibatch SGD (D2L 3.1–3.3): the data, the closed form, the training path.

Modules: recipe (the plain loops the page shows), data (D2L's data, the run's random parts, the checks),
surface (the loss as a quadratic: closed form, curvature, the loss surface), steps (every step at once:
the fast, identical path), path (the contract's sgd_path), lesson (what the page shows), code (the code
sample), timing (vectorised versus an element loop), verdicts (what a run did, as a kind with its numbers).
"""
from explain.errors import InputError
from explain.linreg.code import mxnet_code
from explain.linreg.data import ENGINES, FAR, INITS, MAX_EPOCHS, TRUE_B, TRUE_W, plan, synthetic_data
from explain.linreg.lesson import N, Lesson, lesson, surface
from explain.linreg.path import DIVERGED, Path, sgd_path
from explain.linreg.surface import closed_form, curvature, loss_of, lr_limit, quadratic
from explain.linreg.timing import Timing, vector_timing
from explain.linreg.verdicts import FLOOR_TOLERANCE, NOISY, Outcome, gd_loss, outcome

__all__ = ["InputError", "mxnet_code", "ENGINES", "FAR", "INITS", "MAX_EPOCHS", "TRUE_B", "TRUE_W", "plan",
           "synthetic_data", "N", "Lesson", "lesson", "surface", "DIVERGED", "Path", "sgd_path", "closed_form",
           "curvature", "loss_of", "lr_limit", "quadratic", "Timing", "vector_timing", "FLOOR_TOLERANCE", "NOISY",
           "Outcome", "gd_loss", "outcome"]
