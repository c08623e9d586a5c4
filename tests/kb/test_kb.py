"""The knowledge base: lookups, role nouns, office holders by date, and the tables' integrity."""

from __future__ import annotations

import time
from datetime import date
from itertools import pairwise

import pytest

from dateline.kb import KB, load_kb, normalize, plural

NON_STATE = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}
PLOVER_SECTORS = [
    "COP",
    "GOV",
    "JUD",
    "LEG",
    "MIL",
    "PRM",
    "PTY",
    "REB",
    "SPY",
    "UAF",
    "UNK",
    "AGR",
    "BUS",
    "CRM",
    "CVL",
    "EDU",
    "ELI",
    "JRN",
    "LAB",
    "MED",
    "REF",
    "OPP",
    "PRE",
    "REL",
    "SOC",
]


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb()


def first(kb: KB, name: str):
    entries = kb.lookup(name)
    assert entries, f"{name!r} is not in the KB"
    return entries[0]


def test_loads_fast() -> None:
    best = min(_timed(KB) for _ in range(3))
    assert best < 0.5, f"KB took {best:.2f}s to load"


def _timed(make) -> float:
    start = time.perf_counter()
    make()
    return time.perf_counter() - start


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("US", "USA"),
        ("U.S.", "USA"),
        ("America", "USA"),
        ("United States of America", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("Kazakhstan", "KAZ"),
        ("Russian Federation", "RUS"),
        ("South Korea", "KOR"),
        ("DR Congo", "COD"),
        ("Côte d’Ivoire", "CIV"),
        ("Kosovo", "KOS"),
        ("Puerto Rico", "USA"),  # PLOVER folds dependencies into their state
        ("Hong Kong", "HKG"),
    ],
)
def test_country_names(kb: KB, name: str, country: str) -> None:
    entry = first(kb, name)
    assert entry.kind == "country"
    assert entry.country == country


@pytest.mark.parametrize(
    ("name", "country"),
    [("Kazakh", "KAZ"), ("Kazakhstani", "KAZ"), ("Russian", "RUS"), ("American", "USA")],
)
def test_demonyms(kb: KB, name: str, country: str) -> None:
    entry = first(kb, name)
    assert (entry.kind, entry.label, entry.country) == ("demonym", "NORP", country)


@pytest.mark.parametrize(
    ("name", "country", "sectors"),
    [
        ("Moscow", "RUS", ("GOV",)),
        ("the Kremlin", "RUS", ("GOV",)),
        ("Washington", "USA", ("GOV",)),
        ("the White House", "USA", ("GOV",)),
        ("the Pentagon", "USA", ("MIL",)),
        ("Beijing", "CHN", ("GOV",)),
        ("Downing Street", "GBR", ("GOV",)),
        ("Kyiv", "UKR", ("GOV",)),
        ("Kiev", "UKR", ("GOV",)),
        ("Tehran", "IRN", ("GOV",)),
        ("Astana", "KAZ", ("GOV",)),
        ("Donetsk People's Republic", "UKR", ("PRE", "GOV")),
    ],
)
def test_seats_of_power_stand_for_the_government(kb, name, country, sectors) -> None:
    entry = first(kb, name)
    assert (entry.country, entry.sectors) == (country, sectors)


def test_regions_are_not_demonyms(kb: KB) -> None:
    assert first(kb, "Central American").country is None
    assert first(kb, "Central Asian").kind == "group"
    assert first(kb, "Rohingya").country == "MMR"


def test_cities_in_any_case(kb: KB) -> None:
    assert first(kb, "ALMATY").country == "KAZ"
    assert first(kb, "Almaty").kind == "city"


def test_short_capital_aliases_match_only_in_capitals(kb: KB) -> None:
    assert first(kb, "US").country == "USA"
    assert kb.lookup("us") == []
    assert first(kb, "WHO").kb_id == "org:WHO"
    assert kb.lookup("who") == []


@pytest.mark.parametrize(
    ("name", "kb_id", "country"),
    [
        ("Collective Security Treaty Organisation", "org:CSTO", "IGO"),
        ("Collective Security Treaty Organization", "org:CSTO", "IGO"),
        ("CSTO", "org:CSTO", "IGO"),
        ("Nato", "org:NATO", "IGO"),
        ("United Nations", "org:UN", "UNO"),
        ("European Union", "org:EU", "EUR"),
        ("Shanghai Cooperation Organisation", "org:SCO", "IGO"),
        ("World Bank", "org:WB", "IGO"),
        ("Arab League", "org:ARAB_LEAGUE", "IGO"),
        ("Hamas", "org:HAMAS", "PSE"),
        ("Islamic State", "org:ISIS", "IMG"),
    ],
)
def test_organisations(kb: KB, name: str, kb_id: str, country: str) -> None:
    entry = first(kb, name)
    assert (entry.kind, entry.kb_id, entry.country) == ("org", kb_id, country)


