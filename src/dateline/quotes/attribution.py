"""Find who said what: attributions from the dependency parse and around quotation marks.

Two kinds of evidence are combined. The parse gives reported speech: a cue verb ("said",
"warned", "hinted") with a clausal complement is an attribution whose content is that clause
and whose speaker is the verb's subject; a stance verb's object ("criticized the deal"), a
reporting noun ("Trump's claim that ..."), "according to X", an impression ("the team
appeared paralyzed": the whole clause) and headline forms ("Graham: ...", "Trump Says ...")
are attributions too. Cue words come from hand-written lists and from lists derived from
PolNeAR train (see data/quotes/README.md). Quotation marks give direct speech with exact
boundaries, but the parser often splits a long quotation into sentences of its own, so a
quotation the parse did not attribute is attributed from the words next to it:
``"...," he said``, ``He said: "..."``, ``"..." — Reuters``, a quotation split by its
attribution, or one continuing the previous paragraph's speaker. Each word belongs to one
attribution, as in PolNeAR: a report inside another's content is the outer source's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from dateline.quotes.marks import Quoted

DATA = Path(__file__).resolve().parents[1] / "data" / "quotes"
# A cue verb without a subject of its own ("..., adding that", "went on to say") reports
# for the subject of the verb it hangs from.
BORROWS_SUBJECT = {"conj", "advcl", "xcomp", "ccomp"}
# Verbs whose direct object is the listener, not what was said ("told reporters").
ADDRESSEE_VERBS = {"tell", "ask", "inform", "remind", "assure", "urge", "warn", "advise", "thank"}
# Verbs that report only through a clause: their objects are not what was said ("continued
# the tour", "spoke for an hour", "found a flaw", "saw a rise", "added a line").
CLAUSE_ONLY_VERBS = {"continue", "speak", "see", "find", "know", "feel", "consider", "add", "write"}
# Verbs of impression: "the team appeared paralyzed", "voters seem intent on ..." state an
# assessment, and the whole clause, subject included, is what is attributed.
IMPRESSION_VERBS = {"seem", "appear"}
IMPRESSION_DEPS = {"xcomp", "acomp", "oprd", "attr", "ccomp"}
# Object pronouns that stand for people: "called him" names no position, while "supported
# her", "backed it" and "rejected that" do (PolNeAR counts a pronoun object as content),
# so only a lone personal pronoun after a verb that also takes people is dropped.
PERSONAL_OBJECTS = {"him", "them", "me", "us", "you", "himself", "herself", "themselves"}
# Lower-case words allowed inside a headline speaker ("Clinton camp", "Mukasey at RNC").
NAME_LINKS = {"camp", "campaign", "at", "of", "on", "to", "and", "the"}
TOPIC_PREPOSITIONS = {"about", "for", "on", "at", "to", "of", "against", "with", "as", "over"}
# Children after a stance verb that make up what it attributes ("called Trump a buffoon").
OBJECT_DEPS = {"xcomp", "dobj", "oprd", "dative", "attr"}
EDGE = " \t\n,;:—–-"  # quotation marks stay: a mixed quote keeps its marks balanced
WINDOW = 10  # tokens searched beside a quotation for its attribution
GAP = 6  # most tokens allowed between a cue and the quotation it introduces
MIN_UNATTRIBUTED_WORDS = 4  # shorter unattributed quotations are titles or scare quotes
_DASH = re.compile(r"[\s\"”»',.]*[—–―]\s*([^\n—–―]{2,80}?)[\s.]*$")


@lru_cache(maxsize=4)
def lexicon(name: str) -> frozenset[str]:
    """A word list from data/quotes (see its README.md): one lemma a line, first column."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.split("\t")[0].strip() for w in lines if w.strip() and w[0] != "#")


