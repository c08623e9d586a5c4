"""The seed story (a Dawn report on the CSTO pullout from Kazakhstan) coded end to end.

The expectations are issue 4's: the events an analyst reading the story would record, with
their actors, modality and dates; nothing from the sidebar of unrelated headlines.
"""

from __future__ import annotations

from typing import Any

import pytest

import dateline
from dateline.events import coder, ontology
from dateline.pipeline import STAGES

KEYS = {
    "type", "mode", "contexts", "actor", "recipient", "date", "date_source", "date_text",
    "location", "sentence", "start", "end", "trigger", "modality", "claimant", "cameo",
    "acled", "quad", "intensity", "confidence", "size",
}  # fmt: skip


@pytest.fixture(scope="module")
def seed(seed_text: str) -> dateline.Document:
    doc = dateline.process(seed_text)
    if all(stage.name != "events" for stage in STAGES):
        coder.annotate(doc)  # until the stage is registered in the pipeline
    return doc


@pytest.fixture(scope="module")
def events(seed: dateline.Document) -> list[dict[str, Any]]:
    return seed.events


def _of(events: list[dict[str, Any]], type_: str) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == type_]


def _countries(parties: list[dict[str, Any]]) -> set[str | None]:
    return {p.get("country") for p in parties}


def _ids(parties: list[dict[str, Any]]) -> set[str | None]:
    return {p.get("kb_id") for p in parties}


def test_records_are_complete_and_point_into_the_body(seed: dateline.Document, events) -> None:
    assert events
    for e in events:
        assert set(e) == KEYS
        assert seed.body[e["start"] : e["end"]] == e["sentence"]
        trig = e["trigger"]
        assert seed.body[trig["start"] : trig["end"]] == trig["text"]
        assert e["start"] <= trig["start"] < trig["end"] <= e["end"]
        assert e["quad"] == ontology.event_types()[e["type"]].quad
        assert e["cameo"] == ontology.cameo_root(e["type"], e["mode"])
        assert 0 < e["confidence"] <= 1
        assert e["modality"] in ("asserted", "negated", "future", "hypothetical", "claimed")


def test_russian_troops_leave_on_thursday(events) -> None:
    retreats = [
        e
        for e in _of(events, "RETREAT")
        if e["date"] == "2022-01-13" and _countries(e["actor"]) & {"RUS", "IGO"}
    ]
    assert retreats, "Russian/CSTO troops leaving Kazakhstan on 2022-01-13"
    assert retreats[0]["date_source"] == "text"
    assert retreats[0]["modality"] == "asserted"


def test_pullout_to_be_completed_next_wednesday(events) -> None:
    planned = [
        e for e in _of(events, "RETREAT") if e["modality"] == "future" and e["date"] == "2022-01-19"
    ]
    assert planned
    assert planned[0]["date_text"] == "Wednesday next week"
    assert planned[0]["claimant"]["text"].endswith("Shoigu")
    assert "RUS" in _countries(planned[0]["actor"])  # "the pullout" is the Russian troops'


def test_tokayev_plea_to_moscow(events) -> None:
    pleas = [
        e for e in _of(events, "REQUEST") if "person:kassym-jomart-tokayev" in _ids(e["actor"])
    ]
    assert pleas
    assert "RUS" in _countries(pleas[0]["recipient"])


def test_rallies_over_fuel_prices(events) -> None:
    rallies = [
        e
        for e in _of(events, "PROTEST")
        if "fuel" in e["sentence"] and "KAZ" in _countries(e["actor"])
    ]
    assert rallies
    assert rallies[0]["date"] == "2022-W01"
    assert rallies[0]["acled"] == {"event_type": "Protests", "sub_event_type": "Peaceful protest"}
    assert "economic" in rallies[0]["contexts"]


def test_clashes_and_airport_seizure(events) -> None:
    assaults = _of(events, "ASSAULT")
    sectors = [{s for p in e["actor"] + e["recipient"] for s in p["sectors"]} for e in assaults]
    assert any({"COP", "OPP"} <= found for found in sectors), "security forces vs opponents"
    seizure = [e for e in assaults if any("airport" in r["text"] for r in e["recipient"])]
    assert seizure
    assert "OPP" in {s for a in seizure[0]["actor"] for s in a["sectors"]}
    assert seizure[0]["modality"] == "claimed"  # "reportedly seized"
    assert seizure[0]["date"] == "2022-W01"


def test_detentions_claimed_by_police(events) -> None:
    arrests = [e for e in _of(events, "COERCE") if e["mode"] == "arrest"]
    detained = [e for e in arrests if e["size"].get("arrested", 0) >= 12000]
    assert detained
    assert detained[0]["modality"] == "claimed"
    assert detained[0]["claimant"]["text"] == "police"
    assert detained[0]["acled"]["sub_event_type"] == "Arrests"
    journalists = [e for e in arrests if "JRN" in {s for r in e["recipient"] for s in r["sectors"]}]
    assert journalists


def test_accusations_by_tokayev_and_putin(events) -> None:
    accusers = set().union(*(_ids(e["actor"]) for e in _of(events, "ACCUSE")))
    assert {"person:kassym-jomart-tokayev", "person:vladimir-putin"} <= accusers
    coup = [e for e in _of(events, "ACCUSE") if "coup" in e["sentence"]]
    assert "REB" in {s for r in coup[0]["recipient"] for s in r["sectors"]}


def test_nothing_from_the_sidebar(seed: dateline.Document, events) -> None:
    removed = [r.text for r in seed.removed if len(r.text) > 20]
    assert removed, "the seed's sidebar is cut by the cleaner"
    for e in events:
        assert not any(e["sentence"] in text or text in e["sentence"] for text in removed)
