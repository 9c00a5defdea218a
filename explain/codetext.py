"""Runnable code samples with their comments lined up in one column, as the pages show them."""

# Every sample starts with these, so it runs as shown in a fresh Python on any NumPy a student has: MXNet 1.9.1
# reads np.bool, which NumPy 1.24 removed (Python 3.12 has no older NumPy). See explain/compat.py.
PREAMBLE = [("import numpy", ""), ("numpy.bool = bool", "MXNet 1.9.1 reads np.bool, gone in NumPy 1.24+")]
PREAMBLE_TEXT = "import numpy\nnumpy.bool = bool  # MXNet 1.9.1 reads np.bool, gone in NumPy 1.24+\n"


def commented(lines: list[tuple[str, str]]) -> str:
    """Join (code, note) pairs; each note becomes a '# note' comment aligned after the longest line."""
    width = max(len(code) for code, _ in lines) + 3
    return "\n".join(f"{code:<{width}}# {note}" if note else code for code, note in lines) + "\n"
