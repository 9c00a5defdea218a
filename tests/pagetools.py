"""Helpers for the page tests: page scripts, hostile link values, and a clean-run assertion."""

BROADCASTING = "pages/1_broadcasting.py"
ACTIVATIONS = "pages/4_activations.py"
SOFTMAX = "pages/3_softmax.py"
HOSTILE = ["<script>alert(1)</script>", "'; DROP TABLE x; --", "{__import__('os')}", "9" * 300, "%00", "NaN",
           "-1", "1e309", "()()", "🙂"]


def assert_clean(at):
    """The run raised nothing."""
    assert not at.exception, [e.value for e in at.exception]


def widget_value(at, param):
    """The value the page's widget for a parameter-table row holds."""
    getter = {"text": at.text_input, "radio": at.radio, "select": at.selectbox, "slider": at.slider,
              "toggle": at.toggle, "multiselect": at.multiselect}[param.kind]
    return getter(key=param.key).value


def link_notice(at) -> str:
    """The page's notice of link values no control could take (empty when there is none)."""
    from ui.catalog import STRINGS
    prefix = STRINGS["shell.bad_link"]["en"].split("{")[0]
    return "\n".join(i.value for i in at.info if i.value.startswith(prefix))


def took_link_value(at, param, raw: str) -> bool:
    """The widget holds what the link said: the same text, number or option (as the URL spells it)."""
    import math
    value = widget_value(at, param)
    if param.kind == "text":
        return raw == value
    if param.kind == "slider":
        try:
            return math.isclose(float(raw), value, rel_tol=1e-9, abs_tol=1e-12)
        except ValueError:
            return False
    return param.url_value(value) == [raw]


def assert_controls_legal(at, table, keys):
    """Each control holds a value of its own range or options, and the URL names only the page's keys."""
    for key in keys:
        param, value = table[key], widget_value(at, table[key])
        if param.kind == "slider":
            assert param.lo <= value <= param.hi, key
        elif param.options and param.kind != "multiselect":
            assert value in param.options, key
    assert set(at.query_params) <= set(table.url_keys()) | {"lang", "proj"}
