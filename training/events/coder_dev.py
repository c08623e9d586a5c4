"""Measure the whole event coder on our own held-out long sentences:
``.venv/bin/python training/events/coder_dev.py``.

``coder_dev_a.jsonl`` (conflict) and ``coder_dev_b.jsonl`` (diplomacy) hold 25-60-word wire
sentences written for this purpose and annotated with every event they report (type, mode,
actor and recipient country), by the PLOVER manual, without running the coder. Events the coder
marks negated or hypothetical are left out, as the annotation lists only what happened or was
announced. Printed: type precision, recall and F1 over each sentence's set of types (as the
PETR2 scorer counts them), and how often the annotated actor's country is among ours.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from dateline.eval import prf
from dateline.events.coder import code_texts

HERE = Path(__file__).parent
SETS = ("coder_dev_a.jsonl", "coder_dev_b.jsonl")
UNREAL = frozenset({"negated", "hypothetical"})


def score(rows: list[dict], published: str = "2024-03-06", show: bool = False) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for row, events in zip(rows, code_texts([r["text"] for r in rows], published), strict=True):
        ours = [e for e in events if e["modality"] not in UNREAL]
        gold = {g["type"] for g in row["events"]}
        found = {e["type"] for e in ours}
        counts["tp"] += len(found & gold)
        counts["fp"] += len(found - gold)
        counts["fn"] += len(gold - found)
        for g in row["events"]:
            same = [e for e in ours if e["type"] == g["type"]]
            if same and g.get("actor_country"):
                counts["actor n"] += 1
                counts["actor ok"] += any(
                    a.get("country") == g["actor_country"] for e in same for a in e["actor"]
                )
        if show and found != gold:
            print(f"gold {sorted(gold)} ours {sorted(found)}: {row['text']}")
    precision, recall, f1 = prf(
        counts["tp"], counts["tp"] + counts["fn"], counts["tp"] + counts["fp"]
    )
    return {
        "sentences": len(rows),
        "type precision": precision,
        "type recall": recall,
        "type F1": f1,
        "actor country accuracy": counts["actor ok"] / max(1, counts["actor n"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--show", action="store_true", help="print the sentences coded wrongly")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for name in SETS for line in (HERE / name).open(encoding="utf-8")]
    for name, value in score(rows, show=args.show).items():
        print(f"  {name:<24} {value:.4f}" if isinstance(value, float) else f"  {name:<24} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
