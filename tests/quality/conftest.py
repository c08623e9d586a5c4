"""What every quality gate shares: its floors, read from ``floors/<component>.json`` for
``test_<component>.py``, and the check that each measured figure stands at or above its floor
(``limit`` is the subset size, not a figure)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

FLOORS = Path(__file__).parent / "floors"


@pytest.fixture
def floors(request: pytest.FixtureRequest) -> dict[str, float]:
    component = Path(request.path).stem.removeprefix("test_")
    return json.loads((FLOORS / f"{component}.json").read_text(encoding="utf-8"))


@pytest.fixture
def above_floors(floors: dict[str, float]) -> Callable[[dict[str, float]], None]:
    def check(figures: dict[str, float]) -> None:
        below = {
            name: (round(figures[name], 4), floor)
            for name, floor in floors.items()
            if name != "limit" and figures[name] < floor
        }
        assert not below, f"below floor (measured, floor): {below}"

    return check
