"""Source and target country accuracy of the event coder on PETR2's gold codings.

``.venv/bin/python benchmarks/petr2_actors.py`` codes every sentence of
``shared/eval/events/PETR2_GSR_validation.xml`` with :func:`dateline.events.coder.code_texts`
(publication date: the record's date) and, for each gold coding whose CAMEO code maps to a
PLOVER type we also coded in that sentence, checks whether the gold source (target) country is
among the countries of our actors (recipients) for that type. Gold actors with no country
("---LEG", "---REB") are not counted. The type precision/recall/F1 of the same run are printed
too (the scorer ``dateline.eval.events`` measures them the same way). CAMEO codes a meeting in
both directions, so a second figure also accepts, for CONSULT only, a gold country found among
our recipients (source) or actors (target). Measuring only: nothing here is tuned to this set.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from dateline.eval import eval_path
from dateline.eval.events import cameo_table, to_plover
from dateline.events.coder import code_texts

# Types CAMEO codes in both directions (a meeting of A and B is also one of B and A), so the
# gold lists each pair twice; the second figure reads our actors and recipients both ways.
RECIPROCAL = frozenset({"CONSULT"})
RECORD = re.compile(r"<Sentence\b([^>]*)/?>(.*?)</Text>", re.S)
CODING = re.compile(r"<EventCoding\b([^>]*)/>")
ATTR = re.compile(r"(\w+)=\"([^\"]*)\"")


def records() -> list[tuple[str, str | None, list[dict[str, str]]]]:
    """(sentence, ISO date, gold codings) for each record."""
    raw = eval_path("events", "PETR2_GSR_validation.xml").read_text(encoding="utf-8")
    out = []
    for head, body in RECORD.findall(raw):
        date = dict(ATTR.findall(head)).get("date", "")
        iso = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if len(date) == 8 else None
        text = " ".join(body.split("<Text>", 1)[-1].split())
        if text:
            out.append((text, iso, [dict(ATTR.findall(c)) for c in CODING.findall(body)]))
    return out


def country(code: str | None) -> str | None:
    code = (code or "")[:3]
    return code if code.isalpha() and code.isupper() else None


def main() -> int:
    table = cameo_table()
    recs = records()
    coded = [code_texts([text], date)[0] for text, date, _ in recs]
    counts: Counter[str] = Counter()
    for (_, _, gold), events in zip(recs, coded, strict=True):
        gold_types = {to_plover(g.get("eventcode", ""), table) for g in gold} - {None}
        found = {e["type"] for e in events}
        counts["tp"] += len(found & gold_types)
        counts["fp"] += len(found - gold_types)
        counts["fn"] += len(gold_types - found)
        for g in gold:
            type_ = to_plover(g.get("eventcode", ""), table)
            ours = [e for e in events if e["type"] == type_]
            if not ours:
                continue
            for side, key, field in (
                ("source", "sourcecode", "actor"),
                ("target", "targetcode", "recipient"),
            ):
                want = country(g.get(key))
                if want is None:
                    continue
                counts[f"{side} n"] += 1
                counts[f"{side} ok"] += any(
                    p.get("country") == want for e in ours for p in e[field]
                )
                either = [p for e in ours for p in e["actor"] + e["recipient"]]
                counts[f"{side} ok, meetings both ways"] += any(
                    p.get("country") == want
                    for p in (
                        either if type_ in RECIPROCAL else [p for e in ours for p in e[field]]
                    )
                )
    p = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    r = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    print(f"records {len(recs)}  type P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f}")
    for side in ("source", "target"):
        n = counts[f"{side} n"]
        strict = counts[f"{side} ok"] / max(1, n)
        both = counts[f"{side} ok, meetings both ways"] / max(1, n)
        print(f"{side} country accuracy {strict:.3f} (meetings read both ways {both:.3f}) over {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
