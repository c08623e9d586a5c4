"""Derive data/quotes/polnear_verbs.txt from PolNeAR *train* (never dev): the verb lemmas
that PolNeAR's annotators mark as attribution cues most of the times they occur.

For every verb with a subject and an object or complement in the train articles, count how
often its lemma occurs and how often the token lies inside a gold Cue span. A lemma seen as
a cue at least MIN_CUES times and at a rate of at least MIN_RATE is written out, unless a
hand-written lexicon already has it. The rate floor is set a priori, above the rate (about
a third) at which an extra prediction stops paying for itself in F1.

    .venv/bin/python training/quotes/lexicon.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from dateline.eval import eval_path
from dateline.eval.quotes import articles
from dateline.model import Document
from dateline.nlp import parse
from dateline.quotes.attribution import DATA, IMPRESSION_VERBS, lemma, lexicon

MIN_CUES = 3
MIN_RATE = 0.4
ARGUMENTS = {"dobj", "xcomp", "ccomp", "prep", "attr", "oprd", "acomp"}
HEADER = """\
# Verb lemmas PolNeAR's annotators mark as attribution cues at least {rate:.0%} of the times
# they take a subject and an object or complement ("assailed Mrs. Clinton", "pushing to make
# the deal binding"), seen as cues at least {n} times. DERIVED FROM THE PolNeAR TRAIN SPLIT
# by training/quotes/lexicon.py (dev never read); rerun it to regenerate. Lemmas already in
# cue_verbs.txt or stance_verbs.txt, or handled in code, are left out.
# Columns: lemma, times marked as a cue, occurrences.
"""


def cue_spans(path: Path) -> list[tuple[int, int]]:
    """Character spans of the gold Cue annotations of one BRAT file."""
    spans = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2 and cols[1].startswith("Cue "):
            for piece in cols[1][4:].split(";"):
                start, end = piece.split()
                spans.append((int(start), int(end)))
    return spans


def main() -> int:
    root = eval_path("quotes", "PolNeAR", "train")
    loaded = list(articles("train"))
    seen: Counter[str] = Counter()
    cued: Counter[str] = Counter()
    docs = parse([Document(body=text, language="en") for _, text, _ in loaded])
    for doc, (name, _, _) in zip(docs, loaded, strict=True):
        spans = cue_spans(sorted((root / "attributions").glob(f"{name}_*.ann"))[0])
        for tok in doc.parsed:
            if tok.pos_ != "VERB" or not any(c.dep_ in ARGUMENTS for c in tok.children):
                continue
            key = lemma(tok)
            seen[key] += 1
            cued[key] += any(s <= tok.idx < e for s, e in spans)
        doc.parsed = None
    # lemmas the hand-written lists hold, and those handled in code ("according to")
    known = lexicon("cue_verbs.txt") | lexicon("stance_verbs.txt") | IMPRESSION_VERBS | {"accord"}
    rows = [
        (key, n, seen[key])
        for key, n in cued.most_common()
        if n >= MIN_CUES and n / seen[key] >= MIN_RATE and key not in known and key.isalpha()
    ]
    lines = [HEADER.format(rate=MIN_RATE, n=MIN_CUES)] + [f"{k}\t{n}\t{t}\n" for k, n, t in rows]
    (DATA / "polnear_verbs.txt").write_text("".join(lines), encoding="utf-8")
    rare = sorted(
        (cued[k] / seen[k], k) for k in known if seen[k] >= 10 and cued[k] / seen[k] < MIN_RATE / 2
    )
    print("hand-written lemmas PolNeAR rarely marks:", ", ".join(f"{k} {r:.2f}" for r, k in rare))
    print(f"{len(rows)} lemmas written to {DATA / 'polnear_verbs.txt'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