@lru_cache(maxsize=1)
def cue_lexicon() -> frozenset[str]:
    """Every verb lemma that can cue an attribution: the hand-written speech and stance
    verbs and those PolNeAR train shows its annotators mark as cues."""
    return lexicon("cue_verbs.txt") | lexicon("stance_verbs.txt") | lexicon("polnear_verbs.txt")


@dataclass
class Attribution(Quoted):
    """Content spans (as a quotation's), the cue span and the speaker's head token of one
    attribution."""

    cue: tuple[int, int] | None
    speaker: Token | None
    kind: str = "indirect"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding spaces, commas and dashes."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


@lru_cache(maxsize=1)
def cue_nouns() -> frozenset[str]:
    """Nouns that report speech or stance: hand-written, and derived from PolNeAR train."""
    return lexicon("cue_nouns.txt") | lexicon("polnear_nouns.txt")


def lemma(tok: Token) -> str:
    """The verb's lexicon lemma. The small model's lemmatiser errs on some verbs ("hopes",
    "hoping" -> "hop"), so when its lemma is not a cue the inflected form with its ending
    undone is tried ("hop" + "e"); an unknown verb keeps the model's lemma."""
    lower = tok.lower_
    candidates = [tok.lemma_.lower(), lower]
    suffix = next((s for s in ("ing", "ed", "es", "s") if lower.endswith(s)), None)
    if suffix is not None:
        base = lower[: -len(suffix)]
        candidates += [base, base + "e"]
    known = cue_lexicon()
    return next((c for c in candidates if len(c) > 2 and c in known), tok.lemma_.lower())


def is_cue(tok: Token) -> bool:
    """A verb reporting speech or thought, or stating a position."""
    return tok.pos_ in ("VERB", "AUX") and lemma(tok) in cue_lexicon()


def _subtree_span(tok: Token, text: str) -> tuple[int, int]:
    return trim(text, tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge))


def _clause_span(verb: Token, clause: Token, text: str) -> tuple[int, int]:
    """A reported clause after its cue runs on to the end of what the cue governs: the
    parser often hangs the clause's own continuation on the cue ("said A, but the vast
    majority were B"); it stops before another report ("..., and Clinton said B")."""
    start, end = _subtree_span(clause, text)
    stop = _next_report(verb, clause)
    if stop is not None:
        end = trim(text, start, stop)[1]
    if clause.i < verb.i or stop is not None:
        return start, end
    for child in verb.rights:
        if child.i <= clause.i or child.is_punct:
            continue
        if any(is_cue(t) for t in child.subtree):
            break
        end = max(end, _subtree_span(child, text)[1])
    return start, end


def _next_report(verb: Token, clause: Token) -> int | None:
    """Where a reported clause stops because the speaker goes on to something else: a
    second report coordinated with the cue in its tense ("says he respects Clinton and calls
    her ...", not the "tell" of "says he'd sit Putin down and tell him ...") or a comma and a
    participle that comments on the report ("..., referring to the convention"). Returns
    the character offset of the conjunction or comma, or None."""
    for tok in clause.subtree:
        if tok.i <= clause.i or tok.dep_ not in ("conj", "advcl"):
            continue
        coordinated = tok.dep_ == "conj" and is_cue(tok) and tok.tag_ == verb.tag_
        comment = tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.nbor(-1).text == ","
        if coordinated or comment:
            left = tok.left_edge
            while left.i > clause.i and left.nbor(-1).dep_ in ("cc", "punct"):
                left = left.nbor(-1)
            return left.idx
    return None


