"""Quality gate for the geoparser: GeoWebNews figures on a CI-sized subset stay above floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.eval import geo

FLOORS = json.loads((Path(__file__).parent / "floors" / "geo.json").read_text(encoding="utf-8"))


@pytest.mark.quality
def test_geo_floors(shared: Path) -> None:
    if not (shared / "eval" / "geo" / "GeoWebNews").is_dir():
        pytest.skip("GeoWebNews is absent from ../shared/eval/geo")
    figures = geo.evaluate(limit=FLOORS["limit"])
    for name, floor in FLOORS.items():
        if name != "limit":
            assert figures[name] >= floor, f"{name} {figures[name]:.4f} fell below floor {floor}"
