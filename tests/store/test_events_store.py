"""Events merged across articles in the store, GDELT-style, and kept consistent on re-ingest."""

from __future__ import annotations

from dateline.model import Document
from dateline.store import Store

BODY = (
    "NAIROBI: Police arrested 112 people on Wednesday after protests against a rise in fuel "
    "prices turned violent near parliament, officials said. Opposition leaders called for a "
    "national strike and threatened further protests if the tax was not withdrawn."
)


def _arrest(date: str = "2025-01-08", **over: object) -> dict:
    event = {
        "type": "COERCE",
        "mode": "arrest",
        "actor": [{"text": "Police", "country": "KEN", "sectors": ["COP"]}],
        "recipient": [{"text": "people", "country": "KEN", "sectors": ["CVL"]}],
        "date": date,
        "location": {"name": "Nairobi", "geonameid": 184745, "country_code": "KE"},
        "modality": "asserted",
        "sentence": "Police arrested 112 people on Wednesday.",
        "confidence": 0.9,
    }
    event.update(over)
    return event


def _doc(body: str, site: str, events: list[dict], source_id: str | None = None) -> Document:
    return Document(
        body=body,
        title="Arrests in Nairobi",
        published="2025-01-09",
        site=site,
        url=f"https://{site.lower().replace(' ', '')}.example/a",
        events=events,
        source_id=source_id,
    )


def test_mentions_of_one_event_merge_with_counts(store: Store) -> None:
    store.ingest([_doc(BODY, "Ledger", [_arrest()])])
    store.ingest([_doc(BODY + " More to follow.", "Courier", [_arrest("2025-01-09")])])
    store.ingest(
        [_doc("Other story entirely about a court case.", "Ledger", [_arrest("2025-02-20")])]
    )
    events = store.events()
    assert [(e["num_mentions"], e["num_articles"], e["num_sources"]) for e in events] == [
        (2, 2, 2),
        (1, 1, 1),
    ]
    assert len(store.mentions(events[0]["id"])) == 2


def test_wire_copies_are_marked(store: Store) -> None:
    story = BODY + (
        " The finance ministry raised taxes on petrol and diesel last week to meet a deadline "
        "set by the International Monetary Fund, which has demanded new revenue before it "
        "releases the next tranche of a loan. Traders in the city centre closed their shops "
        "for most of the day, and commuters walked to work as minibus drivers joined the "
        "protest. A rights group said at least 25 people were injured when police fired tear "
        "gas and rubber bullets at crowds gathered outside the parliament buildings. The "
        "interior minister defended the police and said officers had shown restraint in the "
        "face of provocation. Church leaders urged both sides to talk and offered to mediate."
    )
    store.ingest([_doc(story, "Ledger", [])])
    store.ingest([_doc(story.replace("officials said", "officials told reporters"), "Courier", [])])
    store.ingest([_doc("A completely different report on the harvest in the east.", "Ledger", [])])
    rows = store.db.execute(
        "SELECT site, duplicate_of FROM articles ORDER BY site, body"
    ).fetchall()
    marked = [r["duplicate_of"] for r in rows]
    assert marked.count(None) == 2 and len([m for m in marked if m]) == 1


def test_reingest_and_replacement_keep_events_consistent(store: Store) -> None:
    first = _doc(BODY, "Ledger", [_arrest()], source_id="a1")
    store.ingest([first, _doc(BODY + " Update.", "Courier", [_arrest()], source_id="b1")])
    store.ingest([first])  # same content: nothing changes
    assert store.events()[0]["num_mentions"] == 2
    corrected = _doc(BODY + " Corrected.", "Ledger", [_arrest("2025-03-01")], source_id="a1")
    store.ingest([corrected])
    counts = [(e["date"], e["num_mentions"]) for e in store.events()]
    assert counts == [("2025-01-08", 1), ("2025-03-01", 1)]
    store.ingest([_doc(BODY + " Second update.", "Courier", [], source_id="b1")])
    assert [e["date"] for e in store.events()] == ["2025-03-01"]


def test_event_filters(store: Store) -> None:
    protest = _arrest(type="PROTEST", mode="demo", actor=[{"text": "traders", "country": "KEN"}])
    store.ingest([_doc(BODY, "Ledger", [_arrest(), protest])])
    assert [e["type"] for e in store.events(type="protest")] == ["PROTEST"]
    assert len(store.events(actor_country="KEN")) == 2
    assert store.events(recipient_country="UGA") == []
    assert len(store.events(country="KEN")) == 2 and len(store.events(country="KE")) == 2
    assert store.events(since="2025-01-09") == []
    assert len(store.events(until="2025-01-08", text="arrested")) == 2


def test_merging_follows_the_match_rule_on_stored_columns(store: Store) -> None:
    """Each mention goes through the store's lookup of stored events, one article apiece."""
    person = {"text": "the minister", "kb_id": "person:jane-doe", "country": "KEN"}
    mentions = [
        _arrest(),
        _arrest(modality="claimed"),  # a claim and an assertion can be one happening
        _arrest(modality="denied"),  # a denial is not
        _arrest(actor=[{"text": "soldiers", "country": "UGA"}]),  # named sides share nothing
        _arrest(location=None),  # a missing place does not block the match
        _arrest(actor=[person]),  # a knowledge-base id is the party's code, not its country
        _arrest(actor=[person], location={"geonameid": 1, "country_code": "KE"}),
        _arrest(date=None),
        _arrest(date=None, sentence="Police detained protesters."),
    ]
    store.ingest(
        [_doc(f"{BODY} Report {i}.", f"Site{i}", [event]) for i, event in enumerate(mentions)]
    )
    groups = [
        sorted(m["site"] for m in store.mentions(e["id"]))
        for e in sorted(store.events(), key=lambda e: e["id"])
    ]
    assert groups == [
        ["Site0", "Site1", "Site4"],
        ["Site2"],
        ["Site3"],
        ["Site5"],
        ["Site6"],
        ["Site7", "Site8"],
    ]
