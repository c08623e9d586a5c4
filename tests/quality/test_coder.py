"""Quality gate for the whole event coder on our own annotated long sentences
(``dateline eval coder``): type F1 and actor countries stay above their floors. The set ships
with the source, so this gate runs even where ../shared is absent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.eval import coder


@pytest.mark.quality
def test_coder_floors(
    floors: dict[str, float], above_floors: Callable[[dict[str, float]], None]
) -> None:
    figures = coder.evaluate(limit=floors["limit"])
    assert figures["sentences"] == floors["limit"]
    above_floors(figures)
