"""Colours: every chart colour stands out from white as WCAG asks, the theme uses the same palette, and the palette's
colour maths (ui.style: contrast, blend, ink) agrees with WCAG's definition, written out here as an independent oracle."""
import tomllib

import pytest

from ui import style
from conftest import ROOT


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an #RRGGBB colour."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str = "#FFFFFF") -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_formula_matches_wcag_reference_values():
    assert contrast("#000000") == pytest.approx(21.0)
    assert contrast("#767676") == pytest.approx(4.54, abs=0.01)  # the classic lightest AA grey
    assert contrast("#E69F00") == pytest.approx(2.25, abs=0.01)  # Okabe-Ito's orange fails


@pytest.mark.parametrize("colour", [*style.PALETTE, style.MUTED])
def test_every_graphic_colour_stands_out_from_white(colour):
    assert contrast(colour) >= 3.0, colour


@pytest.mark.parametrize("colour", [style.ALERT, style.OK, style.MUTED_TEXT, style.PALETTE[0]])
def test_colours_that_also_colour_text_reach_four_and_a_half(colour):
    assert contrast(colour) >= 4.5, colour


def test_the_theme_uses_the_same_palette_and_a_readable_primary():
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["theme"]
    assert tuple(theme["chartCategoricalColors"]) == style.PALETTE
    assert contrast(theme["primaryColor"]) >= 4.5  # white text on buttons and slider values


@pytest.mark.parametrize("a, b, ratio", [("#FFFFFF", "#000000", 21.0), ("#767676", "#FFFFFF", 4.54),
                                         ("#777777", "#FFFFFF", 4.48), ("#FF0000", "#FFFFFF", 4.0)])
def test_contrast_follows_wcag(a, b, ratio):
    assert style.contrast(a, b) == pytest.approx(ratio, abs=0.01)
    assert style.contrast(a, b) == pytest.approx(contrast(a, b), rel=1e-3)


def test_blend_mixes_a_fill_with_the_white_behind_it():
    assert style.blend("#0072B2", 1.0) == "#0072B2"
    assert style.blend("#0072B2", 0.0) == "#FFFFFF"
    assert style.blend("#000000", 0.5) == "#808080"
    assert style.blend("#FFFFFF", 0.5, background="#000000") == "#808080"


@pytest.mark.parametrize("colour", [*style.PALETTE, style.MUTED, style.MUTED_TEXT])
@pytest.mark.parametrize("opacity", [1.0, 0.5, 0.22, 0.15, 0.0])
def test_ink_on_any_fill_reaches_four_and_a_half(colour, opacity):
    """Black or white text on a palette fill of any opacity: the one ink picks always reaches 4.5:1 (WCAG AA)."""
    shown = style.blend(colour, opacity)
    assert style.ink(colour, opacity) in (style.BLACK, style.WHITE)
    assert contrast(style.ink(colour, opacity), shown) >= 4.5, (colour, opacity)
