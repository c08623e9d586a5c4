"""Office holders back to 1990: archives (GDELT, ICEWS) are coded with the holder of the day,
so the table must parse cleanly and the resolver must pick the right person by date."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from dateline.actors import resolve_actor
from dateline.kb import DATA_DIR, KB, load_kb, parse_date

TABLE = DATA_DIR / "office_holders.tsv"


@pytest.fixture(scope="module")
def kb() -> KB:
    return load_kb()


def rows() -> list[list[str]]:
    """The table's data rows, split into fields as written (comments skipped)."""
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def test_rows_are_well_formed_and_unique() -> None:
    table = rows()
    assert all(len(row) == 7 for row in table), [row for row in table if len(row) != 7]
    repeated = [row for row, n in Counter(map(tuple, table)).items() if n > 1]
    assert not repeated
    for name, _aliases, _country, _office, _sectors, start, end in table:
        begun = parse_date(start)
        assert begun is not None, name
        assert not end or begun < parse_date(end), name


def test_each_country_is_one_block() -> None:
    """Rows are grouped per country (the organisations' tail excepted, as in the file)."""
    order = [row[2] for row in rows() if row[2] not in ("IGO", "UNO", "NLD")]
    blocks = [c for i, c in enumerate(order) if i == 0 or order[i - 1] != c]
    assert len(blocks) == len(set(blocks)), Counter(blocks).most_common(3)


@pytest.mark.parametrize(
    ("phrase", "day", "kb_id"),
    [
        ("President Bush", date(1991, 3, 1), "person:george-h-w-bush"),
        ("President Bush", date(2005, 3, 1), "person:george-w-bush"),
        ("George Bush", date(1992, 6, 1), "person:george-h-w-bush"),
        ("Clinton", date(1996, 1, 1), "person:bill-clinton"),
        ("Clinton", date(2011, 1, 1), "person:hillary-clinton"),
        ("Assad", date(1995, 1, 1), "person:hafez-al-assad"),
        ("Assad", date(2012, 1, 1), "person:bashar-al-assad"),
        ("Kadhafi", date(2004, 1, 1), "person:muammar-gaddafi"),
        ("Qaddafi", date(2011, 3, 1), "person:muammar-gaddafi"),
        ("Castro", date(2000, 1, 1), "person:fidel-castro"),
        ("Castro", date(2012, 1, 1), "person:raul-castro"),
        ("Prime Minister Sharif", date(1998, 1, 1), "person:nawaz-sharif"),
        ("the Russian prime minister", date(1999, 10, 1), "person:vladimir-putin"),
        ("the Israeli foreign minister", date(2010, 1, 1), "person:avigdor-lieberman"),
    ],
)
def test_resolver_picks_the_holder_by_date(phrase: str, day: date, kb_id: str) -> None:
    assert resolve_actor(phrase, None, day).get("kb_id") == kb_id


def test_conflict_states_have_a_head_in_the_1990s(kb: KB) -> None:
    """States that existed in 1995 have someone at their head on that day."""
    heads = {"president", "head of government", "monarch", "leader", "supreme leader"}
    states = "USA RUS CHN GBR FRA DEU JPN IND PAK ISR IRN IRQ SYR LBN EGY LBY TUR SAU JOR "
    states += "PRK KOR UKR GEO SRB BIH HRV ETH ERI KEN NGA COD RWA UGA ZWE COL VEN CUB HTI YEM "
    states += "AZE ARM BLR KAZ UZB KGZ TJK LKA MMR SDN AFG"
    day = date(1995, 6, 1)
    covered = {t.country for t in kb.offices if t.office in heads and t.held_on(day)}
    assert set(states.split()) - covered == set()
