"""Where the stack runs: requirements per Python by their markers, the np.bool alias only where it is needed,
and the one-step paths (Dockerfile, devcontainer, packages.txt) checked as far as a machine without a
container engine can: parsed, then their install and start commands run in a fresh venv here."""
import ast
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from browsertools import free_port

ROOT = Path(__file__).resolve().parents[1]
SUPPORTED = ("3.11", "3.12")  # 3.13: no NumPy < 2 wheel, and MXNet 1.9.1 requires NumPy < 2
THIS_PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"
PYPI_TIMEOUT = 300


def requirements(path="requirements.txt"):
    """The requirement lines of a requirements file (comments, blank lines and -r includes left out)."""
    found = []
    for line in (ROOT / path).read_text().splitlines():
        line = line.split(" #")[0].strip()
        if line and not line.startswith(("#", "-")):
            found.append(Requirement(line))
    return found


def active(python: str, path="requirements.txt"):
    """{name: specifier} of the requirements that apply on this Python version (markers evaluated for it)."""
    env = {"python_version": python, "python_full_version": python + ".0"}
    return {r.name.lower(): r for r in requirements(path) if r.marker is None or r.marker.evaluate(env)}


def numpy_pin(python: str) -> str:
    (spec,) = active(python)["numpy"].specifier
    assert spec.operator == "==", spec
    return spec.version


# --- requirements.txt --------------------------------------------------------------------------------------

def test_markers_pin_one_numpy_per_python_and_setuptools_on_3_12():
    for req in requirements():
        if req.marker is not None:
            assert set(re.findall(r"[a-z_]+(?=\s*[<>=!])", str(req.marker))) == {"python_version"}, req
    assert numpy_pin("3.11") == "1.23.5"  # the last NumPy with np.bool; cp311 wheels, none for 3.12
    assert numpy_pin("3.12") == "1.26.4"  # wheels for 3.11 and 3.12 everywhere; np.bool needs explain/compat.py
    for python in SUPPORTED:
        names = [r.name.lower() for r in requirements() if r.marker is None or r.marker.evaluate(
            {"python_version": python, "python_full_version": python + ".0"})]
        assert names.count("numpy") == 1, (python, names)
        assert str(active(python)["mxnet"].specifier) == "==1.9.1"
        assert str(active(python)["streamlit"].specifier) == "==1.65.0"  # one Streamlit for both
    # distutils (gone from 3.12) comes from setuptools there; 3.11 has its own
    assert "setuptools" in active("3.12") and "setuptools" not in active("3.11")
    assert "requirements.txt" in (ROOT / "requirements-dev.txt").read_text().splitlines()[0]


def test_this_environment_has_what_requirements_name_for_its_python():
    if THIS_PYTHON not in SUPPORTED:
        pytest.fail(f"Python {THIS_PYTHON} is not one the stack supports: {SUPPORTED}")
    for name, req in active(THIS_PYTHON).items():
        installed = metadata.version(name)
        assert req.specifier.contains(installed, prereleases=True), (name, installed, str(req.specifier))


@pytest.mark.slow
def test_requirements_resolve_from_wheels_where_mxnet_has_one():
    """pip resolves requirements.txt, wheels only, for this Python on each platform the README names.

    pip evaluates markers for the interpreter that runs it, not for --python-version, so each CI leg checks
    its own Python. Linux aarch64 resolves too, but its MXNet wheel cannot be imported (it expects Arm
    Performance Libraries installed by hand): the README sends Apple Silicon to an amd64 container."""
    def resolve(platform, target):
        return subprocess.run(
            [sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--only-binary=:all:",
             "--disable-pip-version-check", "--platform", platform, "--target", str(target),
             "-r", str(ROOT / "requirements.txt")],
            capture_output=True, text=True, timeout=PYPI_TIMEOUT)

    for platform in ("manylinux2014_x86_64", "manylinux2014_aarch64", "macosx_12_0_x86_64"):
        done = resolve(platform, ROOT / "artifacts" / "pip-dry-run")
        assert done.returncode == 0, (platform, done.stderr[-2000:])
        assert f"numpy-{numpy_pin(THIS_PYTHON)}" in done.stdout and "mxnet-1.9.1" in done.stdout, done.stdout
    for platform in ("win_amd64", "macosx_12_0_arm64"):  # Windows; Apple Silicon's native Python
        done = resolve(platform, ROOT / "artifacts" / "pip-dry-run")
        assert done.returncode != 0 and "No matching distribution found for mxnet==1.9.1" in done.stderr, (
            platform, done.stderr[-2000:])


