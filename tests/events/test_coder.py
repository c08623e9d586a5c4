"""The event coder on sentences written for these tests (never taken from evaluation data).

Each case checks one rule of :mod:`dateline.events.coder`: passive agents, negation, plans,
conditions, attributed claims, listed actors, instruments versus recipients, requested and
threatened acts, reported speech, sport and the lexicon's consistency with the ontology.
"""

from __future__ import annotations

from typing import Any

import pytest

from dateline.events import coder, ontology
from dateline.model import DatelineError

PUBLISHED = "2023-05-10"  # a Wednesday

SENTENCES = {
    "passive": "Dozens of activists were detained by police in Nairobi on Tuesday.",
    "negated": "The army did not withdraw its troops from the border town.",
    "failed": "Government forces failed to capture the rebel stronghold.",
    "future": "Israel and Egypt will sign a peace agreement next week.",
    "plan": "Germany plans to deploy 500 troops to Lithuania.",
    "conditional": "If talks collapse, Iran could attack Saudi oil facilities.",
    "claimed": "Rebels attacked a military base near Goma, the army said.",
    "according": "According to local officials, gunmen kidnapped 30 students in Kaduna.",
    "compound": "Germany and France condemned the coup in Niger.",
    "meeting": "Bolivian President Luis Arce met Chinese Foreign Minister Wang Yi in La Paz "
    "on Tuesday.",
    "strike": "Thousands of teachers went on strike in Santiago over pay.",
    "sport": "Manchester United attacked from the start and beat Chelsea 3-1.",
    "speech": "The finance minister said on Monday that the budget would be balanced next year.",
    "threat": "Turkey threatened to expel ten Western ambassadors.",
    "sanctions": "The United States imposed sanctions on Venezuelan officials.",
    "hostages": "Hamas released two Israeli hostages.",
    "statement": "The ministry released a statement on Friday.",
    "expel": "Mali's junta ordered the French ambassador to leave the country.",
    "attache": "Canada expelled Russia's military attaché on Monday.",
    "summoned": "Germany summoned Iran's ambassador on Monday to protest against the execution.",
    "restored_ties": "Bahrain and Qatar restored diplomatic relations on Wednesday.",
    "spoke_phone": "Brazil's president spoke by telephone with his Argentine counterpart.",
    "not_bow": "Kenya's president said his government would not bow to pressure from lenders.",
    "hosted": "Egypt's president hosted his Turkish counterpart in Cairo on Monday.",
    "received_delegation": "Niger's military leader received a Russian delegation in Niamey.",
    "visas": "The United States restricted visas for Ugandan officials on Thursday.",
    "debt": "China wrote off part of Zambia's debt on Tuesday.",
    "closed_crossings": "Lithuania closed two of its six border crossings with Belarus on "
    "Wednesday.",
    "closed_fields": "Libya's eastern-based forces closed the country's main oil fields on Monday.",
    "treaty": "Honduras ended its extradition treaty with the United States on Wednesday.",
    "visit_occasion": "Vietnam and the Philippines agreed to step up coast guard cooperation "
    "during a visit to Manila by Vietnam's prime minister on Tuesday.",
    "visit_after": "Venezuela freed six American citizens on Saturday after a visit to Caracas by "
    "a US envoy.",
    "mediation": "Niger released the deposed president's son on Thursday after mediation by Togo.",
    "refused_and_accused": "Peru said it would not recognise the results of the election and "
    "accused the electoral authority of fraud.",
    "plan_agreed": "Colombia said it would withdraw soldiers from three towns as part of a "
    "confidence-building plan agreed with dissident rebel groups.",
    "handed_over": "Rwanda said it had handed over 19 suspected rebels to Burundi under a "
    "security cooperation accord.",
    "own_troops": "Israel's military said troops detained 25 Palestinians in overnight raids "
    "across the occupied West Bank.",
    "no_sign": "There was no sign on Monday of troop movements near the front line, "
    "residents said.",
    "ban_remains": "The ban on the party, imposed after the 2019 unrest, remains in force.",
    "scrambled": "Japan scrambled fighter jets after Chinese bombers flew near its airspace.",
    "opened_consulate": "Chad opened a consulate in the Moroccan city of Dakhla on Tuesday.",
    "since_clause": "Iran's foreign minister visited Riyadh on Wednesday, the first such visit "
    "since the two countries restored relations in 2023.",
    "months_after": "The army withdrew from the town on Sunday, months after fighting between "
    "the army and the rebels spread to the region.",
    "day_after": "The army withdrew from the town on Sunday, a day after fighting between the "
    "army and the rebels spread to the region.",
    "crowd_arson": "Hundreds of protesters set fire to cars in the capital on Friday and threw "
    "stones at the police.",
    "recaptured": "Government troops recaptured the town of Rubavu from rebels on Sunday.",
    "pelted": "Demonstrators pelted the government building with eggs and stones on Saturday.",
    "jailbreak": "Armed gang members attacked a police station on Friday, freeing hundreds of "
    "inmates from the nearby prison.",
    "ordered_detention": "A Tunisian prosecutor ordered the detention of two journalists "
    "pending an investigation.",
    "curfew_place": "The army imposed a curfew in Mandalay on Monday.",
    "placed_role": "More than 60,000 people fled into Chad to escape fighting between the army "
    "and paramilitaries in Sudan's Darfur region.",
    "withdrew_items": "Britain withdrew its ambassador and two warships from Yemen on Monday.",
    "withdrew_capital": "France began withdrawing its fighter jets from the capital N'Djamena.",
    "court_sentenced": "A Kenyan court sentenced 12 members of a banned group to life in prison.",
    "state_of_emergency": "Peru's government declared a state of emergency in Lima on Sunday.",
    "bomb_place": "A car bomb exploded near an army convoy in Mogadishu on Monday.",
    "bomb_dateline": "WASHINGTON (Reuters) - Gunmen attacked a convoy on Monday.",
    "clash": "Protesters clashed with riot police outside parliament in Tbilisi.",
    "branded": "The interior minister branded the striking miners terrorists.",
    "called_motivated": "Hungary's government called the decision politically motivated.",
    "described_threat": "Fiji's prime minister described the commander's remarks as a threat.",
    "missile_attack": "North Korean troops fired rockets at a South Korean island.",
    "missile_test": "North Korea test-fired a ballistic missile on Sunday.",
    "missile_at_ship": "Houthi fighters fired a missile at a commercial vessel in the Red Sea.",
    "missile_into_sea": "North Korea fired a ballistic missile into the sea off its east coast.",
    "held_people": "Security forces held 40 students overnight in Dhaka.",
    "held_talks": "The envoy held talks with opposition figures in Caracas.",
    "warned": "The military warned that anyone joining the strike would be detained.",
    "two_nations": "Kenyan and Ugandan police arrested 12 smugglers near the border.",
    "means": "Two farmers were wounded by police gunfire in Kasese on Sunday.",
    "promised_visit": "The Indian prime minister will visit Dhaka next month.",
    "refused_release": "The junta refused to release the detained journalists.",
    "declined_talks": "Serbia declined to meet the Kosovo delegation in Brussels.",
    "urged_aid": "The UN urged Israel to allow aid convoys into Gaza.",
    "ratified": "Ukraine ratified a trade agreement with the European Union on Tuesday.",
    "declared_truce": "The rebels declared a unilateral ceasefire for the holidays.",
    "signed_truce": "The army and the rebels signed a six-month ceasefire in Havana on Friday.",
    "observed_truce": "The ceasefire was observed across the region on Sunday.",
    "agreed_concession": "The government has agreed to lift the curfew in the capital.",
    "announced_release": "Israel announced it would free 150 Palestinian prisoners by August.",
    "will_not": "Venezuela will not free the jailed activists, the interior minister said.",
    "lodged_protest": "China lodged a formal protest with the Philippine embassy on Friday.",
    "restrictive": "The army blamed the ambush on a faction that rejected the 2016 peace deal.",
    "existential": "There were 10 soldiers killed in the border region on Monday.",
    "national_means": "Three fishermen were killed in Indian artillery fire near the border.",
    "drill": "China's navy held live-fire exercises near Taiwan on Sunday.",
    "joint_drill": "India and France held joint naval exercises off Goa.",
    "jailed": "A court in Minsk jailed an opposition blogger for six years.",
    "death_sentence": "A military court in Kinshasa sentenced three soldiers to death.",
    "evidence": "Poland presented evidence against Belarus at the UN Security Council.",
    "received": "Armenia received military aid from India on Friday.",
    "vowed_strike": "Hezbollah vowed to strike Israeli cities.",
    "no_support": "The minister said Poland would not provide support to Hungary.",
    "pressured": "The Senate pressured the White House to send aid to Taiwan.",
    "said_will_attack": "Hamas said it will attack Israeli towns.",
    "others_will_attack": "The army said rebels will attack the town.",
    "accused_of": "Kyiv accused Moscow of shelling the town.",
    "accused_forces_of": "Azerbaijan accused Armenian forces of firing on its positions.",
    "state_protested": "Egypt's government protested to Ethiopia over the filling of the dam.",
    "responded_with": "Hezbollah fired missiles at an army post on Monday, the group said, and "
    "Israel responded with artillery fire.",
    "rejected_request": "The Indian government rejected a request from Pakistan to allow "
    "pilgrims to cross the frontier.",
    "rejected_demand": "Armenia rejected Azerbaijan's demand that Yerevan amend its constitution.",
    "said_killing": "Coalition air strikes hit a port in western Yemen on Friday, local media "
    "said, killing at least eight people.",
    "alleged_that": "Rwanda alleged that France was aware of the plans.",
    "self_report": "Police in Lagos said they arrested 20 protesters on Monday.",
    "rioters": "Rioters attacked a police station in Dakar on Friday.",
    "vandals": "The statue of the general was torn down and destroyed by protesters.",
    "armed_crowd": "Demonstrators fired rockets at the presidential palace.",
    "pledged_deport": "Jordan has pledged to deport foreign fighters as part of a deal with Iraq.",
    "remarks": "The French president made the remarks in Abuja at the start of a tour aimed at "
    "rebuilding ties with West Africa.",
    "speech_in": "The envoy gave a speech in Nairobi during a visit to East Africa.",
    "target_in": "Drones struck a fuel depot in Belarus's Gomel region overnight.",
    "pause_in": "Residents said there was a pause in the shelling in Kharkiv.",
    "march": "Thousands of nurses marched in Lisbon on Tuesday over pay.",
    "march_at": "Farmers protested against the Dutch government in The Hague.",
    "to_border": "Greece sent 500 soldiers to its border with Turkey on Monday.",
    "said_shelled": "Kyiv said Russian troops shelled the town of Kupiansk on Sunday.",
    "witnesses_said": "Soldiers fired on protesters in Conakry, witnesses said.",
    "wants_attack": "The senator wants Israel to strike Iranian nuclear sites.",
    "beaten_detained": "Dozens of protesters were beaten and detained by police in Minsk.",
    "arrested_released": "Two reporters were arrested in Harare on Monday and released on Tuesday.",
    "hoped": "The minister said she hoped the two generals would soon be charged with war crimes.",
    "fired_at_it": "Lebanon said a drone was fired at it from across the border on Sunday.",
    "tear_gas": "Police fired tear gas at hundreds of demonstrators outside parliament in Lima.",
    "joint_vow": "Mali and Niger said they will attack the jihadist camps.",
    "occasion": "Ghana and Togo agreed on Friday to set up a joint border commission, officials "
    "said after a meeting of the two countries' defence ministers in Lome.",
    "its_warplanes": "The Turkish defence ministry said its warplanes destroyed rebel bunkers.",
    "military_it": "The Nigerian military said it had killed 20 militants near Lake Chad.",
    "severed_accusing": "Bahrain severed diplomatic ties with Iran on Monday, accusing it of "
    "arming militants.",
    "weapon_subject": "Israeli aircraft struck what the army called a weapons depot in Lebanon.",
    "beat_detained": "Soldiers beat and detained three reporters in Kampala on Monday.",
    "march_demanding": "Thousands of farmers marched in Brussels on Monday, demanding lower fuel "
    "taxes.",
    "rally_to_demand": "Hundreds of teachers rallied in Nairobi to demand higher pay.",
    "presidency_pullout": "France will withdraw its troops from Chad by March, the French "
    "presidency said.",
    "announced_pullout": "Germany will withdraw its troops from Mali by May, the German defence "
    "ministry said.",
    "no_dialogue": "The opposition said it would not take part in the national dialogue.",
    "disbursed": "The World Bank disbursed 300 million dollars to Kenya on Monday.",
    "credit_line": "Ghana secured a credit line of 2 billion dollars from Chinese banks.",
    "no_plans": "The army said it had no plans to impose a curfew in the capital.",
    "denied_sent": "A spokesman denied that troops had been sent to the border.",
    "prepared_talks": "The junta said it was prepared to hold talks with the rebels.",
    "hopes_meet": "The foreign minister hopes to meet his Nigerian counterpart next month.",
    "keen": "Colombia is keen to cooperate with Venezuela on border security.",
    "inverted": "Had the rebels attacked the town, the army would have withdrawn.",
    "reference": "Kenyan troops withdrew from two bases in Somalia on Monday. "
    "The withdrawal will be completed in June.",
    "dateline": "NAIROBI, May 10 (Reuters) - Police detained 40 protesters on Sunday.",
    "dateline_only": "BAMAKO (AFP) - The junta expelled the French ambassador.",
    "region_of": "Ukrainian drones struck an oil depot in Russia's Belgorod region.",
    "shelled_city": "Russian forces shelled Kharkiv on Tuesday, killing two civilians.",
    "town_of": "Rebels seized the town of Rubare in Congo on Friday.",
    "warplanes": "Turkish warplanes pounded Kurdish positions in northern Iraq.",
    "suicide": "A suicide bomber blew himself up outside a ministry building in Kabul.",
    "chemical": "Militants fired shells containing a mustard agent at army positions.",
    "shot_down": "Rebels shot down a military plane over the town.",
    "relayed_refusal": "Nicaragua refused to let UN monitors into the country, the UN office said.",
    "plans_rally": "Bangladesh's main opposition party plans to hold a mass rally on Saturday.",
    "unlikely": "The two sides are unlikely to reach an agreement before the end of the year.",
    "before_attribution": "Gunmen shot dead 11 villagers in Boni, in central Mali, on Monday, "
    "two local health workers told AFP.",
    "report_time": "Police said on Tuesday that they had arrested 40 people in Lagos.",
    "result_time": "A bomb exploded outside a police post in Yala on Sunday, wounding three.",
    "relative_time": "The two leaders did not meet during the summit that ended on Sunday, and "
    "Egypt accused Ethiopia of stalling.",
    "phrase_country": "Israeli troops withdrew from the southern Lebanese town of Khiam.",
    "filed_from": "GOMA, Congo (Reuters) - Rebels attacked an army post near Rubare on Friday.",
    "home": "Nicaragua's government refused to let UN monitors into the country.",
    "petrol_bombs": "Youths threw petrol bombs at police in the Creggan area on Friday night.",
    "dateline_doer": "KYIV, Ukraine (AP) — Russian forces shelled Kherson overnight, the regional "
    "governor said.",
    "listed_results": "Russian forces shelled Kharkiv overnight, damaging a hospital and wounding "
    "four people.",
    "own_doer_conj": "Russia launched 41 drones at Ukraine overnight, and air defences shot down "
    "36 of them.",
    "travel_to": "Uzbekistan's president will travel to Islamabad next week for talks.",
    "dateline_subject": "BAMAKO (AFP) - Gunmen on motorbikes shot dead 11 villagers in Boni on "
    "Monday, two local health workers told AFP.",
    "armed_men": "OUAGADOUGOU, Burkina Faso (AP) — Armed men burned homes in the village of "
    "Gorgadji on Saturday.",
    "no_doer": "A roadside bomb struck a military convoy near Mocimboa da Praia in Mozambique's "
    "Cabo Delgado province on Sunday, killing three soldiers.",
    "until": "The United States will not lift sanctions until the government agrees to a date "
    "for elections.",
    "no_one": "Police said that no one had been arrested after the march.",
    "night": "Protesters stormed the parliament building on Tuesday night.",
    "duration": "The president resigned following two days of street protests.",
    "threat_content": "The African Union threatened on Friday to suspend Gabon from the bloc.",
    "lifted_curfew": "Honduran authorities on Monday lifted a nighttime curfew in the capital.",
    "riot_police": "Paris riot police used tear gas against demonstrators who smashed shop "
    "windows during a tenth day of protests against pension reform on Tuesday.",
    "sacked_minister": "South Sudan's president sacked the country's foreign minister on Monday.",
    "dismiss_vote": "Ukraine's parliament voted on Wednesday to dismiss the prosecutor general.",
    "dismissed_case": "The court dismissed the case against the former minister.",
    "hosted_talks": "Qatar hosted talks in Doha on Tuesday between envoys of Rwanda and Congo.",
    "agreement_to": "Chile and Peru signed an agreement on Friday to share intelligence on "
    "organised crime.",
    "offer_to": "Ukraine welcomed Switzerland's offer to host a peace summit.",
    "report_alleged": "A report released on Tuesday alleged that France was aware of the "
    "preparations for the genocide.",
    "verbless": "Human rights groups alleged on Tuesday that Ethiopian troops had taken part in "
    "the killings of civilians in Tigray.",
    "mediated_swap": "Russia and Ukraine exchanged 95 prisoners each on Saturday in a swap "
    "mediated by the United Arab Emirates.",
    "sacked_town": "Rebels sacked the town of Bocaranga on Thursday.",
    "base": "The Turkish army has established a new military base near the town of Atarib.",
    "ban_on": "The government said it would not extend a ban on opposition rallies.",
    "banned": "Guinea's junta banned street demonstrations on Tuesday.",
    "trailing_report": "The Turkish army has established a new military base near the town of "
    "Atarib, a Britain-based war monitor reported on Monday.",
    "after_report": "Rebels attacked a village near Goma, local officials said, and the army "
    "deployed troops to the area.",
    "meanwhile": "Qatari mediators urged Kyiv and Moscow on Tuesday to resume prisoner "
    "exchanges, officials said, as Russian drones struck a power plant in Kharkiv.",
    "rejected_call": "The African Union called for an immediate truce in Tigray, but the "
    "Ethiopian government rejected the appeal.",
    "blaming": "Gunmen ambushed a bus near Pattani on Monday, killing four passengers, police "
    "said, blaming separatist insurgents.",
    "families": "Families of the missing marched to the presidential palace in Colombo on Friday.",
    "opposition_says": "Security forces opened fire on a funeral procession in Sagaing on Sunday, "
    "killing five mourners, an opposition party said.",
    "army_says": "Militants attacked a police post on Monday, killing two officers, the army said.",
    "armour": "The army deployed armoured vehicles in the capital on Sunday.",
    "home_deployment": "Myanmar's military deployed armoured vehicles in Yangon on Sunday.",
    "away_deployment": "Russia deployed troops in Belarus on Sunday.",
    "resigned": "Peru's interim president resigned on Sunday after a week of protests.",
    "soldiers_deployed": "Ethiopian troops left the border town on Tuesday, and Somali soldiers "
    "deployed there.",
    "crossed_into": "Burundian troops crossed into Congo's South Kivu province on Monday.",
    "airspace": "A Russian military aircraft briefly entered Finland's airspace on Friday.",
    "pledged_systems": "Spain pledged on Monday to deliver two more air defence systems to Kyiv.",
    "trained_abroad": "The EU trained 500 Malian soldiers last year.",
    "trained_own": "The army trained its soldiers in urban warfare.",
    "calling_after": "Venezuelan patrol boats fired on a Guyanese fishing vessel on Sunday, "
    "wounding two fishermen, Guyana's foreign ministry said, calling the attack an act of "
    "aggression.",
    "accusing_after": "Lithuania's border guard said on Monday that Belarusian officers had "
    "pushed migrants across the frontier, accusing Minsk of staging the crossings.",
    "called_up": "Armenia called up thousands of reservists on Tuesday, the prime minister's "
    "office said.",
    "spokesman_for": "A spokesman for the Colombian army accused Venezuela of sheltering rebels.",
    "blamed_later": "Gunmen ambushed a bus near Pattani on Monday, killing four passengers, "
    "police said on Tuesday, blaming separatist insurgents.",
    "dateline_country": "VOVCHANSK, Ukraine, May 9 (AP) - Russian drones struck a market "
    "overnight, killing three civilians, the regional governor said. Moscow did not comment.",
    "refused_admit": "Kenya refused on Tuesday to admit more Somali refugees.",
    "declined_despite": "Peru's prime minister declined to resign despite calls from opposition "
    "lawmakers.",
    "failed_summit": "Nigeria's president failed to attend the summit in Addis Ababa.",
    "declined_proposed": "Kenya refused to attend talks proposed by Uganda.",
    "recognised_owned": "Serbia recognised Kosovo's independence on Monday.",
    "recognised_of": "Argentina recognised the results of Venezuela's election.",
    "froze_owned": "The European Union froze Iran's assets on Friday.",
    "talks_and_deals": "The Indonesian president held talks with his Malaysian counterpart in "
    "Jakarta on Tuesday, and the two countries signed agreements on border security and palm "
    "oil during the visit.",
    "ignored_calls": "The junta ignored calls from the African Union to hand power back to "
    "civilians.",
    "demand_for": "Global demand for cocoa fell in March.",
    "after_demands": "The minister resigned on Friday after weeks of demands from opposition "
    "lawmakers.",
    "agreed_lift": "Spain agreed to lift its sanctions on Venezuela.",
    "agreed_send": "Italy agreed to send 200 troops to Niger.",
    "based_monitor": "A London-based monitor said government forces shelled a market in Idlib, "
    "killing nine civilians.",
    "fears_of": "Aid agencies evacuated staff from Goma amid fears of an attack by M23 rebels.",
    "waters": "Chinese coast guard ships entered waters around the disputed islands on Friday.",
    "they_farmers": "Hundreds of farmers drove tractors onto the ring road around Nairobi on "
    "Tuesday, blocking traffic as they protested against a new fuel tax.",
    "the_army_said": "Turkish troops demolished two villages in northern Iraq on Monday, the army "
    "said.",
    "stop_attacks": "Rebels vowed to stop attacks on civilians.",
    "expected_and": "Kenya's president is expected to tour the region and hold talks with "
    "Ugandan officials on Friday.",
    "travel_against": "Japan advised against travel to Burkina Faso on Monday.",
    "travel_warning": "Sweden issued a travel warning for Senegal on Thursday.",
    "meeting_of_own": "Peru and Chile agreed on Friday to reopen two border posts and to hold a "
    "meeting of their joint trade commission in Lima next month.",
    "meeting_of_body": "Ghana's foreign minister attended a meeting of the African Union in Addis "
    "Ababa on Monday.",
    "inspected_plant": "IAEA experts inspected the Bushehr nuclear plant on Tuesday.",
    "inspected_troops": "Kenya's president inspected the troops at a parade in Nairobi.",
    "invited": "Chile's president invited his Bolivian counterpart to visit Santiago next month.",
    "in_which": "Bolivia's interior minister resigned after a week of strikes in which three "
    "miners were shot dead.",
    "who_were": "Police arrested six miners who were shot during the strike.",
    "responded_killing": "Police in La Paz responded with live rounds, killing two miners, "
    "witnesses said.",
    "after_protests": "Bolivia's government lifted the fuel price rise on Monday after a week of "
    "protests in La Paz.",
    "mob_beat": "A mob beat a man to death in a village near Gulu on Sunday.",
    "arrested_seized": "Kenyan police arrested four suspected militants in Lamu on Friday and "
    "seized explosives and two rifles.",
    "expel_suspend": "Algeria expelled Morocco's ambassador and suspended all flights on Monday.",
    "winner_curfew": "Togo's electoral commission declared the president the winner on Monday, "
    "and the government imposed a night curfew.",
    "who_responded": "Protesters in Tbilisi stormed the parliament building on Monday and hurled "
    "stones at riot police, who responded with tear gas.",
    "whom_accused": "Kenya's parliament voted on Monday to dismiss the interior minister, whom "
    "lawmakers accused of failing to stop police abuses.",
    "second_place": "Gunmen shot dead nine villagers on Sunday near Djibo in Burkina Faso's Soum "
    "province and set fire to their granaries.",
    "result_place": "A bomb exploded outside a police post in Rueso district of Thailand's "
    "Narathiwat province on Sunday, wounding three police volunteers.",
    "denied_sending": "Uganda denied sending troops into South Sudan's Eastern Equatoria state.",
    "denied_visas": "Mali denied visas to three French journalists on Monday.",
    "consul": "Rwanda expelled Belgium's consul on Monday.",
    "owned_place": "Gunmen threw a grenade into a bar in Bujumbura's Kamenge district on Sunday.",
    "threat_set_off": "Turkey's defence minister threatened on Monday to extend air strikes into "
    "northern Iraq unless the militants withdrew.",
    "agreed_to_meet": "The two delegations agreed in Doha on Tuesday to meet again next month.",
    "fired_from": "Ukraine said a drone was launched at it from Belarus on Friday.",
    "a_day_after": "Chile's foreign minister said on Monday that talks would continue, a day after "
    "she hosted her Bolivian counterpart in Santiago.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, list[dict[str, Any]]]:
    keys = list(SENTENCES)
    events = coder.code_texts([SENTENCES[k] for k in keys], published=PUBLISHED)
    return dict(zip(keys, events, strict=True))


def _one(events: list[dict[str, Any]], type_: str) -> dict[str, Any]:
    found = _of_type(events, type_)
    assert found, f"no {type_} in {[e['type'] for e in events]}"
    return found[0]


def _of_type(events: list[dict[str, Any]], type_: str) -> list[dict[str, Any]]:
    return [e for e in events if e["type"] == type_]


def _countries(parties: list[dict[str, Any]]) -> list[str | None]:
    return [p["country"] for p in parties]


def _sides(event: dict[str, Any]) -> tuple[list[str | None], list[str | None]]:
    """The countries of an event's actors and of its recipients."""
    return _countries(event["actor"]), _countries(event["recipient"])


def _sectors(parties: list[dict[str, Any]]) -> set[str]:
    return {s for p in parties for s in p["sectors"]}


def test_passive_agent_is_the_actor(coded) -> None:
    e = _one(coded["passive"], "COERCE")
    assert e["mode"] == "arrest"
    assert "COP" in _sectors(e["actor"])
    assert e["recipient"][0]["text"] == "activists"  # "dozens of activists"
    assert e["location"]["name"] == "Nairobi" and e["location"]["source"] == "text"
    assert (e["date"], e["date_source"], e["date_text"]) == ("2023-05-09", "text", "Tuesday")
    assert e["acled"] == {"event_type": "Strategic developments", "sub_event_type": "Arrests"}
    assert e["modality"] == "asserted"


def test_negation(coded) -> None:
    assert _one(coded["negated"], "RETREAT")["modality"] == "negated"
    assert _one(coded["failed"], "ASSAULT")["modality"] == "negated"


def test_future_and_plans(coded) -> None:
    agree = _one(coded["future"], "AGREE")
    assert agree["modality"] == "future"
    assert _countries(agree["actor"]) == ["ISR", "EGY"]  # compound actor
    assert agree["date"] == "2023-W20" and agree["date_source"] == "text"
    mobilize = _one(coded["plan"], "MOBILIZE")
    assert mobilize["modality"] == "future"
    assert mobilize["mode"] == "troops"
    assert _countries(mobilize["actor"]) == ["DEU"]
    assert "troops" not in [r["text"] for r in mobilize["recipient"]]  # the means, not a target


@pytest.mark.parametrize("key", ["no_plans", "denied_sent", "failed_summit"])
def test_acts_planned_by_no_one_denied_or_failed_are_negated(coded, key) -> None:
    # (the denial itself is a REJECT, asserted)
    assert [e["modality"] for e in coded[key] if e["type"] != "REJECT"] == ["negated"]


def test_readiness_to_meet_is_agree(coded) -> None:
    # Manual 3.1: "indicate willingness ... to cooperate"; a future meeting is AGREE.
    for key in ("prepared_talks", "hopes_meet", "keen"):  # "hopes": the model's lemma is "hop"
        [e] = coded[key]
        assert (e["type"], e["modality"]) == ("AGREE", "future"), key


def test_conditional_is_hypothetical(coded) -> None:
    e = _one(coded["conditional"], "ASSAULT")
    assert e["modality"] == "hypothetical"
    assert _countries(e["actor"]) == ["IRN"]
    assert e["date_source"] == "published" and e["date"] == PUBLISHED
    # a condition without "if", and what would have followed it
    assert {e["modality"] for e in coded["inverted"]} == {"hypothetical"}


def test_claims_name_their_source(coded) -> None:
    e = _one(coded["claimed"], "ASSAULT")
    assert e["modality"] == "claimed"
    assert e["claimant"]["text"] == "army"
    assert "REB" in _sectors(e["actor"])
    assert e["location"]["name"] == "Goma"
    kidnap = _one(coded["according"], "ASSAULT")
    assert kidnap["mode"] == "abduct"
    assert kidnap["modality"] == "claimed"
    assert kidnap["claimant"]["text"] == "local officials"


def test_listed_actors(coded) -> None:
    e = _one(coded["compound"], "ACCUSE")
    assert _countries(e["actor"]) == ["DEU", "FRA"]
    assert e["mode"] == "disapprove"


def test_actor_and_recipient_across_regions(coded) -> None:
    meet = _one(coded["meeting"], "CONSULT")
    assert _countries(meet["actor"]) == ["BOL"]
    assert _countries(meet["recipient"]) == ["CHN"]
    assert meet["location"]["name"] == "La Paz"
    assert meet["date"] == "2023-05-09"
    strike = _one(coded["strike"], "PROTEST")
    assert strike["mode"] == "strike"
    assert "EDU" in _sectors(strike["actor"])
    assert strike["trigger"]["text"] == "went on strike"


def test_sport_and_plain_speech_are_not_events(coded) -> None:
    assert coded["sport"] == []
    assert coded["speech"] == []
    assert coded["statement"] == []  # "released a statement" releases no one


def test_statements_are_no_events(coded) -> None:
    # The classifier reads a tour in the remarks' sentence; the verb only says who spoke.
    assert coded["remarks"] == []
    # "in Nairobi" places the speech: it is not the particle of "give in" (CONCEDE); the visit
    # it was given on is a meeting (manual 3.2), the speech itself no event
    assert [(e["type"], e["trigger"]["text"]) for e in coded["speech_in"]] == [("CONSULT", "visit")]


def test_a_meeting_named_as_the_occasion_is_kept(coded) -> None:
    # The classifier reads the agreement alone; the meeting is a second event.
    assert {e["type"] for e in coded["occasion"]} == {"AGREE", "CONSULT"}


def test_a_verbal_act_named_by_its_verb_is_kept(coded) -> None:
    # The classifier reads the break of ties alone; "accusing" names a second act outright.
    events = coded["severed_accusing"]
    assert {e["type"] for e in events} == {"SANCTION", "ACCUSE"}
    e = _one(events, "ACCUSE")
    assert _sides(e) == (["BHR"], ["IRN"])


def test_a_target_without_a_country_is_placed_by_in(coded) -> None:
    e = _one(coded["target_in"], "ASSAULT")
    assert _countries(e["recipient"]) == ["BLR"]
    assert coded["pause_in"] == []  # an event placed "in" a city still names no party


def test_a_protest_with_no_named_target_is_against_its_government(coded) -> None:
    e = _one(coded["march"], "PROTEST")  # manual 3.12: protests are against the recipient
    assert (_countries(e["recipient"]), _sectors(e["recipient"])) == (["PRT"], {"GOV"})
    e = _one(coded["march_at"], "PROTEST")  # a named target is kept
    assert _countries(e["recipient"]) == ["NLD"] and e["recipient"][0]["text"] != "government"


def test_troops_sent_to_a_border_face_the_other_side(coded) -> None:
    e = _one(coded["to_border"], "MOBILIZE")
    assert _sides(e) == (["GRC"], ["TUR"])


def test_a_state_that_reports_another_s_attack_accuses_it(coded) -> None:
    # Manual 3.9: informal accusations. The attack stays, claimed by its source.
    attack = _one(coded["said_shelled"], "ASSAULT")
    accusation = _one(coded["said_shelled"], "ACCUSE")
    assert attack["modality"] == "claimed"
    assert (accusation["mode"], accusation["modality"], accusation["trigger"]["text"]) == (
        "allege",
        "asserted",
        "said",
    )
    assert _sides(accusation) == (
        ["UKR"],
        ["RUS"],
    )
    # A state that reports being attacked complains of its unnamed attacker.
    e = _one(coded["fired_at_it"], "ACCUSE")
    assert (_countries(e["actor"]), e["recipient"]) == (["LBN"], [])
    # Witnesses have no stake, and police reporting their own arrests accuse no one.
    assert not _of_type(coded["witnesses_said"], "ACCUSE")
    assert not _of_type(coded["self_report"], "ACCUSE")


def test_an_act_wanted_of_someone_else_is_hypothetical(coded) -> None:
    assert [e["modality"] for e in coded["wants_attack"]] == ["hypothetical"]
    assert {e["modality"] for e in coded["hoped"]} <= {"hypothetical"}


def test_coordinated_passives_share_their_patient_and_agent(coded) -> None:
    events = [e for e in coded["beaten_detained"] if e["type"] != "PROTEST"]
    assert {e["type"] for e in events} == {"ASSAULT", "COERCE"}
    for e in events:  # police did both to the protesters
        assert _sectors(e["actor"]) == {"COP"} and e["recipient"][0]["text"] == "protesters"
    for type_ in ("ASSAULT", "COERCE"):  # active verbs share their object likewise
        assert _one(coded["beat_detained"], type_)["recipient"][0]["text"].endswith("reporters")
    release = _one(coded["arrested_released"], "RETREAT")
    assert release["actor"] == []  # the reporters were released, they did not release
    assert release["recipient"][0]["text"] == "reporters"


def test_a_pronoun_in_a_report_is_its_speaker(coded) -> None:
    e = _one(coded["fired_at_it"], "ASSAULT")
    assert _countries(e["recipient"]) == ["LBN"]
    e = _one(coded["self_report"], "COERCE")  # "they" is the police, not Lagos
    assert _sectors(e["actor"]) == {"COP"}
    e = _one(coded["its_warplanes"], "ASSAULT")  # "its" is the ministry's
    assert _countries(e["actor"]) == ["TUR"]
    e = _one(coded["military_it"], "ASSAULT")  # a collective speaker is "it" or "they"
    assert (_countries(e["actor"]), _sectors(e["actor"])) == (["NGA"], {"MIL"})
    [e] = coded["joint_vow"]  # "they" is both speakers, whose own attack is a threat
    assert (e["type"], _countries(e["actor"])) == ("THREATEN", ["MLI", "NER"])


def test_a_promised_visit_is_agree(coded) -> None:
    # PLOVER manual 3.1: future consultations, support, cooperation and aid are AGREE.
    [e] = coded["promised_visit"]
    assert (e["type"], e["mode"], e["modality"]) == ("AGREE", None, "future")


@pytest.mark.parametrize(
    ("key", "type_", "mode"),
    [
        ("refused_release", "REJECT", "yield"),
        ("declined_talks", "REJECT", "meet"),
        ("urged_aid", "REQUEST", "assist"),
    ],
)
def test_what_is_asked_for_or_refused_gives_the_mode(coded, key, type_, mode) -> None:
    [e] = coded[key]
    assert (e["type"], e["mode"], e["modality"]) == (type_, mode, "asserted")


@pytest.mark.parametrize(
    ("key", "type_", "mode", "modality"),
    [
        ("ratified", "SUPPORT", None, "asserted"),  # manual 3.3: sign, ratify, finalize
        ("declared_truce", "CONCEDE", None, "asserted"),  # 3.4: declared, not implemented
        ("signed_truce", "CONCEDE", None, "asserted"),  # signing declares it too
        ("observed_truce", "RETREAT", "ceasefire", "asserted"),
        ("agreed_concession", "CONCEDE", None, "asserted"),  # what is agreed to decides
        ("announced_release", "CONCEDE", None, "future"),  # 3.7.2: announced retreat
        ("will_not", "REJECT", "yield", "asserted"),  # a refusal, made by the minister
        ("lodged_protest", "ACCUSE", "disapprove", "asserted"),  # a diplomatic protest
        ("vowed_strike", "THREATEN", "violence", "asserted"),  # 2.3: a declared attack
        ("no_support", "REJECT", "assist", "asserted"),
        ("announced_pullout", "CONCEDE", None, "future"),  # 3.7.2, by the state's own office
        ("presidency_pullout", "CONCEDE", None, "future"),  # "presidency" is an office too
        ("no_dialogue", "REJECT", "meet", "asserted"),  # refusing a meeting it names
        # the classifier reads the pledge (AGREE); the coder keeps what is pledged
        ("pledged_deport", "COERCE", "deport", "future"),
        ("pressured", "REQUEST", "assist", "asserted"),
    ],
)
def test_the_manual_decides_the_type(coded, key, type_, mode, modality) -> None:
    [e] = coded[key]
    assert (e["type"], e["mode"], e["modality"]) == (type_, mode, modality)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("drill", {("MOBILIZE", "troops")}),  # manual 3.14: a single country's exercises
        ("joint_drill", {("COOPERATE", None)}),  # joint military operations
        ("jailed", {("SANCTION", "convict"), ("COERCE", "arrest")}),  # 3.13: both codings
        ("death_sentence", {("SANCTION", "convict")}),  # no imprisonment, one coding
        ("evidence", {("ACCUSE", "allege")}),
    ],
)
def test_exercises_sentences_and_evidence(coded, key, expected) -> None:
    assert {(e["type"], e["mode"]) for e in coded[key]} == expected


