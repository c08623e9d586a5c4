"""Quality gate for the whole event coder on our final-test sentences (``dateline eval coder
--split test``). Nothing is chosen on this split, so its floors sit a little under the measured
figures: they catch a regression without making the split one more thing to tune to."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.eval import coder


@pytest.mark.quality
def test_coder_final_floors(
    floors: dict[str, float], above_floors: Callable[[dict[str, float]], None]
) -> None:
    figures = coder.evaluate(limit=floors["limit"], split="test")
    assert figures["sentences"] == floors["limit"]
    above_floors(figures)
