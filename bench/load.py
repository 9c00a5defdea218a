"""A classroom at once: many sessions acting on a page over Streamlit's own websocket protocol.

Each session opens a page as a deep link would, then acts as the browser does when a student moves a
control: one BackMsg `rerun_script` carrying the URL's query string, the changed widget's state and, for a
widget inside an st.fragment, the fragment's id; the action is timed until `script_finished`.
Prints p50/p95 per page and load, errors, server RSS and CPU time, and the script runs per action.

Run (starts `streamlit run app.py` itself, server on core 0, this client on the others):
    .venv/bin/python bench/load.py --page softmax --sessions 40 --every 5 --rounds 4
    .venv/bin/python bench/load.py --baseline                 # the issue's three loads on every page
    .venv/bin/python bench/load.py --url ws://127.0.0.1:8640 --pids 123,456 ...   # an existing server
    .venv/bin/python bench/load.py --page activations --sessions 10 --every 1 --check   # determinism
    .venv/bin/python bench/load.py --page all --action rerun --sessions 1 --rounds 40   # each page's full rerun
Each line also gives the server CPU per action (and the client's own), each process's share of it behind
nginx, and the slowest answer of each round (round 0 meets cold caches).
Only loopback addresses; every run is bounded in rounds and in seconds.
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import ipaddress
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode, urlsplit

from common import ROOT, percentiles

# What a widget's value is sent as (WidgetState's oneof), by the element that draws it (Streamlit 1.65).
VALUE_TYPES = {
    "slider": "double_array_value", "text_input": "string_value", "text_area": "string_value",
    "selectbox": "string_value", "radio": "string_value", "multiselect": "string_array_value",
    "checkbox": "bool_value", "button": "trigger_value", "number_input": "double_value",
    "select_slider": "string_array_value", "button_group": "string_array_value",
}
DONE = ("FINISHED_SUCCESSFULLY", "FINISHED_FRAGMENT_RUN_SUCCESSFULLY", "FINISHED_WITH_COMPILE_ERROR")
ACTION_TIMEOUT = 60.0  # seconds one action may take before it counts as an error


# --- scenarios: what each session types or moves on each page, varied per session and round ---
# Each page's move comes from its parameter table (ui/params/<page>.py: `load` or `load_key`, and the deep
# link `load_open` a session opens the page with), so the bench moves the controls the page really has.

def language_action(s: int, r: int) -> str:
    """Switch the language back and forth (every page has it in the sidebar)."""
    return urlencode({"lang": "zh" if (s + r) % 2 == 0 else "en"})


def table_action(table):
    """The table's move for session s in round r, as the query string of one rerun."""
    return lambda s, r: urlencode(table.load_query(s, r), doseq=True)


def scenarios() -> dict:
    """page path → (query of the deep link it opens with, action(session, round) → query string of one move)."""
    from ui.params import TABLES  # the repository's ui, on sys.path through common
    return {"": ("", language_action),
            **{page: (table.load_open, table_action(table)) for page, table in TABLES.items()}}


SCENARIOS = scenarios()
# the baseline: (label, sessions, every seconds or None for back to back, rounds)
BASELINE = (("1 session, back to back", 1, None, 30), ("10 sessions every 2 s", 10, 2.0, 6),
            ("40 sessions every 5 s", 40, 5.0, 4))


# --- the protocol: BackMsgs out, ForwardMsgs in ---

def rerun_message(query: str, *, page_name: str = "", page_hash: str = "", widgets=(), fragment_id: str = "",
                  url: str = "", cached=()) -> bytes:
    """A serialized BackMsg asking for a rerun, as the browser sends it."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    msg = BackMsg()
    state = msg.rerun_script
    state.query_string = query
    state.page_name = page_name
    state.page_script_hash = page_hash
    state.fragment_id = fragment_id
    state.widget_states.widgets.extend(widgets)
    state.cached_message_hashes.extend(cached)
    if url:
        state.context_info.url = url
    return msg.SerializeToString()


def widget_state(widget_id: str, value_type: str, raw: list[str]):
    """The WidgetState the browser sends for a widget set to the URL value(s) `raw`."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    state = WidgetState(id=widget_id)
    if value_type == "trigger_value":
        state.trigger_value = True
    elif value_type == "bool_value":
        state.bool_value = raw[-1].lower() == "true"
    elif value_type == "double_value":
        state.double_value = float(raw[-1])
    elif value_type == "string_value":
        state.string_value = raw[-1]
    elif value_type == "double_array_value":
        state.double_array_value.data.extend(float(v) for v in raw)
    elif value_type == "string_array_value":
        state.string_array_value.data.extend(raw)
    else:
        raise ValueError(f"cannot send a {value_type} widget")
    return state