def complements(verb: Token, text: str) -> list[list[tuple[int, int]]]:
    """What a cue verb attributes, as content spans (one list per attribution).

    Each clause it governs ("said that ...", and a second one when the cue sits between
    two: "X is Y, he said, and Z"); for a cue that interrupts or follows its clause without
    governing it ("..., the airline added, ...", "As the Times noted, ..."), the rest of the
    sentence; else its infinitive, object and what completes the object ("called Trump a
    buffoon", "charged him with fraud"; not the listener of "told reporters"); else the
    object of a preposition naming the topic ("called for a ban", "asked about it").
    """
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:
        return [[_clause_span(verb, c, text)] for c in clauses]
    marked_as = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    objects = [] if lemma(verb) in CLAUSE_ONLY_VERBS else _objects(verb)
    if verb.dep_ == "parataxis" or (verb.dep_ == "advcl" and marked_as and not objects):
        parts = rest_of_sentence(verb.sent, {t.i for t in verb.subtree}, text)
        return [parts] if parts else []
    if not objects:
        return []
    first = objects[0]
    start = _subtree_span(first, text)[0]
    if _marked_for(first):
        start = first.left_edge.nbor(1).idx
    return [[(start, _subtree_span(objects[-1], text)[1])]]


def _marked_for(clause: Token) -> bool:
    """Whether a clause opens with "for" as its marker ("for the US to step up")."""
    return clause.left_edge.lower_ == "for" and clause.left_edge.dep_ == "mark"


def _lone_person(kept: list[Token]) -> bool:
    return len(kept) == 1 and kept[0].lower_ in PERSONAL_OBJECTS and not kept[0].n_rights


def _objects(verb: Token) -> list[Token]:
    """The tokens heading what a verb without a clause attributes: its infinitive, object
    and what completes the object, or the object of a topic preposition; empty when that
    is only a pronoun standing for a person ("called him")."""
    kept: list[Token] = []
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "dobj" and lemma(verb) in ADDRESSEE_VERBS:
            continue  # "told reporters", "urged the judge to ...": the listener
        if child.dep_ in OBJECT_DEPS or (
            child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS
        ):
            kept.append(child)
        elif not kept and child.dep_ == "advcl" and _marked_for(child):
            kept.append(child)  # "calling for the US to step up": the clause after "for"
        elif kept and (
            child.dep_ in ("cc", "conj")
            or (child.is_punct and not child.is_quote)
            or any(map(is_cue, child.subtree))
        ):
            break  # the content ends at a coordinated action, a clause break or a report
        elif kept and not _lone_person(kept):
            kept.append(child)  # PolNeAR content keeps the adjuncts ("... after the debate")
        elif kept:
            break  # "called him on Sunday": the adjunct completes no position
    if _lone_person(kept):
        return []
    if kept and kept[0].dep_ == "prep":  # "called for a ban": the preposition is the cue's
        kept[0] = next((c for c in kept[0].children if c.dep_ == "pobj"), kept[0])
    return kept


def rest_of_sentence(sent: Span, excluded: set[int], text: str) -> list[tuple[int, int]]:
    """The sentence without the ``excluded`` tokens (an attribution phrase), as one or two
    spans: before and after the phrase."""
    first, last = min(excluded), max(excluded)
    before = [t for t in sent if t.i < first]
    after = [t for t in sent if t.i > last]
    parts = [_span(group, text) for group in (before, after) if group]
    return [p for p in parts if _words(text[p[0] : p[1]]) >= 2]


def subject_of(verb: Token) -> Token | None:
    """The speaker of a cue verb: its subject, the agent of a passive, or the subject it
    borrows from the verb it depends on; a relative clause speaks for its noun."""
    for _ in range(4):
        for child in verb.children:
            if child.dep_ == "nsubj":
                relative = child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl"
                return verb.head if relative else child
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        if verb.dep_ in ("relcl", "acl"):
            return verb.head  # "Smith, who said ...", "a petition calling for ..."
        if verb.dep_ == "pcomp" and verb.head.head is not verb.head:
            verb = verb.head.head  # "by refusing to ...": the verb the preposition modifies
            continue
        if verb.dep_ not in BORROWS_SUBJECT or verb.head is verb:
            return None
        verb = verb.head
    return None


def _span(tokens: list[Token], text: str) -> tuple[int, int]:
    return trim(text, tokens[0].idx, tokens[-1].idx + len(tokens[-1]))


