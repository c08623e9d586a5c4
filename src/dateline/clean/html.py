"""HTML cleaner: from a news web page to the article body and its metadata.

trafilatura finds the main text block and the page metadata (title, authors, site name, URL
and, through htmldate, the publication date). Nothing is ever fetched: it only reads the tree
we hand it.

The last-updated date is read by :func:`_updated` from what the page says about the article
itself, never from "the latest date on the page", which on a page with a sidebar of other
stories is one of theirs.

The extractor is good at finding the article but keeps the news furniture that sits inside
it: the headline and standfirst repeated at the top, share and subscribe lines, "Read more"
links, photo captions, bylines and "Published in X" footers. Each line it returns is judged
with the shared news rules of :mod:`dateline.clean.news` and, because here we still have the
page, with two facts only HTML can tell: which texts are photo captions (``figcaption`` and
caption-classed elements) and which blocks are nothing but links (related-story lists and
promos). Whatever is cut goes to ``removed`` with its kind, captions go to ``captions``, and
the rest, joined with blank lines, is the body that every later offset points into.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document as Extracted

from dateline.clean import news
from dateline.model import DatelineError, Document, Removed

# Wrapper tags that carry no text of their own; flattened when nesting defeats the parser.
_WRAPPERS = re.compile(r"</?(?:div|span|section|font|center|tbody|thead|tr|td|th|table)\b[^>]*>")
# Caption markup: figcaption, schema.org captions, and class names such as "caption",
# "wp-caption-text" or "media__caption". Long elements are wrappers, not captions.
_CAPTION_XPATH = "//figcaption | //*[@itemprop='caption'] | //*[contains(@class, 'caption')]"
CAPTION_CHARS = 600
# Fewer words than this is a bare credit ("Courtesy Google") rather than a caption.
CAPTION_WORDS = 3
CAPTION_PART_CHARS = 20
# Elements hidden from readers by markup. Some pages hide the rest of the story until a click,
# so when nothing is left without them the extractor is run on the whole page.
_HIDDEN_XPATH = (
    "//*[@hidden] | //*[contains(translate(@style, ' ', ''), 'display:none')]"
    " | //*[contains(translate(@style, ' ', ''), 'visibility:hidden')]"
)
_BLOCK_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "blockquote")
_OUTSIDE_ARTICLE = "ancestor::header or ancestor::footer or ancestor::nav or ancestor::aside"
_ARTICLE_XPATH = "//article | //*[@itemprop='articleBody']"
# What follows the headline in a window title: " | Site", " - Site", " — Site"; a longer
# tail is a second headline or a slogan, not a name.
_TITLE_SITE = re.compile(r"\s+[|\-–—·•]\s+([^|–—·•]+)")
SITE_WORDS = 5
# Teasers in a related-stories box are headlines: short, without closing punctuation.
HEADLINE_WORDS = 20
# A block whose words are nearly all link text is a link to elsewhere, not article prose.
LINK_SHARE = 0.8
# Machine-readable values that leak out of page metadata: ISO timestamps and image paths.
# No writer puts these on a line of their own; a bare URL to another page may be a citation.
_DEBRIS = re.compile(
    r"\d{4}-\d\d-\d\dT\d\d:\d\d[\d:.]*(?:Z|[+-]\d\d:?\d\d)?"
    r"|\S+\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?\S*)?",
    re.I,
)


def _words(text: str) -> str:
    """Text reduced to its lower-cased words, for comparing texts laid out differently."""
    return " ".join(re.findall(r"\w+", text.lower()))


@dataclass
class _PageFacts:
    """What the raw page says about its texts, gathered before the extractor prunes it."""

    captions: dict[str, str] = field(default_factory=dict)  # words -> caption as printed
    article_captions: list[str] = field(default_factory=list)
    link_blocks: set[str] = field(default_factory=set)  # words of link-only blocks


def _parse(html: str) -> tuple[etree._Element, list[str]]:
    """Parse forgiving of anything; flatten wrapper tags when nesting exceeds parser limits."""
    flags: list[str] = []
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, huge_tree=True)
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
        if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
            flags.append("deeply_nested_html")
            flat = _WRAPPERS.sub("\n", html).encode("utf-8", "replace")
            tree = lxml.html.document_fromstring(flat, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise DatelineError(f"HTML page could not be parsed: {exc}") from exc
    return tree, flags


def _text(element: etree._Element) -> str:
    """An element's text as the extractor sees it: inline pieces joined, spaces collapsed."""
    return " ".join("".join(element.itertext()).split())


