"""Calendar arithmetic and TIMEX3 value formatting.

Relative expressions are resolved against an anchor date (the document's publication date)
and, for bare names such as "Wednesday" or "in March", a direction taken from the tense of
the clause: ``"past"`` picks the most recent one, ``"future"`` the coming one, ``None`` the
nearest.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

Direction = Literal["past", "future"] | None


def parse_anchor(published: str | None) -> date | None:
    """The anchor date from an ISO date or datetime; None when absent or unreadable, so an
    odd publication date only leaves relative expressions unresolved."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by ``months`` (negative for earlier)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_quarters(year: int, quarter: int, quarters: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + quarters
    return index // 4, index % 4 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_years(d: date, years: int) -> date:
    """``d`` moved by whole years; 29 February falls back to the 28th."""
    return safe_date(d.year + years, d.month, d.day) or date(d.year + years, d.month, 28)


def shift(anchor: date, amount: int, unit: str) -> str:
    """The value of ``amount`` units from ``anchor`` at that unit's granularity ("two days
    ago" is a day, "six weeks ago" a week, "a year ago" a year)."""
    if unit == "D":
        return day_value(anchor + timedelta(days=amount))
    if unit == "W":
        return week_value(anchor + timedelta(weeks=amount))
    if unit == "M":
        return month_value(*shift_months(anchor.year, anchor.month, amount))
    if unit == "Q":
        year, quarter = shift_quarters(anchor.year, quarter_of(anchor), amount)
        return f"{year}-Q{quarter}"
    if unit == "DE":
        return str((anchor.year + 10 * amount) // 10)
    if unit == "CE":
        return f"{(anchor.year + 100 * amount) // 100:02d}"
    return str(anchor.year + amount)


def weekday_date(anchor: date, weekday: int, direction: Direction, *, strict: bool = False) -> date:
    """The date of ``weekday`` (0 = Monday) relative to ``anchor``.

    The anchor's own weekday is the anchor itself ("said on Friday" in a Friday story is that
    day) unless ``strict`` ("last Friday", "next Friday"). Without a direction, past wins:
    news mostly reports what has happened.
    """
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if strict:
        back, forward = back or 7, forward or 7
    if direction == "future":
        return anchor + timedelta(days=forward)
    return anchor - timedelta(days=back)


def weekday_in_week(anchor: date, weekday: int, weeks: int) -> date:
    """``weekday`` of the ISO week ``weeks`` from the anchor's ("Wednesday next week")."""
    monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=weeks)
    return monday + timedelta(days=weekday)


def month_year(anchor: date, month: int, direction: Direction) -> int:
    """The year of a bare month name ("in March").

    In a past clause, the most recent such month, except next month (a past clause may report
    what is set for it); in a future clause, the coming one. With no tense to go by, the
    coming three months read as ahead and the rest as past, because news reports what has
    happened far more than what is planned months out.
    """
    diff = month - anchor.month
    if direction == "past":
        return anchor.year - (diff >= 2)
    if direction == "future":
        return anchor.year + (diff < 0)
    ahead = diff % 12
    if 0 < ahead <= 3:
        return anchor.year + (diff < 0)
    return anchor.year - (diff > 0)


# A tense overrides the nearest reading of a month and day only when that reading lies this far
# on the wrong side of the anchor: a past clause often reports a date set ahead ("was declared
# payable Dec. 15"), so tense is a weak cue there.
OVERRIDE_DAYS = 120


def month_day_date(anchor: date, month: int, day: int, direction: Direction) -> date | None:
    """The date of a month and day without a year ("a January 22 deadline"): the nearest such
    date (a deadline a week away, a vote last month), unless a clear tense says otherwise and
    the nearest is over four months on the wrong side."""
    candidates = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := safe_date(y, month, day))
    ]
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: abs((d - anchor).days))
    if direction == "past" and (nearest - anchor).days > OVERRIDE_DAYS:
        return shift_years(nearest, -1)
    if direction == "future" and (anchor - nearest).days > OVERRIDE_DAYS:
        return shift_years(nearest, 1)
    return nearest


def quarter_year(anchor: date, quarter: int, direction: Direction) -> int:
    """The year of a quarter named without one: this year's, unless a past-tense clause names
    a quarter that has not started yet (last year's, then)."""
    if direction == "past" and quarter > quarter_of(anchor):
        return anchor.year - 1
    return anchor.year


def season_year(
    anchor: date, start_month: int, direction: Direction, *, strict: bool = False
) -> int:
    """The year of a season starting in ``start_month`` (a winter belongs to the year of its
    December): in a past clause the latest begun ("the summer"), or with ``strict`` the latest
    ended ("last summer"); in a future one the current or coming one, or with ``strict`` the
    next to begin ("next summer"); else this year's."""
    starts = [date(y, start_month, 1) for y in range(anchor.year - 2, anchor.year + 2)]
    if direction == "past":
        begun = [
            s
            for s in starts
            if shift_months(s.year, s.month, 3 if strict else 0) <= (anchor.year, anchor.month)
        ]
        return begun[-1].year
    if direction == "future":
        coming = [
            s
            for s in starts
            if shift_months(s.year, s.month, 0 if strict else 3) > (anchor.year, anchor.month)
        ]
        return coming[0].year
    return anchor.year


def decade_of(anchor: date | None, digit: int) -> str:
    """The decade value ("199") for a two-digit decade ("the '90s", "the nineties"): the most
    recent one ending in that digit, so the '20s read in 2022 are the 2020s."""
    if anchor is None:
        return f"19{digit}"
    century = anchor.year // 100
    if century * 10 + digit > anchor.year // 10:
        century -= 1
    return f"{century}{digit}"
