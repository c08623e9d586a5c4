"""Article-body extraction, scored on the Zyte (ScrapingHub) article-extraction benchmark.

The data (``shared/eval/extraction/zyte``: 181 gzipped pages and ``ground-truth.json`` with the
``articleBody`` of each) is scored the way the benchmark's own evaluation defines it, so our
figures sit directly beside the published ones:

* text is cut into ``\\w+`` tokens (Unicode, case kept), and each text into word 4-gram
  shingles; a text shorter than four tokens is one shorter shingle, an empty text has none;
* per page, shingles are matched as multisets into true/false positives and false negatives,
  then normalised by their sum so that long articles weigh no more than short ones;
* precision is averaged over the pages where something was predicted or expected (tp+fp > 0),
  recall over the pages where something was expected or predicted (tp+fn > 0); a page where
  both texts are empty scores 1;
* F1 is the harmonic mean of the two averages (not the mean of per-page F1), and accuracy is
  the share of pages whose token sequence matches the truth exactly.

What is measured is the body that :func:`dateline.clean.html.clean_html` returns.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from dateline.clean.html import clean_html
from dateline.eval import eval_path, harmonic, report, scorer_parser
from dateline.model import DatelineError

# Published results on the same 181 pages (benchmark README, latest evaluation), as F1 / P / R.
ANCHORS: list[tuple[str, str]] = [
    ("Zyte AutoExtract (commercial, 2019)", "F1 0.970  P 0.984  R 0.956"),
    ("go-trafilatura ae7ea06", "F1 0.960  P 0.940  R 0.980"),
    ("trafilatura 2.0.0 (best Python)", "F1 0.958  P 0.938  R 0.978"),
    ("Diffbot (commercial, 2019)", "F1 0.951  P 0.958  R 0.944"),
    ("newspaper4k 0.9.3.1", "F1 0.949  P 0.964  R 0.934"),
    ("news-please 1.6.16", "F1 0.948  P 0.964  R 0.933"),
    ("readability.js 0.6.0", "F1 0.947  P 0.914  R 0.982"),
    ("readability-lxml 0.8.4.1", "F1 0.922  P 0.913  R 0.931"),
    ("newspaper3k 0.2.8", "F1 0.912  P 0.917  R 0.906"),
    ("goose3 3.1.20", "F1 0.896  P 0.940  R 0.856"),
    ("justext 3.0.2", "F1 0.804  P 0.858  R 0.756"),
    ("html-text (whole page baseline)", "F1 0.665  P 0.500  R 0.994"),
]

SHINGLE = 4
_TOKEN = re.compile(r"\w+")

Counts = tuple[float, float, float]


def tokens(text: str | None) -> list[str]:
    """Word tokens as the benchmark cuts them: runs of Unicode word characters."""
    return _TOKEN.findall(text or "")


def shingles(text: str | None, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of word n-grams; a text shorter than ``n`` words is a single shingle."""
    words = tokens(text)
    return Counter(tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words)


def match(true: str | None, pred: str | None) -> Counts:
    """Per-page (tp, fp, fn) over shingles, normalised to sum to 1 when any shingle exists."""
    expected, predicted = shingles(true), shingles(pred)
    tp = float(sum((expected & predicted).values()))
    fp = float(sum((predicted - expected).values()))
    fn = float(sum((expected - predicted).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(tp: float, wrong: float, other_wrong: float) -> float:
    """Precision (wrong = fp) or recall (wrong = fn): 1 for a perfect page, 0 for nothing right."""
    if wrong == other_wrong == 0:
        return 1.0
    if tp == wrong == 0:
        return 0.0
    return tp / (tp + wrong)


def summarise(pages: list[Counts], exact: list[bool]) -> dict[str, float]:
    """Mean precision and recall over pages, their harmonic mean, and exact-match accuracy."""
    precision = statistics.mean(_ratio(tp, fp, fn) for tp, fp, fn in pages if tp + fp > 0)
    recall = statistics.mean(_ratio(tp, fn, fp) for tp, fp, fn in pages if tp + fn > 0)
    f1 = harmonic(precision, recall)
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": sum(exact) / len(exact),
        "pages": len(pages),
    }


def pages(limit: int | None = None) -> Iterator[tuple[str, str, str, str | None]]:
    """Yield (hash, html, true body, url) for the first ``limit`` pages by sorted hash."""
    root = eval_path("extraction", "zyte")
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth)[:limit]:
        path: Path = root / "html" / f"{key}.html.gz"
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            html = handle.read()
        yield key, html, truth[key].get("articleBody") or "", truth[key].get("url")


def evaluate(limit: int | None = None) -> dict[str, float]:
    """Score ``clean_html`` bodies against the benchmark truth on the first ``limit`` pages."""
    counts: list[Counts] = []
    exact: list[bool] = []
    for _key, html, true, url in pages(limit):
        try:
            body = clean_html(html, url=url).body
        except DatelineError:  # a page we find no text in scores as an empty prediction
            body = ""
        counts.append(match(true, body))
        exact.append(tokens(true) == tokens(body))
    return summarise(counts, exact)


def main(argv: list[str] | None = None) -> int:
    args = scorer_parser("extraction", __doc__, "pages").parse_args(argv)
    title = "Article extraction (Zyte benchmark, 4-gram shingles)"
    return report(title, lambda: evaluate(args.limit), ANCHORS)


if __name__ == "__main__":
    raise SystemExit(main())
