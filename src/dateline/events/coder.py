"""The event coder: sentences to PLOVER event records with actors, modality, date and place.

:func:`annotate` is the last understanding stage. For each sentence of the parse it finds
candidate triggers (verbs and event nouns) from the reviewable lexicon
``data/events/triggers.json``; an entry may ask for an object ("seize assets" is COERCE/seize,
"seize the airport" is ASSAULT) or an actor sector ("troops left" is a withdrawal, "the plane
left" is not), and constrained entries are tried first. A speech verb whose complement carries
an accusation ("framed the clashes as a coup attempt by terrorists", "hinted that the unrest was
instigated from abroad") is ACCUSE by the speaker; other speech verbs are never events.
When the learned sentence classifier (``dateline.events.classify``) is installed, its
prediction raises the confidence of agreeing triggers, lowers that of weak disagreeing ones,
drops triggers of a type it finds all but impossible in the sentence (unless, read again on the
trigger's own clause alone, "..., and the two countries signed agreements", it is sure of the
type), and adds an event on the main verb when it is confident about a type no trigger found.

The PLOVER manual's codings decide the type where the words alone do not: promised or planned
consultation, support, cooperation or aid is AGREE (so is a verb coordinated under the plan, "is
expected to tour the region and hold talks"), and so are an invitation to visit or talk and
what an agreement, plan or offer is to do ("signed an agreement to share intelligence");
agreeing to, announcing or promising a concession or a retreat is CONCEDE ("agreed to lift the
curfew", "announced it would free 150 prisoners"), while a retreat merely reported as due stays
RETREAT in the future; "will not free" is a refusal, REJECT, and "denied sending troops" a
rejection, REJECT, beside the denied act, negated; a request or refusal takes its mode from
what it is about; dismissing one's own officials is SANCTION/expel; talks a third party hosts
are CONSULT/third-party by those who meet, to the host ("hosted talks between envoys of Rwanda
and Congo"), and a participle naming who mediated an event is news ("a swap mediated by the
UAE").
Demonstrators that force is used on ("police fired tear gas at demonstrators") are a protest the
sentence reports, PROTEST by them, where it codes none. Restrictive relative clauses and past
participles that only identify someone ("a faction that rejected the deal") are background,
not events, but a relative clause opened by a preposition tells what happened within an event
("protests in which two students were killed"). A state, its organs, a party or rebels who
report another country's attack or arrest thereby accuse its doer ("Kyiv said Russian troops
shelled the town" is also ACCUSE 'allege' by Kyiv against the Russian troops), as do a state's
challengers telling of its forces' acts ("a military jet bombed a school, a resistance group
said"); rights groups and monitors report, and a state telling of its challengers' attacks
reports. Calls, demands and pressure from a named party are requests ("despite demands from
opposition lawmakers"); what is feared ("amid fears of an attack") has not happened, and an
attack its doer promises to stop is no attack.

Triggers that only restate or complete another are merged into it ("shelled the town, killing
eight"; "lifted the curfew"), the act a request or a threat asks for is part of that request or
threat ("threatened to expel" is one THREATEN/expel) but a clause with its own subject is not
("urged a ceasefire as warplanes pounded the city", "hurled stones at police, who responded with
tear gas"), two acts of one kind joined by "and" stay two ("arrested four militants and seized
explosives"), an event noun named in passing with no
party ("a pause in the bombing") is not coded, and in sport ("beat Chelsea 3-1") an event needs
an actor with a PLOVER sector.

Each trigger then gets, from the dependency parse and the earlier stages:

* **actor / recipient**: the subject (or the agent of a passive: "were detained by police" ->
  police; or the armed means of an agentless one: "wounded by police gunfire") and the object,
  prepositional object or possessor ("Tokayev's plea to the CSTO"), each with its conjuncts
  (compound actors are lists; "Kenyan and Ugandan police" are two), resolved through
  ``doc.entities`` or :func:`dateline.actors.resolve_actor`; pronouns take the nearest earlier
  fitting entity. An object that is the event's means ("deployed troops", "imposed sanctions")
  is not its recipient. With no named actor, a protest's actor is the story's protesters, a
  coercive act's the authorities (PLOVER's implicit actors, from the story's focus country) and
  an attack's unidentified attackers of the country it happened in (as ACLED files them);
  with no named target, a protest is against the government of its country (a crowd's attack
  on someone falls on its victims), a state's curfew or censorship with no place named on its
  own people (and so do its forces deployed at home and its officials who resign), and a second
  act of the same doer on whom the first fell ("expelled Morocco's ambassador and suspended all
  flights"). A relative pronoun object is its noun; an instrument's own preposition names the
  recipient ("advised against travel to Tunisia"), else its owner ("recognised Kosovo's
  independence"); whoever holds or attends a meeting of a body meets it; a refusal is made to
  whoever proposed what it turns down ("refused to attend talks proposed by Uganda"), and an
  accusation with no agent or label is against whom its clause names. A target named
  only by where it is takes that place's country ("a fuel depot in Belarus"); troops sent to "its
  border with Turkey" face Turkey. "The two countries" and "both sides" are the pair just named;
  a threat, refusal or promise is made to whom its act would concern ("agreed to lift the
  sanctions on Iran"); a speaking participle after an attribution (", Manila said, calling the
  action illegal") is the speaker's.
* **modality**: hypothetical under a condition ("if", "unless"), else negated, hypothetical
  (a modal: "could", "may"; an act wanted or asked of someone: "wants Israel to strike"),
  future ("will", "would be completed", "plans to", "is to", and what an AGREE commits to:
  "agreed to meet again"), claimed, asserted. Claimed means
  reported by a source, who is the claimant: the nearest speech verb governing the trigger's
  clause or standing beside it (", police said"), an "according to", or a quote from the quotes
  stage; "reportedly" and "allegedly" claim without a named source. A planned withdrawal
  reported by a minister is future with the minister as claimant. A verbal act (a statement,
  accusation, appeal, refusal or threat) is asserted whoever relays it: only deeds are claimed.
* **date**: the calendar date of the time expression of the trigger's own clause (climbing
  through noun, infinitive and coordinated clauses but not into the clause that reports it; a
  result and what went on meanwhile ("as students marched") share their cause's, and a time
  hung on the attribution after the clause is the clause's), never a dateline's, a relative
  clause's or a length's; a saying is dated by its own words, not by what it reports, and an
  event told as before or against the news ("despite demands", "after talks") only by its own,
  and one "a day after" or "two weeks before" it by the sentence's day moved that much; else
  the publication date (``date_source`` says which).
* **location**: a place a preposition puts the trigger's clause in ("in Almaty", "from
  Kazakhstan", "to Islamabad" for a trip) or the place the act is done to ("shelled Kharkiv"),
  not one that is part of an actor's name, finest first (``source`` "text"; of "Bujumbura's
  Kamenge district", Kamenge); a second act or a deed's result that
  names no place is where the first act was; an unknown town
  takes the country of a known place beside it or of the dateline; a saying is placed by its own
  words, not by what it reports; else the dateline's place ("dateline"); else, for what a
  state's organs say or do at home, their country ("actors").
* **acled**: the ACLED category, read in the sentence's context by :mod:`dateline.events.acled`.

Quoted speech is coded like any other text but marked claimed by its speaker, so an analyst can
keep or drop claims; what the cleaner removed (sidebars, captions) is never in the body and so
never coded. The coder reads only the parse and the earlier stages' output and costs a fraction
of the spaCy pass. :func:`code_text` and :func:`code_texts` run the whole pipeline on bare text.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

import pycountry
from spacy.tokens import Span, Token

from dateline.actors import OFFICIAL_SECTORS
from dateline.events import acled, ontology
from dateline.events.classify import backend, classify
from dateline.model import DatelineError, Document, Record
from dateline.nlp import ensure_parsed
from dateline.pipeline import Stage
from dateline.quotes.attribution import is_cue, lemma
from dateline.times.calendar import parse_anchor, shift
from dateline.times.lexicon import number_value

# Dependencies of a subject and of the words that stand in for a missing one.
SUBJECTS = frozenset({"nsubj", "csubj"})
# Prepositions whose object is the event's recipient ("attack on", "plea to", "clash with").
RECIPIENT_PREPS = frozenset({"against", "on", "to", "with", "into", "at", "toward", "towards"})
# Nouns whose "of" phrase is the doer, not the target ("withdrawal of troops").
OF_IS_ACTOR = frozenset({"RETREAT", "MOBILIZE", "PROTEST", "CONSULT", "AGREE"})
# Clause edges a date or a claim does not climb past: reported content and adverbial clauses
# belong to their own verb.
CLAUSE_BOUNDARY = frozenset({"ccomp", "advcl", "parataxis", "csubj"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "must"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# Verbs whose infinitive complement is planned, not done ("plans to withdraw").
PLANNING = frozenset(
    {"plan", "intend", "expect", "prepare", "aim", "vow", "promise", "pledge", "decide"}
    | {"schedule", "set", "due", "go", "hope", "want", "seek", "propose", "agree", "offer"}
    | {"prepared", "ready", "willing", "keen", "eager"}  # "was prepared to hold talks"
)
# Verbs whose complement clause is only wished for ("hoped the officials would be indicted").
WISHING = frozenset({"hope", "wish", "want", "expect", "pray"})
# Verbs whose complement did not happen ("failed to reach", "refused to withdraw").
NEGATING = frozenset({"fail", "refuse", "decline", "deny", "reject", "avoid", "stop", "cease"})
# Verbs and adjectives whose complement is only possible ("threatened to strike" is THREATEN).
POSSIBLE = frozenset(
    {"threaten", "consider", "mull", "weigh", "warn", "urge", "ask", "demand", "likely", "unlikely"}
)
# Nouns whose infinitive is what is planned or agreed ("an agreement to share intelligence").
PLANS = frozenset(
    {"plan", "agreement", "deal", "accord", "pact", "treaty", "memorandum", "pledge", "promise"}
    | {"commitment", "offer", "proposal", "bid", "decision", "intention", "roadmap"}
)
PLANNED_MODIFIERS = frozenset({"planned", "proposed", "upcoming", "future", "possible", "pending"})
# Nouns whose "of" names what may come, not what came ("fears of renewed fighting").
FEARED = frozenset(
    {"fear", "risk", "threat", "danger", "prospect", "possibility", "spectre", "specter"}
    | {"likelihood", "chance", "warning", "concern"}
)
HEARSAY = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "apparently"})
# A frontier is the other side's when named by "with" ("deployed troops to its border with
# Syria"); its owner alone ("its border") is no recipient.
FRONTIERS = frozenset({"border", "frontier", "boundary"})
# Singular nouns that "they" refers to ("police said they had arrested").
COLLECTIVE = frozenset({"police", "military", "army", "government", "authorities", "forces"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
THING_PRONOUNS = frozenset({"it", "its"})
# Arrests, convictions and restrictions are a state's acts on those in its hands: with no
# named target ("sentenced 12 members of a banned group"), its own country's people.
DOMESTIC_MODES = {
    ("COERCE", "arrest"): "detainees",
    ("SANCTION", "convict"): "defendants",
    ("COERCE", "restrict"): "population",  # "closed the country's main oil fields"
}
# Marks a party whose country was only inferred from the story's focus (never published).
INFERRED = "_inferred"
# Sectors of a state's own organs and forces.
STATE_SECTORS = OFFICIAL_SECTORS | ontology.ARMED
# Spans of time that make what came before them background ("months after the war began").
LONG_SPANS = frozenset({"month", "year", "decade", "century"})
# Tags of a verb that carries its own tense.
FINITE = frozenset({"VBD", "VBZ", "VBP"})
# What one party puts to another and the other may turn down.
PROPOSALS = frozenset(
    {"request", "proposal", "offer", "demand", "plan", "call", "appeal", "invitation", "bid"}
    | {"ultimatum", "initiative", "overture", "plea", "suggestion", "condition"}
)
# Verbs of proposing, whose agent made the proposal a refusal turns down ("talks proposed by
# the president").
PROPOSING = frozenset({"propose", "offer", "suggest", "call", "convene", "organise", "organize"})
# Common nouns for places, whose apposition is the place's name ("the capital N'Djamena").
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "port", "region", "province"})
# COERCE modes that fall on everyone in a place (a curfew, martial law, a blackout).
POPULATION_MODES = frozenset({"curfew", "martial-law", "restrict", "censor"})
# Labels of doc.entities that can be actors, best first when several cover one word.
ACTOR_LABELS = {"ACTOR": 0, "PERSON": 1, "ORG": 2, "NORP": 3, "GPE": 4}
QUANTITIES = frozenset(
    {"dozens", "hundreds", "thousands", "tens", "scores", "millions", "number", "group", "round"}
    | {"some", "many", "most", "all", "several", "few", "both", "each", "none", "members"}
)
FACT_SIZE = {"KILL": "dead", "WOUND": "injured", "ARREST": "arrested", "DETAIN": "arrested"}
SIZE_TYPES = {
    "dead": frozenset({"ASSAULT", "PROTEST", "COERCE"}),
    "injured": frozenset({"ASSAULT", "PROTEST", "COERCE"}),
    "arrested": frozenset({"COERCE"}),
}
# PLOVER manual 3.1: consultations, support, cooperation and aid reported in the future tense
# are promises, coded AGREE (future RETREAT and CONCEDE keep their type).
PROMISED_IS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# Verbs that make a future act a commitment rather than a schedule (manual 3.7.2: "announced ...
# would withdraw troops" is CONCEDE).
COMMITTING = frozenset(
    {"announce", "pledge", "promise", "agree", "vow", "offer", "decide", "commit"}
)
# ASSAULT modes of a crowd's violence: by protesters they are a riot (with weapons, an attack:
# neither may a trigger that is defined by its means, "launched missiles at").
UNARMED = frozenset({None, "beat", "primitive", "destroy"})
# Fighting that takes two sides: protesters who clash with police are one side of a clash.
MUTUAL = frozenset({"clash", "fight", "battle", "skirmish", "scuffle", "brawl"})
# Verbs by which an actor declares its own will to do something: a declared attack is a threat
# (manual 2.3: THREATEN is ASSAULT plus the hypothetical, and the coder gives the one category).
DECLARING = frozenset({"vow", "pledge", "promise", "swear", "want", "intend"})
# REQUEST and REJECT share their modes, which say what is asked for or refused (manual 3.8, 3.10):
# the type of the act asked for or refused gives the mode ("refused to release" is REJECT/yield).
CONTENT_MODE = {
    "AGREE": "meet",
    "CONSULT": "meet",
    "AID": "assist",
    "COOPERATE": "assist",
    "SUPPORT": "assist",
    "CONCEDE": "yield",
    "RETREAT": "yield",
}
# Claimed acts whose source, another country's party, thereby accuses their doer, and the
# sectors of the parties that accuse (with the bare country names, which carry none).
ALLEGED = frozenset({"ASSAULT", "COERCE"})
ACCUSERS = OFFICIAL_SECTORS | {"PTY", "OPP", "REB", "IGO"}
# PLOVER's quad classes of verbal cooperation and verbal conflict.
VERBAL_QUADS = frozenset({1, 3})
# Prepositions that name the occasion of a sentence's main event ("after talks with", "despite
# demands from lawmakers").
OCCASIONS = frozenset({"after", "during", "following", "amid", "before", "despite"})
# Verbs whose subject is the one a request is made to ("faced pressure from", "ignored calls").
FACING = frozenset(
    {"face", "ignore", "defy", "resist", "heed", "reject", "dismiss", "receive", "bow", "yield"}
    | {"succumb", "cave", "bend", "buckle"}
)
# A confident classifier prediction adds an event when no trigger of that type was found.
CLASSIFIER_ADDS = 0.85
CLASSIFIER_DROPS = 0.9
# A trigger whose type the classifier finds all but impossible for its sentence is dropped; the
# backends' probabilities differ in spread, so each has its own threshold (chosen on our own
# annotated long sentences: dateline eval coder).
CLASSIFIER_VETO = {"textcat": 0.001, "embeddings": 0.005}
# ... unless the classifier, reading the trigger's own clause alone, is this sure of its type
# (chosen on coder_dev and the attribute dev set: 0.3-0.5 alike, 0.1 and below admit more false
# events than they find).
CLAUSE_KEEPS = 0.5


# -- the lexicon -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    """One trigger: its words (anchor first for verbs, last for nouns) and its conditions."""

    type: str
    mode: str | None
    words: tuple[str, ...]
    noun: bool
    objects: tuple[tuple[str, ...], ...] = ()
    objects_any: bool = False
    actors: frozenset[str] = frozenset()
    needs_recipient: bool = False
    needs_actor: bool = False  # counts only with a doer named ("demands from lawmakers")
    targets: bool = False  # the listed objects are recipients, not the means
    weak: bool = False
    also: Entry | None = None  # a second event the same words report (the manual codes both)
    received: bool = False  # the subject is given the act: "received arms from Iran"

    @property
    def constrained(self) -> bool:
        return bool(
            self.objects
            or self.objects_any
            or self.actors
            or self.needs_recipient
            or self.needs_actor
        )


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, list[Entry]]
    nouns: dict[str, list[Entry]]
    accusation: tuple[tuple[str, ...], ...]
    labels: tuple[tuple[str, ...], ...]
    speech: frozenset[str]
    labelling: frozenset[str]
    contexts: dict[str, tuple[tuple[str, ...], ...]]
    sport: tuple[tuple[str, ...], ...]
    hazards: frozenset[str]
    not_events: tuple[tuple[str, ...], ...]
    statements: frozenset[str]
    weapons: frozenset[str]
    accidents: frozenset[str]
    protesters: frozenset[str]
    rioters: frozenset[str]
    means: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]


def _words(phrase: str, noun: bool) -> tuple[str, ...]:
    """Phrase words as tokens see them: nouns are split at hyphens ("pull-out", "sit-in")."""
    return tuple(phrase.replace("-", " ").split() if noun else phrase.split())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The trigger lexicon, indexed by anchor word: constrained entries first, those that need
    a recipient before the others ("fired missiles at X" is an attack, "fired a missile" a
    test), then longer phrases."""
    path = resources.files("dateline").joinpath("data/events/triggers.json")
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise DatelineError(f"event trigger lexicon {path} is unreadable: {exc}") from exc
    verbs: dict[str, list[Entry]] = {}
    nouns: dict[str, list[Entry]] = {}
    for type_, specs in data["types"].items():
        for spec in specs:
            for noun, key in ((False, "verbs"), (True, "nouns")):
                for phrase in spec.get(key, ()):
                    words = _words(phrase, noun)
                    also = spec.get("also")
                    entry = Entry(
                        type=type_,
                        mode=spec.get("mode"),
                        words=words,
                        noun=noun,
                        objects=tuple(tuple(o.split()) for o in spec.get("objects", ())),
                        # a verb must have an object ("visited Kenya"); a noun cannot
                        objects_any=bool(spec.get("objects_any")) and not noun,
                        actors=frozenset(spec.get("actors", ())),
                        needs_recipient=bool(spec.get("needs_recipient")),
                        needs_actor=bool(spec.get("needs_actor")),
                        targets=bool(spec.get("targets")),
                        weak=bool(spec.get("weak")),
                        also=also and Entry(also["type"], also.get("mode"), words, noun),
                        received=bool(spec.get("received")),
                    )
                    index, anchor = (nouns, words[-1]) if noun else (verbs, words[0])
                    index.setdefault(anchor, []).append(entry)
    # conditioned entries first, then the longer phrase ("fire at" + missile, an attack even on
    # a ship that is no party, before "fire" + missile at a party), then those needing a target
    for index in (verbs, nouns):
        for entries in index.values():
            entries.sort(key=lambda e: (not e.constrained, -len(e.words), not e.needs_recipient))
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        accusation=tuple(tuple(w.split()) for w in data["accusation_words"]),
        labels=tuple(tuple(w.split()) for w in data["label_words"]),
        speech=frozenset(data["speech_verbs"]),
        labelling=frozenset(data["labelling_verbs"]),
        contexts={k: tuple(tuple(w.split()) for w in v) for k, v in data["contexts"].items()},
        sport=tuple(tuple(w.split()) for w in data["sport_words"]),
        hazards=frozenset(data["hazard_words"]),
        not_events=tuple(tuple(w.split()) for w in data["not_events"]),
        statements=frozenset(data["statement_nouns"]),
        weapons=frozenset(data["weapon_words"]),
        accidents=frozenset(data["accident_words"]),
        protesters=frozenset(data["protester_words"]),
        rioters=frozenset(data["rioter_words"]),
        means=tuple(
            (m, tuple(tuple(w.split()) for w in ws)) for m, ws in data["means_words"].items()
        ),
    )


