"""Every page through Streamlit's AppTest: the landing page, every page in every mode, typed text kept inert."""
from conftest import open_page, page_text
from pagetools import BROADCASTING, SOFTMAX, assert_clean
from ui import shell
from ui.catalog import STRINGS

def test_landing_page_offers_a_card_per_topic_in_both_languages():
    for lang in ("en", "zh"):
        at = open_page("app.py", lang=lang)
        assert_clean(at)
        text = page_text(at)
        assert STRINGS["home.for"][lang][:20] in text
        for topic in shell.TOPICS:
            assert STRINGS[topic.name + ".idea"][lang] in text


def test_every_page_opens_cleanly_in_every_mode():
    for page in shell.PAGES:
        for params in ({}, {"lang": "zh"}, {"proj": "true"}, {"lang": "zh", "proj": "true"}):
            at = open_page(page.script, **params)
            assert_clean(at)
            assert at.title[0].value == STRINGS[page.name + ".title"][params.get("lang", "en")]


def test_typed_text_cannot_inject_markdown():
    from ui.i18n import plain
    assert plain("[x](y) *b*") == r"\[x\]\(y\) \*b\*"
    at = open_page(SOFTMAX, names="![img](http://e.org/a.png), **b**, c", label="0")
    assert_clean(at)
    readout = next(m.value for m in at.markdown if m.value.startswith("**p("))
    assert "![img](" not in readout and r"\!\[img\]" in readout
    at = open_page(BROADCASTING, a="[x](http://e.org)")
    assert "[x](" not in at.error[0].value