def merge_query(query: str, change: str) -> str:
    """The URL's query string after the browser writes the changed parameters into it."""
    params = parse_qs(query, keep_blank_values=True)
    params.update(parse_qs(change, keep_blank_values=True))
    return urlencode(params, doseq=True)


@dataclass
class Widget:
    """A widget seen on the page: its element id, value type and the fragment it lives in ('' if none)."""

    id: str
    value_type: str
    fragment_id: str


@dataclass
class Run:
    """What the server sent for one request, up to its final script_finished."""

    ms: float = 0.0
    full_runs: int = 0          # new_session messages without fragment ids: whole-script runs
    runs: int = 0               # script_finished messages: whole-script and fragment runs
    refs: int = 0               # elements sent as a reference to the browser's cache
    messages: int = 0
    bytes: int = 0
    errors: list[str] = field(default_factory=list)
    elements: dict = field(default_factory=dict)  # delta path → (element type, digest of its content)
    query: str = ""
    round: int = 0


class Reader:
    """Folds a session's ForwardMsgs into a Run, and remembers the page's widgets and query string."""

    def __init__(self, digests: bool = False):
        self.digests = digests  # keep a digest of every element drawn (for --check; costs the client CPU)
        self.widgets: dict[str, Widget] = {}
        self.page_hash = ""
        self.query = ""
        self.pages: dict[str, str] = {}  # url path → page script hash
        # Like the browser, keep large (cacheable) elements of the last runs by hash and tell the server,
        # which then sends a reference instead of an element the browser already has.
        self.cache: dict[str, bytes] = {}
        self.cache_age: dict[str, int] = {}
        self.run_count = 0

    def cached_hashes(self) -> list[str]:
        """Hashes of the elements kept from the last runs (Streamlit's maxCachedMessageAge is 2)."""
        return list(self.cache)

    def feed(self, data: bytes, run: Run) -> bool:
        """Take one message; True once the request's last run has finished."""
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
        from streamlit.runtime.state.common import user_key_from_element_id

        msg = ForwardMsg()
        msg.ParseFromString(data)
        run.messages += 1
        run.bytes += len(data)
        kind = msg.WhichOneof("type")
        if kind == "ref_hash":
            run.refs += 1
            if msg.ref_hash not in self.cache:
                run.errors.append(f"reference to an element never received: {msg.ref_hash}")
                return False
            self.cache_age[msg.ref_hash] = self.run_count
            ref = msg
            msg = ForwardMsg()
            msg.ParseFromString(self.cache[ref.ref_hash])
            msg.metadata.CopyFrom(ref.metadata)
            kind = msg.WhichOneof("type")
        elif msg.metadata.cacheable and msg.hash:
            self.cache[msg.hash] = data
            self.cache_age[msg.hash] = self.run_count
        if kind == "new_session" and not msg.new_session.fragment_ids_this_run:  # sent for fragment runs too
            run.full_runs += 1
        elif kind == "navigation":  # the page that ran (new_session names only the entry script, app.py)
            self.page_hash = msg.navigation.page_script_hash
            self.pages = {p.url_pathname: p.page_script_hash for p in msg.navigation.app_pages}
        elif kind == "page_info_changed":
            self.query = msg.page_info_changed.query_string
        elif kind == "page_not_found":
            run.errors.append(f"page not found: {msg.page_not_found.page_name!r}")
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            etype = element.WhichOneof("type")
            if etype == "exception":
                run.errors.append(f"exception: {element.exception.type}: {element.exception.message[:200]}")
            if self.digests:
                path = tuple(msg.metadata.delta_path)
                run.elements[path] = (etype, hashlib.blake2b(element.SerializeToString(deterministic=True),
                                                             digest_size=8).hexdigest())
            widget = getattr(element, etype)
            if etype in VALUE_TYPES and getattr(widget, "id", ""):
                key = user_key_from_element_id(widget.id)
                if key:
                    self.widgets[key] = Widget(widget.id, VALUE_TYPES[etype], msg.delta.fragment_id)
        elif kind == "script_finished":
            run.runs += 1
            self.run_count += 1
            for stale in [h for h, age in self.cache_age.items() if self.run_count - age > 2]:
                del self.cache[stale], self.cache_age[stale]
            status = ForwardMsg.ScriptFinishedStatus.Name(msg.script_finished)
            if status == "FINISHED_WITH_COMPILE_ERROR":
                run.errors.append("script failed to compile")
            if status in DONE:
                run.query = self.query
                return True
        return False