def test_an_actor_s_own_words_are_its_verbal_act_but_a_claim_of_its_deeds(coded) -> None:
    assert _one(coded["vowed_strike"], "THREATEN")["claimant"] is None  # the vow is the threat
    e = _one(coded["self_report"], "COERCE")  # an arrest the police report themselves
    assert e["modality"] == "claimed" and "COP" in _sectors([e["claimant"]])
    [e] = coded["said_will_attack"]  # announcing one's own attack is a threat (manual 2.3)
    assert (e["type"], e["mode"], e["modality"]) == ("THREATEN", "violence", "asserted")
    [e] = coded["others_will_attack"]  # another's coming attack, as reported, stays an attack
    assert (e["type"], e["modality"]) == ("ASSAULT", "future")


@pytest.mark.parametrize(
    ("key", "type_", "mode"),
    [
        ("rioters", "PROTEST", "riot"),  # manual 3.12: protesters' violence is a riot
        ("vandals", "PROTEST", "vandalize"),  # and their destruction of property vandalism
        ("crowd_arson", "PROTEST", "vandalize"),  # "hundreds of protesters" are protesters
        ("pelted", "PROTEST", "riot"),  # "with eggs and stones": a listed word in a list
        ("recaptured", "ASSAULT", None),
        ("armed_crowd", "ASSAULT", "heavy-weapons"),  # with weapons it is an attack
        ("clash", "ASSAULT", None),  # a clash with police takes two sides
    ],
)
def test_violence_by_protesters(coded, key, type_, mode) -> None:
    e = _one(coded[key], type_)
    assert e["mode"] == mode


