"""Actor resolution: who a mention is, which country it belongs to and which PLOVER sectors.

:func:`annotate` fills ``doc.entities`` with the named entities of the parse (character offsets
into ``doc.body``) plus actor phrases that are not names ("police", "security forces",
"Kazakhstan's leadership"), each resolved against the knowledge base. :func:`resolve_actor`
does the same for one phrase, for the event coder.

The rules, in the order they apply to one phrase:

1. A person the KB knows ("Antony Blinken", or "Putin" when the story names him in full or he
   held office on the publication date) takes the country and sectors of the office held on
   that date; someone whose offices had all ended is ``ELI`` (a former official).
2. An organisation takes its own country code (``IGO``, ``UNO``, ``PSE`` for Hamas) and its
   sectors, after any role noun's ("UN peacekeepers" -> UNO MIL).
3. Otherwise the first country, demonym, capital or seat of power named gives the country
   ("Russian General ..." -> RUS) and role nouns give the sectors, the head noun first
   ("anti-government protesters" -> CVL, OPP). A country or seat named alone is its
   government ("Moscow", "the Kremlin" -> RUS GOV).
4. An unqualified role noun takes the story's focus country: the dateline's country, else the
   country its places point to most often ("police" in a story from Almaty -> KAZ COP).
5. A role with an office and a country ("the Kazakh president") is linked to whoever held that
   office on the publication date; a bare surname is linked to the full name used earlier.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from dateline.kb import KB, Entry, Office, Role, load_kb
from dateline.model import Document
from dateline.nlp import ensure_parsed

# Entity labels this stage reports; numbers and dates belong to the facts and times stages.
NE_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
PLACE_KINDS = frozenset({"country", "capital", "region", "city", "seat"})
# Names that qualify a role noun with a country ("Russian troops", "Central American troops").
QUALIFIER_KINDS = PLACE_KINDS | {"demonym", "group"}
# Country codes of non-state actors (PLOVER Table 5.1): never a story's focus country.
NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
# Labels the small model gives place names by mistake ("Almaty airport" -> PRODUCT).
MISLABELLED_PLACE = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "EVENT"})
# Country and capital names that are also given names: tagged PERSON, they may be people.
GIVEN_NAMES = frozenset(
    {"Chad", "Jordan", "Georgia", "India", "Israel", "Kenya", "America", "Paris", "Sofia"}
    | {"Victoria", "Santiago", "Kingston", "Lima", "Colombo", "Male"}
)
FORMER = frozenset({"former", "ex", "erstwhile", "ousted", "deposed", "exiled"})
# Words that open a sentence with a capital but never begin a name ("The US commander").
ARTICLES = frozenset({"the", "a", "an"})
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# Parts of speech trimmed from the front of an actor phrase ("at least 12,000 people").
LEADING_NOISE = frozenset({"DET", "NUM", "ADV", "ADP", "PRON", "PART", "CCONJ", "PUNCT"})
MAX_TITLE_TOKENS = 8
# Title words that signal no sector themselves ("opposition leader", "deputy foreign minister").
TITLE_WORDS = frozenset(
    {"leader", "chief", "head", "deputy", "acting", "senior", "top", "chairman", "chairwoman"}
    | {"chair", "director", "secretary", "representative", "adviser", "advisor", "aide"}
)
# Words that extend a place name without making it another name: "Gaza City", "Idlib Province".
PLACE_SUFFIXES = frozenset(
    {"City", "Province", "Region", "District", "Governorate", "Oblast", "State", "Strip"}
)
# Lower-case words that open names: "al-Shabaab", "von der Leyen", "bin Salman".
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "der", "di", "da", "le"})

TOKEN_RE = re.compile(r"'s\b|,|\w+(?:[-.'&]\w+)*\.?")  # commas kept: they end names
DATELINE_RE = re.compile(r"\A\s*([A-Z][A-Z .'-]{1,40}?)\s*(?:,|:|\(|—|–|\s-\s)")


@dataclass
class Context:
    """What the story tells about its actors, gathered once and used for every phrase."""

    published: date | None = None
    focus: str | None = None
    mentioned: set[str] = field(default_factory=set)  # KB people named in full in the story
    people: dict[str, dict[str, Any]] = field(default_factory=dict)  # surname -> resolution


def _published(doc: Document | None) -> date | None:
    """The document's publication day, if it has a usable ISO date."""
    if doc is None or not doc.published:
        return None
    try:
        return date.fromisoformat(doc.published[:10])
    except ValueError:
        return None


