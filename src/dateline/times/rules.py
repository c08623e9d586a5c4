"""The grammar of temporal expressions: one regular expression per family, each with the
function that normalises a match to a TIMEX3 value.

Every rule reads its match and a :class:`Context` (anchor date, clause tense, what the text
mentioned last) and returns ``(value, granularity)``. A rule never rejects its match, so which
expression wins an overlap is decided by length alone (see :func:`find`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.times import calendar as cal
from dateline.times.lexicon import (
    COUNTED_NOUNS,
    DECADE_WORDS,
    HOLIDAYS,
    MONTH_ANY,
    MONTH_FULL,
    MONTH_UNAMBIGUOUS,
    MONTHS,
    NEWSPAPERS,
    NUMBER,
    NUMBER_LABELS,
    ORDINAL_QUARTER,
    ORDINALS,
    PARTS_OF_DAY,
    SEASON_START,
    SEASONS,
    SMALL_NUMBERS,
    TENS,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    alternation,
    month_number,
    number_value,
    ordinal_value,
)

Value = tuple[str | None, str]


@dataclass
class Context:
    """What normalising one document needs: the anchor, a tense oracle for a span, and the last
    year and quarter mentioned (for "that year", "the quarter", "the year-earlier period")."""

    text: str
    anchor: date | None
    tense: Callable[[int, int], cal.Direction]
    last_day: date | None = None
    last_year: int | None = None
    last_quarter: tuple[int, int] | None = None
    last_quarter_end: int = -1

    def direction(self, m: re.Match[str]) -> cal.Direction:
        return self.tense(m.start(), m.end())

    def remember(self, value: str | None, end: int) -> None:
        """Note a resolved value so later anaphoric expressions can refer back to it."""
        if value and value[:4].isdigit():
            self.last_year = int(value[:4])
            if re.match(r"\d{4}-\d\d-\d\d", value):
                self.last_day = date.fromisoformat(value[:10])
            if value[4:6] == "-Q" and value[6:7].isdigit():
                self.last_quarter = (int(value[:4]), int(value[6]))
                self.last_quarter_end = end

    def quarter_in_focus(self, m: re.Match[str]) -> tuple[int, int] | None:
        """The quarter a comparison refers to ("profit rose in the third quarter from a year
        earlier"): one mentioned shortly before, in the same paragraph."""
        gap = self.text[self.last_quarter_end : m.start()] if self.last_quarter_end >= 0 else "\n"
        return self.last_quarter if len(gap) <= QUARTER_FOCUS_CHARS and "\n" not in gap else None


QUARTER_FOCUS_CHARS = 300  # about two sentences


# Spelled-out years of spoken news ("nineteen ninety-six", "the year two thousand").
_ONES = alternation(w for w, n in SMALL_NUMBERS.items() if 0 < n < 10 and len(w) > 2)
_TEENS = alternation(w for w, n in SMALL_NUMBERS.items() if n >= 10)
_TENS = alternation(TENS)
SPELLED_YEAR = (
    rf"(?:(?:nineteen|twenty)[-\s](?:(?:{_TENS})(?:[-\s](?:{_ONES}))?|{_TEENS})"
    rf"|two\s+thousand(?:(?:\s+and)?[-\s](?:{_TEENS}|{_ONES}))?)"
)
YEAR = rf"(?:(?<![\d$€£.,#/])(?<!\d-)(?:1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d|-\d)|{SPELLED_YEAR})"
EDGE = (
    r"(?:(?:early|late|earlier|later|mid|the\s+(?:beginning|start|middle|end|rest|remainder)"
    r"\s+of|(?:the\s+)?(?:first|second|last)\s+half\s+of)\s*-?\s*)"
)
PART = rf"(?:\s+(?P<part>{alternation(PARTS_OF_DAY)}))?"


def year_value(text: str) -> int:
    """The year a digit or spelled year names ("1996", "nineteen ninety-six")."""
    text = text.lower()
    if text.isdigit():
        return int(text)
    words = re.split(r"[-\s]+", text.replace(" and ", " "))
    if words[:2] == ["two", "thousand"]:
        return 2000 + (number_value(" ".join(words[2:])) or 0 if len(words) > 2 else 0)
    return 100 * SMALL_NUMBERS.get(words[0], TENS.get(words[0], 0)) + (
        number_value(" ".join(words[1:])) or 0
    )


Normaliser = Callable[[re.Match[str], Context], Value]
GRANULARITY = {
    "D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "DE": "decade",
    "CE": "century",
}  # fmt: skip
# Durations are written in days, weeks, months or years (a quarter is P3M, a decade P10Y), or in
# hours and minutes after a T (PT24H).
DURATION_UNIT = {
    "hour": (1, "TH"), "minute": (1, "TM"), "D": (1, "D"), "W": (1, "W"), "M": (1, "M"),
    "Q": (3, "M"), "Y": (1, "Y"), "DE": (10, "Y"), "CE": (100, "Y"),
}  # fmt: skip


def _words(text: str | None) -> str:
    """A matched phrase lower-cased with single spaces, for table look-ups."""
    return " ".join((text or "").lower().split())


def _unit(text: str) -> str:
    """The unit code of a unit word, singular or plural ("centuries" -> "CE")."""
    word = text.lower()
    return UNITS["century" if word.startswith("centur") else word.removesuffix("s")]


def _needs_anchor(granularity: str) -> Callable[[Normaliser], Normaliser]:
    """Mark a rule whose value depends on the anchor: without one, keep the extent only."""

    def decorate(func: Normaliser) -> Normaliser:
        def wrapper(m: re.Match[str], ctx: Context) -> Value:
            return (None, granularity) if ctx.anchor is None else func(m, ctx)

        return wrapper

    return decorate


def _with_part(value: str | None, granularity: str, part: str | None) -> Value:
    """Add a part of day ("Friday morning" -> ...TMO), which makes the expression a time."""
    if part is None or value is None:
        return value, granularity if part is None else "time"
    return f"{value}T{PARTS_OF_DAY[part.lower()]}", "time"


def _iso(m: re.Match[str], ctx: Context) -> Value:
    """ISO 8601 dates, and datetimes to the minute ("2022-01-05T10:30:00Z" -> ...T10:30)."""
    d = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if d is None or not m["t"]:
        return (d.isoformat() if d else None), "day"
    return f"{d.isoformat()}T{m['t']}", "time"


def _numeric(m: re.Match[str], ctx: Context) -> Value:
    """ "13/01/2022" or "1/13/2022": read day-first or month-first only when one of the two
    numbers cannot be a month; "05/01/2022" stays unresolved (it is either)."""
    first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
    if first > 12 >= second:
        d = cal.safe_date(year, second, first)
    elif second > 12 >= first:
        d = cal.safe_date(year, first, second)
    else:
        d = None if first != second else cal.safe_date(year, first, first)
    return (d.isoformat() if d else None), "day"


def _holiday(m: re.Match[str], ctx: Context) -> Value:
    """Fixed-date holidays ("Christmas Day", "New Year's Eve"): the nearest one."""
    month, day = HOLIDAYS[_words(m["name"]).replace("’", "'")]
    if ctx.anchor is None:
        return None, "day"
    d = cal.month_day_date(ctx.anchor, month, day, ctx.direction(m))
    return (d.isoformat() if d else None), "day"


def _month_day(m: re.Match[str], ctx: Context) -> Value:
    month, day = month_number(m["mon"]), int(m["day"])
    if m["year"]:
        d = cal.safe_date(year_value(m["year"]), month, day)
    elif ctx.anchor is None:
        return None, "day"
    else:
        d = cal.month_day_date(ctx.anchor, month, day, ctx.direction(m))
    return (d.isoformat() if d else None), "day"


def _month(m: re.Match[str], ctx: Context) -> Value:
    month = month_number(m["mon"])
    if m["year"]:
        return cal.month_value(year_value(m["year"]), month), "month"
    if ctx.anchor is None:
        return None, "month"
    rel = _words(m["rel"])
    if rel in ("last", "this past", "the past"):
        year = ctx.anchor.year if month < ctx.anchor.month else ctx.anchor.year - 1
    elif rel in ("next", "this coming", "the coming"):
        year = ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1
    elif rel == "this" or m["relyear"]:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get((m["relyear"] or "").lower(), 0)
    else:
        year = cal.month_year(ctx.anchor, month, ctx.direction(m))
    return cal.month_value(year, month), "month"


@_needs_anchor("day")
def _weekday(m: re.Match[str], ctx: Context) -> Value:
    assert ctx.anchor is not None
    weekday = WEEKDAYS[m["wd"].lower()]
    rel = _words(m["rel"])
    if m["week"]:
        weeks = {"next": 1, "last": -1}.get(m["week"].lower(), 0)
        d = cal.weekday_in_week(ctx.anchor, weekday, weeks)
    elif rel in ("last", "the previous", "this past", "past"):
        d = cal.weekday_date(ctx.anchor, weekday, "past", strict=True)
    elif rel in ("next", "the following", "this coming", "coming"):
        d = cal.weekday_date(ctx.anchor, weekday, "future", strict=True)
    else:
        d = cal.weekday_date(ctx.anchor, weekday, ctx.direction(m))
    return _with_part(d.isoformat(), "day", m["part"])


_DAY_OFFSETS = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}


