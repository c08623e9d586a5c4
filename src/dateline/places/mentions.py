"""Finding the place names in a parsed document (recognition, before any resolution).

Sources, in order of trust (a later one never overlaps an earlier one):

1. wire datelines opening a line ("ALMATY:", "COLUMBUS, Ohio —"), which taggers often miss;
2. spaCy GPE, LOC and FAC entities, except an unknown name the tagger also calls a person
   elsewhere in the story (surnames are often mistaken for towns); plus PERSON and NORP
   entities that are really places (see ``_mislabelled_place``), unless part of a person's
   name in the story;
3. NORP entities used as modifiers ("Russian troops", "the Syrian army", "anti-Russian"; also
   when tagged PERSON, as small taggers do with rarer ones): an adjective of place
   names a place, while a plural noun ("the Russians") names people and a bare noun after a
   preposition ("in English") names a language, so those are left out;
4. organisations named as a physical site ("Lincoln High School", "Wembley Stadium"), listed
   as sites, and places named inside other organisation names ("University of
   California", "Kenyan Red Cross");
5. gazetteer names the tagger missed: capitalised proper nouns that are countries, continents,
   states or cities, never a common English word that happens to be a town somewhere;
6. names the text itself calls places ("the town of Kafr Zita", "the Sambisa forest") or puts
   where only a place can be ("near Mocimboa da Praia", "outside Gubio"), known or not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dateline.places.gazetteer import Gazetteer, Place, normalize

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entities whose words are not places even when they spell one ("Paris Hilton", "May 3").
OPAQUE_LABELS = {"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod"}
MAX_NGRAM = 4
# A gazetteer-only city match must be at least this big, so small towns named like surnames or
# things ("Hope", "Marion") need the tagger's support.
MIN_SCAN_POPULATION = 100_000
MAJOR_CITY_POPULATION = 1_000_000
DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.'’ -]*[A-Z.])(?=\s*(?:[,:]|\(|—|–|-\s))", re.MULTILINE)
# Last words of names of physical sites: an "organisation" so named is a place in the story
# ("Lincoln High School", "Al-Shifa Hospital"). Institutions that are not
# one site (universities, courts, ministries) are deliberately absent.
SITE_WORDS = {
    "airport", "arena", "base", "bridge", "castle", "cathedral", "cemetery", "centre", "center",
    "chapel", "church", "courthouse", "dam", "embassy", "consulate", "farm", "farms", "garden",
    "gardens", "hall", "harbour", "harbor", "hospital", "hotel", "inn", "jail", "library",
    "mall", "market", "monastery", "mosque", "museum", "palace", "park", "prison", "racecourse",
    "school", "square", "stadium", "station", "street", "synagogue", "temple", "theatre",
    "theater", "tower", "zoo", "avenue", "road", "boulevard", "lane", "drive", "highway",
}  # fmt: skip
LINKING_WORDS = {"of", "de", "del", "da", "do", "dos", "la", "upon", "on", "al", "el"}
# Particles inside one place's name, never between two ("Mocimboa da Praia" is no Praia).
NAME_PARTICLES = {"de", "del", "da", "do", "dos"}
# Words news puts after a name to say what kind of place it is ("Kherson city", "Kaduna
# state"); the gazetteer knows the name without them.
TOWN_WORDS = {"city", "town", "village"}
AREA_WORDS = {
    "province", "region", "state", "district", "county", "governorate", "oblast", "prefecture",
    "department", "municipality", "territory",
}  # fmt: skip


@dataclass
class Mention:
    """A span of the body that names a place; ``fixed`` is set when the span alone decides it
    (an adjective of place names one country or continent); ``site`` marks a street, building
    or other spot smaller than a town."""

    start: int
    end: int
    text: str
    source: str
    fixed: Place | None = None
    site: bool = False


def find_mentions(body: str, parsed, gaz: Gazetteer) -> list[Mention]:
    """All place mentions in ``body``, without overlaps, in text order."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def add(mention: Mention) -> None:
        if mention.end > mention.start and not any(
            mention.start < e and s < mention.end for s, e in taken
        ):
            found.append(mention)
            taken.append((mention.start, mention.end))

    for m in DATELINE.finditer(body):
        if gaz.lookup(m.group(1)):
            add(Mention(m.start(1), m.end(1), m.group(1), "dateline"))
    ents = list(parsed.ents)
    mislabelled = [ent for ent in ents if _mislabelled_place(ent, gaz)]
    # Words of the story's real people's names ("Michael Jordan"): "Jordan" alone is them too.
    named = [ent for ent in ents if ent.label_ == "PERSON" and ent not in mislabelled]
    people = {t.lower_ for ent in named for t in ent}
    for ent in ents:
        if ent.label_ in PLACE_LABELS:
            following = parsed[ent.end].lower_ if ent.end < len(parsed) else ""
            mention = _known_name(_trimmed(ent, body), following, gaz)
            if gaz.lookup(mention.text) or normalize(mention.text) not in people:
                add(mention)
        elif ent in mislabelled and not any(t.lower_ in people for t in ent):
            add(Mention(ent.start_char, ent.end_char, ent.text, "ner"))
    for ent in ents:
        if ent.label_ in ("NORP", "PERSON") and _is_modifier(ent.root):
            for mention in _demonyms(ent.text, ent.start_char, gaz):
                add(mention)
    for ent in ents:
        if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ in SITE_WORDS:
            add(_trimmed(ent, body))
        elif ent.label_ not in PLACE_LABELS | OPAQUE_LABELS and ent.label_ != "NORP":
            for mention in _scan(ent, body, gaz):
                add(mention)
    inside_entity = {t.i for ent in ents for t in ent}
    sentences = parsed.sents if parsed.has_annotation("SENT_START") else [parsed[:]]
    for sent in sentences:
        free = [t for t in sent if t.i not in inside_entity]
        for run in _runs(free):
            for mention in _scan(run, body, gaz):
                add(mention)
    for mention in _named_by_kind(parsed, body, named):
        add(mention)
    found.sort(key=lambda m: m.start)
    return found