def _place_country(kb: KB, text: str) -> str | None:
    """The country a place name or demonym points to, if the KB knows it."""
    for entry in kb.lookup(text):
        if entry.kind in QUALIFIER_KINDS and entry.country:
            return entry.country
    return None


def dateline_country(doc: Document, kb: KB) -> str | None:
    """The country of the story's dateline ("ALMATY:" -> KAZ), from the cleaner's dateline or
    the opening words of the body; a town the KB does not know is placed by the country the
    dateline names after it ("ZAPORIZHZHIA, Ukraine, June 7 (Reuters)" -> UKR)."""
    if doc.dateline:
        names = [doc.dateline.place, *doc.dateline.text.split(",")[1:]]
    else:
        match = DATELINE_RE.match(doc.body)
        names = [match.group(1)] if match else []
    return next((c for name in names if (c := _place_country(kb, name.strip()))), None)


def _seat(body: str, end: int) -> bool:
    """Whether a place names where someone is based ("a UK-based monitor"), not where the story
    happens."""
    return body[end : end + 6].lower() == "-based"


def focus_country(kb: KB, doc: Document, mentions: list[tuple[str, str]]) -> str | None:
    """The country a story is about: its dateline's, else the one its places (and, half as
    strongly, its demonyms) point to most often; ``mentions`` are (label, text) pairs. Places
    outvote demonyms because a story names where things happen more than who is involved."""
    if country := dateline_country(doc, kb):
        return country
    votes: Counter[str] = Counter()
    for label, text in mentions:
        country = _place_country(kb, text) if label in ("GPE", "NORP") else None
        if country and country not in NON_STATE:
            votes[country] += 2 if label == "GPE" else 1
    return votes.most_common(1)[0][0] if votes else None


# -- one phrase ------------------------------------------------------------------------------
@dataclass
class _Scan:
    """What the words of one phrase name, in order."""

    names: list[tuple[int, int, list[Entry]]] = field(default_factory=list)  # (from, to, readings)
    roles: list[tuple[int, Role, bool]] = field(default_factory=list)  # (position, role, plural)
    unknown_name: str | None = None  # trailing capitalised words the KB does not know
    former: bool = False


def _words(phrase: str) -> list[str]:
    """The words of a phrase as the KB writes names: possessive "'s" apart, "U.S." whole."""
    text = re.sub(r"(\w)['’]s\b", r"\1 's", phrase.replace("’", "'"))
    words = []
    for word in TOKEN_RE.findall(text):
        if word.endswith(".") and "." not in word[:-1]:
            word = word[:-1]  # sentence-final full stop, not an abbreviation like "U.S."
        words.append(word)
    return words


def _may_name(word: str, span: str) -> bool:
    """Names are only looked up where they are written as names: "Police" in a headline is a
    name candidate, "police" is not; "al-Shabaab" and "von der Leyen" are."""
    opens = word[:1].isdigit() or word.split("-")[0].lower() in NAME_PARTICLES or word[:1].isupper()
    return opens and any(c.isupper() or c.isdigit() for c in span)


