"""Near-duplicate detection and the event match rule."""

from __future__ import annotations

from dateline import corpus

WIRE = (
    "Police in the capital fired tear gas on Tuesday to disperse thousands of protesters who "
    "had gathered outside parliament to denounce a new tax on fuel, witnesses said. The "
    "interior ministry said 40 people had been arrested and accused organisers of inciting "
    "violence. Opposition leaders called for a general strike next week."
)


def test_a_lightly_edited_copy_is_near_identical_and_other_news_is_not() -> None:
    copy = WIRE.replace("witnesses said", "according to witnesses") + " (Additional reporting)"
    other = "Parliament passed the budget on Wednesday after a long debate on spending priorities."
    sig = corpus.signature(WIRE)
    assert corpus.similarity(sig, corpus.signature(copy)) >= corpus.DUPLICATE_JACCARD
    assert corpus.similarity(sig, corpus.signature(other)) < 0.2
    assert set(corpus.bands(sig)) & set(corpus.bands(corpus.signature(copy)))


def test_signatures_are_stable_and_pack_round_trip() -> None:
    sig = corpus.signature(WIRE)
    assert sig == corpus.signature(WIRE)
    assert corpus.unpack(corpus.pack(sig)) == sig
    assert len(corpus.signature("short")) == corpus.PERMUTATIONS


def _event(**over: object) -> dict:
    base = {
        "type": "COERCE",
        "actor": [{"text": "police", "country": "KEN", "sectors": ["COP"]}],
        "recipient": [{"text": "protesters", "country": "KEN", "sectors": ["CVL"]}],
        "date": "2025-01-08",
        "location": {"geonameid": 184745, "country_code": "KE"},
        "modality": "asserted",
    }
    base.update(over)
    return base


def test_event_keys_match_within_the_window_and_on_shared_parties() -> None:
    key = corpus.EventKey.of(_event())
    assert key.matches(corpus.EventKey.of(_event(date="2025-01-09", modality="claimed")))
    assert key.matches(corpus.EventKey.of(_event(recipient=[], location=None)))
    assert not key.matches(corpus.EventKey.of(_event(date="2025-01-12")))
    assert not key.matches(corpus.EventKey.of(_event(type="ASSAULT")))
    assert not key.matches(corpus.EventKey.of(_event(modality="negated")))
    assert not key.matches(
        corpus.EventKey.of(_event(actor=[{"text": "army", "country": "UGA", "sectors": ["MIL"]}]))
    )
    assert not key.matches(
        corpus.EventKey.of(_event(location={"geonameid": 1, "country_code": "KE"}))
    )
