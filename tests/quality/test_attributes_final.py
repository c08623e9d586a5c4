"""Quality gate for the event attributes on our final-test passages (``dateline eval
attributes --split test``). Nothing is chosen on this split, so its floors sit a little under
the measured figures: they catch a regression without making the split one more thing to tune
to."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.eval import attributes


@pytest.mark.quality
def test_attributes_final_floors(
    floors: dict[str, float], above_floors: Callable[[dict[str, float]], None]
) -> None:
    figures = attributes.evaluate(limit=floors["limit"], split="test")
    assert figures["passages"] == floors["limit"]
    above_floors(figures)
