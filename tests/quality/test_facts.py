"""Quality gate for the facts stage: our annotated sentences stay above their floors.

The set ships with the tests (``tests/facts/data/annotated.jsonl``), so this gate needs no
``../shared`` data; it scores all of it in a few seconds.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dateline.eval import facts


@pytest.mark.quality
def test_facts_floors(
    floors: dict[str, float], above_floors: Callable[[dict[str, float]], None]
) -> None:
    figures = facts.evaluate(limit=floors["limit"])
    above_floors(figures)
