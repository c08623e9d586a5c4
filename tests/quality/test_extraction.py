"""Quality gate for the HTML cleaner: Zyte benchmark body F1 on a fixed subset stays above floors.

The subset is the first ``limit`` pages by sorted hash, so it never changes between runs; it
takes a few seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.eval import extraction


@pytest.mark.quality
def test_extraction_floors(
    shared: Path, floors: dict[str, float], above_floors: Callable[[dict[str, float]], None]
) -> None:
    figures = extraction.evaluate(limit=floors["limit"])
    assert figures["pages"] == floors["limit"]
    above_floors(figures)


def test_shingles_follow_the_benchmark_definition() -> None:
    assert extraction.tokens("Kyiv's mayor, 2023!") == ["Kyiv", "s", "mayor", "2023"]
    assert extraction.shingles("one two three") == {("one", "two", "three"): 1}
    assert extraction.shingles("") == {}
    assert sum(extraction.shingles("a b c d e").values()) == 2


def test_match_is_normalised_per_page() -> None:
    assert extraction.match("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    tp, fp, fn = extraction.match("a b c d e f", "a b c d x y")
    assert (tp, fp, fn) == (1 / 5, 2 / 5, 2 / 5)
    assert extraction.match("", "") == (0.0, 0.0, 0.0)


def test_summary_averages_precision_and_recall_then_takes_f1() -> None:
    pages = [(1.0, 0.0, 0.0), (0.5, 0.5, 0.0), (0.0, 0.0, 1.0), (0.0, 0.0, 0.0)]
    figures = extraction.summarise(pages, [True, False, False, True])
    # precision over pages that predicted something, recall over pages that expected something
    assert figures["precision"] == (1.0 + 0.5) / 2
    assert figures["recall"] == (1.0 + 1.0 + 0.0) / 3
    f1 = 2 * 0.75 * (2 / 3) / (0.75 + 2 / 3)
    assert abs(figures["f1"] - f1) < 1e-12
    assert figures["accuracy"] == 0.5
