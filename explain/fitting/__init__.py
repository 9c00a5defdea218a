"""Under- and overfitting (D2L 3.11–3.12): polynomials fitted by Gluon's SGD, K-fold model selection, weight decay.

The package's modules, each about one thing:
- data: D2L 3.11's synthetic cubic, its samples and the model's features (scaled powers of x);
- sgd: the fast batched Gluon training (every epoch's affine map, many nn.Dense(1) side by side);
- closed_form: the exact minimiser of the training loss (least squares; ridge with weight decay);
- fit: one polynomial's fit (losses and weights per epoch, beside the closed form);
- verdicts: what the fit concludes (not converged, under-, overfitting, too few samples, a good fit) and what helps;
- select: K-fold model selection over the degrees;
- decay: D2L 3.12's high-dimensional data and the weight-decay sweep (in the span of the samples, by SVD);
- recipe: D2L's plain training loop, once: the page's code sample, the tests' reference, the bench's baseline;
- code: the page's code sample, the recipe's source with the page's settings.
`closed_form` below is the function (the module is explain.fitting.closed_form).
"""
from explain.errors import InputError
from explain.fitting import recipe
from explain.fitting.closed_form import analytic, closed_form, closed_form_loss, least_squares
from explain.fitting.code import mxnet_code
from explain.fitting.data import (CUBIC, MAX_DEGREE, MAX_EPOCHS, MAX_TRAIN, TRUE_B, TRUE_W, PolyData, features,
                                  polynomial, polynomial_data, power_scale, true_curve)
from explain.fitting.decay import (D2L_312_NORM, HD_B, HD_INPUTS, HD_NOISE, HD_TEST, HD_TRAIN, HD_W, LAMBDAS, Decay,
                                   decay_sweep, high_dim_data, weight_decay)
from explain.fitting.fit import D2L_311, D2L_311_B, D2L_311_W, D2L_SOURCE, Fit, d2l_cases, fit_polynomial, fit_scene
from explain.fitting.verdicts import (BETTER, GAP, OVER, SLOW, TINY, UNDER, Advice, Ends, Judged, Verdict, check_case,
                                      closed_losses, judge, judged_scene)
from explain.fitting.select import (CrossValidation, Selection, cross_validate, fold_init, fold_orders, fold_plans,
                                    fold_train_size, folds, model_selection, selection_scene)
from explain.fitting.sgd import FLOAT32_MAX, INIT_SCALE, Plan, StackedDense, batches, divergence, sgd_plan

__all__ = [
    "InputError", "recipe", "mxnet_code",
    # data
    "CUBIC", "MAX_DEGREE", "MAX_EPOCHS", "MAX_TRAIN", "TRUE_B", "TRUE_W", "PolyData", "features", "polynomial",
    "polynomial_data", "power_scale", "true_curve",
    # sgd
    "FLOAT32_MAX", "INIT_SCALE", "Plan", "StackedDense", "batches", "divergence", "sgd_plan",
    # closed_form
    "analytic", "closed_form", "closed_form_loss", "least_squares",
    # fit
    "D2L_311", "D2L_311_B", "D2L_311_W", "D2L_SOURCE", "Fit", "d2l_cases", "fit_polynomial", "fit_scene",
    # verdicts
    "BETTER", "GAP", "OVER", "SLOW", "TINY", "UNDER", "Advice", "Ends", "Judged", "Verdict", "check_case",
    "closed_losses", "judge", "judged_scene",
    # select
    "CrossValidation", "Selection", "cross_validate", "fold_init", "fold_orders", "fold_plans", "fold_train_size",
    "folds", "model_selection", "selection_scene",
    # decay
    "D2L_312_NORM", "HD_B", "HD_INPUTS", "HD_NOISE", "HD_TEST", "HD_TRAIN", "HD_W", "LAMBDAS", "Decay", "decay_sweep",
    "high_dim_data", "weight_decay",
]
