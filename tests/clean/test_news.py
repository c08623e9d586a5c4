"""The shared news rules, line by line: dates, datelines, bylines, captions, boilerplate."""

from __future__ import annotations

import pytest

from dateline.clean.news import (
    byline_authors,
    copyright_site,
    date_line,
    dateline_agency,
    domain_site,
    ends_article,
    find_dateline,
    footer_site,
    is_caption,
    is_credit_line,
    line_kind,
    name_line,
    parse_date,
    place_case,
    section_kind,
)
from dateline.model import Dateline


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published January 14, 2022", "2022-01-14"),
        ("Updated 3 March 2023 10:42 GMT", "2023-03-03"),
        ("January 14th, 2022", "2022-01-14"),
        ("Jan. 4 2022", "2022-01-04"),
        ("28 Apr, 2024", "2024-04-28"),
        ("the 2nd of September 2021", "2021-09-02"),
        ("2022-01-14T10:00:00Z", "2022-01-14"),
        ("2022/01/14", "2022-01-14"),
        ("14.01.2022", "2022-01-14"),
        ("14/01/2022", "2022-01-14"),  # day > 12: only day-first reading is possible
        ("01/14/2022", "2022-01-14"),  # month-first, settled by the numbers
        ("05/05/2022", "2022-05-05"),
        ("03/04/2022", None),  # 3 April or March 4: refuse to guess
        ("February 30, 2022", None),
        ("2 hours ago", None),
        ("no date here", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_parse_date_reads_slashes_as_told() -> None:
    assert parse_date("03/04/2022", dayfirst=True) == "2022-04-03"
    assert parse_date("03/04/2022", dayfirst=False) == "2022-03-04"


def test_parse_date_takes_the_first_date_written() -> None:
    assert parse_date("Updated 5 March 2024, first published March 1, 2024") == "2024-03-05"


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("Published January 14, 2022", {"published": "2022-01-14"}),
        ("Updated 28 Apr, 2024", {"updated": "2024-04-28"}),
        ("Friday, January 14, 2022", {"published": "2022-01-14"}),
        ("Mon 12 Feb 2024 18.05 GMT", {"published": "2024-02-12"}),
        ("Published: 21 Sep, 2023 07:45am", {"published": "2023-09-21"}),
        (
            "Published June 3, 2023 Updated June 4, 2023, 9:12 a.m. ET",
            {"published": "2023-06-03", "updated": "2023-06-04"},
        ),
        (
            "Updated: 4 May 2023 | Published: 3 May 2023",
            {"updated": "2023-05-04", "published": "2023-05-03"},
        ),
        ("2022-01-14T10:42:00+05:00", {"published": "2022-01-14"}),
        ("Last updated 2022-01-15T08:00:00Z", {"updated": "2022-01-15"}),
        ("The talks ended on January 14, 2022.", None),
        ("Updated 2 hours ago", None),
    ],
)
def test_date_line(line: str, dates: dict[str, str] | None) -> None:
    assert date_line(line) == dates