@_needs_anchor("day")
def _relative_day(m: re.Match[str], ctx: Context) -> Value:
    assert ctx.anchor is not None
    word = _words(m["word"])
    offset = {"the day before yesterday": -2, "the day after tomorrow": 2}.get(word)
    d = ctx.anchor + timedelta(days=_DAY_OFFSETS.get(word, 0) if offset is None else offset)
    part = "night" if word == "tonight" else m["part"]
    return _with_part(d.isoformat(), "day", part)


@_needs_anchor("time")
def _part_of_day(m: re.Match[str], ctx: Context) -> Value:
    assert ctx.anchor is not None
    d = ctx.anchor - timedelta(days=1 if m["rel"].lower() == "last" else 0)
    return _with_part(d.isoformat(), "day", m["part"])


_BACK = {
    "last", "the past", "the previous", "this past", "the latest", "the most recent", "past",
    "the preceding",
}  # fmt: skip
_FORWARD = {"next", "the coming", "the following", "the next", "coming"}


def _offset(rel: str) -> int:
    return -1 if rel in _BACK else 1 if rel in _FORWARD else 0


@_needs_anchor("week")
def _relative_unit(m: re.Match[str], ctx: Context) -> Value:
    """Relative units: "this week", "last month", "next year", "earlier this month"."""
    assert ctx.anchor is not None
    rel = _words(m["rel"])
    if m["unit"].lower() == "weekend":
        return _weekend(ctx.anchor + timedelta(weeks=_offset(rel))), "week"
    unit = _unit(m["unit"])
    if rel in ("that", "the same", "the following") and unit == "Y" and ctx.last_year:
        return str(ctx.last_year + (1 if rel == "the following" else 0)), "year"
    return cal.shift(ctx.anchor, _offset(rel), unit), GRANULARITY[unit]