# Nouns that say the name after "of" or before them is a place ("the town of Kafr Zita", "the
# Sambisa forest"; not "sector" or "camp", which follow names of other things: "the SME sector").
KIND_NOUNS = frozenset(
    {"town", "village", "city", "district", "province", "region", "county", "suburb", "port"}
    | {"neighbourhood", "neighborhood", "municipality", "locality", "settlement", "island"}
    | {"township", "governorate", "prefecture", "forest", "valley"}
)


def _named_by_kind(parsed, body: str, people: list) -> list[Mention]:
    """Names the text itself calls places, whatever the tagger made of them: "the town of
    Kafr Zita", "the village of Gorgadji", "Yangon's Hlaingthaya township", and a name only a
    place can follow "near", "outside" or "around" in ("near Mocimboa da Praia", "outside
    Gubio"), unless the story names a person so. Unknown to the gazetteer, they stay
    unresolved."""
    names = []
    for kind in parsed:
        if kind.lemma_.lower() in KIND_NOUNS:
            of = [c for p in kind.children if p.lower_ == "of" for c in p.children]
            names += [c for c in of if c.dep_ == "pobj"]
            names += [c for c in kind.children if c.dep_ == "compound" and c.i == kind.i - 1]
        elif kind.lower_ in NEAR_PREPS:
            names += [
                c
                for c in kind.children
                if c.dep_ == "pobj" and c.ent_type_ not in NOT_PLACES and not _person(c, people)
            ]
    found = []
    for name in names:
        if name.pos_ != "PROPN" or not name.text[:1].isupper():
            continue
        if any(t.lower_ in ("the", "a") for t in name.children):
            continue  # "outside the White House": a building, not a town
        words = [name]  # the name's own words before it ("Mocimboa da Praia"), not its phrase
        while words[0].i > 0 and (left := words[0].nbor(-1)).dep_ in ("compound", "flat"):
            if left.head.i not in {w.i for w in words}:
                break
            words.insert(0, left)
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        found.append(Mention(start, end, body[start:end], "ner"))
    return found


