"""Quality gate for what the event coder says about each event beyond its type, on our own
annotated wire passages (``dateline eval attributes``): modality, claimant, parties' countries,
date, place and ACLED category stay above their floors. The set ships with the source, so this
gate runs even where ../shared is absent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.eval import attributes


@pytest.mark.quality
def test_attributes_floors(
    floors: dict[str, float], above_floors: Callable[[dict[str, float]], None]
) -> None:
    figures = attributes.evaluate(limit=floors["limit"])
    assert figures["passages"] == floors["limit"]
    above_floors(figures)