@pytest.mark.parametrize(
    ("paragraph", "text", "place"),
    [
        ("ALMATY: Russian troops were loading onto planes.", "ALMATY", "Almaty"),
        ("KYIV, Ukraine (AP) — Russia fired missiles.", "KYIV, Ukraine (AP)", "Kyiv"),
        ("LONDON, March 3 (Reuters) - Shares fell.", "LONDON, March 3 (Reuters)", "London"),
        ("NEW DELHI — India said on Monday.", "NEW DELHI", "New Delhi"),
        ("ST. LOUIS (AP) — A jury found.", "ST. LOUIS (AP)", "St. Louis"),
        ("SACRAMENTO, Calif. — The senate passed.", "SACRAMENTO, Calif.", "Sacramento"),
        ("GUINEA-BISSAU: Soldiers were seen.", "GUINEA-BISSAU", "Guinea-Bissau"),
        ("PORT-AU-PRINCE, Haiti (AP) — Gangs.", "PORT-AU-PRINCE, Haiti (AP)", "Port-au-Prince"),
        ("KARACHI, Jan 14: The rupee fell.", "KARACHI, Jan 14", "Karachi"),
        ("ISLAMABAD, Jan 14 (APP): The cabinet.", "ISLAMABAD, Jan 14 (APP)", "Islamabad"),
        ("MOSCOW, January 14. /TASS/. Russia said.", "MOSCOW, January 14. /TASS/", "Moscow"),
        (
            "NEW YORK, Jan. 14, 2022 /PRNewswire/ -- Acme said.",
            "NEW YORK, Jan. 14, 2022 /PRNewswire/",
            "New York",
        ),
        ("Geneva (AFP) - Talks resumed.", "Geneva (AFP)", "Geneva"),
        (
            "RIO DE JANEIRO, Brazil (AP) — Rain fell.",
            "RIO DE JANEIRO, Brazil (AP)",
            "Rio de Janeiro",
        ),
    ],
)
def test_find_dateline(paragraph: str, text: str, place: str) -> None:
    assert find_dateline(paragraph) == Dateline(text=text, place=place)


@pytest.mark.parametrize(
    "paragraph",
    [
        "UPDATE: The minister resigned on Monday.",
        "EXCLUSIVE: Documents seen by this newspaper show.",
        "Meanwhile, the talks went on: nobody left.",
        "Geneva - Talks resumed.",  # a title-case place needs an agency credit
        "He said: we will return.",
        "US: The economy grew faster than expected.",  # a topic label, not a place
        "WORLD LAUNCH: The new model was shown in Cape Town.",  # not a known place
        "The troops left on Thursday.",
        "",
    ],
)
def test_find_dateline_rejects_non_datelines(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_find_dateline_reads_only_the_first_paragraph() -> None:
    assert find_dateline("The talks went on.\n\nKYIV — Later that day.") is None


def test_dateline_agency() -> None:
    assert dateline_agency(Dateline("LONDON (Reuters)", "London")) == "Reuters"
    assert dateline_agency(Dateline("KYIV, Ukraine (AP)", "Kyiv")) == "Associated Press"
    assert dateline_agency(Dateline("MOSCOW, January 14. /TASS/", "Moscow")) == "TASS"
    assert dateline_agency(Dateline("ALMATY", "Almaty")) is None
    assert dateline_agency(None) is None


def test_place_case() -> None:
    assert place_case("NEW DELHI") == "New Delhi"
    assert place_case("BOSNIA AND HERZEGOVINA") == "Bosnia and Herzegovina"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("BY JANE DOE, Staff Reporter", ["Jane Doe"]),
        ("By Hélène Marchand in Lille", ["Hélène Marchand"]),
        ("By Ann Poe, Bo Li & Carl Sagan", ["Ann Poe", "Bo Li", "Carl Sagan"]),
        ("By Amara Nwosu | Global Review", ["Amara Nwosu"]),
        ("Jane Doe | Reuters", ["Jane Doe"]),
        (
            "Reporting by Jane Doe in Kyiv and Ann Poe; Additional reporting by Bo Li; "
            "Editing by John Roe",
            ["Jane Doe", "Ann Poe", "Bo Li"],
        ),
        (
            "(Reporting by Jane Doe; Writing by Ann Poe; Editing by John Roe)",
            ["Jane Doe", "Ann Poe"],
        ),
        ("By JANE DOE and JOHN ROE, Associated Press", ["Jane Doe", "John Roe"]),
        ("By JANE DOE Associated Press", ["Jane Doe"]),
        ("By Jane Doe, The Lakeside Tribune", ["Jane Doe"]),
        ("By Jean de la Fontaine", ["Jean de la Fontaine"]),
        ("By Our Correspondent", []),
        ("Staff Reporter", []),
        ("AP writer Jane Doe in Tallinn contributed to this report.", []),
    ],
)
def test_byline_authors(line: str, authors: list[str]) -> None:
    assert byline_authors(line) == authors