def _according_to(tok: Token, text: str) -> Attribution | None:
    """ "according to X, CLAUSE" (or "CLAUSE, according to X"): the clause is X's."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "to":
        return None
    source = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    inner = {t.i for t in tok.subtree} | {tok.i, nxt.i} | {t.i for t in source.subtree}
    parts = rest_of_sentence(tok.sent, inner, text)
    if not parts:
        return None
    return Attribution(parts, (tok.idx, nxt.idx + len(nxt)), source)


def _noun_cue(noun: Token, text: str) -> Attribution | None:
    """ "Trump's claim that ...", "her support for the deal", "a call by the UN for ...":
    a reporting noun with a possessor (or "by" agent) as speaker attributes its "that"
    clause or the object of its topic preposition."""
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if speaker is None and by is not None:
        speaker = next((c for c in by.children if c.dep_ == "pobj"), None)
    if speaker is None:
        return None
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp") and any(
            c.dep_ in ("mark", "aux") for c in child.children
        ):
            content = child  # "claim that ...", "refusal to ..."
        elif child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS - {"by"}:
            content = next((c for c in child.children if c.dep_ == "pobj"), None)
        else:
            continue
        if content is not None:
            span = _subtree_span(content, text)
            if span[1] > span[0]:
                return Attribution([span], (noun.idx, noun.idx + len(noun)), speaker)
    return None


def _impression(verb: Token, text: str) -> Attribution | None:
    """ "X seemed to Y", "it appears that Z": the clause from the subject on (or the "that"
    clause) is attributed; the one it seems so to ("To Smith, X seemed ...") is the speaker,
    and usually there is none but the writer."""
    if not any(c.dep_ in IMPRESSION_DEPS for c in verb.children):
        return None  # "appeared on Fox News": no impression stated
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause is not None:
        span = _subtree_span(clause, text)
    else:
        start = subject.left_edge.idx if subject is not None else verb.idx
        ends = [_subtree_span(c, text)[1] for c in verb.rights if not c.is_punct]
        end = max(ends, default=verb.idx + len(verb))
        span = trim(text, start, end)
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    speaker = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    return Attribution([span], (verb.idx, verb.idx + len(verb)), speaker)


def parsed_attributions(parsed: Doc, quoted: list[Quoted]) -> list[Attribution]:
    """Attributions the parse shows: cue verbs with a clausal complement, and
    "according to". Cues inside a quotation belong to the quoted speaker's own speech and
    are skipped."""
    text = parsed.text
    found: list[Attribution] = []
    for tok in parsed:
        if _inside(tok.idx, quoted):
            continue
        if tok.lower_ == "according":
            attribution = _according_to(tok, text)
            if attribution:
                found.append(attribution)
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in cue_nouns():
            attribution = _noun_cue(tok, text)
            if attribution:
                found.append(attribution)
            continue
        if tok.lemma_.lower() in IMPRESSION_VERBS:
            attribution = _impression(tok, text)
            if attribution:
                found.append(attribution)
            continue
        if not is_cue(tok):
            continue
        line = (text.rfind("\n", 0, tok.idx) + 1, _line_end(text, tok.idx))
        for parts in complements(tok, text):
            # the parser may run a sentence over a paragraph break: content stays in the
            # cue's paragraph, and a span wrapping the cue or its speaker is a misparse
            kept = [(max(s, line[0]), min(e, line[1])) for s, e in parts]
            kept = [trim(text, s, e) for s, e in kept if s < e]
            speaker = subject_of(tok)
            wrapped = [tok.idx] + ([speaker.idx] if speaker is not None else [])
            if kept and not any(s <= i < e for s, e in kept for i in wrapped):
                cue = (tok.idx, tok.idx + len(tok))
                found.append(Attribution(kept, cue, speaker))
    found += headline_attributions(parsed, quoted)
    cues = {a.cue for a in found}
    found += [a for a in title_case_reports(parsed) if a.cue not in cues]
    return unnest(text, found)


def title_case_reports(parsed: Doc) -> list[Attribution]:
    """Headlines in title case ("Trump Says He Will Win Florida"): the tagger reads every
    capitalised word as a name, so the cue is found by its form, the words before it are
    the speaker and the rest of the line is what was said."""
    text = parsed.text
    found: list[Attribution] = []
    for line in re.finditer(r"[^\n]+", text):
        span = parsed.char_span(*trim(text, line.start(), line.end()), alignment_mode="expand")
        words = [t for t in span or [] if t.is_alpha]
        if len(words) < 4 or sum(t.text[0].isupper() for t in words) < 0.7 * len(words):
            continue
        if any(t.text[0].islower() and not t.is_stop for t in words):
            continue  # title case leaves only small words low: "The United States helped Israel"
        for tok in span[1:7]:
            if tok.text[0].isupper() and lemma(tok) in lexicon("cue_verbs.txt"):
                content = trim(text, tok.idx + len(tok), span.end_char)
                speaker = span[: tok.i - span.start].root
                if _words(text[content[0] : content[1]]) >= 2:
                    found.append(Attribution([content], (tok.idx, tok.idx + len(tok)), speaker))
                break
    return found


def headline_attributions(parsed: Doc, quoted: list[Quoted]) -> list[Attribution]:
    """Headline and transcript style, "Graham: Trump's rhetoric is destroying the party" or
    "TAPPER: Do you think ...": a line opening with a short capitalised name and a colon
    gives the rest of the line to that name. Datelines ("ALMATY:") and other places, dates
    and all-capital labels that name no one the story names ("UPDATE:") are not speakers."""
    text = parsed.text
    found: list[Attribution] = []
    for line in re.finditer(r"[^\n]+", text):
        colon = text.find(":", line.start(), line.start() + 40)
        if colon < 0 or _inside(colon, quoted):
            continue
        head = parsed.char_span(line.start(), colon, alignment_mode="contract")
        content = trim(text, colon + 1, line.end())
        if head is None or not 0 < len(head) <= 6 or _words(text[content[0] : content[1]]) < 3:
            continue
        if len(head.text) <= 2:
            continue  # interview markers "Q:" and "A:" name no one
        named = all(t.text[:1].isupper() or t.lower_ in NAME_LINKS for t in head)
        place = any(t.ent_type_ in ("GPE", "LOC", "DATE", "TIME") for t in head)
        label = head.text.isupper() and not (
            any(t.ent_type_ in ("PERSON", "ORG") for t in head)
            or re.search(rf"\b{re.escape(head[-1].text.title())}\b", text)  # "Jake Tapper"
        )
        if named and not place and not label:
            found.append(Attribution([content], (colon, colon + 1), head.root))
    return found


def unnest(text: str, found: list[Attribution]) -> list[Attribution]:
    """Give each word to one attribution, as news reads: an attribution whose cue lies in
    another's content ("X said the refusal to support Y is wrong", "..., and he said
    little, according to an aide") is part of what the outer source reported and is
    dropped. One exception: a trailing cue verb whose content opens with another
    attribution ("Putin hinted X and 12,000 were detained, police said") has swallowed a
    separate report, so that one stays and the outer content starts after it."""
    dropped: set[int] = set()
    for n, inner in enumerate(found):
        for outer in found:
            if outer is inner or inner.cue is None:
                continue
            if not any(s <= inner.cue[0] < e for s, e in outer.parts):
                continue
            opens = inner.speaker is not None and inner.speaker.left_edge.idx == outer.start
            trailing = outer.cue is not None and outer.cue[0] >= outer.end and len(outer.parts) == 1
            according = text[outer.cue[0] : outer.cue[1]].lower() == "according to"
            if opens and trailing and not according:
                outer.parts = [trim(text, max(inner.end, inner.cue[1]), outer.end)]
            else:
                dropped.add(n)
    return [
        a for n, a in enumerate(found) if n not in dropped and _words(text[a.start : a.end]) >= 1
    ]


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _inside(pos: int, quoted: list[Quoted]) -> bool:
    return any(s <= pos < e for q in quoted for s, e in q.parts)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def merge_quoted(text: str, found: list[Attribution], quoted: list[Quoted]) -> list[Quoted]:
    """Let quotation marks fix the content of parsed attributions; return the quotations
    no parsed attribution accounts for.

    A clause lying inside a quotation (the parser saw only its last sentence) takes the
    whole quotation and is direct; a clause that is a quotation apart from a word or two
    ("that") is direct too; a clause holding quoted words among its own is mixed.
    """
    used: set[int] = set()
    for att in found:
        _extend_over_quotations(att, quoted)
        for n, q in enumerate(quoted):
            if q.start <= att.start + 1 and q.end >= att.end - 1:
                att.parts, att.kind = list(q.parts), "direct"
                used.add(n)
                break
            if att.start <= q.start and q.end <= att.end:
                used.add(n)
                outside = text[att.start : q.start] + text[q.end : att.end]
                att.kind = "direct" if _words(outside) <= 1 else "mixed"
                if att.kind == "direct":
                    att.parts = list(q.parts)
    return [q for n, q in enumerate(quoted) if n not in used]


def _extend_over_quotations(att: Attribution, quoted: list[Quoted]) -> None:
    """Never cut through a quotation: content that starts or ends inside one takes it whole
    ("said that, in “Donald Trump’s America, families thrive. Wages go up.”"), and one
    running over paragraphs keeps its later paragraphs (``said that "A.`` / ``"B."``)."""
    if len(att.parts) > 1:
        return
    for q in quoted:
        (first_start, first_end), (last_start, last_end) = q.parts[0], q.parts[-1]
        if att.start < first_start < att.end < first_end:
            att.parts = [(att.start, first_end), *q.parts[1:]]
        elif last_start < att.start < last_end < att.end:
            att.parts = [*q.parts[:-1], (last_start, att.end)]


def _tokens_between(parsed: Doc, start: int, end: int) -> list[Token]:
    span = parsed.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def _after(parsed: Doc, q: Quoted, limit: int) -> Attribution | None:
    """``"...," he said`` / ``"...," said X`` / ``"..." — Reuters``."""
    text = parsed.text
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end < 0 else line_end
    dash = _DASH.match(text, q.end, line_end)
    if dash and _words(dash.group(1)) <= 8:
        span = parsed.char_span(*dash.span(1), alignment_mode="expand")
        if span is not None:
            cue_at = next(i for i in range(dash.start(), dash.end()) if text[i] in "—–―")
            return Attribution(list(q.parts), (cue_at, cue_at + 1), span.root, "direct")
    window = [t for t in _tokens_between(parsed, q.end, min(line_end, limit)) if not t.is_space]
    for n, tok in enumerate(window[:WINDOW]):
        if tok.text in ".!?" and n:
            break
        if is_cue(tok) and tok.i - window[0].i <= GAP:
            speaker = subject_of(tok) or next(
                (t for t in window[n + 1 :] if t.pos_ in ("PROPN", "PRON", "NOUN")), None
            )
            return Attribution(list(q.parts), (tok.idx, tok.idx + len(tok)), speaker, "direct")
    return None


def _before(parsed: Doc, q: Quoted, limit: int) -> Attribution | None:
    """``He said: "..."`` / ``warned that "..."`` / ``praised the "..."``, or a paragraph
    ending ``She wrote:`` before a paragraph that is a quotation."""
    text = parsed.text
    line_start = text.rfind("\n", 0, q.start) + 1
    if not text[line_start : q.start - 1].strip():
        previous = text[:line_start].rstrip()
        if previous.endswith(":"):  # "Smith wrote:" closing the paragraph before
            line_start = previous.rfind("\n") + 1
    window = [t for t in _tokens_between(parsed, max(line_start, limit), q.start) if not t.is_space]
    window = window[-WINDOW:]
    for n, tok in enumerate(reversed(window)):
        if n > GAP or (tok.text in ".!?" and n):
            break
        if is_cue(tok):
            return Attribution(
                list(q.parts), (tok.idx, tok.idx + len(tok)), subject_of(tok), "direct"
            )
    return None


def attribute_quoted(parsed: Doc, rest: list[Quoted], done: list[Attribution]) -> None:
    """Attribute the leftover quotations from neighbouring words, appending to ``done``."""
    text = parsed.text
    ordered = sorted(done, key=lambda a: a.start)
    for n, q in enumerate(rest):
        prev_end = max([a.end for a in ordered if a.end <= q.start] + [0])
        next_start = min([a.start for a in ordered if a.start >= q.end] + [len(text)])
        if n + 1 < len(rest):
            next_start = min(next_start, rest[n + 1].start)
        ends_clause = any(c in ",?!" for c in text[q.end - 1 : q.end + 3])
        tries = (_after, _before) if ends_clause else (_before, _after)
        found = None
        for attempt in tries:
            found = attempt(parsed, q, next_start if attempt is _after else prev_end)
            if found:
                break
        if found is None:
            found = _continued(text, q, done)
        if found is None and _standalone(text, q):
            found = Attribution(list(q.parts), None, None, "direct")
        if found is not None and found not in done:
            done.append(found)
        ordered = sorted(done, key=lambda a: a.start)


def _standalone(text: str, q: Quoted) -> bool:
    """Whether an unattributed quotation is speech standing on its own (a sentence or
    paragraph of its own, several words long) rather than a title or scare quote."""
    before = text[: q.start - 1].rstrip()
    opens_sentence = not before or before[-1] in ".!?:\n" or text[q.start - 2 : q.start] == "\n"
    return opens_sentence and _words(text[q.start : q.end]) >= MIN_UNATTRIBUTED_WORDS


def _continued(text: str, q: Quoted, done: list[Attribution]) -> Attribution | None:
    """A quotation with no cue of its own continues the quotation just before it: in the
    same paragraph when only its attribution stands between them (``"A," he said. "B."``,
    joined as one split quote), or at the start of the next paragraph (same speaker)."""
    before = [a for a in done if a.kind != "indirect" and a.end <= q.start]
    if not before:
        return None
    prev = max(before, key=lambda a: a.end)
    between = text[prev.end : q.start]
    if "\n" not in between and prev.cue is not None and prev.end <= prev.cue[0] < q.start:
        prev.parts.extend(q.parts)
        return prev
    paragraphs = between.count("\n\n") + (1 if "\n" in between else 0)
    if paragraphs and _words(between) <= 12 and prev.speaker is not None:
        return Attribution(list(q.parts), None, prev.speaker, "direct")
    return None


def join_split(text: str, found: list[Attribution]) -> list[Attribution]:
    """One attribution per cue: the two halves of a quotation its attribution interrupts
    (``"A," Smith said, "B."``) were found separately, from the parse and from the marks;
    join them, in order, into one quote with two parts."""
    by_cue: dict[tuple[int, int], Attribution] = {}
    joined: list[Attribution] = []
    for att in sorted(found, key=lambda a: a.start):
        first = by_cue.get(att.cue) if att.cue is not None else None
        if first is None or att.kind == "indirect" or first.kind == "indirect":
            joined.append(att)
            if att.cue is not None:
                by_cue.setdefault(att.cue, att)
            continue
        if "\n" in text[first.end : att.start]:
            joined.append(att)
            continue
        first.parts = sorted({*first.parts, *att.parts})
        if att.kind == "mixed":
            first.kind = "mixed"
    return joined