def _forms(tok: Token) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def _plain(text: str) -> str:
    """Text without its accents, as the lexicon writes its words ("attaché" is "attache")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


class _Words:
    """Tokens as space-padded strings of their forms and of their lemmas (hyphens dropped), so
    that looking up a phrase is one substring test."""

    def __init__(self, tokens: Iterable[Token]) -> None:
        kept = [t for t in tokens if t.text != "-"]
        self.forms = _plain(" " + " ".join(t.lower_ for t in kept) + " ")
        self.lemmas = _plain(" " + " ".join(t.lemma_.lower() for t in kept) + " ")

    def has(self, words: tuple[str, ...]) -> bool:
        phrase = " " + " ".join(words) + " "
        return phrase in self.forms or phrase in self.lemmas

    def ends_with(self, words: tuple[str, ...]) -> bool:
        phrase = " " + " ".join(words) + " "
        return self.forms.endswith(phrase) or self.lemmas.endswith(phrase)

    def any(self, phrases: Iterable[tuple[str, ...]]) -> bool:
        return any(self.has(p) for p in phrases)


def _complement(tok: Token) -> list[Token]:
    """The words that complete a trigger (objects, prepositional phrases, particles, infinitive
    clauses, a passive subject), up to three levels down, in text order; never its subject."""
    found: list[Token] = []
    # a verb coordinated with the trigger is an act of its own, not what completes it ("declared
    # the president the winner, and the government imposed a curfew")
    frontier = [c for c in tok.children if c.dep_ not in (*SUBJECTS, "punct", "conj", "cc")]
    frontier += [
        c
        for p in frontier
        if p.dep_ == "prep"
        for c in p.subtree
        if c.dep_ == "relcl" and _content_clause(c)
    ]
    for _ in range(3):
        found += frontier
        frontier = [c for t in frontier for c in t.children if c.dep_ not in ("punct", "relcl")]
    seen = {t.i for t in found}  # "with eggs and stones": a listed word counts at any depth
    found += [c for t in found if t.dep_ != "conj" for c in t.conjuncts if c.i not in seen]
    return sorted(found, key=lambda t: t.i)


def _content_clause(clause: Token) -> bool:
    """A "that" clause with a subject of its own that the parser hung on a noun in the verb's
    prepositional phrase as a relative ("warned him in a video call that the West would impose
    sanctions"): the verb's content, since a relative "that" would itself be the clause's
    subject or object."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    return marked and any(c.dep_ in SUBJECTS for c in clause.children)


def _passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def _shared_patients(tok: Token) -> list[Token]:
    """Who undergoes a passive verb coordinated with another and with no subject of its own:
    the first verb's subject ("were beaten and detained by police", "were arrested on Monday
    and released on Tuesday")."""
    if (
        tok.dep_ != "conj"
        or tok.tag_ != "VBN"
        or _own_subject(tok)
        or not (_passive(tok) or _passive(tok.head))
    ):
        return []
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _shared_objects(tok: Token) -> list[Token]:
    """The object of a later verb coordinated with this objectless one: the journalists were
    both beaten and detained in "beat and detained several journalists"."""
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in tok.children):
        return []
    return [
        c
        for conj in tok.conjuncts
        if conj.i > tok.i and not any(s.dep_ in SUBJECTS for s in conj.children)
        for c in conj.children
        if c.dep_ in ("dobj", "obj")
    ]


def _shared_agents(tok: Token) -> list[Token]:
    """The agent of a later passive verb coordinated with this agentless one: police did both
    in "were beaten and detained by police"."""
    if not _passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return []
    return [
        obj
        for conj in tok.conjuncts
        if conj.i > tok.i and _shared_patients(conj)
        for c in conj.children
        if c.dep_ == "agent" and (obj := _pobj(c)) is not None
    ]


def _phrase_matches(tok: Token, entry: Entry) -> bool:
    """The other words of a multi-word trigger: before a noun ("air strike"), after a verb
    ("pull out", "take to the streets") or among its dependents ("pulled the troops out"), the
    first of them the verb's own ("what it called a difficult moment for democracy" does not
    call for anything)."""
    if len(entry.words) == 1:
        return True
    if entry.noun:
        return _Words(tok.doc[max(tok.sent.start, tok.i - 4) : tok.i + 1]).ends_with(entry.words)
    rest = entry.words[1:]
    near = tok.doc[tok.i : min(tok.sent.end, tok.i + 1 + 2 * len(rest))]
    if _Words(near).has(entry.words):
        return True
    nearby = set().union(
        *(_forms(t) for t in tok.subtree if 0 < t.i - tok.i <= 6 and not _sets_scene(t))
    )
    own = set().union(*(_forms(c) for c in tok.children if c.i > tok.i and not _sets_scene(c)))
    return rest[0] in own and all(w in nearby for w in rest)


def _sets_scene(prep: Token) -> bool:
    """ "in Nairobi", "on Monday": a preposition that places or dates its verb, which is no
    particle of a phrasal trigger ("gave a speech in Nairobi" does not give in)."""
    obj = _pobj(prep) if prep.dep_ == "prep" else None
    return obj is not None and obj.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME")


def _objects_match(tok: Token, entry: Entry) -> bool:
    patients = _shared_patients(tok) + _shared_objects(tok)
    if (
        entry.objects_any
        and not patients
        and not any(c.dep_ in ("dobj", "nsubjpass", "attr", "dative", "obj") for c in tok.children)
    ):
        return False
    if not entry.objects:
        return True
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    if obj is not None and not _Words([*obj.lefts, obj]).any(entry.objects) and _event_noun(obj):
        return False  # "ordered the detention of X pending investigation": the detention
    if obj is not None and entry.targets:
        # the one acted on is the object itself ("dismissed the minister", "freed two of the
        # hostages"), not someone named in it ("dismissed the case against the minister")
        named = {t.i: t for o in (obj, _head_word(obj)) for t in o.doc[o.left_edge.i : o.i + 1]}
        return _Words(list(named.values())).any(entry.objects)
    comp = _complement(tok) + [t for p in patients for t in p.subtree]
    if entry.type not in CONTENT_TYPES:
        # "pledged to deliver air defence systems": the systems are what is delivered; only
        # what is asked, refused, threatened or agreed lies in the clause a verb governs
        pledged = {t.i for c in tok.children if c.dep_ == "xcomp" for t in c.subtree}
        comp = [t for t in comp if t.i not in pledged]
    if entry.type != "REQUEST" and _asks(tok):
        # "called for a ceasefire": what follows "for" is asked for, not declared or done
        sought = {
            t.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree
        }
        comp = [t for t in comp if t.i not in sought]
    return _Words(comp).any(entry.objects)


def _asks(verb: Token) -> bool:
    """Whether a verb can ask for something ("call", "appeal", "press"): one with a REQUEST
    entry in the lexicon."""
    return any(e.type == "REQUEST" for e in lexicon().verbs.get(verb.lemma_.lower(), []))


def _event_noun(tok: Token) -> bool:
    """A noun the lexicon knows as an event of its own ("detention", "offensive")."""
    return tok.pos_ == "NOUN" and bool(lexicon().nouns.get(tok.lemma_.lower()))


def candidates(tok: Token) -> list[Entry]:
    """Lexicon entries a token may trigger, best first (actor conditions are checked later)."""
    lex = lexicon()
    if tok.pos_ == "VERB":
        entries = lex.verbs.get(tok.lemma_.lower(), [])
    elif tok.pos_ in ("NOUN", "PROPN", "ADP", "ADV"):
        keys = {tok.lemma_.lower(), tok.lower_}
        entries = [e for k in keys for e in lex.nouns.get(k, [])]
        if tok.pos_ != "NOUN":  # "out" of "pull-out", a name ("Sit-In"): only as a phrase's end
            entries = [e for e in entries if len(e.words) > 1]
    else:
        return []
    particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
    if any(e.words[1:2] and e.words[1] in particles for e in entries):
        # "called up reservists" is the phrasal verb's, not the bare verb's ("called")
        entries = [e for e in entries if len(e.words) > 1]
    return [e for e in entries if _phrase_matches(tok, e) and _objects_match(tok, e)]


def _speech(tok: Token) -> bool:
    """A verb that reports or labels ("said", "framed"): its object is talked about, not done."""
    lex = lexicon()
    return is_cue(tok) or tok.lemma_.lower() in lex.speech | lex.labelling


def _reported_below(tok: Token, top: Token) -> bool:
    """Whether another reporting verb stands between a word and ``top`` above it."""
    cur = tok.head
    while cur.i != top.i and cur.head.i != cur.i:
        if is_cue(cur):
            return True
        cur = cur.head
    return False


def _accusing(tok: Token) -> bool:
    """A speech verb whose complement carries an accusation ("hinted the unrest was instigated
    abroad"), or a labelling verb that also names its target a criminal ("branded them
    terrorists"). Nothing below a further reporting verb counts: that is someone else's word."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in lex.speech | lex.labelling:
        return False
    words = lex.accusation + lex.labels if lemma in lex.labelling else lex.accusation
    comp = sorted(
        (
            t
            for c in tok.children
            if c.dep_ not in SUBJECTS and c.dep_ not in ("punct", "dative", "agent")
            for t in c.subtree
            if not _reported_below(t, tok)
        ),
        key=lambda t: t.i,
    )
    return _Words(comp).any(words)


def _denied(tok: Token) -> Token | None:
    """The act a denial denies: the clause "deny" governs ("denied that troops had crossed",
    "denied sending troops"), not a thing refused ("denied them visas")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "deny":
        return None
    if any(c.dep_ in ("dobj", "obj", "dative") for c in tok.children):
        return None
    return next(
        (c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "pcomp") and c.pos_ == "VERB"),
        None,
    )


# -- parties -----------------------------------------------------------------------------------
@dataclass
class _Story:
    """One document's lookups, built once per :func:`annotate` call."""

    doc: Document
    entities: list[dict[str, Any]]
    resolved: dict[tuple[str, bool], dict[str, Any]] = field(default_factory=dict)
    # The actors of the latest event of each type, for "the pullout" that names no one.
    last_actors: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # The parties of the latest event between two countries, for "the two countries".
    pair: list[dict[str, Any]] = field(default_factory=list)

    def entity_at(self, tok: Token) -> dict[str, Any] | None:
        """The best actor entity covering a token: labelled actors first, then the longest."""
        covering = [
            e
            for e in self.entities
            if e["start"] <= tok.idx < e["end"] and e["label"] in ACTOR_LABELS
        ]
        if not covering:
            return None
        return min(covering, key=lambda e: (ACTOR_LABELS[e["label"]], e["start"] - e["end"]))

    def antecedent(self, tok: Token) -> dict[str, Any] | None:
        """The nearest earlier entity a pronoun can mean: a person for "he", a group of people
        or a country for "they", an organisation or country for "it"."""
        word = tok.lower_
        if word in PERSON_PRONOUNS:  # a named person or a singular role ("the minister")
            labels: frozenset[str] = frozenset({"PERSON", "ACTOR"})
        elif word in GROUP_PRONOUNS:
            labels = frozenset({"ACTOR", "NORP", "ORG", "GPE"})
        elif word in THING_PRONOUNS:
            labels = frozenset({"ORG", "GPE"})
        else:
            return None
        before = [
            e
            for e in self.entities
            if e["end"] <= tok.idx and e["label"] in labels and not _named_as_place(tok.doc, e)
        ]

        def plural(e: dict[str, Any]) -> bool:  # "the protesters", "the police"
            last = e["text"].split()[-1].lower()
            return last.endswith("s") or last in COLLECTIVE

        if word in GROUP_PRONOUNS:
            before = [e for e in before if e["label"] != "ACTOR" or plural(e)]
        elif word in PERSON_PRONOUNS:
            before = [e for e in before if e["label"] != "ACTOR" or not plural(e)]
        return before[-1] if before else None

    def resolve(self, phrase: str, in_story: bool = True) -> dict[str, Any]:
        """An actor phrase resolved in the story's context, or (``in_story=False``) by its own
        words alone, without the story's focus country."""
        key = (phrase, in_story)
        if key not in self.resolved:
            from dateline.actors import resolve_actor

            self.resolved[key] = resolve_actor(phrase, self.doc if in_story else None)
        return self.resolved[key]


def _head_word(tok: Token) -> Token:
    """The noun a quantity stands for ("dozens of activists" -> activists), or the place a
    common noun names ("the capital N'Djamena" -> N'Djamena)."""
    if tok.lemma_.lower() in PLACE_NOUNS:
        named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            return named
    if tok.lower_ in QUANTITIES or tok.pos_ == "NUM":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = _pobj(of) if of is not None else None
        if obj is not None:
            return obj
    return tok


