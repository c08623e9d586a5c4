"""Score the quote stage on PolNeAR (political news attribution relations, BRAT standoff).

Each gold attribution has a Content span (possibly in several pieces), a Cue and usually a
Source. A predicted quote matches a gold content when their character overlap is at least
half of the LONGER of the two spans (``overlap / max(len_gold, len_pred) >= 0.5``), so an
over-long prediction cannot match a short gold span; pairs are matched one-to-one, best
overlap first, after widening predicted direct speech over its quotation marks (PolNeAR's
content includes them, ours does not). ``content_f1`` uses that rule; ``content_f1_gold``
is the looser variant ``overlap / len_gold >= 0.5`` for comparison with work that scores
that way. Speaker
accuracy is measured on matched quotes whose gold attribution has a source: correct when the
predicted speaker (its local mention or its canonical full-name mention) overlaps the gold
Source span, or its canonical name ends with the same capitalised word as the gold source
(the same person named elsewhere); a gold source that is a relative pronoun ("Smith, who
said") is matched by a predicted mention ending just before it (its antecedent). Articles
annotated by several annotators are scored against the first annotation file in name order.

    python -m dateline.eval.quotes [--split dev|train] [--limit N]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dateline.eval import eval_path, harmonic, report, scorer_parser
from dateline.model import DatelineError, Document
from dateline.nlp import parse
from dateline.quotes import annotate

ANCHORS: list[tuple[str, str]] = [
    ("BBC citron (PARC 3.0)", "overlap F1 83.2"),
    ("Gender Gap Tracker extractor (own set)", "quote F1 83.7, speaker 86%"),
]

Spans = list[tuple[int, int]]
RELATIVE_PRONOUNS = {"who", "which", "that"}
OPEN_MARKS = "“\"«„'"
CLOSE_MARKS = "”\"»'"


@dataclass
class Gold:
    """One gold attribution: its content pieces and its source pieces (empty if none)."""

    content: Spans
    source: Spans
    source_text: str


def _spans(field: str) -> Spans:
    return [(int(a), int(b)) for a, b in (piece.split() for piece in field.split(";"))]


def read_ann(path: Path) -> list[Gold]:
    """The attributions of one BRAT ``.ann`` file (text-bound ``T`` and event ``E`` lines)."""
    bounds: dict[str, tuple[Spans, str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label_spans = cols[1].split(" ", 1)
            if len(label_spans) == 2:
                bounds[cols[0]] = (_spans(label_spans[1]), cols[2] if len(cols) > 2 else "")
        elif line.startswith("E") and len(cols) >= 2:
            roles = dict(arg.split(":", 1) for arg in cols[1].split() if ":" in arg)
            events.append({role.rstrip("0123456789"): ref for role, ref in roles.items()})
    gold = []
    for event in events:
        if event.get("Content") not in bounds:
            continue
        source, source_text = bounds.get(event.get("Source", ""), ([], ""))
        gold.append(Gold(bounds[event["Content"]][0], source, source_text))
    return gold


def articles(split: str, limit: int | None = None) -> Iterator[tuple[str, str, list[Gold]]]:
    """``(name, text, gold)`` for the articles of a PolNeAR split, in name order."""
    root = eval_path("quotes", "PolNeAR", split)
    texts = sorted((root / "text").glob("*.txt"))
    if limit is not None:
        texts = texts[:limit]
    for path in texts:
        anns = sorted((root / "attributions").glob(f"{path.stem}_*.ann"))
        if anns:
            yield path.stem, path.read_text(encoding="utf-8"), read_ann(anns[0])


def _overlap(a: Spans, b: Spans) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(spans: Spans) -> int:
    return sum(e - s for s, e in spans)


def _pred_spans(quote: dict[str, Any]) -> Spans:
    return [tuple(p) for p in quote.get("parts", [[quote["start"], quote["end"]]])]


def with_marks(text: str, spans: Spans) -> Spans:
    """Widen predicted spans to PolNeAR's convention for direct speech: gold content
    includes the quotation marks and the punctuation inside them (“No.”), ours stops inside
    the marks, which would sink every short quotation under the overlap rule."""
    if not text:
        return spans
    widened = []
    for start, end in spans:
        while start > 0 and text[start - 1] in OPEN_MARKS:
            start -= 1
        stop = end
        while stop < len(text) and text[stop] in ",.?!":
            stop += 1
        if stop < len(text) and text[stop] in CLOSE_MARKS:
            end = stop
            while end < len(text) and text[end] in CLOSE_MARKS:
                end += 1
        widened.append((start, end))
    return widened


def strict(gold: Spans, pred: Spans) -> float:
    return _overlap(gold, pred) / max(_length(gold), _length(pred), 1)


def lenient(gold: Spans, pred: Spans) -> float:
    return _overlap(gold, pred) / max(_length(gold), 1)


def match(
    golds: list[Gold],
    quotes: list[dict[str, Any]],
    score: Callable[[Spans, Spans], float],
    text: str = "",
) -> list[tuple[Gold, dict[str, Any]]]:
    """One-to-one pairs scoring at least 0.5, best first (predicted spans widened over
    their quotation marks in ``text``)."""
    spans = [with_marks(text, _pred_spans(quote)) for quote in quotes]
    pairs = sorted(
        (
            (s, g, p)
            for g, gold in enumerate(golds)
            for p in range(len(quotes))
            if (s := score(gold.content, spans[p])) >= 0.5
        ),
        reverse=True,
    )
    seen_g: set[int] = set()
    seen_p: set[int] = set()
    out = []
    for _, g, p in pairs:
        if g not in seen_g and p not in seen_p:
            seen_g.add(g)
            seen_p.add(p)
            out.append((golds[g], quotes[p]))
    return out


def speaker_correct(gold: Gold, speaker: dict[str, Any] | None) -> bool:
    if speaker is None:
        return False
    found = [
        (speaker["start"], speaker["end"]),
        (speaker["mention"]["start"], speaker["mention"]["end"]),
    ]
    if _overlap(gold.source, found):
        return True
    if gold.source_text.lower() in RELATIVE_PRONOUNS:  # "Smith, who said": Smith is right
        gap = gold.source[0][0] - speaker["mention"]["end"]
        if 0 <= gap <= 3:
            return True
    gold_last = gold.source_text.split()[-1:] if gold.source_text else []
    ours_last = speaker["text"].split()[-1:]
    return bool(gold_last) and gold_last == ours_last and gold_last[0][:1].isupper()


def evaluate(limit: int | None = None, split: str = "dev") -> dict[str, float]:
    """Content precision/recall/F1 (strict and lenient overlap) and speaker accuracy."""
    loaded = list(articles(split, limit))
    if not loaded:
        raise DatelineError(f"no PolNeAR {split} articles found")
    docs = [Document(body=text, language="en") for _, text, _ in loaded]
    n_gold = n_pred = 0
    hits = {"strict": 0, "lenient": 0}
    speakers = with_source = 0
    for doc, (_, text, golds) in zip(parse(docs), loaded, strict=True):
        quotes = annotate(doc).quotes
        doc.parsed = None  # free the parse: a whole split does not fit in memory otherwise
        n_gold += len(golds)
        n_pred += len(quotes)
        hits["lenient"] += len(match(golds, quotes, lenient, text))
        pairs = match(golds, quotes, strict, text)
        hits["strict"] += len(pairs)
        for gold, quote in pairs:
            if gold.source:
                with_source += 1
                speakers += speaker_correct(gold, quote["speaker"])
    metrics: dict[str, float] = {"documents": len(loaded), "gold": n_gold, "predicted": n_pred}
    for name, suffix in (("strict", ""), ("lenient", "_gold")):
        p = hits[name] / n_pred if n_pred else 0.0
        r = hits[name] / n_gold if n_gold else 0.0
        metrics |= {
            f"content_p{suffix}": p,
            f"content_r{suffix}": r,
            f"content_f1{suffix}": harmonic(p, r),
        }
    metrics["speaker_accuracy"] = speakers / with_source if with_source else 0.0
    return metrics


def main(argv: list[str] | None = None) -> int:
    parser = scorer_parser("quotes", __doc__, "articles")
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    args = parser.parse_args(argv)
    title = f"quotes: PolNeAR {args.split}"
    return report(title, lambda: evaluate(args.limit, args.split), ANCHORS)


if __name__ == "__main__":
    raise SystemExit(main())
