"""Cleaning: from a page's raw text or HTML to an article body with metadata.

``clean_record`` is the stage's single entry point; it picks the HTML cleaner or the
scraped-text cleaner, or keeps the text verbatim (``clean=False``), then detects the language.
"""

from __future__ import annotations

from dateline.clean.html import clean_html
from dateline.clean.language import detect_language
from dateline.clean.news import find_dateline, parse_date
from dateline.clean.text import clean_text
from dateline.model import DatelineError, Document, RecordKind


def clean_record(
    text: str,
    *,
    kind: RecordKind,
    clean: bool = True,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    site: str | None = None,
    source_id: str | None = None,
) -> Document:
    """Clean one decoded page. Metadata given by the caller wins over what the page says."""
    if published is not None:
        given = published
        published = parse_date(given)
        if published is None:
            raise DatelineError(f"publication date {given!r} is not a date (use YYYY-MM-DD)")
    if not clean:
        # The text stays verbatim; a dateline opening it is still read, as it places the story.
        body = text.strip()
        doc = Document(
            body=body,
            title=title,
            published=published,
            url=url,
            site=site,
            dateline=find_dateline(body),
        )
    else:
        cleaner = clean_html if kind == "html" else clean_text
        doc = cleaner(text, published=published, title=title, url=url, site=site)
    doc.source_id = source_id
    doc.language = detect_language(doc.body)
    if doc.language != "en":
        doc.flags.append("non_english")
    return doc
