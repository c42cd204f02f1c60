"""The geometry of the small hits-per-year bar chart on the search page. The template draws
it as inline SVG (no script, no style attribute), each bar a link that narrows the search."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

WIDTH = 480
HEIGHT = 120
LABEL_SPACE = 16
GAP = 2
MAX_SLOT = 40  # a few years' bars stay bars, not slabs


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    count: int
    url: str
    x: float
    y: float
    width: float
    height: float

    def to_json(self) -> dict[str, Any]:
        return {"year": self.label, "count": self.count, "url": self.url}


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    label_every: int  # label one bar in this many, so that labels never overlap


def year_chart(buckets: list[tuple[str, int]], url_for: Callable[[str], str]) -> Chart | None:
    """Bars for the year buckets that are years (not "(none)"), oldest first; None when
    there is nothing to draw."""
    years = sorted((y, n) for y, n in buckets if y.isdigit() and n > 0)
    if not years:
        return None
    top = max(n for _, n in years)
    slot = min(WIDTH / len(years), MAX_SLOT)
    plot = HEIGHT - LABEL_SPACE
    bars = []
    for i, (year, count) in enumerate(years):
        tall = max(1.0, plot * count / top)
        bars.append(
            Bar(
                label=year,
                count=count,
                url=url_for(year),
                x=round(i * slot + GAP / 2, 2),
                y=round(plot - tall, 2),
                width=round(max(1.0, slot - GAP), 2),
                height=round(tall, 2),
            )
        )
    # A year label is about 30 px wide.
    every = max(1, int(30 // slot) + 1) if slot < 30 else 1
    return Chart(WIDTH, HEIGHT, tuple(bars), every)
