"""Score event typing on the two shared event sets: ``python -m dateline.eval.events``.

- ``events/ngec_synthetic_stories.csv``: synthetic stories, each with one document-level PLOVER
  type (and mode). The document's type is read from sentence predictions by the story rule
  (:func:`dateline.events.classify.story_type`: headline and lede carry the main event).
  Accuracy and macro-F1 of the type; mode accuracy where the type is right and the gold mode
  is a PLOVER one.
- ``events/PETR2_GSR_validation.xml``: real news sentences with CAMEO codings. Each CAMEO code
  is mapped to PLOVER with ``reference/CAMEO2PLOVER-2021.txt`` (read here, at evaluation time);
  CAMEO 01/02 (statements, appeals), which PLOVER drops, count as no event. Precision, recall
  and F1 of the sentence's event types, and the accuracy of the source and target countries:
  for each gold coding whose type we also coded in that sentence, whether the gold source
  (target) country is among our actors' (recipients') countries. Gold actors with no country
  ("---REB") are not counted. Our negated and hypothetical events are left out, as CAMEO codes
  only what happened or was announced.

PETR2 sentences are coded by a *coder*: a callable from a sentence and its date to its events.
The default is the shipped event coder (:func:`dateline.events.coder.code_texts`);
:func:`classifier_coder` measures the sentence classifier alone the same way.
``--limit N`` scores N ngec stories spread evenly over the file; PETR2 is small and always
scored whole.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dateline.eval import eval_path, prf, report, scorer_parser, shared_dir
from dateline.events.classify import STORY_WEIGHTS, Prediction, classify, story_type
from dateline.events.ontology import event_types
from dateline.model import DatelineError

ANCHORS: list[tuple[str, str]] = [
    ("GDELT hand check of its event codes", "81% correct"),
    ("PETRARCH-1 vs PETRARCH-2 agreement", "about 40% of stories"),
]

Classifier = Callable[[list[str]], list[Prediction]]
Coder = Callable[[str, str | None], list[dict]]
# Events that did not happen: annotations (CAMEO's among them) code only what happened or was
# announced, so these are left out of every comparison with gold codings.
UNREAL = frozenset({"negated", "hypothetical"})

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\d*\}")


def classifier_coder(classifier: Classifier = classify) -> Coder:
    """A coder that types each sentence with the classifier alone: at most one event, with
    no actors."""

    def code(sentence: str, published: str | None) -> list[dict]:
        [p] = classifier([sentence])
        return [{"type": p.type, "mode": p.mode, "actor": [], "recipient": []}] if p.type else []

    return code


def event_coder(sentence: str, published: str | None) -> list[dict]:
    """The shipped event coder on one sentence."""
    from dateline.events.coder import code_texts

    return code_texts([sentence], published)[0]


def split_sentences(text: str) -> list[str]:
    """A light sentence split for scoring (no parse needed): end punctuation before a capital,
    or a line break."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def macro_f1(gold: list[str], pred: list[str | None]) -> float:
    """Unweighted mean F1 over the gold labels."""
    scores = []
    for label in sorted(set(gold)):
        tp = sum(g == label == p for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, pred, strict=True))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def read_stories(limit: int | None = None) -> list[dict[str, str]]:
    """The ngec stories, or ``limit`` of them spread evenly over the file."""
    if limit is not None and limit < 1:
        raise DatelineError(f"--limit must be a positive number of stories, not {limit}")
    with eval_path("events", "ngec_synthetic_stories.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if limit and limit < len(rows):
        rows = [rows[i * len(rows) // limit] for i in range(limit)]
    return rows


def _title(row: dict[str, str]) -> str:
    """The headline as printed: the prompt's first line has its placeholders filled."""
    first = (row.get("prompt") or "").strip().split("\n", 1)[0].strip()
    return first or _PLACEHOLDER.sub("", row.get("title") or "").strip()


def story_predictions(
    stories: list[tuple[str, str]], classifier: Classifier, pieces: int = len(STORY_WEIGHTS)
) -> list[list[Prediction]]:
    """The classifier's predictions for each (headline, body) story's headline and first
    ``pieces - 1`` body sentences, in one batch."""
    texts = [[title, *split_sentences(body)][:pieces] for title, body in stories]
    flat = classifier([t for story in texts for t in story])
    out, start = [], 0
    for story in texts:
        out.append(flat[start : start + len(story)])
        start += len(story)
    return out


def score_stories(rows: list[dict[str, str]], classifier: Classifier) -> dict[str, float]:
    """Type accuracy and macro-F1 of the story rule over ``rows``, and mode accuracy."""
    predictions = story_predictions([(_title(r), r["text"]) for r in rows], classifier)
    decided = [story_type(p) for p in predictions]
    gold = [r["label"].strip().upper() for r in rows]
    pred = [type_ for type_, _ in decided]
    moded = [
        (mode, r["mode"].strip().lower())
        for r, (type_, mode) in zip(rows, decided, strict=True)
        if type_ == r["label"].strip().upper()
        and r["mode"].strip().lower() in event_types()[type_].modes
    ]
    return {
        "ngec stories": len(rows),
        "ngec type accuracy": sum(g == p for g, p in zip(gold, pred, strict=True)) / len(rows),
        "ngec type macro-F1": macro_f1(gold, pred),
        "ngec mode accuracy": sum(m == g for m, g in moded) / len(moded) if moded else 0.0,
    }


def cameo_table(path: Path | None = None) -> dict[str, str]:
    """CAMEO code -> PLOVER type, from the OEDA correspondence file."""
    path = path or shared_dir() / "reference" / "CAMEO2PLOVER-2021.txt"
    if not path.exists():
        raise DatelineError(f"CAMEO-to-PLOVER table {path} is absent")
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        code, sep, rest = line.partition(":")
        if sep and code.strip().isdigit():
            type_ = rest.split(",", 1)[0].split("#", 1)[0].strip()
            if type_ in event_types():
                table[code.strip()] = type_
    return table


def to_plover(code: str, table: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code: the longest coded prefix (PLOVER drops 01 and 02)."""
    for end in range(len(code), 1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None


_RECORD = re.compile(r"<Sentence\b([^>]*)/?>(.*?)</Text>", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*)/>")
_ATTR = re.compile(r"(\w+)=\"([^\"]*)\"")


@dataclass(frozen=True)
class Coding:
    """One gold PETR2 coding, in PLOVER terms: type and the source and target countries."""

    type: str
    source: str | None
    target: str | None


# CAMEO files the UN and the EU under IGO; PLOVER names them apart (manual, 5.1.1).
_OWN_IGO_CODES = frozenset({"UNO", "EUR"})


def plover_country(code: str | None) -> str | None:
    """The PLOVER country of a CAMEO actor code ("RUSGOV" -> RUS; "IGOUNOMIL" -> UNO, the UN
    being no generic IGO in PLOVER; "---REB" -> None)."""
    head, body = (code or "")[:3], (code or "")[3:6]
    if head == "IGO" and body in _OWN_IGO_CODES:
        return body
    return head if head.isalpha() and head.isupper() else None


def read_petr(table: dict[str, str]) -> list[tuple[str, str | None, list[Coding]]]:
    """(sentence, ISO date, gold codings) for each validation record with text (the file is
    not strict XML, so records are read with patterns)."""
    raw = eval_path("events", "PETR2_GSR_validation.xml").read_text(encoding="utf-8")
    records = []
    for head, body in _RECORD.findall(raw):
        text = " ".join(body.split("<Text>", 1)[-1].split())
        if not text:
            continue
        date = dict(_ATTR.findall(head)).get("date", "")
        iso = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None
        codings = []
        for attrs in _CODING.findall(body):
            fields = dict(_ATTR.findall(attrs))
            if type_ := to_plover(fields.get("eventcode", ""), table):
                codings.append(
                    Coding(
                        type_,
                        plover_country(fields.get("sourcecode")),
                        plover_country(fields.get("targetcode")),
                    )
                )
        records.append((text, iso, codings))
    return records


def count_types(counts: Counter[str], gold: set[str], events: list[dict]) -> None:
    """Add one sentence's event types to the true/false positive and false negative counts:
    each type counts once per sentence, however many events of it were coded."""
    found = {e["type"] for e in events}
    counts["tp"] += len(found & gold)
    counts["fp"] += len(found - gold)
    counts["fn"] += len(gold - found)


def type_prf(counts: Counter[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the types counted by :func:`count_types`."""
    tp = counts["tp"]
    return prf(tp, tp + counts["fn"], tp + counts["fp"])


def count_country(
    counts: Counter[str],
    key: str,
    events: list[dict],
    type_: str,
    field: str,
    country: str | None,
) -> None:
    """For a gold event of ``type_`` with a known ``country`` on one side, when we coded that
    type too: whether the country is among our events' ``field`` parties (``actor`` or
    ``recipient``), counted under ``"<key> n"`` and ``"<key> ok"``."""
    ours = [e for e in events if e["type"] == type_]
    if ours and country:
        counts[f"{key} n"] += 1
        counts[f"{key} ok"] += any(has_party(e, field, country) for e in ours)


def has_party(event: dict, field: str, country: str) -> bool:
    """Whether ``country`` is among the event's ``field`` parties. A reciprocal event ("India
    and Japan held talks") lists every side as an actor and has no recipient (PLOVER manual
    2.4.2), where dyadic annotations name one side the recipient: that side counts as found."""
    if any(p.get("country") == country for p in event.get(field) or []):
        return True
    reciprocal = field == "recipient" and not event.get("recipient") and len(event["actor"]) > 1
    return reciprocal and any(p.get("country") == country for p in event["actor"])


def country_accuracy(counts: Counter[str], key: str) -> float:
    """The share of the countries counted under ``key`` by :func:`count_country` that we found."""
    return counts[f"{key} ok"] / max(1, counts[f"{key} n"])


def score_petr(coder: Coder = event_coder) -> dict[str, float]:
    """Type precision/recall/F1 over PETR2 sentences, and source/target country accuracy."""
    records = read_petr(cameo_table())
    counts: Counter[str] = Counter()
    for text, date, codings in records:
        events = [e for e in coder(text, date) if e.get("modality") not in UNREAL]
        count_types(counts, {c.type for c in codings}, events)
        for coding in codings:
            count_country(counts, "source", events, coding.type, "actor", coding.source)
            count_country(counts, "target", events, coding.type, "recipient", coding.target)
    precision, recall, f1 = type_prf(counts)
    return {
        "petr2 sentences": len(records),
        "petr2 type precision": precision,
        "petr2 type recall": recall,
        "petr2 type F1": f1,
        "petr2 source country accuracy": country_accuracy(counts, "source"),
        "petr2 target country accuracy": country_accuracy(counts, "target"),
        "petr2 countries judged": counts["source n"] + counts["target n"],
    }


def evaluate(
    limit: int | None = None, classifier: Classifier = classify, coder: Coder = event_coder
) -> dict[str, float]:
    """ngec story typing by ``classifier`` (``limit`` stories, evenly spread) and PETR2
    sentence coding by ``coder`` (the shipped ones unless others are being compared)."""
    return score_stories(read_stories(limit), classifier) | score_petr(coder)


def main(argv: list[str] | None = None) -> int:
    args = scorer_parser(
        "events", __doc__, "ngec stories, evenly spread", classifier=True
    ).parse_args(argv)
    return report("events: PLOVER event types", lambda: evaluate(args.limit), ANCHORS)


if __name__ == "__main__":
    raise SystemExit(main())
