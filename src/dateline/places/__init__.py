"""Places: the toponyms of a story, each resolved to a GeoNames place where we can.

``annotate`` fills :attr:`Document.places` with one entry per mention::

    {text, start, end, geonameid, name, country_code, lat, lon, feature}

Offsets point into ``doc.body``. A mention the gazetteer cannot place (a small town, a river)
is still listed, with ``geonameid`` and the fields after it set to None, so readers see every
place the story names and can tell which ones we could not pin down. A street or building the
gazetteer cannot place (``feature: "site"``) gets the country and point of the story's home
town (its dateline town, else the town it names most), where such spots almost always are;
its ``geonameid`` and ``name`` stay None, since it is not that town.
"""

from __future__ import annotations

from typing import Any

from dateline.model import Document
from dateline.nlp import ensure_parsed
from dateline.places.gazetteer import Place, gazetteer
from dateline.places.mentions import Mention, find_mentions
from dateline.places.resolve import home_town, resolve

UNRESOLVED = {"geonameid": None, "name": None, "country_code": None, "lat": None, "lon": None,
              "feature": None}  # fmt: skip


def annotate(doc: Document) -> Document:
    """Find and resolve the places in ``doc`` (English documents only; others pass through)."""
    ensure_parsed(doc)
    if doc.parsed is None:
        return doc
    gaz = gazetteer()
    mentions = find_mentions(doc.body, doc.parsed, gaz)
    # A dateline the cleaner took out of the body still says where the story is from: it is
    # resolved with the rest but not listed, as it has no offsets in the body.
    unlisted = []
    if doc.dateline and not any(m.source == "dateline" for m in mentions):
        unlisted = [Mention(0, 0, doc.dateline.place, "dateline")]
    chosen = resolve(mentions + unlisted, gaz)
    home = home_town(mentions + unlisted, chosen)
    places: list[dict[str, Any]] = []
    for mention, place in zip(mentions, chosen[: len(mentions)], strict=True):
        entry: dict[str, Any] = {"text": mention.text, "start": mention.start, "end": mention.end}
        if place is not None:
            entry.update(place.to_dict())
        elif mention.site and home is not None:
            entry.update(_site(home))
        else:
            entry.update(UNRESOLVED)
        places.append(entry)
    doc.places = places
    return doc


def _site(home: Place) -> dict[str, Any]:
    """A street or building placed at its home town, without claiming to be that town."""
    return {**UNRESOLVED, "country_code": home.country_code, "lat": home.lat, "lon": home.lon,
            "feature": "site"}  # fmt: skip
