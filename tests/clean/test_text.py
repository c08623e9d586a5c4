"""The scraped-text cleaner on pages in the styles of many kinds of news sites, and the seed."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dateline.clean.text import clean_text
from dateline.model import Dateline, DatelineError, Document

PAGES = Path(__file__).parent / "pages"


@dataclass
class Expected:
    """What the cleaner must find on one page."""

    title: str | None
    published: str | None
    site: str | None
    dateline: Dateline | None
    authors: list[str]
    captions: list[str]
    starts: str
    ends: str
    removed: dict[str, list[str]]  # kind -> texts that must be removed as that kind
    updated: str | None = None
    url: str | None = None
    absent: list[str] = field(default_factory=list)  # must appear nowhere in the body


CASES: dict[str, Expected] = {
    "wire_agency": Expected(
        title="Aid convoy reaches besieged town after week-long standoff",
        published="2024-03-05",
        site="Reuters",
        dateline=Dateline("KHARTOUM, March 5 (Reuters)", "Khartoum"),
        authors=["Priya Raman", "Tom Kellerman"],
        captions=[],
        starts="KHARTOUM, March 5 (Reuters) - A convoy",
        ends="the International Organization for Migration.",
        removed={
            "navigation": ["Skip to main content", "World", "3 minute read"],
            "byline": [
                "By Priya Raman",
                "Reporting by Priya Raman in Nairobi and Tom Kellerman in Geneva; "
                "Editing by Alan Brisk",
            ],
            "published": ["March 5, 2024 2:14 PM GMT"],
            "sidebar": ["Our Standards: The Trust Principles."],
            "related": ["Read Next", "Cold snap lifts European gas prices"],
        },
    ),
    "uk_paper": Expected(
        title="Farmers block roads across northern France over fuel duty",
        published="2024-02-12",
        site="The Morning Courier",
        dateline=None,
        authors=["Hélène Marchand"],
        captions=[
            "Tractors move slowly along a motorway near Lille on Monday morning. "
            "Photograph: Jean Dupont/AFP"
        ],
        starts="Thousands of farmers drove tractors",
        ends="the protests had been peaceful.",
        removed={
            "navigation": ["The Morning Courier", "News | World | Europe"],
            "byline": ["By Hélène Marchand in Lille"],
            "share": ["Share"],
            "related": [
                "Read more: French ministers offer farmers tax relief in bid to end protests"
            ],
            "sidebar": ["Most popular", "The best budget walking boots, tested"],
            "copyright": ["© 2024 The Morning Courier Ltd. All rights reserved."],
        },
        absent=["Protests spread to a dozen departments"],
    ),
    "us_paper": Expected(
        title="State senate passes water rights bill after marathon session",
        published="2023-06-03",
        updated="2023-06-04",
        site="lakesidetribune.com",
        url="https://www.lakesidetribune.com/2023/06/03/politics/water-bill.html",
        dateline=Dateline("SACRAMENTO, Calif.", "Sacramento"),
        authors=["Daniel Okafor", "Maria Gutierrez"],
        captions=[],
        starts="SACRAMENTO, Calif. — The State Senate passed",
        ends="cost thousands of jobs.",
        removed={
            "advert": [
                "Advertisement",
                "Continue reading the main story",
                "Story continues below advertisement",
            ],
            "share": ["Share full article", "Facebook", "Twitter", "Email"],
            "subscribe": ["Subscribe"],
            "navigation": ["Skip to content", "Log in", "POLITICS"],
            "footer": [
                "A version of this article appears in print on June 4, 2023, Section A, Page 12 "
                "of the Lakeside edition with the headline: Senate Passes Water Bill."
            ],
            "sidebar": ["Trending", "How a small bakery became a city landmark"],
        },
    ),
    "asian_paper": Expected(
        title="Rupee slides to record low as import bill swells",
        published="2023-09-21",
        site="The Eastern Herald",
        dateline=Dateline("KARACHI", "Karachi"),
        authors=[],
        captions=["A man counts banknotes at a currency exchange in Karachi on Wednesday."],
        starts="KARACHI: The rupee fell",
        ends="said a dealer at a commercial bank.",
        removed={
            "byline": ["Staff Reporter"],
            "published": ["Published: 21 Sep, 2023 07:45am"],
            "footer": ["Published in The Eastern Herald, September 21st, 2023"],
            "related": [
                "More from Business",
                "Textile exports fall for sixth month",
                "Updated 20 Sep, 2023",
                "Gold prices hit new high",
            ],
            "share": ["Follow us on Twitter"],
        },
    ),
    "blog": Expected(
        title="What the river crossing taught me about waiting",
        published="2022-08-07",
        site="fieldnotes.example.org",
        url="https://fieldnotes.example.org/2022/08/07/river-crossing/",
        dateline=None,
        authors=["Sam Whitlow"],
        captions=[],
        starts="I spent three days at the river crossing",
        ends="picked up their bags and walked.",
        removed={
            "cookie": [
                "We use cookies to give you the best experience on our site. By continuing you "
                "agree to our cookie policy.",
                "Accept all cookies",
                "Manage preferences",
            ],
            "navigation": ["Field Notes from the Border", "Menu", "Home", "About", "Contact"],
            "share": ["Share this:", "Twitter", "Like this:"],
            "related": ["Related", "Notes from a mountain checkpoint"],
            "comments": [
                "Leave a Reply",
                "2 Comments",
                "Beautifully written, thank you for this.",
                "I crossed there in 2019 and it was the same.",
            ],
        },
    ),
    "no_dateline": Expected(
        title="Why the grain deal keeps collapsing, and what could save it",
        published="2022-01-14",
        site="Global Review",
        dateline=None,
        authors=["Amara Nwosu"],
        captions=[],
        starts="Every few months the agreement",
        ends="would remove the monthly brinkmanship.",
        removed={
            "navigation": ["Analysis", "5 min read"],
            "share": ["Listen to this article"],
            "byline": ["By Amara Nwosu | Global Review"],
            "published": ["14/01/2022"],
            "related": ["Related stories", "Ports reopen after week of closures"],
            "copyright": ["Copyright 2022 Global Review"],
        },
    ),
    "caption_repeated": Expected(
        title="Residents clear rubble after overnight strikes on Kharkiv",
        published=None,
        site="The Associated Press",
        dateline=Dateline("KYIV, Ukraine (AP)", "Kyiv"),
        authors=[],
        captions=[
            "Rescuers carry a wounded woman from a damaged building in Kharkiv, Ukraine, Friday.",
            "Firefighters spray water on a burning car in a residential area. "
            "(AP Photo/Olena Koval)",
        ],
        starts="KYIV, Ukraine (AP) — Emergency crews",
        ends="shot down 12 of the 20 missiles launched.",
        removed={
            "byline": [
                "Associated Press writer Dmitri Sorokin in Tallinn, Estonia, contributed to "
                "this report."
            ],
            "copyright": ["Copyright 2024 The Associated Press. All rights reserved."],
        },
    ),
    "title_not_first": Expected(
        title="Bridge collapse kills four as floods hit northern provinces",
        published=None,
        updated="2023-03-03",
        site=None,
        dateline=Dateline("HANOI", "Hanoi"),
        authors=["Mei Lin Tan"],
        captions=[],
        starts="HANOI — A road bridge collapsed",
        ends="the disaster agency said.",
        removed={
            "navigation": [
                "Menu",
                "E-Paper",
                "Latest",
                "The Valley Post",
                "Tags: floods, Vietnam, weather",
            ],
            "byline": ["Mei Lin Tan | Valley Post"],
            "published": ["Updated 3 March 2023 10:42 GMT"],
            "share": ["Share on Facebook"],
        },
    ),
    "wrapped_wire": Expected(
        title="Court jails opposition leader for five years",
        published="2023-10-02",
        site="Meridian Wire",
        dateline=Dateline("TBILISI, Oct 2 (Meridian Wire)", "Tbilisi"),
        authors=["Jonas Eriksen"],
        captions=[],
        starts="TBILISI, Oct 2 (Meridian Wire) - A court in Georgia sentenced the leader of the "
        "main opposition party",
        ends="The government denies interfering in the courts.",
        removed={
            "byline": ["By Jonas Eriksen", "Reporting by Jonas Eriksen; Editing by Mark Hollis"],
            "published": ["Published 2 October 2023"],
        },
    ),
    "question_title": Expected(
        title="Will the ceasefire in the north hold beyond the winter?",
        published="2023-12-12",
        site=None,
        dateline=None,
        authors=["Ruth Adeyemi"],
        captions=[
            "Villagers walk past a shelled school near the front line in November. File photo"
        ],
        starts="For the first time in two years",
        ends="said one elder in a village near the river.",
        removed={
            "standfirst": [
                "Envoys say both sides have reasons to keep the guns quiet, but few expect a "
                "settlement soon."
            ],
            "byline": ["By Ruth Adeyemi"],
            "published": ["12 December 2023"],
        },
    ),
    "chrome_teasers": Expected(
        title="Court orders release of jailed editor",
        published="2019-11-19",
        site="The Associated Press",
        dateline=Dateline("PORT LOUIS, Mauritius (AP)", "Port Louis"),
        authors=[],
        captions=[],
        starts="PORT LOUIS, Mauritius (AP) — A court on Tuesday",
        ends="said he would return to work on Wednesday.",
        removed={
            "navigation": ["Home", "Latest Headlines", "Filed Under: courts, press freedom"],
            "sidebar": [
                "Dam opens early as reservoir fills",
                "The routes will link the three largest suburbs with the city centre from March.",
            ],
            "copyright": ["© 2019 The Associated Press. All rights reserved."],
            "comments": [
                "Comments",
                "Reader2",
                "Good news, but three weeks in a cell for doing your job is still three weeks too "
                "many, and nobody will be held accountable for it, as usual in this country.",
            ],
        },
    ),
    "box_inside": Expected(
        title="Monsoon floods cut off hill towns as rivers breach banks",
        published=None,
        updated="2023-08-12",
        site=None,
        dateline=Dateline("NEW DELHI", "New Delhi"),
        authors=["Arjun Mehta"],
        captions=[],
        starts="NEW DELHI: Flash floods cut road links",
        ends="asked people to avoid travelling to the hills.",
        removed={
            "byline": ["Arjun Mehta", "(With inputs from agencies)"],
            "published": ["New Delhi, Updated: Aug 12, 2023 21:10 IST"],
            "related": [
                "Also Read: Weather office warns of more heavy rain this week",
                "More from India News",
                "Cabinet approves new drone rules",
            ],
            "sidebar": ["Trending Stories", "Gold price today: rates steady in major cities"],
        },
    ),
    "repeated_teasers": Expected(
        title="Port workers end strike after pay deal",
        published=None,
        site=None,
        dateline=Dateline("ROTTERDAM", "Rotterdam"),
        authors=[],
        captions=[],
        starts="ROTTERDAM: Dock workers",
        ends="cleared by the middle of next week.",
        removed={
            "sidebar": [
                "A new hope for the old canal",
                "Plans to reopen the waterway to barges have won the backing of the city council.",
                "Engineers found more corrosion than expected in the main span.",
            ],
        },
    ),
}


def _clean_page(name: str, url: str | None = None) -> Document:
    return clean_text((PAGES / f"{name}.txt").read_text(encoding="utf-8"), url=url)


def _removed(doc: Document, kind: str) -> list[str]:
    return [r.text for r in doc.removed if r.kind == kind]


@pytest.mark.parametrize("name", sorted(CASES))
def test_page(name: str) -> None:
    want = CASES[name]
    doc = _clean_page(name, want.url)
    assert doc.title == want.title
    assert doc.published == want.published
    assert doc.updated == want.updated
    assert doc.site == want.site
    assert doc.dateline == want.dateline
    assert doc.authors == want.authors
    assert doc.captions == want.captions
    assert doc.body.startswith(want.starts)
    assert doc.body.endswith(want.ends)
    for kind, texts in want.removed.items():
        for text in texts:
            assert text in _removed(doc, kind), (kind, text)
    for text in [*want.captions, *want.absent, *(r.text for r in doc.removed)]:
        assert text not in doc.body
    assert "\n\n\n" not in doc.body and "\n\n" in doc.body


def test_box_of_links_inside_the_article_does_not_end_it() -> None:
    body = _clean_page("box_inside").body
    assert "Schools in four districts" in body and "The chief minister" in body
    assert "Rail fares to rise from next month" not in body


def test_caption_printed_twice_around_an_advert() -> None:
    caption = "Officials arrive for the meeting at the finance ministry in the capital on Monday."
    doc = clean_text(
        f"Ministers meet on fuel prices\n{caption}\nAdvertisement\n{caption}\n"
        "ISLAMABAD: Ministers met on Monday to discuss a rise in fuel prices, officials said."
    )
    assert doc.captions == [caption]
    assert doc.body.startswith("ISLAMABAD: Ministers met")
    assert _removed(doc, "advert") == ["Advertisement"]


def test_photo_credit_inside_the_article_does_not_end_it() -> None:
    doc = clean_text(
        "Talks resume in Geneva\n"
        "GENEVA — Talks resumed on Monday between the two sides, diplomats said.\n"
        "© Jane Doe/Reuters\n"
        "Both delegations agreed to meet again next week, the mediators said in a statement.\n"
        "© 2024 Meridian Wire. All rights reserved."
    )
    assert doc.body.endswith("the mediators said in a statement.")
    assert _removed(doc, "credit") == ["© Jane Doe/Reuters"]
    assert doc.site == "Meridian Wire"


def test_every_line_is_kept_somewhere() -> None:
    """Nothing is silently lost: each line ends in the body, the captions or ``removed``
    (folded lines inside the paragraph they were unwrapped into)."""
    for name in CASES:
        text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
        doc = _clean_page(name)
        kept = [*doc.body.split("\n\n"), *doc.captions, *(r.text for r in doc.removed)]
        for line in text.splitlines():
            line = " ".join(line.split())
            assert not line or any(line in item for item in kept), (name, line)


def test_caller_metadata_wins() -> None:
    text = (PAGES / "asian_paper.txt").read_text(encoding="utf-8")
    doc = clean_text(
        text,
        published="2023-09-22",
        title="Rupee at record low",
        url="https://herald.example.com/x",
        site="Herald",
    )
    assert (doc.published, doc.title, doc.site) == ("2023-09-22", "Rupee at record low", "Herald")
    assert doc.url == "https://herald.example.com/x"
    # The page's own title line is still recognised and cut.
    assert "Rupee slides to record low as import bill swells" in _removed(doc, "title")


def test_caller_date_is_written_as_iso() -> None:
    text = (PAGES / "asian_paper.txt").read_text(encoding="utf-8")
    assert clean_text(text, published="Fri, 22 Sep 2023 10:00:00 GMT").published == "2023-09-22"
    assert clean_text(text, published="2023-09-22T10:00:00Z").published == "2023-09-22"


def test_caller_title_with_site_suffix_matches_the_page_title() -> None:
    text = (
        "Valley Morning News Online Edition\nTalks resume in Geneva today\n"
        "GENEVA — Talks resumed on Monday between the two sides, diplomats said."
    )
    doc = clean_text(text, title="Talks resume in Geneva today | Valley Morning News")
    assert doc.title == "Talks resume in Geneva today | Valley Morning News"
    assert _removed(doc, "title") == ["Talks resume in Geneva today"]
    assert _removed(doc, "navigation") == ["Valley Morning News Online Edition"]


def test_caller_title_found_on_the_page_is_cut() -> None:
    text = "Site News\nMenu\nTalks resume\nGENEVA — Talks resumed on Monday between the two sides."
    doc = clean_text(text, title="Talks resume")
    assert doc.title == "Talks resume"
    assert "Talks resume" in _removed(doc, "title")
    assert doc.body == "GENEVA — Talks resumed on Monday between the two sides."


def test_empty_text_is_a_clear_error() -> None:
    for text in ("", "  \n\n\t "):
        with pytest.raises(DatelineError, match=r"^empty"):
            clean_text(text)


def test_only_boilerplate_is_a_clear_error() -> None:
    with pytest.raises(DatelineError, match="boilerplate"):
        clean_text("Share on Facebook\nAdvertisement\nSubscribe to our newsletter")


def test_text_without_structure_keeps_everything_but_boilerplate() -> None:
    doc = _clean_page("no_structure")
    assert doc.title is None and doc.dateline is None
    assert doc.body.split("\n\n") == [
        "Police arrested 12 people in the capital on Monday after a protest outside the "
        "parliament turned violent, a police spokesman said.",
        "Protesters threw stones at officers, who responded with tear gas.",
        "The opposition said its supporters had been peaceful and blamed the police for the "
        "violence.",
    ]
    assert _removed(doc, "advert") == ["Advertisement"]


def test_short_lines_without_prose_are_kept() -> None:
    doc = clean_text("ceasefire talks\nkyiv\nmonday")
    assert doc.body == "ceasefire talks\n\nkyiv\n\nmonday"


def test_whitespace_and_mojibake_are_tidied() -> None:
    doc = clean_text(
        "Kazakhstanâ€™s leaders  met\u00a0on Monday to discuss the unrest in Almaty.\r\n"
    )
    assert doc.body == "Kazakhstan’s leaders met on Monday to discuss the unrest in Almaty."


SEED_SIDEBAR = [
    "Opinion",
    "Editorial",
    "Return to the helm",
    "Updated 28 Apr, 2024",
    "With Nawaz Sharif as PML-N president, will we see more grievances being aired?",
    "Unvaxxed & vulnerable",
    "Gaza’s hell",
    "Missing links",
    "Freedom to report?",
    "27 Apr, 2024",
    "After Bismah",
]


def test_seed_page(seed_text: str) -> None:
    doc = clean_text(seed_text)
    assert doc.title == "Troops of Russia-led bloc begin pullout from Kazakhstan"
    assert doc.published == "2022-01-14"
    assert doc.site == "Dawn"
    assert doc.dateline == Dateline(text="ALMATY", place="Almaty")
    caption = next(line for line in seed_text.splitlines() if line.endswith("—AP"))
    assert doc.captions == [caption]
    assert caption not in doc.body
    assert _removed(doc, "caption") == [caption]  # its second copy
    assert doc.body.startswith("ALMATY: Russian troops were loading onto planes")
    assert doc.body.endswith("with at least three journalists reportedly under arrest.")
    assert "Published in Dawn, January 14th, 2022" in _removed(doc, "footer")
    assert "Published January 14, 2022" in _removed(doc, "published")
    sidebar = _removed(doc, "sidebar")
    assert all(line in sidebar for line in SEED_SIDEBAR)
    # Every line after the footer is sidebar, the teasers included.
    tail = seed_text.split("Published in Dawn, January 14th, 2022", 1)[1]
    assert {line.strip() for line in tail.splitlines() if line.strip()} <= set(sidebar)
    paragraphs = doc.body.split("\n\n")
    assert len(paragraphs) == 15
    assert all(p in seed_text for p in paragraphs)
