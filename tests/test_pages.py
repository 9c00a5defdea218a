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


def test_the_url_keeps_every_value_of_every_key_and_nothing_no_control_took():
    params = {
        "app.py": {"lang": "zh", "proj": "true"},
        BROADCASTING: {"n": "3", "a": "2,1", "b": "1,3", "c": "3", "op": "×", "predict": "false"},
        "pages/4_activations.py": {"compare": ["tanh", "GELU"], "xr": ["-8", "6"], "fn": "ReLU", "lang": "zh"},
        SOFTMAX: {"logits": "5, -3, 0", "T": "0.5", "label": "2"},
    }
    for script, query in params.items():
        at = open_page(script, **query, stray="1", sm_q="A", guess="(4, 3)")
        assert_clean(at)
        now = {k: v if isinstance(v, list) else [v] for k, v in at.query_params.items()}
        for key, value in query.items():
            assert now[key] == (value if isinstance(value, list) else [value]), (script, key)
        assert not {"stray", "sm_q", "guess"} & set(now), script


def test_a_check_is_not_in_the_link_and_its_pick_is_fixed_once_revealed():
    at = open_page(SOFTMAX, sm_q="A")
    assert at.radio(key="sm_q").value is None  # a link cannot arrive pre-answered
    at.radio(key="sm_q").set_value("B").run()
    assert "sm_q" not in at.query_params
    at.button(key="sm_q_reveal").click().run()
    assert_clean(at)
    assert at.radio(key="sm_q").disabled
    verdict = (at.success or at.warning)[0].value
    at.button(key="sm_q_reveal").click().run()  # pressing Reveal again changes nothing
    assert at.radio(key="sm_q").disabled and at.radio(key="sm_q").value == "B"
    assert (at.success or at.warning)[0].value == verdict