# --- explain/compat.py: the np.bool alias --------------------------------------------------------------------

PROBE = """
import json, sys
import numpy
before = "bool" in vars(numpy)
import explain
from explain import compat
import mxnet
print(json.dumps({"numpy": numpy.__version__, "before": before, "after": "bool" in vars(numpy),
                  "needs": compat.NEEDS_BOOL_ALIAS, "mxnet": mxnet.__version__,
                  "first": [m for m in sys.modules if m in ("explain.compat", "mxnet")]}))
"""


def run_python(code, **kwargs):
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          **kwargs)


def test_alias_is_set_before_mxnet_only_where_numpy_lacks_it():
    done = run_python(PROBE)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    needed = Version("1.24") <= Version(seen["numpy"]) < Version("2")
    assert seen["needs"] is needed
    assert seen["before"] is False  # NumPy 1.23.5 warns through __getattr__, 1.24-1.26 raise
    assert seen["after"] is needed  # nothing set on 3.11's NumPy 1.23.5
    assert seen["first"] == ["explain.compat", "mxnet"]  # the alias comes before MXNet's first import
    assert seen["mxnet"] == "1.9.1"


def test_without_the_alias_mxnet_does_not_import_on_this_numpy_only_if_it_is_needed():
    """The reason the alias exists, seen: on NumPy 1.24+ a bare `import mxnet` fails at np.bool."""
    done = run_python("import mxnet")
    import numpy
    if Version("1.24") <= Version(numpy.__version__) < Version("2"):
        assert done.returncode != 0 and "bool" in done.stderr, done.stderr[-2000:]
    else:
        assert done.returncode == 0, done.stderr[-2000:]


# The module whose own source is the fitting page's code sample (explain/fitting/code.py shows it): a student
# runs it as it is, so it carries the sample's alias line as code.
SAMPLE_SOURCES = {"recipe.py"}


