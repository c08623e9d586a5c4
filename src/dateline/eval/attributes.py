"""Score what the event coder says about each event, beyond its type: ``dateline eval
attributes``.

Type and country scores (``dateline eval coder``) say whether an event was found and who took
part; this scorer asks whether the rest of the record is right: its modality (asserted, claimed,
future, hypothetical, negated) and who claims it, its date, its place, and its ACLED category.
No shared set annotates these, so we wrote one: ``training/events/attrs_dev_a.jsonl`` (mostly
conflict and unrest) and ``attrs_dev_b.jsonl`` (mostly politics and diplomacy), short wire
passages, half of them under a dateline, each with its publication date and every event it
reports, negated and hypothetical ones included, annotated with its trigger, type, mode,
modality, claimant, actor and recipient country, date, place and ACLED category, and written
without running the coder. ``--split test`` scores ``attrs_test_a.jsonl`` and
``attrs_test_b.jsonl``, written the same way by other writers; nothing is chosen on them.

A gold event is *found* when the coder gives an event of its type whose trigger overlaps the
gold trigger, else (once every such pair is made) the unpaired one of its type nearest to it in
the same sentence. Every attribute is scored on found events only, so a missed event costs
recall, not attribute accuracy:

- modality: the share of found events with the gold modality; ``claimant`` the share of found
  claimed events whose claimant shares a word with the gold source;
- actor and recipient country: of found events whose annotators gave that side a country, the
  share with it among the coder's parties on that side (a reciprocal event's other side, which
  PLOVER lists among the actors, counts as its recipient);
- date: the share of found events whose date is the gold one (a day, month, ISO week or year),
  or the publication date where the passage gives the event no time;
- place: of found events the annotators placed, the share whose place has the gold country,
  and the share whose place has the gold name (either name containing the other, accents and
  case aside);
- ACLED: over found events that the gold or the coder puts in an ACLED category, the share
  with the same ``event_type``, and with the same ``sub_event_type``.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Any

import pycountry

from dateline.eval import own_set, prf, report, scorer_parser
from dateline.eval.events import has_party
from dateline.model import DatelineError

ANCHORS: list[tuple[str, str]] = [
    ("(none: set written by the dateline team)", "no open coder reports event modality"),
]
SPLITS = {
    "dev": ("attrs_dev_a.jsonl", "attrs_dev_b.jsonl"),
    "test": ("attrs_test_a.jsonl", "attrs_test_b.jsonl"),
}


def load(limit: int | None = None, split: str = "dev") -> list[dict[str, Any]]:
    """The annotated passages of a split (the first ``limit``)."""
    return own_set(SPLITS[split], limit)


def trigger_span(row: dict[str, Any], gold: dict[str, Any]) -> tuple[int, int]:
    """Where a gold trigger stands in the passage: its ``occurrence``-th appearance."""
    text, word = row["text"], gold["trigger"]
    start = -1
    for _ in range(int(gold.get("occurrence") or 1)):
        start = text.find(word, start + 1)
        if start < 0:
            raise DatelineError(f"trigger {word!r} is not in the passage {text[:60]!r}...")
    return start, start + len(word)


def match(
    row: dict[str, Any], events: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Pair each gold event with the coder's event it is found as, or None: first every event
    on its own trigger, then the nearest unpaired one of its type in its sentence (so one gold
    event does not take the event another was found as on its trigger)."""
    shift = len(row["text"]) - len(row["text"].lstrip())  # the coder reads the stripped text
    spans = []
    for gold in row["events"]:
        start, end = trigger_span(row, gold)
        spans.append((start - shift, end - shift))
    found: dict[int, int] = {}
    for on_trigger in (True, False):
        for g, (gold, (start, end)) in enumerate(zip(row["events"], spans, strict=True)):
            if g in found:
                continue
            candidates = [
                (abs(e["trigger"]["start"] - start), k)
                for k, e in enumerate(events)
                if k not in found.values()
                and e["type"] == gold["type"]
                and (
                    e["trigger"]["start"] < end and start < e["trigger"]["end"]
                    if on_trigger
                    else e["start"] <= start < e["end"]
                )
            ]
            if candidates:
                found[g] = min(candidates)[1]
    return [
        (gold, events[found[g]] if g in found else None) for g, gold in enumerate(row["events"])
    ]


def _fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def _alpha3(code: str | None) -> str | None:
    country = pycountry.countries.get(alpha_2=code) if code else None
    return country.alpha_3 if country else None


def _same_name(gold: str, place: dict[str, Any]) -> bool:
    names = [_fold(place.get(k)) for k in ("text", "name")]
    want = _fold(gold)
    return any(n and (want in n or n in want) for n in names)


