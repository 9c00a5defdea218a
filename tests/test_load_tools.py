"""The load client's own parts (bench/load.py): its maths, its messages, its counting, and a short real run."""
import asyncio
import concurrent.futures
import sys
from pathlib import Path

import pytest
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import load  # noqa: E402
from common import percentiles  # noqa: E402


def test_percentiles_of_known_samples():
    assert percentiles(list(range(1, 101))) == (50.5, 95)
    assert percentiles([7.0]) == (7.0, 7.0)
    assert percentiles([30, 10, 20]) == (20, 30)


def test_summary_leaves_failed_actions_out_of_the_times_and_counts_them():
    fast, slow, failed = load.Run(ms=10, full_runs=1, runs=1), load.Run(ms=30, full_runs=1, runs=2), load.Run(ms=5)
    failed.errors.append("TimeoutError")
    summary = load.Result("softmax", "x", 3, [fast, slow, failed], [load.Run(ms=100)], seconds=2.0).summary()
    assert (summary["p50"], summary["p95"], summary["max"]) == (20, 30, 30)
    assert summary["errors"] == 1
    assert summary["full_runs"] == pytest.approx(2 / 3) and summary["runs"] == pytest.approx(1)
    assert summary["per_s"] == 1.0  # two answered actions in two seconds


def test_rerun_message_round_trip():
    widgets = [load.widget_state("$$ID-1-x0", "double_array_value", ["1.5"]),
               load.widget_state("$$ID-2-xr", "double_array_value", ["-6", "6"]),
               load.widget_state("$$ID-3-proj", "bool_value", ["true"]),
               load.widget_state("$$ID-4-logits", "string_value", ["1, 2, 3"]),
               load.widget_state("$$ID-5-compare", "string_array_value", ["relu", "tanh"]),
               load.widget_state("$$ID-6-preset", "trigger_value", [""])]
    data = load.rerun_message("x0=1.5", page_name="activations", page_hash="abc", widgets=widgets,
                              fragment_id="frag", url="http://127.0.0.1:8630/activations?x0=1.5", cached=["h1"])
    msg = BackMsg()
    msg.ParseFromString(data)
    state = msg.rerun_script
    assert (state.query_string, state.page_name, state.page_script_hash, state.fragment_id) == (
        "x0=1.5", "activations", "abc", "frag")
    assert state.context_info.url.endswith("/activations?x0=1.5") and list(state.cached_message_hashes) == ["h1"]
    got = {w.id: w for w in state.widget_states.widgets}
    assert list(got["$$ID-1-x0"].double_array_value.data) == [1.5]
    assert list(got["$$ID-2-xr"].double_array_value.data) == [-6.0, 6.0]
    assert got["$$ID-3-proj"].bool_value is True
    assert got["$$ID-4-logits"].string_value == "1, 2, 3"
    assert list(got["$$ID-5-compare"].string_array_value.data) == ["relu", "tanh"]
    assert got["$$ID-6-preset"].trigger_value is True


def test_merge_query_replaces_only_the_changed_parameters():
    assert load.merge_query("lang=zh&xr=-6&xr=6&x0=1", "x0=2.5") == "lang=zh&xr=-6&xr=6&x0=2.5"
    assert load.merge_query("", "logits=1%2C+2") == "logits=1%2C+2"


def _finished(status: str) -> bytes:
    msg = ForwardMsg()
    msg.script_finished = ForwardMsg.ScriptFinishedStatus.Value(status)
    return msg.SerializeToString()


def _slider(path, widget_id, fragment=""):
    msg = ForwardMsg()
    msg.metadata.delta_path.extend(path)
    msg.delta.fragment_id = fragment
    msg.delta.new_element.slider.id = widget_id
    return msg


def _markdown(path, body, cacheable_hash=""):
    msg = ForwardMsg()
    msg.metadata.delta_path.extend(path)
    msg.delta.new_element.markdown.body = body
    if cacheable_hash:
        msg.hash, msg.metadata.cacheable = cacheable_hash, True
    return msg


