"""Typed, cached access to the knowledge base in ``dateline/data/kb``.

The KB answers three questions the understanding stages keep asking: what does this name refer
to (a country, a demonym, a capital or seat of power, a city, an organisation, a person), which
PLOVER sectors does this role noun signal, and who held an office in a country on a given day.
All of it is plain TSV written by us (see ``data/kb/README.md``); :func:`load_kb` reads it once
per process, in well under half a second, and builds the indexes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "kb"

# Order in which readings of one name are preferred: "Brussels" is read as the EU (a seat)
# before Belgium's capital, "Myanmar" as the country before the demonym. A city comes last.
KIND_ORDER = ("country", "seat", "capital", "org", "person", "demonym", "group", "region")


def read_tsv(path: Path) -> list[list[str]]:
    """Rows of a KB table: tab-separated, ``#`` comment lines and blank lines skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def normalize(text: str) -> str:
    """The key a name is indexed under: case- and apostrophe-insensitive, no leading "the"."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).replace("’", "'").replace("‘", "'")
    return " ".join(text.split()).casefold().removeprefix("the ")


def is_short_caps(text: str) -> bool:
    """Short all-capital aliases ("US", "WHO") match only in capitals: "us", "who" are words."""
    return len(text) <= 4 and text.isupper()


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def split(field: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in field.split("|") if x.strip())


def parse_date(text: str) -> date | None:
    """``YYYY-MM-DD`` or ``YYYY-MM`` (a month known, the day not: taken as the 1st)."""
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    return date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing a name can refer to. ``country`` is a PLOVER country code (ISO-3, or IGO,
    UNO, EUR, NGO, IMG for non-state actors); ``sectors`` are what the name means as an actor
    (a capital or seat of power stands for the government: GOV). ``full`` is False for a
    person's bare surname, which is only trusted with support from the story or the date."""

    kind: str
    name: str
    label: str
    country: str | None = None
    sectors: tuple[str, ...] = ()
    kb_id: str | None = None
    full: bool = True


@dataclass(frozen=True, slots=True)
class Role:
    """A role noun ("troops", "government opponents") and the sectors it signals. A ``weak``
    role ("official", "forces") only counts when nothing stronger is said; ``office`` is the
    canonical title office holders are filed under ("president", "foreign minister")."""

    phrase: str
    sectors: tuple[str, ...]
    weak: bool = False
    office: str | None = None


@dataclass(frozen=True, slots=True)
class Office:
    """One term of office: ``start`` inclusive, ``end`` exclusive, ``None`` when still held."""

    person_id: str
    name: str
    country: str
    office: str
    sectors: tuple[str, ...]
    start: date
    end: date | None

    def held_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class Sector:
    """A PLOVER sector code with its name and what it covers."""

    code: str
    name: str
    description: str


def plural(phrase: str) -> str | None:
    """English plural of a role phrase's last word; None where there is none to derive
    ("minister of defence", words already ending in s)."""
    if phrase.isupper():  # abbreviations: "MPs", "IDPs"
        return phrase + "s"
    if " of " in phrase or phrase.endswith("s"):
        return None
    head, _, last = phrase.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif re.search(r"(x|ch|sh)$", last):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