def _scan(kb: KB, words: list[str]) -> _Scan:
    """Longest-first matching of KB names (capitalised words only) and role nouns."""
    scan = _Scan()
    longest = max(kb.max_name_words, kb.max_role_words)
    unknown: list[str] = []
    unknown_at: set[int] = set()
    title_end = -1  # where the last role noun ended: a capitalised word there is a name
    i = 0
    while i < len(words):
        word = words[i]
        if word.lower() in FORMER:
            scan.former = True
            i += 1
            continue
        if word.lower().startswith("ex-") and len(word) > 3:
            scan.former = True
            word = words[i] = word[3:]
        matched = False
        for j in range(min(len(words), i + longest), i, -1):
            span = " ".join(words[i:j])
            entries = kb.lookup(span) if _may_name(word, span) else []
            if i == title_end and all(e.kind == "city" for e in entries):
                entries = []  # "President Bush", "General George": a name, not a town
            if entries:
                scan.names.append((i, j, entries))
            elif found := kb.role(span):
                scan.roles.append((i, *found))
                title_end = j
            matched = bool(entries or found)
            if matched:
                break
        if not matched:
            j = i + 1
            if word[:1].isupper() and word not in PLACE_SUFFIXES and word.lower() not in ARTICLES:
                unknown.append(word)
                unknown_at.add(i)
                scan.unknown_name = " ".join(unknown)
                i = j
                continue
        unknown = []
        i = j
    # A place written after an unknown name ends that name: "Michael Jordan" is not Jordanian,
    # "New Mexico" is not Mexico. Before one it qualifies it: "Syrian Observatory".
    scan.names = [
        (i, j, es)
        for i, j, es in scan.names
        if es[0].kind not in QUALIFIER_KINDS or i - 1 not in unknown_at
    ]
    return scan


def _choose_person(kb: KB, entries: list[Entry], ctx: Context) -> Entry | None:
    """The KB person a name means: a full name always; a bare surname when it can mean nothing
    else in the KB ("Shoigu"), else only when the story names that person in full or the
    person held an office on the publication date ("Austin" is also a city)."""
    people = [e for e in entries if e.kind == "person"]
    for entry in people:
        if entry.full or entry.kb_id in ctx.mentioned or len(entries) == 1:
            return entry
    if ctx.published:
        for entry in people:
            if any(t.held_on(ctx.published) for t in kb.terms(entry.kb_id)):
                return entry
    return None


def _term(kb: KB, person_id: str, on: date | None) -> tuple[Office, bool]:
    """The term of office that describes a person on ``on``, and whether it had ended then."""
    terms = kb.terms(person_id)
    if on is None:
        current = [t for t in terms if t.end is None]
        return (current or terms[-1:])[0], False
    held = [t for t in terms if t.held_on(on)]
    if held:
        return held[0], False
    past = [t for t in terms if t.end and t.end <= on]
    if past:
        return max(past, key=lambda t: t.end), True
    return terms[0], False  # not yet in office: the country still holds, the sector does not


def _role_sectors(roles: list[tuple[int, Role, bool]]) -> tuple[list[str], list[str]]:
    """Sectors from strong and from weak role nouns, each the last (head) noun first."""
    ordered = [r for _, r, _ in reversed(roles)]
    strong = [s for r in ordered if not r.weak for s in r.sectors]
    weak = [s for r in ordered if r.weak for s in r.sectors]
    return list(dict.fromkeys(strong)), list(dict.fromkeys(weak))


