"""A real browser against `streamlit run app.py`: Debian's Chromium driven by Playwright, as a student would click."""
import pytest

from browsertools import ARTIFACTS, open_view, require_chromium, settle
from interactions import BROWSER_ONLY, INTERACTIONS, MAIN_VIEWS
from ui import shell
from ui.catalog import STRINGS

require_chromium()

from playwright.sync_api import expect  # noqa: E402

SHOTS = ARTIFACTS / "screenshots"


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("projector", [False, True])
def test_every_page_in_both_languages_and_projector_mode(server, browser, lang, projector):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for p in shell.PAGES:
        query = f"lang={lang}" + ("&proj=true" if projector else "") + ("&predict=false" if p.path else "")
        size = (1280, 720) if projector else (1400, 1000)
        page = open_view(browser, f"{server}/{p.path}?{query}", *size)
        assert page.locator("[data-testid=stException]").count() == 0
        expect(page.locator("h1").first).to_contain_text(STRINGS[p.name + ".title"][lang])
        charts = page.locator("[data-testid=stVegaLiteChart]")
        if p.path:
            charts.first.locator("svg").first.wait_for(timeout=20_000)
            if projector:  # the main chart is on screen without scrolling
                box = charts.first.bounding_box()
                assert box["y"] + box["height"] <= 720, box
        name = f"{p.name}-{lang}{'-projector' if projector else ''}.png"
        page.screenshot(path=str(SHOTS / name), full_page=not projector)
        page.close()


def test_typing_a_shape_and_a_preset_update_the_page(server, browser):
    page = open_view(browser, f"{server}/broadcasting?predict=false")
    box = page.locator(".st-key-b input")
    box.fill("4")
    box.press("Enter")
    settle(page)
    expect(page.locator("[data-testid=stAlertContentError]").first).to_contain_text("(3 ≠ 4)")
    page.get_by_role("button", name="(3,4,2) + (4,2)").click()
    settle(page)
    expect(page.locator("[data-testid=stAlertContentSuccess]").first).to_contain_text("shape (3, 4, 2)")
    assert "a=3%2C4%2C2" in page.url and "b=4%2C2" in page.url
    assert page.locator("[data-testid=stException]").count() == 0
    page.close()


def test_predict_then_reveal(server, browser):
    page = open_view(browser, f"{server}/broadcasting")
    assert page.locator("[data-testid=stAlertContentSuccess]").count() == 0
    guess = page.locator(".st-key-guess input")
    guess.fill("(4, 3)")
    guess.press("Enter")
    settle(page)
    page.locator(".st-key-bc_reveal button").click()
    settle(page)
    expect(page.get_by_text(STRINGS["bc.guess_right"]["en"])).to_be_visible()
    page.close()


def test_a_deep_link_keeps_language_and_projector_mode_across_navigation(server, browser):
    page = open_view(browser, f"{server}/broadcasting?lang=zh&a=2,3&b=3&predict=false")
    expect(page.locator("h1").first).to_contain_text("广播机制")
    page.locator("[data-testid=stSidebar]").get_by_role("link", name=STRINGS["home.nav"]["zh"]).click()
    settle(page)
    expect(page.locator("h1").first).to_contain_text(STRINGS["home.title"]["zh"])
    assert "lang=zh" in page.url
    page.locator("[data-testid=stSidebar]").get_by_role("link", name="广播机制").click()
    settle(page)
    expect(page.locator("h1").first).to_contain_text("广播机制")
    assert page.locator("[data-testid=stException]").count() == 0
    page.close()


def test_switching_language_and_projector_mode_in_the_sidebar(server, browser):
    page = open_view(browser, f"{server}/broadcasting?predict=false")
    page.locator(".st-key-lang").get_by_text("zh", exact=True).click()
    settle(page)
    expect(page.locator("h1").first).to_contain_text("广播机制")
    assert "lang=zh" in page.url
    page.locator(".st-key-proj label").first.click()
    settle(page)
    assert "proj=true" in page.url
    size = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert size > 18
    page.close()


def test_a_hostile_link_shows_a_notice_not_an_error(server, browser):
    page = open_view(browser, f"{server}/broadcasting?n=99&a=%3Cscript%3E&lang=xx")
    assert page.locator("[data-testid=stException]").count() == 0
    expect(page.locator("[data-testid=stAlertContentInfo]").first).to_contain_text("n=99")
    expect(page.locator("[data-testid=stAlertContentError]").first).to_contain_text("Shape of a")
    page.close()


