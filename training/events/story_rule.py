"""Choose the story rule's weights on our own held-out stories:
``.venv/bin/python training/events/story_rule.py``.

``stories_dev.jsonl`` holds short news stories written for this purpose (headline, body, the
main event's PLOVER type and mode), independently of the classifier's training sentences. Each
candidate weighting of headline and body sentences is scored with
:func:`dateline.events.classify.story_type` over the shipped classifier's predictions; the
best is written into ``STORY_WEIGHTS`` by hand, with the table in REPORT.md. The shared ngec
stories are never used to choose.
"""

from __future__ import annotations

import argparse
import json
from itertools import product
from pathlib import Path

import spacy

from dateline.eval.events import macro_f1, split_sentences
from dateline.events.classify import STORY_WEIGHTS, classify, predict, story_type, textcat_scorer

HERE = Path(__file__).parent
HEADLINE = (0.5, 1.0, 1.5, 2.0, 3.0)
BODIES = ((1.0,), (1.0, 0.5), (1.0, 0.8, 0.6, 0.4), (1.0, 1.0, 1.0, 1.0), (1.0, 0.5, 0.25, 0.12))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--stories", type=Path, default=HERE / "stories_dev.jsonl")
    parser.add_argument(
        "--model", type=Path, help="a textcat model just trained (default: shipped)"
    )
    args = parser.parse_args(argv)
    if args.model:
        scorer = textcat_scorer(spacy.load(args.model))
        classify_ = lambda texts: predict(scorer, texts)  # noqa: E731
    else:
        classify_ = classify
    stories = [json.loads(line) for line in args.stories.read_text().splitlines() if line]
    longest = 1 + max(len(b) for b in BODIES)
    pieces = [[s["title"], *split_sentences(s["text"])][:longest] for s in stories]
    flat = classify_([p for piece in pieces for p in piece])
    predictions, start = [], 0
    for piece in pieces:
        predictions.append(flat[start : start + len(piece)])
        start += len(piece)
    gold = [s["type"] for s in stories]
    print(f"{len(stories)} stories; shipped weights {STORY_WEIGHTS}")
    print(f"{'weights':<40} accuracy  macro-F1")
    for headline, body in product(HEADLINE, BODIES):
        weights = (headline, *body)
        pred = [story_type(p, weights)[0] for p in predictions]
        accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
        print(f"{weights!s:<40} {accuracy:8.3f}  {macro_f1(gold, pred):8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
