"""The GeoWebNews scorer's own parts: BRAT reading, span matching, distance and correctness."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.eval import geo
from dateline.model import DatelineError


def test_read_article_keeps_toponym_types_and_notes(tmp_path: Path) -> None:
    text = "Troops left Almaty for Moscow, Russian officials said in English."
    (tmp_path / "7.txt").write_text(text, encoding="utf-8")
    (tmp_path / "7.ann").write_text(
        "T1\tLiteral 12 18\tAlmaty\n"
        "T2\tLiteral 23 29\tMoscow\n"
        "T3\tNon_Literal_Modifier 31 38\tRussian\n"
        "T4\tLanguage 58 65\tEnglish\n"
        "#1\tAnnotatorNotes T1\t1526384\n"
        "#2\tAnnotatorNotes T2\t55.75, 37.62\n",
        encoding="utf-8",
    )
    _, golds = geo.read_article(tmp_path / "7.ann")
    assert [g.text for g in golds] == ["Almaty", "Moscow", "Russian"]
    assert golds[0].geonameid == 1526384 and golds[0].point is None
    assert golds[1].point == (55.75, 37.62)


def test_match_is_one_to_one_by_overlap() -> None:
    golds = [geo.Gold(0, 6, "Almaty"), geo.Gold(10, 16, "Moscow")]
    predicted = [{"start": 0, "end": 6}, {"start": 12, "end": 20}, {"start": 30, "end": 35}]
    assert geo.match(golds, predicted) == [predicted[0], predicted[1]]


def test_distance_and_correctness() -> None:
    assert geo.distance_km((51.5074, -0.1278), (48.8566, 2.3522)) == pytest.approx(344, abs=3)
    gold = geo.Gold(0, 6, "Almaty", geonameid=1526384)
    near = {"geonameid": None, "lat": 43.3, "lon": 76.9}
    far = {"geonameid": 524901, "lat": 55.75, "lon": 37.62}
    assert geo.is_correct(gold, (43.25, 76.91), near)
    assert not geo.is_correct(gold, (43.25, 76.91), far)
    assert not geo.is_correct(gold, (43.25, 76.91), None)


def test_bad_limit_is_a_user_error() -> None:
    with pytest.raises(DatelineError, match="at least 1"):
        geo.evaluate(limit=0)