def _placeable(story: _Story, tok: Token, entity: dict[str, Any] | None) -> bool:
    """Whether a head word's owner may give it its country: it has none, or it is a common
    noun whose country was only inferred from the story ("authorities in Burundi" in a story
    about Rwanda), not written before it ("Rwandan authorities") nor known to the KB."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if not (entity or {}).get("country"):
        return True
    written = tok.doc[tok.left_edge.i : tok.i + 1].text
    return (
        tok.pos_ == "NOUN"
        and not entity.get("kb_id")
        and not story.resolve(written, in_story=False).get("country")
    )


def _party(story: _Story, tok: Token) -> dict[str, Any] | None:
    """One actor for a head word, or None when it names no country and no sector."""
    tok = _head_word(tok)
    if tok.text == "state" and any(c.lower_ == "of" for c in tok.children):
        return None  # "a state of emergency", "a state of siege": a condition, no state
    if tok.pos_ == "PRON":
        entity = story.antecedent(tok)
    else:
        entity = story.entity_at(tok)
        if entity is None and tok.pos_ in ("NOUN", "PROPN"):
            entity = story.resolve(tok.doc[tok.left_edge.i : tok.i + 1].text)
    inferred = False
    if _placeable(story, tok, entity):
        owner = _owner(story, tok)  # "leaders of the Muslim Brotherhood", "Egypt's Brotherhood"
        if owner is not None:
            entity = entity or {"text": tok.doc[tok.left_edge.i : tok.i + 1].text}
            entity = {**entity, "country": owner["country"]}
            entity["sectors"] = entity.get("sectors") or owner["sectors"]
        else:
            inferred = bool((entity or {}).get("country"))  # from the story's focus
    if not entity or not (entity.get("country") or entity.get("sectors")):
        return None
    party = {k: entity[k] for k in ("text", "country", "sectors", "kb_id") if entity.get(k)}
    if inferred:
        party[INFERRED] = True
    party.setdefault("country", entity.get("country"))
    party.setdefault("sectors", list(entity.get("sectors") or []))
    weapon = tok.lemma_.lower() in lexicon().weapons
    if weapon and party["country"] and not ontology.ARMED & set(party["sectors"]):
        party["sectors"] = ["MIL"]  # "Israeli aircraft struck", "Israeli tank fire": its army
    return party


def _reporter(pronoun: Token) -> Token | None:
    """Who a pronoun in a reported clause stands for: the named speaker who reports it
    ("Israel said a mortar was fired at it", "police said they had arrested a suspect"), the
    nearest antecedent being often a place or a name inside the speaker's phrase. The pronoun
    must agree with the speaker in number, and an object pronoun whose clause already has a
    pronoun subject is someone else ("police said they had charged him")."""
    word = pronoun.lower_
    if word not in GROUP_PRONOUNS | THING_PRONOUNS | PERSON_PRONOUNS:
        return None
    subject = pronoun.dep_ in SUBJECTS or pronoun.dep_ == "nsubjpass"
    for clause in pronoun.ancestors:
        if clause.pos_ in ("VERB", "AUX") and not subject:
            if any(c.dep_ in SUBJECTS and c.pos_ == "PRON" for c in clause.children):
                return None
            subject = True  # only the nearest clause binds
        if clause.dep_ == "ccomp" and is_cue(clause.head):
            speakers = [c for c in clause.head.children if c.dep_ in SUBJECTS]
            if not speakers or speakers[0].pos_ not in ("NOUN", "PROPN"):
                return None
            speaker = speakers[0]
            if speaker.lower_ in COLLECTIVE:  # "the military said it", "police said they"
                return None if word in PERSON_PRONOUNS else speaker
            plural = speaker.tag_ in ("NNS", "NNPS") or bool(speaker.conjuncts)
            return speaker if plural == (word in GROUP_PRONOUNS) else None
        if clause.dep_ in CLAUSE_BOUNDARY:
            return None
    return None


# Those who speak for whoever follows "for".
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _owner(story: _Story, tok: Token) -> dict[str, Any] | None:
    """The group or country a role noun or an unplaced name belongs to, from its possessor or
    its "of"/"from" phrase, or where it is ("an oil refinery in Russia's Krasnodar region");
    an event is not placed that way ("a pause in the bombing in Aleppo" names no party)."""
    if tok.lemma_.lower() in FRONTIERS:  # "troops to its border with Syria": Syria's side
        withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
        sides = [_party(story, o) for c in withs if (o := _pobj(c)) is not None]
        return next((p for p in sides if p and p.get("country")), None)
    for c in tok.children:
        obj = c if c.dep_ == "poss" else None
        if obj is not None and obj.pos_ == "PRON":  # "the ministry said its warplanes struck"
            obj = _reporter(obj)
        speaks_for = c.lower_ == "for" and tok.lemma_.lower() in SPOKESPEOPLE
        if c.dep_ == "prep" and (c.lower_ in ("of", "from", "in") or speaks_for):
            obj = _pobj(c)  # "a spokesman for the Bolivian armed forces": theirs
            if c.lower_ == "in" and obj is not None and (candidates(tok) or candidates(obj)):
                continue
        owner = _party(story, obj) if obj is not None and obj.pos_ != "PRON" else None
        if owner and owner.get("country"):
            return owner
    return None


def _parties(story: _Story, heads: Iterable[Token], conjuncts: bool = True) -> list[dict[str, Any]]:
    """Actors for head words and their conjuncts ("security forces and opponents"), once each."""
    found: list[dict[str, Any]] = []
    dateline = _dateline_end(story.doc)
    for head in heads:
        if _the_two(head):  # "the two countries signed agreements": the pair just named
            found += [p for p in story.pair if all(p["text"] != f["text"] for f in found)]
            continue
        head = (_reporter(head) or head) if head.pos_ == "PRON" else head  # all who said it
        if head.idx < dateline and (head := _past_dateline(head, dateline)) is None:
            continue
        for tok in _members(story, head) if conjuncts else (head,):
            if tok.idx < dateline:
                continue
            for party in _split_modifiers(story, tok) or [_party(story, tok)]:
                if party and all(p["text"] != party["text"] for p in found):
                    found.append(party)
    return found


# Nouns that, as "the two ..." or "both ...", stand for two parties just named.
PAIR_NOUNS = frozenset(
    {"country", "side", "leader", "government", "nation", "minister", "president", "neighbour"}
    | {"neighbor", "delegation", "party", "army", "capital"}
)


def _the_two(head: Token) -> bool:
    """ "the two countries", "both sides", "the two leaders"."""
    return head.lemma_.lower() in PAIR_NOUNS and any(
        c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod")
        for c in head.children
    )


def _past_dateline(head: Token, dateline: int) -> Token | None:
    """The doer the parser hung on a dateline word ("BAMAKO (AFP) - Gunmen on motorbikes shot
    dead ...": BAMAKO the subject, Gunmen its apposition), or None: a dateline's place is
    never a doer."""
    todo = [c for c in head.children if c.dep_ == "appos"]
    while todo:
        tok = todo.pop(0)
        if tok.idx >= dateline:
            return tok
        todo += [c for c in tok.children if c.dep_ == "appos"]
    return None


def _split_modifiers(story: _Story, tok: Token) -> list[dict[str, Any]]:
    """One actor per listed modifier: "US and British activists" are American activists and
    British activists, each with its own country."""
    for mod in tok.children:
        if mod.dep_ in ("amod", "compound", "nmod") and mod.i < tok.i and mod.conjuncts:
            return [
                story.resolve(f"{m.text} {tok.text}")
                for m in (mod, *mod.conjuncts)
                if m.pos_ in ("ADJ", "PROPN", "NOUN")
            ]
    return []


def _members(story: _Story, head: Token) -> list[Token]:
    """A head word and the others listed with it, reading conjuncts from every word of its
    name (a parse may hang "and Vladimir Putin" on "Obama" rather than on "Barack") and lists
    parsed as appositions ("the US, Russia, and Switzerland")."""
    entity = story.entity_at(head)
    words = [head]
    if entity is not None:
        span = head.doc.char_span(entity["start"], entity["end"], alignment_mode="expand")
        words = list(span) if span is not None else words
    members = [head]
    for word in words:
        listed = word.head if word.dep_ == "conj" else word
        if word.i != head.i and listed.dep_ in ("amod", "compound", "nmod"):
            continue  # "Kenyan and Ugandan police": listed modifiers, split by the caller
        members += word.conjuncts
        for c in word.children:
            if c.dep_ == "appos" and c.conjuncts:
                members += [c, *c.conjuncts]
    return sorted({t.i: t for t in members}.values(), key=lambda t: t.i)


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _preposed(noun: Token, more: Iterable[str] = ()) -> list[Token]:
    """Recipients named by the prepositions of a noun or its conjuncts ("sanctions on
    officials", "held talks with the president", "freezes and bans against officers")."""
    return [
        obj
        for n in (noun, *noun.conjuncts)
        for c in n.children
        if c.dep_ == "prep"
        and (c.lower_ in RECIPIENT_PREPS or c.lower_ in more)
        and (obj := _pobj(c)) is not None
    ]


def _owners(noun: Token) -> list[Token]:
    """Whose a thing acted on is, when it is named as another's: its possessor ("recognised
    Kosovo's independence", "froze the group's assets") or that of its "of" phrase ("the
    results of Venezuela's election", "the independence of Kosovo"); never a pronoun, which is
    mostly the doer's own ("withdrew its troops")."""
    ofs = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and (o := _pobj(c))]
    for n in (noun, *ofs):
        if n.i != noun.i and n.pos_ == "PROPN":
            return [n]
        owners = [c for c in n.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if owners:
            return owners
    return []


def _withdrawn(tok: Token, entry: Entry) -> frozenset[str]:
    """What a withdrawal takes away ("withdrew its jets from N'Djamena"): the actor's own, never
    the recipient, which is whom it leaves (a place left, "left Kazakhstan", still is)."""
    if entry.mode != "withdraw":
        return frozenset()
    return frozenset(
        c.lemma_.lower()
        for c in tok.children
        if c.dep_ in ("dobj", "obj") and c.ent_type_ not in ("GPE", "LOC", "FAC")
    )


def _verb_roles(
    tok: Token, instruments: frozenset[str], preps: frozenset[str] = RECIPIENT_PREPS
) -> tuple[list[Token], list[Token]]:
    """Subject-side and object-side head words of a verb trigger. An object that is the
    entry's instrument ("deployed troops", "imposed sanctions on X") is not the recipient; its
    prepositions may name one; so may the verb's own ``preps``."""
    actors: list[Token] = []
    targets: list[Token] = []
    for c in tok.children:
        if c.dep_ in SUBJECTS:
            relative = c.tag_ in ("WP", "WDT") and tok.dep_ == "relcl"
            actors.append(tok.head if relative else c)
        elif c.dep_ == "agent" and _pobj(c) is not None:
            actors.append(_pobj(c))
        elif (
            c.dep_ in ("nsubjpass", "dobj", "dative", "obj")
            and (means := _head_word(c)).lemma_.lower() in instruments
        ):
            # "presented evidence against Iran", "evidence against Iran was presented", "closed
            # two of its border crossings with Belarus", "recognised Kosovo's independence",
            # "hosted talks between envoys of Rwanda and Congo"
            named = _preposed(means, {"for", "between", *preps})
            if not named and c.dep_ in ("dobj", "obj"):
                named = _owners(means)
            targets += [p for p in named if p.i not in {t.i for t in targets}]
        elif c.dep_ == "nsubjpass":
            relative = c.tag_ in ("WP", "WDT") and tok.dep_ == "relcl"
            targets += [tok.head] if relative else [c, *_preposed(c)]
        elif c.dep_ in ("prep", "dative") and c.lower_ in preps and (obj := _pobj(c)) is not None:
            # "provide support to Israel": the parser may call that "to" a dative; "advised
            # against travel to Tunisia": the instrument's own preposition names the recipient
            means = _head_word(obj)
            wielded = means.lemma_.lower() in instruments
            targets += (_preposed(means, {"for", *preps}) if wielded else []) or [obj]
        elif c.dep_ in ("dobj", "dative", "obj"):
            # "the prosecutor general, whom lawmakers accused of ...": the one the clause is on
            relative = c.tag_ in ("WP", "WDT") and tok.dep_ == "relcl"
            targets += [tok.head] if relative else [c, *_preposed(c)]
    targets += _shared_patients(tok) + _shared_objects(tok)
    actors += _shared_agents(tok)
    if not actors and not any(c.dep_ == "nsubjpass" for c in tok.children):
        active = tok.dep_ == "acl" and any(c.dep_ in ("ccomp", "dobj", "obj") for c in tok.children)
        if active and _predicate(tok):
            actors.append(tok.head)  # "Rights groups alleged on Tuesday that ...": no verb else
        elif tok.dep_ == "acl" and tok.tag_ == "VBN":
            targets.append(tok.head)  # "an attempt assisted by terrorists"
        elif tok.dep_ == "acl":
            actors.append(tok.head)  # "a petition calling for ..."
    return actors, targets


def _noun_roles(tok: Token, type_: str) -> tuple[list[Token], list[Token], list[Token]]:
    """Doer, target and (for "clashes between A and B") lone-doer head words of an event noun
    ("Tokayev's plea to the CSTO", "a plea for Moscow to intervene")."""
    actors: list[Token] = []
    targets: list[Token] = []
    between: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("acl", "relcl") and c.tag_ != "VBN":
            targets += [s for s in c.children if s.dep_ in SUBJECTS and s.tag_ not in ("WP", "WDT")]
        elif c.dep_ == "poss":
            actors.append(c)
        elif c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ", "NOUN"):
            actors.append(c)  # "Russian withdrawal", "police crackdown"
        elif c.dep_ in ("prep", "agent") and (obj := _pobj(c)) is not None:
            word = c.lower_
            if word in ("by", "from") or (word == "of" and type_ in OF_IS_ACTOR):
                actors.append(obj)
            elif word == "between":
                between.append(obj)
                targets += obj.conjuncts
            elif word in RECIPIENT_PREPS or word in ("of", "for"):
                targets.append(obj)
    if tok.dep_ == "pobj" and tok.head.lower_ in ("under", "in"):
        holder = tok.head.head  # "three journalists under arrest", "with journalists in custody"
        holder = _pobj(holder) if holder.pos_ == "ADP" else holder
        if holder is not None and holder.pos_ in ("NOUN", "PROPN"):
            targets.append(holder)
    return actors, targets, between


def _named_doer(tok: Token, type_: str) -> bool:
    """Whether an event noun names its doer, even one the KB does not know ("pressure from
    Congress"), not merely describes it ("global demand")."""
    return any(
        h.pos_ == "PROPN" or h.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")
        for h in _noun_roles(tok, type_)[0]
    )


def _on_occasion(tok: Token, gov: Token) -> bool:
    """A noun reached from its verb through "after", "during", "amid" ... ("resigned after three
    days of protests"): an occasion of the verb's act, which its subject need not have made."""
    return any(t.dep_ == "prep" and t.lower_ in OCCASIONS for t in _up_to(tok, gov))


def _governor(tok: Token) -> Token | None:
    """The verb a noun trigger is an argument of ("staged a protest" -> staged)."""
    head = tok.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT":
        if head.dep_ in CLAUSE_BOUNDARY:
            return None
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != tok.i else None


def _participle(tok: Token) -> bool:
    """A bare participle clause ("..., killing eight people"): it shares its head's subject."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ in ("VBG", "VBN")
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children)
    )


def _climb_subject(story: _Story, tok: Token) -> list[dict[str, Any]]:
    """The subject a clause borrows from the clauses above it, within the same report."""
    cur = tok
    for _ in range(4):
        if (cur.dep_ in CLAUSE_BOUNDARY and not _participle(cur)) or cur.head.i == cur.i:
            return []
        if cur.dep_ == "relcl" and _within(cur):
            return []  # "protests in which four students were killed": not by who resigned
        below, cur = cur, cur.head
        if below.dep_ == "advcl" and is_cue(cur) and not _verbal(below) and not _acts_with(cur):
            return []  # "air strikes hit the port, Houthi media said, killing eight": not the media
        if (reporter := _speaking(below)) is not below:
            # "the coast guard fired water cannon ..., Manila said, calling the action
            # illegal", "Manila said Chinese vessels had fired ..., accusing Beijing": the
            # speaker's words, not the doer's
            return _parties(story, [c for c in reporter.children if c.dep_ in SUBJECTS])
        doer = below.dep_ == "prep" and below.lower_ in ("of", "for", "with")
        if doer and cur.dep_ in ("dobj", "obj") and (found := _parties(story, [cur])):
            return found  # "accused Armenian forces of firing", the "of" on the object
        if _planned_by(below) and (owners := _parties(story, _proposers_of(cur))):
            return owners  # "Switzerland's offer to host a summit": whose the offer is
        if cur.pos_ in ("VERB", "AUX"):
            objects = [c for c in cur.children if c.dep_ in ("dobj", "obj")]
            if objects and (
                below.dep_ == "xcomp"  # "ordered the ambassador to leave"
                or doer
            ):  # "accused Moscow of shelling the town", "thanked Japan for sending aid"
                return _parties(story, objects)
            raised = ("nsubjpass",) if below.dep_ == "xcomp" else ()  # "is due to attend"
            subj = [c for c in cur.children if c.dep_ in SUBJECTS or c.dep_ in raised]
            found = _parties(story, subj)
            if found:
                return found
    return []


def _reporter_before(verb: Token, participle: Token) -> Token | None:
    """The speech verb that reports a clause and stands before a participle hung on it: the
    attribution the clause closes with (", Manila said, calling ..."), or the one whose
    complement the clause is ("Manila said Chinese vessels had fired ..., accusing")."""
    trailing = [c for c in verb.children if is_cue(c) and c.dep_ == "parataxis"]
    if trailing and trailing[0].i < participle.i:
        return trailing[0]
    if verb.dep_ == "ccomp" and is_cue(verb.head) and verb.head.i < verb.i:
        return verb.head
    return None


def _speaking(tok: Token) -> Token:
    """The verb a verbal act is made by: the attribution a speaking participle follows ("...,
    police said on Monday, blaming insurgents" is said where and when the police said it),
    else the trigger itself."""
    if tok.dep_ == "advcl" and _participle(tok) and _verbal(tok):
        return _reporter_before(tok.head, tok) or tok
    return tok


def _scene_words(tok: Token) -> set[int]:
    """The words that tell where and when a trigger's act happened: its phrase, less what a
    speech verb reports ("Indian police said on Monday [militants hurled a grenade in
    Srinagar on Tuesday]": the saying is Monday's, not in Srinagar)."""
    reported = {
        t.i
        for c in tok.children
        if is_cue(tok) and c.dep_ in ("ccomp", "parataxis", "conj", "advcl")
        for t in c.subtree
    }
    return {t.i for t in tok.subtree} - reported


def _acts_with(verb: Token) -> bool:
    """A speech verb used of a deed by its means ("police responded with live rounds"), not
    of words ("responded with a statement")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and (means := _pobj(c)) is not None
        and means.pos_ == "NOUN"
        and means.lemma_.lower() not in lexicon().statements
        for c in verb.children
    )


def _verbal(verb: Token) -> bool:
    """A verb that speaks ("describing the move as", "rejecting concerns"): the speaker's own act,
    even in a participle after "said"."""
    entries = lexicon().verbs.get(verb.lemma_.lower(), [])
    return _speech(verb) or any(
        ontology.event_types()[e.type].quad in VERBAL_QUADS for e in entries
    )


def _armed_means(story: _Story, tok: Token) -> list[dict[str, Any]]:
    """The armed side named by the means of a passive act with no agent: "killed in Israeli
    tank fire", "wounded by police gunfire" (an armed actor, never the victims' side)."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return []
    means = [
        obj
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ("in", "by", "during") and (obj := _pobj(c)) is not None
    ]
    return [p for p in _parties(story, means) if ontology.ARMED & set(p["sectors"])]


def _meeting_body(tok: Token, entry: Entry, actor_heads: list[Token]) -> bool:
    """A meeting held or attended whose only named doer is its "of" phrase ("held a meeting of
    the joint commission"): a body that meets, which whoever holds or attends it outranks."""
    of = {_pobj(c) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"}
    held = tok.dep_ in ("dobj", "obj")  # not "said after a meeting of the ministers"
    return (
        entry.type in ("CONSULT", "AGREE") and held and bool(actor_heads) and set(actor_heads) <= of
    )


def _own_body(noun: Token) -> bool:
    """A body its holders call theirs ("their joint commission", "its cabinet")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _coordinated_xcomp(verb: Token) -> bool:
    """A verb joined to an infinitive complement ("agreed to withdraw ... and to hold"): it
    borrows the subject that complement borrows."""
    return verb.dep_ == "conj" and verb.head.dep_ == "xcomp"


def _givers(tok: Token) -> list[Token]:
    """Who gave what a receiving verb's subject got: the object of "from" on the verb or on its
    object, or of "of" on its object ("received the backing of Washington")."""
    givers = []
    for head in (tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))):
        for prep in head.children:
            if prep.dep_ == "prep" and (
                prep.lower_ == "from" or (head is not tok and prep.lower_ == "of")
            ):
                givers += [obj] if (obj := _pobj(prep)) is not None else []
    return givers


def _roles(
    story: _Story, tok: Token, entry: Entry
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Resolved actors and recipients of one trigger (see the module docstring)."""
    if entry.noun:
        actor_heads, target_heads, between = _noun_roles(tok, entry.type)
        actors = _parties(story, actor_heads) + _parties(story, between, conjuncts=False)
        gov = _governor(tok)
        # "the minister said after talks with his counterpart": the talks were the minister's
        occasion = entry.type == "CONSULT" and tok.dep_ == "pobj" and tok.head.lower_ in OCCASIONS
        # "responded with artillery fire": what the subject wields, though "respond" can report
        wielded = tok.dep_ == "pobj" and tok.head.lower_ == "with"
        if (
            gov is not None
            and tok.dep_ in ("dobj", "obj", "pobj")
            and (occasion or wielded or not _speech(gov))
            and not (entry.type == "PROTEST" and _on_occasion(tok, gov))
        ):
            # "staged a protest", "engaged peacekeepers in a firefight"
            subj = [c for c in gov.children if c.dep_ in SUBJECTS]
            if entry.type == "REQUEST" and gov.lemma_.lower() in FACING:
                # "faces pressure from Congress", "ignored calls to resign": asked, not asking
                target_heads = [*target_heads, *subj]
            elif not actors or _meeting_body(tok, entry, actor_heads):
                # "is due to attend a summit", "agreed to withdraw ... and to hold a meeting"
                raised = not subj and (
                    gov.dep_ == "xcomp" or _coordinated_xcomp(gov) or _planned_by(gov)
                )
                holders = _parties(story, subj) or (_climb_subject(story, gov) if raised else [])
                if actors and holders:
                    # "attended a meeting of the African Union": the attendees meet the body
                    # named by "of"; "held a meeting of their joint commission": their own
                    others = [h for h in actor_heads if not _own_body(h)]
                    target_heads, actors = [*target_heads, *others], holders
                actors = actors or holders
            if tok.dep_ == "pobj" and not _parties(story, target_heads):
                target_heads = [c for c in gov.children if c.dep_ in ("dobj", "obj")]
    else:
        means = () if entry.targets else entry.objects
        instruments = frozenset(o[-1] for o in means) | _withdrawn(tok, entry)
        # a withdrawal's "from" names whom it leaves ("recalled its ambassador from Kenya")
        preps = RECIPIENT_PREPS | {"from"} if entry.mode == "withdraw" else RECIPIENT_PREPS
        actor_heads, target_heads = _verb_roles(tok, instruments, preps)
        if entry.received:  # "received arms from Iran"; a host receives its visitors (3.2.2)
            givers = _givers(tok) or ([*target_heads] if entry.targets else [])
            actor_heads, target_heads = givers, actor_heads
        elif entry.mode == "third-party" and _parties(story, target_heads):
            # "Qatar hosted talks between Rwanda and Congo": those who meet are the actors, the
            # host their recipient, as a host is its visitors' (manual 2.4.2, 3.2.2)
            actor_heads, target_heads = target_heads, actor_heads
        actors = _parties(story, actor_heads)
        if not actors and not any(c.dep_ in SUBJECTS for c in tok.children):
            # a passive verb's shared subject is its patient, not its doer
            climbed = [] if _shared_patients(tok) else _climb_subject(story, tok)
            actors = climbed or _armed_means(story, tok)
    if entry.type == "ACCUSE" and not entry.noun and not _parties(story, target_heads):
        target_heads = _alleged_doers(tok)  # "alleged that France was aware of the plans"
    if entry.type == "REJECT" and not _parties(story, target_heads):
        target_heads = _proposers(tok)  # "rejected a request from Pakistan"
    if _brokered(tok) and not _parties(story, target_heads) and (gov := _governor(tok.head)):
        # "Russia and Ukraine exchanged prisoners in a swap mediated by the UAE": the mediator
        # meets those whose event it mediates
        target_heads = [c for c in gov.children if c.dep_ in SUBJECTS]
    # "threatened on Sunday to expand operations": the parser makes an infinitive set off by
    # a time an adverbial clause, but it is still what is threatened
    content = next(
        (c for c in tok.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and _infinitive(c))),
        None,
    )
    if (
        entry.type in ("THREATEN", "REJECT", "AGREE")
        and content is not None
        and not _parties(story, target_heads)
    ):
        # "threatened to suspend Gabon", "refused to allow Palestinians to cross", "agreed to
        # lift the sanctions on Iran": a threat, a refusal or a promise is made to whom its
        # act would concern
        target_heads = _acted_on(content)
    own = [h for h in target_heads if h.ent_type_ not in ("DATE", "TIME")]  # not "on Monday"
    if not entry.noun and not own and _second_act(tok):
        # "would expel India's ambassador and suspend bilateral trade": a second act of the
        # same doer falls on whom the first did
        target_heads = _acted_on(tok.head)
    texts = {a["text"] for a in actors}
    recipients = [p for p in _parties(story, target_heads) if p["text"] not in texts]
    return actors, recipients


def _second_act(verb: Token) -> bool:
    """A verb coordinated with an earlier one and sharing its subject ("expelled the envoy and
    suspended trade")."""
    return verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not _own_subject(verb)


def _acted_on(verb: Token) -> list[Token]:
    """The object-side head words of a verb that is not itself the trigger (what a threat or
    denial concerns, what a first act fell on), its instruments left out."""
    return _verb_roles(verb, _wielded(verb))[1]


def _wielded(verb: Token) -> frozenset[str]:
    """The objects a verb acts with rather than on, by its first lexicon entry ("send troops
    to Niger": the troops are sent, Niger receives them)."""
    entry = next(iter(candidates(verb)), None)
    if entry is None or entry.targets:
        return frozenset()
    return frozenset(o[-1] for o in entry.objects) | _withdrawn(verb, entry)


def _proposers(tok: Token) -> list[Token]:
    """Who made the proposal a refusal turns down: the possessor, or the "by"/"from"/"of" of
    its object ("rejected Azerbaijan's demand", "a proposal by the Ukrainian leadership"), or
    of what it is made despite ("declined to resign despite demands from lawmakers")."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    refused = [tok, *(c for c in tok.children if c.dep_ in ("xcomp", "advcl"))]
    objects += [o for v in refused for c in v.children if c.lower_ == "despite" and (o := _pobj(c))]
    proposers = [p for o in objects if o.lemma_.lower() in PROPOSALS for p in _proposers_of(o)]
    # "refused to attend talks proposed by the president": whoever proposed what is turned down
    things = [
        t
        for v in refused[1:]
        for c in v.children
        if (t := c if c.dep_ in ("dobj", "obj") else _pobj(c) if c.dep_ == "prep" else None)
    ]
    proposed = [
        agent
        for t in things
        for acl in t.children
        if acl.dep_ == "acl" and acl.lemma_.lower() in PROPOSING
        for c in acl.children
        if c.dep_ == "agent" and (agent := _pobj(c)) is not None
    ]
    return proposers + proposed


def _planned_by(verb: Token) -> bool:
    """Whether a verb is the infinitive of a plan, offer or agreement ("an offer to host")."""
    return verb.dep_ == "acl" and _infinitive(verb) and lemma(verb.head) in PLANS


def _proposers_of(proposal: Token) -> list[Token]:
    """Whose a proposal, plan or offer is: its possessor, or its "by", "from" or "of" ("Azerbaijan's
    demand", "an offer by Pakistan's prime minister")."""
    return [
        p
        for c in proposal.children
        if (p := c if c.dep_ == "poss" else _pobj(c) if c.lower_ in ("by", "from", "of") else None)
        is not None
    ]


def _alleged_doers(tok: Token) -> list[Token]:
    """The subjects of the clause an allegation states, on the verb or on its object ("alleged
    that France knew", "has evidence that Moscow was behind it"): whom it accuses."""
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))]
    return [
        s
        for h in heads
        for clause in h.children
        if clause.dep_ in ("ccomp", "acl")
        for s in clause.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]


def _accusation_target(story: _Story, tok: Token) -> list[dict[str, Any]]:
    """Who an accusing verb accuses: the doer of the act it reports ("a coup attempt assisted
    by terrorists"), else what a labelling verb labels ("branded the protesters terrorists"),
    else who its clause says did wrong ("alleged that France was aware of the preparations")."""
    for t in tok.subtree:
        if t.dep_ == "agent" and t.i > tok.i and not _reported_below(t, tok):
            found = _parties(story, [c for c in t.children if c.dep_ == "pobj"])
            if found:
                return found
    if tok.lemma_.lower() in lexicon().labelling:
        return _parties(story, [c for c in tok.children if c.dep_ in ("dobj", "obj")])
    return _parties(story, _alleged_doers(tok))


# -- modality, claims, dates and places ----------------------------------------------------------
def _feared(noun: Token) -> bool:
    """An event noun named as what is feared or risked ("fears of renewed fighting", "the risk
    of a new war")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in FEARED
        and prep.head.pos_ == "NOUN"
    )


def _clause_chain(tok: Token) -> list[Token]:
    """The trigger, then the words above it up to (and including) the head of its clause
    report: the verb that gives a noun or an infinitive its tense and mood."""
    chain = [tok]
    cur = tok
    while cur.head.i != cur.i and cur.dep_ not in CLAUSE_BOUNDARY and len(chain) < 8:
        cur = cur.head
        chain.append(cur)
    return chain


def _modality(tok: Token, entry: Entry) -> str | None:
    """negated, hypothetical or future from the trigger's clause, or None (asserted/claimed)."""
    if entry.noun and _feared(tok):
        return "hypothetical"  # "amid fears of renewed fighting"
    chain = _clause_chain(tok)
    for k, t in enumerate(chain):
        if t.dep_ == "conj" and t.tag_ in FINITE and (t.head.tag_ not in FINITE or _own_subject(t)):
            # "would not recognise the results and accused the authority of fraud", "demanded
            # a ceasefire, but the RSF rejected the call": a tensed second verb is a statement
            # of its own
            chain = chain[: k + 1]
            break
    verbs = [t for t in chain if t.pos_ in ("VERB", "AUX")] or [tok]
    own = verbs[0]
    kids = [c for t in (tok, own) for c in t.children]
    auxes = {c.lower_ for t in verbs[:2] for c in t.children if c.dep_ in ("aux", "auxpass")}
    marks = {c.lower_ for t in chain for c in t.children if c.dep_ == "mark"}
    marks |= {t.lower_ for t in chain if t.dep_ == "mark"}
    if marks & CONDITIONAL_MARKS or any(_inverted(v) for v in verbs[:2]):
        return "hypothetical"
    if "until" in marks and _unfulfilled(chain[-1].head):
        return "hypothetical"  # "will not lift sanctions until the government agrees"
    if any(c.dep_ == "neg" for c in kids) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children
    ):
        return "negated"
    if any(_nobody(c) for c in own.children if c.dep_ in ("nsubj", "nsubjpass")):
        return "negated"  # "no one had been arrested", "nobody was hurt"
    if any(t.pos_ == "NOUN" and any(c.lower_ == "no" for c in t.children) for t in chain[1:]):
        return "negated"  # "had no plans to impose", "no intention of deploying troops"
    if chain[-1].dep_ == "ccomp" and lemma(chain[-1].head) == "deny":
        return "negated"  # "denied that troops had been sent"
    # "refused to attend talks": the verb whose object an event noun is only carries it
    light = tok.dep_ in ("dobj", "obj") and tok.pos_ == "NOUN" and tok.head.pos_ == "VERB"
    for below, t in pairwise(chain):
        if lemma(t) in NEGATING and t.pos_ == "VERB" and below.dep_ == "xcomp":
            return "negated"  # "failed to reach", "refused to withdraw"
        if any(c.dep_ == "neg" for c in t.children) and t.pos_ in ("VERB", "AUX"):
            return "negated"
        if t.pos_ == "VERB" and not (light and below.i == tok.i):
            break  # the first full verb above the trigger settles it
    top, wished = chain[-1], lemma(chain[-1].head)
    infinitive = _infinitive(top)
    if top.dep_ == "ccomp" and (
        wished in WISHING or (infinitive and wished in PLANNING | POSSIBLE)
    ):
        return "hypothetical"  # "wants Putin to attack", "hoped they would be indicted"
    if auxes & HYPOTHETICAL_AUX:
        return "hypothetical"
    if "would" in auxes and _conditional_sentence(tok.sent):
        return "hypothetical"
    if auxes & FUTURE_AUX or "would" in auxes:
        return "future"
    for below, t in pairwise(chain):
        # (a word with an infinitive complement is a verb, whatever the tagger says: "the
        # party plans to hold a rally" with "plans" tagged a noun)
        verbal = t.pos_ in ("VERB", "AUX", "ADJ") or below.dep_ == "xcomp"
        if verbal and lemma(t) in PLANNING and below.dep_ != "conj":
            return "future"  # not "set fire to tyres and threw stones": a second act, done
        if _planned_by(below):
            return "future"  # "signed an agreement to share intelligence": still to come
        if lemma(t) in POSSIBLE and entry.type != "THREATEN":
            return "hypothetical"
        if t.pos_ == "VERB" and not (entry.noun and t.i == tok.head.i) and below.dep_ != "conj":
            # an event noun's own verb ("attend a summit") does not settle it, and a verb
            # coordinated under it shares its frame ("is expected to tour the region and hold
            # talks": both planned)
            break
    if entry.noun and any(c.lower_ in PLANNED_MODIFIERS for c in tok.children):
        return "future"
    if _is_to_be(own):
        return "future"
    return None


