"""Score the time stage on TimeBank (TimeML ``.tml``, the cleaned TBAQ release).

Each document's TEXT is run through :func:`dateline.times.annotate` with its creation time
(the DCT TIMEX3) as the publication date. Gold is every TIMEX3 of type DATE in the TEXT. Our
durations and times of day are other TIMEX3 types and are left out, as is any prediction that
overlaps only a gold TIMEX3 of another type (a right find under another type is not a wrong
DATE). Extent is scored strictly (same span) and relaxed (overlap, the TempEval-3 main
figure); value accuracy is the share of relaxed-matched gold DATEs whose normalised value is
the gold value, and value P/R/F1 are TempEval-3's (correct values over predictions / gold).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from dateline.eval import eval_path, harmonic, report, scorer_parser
from dateline.model import DatelineError, Document
from dateline.times import annotate

# TempEval-3 task A (UzZaman et al., 2013): every TIMEX3 type on its platinum test set, so these
# show the scale of the figures; they are not the same measurement as ours.
ANCHORS: list[tuple[str, str]] = [
    (
        "HeidelTime, TempEval-3 (all types)",
        "value F1 0.776, extent F1 0.903 relaxed / 0.813 strict",
    ),
    ("SUTime, TempEval-3 (all types)", "value F1 0.674, extent F1 0.903 relaxed / 0.796 strict"),
]
NOT_DATE = {"duration", "time"}  # our granularities that are TIMEX3 DURATION and TIME, not DATE


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: str
    timexes: list[Timex]


def read_timeml(path: Path) -> TimeMLDoc:
    """The TEXT element's plain text, its TIMEX3 spans, and the creation time."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise DatelineError(f"{path}: not well-formed TimeML ({exc})") from exc
    dct_timex = root.find("DCT/TIMEX3")
    text_el = root.find("TEXT")
    if dct_timex is None or text_el is None:
        raise DatelineError(f"{path}: no DCT or TEXT element")
    parts: list[str] = []
    timexes: list[Timex] = []
    length = 0

    def walk(el: ET.Element) -> None:
        nonlocal length
        start = length
        if el.text:
            parts.append(el.text)
            length += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        if el.tag == "TIMEX3":
            timexes.append(Timex(start, length, el.get("type", ""), el.get("value", "")))

    walk(text_el)
    return TimeMLDoc(path.stem, "".join(parts), dct_timex.get("value", "")[:10], timexes)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(docs: list[TimeMLDoc], errors: list[str] | None = None) -> dict[str, float]:
    """Extent and value figures over ``docs``; wrong values and misses go to ``errors``."""
    gold_n = pred_n = strict = relaxed_gold = relaxed_pred = correct = 0
    for tml in docs:
        doc = annotate(Document(body=tml.text, published=tml.dct))
        gold = [t for t in tml.timexes if t.type == "DATE"]
        other = [t for t in tml.timexes if t.type != "DATE"]
        preds = [
            p
            for p in doc.times
            if p["granularity"] not in NOT_DATE
            and not (
                any(_overlaps((p["start"], p["end"]), (o.start, o.end)) for o in other)
                and not any(_overlaps((p["start"], p["end"]), (g.start, g.end)) for g in gold)
            )
        ]
        gold_n += len(gold)
        pred_n += len(preds)
        relaxed_pred += sum(
            any(_overlaps((p["start"], p["end"]), (g.start, g.end)) for g in gold) for p in preds
        )
        for g in gold:
            match = next(
                (p for p in preds if _overlaps((p["start"], p["end"]), (g.start, g.end))), None
            )
            if match is None:
                if errors is not None:
                    errors.append(f"{tml.name}: missed {tml.text[g.start : g.end]!r} = {g.value}")
                continue
            relaxed_gold += 1
            strict += (match["start"], match["end"]) == (g.start, g.end)
            if match["value"] == g.value:
                correct += 1
            elif errors is not None:
                errors.append(
                    f"{tml.name}: {match['text']!r} -> {match['value']}, gold "
                    f"{tml.text[g.start : g.end]!r} = {g.value} (DCT {tml.dct})"
                )
        if errors is not None:
            errors += [
                f"{tml.name}: spurious {p['text']!r} -> {p['value']}"
                for p in preds
                if not any(_overlaps((p["start"], p["end"]), (g.start, g.end)) for g in gold)
            ]

    def ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    strict_p, strict_r = ratio(strict, pred_n), ratio(strict, gold_n)
    relaxed_p, relaxed_r = ratio(relaxed_pred, pred_n), ratio(relaxed_gold, gold_n)
    value_p, value_r = ratio(correct, pred_n), ratio(correct, gold_n)
    return {
        "documents": len(docs),
        "gold DATE": gold_n,
        "predicted": pred_n,
        "extent precision": relaxed_p,
        "extent recall": relaxed_r,
        "extent F1": harmonic(relaxed_p, relaxed_r),
        "strict extent F1": harmonic(strict_p, strict_r),
        "value accuracy": ratio(correct, relaxed_gold),
        "value F1": harmonic(value_p, value_r),
    }


def load(limit: int | None = None) -> list[TimeMLDoc]:
    """The first ``limit`` TimeBank documents, sorted by name."""
    paths = sorted(eval_path("time", "TimeBank").glob("*.tml"))
    return [read_timeml(p) for p in paths[:limit]]


def evaluate(limit: int | None = None) -> dict[str, float]:
    return score(load(limit))


def main(argv: list[str] | None = None) -> int:
    parser = scorer_parser("time", __doc__, "documents by name")
    parser.add_argument("--errors", action="store_true", help="list wrong values and misses")
    args = parser.parse_args(argv)
    errors: list[str] | None = [] if args.errors else None

    def measure() -> dict[str, float]:
        metrics = score(load(args.limit), errors)
        if errors:
            print("\n".join(errors))
        return metrics

    return report("Temporal expressions on TimeBank (DATE)", measure, ANCHORS)


if __name__ == "__main__":
    raise SystemExit(main())