def _person(token, people: list) -> bool:
    """Whether the story names a person with this word elsewhere than here."""
    return any(
        token.lower_ in (t.lower_ for t in ent)
        for ent in people
        if not ent.start <= token.i < ent.end
    )


# Prepositions after which a proper name is a place and not a person ("near Djibo"; one is
# "with" or "against" a person, rarely "near" one).
NEAR_PREPS = frozenset({"near", "outside", "around"})
# Entity kinds a name after "near" can have and still not be a place ("around Christmas").
NOT_PLACES = frozenset(OPAQUE_LABELS - {"PERSON"}) | {"ORG", "NORP", "EVENT", "WORK_OF_ART"}


def _is_major(place: Place) -> bool:
    """A place well enough known that its name alone is strong evidence: an area, a national
    capital, or a city of a million people."""
    return place.feature != "city" or place.capital or place.population >= MAJOR_CITY_POPULATION


# Prepositions that put what follows them on the map ("near Djibo", "in Kherson").
WHERE_PREPS = frozenset({"in", "near", "around", "outside"})


def _mislabelled_place(ent, gaz: Gazetteer) -> bool:
    """A person or group entity that is really a place, as small taggers often get wrong
    ("Kyiv", "Goma" as people; "Aleppo" as a group): the name of a major place, of a town
    of 100,000+ that is not the subject of a clause (people act and speak; places are where
    things happen), or of any known town after "in" or "near" ("near Djibo"). An adjective of
    place is left to the demonym table."""
    if ent.label_ not in ("PERSON", "NORP", "ORG") or normalize(ent.text) in gaz.demonyms:
        return False
    places = gaz.lookup(ent.text)
    root = ent.root
    article = ent[0].lower_ == "the" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")
    if places and root.dep_ == "pobj" and root.head.lower_ in WHERE_PREPS and not article:
        return True  # but "outside the White House" is a building, not the town
    if ent.label_ == "ORG":
        return False
    if any(_is_major(p) for p in places):
        return True
    return root.dep_ not in ("nsubj", "nsubjpass") and any(
        p.population >= MIN_SCAN_POPULATION for p in places
    )


def _trimmed(ent, body: str) -> Mention:
    """An entity span without a leading "the" or a trailing possessive.

    A facility named with "the" ("the White House", "the Kremlin") is marked as such: towns
    are not named with an article, so it must not resolve to a town of the same name.
    """
    tokens = list(ent)
    article = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
    while tokens and tokens[0].lower_ in ("the", "a"):
        article = True
        tokens.pop(0)
    while tokens and tokens[-1].text in ("'s", "’s", "'", "’"):
        tokens.pop()
    if not tokens:
        return Mention(ent.start_char, ent.start_char, "", "ner")
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    source = "facility" if ent.label_ == "FAC" and article else "ner"
    site = ent.label_ == "FAC" or tokens[-1].lower_ in SITE_WORDS
    return Mention(start, end, body[start:end], source, site=site)


def _known_name(mention: Mention, following: str, gaz: Gazetteer) -> Mention:
    """A name with a word of kind, ending it or ``following`` it ("Kherson city", "Kaduna
    state"), as the name the gazetteer knows: a town by its name, an area only by an area's
    (a town named like a province abroad is no answer: "Soum province" stays unknown)."""
    name, _, last = mention.text.rpartition(" ")
    inside = bool(name) and last.lower() in TOWN_WORDS | AREA_WORDS and not gaz.lookup(mention.text)
    kind = last.lower() if inside else following
    name = name if inside else mention.text
    if inside and kind in TOWN_WORDS and gaz.lookup(name):
        return replace(mention, end=mention.start + len(name), text=name)
    if kind in AREA_WORDS and len(areas := gaz.areas(name)) == 1:
        return replace(mention, end=mention.start + len(name), text=name, fixed=areas[0])
    return mention


def _is_modifier(token) -> bool:
    """True when a demonym is used as an adjective of place, not as people or a language.

    A conjunct takes the role of the word it is joined to ("American and Mexican officials").
    """
    if token.tag_ in ("NNS", "NNPS"):
        return False
    if token.dep_ == "conj" and token.head is not token:
        return _is_modifier(token.head)
    return token.dep_ in MODIFIER_DEPS or (token.pos_ == "ADJ" and token.dep_ != "pobj")


