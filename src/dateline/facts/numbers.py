"""Find the numbers in a text and read their values, before any parsing.

This is the cheap first pass of the facts stage: one regular expression finds every candidate
amount ("12,000", "1.8 million", "$2-3 billion", "£4.5m", "three", "a dozen", "tens of
thousands", "between 10 and 20") with the qualifier before it ("at least", "about") and any
currency, so the parse is consulted only around real candidates.

Things that look like numbers but are not counts are refused here when the text alone shows it:
codes glued to letters ("Covid-19", "G20", "F-16"), ordinals ("1st"; "first" is never matched),
times ("10:30", "3pm"), dates ("12/03"), percentages, compounds such as "45-year-old" or
"three-day", and phone-like digit chains. Years, ages and dates need the parse and are left to
:mod:`dateline.facts.classify`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from dateline.facts import lexicon

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SPACED_ABBR = ("mn", "mln", "bn", "tn", "trn")  # may stand one space after the digits
_GLUED_ABBR = ("k", "m", "b")  # only glued to the digits: "5 m" is more often metres
_SCALE_WORDS = ("hundred", "thousand", "million", "billion", "trillion", "lakh", "crore")
_SEPARATORS = r"\s*[-–—]\s*|\s+(?:to|or)\s+"


@dataclass
class Amount:
    """One number found in the text, with what the text says about how firm it is.

    ``start``/``end`` cover the whole expression (qualifier, currency, number);
    ``num_start``/``num_end`` only the number and its currency sign, for aligning with tokens.
    ``low``/``high`` are the two ends of a range; an exact number has ``low == high``; a vague
    quantity ("hundreds") has ``high`` None and ``vague`` True.
    """

    start: int
    end: int
    num_start: int
    num_end: int
    low: float
    high: float | None
    vague: bool = False
    qualifier: str | None = None
    currency: str | None = None
    year_like: bool = False


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that "tens of thousands" wins over "thousands"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    num = lexicon.numbers()
    cur = lexicon.currencies()
    atoms = _alt([*num["units"], *num["tens"]])
    word_scales = _alt([*_SCALE_WORDS, "dozen"])
    word_num = (
        rf"(?:half\s+)?an?\s+(?:{word_scales})\b"
        rf"|\b(?:{atoms})(?:[\s-]+(?:{atoms}|{word_scales})\b)*"
    )
    vague = _alt(num["vague"]).replace(r"\ ", r"\s+")
    digit_num = (
        rf"(?:{_DIGITS})(?:\s?(?:{_alt(_SPACED_ABBR)})\b|(?:{_alt(_GLUED_ABBR)})\b"
        rf"|(?:\s+(?:{_alt(_SCALE_WORDS)})s?\b)+)?"
    )
    number = rf"{digit_num}|\b(?:{vague})\b|{word_num}"
    codes = rf"(?-i:{_alt(cur['codes'])})"
    pre = rf"(?:{_alt(cur['symbols'])}|{codes}\b)\s?"
    adjectives = _alt({adj for table in cur["names"].values() for adj in table if adj})
    post = (
        rf"\s?(?P<code>{codes})\b"
        rf"|\s+(?:(?P<adj>{adjectives})\s+)?(?P<name>{_alt(cur['names'])})(?:e?s)?\b"
    )
    return re.compile(
        rf"(?<![\w.,/:$€£¥₹-])(?:(?P<between>between)\s+)?"
        rf"(?P<n1>(?P<pre1>{pre})?(?P<v1>{number}))"
        rf"(?:(?P<sep>(?(between)\s+and\s+|(?:{_SEPARATORS})))(?P<n2>(?P<pre2>{pre})?(?P<v2>{number})))?"
        rf"(?P<strong>-strong\b)?(?P<post>{post})?"
        rf"(?![\w%]|[.:/,]\d|-[^\W\d_]|-\d|\s*(?:%|per\s?cent\b|percent\b))",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _qualifier_pattern() -> re.Pattern[str]:
    quals = _alt(lexicon.numbers()["qualifiers"]).replace(r"\ ", r"\s+")
    return re.compile(rf"(?:^|(?<=\W))(?P<q>{quals})\s+$", re.IGNORECASE)


def read_number(text: str) -> tuple[float, float, bool]:
    """``(base, multiplier, vague)`` for one number expression: "1.8 million" -> (1.8, 1e6).

    The multiplier is kept apart so that a range can share it: "2-3 billion".
    """
    num = lexicon.numbers()
    low = " ".join(text.lower().split())
    if low in num["vague"]:
        return float(num["vague"][low]), 1.0, True
    digits = re.match(_DIGITS, low)
    if digits:
        mult = 1.0
        for word in re.findall(r"[a-z]+", low[digits.end() :]):
            mult *= num["scales"][word.removesuffix("s") if word not in num["scales"] else word]
        return float(digits.group().replace(",", "")), mult, False
    return _read_words(low.split()), 1.0, False


def _read_words(words: list[str]) -> float:
    """Spelled-out numbers: "twenty-five", "three hundred thousand", "half a million"."""
    num = lexicon.numbers()
    total, current = 0.0, 0.0
    for word in (w for part in words for w in part.split("-")):
        if word in ("a", "an"):
            current = current or 1.0
        elif word == "half":
            current = 0.5
        elif word in num["units"] or word in num["tens"]:
            current += num["units"].get(word, num["tens"].get(word, 0))
        elif word == "dozen":
            current = (current or 1.0) * num["dozen"]
        elif word == "hundred":
            current = (current or 1.0) * 100
        else:
            total += (current or 1.0) * num["scales"][word]
            current = 0.0
    return total + current


def _currency(match: re.Match[str], text: str) -> tuple[str | None, str | None]:
    """``(ISO 4217 code, currency name)`` the amount names; the code is "unknown" when the sign
    or name is shared by several countries ("Rs", "rupees"), and None when there is no money."""
    cur = lexicon.currencies()
    for group in ("pre1", "pre2"):
        sign = (match.group(group) or "").strip()
        if sign:
            upper = sign.upper()
            if upper in cur["codes"]:
                return cur["code_aliases"].get(upper, upper), None
            code = cur["symbols"].get(sign) or cur["symbols"].get(upper, "unknown")
            return code, cur["sign_names"].get(sign)
    if match.group("code"):
        code = match.group("code")
        return cur["code_aliases"].get(code, code), None
    name = (match.group("name") or "").lower()
    if not name:
        return None, None
    if name == "pound" and re.match(r"s?\s+of\b", text[match.end("name") :]):
        return None, None  # "200 pounds of explosives" is a weight
    adj = " ".join((match.group("adj") or "").lower().split())
    return cur["names"][name].get(adj), name


def _resolve(code: str | None, name: str | None, text: str, url: str | None) -> str | None:
    """Settle an ambiguous currency from the story: its site's country domain, else the only
    country using that currency the text names ("Rs5bn" in a story about Pakistan is PKR)."""
    if code != "unknown" or name is None:
        return code
    homes = lexicon.currencies()["homes"]
    candidates = {c: homes[c] for c in lexicon.currencies()["names"][name].values() if c in homes}
    host = urlsplit(url).hostname or "" if url else ""
    by_domain = [c for c, (tld, *_) in candidates.items() if host.endswith(f".{tld}")]
    if len(by_domain) == 1:
        return by_domain[0]
    named = [
        c
        for c, (_, *countries) in candidates.items()
        if any(re.search(rf"\b{re.escape(country)}", text) for country in countries)
    ]
    return named[0] if len(named) == 1 else code


def find_amounts(text: str, url: str | None = None) -> list[Amount]:
    """Every candidate amount in ``text``, in order, with value, range, qualifier and currency.

    ``url`` (the story's address) helps settle an ambiguous currency such as "rupees".
    """
    amounts: list[Amount] = []
    for match in _pattern().finditer(text):
        if match.group("sep") and not _is_range(match, text):
            # "2021-22" or a score "3-1" is no count; "from 10 to 30" is two figures
            if match.group("sep").strip() not in ("-", "–", "—"):
                amounts += _split(match, text, url)
            continue
        amounts.append(_build(match, text, url))
    return amounts


def _is_range(match: re.Match[str], text: str) -> bool:
    """A "10 to 30" after "from" is a change, not a range; a range must also rise."""
    if match.group("sep").strip().lower() == "to" and re.search(
        r"\bfrom\s+$", text[: match.start()], re.IGNORECASE
    ):
        return False
    low, low_mult, _ = read_number(match.group("v1"))
    high, high_mult, _ = read_number(match.group("v2"))
    return low * (low_mult if low_mult != 1.0 else high_mult) < high * high_mult


def _build(match: re.Match[str], text: str, url: str | None) -> Amount:
    base, mult, vague = read_number(match.group("v1"))
    currency = _resolve(*_currency(match, text), text, url)
    num_end = max(match.end("n1"), match.end("n2"), match.end("strong"))
    if match.group("n2"):
        high_base, high_mult, _ = read_number(match.group("v2"))
        low = base * (mult if mult != 1.0 else high_mult)
        high: float | None = high_base * high_mult
    else:
        low = base * mult
        high = None if vague else low
    start = (
        match.start("between")
        if match.group("between") and match.group("n2")
        else match.start("n1")
    )
    end = match.end() if currency else num_end
    return _qualified(
        text,
        Amount(
            start=start,
            end=end,
            num_start=match.start("n1"),
            num_end=num_end,
            low=low,
            high=high,
            vague=vague,
            currency=currency,
            year_like=_year_like(match.group("v1"), currency) and not match.group("n2"),
        ),
    )


def _split(match: re.Match[str], text: str, url: str | None) -> list[Amount]:
    """Both sides of a pair that is not a range ("from 10 to 30"), each read on its own."""
    sides = (_pattern().match(text, match.start(g), match.end(g)) for g in ("n1", "n2"))
    return [_build(side, text, url) for side in sides if side]


def _year_like(number: str, currency: str | None) -> bool:
    return currency is None and re.fullmatch(r"1[89]\d\d|20\d\d|2100", number) is not None


def _qualified(text: str, amount: Amount) -> Amount:
    """Attach the qualifier written just before the amount, widening its span to include it."""
    if amount.vague:
        amount.qualifier = "vague"
        return amount
    before = text[max(0, amount.start - 30) : amount.start]
    match = _qualifier_pattern().search(before)
    if match:
        key = " ".join(match.group("q").lower().split())
        amount.qualifier = lexicon.numbers()["qualifiers"][key]
        amount.start -= len(before) - match.start("q")
    return amount
