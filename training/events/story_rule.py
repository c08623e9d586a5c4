"""Choose the story rule's weights on our own held-out stories:
``.venv/bin/python training/events/story_rule.py``.

``stories_dev.jsonl`` (short stories) and ``stories_long_dev.jsonl`` (full-length ones) hold news
stories written for this purpose (headline, body, the main event's PLOVER type and mode),
independently of the classifier's training sentences; both are scored together. Each
candidate weighting of headline and body sentences is scored with
:func:`dateline.events.classify.story_type` over the shipped classifier's predictions; the
best is written into ``STORY_WEIGHTS`` by hand, with the table in REPORT.md. The shared ngec
stories are never used to choose.
"""

from __future__ import annotations

import argparse
import json
from functools import partial
from itertools import product
from pathlib import Path

import spacy

from dateline.eval.events import macro_f1, story_predictions
from dateline.events.classify import (
    STORY_WEIGHTS,
    Prediction,
    classify,
    predict,
    story_type,
    textcat_scorer,
)

HERE = Path(__file__).parent
HEADLINE = (0.5, 1.0, 1.5, 2.0, 3.0)
BODIES = (
    (),
    (1.0,),
    (1.0, 0.5),
    (1.0, 0.8, 0.6, 0.4),
    (1.0, 1.0, 1.0, 1.0),
    (1.0, 0.5, 0.25, 0.12),
)


DEV_STORIES = (HERE / "stories_dev.jsonl", HERE / "stories_long_dev.jsonl")


def read_stories(*paths: Path) -> list[dict]:
    """The stories of ``paths`` (default: both development sets), in order."""
    return [
        json.loads(line)
        for path in paths or DEV_STORIES
        for line in path.read_text(encoding="utf-8").splitlines()
        if line
    ]


def score(
    stories: list[dict], predictions: list[list[Prediction]], weights: tuple[float, ...]
) -> tuple[float, float]:
    """Accuracy and macro-F1 of the story rule with ``weights``."""
    gold = [s["type"] for s in stories]
    pred = [story_type(p, weights)[0] for p in predictions]
    accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    return accuracy, macro_f1(gold, pred)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--stories", type=Path, nargs="+", default=DEV_STORIES)
    parser.add_argument(
        "--model", type=Path, help="a textcat model just trained (default: shipped)"
    )
    args = parser.parse_args(argv)
    classifier = classify
    if args.model:
        classifier = partial(predict, textcat_scorer(spacy.load(args.model)))
    stories = read_stories(*args.stories)
    predictions = story_predictions(
        [(s["title"], s["text"]) for s in stories], classifier, 1 + max(len(b) for b in BODIES)
    )
    print(f"{len(stories)} stories; shipped weights {STORY_WEIGHTS}")
    print(f"{'weights':<40} accuracy  macro-F1")
    for headline, body in product(HEADLINE, BODIES):
        weights = (headline, *body)
        accuracy, f1 = score(stories, predictions, weights)
        print(f"{weights!s:<40} {accuracy:8.3f}  {f1:8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
