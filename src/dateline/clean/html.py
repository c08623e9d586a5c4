"""HTML cleaner (stub: to be replaced by the real cleaner)."""

from __future__ import annotations

from dateline.model import Document


def clean_html(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    site: str | None = None,
) -> Document:
    """Extract the article from HTML into article body and metadata."""
    return Document(body=text.strip(), title=title, published=published, url=url, site=site)
