"""The CLI end to end on real files, a real store and the shipped sample corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_list_search_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "d.db")
    code, out, err = _run(capsys, "ingest", str(CORPUS), "--db", db, "--quiet")
    assert code == 0, err
    assert "failed 0" in out and "articles/s" in out
    processed = int(out.split("processed ")[1].split(",")[0])
    assert processed >= 9

    code, out, _ = _run(capsys, "ingest", str(CORPUS), "--db", db, "--quiet")
    assert f"processed 0, skipped {processed}" in out

    code, out, _ = _run(capsys, "articles", "--db", db, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == processed
    assert all(r["title"] for r in rows)

    code, out, _ = _run(capsys, "search", "ceasefire", "--db", db)
    assert code == 0 and "Geneva" in out

    code, out, _ = _run(capsys, "show", "sample-001", "--db", db)
    doc = json.loads(out)
    assert doc["id"] == "sample-001" and doc["schema"] == "dateline/1"


def test_extract_one_is_json_many_is_jsonl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "extract", str(CORPUS / "fuel-protests.txt"))
    assert code == 0
    assert json.loads(out)["title"] == "Thousands rally in Nairobi over fuel price rise"

    code, out, _ = _run(capsys, "extract", str(CORPUS / "wire.jsonl"))
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in lines] == ["sample-001", "sample-002", "sample-003", "sample-004"]


def test_extract_is_deterministic(capsys: pytest.CaptureFixture[str]) -> None:
    _, first, _ = _run(capsys, "extract", str(CORPUS))
    _, second, _ = _run(capsys, "extract", str(CORPUS))
    assert first == second


def test_no_clean_keeps_the_text_verbatim(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "p.txt"
    page.write_text("Title line\n\nShare on Facebook\n\nBody text here, about a ceasefire.\n")
    _, out, _ = _run(capsys, "extract", str(page), "--no-clean", "--published", "2024-01-02")
    doc = json.loads(out)
    assert doc["body"] == "Title line\n\nShare on Facebook\n\nBody text here, about a ceasefire."
    assert doc["published"] == "2024-01-02"


def test_bad_records_are_reported_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = tmp_path / "r.jsonl"
    records.write_text(
        '{"id": "a", "text": "Police arrested 12 people in the capital on Monday."}\n'
        "{not json\n"
        '{"id": "c", "text": "Talks between the two governments resumed in Doha on Tuesday."}\n'
    )
    code, out, err = _run(capsys, "extract", str(records))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [line["id"] for line in lines] == ["a", f"{records}:2", "c"]
    assert "error" in lines[1] and "Traceback" not in err
    assert f"{records}:2" in err

    db = str(tmp_path / "f.db")
    code, out, err = _run(capsys, "ingest", str(records), "--db", db, "--quiet")
    assert code == 1 and "processed 2" in out and "failed 1" in out
    _, out, _ = _run(capsys, "failures", "--db", db)
    assert f"{records}:2" in out


def test_user_errors_have_no_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 200)
    code, _, err = _run(capsys, "articles", "--db", str(junk))
    assert code == 2 and "not a dateline store" in err and "Traceback" not in err
    code, _, err = _run(capsys, "show", "missing", "--db", str(tmp_path / "new.db"))
    assert code == 2 and "no article" in err


def test_help_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("extract", "ingest", "articles", "search", "show", "failures", "eval"):
        with pytest.raises(SystemExit) as exit_info:
            main([command, "--help"])
        assert exit_info.value.code == 0
        assert "usage: dateline" in capsys.readouterr().out


def test_a_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(CORPUS / "fuel-protests.txt"), "--published", "someday"])
    assert exit_info.value.code == 2
    assert "is not a date" in capsys.readouterr().err


def test_feed_dates_are_normalised(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "extract", str(CORPUS / "feed.xml"))
    assert [json.loads(line)["published"] for line in out.splitlines()] == [
        "2024-10-10",
        "2024-10-28",
    ]
