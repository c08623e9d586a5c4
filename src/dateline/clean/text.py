"""Scraped-page text cleaner (stub: to be replaced by the real cleaner)."""

from __future__ import annotations

from dateline.model import Document


def clean_text(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    site: str | None = None,
) -> Document:
    """Split a scraped page into article body and metadata."""
    return Document(body=text.strip(), title=title, published=published, url=url, site=site)
