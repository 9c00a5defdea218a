"""Rerun time per page and interaction (p50/p95), and cold start. Run: python bench/reruns.py"""
import socket
import subprocess
import sys
import time
import urllib.request

from common import ROOT, open_page, report, time_reruns

COUNT = 60


def cold_start():
    """Seconds from `streamlit run` to a healthy server, and to the first page run in a fresh process."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
                             "--server.address", "127.0.0.1", "--server.port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                if urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.05)
        healthy = time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait()
    first = subprocess.run([sys.executable, "-c", (
        "import time, sys; t = time.perf_counter(); sys.path.insert(0, 'bench'); from common import open_page; "
        "open_page('pages/1_broadcasting.py', predict='false'); print(time.perf_counter() - t)")],
        cwd=ROOT, capture_output=True, text=True, check=True)
    print(f"cold start: server healthy after {healthy:.2f} s; first broadcasting run in a fresh process "
          f"(imports MXNet) {float(first.stdout.split()[-1]):.2f} s")


def main():
    shapes = [f"{k % 7 + 1},{k % 5 + 1}" for k in range(COUNT)]
    at = open_page("app.py")
    report("home: switch language", time_reruns(at, lambda at, k: at.radio(key="lang").set_value("zh" if k % 2 else "en"), COUNT))
    at = open_page("pages/1_broadcasting.py", predict="false")
    report("broadcasting: type a new shape (uncached)", time_reruns(at, lambda at, k: at.text_input(key="a").set_value(shapes[k] + ",1"[: k % 2 * 2]), COUNT))
    report("broadcasting: type a seen shape (cached)", time_reruns(at, lambda at, k: at.text_input(key="a").set_value(shapes[k % 3]), COUNT))
    report("broadcasting: click a preset", time_reruns(at, lambda at, k: at.button(key=["preset_4,3_3,", "preset_3,4,2_4,2", "preset_4,3_4,1", "preset_4,3_4,"][k % 4]).click(), COUNT))
    report("broadcasting: projector mode on/off", time_reruns(at, lambda at, k: at.toggle(key="proj").set_value(k % 2 == 0), COUNT))
    at = open_page("pages/2_linreg.py", timeout=120)
    report("linreg: move the seed (uncached)", time_reruns(at, lambda at, k: at.slider(key="linseed").set_value(1 + k), COUNT))
    report("linreg: move the batch size (uncached)", time_reruns(at, lambda at, k: at.slider(key="linbs").set_value(2 + k), COUNT))
    report("linreg: choose a learning rate (cached)", time_reruns(at, lambda at, k: at.selectbox(key="linlr").set_value((0.03, 0.3, 3.0)[k % 3]), COUNT))
    at = open_page("pages/2_linreg.py", timeout=120, linbs="1", linep="10")
    report("linreg: seed at batch 1, 10 epochs (uncached)", time_reruns(at, lambda at, k: at.slider(key="linseed").set_value(1 + k), COUNT // 3))
    at = open_page("pages/4_activations.py")
    report("activations: move the probe (uncached)", time_reruns(at, lambda at, k: at.slider(key="x0").set_value(round(-5 + k * 0.1, 1)), COUNT))
    report("activations: move the probe (cached)", time_reruns(at, lambda at, k: at.slider(key="x0").set_value(round(-5 + (k % 5) * 0.1, 1)), COUNT))
    report("activations: compare three functions", time_reruns(at, lambda at, k: at.multiselect(key="compare").set_value([["relu", "tanh"], ["gelu", "elu"], ["swish"]][k % 3]), COUNT))
    report("activations: change depth (uncached)", time_reruns(at, lambda at, k: at.slider(key="depth").set_value(2 + k % 49), COUNT))
    report("activations: change depth + seed (uncached)", time_reruns(at, lambda at, k: (at.slider(key="depth").set_value(50), at.slider(key="seed").set_value(k + 1)), COUNT))
    at = open_page("pages/3_softmax.py")
    report("softmax: edit a logit (uncached)", time_reruns(at, lambda at, k: at.text_input(key="logits").set_value(f"1, {k * 0.1:.1f}, 0.5"), COUNT))
    report("softmax: edit a logit (cached)", time_reruns(at, lambda at, k: at.text_input(key="logits").set_value(f"1, {k % 4 * 0.1:.1f}, 0.5"), COUNT))
    report("softmax: move the temperature", time_reruns(at, lambda at, k: at.slider(key="T").set_value(round(0.05 * (1 + k), 2)), COUNT))
    at = open_page("pages/5_fitting.py", timeout=600)  # its first run trains the selection and decay sweeps
    report("fitting: degree + noise (uncached: fit, verdicts)", time_reruns(at, lambda at, k: (at.slider(key="fnoise").set_value(0.05 * (k % 20 + 1)), at.slider(key="fdeg").set_value(k % 21)), COUNT))
    report("fitting: degree (cached)", time_reruns(at, lambda at, k: at.slider(key="fdeg").set_value(k % 3 + 2), COUNT))
    report("fitting: click a preset", time_reruns(at, lambda at, k: at.button(key=f"fit_preset_{('under', 'right', 'two', 'high')[k % 4]}").click(), COUNT))
    cold_start()


if __name__ == "__main__":
    main()