def page_cookies(url: str) -> str:
    """GET the page as a browser does; the cookies it sets, as a Cookie header ('' if none)."""
    with urllib.request.urlopen(url, timeout=ACTION_TIMEOUT) as response:
        response.read()
        return "; ".join(c.split(";")[0] for c in response.headers.get_all("Set-Cookie") or [])


class Session:
    """One student's browser tab: a websocket to /_stcore/stream on one page."""

    def __init__(self, base: str, page: str, digests: bool = False):
        self.base, self.page = base, page  # base like ws://127.0.0.1:8630
        self.reader = Reader(digests)
        self.ws = None
        self.sent: dict[str, object] = {}  # widget id → the WidgetState last sent (the browser resends them all)

    async def open(self, query: str) -> Run:
        """Connect and run the page as a deep link with this query string opens it."""
        from websockets.asyncio.client import connect

        host = urlsplit(self.base).netloc
        try:  # the browser first loads the page, and keeps the cookies it is given (a proxy's sticky one)
            cookie = await asyncio.to_thread(page_cookies, self._url(query))
            self.ws = await connect(self.base + "/_stcore/stream", subprotocols=["streamlit"],
                                    origin=f"http://{host}", additional_headers={"Cookie": cookie} if cookie else None,
                                    max_size=None, open_timeout=ACTION_TIMEOUT, ping_interval=None)  # as a browser
        except Exception as error:  # refused, reset, timed out: the student sees no page
            return Run(errors=[f"connect /{self.page}: {type(error).__name__}: {error}"[:200]])
        self.reader.query = query
        return await self._request(rerun_message(query, page_name=self.page, url=self._url(query)))

    async def act(self, change: str) -> Run:
        """Set the widgets named in `change` (a query string) as a student would, one rerun request."""
        if self.ws is None:
            return Run(errors=["not connected"])
        fragments = set()
        for key, raw in parse_qs(change, keep_blank_values=True).items():
            widget = self.reader.widgets.get(key)
            if widget is None:
                run = Run()
                run.errors.append(f"no widget with key {key!r} on /{self.page}")
                return run
            self.sent[widget.id] = widget_state(widget.id, widget.value_type, raw)
            fragments.add(widget.fragment_id)
        query = merge_query(self.reader.query, change)
        self.reader.query = query
        fragment = fragments.pop() if len(fragments) == 1 else ""
        widgets = [state for state in self.sent.values()]
        message = rerun_message(query, page_hash=self.reader.page_hash, widgets=widgets, fragment_id=fragment,
                                url=self._url(query), cached=self.reader.cached_hashes())
        for state in widgets:  # a button's click is sent once
            if state.WhichOneof("value") == "trigger_value":
                del self.sent[state.id]
        return await self._request(message)

    async def close(self):
        if self.ws is not None:
            await self.ws.close()

    def _url(self, query: str) -> str:
        return "http://" + urlsplit(self.base).netloc + "/" + self.page + ("?" + query if query else "")

    async def _request(self, message: bytes) -> Run:
        run = Run()
        start = time.perf_counter()
        try:
            await self.ws.send(message)
            async with asyncio.timeout(ACTION_TIMEOUT):
                while not self.reader.feed(await self.ws.recv(), run):
                    pass
        except Exception as error:  # a lost connection or a timeout is an error
            run.errors.append(f"{type(error).__name__}: {error}"[:200])
        run.ms = (time.perf_counter() - start) * 1000
        return run


# --- a load: N sessions, R rounds, bursts or back to back ---

