"""Derive data/quotes/polnear_verbs.txt and polnear_nouns.txt from PolNeAR *train* (never
dev): the verb and noun lemmas PolNeAR's annotators mark as attribution cues most of the
times they occur.

For every verb with an object or complement, and every noun with a possessor or "by" agent,
in the train articles, count how often its lemma occurs and how often the token lies inside
a gold Cue span. A lemma seen as a cue at least MIN_CUES times and at a rate of at least
MIN_RATE is written out, unless a hand-written lexicon already has it. The rate floor is
set a priori, above the rate (about a third) at which an extra prediction stops paying for
itself in F1.

    .venv/bin/python training/quotes/lexicon.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.tokens import Token

from dateline.eval import eval_path
from dateline.eval.quotes import articles
from dateline.model import Document
from dateline.nlp import parse
from dateline.quotes.attribution import DATA, IMPRESSION_VERBS, lemma, lexicon

MIN_CUES = 3
MIN_RATE = 0.4
ARGUMENTS = {"dobj", "xcomp", "ccomp", "prep", "attr", "oprd", "acomp"}
HEADER = """\
# {kind} lemmas PolNeAR's annotators mark as attribution cues at least {rate:.0%} of the
# times they occur as a possible cue ({example}), seen as cues at least {n} times.
# DERIVED FROM THE PolNeAR TRAIN SPLIT by training/quotes/lexicon.py (dev never read); rerun
# it to regenerate. Lemmas already in the hand-written lists, or handled in code, are left out.
# Columns: lemma, times marked as a cue, occurrences.
"""
EXAMPLES = {
    "verbs": 'with a subject and an object or complement: "assailed Mrs. Clinton"',
    "nouns": 'with a possessor or "by" agent: "his endorsement of Trump"',
}


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


def _candidate(tok: Token) -> tuple[str, str] | None:
    """Which lexicon a token could enter and under which lemma: a verb with an argument, or
    a noun with a possessor or "by" agent to speak for it ("her support for ...")."""
    if tok.pos_ == "VERB" and any(c.dep_ in ARGUMENTS for c in tok.children):
        return "verbs", lemma(tok)
    if tok.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children
    ):
        return "nouns", tok.lemma_.lower()
    return None


def write(kind: str, seen: Counter[str], cued: Counter[str], known: frozenset[str]) -> None:
    """Write polnear_<kind>.txt and list the hand-written lemmas PolNeAR rarely marks."""
    rows = [
        (key, n, seen[key])
        for key, n in cued.most_common()
        if n >= MIN_CUES and n / seen[key] >= MIN_RATE and key not in known and key.isalpha()
    ]
    header = HEADER.format(
        kind=kind[:-1].capitalize(), rate=MIN_RATE, n=MIN_CUES, example=EXAMPLES[kind]
    )
    lines = [header] + [f"{k}\t{n}\t{t}\n" for k, n, t in rows]
    (DATA / f"polnear_{kind}.txt").write_text("".join(lines), encoding="utf-8")
    rare = sorted(
        (cued[k] / seen[k], k) for k in known if seen[k] >= 10 and cued[k] / seen[k] < MIN_RATE / 2
    )
    print(f"hand-written {kind} PolNeAR rarely marks:", ", ".join(f"{k} {r:.2f}" for r, k in rare))
    print(f"{len(rows)} lemmas written to polnear_{kind}.txt")


def main() -> int:
    root = eval_path("quotes", "PolNeAR", "train")
    loaded = list(articles("train"))
    seen = {"verbs": Counter[str](), "nouns": Counter[str]()}
    cued = {"verbs": Counter[str](), "nouns": Counter[str]()}
    docs = parse([Document(body=text, language="en") for _, text, _ in loaded])
    for doc, (name, _, _) in zip(docs, loaded, strict=True):
        spans = cue_spans(sorted((root / "attributions").glob(f"{name}_*.ann"))[0])
        for tok in doc.parsed:
            found = _candidate(tok)
            if found is not None:
                kind, key = found
                seen[kind][key] += 1
                cued[kind][key] += any(s <= tok.idx < e for s, e in spans)
        doc.parsed = None
    # lemmas the hand-written lists hold, and those handled in code ("according to")
    verbs = lexicon("cue_verbs.txt") | lexicon("stance_verbs.txt") | IMPRESSION_VERBS | {"accord"}
    write("verbs", seen["verbs"], cued["verbs"], verbs)
    write("nouns", seen["nouns"], cued["nouns"], lexicon("cue_nouns.txt"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