def _demonyms(text: str, start: int, gaz: Gazetteer) -> list[Mention]:
    """Adjectives of place in a tagged span, also inside hyphenated words ("anti-Russian",
    "Russian-backed"), whose place is the part before or after the hyphen. The tagger also
    sometimes calls a rarer adjective ("Azerbaijani") a person; that is handled here too."""
    place = gaz.demonyms.get(normalize(text))
    if place is not None:
        return [Mention(start, start + len(text), text, "demonym", place)]
    found: list[Mention] = []
    offset = 0
    for part in text.split("-"):
        place = gaz.demonyms.get(normalize(part)) if "-" in text else None
        if place is not None:
            found.append(
                Mention(start + offset, start + offset + len(part), part, "demonym", place)
            )
        offset += len(part) + 1
    return found


def _runs(tokens: list) -> list[list]:
    """Split a sentence's free tokens into runs of adjacent tokens."""
    runs: list[list] = []
    for token in tokens:
        if runs and runs[-1][-1].i + 1 == token.i:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


def _scan(tokens, body: str, gaz: Gazetteer) -> list[Mention]:
    """Longest-first gazetteer matches among capitalised words of a token sequence."""
    tokens = list(tokens)
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        linked = 0  # the longest linked name starting here ("Mocimboa da Praia")
        for n in range(min(MAX_NGRAM, len(tokens) - i), 0, -1):
            span = tokens[i : i + n]
            if not _looks_like_name(span):
                continue
            linked = linked or (n if any(t.lower_ in NAME_PARTICLES for t in span[1:-1]) else 0)
            start, end = span[0].idx, span[-1].idx + len(span[-1].text)
            mention = _gazetteer_mention(body[start:end], start, end, span, gaz)
            if mention is not None:
                out.append(mention)
                i += n
                break
            if linked:
                i += linked  # an unknown linked name: not the known town at its end
                break
        else:
            i += 1
    return out


def _shouted(token) -> bool:
    """True inside text written all in capitals, where capitals say nothing about names."""
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(t.is_upper and t.is_alpha and len(t) > 1 for t in neighbours)


def _looks_like_name(span) -> bool:
    """Capitalised words, possibly linked by "of", "de"...; not starting with "The"."""
    first, last = span[0], span[-1]
    if not (first.text[:1].isupper() and last.text[:1].isupper()) or first.lower_ == "the":
        return False
    return all(t.text[:1].isupper() or t.lower_ in LINKING_WORDS for t in span)


def _gazetteer_mention(text: str, start: int, end: int, span, gaz: Gazetteer) -> Mention | None:
    """A mention for a gazetteer name the tagger did not mark, if it is safe to take: not a
    common word, a proper noun, and an area or a big enough town."""
    key = normalize(text)
    if key in gaz.common_words:
        return None
    demonym = gaz.demonyms.get(key)
    if demonym is not None:
        head = span[-1]
        return Mention(start, end, text, "demonym", demonym) if _is_modifier(head) else None
    # One word must be a place's own name, or an old or local name of a major place ("Kiev").
    candidates = gaz.lookup(text)
    if len(span) == 1 and key not in gaz.by_key:
        candidates = [p for p in candidates if _is_major(p)]
    if not candidates or not any(t.pos_ == "PROPN" or t.is_upper for t in span):
        return None
    if len(span) == 1 and span[0].is_stop and not (span[0].is_upper and not _shouted(span[0])):
        return None  # "May", "Us", "IT WAS US"; but "the US Army" names the country
    areas = any(p.feature != "city" for p in candidates)
    if not areas and not any(p.population >= MIN_SCAN_POPULATION for p in candidates):
        return None
    if len(span) == 1 and not areas and (span[0].is_sent_start or text.isupper()):
        return None  # a capitalised first word or an acronym needs more than a city name
    return Mention(start, end, text, "gazetteer")
