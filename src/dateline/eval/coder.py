"""Score the whole event coder on our own annotated long news sentences:
``dateline eval coder``.

No shared set annotates every PLOVER event of a long wire sentence (PETR2's 77 sentences carry
PETRARCH-2's CAMEO codings), so we wrote one: ``training/events/coder_dev_a.jsonl`` (conflict)
and ``coder_dev_b.jsonl`` (diplomacy), 25-60-word sentences with background clauses, reported
speech, several events or none, each annotated by the PLOVER manual with every event it reports
(type, mode, actor and recipient country) and written without running the coder. It is a
development set: the coder's classifier veto was chosen on it.

``--split test`` scores ``coder_test_a.jsonl`` and ``coder_test_b.jsonl`` instead: 300 more such
sentences, written after all development by writers who saw neither the coder nor any of our
other sets. Nothing is chosen on them; they say how far the development figures generalise.

Events the coder marks negated or hypothetical are left out, as the annotation lists only what
happened or was announced. Type precision, recall and F1 are over each sentence's set of types
(as the PETR2 scorer counts them); actor (recipient) country accuracy is how often an annotated
actor's (recipient's) country is among the actors (recipients) of our events of that type.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from dateline.eval import own_set, report, scorer_parser
from dateline.eval.events import (
    UNREAL,
    count_country,
    count_types,
    country_accuracy,
    type_prf,
)

ANCHORS: list[tuple[str, str]] = [
    ("(none: set written by the dateline team)", "no published figure to compare"),
]
SPLITS = {
    "dev": ("coder_dev_a.jsonl", "coder_dev_b.jsonl"),
    "test": ("coder_test_a.jsonl", "coder_test_b.jsonl"),
}
PUBLISHED = "2024-03-06"  # the sentences' relative dates ("on Monday") need some anchor


def load(limit: int | None = None, split: str = "dev") -> list[dict[str, Any]]:
    """The annotated sentences of a split (the first ``limit``)."""
    return own_set(SPLITS[split], limit)


def evaluate(limit: int | None = None, show: bool = False, split: str = "dev") -> dict[str, float]:
    """Type precision, recall and F1, and actor and recipient country accuracy, of the shipped
    coder."""
    from dateline.events.coder import code_texts

    rows = load(limit, split)
    counts: Counter[str] = Counter()
    for row, events in zip(rows, code_texts([r["text"] for r in rows], PUBLISHED), strict=True):
        ours = [e for e in events if e["modality"] not in UNREAL]
        gold = {g["type"] for g in row["events"]}
        count_types(counts, gold, ours)
        for g in row["events"]:
            for side in ("actor", "recipient"):
                count_country(counts, side, ours, g["type"], side, g.get(f"{side}_country"))
        found = sorted({e["type"] for e in ours})
        if show and found != sorted(gold):
            print(f"gold {sorted(gold)} ours {found}: {row['text']}")
    precision, recall, f1 = type_prf(counts)
    return {
        "sentences": len(rows),
        "type precision": precision,
        "type recall": recall,
        "type F1": f1,
        "actor country accuracy": country_accuracy(counts, "actor"),
        "recipient country accuracy": country_accuracy(counts, "recipient"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = scorer_parser("coder", __doc__, "sentences", classifier=True)
    parser.add_argument("--show", action="store_true", help="print the sentences coded wrongly")
    parser.add_argument(
        "--split",
        choices=tuple(SPLITS),
        default="dev",
        help="dev (chooses the coder's settings) or test (only reported)",
    )
    args = parser.parse_args(argv)
    title = f"event coder: own annotated long sentences ({args.split})"
    return report(title, lambda: evaluate(args.limit, args.show, args.split), ANCHORS)


if __name__ == "__main__":
    raise SystemExit(main())
