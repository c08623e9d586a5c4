"""Quality gate for the geoparser: GeoWebNews figures on a CI-sized subset stay above floors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.eval import geo


@pytest.mark.quality
def test_geo_floors(
    shared: Path, floors: dict[str, float], above_floors: Callable[[dict[str, float]], None]
) -> None:
    if not (shared / "eval" / "geo" / "GeoWebNews").is_dir():
        pytest.skip("GeoWebNews is absent from ../shared/eval/geo")
    figures = geo.evaluate(limit=floors["limit"])
    above_floors(figures)
