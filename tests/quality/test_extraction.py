"""Quality gate for the HTML cleaner: Zyte benchmark body F1 on a fixed subset stays above floors.

The subset is the first ``limit`` pages by sorted hash, so it never changes between runs; it
takes a few seconds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval import extraction

FLOORS = json.loads(
    (Path(__file__).parent / "floors" / "extraction.json").read_text(encoding="utf-8")
)


@pytest.mark.quality
def test_extraction_floors(shared: Path) -> None:
    figures = extraction.evaluate(limit=FLOORS["limit"])
    assert figures["pages"] == FLOORS["limit"]
    for name, floor in FLOORS.items():
        if name != "limit":
            assert figures[name] >= floor, f"{name} {figures[name]:.4f} fell below floor {floor}"
