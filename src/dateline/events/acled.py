"""ACLED categories read in context.

:func:`dateline.events.ontology.acled` gives an event the ACLED ``event_type`` and
``sub_event_type`` its PLOVER type, mode and parties imply. Several ACLED categories depend on
more than that, on the other events of the sentence and on the words around the trigger:

- ACLED records one event per demonstration. A protest met by force and the force itself share
  the demonstration's category: "Protest with intervention" when it is dispersed or detained,
  "Excessive force against protesters" when the force kills or uses live fire, "Violent
  demonstration" when the demonstrators were violent, "Mob violence" when a crowd attacks.
- An attack that takes a place ("seized the town of Rubare") changes who holds territory:
  "Government regains territory" or "Non-state actor overtakes territory"; an attack on armed
  forces is a battle ("Armed clash") whoever makes it; a grenade is "Grenade".
- Weapons seized, bombs defused and missiles intercepted are "Disrupted weapons use"; a base set
  up is "Headquarters or base established"; deployments, curfews, martial law and a state's
  dismissal of its own officials are "Change to group/activity"; a ceasefire or peace deal
  signed is an "Agreement"; a prison sentence is no arrest.
- ACLED records only what happened: negated, hypothetical and future events have no category.

The cue words are in ``dateline/data/events/acled.json``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.tokens import Token

from dateline.events.ontology import ACLED_PARENT, ARMED

# Sectors whose force on demonstrators is an intervention by the authorities.
AUTHORITIES = frozenset({"COP", "MIL", "GOV", "SPY", "PRM"})
# Armed sectors ACLED counts as non-state when they take territory: paramilitaries too.
NON_STATE = frozenset({"REB", "UAF", "PRM"})
NOT_HAPPENED = frozenset({"negated", "hypothetical", "future"})
RIOTS = frozenset({"riot", "vandalize"})
# The doer the coder gives an attack that names none, as ACLED files it.
UNNAMED_ATTACKERS = "unidentified attackers"


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """The cue word lists of ``acled.json``, by name."""
    path = resources.files("dateline").joinpath("data/events/acled.json")
    data = json.loads(path.read_text("utf-8"))
    return {k: frozenset(v) for k, v in data.items() if k != "about"}


def _category(sub: str | None) -> dict[str, str] | None:
    return {"event_type": ACLED_PARENT[sub], "sub_event_type": sub} if sub else None


def assign(coded: Iterable[tuple[Token, dict[str, Any]]]) -> None:
    """Set each event's ``acled`` from its own category and the other events of its sentence
    (or of the demonstration it continues); ``coded`` pairs each event with its trigger's first
    token."""
    by_sentence: dict[int, list[tuple[Token, dict[str, Any]]]] = defaultdict(list)
    for tok, event in coded:
        by_sentence[event["start"]].append((tok, event))
    for group in _scenes([by_sentence[k] for k in sorted(by_sentence)]):
        real = _real(group)
        crowd = _demonstration(real)
        for tok, event in group:
            if event["modality"] in NOT_HAPPENED:
                event["acled"] = None
            elif crowd and (event["type"] == "PROTEST" or _force_on_crowd(event, real)):
                event["acled"] = _category(crowd)
            else:
                event["acled"] = _refined(tok, event, real)


def _scenes(
    sentences: list[list[tuple[Token, dict[str, Any]]]],
) -> list[list[tuple[Token, dict[str, Any]]]]:
    """The sentences' events grouped by demonstration: a sentence that tells only of force on
    a crowd ("Security forces opened fire on the crowd, killing five") continues the
    demonstration the sentence before it reports, as ACLED records one event for both."""
    scenes: list[list[tuple[Token, dict[str, Any]]]] = []
    for group in sentences:
        real = _real(group)
        follows = (
            scenes
            and not _protest_in(real)
            and any(_on_crowd(e) and _force_on_crowd(e, real + scenes[-1]) for _, e in real)
            and _protest_in(scenes[-1])
        )
        if follows:
            scenes[-1] = scenes[-1] + group
        else:
            scenes.append(group)
    return scenes


def _real(group: list[tuple[Token, dict[str, Any]]]) -> list[tuple[Token, dict[str, Any]]]:
    """The events of a group that happened (ACLED records nothing else)."""
    return [(t, e) for t, e in group if e["modality"] not in NOT_HAPPENED]


def _protest_in(group: list[tuple[Token, dict[str, Any]]]) -> bool:
    return any(e["type"] == "PROTEST" for _, e in group)


def _lemmas(tokens: Iterable[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens}


def _sectors(parties: list[dict[str, Any]]) -> set[str]:
    return {s for p in parties for s in p.get("sectors") or ()}


def _force_on_crowd(event: dict[str, Any], real: list[tuple[Token, dict[str, Any]]]) -> bool:
    """Force or arrests by the authorities in a sentence that reports a demonstration, or on
    a crowd ("fired live rounds at crowds")."""
    force = event["type"] == "ASSAULT" or (event["type"], event["mode"]) == ("COERCE", "arrest")
    if not force:
        return False
    if all(a["text"] == UNNAMED_ATTACKERS for a in event["actor"]):
        # "protests in which two demonstrators were killed": deaths in a demonstration that
        # name no doer are part of it, as ACLED records one event per demonstration
        return _protest_in(real) and _on_crowd(event)
    return bool(_sectors(event["actor"]) & AUTHORITIES) and (_protest_in(real) or _on_crowd(event))


def _on_crowd(event: dict[str, Any]) -> bool:
    """Whether the event is done to demonstrators or a crowd, by its recipients' head words."""
    return any(
        r["text"].split()[-1].lower().rstrip("s") in cues()["crowd_words"]
        for r in event["recipient"]
    )


