"""The time stage on short news sentences: extents, normalised values and granularities."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.model import Document
from dateline.times import annotate

FRIDAY = "2022-01-14"  # the seed story's publication day, a Friday in ISO week 2


def times(body: str, published: str | None = FRIDAY) -> list[dict[str, Any]]:
    return annotate(Document(body=body, published=published)).times


def only(body: str, published: str | None = FRIDAY) -> dict[str, Any]:
    found = times(body, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "granularity"),
    [
        # absolute dates
        ("It was signed on 2022-01-05 in Geneva.", "2022-01-05", "2022-01-05", "day"),
        ("The talks opened on 5 January 2022.", "5 January 2022", "2022-01-05", "day"),
        ("The talks opened on January 5, 2022.", "January 5, 2022", "2022-01-05", "day"),
        ("Published in Dawn, January 14th, 2022", "January 14th, 2022", "2022-01-14", "day"),
        (
            "The decree of Saturday, April 25, 1998 stands.",
            "Saturday, April 25, 1998",
            "1998-04-25",
            "day",
        ),
        (
            "Posted 2022-01-05T10:30:00Z by staff",
            "2022-01-05T10:30:00Z",
            "2022-01-05T10:30",
            "time",
        ),
        ("The order of 13/01/2022 stands.", "13/01/2022", "2022-01-13", "day"),
        ("The order of 1/13/2022 stands.", "1/13/2022", "2022-01-13", "day"),
        ("The order of 05/01/2022 stands.", "05/01/2022", None, "day"),
        ("Troops were home by Christmas.", "Christmas", "2021-12-25", "day"),
        ("Calm returned on New Year’s Day.", "New Year’s Day", "2022-01-01", "day"),
        ("The ceasefire began in March 1996.", "March 1996", "1996-03", "month"),
        ("The war ended in 1991.", "1991", "1991", "year"),
        ("Prices peaked in mid-2021.", "mid-2021", "2021", "year"),
        ("Growth slowed in the 1990s.", "the 1990s", "199", "decade"),
        ("It was popular in the '80s.", "the '80s", "198", "decade"),
        ("Towns were built in the 11th century.", "the 11th century", "10", "century"),
        ("It was founded in nineteen ninety-six.", "nineteen ninety-six", "1996", "year"),
        (
            "Output rose in the third quarter of 2021.",
            "the third quarter of 2021",
            "2021-Q3",
            "quarter",
        ),
        ("Sales in Q2 2021 fell.", "Q2 2021", "2021-Q2", "quarter"),
        ("Losses grew in the first half of 2021.", "the first half of 2021", "2021-H1", "half"),
        ("The drought of the summer of 2018 hurt.", "the summer of 2018", "2018-SU", "season"),
        ("Spending in fiscal 2021 rose.", "fiscal 2021", "FY2021", "year"),
        # relative to the publication day, Friday 14 January 2022
        ("The minister spoke today.", "today", "2022-01-14", "day"),
        ("Rebels attacked yesterday.", "yesterday", "2022-01-13", "day"),
        ("The vote is tomorrow.", "tomorrow", "2022-01-15", "day"),
        ("Troops left two days ago.", "two days ago", "2022-01-12", "day"),
        ("The plant closed six weeks ago.", "six weeks ago", "2021-W48", "week"),
        ("The law changed five months ago.", "five months ago", "2021-08", "month"),
        ("Prices rose last week.", "last week", "2022-W01", "week"),
        ("Talks resume next week.", "next week", "2022-W03", "week"),
        ("Fighting flared this week.", "this week", "2022-W02", "week"),
        ("Protests grew earlier this month.", "earlier this month", "2022-01", "month"),
        ("Exports fell last month.", "last month", "2021-12", "month"),
        ("The party won last year.", "last year", "2021", "year"),
        ("Elections are due next year.", "next year", "2023", "year"),
        ("Debt rose in the past year.", "the past year", "2021", "year"),
        ("Output fell last quarter.", "last quarter", "2021-Q4", "quarter"),
        ("Output will rise this quarter.", "this quarter", "2022-Q1", "quarter"),
        ("Turnout was low last summer.", "last summer", "2021-SU", "season"),
        ("They met over the weekend.", "the weekend", "2022-W01-WE", "week"),
        ("Talks start on Wednesday next week.", "Wednesday next week", "2022-01-19", "day"),
        ("He resigned last Monday.", "last Monday", "2022-01-10", "day"),
        ("She will speak next Friday.", "next Friday", "2022-01-21", "day"),
        ("The army said on Friday it had withdrawn.", "Friday", "2022-01-14", "day"),
        ("He arrived on Thursday morning.", "Thursday morning", "2022-01-13TMO", "time"),
        ("Shops reopened this morning.", "this morning", "2022-01-14TMO", "time"),
        # vague references and durations
        ("Prices are now falling.", "now", "PRESENT_REF", "ref"),
        ("Inflation is currently high.", "currently", "PRESENT_REF", "ref"),
        ("Prices rose recently.", "recently", "PAST_REF", "ref"),
        ("The town was calm in the past.", "the past", "PAST_REF", "ref"),
        ("It has grown ever since, up to the present.", "the present", "PRESENT_REF", "ref"),
        ("Aid will arrive soon.", "soon", "FUTURE_REF", "ref"),
        ("Talks may resume in the near future.", "the near future", "FUTURE_REF", "ref"),
        ("Fighting may resume in the coming weeks.", "the coming weeks", "FUTURE_REF", "ref"),
        ("Crime fell in recent years.", "recent years", "PAST_REF", "ref"),
        ("He left several years ago.", "several years ago", "PAST_REF", "ref"),
        ("Rents rose over the past three years.", "the past three years", "P3Y", "duration"),
        ("Rents rose over the past few months.", "the past few months", "PXM", "duration"),
        ("Ten died in the past 24 hours.", "the past 24 hours", "PT24H", "duration"),
        ("Wages stalled over the last decade.", "the last decade", "P10Y", "duration"),
        # headline capitals, and a year used as a modifier keeps its determiner out
        ("THE WAR ENDED IN MAY 2020", "MAY 2020", "2020-05", "month"),
        ("The 2022 World Cup opened.", "2022", "2022", "year"),
    ],
)
def test_expression(sentence: str, text: str, value: str | None, granularity: str) -> None:
    found = only(sentence)
    assert (found["text"], found["value"], found["granularity"]) == (text, value, granularity)
    assert sentence[found["start"] : found["end"]] == text


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a bare weekday follows the tense of its clause
        ("The president visited Almaty on Wednesday.", "2022-01-12"),
        ("The president will visit Almaty on Wednesday.", "2022-01-19"),
        ("The president is to visit Almaty on Wednesday.", "2022-01-19"),
        ("The president has met the envoy on Monday.", "2022-01-10"),
        # seasons: "last" is the latest ended, "next" the next to begin, a bare one follows tense
        ("Snow was heavy last winter.", "2020-WI"),
        ("Talks resume next summer.", "2022-SU"),
        ("The drought hit in the summer.", "2021-SU"),
        ("The drought will hit in the summer.", "2022-SU"),
        # a month and day without a year: the nearest such date
        ("The alliance set a January 22 deadline.", "2022-01-22"),
        ("Voting took place on Dec. 19.", "2021-12-19"),
        ("The court will rule on Feb. 3.", "2022-02-03"),
        # a bare month: the most recent in a past clause (but next month may be reported as
        # set), the coming one in a future clause; with no tense, the next three months
        # read as ahead and the rest as past
        ("Prices rose in November.", "2021-11"),
        ("Prices rose in March.", "2021-03"),
        ("The vote was set for February.", "2022-02"),
        ("The summit is planned for March.", "2022-03"),
        ("The deal was signed in September.", "2021-09"),
        ("Elections will be held in August.", "2022-08"),
        ("Elections will be held in December.", "2022-12"),
        ("Voting was held in December.", "2021-12"),
        ("Rallies outside parliament in September, when police used water cannon.", "2021-09"),
        ("Rallies outside parliament in March, with thousands expected.", "2022-03"),
        # an infinitive is ahead of its verb ("plans to"), unless the verb says it was tried or
        # done then ("failed to", "tried to")
        ("Ministers plan to meet in March.", "2022-03"),
        ("Ministers failed to meet in March.", "2021-03"),
        ("Protesters tried to storm the parliament in November.", "2021-11"),
    ],
)
def test_direction(sentence: str, value: str) -> None:
    assert only(sentence)["value"] == value


def test_year_ago_follows_the_quarter_under_discussion() -> None:
    found = times("Profit rose in the third quarter from a loss a year earlier.", "1989-10-26")
    assert [t["value"] for t in found] == ["1989-Q3", "1988-Q3"]
    found = times("Net income in the year-earlier quarter was flat.", "1989-10-26")
    assert found[0]["value"] == "1988-Q3"
    found = times("Sales in the third quarter beat year-ago levels.", "1989-10-26")
    assert [(t["text"], t["value"]) for t in found] == [
        ("the third quarter", "1989-Q3"),
        ("year-ago", "1988-Q3"),
    ]
    assert only("Sales fell from the 1988 quarter.", "1989-10-26")["value"] == "1988-Q3"
    found = times("Its third-quarter profit fell; the fourth quarter may be better.", "1989-10-26")
    assert [t["text"] for t in found] == ["third-quarter", "the fourth quarter"]
    assert only("Unemployment fell from a year ago.")["value"] == "2021"


def test_anaphora_refers_back_to_the_named_period() -> None:
    found = times("Output in the second quarter rose. In the quarter, sales grew.", "1989-10-26")
    assert [t["value"] for t in found] == ["1989-Q2", "1989-Q2"]
    found = times("The plant opened in 1985. That year, it made a loss.", FRIDAY)
    assert [t["value"] for t in found] == ["1985", "1985"]


def test_related_days_count_from_the_last_day_mentioned() -> None:
    found = times(
        "Rebels took the town on Monday. The next day, troops arrived. That day was calm."
    )
    assert [t["value"] for t in found] == ["2022-01-10", "2022-01-11", "2022-01-11"]
    assert only("The previous day was calm.")["value"] is None


def test_without_publication_date_relative_values_are_none() -> None:
    found = times(
        "On Wednesday, 5 January 2022, a week after Christmas, troops left yesterday.", None
    )
    assert [(t["text"], t["value"]) for t in found] == [
        ("Wednesday, 5 January 2022", "2022-01-05"),
        ("Christmas", None),
        ("yesterday", None),
    ]
    assert only("He left last week.", "not a date")["value"] is None


def test_publication_datetime_is_read_as_its_date() -> None:
    assert only("He left yesterday.", "2022-01-14T23:10:00+05:00")["value"] == "2022-01-13"


@pytest.mark.parametrize(
    "sentence",
    [
        "May I ask a question?",
        "The march drew thousands.",
        "The protest march began at noon.",
        "The 32-year old was arrested.",
        "Some 1,990 people and $2022 in cash were counted.",
        "About 2000 people and 1500 troops were there.",
        "The Sunday Times cited Security Council Resolution 1973.",
        "The present government fell.",
        "Call 555-1990 for help.",
        "The game was tied in the second half.",
        "They discussed the fall of the regime.",
    ],
)
def test_no_false_alarms(sentence: str) -> None:
    assert times(sentence) == []


def test_may_and_march_joined_to_another_month() -> None:
    found = times("Prices rose between April and March, and in June or May.")
    assert [t["value"] for t in found] == ["2021-04", "2021-03", "2021-06", "2021-05"]


def test_overlaps_keep_the_longest_expression() -> None:
    found = times("It ends by Wednesday next week, ahead of a Jan. 22 deadline.")
    assert [t["text"] for t in found] == ["Wednesday next week", "Jan. 22"]


def test_other_languages_are_skipped() -> None:
    doc = Document(body="Il est parti hier, le 5 January 2022.", published=FRIDAY, language="fr")
    assert annotate(doc).times == []


def test_empty_body() -> None:
    assert times("") == []
