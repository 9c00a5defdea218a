"""The shared chart path: a table's digest tells tables apart, and the spec cache keys on the structure only."""
import altair as alt
import pandas as pd

from ui import blocks


def table(**changes):
    base = {"x": [0.0, 1.0, 2.0], "y": [1.0, 0.5, 0.25], "name": ["a", "b", "c"]}
    base.update(changes)
    return pd.DataFrame(base)


def test_equal_tables_have_equal_digests_and_any_change_shows():
    assert blocks.fingerprint(table()) == blocks.fingerprint(table().copy())
    variants = [table(), table(y=[1.0, 0.5, 0.26]), table(name=["a", "b", "d"]),
                table().rename(columns={"y": "z"}), table().set_axis([3, 4, 5]), table().iloc[::-1]]
    assert len({blocks.fingerprint(v) for v in variants}) == len(variants)


def test_categorical_columns_are_told_apart_by_their_names_and_codes():
    def named(codes, names):
        return table(name=pd.Categorical.from_codes(codes, categories=names))
    same = named([0, 1, 0], ["kept", "dropped"])
    assert blocks.fingerprint(same) == blocks.fingerprint(named([0, 1, 0], ["kept", "dropped"]))
    variants = [same, named([0, 1, 1], ["kept", "dropped"]), named([0, 1, 0], ["保留", "丢弃"]),
                named([1, 0, 1], ["dropped", "kept"]), table(name=["kept", "dropped", "kept"])]
    assert len({blocks.fingerprint(v) for v in variants}) == len(variants)


calls = []


def line_chart(data: pd.DataFrame, title: str, width: int) -> alt.Chart:
    calls.append(title)
    return alt.Chart(data).mark_line().encode(x="x:Q", y="y:Q").properties(title=title, width=width)


def test_the_spec_is_built_once_per_structure_and_carries_no_data():
    calls.clear()
    one = blocks._spec(line_chart, table(), ("t", 200), {})
    two = blocks._spec(line_chart, table(y=[9.0, 9.0, 9.0]), ("t", 200), {})
    assert len(calls) == 1 and one == two and one["title"] == "t"
    assert "datasets" not in one and "data" not in one
    one["title"] = "changed"  # every call gets its own dict
    assert blocks._spec(line_chart, table(), ("t", 200), {})["title"] == "t"
    blocks._spec(line_chart, table(), ("t", 300), {})
    assert len(calls) == 2


def test_texts_are_written_into_the_one_built_structure_as_json_would():
    calls.clear()
    titles = ["p = 0.35", 'a "quoted" \\ back\nslash', "温度 T = 2", "\u2028 and </script>"]
    specs = [blocks._spec(line_chart, table(), (title, 250), {}) for title in titles]
    assert len(calls) == 1  # one structure, four texts
    assert [s["title"] for s in specs] == titles


def frame_chart(frame: pd.DataFrame) -> alt.Chart:
    calls.append(len(frame))
    return alt.Chart(frame).mark_point().encode(x="x:Q", y="y:Q")


def scrubbed_chart(data: pd.DataFrame, title: str, last: int) -> alt.Chart:
    calls.append(title)
    step = alt.param(name="step", value=last, bind=alt.binding_range(min=0, max=last, step=1))
    return alt.Chart(data).mark_point().encode(x="x:Q", y="y:Q").add_params(step).properties(title=title)


def test_a_held_number_is_written_into_the_one_built_structure_as_a_number():
    """A scrubber's end (blocks.Held) changes with the run, not the structure: built once, each call's number in it."""
    calls.clear()
    specs = {last: blocks._spec(scrubbed_chart, table(), ("held", blocks.Held(last)), {}) for last in (3, 300, 7)}
    assert calls == ["\ue0000\ue000"]  # built once, with placeholders
    for last, spec in specs.items():
        built = scrubbed_chart(table().iloc[:0], "held", last).to_dict()
        for drop in ("$schema", "datasets", "data"):
            built.pop(drop, None)
        assert spec == built and spec["params"][0]["value"] == last and spec["params"][0]["bind"]["max"] == last


def held_in_text(data: pd.DataFrame, last: int) -> alt.Chart:
    return alt.Chart(data).mark_point().encode(x="x:Q").properties(title=f"up to {last}")


def test_a_held_number_used_inside_a_text_is_built_with_the_number_itself():
    assert blocks._spec(held_in_text, table(), (blocks.Held(12),), {})["title"] == "up to 12"


def test_data_passed_as_an_argument_is_keyed_by_its_values():
    calls.clear()
    first = blocks._spec(frame_chart, None, (table(),), {})
    again = blocks._spec(frame_chart, None, (table(),), {})
    other = blocks._spec(frame_chart, None, (table(y=[7.0, 7.0, 7.0]),), {})
    assert len(calls) == 2 and first == again and first != other


def filtered_chart(data: pd.DataFrame, labels: dict) -> alt.Chart:
    calls.append(labels["name"])
    return alt.Chart(data).mark_point().encode(x="x:Q", y="y:Q").transform_filter(alt.datum.name == labels["name"])


def test_a_text_inside_an_expression_is_built_with_the_text_itself():
    calls.clear()
    names = ("a", "it's", "温度 T = 2", "a")
    specs = [blocks._spec(filtered_chart, table(), ({"name": name},), {}) for name in names]
    assert len(calls) == 1 + 3  # the placeholder build, then one per distinct text
    for name, spec in zip(names, specs):
        assert spec["transform"] == filtered_chart(table().iloc[:0], {"name": name}).to_dict()["transform"]


def test_a_table_is_converted_to_arrow_once_and_exactly_as_streamlit_converts_it():
    from streamlit import dataframe_util
    tables = [table(), table(name=pd.Categorical.from_codes([0, 1, 0], categories=["保留", "丢弃"])),
              table().set_axis([3, 4, 5]), table(y=[1.0, float("nan"), 2.0]).astype({"x": "float32"})]
    for t in tables:
        converted = blocks._arrow(t, blocks.fingerprint(t))
        assert dataframe_util.convert_arrow_table_to_arrow_bytes(converted) == \
            dataframe_util.convert_pandas_df_to_arrow_bytes(t)
        assert blocks._arrow(t.copy(), blocks.fingerprint(t.copy())) is converted  # an equal table: no new conversion


def test_only_module_functions_are_cached_and_pages_wrap_nothing_new_on_a_rerun():
    import pytest
    from apptest import open_page
    from ui import shell

    def local(x):
        return x
    with pytest.raises(TypeError):
        blocks.cached(local)
    local.__module__, local.__qualname__ = "__main__", "local"  # as a page script's function is named
    with pytest.raises(TypeError):
        blocks.cached(local)
    for page in shell.PAGES:
        at = open_page(page.script)
        before = blocks.cached.cache_info().currsize
        at.run()
        assert not at.exception and blocks.cached.cache_info().currsize == before, page.name