def _page_host(tree: etree._Element, url: str | None) -> str | None:
    """The page's own site: from the caller's URL, else its canonical or og:url link."""
    declared = tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    return news.domain_site(url or (declared[0] if declared else None))


def _is_internal(href: str, host: str | None) -> bool:
    """Whether a link stays on the page's own site (relative, or the same domain)."""
    target = news.domain_site(href) if "//" in href else None
    if target is None:
        return not href.startswith(("mailto:", "javascript:", "tel:"))
    return host is not None and (target == host or target.endswith("." + host))


def _page_facts(tree: etree._Element, url: str | None) -> _PageFacts:
    """Collect captions and link-only blocks from the untouched tree."""
    facts = _PageFacts()
    host = _page_host(tree, url)
    articles = set(tree.xpath(_ARTICLE_XPATH))
    marked = tree.xpath(_CAPTION_XPATH)
    # A caption wrapper repeats its parts (text, credit, "more" toggles): list only the parts.
    marked_set = set(marked)
    wrappers = {a for element in marked for a in element.iterancestors() if a in marked_set}
    for element in marked:
        caption = " ".join(" ".join(element.itertext()).split())
        if not caption or len(caption) > CAPTION_CHARS or _words(caption) in facts.captions:
            continue
        facts.captions[_words(caption)] = caption
        if element in wrappers or len(caption.split()) < CAPTION_WORDS:
            continue
        inside = any(a in articles for a in element.iterancestors())
        if inside or (not articles and not element.xpath(_OUTSIDE_ARTICLE)):
            facts.article_captions.append(caption)
    for element in tree.iter(*_BLOCK_TAGS):
        words = _words(_text(element))
        if not words:
            continue
        links = list(element.iter("a"))
        linked = sum(len(_words(_text(a)).split()) for a in links)
        internal = all(_is_internal(a.get("href", ""), host) for a in links)
        if internal and linked >= LINK_SHARE * len(words.split()):
            facts.link_blocks.add(words)
    return facts


def _site_name(page: Extracted) -> str | None:
    """The site name the page declares, without its tagline or section list ("Site | Slogan").

    trafilatura falls back to the URL's host name when the page declares none; that is not a
    name, so the window title gets a chance to supply one first.
    """
    name = (page.sitename or "").split(" | ")[0].strip().lstrip("@")
    return name if name and name not in (page.hostname, news.domain_site(page.url)) else None


def _title_site(tree: etree._Element, title: str | None) -> str | None:
    """The site named after the headline in the window title: "Headline | Site Name"."""
    window = " ".join((tree.findtext(".//title") or "").split())
    if not title or not window.startswith(title):
        return None
    m = _TITLE_SITE.fullmatch(window[len(title) :])
    return m.group(1) if m and len(m.group(1).split()) <= SITE_WORDS else None


def _strip_site(title: str | None, names: list[str | None]) -> str | None:
    """The headline without the site name pages add to it: "Headline | Site", "Site: Headline"."""
    for name in filter(None, names):
        name = re.escape(name)
        m = re.fullmatch(
            rf"(?:{name}\s*[|\-–—·•:]\s+)?(.+?)(?:\s+[|\-–—·•]\s+{name})?", title or "", re.I
        )
        if m and m.group(1) != title:
            return m.group(1)
    return title


# Meta tags (property, name, http-equiv or itemprop) that declare when the article last changed.
_MODIFIED_META = {
    "article:modified_time",
    "article:modified",
    "og:updated_time",
    "modified_time",
    "last-modified",
    "lastmod",
    "dcterms.modified",
    "dc.date.modified",
    "datemodified",
}
# schema.org types of an article: NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting.
_ARTICLE_TYPE = re.compile(r"(?:Article|Posting|Report)$")
# Parts of a page that hold other stories or site furniture, by tag or by class/id wording.
_FURNITURE_TAGS = {"aside", "nav", "footer"}
_FURNITURE_NAME = re.compile(
    r"sidebar|side-bar|related|widget|promo|recommend|trending|popular|most-?read|teaser"
    r"|\brail\b|footer|more-stories|outbrain|taboola",
    re.I,
)
_UPDATE_NAME = re.compile(r"updat|modif", re.I)
# The last label before a date says which date it is: "Published May 2 | Updated May 3".
_DATE_LABEL = re.compile(r"\b(?:(updated|modified)|published|posted)\b", re.I)
STAMP_CHARS = 120


