"""`dateline events`: query the store and export CSV, TSV, JSONL, PLOVER JSON and Parquet."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dateline.cli import main
from dateline.events.export import COLUMNS
from dateline.model import Document
from dateline.store import Store

EVENT = {
    "type": "COERCE",
    "mode": "arrest",
    "contexts": ["repression"],
    "actor": [{"text": "police", "country": "KAZ", "sectors": ["COP"]}],
    "recipient": [
        {"text": "journalists", "country": "KAZ", "sectors": ["JRN"]},
        {"text": "activists", "country": "KAZ", "sectors": ["CVL", "OPP"]},
    ],
    "date": "2022-01-13",
    "date_source": "text",
    "location": {"name": "Almaty", "geonameid": 1526384, "country_code": "KZ", "lat": 43.25},
    "sentence": "Police detained journalists and activists in Almaty on Thursday.",
    "start": 0,
    "end": 64,
    "trigger": {"text": "detained", "start": 7, "end": 15},
    "modality": "claimed",
    "claimant": {"text": "police"},
    "cameo": "17",
    "acled": {"event_type": "Strategic developments", "sub_event_type": "Arrests"},
    "quad": 4,
    "intensity": -7.0,
    "confidence": 0.8,
}


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "ev.db")
    with Store(path) as store:
        store.ingest(
            [
                Document(
                    body=EVENT["sentence"], site="A", url="https://a.example/1", events=[EVENT]
                ),
                Document(body=EVENT["sentence"] + " Later.", site="B", events=[EVENT]),
            ]
        )
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_table_and_filters(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, "events", "--db", db)
    assert "COERCE/arrest" in out and "x2" in out and "(1 events)" in out
    assert "(0 events)" in _run(capsys, "events", "--db", db, "--type", "ASSAULT")
    assert "(1 events)" in _run(capsys, "events", "--db", db, "--country", "KAZ")


def test_csv_and_tsv_are_flat_gdelt_like_rows(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = list(csv.DictReader(io.StringIO(_run(capsys, "events", "--db", db, "--format", "csv"))))
    assert len(rows) == 1 and tuple(rows[0]) == COLUMNS
    row = rows[0]
    assert (row["actor1_country"], row["actor2_country"]) == ("KAZ", "KAZ;KAZ")
    assert row["actor2_sectors"] == "JRN;CVL+OPP"
    assert (row["num_mentions"], row["num_sources"], row["source_url"]) == (
        "2",
        "2",
        "https://a.example/1",
    )
    tsv = _run(capsys, "events", "--db", db, "--format", "tsv")
    assert tsv.splitlines()[0].split("\t") == list(COLUMNS)


def test_plover_records(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    record = json.loads(_run(capsys, "events", "--db", db, "--format", "plover"))
    assert record["event"] == ["COERCE"] and record["mode"] == ["arrest"]
    assert record["actor"] == [{"code": "KAZ", "sector": "COP", "entity_text": "police"}]
    assert record["event_loc"]["geonameid"] == 1526384
    assert record["quad_code"] == 4 and record["date"] == "2022-01-13"


def test_jsonl_and_parquet(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = json.loads(_run(capsys, "events", "--db", db, "--format", "jsonl"))
    assert event["num_articles"] == 2 and event["trigger"]["text"] == "detained"
    target = tmp_path / "ev.parquet"
    assert main(["events", "--db", db, "--format", "parquet", "-o", str(target)]) == 0
    table = pq.read_table(target)
    assert table.num_rows == 1 and table.column("type").to_pylist() == ["COERCE"]


def test_parquet_needs_a_file(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events", "--db", db, "--format", "parquet"]) == 2
    assert "--output" in capsys.readouterr().err
