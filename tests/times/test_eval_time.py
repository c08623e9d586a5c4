"""The TimeBank scorer: reading TimeML and counting extents and values."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval.time import read_timeml, score
from dateline.model import DatelineError

TIMEML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>demo</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">'
    "19980108</TIMEX3></DCT>\n<TEXT>\n"
    'Stocks <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">'
    'yesterday</TIMEX3> for a <TIMEX3 tid="t2" type="DURATION" value="P5Y">five year</TIMEX3> '
    'low. Talks are <TIMEX3 tid="t3" type="DATE" value="1998-W03">next week</TIMEX3>, '
    '<TIMEX3 tid="t4" type="DATE" value="1998-01">this month</TIMEX3> or '
    '<TIMEX3 tid="t5" type="DATE" value="FUTURE_REF">later</TIMEX3>.\n</TEXT>\n</TimeML>\n'
)


@pytest.fixture
def timeml(tmp_path: Path) -> Path:
    path = tmp_path / "demo.tml"
    path.write_text(TIMEML, encoding="utf-8")
    return path


def test_read_timeml_offsets_point_into_the_plain_text(timeml: Path) -> None:
    doc = read_timeml(timeml)
    assert doc.dct == "1998-01-08"
    assert [(doc.text[t.start : t.end], t.type) for t in doc.timexes] == [
        ("yesterday", "DATE"),
        ("five year", "DURATION"),
        ("next week", "DATE"),
        ("this month", "DATE"),
        ("later", "DATE"),
    ]
    assert "<" not in doc.text


def test_score_counts_extents_and_values(timeml: Path) -> None:
    errors: list[str] = []
    metrics = score([read_timeml(timeml)], errors)
    # yesterday, next week, this month are found and right; "later" is missed
    assert metrics["gold DATE"] == 4
    assert metrics["predicted"] == 3
    assert metrics["extent precision"] == 1.0
    assert metrics["extent recall"] == 0.75
    assert metrics["value accuracy"] == 1.0
    assert any("missed 'later'" in e for e in errors)


def test_malformed_timeml_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.tml"
    path.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(DatelineError, match="not well-formed"):
        read_timeml(path)