def test_a_role_noun_s_place_beats_the_story_s_focus(coded) -> None:
    # "the army ... in Sudan's Darfur": Sudan's, though Chad is the sentence's first country
    assert "SDN" in _countries(_one(coded["placed_role"], "ASSAULT")["actor"])


def test_what_is_withdrawn_is_no_recipient(coded) -> None:
    # the ambassador and the warships are Britain's own; the recipient is the country left
    e = _one(coded["withdrew_items"], "SANCTION")
    assert [p["country"] for p in e["recipient"]] == ["YEM"]
    # "the capital N'Djamena": the common noun's apposition names the place left
    e = _one(coded["withdrew_capital"], "RETREAT")
    assert [p["country"] for p in e["recipient"]] == ["TCD"]


def test_an_act_with_no_named_target_falls_on_its_place(coded) -> None:
    # a curfew on the people of the place; an attack on those at the place the text names
    curfew = _one(coded["curfew_place"], "COERCE")
    assert [(p["text"], p["country"]) for p in curfew["recipient"]] == [("population", "MMR")]
    assert _countries(_one(coded["bomb_place"], "ASSAULT")["recipient"]) == ["SOM"]
    # a state's arrests and convictions fall on its own people unless others are named
    for type_ in ("SANCTION", "COERCE"):
        assert _countries(_one(coded["court_sentenced"], type_)["recipient"]) == ["KEN"]
    # "a state of emergency" is a condition, not a state that suffers it
    emergency = coded["state_of_emergency"]
    assert emergency and all(p["text"] != "a state" for e in emergency for p in e["recipient"])
    # a dateline says where the story was filed, not where the attack was
    assert _one(coded["bomb_dateline"], "ASSAULT")["recipient"] == []


