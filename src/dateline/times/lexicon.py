"""Word tables and regular-expression fragments for English temporal expressions.

Month and weekday names are matched case-sensitively (news capitalises them), so "may" the
verb and "march" the procession are never taken for months; everything else is matched
case-insensitively by the rules that embed these fragments.
"""

from __future__ import annotations

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Where a season starts (month), so "last winter" can be compared with the anchor date.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# Holidays on a fixed day of the Gregorian calendar (movable feasts are left out).
HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "valentine's day": (2, 14), "halloween": (10, 31), "may day": (5, 1),
}  # fmt: skip
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip
UNITS = {
    "day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE",
}  # fmt: skip
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
VAGUE_QUANTITIES = (
    "a few",
    "a couple of",
    "a couple",
    "couple of",
    "few",
    "several",
    "many",
    "some",
)


def alternation(words: object) -> str:
    """A regex alternation of ``words``, longest first so the longer spelling wins."""
    return "|".join(sorted((str(w).replace(" ", r"\s+") for w in words), key=len, reverse=True))


def _capitalised(words: object) -> str:
    return "|".join(sorted((str(w).capitalize() for w in words), key=len, reverse=True))


MONTH_FULL = rf"(?-i:{_capitalised(MONTHS)}|{alternation(w.upper() for w in MONTHS)})"
# "May" and "March" are also a verb and a noun: alone they count only after a preposition.
MONTH_UNAMBIGUOUS = rf"(?-i:{_capitalised(m for m in MONTHS if m not in ('may', 'march'))})"
MONTH_ANY = (
    rf"(?-i:{_capitalised(MONTHS)}|{alternation(w.upper() for w in MONTHS)}"
    rf"|(?:{_capitalised(MONTH_ABBREVIATIONS)})\b\.?)"
)
WEEKDAY = rf"(?-i:{_capitalised(WEEKDAYS)}|{alternation(w.upper() for w in WEEKDAYS)})"
_UNITS_1_9 = alternation(w for w in SMALL_NUMBERS if SMALL_NUMBERS[w] < 10 and len(w) > 2)
NUMBER = (
    rf"(?:\d{{1,3}}|(?:{alternation(TENS)})(?:[-\s](?:{_UNITS_1_9}))?"
    rf"|{alternation(SMALL_NUMBERS)}|{alternation(VAGUE_QUANTITIES)})"
)
ORDINAL_QUARTER = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"


# Nouns that make a preceding four-digit number a count, not a year ("2000 people").
COUNTED_NOUNS = alternation((
    "people", "persons", "troops", "soldiers", "police", "policemen", "officers", "workers",
    "students", "residents", "refugees", "migrants", "families", "children", "men", "women",
    "civilians", "protesters", "demonstrators", "members", "votes", "voters", "cases", "deaths",
    "dead", "casualties", "homes", "houses", "buildings", "dollars", "euros", "pounds", "rupees",
    "yuan", "yen", "tonnes", "tons", "barrels", "kilometres", "kilometers", "km", "miles",
    "metres", "meters", "feet", "acres", "hectares", "units", "jobs", "shares", "cars",
    "vehicles", "rounds", "times",
))  # fmt: skip

# Words that make a preceding weekday part of a title ("The Sunday Times"), not a date.
NEWSPAPERS = alternation(("Times", "Telegraph", "Express", "Mail", "Post", "Herald", "Mirror"))
# Labels after which a four-digit number is an identifier, not a year ("Resolution 1973").
NUMBER_LABELS = (
    "resolution", "no.", "number", "flight", "article", "route", "highway", "room", "section",
    "chapter", "paragraph", "page", "bus", "train", "code", "model", "batch",
)  # fmt: skip


def month_number(name: str) -> int:
    """The month number of a full or abbreviated month name ("Sept." -> 9)."""
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def number_value(text: str) -> int | None:
    """The integer a number phrase names ("twenty-four" -> 24); None for vague ones ("a few")."""
    text = " ".join(text.lower().replace("-", " ").split())
    if text.isdigit():
        return int(text)
    if text in SMALL_NUMBERS:
        return SMALL_NUMBERS[text]
    words = text.split()
    if words and words[0] in TENS:
        rest = SMALL_NUMBERS.get(words[1], 0) if len(words) == 2 else 0
        return TENS[words[0]] + rest
    return None


def ordinal_value(text: str) -> int:
    """The integer an ordinal names ("third" or "3rd" -> 3)."""
    text = text.lower()
    return int(text[:-2]) if text[:-2].isdigit() else ORDINALS[text]
