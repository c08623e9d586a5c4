"""The HTML cleaner on our own news pages in several site styles, and on broken HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.clean import clean_record
from dateline.clean.html import clean_html
from dateline.model import DatelineError, Document

PAGES = Path(__file__).parent / "pages"


def page(name: str, **kwargs: str) -> Document:
    return clean_html((PAGES / name).read_text(encoding="utf-8"), **kwargs)


def removed(doc: Document, kind: str) -> list[str]:
    return [r.text for r in doc.removed if r.kind == kind]


def test_wire_story_with_json_ld_metadata() -> None:
    doc = page("wire_jsonld.html")
    assert doc.title == "Grain convoy reaches port after week-long delay"
    assert doc.published == "2023-03-07"
    assert doc.updated == "2023-03-08"
    assert doc.site == "Northwind Wire"
    assert doc.url == "https://www.northwindwire.example/world/grain-convoy-reaches-port-2031"
    assert doc.authors == ["Marta Kowalczyk", "Oleh Bondar"]
    assert doc.dateline is not None
    assert doc.dateline.place == "Odesa"
    assert doc.dateline.text == "ODESA, March 7 (Northwind)"
    assert doc.body.startswith("ODESA, March 7 (Northwind) - A convoy of 140 grain trucks")
    assert doc.body.endswith("expected to leave by the end of the week, weather permitting.")
    assert doc.captions == [
        "Grain trucks queue at a checkpoint near the border on March 5, 2023. REUTERS/Ivan Petrenko"
    ]
    assert "Share this article" in removed(doc, "share")
    assert removed(doc, "byline") == [
        "Reporting by Marta Kowalczyk and Oleh Bondar; Editing by Peter Graves"
    ]
    for boilerplate in ("Share this", "Reporting by", "Wheat prices fall", "All rights", "Home"):
        assert boilerplate not in doc.body


def test_print_footer_page_with_cookie_banner_and_sidebar() -> None:
    doc = page("print_footer.html")
    assert doc.title == "Flood waters recede in northern districts"
    assert doc.published == "2022-01-14"
    assert doc.site == "The Daily Ledger"
    assert doc.authors == ["Sana Iqbal"]
    assert doc.dateline is not None
    assert (doc.dateline.text, doc.dateline.place) == ("PESHAWAR", "Peshawar")
    assert doc.captions == [
        "Residents wade through a flooded street in Nowshera on Wednesday. — APP"
    ]
    assert removed(doc, "footer") == ["Published in The Daily Ledger, January 14th, 2022"]
    assert doc.body.startswith("PESHAWAR: Flood waters began to recede")
    assert doc.body.endswith("to repair damaged schools and clinics.")
    for boilerplate in ("cookies", "Published in", "Most Read", "Cabinet approves", "Residents"):
        assert boilerplate not in doc.body
    assert len(doc.body.split("\n\n")) == 4


def test_us_paper_byline_adverts_promo_link_and_caption() -> None:
    doc = page("us_paper.html")
    assert doc.title == "City council approves bike lane plan after long debate"
    assert doc.published == "2024-05-02"
    assert doc.site is None  # the page names no site and no URL was given
    assert doc.authors == ["Dana Whitfield", "Carlos Ortega"]
    assert doc.dateline is None
    assert doc.captions == [
        "Cyclists ride along Fourth Street on Tuesday evening. "
        "(Photo: Lee Grant/The Riverside Times)"
    ]
    assert removed(doc, "advert") == ["Advertisement", "Advertisement"]
    assert removed(doc, "related") == ["COUNCIL DELAYS VOTE ON DOWNTOWN TRANSIT PLAN"]
    assert removed(doc, "title") == [doc.title]
    assert removed(doc, "standfirst") == [
        "The plan adds 14 miles of protected lanes over three years, funded by a state "
        "transportation grant."
    ]
    assert len(removed(doc, "subscribe")) == 1
    assert "Council member Rita Alvarez, who voted against the plan" in doc.body
    assert "Ward 4" not in doc.body  # the hidden hover card
    assert doc.body.startswith("After more than four hours of public comment")
    assert doc.body.endswith("a state transportation grant awarded last year.")
    assert len(doc.body.split("\n\n")) == 4


def test_uk_tabloid_read_more_and_dont_miss_links() -> None:
    url = "https://www.evening-courier.example/news/storm-edith-1199"
    doc = page("uk_tabloid.html", url=url)
    assert doc.title == "Storm Edith: Coastal towns brace for 90mph winds"
    assert (doc.published, doc.updated) == ("2025-11-20", "2025-11-21")
    assert doc.site == "Evening Courier"  # after the headline in the window title
    assert doc.url == url
    assert doc.authors == ["Harriet Miles"]
    related = removed(doc, "related")
    assert "READ MORE: Flood warnings issued as river levels rise across the region" in related
    assert "Drivers warned of hazardous conditions on A30 [VIDEO]" in related
    for boilerplate in ("READ MORE", "[VIDEO]", "[INSIGHT]", "[LATEST]", "WhatsApp"):
        assert boilerplate not in doc.body
    assert doc.body.startswith("The Met Office issued an amber warning")
    assert doc.body.endswith("further heavy rain is forecast for the weekend.")
    assert len(doc.body.split("\n\n")) == 5


@pytest.mark.parametrize(
    "window",
    [
        "Dam repairs to start in spring | Valley Herald",
        "Dam repairs to start in spring - Valley Herald",
        "Valley Herald: Dam repairs to start in spring",
    ],
)
def test_site_name_is_cut_from_the_title(window: str) -> None:
    html = f"""<html><head><title>{window}</title>
    <meta property="og:site_name" content="Valley Herald"></head>
    <body>{PARAGRAPH}{PARAGRAPH}</body></html>"""
    doc = clean_html(html)
    assert (doc.title, doc.site) == ("Dam repairs to start in spring", "Valley Herald")


def test_site_credited_as_author_is_not_an_author() -> None:
    html = f"""<html><head><meta name="author" content="Valley Herald">
    <meta property="og:site_name" content="Valley Herald"></head>
    <body>{PARAGRAPH}{PARAGRAPH}</body></html>"""
    doc = clean_html(html)
    assert (doc.authors, doc.site) == ([], "Valley Herald")


def test_site_falls_back_to_the_url_domain() -> None:
    html = (PAGES / "fragment.html").read_text(encoding="utf-8")
    assert clean_html(html, url="https://www.maghreb-daily.example/eco/1").site == (
        "maghreb-daily.example"
    )


def test_caption_wrapper_lists_its_caption_once_without_toggles() -> None:
    html = f"""<html><body><article>{PARAGRAPH}
    <div class="photo-caption"><span class="caption-text">Volunteers carry sandbags along the
    river bank in Sylhet on Sunday.</span> <a class="caption-more">more</a>
    <span class="caption-credit">Photo: Rahim Uddin</span></div>
    {PARAGRAPH}</article></body></html>"""
    doc = clean_html(html)
    assert doc.captions == [
        "Volunteers carry sandbags along the river bank in Sylhet on Sunday.",
        "Photo: Rahim Uddin",
    ]
    assert "Volunteers" not in doc.body


def test_story_hidden_until_a_click_is_still_found() -> None:
    html = f"<html><body><div style='display:none'>{PARAGRAPH}{PARAGRAPH}</div></body></html>"
    assert clean_html(html).body.startswith("Rescue teams worked through the night")


def test_caller_metadata_wins_over_the_page() -> None:
    doc = page(
        "wire_jsonld.html",
        title="Convoy arrives",
        published="2023-03-06",
        site="Feed Site",
        url="https://feed.example/item/1",
    )
    assert (doc.title, doc.published, doc.site, doc.url) == (
        "Convoy arrives",
        "2023-03-06",
        "Feed Site",
        "https://feed.example/item/1",
    )
    assert doc.updated == "2023-03-08"


def test_fragment_without_html_or_body_tags() -> None:
    doc = page("fragment.html")
    assert doc.dateline is not None
    assert (doc.dateline.text, doc.dateline.place) == ("RABAT", "Rabat")
    assert removed(doc, "advert") == ["Advertisement"]
    assert doc.body.endswith("at its previous meeting in March.")
    assert len(doc.body.split("\n\n")) == 3


def test_body_never_holds_caption_or_removed_text() -> None:
    for path in sorted(PAGES.glob("*.html")):
        doc = clean_html(path.read_text(encoding="utf-8"))
        paragraphs = doc.body.split("\n\n")
        assert all(p.strip() == p and p for p in paragraphs), path.name
        for text in doc.captions + [r.text for r in doc.removed]:
            assert text not in paragraphs, (path.name, text)


PARAGRAPH = (
    "<p>Rescue teams worked through the night to reach villages cut off by the landslide, "
    "officials said on Sunday, as rain continued to fall across the mountain district.</p>"
)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div><p>Rescue teams worked through the night to reach villages cut off",
        f"<html><head><title>Landslide</title></head>{PARAGRAPH}{PARAGRAPH}",
        PARAGRAPH + "<p>Then <b>bold <i>nested</b> wrongly</i> closed</p><div><span>",
        "<div>" * 5000 + PARAGRAPH + "</div>" * 10,
        "<table><tr><td>" * 300 + PARAGRAPH,
        "<?xml version='1.0' encoding='iso-8859-1'?><html><body>" + PARAGRAPH,
        "<html><body>\x00\x01" + PARAGRAPH + "</body></html>",
    ],
    ids=["truncated", "no-body", "misnested", "deep-divs", "deep-tables", "xml-decl", "nul"],
)
def test_malformed_html_still_gives_the_text(html: str) -> None:
    doc = clean_html(html)
    assert "Rescue teams worked through the night" in doc.body


@pytest.mark.parametrize(
    "html",
    ["", "   \n", "<html><body><script>var x = 1;</script></body></html>", "<html></html>"],
    ids=["empty", "blank", "script-only", "no-text"],
)
def test_html_without_text_is_a_clear_error(html: str) -> None:
    with pytest.raises(DatelineError, match=r"(?i)empty|no article text"):
        clean_html(html)


def test_clean_record_routes_html_here_and_detects_language() -> None:
    doc = clean_record((PAGES / "print_footer.html").read_text(encoding="utf-8"), kind="html")
    assert doc.language == "en"
    assert doc.site == "The Daily Ledger"
    assert doc.body.startswith("PESHAWAR:")


def test_a_url_given_as_content_is_text_not_fetched() -> None:
    """htmldate and trafilatura download when handed a URL string; we only hand them trees."""
    doc = clean_html("<p>https://example.com/news/article-1</p>")
    assert doc.body == "https://example.com/news/article-1"