class KB:
    """The loaded knowledge base with its lookup indexes; get it from :func:`load_kb`."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.sectors = {r[0]: Sector(r[0], r[1], r[2]) for r in read_tsv(data_dir / "sectors.tsv")}
        self._names: dict[str, list[Entry]] = defaultdict(list)
        self._caps: dict[str, list[Entry]] = defaultdict(list)
        self._surfaces: dict[str, None] = {}  # every name as written, in insertion order
        self.roles: dict[str, tuple[Role, bool]] = {}
        self.offices: list[Office] = []
        self._offices_by_person: dict[str, list[Office]] = defaultdict(list)
        self.countries: dict[str, str] = {}
        self._load_countries(data_dir)
        self._load_places(data_dir)
        self._load_orgs(data_dir)
        self._load_people(data_dir)
        self._load_roles(data_dir)
        order = {kind: i for i, kind in enumerate(KIND_ORDER)}
        for index in (self._names, self._caps):
            for entries in index.values():
                entries.sort(key=lambda e: order[e.kind])
        self.max_name_words = max(len(k.split()) for k in (*self._names, *self._city_keys))
        self.max_role_words = max(len(k.split()) for k in self.roles)

    # -- building ---------------------------------------------------------------------------
    def _add(self, name: str, entry: Entry) -> None:
        index = self._caps if is_short_caps(name) else self._names
        key = name if index is self._caps else normalize(name)
        if entry not in index[key]:
            index[key].append(entry)
        self._surfaces.setdefault(name, None)

    def _load_countries(self, data_dir: Path) -> None:
        for code, iso3, name, names, demonyms, capitals in read_tsv(data_dir / "countries.tsv"):
            if code == iso3:  # a dependency folded into its state does not name the state
                self.countries[code] = name
            country = Entry("country", name, "GPE", code, ("GOV",), f"country:{code}")
            for alias in split(names):
                self._add(alias, country)
            for demonym in split(demonyms):
                self._add(demonym, Entry("demonym", name, "NORP", code))
            for capital in split(capitals):
                self._add(capital, Entry("capital", capital, "GPE", code, ("GOV",)))

    def _load_places(self, data_dir: Path) -> None:
        for name, country, sectors, label in read_tsv(data_dir / "seats.tsv"):
            self._add(
                name, Entry("seat", name.removeprefix("the "), label, country, split(sectors))
            )
        for name, country in read_tsv(data_dir / "groups.tsv"):
            self._add(name, Entry("group", name, "NORP", country or None))
        for name, country in read_tsv(data_dir / "regions.tsv"):
            self._add(name, Entry("region", name, "GPE", country))
        # Cities are most of the KB: they are indexed by the key the build script wrote, and
        # made into entries only when looked up, which keeps loading fast.
        self.cities: dict[str, tuple[str, int]] = {}  # name -> (country, population)
        self._city_keys: dict[str, str] = {}  # normalised name -> name
        for name, country, population, key in read_tsv(data_dir / "cities.tsv"):
            self.cities[name] = (country, int(population))
            self._city_keys.setdefault(key, name)

    def _load_orgs(self, data_dir: Path) -> None:
        for org_id, country, sectors, name, aliases in read_tsv(data_dir / "orgs.tsv"):
            entry = Entry("org", name, "ORG", country, split(sectors), f"org:{org_id}")
            for alias in (name, *split(aliases)):
                self._add(alias, entry)

    def _load_people(self, data_dir: Path) -> None:
        for name, aliases, country, office, sectors, start, end in read_tsv(
            data_dir / "office_holders.tsv"
        ):
            person_id = f"person:{slug(name)}"
            term = Office(
                person_id, name, country, office, split(sectors), parse_date(start), parse_date(end)
            )
            self.offices.append(term)
            self._offices_by_person[person_id].append(term)
            for alias in (name, *split(aliases)):
                full = " " in alias.strip() or alias.isupper()
                self._add(alias, Entry("person", name, "PERSON", kb_id=person_id, full=full))

    def _load_roles(self, data_dir: Path) -> None:
        for phrase, sectors, weak, office in read_tsv(data_dir / "role_nouns.tsv"):
            role = Role(phrase, split(sectors), weak == "weak", office or None)
            self.roles[phrase.lower()] = (role, False)
            many = plural(phrase)
            if many:
                self.roles.setdefault(many.lower(), (role, True))

    # -- queries ----------------------------------------------------------------------------
    def lookup(self, text: str) -> list[Entry]:
        """Every reading of a name, preferred first; [] when the KB does not know it."""
        text = text.strip()
        if is_short_caps(text) and text in self._caps:
            return list(self._caps[text])
        # Other capitalised words fall through: "KYIV" and "GAZA" in datelines are places.
        key = normalize(text)
        entries = list(self._names.get(key, ()))
        if key in self._city_keys:
            name = self._city_keys[key]
            entries.append(Entry("city", name, "GPE", self.cities[name][0]))
        return entries

    def role(self, text: str) -> tuple[Role, bool] | None:
        """The role a (lower- or mixed-case) phrase names, and whether it was in the plural."""
        return self.roles.get(re.sub(r"\s+", " ", text.strip().lower().replace("’", "'")))

    def terms(self, person_id: str) -> list[Office]:
        """A person's terms of office, in the order the KB lists them."""
        return self._offices_by_person.get(person_id, [])

    def holders(self, country: str, office: str, on: date | None) -> list[Office]:
        """Who held ``office`` in ``country`` on ``on`` (without a date: whoever holds it now)."""
        return [
            t
            for t in self.offices
            if t.country == country
            and t.office == office
            and (t.held_on(on) if on else t.end is None)
        ]

    def surface_forms(self) -> Iterator[tuple[str, Entry]]:
        """Every name but the cities' (see :attr:`cities`) as the KB writes it, with its
        preferred reading (for the entity ruler)."""
        for name in self._surfaces:
            yield name, self.lookup(name)[0]


@lru_cache(maxsize=1)
def load_kb() -> KB:
    """The knowledge base, loaded once per process."""
    return KB()
