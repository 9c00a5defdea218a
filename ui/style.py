"""Chart sizes and colours for the laptop and for the projector."""
from __future__ import annotations

from dataclasses import dataclass

# Okabe & Ito's palette: told apart with every common colour-vision deficiency.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
MUTED = "#BBBBBB"
ALERT = "#D55E00"
OK = "#009E73"


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
