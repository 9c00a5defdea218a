"""Run a page's shown code as a student runs it: a fresh Python, MXNet's default engine, another folder."""
import json
import os
import subprocess
import sys

RUNNER = """
import contextlib, io, json, sys
shown = []
for source in json.load(sys.stdin):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(source, "sample.py", "exec"), {"__name__": "__main__"})
    shown.append(out.getvalue())
print(json.dumps(shown))
"""


def run_as_student(sources: list[str], timeout: float) -> list[str]:
    """What each code sample prints, all run one after another in one fresh Python (MXNet imported once)."""
    env = {key: value for key, value in os.environ.items() if key != "MXNET_ENGINE_TYPE"}
    out = subprocess.run([sys.executable, "-c", RUNNER], input=json.dumps(sources), capture_output=True, text=True,
                         timeout=timeout, check=True, env=env, cwd="/")
    return json.loads(out.stdout.splitlines()[-1])
