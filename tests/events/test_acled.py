"""ACLED categories read in context (:mod:`dateline.events.acled`), on sentences written for
these tests: one demonstration shares one category, taking a place changes territory, and
what did not happen has none."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import coder

SENTENCES = {
    "dispersed": "Police fired tear gas to disperse hundreds of students protesting in Santiago.",
    "shot": "Soldiers opened fire on protesters in Khartoum on Monday, killing three.",
    "riot": "Protesters threw stones at police in Dakar, who responded with tear gas.",
    "riot_clause": "Riot police used tear gas against demonstrators who smashed shop windows.",
    "mob": "An angry crowd lynched a man accused of theft in Gulu on Sunday.",
    "next_sentence": "Hundreds of teachers marched on parliament in Lusaka on Monday. Police "
    "opened fire on the crowd near the gates, killing two.",
    "killed_within": "Thousands of miners joined protests in La Paz on Monday in which four "
    "demonstrators were killed.",
    "arrests_at_sit_in": "Police detained 30 teachers during a sit-in outside the ministry.",
    "overtakes": "M23 rebels seized the town of Kitshanga on Sunday after heavy fighting.",
    "regains": "Government forces recaptured the town of Masagaway from al Shabaab on Monday.",
    "grenade": "Militants hurled a grenade at a police van in Srinagar, wounding three officers.",
    "intercepted": "Air defences shot down 11 drones over the region overnight.",
    "weapons": "Police seized a cache of weapons and explosives in Kirkuk on Friday.",
    "defused": "Police defused two bombs found near a market in Peshawar on Sunday.",
    "granaries": "Gunmen shot dead nine villagers near Djibo on Sunday and set fire to their "
    "granaries.",
    "deployed": "Ecuador deployed 3,000 soldiers to the port city on Tuesday.",
    "curfew": "The army imposed a curfew in three districts of the city on Friday.",
    "ceasefire": "The government and the rebels signed a ceasefire agreement in Rome on Sunday.",
    "clash": "Colombian soldiers clashed with guerrillas near Argelia on Saturday.",
    "homes": "Armed men burned homes and killed 20 villagers in Gorgadji on Saturday.",
    "sentence": "A court sentenced an activist to four years in prison on Thursday.",
    "no_arrests": "Officials said no arrests had been made after the march.",
    "will_deploy": "Kenya will deploy 600 more police officers to Haiti next month.",
    "sacked": "Nigeria's president sacked the country's army chief on Monday.",
    "expelled": "Canada expelled Russia's military attaché on Monday.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    keys = list(SENTENCES)
    events = coder.code_texts([SENTENCES[k] for k in keys], published="2023-05-10")
    return dict(zip(keys, events, strict=True))


def _subs(events: list[dict[str, Any]], *types: str) -> set[str | None]:
    return {(e["acled"] or {}).get("sub_event_type") for e in events if e["type"] in types}


@pytest.mark.parametrize(
    ("key", "types", "sub"),
    [
        ("dispersed", ("PROTEST", "ASSAULT"), "Protest with intervention"),
        ("shot", ("PROTEST", "ASSAULT"), "Excessive force against protesters"),
        ("riot", ("PROTEST", "ASSAULT"), "Violent demonstration"),
        ("riot_clause", ("PROTEST", "ASSAULT"), "Violent demonstration"),
        ("mob", ("PROTEST", "ASSAULT"), "Mob violence"),
        ("killed_within", ("PROTEST", "ASSAULT"), "Excessive force against protesters"),
        ("next_sentence", ("PROTEST", "ASSAULT"), "Excessive force against protesters"),
        ("arrests_at_sit_in", ("PROTEST", "COERCE"), "Protest with intervention"),
    ],
)
def test_a_demonstration_and_the_force_met_share_one_category(coded, key, types, sub) -> None:
    assert _subs(coded[key], *types) == {sub}


@pytest.mark.parametrize(
    ("key", "type_", "sub"),
    [
        ("overtakes", "ASSAULT", "Non-state actor overtakes territory"),
        ("regains", "ASSAULT", "Government regains territory"),
        ("grenade", "ASSAULT", "Grenade"),
        ("intercepted", "ASSAULT", "Disrupted weapons use"),
        ("weapons", "COERCE", "Disrupted weapons use"),
        ("granaries", "ASSAULT", "Attack"),  # the burning is part of the killing
        ("deployed", "MOBILIZE", "Change to group/activity"),
        ("curfew", "COERCE", "Change to group/activity"),
        ("sacked", "SANCTION", "Change to group/activity"),  # its own leadership changes
        ("ceasefire", "SUPPORT", "Agreement"),
        ("clash", "ASSAULT", "Armed clash"),
        ("homes", "ASSAULT", "Attack"),
    ],
)
def test_the_words_decide_what_type_and_mode_do_not(coded, key, type_, sub) -> None:
    assert _subs(coded[key], type_) == {sub}


@pytest.mark.parametrize(
    ("key", "type_"),
    [
        ("sentence", "COERCE"),
        ("no_arrests", "COERCE"),
        ("will_deploy", "MOBILIZE"),
        ("expelled", "SANCTION"),  # a diplomatic expulsion is no development on the ground
    ],
)
def test_no_category_for_a_sentence_or_what_did_not_happen(coded, key, type_) -> None:
    assert _subs(coded[key], type_) <= {None}


def test_bombs_defused_are_disrupted_weapons_use(coded) -> None:
    # whichever type the sentence classifier settles on, the defusing is no attack for ACLED
    assert {(e["acled"] or {}).get("sub_event_type") for e in coded["defused"]} == {
        "Disrupted weapons use"
    }