def _resolve(kb: KB, phrase: str, ctx: Context) -> dict[str, Any]:
    """One phrase to ``{text, country, sectors, kb_id?, name?}`` by the rules in the module
    docstring."""
    scan = _scan(kb, _words(phrase))
    result: dict[str, Any] = {"text": phrase, "country": None, "sectors": []}
    places = [es[0] for _, _, es in scan.names if es[0].kind in QUALIFIER_KINDS]
    qualifier = places[0].country if places else None
    person = next(
        (p for _, _, es in scan.names if (p := _choose_person(kb, es, ctx)) is not None), None
    )
    org = next((es[0] for _, _, es in scan.names if es[0].kind == "org"), None)
    strong, weak = _role_sectors(scan.roles)
    roles = strong or weak  # a weak role ("official", "forces") counts only alone
    if person:
        term, ended = _term(kb, person.kb_id, ctx.published)
        result.update(country=term.country, kb_id=person.kb_id, name=person.name)
        result["sectors"] = ["ELI"] if ended else list(term.sectors)
    elif org:
        # "Hamas leader X": the person belongs to the organisation but is not it.
        if scan.unknown_name is None:
            result.update(kb_id=org.kb_id, name=org.name)
        result["country"] = org.country
        result["sectors"] = list(dict.fromkeys([*strong, *org.sectors])) or weak
    else:
        result["country"] = qualifier
        alone = len(scan.names) == 1 and not scan.roles and scan.unknown_name is None
        result["sectors"] = roles or (list(places[0].sectors) if alone and places else [])
        surname = scan.unknown_name if scan.unknown_name and " " not in scan.unknown_name else ""
        if known := ctx.people.get(surname):  # "Serdyukov" after "Andrei Serdyukov"
            for key in ("country", "kb_id", "name"):
                if known.get(key) and not result.get(key):
                    result[key] = known[key]
            result["sectors"] = result["sectors"] or list(known.get("sectors", []))
        if result["country"] is None and scan.roles:
            result["country"] = ctx.focus
        _link_office(kb, scan, result, ctx)
    if scan.former and OFFICIAL_SECTORS & set(result["sectors"]):
        result["sectors"] = ["ELI", *(s for s in result["sectors"] if s != "ELI")]
    return {k: v for k, v in result.items() if v or k in ("text", "country", "sectors")}


def _link_office(kb: KB, scan: _Scan, result: dict[str, Any], ctx: Context) -> None:
    """ "the Kazakh president" -> the president of KAZ on the publication date."""
    offices = [r for _, r, plural in scan.roles if r.office and not plural]
    if scan.former or not offices or not result["country"] or scan.unknown_name:
        return
    holders = kb.holders(result["country"], offices[-1].office, ctx.published)
    if len({h.person_id for h in holders}) == 1:
        result.update(kb_id=holders[0].person_id, name=holders[0].name)


def context_of(doc: Document | None, published: date | None = None) -> Context:
    """The story context for :func:`resolve_actor`, from a document already annotated."""
    kb = load_kb()
    ctx = Context(published=published or _published(doc))
    if doc is None:
        return ctx
    mentions = [(e["label"], e["text"]) for e in doc.entities if not _seat(doc.body, e["end"])]
    ctx.focus = focus_country(kb, doc, mentions)
    for entity in doc.entities:
        if entity["label"] == "PERSON":
            _remember_person(ctx, entity)
    return ctx


def _remember_person(ctx: Context, resolved: dict[str, Any]) -> None:
    """Keep a full name's resolution so a later bare surname can share it."""
    words = resolved["text"].split()
    if len(words) > 1:
        ctx.people.setdefault(words[-1], resolved)
    if resolved.get("kb_id", "").startswith("person:") and len(words) > 1:
        ctx.mentioned.add(resolved["kb_id"])


def resolve_actor(
    phrase: str, doc: Document | None = None, published: date | None = None
) -> dict[str, Any]:
    """Resolve one actor phrase to ``{text, country, sectors, kb_id?, name?}``.

    ``doc`` gives the story context (its focus country for unqualified role nouns, the people it
    names in full) and should have been through :func:`annotate`; ``published`` defaults to the
    document's publication date and picks the office holder of the day.
    """
    return _resolve(load_kb(), phrase, context_of(doc, published))