def test_clicking_the_activation_chart_moves_the_probe(server, browser):
    page = open_view(browser, f"{server}/activations")
    chart = page.locator("[data-testid=stVegaLiteChart]").first
    chart.locator("svg").first.wait_for(timeout=20_000)
    box = chart.bounding_box()
    x, y = box["x"] + box["width"] * 0.75, box["y"] + box["height"] * 0.5
    page.mouse.move(x, y)
    page.wait_for_timeout(200)
    page.mouse.click(x, y)
    settle(page)
    assert "x0=" in page.url
    x0 = float(page.url.split("x0=")[1].split("&")[0])
    assert 1.0 < x0 < 6.0  # three quarters across the default range -6..6
    expect(page.locator("[data-testid=stMarkdownContainer] strong", has_text=f"f({x0:g}) =").first).to_be_visible()
    page.close()


def test_back_and_forward_show_the_view_their_url_names(server, browser):
    page = open_view(browser, f"{server}/broadcasting?predict=false")
    page.locator(".st-key-lang").get_by_text("zh", exact=True).click()
    settle(page)
    box = page.locator(".st-key-a input")
    box.fill("2,3")
    box.press("Enter")
    settle(page)
    page.locator("[data-testid=stSidebar]").get_by_role("link", name=STRINGS["activations.nav"]["zh"]).click()
    settle(page)
    expect(page.locator("h1").first).to_contain_text(STRINGS["activations.title"]["zh"])
    page.go_back()
    settle(page, after=800)
    assert "/broadcasting" in page.url and "lang=zh" in page.url
    expect(page.locator("h1").first).to_contain_text(STRINGS["broadcasting.title"]["zh"])
    assert page.locator("[data-testid=stAlertContentInfo]").count() == 0  # no false "could not be used"
    page.go_forward()
    settle(page, after=800)
    expect(page.locator("h1").first).to_contain_text(STRINGS["activations.title"]["zh"])
    assert page.locator("[data-testid=stAlertContentInfo]").count() == 0
    page.close()


def test_tab_title_icon_and_document_language(server, browser):
    requests = []
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{server}/softmax?lang=zh")
    settle(page)
    assert page.title() == f"{STRINGS['softmax.title']['zh']} · {STRINGS['app.name']['zh']}"
    page.wait_for_function("document.documentElement.lang === 'zh-CN'", timeout=10_000)
    icons = page.evaluate("[...document.querySelectorAll('link[rel*=icon]')].map(l => l.href)")
    assert icons and all(i.startswith(server) for i in icons), icons
    outside = [u for u in requests if not u.startswith((server, "data:", "blob:"))]
    assert outside == [], outside  # nothing is fetched from the internet
    page.goto(f"{server}/")
    settle(page)
    assert page.title() == STRINGS["app.name"]["en"]
    page.close()


