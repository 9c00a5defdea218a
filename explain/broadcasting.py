"""Broadcasting: which shapes combine, axis by axis, and what MXNet computes from them."""
from __future__ import annotations

import functools
import math
import operator
import re
from dataclasses import dataclass

import mxnet as mx
import numpy as np
import pandas as pd

from explain import engine
from explain.errors import InputError

MAX_AXES = 32  # NumPy's own limit on the number of axes
MAX_AXIS_SIZE = 10**9  # a larger axis is a typo, not an array anyone means
MAX_TEXT = 200
MAX_COMPUTE = 10**6  # MXNet computes the result only up to this many elements
MAX_VALUES = 4096  # beyond this the page gets a corner of the result, not every value
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}  # folded left to right
NAMES = "abcd"

_OPEN, _CLOSE = "([", ")]"
_WIDE = str.maketrans({"（": "(", "）": ")", "［": "[", "］": "]", "，": ",", "、": ",", "×": "x"})


class ShapeError(InputError):
    """Text that is not a shape."""


def parse_shape(text: str) -> tuple[int, ...]:
    """Read a shape typed as `4,3`, `(4, 3)`, `[4,3]`, `(3,)`, `()`, `3` or `（4，3）`; never evaluates it."""
    if not isinstance(text, str):
        raise ShapeError("not_text", "a shape must be typed as text")
    if len(text) > MAX_TEXT:
        raise ShapeError("too_long", f"that is more than {MAX_TEXT} characters", limit=MAX_TEXT)
    body = text.translate(_WIDE).strip()
    if not body:
        raise ShapeError("empty", "the shape is empty; type () for a scalar")
    if body[0] in _OPEN or body[-1] in _CLOSE:
        if len(body) < 2 or body[0] not in _OPEN or _OPEN.index(body[0]) != _CLOSE.find(body[-1]):
            raise ShapeError("unbalanced", "the brackets do not match")
        body = body[1:-1]
    for ch in body:
        if ch in _OPEN or ch in _CLOSE:
            raise ShapeError("unbalanced", "only one pair of brackets may surround a shape")
    pieces = re.split(r"\s*[,xX*]\s*|\s+", body.strip())
    if pieces == [""]:
        return ()
    if pieces[-1] == "" and len(pieces) > 1:
        pieces = pieces[:-1]  # a trailing comma, as in (3,)
    sizes = []
    for position, piece in enumerate(pieces, start=1):
        sizes.append(_axis_size(piece, position))
    if len(sizes) > MAX_AXES:
        raise ShapeError("too_many_axes", f"{len(sizes)} axes; at most {MAX_AXES}",
                         count=len(sizes), limit=MAX_AXES)
    return tuple(sizes)


def _axis_size(piece: str, position: int) -> int:
    """One axis length: a whole number from 0 to MAX_AXIS_SIZE."""
    if piece == "":
        raise ShapeError("empty_axis", f"axis {position} is empty (two separators in a row)",
                         position=position)
    if re.fullmatch(r"\d+", piece):
        size = int(piece)
        if size > MAX_AXIS_SIZE:
            raise ShapeError("too_large", f"{piece} is too large for an axis (at most {MAX_AXIS_SIZE:,})",
                             token=piece, limit=MAX_AXIS_SIZE)
        return size
    if re.fullmatch(r"[-\u2212]\d+(\.\d*)?", piece):
        raise ShapeError("negative", f"{piece}: an axis cannot have a negative length", token=piece)
    if re.fullmatch(r"\d*\.\d*", piece) and any(c.isdigit() for c in piece):
        raise ShapeError("not_integer", f"{piece}: an axis length is a whole number", token=piece)
    bad = next((c for c in piece if not c.isdigit()), piece[0])
    raise ShapeError("bad_char", f"unexpected character {bad!r}", char=bad)


def format_shape(shape: tuple[int, ...] | None) -> str:
    """A shape written as Python writes a tuple: (4, 3), (3,), ()."""
    if shape is None:
        return "—"
    return "(" + ", ".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"


@dataclass(frozen=True)
class AxisStep:
    """One axis of the result, with the rule that decides its length."""

    axis: int  # counted from the right: -1 is the last axis
    sizes: tuple[int | None, ...]  # per operand; None where the operand lacks this axis (read as 1)
    rule: str  # "equal", "stretch" or "mismatch"
    size: int | None  # the result's length on this axis; None on a mismatch

    def stretched(self, operand: int) -> bool:
        """True when this operand is virtually repeated along this axis."""
        own = self.sizes[operand]
        return self.size is not None and (own is None or own == 1) and self.size != 1