def test_reader_counts_runs_errors_and_widgets():
    reader, run = load.Reader(digests=True), load.Run()
    first = ForwardMsg()
    first.new_session.page_script_hash = "entry"
    nav = ForwardMsg()
    nav.navigation.page_script_hash = "page"
    page = nav.navigation.app_pages.add()
    page.url_pathname, page.page_script_hash = "softmax", "page"
    info = ForwardMsg()
    info.page_info_changed.query_string = "T=2"
    broken = ForwardMsg()
    broken.metadata.delta_path.extend([0, 3])
    broken.delta.new_element.exception.type = "ValueError"
    stream = [first, nav, info, _slider([0, 1], "$$ID-ab-T"), _slider([0, 2], "$$ID-cd-depth", "frag1"), broken]
    for msg in stream:
        assert not reader.feed(msg.SerializeToString(), run)
    # a run cut short by st.rerun() is not the end of the request; the next run that finishes is
    assert not reader.feed(_finished("FINISHED_EARLY_FOR_RERUN"), run)
    assert not reader.feed(first.SerializeToString(), run)
    assert reader.feed(_finished("FINISHED_SUCCESSFULLY"), run)
    assert (run.full_runs, run.runs, run.messages) == (2, 2, 9)
    assert run.errors == ["exception: ValueError: "] and run.query == "T=2"
    assert reader.page_hash == "page" and reader.pages == {"softmax": "page"}
    assert reader.widgets["T"] == load.Widget("$$ID-ab-T", "double_array_value", "")
    assert reader.widgets["depth"].fragment_id == "frag1"
    assert run.elements[(0, 1)][0] == "slider" and run.elements[(0, 3)][0] == "exception"
    # a fragment's rerun also starts with a new_session message, naming the fragment: not a full run
    fragment_run, started = load.Run(), ForwardMsg()
    started.new_session.fragment_ids_this_run.append("frag1")
    assert not reader.feed(started.SerializeToString(), fragment_run)
    assert reader.feed(_finished("FINISHED_FRAGMENT_RUN_SUCCESSFULLY"), fragment_run)
    assert (fragment_run.full_runs, fragment_run.runs) == (0, 1)


def test_reader_resolves_references_to_cached_elements():
    reader, first, second = load.Reader(digests=True), load.Run(), load.Run()
    reader.feed(_markdown([0, 4], "a large element", cacheable_hash="h1").SerializeToString(), first)
    reader.feed(_finished("FINISHED_SUCCESSFULLY"), first)
    assert reader.cached_hashes() == ["h1"]
    ref = ForwardMsg()
    ref.ref_hash = "h1"
    ref.metadata.delta_path.extend([0, 4])
    reader.feed(ref.SerializeToString(), second)
    assert second.refs == 1 and second.elements == first.elements and not second.errors
    unknown = ForwardMsg()
    unknown.ref_hash = "never-sent"
    reader.feed(unknown.SerializeToString(), second)
    assert second.errors


def test_compare_outputs_finds_a_differing_element_for_the_same_query():
    def run(query, body):
        r, reader = load.Run(), load.Reader(digests=True)
        reader.query = query
        reader.feed(_markdown([0, 1], body).SerializeToString(), r)
        reader.feed(_finished("FINISHED_SUCCESSFULLY"), r)
        return r

    same = [run("T=1", "p = 0.5"), run("T=1", "p = 0.5"), run("T=2", "p = 0.7")]
    assert load.compare_outputs(same) == (1, [])
    compared, mismatches = load.compare_outputs(same + [run("T=2", "p = 0.8")])
    assert compared == 2 and len(mismatches) == 1 and "markdown" in mismatches[0]


def test_only_loopback_addresses():
    assert load.loopback("ws://127.0.0.1:8640") == "ws://127.0.0.1:8640"
    assert load.loopback("localhost:8640") == "ws://localhost:8640"
    with pytest.raises(SystemExit):
        load.loopback("ws://10.0.0.5:8640")


@pytest.mark.slow
def test_two_sessions_two_rounds_against_a_real_server():
    """A short real run on the landing page: every action one full rerun, no errors, the language switched."""
    port = load.free_port()
    proc = load.serve(port, {0})
    try:
        # its own thread and event loop: the browser tests' Playwright keeps one running in this thread
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            result = pool.submit(asyncio.run, load.load(f"ws://127.0.0.1:{port}", "", 2, 2, None, 0.0,
                                                        pids=[proc.pid], digests=True)).result()
    finally:
        proc.terminate()
        proc.wait(10)
    summary = result.summary()
    assert summary["errors"] == 0 and summary["actions"] == 4
    assert summary["full_runs"] == 1 and summary["runs"] == 1
    # two languages, two pictures: every session drew the same page for the same language
    pages = {frozenset(run.elements.items()) for run in result.actions}
    chinese = {frozenset(run.elements.items()) for run in result.actions if run.query == "lang=zh"}
    assert len(pages) == 2 and len(chinese) == 1
    assert summary["rss_mb"] > 50 and summary["cpu_ms"] > 0
