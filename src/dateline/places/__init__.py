"""Places: the toponyms of a story, each resolved to a GeoNames place where we can.

``annotate`` fills :attr:`Document.places` with one entry per mention::

    {text, start, end, geonameid, name, country_code, lat, lon, feature}

Offsets point into ``doc.body``. A mention the gazetteer cannot place (a street, a small town,
a river) is still listed, with ``geonameid`` and the fields after it set to None, so readers
see every place the story names and can tell which ones we could not pin down.
"""

from __future__ import annotations

from typing import Any

from dateline.model import Document
from dateline.nlp import ensure_parsed
from dateline.places.gazetteer import gazetteer
from dateline.places.mentions import find_mentions
from dateline.places.resolve import resolve

UNRESOLVED = {"geonameid": None, "name": None, "country_code": None, "lat": None, "lon": None,
              "feature": None}  # fmt: skip


def annotate(doc: Document) -> Document:
    """Find and resolve the places in ``doc`` (English documents only; others pass through)."""
    ensure_parsed(doc)
    if doc.parsed is None:
        return doc
    gaz = gazetteer()
    mentions = find_mentions(doc.body, doc.parsed, gaz)
    dateline_place = doc.dateline.place if doc.dateline else None
    places: list[dict[str, Any]] = []
    for mention, place in zip(mentions, resolve(mentions, gaz, dateline_place), strict=True):
        entry: dict[str, Any] = {"text": mention.text, "start": mention.start, "end": mention.end}
        entry.update(place.to_dict() if place else UNRESOLVED)
        places.append(entry)
    doc.places = places
    return doc
