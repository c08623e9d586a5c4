"""How much the understanding layer costs on top of the bare spaCy pass over the same texts.

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
from dateline.pipeline import STAGES, understand


def _texts(limit: int | None) -> list[str]:
    folder = eval_path("geo", "GeoWebNews")
    files = sorted(Path(folder).glob("*.txt"))[:limit]
    return [f.read_text(encoding="utf-8") for f in files]


def _bare(nlp: spacy.language.Language, texts: list[str]) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - start


def _full(texts: list[str]) -> float:
    docs = [Document(body=t, published="2024-01-01", language="en") for t in texts]
    start = time.perf_counter()
    for _ in understand(docs, STAGES):
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
    bare = min(_bare(raw, texts) for _ in range(args.repeat))
    full = min(_full(texts) for _ in range(args.repeat))
    n = len(texts)
    print(f"articles: {n}  stages: {', '.join(s.name for s in STAGES) or '(none)'}")
    print(f"bare spaCy pass       {n / bare:8.1f} articles/s")
    print(f"with understanding    {n / full:8.1f} articles/s")
    print(f"understanding costs   {100 * (full - bare) / bare:+7.1f}% on top of the bare pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
