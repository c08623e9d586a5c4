"""The facts stage end to end on the shared spaCy parse: types, figures, units and offsets."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.facts import annotate
from dateline.model import Document


def _facts(text: str) -> list[dict[str, Any]]:
    doc = annotate(Document(body=text))
    for fact in doc.facts:
        assert doc.body[fact["start"] : fact["end"]] == fact["text"]
    return doc.facts


def _brief(fact: dict[str, Any]) -> tuple[Any, ...]:
    return fact["type"], fact["value"], fact["min"], fact["max"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen opened fire, killing 14 people.", [("KILL", 14, 14, 14)]),
        ("14 people were killed in the attack.", [("KILL", 14, 14, 14)]),
        ("The death toll rose to 30 on Sunday.", [("KILL", 30, 30, 30)]),
        ("The blast injured dozens.", [("WOUND", None, 24, None)]),
        ("50,000 people marched through the capital.", [("PROTEST", 50000, 50000, 50000)]),
        ("Thousands were displaced by the floods.", [("DISPLACE", None, 2000, None)]),
        ("Thousands fled their homes.", [("DISPLACE", None, 2000, None)]),
        ("Militants kidnapped 20 schoolgirls.", [("ABDUCT", 20, 20, 20)]),
        ("200 people remain missing.", [("MISSING", 200, 200, 200)]),
        ("The drought is affecting 2 million people.", [("AFFECTED", 2000000, 2000000, 2000000)]),
        ("It is a city of 3 million.", [("POPULATION", 3000000, 3000000, 3000000)]),
        ("Police detained 47 protesters.", [("DETAIN", 47, 47, 47)]),
        ("Up to 5,000 may have died.", [("KILL", 5000, None, 5000)]),
        ("About 300 people were injured.", [("WOUND", 300, None, None)]),
        ("Security forces killed between 20 and 30 protesters.", [("KILL", None, 20, 30)]),
        ("The blast wounded 41 others, eleven of them critically.", [("WOUND", 41, 41, 41)]),
        ("A 10,000-strong crowd marched on parliament.", [("PROTEST", 10000, 10000, 10000)]),
        ("They fled after killing one and injuring five.", [("KILL", 1, 1, 1), ("WOUND", 5, 5, 5)]),
        (
            "The UN says 3.4 million Syrians are refugees.",
            [("DISPLACE", 3400000, 3400000, 3400000)],
        ),
        ("He was one of 30 people arrested.", [("ARREST", 30, 30, 30)]),
        ("The militia is holding 200 captives.", [("ABDUCT", 200, 200, 200)]),
        ("Cholera has sickened 4,000 people in the camps.", [("AFFECTED", 4000, 4000, 4000)]),
        ("There are 300 people in custody.", [("DETAIN", 300, 300, 300)]),
        ("Two gunmen killed five people.", [("KILL", 5, 5, 5)]),
        ("Two gunmen held 30 people hostage.", [("ABDUCT", 30, 30, 30)]),
        ("They seek 14 fishermen who went missing.", [("MISSING", 14, 14, 14)]),
        ("Police fired on several thousand demonstrators.", [("PROTEST", None, 3000, None)]),
        ("The storm left a million customers without power.", [("AFFECTED", *[1000000] * 3)]),
        ("The country's 1.4 billion people", [("POPULATION", 1400000000, 1400000000, 1400000000)]),
        ("Nearly 2.5 lakh people have been displaced.", [("DISPLACE", 250000, None, None)]),
        (
            "The attack killed 12 people and wounded 30 others.",
            [("KILL", 12, 12, 12), ("WOUND", 30, 30, 30)],
        ),
    ],
)
def test_types_and_figures(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert [_brief(f) for f in _facts(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister, aged 62, visited the border on March 3 for two hours.",
        "He was detained for 30 days in 2021.",
        "During his first visit to the G20, Covid-19 was discussed.",
        "No one was killed in the attack.",
        "Prosecutors charged four police officers over the death of the teenager.",
        "The floods damaged 2,000 homes.",
        "Men aged between 18 and 60 were detained at the checkpoint.",
        "Ali, 45, was arrested on Monday.",
    ],
)
def test_no_false_facts(text: str) -> None:
    assert _facts(text) == []


def test_units_who_and_hedge() -> None:
    facts = _facts("At least three journalists were reportedly arrested, and 2,000 families fled.")
    arrest, displaced = facts
    assert arrest["type"] == "ARREST" and arrest["qualifier"] == "at_least"
    assert (arrest["unit"], arrest["who"], arrest["hedge"]) == (
        "people",
        "journalist",
        "reportedly",
    )
    assert (displaced["type"], displaced["unit"]) == ("DISPLACE", "family")


def test_money_currency_and_unit() -> None:
    (fact,) = _facts("The storm caused £4.5m of damage.")
    assert (fact["type"], fact["value"], fact["currency"], fact["unit"]) == (
        "MONEY",
        4500000,
        "GBP",
        "money",
    )
    assert fact["trigger"] is None


def test_text_without_numbers_is_not_parsed() -> None:
    doc = annotate(Document(body="Nothing is counted here."))
    assert doc.facts == [] and doc.parsed is None


def test_other_languages_get_no_facts() -> None:
    doc = annotate(Document(body="Au moins 12 personnes ont été tuées.", language="fr"))
    assert doc.facts == []


def test_seed_article(seed_text: str) -> None:
    """The Dawn seed story: detentions, arrests, damage estimate and population."""
    start = seed_text.index("ALMATY: Russian troops")
    end = seed_text.index("reportedly under arrest.") + len("reportedly under arrest.")
    facts = _facts(seed_text[start:end])
    by_type = {f["type"]: f for f in facts}
    assert set(by_type) == {"DETAIN", "ARREST", "MONEY", "POPULATION"}
    detain = by_type["DETAIN"]
    assert (detain["min"], detain["qualifier"], detain["unit"]) == (12000, "at_least", "people")
    arrest = by_type["ARREST"]
    assert (arrest["value"], arrest["who"], arrest["hedge"]) == (3, "journalist", "reportedly")
    money = by_type["MONEY"]
    assert (money["min"], money["max"], money["currency"]) == (2e9, 3e9, "USD")
    assert by_type["POPULATION"]["value"] == 1800000