def _demonstration(real: list[tuple[Token, dict[str, Any]]]) -> str | None:
    """The ACLED category of the demonstration a sentence reports, if it reports one."""
    protests = [(t, e) for t, e in real if e["type"] == "PROTEST"]
    force = [(t, e) for t, e in real if _force_on_crowd(e, real)]
    if not protests:
        return _met_with(force) if force else None  # "fired live rounds at crowds"
    words = cues()
    if all(_doers(t) & words["mob_words"] for t, _ in protests):
        return "Mob violence"  # "an angry crowd lynched two men"
    if any(e["mode"] in RIOTS for _, e in protests) or _rioting(protests[0][0].sent):
        return "Violent demonstration"
    return _met_with(force) if force else "Peaceful protest"


def _met_with(force: list[tuple[Token, dict[str, Any]]]) -> str:
    """A demonstration met by force: lethal force (deaths, gunfire, live rounds) is excessive,
    any other an intervention."""
    sentence = _lemmas(force[0][0].sent)
    lethal = any(e["size"].get("dead") or e["mode"] == "firearms" for _, e in force)
    if lethal or sentence & cues()["lethal_words"]:
        return "Excessive force against protesters"
    return "Protest with intervention"


def _rioting(sent) -> bool:
    """Whether demonstrators are said to be violent in a clause no trigger covers
    ("demonstrators who smashed shop windows")."""
    words = cues()
    for tok in sent:
        if tok.lemma_.lower() not in words["riot_verbs"]:
            continue
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        doers += [tok.head] if tok.dep_ == "relcl" else []
        if any(d.lemma_.lower() in words["crowd_words"] for d in doers):
            return True
    return False


def _doers(tok: Token) -> set[str]:
    """The trigger and the head words of its subjects ("crowd", "mob", "lynch")."""
    return {tok.lemma_.lower()} | _lemmas(c for c in tok.children if c.dep_ == "nsubj")