@dataclass
class Result:
    """Everything one load on one page measured."""

    page: str
    label: str
    sessions: int
    actions: list[Run]
    opens: list[Run]
    seconds: float
    late: int = 0
    cpu_s: float = 0.0
    rss_mb: float = 0.0
    client_cpu_s: float = 0.0  # this client's own CPU time (on a 2-core machine it competes with the servers)
    shares: list = field(default_factory=list)  # each server process's part of the server CPU time

    def summary(self) -> dict:
        """The numbers of the report line."""
        done = [a for a in self.actions if not a.errors]
        ms = [a.ms for a in done] or [float("nan")]
        p50, p95 = percentiles(ms)
        opened = [o.ms for o in self.opens if not o.errors] or [float("nan")]
        n = len(self.actions) or 1
        return {"page": "/" + self.page, "load": self.label, "actions": len(self.actions), "p50": p50, "p95": p95,
                "max": max(ms), "errors": sum(bool(a.errors) for a in self.actions + self.opens),
                "full_runs": sum(a.full_runs for a in self.actions) / n, "runs": sum(a.runs for a in self.actions) / n,
                "kb": sum(a.bytes for a in self.actions) / n / 1024, "late": self.late,
                "cpu_ms": 1000 * self.cpu_s / n if self.cpu_s else float("nan"),
                "client_cpu_ms": 1000 * self.client_cpu_s / n,
                "round_max": [max([a.ms for a in done if a.round == r] or [float("nan")])
                              for r in range(1 + max([a.round for a in self.actions] or [0]))], "shares": [round(x, 2) for x in self.shares],
                "per_s": len(done) / self.seconds if self.seconds else 0.0, "rss_mb": self.rss_mb,
                "open_p50": percentiles(opened)[0], "open_p95": percentiles(opened)[1]}


def format_line(s: dict) -> str:
    """One printed line of a summary."""
    return (f"{s['page']:<14} {s['load']:<26} n={s['actions']:<4} p50={s['p50']:7.0f} ms  p95={s['p95']:7.0f} ms  "
            f"max={s['max']:7.0f}  err={s['errors']}  runs/action={s['full_runs']:.2f} full, {s['runs']:.2f} all  "
            f"{s['kb']:.0f} KB/action  cpu={s['cpu_ms']:.0f} ms/action (client {s['client_cpu_ms']:.0f})  "
            f"{s['per_s']:.1f} actions/s  "
            f"late={s['late']}  {'CPU split ' + '/'.join(f'{x:.0%}' for x in s['shares']) + '  ' if len(s['shares']) > 1 else ''}"
            f"slowest per round {'/'.join(f'{m:.0f}' for m in s['round_max'])} ms  RSS={s['rss_mb']:.0f} MB  open p50/p95={s['open_p50']:.0f}/{s['open_p95']:.0f} ms")


class Meter:
    """CPU seconds and peak RSS of the server processes while a load runs."""

    def __init__(self, pids):
        import psutil

        self.procs = [psutil.Process(p) for p in pids]
        self.peak = 0
        self._each0 = self.each()
        self._cpu0 = sum(self._each0)

    def each(self) -> list[float]:
        """CPU seconds of each server process so far."""
        return [sum(p.cpu_times()[:2]) for p in self.procs]

    def cpu(self) -> float:
        return sum(self.each())

    def shares(self) -> list[float]:
        """Each process's part of the CPU used since the start: how evenly the sessions were spread."""
        used = [now - then for now, then in zip(self.each(), self._each0)]
        return [u / (sum(used) or 1) for u in used]

    def sample(self):
        self.peak = max(self.peak, sum(p.memory_info().rss for p in self.procs))

    async def watch(self, stop: asyncio.Event):
        while not stop.is_set():
            self.sample()
            try:
                await asyncio.wait_for(stop.wait(), 0.25)
            except TimeoutError:
                pass

    def used(self) -> float:
        return self.cpu() - self._cpu0