@dataclass(frozen=True)
class Broadcast:
    """The broadcasting verdict for some shapes: result shape, reason, and the axis-by-axis steps."""

    shapes: tuple[tuple[int, ...], ...]
    ok: bool
    shape: tuple[int, ...] | None
    message: str
    steps: tuple[AxisStep, ...]  # leftmost axis of the result first, as the shapes are drawn
    conflict: AxisStep | None  # the first mismatch found scanning from the right

    def padded(self, operand: int) -> tuple[int, ...]:
        """The operand's shape right-aligned to the result, missing leading axes read as 1."""
        return tuple(1 if s.sizes[operand] is None else s.sizes[operand] for s in self.steps)


def broadcast(*shapes: tuple[int, ...]) -> Broadcast:
    """Apply the broadcasting rule to one or more shapes, trailing axes first."""
    if not shapes:
        raise ValueError("broadcast needs at least one shape")
    shapes = tuple(tuple(int(n) for n in s) for s in shapes)
    ndim = max(len(s) for s in shapes)
    steps = []
    for axis in range(-ndim, 0):
        sizes = tuple(s[axis] if -axis <= len(s) else None for s in shapes)
        steps.append(_axis_rule(axis, sizes))
    steps = tuple(steps)
    conflict = next((s for s in reversed(steps) if s.rule == "mismatch"), None)
    if conflict is None:
        shape = tuple(s.size for s in steps)
        return Broadcast(shapes, True, shape, f"{_join(shapes)} broadcast to {format_shape(shape)}",
                         steps, None)
    clash = sorted({n for n in conflict.sizes if n is not None and n != 1})
    message = (f"{_join(shapes)} cannot be broadcast: on axis {conflict.axis} the sizes "
               f"{' and '.join(map(str, clash))} differ and none of them is 1")
    return Broadcast(shapes, False, None, message, steps, conflict)


def _axis_rule(axis: int, sizes: tuple[int | None, ...]) -> AxisStep:
    """Sizes equal, or stretched from 1 (a missing axis counts as 1), or a mismatch."""
    real = {n for n in sizes if n is not None and n != 1}
    if len(real) > 1:
        return AxisStep(axis, sizes, "mismatch", None)
    size = real.pop() if real else 1
    rule = "stretch" if any(n is None or (n == 1 and size != 1) for n in sizes) else "equal"
    return AxisStep(axis, sizes, rule, size)


def _join(shapes) -> str:
    return " and ".join(format_shape(s) for s in shapes)


def scales(shapes) -> tuple[int, ...]:
    """A power of ten per operand, each past the digits of the ones before: a sum keeps every part in its own digits.

    (4, 3) and (3,) get 1 and 100: a holds 1 … 12, b holds 100, 200, 300, and 312 = 300 + 12.
    """
    out, digits = [], 0
    for shape in shapes:
        out.append(10**digits)
        digits += len(str(max(1, math.prod(shape))))
    return tuple(out)


def operand_values(shape: tuple[int, ...], scale: int = 1) -> np.ndarray:
    """The values given to an operand: 1, 2, 3, … times its scale, in row-major order."""
    count = math.prod(shape)
    return (np.arange(1, count + 1, dtype=np.float64) * scale).reshape(shape)


def operands(shapes) -> list[np.ndarray]:
    """Every operand's values, each at its own scale (see `scales`)."""
    return [operand_values(s, k) for s, k in zip(shapes, scales(shapes))]


def parts(rule: Broadcast, index: tuple[int, ...]) -> tuple[float, ...]:
    """The element each operand contributes to result[index]: a stretched axis reads index 0."""
    out = []
    for shape, values in zip(rule.shapes, operands(rule.shapes)):
        own = index[len(index) - len(shape):] if shape else ()
        out.append(float(values[tuple(0 if n == 1 else i for n, i in zip(shape, own))]))
    return tuple(out)


def values_text(shapes) -> str:
    """What each operand holds, e.g. `a = 1, 2, …, 12; b = 100, 200, 300`."""
    out = []
    for name, values in zip(NAMES, operands(shapes)):
        flat = [str(int(v)) for v in values.ravel()[:2]] + ([str(int(values.ravel()[-1]))] if values.size > 2 else [])
        if values.size > 3:
            flat.insert(2, "…")
        out.append(f"{name} = {', '.join(flat) if flat else '∅'}")
    return "; ".join(out)


