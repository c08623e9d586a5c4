"""The regex pass: values, ranges, currencies and qualifiers read from text alone."""

from __future__ import annotations

import pytest

from dateline.facts.numbers import find_amounts, read_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12,000", (12000.0, 1.0, False)),
        ("1.8 million", (1.8, 1e6, False)),
        ("2bn", (2.0, 1e9, False)),
        ("4.5m", (4.5, 1e6, False)),
        ("5 crore", (5.0, 1e7, False)),
        ("twenty-five", (25.0, 1.0, False)),
        ("three hundred thousand", (300000.0, 1.0, False)),
        ("a dozen", (12.0, 1.0, False)),
        ("half a million", (500000.0, 1.0, False)),
        ("dozens", (24.0, 1.0, True)),
        ("tens of  thousands", (20000.0, 1.0, True)),
    ],
)
def test_read_number(text: str, expected: tuple[float, float, bool]) -> None:
    assert read_number(text) == expected


def _one(text: str):
    amounts = find_amounts(text)
    assert len(amounts) == 1, [text[a.start : a.end] for a in amounts]
    return amounts[0]


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "currency"),
    [
        ("could total $2-3 billion in damage", "$2-3 billion", 2e9, 3e9, "USD"),
        ("between 10 and 20 people", "between 10 and 20", 10, 20, None),
        ("£4.5m fine", "£4.5m", 4.5e6, 4.5e6, "GBP"),
        ("US$5 million", "US$5 million", 5e6, 5e6, "USD"),
        ("USD 3bn", "USD 3bn", 3e9, 3e9, "USD"),
        ("5 million Pakistani rupees", "5 million Pakistani rupees", 5e6, 5e6, "PKR"),
        ("2bn rupees", "2bn rupees", 2e9, 2e9, "unknown"),
        ("1.5 billion euros", "1.5 billion euros", 1.5e9, 1.5e9, "EUR"),
        ("two or three journalists", "two or three", 2, 3, None),
        ("hundreds of thousands of people", "hundreds of thousands", 2e5, None, None),
    ],
)
def test_amounts(
    text: str, span: str, low: float, high: float | None, currency: str | None
) -> None:
    amount = _one(text)
    assert text[amount.start : amount.end] == span
    assert (amount.low, amount.high, amount.currency) == (low, high, currency)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("at least 12,000 people", "at_least"),
        ("more than 300", "more_than"),
        ("over 40", "more_than"),
        ("up to 5,000", "at_most"),
        ("as many as 60", "at_most"),
        ("fewer than 20", "less_than"),
        ("some 40", "approx"),
        ("nearly two thousand", "approx"),
        ("an estimated 12 million", "approx"),
        ("dozens", "vague"),
        ("14 people", None),
    ],
)
def test_qualifiers(text: str, qualifier: str | None) -> None:
    amount = _one(text)
    assert amount.qualifier == qualifier
    assert amount.start == 0  # the span covers the qualifier


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Covid-19 and the G20 and an F-16", []),
        ("at 10:30 on 12/03, or 3pm", []),
        ("a 45-year-old man on a three-day visit", []),
        ("up 50% or 12 per cent or 7 percent", []),
        ("the 2021-22 season ended 3-1", []),
        ("call 021-111-2222", []),
        ("her first visit, the 1st time", []),
        ("200 pounds of explosives", ["200"]),  # a count of pounds, but not money
    ],
)
def test_not_counts(text: str, left: list[str]) -> None:
    """Codes, times, dates, ages, percentages, scores and phone numbers are no amounts."""
    amounts = find_amounts(text)
    assert [text[a.start : a.end] for a in amounts] == left
    assert all(a.currency is None for a in amounts)


def test_change_is_two_figures_not_a_range() -> None:
    amounts = find_amounts("the toll rose from 10 to 30")
    assert [(a.low, a.high) for a in amounts] == [(10, 10), (30, 30)]


def test_year_is_marked() -> None:
    assert _one("in 2021").year_like
    assert not _one("2,021 people").year_like


@pytest.mark.parametrize(
    ("text", "url", "currency"),
    [
        ("Pakistan approved Rs5bn for flood relief.", None, "PKR"),
        ("India and Pakistan each pledged 2bn rupees.", None, "unknown"),
        ("The city pledged 2bn rupees.", "https://news.example.pk/story", "PKR"),
        ("The city pledged 2bn rupees.", "https://news.example.com/story", "unknown"),
        ("Kenya raised 5m shillings.", None, "KES"),
        ("It cost 4,000 Indian rupees.", None, "INR"),
    ],
)
def test_ambiguous_currency_settled_by_the_story(text: str, url: str | None, currency: str) -> None:
    (amount,) = find_amounts(text, url)
    assert amount.currency == currency