def _unfulfilled(verb: Token) -> bool:
    """A clause that is negated or still to come: what it waits "until" has not happened."""
    kids = {c.lower_ for c in verb.children if c.dep_ in ("aux", "neg")}
    return bool(kids & ({"not", "n't", "never"} | FUTURE_AUX | {"would"}))


def _nobody(subject: Token) -> bool:
    """A subject that names no one ("no one", "nobody", "no protesters")."""
    return subject.lower_ in ("nobody", "none", "nothing") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children
    )


def _inverted(verb: Token) -> bool:
    """ "Had the talks collapsed, ...", "Were the army to withdraw, ...": a condition without
    "if", its auxiliary before its subject."""
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECTS or c.dep_ == "nsubjpass"]
    if not subjects:
        return False
    first = min(subjects)
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "were", "should") and c.i < first
        for c in verb.children
    )


def _conditional_sentence(sent: Span) -> bool:
    """Whether a sentence states a condition ("if", "unless", "Had the talks collapsed"), which
    makes its "would" hypothetical rather than future."""
    return any((t.lower_ in CONDITIONAL_MARKS and t.dep_ == "mark") or _inverted(t) for t in sent)


def _is_to_be(verb: Token) -> bool:
    """ "troops are to withdraw": a form of "be" governing an infinitive."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_ == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


@dataclass
class _Claim:
    """Who reports a stretch of a sentence: the cue's token index and its speaker."""

    cue: int
    speaker: dict[str, Any] | None


def _claims(story: _Story, sent: Span) -> list[_Claim]:
    """Speech verbs (with their speakers) and "according to" phrases in one sentence."""
    found = []
    for t in sent:
        if _trailing_report(t):  # "..., a Britain-based war monitor reported on Monday."
            speakers = _parties(story, [t.head])
            found.append(_Claim(t.i, speakers[0] if speakers else _bare([t.head])))
        elif is_cue(t) and t.dep_ != "amod":
            subj = [c for c in t.children if c.dep_ in SUBJECTS]
            if not subj or candidates(subj[0]):
                continue  # no speaker, or an event ("the truce, agreed on Friday, ...")
            speakers = _parties(story, subj)
            found.append(_Claim(t.i, speakers[0] if speakers else _bare(subj)))
        elif t.lower_ == "according" and t.i + 1 < sent.end and t.nbor(1).lower_ == "to":
            src = _pobj(t.nbor(1))
            if src is not None:
                speakers = _parties(story, [src])
                found.append(_Claim(t.i, speakers[0] if speakers else _bare([src])))
    return found


def _bare(heads: list[Token]) -> dict[str, Any] | None:
    """A source no stage could resolve ("the airport's press service"), kept by its words."""
    if not heads or heads[0].pos_ == "PRON":
        return None
    head = heads[0]
    end = head.right_edge.i if head.right_edge.i - head.left_edge.i < 8 else head.i
    text = head.doc[head.left_edge.i : end + 1].text  # "the International Organization for
    return {"text": text, "country": None, "sectors": []}  # Migration", whole


