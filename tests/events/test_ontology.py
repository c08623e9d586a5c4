"""PLOVER ontology data and its CAMEO and ACLED equivalents."""

from __future__ import annotations

from dateline.events.ontology import (
    ACLED_PARENT,
    ACLED_TYPES,
    acled,
    cameo_root,
    contexts,
    event_types,
    intensity,
    quad_name,
)


def test_sixteen_types_with_quads_and_scores() -> None:
    types = event_types()
    assert len(types) == 16
    assert {t.quad for t in types.values()} == {1, 2, 3, 4}
    assert quad_name(types["ASSAULT"].quad) == "material conflict"
    assert types["SANCTION"].requires_recipient
    assert intensity("RETREAT", "withdraw") == 8
    assert intensity("RETREAT") == 6.5
    assert intensity("COERCE", "not-a-mode") == -7
    assert "peacekeeping" in contexts()


def test_cameo_roots() -> None:
    assert cameo_root("PROTEST", "demo") == "14"
    assert cameo_root("ACCUSE", "investigate") == "09"
    assert cameo_root("ASSAULT", "heavy-weapons") == "19"
    assert cameo_root("ASSAULT", "beat") == "18"


def test_acled_has_six_types_and_twenty_five_subtypes() -> None:
    assert len(ACLED_TYPES) == 6
    assert len(ACLED_PARENT) == 25


def test_acled_depends_on_who_acted_against_whom() -> None:
    assert acled("PROTEST", "demo")["sub_event_type"] == "Peaceful protest"
    assert acled("PROTEST", "riot")["event_type"] == "Riots"
    assert acled("COERCE", "arrest", ["COP"], ["CVL"])["sub_event_type"] == "Arrests"
    assert acled("ASSAULT", "drone", ["MIL"], ["CVL"])["sub_event_type"] == "Air/drone strike"
    assert acled("ASSAULT", "firearms", ["MIL"], ["REB"])["sub_event_type"] == "Armed clash"
    assert acled("ASSAULT", "firearms", ["REB"], ["CVL"])["event_type"] == (
        "Violence against civilians"
    )
    assert acled("ASSAULT", "crowd-control", ["COP"], ["CVL"])["event_type"] == "Protests"
    assert acled("ACCUSE", "allege", ["GOV"], ["GOV"]) is None
