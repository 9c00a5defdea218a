"""Runnable code samples with their comments lined up in one column, as the pages show them."""


def commented(lines: list[tuple[str, str]]) -> str:
    """Join (code, note) pairs; each note becomes a '# note' comment aligned after the longest line."""
    width = max(len(code) for code, _ in lines) + 3
    return "\n".join(f"{code:<{width}}# {note}" if note else code for code, note in lines) + "\n"