async def load(base: str, page: str, sessions: int, rounds: int, every: float | None, think: float,
               action=None, open_query=None, pids=(), label="", max_seconds: float = 60.0, profile=None,
               digests: bool = False) -> Result:
    """Open `sessions` sessions on `page`, then let each act `rounds` times; returns what was measured.

    With `every`, all sessions act together at each multiple of `every` seconds (a teacher's "now move
    it"); without, each acts again `think` seconds after its last answer (back to back for 0).
    """
    default_open, default_action = SCENARIOS.get(page, ("", language_action))
    action = action or default_action
    open_query = default_open if open_query is None else open_query
    tabs = [Session(base, page, digests) for _ in range(sessions)]
    # the teacher's tab first (a process's first run imports MXNet), then the class at once
    opens = [await tabs[0].open(open_query)]
    opens += await asyncio.gather(*(tab.open(open_query) for tab in tabs[1:]))
    meter = Meter(pids) if pids else None
    sampler = start_profile(pids, profile) if profile else []
    stop = asyncio.Event()
    watcher = asyncio.create_task(meter.watch(stop)) if meter else None
    actions: list[Run] = []
    late = 0
    client_cpu = time.process_time()
    start = time.perf_counter()
    deadline = start + max_seconds

    async def student(s: int):
        nonlocal late
        for r in range(rounds):
            if every is not None:
                wait = start + r * every - time.perf_counter()
                if wait > 0:
                    await asyncio.sleep(wait)
                elif r:
                    late += 1  # still waiting for the last answer when the teacher said "now"
            if time.perf_counter() > deadline:
                return
            run = await tabs[s].act(action(s, r))
            run.round = r
            actions.append(run)
            if every is None and think:
                await asyncio.sleep(think)

    await asyncio.gather(*(student(s) for s in range(sessions)))
    seconds = time.perf_counter() - start
    for proc in sampler:
        proc.send_signal(signal.SIGINT)  # py-spy writes its samples on SIGINT
        proc.wait(30)
    stop.set()
    if watcher:
        await watcher
    await asyncio.gather(*(tab.close() for tab in tabs))
    result = Result(page, label, sessions, actions, list(opens), seconds, late)
    result.client_cpu_s = time.process_time() - client_cpu
    if meter:
        meter.sample()
        result.cpu_s, result.rss_mb, result.shares = meter.used(), meter.peak / 2**20, meter.shares()
    return result


def compare_outputs(runs: list[Run]) -> tuple[int, list[str]]:
    """Runs that ended on the same query string must have drawn the same elements: (compared, mismatches)."""
    by_query: dict[str, dict] = {}
    compared, mismatches = 0, []
    for run in runs:
        if run.errors:
            continue
        first = by_query.setdefault(run.query, run.elements)
        if first is run.elements:
            continue
        compared += 1
        for path in sorted(first.keys() & run.elements.keys()):
            if first[path] != run.elements[path]:
                mismatches.append(f"?{run.query}: element {first[path][0]} at {list(path)} differs")
    return compared, mismatches


def rerun_action(s: int, r: int) -> str:
    """No control changed: the whole page runs again, as when the reader presses R (the page's full-rerun cost)."""
    return ""


def determinism_action(s: int, r: int, scenario=None) -> str:
    """A few shared moves in a different order per session, so each is made by many sessions at other times."""
    return scenario(0, (s + r) % 3)


# --- where the server's time goes: py-spy samples while the actions run ---

