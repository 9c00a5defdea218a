"""The one catalog of visible text: every key in English and Simplified Chinese, merged from ui/strings/."""
import importlib
import pkgutil

import ui.strings

# one module per page (and `common` for the shell), found by name so a new page only adds its file
MODULES = tuple(importlib.import_module(f"ui.strings.{m.name}")
                for m in sorted(pkgutil.iter_modules(ui.strings.__path__), key=lambda m: m.name))


def _merge(modules) -> dict:
    """One lookup from every page's strings; a key defined twice is a mistake, not an override."""
    merged: dict = {}
    for module in modules:
        twice = merged.keys() & module.STRINGS.keys()
        if twice:
            raise KeyError(f"catalog keys defined twice: {sorted(twice)}")
        merged.update(module.STRINGS)
    return merged


STRINGS = _merge(MODULES)
