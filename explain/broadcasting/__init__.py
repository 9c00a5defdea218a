"""Broadcasting: which shapes combine, axis by axis, and what MXNet computes from them.

shapes       shapes as a student types them, read (never evaluated) and written back; a predicted result
rule         the broadcasting rule, trailing axes first: equal, stretched from 1, or a mismatch
values       what each operand holds (1, 2, 3, … at its own scale) and what a result element is made of
computation  what MXNet computes from the shapes on its worker, or its own error message
code         the runnable MXNet code the page shows
picture      the picture's data: operands stretched to the result, real cells and virtual copies
strides      an operand's strides and its broadcast view's: stride 0, nothing copied
roundtrip    NumPy ↔ NDArray (float64 becomes float32), a view against MXNet's copy
fixes        for shapes that do not broadcast: trailing axes of 1 that make them, as code
formulas     the rule and one result element as LaTeX
"""
from explain.broadcasting.code import mxnet_code
from explain.broadcasting.computation import MAX_COMPUTE, MAX_VALUES, OPS, Computation, compute, uses_numpy_api
from explain.broadcasting.fixes import fix_expressions, suggest_fix
from explain.broadcasting.formulas import RULE_LATEX, index_formula
from explain.broadcasting.picture import MAX_DRAW_AXIS, MAX_DRAW_SLICES, cells, drawable, picture_cells
from explain.broadcasting.roundtrip import CONVERSION_CODE, Conversion, conversion
from explain.broadcasting.rule import AxisStep, Broadcast, broadcast
from explain.broadcasting.shapes import (FAIL_WORDS, MAX_AXES, MAX_AXIS_SIZE, MAX_TEXT, ShapeError, format_shape,
                                         parse_guess, parse_shape)
from explain.broadcasting.strides import View, broadcast_view
from explain.broadcasting.values import NAMES, operand_values, operands, parts, scales, sum_example, values_text
from explain.errors import InputError

__all__ = [
    "InputError",
    # shapes
    "MAX_AXES", "MAX_AXIS_SIZE", "MAX_TEXT", "FAIL_WORDS", "ShapeError", "parse_shape", "format_shape", "parse_guess",
    # rule, values
    "AxisStep", "Broadcast", "broadcast",
    "NAMES", "scales", "operand_values", "operands", "parts", "values_text", "sum_example",
    # computation, code
    "MAX_COMPUTE", "MAX_VALUES", "OPS", "Computation", "compute", "uses_numpy_api", "mxnet_code",
    # picture, strides, roundtrip
    "MAX_DRAW_AXIS", "MAX_DRAW_SLICES", "drawable", "cells", "picture_cells", "View", "broadcast_view",
    "CONVERSION_CODE", "Conversion", "conversion",
    # fixes, formulas
    "suggest_fix", "fix_expressions", "RULE_LATEX", "index_formula",
]
