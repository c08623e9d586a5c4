"""Scraped-page text cleaner: from the visible text of a news page to a clean Document.

Scraped text keeps everything a reader's eye skips: menus, the date stamp, photo captions
(often twice), share bars, the print footer and a sidebar of unrelated headlines. The cleaner
reads the page as a sequence of lines (unwrapping hard-wrapped text first) and splits it into
three zones:

* the header, above the article: site chrome, teasers, then the title, date stamps, bylines,
  captions and standfirst;
* the article, from its first paragraph of prose (its dateline paragraph, when it has one) to
  the first signal that it is over (a print footer, a wire credit, a "Most read" heading, a
  headline with a date stamp under it...);
* the tail: everything after, cut as sidebar, related links or comments.

When the page holds several blocks of prose (a box of teasers above the article, comments
below it), the article is the block that opens with a dateline or else the first one of
substantial size. Boilerplate lines inside the article (share buttons, "Advertisement",
"Read more: ...") are cut with their kind, and photo captions go to ``captions``. Each rule
is a general news convention from :mod:`dateline.clean.news`, so the cleaner carries over to
unseen sites.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

import ftfy

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
    section_kind,
)
from dateline.model import DatelineError, Document, Removed

# Kinds that describe a line wherever it stands; in the tail every other line takes the kind of
# the section it is in (a date stamp under a sidebar headline is sidebar, not our date).
_SELF_KINDS = {
    "cookie",
    "advert",
    "share",
    "subscribe",
    "contact",
    "copyright",
    "footer",
    "navigation",
}
_SECTION_KINDS = {"sidebar", "related", "comments"}
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?=[^|–—-]*$)")
_END = re.compile(r"[.!?…][\"”’')\]]*$")
_LOOKAHEAD_FOR_DATELINE = 3  # paragraphs searched for a dateline after the first one
_CAPTION_WORDS = 12  # a line printed twice is a caption if it is a sentence or this long
_REPEAT_SPAN = 3  # a headline printed again within this many lines is a teaser
# A block opening with a dateline holds the article if it has a tenth of the largest block's
# prose; any other block needs a third.
_DATELINE_BLOCK = 10
_PROSE_BLOCK = 3
_HEADER_PROSE = 2  # prose lines (a question title, a standfirst) that may sit over the byline
_MENU_WORDS = 5  # longer lines above the title are teasers, not menu items or site names
# Prose resumes after a box of links if this many of the next lines of text are paragraphs.
_RESUME_WINDOW = 6
_RESUME_PROSE = 4
# Hard-wrapped text: folded at no more than this many columns, lines filling this share of the
# width continue on the next line, and at least this many lines to judge from.
_MAX_WRAP_WIDTH = 100
_FULL_LINE = 0.6
_MIN_WRAPPED_LINES = 6


@dataclass(eq=False)
class _Line:
    """One non-empty line of the page and what the cleaner decided it is."""

    text: str
    kind: str | None  # boilerplate kind from the news rules, None for possible article text
    role: str = "body"  # body, caption, or removed (then ``kind`` says why)


def _lines(text: str) -> list[_Line]:
    """Non-empty lines with mojibake repaired and whitespace tidied; characters otherwise kept.

    Hard-wrapped text (a plain-text wire feed or e-mail folded at ~72 columns) is unwrapped
    first, so that each line is a whole paragraph as in scraped page text.
    """
    text = unicodedata.normalize("NFC", ftfy.fix_encoding(text))
    text = re.sub(r"[\u200b-\u200d\ufeff]", "", text).replace("\u00a0", " ")
    raw = [" ".join(line.split()) for line in text.splitlines()]
    width = _wrap_width(raw)
    out: list[str] = []
    joining = False
    for line in raw:
        if line and joining:
            out[-1] = f"{out[-1]} {line}"
        elif line:
            out.append(line)
        # A line filling most of the width was folded, so the next line continues it.
        joining = bool(line) and width is not None and len(line) >= _FULL_LINE * width
    return [_Line(line, line_kind(line)) for line in out]


def _wrap_width(raw: list[str]) -> int | None:
    """The column at which the text was hard-wrapped, or None when it was not.

    Folded text has no long lines, and the lines that fill the width are followed by lines
    that go on with the sentence (often starting in lower case); a list of short headlines has
    no long lines either, but each item starts with a capital.
    """
    lengths = sorted(len(line) for line in raw if line)
    if len(lengths) < _MIN_WRAPPED_LINES:
        return None
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if width > _MAX_WRAP_WIDTH:
        return None
    follows = [nxt for line, nxt in pairwise(raw) if nxt and len(line) >= _FULL_LINE * width]
    lower = sum(nxt[0].islower() for nxt in follows)
    return width if len(follows) >= 3 and lower >= 0.25 * len(follows) else None


def _words(line: str) -> int:
    return len(line.split())


def _is_paragraph(line: _Line) -> bool:
    """Prose, as opposed to a headline or label: a sentence of some length, or a dateline."""
    if line.kind is not None or line.role != "body":
        return False
    n = _words(line.text)
    return (
        (n >= 8 and bool(_END.search(line.text)))
        or n >= 30
        or (n >= 4 and find_dateline(line.text) is not None)
    )


def _is_headline(line: _Line) -> bool:
    """A short line that does not end a sentence: a headline, label or teaser title."""
    return line.kind is None and _words(line.text) <= 20 and not _END.search(line.text)


def _is_title(line: _Line) -> bool:
    """A headline of four or more words; unlike prose it may end in "?" or "!" but not "."."""
    return (
        line.role == "body"
        and line.kind is None
        and 4 <= _words(line.text) <= 25
        and not _END.search(line.text.rstrip("?!\"”’')"))
    )


def _cut(line: _Line, kind: str) -> None:
    line.role, line.kind = "removed", kind


def _mark_captions(lines: list[_Line]) -> None:
    """Photo captions: lines ending in a photo credit, and descriptions printed twice in a row
    (the image's alt text and its caption). A short line without a full stop printed twice is
    a teaser's headline instead (its link and its heading)."""
    text = [line for line in lines if line.kind is None]  # boilerplate may sit between copies
    for i, line in enumerate(text):
        described = bool(_END.search(line.text)) or _words(line.text) >= _CAPTION_WORDS
        repeated = described and any(
            0 <= j < len(text) and text[j].text == line.text for j in (i - 1, i + 1)
        )
        if repeated or is_caption(line.text):
            line.role = "caption"


def _article_segment(lines: list[_Line], paragraphs: list[int]) -> tuple[int, int]:
    """The block of the page that holds the article, as a range of line indices.

    End signals cut the page into blocks. A wire story announces itself with a dateline, so
    the first block that opens with one wins, unless it is tiny next to the largest block.
    Otherwise a menu or a box of teasers above the article makes a small block of prose, and
    the article is the first block holding at least a third of the prose of the largest one
    (the first rather than the largest, since a long comment thread can outweigh it).
    """
    bounds = sorted(
        {0, len(lines)}
        | {signal[0] for i in range(1, len(lines)) if (signal := _end_signal(lines, i))}
    )
    # Headings do not rule a block out: the menu above an article holds "Comments", "Opinion".
    blocks = [[p for p in paragraphs if lo <= p < hi] for lo, hi in pairwise(bounds)]
    prose = [sum(len(lines[p].text) for p in block) for block in blocks]
    best = max(prose) or 1
    ranges = list(pairwise(bounds))
    for span, block, amount in zip(ranges, blocks, prose, strict=True):
        opening = block[: _LOOKAHEAD_FOR_DATELINE + 1]
        if amount * _DATELINE_BLOCK >= best and any(find_dateline(lines[p].text) for p in opening):
            return span
    return next(
        (span for span, amount in zip(ranges, prose, strict=True) if amount * _PROSE_BLOCK >= best),
        (0, len(lines)),
    )


def _body_start(lines: list[_Line]) -> tuple[int, int] | None:
    """Index of the first article paragraph, preferring a dateline paragraph near the top,
    and the start of the block of the page it is in (where its own title and stamps are).

    Prose followed by a date stamp or byline before the next paragraph is still header (a
    standfirst, or a title that ends with a question mark). A wire story starts at its
    dateline, so prose found just before it (a caption without a credit, a teaser) is not the
    article's start either.
    """
    paragraphs = [i for i, line in enumerate(lines) if _is_paragraph(line)]
    if not paragraphs:
        return None
    lo, hi = _article_segment(lines, paragraphs)
    paragraphs = [p for p in paragraphs if p >= lo]
    stamps = [
        i
        for i, line in enumerate(lines[lo:hi], lo)
        if line.kind in ("published", "byline")
        and not is_credit_line(line.text)
        and sum(p < i for p in paragraphs) <= _HEADER_PROSE
    ]
    if stamps and paragraphs[-1] > stamps[-1]:
        paragraphs = [p for p in paragraphs if p > stamps[-1]]
    for i in paragraphs[: _LOOKAHEAD_FOR_DATELINE + 1]:
        if find_dateline(lines[i].text):
            for before in lines[paragraphs[0] : i]:
                if before.role == "body" and before.kind is None:
                    before.role = "caption"
            return i, lo
    return paragraphs[0], lo


def _title_line(header: list[_Line], title: str | None) -> _Line | None:
    """The page's own title line among the lines above the article (``header``).

    The caller's title when it appears on the page. Else the title sits just under the site's
    chrome (menus, share and cookie lines) and above the first date stamp or byline: take the
    first headline of four or more words after the last run of chrome before that point, so a
    site name over the menu or a standfirst under the title is not taken. Shorter lines are
    usually site names and section labels.
    """
    if title:
        # A title taken from the page's <title> often carries the site's name after a bar.
        wanted = {" ".join(t.split()).casefold() for t in (title, _SITE_SUFFIX.split(title)[0])}
        found = next((line for line in header if line.text.casefold() in wanted), None)
        if found:
            return found
    candidates = [line for line in header if _is_title(line)]
    meta = next(
        (i for i, line in enumerate(header) if line.kind in ("published", "byline")), len(header)
    )
    found, after_chrome = None, True
    for line in header[:meta]:
        if line.kind:
            after_chrome = True
        elif after_chrome and line in candidates:
            found, after_chrome = line, False
    return found or next(iter(candidates), None)


def _mark_header(lines: list[_Line], start: int, block: int, title: str | None) -> str | None:
    """Cut everything before the article and return the page's own title, if found: lines
    above the title are site chrome (navigation) or teasers (sidebar), lines below it labels
    (header) and the standfirst.

    The title is looked for first in the article's own block (from ``block``), since teasers
    for other stories above it have headlines too.
    """
    found = _title_line(lines[block:start], title) or _title_line(lines[:start], title)
    seen_title = False
    for i, line in enumerate(lines[:start]):
        if line is found:
            _cut(line, "title")
            seen_title = True
        elif line.role == "caption" and i < block:
            _cut(line, "sidebar")  # the picture of a teaser for another story
        elif line.role == "body":
            # A "Latest" or "Opinion" link above the article is a menu item, not a sidebar.
            kind = None if line.kind in _SECTION_KINDS else line.kind
            if seen_title:
                kind = kind or _below_title(lines, i)
            elif _is_paragraph(line) or _words(line.text) > _MENU_WORDS:
                kind = kind or "sidebar"  # teasers for other stories above the article
            _cut(line, kind or "navigation")
    return found.text if found else None


def _below_title(lines: list[_Line], i: int) -> str:
    """The kind of a plain line between the title and the article: a bare name beside the date
    stamp is the byline ("Arjun Mehta" over "Updated: Aug 12, 2023"), prose is the standfirst,
    anything else a label."""
    beside = (lines[j].kind for j in (i - 1, i + 1) if 0 <= j < len(lines))
    if name_line(lines[i].text) and "published" in beside:
        return "byline"
    return "standfirst" if _is_paragraph(lines[i]) else "header"


def _end_signal(lines: list[_Line], i: int) -> tuple[int, str] | None:
    """Whether line ``i`` shows that an article above it is over: (the first line of what
    follows the article, its kind), else None.

    Signals: a print footer, a wire credit ("Reporting by ..."), a copyright line, a heading
    such as "Most read" or "Comments", or a teaser: a headline with a date stamp under it, or
    a headline repeated within a few lines.
    """
    line = lines[i]
    if line.kind in ("footer", "copyright") or (
        line.kind == "byline" and is_credit_line(line.text)
    ):
        return i, "sidebar"
    if ends_article(line.text):
        return i, section_kind(line.text) or "sidebar"
    if line.kind == "published" and _is_headline(lines[i - 1]):
        return i - 1, "sidebar"
    # A teaser's headline printed twice (as link and as heading) within a few lines.
    if (
        line.role == "body"
        and _is_headline(line)
        and len(re.findall(r"\w{2,}", line.text)) >= 2
        and not line.text.startswith(("—", "–", "-"))  # the signature of an embedded post
        and any(other.text == line.text for other in lines[i + 1 : i + 1 + _REPEAT_SPAN])
    ):
        return i, "sidebar"
    return None


def _resumes(lines: list[_Line], after: int) -> bool:
    """Whether the article goes on after a box of links that starts at ``after``.

    Past the box's headlines, an article continues with paragraph after paragraph, while a
    list of teasers alternates headlines and one-sentence blurbs.
    """
    for i in range(after + 1, len(lines)):
        if _end_signal(lines, i):
            return False
        if _is_paragraph(lines[i]):
            window = [line for line in lines[i:] if line.kind is None][:_RESUME_WINDOW]
            return sum(map(_is_paragraph, window)) >= _RESUME_PROSE
    return False


def _tail_start(lines: list[_Line], start: int) -> tuple[int, str]:
    """Where the article that begins at ``start`` ends, and the kind of what follows it.

    A "More from ..." box set inside the article does not end it when prose resumes below.
    """
    for i in range(start + 1, len(lines)):
        signal = _end_signal(lines, i)
        if signal and not (signal[1] == "related" and _resumes(lines, i)):
            return signal
    return len(lines), "sidebar"


def _mark_tail(lines: list[_Line], tail: int, default: str) -> None:
    """Cut the tail: each line as its own kind when that kind says what it is, else as part of
    the section it stands in; a new section heading changes the kind that follows."""
    for line in lines[tail:]:
        section = section_kind(line.text)
        if section:
            default = section
        own = line.kind in _SELF_KINDS or (line.kind == "byline" and is_credit_line(line.text))
        _cut(line, section or (line.kind if own and line.kind else default))


def _mark_article(lines: list[_Line], start: int, tail: int) -> None:
    """Inside the article: cut boilerplate lines, and a "Related" box up to the next paragraph;
    then trim headline-like lines left dangling at the article's end."""
    related_box = False
    for line in lines[start:tail]:
        if line.role != "body":
            continue
        if section_kind(line.text) == "related":  # only boxes that can sit inside the text
            related_box = True
        elif related_box and _is_paragraph(line):
            related_box = False
        if line.kind is not None:
            _cut(line, line.kind)
        elif related_box:
            _cut(line, "related")
    body = [line for line in lines[start:tail] if line.role == "body"]
    if any(_is_paragraph(line) for line in body):  # else there is no prose to tell them from
        while len(body) > 1 and _is_headline(body[-1]):
            _cut(body.pop(), "sidebar")


def clean_text(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    site: str | None = None,
) -> Document:
    """Split a scraped page into article body and metadata.

    Metadata given by the caller wins over what the page says. Raises
    :class:`~dateline.model.DatelineError` for empty text.
    """
    if not text or not text.strip():
        raise DatelineError("empty text: nothing to clean")
    lines = _lines(text)
    _mark_captions(lines)
    found = _body_start(lines)
    if found is None:
        # No prose paragraph to tell the title from the article: keep every line that is not
        # boilerplate.
        start = next((i for i, line in enumerate(lines) if line.kind is None), len(lines))
        block = 0
    else:
        start, block = found
    page_title = _mark_header(lines, start, block, title)
    tail, default = _tail_start(lines, start)
    _mark_article(lines, start, tail)
    _mark_tail(lines, tail, default)

    body = [line.text for line in lines if line.role == "body"]
    if not body:
        raise DatelineError("no article text: every line of the page is boilerplate")
    # The second copy of a caption printed twice is cut as a caption.
    seen: set[str] = set()
    for line in (line for line in lines if line.role == "caption"):
        if line.text in seen:
            _cut(line, "caption")
        seen.add(line.text)
    captions = [line.text for line in lines if line.role == "caption"]
    removed = [line for line in lines if line.role == "removed"]
    dateline = find_dateline(body[0])
    # The article's own date stamps, else any above it.
    header_dates = [
        d
        for line in [*lines[block:start], *lines[:block]]
        if line.kind == "published" and (d := date_line(line.text))
    ]
    stamped = [d["published"] for d in header_dates if "published" in d]
    printed = [d for line in removed if line.kind == "footer" and (d := parse_date(line.text))]
    authors = [
        name
        for line in lines[block:]
        if line.kind == "byline" and line.role == "removed"
        for name in byline_authors(line.text) or [name_line(line.text) or ""]
        if name
    ]
    footer = next((s for line in removed if (s := footer_site(line.text))), None)
    holder = next(
        (s for line in removed if line.kind == "copyright" and (s := copyright_site(line.text))),
        None,
    )
    return Document(
        body="\n\n".join(body),
        title=title or page_title,
        # A caller's date in another format ("Fri, 14 Jan 2022 10:00 GMT" from a feed) is
        # written as ISO like ours; one we cannot read is kept as given.
        published=(published and (parse_date(published) or published))
        or next(iter([*stamped, *printed]), None),
        updated=next((d["updated"] for d in header_dates if "updated" in d), None),
        site=site or footer or holder or domain_site(url) or dateline_agency(dateline),
        url=url,
        authors=list(dict.fromkeys(authors)),  # a byline and a wire credit may name the same
        dateline=dateline,
        captions=captions,
        removed=[Removed(kind=line.kind or "boilerplate", text=line.text) for line in removed],
    )
