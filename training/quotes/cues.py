"""Study PolNeAR *train* only: which cue words it annotates and which our stage misses.

Counts the lemma of every gold cue's head word over the train split, and, after running the
quote stage, the cues of gold attributions it found nothing for ("missed") or found with
the wrong bounds ("bounds"), plus the cues of our quotes that match no gold ("spurious").
This guides the lexicons in src/dateline/data/quotes; the dev split is never read here.

    .venv/bin/python training/quotes/cues.py [--limit N] [--top K]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from dateline.eval import eval_path
from dateline.eval.quotes import _overlap, _pred_spans, articles, match, strict, with_marks
from dateline.model import Document
from dateline.nlp import load, parse
from dateline.quotes import annotate


def gold_cues(path: Path) -> dict[tuple[int, int], str]:
    """Content start/end -> cue text, from the BRAT events of one annotation file."""
    bounds: dict[str, tuple[list[tuple[int, int]], str]] = {}
    out: dict[tuple[int, int], str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines:
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 3:
            spans = [tuple(map(int, p.split())) for p in cols[1].split(" ", 1)[1].split(";")]
            bounds[cols[0]] = (spans, cols[2])
    for line in lines:
        if line.startswith("E"):
            roles = dict(a.split(":", 1) for a in line.split("\t")[1].split() if ":" in a)
            roles = {k.rstrip("0123456789"): v for k, v in roles.items()}
            content, cue = bounds.get(roles.get("Content", "")), bounds.get(roles.get("Cue", ""))
            if content and cue:
                out[(content[0][0][0], content[0][-1][1])] = cue[1]
    return out


def cue_key(cue: str, nlp) -> str:
    """The lemmas of a cue's last three content words: "has said" -> "say"."""
    words = [t.lemma_.lower() for t in nlp(cue) if t.is_alpha and t.pos_ not in ("AUX", "DET")]
    return " ".join(words[-3:]) if words else cue.lower()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args(argv)
    nlp = load()
    root = eval_path("quotes", "PolNeAR", "train")
    loaded = list(articles("train", args.limit))
    counts = {"all": Counter(), "missed": Counter(), "bounds": Counter(), "spurious": Counter()}
    docs = parse([Document(body=text, language="en") for _, text, _ in loaded])
    for doc, (name, text, golds) in zip(docs, loaded, strict=True):
        cues = gold_cues(sorted((root / "attributions").glob(f"{name}_*.ann"))[0])
        quotes = annotate(doc).quotes
        matched = match(golds, quotes, strict, text)
        hit_gold = {id(g) for g, _ in matched}
        hit_pred = {id(q) for _, q in matched}
        for gold in golds:
            key = cue_key(cues.get((gold.content[0][0], gold.content[-1][1]), ""), nlp)
            counts["all"][key] += 1
            if id(gold) in hit_gold:
                continue
            near = any(_overlap(gold.content, with_marks(text, _pred_spans(q))) for q in quotes)
            counts["bounds" if near else "missed"][key] += 1
        for quote in quotes:
            if id(quote) not in hit_pred:
                cue = (quote.get("cue") or {}).get("text", "")
                counts["spurious"][cue_key(cue, nlp) if cue else "<none>"] += 1
    for name, counter in counts.items():
        print(f"== {name}: {sum(counter.values())}")
        print(", ".join(f"{k} {n}" for k, n in counter.most_common(args.top)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