def _is_furniture(element: etree._Element) -> bool:
    """Whether an element sits in a sidebar, related list, footer or navigation.

    A ``header`` counts only outside an ``article``: inside one it is the article's own header,
    where the byline and date stamps are.
    """
    chain = [element, *element.iterancestors()]
    in_article = any(a.tag == "article" for a in chain)
    for node in chain:
        if node.tag in _FURNITURE_TAGS or (node.tag == "header" and not in_article):
            return True
        names = f"{node.get('class', '')} {node.get('id', '')}"
        if _FURNITURE_NAME.search(names):
            return True
    return False


def _meta_modified(tree: etree._Element) -> str | None:
    """The modification date declared in the page's meta tags, the site's own statement."""
    for meta in tree.iter("meta"):
        names = (meta.get(a, "") for a in ("property", "name", "http-equiv", "itemprop"))
        declared = any(n.strip().lower() in _MODIFIED_META for n in names)
        if (
            declared
            and not _is_furniture(meta)
            and (iso := news.parse_date(meta.get("content", "")))
        ):
            return iso
    return None


def _json_ld_items(tree: etree._Element) -> Iterator[dict[str, Any]]:
    """The top-level JSON-LD objects of the page, including those of an ``@graph``.

    Nested objects are left out on purpose: an article's list of related stories carries their
    dates, not its own. Broken JSON, common in hand-edited templates, is skipped.
    """
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except json.JSONDecodeError:
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if not isinstance(item, dict):
                continue
            yield item
            graph = item.get("@graph")
            yield from (g for g in graph if isinstance(g, dict)) if isinstance(graph, list) else ()


def _json_ld_modified(tree: etree._Element) -> str | None:
    """The ``dateModified`` of the page's article object in JSON-LD."""
    for item in _json_ld_items(tree):
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds) and (
            iso := news.parse_date(str(item.get("dateModified") or ""))
        ):
            return iso
    return None


def _labelled_update(element: etree._Element) -> bool:
    """Whether a date element is marked as the update time, by markup or by the words before it.

    "Published <time>May 2</time> | Updated <time>May 3</time>": only the second is an update.
    """
    if element.get("itemprop", "").lower() == "datemodified":
        return True
    if _UPDATE_NAME.search(f"{element.get('class', '')} {element.get('id', '')}"):
        return True
    parent = element.getparent()
    before = [f"{_text(s)} {s.tail or ''}" for s in element.itersiblings(preceding=True)]
    lead = "" if parent is None else parent.text or ""
    before = " ".join([lead, *reversed(before), _text(element)])
    labels = _DATE_LABEL.findall(before)
    return bool(labels and labels[-1])


@dataclass
class _Layout:
    """Where the article sits in the page, in document order, to tell its header area."""

    order: dict[etree._Element, int]
    headline: int | None  # position of the headline element, when found
    first_paragraph: int | None  # position of the element holding the first body paragraph
    article: etree._Element | None  # the ``article`` element holding the body, if any

    def in_article(self, element: etree._Element) -> bool:
        """Inside the article element that holds the body, or its header area."""
        if self.article is not None and any(a is self.article for a in element.iterancestors()):
            return True
        return self.in_header(element)

    def in_header(self, element: etree._Element) -> bool:
        """Between the headline (or the article's start) and the first body paragraph."""
        at = self.order.get(element)
        if at is None or self.first_paragraph is None or at >= self.first_paragraph:
            return False
        if self.headline is not None:
            return at > self.headline
        return self.article is None or any(a is self.article for a in element.iterancestors())


