"""Chart sizes and colours for the laptop and for the projector."""
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