def test_the_alias_is_set_in_one_place():
    """No module but explain/compat.py assigns np.bool (the code samples carry it as text, not as code)."""
    setters = []
    for path in [ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("ui/**/*.py"), *ROOT.glob("explain/**/*.py")]:
        if path.name in SAMPLE_SOURCES:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            for target in targets:
                if isinstance(target, ast.Attribute) and target.attr == "bool":
                    setters.append(str(path.relative_to(ROOT)))
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "setattr" and len(node.args) > 1 \
                    and isinstance(node.args[1], ast.Constant) and node.args[1].value == "bool":
                setters.append(str(path.relative_to(ROOT)))
    assert setters == ["explain/compat.py"]
    first = ast.parse((ROOT / "explain/__init__.py").read_text()).body
    imports = [n for n in first if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert any(isinstance(n, ast.ImportFrom) and n.module == "explain" and n.names[0].name == "compat"
               for n in imports), "explain/__init__.py imports explain.compat"
    assert not any("mxnet" in ast.dump(n) for n in imports)  # nothing in explain/__init__ imports MXNet first


# --- Dockerfile, .dockerignore, packages.txt, devcontainer ---------------------------------------------------

def dockerfile():
    """The Dockerfile's instructions as (KEYWORD, argument text), continuation lines joined."""
    lines, current = [], ""
    for raw in (ROOT / "Dockerfile").read_text().splitlines():
        if not current and (not raw.strip() or raw.lstrip().startswith("#")):
            continue
        if raw.rstrip().endswith("\\"):
            current += raw.rstrip()[:-1] + " "
            continue
        current += raw
        keyword, _, rest = current.strip().partition(" ")
        lines.append((keyword.upper(), rest.strip()))
        current = ""
    return lines


def instruction(keyword):
    return [rest for key, rest in dockerfile() if key == keyword]


def exec_form(text):
    assert text.startswith("["), f"exec form expected: {text}"
    return json.loads(text)


def docker_python():
    (base,) = instruction("FROM")
    match = re.fullmatch(r"--platform=linux/amd64 python:(3\.\d+)-slim(-\w+)?", base)
    assert match, base
    return match.group(1)


def docker_command():
    (cmd,) = instruction("CMD")
    return exec_form(cmd)


def docker_healthcheck():
    (check,) = instruction("HEALTHCHECK")
    options, _, command = check.partition("CMD ")
    assert "--timeout=" in options and "--interval=" in options
    return exec_form(command.strip())


def devcontainer():
    return json.loads((ROOT / ".devcontainer/devcontainer.json").read_text())


def test_dockerfile_names_a_supported_python_the_requirements_and_the_health_check():
    assert docker_python() in SUPPORTED
    assert "pip install -r requirements.txt" in instruction("RUN")
    assert ("requirements.txt ." in instruction("COPY")) and (". ." in instruction("COPY"))
    apt = " ".join(run for run in instruction("RUN") if "apt-get" in run)
    assert "packages.txt" in apt and "--no-install-recommends" in apt
    command = docker_command()
    assert command[:3] == ["streamlit", "run", "app.py"]
    options = dict(zip(command[3::2], command[4::2]))
    assert options["--server.address"] == "0.0.0.0" and options["--server.headless"] == "true"
    assert instruction("EXPOSE") == [options["--server.port"]]
    check = " ".join(docker_healthcheck())
    assert f"http://127.0.0.1:{options['--server.port']}/_stcore/health" in check and "b'ok'" in check
    assert instruction("USER") and instruction("USER") != ["root"]
    # no usage statistics: the image keeps .streamlit/config.toml (COPY . . and .dockerignore below)
    config = tomllib.loads((ROOT / ".streamlit/config.toml").read_text())
    assert config["browser"]["gatherUsageStats"] is False


def test_dockerfile_reads_the_same_with_dockers_own_parser():
    """BuildKit's parser (the `dockerfile` package) accepts the file and reads what the checks above read."""
    parser = pytest.importorskip("dockerfile", reason="Docker's parser has wheels for Linux x86_64 and Windows only")
    parsed = parser.parse_file(str(ROOT / "Dockerfile"))
    assert [c.cmd.upper() for c in parsed] == [key for key, _ in dockerfile()]
    by = {c.cmd.upper(): c for c in parsed}
    assert by["FROM"].flags == ("--platform=linux/amd64",) and by["FROM"].value[0].startswith(f"python:{docker_python()}-")
    assert by["CMD"].json and list(by["CMD"].value) == docker_command()
    health = by["HEALTHCHECK"]
    assert health.json and list(health.value) == ["CMD", *docker_healthcheck()]


def test_dockerignore_keeps_what_the_app_runs_on():
    patterns = [p.strip() for p in (ROOT / ".dockerignore").read_text().splitlines()
                if p.strip() and not p.startswith("#")]
    for kept in ("app.py", "pages", "ui", "explain", ".streamlit", "requirements.txt", "packages.txt"):
        assert kept not in patterns and not any(p.rstrip("/*") == kept for p in patterns), kept
    for left in (".git", ".venv", "node_modules", "artifacts", "tests"):
        assert left in patterns, left


def test_packages_txt_lists_the_system_libraries_mxnet_links_that_slim_debian_lacks():
    """ldd of MXNet's libmxnet.so: each library it loads from the system belongs to a Debian package that is in
    packages.txt or in every Debian (python:*-slim included: libc6, libgcc-s1, and libstdc++6 that apt needs)."""
    listed = (ROOT / "packages.txt").read_text().split()
    assert listed == ["libgomp1", "libquadmath0"]
    if not (shutil.which("ldd") and shutil.which("dpkg")):
        pytest.skip("needs ldd and dpkg (Debian)")
    from importlib.util import find_spec
    library = Path(find_spec("mxnet").origin).with_name("libmxnet.so")  # found, not imported
    bundled = library.parent.resolve()
    system = set()
    for line in subprocess.run(["ldd", str(library)], capture_output=True, text=True, check=True).stdout.splitlines():
        if "=>" in line:
            name, _, where = line.partition("=>")
            where = where.split("(")[0].strip()
            assert where != "not found", line
            if where and Path(where).resolve().parent != bundled:
                system.add(where)
    packages = set()
    for where in system:
        real = str(Path(where).resolve())
        paths = {where, real, "/usr" + where, "/usr" + real}  # Debian's merged /usr: /lib is /usr/lib
        owners = {line.split(":")[0] for path in paths
                  for line in subprocess.run(["dpkg", "-S", path], capture_output=True, text=True).stdout.splitlines()
                  if line.partition(": ")[2] == path}
        assert len(owners) == 1, (where, owners)
        packages |= owners
    assert packages - {"libc6", "libgcc-s1", "libstdc++6"} == set(listed), packages


def test_devcontainer_pins_the_dockerfiles_python_forwards_the_port_and_keeps_xsrf():
    dev = devcontainer()
    image = re.fullmatch(r"mcr\.microsoft\.com/devcontainers/python:1-(3\.\d+)-\w+", dev["image"])
    assert image and image.group(1) == docker_python()
    assert dev["runArgs"] == ["--platform=linux/amd64"]  # Apple Silicon: the amd64 image, emulated
    assert dev["forwardPorts"] == [8501] and "8501" in dev["portsAttributes"]
    install = dev["updateContentCommand"]
    assert "packages.txt" in install and "-r requirements.txt" in install
    start = dev["postAttachCommand"]["server"]
    assert start.startswith("python3 -m streamlit run app.py")
    assert "enableXsrfProtection" not in start and "enableCORS" not in start


def wait_healthy(check, deadline, proc, log):
    while time.time() < deadline:
        assert proc.poll() is None, log.read_text()[-3000:]
        if subprocess.run(check, capture_output=True, timeout=30).returncode == 0:
            return
        time.sleep(0.5)
    raise AssertionError("no ok from /_stcore/health:\n" + log.read_text()[-3000:])


@pytest.mark.slow
def test_container_install_and_start_commands_in_a_fresh_venv(tmp_path):
    """What the image and the devcontainer do, here without an engine: a fresh venv of the Dockerfile's Python,
    its pip install, its CMD (on a free loopback port instead of 0.0.0.0:8501), its HEALTHCHECK command until it
    exits 0; the devcontainer's start command the same way; and the landing page and an MXNet page under AppTest."""
    if THIS_PYTHON != docker_python():
        pytest.skip(f"the Dockerfile's Python is {docker_python()}: its leg of CI runs this")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    bin_ = venv / "bin"
    (install,) = [run for run in instruction("RUN") if run.startswith("pip install")]
    argv = shlex.split(install)
    started = time.time()
    subprocess.run([str(bin_ / "python"), "-m", *argv, "-q", "--disable-pip-version-check"], cwd=ROOT, check=True,
                   timeout=PYPI_TIMEOUT * 2)
    print(f"fresh venv install of requirements.txt on {THIS_PYTHON}: {time.time() - started:.0f} s")

    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    port = str(free_port())
    command = docker_command()
    command = [str(bin_ / command[0]), *command[1:]]
    command[command.index("--server.address") + 1] = "127.0.0.1"  # this machine serves loopback only
    command[command.index("--server.port") + 1] = port
    check = docker_healthcheck()
    check = [str(bin_ / check[0]), *[part.replace(":8501/", f":{port}/") for part in check[1:]]]
    assert port in " ".join(check)
    dev_start = shlex.split(devcontainer()["postAttachCommand"]["server"])
    dev_port = str(free_port())
    dev_start = [str(bin_ / "python"), *dev_start[1:], "--server.port", dev_port, "--server.address", "127.0.0.1"]
    dev_check = [part.replace(f":{port}/", f":{dev_port}/") for part in check]

    for start, probe, name in ((command, check, "docker"), (dev_start, dev_check, "devcontainer")):
        log = tmp_path / f"{name}.log"
        with open(log, "w") as out:
            proc = subprocess.Popen(start, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env)
        try:
            wait_healthy(probe, time.time() + 90, proc, log)
        finally:
            proc.terminate()
            proc.wait(timeout=30)

    pages = subprocess.run([str(bin_ / "python"), "-c", (
        "from streamlit.testing.v1 import AppTest\n"
        "at = AppTest.from_file('app.py', default_timeout=180).run()\n"
        "assert not at.exception, at.exception\n"
        "at.switch_page('pages/1_broadcasting.py').run()\n"
        "assert not at.exception, at.exception\n"
        "print('pages ok', len(at.code))\n")], cwd=ROOT, capture_output=True, text=True, timeout=400, env=env)
    assert pages.returncode == 0 and "pages ok" in pages.stdout, pages.stderr[-3000:]
