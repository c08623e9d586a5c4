"""The document model: schema conformance, determinism and round trips."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from dateline.model import Dateline, DatelineError, Document, Removed


def _schema() -> dict:
    text = resources.files("dateline").joinpath("schema/document.schema.json").read_text()
    return json.loads(text)


def _doc() -> Document:
    return Document(
        body="ALMATY: Troops left on Thursday.\n\nThe mission is over.",
        title="Troops leave",
        published="2022-01-14",
        site="Example",
        dateline=Dateline(text="ALMATY", place="Almaty"),
        captions=["Troops boarding a plane.—AP"],
        removed=[Removed(kind="footer", text="Published in Example, January 14th, 2022")],
    )


def test_document_json_follows_the_published_schema() -> None:
    jsonschema.validate(json.loads(_doc().to_json()), _schema())


def test_json_is_deterministic_and_ids_are_content_hashes() -> None:
    a, b = _doc(), _doc()
    assert a.to_json() == b.to_json()
    assert a.id == a.hash and len(a.id) == 16
    b.body += " More."
    assert a.id != b.id


def test_a_given_record_id_is_kept_beside_the_hash() -> None:
    doc = _doc()
    doc.source_id = "rec-7"
    data = json.loads(doc.to_json())
    assert data["id"] == "rec-7" and data["hash"] == _doc().hash


def test_round_trip_through_json() -> None:
    doc = _doc()
    doc.source_id = "rec-7"
    again = Document.from_dict(json.loads(doc.to_json()))
    assert again.to_json() == doc.to_json()


def test_the_parse_is_never_serialised() -> None:
    doc = _doc()
    doc.parsed = object()
    assert "parsed" not in json.loads(doc.to_json())
    assert doc.parsed is not None


def test_unknown_schema_is_refused() -> None:
    with pytest.raises(DatelineError, match="unsupported schema"):
        Document.from_dict({"schema": "dateline/99", "body": "x"})
