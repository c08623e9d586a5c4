"""The geoparser on real text: recognition, resolution by context, and the guards."""

from __future__ import annotations

import pytest

from dateline.model import Dateline, Document
from dateline.places import annotate
from dateline.places.gazetteer import gazetteer, normalize


def places(body: str, **kwargs) -> list[dict]:
    return annotate(Document(body=body, **kwargs)).places


def ids(body: str, **kwargs) -> dict[str, int | None]:
    return {p["text"]: p["geonameid"] for p in places(body, **kwargs)}


@pytest.fixture(scope="module")
def seed_places(seed_text: str) -> list[dict]:
    start = seed_text.index("ALMATY: Russian troops")
    end = seed_text.index("reportedly under arrest.") + len("reportedly under arrest.")
    return places(seed_text[start:end])


def test_seed_story_places(seed_places: list[dict]) -> None:
    found = {p["text"]: p["geonameid"] for p in seed_places}
    assert found["ALMATY"] == found["Almaty"] == 1526384
    assert found["Kazakhstan"] == 1522867
    assert found["Moscow"] == 524901
    assert found["Belarus"] == 630336
    assert found["Armenia"] == 174982
    assert found["Tajikistan"] == 1220409
    assert found["Kyrgyzstan"] == 1527747


def test_seed_offsets_point_into_body(seed_text: str, seed_places: list[dict]) -> None:
    start = seed_text.index("ALMATY: Russian troops")
    end = seed_text.index("reportedly under arrest.") + len("reportedly under arrest.")
    body = seed_text[start:end]
    assert seed_places
    for p in seed_places:
        assert body[p["start"] : p["end"]] == p["text"]


def test_entry_fields() -> None:
    (paris,) = places("The talks were held in Paris on Monday.")
    assert set(paris) == {"text", "start", "end", "geonameid", "name", "country_code", "lat",
                          "lon", "feature"}  # fmt: skip
    assert paris["geonameid"] == 2988507
    assert paris["country_code"] == "FR"
    assert paris["feature"] == "city"
    assert abs(paris["lat"] - 48.85) < 0.1


def test_adjective_of_place_is_a_place_but_people_and_languages_are_not() -> None:
    found = ids("Russian troops arrived. The Russians left. The report was written in English.")
    assert found == {"Russian": 2017370}


def test_state_context_picks_the_right_town() -> None:
    # Springfield, Illinois is smaller than Springfield, Missouri: the state decides.
    found = ids("Lawmakers met in Springfield on Tuesday, the capital of Illinois.")
    assert found["Springfield"] == 4250542


def test_country_beats_state_without_context_and_state_wins_with_it() -> None:
    assert ids("Tbilisi is the capital of Georgia.")["Georgia"] == 614540
    us = "Voters in Atlanta and Savannah went to the polls across Georgia on Tuesday."
    assert ids(us)["Georgia"] == 4197000


def test_capital_is_the_default_reading() -> None:
    assert ids("Officials in Washington said the talks would go on.")["Washington"] == 4140963


def test_all_caps_dateline() -> None:
    found = places("COLUMBUS, Ohio — The governor signed the bill on Friday.")
    assert found[0]["text"] == "COLUMBUS"
    assert found[0]["geonameid"] == 4509177


def test_dateline_outside_the_body_still_places_the_story() -> None:
    doc = Document(body="Crowds gathered on Abai Avenue on Thursday.",
                   dateline=Dateline(text="ALMATY", place="Almaty"))  # fmt: skip
    (avenue,) = annotate(doc).places
    assert avenue["text"] == "Abai Avenue" and avenue["feature"] == "site"
    assert avenue["country_code"] == "KZ" and abs(avenue["lat"] - 43.25) < 0.1


def test_common_words_and_acronyms_are_not_places() -> None:
    found = ids("Reading the report, the CEO said LAX and JFK were busy and Mobile phones sold.")
    assert found == {}


def test_unknown_street_is_listed() -> None:
    found = places("The parade turned onto Magazine Street in New Orleans.")
    streets = [p for p in found if p["text"] == "Magazine Street"]
    assert streets and streets[0]["geonameid"] is None and streets[0]["feature"] == "site"


def test_non_english_document_is_left_alone() -> None:
    doc = Document(body="Les soldats sont arrivés à Paris.", language="fr")
    assert annotate(doc).places == []


def test_normalize_folds_accents_and_case_but_keeps_full_stops() -> None:
    assert normalize("Bogotá") == normalize("BOGOTA")
    assert normalize("LA") != normalize("La.")
    assert normalize("The Netherlands") == "netherlands"


def test_gazetteer_is_built_once() -> None:
    assert gazetteer() is gazetteer()


def test_facility_named_with_article_is_not_a_town() -> None:
    found = places("Reporters waited outside the White House for the president.")
    assert all(p["geonameid"] is None for p in found if "White House" in p["text"])


def test_hyphenated_and_coordinated_adjectives_of_place() -> None:
    found = ids("He denounced the anti-Russian campaign with American and Mexican officials.")
    assert found == {"Russian": 2017370, "American": 6252001, "Mexican": 3996063}


