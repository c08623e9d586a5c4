"""How much the understanding layer (and the event coder) costs over the bare spaCy pass.

Run: ``.venv/bin/python benchmarks/bench_understanding.py [--limit N] [--repeat R]``

Texts: the GeoWebNews articles in ``../shared/eval/geo`` (real news, read in place). Both runs
use the same pipeline, batch size and texts; one-time loading (model, gazetteer, knowledge
base) is done before timing, so the figures are steady-state articles per second. The best of
``--repeat`` runs is kept for each, which damps noise from other processes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

from dateline.eval import eval_path
from dateline.model import DatelineError, Document
from dateline.nlp import BATCH_SIZE, model_name
from dateline.pipeline import STAGES, Stage, understand


def _texts(limit: int | None) -> list[str]:
    folder = eval_path("geo", "GeoWebNews")
    files = sorted(Path(folder).glob("*.txt"))[:limit]
    return [f.read_text(encoding="utf-8") for f in files]


def _bare(nlp: spacy.language.Language, texts: list[str]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - start


def _full(texts: list[str], stages: tuple[Stage, ...]) -> float:
    docs = [Document(body=t, published="2024-01-01", language="en") for t in texts]
    start = time.perf_counter()
    for _ in understand(docs, stages):
        pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, best kept")
    args = parser.parse_args(argv)
    try:
        texts = _texts(args.limit)
    except DatelineError as exc:
        print(f"skipped: {exc}", file=sys.stderr)
        return 0
    list(understand([Document(body=texts[0], published="2024-01-01", language="en")], STAGES))
    raw = spacy.load(model_name())  # exactly as installed: no knowledge-base ruler, no stage
    understanding = tuple(s for s in STAGES if s.name != "events")
    runs = {"bare spaCy pass": None, "understanding layer": understanding, "with events": STAGES}
    n = len(texts)
    print(f"articles: {n}, best of {args.repeat} runs each")
    bare = 0.0
    for label, stages in runs.items():
        timings = [
            _bare(raw, texts) if stages is None else _full(texts, stages)
            for _ in range(args.repeat)
        ]
        best = min(timings)
        bare = bare or best
        extra = (
            "" if stages is None else f"  {100 * (best - bare) / bare:+6.1f}% over the bare pass"
        )
        print(f"{label:<22} {n / best:7.1f} articles/s{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
