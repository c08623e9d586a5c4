"""Quality gate for the quote stage: PolNeAR dev figures on a CI-sized subset stay above
their floors (content F1 with the strict overlap rule, and speaker accuracy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval import quotes

FLOORS = json.loads((Path(__file__).parent / "floors" / "quotes.json").read_text(encoding="utf-8"))


@pytest.mark.quality
def test_quotes_floors(shared: Path) -> None:
    figures = quotes.evaluate(limit=FLOORS["limit"])
    for name, floor in FLOORS.items():
        if name != "limit":
            assert figures[name] >= floor, f"{name} {figures[name]:.4f} fell below floor {floor}"