def _own_subject(verb: Token) -> bool:
    """Whether a verb has a subject of its own, active or passive."""
    return any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children)


def _trailing_report(verb: Token) -> bool:
    """An attribution closing a sentence that the parser hung on its speaker as a clause
    describing it (", a war monitor reported on Monday.": "reported" an acl of "monitor")."""
    speaker = verb.head
    return (
        is_cue(verb)
        and verb.dep_ == "acl"
        and verb.i > speaker.i
        and speaker.left_edge.i > verb.sent.start
        and verb.doc[speaker.left_edge.i - 1].text == ","
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
    )


def _reports(cue: Token, tok: Token) -> bool:
    """Whether a speech verb (or "according") reports the clause holding ``tok``: it governs
    it through a complement clause, or stands beside its clause (", police said")."""
    if cue.lower_ == "according":
        return cue.head in (tok, *tok.ancestors)
    if _trailing_report(cue):
        return tok.i < cue.head.left_edge.i
    if _after_report(cue, tok):
        return False  # "..., security sources said, and reinforcements were sent"
    child = tok
    for anc in tok.ancestors:
        if anc.i == cue.i:
            return child.dep_ in ("ccomp", "xcomp", "parataxis", "conj")
        child = anc
    return cue.dep_ == "parataxis" and cue.head in tok.ancestors


def _after_report(cue: Token, tok: Token) -> bool:
    """Whether the trigger stands in a clause of its own joined after the attribution ("...,
    local officials said, and the army deployed troops", "..., diplomats said, as warplanes
    pounded targets"), or in a clause that only sets the scene of what is reported ("warned
    that protesters would be arrested, as students marched in Algiers"): the writer's, not
    the source's."""
    for t in (tok, *tok.ancestors):
        if t.i in (cue.i, cue.head.i):
            return False
        if t.dep_ == "conj" and t.i > cue.i and _own_subject(t):
            return True
        if _meanwhile(t) and t.i > cue.i:
            return True
    return False


# Conjunctions of a clause that tells what came before the news, or caused it.
BACKGROUND = frozenset({"after", "before", "since", "because", "until"})
# Conjunctions of a clause that tells what went on meanwhile ("as students marched").
MEANWHILE = frozenset({"as", "while", "when"})


def _meanwhile(verb: Token) -> bool:
    """Whether a verb heads an adverbial clause with its own subject that tells what went on at
    the same time ("..., as warplanes pounded targets", "killed when a landmine exploded")."""
    return (
        verb.dep_ == "advcl"
        and _own_subject(verb)
        and any(c.dep_ == "mark" and c.lower_ in MEANWHILE for c in verb.children)
    )


def _claim(
    story: _Story, tok: Token, claims: list[_Claim], speech_trigger: bool
) -> tuple[bool, dict[str, Any] | None]:
    """Whether a trigger is reported by a source, and the source: the nearest speech verb that
    reports its clause, else a quote's speaker; "reportedly" claims without a named source. A
    speech act (an accusation) is the speaker's own act, not a claim."""
    if speech_trigger:
        return False, None
    reporting = [c for c in claims if c.cue != tok.i and _reports(tok.doc[c.cue], tok)]
    if reporting:
        return True, min(reporting, key=lambda c: abs(c.cue - tok.i)).speaker
    for quote in story.doc.quotes:
        cue = quote.get("cue") or {}
        if quote["start"] <= tok.idx < quote["end"] and cue.get("start") != tok.idx:
            said = _token_at(tok.doc, cue["start"]) if cue else -1
            if said >= 0 and _after_report(tok.doc[said], tok):
                continue  # the quote's span runs on past the attribution
            return True, _quote_speaker(story, quote)
    if any(c.lower_ in HEARSAY for c in (*tok.children, *tok.head.children)):
        return True, None
    return False, None


def _quote_speaker(story: _Story, quote: dict[str, Any]) -> dict[str, Any] | None:
    """A quote's speaker as a claimant, with the sectors the actor stage gave the name."""
    speaker = quote.get("speaker")
    if not speaker:
        return None
    named = [e for e in story.entities if e["start"] <= speaker["start"] < e["end"]]
    sectors = next((list(e["sectors"]) for e in named if e.get("sectors")), [])
    return {"text": speaker["text"], "country": speaker.get("country"), "sectors": sectors}


# Time expressions that date nothing: lengths ("two days of protests") and vague references.
UNDATED = frozenset({"duration", "ref"})


def _date(doc: Document, tok: Token) -> tuple[str | None, str, str | None]:
    """``(value, source, text)``: the time expression in the trigger's clause, else the
    publication date."""
    tok = _speaking(tok)
    chain = _clause_chain(tok)
    if (apart := _days_apart(chain[-1])) is not None:
        # "said on Tuesday ..., a day after Washington threatened tariffs": the day the
        # sentence tells, moved
        anchor = parse_anchor(_sentence_day(doc, chain[-1]))
        if anchor is not None:
            return shift(anchor, apart[0], "D"), "text", apart[1]
    if _earlier_occasion(tok):
        chain = [tok]  # dated only by its own words
    elif _meanwhile(chain[-1]) or _result(tok):
        # "exploded on Sunday, wounding three", "were pressing Israel on Wednesday ... as
        # warplanes pounded targets": one time
        chain += _clause_chain(chain[-1].head)
    scopes = [_scene_words(tok)] + [{t.i for t in c.subtree} for c in chain[1:]]
    scopes.append(_before_attribution(chain[-1]))
    # a relative clause dates its own noun ("the summit that ended on Sunday")
    relative = {
        t.i
        for r in tok.sent
        if r.dep_ == "relcl" and not r.left_edge.i <= tok.i <= r.right_edge.i
        for t in r.subtree
    }
    scopes = [scope - relative for scope in scopes]
    parsed = tok.doc
    times = [
        t
        for t in doc.times
        if t.get("value") and t["start"] >= _dateline_end(doc) and t["granularity"] not in UNDATED
    ]
    for scope in scopes:
        inside = [t for t in times if _token_at(parsed, t["start"]) in scope]
        if inside:
            best = min(inside, key=lambda t: abs(_token_at(parsed, t["start"]) - tok.i))
            return best["value"].split("T")[0], "text", best["text"]  # the day of "Tuesday night"
    return doc.published, "published", None


def _promises_act(verb: Token) -> bool:
    """A verb of agreeing, promising or inviting with the act it commits to as a clause ("agreed
    to meet", "agreed that their aides would follow up", "invited him to visit")."""
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") for c in verb.children
    )


# Units a clause "after" or "before" may be measured in, in days.
SPAN_DAYS = {"day": 1, "week": 7}


def _days_apart(clause: Token) -> tuple[int, str] | None:
    """How many days before (negative) or after the clause it hangs on an adverbial clause
    measured in days or weeks happened ("a day after she hosted", "two weeks before the
    vote was held"), with the words that say so; None for any other clause."""
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
    if clause.dep_ != "advcl" or mark not in ("after", "before"):
        return None
    for measure in (c for c in clause.children if c.dep_ == "npadvmod"):
        unit = SPAN_DAYS.get(measure.lemma_.lower())
        count = next(
            (
                1 if c.lower_ in ("a", "an") else number_value(c.text)
                for c in measure.children
                if c.dep_ in ("det", "nummod")
            ),
            None,
        )
        if unit and count:
            words = f"{measure.doc[measure.left_edge.i : measure.i + 1].text} {mark}"
            return (-unit * count if mark == "after" else unit * count), words
    return None


def _sentence_day(doc: Document, clause: Token) -> str | None:
    """The day the rest of a clause's sentence names, nearest the clause's head, else the
    publication date."""
    parsed, outside = clause.doc, {t.i for t in clause.sent} - {t.i for t in clause.subtree}
    days = [
        (abs(i - clause.head.i), t["value"])
        for t in doc.times
        if len(t.get("value") or "") == 10
        and t["start"] >= _dateline_end(doc)
        and (i := _token_at(parsed, t["start"])) in outside
    ]
    return min(days)[1] if days else doc.published


def _earlier_occasion(tok: Token) -> bool:
    """An event noun told as what came before or against the news ("despite demands from
    lawmakers", "after weeks of talks"), which has a time of its own; what happened "during a
    sit-in" or "amid protests" shares the news' time."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "weeks of demands"
    return tok.dep_ == "pobj" and tok.head.lower_ in OCCASIONS - {"during", "amid"}


def _before_attribution(top: Token) -> set[int]:
    """The words between a reported clause and the attribution after it, which the parser
    often hangs on the reporting verb: in "gunmen shot dead 11 villagers in Boni, on Monday,
    health workers told AFP" Monday is the shooting's, while in "police said on Tuesday they
    had arrested 40" Tuesday is only the statement's."""
    cue = top.head
    if top.dep_ != "ccomp" or cue.i < top.i or not is_cue(cue):
        return set()
    subject = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    limit = subject.left_edge.i if subject is not None else cue.i
    return set(range(top.right_edge.i + 1, limit))


def _named_as_place(parsed: Any, entity: dict[str, Any]) -> bool:
    """Whether a place entity is named where something happens ("on the highways around
    Brussels"), not as a party that can be "they" or "it"."""
    if entity["label"] not in ("GPE", "LOC", "FAC"):
        return False
    span = parsed.char_span(entity["start"], entity["end"], alignment_mode="expand")
    root = span.root if span is not None else None
    return root is not None and root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS


def _trigger_token(parsed: Any, event: dict[str, Any]) -> Token:
    """The parse token an event's trigger starts at."""
    return parsed[_token_at(parsed, event["trigger"]["start"])]


def _token_at(parsed: Any, char: int) -> int:
    span = parsed.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else -1


PLACE_PREPS = frozenset(
    {"in", "at", "near", "outside", "from", "across", "into", "inside", "around", "along"}
    | {"throughout", "within", "through"}
)
# Acts that happen where they go ("will travel to Islamabad", "delivered supplies to Port
# Sudan", "sent troops to the border").
DESTINED = frozenset({"CONSULT", "MOBILIZE", "AID"})
# Events whose object can be the place they happen at ("shelled Kherson", "seized the town of
# Rubare", "visited Beijing"); "sanctioned Iran" does not happen in Iran.
OBJECT_PLACED = frozenset({"ASSAULT", "COERCE", "CONSULT", "MOBILIZE"})
# Nouns a place can be a part of ("the east of the Gaza Strip", "the outskirts of Kabul").
PART_NOUNS = PLACE_NOUNS | {
    "east", "west", "north", "south", "centre", "center", "outskirts", "part", "area",
    "district", "suburb", "suburbs", "territory", "state", "edge",
}  # fmt: skip


def _span_root(parsed: Any, place: dict[str, Any]) -> Token | None:
    span = parsed.char_span(place["start"], place["end"], alignment_mode="expand")
    return span.root if span is not None else None