# -- the stage -------------------------------------------------------------------------------
def _title_start(span: Any, role_words: frozenset[str]) -> int:
    """Token index where the title before a person's name starts ("US Secretary of State
    Antony Blinken", "Russian General Andrei Serdyukov", "Brig. Gen. Robert Mood"); the
    name's own start if there is none."""
    doc, start = span.doc, span.start
    i = start - 1
    while i >= 0 and start - i <= MAX_TITLE_TOKENS:
        tok = doc[i]
        if tok.text == "." and i > 0 and _is_rank_abbreviation(doc[i - 1], role_words):
            i -= 1  # the tokenizer splits "Brig." and may end a sentence there
            continue
        if tok.is_sent_end:
            break
        word = tok.lower_.rstrip(".")  # "Gen." is written "gen" among the role words
        ok = word in role_words or word in FORMER or tok.ent_type_ in ("NORP", "GPE")
        if not (ok or word in ("'s", "’s") or (tok.ent_type_ == "ORG" and tok.is_title)):
            break
        i -= 1
    i += 1
    while i < start and doc[i].lower_ in ("of", "'s", "’s", "and", "."):
        i += 1
    return i


def _is_rank_abbreviation(tok: Any, role_words: frozenset[str]) -> bool:
    """ "Brig", "Lt", "Col" before a full stop: a short capitalised role word."""
    return tok.is_title and len(tok) <= 4 and tok.lower_ in role_words


def _role_words(kb: KB) -> frozenset[str]:
    """Words that may make up a title before a name: role nouns and rank words."""
    return frozenset(w for phrase in kb.roles for w in phrase.split()) | TITLE_WORDS


_MATCHERS: dict[int, Any] = {}


def _role_matcher(nlp_vocab: Any, kb: KB) -> Any:
    """A PhraseMatcher over every role noun form, built once per vocabulary."""
    key = id(nlp_vocab)
    if key not in _MATCHERS:
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        matcher = PhraseMatcher(nlp_vocab, attr="LOWER")
        patterns = [Doc(nlp_vocab, words=_words(p) or [p]) for p in kb.roles]
        matcher.add("ROLE", patterns)
        _MATCHERS[key] = (nlp_vocab, matcher)
    return _MATCHERS[key][1]


def _actor_span(span: Any, chunks: dict[int, Any]) -> Any | None:
    """The noun phrase a role noun heads, trimmed of determiners and numbers, extended by
    "from/of <place>"; None when the role only modifies another noun ("police station").
    ``chunks`` maps each token index to the noun chunk holding it (built once per document)."""
    doc = span.doc
    head = span[-1]
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    chunk = chunks.get(span.start)
    start, end = (chunk.start, chunk.end) if chunk is not None else (span.start, span.end)
    if chunk is not None and not (span.start <= chunk.root.i < span.end):
        possessive = span.end < len(doc) and doc[span.end].lower_ in ("'s", "’s")
        if not possessive:
            return None
        end = span.end
    while start < span.start and (doc[start].pos_ in LEADING_NOISE or doc[start].like_num):
        start += 1
    if end + 1 < len(doc) and doc[end].lower_ in ("from", "of"):
        nxt = end + 1 + (doc[end + 1].lower_ == "the")
        if nxt < len(doc) and doc[nxt].ent_type_ in ("GPE", "NORP") and doc[nxt].ent_iob_ == "B":
            end = nxt + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
    return doc[start:end]


