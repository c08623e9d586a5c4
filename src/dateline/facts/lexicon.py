"""The word lists the facts stage runs on, read once from ``dateline/data/facts``.

They live in data files rather than code so that adding a trigger word or a currency is an edit
to a list a reviewer can read at a glance, with no change to the matching logic.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return resources.files("dateline").joinpath("data", "facts", name).read_text(encoding="utf-8")


def _json(name: str) -> dict[str, Any]:
    return json.loads(_read(name))


def _lines(name: str) -> frozenset[str]:
    """A one-word-a-line list; ``#`` starts a comment line."""
    return frozenset(
        line.strip().lower()
        for line in _read(name).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


@dataclass(frozen=True)
class Triggers:
    """Per fact type, the governing words and the counted nouns that give a number its type."""

    words: dict[str, frozenset[str]]
    counted: dict[str, frozenset[str]]
    fallback: frozenset[str]
    measure_verbs: frozenset[str]
    prep_objects: dict[str, str]
    weak_words: frozenset[str]
    agent_types: frozenset[str]

    def type_of_word(self, lemma: str, *, fallback: bool = True) -> str | None:
        """The type a governing/modifying word signals (fallback types only if allowed)."""
        return self._lookup(self.words, lemma, fallback)

    def type_of_counted(self, lemma: str) -> str | None:
        return self._lookup(self.counted, lemma, True)

    def _lookup(self, table: dict[str, frozenset[str]], lemma: str, fallback: bool) -> str | None:
        for fact_type, lemmas in table.items():
            if lemma in lemmas and (fallback or fact_type not in self.fallback):
                return fact_type
        return None


@lru_cache(maxsize=1)
def triggers() -> Triggers:
    data = _json("triggers.json")
    types = data["types"]
    return Triggers(
        words={t: frozenset(v["words"]) for t, v in types.items()},
        counted={t: frozenset(v["counted"]) for t, v in types.items()},
        fallback=frozenset(data["fallback"]),
        measure_verbs=frozenset(data["measure_verbs"]),
        prep_objects=data["prep_objects"],
        weak_words=frozenset(data["weak_words"]),
        agent_types=frozenset(data["agent_types"]),
    )


@lru_cache(maxsize=1)
def numbers() -> dict[str, Any]:
    return _json("numbers.json")


@lru_cache(maxsize=1)
def currencies() -> dict[str, Any]:
    return _json("currencies.json")


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    return _lines("people.txt")


@lru_cache(maxsize=1)
def group_nouns() -> frozenset[str]:
    return _lines("groups.txt")