def test_the_link_to_this_view_is_the_current_address_and_copies(server, browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{server}/activations?compare=tanh&compare=GELU&xr=-8&xr=6")
    settle(page)
    link = page.locator("#fl-link-box")
    expect(link).to_have_value(page.url)
    assert "compare=tanh" in page.url and "compare=GELU" in page.url and "xr=-8" in page.url
    thumb = page.locator(".st-key-x0 input[type=range], .st-key-x0 [role=slider]").first
    thumb.focus()
    thumb.press("ArrowRight")
    settle(page)
    expect(link).to_have_value(page.url)
    page.locator("#fl-link-copy").click()
    expect(page.locator("#fl-link-done")).to_have_text(STRINGS["shell.copied"]["en"])
    assert page.evaluate("navigator.clipboard.readText()") == page.url
    context.close()


def test_a_revealed_check_keeps_its_pick_and_the_focus(server, browser):
    page = open_view(browser, f"{server}/softmax")
    check = page.locator(".st-key-sm_q")
    check.get_by_text("B", exact=True).click()
    settle(page)
    assert "sm_q" not in page.url
    page.locator(".st-key-sm_q_reveal button").click()
    settle(page)
    verdict = page.locator("[data-testid=stAlert]").last.inner_text()
    assert page.evaluate("document.activeElement.closest('.st-key-sm_q_reveal') !== null")
    assert check.locator("input[type=radio]").first.is_disabled()
    check.get_by_text("A", exact=True).click(force=True)
    settle(page)
    assert page.locator("[data-testid=stAlert]").last.inner_text() == verdict
    page.close()


@pytest.mark.parametrize("projector", [True, False], ids=["projector-1280x720", "laptop-1440x900"])
@pytest.mark.parametrize("path, query, action", MAIN_VIEWS, ids=[f"{p}-{q}" for p, q, _ in MAIN_VIEWS])
def test_the_main_picture_is_whole_on_screen(server, browser, path, query, action, projector):
    from test_browser_fresh import act
    width, height = (1280, 720) if projector else (1440, 900)
    page = open_view(browser, f"{server}/{path}?{query}" + ("&proj=true" if projector else ""), width, height)
    if action:
        act(page, *action)
        settle(page)
        reveal = page.locator("[class*=st-key-][class*=_reveal] button, .st-key-bc_reveal button")
        if reveal.count():
            reveal.first.click()
            settle(page)
    chart = page.locator("[data-testid=stVegaLiteChart]").first
    chart.locator("svg").first.wait_for(timeout=20_000)
    page.evaluate("window.scrollTo(0, 0)")
    box = chart.bounding_box()
    assert box["y"] >= 0 and box["y"] + box["height"] <= height, box
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
    svg = chart.locator("svg").first.bounding_box()
    assert svg["x"] + svg["width"] <= width + 1, svg  # the drawing itself, not only its frame
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scroll
    page.close()


@pytest.mark.parametrize("projector", [False, True], ids=["laptop", "projector"])
@pytest.mark.parametrize("path", [p.path for p in shell.PAGES if p.path])
def test_every_chart_ends_inside_a_1280_px_window(server, browser, path, projector):
    """Not only the main picture: every chart down the page, at 1280×720 with the sidebar open (laptop) or the
    projector's layout, ends left of the window's right edge (the fitting page's weight-decay panels ended at 1579)."""
    page = open_view(browser, f"{server}/{path}" + ("?proj=true" if projector else ""), 1280, 720)
    charts = page.locator("[data-testid=stVegaLiteChart]")
    charts.first.locator("svg").first.wait_for(timeout=20_000)
    page.wait_for_timeout(500)
    edges = page.evaluate("""() => [...document.querySelectorAll('[data-testid=stVegaLiteChart]')].map(
        c => Math.round((c.querySelector('svg') || c).getBoundingClientRect().right))""")
    page.close()
    assert edges and max(edges) <= 1280, edges


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("projector", [False, True], ids=["laptop", "projector"])
@pytest.mark.parametrize("path", [p.path for p in shell.PAGES if p.path])
def test_no_button_label_is_cut_at_1280_px(server, browser, path, projector, lang):
    """Every button's label is whole at 1280×720 in both languages, laptop and projector: the fitting page's presets
    read 'Too few samples: cubic o…' and 'Overfit: degree 20 on 10 s…', the dropout page's '0.2 / 0.5' on a projector
    was cut too."""
    page = open_view(browser, f"{server}/{path}?lang={lang}" + ("&proj=true" if projector else ""), 1280, 720)
    cut = page.evaluate("""() => [...document.querySelectorAll('[data-testid=stMain] button')]
        .filter(b => b.offsetParent && [b, ...b.querySelectorAll('*')].some(
            e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== 'visible'))
        .map(b => b.innerText.trim())""")
    page.close()
    assert cut == [], cut


@pytest.mark.parametrize("path", sorted({entry[0] for entry in INTERACTIONS}))
def test_every_control_is_reachable_with_the_tab_key(server, browser, path):
    page = open_view(browser, f"{server}/{path}")
    wanted = {key for p, query, _, key, _ in INTERACTIONS if p == path and not query}
    reached = set()
    page.locator("h1").first.click()
    for _ in range(400):
        page.keyboard.press("Tab")
        reached |= set(page.evaluate("""() => {
          const keys = []; let el = document.activeElement;
          while (el) { for (const c of el.classList || []) if (c.startsWith('st-key-')) keys.push(c.slice(7));
                       el = el.parentElement; }
          return keys; }"""))
        if wanted <= reached:
            break
    page.close()
    assert wanted - reached == set()


@pytest.mark.parametrize("path, query, name, keys", BROWSER_ONLY, ids=[f"{p}-{n}" for p, _, n, _ in BROWSER_ONLY])
def test_redraw_only_interactions_send_nothing_to_the_server(server, browser, path, query, name, keys):
    from browsertools import chart_fingerprints
    sent = []
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.on("websocket", lambda ws: ws.on("framesent", lambda frame: sent.append(frame)))
    page.goto(f"{server}/{path}?{query}")
    settle(page)
    control = page.locator(f".vega-bindings input[name='{name}']").first
    control.wait_for(timeout=20_000)
    before, frames = chart_fingerprints(page), len(sent)
    control.focus()
    for key in keys:
        control.press(key)
    page.wait_for_timeout(800)
    assert chart_fingerprints(page) != before, "the picture did not move"
    assert len(sent) == frames, "a redraw-only interaction reached the server"
    page.close()