def _layout(tree: etree._Element, title: str | None, body_lines: list[str]) -> _Layout:
    """Locate the headline and the first body paragraph in the page."""
    order = {element: i for i, element in enumerate(tree.iter(etree.Element))}
    wanted = {_words(line) for line in body_lines[:3]}
    first = next((e for e in tree.iter(*_BLOCK_TAGS, "div") if _words(_text(e)) in wanted), None)
    title_words = _words(title or "")
    heads = list(tree.iter("h1", "h2"))
    headline = next((h for h in heads if title_words and _words(_text(h)) == title_words), None)
    headline = headline if headline is not None else next(iter(tree.iter("h1")), None)
    article = None
    if first is not None:
        article = next((a for a in first.iterancestors() if a.tag == "article"), None)
    return _Layout(
        order=order,
        headline=order[headline] if headline is not None else None,
        first_paragraph=order[first] if first is not None else None,
        article=article,
    )


def _element_modified(tree: etree._Element, layout: _Layout) -> str | None:
    """The date of a ``time`` (or dateModified) element of the article marked as the update."""
    for element in tree.xpath("//time | //*[@itemprop='dateModified']"):
        if not layout.in_article(element) or _is_furniture(element):
            continue
        if _labelled_update(element):
            value = element.get("datetime") or element.get("content") or _text(element)
            if iso := news.parse_date(value):
                return iso
    return None


def _stamp_texts(element: etree._Element) -> Iterator[str]:
    """The texts of an element that may be a date stamp: all of it, and each loose text piece
    (a "By Jane Doe<br>Updated: May 3, 2023" byline block holds the stamp as a bare text)."""
    yield _text(element)
    yield element.text or ""
    yield from (child.tail or "" for child in element)


def _header_stamp_updated(tree: etree._Element, layout: _Layout) -> str | None:
    """An "Updated: <date>" stamp written in the article's header or byline area."""
    for element in tree.iter(etree.Element):
        if not layout.in_header(element) or _is_furniture(element):
            continue
        for text in _stamp_texts(element):
            text = " ".join(text.split())
            stamp = news.date_line(text) if text and len(text) <= STAMP_CHARS else None
            if stamp and "updated" in stamp:
                return stamp["updated"]
    return None


def _updated(tree: etree._Element, layout: _Layout, published: str | None) -> str | None:
    """The last-update date (ISO) the page states for the article, when after publication.

    Explicit metadata first (meta tags, then JSON-LD), then a date element in the article
    labelled as the update, then an "Updated" stamp in the header; the first found is the
    answer. Dates elsewhere on the page (sidebars, related lists, footers) are never used, so
    a page that says nothing about an update has none.
    """
    updated = (
        _meta_modified(tree)
        or _json_ld_modified(tree)
        or _element_modified(tree, layout)
        or _header_stamp_updated(tree, layout)
    )
    return updated if updated and (published is None or updated > published) else None


def _split_authors(author: str | None) -> list[str]:
    """trafilatura joins the authors it finds with "; "; shouted bylines are title-cased."""
    names: list[str] = []
    for name in (author or "").split(";"):
        name = name.strip()
        name = news.place_case(name) if name.isupper() else name
        if name and name not in names:
            names.append(name)
    return names


@dataclass
class _CutFacts:
    """Metadata read from the lines that were cut: bylines, date stamps, footers."""

    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site: str | None = None


def _cut_facts(removed: list[Removed]) -> _CutFacts:
    """What the cut lines say, used where the page's markup says nothing."""
    facts = _CutFacts()
    for item in removed:
        if item.kind == "byline":
            facts.authors += [
                a for a in news.byline_authors(item.text) or [] if a not in facts.authors
            ]
        elif item.kind == "published":
            stamp = news.date_line(item.text) or {}
            facts.published = facts.published or stamp.get("published")
        elif item.kind in ("footer", "copyright"):
            facts.published = facts.published or news.parse_date(item.text)
            facts.site = facts.site or news.footer_site(item.text) or news.copyright_site(item.text)
    return facts


def _is_caption(line: str, facts: _PageFacts) -> bool:
    """Whether a line is (part of) a caption marked up on the page.

    A part is only trusted when long enough not to occur in a caption by chance.
    """
    words = _words(line)
    if words in facts.captions:
        return True
    return len(words) > CAPTION_PART_CHARS and any(words in c for c in facts.captions)


def _line_kind(line: str, facts: _PageFacts, url: str | None) -> str | None:
    """Which kind of non-article text a line is, or None when it belongs in the body."""
    if _DEBRIS.fullmatch(line):
        return "debris"
    if url and line.rstrip("/") == url.rstrip("/"):
        return "url"
    if kind := news.line_kind(line):
        return kind
    if _words(line.lstrip("-• ")) in facts.link_blocks:
        return "related"
    return None


