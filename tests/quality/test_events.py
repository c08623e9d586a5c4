"""Quality gate for event coding: ngec story types, and the PETR2 sentences' event types and
source countries as the shipped coder gives them, stay above their floors.

All 4,500 ngec stories (the bag of words types them in seconds) and all PETR2 sentences are
scored; a smaller ``limit`` would take every (4500 / limit)-th story. It takes well under a
minute on a laptop.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval import events

FLOORS = json.loads((Path(__file__).parent / "floors" / "events.json").read_text(encoding="utf-8"))


@pytest.mark.quality
def test_events_floors(shared: Path) -> None:
    figures = events.evaluate(limit=FLOORS["limit"])
    assert figures["ngec stories"] == FLOORS["limit"]
    for name, floor in FLOORS.items():
        if name != "limit":
            assert figures[name] >= floor, f"{name} {figures[name]:.4f} fell below floor {floor}"
