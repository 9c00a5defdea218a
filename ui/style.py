"""Chart sizes and colours for the laptop and for the projector, and the colour maths of the palette (WCAG contrast)."""
from __future__ import annotations

from dataclasses import dataclass

# Okabe & Ito's palette (told apart with every common colour-vision deficiency), each hue darkened until it
# stands out from white by at least 3:1, as graphics must (WCAG 1.4.11); all but the sky blue reach 4.5:1,
# so they can colour text too. tests/test_style.py computes every ratio.
PALETTE = ("#0072B2", "#A66700", "#007A5A", "#B0588F", "#1F8FCE", "#BF5300", "#8A7F00", "#000000")
MUTED = "#8C8C8C"  # rules and secondary lines (3.4:1)
MUTED_TEXT = "#767676"  # the lightest grey that small text may have (4.5:1)
ALERT = "#BF5300"  # vermillion: the probe, the arg-max, what is pushed down
OK = "#007A5A"  # bluish green: the true class, what is pushed up


@dataclass(frozen=True)
class ChartStyle:
    """Font sizes in px and line widths for every chart builder."""

    font: int = 13
    title: int = 15
    line: float = 2.0
    point: int = 60
    height: int = 320

    def scaled(self, n: float) -> float:
        """A length that grows with the style's font size (13 px is 1)."""
        return n * self.font / 13


LAPTOP = ChartStyle()
PROJECTOR = ChartStyle(font=22, title=26, line=4.0, point=170, height=330)


# --- contrast (WCAG 2.x) -------------------------------------------------------------------------

WHITE, BLACK = "#FFFFFF", "#000000"


def _rgb(colour: str) -> tuple[float, float, float]:
    """#RRGGBB as three numbers from 0 to 1."""
    colour = colour.lstrip("#")
    return tuple(int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4))


def luminance(colour: str) -> float:
    """WCAG relative luminance of an sRGB colour."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in _rgb(colour)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def blend(colour: str, opacity: float, background: str = WHITE) -> str:
    """The colour a fill of this opacity shows over the background."""
    mixed = [opacity * c + (1 - opacity) * g for c, g in zip(_rgb(colour), _rgb(background))]
    return "#" + "".join(f"{round(255 * c):02X}" for c in mixed)


def ink(fill: str, opacity: float = 1.0) -> str:
    """Black or white, whichever reads better on this fill (one of them always reaches 4.5:1)."""
    shown = blend(fill, opacity)
    return BLACK if contrast(BLACK, shown) >= contrast(WHITE, shown) else WHITE
