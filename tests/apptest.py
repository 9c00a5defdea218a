"""Open a page of the app with Streamlit's AppTest, as a link with query parameters would (tests and bench)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def open_page(script: str = "app.py", timeout: float = 60, **params):
    """Run one page of the app, as a link with these query parameters would open it."""
    from streamlit import config
    from streamlit.testing.v1 import AppTest

    config.set_option("client.showErrorDetails", "full")  # read the real message of any error
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    for key, value in params.items():
        at.query_params[key] = value
    if script != "app.py":
        at.switch_page(script)
    return at.run()
