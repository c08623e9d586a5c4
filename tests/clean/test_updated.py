"""The last-updated date of an HTML page: only what the page says about the article itself."""

from __future__ import annotations

import pytest

from dateline.clean.html import clean_html

PARAGRAPHS = """
<p>KHARTOUM, March 12 (Dispatch) - Aid agencies said on Tuesday that a convoy carrying food
and medicine had crossed into the besieged city after three weeks of talks with both armed
groups, the first delivery to reach its southern districts since January.</p>
<p>The convoy of 28 trucks carried enough flour, lentils and oil to feed about 40,000 people
for a month, according to a statement from the agencies, which asked that the route remain
open for further deliveries planned later in the month.</p>
<p>"Families have been living on one meal a day, and some on less," said Amira Osman, who
coordinates the relief effort from a warehouse on the edge of the city, adding that clinics
had run out of antibiotics and insulin weeks ago.</p>
<p>Local officials said fighting had eased in the area in recent days but warned that the
ceasefire agreed for the delivery would expire on Friday unless both sides agreed to extend it.</p>
"""

SIDEBAR = """
<aside class="rail">
<h2>Latest news</h2>
<ul>
<li><a href="/news/port-strike">Dock workers end strike at eastern port</a>
<time datetime="2024-03-20T09:00:00Z">Updated: March 20, 2024</time></li>
<li><a href="/news/fuel-prices">Fuel prices rise for the third month</a>
<span>Updated 19 March 2024</span></li>
</ul>
</aside>
"""
# How most news sites declare publication; htmldate, asked for the latest date, then fell back
# to the sidebar's dates.
PUBLISHED = """<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Aid convoy reaches besieged city", "datePublished": "2024-03-12T07:30:00Z"}
</script>"""


def story(*, head: str = PUBLISHED, header: str = "", after: str = "") -> str:
    """A news page built around one article: ``head`` goes in <head>, ``header`` under the
    headline (the byline area), ``after`` after the article (sidebars, related lists)."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Aid convoy reaches besieged city | Desert Dispatch</title>
{head}
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/africa">Africa</a></nav>
<main><article>
<header><h1>Aid convoy reaches besieged city</h1>
<div class="byline">By Samir Haddad</div>
{header}
</header>
{PARAGRAPHS}
</article>
{after}
</main>
<footer><p>Desert Dispatch, updated daily. Last updated March 27, 2024.</p></footer>
</body></html>"""


@pytest.mark.parametrize(
    "header", ["", '<p>Published <time datetime="2024-03-12T07:30:00Z">March 12, 2024</time></p>']
)
def test_a_later_date_in_the_sidebar_is_not_the_update(header: str) -> None:
    doc = clean_html(story(header=header, after=SIDEBAR))
    assert doc.published == "2024-03-12"
    assert doc.updated is None


def test_related_stories_in_json_ld_lend_no_date() -> None:
    related = """<script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle",
     "headline": "Aid convoy reaches besieged city", "datePublished": "2024-03-12T07:30:00Z",
     "hasPart": {"@type": "ItemList", "itemListElement": [
       {"@type": "NewsArticle", "dateModified": "2024-03-21T10:00:00Z"}]}}
    </script>"""
    assert clean_html(story(head=related, after=SIDEBAR)).updated is None


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:modified_time" content="2024-03-13T16:05:00+00:00">',
        '<meta property="og:updated_time" content="2024-03-13T16:05:00Z">',
        '<meta name="last-modified" content="Wed, 13 Mar 2024 16:05:00 GMT">',
    ],
)
def test_modified_time_in_meta_tags(head: str) -> None:
    # Sites that declare the change in meta tags declare publication there too.
    published = '<meta property="article:published_time" content="2024-03-12T07:30:00Z">'
    doc = clean_html(story(head=published + head, after=SIDEBAR))
    assert (doc.published, doc.updated) == ("2024-03-12", "2024-03-13")


def test_json_ld_date_modified_of_the_article_in_a_graph() -> None:
    head = """<script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Desert Dispatch", "dateModified": "2024-03-27"},
      {"@type": ["NewsArticle"], "headline": "Aid convoy reaches besieged city",
       "datePublished": "2024-03-12T07:30:00Z", "dateModified": "2024-03-14T11:00:00Z"}]}
    </script>"""
    assert clean_html(story(head=head, after=SIDEBAR)).updated == "2024-03-14"


def test_updated_line_under_the_byline() -> None:
    doc = clean_html(story(header="<p>Updated: March 15, 2024 10:42 GMT</p>", after=SIDEBAR))
    assert (doc.published, doc.updated) == ("2024-03-12", "2024-03-15")
    assert "Updated" not in doc.body


def test_updated_text_run_into_the_byline_block() -> None:
    header = '<div class="meta">Dispatch staff<br>Last updated 15 March 2024</div>'
    assert clean_html(story(header=header, after=SIDEBAR)).updated == "2024-03-15"


def test_time_element_labelled_as_the_update() -> None:
    header = (
        '<p>Published <time datetime="2024-03-12T07:30:00Z">March 12</time> | '
        'Updated <time datetime="2024-03-16T08:00:00Z">March 16</time></p>'
    )
    assert clean_html(story(header=header, after=SIDEBAR)).updated == "2024-03-16"


def test_update_on_the_day_of_publication_is_not_reported() -> None:
    head = '<meta property="article:modified_time" content="2024-03-12T18:00:00Z">'
    assert clean_html(story(head=PUBLISHED + head)).updated is None
