"""Dropout: seeded masks, the 1/(1−p) scaling, training vs prediction mode, and its effect on overfitting.

    forward        the notes' 784-256-256-10 network, one seeded input through it (prediction mode)
    masks          keep-masks from a seed, D2L's from-scratch dropout
    thinned        the thinned networks of a set of masks; a hidden layer before and after its masks
    training_mode  training vs prediction mode: our dropout, nd.Dropout, nn.Dropout
    statistics     each unit's mean over many masks, the Binomial count of kept units
    twins          the same wide MLP trained with and without dropout (one stacked Gluon block)
    recorded       those trainings recorded for every pair of slider positions (dropout_runs.npz)
    comparison     the comparison the page draws: losses, fitted functions, gaps
    verdicts       what it concludes (the test loss's rise, the thinned networks' average, the gaps), kind + numbers
    code           the runnable MXNet code the page shows

`from explain import dropout as do; do.network(...)` reaches every public name below.
"""
from explain.dropout.code import mxnet_code
from explain.dropout.forward import DROP_PROB1, DROP_PROB2, HIDDEN, INPUTS, OUTPUTS, Layers, hidden, layers
from explain.dropout.masks import MASKS, MAX_SEED, check_p, dropout, expected_kept, keep_mask, keep_scale, layer_masks
from explain.dropout.training_mode import Modes, modes
from explain.dropout.comparison import Overfitting, overfitting
from explain.dropout.recorded import (GRID_STEPS, RECORDED, grid_position, record_runs, recorded_twins,
                                      recording_signature)
from explain.dropout.statistics import (MAX_DRAWS, UNITS_FOLLOWED, Statistics, binomial_pmf, convergence,
                                        followed_units, histogram, kept_counts, layer_statistics, mean_kept)
from explain.dropout.thinned import grid, network
from explain.dropout.twins import (CURVE_POINTS, EPOCHS, EVERY, LEARNING_RATE, MODELS, NOISE, SMALL_HIDDEN, TEST_SIZE,
                                   THINNED, TRAIN_SIZE, TRAIN_SIZES, X_RANGE, Trained, curve_inputs, initial_weights,
                                   synthetic, train_twins)
from explain.dropout.verdicts import (SAMPLING_ERRORS, WIGGLES, Comparison, Ensemble, Rise, comparison, ensemble, rise,
                                      thousandths)

__all__ = [
    # the notes' network and its masks
    "INPUTS", "HIDDEN", "OUTPUTS", "DROP_PROB1", "DROP_PROB2", "Layers", "layers", "hidden",
    "MASKS", "MAX_SEED", "check_p", "keep_mask", "dropout", "keep_scale", "expected_kept", "layer_masks", "network", "grid",
    # training vs prediction mode
    "Modes", "modes",
    # why the scaling
    "MAX_DRAWS", "UNITS_FOLLOWED", "Statistics", "layer_statistics", "convergence", "followed_units", "kept_counts",
    "binomial_pmf", "histogram", "mean_kept",
    # the effect on overfitting
    "NOISE", "X_RANGE", "TEST_SIZE", "TRAIN_SIZES", "TRAIN_SIZE", "CURVE_POINTS", "EPOCHS", "EVERY",
    "LEARNING_RATE", "SMALL_HIDDEN", "MODELS", "synthetic", "curve_inputs", "initial_weights", "Trained",
    "train_twins", "RECORDED", "GRID_STEPS", "recording_signature", "grid_position", "recorded_twins",
    "record_runs", "Overfitting", "overfitting", "THINNED",
    # what it concludes
    "WIGGLES", "SAMPLING_ERRORS", "Rise", "rise", "Ensemble", "ensemble", "Comparison", "comparison", "thousandths",
    # the code sample
    "mxnet_code",
]