@pytest.mark.parametrize(
    "line",
    [
        "By Wednesday, the troops had left",
        "By January 2022 the plan was dead",
        "The report, written by Jane Doe, said prices would rise.",
        "World | Asia | Pakistan",
        "The troops left on Thursday.",
    ],
)
def test_byline_authors_rejects_sentences(line: str) -> None:
    assert byline_authors(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "ALMATY: Peacekeepers boarding a military plane outside the capital on Thursday.—AP",
        "Protesters gather in the square on Monday. Photograph: Jane Doe/Reuters",
        "A man walks past a shuttered shop in the old city. (Photo: John Roe)",
        "Firefighters spray water on a burning car in a residential area. (AP Photo/Olena Koval)",
        "Soldiers stand guard outside the ministry in Kabul. | Getty Images",
        "FILE PHOTO: A view of the central bank building in Frankfurt",
        "Rescue workers search the rubble of a house after the quake. AFP via Getty Images",
        "A woman votes at a polling station in Nairobi, Kenya. — Reuters",
    ],
)
def test_is_caption(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe | Reuters",
        "The minister spoke to reporters on Monday.",
        "“We will come home,” Putin said — and they did.",
        "Police said photos of the suspect had been shared widely.",
        "",
    ],
)
def test_is_caption_rejects_prose(line: str) -> None:
    assert not is_caption(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Published in Dawn, January 14th, 2022", "footer"),
        ("A version of this article appears in print on June 4, 2023, Section A", "footer"),
        ("Published January 14, 2022", "published"),
        ("Published 1 day ago", "published"),
        ("Updated 3 hours ago", "published"),
        ("By Jane Doe and John Roe", "byline"),
        ("Reporting by Jane Doe; Editing by John Roe", "byline"),
        ("Share on Facebook", "share"),
        ("Share", "share"),
        ("Facebook Twitter Email", "share"),
        ("Follow us on Twitter", "share"),
        ("Subscribe to our newsletter", "subscribe"),
        ("Sign up for our morning briefing newsletter", "subscribe"),
        ("Read more: Farmers offered tax relief", "related"),
        ("Related:", "related"),
        ("Advertisement", "advert"),
        ("Story continues below advertisement", "advert"),
        ("We use cookies to improve your experience on our site.", "cookie"),
        ("Accept all cookies", "cookie"),
        ("Comments (3)", "comments"),
        ("Leave a Reply", "comments"),
        ("Leave a Reply Cancel reply", "comments"),
        ("You must be logged in to post a comment.", "comments"),
        ("Previous Post", "navigation"),
        ("Most Popular Videos", "sidebar"),
        ("Latest headlines", "sidebar"),
        ("Facebook VKontakte Odnoklassniki", "share"),
        ("© 2023 The Guardian", "copyright"),
        ("© Jane Doe/Reuters", "credit"),
        ("Copyright 2024 Reuters. All rights reserved.", "copyright"),
        ("Home | World | Asia", "navigation"),
        ("Skip to main content", "navigation"),
        ("Tags: floods, Vietnam, weather", "navigation"),
        ("5 min read", "navigation"),
        ("Opinion", "sidebar"),
        ("Most read", "sidebar"),
        ("More from Business", "related"),
        ("Write to Jane Doe at jane.doe@example.com", "contact"),
        ("Write to Jane Doe at jd@example.com and John Roe at jr@example.com", "contact"),
        ("Email: news@example.org", "contact"),
        ("Click here to subscribe", "subscribe"),
        ("Don't miss out: subscribe today!", "subscribe"),
        ("Click here to read the full report.", "navigation"),
        ("For the full text, click here.", "navigation"),
        (
            "This article was originally published by X and is reprinted with permission",
            "footer",
        ),
        ("Reprinted with permission from The X Company.", "footer"),
        (
            "This story was produced by an NGO and is republished under a Creative Commons "
            "license.",
            "footer",
        ),
        ("Copyright 2024 The X Company. All rights reserved.", "copyright"),
        ("(c) Copyright The X Company 2024.", "copyright"),
        ("This material may not be published, broadcast, rewritten or redistributed.", "copyright"),
        ("All content copyright The X Company.", "copyright"),
    ],
)
def test_line_kind(line: str, kind: str) -> None:
    assert line_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Return to the helm",
        "The troops were loading onto planes on Thursday.",
        "Readers who share their views on Facebook and Twitter were asked to subscribe.",
        "The company said it uses cookies from a bakery in every hamper it sends.",
        "Police said the advertisement had been removed.",
        "Published in full, the letter said the troops had left the city.",
        "He said the 24/7 cycle and/or the press was to blame.",
        "Regulators fined the company for using tracking cookies without consent.",
        "Copyright claims rose in 2023, the report said.",
        "By Wednesday the troops had left the city.",
        "Home ministry officials said the curfew would be lifted on Friday.",
        '"We urge everyone to write to your MP," she said.',
        "Write to your MP and demand action, campaigners urged on Tuesday.",
        "Send comments to the commission at consult@example.gov by March 3.",
        "The court ruled that copyright law does not protect photos published in 2023.",
        "Copyright Office data showed filings rose in 2023 and again in 2024, it said.",
        "The newspaper reprinted the letter with permission from the family, its editor said.",
        "The letter was reprinted with permission of the family.",
        "This report was republished by state media with changes, officials said.",
        "He told reporters to click here and there on the map to follow the front line.",
        "",
    ],
)
def test_line_kind_leaves_prose_alone(line: str) -> None:
    assert line_kind(line) is None


