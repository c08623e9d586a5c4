"""The event-attribute scorer's own logic (``dateline eval attributes``): where a gold trigger
stands, which coded event a gold event is found as, and what each attribute counts."""

from __future__ import annotations

from collections import Counter

import pytest

from dateline.eval import attributes
from dateline.eval.events import has_party
from dateline.model import DatelineError

ROW = {
    "published": "2023-05-10",
    "text": "Police fired tear gas. Police fired again on Monday.",
    "events": [
        {"trigger": "fired", "occurrence": 2, "type": "ASSAULT", "modality": "asserted"},
    ],
}


def _event(start: int, sentence: tuple[int, int], **fields) -> dict:
    return {
        "type": "ASSAULT",
        "trigger": {"text": "fired", "start": start, "end": start + 5},
        "start": sentence[0],
        "end": sentence[1],
        "modality": "asserted",
        **fields,
    }


def test_a_trigger_is_found_by_its_occurrence() -> None:
    assert attributes.trigger_span(ROW, ROW["events"][0]) == (30, 35)
    with pytest.raises(DatelineError, match="not in the passage"):
        attributes.trigger_span(ROW, {"trigger": "shelled"})


def test_a_gold_event_is_found_as_the_event_on_its_trigger() -> None:
    first, second = _event(7, (0, 22)), _event(30, (23, 52))
    [(_, ours)] = attributes.match(ROW, [first, second])
    assert ours is second
    # another type, or another sentence, is not the same event
    [(_, ours)] = attributes.match(ROW, [first, {**second, "type": "COERCE"}])
    assert ours is None


def test_attributes_count_on_found_events_only() -> None:
    counts: Counter[str] = Counter()
    gold = {
        **ROW["events"][0],
        "date": "2023-05-08",
        "location": {"name": "Kherson", "country": "UKR"},
        "acled": None,
    }
    ours = _event(
        30,
        (23, 52),
        date="2023-05-08",
        location={"text": "Kherson", "name": "Kherson", "country_code": "UA"},
        acled={"event_type": "Protests", "sub_event_type": "Protest with intervention"},
    )
    wrong = attributes.score_pair(counts, ROW, gold, ours)
    assert counts["modality ok"] == counts["date ok"] == counts["place name ok"] == 1
    assert counts["place country ok"] == 1 and counts["acled n"] == 1
    assert wrong == [
        "acled type Protests!=None",
        "acled sub Protest with intervention!=None",
    ]
    assert attributes.score_pair(counts, ROW, gold, None) == ["missed"]
    assert counts["gold"] == 2 and counts["found"] == 1


def test_a_reciprocal_event_s_other_side_is_its_recipient() -> None:
    # PLOVER 2.4.2: "India and Japan held talks" lists both as actors, with no recipient
    talks = {"actor": [{"country": "IND"}, {"country": "JPN"}], "recipient": []}
    assert has_party(talks, "recipient", "JPN") and has_party(talks, "actor", "IND")
    visit = {"actor": [{"country": "IND"}], "recipient": []}
    assert not has_party(visit, "recipient", "JPN")
    aimed = {"actor": [{"country": "IND"}, {"country": "JPN"}], "recipient": [{"country": "CHN"}]}
    assert not has_party(aimed, "recipient", "JPN")  # a recipient named: the actors are not it


def test_an_event_found_on_its_own_trigger_is_not_taken_by_another() -> None:
    row = {
        "published": "2023-05-10",
        "text": "Rebels handed over weapons, a spokesman said, but troops have not withdrawn.",
        "events": [
            {"trigger": "handed over", "type": "RETREAT", "modality": "claimed"},
            {"trigger": "withdrawn", "type": "RETREAT", "modality": "negated"},
        ],
    }
    withdrawn = {
        "type": "RETREAT",
        "trigger": {"text": "withdrawn", "start": 66, "end": 75},
        "start": 0,
        "end": 76,
    }
    assert attributes.match(row, [withdrawn]) == [
        (row["events"][0], None),
        (row["events"][1], withdrawn),
    ]