def test_a_verb_s_own_object_names_its_event(coded) -> None:
    # "order" + "investigation" is ACCUSE investigate, but here what is ordered is a detention
    events = coded["ordered_detention"]
    assert _one(events, "COERCE")["mode"] == "arrest"
    assert all(e["trigger"]["text"] != "ordered" for e in events)


def test_freeing_inmates_in_a_raid_is_part_of_the_raid(coded) -> None:
    # a release is a RETREAT by those who held the prisoners (manual 3.7), not by raiders
    assert [e["type"] for e in coded["jailbreak"]] == ["ASSAULT"]


def test_a_coordinated_act_is_not_planned_by_its_partner(coded) -> None:
    # "set" (as in "set to") plans its infinitive, not the act coordinated with it
    assert {(e["mode"], e["modality"]) for e in coded["crowd_arson"]} == {
        ("vandalize", "asserted"),
        ("riot", "asserted"),
    }


@pytest.mark.parametrize("key", ["march_demanding", "rally_to_demand"])
def test_a_protest_s_demands_are_its_topic_not_a_request(coded, key) -> None:
    # Manual 3.12: the topic of a protest, typically a REQUEST, is not a separate event.
    assert [e["type"] for e in coded[key]] == ["PROTEST"]


def test_force_used_on_demonstrators_reports_their_protest(coded) -> None:
    events = coded["tear_gas"]
    assert {(e["type"], e["mode"]) for e in events} == {
        ("ASSAULT", "crowd-control"),
        ("PROTEST", "demo"),
    }
    protest = _one(events, "PROTEST")
    assert protest["actor"][0]["text"].endswith("demonstrators")
    assert protest["trigger"]["text"] == "demonstrators"
    assert _one(coded["rioters"], "PROTEST")["mode"] == "riot"  # already a protest: one


