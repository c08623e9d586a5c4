"""Quality gate for the quote stage: PolNeAR dev figures on a CI-sized subset stay above
their floors (content F1 with the strict overlap rule, and speaker accuracy)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.eval import quotes


@pytest.mark.quality
def test_quotes_floors(
    shared: Path, floors: dict[str, float], above_floors: Callable[[dict[str, float]], None]
) -> None:
    figures = quotes.evaluate(limit=floors["limit"])
    above_floors(figures)
