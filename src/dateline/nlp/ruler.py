"""A spaCy entity ruler fed from the knowledge base, run before the statistical NER.

The small English model splits "Collective Security Treaty Organisation (CSTO)" into two
entities and rarely knows a dateline in capitals ("ALMATY:") is a place. The ruler marks what
the KB knows for certain and the NER predicts around it. Only patterns that are safe to fix
before the NER are used: names of two or more tokens (a single token such as "Washington" or
"Jordan" is often part of a longer name, "Washington Post", that the NER gets right) and
place names written in capitals. Patterns for what has a KB id carry it (``ent.ent_id_``).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any

from dateline.kb import Entry, load_kb

RULER_NAME = "dateline_kb_ruler"

# A city of at least this size gets a capitalised pattern ("ALMATY"); capitals always do.
CAPS_CITY_MIN_POPULATION = 200_000
PLACE_KINDS = ("country", "capital", "region", "seat")


def _token_count(text: str) -> int:
    """Tokens the English tokenizer will make, closely enough to tell one from many."""
    return len(text.replace("-", " - ").replace("(", " ( ").replace(".", ". ").split())


def _wanted(name: str, entry: Entry) -> list[str]:
    """The surface forms of one KB name that the ruler should fix before the NER."""
    forms = []
    # Regions are left out in title case: "New York" opens "New York Times".
    in_title_case = entry.kind != "region" and (entry.kind != "person" or entry.full)
    if _token_count(name) > 1 and in_title_case:
        forms.append(name)
    if entry.kind in PLACE_KINDS and name.upper() != name and len(name) > 3:
        forms.append(name.upper())
    # News writes curly apostrophes as often as straight ones.
    return forms + [f.replace("'", "’") for f in forms if "'" in f]


def _abbreviated(names: list[str]) -> list[str]:
    """ "Collective Security Treaty Organisation (CSTO)": a long name with its abbreviation."""
    abbrs = [n for n in names if n.replace(".", "").isupper() and " " not in n]
    longs = [n for n in names if " " in n and not n.isupper()]
    return [f"{long} ({abbr})" for long in longs for abbr in abbrs]


@lru_cache(maxsize=1)
def kb_patterns() -> tuple[dict[str, Any], ...]:
    """The ruler's patterns, built once per process from the KB."""
    kb = load_kb()
    patterns: dict[str, dict[str, Any]] = {}
    names_by_id: dict[str, list[str]] = defaultdict(list)
    caps_words: set[str] = set()  # "ALMATY", "KYIV": one token pattern serves them all
    for name, entry in kb.surface_forms():
        if name.lower().startswith("the "):
            continue  # news tags "the" outside the name; the bare form is in the KB too
        if entry.kb_id:
            names_by_id[entry.kb_id].append(name)
        for form in _wanted(name, entry):
            if form.isupper() and form.isalpha() and not entry.kb_id:
                caps_words.add(form)
            else:
                patterns.setdefault(form, _pattern(form, entry))
    city = Entry("city", "", "GPE")
    for name, (_, population) in kb.cities.items():
        caps = name.upper()
        if population < CAPS_CITY_MIN_POPULATION or caps == name:
            continue  # title-case cities are left to the NER, like regions
        if caps.isalpha():
            caps_words.add(caps)
        else:
            patterns.setdefault(caps, _pattern(caps, city))
    for names in names_by_id.values():
        entry = kb.lookup(names[0])[0]
        for form in _abbreviated(names):
            patterns.setdefault(form, _pattern(form, entry))
    # Thousands of one-word phrase patterns would each need tokenizing when the ruler is built;
    # a single token pattern matching any of the words costs nothing to build.
    caps = {"label": "GPE", "pattern": [{"TEXT": {"IN": sorted(caps_words)}}]}
    return (*patterns.values(), caps)


def _pattern(text: str, entry: Entry) -> dict[str, Any]:
    pattern: dict[str, Any] = {"label": entry.label, "pattern": text}
    if entry.kb_id:
        pattern["id"] = entry.kb_id
    return pattern


def add_kb_ruler(nlp: Any) -> Any:
    """Add the KB entity ruler before ``ner`` (or last, for a pipeline without one) and return
    it; calling it again on the same pipeline returns the ruler already there."""
    if RULER_NAME in nlp.pipe_names:
        return nlp.get_pipe(RULER_NAME)
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {"last": True}
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config={"overwrite_ents": False}, **where)
    # Patterns match on exact text, so only the tokenizer needs to see them: running the
    # tagger and parser over thousands of names would cost seconds.
    with nlp.select_pipes(enable=[RULER_NAME]):
        ruler.add_patterns(list(kb_patterns()))
    return ruler