def _related_day(m: re.Match[str], ctx: Context) -> Value:
    """Days named from the last day mentioned: "that day", "the next day", "the previous day"
    (unknown when no day was mentioned)."""
    if ctx.last_day is None:
        return None, "day"
    return (ctx.last_day + timedelta(days=_offset(_words(m["rel"])))).isoformat(), "day"


def _weekend(d: date) -> str:
    return f"{cal.week_value(d)}-WE"


@_needs_anchor("week")
def _the_weekend(m: re.Match[str], ctx: Context) -> Value:
    """The weekend: the coming one in a future clause, else the one just past."""
    assert ctx.anchor is not None
    if ctx.direction(m) == "future" or ctx.anchor.weekday() >= 5:
        return _weekend(ctx.anchor), "week"
    return _weekend(ctx.anchor - timedelta(weeks=1)), "week"


@_needs_anchor("year")
def _the_year(m: re.Match[str], ctx: Context) -> Value:
    """The year unqualified ("the year", "the fiscal year", "year-end"): in news, this one."""
    assert ctx.anchor is not None
    return str(ctx.anchor.year), "year"


def _ago(m: re.Match[str], ctx: Context) -> Value:
    """Counted back or on: "two days ago", "a year earlier", "three weeks from now"."""
    back = m["dir"].lower() in ("ago", "earlier", "before")
    amount = number_value(m["num"])
    if amount is None:
        return ("PAST_REF" if back else "FUTURE_REF"), "ref"
    if ctx.anchor is None:
        return None, "day"
    unit, amount = _unit(m["unit"]), -amount if back else amount
    if unit == "Y" and (quarter := ctx.quarter_in_focus(m)):
        return f"{quarter[0] + amount}-Q{quarter[1]}", "quarter"
    return cal.shift(ctx.anchor, amount, unit), GRANULARITY[unit]


