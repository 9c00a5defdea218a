"""Code samples read from their recipes' source are parsed at import, never inside a session's first call.

Python 3.11's ast.parse, called by many threads at once, can raise "AST constructor recursion depth mismatch"
(bench/load.py met it 3–5 times a run on the models page); an import runs once, under the import lock.
"""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = """
import explain.fitting.code as fitting, explain.linreg.code as linreg
print(fitting._source.cache_info().currsize, linreg._source.cache_info().currsize)
"""


def test_the_recipes_are_parsed_when_their_modules_are_imported():
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["1", "1"]
