"""The catalog: every key in English and Chinese, the same placeholders in both, every key the code uses present."""
import re
import string
from pathlib import Path

import pytest

from ui import shell
from ui.catalog import STRINGS
from ui.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "ui").rglob("*.py"))]
PREFIXES = {key.split(".")[0] for key in STRINGS}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_every_key_has_every_language_with_the_same_placeholders(key):
    entry = STRINGS[key]
    assert set(entry) == set(LANGUAGES), f"{key} lacks {set(LANGUAGES) - set(entry)}"
    for lang in LANGUAGES:
        assert entry[lang].strip(), f"{key} is empty in {lang}"
    assert placeholders(entry["en"]) == placeholders(entry["zh"]), key


NOTATION = {"sm.probabilities_axis", "sm.gluon"}  # maths and API names, the same in both languages


def test_chinese_entries_are_really_translated():
    """A Chinese entry equal to the English one is only acceptable for names and notation."""
    same = [k for k, v in STRINGS.items() if v["en"] == v["zh"] and re.search(r"[a-z]{4,}", v["en"])]
    assert sorted(same) == sorted(NOTATION)


def literal_keys() -> set[str]:
    found = set()
    for path in SOURCES:
        for literal in re.findall(r"""["']([a-z_]+\.[a-z0-9_.]+)["']""", path.read_text(encoding="utf-8")):
            if literal.split(".")[0] in PREFIXES and not literal.endswith(".") and not literal.endswith(".py"):
                found.add(literal)
    return found


def test_every_key_the_code_names_exists():
    missing = sorted(k for k in literal_keys() if k not in STRINGS)
    assert missing == []


def test_keys_built_at_run_time_exist():
    dynamic = [p.name + suffix for p in shell.PAGES for suffix in (".title", ".idea", ".nav")]
    codes = re.findall(r'ShapeError\("([a-z_]+)"', (ROOT / "explain" / "broadcasting" / "shapes.py").read_text())
    dynamic += ["bc.err." + code for code in codes]
    dynamic += ["bc.rule." + rule for rule in ("equal", "stretch", "mismatch")]
    assert len(codes) >= 9
    assert [k for k in dynamic if k not in STRINGS] == []


def test_the_scan_finds_the_keys_pages_use():
    assert {"bc.presets", "shell.link", "block.reveal"} <= literal_keys()


CODE = [path for path in SOURCES if path.name != "catalog.py" and path.parent.name != "strings"]
REGISTRIES = sorted((ROOT / "explain").rglob("*.py")) + sorted((ROOT / "ui" / "params").glob("*.py"))
BUILT = re.compile(r"""f["']([a-z_]+\.(?:[a-z_]+\.)?[a-z_]*)\{"""  # f"fit.verdict.{kind}"
                   r"""|["']([a-z_]+\.(?:[a-z_]+\.)?(?:[a-z_]*_)?)["']\s*[+,]""")  # "do." + key, problem("bc.err.", e)
LITERAL = re.compile(r"""["']([A-Za-z_][A-Za-z0-9_]*)["']""")


def used_keys() -> set[str]:
    """Keys the code names whole, and keys it builds: a prefix written in a file joined to a name that the same
    file, or a registry (explain/, ui/params/), writes as a string literal."""
    registry_names = set()
    for path in REGISTRIES:
        registry_names |= set(LITERAL.findall(path.read_text(encoding="utf-8")))
    used = {p.name + suffix for p in shell.PAGES for suffix in (".title", ".idea", ".nav")}
    for path in CODE:
        text = path.read_text(encoding="utf-8")
        used |= {key for key in STRINGS if f'"{key}"' in text or f"'{key}'" in text}
        prefixes = {a or b for a, b in BUILT.findall(text)}
        names = set(LITERAL.findall(text)) | registry_names
        used |= {key for key in STRINGS for prefix in prefixes
                 if key.startswith(prefix) and key[len(prefix):] in names}
    return used


def test_every_key_is_used_somewhere():
    """No dead text: every key, with no family exempt, is named in the code or built there from a name the
    code has (a preset's key, an error's code, a registry's name)."""
    assert sorted(set(STRINGS) - used_keys()) == []


def test_a_dead_key_is_found(monkeypatch):
    """The scan is not so generous that a key nobody asks for passes, even in a family the code builds."""
    fake = {"fit.verdict.no_such_kind", "do.no_such_label", "sm.err.no_such_code", "bc.kind.nothing"}
    import test_catalog
    monkeypatch.setattr(test_catalog, "STRINGS", {**STRINGS, **{k: {"en": "x", "zh": "x"} for k in fake}})
    assert fake.isdisjoint(test_catalog.used_keys())
    assert {"fit.err.degree", "bc.kind.real", "sm.preset.d2l"} <= test_catalog.used_keys()


def test_each_page_keeps_its_strings_in_its_own_module():
    from ui import catalog
    names = {m.__name__.rsplit(".", 1)[1] for m in catalog.MODULES}
    assert {"common", "broadcasting", "activations", "softmax"} <= names
    assert sum(len(m.STRINGS) for m in catalog.MODULES) == len(STRINGS)  # no key defined twice


def test_a_key_defined_twice_is_refused():
    from types import SimpleNamespace
    from ui.catalog import _merge
    one = SimpleNamespace(STRINGS={"x.a": {"en": "a", "zh": "甲"}})
    with pytest.raises(KeyError):
        _merge([one, one])
