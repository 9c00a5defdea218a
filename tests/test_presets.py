"""A button that sets controls (a preset, D2L's settings, Add) replaces what the link said: it is no bad link.

Opened from a link that holds a value for every control, each button of every page's parameter table is
clicked; the page must not then say that a value of the link could not be used.
"""
from urllib.parse import parse_qsl

import pytest

from conftest import open_page
from pagetools import assert_clean, link_notice
from ui import shell
from ui.params import TABLES

SCRIPTS = {topic.name: topic.script for topic in shell.TOPICS}
CLICKS = [(page, move) for page, table in TABLES.items() for move in table.clicks]


def linked_values(table) -> dict[str, str]:
    """A link that holds a value other than the default for every slider, select box and radio of the page."""
    query = {}
    for param in table.params:
        if param.kind not in ("slider", "select", "radio") or isinstance(param.default, (tuple, list)):
            continue
        default = param.url_value(param.default)
        for i in range(1, 40):
            value = param.sample(i)
            if value != default:
                query[param.key] = value[0]
                break
    return query


@pytest.mark.parametrize("page, move", CLICKS, ids=[f"{page}-{move.key}" for page, move in CLICKS])
def test_a_button_that_sets_controls_is_not_told_as_a_bad_link(page, move):
    query = linked_values(TABLES[page])
    query.update(parse_qsl(move.query or ""))  # as the browser reads the link ("The+layer" is "The layer")
    at = open_page(SCRIPTS[page], **query)
    assert_clean(at)
    assert not link_notice(at), f"the link itself is legal: {link_notice(at)}"
    at.button(key=move.key).click().run()
    assert_clean(at)
    assert not link_notice(at), f"{move.key} after {query}: {link_notice(at)}"
