"""The seed story (Dawn, published Friday 14 January 2022): its dates as a reader takes them."""

from __future__ import annotations

from dateline.model import Document
from dateline.times import annotate


def _value_in(seed_text: str, sentence_start: str, expression: str) -> str | None:
    """The value given to ``expression`` in the seed sentence that begins ``sentence_start``."""
    doc = annotate(Document(body=seed_text, published="2022-01-14"))
    sentence = seed_text.index(sentence_start)
    at = seed_text.index(expression, sentence)
    found = [t for t in doc.times if t["start"] == at and t["text"] == expression]
    assert found, f"{expression!r} not found in the sentence {sentence_start!r}"
    return found[0]["value"]


def test_past_thursday(seed_text: str) -> None:
    assert _value_in(seed_text, "ALMATY: Russian troops were loading", "Thursday") == "2022-01-13"


def test_wednesday_next_week(seed_text: str) -> None:
    sentence = "Russian Defence Minister Sergei Shoigu"
    assert _value_in(seed_text, sentence, "Wednesday next week") == "2022-01-19"


def test_deadline_takes_the_nearest_year(seed_text: str) -> None:
    sentence = "Russian Defence Minister Sergei Shoigu"
    assert _value_in(seed_text, sentence, "January 22") == "2022-01-22"


def test_past_visit_on_wednesday(seed_text: str) -> None:
    assert _value_in(seed_text, "During his first visit", "Wednesday") == "2022-01-12"


def test_last_week(seed_text: str) -> None:
    assert _value_in(seed_text, "One strategic complex", "last week") == "2022-W01"
    assert _value_in(seed_text, "Last week’s violence", "Last week") == "2022-W01"
