"""Reading a .params file (读取和存储) as bytes, without MXNet: checked before it touches any network.

The layout MXNet 1.9.1's save_parameters writes (nd.save of a dict; src/ndarray/ndarray.cc), little-endian:
    uint64 0x112, uint64 0, uint64 n, then n arrays, then uint64 n and n names (uint64 length + UTF-8 bytes).
    an array: uint32 0xF993FAC9 (V2), int32 storage type (0: dense), int32 ndim, ndim × int64 dims,
              int32 device type, int32 device id, int32 dtype flag (0: float32), then the values.
Nothing here unpickles or evaluates anything; sizes are bounded before anything is read or allocated.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass

from explain.errors import InputError

__all__ = ["MAX_BYTES", "LIST_MAGIC", "ARRAY_MAGIC", "Entry", "read_params", "expected_entries", "check_against"]

MAX_BYTES = 8 * 1024 * 1024  # the largest network the page builds needs 7.4 MB
LIST_MAGIC, ARRAY_MAGIC = 0x112, 0xF993FAC9
MAX_ARRAYS, MAX_NDIM, MAX_NAME = 64, 4, 256
DTYPES = {0: ("float32", 4), 1: ("float64", 8), 2: ("float16", 2), 3: ("uint8", 1), 4: ("int32", 4), 5: ("int8", 1),
          6: ("int64", 8)}


@dataclass(frozen=True)
class Entry:
    name: str
    shape: tuple[int, ...]
    dtype: str
    offset: int  # where its values start in the file


class _Reader:
    def __init__(self, data: bytes):
        self.data, self.at = data, 0

    def take(self, fmt: str):
        size = struct.calcsize(fmt)
        if self.at + size > len(self.data):
            raise InputError("truncated", "the file ends early", size=len(self.data))
        values = struct.unpack_from(fmt, self.data, self.at)
        self.at += size
        return values if len(values) > 1 else values[0]

    def skip(self, size: int):
        if self.at + size > len(self.data):
            raise InputError("truncated", "the file ends early", size=len(self.data))
        self.at += size


def _foreign(why: str, message: str, **params) -> InputError:
    """Not a file save_parameters wrote: `why` names the reason (the page words it in the reader's language)."""
    return InputError("foreign", f"not a .params file of MXNet: {message}", why=why, **params)


def read_params(data: bytes) -> tuple[Entry, ...]:
    """The arrays a .params file holds (name, shape, dtype), or an InputError naming what is wrong."""
    if len(data) > MAX_BYTES:
        raise InputError("too_big", f"{len(data)} bytes, at most {MAX_BYTES}", size=len(data), limit=MAX_BYTES)
    if len(data) < 24:
        raise _foreign("header", "shorter than its header") if data[:8] != struct.pack("<Q", LIST_MAGIC) else \
            InputError("truncated", "the file ends early", size=len(data))
    r = _Reader(data)
    magic, _reserved, count = r.take("<QQQ")
    if magic != LIST_MAGIC:
        raise _foreign("mark", "it does not start with MXNet's mark 0x112")
    if count > MAX_ARRAYS:
        raise _foreign("count", f"it claims {count} arrays", count=count)
    arrays = []
    for _ in range(count):
        if r.take("<I") != ARRAY_MAGIC:
            raise _foreign("array_mark", "an array without MXNet's V2 mark")
        stype, ndim = r.take("<ii")
        if stype != 0:
            raise InputError("sparse", "a sparse array", stype=stype)
        if not 0 <= ndim <= MAX_NDIM:
            raise _foreign("ndim", f"an array with {ndim} axes", ndim=ndim)
        shape = tuple(r.take(f"<{ndim}q")) if ndim > 1 else ((r.take("<q"),) if ndim == 1 else ())
        if any(d < 0 for d in shape):
            raise _foreign("negative", "a negative length")
        if ndim == 0:
            arrays.append(((), "none", r.at))
            continue
        r.take("<ii")  # the device it was saved from (loaded onto the CPU anyway)
        flag = r.take("<i")
        if flag not in DTYPES:
            raise _foreign("dtype_code", f"an unknown dtype code {flag}", flag=flag)
        dtype, width = DTYPES[flag]
        size = width
        for d in shape:
            size *= d
        if size > MAX_BYTES:
            raise InputError("too_big", "an array larger than the limit", size=size, limit=MAX_BYTES)
        offset = r.at
        r.skip(size)
        arrays.append((shape, dtype, offset))
    names = r.take("<Q")
    if names != count:
        raise _foreign("names", f"{count} arrays but {names} names", count=count, names=names)
    entries = []
    for shape, dtype, offset in arrays:
        length = r.take("<Q")
        if length > MAX_NAME:
            raise _foreign("name_long", "a name too long")
        r.skip(length)
        try:
            name = data[r.at - length:r.at].decode("utf-8")
        except UnicodeDecodeError:
            raise _foreign("name_text", "a name that is not text") from None
        entries.append(Entry(name, shape, dtype, offset))
    if r.at != len(data):
        raise InputError("trailing", f"{len(data) - r.at} bytes after the last name", extra=len(data) - r.at)
    return tuple(entries)


def expected_entries(layers, widths) -> dict[str, tuple[int, ...]]:
    """The names and shapes save_parameters writes for this nn.Sequential: '<index>.weight', '<index>.bias'."""
    expected = {}
    for i, (layer, width) in enumerate(zip(layers, widths)):
        if layer.kind == "dense":
            expected[f"{i}.weight"], expected[f"{i}.bias"] = (layer.units, width), (layer.units,)
        elif layer.kind == "mydense":
            expected[f"{i}.weight"], expected[f"{i}.bias"] = (width, layer.units), (layer.units,)
    return expected


def _listed(names) -> str:
    names = sorted(names)
    return ", ".join(names[:6]) + (f" (+{len(names) - 6})" if len(names) > 6 else "")


def check_against(entries, expected: dict) -> None:
    """An InputError naming the first thing that does not match the network: a missing or extra array, a shape, a dtype."""
    found = {e.name: e for e in entries}
    missing, extra = set(expected) - set(found), set(found) - set(expected)
    if missing:
        raise InputError("missing", "arrays missing", names=_listed(missing), found=_listed(found) or "—")
    if extra:
        raise InputError("extra", "arrays the network has no place for", names=_listed(extra))
    for name, shape in expected.items():
        entry = found[name]
        if entry.shape != shape:
            raise InputError("shape", f"{name}: {entry.shape} in the file, {shape} in the network",
                             name=name, file=str(entry.shape), net=str(shape))
        if entry.dtype != "float32":
            raise InputError("dtype", f"{name} is {entry.dtype}", name=name, dtype=entry.dtype)
