"""Give a candidate number its fact type from the dependency parse around it.

Only the few tokens around each number are looked at, in this order, nearest first:

1. words modifying the counted noun ("12,000 *people*", "dozens *of journalists*"): "people
   *killed*", "people who *fled*";
2. the words the number hangs from, walking up the tree a few steps without leaving its clause:
   the governing verb or noun ("*killing* 14", "*detained*", "a *city* of 3 million"), a
   complement beside the path ("remain *missing*", "left 14 people *dead*"), a condition phrase
   ("with three journalists under *arrest*", "took to the *streets*"), or the subject of a
   measuring verb ("the *death toll* rose to 30");
3. the counted noun itself when it names a role ("30 *deaths*", "5,000 *protesters*"): it comes
   after the verb because "police *detained* 47 protesters" is a detention, not a crowd, but it
   beats a weak verb that names only a state ("holding 200 *captives*");
4. a condition phrase on the counted noun ("30 people *in custody*"), then a possessor place
   ("the *country's* 1.4 billion people") for a population.

People counts must count people: a number whose counted noun is not a person ("30 days", "200
homes") is not a casualty figure, which keeps "detained for 30 days" out.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.facts import lexicon
from dateline.facts.numbers import Amount

MONEY = "MONEY"
MAX_HOPS = 5
_VETO_ENTS = frozenset({"DATE", "TIME", "PERCENT"})
_COUNT_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod"})
_MODIFIER_DEPS = frozenset({"amod", "acl", "relcl", "compound", "appos"})
_COMPLEMENT_DEPS = frozenset({"acomp", "oprd", "attr", "xcomp", "advmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "acl", "csubj"})
_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass
class Reading:
    """What the parse says about one number: its type, the word that decided it, the unit."""

    type: str
    trigger: Token | None
    unit: str
    who: str | None
    hedge: str | None


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def classify(parsed: Doc, amount: Amount) -> Reading | None:
    """The fact a number states, or None when it is no count we know (or no count at all)."""
    span = parsed.char_span(amount.num_start, amount.num_end, alignment_mode="expand")
    full = parsed.char_span(amount.start, amount.num_end, alignment_mode="expand")
    if span is None or full is None or not len(span):
        return None
    if not amount.currency and (_is_label(full) or any(t.ent_type_ in _VETO_ENTS for t in span)):
        return None
    root = span.root
    if root.dep_ == "appos":
        return None  # "wounded 41 others, eleven of them critically": a breakdown, not a count
    noun = _counted_noun(span)
    if amount.currency:
        return Reading(MONEY, None, "money", None, _hedge(full, None))
    if (noun is None and amount.year_like) or _pronoun_one(root, amount):
        return None
    found = _find_type(root, noun)
    if found is None:
        return None
    fact_type, trigger = found
    unit = _unit(noun, fact_type)
    if unit is None:
        return None
    return Reading(fact_type, trigger, unit[0], unit[1], _hedge(full, trigger))


def _pronoun_one(root: Token, amount: Amount) -> bool:
    """ "One" as a pronoun: "no one", "the one who", "one of 30 people arrested"."""
    if root.lower_ != "one" or amount.low != 1:
        return False
    return any(c.dep_ == "det" or (c.dep_ == "prep" and c.lower_ == "of") for c in root.children)


def _is_label(full: Span) -> bool:
    """An age, a date, a time or a numbered label ("aged 45", "Resolution 2254", "3 years old").

    ``full`` includes any qualifier, so "aged between 18 and 60" is read as the age range it is.
    """
    words = lexicon.numbers()["not_counts"]
    doc = full.doc
    before = doc[full.start - 1].lower_ if full.start > 0 else ""
    after = doc[full.end].lower_ if full.end < len(doc) else ""
    return before in words["before"] or after in words["after"]


def _counted_noun(span: Span) -> Token | None:
    """The noun the number counts: its head ("12,000 people") or an "of" phrase ("dozens of")."""
    root = span.root
    if root.dep_ in _COUNT_DEPS and root.head.pos_ in _NOUNS and root.head not in span:
        return root.head
    for tok in span:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child not in span:
                return next(
                    (p for p in child.children if p.dep_ == "pobj" and p.pos_ in _NOUNS), None
                )
    return None


def _find_type(root: Token, noun: Token | None) -> tuple[str, Token] | None:
    """Nearest signal first: the noun's modifiers, the path up, the noun itself, a possessor.

    A role noun ("captives") beats a weak governing word ("holding"), which names a state but
    not who brought it about.
    """
    triggers = lexicon.triggers()
    target = noun or root  # a number can be its own noun: "scores injured", "thousands fled"
    found = _modifier_type(target, compounds=False) or _walk_up(target)
    role = triggers.type_of_counted(_lemma(noun)) if noun is not None else None
    if (
        noun is not None
        and role
        and role not in triggers.fallback
        and (found is None or _lemma(found[1]) in triggers.weak_words)
    ):
        return role, noun
    found = found or _prep_object_type(target, None)  # "30 people in custody"
    if found or noun is None:
        return found
    if role:
        return role, noun
    for child in noun.children:  # "the country's 1.4 billion people"
        fact_type = triggers.type_of_word(_lemma(child)) if child.dep_ == "poss" else None
        if fact_type in triggers.fallback:
            return fact_type, child
    return None


def _walk_up(tok: Token) -> tuple[str, Token] | None:
    """The governing word, a few steps up from ``tok`` without leaving its clause.

    The governing verb wins over the counted noun ("police *detained* 47 protesters" is a
    detention, not a crowd), so this runs before the counted noun is consulted.
    """
    for _ in range(MAX_HOPS):
        head = tok.head
        if head is tok:
            break
        governing = _word_type(head, fallback=True)
        if governing and _agent_count(tok, head, governing[0]):
            return None  # "*two gunmen* killed five people": the count is of the attackers
        beside = None if _strong(governing) else _beside_path(head, tok)
        if governing or beside:
            return beside or governing  # a weak verb yields: "held 30 people *hostage*"
        if head.pos_ in _VERBS and head.dep_ in _CLAUSE_DEPS:
            break  # the next step up would leave the clause the number is in
        tok = head
    return None


def _word_type(tok: Token, *, fallback: bool = False) -> tuple[str, Token] | None:
    """The type the token itself signals, by lemma or by form ("missing" is lemmatised "miss")."""
    triggers = lexicon.triggers()
    fact_type = triggers.type_of_word(_lemma(tok), fallback=fallback) or triggers.type_of_word(
        tok.lower_, fallback=fallback
    )
    return (fact_type, tok) if fact_type else None


def _role_type(tok: Token) -> tuple[str, Token] | None:
    """A non-fallback type named by a role noun ("refugees", "hostages")."""
    triggers = lexicon.triggers()
    fact_type = triggers.type_of_counted(_lemma(tok))
    return (fact_type, tok) if fact_type and fact_type not in triggers.fallback else None


def _modifier_type(tok: Token, *, compounds: bool = True) -> tuple[str, Token] | None:
    """A type signalled by a word modifying ``tok`` ("people *killed*", "*death* toll").

    Compounds are skipped on the counted noun: "*aid* workers" and "*rescue* workers" name who
    they are, not what happened to them.
    """
    for child in tok.children:
        if child.dep_ in _MODIFIER_DEPS and (compounds or child.dep_ != "compound"):
            found = _word_type(child) or _complement_type(child)
            if found:
                return found
    return None


def _strong(found: tuple[str, Token] | None) -> bool:
    return found is not None and _lemma(found[1]) not in lexicon.triggers().weak_words


def _agent_count(tok: Token, head: Token, fact_type: str) -> bool:
    """Whether ``tok`` is the active subject of a transitive trigger verb, so counts the doers
    ("two gunmen killed five"); "30 died" and "thousands fled their homes" count the victims."""
    return (
        tok.dep_ == "nsubj"
        and head.pos_ in _VERBS
        and fact_type in lexicon.triggers().agent_types
        and any(c.dep_ == "dobj" for c in head.children)
    )


def _is_complement(tok: Token) -> bool:
    """A predicate completing its head: "remain *missing*", "went *missing*", "held *hostage*".

    An adverbial clause counts only without a subject of its own: in "gathered after five were
    killed" the killing has its own victims.
    """
    if tok.dep_ == "advcl":
        return not any(c.dep_ in _SUBJECT_DEPS for c in tok.children)
    return tok.dep_ in _COMPLEMENT_DEPS


def _complement_type(tok: Token) -> tuple[str, Token] | None:
    for child in tok.children:
        if _is_complement(child):
            found = _word_type(child)
            if found:
                return found
    return None


def _prep_object_type(tok: Token, skip: Token | None) -> tuple[str, Token] | None:
    """A condition stated by a prepositional phrase on ``tok`` ("under *arrest*")."""
    objects = lexicon.triggers().prep_objects
    for prep in tok.children:
        if prep.dep_ == "prep" and prep is not skip:
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                fact_type = objects.get(f"{prep.lower_} {_lemma(pobj)}") or objects.get(
                    _lemma(pobj)
                )
                if fact_type:
                    return fact_type, pobj
    return None


def _beside_path(head: Token, came_from: Token) -> tuple[str, Token] | None:
    """A type signalled next to the path: a complement, a condition phrase, or a subject."""
    if head.pos_ in _NOUNS:
        return _modifier_type(head)
    found = _prep_object_type(head, came_from)
    if found:
        return found
    for child in head.children:
        if child is came_from:
            continue
        if _is_complement(child):  # "remain missing", "are refugees"
            found = _word_type(child) or _role_type(child)
        elif child.dep_ in _SUBJECT_DEPS and _lemma(head) in lexicon.triggers().measure_verbs:
            found = _nominal_type(child, depth=2)
        else:
            found = None
        if found:
            return found
    return None


def _nominal_type(tok: Token, depth: int) -> tuple[str, Token] | None:
    """The type a noun phrase names: "the death toll", "the number of people killed"."""
    found = _modifier_type(tok) or _word_type(tok)
    if found or depth == 0:
        return found
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                found = _nominal_type(pobj, depth - 1)
                if found:
                    return found
    return None


def _unit(noun: Token | None, fact_type: str) -> tuple[str, str | None] | None:
    """``(unit, who)`` for a people count, or None when the counted noun is not people."""
    if noun is None:
        return "people", None
    lemma = _lemma(noun)
    if lemma in lexicon.group_nouns():
        return lemma, None
    if noun.ent_type_ == "NORP":  # the parser leaves "Syrians" plural; "Swiss" is singular
        return "people", lemma[:-1] if lemma.endswith("s") and not lemma.endswith("ss") else lemma
    if lemma in lexicon.people_nouns():
        return "people", None if lemma in ("person", "people", "other") else lemma
    if lemma in lexicon.triggers().counted[fact_type]:
        return "people", None
    return None


def _hedge(span: Span, trigger: Token | None) -> str | None:
    """A word near the figure that marks it unconfirmed ("reportedly", "could total").

    ``span`` covers qualifier and number, so "an estimated 12 million" is qualified, not hedged.
    """
    hedges = lexicon.numbers()["hedges"]
    sent = span.sent
    first = min(span.start, trigger.i if trigger is not None else span.start) - 3
    last = max(span.end, trigger.i + 1 if trigger is not None else span.end) + 1
    for tok in span.doc[max(first, sent.start) : min(last, sent.end)]:
        if tok not in span and (tok.lower_ in hedges or _lemma(tok) in hedges):
            return tok.lower_
    return None