def _refined(
    tok: Token, event: dict[str, Any], real: list[tuple[Token, dict[str, Any]]]
) -> dict[str, str] | None:
    """An event's ACLED category where its words, or the sentence's other events, decide more
    than its type and mode do."""
    words, type_, mode = cues(), event["type"], event["mode"]
    lemma = tok.lemma_.lower()
    particle = next((c.lower_ for c in tok.children if c.dep_ in ("prt", "advmod")), None)
    violent = type_ in ("ASSAULT", "COERCE")
    if violent and {lemma, f"{lemma} {particle}"} & words["disrupt_verbs"]:
        return _category("Disrupted weapons use")  # "defused two bombs", "shot down drones"
    if violent and lemma in words["territory_verbs"] and _takes_place(tok):
        actors = _sectors(event["actor"])
        state = bool(actors & AUTHORITIES) and not actors & NON_STATE
        return _category(
            "Government regains territory" if state else "Non-state actor overtakes territory"
        )
    if type_ == "ASSAULT" and _lemmas(tok.sent) & words["grenade_words"]:
        return _category("Grenade")
    if type_ == "ASSAULT" and mode is None and _sectors(event["recipient"]) & ARMED:
        return _category("Armed clash")  # an attack on forces is a battle, whoever makes it
    if type_ == "ASSAULT" and lemma in words["battle_verbs"] and _sectors(event["actor"]) & ARMED:
        return _category("Armed clash")  # "soldiers clashed with dissidents"
    if (
        type_ == "ASSAULT"
        and mode == "destroy"
        and (
            event["size"].get("dead")
            or "kill" in _lemmas(tok.subtree)
            or any(_kills_too(event, other) for _, other in real)
        )
    ):
        # "burned homes and killed 20 civilians", "shot dead 14 villagers and set fire to their
        # granaries": one attack, not just property destroyed
        return _category("Attack")
    if type_ == "COERCE" and mode == "seize" and _objects(tok) & words["weapon_nouns"]:
        return _category("Disrupted weapons use")  # "seized a cache of weapons"
    if type_ == "COERCE" and mode == "arrest" and lemma in words["conviction_words"]:
        return None  # a prison sentence is no arrest
    if type_ == "MOBILIZE" and _objects(tok) & words["airspace_nouns"]:
        return None  # "entered Japan's airspace": no event on the ground
    if type_ == "MOBILIZE" and _objects(tok) & words["base_nouns"]:
        return _category("Headquarters or base established")
    if type_ == "MOBILIZE" or (type_ == "COERCE" and mode in ("curfew", "martial-law")):
        return _category("Change to group/activity")  # deployments, curfews, martial law
    if type_ == "SANCTION" and mode == "expel" and _own(event):
        return _category("Change to group/activity")  # "sacked the army chief": its leadership
    if type_ in ("SUPPORT", "CONCEDE", "AGREE") and _arguments(tok) & words["agreement_words"]:
        return _category("Agreement")  # "signed a ceasefire agreement", "agreed to a truce"
    return event["acled"]


def _own(event: dict[str, Any]) -> bool:
    """Whether an act falls on its doers' own country's people ("sacked the country's foreign
    minister"), not on another's ("expelled Russia's ambassador")."""
    home = {a.get("country") for a in event["actor"]} - {None}
    away = {r.get("country") for r in event["recipient"]}
    return len(home) == 1 and away == home


def _kills_too(event: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether another event of the sentence is a deadly attack by the same doers."""
    doers = {a["text"] for a in event["actor"]}
    return (
        other is not event
        and other["type"] == "ASSAULT"
        and bool(other["size"].get("dead"))
        and doers == {a["text"] for a in other["actor"]}
    )


def _arguments(tok: Token) -> set[str]:
    """The lemmas of a verb's own words and its objects, not of clauses joined to it."""
    return {tok.lemma_.lower()} | _lemmas(
        t
        for c in tok.children
        if c.dep_ in ("dobj", "prep", "xcomp", "attr", "compound")
        for t in c.subtree
    )


def _objects(tok: Token) -> set[str]:
    """The lemmas of what a verb acts on: its object and its object's own words."""
    found = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return _lemmas(t for c in found for t in c.subtree)


def _takes_place(tok: Token) -> bool:
    """Whether the act takes a place: its object is a place or a word for one ("seized the
    town of Rubare", "took control of Kitshanga")."""
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        if c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_.lower() in cues()["territory_nouns"]:
            return True
    return False