def test_street_is_placed_at_the_home_town_without_claiming_to_be_it() -> None:
    found = places("NEW ORLEANS — The parade turned onto Magazine Street near the river.")
    street = next(p for p in found if p["text"] == "Magazine Street")
    assert street["feature"] == "site"
    assert street["geonameid"] is None and street["name"] is None
    assert street["country_code"] == "US"
    assert abs(street["lat"] - 29.95) < 0.2


def test_site_without_a_home_town_stays_unresolved() -> None:
    found = places("The parade turned onto Magazine Street near the river.")
    street = next(p for p in found if p["text"] == "Magazine Street")
    assert street["lat"] is None and street["feature"] is None


def test_state_is_found_whatever_the_tagger_calls_it_but_a_surname_is_not() -> None:
    assert "Uttar Pradesh" in ids("Farmers in Uttar Pradesh protested on Monday.")
    found = places("Michael Jordan scored 40 points. Jordan said he was tired.")
    assert found == []


def test_regions_news_names_get_a_point_but_no_id() -> None:
    found = {p["text"]: p for p in places("Fighting spread across the Sahel and into Crimea.")}
    assert found["Sahel"]["feature"] == "region" and found["Sahel"]["geonameid"] is None
    assert found["Crimea"]["country_code"] == "UA" and found["Crimea"]["lat"] is not None


def test_capital_the_tagger_calls_a_person_or_an_organisation() -> None:
    found = ids("Russian missiles struck Kyiv on Monday. Officials in Kiev said.")
    assert found == {"Russian": 2017370, "Kyiv": 703448, "Kiev": 703448}


def test_towns_the_tagger_calls_people_are_places_when_not_acting() -> None:
    found = ids("Israeli strikes hit Rafah overnight. Rebels neared Goma in eastern Congo.")
    assert found["Rafah"] == 281102
    assert found["Goma"] == 216281
    assert found["Congo"] == 203312  # the Democratic Republic, where Goma is


def test_adjectives_of_regions() -> None:
    found = {
        p["text"]: p
        for p in places("Unrest in the Central Asian country worried Kurdish fighters.")
    }
    assert found["Central Asian"]["name"] == "Central Asia"
    assert found["Kurdish"]["feature"] == "region"


def test_country_inside_an_organisation_name() -> None:
    assert ids("The US Justice Department said it would help us.") == {"US": 6252001}


def _where(body: str, text: str) -> tuple[str | None, str | None, str | None]:
    found = next(p for p in places(body) if p["text"] == text)
    return found["name"], found["country_code"], found["feature"]


def test_a_word_of_kind_after_a_name() -> None:
    # "city" is dropped for a town the gazetteer knows; "state" reads the area, not its capital
    body = "Two civilians were killed in Kherson city on Monday."
    assert _where(body, "Kherson") == ("Kherson", "UA", "city")
    body = "Gunmen abducted 12 villagers in Kuriga, Kaduna state, on Thursday."
    assert _where(body, "Kaduna") == ("Kaduna", "NG", "admin1")
    # a town of the same name abroad does not answer for an unknown province
    body = "Rebels attacked a base in Soum province on Sunday."
    assert _where(body, "Soum province") == (None, None, None)


def test_a_known_town_after_near_is_a_place_whatever_the_tagger_says() -> None:
    # the small tagger calls Djibo an organisation; "near" and the gazetteer say otherwise
    body = "Gunmen attacked an army post near Djibo on Sunday, killing 11 soldiers."
    assert _where(body, "Djibo") == ("Djibo", "BF", "city")


def test_an_unknown_name_with_a_particle_is_not_the_town_at_its_end() -> None:
    body = "A roadside bomb struck a convoy near Mocimboa da Praia in northern Mozambique."
    assert all(p["name"] != "Praia" for p in places(body))


def test_a_name_the_text_calls_a_town_is_a_place() -> None:
    body = "A helicopter dropped a barrel bomb on the rebel-held town of Kafr Zita on Saturday."
    assert _where(body, "Kafr Zita")[1:] == ("SY", "city")
    body = "Armed men burned homes in the village of Gorgadji on Saturday."
    assert _where(body, "Gorgadji") == (None, None, None)  # unknown, but a place
    body = "Security forces opened fire on protesters in Yangon's Hlaingthaya township on Sunday."
    assert _where(body, "Hlaingthaya") == ("Hlaingthaya", "MM", "city")


def test_a_name_only_a_place_can_follow_near_outside_or_around_is_one() -> None:
    # the small tagger calls these people, or nothing at all
    body = "Fighters abducted 14 women outside Gubio in Borno state last week."
    assert _where(body, "Gubio") == (None, None, None)  # unknown, but a place
    body = "Turkish warplanes pounded Kurdish positions around Ras al-Ain in northern Syria."
    assert _where(body, "Ras al-Ain") == (None, None, None)
    body = "A roadside bomb struck a military convoy near Mocimboa da Praia in Mozambique's Cabo "
    body += "Delgado province on Sunday."
    assert _where(body, "Mocimboa da Praia")[1] == "MZ"  # its own words, not its phrase's


def test_a_building_or_a_holiday_after_near_is_no_town() -> None:
    body = "Protesters gathered outside the White House around Christmas."
    assert [p["text"] for p in places(body)] in ([], ["White House"])


def test_a_forest_named_as_one_is_a_place() -> None:
    body = "Boko Haram fighters retreated into the Sambisa forest on Monday."
    assert _where(body, "Sambisa") == (None, None, None)