def annotate(doc: Document) -> Document:
    """Fill ``doc.entities`` with resolved named entities and actor phrases (see module doc)."""
    ensure_parsed(doc)
    parsed = doc.parsed
    if parsed is None:
        return doc
    kb = load_kb()
    ents = [e for e in parsed.ents if e.label_ in NE_LABELS]
    labels = [_label(kb, e) for e in ents]
    ctx = Context(published=_published(doc))
    ctx.focus = focus_country(
        kb,
        doc,
        [
            (lab, e.text)
            for lab, e in zip(labels, ents, strict=True)
            if not _seat(doc.body, e.end_char)
        ],
    )
    for ent, label in zip(ents, labels, strict=True):
        if label == "PERSON" and len(ent) > 1:
            person = _choose_person(kb, kb.lookup(ent.text), ctx)
            if person:
                ctx.mentioned.add(person.kb_id)

    role_words = _role_words(kb)
    titles = {
        e.start: _title_start(e, role_words)
        for e, lab in zip(ents, labels, strict=True)
        if lab == "PERSON"
    }
    in_title = {i for person, start in titles.items() for i in range(start, person)}

    entities: list[dict[str, Any]] = []
    for ent, label in zip(ents, labels, strict=True):
        if ent.start in in_title and label not in ("GPE", "NORP"):
            continue  # a title's words ("Kazakh President", "State") belong to the person
        phrase = doc.body[parsed[titles.get(ent.start, ent.start)].idx : ent.end_char]
        if label == "PERSON":
            entity = _entity(ent, label, _resolve_person(kb, phrase, _apposition(ent), ctx))
            _remember_person(ctx, entity)
        else:
            entity = _entity(ent, label, _resolve(kb, phrase, ctx))
        entities.append(entity)

    people = {
        i
        for e, lab in zip(ents, labels, strict=True)
        if lab == "PERSON"
        for i in range(e.start, e.end)
    }
    taken = people | in_title
    named = {i for e in ents for i in range(e.start, e.end)}
    chunks = {i: chunk for chunk in parsed.noun_chunks for i in range(chunk.start, chunk.end)}
    for match in _role_matches(parsed, kb):
        if all(i in named for i in range(match.start, match.end)):
            continue  # "Defence Ministry" tagged ORG is already an entity
        span = _actor_span(match, chunks)
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        entities.append(_entity(span, "ACTOR", _resolve(kb, span.text, ctx)))
    doc.entities = sorted(entities, key=lambda e: (e["start"], -e["end"]))
    return doc


def _apposition(ent: Any) -> str | None:
    """What the story says a person is, after the name: "Andrei Serdyukov, commander of the
    Russian contingent", "Ali Khan of the Pakistani army"."""
    for child in ent.root.children:
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in ("of", "from")):
            words = list(child.subtree)
            if len(words) <= MAX_TITLE_TOKENS + 4:
                return ent.doc[words[0].i : words[-1].i + 1].text
    return None


def _resolve_person(kb: KB, phrase: str, apposition: str | None, ctx: Context) -> dict[str, Any]:
    """A person not in the KB takes a country and sectors from the title before the name, then
    from the apposition after it, and only then the story's focus country."""
    explicit = replace(ctx, focus=None)
    result = _resolve(kb, phrase, explicit)
    if apposition and "kb_id" not in result:
        described = _resolve(kb, apposition, explicit)
        result["country"] = result["country"] or described["country"]
        result["sectors"] = result["sectors"] or described["sectors"]
    if result["country"] is None and result["sectors"]:
        result["country"] = ctx.focus
    return result


def _label(kb: KB, ent: Any) -> str:
    """spaCy's label, corrected where the KB knows the name is a place or a people: the small
    model tags "Almaty airport" PRODUCT and "Mali" PERSON."""
    top = kb.lookup(ent.text)[:1]
    if not top:
        return ent.label_
    kind, label = top[0].kind, ent.label_
    if kind in ("demonym", "group") and label in MISLABELLED_PLACE:
        return "NORP"
    is_person_error = (
        label == "PERSON" and kind in ("country", "capital") and ent.text not in GIVEN_NAMES
    )
    if kind in PLACE_KINDS - {"seat"} and (label in MISLABELLED_PLACE or is_person_error):
        return "GPE"
    return label


def _entity(span: Any, label: str, resolved: dict[str, Any]) -> dict[str, Any]:
    """The entity record: the span's own text and offsets, and what it resolved to."""
    entity = {"text": span.text, "label": label, "start": span.start_char, "end": span.end_char}
    entity.update({k: v for k, v in resolved.items() if k not in ("text", "name") and v})
    return entity


def _role_matches(parsed: Any, kb: KB) -> list[Any]:
    """Longest non-overlapping role-noun matches, in text order."""
    from spacy.util import filter_spans

    matches = _role_matcher(parsed.vocab, kb)(parsed)
    spans = filter_spans([parsed[start:end] for _, start, end in matches])
    return sorted(spans, key=lambda span: span.start)