def test_an_allegation_accuses_the_doer_of_what_it_states(coded) -> None:
    e = _one(coded["alleged_that"], "ACCUSE")
    assert _sides(e) == (["RWA"], ["FRA"])


def test_closing_a_border_restricts_the_other_side(coded) -> None:
    # "two of its six border crossings with Belarus": the quantity's noun is the means
    assert _countries(_one(coded["closed_crossings"], "COERCE")["recipient"]) == ["BLR"]
    # with no one named, a restriction falls on the actor's own people
    assert _countries(_one(coded["closed_fields"], "COERCE")["recipient"]) == ["LBY"]


@pytest.mark.parametrize(
    ("key", "proposer"), [("rejected_request", "PAK"), ("rejected_demand", "AZE")]
)
def test_a_refusal_is_addressed_to_who_proposed(coded, key, proposer) -> None:
    assert _countries(_one(coded[key], "REJECT")["recipient"]) == [proposer]


def test_responding_with_force_is_the_responder_s_attack(coded) -> None:
    # "responded" can report speech, but "with artillery fire" is a deed; a coordinated clause
    # with its own subject is a second attack, not part of the first
    e = next(e for e in coded["responded_with"] if e["trigger"]["text"] == "artillery fire")
    assert _countries(e["actor"]) == ["ISR"]


def test_a_government_s_protest_is_diplomatic(coded) -> None:
    # manual 3.9.2: ACCUSE disapprove, not the street action PROTEST
    e = _one(coded["state_protested"], "ACCUSE")
    assert (e["mode"], _countries(e["recipient"])) == ("disapprove", ["ETH"])


def test_a_participle_after_said_is_not_the_speaker_s_act(coded) -> None:
    # "..., local media said, killing eight": the strikes killed, not the media
    assert all("media" not in a["text"] for e in coded["said_killing"] for a in e["actor"])


def test_the_accused_did_what_they_are_accused_of(coded) -> None:
    # the parser may hang the "of" on the object: "Armenian forces of firing" fired
    assert _countries(_one(coded["accused_forces_of"], "ASSAULT")["actor"]) == ["ARM"]
    e = _one(coded["accused_of"], "ASSAULT")  # "accused Moscow of shelling": Moscow shelled
    assert (_countries(e["actor"]), e["modality"]) == (["RUS"], "claimed")


def test_money_paid_out_or_lent_is_aid(coded) -> None:
    e = _one(coded["disbursed"], "AID")
    assert _countries(e["recipient"]) == ["KEN"]
    e = _one(coded["credit_line"], "AID")  # received: the lender gives
    assert _sides(e) == (["CHN"], ["GHA"])


def test_what_was_received_was_given_by_the_from_phrase(coded) -> None:
    e = _one(coded["received"], "AID")
    assert _sides(e) == (["IND"], ["ARM"])


def test_a_clause_that_identifies_someone_is_background(coded) -> None:
    # "a faction that rejected the deal" says who, not what happened; the blaming is the event
    assert [e["type"] for e in coded["restrictive"]] == ["ACCUSE"]
    # but "there were 10 soldiers killed" reports the killing
    assert [e["type"] for e in coded["existential"]] == ["ASSAULT"]
    # "a plan agreed with rebel groups" names the plan, though parsed as a clause of its own
    assert [e["type"] for e in coded["plan_agreed"]] == ["CONCEDE"]


def test_threatened_act_is_part_of_the_threat(coded) -> None:
    [e] = coded["threat"]
    assert (e["type"], e["mode"], e["modality"]) == ("THREATEN", "expel", "asserted")


def test_instruments_and_targets(coded) -> None:
    sanction = _one(coded["sanctions"], "SANCTION")
    assert _countries(sanction["actor"]) == ["USA"]
    assert _countries(sanction["recipient"]) == ["VEN"]
    release = _one(coded["hostages"], "RETREAT")
    assert release["mode"] == "release"
    assert _countries(release["recipient"]) == ["ISR"]


def test_ordered_to_leave_is_an_expulsion(coded) -> None:
    types = [e["type"] for e in coded["expel"]]
    assert "RETREAT" not in types  # the ambassador leaving is ordered, not the junta's retreat
    e = _one(coded["expel"], "SANCTION")
    assert e["mode"] == "expel"
    assert _countries(e["recipient"]) == ["FRA"]


def test_diplomatic_ties_are_support_and_a_since_clause_is_background(coded) -> None:
    # manual 3.3: initiating, resuming or improving diplomatic cooperation is SUPPORT
    for key in ("restored_ties", "opened_consulate"):
        assert [e["type"] for e in coded[key]] == ["SUPPORT"], key
    # what "since" dates the news from is not news
    assert [e["type"] for e in coded["since_clause"]] == ["CONSULT"]
    # nor is what came months before it; what came a day before is
    assert [e["type"] for e in coded["months_after"]] == ["RETREAT"]
    assert [e["type"] for e in coded["day_after"]] == ["RETREAT", "ASSAULT"]


@pytest.mark.parametrize(
    ("key", "type_", "mode", "actor"),
    [
        ("spoke_phone", "CONSULT", "phone", "BRA"),
        ("scrambled", "MOBILIZE", "weapons", "JPN"),
        ("not_bow", "REJECT", "yield", "KEN"),  # not bowing to pressure refuses a concession
        ("visas", "SANCTION", "discontinue", "USA"),
        ("debt", "AID", None, "CHN"),  # debt relief
        ("treaty", "SANCTION", "discontinue", "HND"),  # ending a treaty reduces relations
        ("closed_crossings", "COERCE", "restrict", "LTU"),  # closing a border restricts
        ("hosted", "CONSULT", "visit", "TUR"),  # manual 3.2.2: the visitor is the actor
        ("received_delegation", "CONSULT", "visit", "RUS"),
    ],
)
def test_lexicon_names_the_act_and_its_parties(coded, key, type_, mode, actor) -> None:
    e = _one(coded[key], type_)
    assert (e["mode"], _countries(e["actor"])) == (mode, [actor])


@pytest.mark.parametrize(
    ("key", "visitor", "host"), [("visit_occasion", "VNM", "PHL"), ("visit_after", "USA", "VEN")]
)
def test_a_visit_named_as_the_occasion_is_a_meeting(coded, key, visitor, host) -> None:
    # manual 3.2: the visitor is the actor, the host the recipient; what is agreed "during a
    # visit" does not swallow the visit
    e = _one(coded[key], "CONSULT")
    assert (e["mode"], _countries(e["actor"]), _countries(e["recipient"])) == (
        "visit",
        [visitor],
        [host],
    )


def test_a_tensed_second_verb_has_its_own_mood(coded) -> None:
    # the refusal ("would not recognise") is made; the accusation after "and" is not negated
    found = {(e["type"], e["modality"]) for e in coded["refused_and_accused"]}
    assert found == {("REJECT", "asserted"), ("ACCUSE", "asserted")}


def test_mediation_is_a_meeting_hosted_by_a_third_party(coded) -> None:
    assert _one(coded["mediation"], "CONSULT")["mode"] == "third-party"  # manual 3.2


def test_talks_hosted_for_others_are_theirs_with_the_host_as_recipient(coded) -> None:
    # manual 3.2: "third-party", a meeting hosted by a third party; 2.4.2 and 3.2.2: those who
    # meet are the actors, and a host is its visitors' recipient
    e = _one(coded["hosted_talks"], "CONSULT")
    assert (e["mode"], _sides(e)) == ("third-party", (["RWA", "COD"], ["QAT"]))


def test_what_an_agreement_or_an_offer_is_to_do_is_still_to_come(coded) -> None:
    # manual 3.5.1: agreement for future cooperation is AGREE; the offer is its owner's
    share = _one(coded["agreement_to"], "AGREE")
    assert (share["modality"], _countries(share["actor"])) == ("future", ["CHL", "PER"])
    summit = _one(coded["offer_to"], "AGREE")
    assert (summit["modality"], _countries(summit["actor"])) == ("future", ["CHE"])


def test_an_allegation_is_against_whom_its_clause_names(coded) -> None:
    # an accusing verb whose complement names a crime ("genocide"): no agent, no label
    assert _countries(_one(coded["report_alleged"], "ACCUSE")["recipient"]) == ["FRA"]


def test_a_participle_in_a_sentence_the_parser_left_verbless_is_its_predicate(coded) -> None:
    # the small parser makes "groups" the root and "alleged" its participle
    e = _one(coded["verbless"], "ACCUSE")
    assert [a["text"] for a in e["actor"]] == ["Human rights groups"]


def test_a_participle_naming_who_mediated_an_event_is_news(coded) -> None:
    # not background that identifies the swap: the mediation happened (manual 3.2)
    e = _one(coded["mediated_swap"], "CONSULT")
    assert (e["mode"], _sides(e)) == ("third-party", (["ARE"], ["RUS", "UKR"]))
    assert _one(coded["mediated_swap"], "RETREAT")["mode"] == "release"


@pytest.mark.parametrize("key", ["sacked_minister", "dismiss_vote"])
def test_dismissing_an_official_is_an_expulsion(coded, key) -> None:
    # manual 3.13, SANCTION "expel": an entity expelled from a group or organization
    e = _one(coded[key], "SANCTION")
    assert e["mode"] == "expel" and _countries(e["recipient"]) == _countries(e["actor"])