@pytest.mark.parametrize(
    ("phrase", "sectors", "is_plural"),
    [
        ("police", ("COP",), False),
        ("security forces", ("COP",), False),
        ("government opponents", ("OPP",), True),
        ("troops", ("MIL",), False),
        ("soldiers", ("MIL",), True),
        ("peacekeepers", ("MIL",), True),
        ("Protesters", ("CVL",), True),
        ("businessmen", ("BUS",), False),
        ("policemen", ("COP",), True),
        ("militias", ("REB",), True),
        ("MPs", ("LEG",), True),
        ("journalists", ("JRN",), True),
        ("refugees", ("REF",), True),
        ("judges", ("JUD",), True),
    ],
)
def test_role_nouns(kb: KB, phrase: str, sectors: tuple[str, ...], is_plural: bool) -> None:
    role, was_plural = kb.role(phrase)
    assert role.sectors == sectors
    assert was_plural is is_plural


def test_plural() -> None:
    assert plural("government opponent") == "government opponents"
    assert plural("militia") == "militias"
    assert plural("policeman") == "policemen"
    assert plural("minister of defence") is None
    assert plural("IDP") == "IDPs"


@pytest.mark.parametrize(
    ("country", "office", "day", "name"),
    [
        ("KAZ", "president", date(2022, 1, 14), "Kassym-Jomart Tokayev"),
        ("KAZ", "president", date(2018, 6, 1), "Nursultan Nazarbayev"),
        ("USA", "foreign minister", date(2022, 1, 14), "Antony Blinken"),
        ("USA", "president", date(2025, 1, 19), "Joe Biden"),
        ("USA", "president", date(2025, 1, 20), "Donald Trump"),
        ("RUS", "defence minister", date(2022, 1, 14), "Sergei Shoigu"),
        ("RUS", "defence minister", date(2024, 6, 1), "Andrei Belousov"),
        ("GBR", "head of government", date(2022, 10, 1), "Liz Truss"),
        ("UKR", "president", date(2023, 1, 1), "Volodymyr Zelensky"),
        # office holders from 1990 on (see test_history.py for how they resolve in a story)
        ("USA", "president", date(1991, 1, 17), "George H. W. Bush"),
        ("USA", "president", date(1999, 3, 24), "Bill Clinton"),
        ("USA", "foreign minister", date(2003, 3, 20), "Colin Powell"),
        ("RUS", "president", date(1995, 1, 1), "Boris Yeltsin"),
        ("RUS", "head of government", date(2010, 1, 1), "Vladimir Putin"),
        ("GBR", "head of government", date(1990, 11, 27), "Margaret Thatcher"),
        ("GBR", "head of government", date(1990, 11, 28), "John Major"),
        ("CHN", "president", date(2000, 1, 1), "Jiang Zemin"),
        ("ISR", "head of government", date(1995, 1, 1), "Yitzhak Rabin"),
        ("IRQ", "president", date(1991, 1, 17), "Saddam Hussein"),
        ("SRB", "president", date(1999, 3, 24), "Slobodan Milošević"),
        ("UNO", "un secretary general", date(1994, 4, 7), "Boutros Boutros-Ghali"),
        ("IGO", "nato secretary general", date(1999, 3, 24), "Javier Solana"),
    ],
)
def test_office_holder_on_a_date(kb: KB, country, office, day, name) -> None:
    assert [t.name for t in kb.holders(country, office, day)] == [name]


def test_tables_are_consistent(kb: KB) -> None:
    codes = set(kb.countries) | NON_STATE
    assert set(kb.sectors) == set(PLOVER_SECTORS)
    for term in kb.offices:
        assert term.country in codes, term
        assert set(term.sectors) <= set(kb.sectors), term
        assert term.end is None or term.start < term.end, term
    for role, _ in kb.roles.values():
        assert role.sectors and set(role.sectors) <= set(kb.sectors), role
    for name, entry in kb.surface_forms():
        assert entry.country is None or entry.country in codes, (name, entry)
        assert set(entry.sectors) <= set(kb.sectors), (name, entry)
    for name, (country, _) in kb.cities.items():
        assert country in codes, name


def test_no_two_holders_of_one_office_at_once(kb: KB) -> None:
    by_office: dict[tuple[str, str], list] = {}
    for term in kb.offices:
        by_office.setdefault((term.country, term.office), []).append(term)
    for terms in by_office.values():
        terms.sort(key=lambda t: t.start)
        for before, after in pairwise(terms):
            if before.person_id != after.person_id:
                assert before.end is not None and before.end <= after.start, (before, after)


def test_required_countries_have_leaders(kb: KB) -> None:
    required = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA "
    required += "BLR ARM KAZ KGZ TJK UKR ISR PSE SYR YEM SDN MMR AFG ETH SOM COD IRN"
    covered = {t.country for t in kb.offices}
    assert set(required.split()) <= covered


def test_normalize() -> None:
    assert normalize("The  Kremlin") == "kremlin"
    assert normalize("Kazakhstan’s") == normalize("Kazakhstan's")
