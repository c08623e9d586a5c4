"""Score the facts stage on our own annotated sentences (``tests/facts/data/annotated.jsonl``).

No public data set annotates casualty counts, money and population figures with qualifiers and
ranges the way :mod:`dateline.facts` reports them, so we wrote one: short news-style sentences,
each with every figure a reader would want out of it, and sentences whose numbers are no facts
(ages, dates, times, scores, durations) to count false alarms.

A predicted fact matches a gold one when the type agrees and so does the figure: ``value`` when
the gold gives one, else the ``min``/``max`` pair (ranges, vague quantities). Precision, recall
and F1 are over those matches, overall and per split (``dev``: the sentences the rules were
developed on; ``heldout``: written afterwards and scored without tuning); qualifier and currency
accuracy are over matched facts whose gold states them.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from dateline.eval import prf, report, scorer_parser
from dateline.facts import facts_in
from dateline.model import DatelineError, Document
from dateline.nlp import parse

ANCHORS: list[tuple[str, str]] = [
    ("(none: set written by the dateline team)", "no published figure to compare"),
]


def data_path() -> Path:
    """The annotated set, which lives with the tests of the source checkout."""
    path = Path(__file__).resolve().parents[3] / "tests" / "facts" / "data" / "annotated.jsonl"
    if not path.exists():
        raise DatelineError(f"annotated facts set {path} is absent (it ships with the source tree)")
    return path


def load(limit: int | None = None) -> list[dict[str, Any]]:
    if limit is not None and limit < 1:
        raise DatelineError(f"--limit must be a positive number of sentences, not {limit}")
    lines = [line for line in data_path().read_text(encoding="utf-8").splitlines() if line.strip()]
    return [json.loads(line) for line in lines[:limit]]


def _key(fact: dict[str, Any]) -> tuple[Any, ...]:
    """What must agree for a match: the type and the stated figure (or its bounds)."""
    if fact.get("value") is not None:
        return fact["type"], float(fact["value"])
    bounds = tuple(None if fact.get(k) is None else float(fact[k]) for k in ("min", "max"))
    return fact["type"], *bounds


def evaluate(limit: int | None = None) -> dict[str, float]:
    """P/R/F1 over all sentences, F1 per split, and qualifier/currency accuracy.

    The ``dev`` split is the one the rules were developed against; ``heldout`` was written
    afterwards and scored without changing the rules, so its figure is the honest estimate.
    """
    items = load(limit)
    docs = list(parse(Document(body=item["text"]) for item in items))
    counts: Counter[str] = Counter()
    for item, doc in zip(items, docs, strict=True):
        predicted = facts_in(doc)
        split = item.get("split", "dev")
        counts["gold"] += len(item["facts"])
        counts["pred"] += len(predicted)
        counts[f"{split}_gold"] += len(item["facts"])
        counts[f"{split}_pred"] += len(predicted)
        pool = {id(p): p for p in predicted}
        for gold in item["facts"]:
            match = next((p for p in pool.values() if _key(p) == _key(gold)), None)
            if match is None:
                continue
            del pool[id(match)]
            counts["tp"] += 1
            counts[f"{split}_tp"] += 1
            for attr in ("qualifier", "currency"):
                if attr in gold:
                    counts[f"{attr}_total"] += 1
                    counts[f"{attr}_ok"] += gold[attr] == match[attr]
    precision, recall, f1 = prf(counts["tp"], counts["gold"], counts["pred"])
    metrics: dict[str, float] = {
        "sentences": len(items),
        "gold_facts": counts["gold"],
        "predicted_facts": counts["pred"],
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }
    for split in dict.fromkeys(item.get("split", "dev") for item in items):
        if counts[f"{split}_gold"] or counts[f"{split}_pred"]:
            metrics[f"{split}_f1"] = prf(
                counts[f"{split}_tp"], counts[f"{split}_gold"], counts[f"{split}_pred"]
            )[2]
    for attr in ("qualifier", "currency"):
        if counts[f"{attr}_total"]:
            metrics[f"{attr}_accuracy"] = counts[f"{attr}_ok"] / counts[f"{attr}_total"]
    return metrics


def main(argv: list[str] | None = None) -> int:
    args = scorer_parser("facts", __doc__, "sentences").parse_args(argv)
    title = "facts: own annotated sentences (type + figure)"
    return report(title, lambda: evaluate(args.limit), ANCHORS)


if __name__ == "__main__":
    raise SystemExit(main())
