"""Quality gate for the time stage: TimeBank DATE extent and value figures stay above floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FLOORS = json.loads((Path(__file__).parent / "floors" / "time.json").read_text(encoding="utf-8"))


@pytest.mark.quality
def test_time_floors(shared: Path) -> None:
    from dateline.eval.time import evaluate

    if not (shared / "eval" / "time" / "TimeBank").is_dir():
        pytest.skip("TimeBank is absent from ../shared/eval/time")
    metrics = evaluate(limit=FLOORS["limit"])
    below = {
        name: (round(metrics[name], 4), floor)
        for name, floor in FLOORS.items()
        if name != "limit" and metrics[name] < floor
    }
    assert not below, f"below floor (measured, floor): {below}"