def _result(tok: Token) -> bool:
    """ "exploded on Sunday, wounding three": a participle that tells what an act did, which
    happened when and where the act did."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG"


def _placed(root: Token, tok: Token, type_: str) -> Token | None:
    """The word by which a place puts the event there, if it does: the object of a place
    preposition ("in Almaty", "in Russia's Rostov region", "in the east of the Gaza Strip"),
    or the object the event is done to ("shelled Kherson", "seized the town of Rubare")."""
    while True:
        if root.dep_ in ("compound", "poss", "appos", "nmod") and root.head.i != root.i:
            root = root.head  # "Rostov region", "Russia's Rostov region"
        elif (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and (root.head.head.lemma_.lower() in PART_NOUNS)
        ):
            root = root.head.head  # "the town of Rubare"
        else:
            break
    if root.dep_ in ("pobj", "pcomp") and root.head.lower_ in PLACE_PREPS:
        return root  # (the small parser makes some unknown names verbs: "in Sagaing region")
    if root.dep_ == "pobj" and root.head.lower_ == "to" and type_ in DESTINED:
        return root
    if root.dep_ == "dobj" and root.head.i == tok.i and type_ in OBJECT_PLACED:
        return root
    return None


# Finer places first where one phrase names several ("in Russia's Belgorod region").
FEATURE_RANK = {"city": 0, None: 0, "admin1": 1, "region": 2, "country": 3, "continent": 4}


def _location(
    story: _Story, tok: Token, type_: str, doers: list[dict[str, Any]], sent: Span
) -> dict[str, Any] | None:
    """The place the trigger's clause puts the event at, not one that is part of its doers'
    names, nearest first; else the dateline's place; else, for what a state's organs say or
    do at home (statements, arrests), their country."""
    doc, parsed = story.doc, tok.doc
    named = [p["text"] for p in doers]
    tok = _speaking(tok)
    chain = _clause_chain(tok)
    deed = ontology.event_types()[type_].quad not in VERBAL_QUADS  # a saying is where it is said
    if deed and _result(tok):
        chain += _clause_chain(tok.head)  # "exploded outside a police post in Rueso, wounding"
    # a second act or a result that names no place is where the first act was ("shot dead 14
    # villagers near Djibo in Soum province and set fire to their granaries": near Djibo)
    follows = _second_act(tok) or (deed and _result(tok))
    for scope_head in chain:
        scope = (
            _scene_words(scope_head) if scope_head.i == tok.i else {t.i for t in scope_head.subtree}
        )
        anchor = scope_head if follows and scope_head.i == tok.head.i else tok
        found = []
        roots = [
            (root, place)
            for place in doc.places
            if sent.start_char <= place["start"] < sent.end_char
            and (root := _span_root(parsed, place)) is not None
            and root.i in scope
            and not any(place["text"] in n for n in named)
        ]
        named_roots = [r for r, _ in roots]
        for root, place in roots:
            word = _placed(root, tok, type_)
            if word is not None:
                # "in Bujumbura's Kamenge district": the place owning another is the wider one
                wider = _owns_place(root, named_roots)
                rank = FEATURE_RANK.get(place.get("feature"), 0)
                key = (abs(word.i - anchor.i), wider, rank, abs(root.i - anchor.i))
                found.append((key, word, place))
        if found:
            found.sort(key=lambda f: f[0])
            _, word, place = found[0]
            chosen = _place(place, "text")
            chosen["country_code"] = chosen["country_code"] or _country_beside(
                story, word, [p for _, _, p in found[1:]], doers
            )
            return chosen
        if scope_head.pos_ in ("VERB", "AUX") and scope_head.i != tok.i:
            break
    return _dateline_place(doc) or _home(type_, doers)


def _owns_place(root: Token, others: list[Token]) -> bool:
    """A place named as the owner of a phrase that names another ("Bujumbura's Kamenge
    district", "Yangon's Hlaingthaya township")."""
    if root.dep_ != "poss":
        return False
    phrase = {t.i for t in root.head.subtree}
    return any(o.i != root.i and o.i in phrase for o in others)


def _country_beside(
    story: _Story, word: Token, others: list[dict[str, Any]], doers: list[dict[str, Any]]
) -> str | None:
    """The country of a place the gazetteer does not know: that of a known place in its own
    phrase ("the southern Lebanese town of Khiam", "in Mozambique's Cabo Delgado province"),
    else beside it in the clause, else the dateline's (a place a story names without its
    country is in the country it is filed from), else that of the state forces acting
    there."""
    doc = story.doc
    phrase = {t.i for t in word.subtree}
    inside = [p for p in doc.places if (r := _span_root(word.doc, p)) is not None and r.i in phrase]
    filed = [p for p in doc.places if p["start"] < _dateline_end(doc)]
    for place in inside + others + filed:
        if place.get("country_code"):
            return place["country_code"]
    return _alpha2(_state_country(doers))


def _state_country(doers: list[dict[str, Any]]) -> str | None:
    """The one country whose state organs (government, forces, police) all the doers are."""
    countries = {d.get("country") for d in doers}
    state = all(set(d.get("sectors") or []) & STATE_SECTORS for d in doers)
    return countries.pop() if doers and state and len(countries) == 1 else None


def _alpha2(alpha3: str | None) -> str | None:
    country = pycountry.countries.get(alpha_3=alpha3) if alpha3 else None
    return country.alpha_2 if country else None


def _home(type_: str, doers: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Where a state's organs say something or act at home when the text names no place:
    their country ("Nicaragua's government refused to let monitors in")."""
    verbal = ontology.event_types()[type_].quad in VERBAL_QUADS
    home = _state_country(doers)
    country = pycountry.countries.get(alpha_3=home) if home else None
    if country is None or not (verbal or type_ == "COERCE"):
        return None
    return {
        **{k: None for k in ("text", "geonameid", "lat", "lon")},
        "name": getattr(country, "common_name", None) or country.name,
        "country_code": country.alpha_2,
        "feature": "country",
        "source": "actors",
    }


def _place(place: dict[str, Any], source: str) -> dict[str, Any]:
    keys = ("text", "name", "geonameid", "country_code", "lat", "lon", "feature")
    return {**{k: place.get(k) for k in keys}, "source": source}


def _dateline_end(doc: Document) -> int:
    """Where the dateline opening the body ends ("KYIV, March 4 (Reuters) -"), 0 without one:
    its date is the story's, not an event's."""
    return len(doc.dateline.text) + 2 if doc.dateline is not None else 0


def _dateline_place(doc: Document) -> dict[str, Any] | None:
    if doc.dateline is None:
        return None
    end = _dateline_end(doc)
    for place in doc.places:
        if place["start"] < end:
            return _place(place, "dateline")
    return {
        "text": doc.dateline.text,
        "name": doc.dateline.place,
        "geonameid": None,
        "country_code": None,
        "lat": None,
        "lon": None,
        "feature": None,
        "source": "dateline",
    }


def _contexts(words: _Words) -> list[str]:
    """PLOVER general contexts named by a sentence's words (a cheap keyword reading)."""
    return [name for name, cues in lexicon().contexts.items() if words.any(cues)]


# -- the stage ---------------------------------------------------------------------------------
@dataclass
class _Found:
    """A trigger with its entry, before it becomes an event record."""

    tok: Token
    entry: Entry
    actors: list[dict[str, Any]]
    recipients: list[dict[str, Any]]
    speech: bool = False


def _triggers(story: _Story, sent: Span, words: _Words) -> list[_Found]:
    """Every trigger in a sentence with its resolved parties, less those that are part of
    another event (see :func:`_subsumed`) and, in sport, those with no political actor."""
    found: list[_Found] = []
    for tok in sent:
        if _accusing(tok):
            subj = [c for c in tok.children if c.dep_ in SUBJECTS]
            actors = _parties(story, subj) or _climb_subject(story, tok)
            entry = Entry("ACCUSE", "allege", (tok.lemma_.lower(),), noun=False)
            found.append(_Found(tok, entry, actors, _accusation_target(story, tok), speech=True))
            continue
        if (denied := _denied(tok)) is not None:
            # "denied that its jets had carried out air strikes": a rejection of what is said of
            # the denier (REJECT, manual 3.10), beside the denied act, negated
            subj = [c for c in tok.children if c.dep_ in SUBJECTS]
            actors = _parties(story, subj) or _climb_subject(story, tok)
            targets = _parties(story, _acted_on(denied))
            entry = Entry("REJECT", None, (tok.lemma_.lower(),), noun=False)
            found.append(_Found(tok, entry, actors, targets, speech=True))
            continue
        if tok.dep_ in ("compound", "amod") and tok.pos_ in ("NOUN", "VERB"):
            continue  # "riot police", "Israeli-occupied sector": the word describes a thing
        entries = candidates(tok)
        if (
            not entries
            or _describes(tok)
            or _since(tok)
            or _not_an_event(tok)
            or _banned(tok)
            or _to_be_stopped(tok)
        ):
            continue  # not a trigger word, or background, or a listed non-event, or forbidden
        if _natural_cause(tok):
            continue  # a hazard's act
        for entry in entries:
            actors, recipients = _roles(story, tok, entry)
            parties = actors + recipients
            if len(parties) == 2 and len({p.get("country") for p in parties} - {None}) == 2:
                story.pair = parties
            if entry.actors and not any(entry.actors & set(a["sectors"]) for a in actors):
                continue
            if entry.needs_recipient and (not recipients or _own_people(tok)):
                continue
            if entry.needs_actor and not actors and not _named_doer(tok, entry.type):
                continue  # "demand for oil": no one demands anything
            found.append(_Found(tok, entry, actors, recipients))
            if entry.also:
                found.append(_Found(tok, entry.also, actors, recipients))
            break
    kept = []
    for f in found:
        absorber = _absorber(f, found)
        if absorber is None:
            kept.append(f)
        else:
            _merge(absorber, f)
    kept = [f for f in kept if not _mention(f) and not _told_again(f, kept)]
    if _sporty(sent, words):
        kept = [f for f in kept if any(a["sectors"] for a in f.actors)]
    return kept


def _own_people(verb: Token) -> bool:
    """Whether a verb's object is its subject's own ("the army trained its soldiers"): no one
    else takes part."""
    return any(
        c.dep_ == "dobj"
        and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)
        for c in verb.children
    )


# Words of forbidding: what they forbid is a kind of act, not one that happened.
BANS = frozenset({"ban", "restriction", "moratorium", "prohibition", "curb", "embargo"})
BANNING = frozenset({"ban", "prohibit", "outlaw", "forbid"})


def _banned(tok: Token) -> bool:
    """An event noun named as what a ban forbids ("a ban on opposition rallies", "banned street
    demonstrations"): no event."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in BANNING:
        return True
    if any(c.dep_ == "amod" and c.lemma_.lower() in BANNING for c in tok.children):
        return True  # "banned demonstrations", however the parse hangs the sentence
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in ("on", "against")
        and (prep.head.lemma_.lower() in BANS)
    )


# Verbs that stop an act ("halt hostilities").
STOPPING = frozenset({"stop", "halt", "end", "cease", "suspend", "pause"})


def _to_be_stopped(tok: Token) -> bool:
    """An event noun named as what its doer promises to stop ("vowed to stop attacks on
    civilians", "pledging to halt hostilities"): neither an attack nor a threat of one."""
    verb = tok.head
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "dobj"
        and verb.lemma_.lower() in STOPPING
        and verb.dep_ == "xcomp"
        and (lemma(verb.head) in DECLARING | PLANNING)
    )


def _not_an_event(tok: Token) -> bool:
    """A phrase the lexicon lists as no event although one of its words is a trigger ("news
    conference", "press briefing", "riot police")."""
    forms = _forms(tok)
    for words in lexicon().not_events:
        for k in (k for k, word in enumerate(words) if word in forms):
            start = tok.i - k
            if start >= tok.sent.start and _Words(tok.doc[start : start + len(words)]).has(words):
                return True
    return False


def _describes(tok: Token) -> bool:
    """A word inside a restrictive relative clause or a past participle that describes a noun
    ("a faction that rejected the peace deal", "companies accused of supplying drones", "women
    held hostage"): background that identifies someone, not an event the sentence reports. A
    relative clause set off by a comma adds news ("the airport, which was reportedly seized by
    opponents"); present participles ("planes taking off from Kazakhstan") and infinitives
    ("plans to withdraw") also still count."""
    if _brokered(tok):
        return False  # "a swap mediated by the UAE": the mediation is news too
    if _reduced_relative(tok) and not _existential(tok):
        return True
    return any(_describing(t) for t in (tok, *tok.ancestors))


def _brokered(tok: Token) -> bool:
    """A participle of mediating that names who mediated an event ("a swap mediated by the
    United Arab Emirates"): a third party's part in it (manual 3.2)."""
    return (
        tok.tag_ in ("VBN", "VBD")
        and any(c.dep_ == "agent" for c in tok.children)
        and _event_noun(tok.head)
        and any(e.mode == "third-party" for e in candidates(tok))
    )


def _since(tok: Token) -> bool:
    """The event a "since" dates the news from ("the first visit since the two countries
    restored relations", "the worst fighting since the 2014 invasion"), or one months or years
    before it ("months after fighting reached the state"): background, not news. What happened
    "a day after" or "hours after" is news of its own."""
    for t in (tok, *tok.ancestors):
        if t.dep_ in ("pobj", "pcomp") and (
            t.head.lower_ == "since" or (t.head.lower_ == "after" and _long_ago(t.head))
        ):
            return True
        marks = [c for c in t.children if c.dep_ == "mark"]
        if any(m.lower_ == "since" or (m.lower_ == "after" and _long_ago(t)) for m in marks):
            return True
        if t.dep_ in CLAUSE_BOUNDARY:
            return False
    return False


def _long_ago(word: Token) -> bool:
    """ "months after", "two years after": a measure of months or more on the word or beside it."""
    measures = (*word.children, word.head, *word.head.children)
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_SPANS for c in measures)


def _describing(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "relcl":
        if _within(tok):
            return False
        start = tok.left_edge.i
        return start == 0 or tok.doc[start - 1].text != ","
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and not _existential(tok) and not _predicate(tok)


def _predicate(participle: Token) -> bool:
    """A participle the parser hung on a sentence that has no verb of its own ("Rights groups
    alleged on Tuesday that ...", "Five soldiers killed in ambush"): it is the sentence's
    predicate, not a description."""
    head = participle.head
    return head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN", "NUM")


def _within(clause: Token) -> bool:
    """A relative clause opened by a preposition ("protests in which two students were killed",
    "a raid during which ..."): what happened within the event named, not who someone is."""
    return any(
        c.dep_ == "prep" and any(g.tag_ == "WDT" for g in c.children) for c in clause.children
    )


def _existential(tok: Token) -> bool:
    """ "There were 10 soldiers killed": a participle that is the news itself."""
    return any(c.dep_ == "expl" for c in (*tok.head.children, *tok.head.head.children))


def _reduced_relative(tok: Token) -> bool:
    """ "a plan agreed with the rebels" parsed as a clause of its own (the small model often
    tags the participle a past tense): a bare past form straight after a noun, with no subject,
    no auxiliary and no object of its own ("soldiers loyal to a commander stormed the
    broadcaster" is the soldiers' act)."""
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return (
        tok.tag_ in ("VBN", "VBD")
        and tok.dep_ != "ROOT"
        and before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and before.dep_ in ("pobj", "dobj", "obj")  # the noun is some other verb's argument
        and not any(
            c.dep_ in (*SUBJECTS, "nsubjpass", "aux", "auxpass", "dobj", "obj")
            for c in tok.children
        )
    )


def _natural_cause(tok: Token) -> bool:
    """A hazard did it, not an actor: "an earthquake struck ..., killing 37 people", "floods
    destroyed homes". The subject is looked up on the trigger, or on the verb a participle
    clause hangs from."""
    head = tok
    for _ in range(3):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        agents = [g for c in head.children if c.dep_ == "agent" for g in c.children]
        if subjects or agents:
            return any(s.lemma_.lower() in lexicon().hazards for s in subjects + agents)
        if any(c.dep_ == "nsubjpass" for c in head.children):
            # "killed in a fire", "injured in a crash"; else "120 people were injured": by
            # whom, the lede says
            return _hazard_means(head) or _hazard_story(tok.doc)
        if head.dep_ not in ("advcl", "xcomp", "conj", "acl", "relcl") or head.head is head:
            return False
        head = head.head
    return False


def _hazard_means(verb: Token) -> bool:
    """A passive act whose means is a hazard or an accident ("killed in a fire", "died in a
    crash"); a weapon with an owner ("killed in Israeli tank fire") is no accident."""
    for prep in verb.children:
        obj = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ in ("in", "by") else None
        if obj is not None and obj.lemma_.lower() in lexicon().hazards | lexicon().accidents:
            return not any(c.dep_ in ("amod", "compound", "poss") for c in obj.children)
    return False


def _hazard_story(doc: Any) -> bool:
    """Whether the story's first two sentences name a natural hazard (an earthquake story's
    "120 people were injured" has no attacker)."""
    key = "dateline_hazard_story"
    if key not in doc.user_data:
        lede = [t for sent in list(doc.sents)[:2] for t in sent]
        doc.user_data[key] = any(t.lemma_.lower() in lexicon().hazards for t in lede)
    return bool(doc.user_data[key])


def _mention(f: _Found) -> bool:
    """An event noun named in passing, with no party of its own and no implicit one ("a pause
    in the bombing", "sorrow for the shootings"): a reference, not a report."""
    return (
        f.entry.noun
        and f.tok.dep_ == "pobj"
        and not f.actors
        and not f.recipients
        and f.entry.type not in IMPLICIT_ACTORS
    )


def _told_again(f: _Found, found: list[_Found]) -> bool:
    """An event noun with "the" naming the occasion of another act ("signed agreements during
    the visit") when the sentence has already told an event of its type ("held talks in
    Jakarta"): the same event again."""
    return (
        f.entry.noun
        and f.tok.dep_ == "pobj"
        and f.tok.head.lower_ in OCCASIONS
        and any(c.lower_ == "the" for c in f.tok.children)
        and any(g.entry.type == f.entry.type and g.tok.i < f.tok.i for g in found)
    )


def _sporty(sent: Span, words: _Words) -> bool:
    """A sentence about sport: a sport word, or a score ("3-1", "3 - 1"; not "$2-3 billion")."""
    return words.any(lexicon().sport) or any(_score(t) for t in sent)


def _score(tok: Token) -> bool:
    parts = tok.text.split("-")
    if len(parts) == 1 and tok.i + 2 < tok.sent.end and tok.nbor(1).text == "-":
        parts = [tok.text, tok.nbor(2).text]
    if len(parts) != 2 or not all(p.isdigit() and len(p) <= 2 for p in parts):
        return False
    before = tok.nbor(-1).text if tok.i > tok.sent.start else ""
    after_i = tok.i + (1 if "-" in tok.text else 3)
    after = tok.doc[after_i].lower_ if after_i < tok.sent.end else ""
    return not (before in ("$", "€", "£") or after in SCORE_UNITS or before.isdigit())


# Words after a number pair that make it an amount or a range, not a score.
SCORE_UNITS = frozenset(
    {"million", "billion", "trillion", "percent", "%", "years", "year", "days", "hours"}
    | {"people", "months", "weeks", "km", "miles", "degrees", "times", "per", "of"}
)


# Triggers whose complement is wanted, refused, threatened or agreed to, not done ("urged them to
# boycott", "refused to withdraw", "agreed to lift the sanctions").
CONTENT_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE"})
# What agreeing to a concession or a retreat is: a concession (manual 3.4, 3.7.2).
CONCEDING = frozenset({"CONCEDE", "RETREAT"})


def _absorber(f: _Found, found: list[_Found]) -> _Found | None:
    """The trigger that another only restates or completes, if any: an event noun inside a
    verb trigger's phrase of the same type or as its object ("lifted the curfew", "provide $5
    million in aid"); a participle of the same type ("shelled the town, killing eight"); the
    act a request or a threat asks for ("threatened to expel")."""
    for g in found:
        if g.tok.i == f.tok.i or (g.entry.noun and g.entry.type not in CONTENT_TYPES):
            continue
        inside = f.tok.i in {t.i for t in g.tok.subtree} and not _own_doer_between(f.tok, g.tok)
        same = g.entry.type == f.entry.type
        if f.entry.noun and not g.speech and inside and (same or _object_of(f.tok, g.tok)):
            return g
        base = f.tok  # "damaging a hospital and wounding four": the list's first participle
        while base.dep_ == "conj" and base.head.i != g.tok.i and base.head.tag_ in ("VBG", "VBN"):
            base = base.head
        own_doer = any(c.dep_ in SUBJECTS for c in base.children)  # "and air defences shot"
        other_act = base.dep_ == "conj" and None not in (f.entry.mode, g.entry.mode)
        if (
            same
            and base.head.i == g.tok.i
            and base.dep_ in ("advcl", "xcomp", "conj")
            and not own_doer
            and not (other_act and f.entry.mode != g.entry.mode)
        ):
            # "shelled the town, killing eight", "met to discuss", "attacked and killed"; not
            # "arrested five militants and seized explosives", two acts of one kind
            return g
        if (g.entry.type, f.entry.type) == ("ASSAULT", "RETREAT") and _participle_of(f.tok, g.tok):
            return g  # "stormed the prison, freeing 400 inmates": the raid, not a concession
        denial = g.speech and g.entry.type == "REJECT"  # the denied act stays, negated
        if (
            g.entry.type in CONTENT_TYPES
            and not denial
            and inside
            and f.tok.i > g.tok.i
            and not f.speech
            and not _occasion(f.tok, g.tok)
            and not any(_meanwhile(t) for t in (f.tok, *_up_to(f.tok, g.tok)))
        ):  # not "were pressing Israel to agree ..., as warplanes pounded targets"
            return g
    return None


def _participle_of(tok: Token, verb: Token) -> bool:
    """ "attacked a police station, freeing hundreds of inmates": a bare participle clause of
    the verb, which tells what the act did."""
    return tok.head.i == verb.i and _participle(tok)


def _up_to(tok: Token, verb: Token) -> list[Token]:
    """A word's ancestors below ``verb`` (all of them when ``verb`` is not above it)."""
    path = []
    for t in tok.ancestors:
        if t.i == verb.i:
            break
        path.append(t)
    return path


def _own_doer_between(tok: Token, verb: Token) -> bool:
    """Whether a coordinated or relative clause with its own subject stands between a word and a
    verb above it, or is the word's own ("fired missiles ..., and Israel responded with artillery
    fire", "demanded a ceasefire, but the RSF rejected the call", "hurled stones at police, who
    responded with tear gas"): a second event, not part of the first."""
    return any(t.dep_ in ("conj", "relcl") and _own_subject(t) for t in (tok, *_up_to(tok, verb)))


def _occasion(tok: Token, verb: Token) -> bool:
    """Whether a word stands in a phrase that gives the verb's occasion ("agreed ... during a
    visit to Manila", "demanded ... after talks"): another event, not what is agreed or asked."""
    return any(t.dep_ == "prep" and t.lower_ in OCCASIONS for t in (tok, *_up_to(tok, verb)))


def _object_of(noun: Token, verb: Token) -> bool:
    """Whether a noun is the verb's own complement, or coordinated with it ("imposed asset
    freezes and travel bans": the bans are part of the imposing)."""
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    return noun.head.i == verb.i


def _merge(into: _Found, part: _Found) -> None:
    """What a restating trigger adds to the event it belongs to: the parties and the manner
    its words name ("killed in an air strike by government forces"), the mode of what a
    request or a refusal is about, or the concession an agreement grants."""
    if into.entry.type == "AGREE" and part.entry.type in CONCEDING:
        into.entry = replace(into.entry, type="CONCEDE", mode=None)
        return
    if into.entry.type != part.entry.type:
        content_mode = CONTENT_MODE.get(part.entry.type)
        if into.entry.type in ("REQUEST", "REJECT") and into.entry.mode is None and content_mode:
            into.entry = replace(into.entry, mode=content_mode)
        return
    into.actors = into.actors or part.actors
    into.recipients = into.recipients or part.recipients
    if into.entry.mode is None and part.entry.mode is not None:
        into.entry = replace(into.entry, mode=part.entry.mode)


IMPLICIT_ACTORS = {"PROTEST": "protesters", "COERCE": "authorities"}


def _implicit_actor(story: _Story, found: _Found) -> list[dict[str, Any]]:
    """PLOVER lets an unnamed actor come from context: an event noun with a definite article
    refers back to the story's latest event of its type ("the pullout" after "Russian troops
    left"); else a protest's actor is the story's protesters, and the authorities arrest,
    impose curfews and censor."""
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in found.tok.children)
    if found.entry.noun and definite and story.last_actors.get(found.entry.type):
        return story.last_actors[found.entry.type]
    phrase = IMPLICIT_ACTORS.get(found.entry.type)
    if phrase is None:
        return []
    party = story.resolve(phrase)
    return [party] if party.get("country") else []