def sum_example(rule: Broadcast) -> str | None:
    """For a sum: the last result element as the sum of its parts, e.g. `312 = 12 + 300` (None if too long to be exact)."""
    if not rule.ok or 0 in rule.shape:
        return None
    pieces = parts(rule, tuple(n - 1 for n in rule.shape))
    total = sum(pieces)
    if total >= 10**15:
        return None
    return f"{int(total)} = " + " + ".join(str(int(v)) for v in pieces)


def uses_numpy_api(shapes) -> bool:
    """Legacy `nd` reads a 0 in a shape as 'unknown' and has no 0-d arrays: those need `mx.np`."""
    return any(len(s) == 0 or 0 in s for s in shapes)


@dataclass(frozen=True)
class Computation:
    """What MXNet itself made of the shapes: its result, or its own error message."""

    rule: Broadcast
    op: str
    api: str  # "nd" (legacy NDArray, as in the notes) or "np" (mx.np, NumPy semantics)
    computed: bool  # False when the arrays are too large to compute here
    shape: tuple[int, ...] | None  # the shape of MXNet's result
    values: np.ndarray | None  # every value, for results of at most MAX_VALUES elements
    corner: np.ndarray | None  # the first (up to) 3 entries along each axis
    total: float | None  # the sum of every element of the result
    error: str | None  # MXNet's own message when it refused
    code: str  # runnable MXNet code that reproduces this

    @property
    def size(self) -> int:
        """How many elements the result has."""
        return math.prod(self.shape) if self.shape is not None else 0


def compute(shapes: tuple[tuple[int, ...], ...], op: str = "+") -> Computation:
    """Broadcast the shapes by the rule, then let MXNet compute `a op b op …` (when small enough)."""
    if op not in OPS:
        raise ValueError(f"unknown operation {op!r}; choose one of {', '.join(OPS)}")
    rule = broadcast(*shapes)
    api = "np" if uses_numpy_api(rule.shapes) else "nd"
    code = mxnet_code(rule.shapes, op, api, fails=not rule.ok)
    sizes = [math.prod(s) for s in rule.shapes]
    small = max(sizes) <= MAX_COMPUTE and (not rule.ok or math.prod(rule.shape) <= MAX_COMPUTE)
    if not small:
        return Computation(rule, op, api, False, None, None, None, None, None, code)
    shape, values, corner, total, error = engine.run(_mxnet_apply, rule.shapes, op, api)
    return Computation(rule, op, api, True, shape, values, corner, total, error, code)


def _mxnet_apply(shapes, op, api):
    """On the MXNet worker: build the operands and fold them together with op, left to right."""
    lib = mx.nd if api == "nd" else mx.np
    try:
        # mx.np needs NumPy shape semantics switched on; they are per thread, so set them per job
        with mx.util.np_shape(api == "np"), mx.util.np_array(api == "np"):
            arrays = [lib.array(values, dtype="float64") for values in operands(shapes)]
            result = arrays[0]
            for other in arrays[1:]:
                result = OPS[op](result, other)
            out = result.asnumpy()
    except mx.base.MXNetError as error:
        return None, None, None, None, engine.mxnet_error_text(error)
    out = np.asarray(out, dtype=np.float64).reshape(tuple(result.shape))
    corner = out[tuple(slice(0, 3) for _ in out.shape)].copy()
    values = out if out.size <= MAX_VALUES else None
    return tuple(out.shape), values, corner, float(out.sum()), None


def mxnet_code(shapes, op: str = "+", api: str = "nd", fails: bool = False) -> str:
    """Runnable MXNet code that builds these operands and combines them, as the page does."""
    lib = "nd" if api == "nd" else "np"
    lines = ["from mxnet import nd" if api == "nd" else "from mxnet import np, npx"]
    if api == "np":
        lines.append("npx.set_np()  # NumPy semantics: 0-d and zero-size arrays are allowed")
    lines.append("")
    for i, (shape, k) in enumerate(zip(shapes, scales(shapes))):
        scale = f" * {k}" if k > 1 else ""
        lines.append(f"{NAMES[i]} = {lib}.arange(1, {math.prod(shape) + 1}, dtype='float64')"
                     f".reshape({format_shape(shape)}){scale}")
    expression = f" {op} ".join(NAMES[: len(shapes)])
    if fails:
        lines.append(f"result = {expression}   # raises MXNetError: these shapes do not broadcast")
    else:
        lines += [f"result = {expression}", "print(result.shape)", "print(result)"]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class View:
    """How NumPy stores an operand and its broadcast view: same memory, stride 0 on stretched axes."""

    strides: tuple[int, ...]  # bytes to step along each axis of the operand
    view_strides: tuple[int, ...]  # the same for np.broadcast_to(operand, result shape)
    itemsize: int
    copy_bytes: int  # what materialising the broadcast copy would take
    shares_memory: bool