def _is_headline(line: str) -> bool:
    """A short line without closing punctuation: how teasers in a related-stories box look."""
    return len(line.split()) <= HEADLINE_WORDS and not line.rstrip("\"'”’").endswith(
        (".", "!", ":")
    )


def _sort_lines(
    lines: list[str], title: str | None, heads: set[str], url: str | None, facts: _PageFacts
) -> tuple[list[str], list[str], list[Removed]]:
    """Split extracted lines into body paragraphs, captions and removed boilerplate.

    Before the first paragraph, headings are the page's header block (kicker, headline,
    standfirst), not article text. After a section heading such as "Related" or "Don't miss",
    the headline-like lines that follow belong to that box, until prose resumes.
    """
    body: list[str] = []
    captions: list[str] = []
    removed: list[Removed] = []
    title_words = _words(title or "")
    section: str | None = None
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            continue
        words = _words(line)
        if section and _is_headline(line):
            removed.append(Removed(section, line))
            continue
        section = news.section_kind(line)
        if section:
            removed.append(Removed(section, line))
        elif title_words and words == title_words:
            removed.append(Removed("title", line))
        elif not body and words in heads:
            removed.append(Removed("standfirst", line))
        elif _is_caption(line, facts) or news.is_caption(line):
            if line not in captions:
                captions.append(line)
        elif kind := _line_kind(line, facts, url):
            removed.append(Removed(kind, line))
        else:
            body.append(line)
    return body, captions, removed


def _visible(tree: etree._Element) -> etree._Element:
    """A copy of the page without what a browser never shows: hover cards, hidden promos."""
    visible = deepcopy(tree)
    for element in visible.xpath(_HIDDEN_XPATH):
        if element.getparent() is not None:
            element.drop_tree()
    return visible


def _extract(tree: etree._Element, url: str | None) -> Extracted | None:
    """trafilatura's article text and metadata, or None when it finds no text.

    Its defaults are kept (fallback extractors on, tables kept: election results and casualty
    figures come in tables); only reader comments are left out, as they are not the article.
    """
    extracted = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False
    )
    return extracted if extracted is not None and (extracted.text or "").strip() else None


def clean_html(
    html: str,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    site: str | None = None,
) -> Document:
    """Extract the article from an HTML page into body, metadata, captions and cut text.

    Metadata given by the caller (from a feed, a WARC header) wins over what the page says.
    Raises :class:`DatelineError` when the page holds no text at all.
    """
    if not html.strip():
        raise DatelineError("empty HTML page: nothing to clean")
    tree, flags = _parse(html)
    facts = _page_facts(tree, url)
    extracted = _extract(_visible(tree), url) or _extract(deepcopy(tree), url)
    text = (extracted.text or "") if extracted is not None else ""
    if not text.strip():
        # The extractor found no article block: keep the page's whole text rather than nothing.
        flags.append("extraction_fallback")
        text = trafilatura.html2txt(deepcopy(tree)) or ""
    page = extracted or Extracted()
    page_url = url or page.url
    heads = {_words(_text(h)) for h in page.body.iter("head")}
    body_lines, captions, removed = _sort_lines(
        text.split("\n"), title or page.title, heads, page_url, facts
    )
    if not body_lines:
        raise DatelineError("no article text found in the HTML page")
    body = "\n\n".join(body_lines)
    captions += [c for c in facts.article_captions if c not in captions]
    cut = _cut_facts(removed)
    page_published = page.date or cut.published
    page_site = (
        _site_name(page)
        or cut.site
        or _title_site(tree, title or page.title)
        or news.domain_site(page_url)
    )
    # Pages without a byline often credit the site itself as the author.
    sites = {name.casefold() for name in (site, page_site) if name}
    authors = _split_authors(page.author) or cut.authors
    page_title = title or page.title
    return Document(
        body=body,
        title=title or _strip_site(page.title, [page.sitename, page_site]),
        published=published or page_published,
        updated=_updated(tree, _layout(tree, page_title, body_lines), published or page_published),
        site=site or page_site,
        url=page_url,
        authors=[a for a in authors if a.casefold() not in sites],
        dateline=news.find_dateline(body),
        captions=captions,
        removed=removed,
        flags=flags,
    )
