"""The linear-regression page in Chromium at 1280 × 720 with the sidebar open (a common laptop, projector mode off):
the path chart is whole inside its column (it was 767 px wide in a 599 px column, the loss panel cut off)."""
import pytest

from browsertools import open_view, require_chromium

require_chromium()


@pytest.mark.parametrize("query", ["", "linlr=3", "linbs=1&linep=10&lininit=far", "lang=zh&linlr=2&linbs=1000"])
def test_the_path_chart_fits_its_column_on_a_1280_laptop(server, browser, query):
    page = open_view(browser, f"{server}/linreg?{query}", 1280, 720)
    chart = page.locator("[data-testid=stVegaLiteChart]").first
    chart.locator("svg").first.wait_for(timeout=20_000)
    column = page.locator("[data-testid=stColumn]").nth(1).bounding_box()
    svg = chart.locator("svg").first.bounding_box()
    assert svg["x"] >= column["x"] - 1 and svg["x"] + svg["width"] <= column["x"] + column["width"] + 1, (svg, column)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.locator("[data-testid=stException]").count() == 0
    page.close()