def broadcast_view(shape: tuple[int, ...], target: tuple[int, ...]) -> View:
    """Strides of an operand and of its broadcast view (np.broadcast_to copies nothing)."""
    operand = operand_values(shape)
    view = np.broadcast_to(operand, target)
    return View(tuple(operand.strides), tuple(view.strides), operand.itemsize,
                int(math.prod(target)) * operand.itemsize, bool(np.shares_memory(operand, view)))


FAIL_WORDS = {"error", "fail", "fails", "none", "no", "x", "✗", "错误", "报错", "失败", "不能"}


def parse_guess(text: str) -> tuple[int, ...] | None:
    """A student's predicted result: a shape, or None for 'it fails' (error, fails, ✗, 报错 …)."""
    if text.strip().lower() in FAIL_WORDS:
        return None
    return parse_shape(text)


MAX_DRAW_AXIS = 12  # rows and columns drawn per operand
MAX_DRAW_SLICES = 6  # small multiples for a leading third axis


def drawable(rule: Broadcast) -> bool:
    """True when every panel fits the picture: at most 3 axes and a few cells along each."""
    shapes = list(rule.shapes) + ([rule.shape] if rule.ok else [])
    for shape in shapes:
        if len(shape) > 3 or 0 in shape:
            return False
        padded = (1,) * (3 - len(shape)) + tuple(shape)
        if padded[0] > MAX_DRAW_SLICES or max(padded[1:]) > MAX_DRAW_AXIS:
            return False
    return True


def cells(rule: Broadcast, values: np.ndarray | None = None, stretch: bool = True) -> pd.DataFrame:
    """One row per drawn cell: each operand stretched to the result (real cells and virtual copies), then the result.

    Columns: panel (operand index; len(shapes) for the result), slice, row, col, value, kind
    ("real", "copy" or "result"). Without `stretch`, or for incompatible shapes, each operand is
    drawn as it is, with no result.
    """
    rows = []
    n = len(rule.shapes)
    stretch = stretch and rule.ok
    for i, (shape, data) in enumerate(zip(rule.shapes, operands(rule.shapes))):
        target = rule.shape if stretch else shape
        own = (1,) * (len(target) - len(shape)) + tuple(shape)
        expanded = data.reshape(own)
        for index in np.ndindex(*target):
            source = tuple(0 if own[k] == 1 else index[k] for k in range(len(target)))
            kind = "real" if source == index else "copy"
            rows.append((i, *_grid(index), float(expanded[source]), kind))
    if stretch:
        result = values if values is not None else np.full(rule.shape, np.nan)
        for index in np.ndindex(*rule.shape):
            rows.append((n, *_grid(index), float(result[index]), "result"))
    return pd.DataFrame(rows, columns=["panel", "slice", "row", "col", "value", "kind"])


def _grid(index: tuple[int, ...]) -> tuple[int, int, int]:
    """(slice, row, col) of an index of at most 3 axes: a 1-D array is drawn as one row."""
    padded = (0,) * (3 - len(index)) + tuple(index)
    return padded[0], padded[1], padded[2]


RULE_LATEX = (r"\text{out}_k=\begin{cases}n & a_k=b_k=n\\ b_k & a_k=1\\ a_k & b_k=1\\"
              r"\text{error} & \text{otherwise}\end{cases}")

# The notes' round trip between NumPy and NDArray, and what copies and what does not.
CONVERSION_CODE = """import numpy as np
from mxnet import nd

P = np.ones((2, 3))
D = nd.array(P)           # NumPy -> NDArray: a copy, and float64 becomes float32
back = D.asnumpy()        # NDArray -> NumPy: a copy, still float32
print(P.dtype, np.dtype(D.dtype), back.dtype)
print(np.dtype(nd.array(P, dtype=P.dtype).dtype))   # ask for float64 to keep it

b = np.arange(3.0).reshape((1, 3))
view = np.broadcast_to(b, (4, 3))            # a view: stride 0 on the stretched axis
B = nd.array(b, dtype=b.dtype)
copy = nd.broadcast_to(B, shape=(4, 3))      # MXNet writes a new (4, 3) array
print(view.strides, np.shares_memory(b, view))
b[0, 0] = 100
B[0, 0] = 100
print(view[0, 0], copy[0, 0].asscalar())     # the view sees the change, the copy does not
"""


