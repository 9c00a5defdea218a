"""Helpers for the page tests: page scripts, hostile link values, and a clean-run assertion."""

BROADCASTING = "pages/1_broadcasting.py"
ACTIVATIONS = "pages/4_activations.py"
SOFTMAX = "pages/3_softmax.py"
HOSTILE = ["<script>alert(1)</script>", "'; DROP TABLE x; --", "{__import__('os')}", "9" * 300, "%00", "NaN",
           "-1", "1e309", "()()", "🙂"]


def assert_clean(at):
    """The run raised nothing."""
    assert not at.exception, [e.value for e in at.exception]
