"""Score the shipped classifier once on the final test sets:
``.venv/bin/python training/events/final_test.py``.

``headlines_test.jsonl`` and ``stories_test.jsonl`` were written after all development, by
writers who saw none of the training or development files, and are scored only by this
script, never while choosing anything (the ``*_dev.jsonl`` sets are for that). Prints type
accuracy and macro-F1 for the headlines and, through the story rule, for the stories.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import story_rule  # noqa: E402
import train  # noqa: E402

from dateline.eval import events  # noqa: E402
from dateline.events.classify import STORY_WEIGHTS, classify  # noqa: E402


def main() -> int:
    headlines = train.read(HERE / "headlines_test.jsonl")
    print(f"headlines_test.jsonl ({len(headlines)} headlines):")
    train.report(train.measure(classify([e["text"] for e in headlines]), headlines))
    stories = story_rule.read_stories(HERE / "stories_test.jsonl")
    predictions = events.story_predictions([(s["title"], s["text"]) for s in stories], classify)
    accuracy, f1 = story_rule.score(stories, predictions, STORY_WEIGHTS)
    print(f"stories_test.jsonl ({len(stories)} stories):")
    train.report({"type accuracy": accuracy, "type macro-F1": f1})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