def _span(m: re.Match[str], ctx: Context) -> Value:
    """Stretches such as "the past three years" or "the last decade": a duration (P3Y, P10Y),
    or PXY when vague."""
    amount = number_value(m["num"]) if m["num"] else 1
    word = m["unit"].lower().removesuffix("s")
    factor, unit = DURATION_UNIT[word if word in DURATION_UNIT else _unit(word)]
    prefix, unit = ("PT", unit[1:]) if unit.startswith("T") else ("P", unit)
    return (
        f"{prefix}X{unit}" if amount is None else f"{prefix}{amount * factor}{unit}"
    ), "duration"


def _quarter(m: re.Match[str], ctx: Context) -> Value:
    quarter = ordinal_value(m["ord"]) if m["ord"] else int(m["q"])
    if m["y"] or m["y1"]:
        year = year_value(m["y"] or m["y1"])
    elif ctx.anchor is None:
        return None, "quarter"
    elif m["rely"]:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get(m["rely"].lower(), 0)
    else:
        year = cal.quarter_year(ctx.anchor, quarter, ctx.direction(m))
    return f"{year}-Q{quarter}", "quarter"


@_needs_anchor("quarter")
def _relative_quarter(m: re.Match[str], ctx: Context) -> Value:
    """Quarters named relatively ("this quarter", "last quarter"); "the quarter" and "that quarter"
    refer back to the quarter last mentioned, else to the one most recently reported."""
    assert ctx.anchor is not None
    rel = _words(m["rel"])
    current = (ctx.anchor.year, cal.quarter_of(ctx.anchor))
    if rel in ("this", "the current"):
        year, quarter = current
    elif rel in _BACK or rel in _FORWARD:
        year, quarter = cal.shift_quarters(*current, _offset(rel))
    else:
        year, quarter = _quarter_in_question(m, ctx)
    return f"{year}-Q{quarter}", "quarter"


def _quarter_in_question(m: re.Match[str], ctx: Context) -> tuple[int, int]:
    """The quarter a text is about: the one last mentioned, else the one just reported (the
    current one in a future clause)."""
    assert ctx.anchor is not None
    if ctx.last_quarter:
        return ctx.last_quarter
    current = (ctx.anchor.year, cal.quarter_of(ctx.anchor))
    return current if ctx.direction(m) == "future" else cal.shift_quarters(*current, -1)


@_needs_anchor("year")
def _year_earlier(m: re.Match[str], ctx: Context) -> Value:
    """Year-ago comparisons ("the year-earlier quarter", "the year-ago period", "year-earlier
    results"): the quarter under discussion a year back, else the year before the anchor's."""
    assert ctx.anchor is not None
    if m["ord"]:
        quarter = ordinal_value(m["ord"])
        return f"{cal.quarter_year(ctx.anchor, quarter, 'past') - 1}-Q{quarter}", "quarter"
    focus = ctx.quarter_in_focus(m)
    if focus is None and m["unit"]:  # "the year-ago period" of an earnings story is a quarter
        focus = ctx.last_quarter or (
            _quarter_in_question(m, ctx) if m["unit"].lower() == "quarter" else None
        )
    if focus:
        return f"{focus[0] - 1}-Q{focus[1]}", "quarter"
    return str(ctx.anchor.year - 1), "year"


def _year_period(m: re.Match[str], ctx: Context) -> Value:
    """A year's quarter or period ("the 1988 quarter"): the quarter in question, that year."""
    year = year_value(m["y"])
    if ctx.anchor is None:
        return str(year), "year"
    return f"{year}-Q{_quarter_in_question(m, ctx)[1]}", "quarter"


def _half(m: re.Match[str], ctx: Context) -> Value:
    half = 1 if m["half"].lower() in ("first", "1st") else 2
    if m["y"]:
        year = year_value(m["y"])
    elif ctx.anchor is None:
        return None, "half"
    else:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get((m["rely"] or "").lower(), 0)
    return f"{year}-H{half}", "half"