def _words(text: str | None) -> set[str]:
    return {w for w in _fold(text).replace(",", " ").split() if len(w) > 2 and w != "the"}


def score_pair(
    counts: Counter[str], row: dict[str, Any], gold: dict, ours: dict | None
) -> list[str]:
    """Add one gold event and the event it was found as to the attribute counts; returns what
    was wrong with it ("missed", "modality asserted!=claimed", ...)."""
    counts["gold"] += 1
    if ours is None:
        return ["missed"]
    counts["found"] += 1
    wrong: list[str] = []

    def judge(name: str, ok: bool, got: Any, want: Any) -> None:
        counts[f"{name} ok"] += ok
        if not ok:
            wrong.append(f"{name} {got}!={want}")

    judge("modality", ours["modality"] == gold["modality"], ours["modality"], gold["modality"])
    if gold["modality"] == "claimed" and gold.get("claimant"):
        counts["claimant n"] += 1
        claimant = (ours.get("claimant") or {}).get("text")
        ok = bool(_words(claimant) & _words(gold["claimant"]))
        judge("claimant", ok, claimant, gold["claimant"])
    for side in ("actor", "recipient"):
        if want := gold.get(f"{side}_country"):
            counts[f"{side} n"] += 1
            got = [p.get("country") for p in ours.get(side) or []]
            judge(side, has_party(ours, side, want), got, want)
    expected = gold.get("date") or row["published"]
    judge("date", ours.get("date") == expected, ours.get("date"), expected)
    if place := gold.get("location"):
        counts["place n"] += 1
        where = ours.get("location") or {}
        country = _alpha3(where.get("country_code")) == place.get("country")
        judge("place country", country, where.get("country_code"), place.get("country"))
        named = bool(where) and _same_name(place["name"], where)
        judge("place name", named, where.get("text"), place["name"])
    mine, theirs = ours.get("acled") or {}, gold.get("acled") or {}
    if mine or theirs:
        counts["acled n"] += 1
        got, want = mine.get("event_type"), theirs.get("event_type")
        judge("acled type", got == want, got, want)
        got, want = mine.get("sub_event_type"), theirs.get("sub_event_type")
        judge("acled sub", mine == theirs, got, want)  # the pair: a sub-event names its type
    return wrong


def evaluate(limit: int | None = None, split: str = "dev", show: bool = False) -> dict[str, float]:
    """Event recall and the accuracy of each attribute of the found events, for the shipped
    coder."""
    from dateline.events.coder import code_texts

    rows = load(limit, split)
    coded = code_texts([r["text"] for r in rows], [r["published"] for r in rows])
    counts: Counter[str] = Counter()
    for row, events in zip(rows, coded, strict=True):
        for gold, ours in match(row, events):
            wrong = score_pair(counts, row, gold, ours)
            if show and wrong:
                print(f"{gold['type']} {gold['trigger']!r}: {'; '.join(wrong)} | {row['text']}")
        counts["predicted"] += len(events)
    found = counts["found"]
    precision, recall, f1 = prf(found, counts["gold"], counts["predicted"])

    def share(key: str, n: int) -> float:
        return round(counts[key] / n, 4) if n else 0.0

    return {
        "passages": len(rows),
        "gold events": counts["gold"],
        "event precision": precision,
        "event recall": recall,
        "event F1": f1,
        "modality accuracy": share("modality ok", found),
        "claimant accuracy": share("claimant ok", counts["claimant n"]),
        "actor country accuracy": share("actor ok", counts["actor n"]),
        "recipient country accuracy": share("recipient ok", counts["recipient n"]),
        "date accuracy": share("date ok", found),
        "place country accuracy": share("place country ok", counts["place n"]),
        "place name accuracy": share("place name ok", counts["place n"]),
        "ACLED type accuracy": share("acled type ok", counts["acled n"]),
        "ACLED sub-event accuracy": share("acled sub ok", counts["acled n"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = scorer_parser("attributes", __doc__, "passages", classifier=True)
    parser.add_argument(
        "--split",
        choices=tuple(SPLITS),
        default="dev",
        help="dev (chooses the coder's settings) or test (only reported)",
    )
    parser.add_argument("--show", action="store_true", help="print each event scored wrong")
    args = parser.parse_args(argv)
    title = f"event coder: modality, date, place and ACLED category ({args.split})"
    return report(title, lambda: evaluate(args.limit, args.split, args.show), ANCHORS)


if __name__ == "__main__":
    raise SystemExit(main())