# (category, substrings of a frame "function (file:line)"); a sample goes to the first category that
# matches, looking from the innermost frame outwards, so "hashing inside st.cache_data" is hashing.
PROFILE_RULES = (
    ("idle: waiting (locks, queues, select, sleep)", ("wait (threading.py", "select (selectors.py",
                                                      "_worker (concurrent", "get (queue.py",
                                                      "polling_path_watcher.py:90", "do_poll (watchdog")),
    ("gc.collect(2) after every run (runner.postScriptGC)", ("_on_script_finished (streamlit/runtime/scriptrunner"
                                                              "/script_runner.py:1037",)),
    ("asyncio: waking the event loop per message", ("_write_to_self", "_read_from_self")),
    ("MXNet work on the worker thread", ("mxnet/",)),
    ("Arrow: tables to bytes", ("pyarrow", "convert_pandas_df_to_arrow", "convert_anything_to_arrow",
                                "data_frame_to_bytes", "arrow_table_to_bytes")),
    ("cache_data: hashing arguments", ("caching/hashing.py",)),
    ("cache_data: copying results (pickle)", ("caching/cache_data_api.py", "caching/cache_utils.py",
                                              "caching/storage")),
    ("vega-lite: spec to JSON", ("json/encoder.py", "json/__init__.py", "vega_charts.py")),
    ("pandas (tables built by the page)", ("pandas/",)),
    ("Altair (charts built)", ("altair/",)),
    ("element ids (hashing widget/element args)", ("compute_and_register_element_id", "compute_element_id",
                                                   "_compute_element_id")),
    ("widgets, session state, URL binding", ("runtime/state/",)),
    ("ForwardMsg: hash, queue, serialise, send", ("forward_msg", "serialize_forward_msg", "populate_hash",
                                                  "starlette", "websockets/", "uvicorn", "protobuf")),
    ("script: new session / page switch bookkeeping", ("app_session.py", "pages_manager.py", "script_runner.py",
                                                       "exec_code.py", "script_run_context.py")),
    ("Streamlit elements (markdown, page_link, layout…)", ("streamlit/elements", "streamlit/delta_generator",
                                                           "streamlit/navigation", "streamlit/commands")),
    ("the app's own code (ui/, explain/, pages/)", ("(ui/", "(explain/", "(app.py", "_broadcasting.py",
                                                    "_activations.py", "_softmax.py", "(pages/")),
    ("Python import machinery", ("<frozen importlib",)),
)


def start_profile(pids, path: str) -> list[subprocess.Popen]:
    """Start py-spy (raw collapsed stacks, all threads, without pausing the server) on each server."""
    spy = os.path.join(os.path.dirname(sys.executable), "py-spy")
    return [subprocess.Popen([spy, "record", "--pid", str(pid), "--rate", "200", "--format", "raw", "--nonblocking", *(["--gil"] if os.environ.get("PROFILE_GIL", "1") == "1" else []),
                              "--output", f"{path}.{pid}", "--duration", "600"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for pid in pids]


def attribute(lines) -> dict[str, int]:
    """Samples per category of PROFILE_RULES, from py-spy's collapsed stacks ('f1;f2;… count')."""
    totals: dict[str, int] = {}
    for line in lines:
        stack, _, count = line.rstrip().rpartition(" ")
        if not stack:
            continue
        frames = stack.split(";")
        name = "other"
        for frame in reversed(frames):
            match = next((cat for cat, keys in PROFILE_RULES if any(k in frame for k in keys)), None)
            if match:
                name = match
                break
        totals[name] = totals.get(name, 0) + int(count)
    return totals


def print_profile(path: str, pids, actions: int):
    """Where the sampled time went, per category, as % of busy samples and ms per action."""
    totals: dict[str, int] = {}
    for pid in pids:
        try:
            with open(f"{path}.{pid}") as raw:
                for name, n in attribute(raw).items():
                    totals[name] = totals.get(name, 0) + n
        except FileNotFoundError:
            print(f"   no profile from pid {pid} (py-spy installed? allowed to ptrace?)")
    busy = sum(n for name, n in totals.items() if not name.startswith("idle")) or 1
    print(f"   profile: {busy} samples holding the GIL at 200 Hz; ms per action = samples × 5 / {actions} actions")
    for name, n in sorted(totals.items(), key=lambda kv: -kv[1]):
        share = "" if name.startswith("idle") else f"{100 * n / busy:5.1f} %"
        print(f"   {name:<52} {share:>7}  {n * 5 / max(actions, 1):7.1f} ms/action")


# --- the server ---

def free_port(low: int = 8630, high: int = 8659) -> int:
    """A free loopback port in this bench's range."""
    for port in range(low, high + 1):
        with socket.socket() as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will (TIME_WAIT is free)
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {low}-{high}")


def serve(port: int, cores: set[int], log=None, extra=()) -> subprocess.Popen:
    """`streamlit run app.py` on 127.0.0.1:port, pinned to `cores`, once healthy (its log to `log`)."""
    out = open(log, "ab") if log else subprocess.DEVNULL
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.address",
         "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false", *extra],
        cwd=ROOT, stdout=out, stderr=out, preexec_fn=lambda: os.sched_setaffinity(0, cores))
    for _ in range(600):
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).read() == b"ok":
                return proc
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("streamlit did not start")