def _year(m: re.Match[str], ctx: Context) -> Value:
    year = str(year_value(m["y"]))
    return (f"FY{year}" if m["fiscal"] else year), "year"


def _decade(m: re.Match[str], ctx: Context) -> Value:
    if m["full"]:
        return m["full"], "decade"
    digit = int(m["short"]) if m["short"] else DECADE_WORDS[m["word"].lower()]
    return cal.decade_of(ctx.anchor, digit), "decade"


def _century(m: re.Match[str], ctx: Context) -> Value:
    number = int(m["num"]) if m["num"] else ORDINALS[m["word"].lower()]
    return f"{number - 1:02d}", "century"


def _season(m: re.Match[str], ctx: Context) -> Value:
    code = SEASONS[m["season"].lower()]
    if m["y"]:
        return f"{year_value(m['y'])}-{code}", "season"
    if ctx.anchor is None:
        return None, "season"
    rel = _words(m["rel"])
    if rel == "this":
        year = ctx.anchor.year
    elif rel in _BACK or rel in _FORWARD:
        year = cal.season_year(
            ctx.anchor, SEASON_START[code], "past" if rel in _BACK else "future", strict=True
        )
    else:
        year = cal.season_year(ctx.anchor, SEASON_START[code], ctx.direction(m))
    return f"{year}-{code}", "season"


def _reference(value: str) -> Normaliser:
    """A normaliser that always gives ``value`` (PRESENT_REF, PAST_REF, FUTURE_REF)."""

    def reference(m: re.Match[str], ctx: Context) -> Value:
        return value, "ref"

    return reference


@dataclass(frozen=True)
class Rule:
    """A pattern and its normaliser; ``antecedent`` rules name periods that later anaphoric
    expressions ("that year", "the quarter") may refer back to, unlike comparisons ("a year
    earlier") and vague references."""

    pattern: re.Pattern[str]
    normalise: Normaliser
    antecedent: bool = True


def _rule(pattern: str, normalise: Normaliser, *, antecedent: bool = True) -> Rule:
    return Rule(re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), normalise, antecedent)


_WD = rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?"
_YEAR_AFTER = rf"(?:,?\s*(?P<year>{YEAR}))?"
_UNIT_WORDS = r"(?P<unit>day|week|month|quarter|year|decade|centur(?:y|ie))s?"
_PREPOSITIONS = (
    "in", "by", "for", "since", "until", "till", "from", "to", "through", "throughout", "during",
    "of", "before", "after", "between",
)  # fmt: skip
# "between January and March": a month name joined to another also counts as one
_MONTH_PAIRS = [f"{month.capitalize()} {conj}" for month in MONTHS for conj in ("and", "or")]
_MONTH_CONTEXT = "(?:" + "|".join(rf"(?<=\b{p} )" for p in (*_PREPOSITIONS, *_MONTH_PAIRS)) + ")"
# A number after one of these labels is an identifier ("Resolution 1973", "Flight 2020").
_NOT_LABELLED = "".join(rf"(?<!\b{re.escape(label)} )" for label in NUMBER_LABELS)
_HOLIDAY_NAMES = alternation(HOLIDAYS).replace("'", "['’]")
_VAGUE_PLURAL = r"(?:days|weeks|months|years|decades|quarters)"
_REL = (
    r"this\s+past|this\s+coming|the\s+past|the\s+previous|the\s+coming|the\s+following|"
    r"the\s+current|the\s+latest|the\s+most\s+recent|the\s+next|the\s+same|this|last|next|that"
)

