"""The softmax-regression layer: d inputs fully connected to q outputs, and how many weights and biases that is."""
from __future__ import annotations

from dataclasses import dataclass

from explain.errors import InputError

MAX_INPUTS, MAX_OUTPUTS = 784, 10  # D2L's Fashion-MNIST layer: 28 x 28 pixels in, 10 classes out


@dataclass(frozen=True)
class Layer:
    """The fully connected softmax-regression layer: d inputs, q outputs, every input wired to every output."""

    inputs: int
    outputs: int

    @property
    def weights(self) -> int:
        """Every input times every output."""
        return self.inputs * self.outputs

    @property
    def biases(self) -> int:
        """One per output."""
        return self.outputs

    @property
    def parameters(self) -> int:
        """Weights plus biases."""
        return self.weights + self.biases


def dense_layer(inputs: int, outputs: int) -> Layer:
    """The notes' example is 4 inputs and 3 outputs (12 weights, 3 biases); D2L's Fashion-MNIST is 784 and 10."""
    if not (1 <= inputs <= MAX_INPUTS and 1 <= outputs <= MAX_OUTPUTS):
        raise InputError("shape", f"1-{MAX_INPUTS} inputs and 1-{MAX_OUTPUTS} outputs")
    return Layer(inputs, outputs)
