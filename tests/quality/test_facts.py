"""Quality gate for the facts stage: our annotated sentences stay above their floors.

The set ships with the tests (``tests/facts/data/annotated.jsonl``), so this gate needs no
``../shared`` data; it scores all of it in a few seconds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval import facts

FLOORS = json.loads((Path(__file__).parent / "floors" / "facts.json").read_text(encoding="utf-8"))


@pytest.mark.quality
def test_facts_floors() -> None:
    figures = facts.evaluate(limit=FLOORS["limit"])
    for name, floor in FLOORS.items():
        if name != "limit":
            assert figures[name] >= floor, f"{name} {figures[name]:.4f} fell below floor {floor}"