RULES: list[Rule] = [
    _rule(
        r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<t>\d\d:\d\d)[\d:.]*(?:Z|[+-]\d\d:?\d\d)?)?",
        _iso,
    ),
    _rule(
        r"(?<![\d/.])(?P<a>\d{1,2})([/.])(?P<b>\d{1,2})\2(?P<y>(?:19|20)\d\d)(?![\d/.]\d)",
        _numeric,
    ),
    _rule(rf"(?P<name>{_HOLIDAY_NAMES})", _holiday),
    _rule(rf"{_WD}(?P<mon>{MONTH_ANY})\s*{_DAY}{_YEAR_AFTER}", _month_day),
    _rule(rf"{_WD}(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<mon>{MONTH_ANY}){_YEAR_AFTER}", _month_day),
    _rule(
        rf"{EDGE}?(?:(?P<rel>this\s+past|this\s+coming|the\s+coming|the\s+past|this|last|next)\s+)?"
        rf"(?P<mon>{MONTH_ANY})(?:\s*(?:of\s+)?,?\s*(?P<year>{YEAR})|\s+(?P<relyear>this|last|next)"
        r"\s+year)",
        _month,
    ),
    _rule(
        rf"(?:{EDGE}|(?P<rel>this\s+past|this\s+coming|the\s+coming|the\s+past|this|last|next)\s+)"
        rf"(?P<mon>{MONTH_FULL})(?P<year>)(?P<relyear>)",
        _month,
    ),
    _rule(rf"{_MONTH_CONTEXT}(?P<mon>{MONTH_FULL})(?P<year>)(?P<relyear>)(?P<rel>)", _month),
    _rule(rf"(?P<mon>{MONTH_UNAMBIGUOUS})(?P<year>)(?P<relyear>)(?P<rel>)", _month),
    _rule(
        r"(?:(?P<rel>this\s+coming|this\s+past|the\s+previous|the\s+following|last|next|this"
        rf"|coming|past|early|late|earlier|later)\s+)?(?P<wd>{WEEKDAY})(?!\s+(?-i:{NEWSPAPERS})\b)"
        rf"{PART}"
        r"(?:,?\s+(?:of\s+)?(?P<week>next|last|this)\s+week)?",
        _weekday,
    ),
    _rule(
        r"(?:(?:early|late|earlier|later)\s+)?(?P<word>the\s+day\s+before\s+yesterday|"
        rf"the\s+day\s+after\s+tomorrow|today|tomorrow|yesterday|tonight){PART}",
        _relative_day,
    ),
    _rule(r"(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)", _part_of_day),
    _rule(
        r"(?P<rel>that|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+preceding)"
        r"\s+day",
        _related_day,
    ),
    _rule(
        r"(?:the\s+)?(?:past|last)\s+(?P<unit>decade|century)(?P<num>)",
        _span,
        antecedent=False,
    ),
    _rule(
        rf"{EDGE}?(?P<rel>{_REL})\s+(?P<unit>week|weekend|month|year|decade|century)",
        _relative_unit,
    ),
    _rule(r"year-end|year(?:'s)?\s+end", _the_year),
    _rule(
        rf"{EDGE}?the\s+(?:full\s+|fiscal\s+|calendar\s+|current\s+fiscal\s+)?year(?!-)", _the_year
    ),
    _rule(r"the\s+weekend", _the_weekend),
    _rule(
        r"(?:(?:nearly|almost|about|around|some|roughly|just|only|more\s+than|less\s+than|over)\s+)?"
        rf"(?P<num>{NUMBER})\s+{_UNIT_WORDS}(?:\s+or\s+(?:so|two|more))?"
        r"\s+(?P<dir>ago|earlier|later|from\s+now|hence)",
        _ago,
        antecedent=False,
    ),
    _rule(
        rf"(?:the\s+)?(?:past|last|next|coming|previous|following)\s+(?P<num>{NUMBER})\s+"
        r"(?P<unit>hour|minute|day|week|month|quarter|year|decade|centur(?:y|ie))s?",
        _span,
        antecedent=False,
    ),
    _rule(
        # "the third quarter", but "third-quarter" alone where it modifies a noun
        rf"(?:the\s+(?!(?:fiscal[-\s]+)?{ORDINAL_QUARTER}-))?"
        r"(?:(?P<rely>this|last|next)\s+year's\s+|(?P<y1>(?<!\d)"
        r"(?:19|20)\d\d)\s+)?(?:fiscal[-\s]+)?(?P<ord>" + ORDINAL_QUARTER + r")[-\s]+(?:fiscal"
        rf"[-\s]+)?quarter(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>{YEAR}))?(?P<q>)",
        _quarter,
    ),
    _rule(rf"(?-i:Q(?P<q>[1-4]))(?:\s+(?P<y>{YEAR}))?(?P<ord>)(?P<rely>)(?P<y1>)", _quarter),
    _rule(
        r"(?P<rel>this|last|next|that|the(?:\s+(?:current|latest|most\s+recent|previous|past|"
        r"next|coming|same))?)\s+(?:fiscal\s+)?quarter",
        _relative_quarter,
    ),
    _rule(
        r"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?year[-\s](?:earlier|ago)"
        rf"\s+(?:(?P<ord>{ORDINAL_QUARTER})\s+)?(?P<unit>quarter|period)",
        _year_earlier,
        antecedent=False,
    ),
    _rule(r"year-(?:earlier|ago)(?P<ord>)(?P<unit>)", _year_earlier, antecedent=False),
    _rule(rf"the\s+(?P<y>{YEAR})\s+(?:quarter|period)", _year_period),
    _rule(
        r"(?:the\s+)?(?P<half>first|second|last|1st|2nd)[-\s]+half\s+of\s+(?:(?P<rely>this|last|"
        rf"next)\s+year|(?:fiscal\s+)?(?P<y>{YEAR}))",
        _half,
    ),
    _rule(
        rf"(?:(?P<rely>this|last|next)\s+year's|(?P<y>{YEAR}))\s+(?P<half>first|second)[-\s]+half",
        _half,
    ),
    _rule(
        rf"(?:{EDGE})?(?:the\s+year\s+)?(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*|"
        rf"calendar\s+(?:year\s+)?)?{_NOT_LABELLED}(?P<y>{YEAR})(?!\s+(?:{COUNTED_NOUNS})\b)",
        _year,
    ),
    _rule(
        rf"(?:the\s+)?{EDGE}?(?:(?P<full>(?:1[6-9]|20)\d)0'?s|['’](?P<short>\d)0s|the\s+"
        rf"(?:{EDGE})?(?P<word>{alternation(DECADE_WORDS)}))",
        _decade,
    ),
    _rule(
        rf"(?:the\s+)?(?:(?P<num>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{alternation(ORDINALS)}))"
        r"[-\s]+century",
        _century,
    ),
    _rule(
        rf"{EDGE}?(?P<rel>this\s+past|this\s+coming|the\s+coming|the\s+past|this|last|next|early|"
        rf"late)\s+(?P<season>{alternation(SEASONS)})(?:\s+of\s+(?P<y>{YEAR}))?",
        _season,
    ),
    _rule(
        rf"{EDGE}?the\s+(?:(?P<season>summer|winter|autumn)(?:\s+of\s+(?P<y>{YEAR}))?)(?P<rel>)",
        _season,
    ),
    _rule(
        rf"(?:(?:the\s+)?(?P<season>{alternation(SEASONS)})\s+(?:of\s+)?(?P<y>{YEAR}))(?P<rel>)",
        _season,
    ),
    _rule(
        r"right\s+now|just\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|"
        r"at\s+the\s+moment|the\s+present(?=\s*(?:[.,;:!?)]|$))",
        _reference("PRESENT_REF"),
        antecedent=False,
    ),
    _rule(
        rf"(?:more\s+)?recently|lately|recent\s+{_VAGUE_PLURAL}|the\s+past"
        r"(?!\s+(?:\w+\s+)?(?:[a-z]+days?|weeks?|months?|years?|decades?|quarters?|centur\w+"
        r"|summer|winter|spring|fall|autumn|weekend)\b)",
        _reference("PAST_REF"),
        antecedent=False,
    ),
    _rule(
        r"the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|soon|the\s+(?:near|short|long)\s+term"
        rf"|(?:the\s+)?coming\s+{_VAGUE_PLURAL}",
        _reference("FUTURE_REF"),
        antecedent=False,
    ),
]


def find(text: str) -> list[tuple[re.Match[str], Rule]]:
    """All expressions in ``text``, in order; where matches overlap the longest wins (ties go to
    the rule listed first), so "Wednesday next week" beats "Wednesday" and "next week"."""
    candidates = [
        (m, index, rule)
        for index, rule in enumerate(RULES)
        for m in rule.pattern.finditer(text)
        if m.end() > m.start()
    ]
    candidates.sort(key=lambda c: (c[0].start() - c[0].end(), c[0].start(), c[1]))
    taken = bytearray(len(text))
    chosen = []
    for m, _, rule in candidates:
        if not any(taken[m.start() : m.end()]):
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            chosen.append((m, rule))
    chosen.sort(key=lambda c: c[0].start())
    return chosen