@dataclass(frozen=True)
class Conversion:
    """What CONVERSION_CODE prints, computed on the MXNet worker: dtypes across the round trip, view versus copy."""

    numpy_dtype: str  # P = np.ones((2, 3))
    ndarray_dtype: str  # nd.array(P)
    back_dtype: str  # nd.array(P).asnumpy()
    kept_dtype: str  # nd.array(P, dtype=P.dtype)
    view_strides: tuple[int, ...]  # np.broadcast_to(b, (4, 3))
    view_shares: bool
    view_after: float  # view[0, 0] after b[0] = 100
    copy_after: float  # nd.broadcast_to(B, (4, 3))[0, 0] after B[0] = 100

    def printed(self) -> str:
        """The lines CONVERSION_CODE prints."""
        return "\n".join([f"{self.numpy_dtype} {self.ndarray_dtype} {self.back_dtype}", self.kept_dtype,
                          f"{self.view_strides} {self.view_shares}", f"{self.view_after} {self.copy_after}"])


@functools.cache  # no arguments, a frozen answer: computed once per process
def conversion() -> Conversion:
    """Run the round trip and the view-versus-copy experiment of CONVERSION_CODE."""
    return engine.run(_conversion)


def _conversion() -> Conversion:
    P = np.ones((2, 3))
    D = mx.nd.array(P)
    kept = mx.nd.array(P, dtype=P.dtype)
    b = np.arange(3.0).reshape((1, 3))
    view = np.broadcast_to(b, (4, 3))
    B = mx.nd.array(b, dtype=b.dtype)
    copy = mx.nd.broadcast_to(B, shape=(4, 3))
    b[0, 0] = 100
    B[0, 0] = 100
    return Conversion(str(P.dtype), str(np.dtype(D.dtype)), str(D.asnumpy().dtype), str(np.dtype(kept.dtype)),
                      tuple(view.strides), bool(np.shares_memory(b, view)), float(view[0, 0]),
                      float(copy[0, 0].asscalar()))


def suggest_fix(rule: Broadcast) -> tuple[int, tuple[int, ...]] | None:
    """For incompatible shapes: an operand that broadcasts once trailing axes of 1 are added to it."""
    if rule.ok:
        return None
    ndim = len(rule.steps)
    for i, shape in enumerate(rule.shapes):
        for extra in range(1, ndim - len(shape) + 1):
            reshaped = tuple(shape) + (1,) * extra
            shapes = rule.shapes[:i] + (reshaped,) + rule.shapes[i + 1:]
            if broadcast(*shapes).ok:
                return i, reshaped
    return None


def fix_expressions(rule: Broadcast) -> tuple[str, ...]:
    """Code that gives the suggested operand its trailing axes of 1; each works in MXNet (nd and np) and NumPy."""
    fix = suggest_fix(rule)
    if fix is None:
        return ()
    index, reshaped = fix
    name, extra = NAMES[index], len(reshaped) - len(rule.shapes[index])
    return f"{name}.reshape({format_shape(reshaped)})", f"{name}[..., {', '.join(['None'] * extra)}]"


def index_formula(rule: Broadcast, op: str) -> str:
    """LaTeX for what one result element is made of, e.g. c_{ij} = a_{ij} + b_{j}; stretched axes read index 0."""
    if not rule.ok:
        return ""
    letters = "ijklmnpqrstuvw"
    ndim = len(rule.steps)
    if ndim > len(letters):
        return ""
    out = "".join(letters[:ndim])
    terms = []
    for i, shape in enumerate(rule.shapes):
        own = rule.steps[ndim - len(shape):] if shape else ()
        sub = ",".join("0" if step.stretched(i) else letters[step.axis + ndim] for step in own)
        terms.append(f"{NAMES[i]}_{{{sub}}}" if sub else NAMES[i])
    symbol = {"+": " + ", "-": " - ", "*": r" \cdot "}[op]
    left = f"\\mathrm{{result}}_{{{','.join(out)}}}" if out else r"\mathrm{result}"
    return left + " = " + symbol.join(terms)