def loopback(url: str) -> str:
    """The websocket base of a loopback URL (anything else is refused)."""
    parts = urlsplit(url if "://" in url else "ws://" + url)
    host = parts.hostname or ""
    if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
        raise SystemExit(f"only loopback addresses: {host}")
    return f"ws://{parts.netloc}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--page", nargs="+", default=["softmax"],
                        help="url paths ('home' for the landing page), or 'all'")
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--every", type=float, help="all sessions act together every S seconds")
    parser.add_argument("--think", type=float, default=0.0, help="without --every: pause after each answer")
    parser.add_argument("--baseline", action="store_true", help="the issue's three loads on every page")
    parser.add_argument("--action", choices=("scenario", "rerun", "language"), default="scenario",
                        help="what each session does: the page's own move (SCENARIOS), a full rerun with nothing "
                             "changed, or switching the language")
    parser.add_argument("--check", action="store_true", help="spot-check: same query, same elements in every session")
    parser.add_argument("--url", help="an existing server (loopback only), e.g. ws://127.0.0.1:8640")
    parser.add_argument("--pids", default="", help="with --url: server pids for RSS and CPU, comma-separated")
    parser.add_argument("--server-cores", default="0")
    parser.add_argument("--max-seconds", type=float, default=60.0, help="stop starting actions after this")
    parser.add_argument("--json", help="append each summary as a JSON line to this file")
    parser.add_argument("--log", help="the started server's output to this file (tracebacks of errors)")
    parser.add_argument("--profile", help="sample the server with py-spy during the actions into FILE.<pid>")
    parser.add_argument("--server-option", action="append", default=[],
                        help="passed to the started `streamlit run`, e.g. --server-option=--runner.postScriptGC=false")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a killed bench still stops its server

    cores = sorted(os.sched_getaffinity(0))
    server_cores = {int(c) for c in args.server_cores.split(",")}
    proc = None
    if args.url:
        base, pids = loopback(args.url), [int(p) for p in args.pids.split(",") if p]
    else:
        port = free_port()
        proc = serve(port, server_cores, args.log, args.server_option)
        base, pids = f"ws://127.0.0.1:{port}", [proc.pid]
        others = set(cores) - server_cores
        if others:
            os.sched_setaffinity(0, others)
    try:
        asyncio.run(bench(args, base, pids))
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


async def bench(args, base: str, pids: list[int]):
    pages = args.page
    if pages == ["all"]:
        probe = Session(base, "")
        await probe.open("")
        await probe.close()
        pages = [""] + [p for p in probe.reader.pages if p]
    pages = ["" if p in ("home", "/") else p.strip("/") for p in pages]
    loads = BASELINE if args.baseline else (
        (f"{args.sessions} every {args.every:g} s" if args.every else
         f"{args.sessions} think {args.think:g} s", args.sessions, args.every, args.rounds),)
    print(f"server {base} pids {pids}; client on cores {sorted(os.sched_getaffinity(0))}; load average "
          f"{os.getloadavg()[0]:.2f} (other work on this machine counts too)")
    for page in pages:
        for label, sessions, every, rounds in loads:
            action = {"scenario": None, "rerun": rerun_action, "language": language_action}[args.action]
            if args.check:
                scenario = SCENARIOS.get(page, ("", language_action))[1]
                action = lambda s, r, scenario=scenario: determinism_action(s, r, scenario)  # noqa: E731
            result = await load(base, page, sessions, rounds, every, args.think, action=action, pids=pids,
                                label=label, max_seconds=args.max_seconds, profile=args.profile, digests=args.check)
            summary = result.summary()
            print(format_line(summary), flush=True)
            if args.profile:
                print_profile(args.profile, pids, len(result.actions))
            errors = sorted({e for run in result.actions + result.opens for e in run.errors})
            for error in errors[:5]:
                print("   error:", error)
            if args.check:
                compared, mismatches = compare_outputs(result.actions)
                summary["check"] = {"compared": compared, "mismatches": len(mismatches)}
                print(f"   same query → same elements: {compared} runs compared with the first of their query, "
                      f"{len(mismatches)} differing elements")
                for line in mismatches[:10]:
                    print("   ", line)
            if args.json:
                with open(args.json, "a") as out:
                    out.write(json.dumps(summary) + "\n")
            await asyncio.sleep(1)


if __name__ == "__main__":
    main()
