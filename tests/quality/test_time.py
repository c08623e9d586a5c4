"""Quality gate for the time stage: TimeBank DATE extent and value figures stay above floor."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.mark.quality
def test_time_floors(
    shared: Path, floors: dict[str, float], above_floors: Callable[[dict[str, float]], None]
) -> None:
    from dateline.eval.time import evaluate

    if not (shared / "eval" / "time" / "TimeBank").is_dir():
        pytest.skip("TimeBank is absent from ../shared/eval/time")
    metrics = evaluate(limit=floors["limit"])
    above_floors(metrics)