def test_dismissing_a_case_against_an_official_is_no_expulsion(coded) -> None:
    assert not _of_type(coded["dismissed_case"], "SANCTION")  # the case is what is dismissed


def test_forces_a_state_reports_on_are_its_own(coded) -> None:
    # "troops" takes no country from the West Bank story: the Israeli military reports them
    e = _one(coded["own_troops"], "COERCE")
    assert (_countries(e["actor"]), _countries(e["recipient"])) == (["ISR"], ["PSE"])
    assert "ACCUSE" not in [x["type"] for x in coded["own_troops"]]  # no one blames itself


def test_one_word_carries_one_event(coded) -> None:
    # the classifier reads the accord (AGREE); the handing over already carries its event
    starts = [e["trigger"]["start"] for e in coded["handed_over"]]
    assert len(starts) == len(set(starts))


@pytest.mark.parametrize("key", ["no_sign", "ban_remains"])
def test_a_state_of_affairs_is_no_act(coded, key) -> None:
    # the classifier may read an act into the sentence, but a copula carries none
    assert all(e["trigger"]["text"] not in ("was", "remains") for e in coded[key])


def test_summoning_an_envoy_is_a_complaint_to_his_state(coded) -> None:
    # manual 3.2.1 and 3.9: ACCUSE disapprove, not CONSULT; the envoy's state is the recipient
    e = _one(coded["summoned"], "ACCUSE")
    assert (e["mode"], e["trigger"]["text"]) == ("disapprove", "summoned")
    assert (_countries(e["actor"]), _countries(e["recipient"])) == (["DEU"], ["IRN"])
    assert "CONSULT" not in [x["type"] for x in coded["summoned"]]


def test_accents_do_not_hide_a_lexicon_word(coded) -> None:
    # the lexicon writes "attache"; expelling a diplomat is SANCTION, anyone else COERCE
    e = _one(coded["attache"], "SANCTION")
    assert (e["mode"], _countries(e["recipient"])) == ("expel", ["RUS"])


def test_words_that_describe_a_noun_are_not_triggers(coded) -> None:
    assert all(e["trigger"]["text"] != "riot" for e in coded["clash"])  # "riot police"
    e = _one(coded["clash"], "ASSAULT")
    assert "CVL" in _sectors(e["actor"]) and "COP" in _sectors(e["recipient"])
    assert e["location"]["name"] == "Tbilisi"


def test_labelling_as_criminals_is_an_accusation(coded) -> None:
    e = _one(coded["branded"], "ACCUSE")
    assert "GOV" in _sectors(e["actor"])
    assert "LAB" in _sectors(e["recipient"])  # the miners


@pytest.mark.parametrize("key", ["called_motivated", "described_threat"])
def test_labelling_an_act_as_wrong_is_an_accusation(coded, key) -> None:
    assert [e["type"] for e in coded[key]] == ["ACCUSE"]


def test_a_target_makes_firing_an_attack(coded) -> None:
    attack = _one(coded["missile_attack"], "ASSAULT")
    assert _countries(attack["recipient"]) == ["KOR"]
    for key in ("missile_test", "missile_into_sea"):
        assert _one(coded[key], "MOBILIZE")["mode"] == "weapons"
        assert "ASSAULT" not in [e["type"] for e in coded[key]]
    # a target that is no party (a ship) still makes it an attack, not a weapons test
    assert [e["type"] for e in coded["missile_at_ship"]] == ["ASSAULT"]


def test_holding_people_is_detention_holding_talks_is_not(coded) -> None:
    held = _one(coded["held_people"], "COERCE")
    assert held["mode"] == "arrest"
    assert held["recipient"][0]["text"].endswith("students")
    assert "COERCE" not in [e["type"] for e in coded["held_talks"]]
    assert _one(coded["held_talks"], "CONSULT")["recipient"]


def test_warning_of_what_will_happen_is_a_threat(coded) -> None:
    e = _one(coded["warned"], "THREATEN")
    assert "MIL" in _sectors(e["actor"])
    assert e["modality"] == "asserted"


def test_each_listed_nationality_is_an_actor(coded) -> None:
    e = _one(coded["two_nations"], "COERCE")
    assert _countries(e["actor"]) == ["KEN", "UGA"]
    assert _sectors(e["actor"]) == {"COP"}


def test_the_armed_means_of_a_passive_act_is_its_actor(coded) -> None:
    e = _one(coded["means"], "ASSAULT")
    assert "COP" in _sectors(e["actor"])
    assert "farmers" in e["recipient"][0]["text"]
    # a country's weapon names that state's military
    e = _one(coded["national_means"], "ASSAULT")
    assert [(a["country"], a["sectors"]) for a in e["actor"]] == [("IND", ["MIL"])]


def test_a_state_s_weapon_as_subject_is_its_army(coded) -> None:
    e = _one(coded["weapon_subject"], "ASSAULT")  # "strike" needs an armed actor
    assert (_countries(e["actor"]), _sectors(e["actor"])) == (["ISR"], {"MIL"})


def test_the_event_noun_refers_back_to_the_story_s_event(coded) -> None:
    first, later = _of_type(coded["reference"], "RETREAT")
    assert _countries(first["actor"]) == ["KEN"] and first["modality"] == "asserted"
    assert later["trigger"]["text"] == "withdrawal"
    assert later["modality"] == "future"
    assert _countries(later["actor"]) == ["KEN"]  # "the withdrawal" is the Kenyan one
    assert later["date"].startswith("2023-06")


def test_empty_input_is_a_user_error() -> None:
    with pytest.raises(DatelineError, match="empty"):
        coder.code_text("   ")


def test_lexicon_types_and_modes_exist_in_plover() -> None:
    lex = coder.lexicon()
    types = ontology.event_types()
    for index in (lex.verbs, lex.nouns):
        for entries in index.values():
            for entry in entries:
                assert entry.type in types
                assert entry.mode is None or entry.mode in types[entry.type].modes, entry
    assert set(lex.contexts) <= set(ontology.contexts())


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("A strong earthquake struck the region on Tuesday, killing at least 37 people.", []),
        ("Floods destroyed hundreds of homes in the province last week.", []),
        ("Twelve people were killed by a landslide near the border.", []),
        ("Twelve villagers were killed by soldiers near the border.", ["ASSAULT"]),
        # in an earthquake story, casualties reported without an agent are the quake's
        (
            "An earthquake struck eastern Turkey on Monday. More than 120 people were injured "
            "in Malatya.",
            [],
        ),
        ("Gunmen stormed a village on Monday. More than 20 people were killed.", ["ASSAULT"]),
        ("Three people were killed in a fire in a Lagos market.", []),  # an accident
        ("Four children were killed in Israeli tank fire in Gaza.", ["ASSAULT"]),
    ],
)
def test_hazards_are_not_actors(text: str, types: list[str]) -> None:
    assert [e["type"] for e in coder.code_text(text, "2025-05-06")] == types


def test_a_dateline_places_the_story_but_does_not_date_its_events(coded) -> None:
    e = _one(coded["dateline"], "COERCE")
    assert (e["date"], e["date_text"]) == ("2023-05-07", "Sunday")  # not the dateline's May 10
    assert (e["location"]["name"], e["location"]["source"]) == ("Nairobi", "dateline")
    e = _one(coded["dateline_only"], "SANCTION")
    assert (e["date"], e["date_source"]) == (PUBLISHED, "published")
    assert e["location"]["name"] == "Bamako"


@pytest.mark.parametrize(
    ("key", "type_", "name", "country"),
    [
        ("region_of", "ASSAULT", "Belgorod", "RU"),  # "in Russia's Belgorod region"
        ("shelled_city", "ASSAULT", "Kharkiv", "UA"),  # the object attacked
        ("town_of", "ASSAULT", None, "CD"),  # an unknown town takes the country beside it
    ],
)
def test_the_place_an_event_happens_at(coded, key, type_, name, country) -> None:
    where = _one(coded[key], type_)["location"]
    assert where["source"] == "text" and where["country_code"] == country
    assert where["name"] == name
    if name is None:
        assert where["text"] == "Rubare"


@pytest.mark.parametrize(
    ("key", "mode"),
    [
        ("warplanes", "aerial"),  # the doer is the weapon
        ("suicide", "suicide-attack"),
        ("chemical", "unconventional"),  # overrides what "fired shells" says
        ("shot_down", "firearms"),  # the plane is the target, not the means
    ],
)
def test_an_attack_s_means_give_its_mode(coded, key, mode) -> None:
    assert _one(coded[key], "ASSAULT")["mode"] == mode


def test_a_verbal_act_relayed_by_a_source_was_made(coded) -> None:
    e = _one(coded["relayed_refusal"], "REJECT")
    assert (e["modality"], e["claimant"]) == ("asserted", None)  # a deed would be claimed


@pytest.mark.parametrize(
    ("key", "type_", "modality"),
    [
        ("plans_rally", "PROTEST", "future"),  # "plans" tagged a noun still plans
        ("unlikely", "AGREE", "hypothetical"),
        ("until", "AGREE", "hypothetical"),  # waited for by a negated clause
        ("no_one", "COERCE", "negated"),  # done to no one
    ],
)
def test_plans_likelihoods_and_what_is_done_to_no_one(coded, key, type_, modality) -> None:
    assert _one(coded[key], type_)["modality"] == modality


@pytest.mark.parametrize(
    ("key", "type_", "date"),
    [
        ("before_attribution", "ASSAULT", "2023-05-08"),  # Monday is the shooting's
        ("report_time", "COERCE", PUBLISHED),  # Tuesday is only the statement's
        ("result_time", "ASSAULT", "2023-05-07"),  # "wounding" shares the blast's Sunday
        ("relative_time", "ACCUSE", PUBLISHED),  # Sunday is when the summit ended
        ("night", "PROTEST", "2023-05-09"),  # the day of "Tuesday night"
        ("duration", "PROTEST", PUBLISHED),  # a length dates nothing
    ],
)
def test_the_time_an_event_takes(coded, key, type_, date) -> None:
    assert _one(coded[key], type_)["date"] == date


@pytest.mark.parametrize(
    ("key", "type_", "country", "source"),
    [
        ("phrase_country", "RETREAT", "LB", "text"),  # "Lebanese town": not the troops' Israel
        ("filed_from", "ASSAULT", "CD", "text"),  # an unknown town is where the story is filed
        ("home", "REJECT", "NI", "actors"),  # a government speaks at home
    ],
)
def test_the_country_of_a_place_the_gazetteer_lacks(coded, key, type_, country, source) -> None:
    where = _one(coded[key], type_)["location"]
    assert (where["country_code"], where["source"]) == (country, source)


