"""Quality gate for event coding: ngec story types, and the PETR2 sentences' event types and
source countries as the shipped coder gives them, stay above their floors.

All 4,500 ngec stories (the bag of words types them in seconds) and all PETR2 sentences are
scored; a smaller ``limit`` would take every (4500 / limit)-th story. It takes well under a
minute on a laptop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.eval import events


@pytest.mark.quality
def test_events_floors(
    shared: Path, floors: dict[str, float], above_floors: Callable[[dict[str, float]], None]
) -> None:
    figures = events.evaluate(limit=floors["limit"])
    assert figures["ngec stories"] == floors["limit"]
    above_floors(figures)