def test_sections_that_end_the_article() -> None:
    assert section_kind("Most read") == "sidebar" and ends_article("Most read")
    assert section_kind("Comments (12)") == "comments" and ends_article("Comments (12)")
    assert section_kind("More from Business") == "related" and ends_article("More from Business")
    # A "Related" box can sit inside an article, which then goes on.
    assert section_kind("Related") == "related" and not ends_article("Related")
    assert section_kind("The troops left") is None and not ends_article("The troops left")
    # Words that may head a part of the article itself do not end it.
    assert section_kind("Discussion") is None and section_kind("Highlights") is None


def test_sites() -> None:
    assert footer_site("Published in Dawn, January 14th, 2022") == "Dawn"
    assert footer_site("This article first appeared in The Daily Ledger on 3 May") == (
        "The Daily Ledger"
    )
    assert footer_site("The troops left on Thursday.") is None
    assert copyright_site("© 2023 The Guardian. All rights reserved.") == "The Guardian"
    assert copyright_site("Copyright © 2020-2024 Meridian Media Ltd") == "Meridian Media"
    assert copyright_site("All rights reserved.") is None
    assert copyright_site("© The Associated Press. All rights reserved.") == "The Associated Press"
    assert copyright_site("© Jane Doe/Reuters") is None  # a photo credit
    assert domain_site("https://www.dawn.com/news/1669533") == "dawn.com"
    assert domain_site("edition.example.com/x") == "example.com"
    assert domain_site(None) is None


def test_credit_lines() -> None:
    assert is_credit_line("Reporting by Jane Doe; Editing by John Roe")
    assert is_credit_line("(Editing by John Roe)")
    assert is_credit_line("AP writer Jane Doe in Tallinn contributed to this report.")
    assert is_credit_line("(With inputs from PTI)")
    assert not is_credit_line("The report, written by Jane Doe, said prices would rise.")
    assert not is_credit_line("By Jane Doe")


def test_name_line() -> None:
    assert name_line("Arjun Mehta") == "Arjun Mehta"
    assert name_line("Jane Doe in Kyiv") == "Jane Doe"
    assert name_line("Floods in Spain") is None
    assert name_line("Jean de la Fontaine") == "Jean de la Fontaine"
    assert name_line("Staff Reporter") is None
    assert name_line("Missing links") is None
    assert name_line("Kazakhstan") is None
    assert name_line("Arjun Mehta, Delhi") is None