def test_an_object_phrase_of_two_words_is_matched_whole(coded) -> None:
    # "petrol bombs": the lexicon's "petrol bomb", not the event noun "bomb"
    assert _one(coded["petrol_bombs"], "PROTEST")["mode"] == "riot"


@pytest.mark.parametrize(
    ("key", "doer"), [("dateline_subject", "Gunmen"), ("armed_men", "Armed men")]
)
def test_the_doer_the_parser_hangs_on_a_dateline(coded, key, doer) -> None:
    # the dateline's place is parsed as the subject; the doer is its apposition, or a second
    # subject, and takes the country the story is filed from
    e = _one(coded[key], "ASSAULT")
    assert [(a["text"], "UAF" in a["sectors"]) for a in e["actor"]] == [(doer, True)]
    assert e["actor"][0]["country"] in ("MLI", "BFA")


def test_the_dateline_is_no_doer(coded) -> None:
    e = _one(coded["dateline_doer"], "ASSAULT")
    assert [a["text"] for a in e["actor"]] == ["Russian forces"]
    assert _one(coded["dateline_doer"], "ACCUSE")["recipient"] == e["actor"]  # Ukraine's says


def test_listed_results_are_the_attack_s_own(coded) -> None:
    assert [e["type"] for e in coded["listed_results"]] == ["ASSAULT"]


def test_a_second_clause_with_its_own_doer_is_a_second_attack(coded) -> None:
    assert [e["trigger"]["text"] for e in _of_type(coded["own_doer_conj"], "ASSAULT")] == [
        "launched",
        "shot",
    ]


def test_a_trip_happens_where_it_goes(coded) -> None:
    e = _one(coded["travel_to"], "AGREE")  # a future visit is AGREE; it is placed as a visit
    assert (e["location"]["name"], e["location"]["source"]) == ("Islamabad", "text")


def test_an_attack_no_one_is_named_for_is_by_unidentified_attackers(coded) -> None:
    [attackers] = _one(coded["no_doer"], "ASSAULT")["actor"]
    assert (attackers["country"], attackers["sectors"]) == ("MOZ", ["UAF"])


def test_each_attack_has_its_own_unidentified_attackers() -> None:
    text = (
        "A roadside bomb struck a military convoy near Mocimboa da Praia in Mozambique's Cabo "
        "Delgado province on Sunday. Another bomb exploded outside a police post in Yala, "
        "Thailand, on Monday, wounding three officers."
    )
    first, second = coder.code_text(text, PUBLISHED)
    assert [a["country"] for a in first["actor"] + second["actor"]] == ["MOZ", "THA"]
    assert first["actor"][0] is not second["actor"][0]


@pytest.mark.parametrize(
    ("key", "type_", "country"),
    [
        ("threat_content", "THREATEN", "GAB"),  # whom the threatened act would hit
        ("lifted_curfew", "CONCEDE", "HND"),  # a state's concession to its own people
    ],
)
def test_recipients_the_act_implies(coded, key, type_, country) -> None:
    assert _countries(_one(coded[key], type_)["recipient"]) == [country]


def test_riot_police_are_no_riot_and_their_force_is_the_protest_s_scene(coded) -> None:
    # the classifier reads the protest; the police's tear gas is the same scene, not vetoed
    events = coded["riot_police"]
    assert sorted(e["type"] for e in events) == ["ASSAULT", "PROTEST"]
    assert all(e["trigger"]["text"] != "riot" for e in events)


@pytest.mark.parametrize(
    ("key", "type_", "coded_as"),
    [
        ("sacked_minister", "ASSAULT", False),  # a dismissal, not a sacking of a town
        ("sacked_town", "ASSAULT", True),
        ("base", "MOBILIZE", True),
        ("ban_on", "PROTEST", False),  # what a ban forbids did not happen
        ("banned", "PROTEST", False),
    ],
)
def test_what_the_object_makes_of_a_verb(coded, key, type_, coded_as) -> None:
    assert bool(_of_type(coded[key], type_)) is coded_as


def test_what_an_attribution_covers(coded) -> None:
    # the parser hung "reported" on its speaker; the clause before it is still the claim
    e = _one(coded["trailing_report"], "MOBILIZE")
    assert (e["modality"], e["claimant"]["text"]) == ("claimed", "Britain-based war monitor")
    # a clause with its own subject after ", officials said, and" is the writer's own
    assert _one(coded["after_report"], "ASSAULT")["modality"] == "claimed"
    assert _one(coded["after_report"], "MOBILIZE")["modality"] == "asserted"


def test_a_clause_of_its_own_is_a_second_event(coded) -> None:
    # what went on meanwhile is neither the request's content nor the officials' claim, and
    # it shares the request's day
    events = coded["meanwhile"]
    assert _one(events, "REQUEST")["recipient"]
    strike = _one(events, "ASSAULT")
    assert (strike["modality"], strike["date"]) == ("asserted", "2023-05-09")
    # a coordinated clause with its own subject answers the call; it is not what was called for
    events = coded["rejected_call"]
    assert sorted(e["type"] for e in events) == ["REJECT", "REQUEST"]  # a truce asked for
    assert _one(events, "REJECT")["modality"] == "asserted"


def test_an_attribution_that_blames_is_an_accusation(coded) -> None:
    # the classifier reads the ambush; the blame the attribution names is not vetoed
    accusation = _one(coded["blaming"], "ACCUSE")
    assert accusation["recipient"][0]["text"] == "separatist insurgents"


def test_families_march_as_civilians(coded) -> None:
    assert _one(coded["families"], "PROTEST")["actor"][0]["country"] == "LKA"


def test_who_accuses_within_a_country(coded) -> None:
    # the state's challengers telling of its forces' acts accuse them ...
    accusation = _one(coded["opposition_says"], "ACCUSE")
    assert _countries(accusation["recipient"]) == ["MMR"]
    assert accusation["recipient"][0]["text"] == "Security forces"
    # ... the state telling of its challengers' attacks is reporting, not an accusation
    assert not _of_type(coded["army_says"], "ACCUSE")


@pytest.mark.parametrize(
    ("key", "actor"),
    [
        ("armour", "army"),  # armour is a means of posture like troops
        ("soldiers_deployed", "Somali soldiers"),  # an armed subject deploys itself
        ("crossed_into", "Burundian troops"),
        ("airspace", "A Russian military aircraft"),  # an incursion short of force
    ],
)
def test_military_moves(coded, key, actor) -> None:
    assert _one(coded[key], "MOBILIZE")["actor"][0]["text"] == actor


def test_promised_and_given_help(coded) -> None:
    # what is pledged is read in the pledged clause: a promised delivery is AGREE (3.1)
    pledge = _one(coded["pledged_systems"], "AGREE")
    assert (pledge["modality"], _countries(pledge["recipient"])) == ("future", ["UKR"])
    assert not _of_type(coded["pledged_systems"], "AID")
    # training another's forces is cooperation; training one's own is no one else's business
    assert _countries(_one(coded["trained_abroad"], "COOPERATE")["recipient"]) == ["MLI"]
    assert not coded["trained_own"]


@pytest.mark.parametrize(
    ("key", "accuser", "accused"),
    [
        # a speaking participle after an attribution is the speaker's, and "the attack" it
        # condemns is the reported one
        ("calling_after", "GUY", "VEN"),
        ("accusing_after", "LTU", "BLR"),
        ("spokesman_for", "COL", "VEN"),  # a spokesman for the army speaks for Colombia
    ],
)
def test_who_accuses_whom(coded, key, accuser, accused) -> None:
    accusation = _one(coded[key], "ACCUSE")
    assert (_countries(accusation["actor"]), _countries(accusation["recipient"])) == (
        [accuser],
        [accused],
    )


def test_a_phrasal_verb_is_read_whole(coded) -> None:
    # "called up" is a call-up, not a call to a prime minister
    assert [e["type"] for e in coded["called_up"]] == ["MOBILIZE"]


def test_a_saying_is_dated_and_placed_by_its_own_words(coded) -> None:
    # the ambush is Monday's near Pattani; the blame is Tuesday's, and not made in Pattani
    ambush = _one(coded["blamed_later"], "ASSAULT")
    blame = _one(coded["blamed_later"], "ACCUSE")
    assert (ambush["date"], ambush["location"]["name"]) == ("2023-05-08", "Pattani")
    assert (blame["date"], blame["location"]) == ("2023-05-09", None)


def test_a_dateline_town_unknown_to_the_kb_is_in_the_country_after_it(coded) -> None:
    # "VOVCHANSK, Ukraine": the victims are Ukrainian, and the governor accuses Russia's drones,
    # though Russia is named more often than Ukraine
    events = coded["dateline_country"]
    assert _countries(_one(events, "ASSAULT")["recipient"]) == ["UKR"]
    accusation = _one(events, "ACCUSE")
    assert (_countries(accusation["actor"]), _countries(accusation["recipient"])) == (
        ["UKR"],
        ["RUS"],
    )


def test_an_airspace_incursion_is_no_acled_event(coded) -> None:
    assert _one(coded["airspace"], "MOBILIZE")["acled"] is None


@pytest.mark.parametrize(
    ("key", "refused"),
    [
        ("refused_admit", "more Somali refugees"),  # whom the refused act would concern
        ("declined_despite", "opposition lawmakers"),  # who asked for what was refused
        ("declined_proposed", "Uganda"),  # who proposed what the refused act concerns
    ],
)
def test_whom_a_refusal_is_made_to(coded, key, refused) -> None:
    assert [p["text"] for p in _one(coded[key], "REJECT")["recipient"]] == [refused]


@pytest.mark.parametrize(
    ("key", "type_", "owner"),
    [
        ("recognised_owned", "SUPPORT", "KOS"),  # "Kosovo's independence": Kosovo's
        ("recognised_of", "SUPPORT", "VEN"),  # "the results of Venezuela's election"
        ("froze_owned", "COERCE", "IRN"),  # "Iran's assets"
    ],
)
def test_whose_thing_is_acted_on_is_the_recipient(coded, key, type_, owner) -> None:
    assert _countries(_one(coded[key], type_)["recipient"]) == [owner]


def test_a_second_clause_is_read_on_its_own(coded) -> None:
    # the classifier reads the sentence as the talks and all but rules the signing out; read
    # alone, the second clause is the signing
    # (and "the visit" is the talks told again, not a second meeting)
    assert sorted(e["type"] for e in coded["talks_and_deals"]) == ["CONSULT", "SUPPORT"]
    # "the two countries" are the two parties just named
    assert _countries(_one(coded["talks_and_deals"], "SUPPORT")["actor"]) == ["IDN", "MYS"]


