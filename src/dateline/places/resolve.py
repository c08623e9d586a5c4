"""Choosing which place each mention names (GeoNames disambiguation).

Each candidate is scored on what a reader uses: how big the place is, what kind of place it is
(a country, continent or national capital is what an unqualified name usually means in news),
whether the text used its main name, whether it lies in the story's focus countries (the
countries the text names unambiguously, its adjectives of place and its dateline), and whether
another place in the story is in the same state. Focus is worked out first from the mentions
that need no context, then every mention is resolved against it.
"""

from __future__ import annotations

import math
from collections import Counter

from dateline.places.gazetteer import Gazetteer, Place, normalize
from dateline.places.mentions import Mention

POPULATION_WEIGHT = 1.5  # per factor of ten in population
FEATURE_BONUS = {"continent": 5.0, "country": 5.0, "admin1": 2.5, "region": 2.5, "city": 0.0}
CAPITAL_BONUS = 4.0  # "Washington said" means the capital, not the state
MAIN_NAME_BONUS = 1.5  # the text used the place's own name, not one of its alternates
FOCUS_WEIGHT = 4.0  # times the country's share of the story's focus
SAME_ADMIN1_BONUS = 1.5
DATELINE_VOTES = 2.0


def candidates(mention: Mention, gaz: Gazetteer) -> list[Place]:
    """Every place a mention could name: its fixed place, or the gazetteer's entries.

    A facility named with an article ("the White House") is not the town that happens to
    share its name, and our gazetteer holds no facilities; it only resolves to an area.
    """
    if mention.fixed is not None:
        return [mention.fixed]
    places = gaz.lookup(mention.text)
    if mention.source == "facility":
        return [p for p in places if p.feature != "city"]
    return places


def prior(place: Place, key: str) -> float:
    """Context-free plausibility of ``place`` for a name whose lookup key is ``key``."""
    score = POPULATION_WEIGHT * math.log10(max(place.population, 1000))
    score += FEATURE_BONUS.get(place.feature, 0.0)
    if place.capital:
        score += CAPITAL_BONUS
    if normalize(place.name) == key:
        score += MAIN_NAME_BONUS
    return score


def focus_countries(mentions: list[Mention], options: list[list[Place]]) -> dict[str, float]:
    """Each country's share of the story: mentions that can only be in one country count
    fully, the rest count half for their likeliest country; a dateline counts double."""
    votes: Counter[str] = Counter()
    for mention, places in zip(mentions, options, strict=True):
        weight = DATELINE_VOTES if mention.source == "dateline" else 1.0
        countries = {p.country_code for p in places if p.country_code}
        if len(countries) == 1:
            votes[countries.pop()] += weight
        elif places:
            votes[places[0].country_code] += weight / 2
    total = sum(votes.values())
    return {c: v / total for c, v in votes.items() if c} if total else {}


def resolve(mentions: list[Mention], gaz: Gazetteer) -> list[Place | None]:
    """The chosen place for each mention (None when the gazetteer knows no such place)."""
    keys = [normalize(m.text) for m in mentions]
    options = [
        sorted(candidates(m, gaz), key=lambda p, k=k: -prior(p, k))
        for m, k in zip(mentions, keys, strict=True)
    ]
    focus = focus_countries(mentions, options)
    first = [places[0] if places else None for places in options]
    chosen: list[Place | None] = []
    for places, key in zip(options, keys, strict=True):
        if not places:
            chosen.append(None)
            continue
        # Context comes from other names only: a repeated name must not vouch for itself.
        states = {
            (p.country_code, p.admin1) for p, k in zip(first, keys, strict=True) if p and k != key
        }

        def score(place: Place, key: str = key, states: set = states) -> float:
            value = prior(place, key) + FOCUS_WEIGHT * focus.get(place.country_code, 0.0)
            if place.feature != "country" and (place.country_code, place.admin1) in states:
                value += SAME_ADMIN1_BONUS
            return value

        chosen.append(max(places, key=score))
    return chosen


def home_town(mentions: list[Mention], chosen: list[Place | None]) -> Place | None:
    """The town the story is about: its dateline town, else its most named town (the first
    named on a tie); None when it names no town."""
    towns = [
        (m, p)
        for m, p in zip(mentions, chosen, strict=True)
        if p is not None and p.feature == "city"
    ]
    for mention, place in towns:
        if mention.source == "dateline":
            return place
    counts = Counter(p.geonameid for _, p in towns)
    return max((p for _, p in towns), key=lambda p: counts[p.geonameid], default=None)
