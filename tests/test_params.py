"""The parameter tables: one per page, keys unique across the app, every move naming a real control."""
import pytest

from ui import shell
from ui.params import KINDS, TABLES


def test_every_concept_page_has_a_table():
    assert set(TABLES) <= {page.name for page in shell.PAGES}


def test_keys_are_unique_across_the_app():
    """Streamlit keeps a widget's value per key for the whole session: a key two pages share carries one
    page's value into the other (an integer slider handed the string 'tanh')."""
    seen = {}
    for page, table in TABLES.items():
        for key in table.url_keys():
            assert key not in seen, f"?{key} is a control on both {seen[key]} and {page}"
            seen[key] = page


@pytest.mark.parametrize("page", sorted(TABLES))
def test_defaults_lie_inside_their_ranges(page):
    for param in TABLES[page].params:
        assert param.kind in KINDS
        if param.options:
            values = param.default if param.kind == "multiselect" else [param.default]
            assert all(v in param.options for v in values), param.key
        if param.kind == "slider":
            for v in param.default if isinstance(param.default, (tuple, list)) else [param.default]:
                assert param.lo <= v <= param.hi, param.key


@pytest.mark.parametrize("page", sorted(TABLES))
def test_the_load_bench_moves_a_real_control(page):
    table = TABLES[page]
    for s, r in [(0, 0), (3, 1), (39, 3)]:
        query = table.load_query(s, r)
        assert query and set(query) <= set(table.keys()), query
