"""Quality gate for the whole event coder on our own annotated long sentences
(``dateline eval coder``): type F1 and actor countries stay above their floors. The set ships
with the source, so this gate runs even where ../shared is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval import coder

FLOORS = json.loads((Path(__file__).parent / "floors" / "coder.json").read_text(encoding="utf-8"))


@pytest.mark.quality
def test_coder_floors() -> None:
    figures = coder.evaluate(limit=FLOORS["limit"])
    assert figures["sentences"] == FLOORS["limit"]
    for name, floor in FLOORS.items():
        if name != "limit":
            assert figures[name] >= floor, f"{name} {figures[name]:.4f} fell below floor {floor}"