def _unidentified_attackers(story: _Story, events: list[dict[str, Any]]) -> None:
    """An attack no one is named for ("a roadside bomb struck a convoy") was made by
    unidentified attackers of the country it happened in, as ACLED files it ("Unidentified
    Armed Group (Mozambique)"); added once every rule that reads the named doers has run."""
    for event in events:
        if event["type"] == "ASSAULT" and not event["actor"]:
            party = dict(story.resolve(acled.UNNAMED_ATTACKERS))  # the story's cache is shared
            party["country"] = _country_of(event["location"]) or party.get("country")
            event["actor"] = [party] if party.get("country") else []
            if party.get("country"):
                _accuse_unnamed(events, event, party)


def _accuse_unnamed(
    events: list[dict[str, Any]], attack: dict[str, Any], attackers: dict[str, Any]
) -> None:
    """ "Israel said a mortar bomb was fired at it from the Gaza Strip": the victim's accusation
    that names no one is against the unnamed attackers, when they come from another country."""
    accuser = (attack["claimant"] or {}).get("text")
    for e in events:
        if (
            e["type"] == "ACCUSE"
            and not e["recipient"]
            and e["start"] == attack["start"]
            and any(_same_name(a["text"], accuser) for a in e["actor"])
            and all(a.get("country") not in (None, attackers["country"]) for a in e["actor"])
        ):
            e["recipient"] = [attackers]


def _implicit_recipient(
    type_: str, mode: str | None, actors: list[dict[str, Any]], location: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """The recipient of an event that names none, where the manual or the act implies one.

    - A protest is against the authorities where it is held (PLOVER 3.12: "collective actions
      carried out as protests against the recipient"): the government of the protesters'
      country, else of the place it happened.
    - An arrest, a conviction or a restriction falls on the actor's own country's people: a
      state acts on those in its hands ("a court sentenced 12 members of a banned group",
      "closed the country's main oil fields").
    - A curfew, martial law, a restriction or censorship falls on the people of the place where
      it is imposed, or of the state imposing it where the sentence names no place; a state's
      concession that names no one (lifting a curfew or a ban) is to its own people, and so are
      its deployment at home and its official's resignation.
    - Any other attack or coercion falls on those at the place the sentence puts it ("a car
      bomb exploded near a convoy outside Kabul"): the target's country in all but a few
      cross-border cases. A dateline's place is never used."""
    place = _country_of(location)
    if type_ == "PROTEST":
        country = next((a["country"] for a in actors if a.get("country")), place)
        return [{"text": "government", "country": country, "sectors": ["GOV"]}] if country else []
    if (type_, mode) in DOMESTIC_MODES:
        country = next((a["country"] for a in actors if a.get("country")), None)
        if country:
            return [{"text": DOMESTIC_MODES[type_, mode], "country": country, "sectors": ["CVL"]}]
    unplaced = location is None or location["source"] != "text" or place is None
    imposed = type_ == "COERCE" and mode in POPULATION_MODES
    home = _state_country(actors)
    if home and (type_ == "CONCEDE" or (imposed and unplaced)):
        # "Honduran authorities lifted a nighttime curfew", "the government imposed a night
        # curfew": a state's concession that names no one, or its curfew with no place named,
        # is to its own people
        return [_population(home)]
    at_home = home and (unplaced or place == home)
    if at_home and (type_ == "MOBILIZE" or (type_, mode) == ("RETREAT", "resign")):
        # "Myanmar's military deployed armoured vehicles in Yangon": forces a state deploys at
        # home face its own people, as troops sent to a border with X face X; an official who
        # resigns leaves office to them
        return [_population(home)]
    if unplaced:
        return []  # a dateline says where the story was filed, not whom it was done to
    if imposed:
        return [_population(place)]
    if type_ in ("ASSAULT", "COERCE"):
        return [{"text": location["text"], "country": place, "sectors": []}]
    return []


def _population(country: str) -> dict[str, Any]:
    """The people of a country, as a recipient."""
    return {"text": "population", "country": country, "sectors": ["CVL"]}


def _country_of(location: dict[str, Any] | None) -> str | None:
    """The alpha-3 code of a resolved place's country."""
    code = (location or {}).get("country_code")
    found = pycountry.countries.get(alpha_2=code) if code else None
    return found.alpha_3 if found else None


def _sizes(doc: Document, events: list[dict[str, Any]]) -> None:
    """Give each casualty or arrest count to the nearest fitting event of its sentence."""
    for fact in doc.facts:
        key = FACT_SIZE.get(fact["type"])
        value = fact.get("value") if fact.get("value") is not None else fact.get("min")
        fitting = [
            e
            for e in events
            if key and e["type"] in SIZE_TYPES[key] and e["start"] <= fact["start"] < e["end"]
        ]
        if value is None or not fitting:
            continue
        said = (fact.get("trigger") or "").lower()
        event = min(
            fitting,
            key=lambda e: (
                e["trigger"]["text"].lower() != said,
                abs(e["trigger"]["start"] - fact["start"]),
            ),
        )
        event["size"][key] = event["size"].get(key, 0) + value


def _trigger_tokens(tok: Token, entry: Entry) -> tuple[Token, Token]:
    """First and last token of a trigger as written: "air strike", "pull-out", "taking off"
    (a verb's particles only when they follow it directly)."""
    if len(entry.words) == 1:
        return tok, tok
    doc = tok.doc
    if entry.noun:
        first = tok
        for _ in range(len(entry.words) - 1):
            first = doc[first.i - 1]
            if first.text == "-" and first.i > 0:
                first = doc[first.i - 1]
        return first, tok
    last = tok
    for word in entry.words[1:]:
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        if nxt is None or word not in _forms(nxt):
            break
        last = nxt
    return tok, last


@dataclass
class _Sentence:
    """What every event of one sentence shares, computed once."""

    span: Span
    words: _Words
    claims: list[_Claim]
    contexts: list[str]

    @classmethod
    def of(cls, story: _Story, span: Span) -> _Sentence:
        words = _Words(span)
        return cls(span, words, _claims(story, span), _contexts(words))


def _plover_type(
    tok: Token, entry: Entry, modality: str, claimed: bool
) -> tuple[str, str | None, str]:
    """The type, mode and modality PLOVER codes for a trigger in its modality: a promised
    consultation, support, cooperation or aid is AGREE (manual 3.1); an announced or promised
    retreat ("announced it would free 150 prisoners") is a concession, CONCEDE (3.7.2), while a
    retreat merely reported as due ("the pullout would be completed by Wednesday") stays
    RETREAT; "said he would not provide support" is a refusal, which happened, REJECT (3.10);
    "vowed to strike" declares an attack, a threat, THREATEN (2.3); violence by protesters or a
    mob is a riot, and their destruction of property vandalism, PROTEST (3.12)."""
    if modality == "future" and entry.type in PROMISED_IS_AGREE:
        return "AGREE", None, modality
    if modality == "future" and entry.type == "RETREAT" and _committed(tok):
        return "CONCEDE", None, modality
    happened = "claimed" if claimed else "asserted"
    if modality == "negated" and entry.type in CONTENT_MODE and _will_not(tok):
        return "REJECT", CONTENT_MODE[entry.type], happened
    if modality == "negated" and entry.type == "REJECT":
        return entry.type, entry.mode, happened  # "said they would not take part": the refusal
    if modality != "negated" and entry.type == "ASSAULT" and _declared(tok):
        return "THREATEN", "violence", happened
    mode = _means(tok, entry.mode) if entry.type == "ASSAULT" else entry.mode
    if (
        entry.type == "ASSAULT"
        and mode in UNARMED
        and not entry.objects
        and tok.lemma_.lower() not in MUTUAL
        and _by_protesters(tok)
    ):
        return "PROTEST", "vandalize" if entry.mode == "destroy" else "riot", modality
    return entry.type, mode, modality


# What an attack's means can be told by: its doer ("Turkish warplanes pounded"), what it was
# done with ("attacked with drones", "using artillery") or fired ("fired shells containing a
# mustard agent"), and its own words ("drone attack"); an object of other verbs is a target
# ("shot down a plane").
MEANS_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "compound", "amod", "acl", "relcl"})
MEANS_PREPS = frozenset({"with", "by"})
LAUNCHING = frozenset(
    {"fire", "launch", "drop", "hurl", "throw", "lob", "detonate", "plant", "use"}
)
# Means that name the attack whatever its trigger says ("fired shells" with a chemical agent).
OVERRIDING_MEANS = frozenset({"suicide-attack", "unconventional"})


def _means(tok: Token, mode: str | None) -> str | None:
    """An attack's mode from the weapon its doer, instrument or own words name (the lexicon's
    ``means_words``, tried in order): a chemical agent or a suicide attacker decides it
    outright; other weapons only where the trigger's own words say nothing."""
    words: list[Token] = []
    # "a bomb exploded ..., killing three": a result's means are its cause's
    todo = [tok, tok.head] if tok.dep_ == "advcl" and tok.tag_ == "VBG" else [tok]
    while todo:
        t = todo.pop()
        words.append(t)
        # what is fired, and what that contains ("shells containing a mustard agent")
        launches = t.lemma_.lower() in LAUNCHING or t.dep_ in ("acl", "relcl")
        todo += [
            c
            for c in t.children
            if c.dep_ in MEANS_DEPS
            or (c.dep_ == "dobj" and launches)
            or (c.dep_ == "prep" and c.lower_ in MEANS_PREPS)
            or (c.dep_ == "pobj" and t.dep_ == "prep")
            or (c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() == "use")
        ]
    for found, phrases in lexicon().means:
        if mode is not None and found not in OVERRIDING_MEANS:
            break
        for w in words:
            if w.pos_ in ("NOUN", "PROPN", "ADJ") and any(_phrase_ends(w, p) for p in phrases):
                return found
    return mode


def _phrase_ends(tok: Token, phrase: tuple[str, ...]) -> bool:
    """Whether ``phrase`` ends at ``tok`` (lemmas for its last word, words before it)."""
    if tok.lemma_.lower() != phrase[-1] and tok.lower_ != phrase[-1]:
        return False
    before = [t.lower_ for t in tok.doc[max(0, tok.i - len(phrase) + 1) : tok.i]]
    return before == list(phrase[:-1])


def _by_protesters(tok: Token) -> bool:
    """ "Rioters attacked", "destroyed by a protestor", "hundreds of protesters set fire to": the
    doer is named as protesting (such crowds often resolve to no actor, so the words themselves
    are read)."""
    doers = [c for c in tok.children if c.dep_ in SUBJECTS]
    doers += [o for c in tok.children if c.dep_ == "agent" and (o := _pobj(c)) is not None]
    return any(_head_word(d).lemma_.lower() in lexicon().protesters for d in doers)


def _will_not(tok: Token) -> bool:
    """ "will not free", "would not provide", "would not take part in the dialogue": a negated
    future, which states a refusal (of an event noun, through the verb it is an argument of)."""
    verb = _governor(tok) if tok.pos_ == "NOUN" else tok
    kids = {c.lower_ for c in (verb or tok).children if c.dep_ in ("aux", "neg")}
    return bool(kids & {"will", "would", "wo"}) and bool(kids & {"not", "n't", "never"})


def _committed(tok: Token) -> bool:
    """Whether a verb of commitment governs the trigger's clause within three steps."""
    return any(lemma(a) in COMMITTING for a in list(tok.ancestors)[:3])


def _declared(tok: Token) -> bool:
    """ "vowed to strike", "wants to invade": the actor declares its own will to act (the act is
    the declaring verb's subjectless complement; "wants Putin to attack" declares no one's)."""
    return tok.dep_ == "xcomp" and lemma(tok.head) in DECLARING


def _own_words(claimant: dict[str, Any] | None, actors: list[dict[str, Any]]) -> bool:
    """Whether the event is reported in its actor's own words ("Hezbollah vowed to strike",
    "Hamas said it will attack"), or by its own state ("France will withdraw its troops, the
    French presidency said"): a verbal act so reported happened, a declared attack is a threat
    and an announced retreat a concession; a deed its doer reports ("police said they
    arrested") stays a claim."""
    if claimant is None or not actors:
        return False
    if any(a["text"] == claimant["text"] for a in actors):
        return True
    return (
        bool(claimant.get("country"))
        and all(
            a.get("country") == claimant["country"] and set(a.get("sectors") or []) <= STATE_SECTORS
            for a in actors
        )
        and bool(set(claimant.get("sectors") or []) & OFFICIAL_SECTORS)
    )


def _sectors_of(parties: list[dict[str, Any]]) -> list[str]:
    return [s for p in parties for s in p.get("sectors", [])]


def _codes(
    type_: str, mode: str | None, actor_sectors: list[str], recipient_sectors: list[str]
) -> dict[str, Any]:
    """An event's type and mode with what follows from them: its CAMEO root, ACLED type, quad
    class and intensity."""
    return {
        "type": type_,
        "mode": mode,
        "cameo": ontology.cameo_root(type_, mode),
        "acled": ontology.acled(type_, mode, actor_sectors, recipient_sectors),
        "quad": ontology.event_types()[type_].quad,
        "intensity": ontology.intensity(type_, mode),
    }


def _settled(
    parties: list[dict[str, Any]], claimant: dict[str, Any] | None
) -> list[dict[str, Any]]:
    """Parties as published. Forces or officials whose country only the story's focus gave
    are the reporting state's own when one of its organs reports them ("Israel's military said
    troops detained 25 Palestinians" in a story set in the West Bank: Israeli troops)."""
    country = (claimant or {}).get("country")
    state = bool(country) and bool(set(claimant.get("sectors") or []) & STATE_SECTORS)
    settled = []
    for party in parties:
        public = {k: v for k, v in party.items() if k != INFERRED}
        sectors = set(public.get("sectors") or [])
        if state and party.get(INFERRED) and sectors and sectors <= STATE_SECTORS:
            public["country"] = country
        settled.append(public)
    return settled


def _own_forces(claimant: dict[str, Any], doers: list[dict[str, Any]]) -> str | None:
    """The doers' country, when an unplaced organ of the same kind reports their act ("the
    military" telling of "Israeli forces"): it speaks for them."""
    home = _state_country(doers)
    kinds = set(claimant.get("sectors") or [])
    return home if home and all(kinds & set(d.get("sectors") or []) for d in doers) else None


def _record(story: _Story, found: _Found, sentence: _Sentence) -> dict[str, Any]:
    """One event dict in the shape the module docstring and issue 4 describe."""
    doc, tok, entry = story.doc, found.tok, found.entry
    sent, contexts = sentence.span, sentence.contexts
    claimed, told_by = _claim(story, tok, sentence.claims, found.speech)
    claimant = _settled([told_by], None)[0] if told_by else None
    actors = _settled(found.actors, claimant) or _implicit_actor(story, found)
    if claimant and told_by.get(INFERRED) and (home := _own_forces(claimant, actors)):
        # "Israeli forces demolished homes in the West Bank, the military said": its military
        claimant["country"] = home
    if actors:
        story.last_actors[entry.type] = actors
    modality = _modality(tok, entry)
    if modality is None:
        modality = "claimed" if claimed else "asserted"
    type_, mode, modality = _plover_type(tok, entry, modality, claimed)
    if type_ == "AGREE" and modality in ("asserted", "claimed") and _promises_act(tok):
        # "agreed to meet again next month", "invited him to visit": what is agreed is still to
        # come, as every AGREE is (manual 3.1: willingness or commitment to cooperate)
        modality = "future"
    if type_ == "PROTEST" and actors and all(set(a["sectors"]) == {"GOV"} for a in actors):
        type_, mode = "ACCUSE", "disapprove"  # a government's protest is diplomatic (3.9.2)
    if _own_words(claimant, actors):
        if type_ == "ASSAULT" and modality == "future":  # "Hamas said it will attack": 2.3
            type_, mode, modality, claimant = "THREATEN", "violence", "asserted", None
        elif type_ == "RETREAT" and modality == "future" and not entry.noun:
            # "France will withdraw its troops": a retreat announced is a concession (3.7.2);
            # "the pullout would be completed" reports one under way, which stays RETREAT
            type_, mode = "CONCEDE", None
    if modality == "claimed" and ontology.event_types()[type_].quad in VERBAL_QUADS:
        # the saying is the verbal act itself, made in public, whoever relays it ("refused to
        # let monitors in, the UN office said"); only deeds can be merely claimed
        modality, claimant = "asserted", None
    date, date_source, date_text = _date(doc, tok)
    confidence = (0.6 if entry.noun else 0.75) - (0.25 if entry.weak else 0.0)
    confidence -= 0.0 if found.actors else 0.15
    first, last = _trigger_tokens(tok, entry)
    start, end = first.idx, last.idx + len(last)
    location = _location(story, tok, entry.type, actors, sent)  # the act's own type: a visit
    recipients = _settled(found.recipients, None)
    # a crowd's attack on someone ("a mob beat a man to death") falls on the victims, though
    # the manual files it as a riot; a riot that names no one is against the authorities
    victims = entry.type == "ASSAULT" and any(c.dep_ in ("dobj", "obj") for c in tok.children)
    implied = entry.type if victims else type_
    recipients = recipients or _implicit_recipient(implied, mode, actors, location)
    return {
        **_codes(type_, mode, _sectors_of(actors), _sectors_of(recipients)),
        "contexts": contexts,
        "actor": actors,
        "recipient": recipients,
        "date": date,
        "date_source": date_source,
        "date_text": date_text,
        "location": location,
        "sentence": doc.body[sent.start_char : sent.end_char],
        "start": sent.start_char,
        "end": sent.end_char,
        "trigger": {"text": doc.body[start:end], "start": start, "end": end},
        "modality": modality,
        "claimant": claimant,
        "confidence": round(max(0.05, min(confidence, 0.98)), 2),
        "size": {},
    }


