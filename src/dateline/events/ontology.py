"""The event ontologies dateline codes into: PLOVER first, with CAMEO and ACLED equivalents.

PLOVER (types, modes, quad classes, conflict-cooperation scores) is read from the reviewable
data file ``data/events/plover.json``. Each event also carries its CAMEO root code, so CAMEO
users can keep their tables, and, where one applies, its ACLED event type and sub-event type,
which depend on who acted against whom (armed actors fighting is a battle; the same weapons
turned on civilians is violence against civilians).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
ACLED_PARENT = {sub: parent for parent, subs in ACLED_TYPES.items() for sub in subs}

# PLOVER sectors whose members carry arms: state forces, paramilitaries, rebels, unknown gunmen.
ARMED = frozenset({"MIL", "COP", "SPY", "PRM", "REB", "UAF"})

# ASSAULT modes that ACLED files under remote violence, whoever the target.
_REMOTE = {
    "aerial": "Air/drone strike",
    "drone": "Air/drone strike",
    "heavy-weapons": "Shelling/artillery/missile attack",
    "suicide-attack": "Suicide bomb",
    "explosives": "Remote explosive/landmine/IED",
    "unconventional": "Chemical weapon",
}


@dataclass(frozen=True)
class EventType:
    name: str
    quad: int
    requires_recipient: bool
    score: float
    modes: dict[str, float]
    cameo: str


@lru_cache(maxsize=1)
def _data() -> dict:
    text = resources.files("dateline").joinpath("data/events/plover.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    """The 16 PLOVER event types by name."""
    return {
        name: EventType(
            name=name,
            quad=spec["quad"],
            requires_recipient=spec["requires_recipient"],
            score=float(spec["score"]),
            modes={m: float(s) for m, s in spec["modes"].items()},
            cameo=spec["cameo"],
        )
        for name, spec in _data()["types"].items()
    }


def contexts() -> list[str]:
    """PLOVER's general contexts (Table 2.1), spelled with underscores."""
    return list(_data()["contexts"])


def quad_name(quad: int) -> str:
    return _data()["quads"][str(quad)]


def intensity(type_: str, mode: str | None = None) -> float:
    """PLOVER conflict-cooperation score (-10 to +10) of a type, refined by its mode."""
    spec = event_types()[type_]
    return spec.modes.get(mode or "", spec.score)


def cameo_root(type_: str, mode: str | None = None) -> str:
    """The two-digit CAMEO cue category closest to a PLOVER type and mode."""
    return _data()["cameo_by_mode"].get(f"{type_}/{mode}", event_types()[type_].cameo)


def acled(
    type_: str,
    mode: str | None,
    actor_sectors: Iterable[str] = (),
    recipient_sectors: Iterable[str] = (),
) -> dict[str, str] | None:
    """ACLED ``event_type``/``sub_event_type`` for a PLOVER event, or None when none applies.

    ACLED codes political violence, demonstrations and a few strategic developments; verbal
    events (statements, accusations, requests) have no ACLED equivalent.
    """
    actors, targets = set(actor_sectors), set(recipient_sectors)
    sub: str | None = None
    if type_ == "PROTEST":
        sub = "Violent demonstration" if mode == "riot" else "Peaceful protest"
    elif type_ == "ASSAULT":
        sub = _assault_subtype(mode, actors, targets)
    elif type_ == "COERCE":
        if mode == "arrest":
            sub = "Arrests"
        elif mode == "seize":
            sub = "Looting/property destruction"
    elif type_ == "RETREAT" and mode == "withdraw":
        sub = "Non-violent transfer of territory"
    elif type_ == "RETREAT" and mode in ("ceasefire", "release"):
        sub = "Agreement"  # ACLED files ceasefires and prisoner exchanges as agreements
    if sub is None:
        return None
    return {"event_type": ACLED_PARENT[sub], "sub_event_type": sub}


def _assault_subtype(mode: str | None, actors: set[str], targets: set[str]) -> str:
    if mode in _REMOTE:
        return _REMOTE[mode]
    if mode == "crowd-control":
        return "Protest with intervention"  # tear gas, water cannon: force that need not kill
    if mode == "destroy":
        return "Looting/property destruction"
    if mode == "abduct":
        return "Abduction/forced disappearance"
    if mode == "sexual":
        return "Sexual violence"
    if actors & ARMED and (not targets or targets & ARMED):
        return "Armed clash"  # two armed sides, or fighting with no one-sided victim named
    if not actors & ARMED and not targets & ARMED and "CVL" in actors:
        return "Mob violence"  # unarmed crowds attacking
    return "Attack"
