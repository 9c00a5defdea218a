"""The floors of the house: pages → ui → explain, each module small and about one thing.

pages/ call explain and hand its data to ui; ui/charts only draw (no explain import); explain imports no
Streamlit and nothing of ui or pages; no explain module grows past ~250 lines (a concept that grows becomes
a package whose files are named after what they compute).
"""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXPLAIN = sorted((ROOT / "explain").rglob("*.py"))
CHARTS = sorted((ROOT / "ui" / "charts").rglob("*.py"))
MAX_LINES = 260


def imported(path: Path) -> set[str]:
    """The top-level names of every module a file imports (at any depth of the file)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", EXPLAIN, ids=rel)
def test_explain_imports_neither_streamlit_nor_the_floors_above(path):
    bad = {n for n in imported(path) if n.split(".")[0] in ("streamlit", "ui", "pages", "altair")}
    assert not bad, bad


@pytest.mark.parametrize("path", EXPLAIN, ids=rel)
def test_explain_modules_stay_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{rel(path)} has {lines} lines: split it into files named after what they compute"


@pytest.mark.parametrize("path", CHARTS, ids=rel)
def test_charts_only_draw(path):
    """A chart builder takes the data a page got from explain; it never computes it itself."""
    bad = {n for n in imported(path) if n.split(".")[0] in ("explain", "mxnet", "streamlit")}
    assert not bad, bad
