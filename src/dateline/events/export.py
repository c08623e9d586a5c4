"""Export merged events in the shapes their users already work with.

* ``jsonl``: dateline's own records, one merged event a line, with mention counts;
* ``plover``: PLOVER JSON records (manual chapter 6: id, date, actor, recipient, event, mode,
  context, event_loc, quad_code, event_scale, text_info, cite_info, coder); field names that
  the manual writes with a space use an underscore;
* ``csv``/``tsv``/``parquet``: one flat row per event with GDELT-like columns (actor and
  recipient codes, place columns, mention counts, source URL) plus CAMEO and ACLED codes;
* ``table``: a compact human view.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, BinaryIO, TextIO

from dateline import __version__
from dateline.model import DatelineError

FORMATS = ("table", "csv", "tsv", "jsonl", "plover", "parquet")

COLUMNS = (
    "event_id",
    "date",
    "date_source",
    "type",
    "mode",
    "modality",
    "quad_class",
    "intensity",
    "cameo_root",
    "acled_event_type",
    "acled_sub_event_type",
    "actor1_name",
    "actor1_country",
    "actor1_sectors",
    "actor1_kb_id",
    "actor2_name",
    "actor2_country",
    "actor2_sectors",
    "actor2_kb_id",
    "claimant",
    "place_name",
    "place_country_code",
    "place_geonameid",
    "place_lat",
    "place_lon",
    "place_feature",
    "num_mentions",
    "num_articles",
    "num_sources",
    "confidence",
    "sentence",
    "article_id",
    "source_url",
)


def _join(parties: list[dict[str, Any]], key: str) -> str:
    """Compound actors flattened for one cell: values joined with ';', sectors with '+'."""
    values = []
    for party in parties:
        value = party.get(key)
        if isinstance(value, list):
            value = "+".join(value)
        values.append("" if value is None else str(value))
    return ";".join(values) if any(values) else ""


def flat_row(event: dict[str, Any]) -> dict[str, Any]:
    """One merged event as a flat, GDELT-like row."""
    actor, recipient = event.get("actor") or [], event.get("recipient") or []
    loc = event.get("location") or {}
    acled = event.get("acled") or {}
    claimant = event.get("claimant") or {}
    return {
        "event_id": event.get("id"),
        "date": event.get("date"),
        "date_source": event.get("date_source"),
        "type": event.get("type"),
        "mode": event.get("mode"),
        "modality": event.get("modality"),
        "quad_class": event.get("quad"),
        "intensity": event.get("intensity"),
        "cameo_root": event.get("cameo"),
        "acled_event_type": acled.get("event_type"),
        "acled_sub_event_type": acled.get("sub_event_type"),
        "actor1_name": _join(actor, "text"),
        "actor1_country": _join(actor, "country"),
        "actor1_sectors": _join(actor, "sectors"),
        "actor1_kb_id": _join(actor, "kb_id"),
        "actor2_name": _join(recipient, "text"),
        "actor2_country": _join(recipient, "country"),
        "actor2_sectors": _join(recipient, "sectors"),
        "actor2_kb_id": _join(recipient, "kb_id"),
        "claimant": claimant.get("text"),
        "place_name": loc.get("name"),
        "place_country_code": loc.get("country_code"),
        "place_geonameid": loc.get("geonameid"),
        "place_lat": loc.get("lat"),
        "place_lon": loc.get("lon"),
        "place_feature": loc.get("feature"),
        "num_mentions": event.get("num_mentions"),
        "num_articles": event.get("num_articles"),
        "num_sources": event.get("num_sources"),
        "confidence": event.get("confidence"),
        "sentence": event.get("sentence"),
        "article_id": event.get("article_id"),
        "source_url": event.get("url"),
    }


def _entity(party: dict[str, Any]) -> dict[str, Any]:
    sectors = party.get("sectors") or []
    entity = {"code": party.get("country"), "sector": sectors[0] if sectors else None}
    entity["entity_text"] = party.get("text")
    if len(sectors) > 1:
        entity["other_sectors"] = sectors[1:]
    if party.get("kb_id"):
        entity["identifier_id"] = party["kb_id"]
    return entity


def plover_record(event: dict[str, Any], coded: str) -> dict[str, Any]:
    """One merged event as a PLOVER JSON record (PLOVER manual, Table 6.1)."""
    loc = event.get("location")
    record: dict[str, Any] = {
        "id": f"dateline-{event.get('id')}",
        "date": (event.get("date") or "")[:10] or None,
        "actor": [_entity(p) for p in event.get("actor") or []],
        "recipient": [_entity(p) for p in event.get("recipient") or []],
        "event": [event.get("type")],
        "mode": [event["mode"]] if event.get("mode") else [],
        "context": list(event.get("contexts") or []),
        "quad_code": event.get("quad"),
        "event_scale": event.get("intensity"),
        "event_text": [(event.get("trigger") or {}).get("text")],
        "text_info": {"start": event.get("start"), "end": event.get("end")},
        "cite_info": {
            "corpus": "dateline",
            "citation": event.get("article_id"),
            "url": event.get("url"),
        },
        "coder": f"dateline {__version__}",
        "coded_date": coded,
        "modality": event.get("modality"),
        "num_mentions": event.get("num_mentions"),
    }
    if loc:
        record["event_loc"] = {
            "name": loc.get("name"),
            "geonameid": loc.get("geonameid"),
            "country_code": loc.get("country_code"),
            "lat": loc.get("lat"),
            "lon": loc.get("lon"),
        }
    if event.get("size"):
        record["size"] = event["size"]
    return record


def _table(events: list[dict[str, Any]], out: TextIO) -> None:
    for event in events:
        row = flat_row(event)
        kind = row["type"] + (f"/{row['mode']}" if row["mode"] else "")
        parties = f"{row['actor1_country'] or '?'} -> {row['actor2_country'] or '-'}"
        where = row["place_name"] or "-"
        print(
            f"{row['event_id']:>5}  {row['date'] or '-':<10}  {kind:<22} {parties:<12} "
            f"{where:<16} x{row['num_mentions']}  {row['modality']}",
            file=out,
        )
    print(f"({len(events)} events)", file=out)


def write(
    events: Iterable[dict[str, Any]], fmt: str, out: TextIO, binary: BinaryIO | None = None
) -> None:
    """Write events to ``out`` (text formats) or ``binary`` (parquet) in format ``fmt``."""
    rows = list(events)
    if fmt == "table":
        _table(rows, out)
    elif fmt in ("csv", "tsv"):
        writer = csv.DictWriter(
            out, fieldnames=COLUMNS, delimiter="," if fmt == "csv" else "\t", lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(flat_row(e) for e in rows)
    elif fmt == "jsonl":
        for event in rows:
            print(json.dumps(event, ensure_ascii=False, sort_keys=True), file=out)
    elif fmt == "plover":
        coded = datetime.now(UTC).date().isoformat()
        for event in rows:
            print(json.dumps(plover_record(event, coded), ensure_ascii=False), file=out)
    elif fmt == "parquet":
        _parquet(rows, binary)
    else:
        raise DatelineError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def _parquet(rows: list[dict[str, Any]], binary: BinaryIO | None) -> None:
    if binary is None:
        raise DatelineError("parquet is binary: give a file with --output")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise DatelineError(
            "parquet export needs pyarrow: pip install 'dateline[parquet]'"
        ) from exc
    flat = [flat_row(e) for e in rows]
    table = pa.table({c: [r[c] for r in flat] for c in COLUMNS})
    pq.write_table(table, binary)