def annotate(doc: Document) -> Document:
    """Fill ``doc.events`` with one record per event trigger (see the module docstring)."""
    ensure_parsed(doc)
    parsed = doc.parsed
    if parsed is None:
        doc.events = []
        return doc
    story = _Story(doc, sorted(doc.entities, key=lambda e: (e["start"], -e["end"])))
    events: list[dict[str, Any]] = []
    # what each sentence's events share, computed once, by the sentence's start
    sentences = {s.start_char: _Sentence.of(story, s) for s in parsed.sents}
    for sentence in sentences.values():
        found = _triggers(story, sentence.span, sentence.words)
        events += [_record(story, f, sentence) for f in found]
    _apply_classifier(story, sentences, events)
    _add_allegations(story, sentences, events)
    _add_implied_protests(story, sentences, events)
    _drop_protest_demands(parsed, events)
    _sizes(doc, events)
    _unidentified_attackers(story, events)
    acled.assign((_trigger_token(parsed, e), e) for e in events)
    doc.events = events
    return doc


def _allegation(story: _Story, event: dict[str, Any], sentence: _Sentence) -> dict[str, Any] | None:
    """ "Kyiv said Russian troops shelled the town": besides the claimed attack, the source
    accuses the doer of it, ACCUSE 'allege' (manual 3.9: accusations "both judicially and
    informally"). Only a party with a political stake accuses (a state, its organs, a party or
    rebels, not witnesses, medics or reporters), and only another country's doers, or whoever
    did it to the party itself: police reporting their own arrests accuse no one."""
    claimant = event["claimant"] or {}
    country, sectors = claimant.get("country"), set(claimant.get("sectors") or ())
    # the doers named in the sentence, not implicit ("the authorities")
    doers = [d for d in event["actor"] if d["text"] in event["sentence"]]
    foreign = bool(country) and all(d.get("country") not in (None, country) for d in doers)
    # "Israel said a mortar was fired at it": the victim complains of an unnamed attacker
    victim = (
        bool(country)
        and not event["actor"]
        and any(r["text"] == claimant.get("text") for r in event["recipient"])
    )
    if (
        event["type"] not in ALLEGED
        or event["modality"] != "claimed"
        or (sectors and not sectors & ACCUSERS)
        or not (
            victim
            or (
                doers == event["actor"]
                and doers
                and (foreign or _against_the_state(claimant, doers))
            )
        )
    ):
        return None
    cues = [
        c.cue
        for c in sentence.claims
        if _same_name((c.speaker or {}).get("text"), claimant["text"])
    ]
    if not cues:
        return None  # a quote's speaker: no reporting verb in the sentence to anchor it
    said = sentence.span.doc[cues[0]]
    date, date_source, date_text = _date(story.doc, said)
    return {
        **event,
        **_codes("ACCUSE", "allege", claimant["sectors"], _sectors_of(doers)),
        "actor": [claimant],
        "recipient": doers,
        "trigger": {"text": said.text, "start": said.idx, "end": said.idx + len(said)},
        "date": date,
        "date_source": date_source,
        "date_text": date_text,
        "location": _location(story, said, "ACCUSE", [claimant], sentence.span),
        "modality": "asserted",
        "claimant": None,
        "confidence": round(max(0.05, event["confidence"] - 0.1), 2),
        "size": {},
    }


# The camps of a country's internal conflicts: its state, and those who take it on (rights
# groups and monitors report; they are no camp).
CAMPS = {"state": OFFICIAL_SECTORS, "challengers": frozenset({"REB", "OPP", "UAF"})}


def _camp(party: dict[str, Any]) -> str | None:
    sectors = set(party.get("sectors") or ())
    return next((name for name, members in CAMPS.items() if sectors & members), None)


def _against_the_state(claimant: dict[str, Any], doers: list[dict[str, Any]]) -> bool:
    """Whether those who challenge a state report its organs' acts ("a military jet bombed a
    school, a resistance group said", "police fired live rounds, the opposition said"): an
    accusation within a country. The state reporting its challengers' attacks is routine
    (police telling of a bombing), not one."""
    country = claimant.get("country")
    return _camp(claimant) == "challengers" and all(
        _camp(d) == "state" and (country is None or d.get("country") in (None, country))
        for d in doers
    )


def _same_name(one: str | None, other: str | None) -> bool:
    """Whether two mentions name the same party, one as part of the other ("ministry",
    "Guyana's foreign ministry")."""
    return bool(one and other) and (one in other or other in one)


def _add_allegations(
    story: _Story, sentences: dict[int, _Sentence], events: list[dict[str, Any]]
) -> None:
    """Add the accusations the kept claimed acts make, once per accuser and sentence, where
    the sentence does not already code that party's accusation; one it codes with no one
    accused ("..., Manila said, calling the action illegal") accuses the act's doers."""
    for event in list(events):
        accusation = _allegation(story, event, sentences[event["start"]])
        if accusation is None:
            continue
        accuser = accusation["actor"][0]["text"]
        own = [
            e
            for e in events
            if e["type"] == "ACCUSE"
            and e["start"] == accusation["start"]
            and any(_same_name(a["text"], accuser) for a in e["actor"])
        ]
        if not own:
            events.append(accusation)
        for e in own:
            e["recipient"] = e["recipient"] or accusation["recipient"]


def _add_implied_protests(
    story: _Story, sentences: dict[int, _Sentence], events: list[dict[str, Any]]
) -> None:
    """ "Police fired tear gas at demonstrators": a crowd named as protesting in an event of
    force is a protest the sentence reports (manual 3.12), coded where no PROTEST is."""
    lex = lexicon()
    grouped: dict[int, list[dict[str, Any]]] = {}
    for event in events:
        grouped.setdefault(event["start"], []).append(event)
    for start, here in sorted(grouped.items(), key=lambda item: item[0]):
        if any(e["type"] == "PROTEST" for e in here):
            continue
        sides = [p for e in here if e["type"] in ("ASSAULT", "COERCE") for p in e["recipient"]]
        sentence = sentences[start]
        for tok in sentence.span:
            if tok.lemma_.lower() not in lex.protesters or tok.pos_ != "NOUN":
                continue
            party = next((p for p in sides if p["text"].endswith(tok.text)), None)
            if party is None:
                continue
            mode = "riot" if tok.lemma_.lower() in lex.rioters else "demo"
            entry = Entry("PROTEST", mode, (tok.lemma_.lower(),), noun=True)
            events.append(_record(story, _Found(tok, entry, [party], []), sentence))
            break


def _drop_protest_demands(parsed: Any, events: list[dict[str, Any]]) -> None:
    """A protest's own demands are its topic, not another event (manual 3.12: "the topic of
    the protest, which will typically be a REQUEST, is not coded as a separate event"): a
    request in a protest's sentence made by its protesters, by no one named, or in a clause
    that says what the protest is for ("continued a hunger strike, demanding ...", "marched to
    demand ...") is dropped."""
    protests = [e for e in events if e["type"] == "PROTEST"]
    protested = {e["start"] for e in protests}
    protesters = {(e["start"], a["text"]) for e in protests for a in e["actor"]}

    def demand(e: dict[str, Any]) -> bool:
        if e["type"] != "REQUEST" or e["start"] not in protested:
            return False
        said = _trigger_token(parsed, e)
        if said.dep_ == "advcl" and (said.tag_ == "VBG" or _infinitive(said)):
            return True
        return not e["actor"] or any(
            (e["start"], a["text"]) in protesters or _protesting(a) for a in e["actor"]
        )

    events[:] = [e for e in events if not demand(e)]


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _apply_classifier(
    story: _Story, sentences: dict[int, _Sentence], events: list[dict[str, Any]]
) -> None:
    """Confirm or question triggers with the sentence classifier, drop those whose type it
    finds all but impossible there, and add the events it is confident about where the lexicon
    found no trigger of that type."""
    if not sentences:
        return
    chosen = backend()
    try:
        predictions = classify([s.span.text for s in sentences.values()])
    except DatelineError:
        if chosen == "embeddings":
            raise  # asked for by name, so its absence is the user's to fix, not to hide
        return  # the default model is not built: the lexicon alone still codes
    veto = CLASSIFIER_VETO[chosen]
    by_start: dict[int, list[dict[str, Any]]] = {}
    for event in events:
        by_start.setdefault(event["start"], []).append(event)
    kept: list[dict[str, Any]] = []
    for sentence, pred in zip(sentences.values(), predictions, strict=True):
        sent = sentence.span
        here = by_start.get(sent.start_char, [])
        for event in here:
            if event["type"] == pred.type:
                event["confidence"] = round(min(0.98, event["confidence"] + 0.15), 2)
            elif pred.type is None and pred.confidence >= CLASSIFIER_DROPS:
                event["confidence"] = round(max(0.05, event["confidence"] - 0.2), 2)
        here = _second_reading(sent, here, [e for e in here if _plausible(sent, e, pred) < veto])
        kept += here
        if (
            pred.type
            and pred.confidence >= CLASSIFIER_ADDS
            and all(e["type"] != pred.type for e in here)
        ):
            added = _classifier_event(story, sentence, pred)
            # one word, one event: the verb may already start a trigger of another type ("handed
            # over")
            if added is not None and all(
                e["trigger"]["start"] != added["trigger"]["start"] for e in here
            ):
                kept.append(added)
    events[:] = kept


def _second_reading(
    sent: Span, events: list[dict[str, Any]], doubted: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The events the classifier's reading of the sentence keeps: those it finds plausible,
    and those in a clause of their own that it finds plausible when it reads that clause
    alone ("Israeli troops withdrew from the town, and Lebanese soldiers deployed there": the
    sentence reads as the withdrawal, its second clause as the deployment)."""
    clauses = {id(e): c for e in doubted if (c := _own_clause(_trigger_token(sent.doc, e)))}
    readings = dict(zip(clauses, classify(list(clauses.values())), strict=True)) if clauses else {}
    return [
        e
        for e in events
        if all(e is not d for d in doubted)
        or (id(e) in readings and readings[id(e)].scores.get(e["type"], 0.0) >= CLAUSE_KEEPS)
    ]


def _own_clause(tok: Token) -> str | None:
    """The text of the clause with its own subject a trigger stands in, when the sentence has
    more than one (a coordinated, adverbial or reported clause), without the clauses inside
    it; None when the trigger's clause is the sentence's main one."""
    head = next(
        (
            t
            for t in (tok, *tok.ancestors)
            if t.dep_ in ("conj", "advcl", "ccomp")
            and t.pos_ in ("VERB", "AUX")
            and _own_subject(t)
        ),
        None,
    )
    if head is None or any(c.dep_ == "mark" and c.lower_ in BACKGROUND for c in head.children):
        return None  # "two weeks after rebels kidnapped peacekeepers": told as background
    inner = {
        t.i
        for c in head.subtree
        if c.i != head.i
        and c.dep_ in ("conj", "advcl", "ccomp", "relcl")
        and _own_subject(c)
        and not c.left_edge.i <= tok.i <= c.right_edge.i
        for t in c.subtree
    }
    return "".join(t.text_with_ws for t in head.subtree if t.i not in inner).strip()


def _plausible(sent: Span, event: dict[str, Any], pred: Any) -> float:
    """How likely the classifier finds an event's type in its sentence. An act someone pledges
    is read twice: the classifier reads "pledged to expel" as the pledge (AGREE), the trigger
    as what is pledged, and both readings are true. A meeting named as the occasion ("agreed
    ..., officials said after a meeting of the two ministers") is a second event the sentence
    reports, which a classifier of its main event cannot see: it is not vetoed; nor is a verbal
    act named by its own verb ("severed ties with Qatar, accusing it of ..."), which no reading
    of the sentence can take for something else. An act said not to be done is as plausible as
    the refusal the sentence may read as."""
    score = pred.scores.get(event["type"], 0.0)
    tok = _trigger_token(sent.doc, event)
    if event["type"] == "CONSULT" and tok.dep_ == "pobj" and tok.head.lower_ in OCCASIONS:
        return 1.0
    if _names_verbal_act(tok, event["type"]):
        return 1.0
    if event["type"] == "REJECT" and _will_not(tok):
        return 1.0  # "would not recognise the results": a refusal the words state outright
    if event["modality"] == "future" and _committed(tok):
        score = max(score, pred.scores.get("AGREE", 0.0))
    if event["type"] in ("ASSAULT", "COERCE") and any(_protesting(r) for r in event["recipient"]):
        # police dispersing or detaining demonstrators: the classifier reads the same scene as
        # the protest ("riot police used tear gas against demonstrators who smashed windows")
        score = max(score, pred.scores.get("PROTEST", 0.0))
    return score


def _protesting(party: dict[str, Any]) -> bool:
    """Whether a party is named as demonstrators ("demonstrators", "hundreds of protesters")."""
    return any(w.rstrip("s") in lexicon().protesters for w in party["text"].lower().split())


def _stative(verb: Token) -> bool:
    """ "There was no sign", "Libya remains split", "Paris was ready to": a verb that states a
    condition, which no act of the classifier's can be put on (but may be put on what the
    condition governs)."""
    if verb.lemma_.lower() in ("remain", "stay"):
        return True
    return verb.lemma_.lower() == "be" and (
        any(c.dep_ == "expl" for c in verb.children)
        or any(x.dep_ == "xcomp" for c in verb.children for x in c.children)
    )


def _states(verb: Token) -> bool:
    """ "made the remarks", "gave a speech": the verb only says that someone spoke, whatever
    else the sentence tells about the occasion."""
    statements = lexicon().statements
    return any(c.dep_ == "dobj" and c.lemma_.lower() in statements for c in verb.children)


def _names_verbal_act(tok: Token, type_: str) -> bool:
    """Whether a verb names a verbal act of ``type_`` outright: a plain lexicon entry of that
    verbal type, neither weak nor bound to an object ("accused", "condemned", "urged"), or an
    attribution that goes on to name it (", police said, blaming separatist insurgents")."""
    if tok.pos_ != "VERB" or ontology.event_types()[type_].quad not in VERBAL_QUADS:
        return False
    entries = lexicon().verbs.get(tok.lemma_.lower(), [])
    if any(e.type == type_ and not e.weak and not e.constrained for e in entries):
        return True
    return is_cue(tok) and any(
        c.dep_ in ("advcl", "xcomp", "conj") and _names_verbal_act(c, type_) for c in tok.children
    )


def _classifier_event(story: _Story, sentence: _Sentence, pred: Any) -> dict[str, Any] | None:
    """An event on the sentence's main verb (below a reporting verb) for a classifier type."""
    verb = sentence.span.root
    for _ in range(2):  # "said she hoped officials would be indicted": the indictment
        if is_cue(verb) or lemma(verb) in WISHING:
            verb = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), verb)
    if _stative(verb):  # "was ready to resume training": the training
        verb = next((x for c in verb.children for x in c.children if x.dep_ == "xcomp"), None)
        if verb is None:
            return None  # "there was no sign", "Libya remains split": a state, no act
    if verb.pos_ not in ("VERB", "AUX") or _natural_cause(verb) or _states(verb):
        return None
    if _not_an_event(verb):
        return None  # "Paris riot police ...", the parser making "riot" the main verb
    modes = ontology.event_types()[pred.type].modes
    mode = pred.mode if pred.mode in modes else None
    entry = Entry(pred.type, mode, (verb.lemma_.lower(),), noun=False, weak=True)
    actors, recipients = _roles(story, verb, entry)
    record = _record(story, _Found(verb, entry, actors, recipients), sentence)
    record["confidence"] = round(min(0.9, float(pred.confidence)) * 0.8, 2)
    return record


EVENTS_STAGE = Stage(
    "events",
    "dateline.events.coder:annotate",
    ("parsed", "entities", "places", "times", "quotes", "facts"),
    "events",
)


def code_text(text: str, published: str | None = None) -> list[dict[str, Any]]:
    """Run the whole pipeline (without page cleaning) on a bare English sentence or story and
    return its events: ``code_text("Police arrested 20 protesters in Lagos.")``."""
    if not text or not text.strip():
        raise DatelineError("no text to code: the input is empty")
    return code_texts([text], published)[0]


def code_texts(
    texts: list[str], published: str | Sequence[str | None] | None = None
) -> list[list[dict[str, Any]]]:
    """:func:`code_text` for many texts, parsed in batches; a blank text has no events.
    ``published`` is one date for all the texts or one per text.

    The texts are taken to be English: language identification is unreliable on one sentence
    (a short news sentence can look like Nigerian Pidgin), and the caller has said what it is.
    """
    from dateline.pipeline import STAGES, process_record, understand

    dates = (
        [published] * len(texts) if published is None or isinstance(published, str) else published
    )
    if len(dates) != len(texts):
        raise DatelineError(f"{len(texts)} texts but {len(dates)} publication dates")
    docs = []
    for n, (text, date) in enumerate(zip(texts, dates, strict=True)):
        if text and text.strip():
            record = Record(key=f"<text {n + 1}>", content=text)
            doc = process_record(record, clean=False, published=date)
            doc.language = "en"
            doc.flags = [f for f in doc.flags if f != "non_english"]
            docs.append(doc)
    stages = STAGES if any(s.name == "events" for s in STAGES) else (*STAGES, EVENTS_STAGE)
    coded = iter([doc.events for doc in understand(docs, stages)])
    return [next(coded) if text and text.strip() else [] for text in texts]
