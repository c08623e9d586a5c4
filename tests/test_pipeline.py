"""The pipeline end to end: stages in order, languages, failures kept per record."""

from __future__ import annotations

import json

import pytest

import dateline
from dateline.model import DatelineError, Failure, Record
from dateline.pipeline import STAGES, Stage, run

FRENCH = (
    "PARIS : Des milliers de manifestants ont défilé samedi dans les rues de Paris contre la "
    "réforme des retraites, a indiqué la police, qui a procédé à une vingtaine d'interpellations."
)
ENGLISH = (
    "NAIROBI: Police arrested 112 people on Wednesday after protests against a rise in fuel "
    "prices, officials said."
)


def test_every_stage_has_a_contract_and_loads() -> None:
    assert [s.name for s in STAGES][:5] == ["actors", "places", "times", "quotes", "facts"]
    for stage in STAGES:
        assert callable(stage.load()) and stage.assigns


def test_english_text_goes_through_every_stage() -> None:
    doc = dateline.process(ENGLISH, published="2025-01-09")
    assert doc.language == "en" and not doc.flags
    assert doc.places and doc.times and doc.facts and doc.entities
    assert doc.body[doc.times[0]["start"] : doc.times[0]["end"]] == doc.times[0]["text"]


def test_non_english_pages_are_kept_flagged_and_skip_english_stages() -> None:
    doc = dateline.process(FRENCH, published="2023-03-11")
    assert doc.language == "fr" and "non_english" in doc.flags
    assert doc.body.startswith("PARIS")
    assert (doc.entities, doc.places, doc.quotes, doc.facts, doc.events) == ([], [], [], [], [])


def test_output_is_deterministic() -> None:
    a = dateline.process(ENGLISH, published="2025-01-09").to_json()
    assert a == dateline.process(ENGLISH, published="2025-01-09").to_json()
    assert json.loads(a)["schema"] == "dateline/1"


def test_a_failing_record_is_named_and_the_rest_go_through() -> None:
    records = [
        Record(key="a.txt", content=ENGLISH.encode()),
        Record(key="empty.txt", content=b"   \n"),
        Failure(key="b.jsonl:2", error="invalid JSON"),
        Record(key="c.txt", content=ENGLISH.replace("112", "40").encode()),
    ]
    out = list(run(records, stages=()))
    assert [type(x).__name__ for x in out] == ["Document", "Failure", "Failure", "Document"]
    assert out[1].key == "empty.txt" and "empty" in out[1].error


def test_a_stage_that_breaks_is_flagged_not_fatal() -> None:
    broken = Stage("broken", "json:loads", ("parsed",), "nothing")
    [doc] = run([Record(key="a.txt", content=ENGLISH)], stages=(broken,))
    assert any(flag.startswith("stage broken failed") for flag in doc.flags)
    assert doc.body.startswith("NAIROBI")


def test_process_raises_a_clear_error_for_unusable_input() -> None:
    with pytest.raises(DatelineError, match="empty"):
        dateline.process("")


def test_a_body_too_long_to_parse_is_flagged_and_kept() -> None:
    from dateline.nlp import load

    words = "Police arrested protesters in the capital on Monday. "
    body = words * (load().max_length // len(words) + 1)
    doc = dateline.process(body, clean=False)
    assert doc.body == body.strip()
    assert any(flag.startswith("too_long_for_nlp") for flag in doc.flags)
    assert doc.entities == [] and doc.times == []


def test_text_kept_verbatim_still_has_its_dateline_read() -> None:
    doc = dateline.process("BAMAKO (AFP) - The junta expelled the French ambassador.", clean=False)
    assert doc.body.startswith("BAMAKO (AFP) - ")
    assert doc.dateline is not None and doc.dateline.place == "Bamako"