def test_requests_named_by_a_noun(coded) -> None:
    # calls, demands and pressure from someone are requests; the one who ignores them is asked
    calls = _one(coded["ignored_calls"], "REQUEST")
    assert [p["text"] for p in calls["actor"]] == ["African Union"]
    assert [p["text"] for p in calls["recipient"]] == ["junta"]
    assert not coded["demand_for"]  # no one demands anything
    # demands made before the resignation are not dated by it
    demands = _one(coded["after_demands"], "REQUEST")
    assert demands["date_source"] == "published"
    assert _one(coded["after_demands"], "RETREAT")["date"] == "2023-05-05"


@pytest.mark.parametrize(
    ("key", "type_", "recipient"),
    [
        ("agreed_lift", "CONCEDE", ["VEN"]),  # a promise is made to whom its act concerns
        ("agreed_send", "AGREE", ["NER"]),  # not to the troops it sends
    ],
)
def test_whom_a_promise_is_made_to(coded, key, type_, recipient) -> None:
    assert _countries(_one(coded[key], type_)["recipient"]) == recipient


def test_where_a_monitor_is_based_is_not_where_the_story_is(coded) -> None:
    # "London-based" places the monitor, not the shelling: the government is Syria's
    assert _countries(_one(coded["based_monitor"], "ASSAULT")["actor"]) == ["SYR"]


def test_what_is_feared_has_not_happened(coded) -> None:
    assert _one(coded["fears_of"], "ASSAULT")["modality"] == "hypothetical"


def test_coast_guard_ships_entering_waters_mobilize(coded) -> None:
    assert _countries(_one(coded["waters"], "MOBILIZE")["actor"]) == ["CHN"]


def test_they_are_the_farmers_not_the_city_they_drove_around(coded) -> None:
    events = coded["they_farmers"]
    assert [e["type"] for e in events] == ["PROTEST", "PROTEST"]
    assert all(e["actor"][0]["text"] == "farmers" for e in events)


def test_an_unplaced_organ_reporting_its_forces_acts_is_theirs(coded) -> None:
    # "the army" telling of Turkish troops in Iraq is Turkey's army: no Iraqi accusation
    events = coded["the_army_said"]
    assert _one(events, "ASSAULT")["claimant"]["country"] == "TUR"
    assert not _of_type(events, "ACCUSE")


def test_attacks_promised_to_stop_are_neither_attacks_nor_threats(coded) -> None:
    assert not _of_type(coded["stop_attacks"], "THREATEN")
    assert not _of_type(coded["stop_attacks"], "ASSAULT")


def test_a_verb_coordinated_under_a_plan_is_planned_too(coded) -> None:
    # "is expected to tour the region and hold talks": the talks are planned, AGREE (3.2.1)
    events = coded["expected_and"]
    assert not _of_type(events, "CONSULT")
    assert {e["modality"] for e in _of_type(events, "AGREE")} == {"future"}


@pytest.mark.parametrize(("key", "country"), [("travel_against", "BFA"), ("travel_warning", "SEN")])
def test_travel_advisories_reduce_relations(coded, key, country) -> None:
    # a warning against travel to a country cuts routine exchanges with it (3.13)
    event = _one(coded[key], "SANCTION")
    assert event["mode"] == "discontinue"
    assert _countries(event["recipient"]) == [country]


def test_who_holds_a_meeting_of_a_body(coded) -> None:
    # the two countries promise a meeting of their own commission: they are its parties
    promised = _one(coded["meeting_of_own"], "AGREE")
    assert sorted(_countries(promised["actor"])) == ["CHL", "PER"]
    # an attendee meets the body the meeting is of
    attended = _one(coded["meeting_of_body"], "CONSULT")
    assert _sides(attended) == (["GHA"], ["IGO"])


def test_inspecting_a_facility_is_an_investigation(coded) -> None:
    # inspectors at a plant investigate (ACCUSE 'investigate', 3.9); a review of troops does not
    assert _one(coded["inspected_plant"], "ACCUSE")["mode"] == "investigate"
    assert not _of_type(coded["inspected_troops"], "ACCUSE")


def test_an_invitation_to_visit_is_agree(coded) -> None:
    # invitations for state visits are AGREE (manual 3.2.1), not a demand to meet
    assert _sides(_one(coded["invited"], "AGREE")) == (["CHL"], ["BOL"])
    assert not _of_type(coded["invited"], "REQUEST")


def test_a_relative_clause_opened_by_a_preposition_is_news(coded) -> None:
    # "strikes in which three miners were shot dead" tells what happened within the strikes;
    # "miners who were shot" only says which miners
    assert _of_type(coded["in_which"], "ASSAULT")
    assert not _of_type(coded["who_were"], "ASSAULT")


def test_a_speech_verb_used_of_a_deed_keeps_its_doer(coded) -> None:
    # "responded with live rounds, killing": the police killed, though "respond" can report
    killed = _one(coded["responded_killing"], "ASSAULT")
    assert [a["text"] for a in killed["actor"]] == ["Police"]


def test_protests_an_act_follows_are_not_its_doer_s(coded) -> None:
    # the government lifted the rise after protests: it did not protest (no diplomatic ACCUSE)
    events = coded["after_protests"]
    assert not _of_type(events, "ACCUSE")
    assert _one(events, "PROTEST")["actor"][0]["text"] == "protesters"


def test_a_crowd_s_attack_falls_on_its_victims(coded) -> None:
    # a riot (manual 3.12) that names whom it beat is not against the government
    riot = _one(coded["mob_beat"], "PROTEST")
    assert riot["mode"] == "riot"
    assert all("GOV" not in r["sectors"] for r in riot["recipient"])


def test_two_acts_of_one_kind_are_two_events(coded) -> None:
    modes = sorted(e["mode"] for e in _of_type(coded["arrested_seized"], "COERCE"))
    assert modes == ["arrest", "seize"]


def test_a_second_act_falls_on_whom_the_first_did(coded) -> None:
    # "expelled Morocco's ambassador and suspended all flights": the flights are Morocco's too
    suspended = next(e for e in coded["expel_suspend"] if e["mode"] == "discontinue")
    assert _countries(suspended["recipient"]) == ["MAR"]


def test_a_coordinated_clause_does_not_complete_the_first_verb(coded) -> None:
    # the curfew is the government's act, not what the commission "declared"
    curfews = _of_type(coded["winner_curfew"], "COERCE")
    assert [e["trigger"]["text"] for e in curfews] == ["imposed"]
    # a state's curfew that names no place falls on its own people
    assert _countries(curfews[0]["recipient"]) == ["TGO"]


def test_a_relative_clause_with_its_own_doer_is_another_event(coded) -> None:
    # "police, who responded with tear gas" is not part of the protesters' storming, which is a
    # riot (manual 3.12)
    stormed = next(e for e in coded["who_responded"] if e["trigger"]["text"] == "stormed")
    assert (stormed["type"], stormed["mode"]) == ("PROTEST", "riot")


def test_a_relative_pronoun_object_is_the_noun_it_stands_for(coded) -> None:
    accused = _one(coded["whom_accused"], "ACCUSE")
    assert [r["text"] for r in accused["recipient"]] == ["interior minister"]


def test_a_second_act_with_no_place_is_where_the_first_was(coded) -> None:
    places = {e["trigger"]["text"]: e["location"]["text"] for e in coded["second_place"]}
    assert places == {"shot": "Djibo", "set fire": "Djibo"}


def test_forces_deployed_at_home_and_resignations_face_their_own_people(coded) -> None:
    home = _one(coded["home_deployment"], "MOBILIZE")
    assert _sides(home) == (["MMR"], ["MMR"])
    assert _sides(_one(coded["away_deployment"], "MOBILIZE"))[1] != ["RUS"]
    assert _sides(_one(coded["resigned"], "RETREAT")) == (["PER"], ["PER"])  # leaves office


def test_a_result_with_no_place_is_where_its_cause_was(coded) -> None:
    # "exploded outside a police post in Rueso district ..., wounding three": the nearer place
    # to the explosion, not to the wounding
    [e] = coded["result_place"]
    assert (e["location"]["text"], e["location"]["country_code"]) == ("Rueso", "TH")


def test_a_denial_rejects_and_the_denied_act_is_negated(coded) -> None:
    # REJECT (manual 3.10: all rejections) beside the act it denies, which did not happen
    events = coded["denied_sending"]
    assert _sides(_one(events, "REJECT")) == (["UGA"], ["SSD"])
    assert _one(events, "MOBILIZE")["modality"] == "negated"
    # a thing refused is no denial of an act
    assert not _of_type(coded["denied_visas"], "REJECT")


def test_expelling_a_consul_reduces_relations(coded) -> None:
    expelled = _one(coded["consul"], "SANCTION")
    assert (expelled["mode"], _sides(expelled)) == ("expel", (["RWA"], ["BEL"]))


def test_the_finer_of_two_places_in_one_phrase_wins(coded) -> None:
    # "Bujumbura's Kamenge district": the district, in Burundi, though only Bujumbura is known
    place = _one(coded["owned_place"], "ASSAULT")["location"]
    assert (place["text"], place["country_code"]) == ("Kamenge", "BI")


def test_a_threat_set_off_by_a_time_is_still_made_to_its_target(coded) -> None:
    # "threatened on Monday to extend air strikes into northern Iraq": parsed as an adverbial
    # clause, the infinitive is still what is threatened, and Iraq whom it is made to
    assert _sides(_one(coded["threat_set_off"], "THREATEN")) == (["TUR"], ["IRQ"])


def test_a_clause_a_day_after_is_dated_from_the_sentence_s_day(coded) -> None:
    # published Wednesday 2023-05-10; "said on Monday" is the 8th, the hosting a day before
    hosted = _one(coded["a_day_after"], "CONSULT")
    assert (hosted["date"], hosted["date_text"]) == ("2023-05-07", "a day after")


def test_what_is_agreed_is_still_to_come(coded) -> None:
    # the agreeing happened, but an AGREE commits to an act to come (manual 3.1)
    assert _one(coded["agreed_to_meet"], "AGREE")["modality"] == "future"


def test_a_victim_accuses_unnamed_attackers_from_another_country(coded) -> None:
    accused = _one(coded["fired_from"], "ACCUSE")
    assert _sides(accused) == (["UKR"], ["BLR"])
