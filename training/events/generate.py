"""Generate slot-filled PLOVER training sentences: ``python training/events/generate.py``.

Volume comes from templates: each event type (and mode) lists verb phrases with their forms, and
every phrase is realised under several modalities (asserted past, present perfect, headline
present, passive, future, negated, hypothetical) with actors, recipients, places and times drawn
from world-wide lists. Hand-written sentences (``handwritten.jsonl``) are mixed in by
``train.py`` so that the wording is not only formulaic. The dev set (``dev.jsonl``) was written
separately by hand and is never generated here.

Output: ``generated.jsonl``, one ``{"text", "type", "mode", "modality"}`` object per line. The
generator is seeded, so the file is reproducible.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
PER_PHRASE = 6  # sentences per verb phrase; ~200-900 per type depending on its phrase count

COUNTRIES = (
    "Kenya",
    "Nigeria",
    "Ethiopia",
    "Sudan",
    "Mali",
    "Somalia",
    "South Africa",
    "Egypt",
    "Algeria",
    "Morocco",
    "Libya",
    "Congo",
    "Uganda",
    "Zimbabwe",
    "Cameroon",
    "Niger",
    "Burkina Faso",
    "Mozambique",
    "Iran",
    "Iraq",
    "Syria",
    "Israel",
    "Lebanon",
    "Jordan",
    "Saudi Arabia",
    "Yemen",
    "Turkey",
    "Qatar",
    "India",
    "Pakistan",
    "Afghanistan",
    "Bangladesh",
    "Sri Lanka",
    "Nepal",
    "China",
    "Japan",
    "South Korea",
    "North Korea",
    "Taiwan",
    "Vietnam",
    "Thailand",
    "Myanmar",
    "Indonesia",
    "Malaysia",
    "the Philippines",
    "Cambodia",
    "Kazakhstan",
    "Uzbekistan",
    "Kyrgyzstan",
    "Russia",
    "Ukraine",
    "Belarus",
    "Georgia",
    "Armenia",
    "Azerbaijan",
    "Poland",
    "Germany",
    "France",
    "Britain",
    "Italy",
    "Spain",
    "Greece",
    "Serbia",
    "Kosovo",
    "Hungary",
    "Sweden",
    "the United States",
    "Canada",
    "Mexico",
    "Brazil",
    "Argentina",
    "Colombia",
    "Venezuela",
    "Peru",
    "Chile",
    "Bolivia",
    "Ecuador",
    "Nicaragua",
    "Haiti",
    "Cuba",
    "Australia",
    "New Zealand",
    "Fiji",
    "Papua New Guinea",
)
DEMONYMS = (
    "Kenyan",
    "Nigerian",
    "Ethiopian",
    "Sudanese",
    "Malian",
    "Somali",
    "South African",
    "Egyptian",
    "Algerian",
    "Libyan",
    "Congolese",
    "Ugandan",
    "Iranian",
    "Iraqi",
    "Syrian",
    "Israeli",
    "Lebanese",
    "Saudi",
    "Yemeni",
    "Turkish",
    "Indian",
    "Pakistani",
    "Afghan",
    "Bangladeshi",
    "Chinese",
    "Japanese",
    "South Korean",
    "North Korean",
    "Vietnamese",
    "Thai",
    "Burmese",
    "Indonesian",
    "Filipino",
    "Kazakh",
    "Russian",
    "Ukrainian",
    "Belarusian",
    "Georgian",
    "Armenian",
    "Polish",
    "German",
    "French",
    "British",
    "Italian",
    "Spanish",
    "Greek",
    "Serbian",
    "Hungarian",
    "American",
    "Canadian",
    "Mexican",
    "Brazilian",
    "Argentine",
    "Colombian",
    "Venezuelan",
    "Peruvian",
    "Chilean",
    "Bolivian",
    "Haitian",
    "Cuban",
    "Australian",
)
CITIES = (
    "Nairobi",
    "Lagos",
    "Addis Ababa",
    "Khartoum",
    "Bamako",
    "Mogadishu",
    "Cairo",
    "Tripoli",
    "Kinshasa",
    "Kampala",
    "Harare",
    "Tehran",
    "Baghdad",
    "Damascus",
    "Beirut",
    "Sanaa",
    "Ankara",
    "Kabul",
    "Karachi",
    "Dhaka",
    "Colombo",
    "Beijing",
    "Tokyo",
    "Seoul",
    "Hanoi",
    "Bangkok",
    "Yangon",
    "Jakarta",
    "Manila",
    "Almaty",
    "Tashkent",
    "Moscow",
    "Kyiv",
    "Minsk",
    "Tbilisi",
    "Yerevan",
    "Baku",
    "Warsaw",
    "Berlin",
    "Paris",
    "London",
    "Rome",
    "Madrid",
    "Athens",
    "Belgrade",
    "Budapest",
    "Washington",
    "Ottawa",
    "Mexico City",
    "Brasilia",
    "Buenos Aires",
    "Bogota",
    "Caracas",
    "Lima",
    "Santiago",
    "La Paz",
    "Quito",
    "Managua",
    "Port-au-Prince",
    "Havana",
    "Canberra",
    "Suva",
    "Geneva",
    "Brussels",
    "Doha",
    "Vienna",
)
# Actor heads: {c} is a country, {d} a demonym; the flag says whether the phrase is plural.
ACTOR_FORMS = (
    ("{c}", False),
    ("the {d} government", False),
    ("{d} President {n}", False),
    ("the {d} prime minister", False),
    ("{d} Foreign Minister {n}", False),
    ("the {d} foreign ministry", False),
    ("the {d} army", False),
    ("{d} troops", True),
    ("{d} police", True),
    ("{d} officials", True),
    ("the {d} defence ministry", False),
    ("{d} security forces", True),
    ("the {d} opposition", False),
    ("{d} lawmakers", True),
    ("the {d} parliament", False),
    ("{d} rebels", True),
    ("{d} authorities", True),
    ("the interior minister of {c}", False),
    ("the president of {c}", False),
    ("{c}'s military", False),
    ("the ruling party in {c}", False),
    ("the government of {c}", False),
    ("{d} diplomats", True),
    ("{d} prosecutors", True),
)
GENERIC_ACTORS = (
    ("the United Nations", False),
    ("the European Union", False),
    ("NATO", False),
    ("the African Union", False),
    ("ASEAN", False),
    ("the World Bank", False),
    ("the IMF", False),
    ("the Red Cross", False),
    ("Amnesty International", False),
    ("Human Rights Watch", False),
    ("the UN Security Council", False),
    ("the Arab League", False),
    ("the rebel group", False),
    ("insurgents", True),
    ("militants", True),
    ("gunmen", True),
    ("an armed group", False),
    ("the junta", False),
    ("opposition leaders", True),
    ("a trade union", False),
    ("student groups", True),
    ("activists", True),
    ("the separatists", True),
    ("the militia", False),
    ("the ruling coalition", False),
    ("the central bank", False),
    ("the court", False),
    ("villagers", True),
    ("tribal elders", True),
    ("the Taliban", True),
    ("Hamas", False),
    ("Hezbollah", False),
    ("al-Shabaab", False),
    ("Boko Haram", False),
    ("the Kurdish fighters", True),
    ("the Islamic State group", False),
    ("the opposition alliance", False),
    ("the prime minister", False),
    ("the president", False),
    ("the minister", False),
    ("the governor", False),
    ("the mayor", False),
    ("the police chief", False),
    ("the army chief", False),
)
NAMES = (
    "Ahmed",
    "Okafor",
    "Mensah",
    "Haile",
    "Khan",
    "Sharma",
    "Li",
    "Nguyen",
    "Tanaka",
    "Kim",
    "Santos",
    "Garcia",
    "Morales",
    "Ivanov",
    "Kowalski",
    "Muller",
    "Dupont",
    "Rossi",
    "Smith",
    "Petrov",
    "Yilmaz",
    "Haddad",
    "Rahman",
    "Wijaya",
    "Dlamini",
    "Mwangi",
    "Nazarbayev",
    "Silva",
    "Lopez",
    "Fernandez",
    "Obi",
    "Diallo",
    "Toure",
    "Abdi",
    "Karimi",
)
TIMES = (
    "on Monday",
    "on Tuesday",
    "on Wednesday",
    "on Thursday",
    "on Friday",
    "on Saturday",
    "on Sunday",
    "last week",
    "earlier this month",
    "late on Sunday",
    "overnight",
    "yesterday",
    "this morning",
    "on March 3",
    "in January",
    "last month",
)
FUTURE_TIMES = ("next week", "on Monday", "next month", "by Friday", "later this year", "soon")
SOURCES = (
    "officials said",
    "a spokesman said",
    "state media reported",
    "witnesses said",
    "the ministry said in a statement",
    "according to local media",
    "police said",
    "a government source told reporters",
    "the agency reported",
    "diplomats said",
)


@dataclass(frozen=True)
class Phrase:
    """A verb phrase: its verb forms, what follows the verb, and whether it takes the passive.

    ``verb`` is "base|past|participle"; ``rest`` may name the recipient ``{B}``, a place ``{P}``
    or a number ``{N}``. ``passive`` is the passive rest ("by {A}" is appended), or empty.
    """

    verb: str
    rest: str
    passive: str = ""


def P(verb: str, rest: str = "", passive: str = "") -> Phrase:
    return Phrase(verb, rest, passive)


# (type, mode) -> verb phrases. Modes follow data/events/plover.json.
PHRASES: dict[tuple[str, str | None], list[Phrase]] = {
    ("AGREE", None): [
        P("agree|agreed|agreed", "to a ceasefire proposal put forward by {B}"),
        P("agree|agreed|agreed", "to hold talks with {B}"),
        P("promise|promised|promised", "to cooperate with {B} on border security"),
        P("pledge|pledged|pledged", "to work with {B} to end the conflict"),
        P("offer|offered|offered", "to mediate between {B} and its neighbours"),
        P(
            "accept|accepted|accepted",
            "an invitation from {B} to negotiate",
            "{B}'s offer was accepted",
        ),
        P("express|expressed|expressed", "willingness to resume negotiations with {B}"),
        P("reach|reached|reached", "a deal with {B} on grain exports", "a deal was reached"),
        P("commit|committed|committed", "to a peace plan brokered by {B}"),
        P("vow|vowed|vowed", "to respect the truce agreed with {B}"),
        P("endorse|endorsed|endorsed", "the framework deal with {B}"),
        P("say|said|said", "it was ready to cooperate with {B} on the investigation"),
        P("settle|settled|settled", "the border dispute with {B}"),
    ],
    ("CONSULT", None): [
        P("hold|held|held", "talks with {B} in {P}", "talks were held"),
        P("meet|met|met", "{B} to discuss the crisis"),
        P("negotiate|negotiated|negotiated", "with {B} over the release of prisoners"),
        P(
            "discuss|discussed|discussed",
            "regional security with {B}",
            "regional security was discussed",
        ),
        P("confer|conferred|conferred", "with {B} on the refugee situation"),
        P("hold|held|held", "a round of negotiations with {B}"),
        P("consult|consulted|consulted", "{B} on the draft resolution"),
    ],
    ("CONSULT", "visit"): [
        P("visit|visited|visited", "{P} for talks with {B}", "{P} was visited"),
        P("travel|travelled|travelled", "to {P} to meet {B}"),
        P("arrive|arrived|arrived", "in {P} for an official visit"),
        P("host|hosted|hosted", "{B} in {P}", "{B} was hosted in {P}"),
        P("welcome|welcomed|welcomed", "{B} on a state visit to {P}"),
        P("pay|paid|paid", "a two-day visit to {P}"),
        P("receive|received|received", "a delegation from {B} in {P}"),
    ],
    ("CONSULT", "phone"): [
        P("speak|spoke|spoken", "by telephone with {B}"),
        P("call|called|called", "{B} to discuss the crisis"),
        P("hold|held|held", "a phone call with {B}", "a phone call was held"),
        P("talk|talked|talked", "with {B} by phone about the conflict"),
        P("hold|held|held", "a video call with {B}"),
    ],
    ("CONSULT", "multilateral"): [
        P("attend|attended|attended", "a regional summit in {P}"),
        P("join|joined|joined", "leaders at a multilateral conference in {P}"),
        P("convene|convened|convened", "an emergency summit of regional leaders in {P}"),
        P("take|took|taken", "part in a meeting of foreign ministers in {P}"),
        P("gather|gathered|gathered", "in {P} for a summit of the bloc"),
    ],
    ("CONSULT", "third-party"): [
        P("meet|met|met", "{B} in {P} on neutral ground"),
        P("hold|held|held", "indirect talks with {B} in {P}, mediated by Qatar"),
        P("sit|sat|sat", "down with {B} in {P} under Norwegian mediation"),
        P("meet|met|met", "representatives of {B} in a third country, {P}"),
    ],
    ("SUPPORT", None): [
        P("reopen|reopened|reopened", "its embassy in {P}", "the embassy was reopened"),
        P(
            "conclude|concluded|concluded",
            "a security pact with {B}",
            "a security pact was concluded",
        ),
        P(
            "sign|signed|signed",
            "a trade agreement with {B}",
            "a trade agreement with {B} was signed",
        ),
        P("praise|praised|praised", "{B} for its handling of the crisis", "{B} was praised"),
        P("express|expressed|expressed", "support for {B}"),
        P("back|backed|backed", "{B}'s bid to join the bloc", "{B}'s bid was backed"),
        P("endorse|endorsed|endorsed", "{B} ahead of the election", "{B} was endorsed"),
        P("defend|defended|defended", "{B} against criticism"),
        P(
            "recognise|recognised|recognised",
            "{B} as the legitimate government",
            "{B} was recognised",
        ),
        P("apologise|apologised|apologised", "to {B} for the incident"),
        P(
            "congratulate|congratulated|congratulated",
            "{B} on the election victory",
            "{B} was congratulated",
        ),
        P("voice|voiced|voiced", "solidarity with {B}"),
        P("commend|commended|commended", "{B} for releasing the hostages"),
        P("welcome|welcomed|welcomed", "the decision by {B} to hold elections"),
        P("hail|hailed|hailed", "{B} as a reliable partner"),
        P("forgive|forgave|forgiven", "{B} for past wrongs"),
        P("rally|rallied|rallied", "behind {B}"),
        P("thank|thanked|thanked", "{B} for its support", "{B} was thanked"),
    ],
    ("CONCEDE", None): [
        P("announce|announced|announced", "a humanitarian pause in the fighting"),
        P("agree|agreed|agreed", "to a truce with {B}"),
        P("declare|declared|declared", "a ceasefire", "a ceasefire was declared"),
        P(
            "pardon|pardoned|pardoned",
            "jailed opposition leaders",
            "opposition leaders were pardoned",
        ),
        P("ease|eased|eased", "restrictions on {B}", "restrictions on {B} were eased"),
        P("lift|lifted|lifted", "the state of emergency", "the state of emergency was lifted"),
        P("accept|accepted|accepted", "the opposition's demand for early elections"),
        P("give|gave|given", "in to demands by {B}"),
        P("back|backed|backed", "down from its plan to raise fuel prices"),
        P("reverse|reversed|reversed", "the decision to ban the party", "the ban was reversed"),
        P("agree|agreed|agreed", "to demands by protesters to scrap the tax"),
        P(
            "scrap|scrapped|scrapped",
            "the controversial law after weeks of protests",
            "the law was scrapped",
        ),
        P("concede|conceded|conceded", "defeat in the disputed election"),
        P("grant|granted|granted", "an amnesty to opposition activists", "an amnesty was granted"),
        P("yield|yielded|yielded", "to pressure from {B}"),
        P(
            "restore|restored|restored",
            "internet access after the protests",
            "internet access was restored",
        ),
        P("withdraw|withdrew|withdrawn", "the contested bill", "the bill was withdrawn"),
        P("allow|allowed|allowed", "the banned newspaper to reopen"),
        P("admit|admitted|admitted", "responsibility for the deaths"),
        P("suspend|suspended|suspended", "the fuel price increase"),
    ],
    ("COOPERATE", None): [
        P("cooperate|cooperated|cooperated", "with {B} on counter-terrorism"),
        P("share|shared|shared", "intelligence with {B}", "intelligence was shared"),
        P("hold|held|held", "joint military exercises with {B}", "joint exercises were held"),
        P("extradite|extradited|extradited", "a suspect to {B}", "a suspect was extradited"),
        P("work|worked|worked", "with {B} to dismantle a smuggling network"),
        P("launch|launched|launched", "a joint patrol with {B} along the border"),
        P("open|opened|opened", "its markets to goods from {B}"),
        P("conduct|conducted|conducted", "joint naval drills with {B}"),
        P("partner|partnered|partnered", "with {B} on a new pipeline"),
        P("hand|handed|handed", "over evidence to {B}'s investigators"),
        P("resume|resumed|resumed", "trade with {B}", "trade was resumed"),
        P("coordinate|coordinated|coordinated", "with {B} to secure the border"),
    ],
    ("AID", None): [
        P("send|sent|sent", "humanitarian aid to {B}", "aid was sent to {B}"),
        P("provide|provided|provided", "$50 million in aid to {B}", "aid was provided to {B}"),
        P(
            "deliver|delivered|delivered",
            "food and medicine to {P}",
            "food and medicine were delivered to {P}",
        ),
        P("grant|granted|granted", "asylum to the dissident", "asylum was granted"),
        P("donate|donated|donated", "vaccines to {B}", "vaccines were donated"),
        P("supply|supplied|supplied", "weapons to {B}", "weapons were supplied to {B}"),
        P("give|gave|given", "{B} a loan of $2 billion"),
        P(
            "airlift|airlifted|airlifted",
            "relief supplies to {P}",
            "relief supplies were airlifted",
        ),
        P("deploy|deployed|deployed", "peacekeepers to protect civilians in {P}"),
        P("pledge|pledged|pledged", "emergency assistance to {B}"),
        P("ship|shipped|shipped", "tonnes of grain to {B}"),
        P("fund|funded|funded", "the reconstruction of schools in {P}"),
    ],
    ("RETREAT", "withdraw"): [
        P("withdraw|withdrew|withdrawn", "its troops from {P}", "troops were withdrawn from {P}"),
        P("pull|pulled|pulled", "out of {P}"),
        P("leave|left|left", "{P} after a two-week deployment"),
        P(
            "complete|completed|completed",
            "the pullout of its forces from {P}",
            "the pullout was completed",
        ),
        P("begin|began|begun", "withdrawing soldiers from the border"),
        P("retreat|retreated|retreated", "from positions near {P}"),
        P("evacuate|evacuated|evacuated", "its bases in {P}"),
        P("hand|handed|handed", "over control of {P} and left the region"),
    ],
    ("RETREAT", "release"): [
        P("release|released|released", "{N} prisoners", "{N} prisoners were released"),
        P("free|freed|freed", "the detained journalists", "the detained journalists were freed"),
        P("set|set|set", "free the hostages held since January", "the hostages were set free"),
        P("return|returned|returned", "the seized ship to {B}", "the seized ship was returned"),
        P("hand|handed|handed", "over the bodies of soldiers to {B}"),
        P("exchange|exchanged|exchanged", "prisoners with {B}"),
    ],
    ("RETREAT", "disarm"): [
        P("hand|handed|handed", "over their weapons to {B}"),
        P("surrender|surrendered|surrendered", "their arms", "arms were surrendered"),
        P("lay|laid|laid", "down their weapons"),
        P("decommission|decommissioned|decommissioned", "its stockpile of arms"),
        P(
            "dismantle|dismantled|dismantled",
            "its nuclear facilities",
            "the facilities were dismantled",
        ),
        P("disband|disbanded|disbanded", "its armed wing"),
        P("demobilise|demobilised|demobilised", "{N} fighters"),
    ],
    ("RETREAT", "ceasefire"): [
        P("halt|halted|halted", "its offensive on {P}"),
        P("observe|observed|observed", "a unilateral truce"),
        P("stop|stopped|stopped", "firing after midnight"),
        P("suspend|suspended|suspended", "military operations against {B}"),
    ],
    ("RETREAT", "access"): [
        P("allow|allowed|allowed", "UN inspectors into {P}"),
        P("grant|granted|granted", "aid agencies access to {P}", "access was granted"),
        P("open|opened|opened", "a humanitarian corridor to {P}", "a corridor was opened"),
        P("let|let|let", "international monitors enter the region"),
        P("admit|admitted|admitted", "observers from {B} to the election"),
        P("reopen|reopened|reopened", "the border crossing for aid convoys"),
    ],
    ("RETREAT", "resign"): [
        P("resign|resigned|resigned", "after weeks of protests"),
        P("step|stepped|stepped", "down as prime minister"),
        P("quit|quit|quit", "the post amid a corruption scandal"),
        P("tender|tendered|tendered", "his resignation", "his resignation was tendered"),
        P("leave|left|left", "office under pressure from the street"),
        P("stand|stood|stood", "down as head of the armed forces"),
    ],
    ("REQUEST", None): [
        P("ask|asked|asked", "{B} to explain the incident"),
        P("appeal|appealed|appealed", "to {B} for calm"),
        P("urge|urged|urged", "{B} to act", "{B} was urged to act"),
        P("call|called|called", "on {B} to respect the ruling"),
    ],
    ("REQUEST", "assist"): [
        P("ask|asked|asked", "{B} for military assistance"),
        P("appeal|appealed|appealed", "for international aid to cope with the crisis"),
        P("request|requested|requested", "help from {B}", "help was requested"),
        P("seek|sought|sought", "financial support from {B}"),
        P("plead|pleaded|pleaded", "with {B} to send troops"),
        P("call|called|called", "on {B} to send peacekeepers"),
        P("urge|urged|urged", "{B} to supply air defence systems"),
    ],
    ("REQUEST", "change"): [
        P("demand|demanded|demanded", "political reforms from {B}"),
        P("call|called|called", "for the resignation of the government"),
        P("urge|urged|urged", "{B} to hold free elections"),
        P("press|pressed|pressed", "{B} to release political prisoners"),
        P("demand|demanded|demanded", "that {B} change the constitution"),
        P("call|called|called", "on {B} to end the crackdown"),
    ],
    ("REQUEST", "yield"): [
        P("demand|demanded|demanded", "that {B} surrender"),
        P("call|called|called", "on {B} to withdraw its troops"),
        P("urge|urged|urged", "{B} to lay down their arms"),
        P("demand|demanded|demanded", "the withdrawal of {B} forces"),
        P("order|ordered|ordered", "{B} to leave the occupied area"),
        P("call|called|called", "on {B} to step down"),
    ],
    ("REQUEST", "meet"): [
        P("call|called|called", "for talks with {B}"),
        P("propose|proposed|proposed", "a meeting with {B}"),
        P("invite|invited|invited", "{B} to negotiations", "{B} was invited to negotiations"),
        P("urge|urged|urged", "{B} to return to the negotiating table"),
        P("request|requested|requested", "a meeting with {B}"),
        P("call|called|called", "for mediation to end the dispute with {B}"),
    ],
    ("ACCUSE", "disapprove"): [
        P("criticise|criticised|criticised", "{B}", "{B} was criticised"),
        P("condemn|condemned|condemned", "the attack by {B}", "the attack was condemned"),
        P("denounce|denounced|denounced", "{B}'s decision to expel diplomats"),
        P("slam|slammed|slammed", "{B} over its human rights record"),
        P("blame|blamed|blamed", "{B} for the violence", "{B} was blamed"),
        P(
            "accuse|accused|accused",
            "{B} of provoking the clashes",
            "{B} was accused of provoking the clashes",
        ),
        P("rebuke|rebuked|rebuked", "{B} for interfering in its affairs"),
        P("deplore|deplored|deplored", "the killing of civilians"),
        P("call|called|called", "{B}'s remarks irresponsible"),
        P("lash|lashed|lashed", "out at {B}"),
    ],
    ("ACCUSE", "allege"): [
        P("accuse|accused|accused", "{B} of war crimes", "{B} was accused of war crimes"),
        P("allege|alleged|alleged", "that {B} rigged the vote"),
        P("file|filed|filed", "a lawsuit against {B}", "a lawsuit was filed"),
        P("lodge|lodged|lodged", "a formal complaint with {B}", "a complaint was lodged"),
        P("charge|charged|charged", "that {B} had funded the rebels"),
        P("accuse|accused|accused", "{B} of plotting a coup"),
        P("claim|claimed|claimed", "that {B} was behind the bombing"),
        P("sue|sued|sued", "{B} at the international court", "{B} was sued"),
    ],
    ("ACCUSE", "investigate"): [
        P("open|opened|opened", "an investigation into {B}", "an investigation was opened"),
        P("launch|launched|launched", "a probe into alleged corruption", "a probe was launched"),
        P("investigate|investigated|investigated", "{B} over the killings", "{B} was investigated"),
        P("set|set|set", "up a commission to examine the abuses"),
        P("begin|began|begun", "an inquiry into the shooting"),
        P("probe|probed|probed", "allegations of torture by {B}"),
        P("send|sent|sent", "investigators to look into the massacre"),
    ],
    ("REJECT", None): [
        P(
            "reject|rejected|rejected",
            "the accusations made by {B}",
            "the accusations were rejected",
        ),
        P("dismiss|dismissed|dismissed", "{B}'s statement as propaganda"),
        P("deny|denied|denied", "{B}'s claims"),
    ],
    ("REJECT", "assist"): [
        P("refuse|refused|refused", "to provide aid to {B}"),
        P("turn|turned|turned", "down {B}'s request for weapons", "the request was turned down"),
        P("reject|rejected|rejected", "a plea from {B} for financial help"),
        P("decline|declined|declined", "to send troops to help {B}"),
        P("refuse|refused|refused", "to share intelligence with {B}"),
    ],
    ("REJECT", "change"): [
        P("reject|rejected|rejected", "demands for reform", "the demands were rejected"),
        P("refuse|refused|refused", "to step down despite the protests"),
        P("rule|ruled|ruled", "out early elections"),
        P("dismiss|dismissed|dismissed", "calls for a new constitution"),
        P("refuse|refused|refused", "to change its policy toward {B}"),
    ],
    ("REJECT", "yield"): [
        P("refuse|refused|refused", "to surrender"),
        P("defy|defied|defied", "the court order", "the order was defied"),
        P("ignore|ignored|ignored", "the ultimatum issued by {B}"),
        P("veto|vetoed|vetoed", "the resolution drafted by {B}", "the resolution was vetoed"),
        P("refuse|refused|refused", "to withdraw from the disputed territory"),
        P("defy|defied|defied", "international sanctions"),
    ],
    ("REJECT", "meet"): [
        P(
            "reject|rejected|rejected",
            "an offer of talks from {B}",
            "the offer of talks was rejected",
        ),
        P("refuse|refused|refused", "to meet {B}"),
        P("turn|turned|turned", "down the peace proposal", "the peace proposal was turned down"),
        P("rule|ruled|ruled", "out negotiations with {B}"),
        P("spurn|spurned|spurned", "mediation by {B}"),
        P("walk|walked|walked", "away from the peace plan"),
    ],
    ("THREATEN", None): [
        P("threaten|threatened|threatened", "{B} with consequences"),
        P("warn|warned|warned", "{B} of a tough response", "{B} was warned"),
    ],
    ("THREATEN", "violence"): [
        P("threaten|threatened|threatened", "to attack {B}"),
        P("warn|warned|warned", "{B} of military action"),
        P("threaten|threatened|threatened", "to use force against {B}"),
        P("vow|vowed|vowed", "to crush {B} if they did not disarm"),
        P("warn|warned|warned", "that it would strike {B}'s bases"),
        P("threaten|threatened|threatened", "to bomb rebel positions"),
    ],
    ("THREATEN", "restrict"): [
        P("threaten|threatened|threatened", "to impose sanctions on {B}"),
        P("warn|warned|warned", "{B} it could face an embargo"),
        P("threaten|threatened|threatened", "to close the border with {B}"),
        P("threaten|threatened|threatened", "to ban the opposition party"),
        P("warn|warned|warned", "it would block imports from {B}"),
    ],
    ("THREATEN", "arrest"): [
        P("threaten|threatened|threatened", "to arrest opposition leaders"),
        P("warn|warned|warned", "protesters that they would be detained"),
        P("threaten|threatened|threatened", "to jail journalists who report on the unrest"),
    ],
    ("THREATEN", "relations"): [
        P("threaten|threatened|threatened", "to cut diplomatic ties with {B}"),
        P("warn|warned|warned", "it would walk out of the talks with {B}"),
        P("give|gave|given", "{B} an ultimatum"),
        P("threaten|threatened|threatened", "to recall its ambassador from {B}"),
    ],
    ("THREATEN", "expel"): [
        P("threaten|threatened|threatened", "to expel {B}'s diplomats"),
        P("warn|warned|warned", "it would expel foreign aid workers"),
        P("threaten|threatened|threatened", "to kick out the UN mission"),
    ],
    ("THREATEN", "territory"): [
        P("threaten|threatened|threatened", "to annex the disputed region"),
        P("warn|warned|warned", "it would seize the islands claimed by {B}"),
        P("threaten|threatened|threatened", "to occupy the border province"),
    ],
    ("PROTEST", "demo"): [
        P("rally|rallied|rallied", "in {P} against the government"),
        P("march|marched|marched", "through {P} demanding reforms"),
        P("protest|protested|protested", "outside parliament in {P}"),
        P("demonstrate|demonstrated|demonstrated", "against rising fuel prices in {P}"),
        P("take|took|taken", "to the streets of {P}"),
        P("stage|staged|staged", "a sit-in in {P}", "a sit-in was staged"),
        P("hold|held|held", "a vigil in {P} for the victims"),
        P("gather|gathered|gathered", "in central {P} to protest"),
    ],
    ("PROTEST", "riot"): [
        P("riot|rioted|rioted", "in {P}"),
        P("torch|torched|torched", "cars during protests in {P}", "cars were torched"),
        P("clash|clashed|clashed", "with police during a protest in {P}"),
        P("throw|threw|thrown", "stones at police in {P}"),
        P("loot|looted|looted", "shops during unrest in {P}", "shops were looted"),
        P("storm|stormed|stormed", "the parliament building in {P}"),
    ],
    ("PROTEST", "strike"): [
        P("go|went|gone", "on strike over pay"),
        P("strike|struck|struck", "for higher wages"),
        P("walk|walked|walked", "off the job in {P}"),
        P("stage|staged|staged", "a general strike", "a general strike was staged"),
        P("launch|launched|launched", "an indefinite strike at the ports"),
        P("down|downed|downed", "tools to protest unpaid salaries"),
    ],
    ("PROTEST", "hunger"): [
        P("go|went|gone", "on hunger strike"),
        P("begin|began|begun", "a hunger strike in prison"),
        P("refuse|refused|refused", "food to protest the detention"),
        P("launch|launched|launched", "a hunger strike against the ruling"),
    ],
    ("PROTEST", "boycott"): [
        P("boycott|boycotted|boycotted", "the election", "the election was boycotted"),
        P("walk|walked|walked", "out of parliament in protest"),
        P("call|called|called", "for a boycott of goods from {B}"),
        P("boycott|boycotted|boycotted", "the summit hosted by {B}"),
        P("stay|stayed|stayed", "away from the session in protest"),
    ],
    ("PROTEST", "obstruct"): [
        P("block|blocked|blocked", "roads into {P}", "roads were blocked"),
        P("barricade|barricaded|barricaded", "the highway to {P}"),
        P("blockade|blockaded|blockaded", "the port in protest", "the port was blockaded"),
        P("occupy|occupied|occupied", "the square in {P} to protest"),
        P("set|set|set", "up roadblocks across {P}"),
    ],
    ("PROTEST", "vandalize"): [
        P("deface|defaced|defaced", "government posters in {P}"),
        P("topple|toppled|toppled", "a statue of the former leader", "the statue was toppled"),
        P("spray|sprayed|sprayed", "anti-government graffiti in {P}"),
        P("smash|smashed|smashed", "windows of the ruling party office"),
    ],
    ("SANCTION", None): [
        P("impose|imposed|imposed", "sanctions on {B}", "sanctions were imposed on {B}"),
        P("freeze|froze|frozen", "assets belonging to {B}", "the assets were frozen"),
        P("blacklist|blacklisted|blacklisted", "{B} officials", "officials were blacklisted"),
        P("slap|slapped|slapped", "an arms embargo on {B}"),
        P("ban|banned|banned", "imports from {B}", "imports were banned"),
        P("downgrade|downgraded|downgraded", "relations with {B}", "relations were downgraded"),
    ],
    ("SANCTION", "convict"): [
        P(
            "sentence|sentenced|sentenced",
            "the opposition leader to ten years in prison",
            "the opposition leader was sentenced to ten years",
        ),
        P(
            "convict|convicted|convicted",
            "{N} protesters of sedition",
            "{N} protesters were convicted",
        ),
        P(
            "jail|jailed|jailed",
            "a prominent journalist for five years",
            "the journalist was jailed",
        ),
        P(
            "find|found|found",
            "the former minister guilty of corruption",
            "the former minister was found guilty",
        ),
        P(
            "sentence|sentenced|sentenced",
            "the rebel commander to death",
            "the rebel commander was sentenced to death",
        ),
    ],
    ("SANCTION", "expel"): [
        P("expel|expelled|expelled", "{B}'s ambassador", "the ambassador was expelled"),
        P("order|ordered|ordered", "{N} diplomats from {B} to leave"),
        P("declare|declared|declared", "a {B} envoy persona non grata"),
        P("expel|expelled|expelled", "foreign journalists", "foreign journalists were expelled"),
    ],
    ("SANCTION", "withdraw"): [
        P("cut|cut|cut", "diplomatic ties with {B}", "diplomatic ties were cut"),
        P("recall|recalled|recalled", "its ambassador from {B}", "the ambassador was recalled"),
        P("sever|severed|severed", "relations with {B}", "relations were severed"),
        P("suspend|suspended|suspended", "talks with {B}", "talks were suspended"),
        P("pull|pulled|pulled", "out of the negotiations with {B}"),
        P("close|closed|closed", "its embassy in {P}", "the embassy was closed"),
    ],
    ("SANCTION", "discontinue"): [
        P("suspend|suspended|suspended", "aid to {B}", "aid was suspended"),
        P("cut|cut|cut", "off funding to {B}", "funding was cut off"),
        P("halt|halted|halted", "military assistance to {B}", "military assistance was halted"),
        P("freeze|froze|frozen", "development aid to {B}", "development aid was frozen"),
        P("stop|stopped|stopped", "budget support for {B}"),
    ],
    ("MOBILIZE", "troops"): [
        P("deploy|deployed|deployed", "troops to the border with {B}", "troops were deployed"),
        P("mass|massed|massed", "tanks near {P}", "tanks were massed"),
        P("put|put|put", "its army on high alert", "the army was put on high alert"),
        P("mobilise|mobilised|mobilised", "reservists", "reservists were mobilised"),
        P("send|sent|sent", "reinforcements to {P}", "reinforcements were sent"),
        P("move|moved|moved", "armoured units toward the frontier"),
        P("call|called|called", "up {N} reservists"),
    ],
    ("MOBILIZE", "police"): [
        P("deploy|deployed|deployed", "riot police across {P}", "riot police were deployed"),
        P("put|put|put", "the police on alert", "police were put on alert"),
        P("send|sent|sent", "extra police to {P}", "extra police were sent"),
        P("step|stepped|stepped", "up security in {P}"),
        P("station|stationed|stationed", "police at every entrance to the city"),
    ],
    ("MOBILIZE", "weapons"): [
        P("test-fire|test-fired|test-fired", "a ballistic missile", "a missile was test-fired"),
        P("station|stationed|stationed", "missiles near the border", "missiles were stationed"),
        P("deploy|deployed|deployed", "air defence systems near {P}"),
        P("conduct|conducted|conducted", "a nuclear test"),
        P("move|moved|moved", "nuclear-capable bombers to a forward base"),
        P("parade|paraded|paraded", "new missiles in {P}"),
    ],
    ("MOBILIZE", "militia"): [
        P("arm|armed|armed", "local militias in {P}", "local militias were armed"),
        P("recruit|recruited|recruited", "hundreds of fighters in {P}"),
        P("mobilise|mobilised|mobilised", "tribal fighters"),
        P("raise|raised|raised", "a militia to defend the town"),
        P("gather|gathered|gathered", "fighters near {P}"),
    ],
    ("COERCE", "arrest"): [
        P("arrest|arrested|arrested", "{N} protesters in {P}", "{N} protesters were arrested"),
        P("detain|detained|detained", "opposition leaders", "opposition leaders were detained"),
        P("round|rounded|rounded", "up activists in {P}", "activists were rounded up"),
        P("take|took|taken", "{N} people into custody", "{N} people were taken into custody"),
        P(
            "charge|charged|charged",
            "the journalist with treason",
            "the journalist was charged with treason",
        ),
        P("hold|held|held", "{N} suspects", "{N} suspects were held"),
        P("apprehend|apprehended|apprehended", "a wanted militant", "a militant was apprehended"),
        P("jail|jailed|jailed", "dozens of demonstrators without trial"),
    ],
    ("COERCE", "seize"): [
        P("seize|seized|seized", "a tanker in the strait", "a tanker was seized"),
        P(
            "confiscate|confiscated|confiscated",
            "land belonging to farmers",
            "land was confiscated",
        ),
        P("capture|captured|captured", "the town of {P}", "the town was captured"),
        P("occupy|occupied|occupied", "the border village", "the village was occupied"),
        P("impound|impounded|impounded", "fishing boats from {B}", "the boats were impounded"),
        P("take|took|taken", "control of the airport", "control of the airport was taken"),
        P(
            "raid|raided|raided",
            "the offices of the opposition newspaper",
            "the offices were raided",
        ),
    ],
    ("COERCE", "restrict"): [
        P("impose|imposed|imposed", "a blockade on {P}", "a blockade was imposed"),
        P("ban|banned|banned", "the opposition party", "the opposition party was banned"),
        P("close|closed|closed", "the border with {B}", "the border was closed"),
        P(
            "restrict|restricted|restricted",
            "travel for foreign journalists",
            "travel was restricted",
        ),
        P("declare|declared|declared", "a state of emergency", "a state of emergency was declared"),
        P("outlaw|outlawed|outlawed", "public gatherings", "gatherings were outlawed"),
        P("shut|shut|shut", "down the airport in {P}"),
        P("impose|imposed|imposed", "an embargo on {B}", "an embargo was imposed on {B}"),
    ],
    ("COERCE", "censor"): [
        P("block|blocked|blocked", "social media sites", "social media was blocked"),
        P("shut|shut|shut", "down the independent television station"),
        P("censor|censored|censored", "newspapers critical of the government"),
        P("cut|cut|cut", "internet access in {P}", "internet access was cut"),
        P("ban|banned|banned", "the broadcaster from reporting", "the broadcaster was banned"),
        P("revoke|revoked|revoked", "the licence of an opposition newspaper"),
    ],
    ("COERCE", "curfew"): [
        P("impose|imposed|imposed", "a curfew in {P}", "a curfew was imposed in {P}"),
        P("order|ordered|ordered", "residents of {P} to stay indoors after dark"),
        P(
            "declare|declared|declared",
            "a dusk-to-dawn curfew",
            "a dusk-to-dawn curfew was declared",
        ),
        P("extend|extended|extended", "the nightly curfew in {P}", "the curfew was extended"),
    ],
    ("COERCE", "martial-law"): [
        P("declare|declared|declared", "martial law", "martial law was declared"),
        P("impose|imposed|imposed", "military rule over {P}", "military rule was imposed"),
        P("place|placed|placed", "the province under martial law"),
        P("suspend|suspended|suspended", "the constitution and handed power to the army"),
    ],
    ("COERCE", "deport"): [
        P("deport|deported|deported", "{N} migrants to {B}", "{N} migrants were deported"),
        P("expel|expelled|expelled", "foreign workers", "foreign workers were expelled"),
        P("send|sent|sent", "asylum seekers back to {B}", "asylum seekers were sent back"),
        P(
            "forcibly return|forcibly returned|forcibly returned",
            "refugees to {B}",
            "refugees were forcibly returned",
        ),
    ],
    ("COERCE", "withhold"): [
        P("cut|cut|cut", "off gas supplies to {B}", "gas supplies were cut"),
        P(
            "withhold|withheld|withheld",
            "food deliveries from {P}",
            "food deliveries were withheld",
        ),
        P("block|blocked|blocked", "aid convoys from reaching {P}", "aid convoys were blocked"),
        P("cut|cut|cut", "electricity and water to {P}", "electricity was cut"),
    ],
    ("COERCE", "misinformation"): [
        P("spread|spread|spread", "false claims about {B}", "false claims were spread"),
        P("run|ran|run", "a disinformation campaign against {B}"),
        P("circulate|circulated|circulated", "fabricated videos to smear {B}"),
        P("flood|flooded|flooded", "social media with propaganda about {B}"),
    ],
    ("COERCE", "cyber"): [
        P("hack|hacked|hacked", "government websites in {B}", "government websites were hacked"),
        P("launch|launched|launched", "a cyberattack on {B}'s power grid"),
        P(
            "target|targeted|targeted",
            "{B} ministries with ransomware",
            "ministries were targeted with ransomware",
        ),
        P("breach|breached|breached", "the election commission's servers"),
    ],
    ("ASSAULT", None): [
        P("attack|attacked|attacked", "{B}", "{B} were attacked"),
        P("kill|killed|killed", "{N} people in {P}", "{N} people were killed"),
        P("clash|clashed|clashed", "with {B} near {P}"),
        P("fight|fought|fought", "{B} for control of {P}"),
        P("launch|launched|launched", "an offensive against {B}"),
        P("ambush|ambushed|ambushed", "a military convoy near {P}", "a convoy was ambushed"),
        P("massacre|massacred|massacred", "villagers in {P}", "villagers were massacred"),
    ],
    ("ASSAULT", "firearms"): [
        P("open|opened|opened", "fire on {B}"),
        P("shoot|shot|shot", "dead {N} soldiers", "{N} soldiers were shot dead"),
        P("gun|gunned|gunned", "down worshippers at a mosque", "worshippers were gunned down"),
        P("exchange|exchanged|exchanged", "gunfire with {B}"),
        P("fire|fired|fired", "on a checkpoint near {P}"),
    ],
    ("ASSAULT", "heavy-weapons"): [
        P("shell|shelled|shelled", "{P}", "{P} was shelled"),
        P("fire|fired|fired", "rockets at {P}", "rockets were fired at {P}"),
        P("pound|pounded|pounded", "rebel positions with artillery", "positions were pounded"),
        P("launch|launched|launched", "missiles at {B}"),
        P("bombard|bombarded|bombarded", "the city of {P}", "the city was bombarded"),
    ],
    ("ASSAULT", "aerial"): [
        P("bomb|bombed|bombed", "targets in {P}", "targets were bombed"),
        P("carry|carried|carried", "out air strikes on {P}"),
        P("launch|launched|launched", "airstrikes against {B}"),
        P("strike|struck|struck", "{B} from the air"),
        P("drop|dropped|dropped", "barrel bombs on {P}"),
    ],
    ("ASSAULT", "drone"): [
        P("launch|launched|launched", "a drone strike on {P}"),
        P("attack|attacked|attacked", "{B} with drones", "{B} was attacked with drones"),
        P("hit|hit|hit", "the oil refinery with drones"),
        P("send|sent|sent", "explosive drones over {P}"),
    ],
    ("ASSAULT", "explosives"): [
        P("detonate|detonated|detonated", "a roadside bomb near {P}", "a bomb was detonated"),
        P("plant|planted|planted", "explosives under a bridge", "explosives were planted"),
        P("bomb|bombed|bombed", "a market in {P}", "a market was bombed"),
        P("set|set|set", "off a car bomb in {P}"),
    ],
    ("ASSAULT", "suicide-attack"): [
        P("blow|blew|blown", "himself up at a checkpoint in {P}"),
        P("carry|carried|carried", "out a suicide bombing in {P}"),
        P("drive|drove|driven", "an explosives-laden truck into the base"),
    ],
    ("ASSAULT", "abduct"): [
        P("kidnap|kidnapped|kidnapped", "{N} aid workers", "{N} aid workers were kidnapped"),
        P("abduct|abducted|abducted", "schoolgirls from {P}", "schoolgirls were abducted"),
        P("hijack|hijacked|hijacked", "a passenger bus", "a bus was hijacked"),
        P("seize|seized|seized", "{N} hostages", "{N} hostages were seized"),
        P("take|took|taken", "{N} foreigners hostage", "{N} foreigners were taken hostage"),
    ],
    ("ASSAULT", "beat"): [
        P("beat|beat|beaten", "protesters with batons", "protesters were beaten"),
        P("assault|assaulted|assaulted", "a journalist in {P}", "a journalist was assaulted"),
        P("attack|attacked|attacked", "students with clubs", "students were attacked with clubs"),
        P("stab|stabbed|stabbed", "a politician at a rally", "a politician was stabbed"),
    ],
    ("ASSAULT", "torture"): [
        P("torture|tortured|tortured", "detainees", "detainees were tortured"),
        P(
            "subject|subjected|subjected",
            "prisoners to electric shocks",
            "prisoners were subjected to abuse",
        ),
        P("abuse|abused|abused", "prisoners in custody", "prisoners were abused"),
    ],
    ("ASSAULT", "sexual"): [
        P("rape|raped|raped", "women in {P}", "women were raped"),
        P(
            "sexually assault|sexually assaulted|sexually assaulted",
            "detainees",
            "detainees were sexually assaulted",
        ),
    ],
    ("ASSAULT", "targeted"): [
        P(
            "assassinate|assassinated|assassinated",
            "a provincial governor",
            "the governor was assassinated",
        ),
        P(
            "kill|killed|killed",
            "a senior commander in a targeted strike",
            "the commander was killed",
        ),
        P("murder|murdered|murdered", "an opposition politician", "the politician was murdered"),
        P("execute|executed|executed", "{N} prisoners", "{N} prisoners were executed"),
    ],
    ("ASSAULT", "destroy"): [
        P("burn|burned|burned", "down homes in {P}", "homes were burned"),
        P("destroy|destroyed|destroyed", "a bridge near {P}", "the bridge was destroyed"),
        P("raze|razed|razed", "villages in {P}", "villages were razed"),
        P("demolish|demolished|demolished", "houses belonging to {B}", "houses were demolished"),
    ],
    ("ASSAULT", "primitive"): [
        P(
            "attack|attacked|attacked",
            "villagers with machetes",
            "villagers were attacked with machetes",
        ),
        P(
            "hack|hacked|hacked",
            "{N} people to death with knives",
            "{N} people were hacked to death",
        ),
        P("stone|stoned|stoned", "a man to death", "a man was stoned to death"),
    ],
    ("ASSAULT", "crowd-control"): [
        P("fire|fired|fired", "tear gas at protesters in {P}", "tear gas was fired"),
        P("use|used|used", "water cannon to disperse demonstrators", "water cannon was used"),
        P("fire|fired|fired", "rubber bullets at the crowd"),
        P(
            "disperse|dispersed|dispersed",
            "protesters with batons and tear gas",
            "protesters were dispersed",
        ),
    ],
    ("ASSAULT", "unconventional"): [
        P("use|used|used", "chemical weapons in {P}", "chemical weapons were used"),
        P("drop|dropped|dropped", "chlorine bombs on {P}"),
        P("attack|attacked|attacked", "{P} with nerve gas", "{P} was attacked with nerve gas"),
    ],
}

# More wording per type, so that no type is known by a handful of verbs only.
MORE_PHRASES: dict[tuple[str, str | None], list[Phrase]] = {
    ("AGREE", None): [
        P("consent|consented|consented", "to a UN-brokered plan to end the fighting"),
        P("announce|announced|announced", "its readiness to negotiate with {B}"),
        P("signal|signalled|signalled", "it was open to a deal with {B}"),
        P("undertake|undertook|undertaken", "to hold talks with {B} within a month"),
        P("initial|initialled|initialled", "a draft accord with {B}"),
    ],
    ("CONSULT", None): [
        P("sit|sat|sat", "down with {B} for negotiations"),
        P("hold|held|held", "consultations with {B} on the draft", "consultations were held"),
        P("resume|resumed|resumed", "peace talks with {B}", "peace talks were resumed"),
        P("meet|met|met", "with {B} behind closed doors"),
        P("brief|briefed|briefed", "{B} on the talks", "{B} was briefed"),
    ],
    ("CONSULT", "visit"): [
        P("fly|flew|flown", "to {P} for talks"),
        P("tour|toured|toured", "{P} at the start of a regional trip"),
        P("land|landed|landed", "in {P} on a surprise visit"),
    ],
    ("CONSULT", "multilateral"): [
        P("convene|convened|convened", "in {P} for a summit of heads of state"),
        P("open|opened|opened", "a ministerial conference in {P}"),
    ],
    ("SUPPORT", None): [
        P("reaffirm|reaffirmed|reaffirmed", "its backing for {B}"),
        P("side|sided|sided", "with {B} in the dispute"),
        P("applaud|applauded|applauded", "the efforts of {B}"),
    ],
    ("CONCEDE", None): [
        P("relent|relented|relented", "and dropped the controversial reform"),
        P(
            "cancel|cancelled|cancelled",
            "the price increase after the protests",
            "the increase was cancelled",
        ),
        P("bow|bowed|bowed", "to pressure and repealed the decree"),
        P(
            "cap|capped|capped",
            "fuel prices in response to the protests",
            "fuel prices were capped",
        ),
        P("reinstate|reinstated|reinstated", "the dismissed judges", "the judges were reinstated"),
        P("dissolve|dissolved|dissolved", "the government in response to the protests"),
    ],
    ("COOPERATE", None): [
        P("sign|signed|signed", "an extradition treaty with {B} and handed over suspects"),
        P("train|trained|trained", "{B} soldiers under a defence pact"),
        P("restore|restored|restored", "direct flights to {B}", "direct flights were restored"),
        P("jointly investigate|jointly investigated|jointly investigated", "the bombing with {B}"),
    ],
    ("AID", None): [
        P(
            "distribute|distributed|distributed",
            "food to displaced families in {P}",
            "food was distributed",
        ),
        P("fly|flew|flown", "medical supplies to {P}", "medical supplies were flown to {P}"),
        P("approve|approved|approved", "a $3 billion loan for {B}", "the loan was approved"),
        P("evacuate|evacuated|evacuated", "wounded civilians from {P} to hospitals"),
        P("send|sent|sent", "rescue teams to help {B}", "rescue teams were sent"),
        P("provide|provided|provided", "shelter to refugees from {B}"),
    ],
    ("RETREAT", "withdraw"): [
        P("depart|departed|departed", "from {P}"),
        P("pull|pulled|pulled", "back its forces from the front line"),
        P("end|ended|ended", "its military mission in {P}", "the mission was ended"),
    ],
    ("RETREAT", "release"): [
        P(
            "release|released|released",
            "the kidnapped aid workers unharmed",
            "the aid workers were released",
        ),
        P("swap|swapped|swapped", "prisoners with {B}"),
    ],
    ("RETREAT", "resign"): [
        P("announce|announced|announced", "his resignation"),
        P("hand|handed|handed", "in her resignation to the president"),
    ],
    ("REQUEST", "assist"): [
        P("appeal|appealed|appealed", "to {B} for help to restore order"),
        P("ask|asked|asked", "for an international force to help fight the gangs"),
        P("turn|turned|turned", "to {B} for emergency loans"),
    ],
    ("REQUEST", "change"): [
        P("demand|demanded|demanded", "an independent inquiry into the killings"),
        P("insist|insisted|insisted", "that {B} end the crackdown"),
    ],
    ("ACCUSE", "disapprove"): [
        P("describe|described|described", "the attack as a barbaric act"),
        P("summon|summoned|summoned", "{B}'s ambassador to protest", "the ambassador was summoned"),
        P("decry|decried|decried", "the arrests as politically motivated"),
        P("brand|branded|branded", "{B} a threat to peace"),
    ],
    ("ACCUSE", "allege"): [
        P("accuse|accused|accused", "foreign powers of instigating the unrest"),
        P("say|said|said", "{B} had orchestrated the coup attempt"),
        P("blame|blamed|blamed", "foreign-backed terrorists for the violence"),
        P("take|took|taken", "{B} to the international court"),
    ],
    ("ACCUSE", "investigate"): [
        P("open|opened|opened", "a criminal case against {B}", "a criminal case was opened"),
        P("order|ordered|ordered", "an inquiry into the deaths", "an inquiry was ordered"),
    ],
    ("REJECT", None): [
        P("rebuff|rebuffed|rebuffed", "{B}'s proposal", "the proposal was rebuffed"),
        P("brush|brushed|brushed", "aside the criticism from {B}"),
    ],
    ("REJECT", "yield"): [
        P("block|blocked|blocked", "the joint statement proposed by {B}"),
        P("refuse|refused|refused", "to hand over power"),
    ],
    ("THREATEN", "violence"): [
        P("warn|warned|warned", "of a crushing response to any attack"),
        P("threaten|threatened|threatened", "to kill the hostages"),
    ],
    ("PROTEST", "demo"): [
        P("stage|staged|staged", "a protest outside the embassy of {B}", "a protest was staged"),
        P("unfurl|unfurled|unfurled", "banners denouncing {B} in {P}"),
        P("march|marched|marched", "on the presidential palace"),
        P("protest|protested|protested", "against the rise in fuel prices"),
        P("hold|held|held", "a mass rally in {P}", "a mass rally was held in {P}"),
    ],
    ("PROTEST", "riot"): [
        P("set|set|set", "fire to government buildings in {P}"),
        P("ransack|ransacked|ransacked", "the mayor's office", "the mayor's office was ransacked"),
    ],
    ("SANCTION", None): [
        P("suspend|suspended|suspended", "{B} from the bloc", "{B} was suspended from the bloc"),
        P("impose|imposed|imposed", "a travel ban on {B} officials"),
    ],
    ("SANCTION", "convict"): [
        P("give|gave|given", "the activist a 12-year sentence"),
        P(
            "sentence|sentenced|sentenced",
            "{N} soldiers to death",
            "{N} soldiers were sentenced to death",
        ),
    ],
    ("MOBILIZE", "troops"): [
        P("raise|raised|raised", "the combat readiness of its forces"),
        P("reinforce|reinforced|reinforced", "its garrison in {P}"),
        P("deploy|deployed|deployed", "warships to the strait", "warships were deployed"),
    ],
    ("MOBILIZE", "weapons"): [
        P("launch|launched|launched", "an intercontinental ballistic missile into the sea"),
        P("deploy|deployed|deployed", "tactical nuclear weapons to {P}"),
    ],
    ("COERCE", "arrest"): [
        P("issue|issued|issued", "arrest warrants for {N} suspects", "arrest warrants were issued"),
        P(
            "detain|detained|detained",
            "thousands of people after the unrest",
            "thousands of people were detained",
        ),
        P(
            "arrest|arrested|arrested",
            "journalists covering the protests",
            "journalists were arrested",
        ),
        P(
            "put|put|put",
            "the former president under house arrest",
            "the former president was put under house arrest",
        ),
    ],
    ("COERCE", "seize"): [
        P("seize|seized|seized", "the airport", "the airport was seized"),
        P("take|took|taken", "over government buildings in {P}"),
    ],
    ("COERCE", "restrict"): [
        P("tighten|tightened|tightened", "the blockade of {P}"),
        P(
            "introduce|introduced|introduced",
            "a state of emergency in {P}",
            "a state of emergency was introduced",
        ),
    ],
    ("ASSAULT", None): [
        P("shoot|shot|shot", "down a passenger jet over {P}", "a passenger jet was shot down"),
        P("blow|blew|blown", "up a bridge near {P}", "a bridge was blown up"),
        P("storm|stormed|stormed", "a military base in {P}"),
        P("attack|attacked|attacked", "police stations in {P}", "police stations were attacked"),
        P("fight|fought|fought", "pitched battles with {B} in {P}"),
    ],
    ("ASSAULT", "heavy-weapons"): [
        P("shell|shelled|shelled", "residential areas of {P}", "residential areas were shelled"),
    ],
    ("ASSAULT", "aerial"): [
        P("strike|struck|struck", "rebel-held villages from the air"),
    ],
}

# Nominal reports: the event is a noun, not the main verb ("Clashes erupted in the north").
NOMINAL: dict[tuple[str, str | None], list[str]] = {
    ("ASSAULT", None): [
        "Clashes between {A} and {B} left {N} people dead in {P}.",
        "Fighting erupted between {A} and {B} near {P}.",
        "Heavy fighting continued in {P} {T}.",
        "At least {N} people were killed in an attack on {P}.",
    ],
    ("ASSAULT", "aerial"): ["An air strike hit a market in {P}, killing {N}."],
    ("ASSAULT", "explosives"): ["A bomb blast tore through a bus station in {P}."],
    ("PROTEST", "demo"): [
        "Protests spread to {P} {T}.",
        "Thousands of people took part in demonstrations in {P}.",
        "Mass rallies were held across {P} against the government.",
    ],
    ("PROTEST", "strike"): ["A general strike paralysed {P} {T}."],
    ("PROTEST", "riot"): ["Riots broke out in {P} after the verdict."],
    ("COERCE", "arrest"): ["More than {N} people have been detained since the unrest began, {S}."],
    ("RETREAT", "withdraw"): ["The withdrawal of {A} from {P} was completed {T}."],
    ("RETREAT", "ceasefire"): ["A ceasefire between {A} and {B} took effect {T}."],
    ("CONSULT", None): ["Talks between {A} and {B} took place in {P} {T}."],
    ("AGREE", None): ["A deal between {A} and {B} was reached {T}."],
    ("AID", None): ["An aid convoy from {A} reached {P} {T}."],
    ("MOBILIZE", "troops"): ["A build-up of {A} forces was reported near {P}."],
    ("SANCTION", None): ["New sanctions by {A} against {B} took effect {T}."],
}


# Sentence frames per modality. {A} actor, {V*} verb forms, {R} rest, {T} time.
FRAMES: dict[str, list[str]] = {
    "asserted": [
        "{A} {Vpast} {R} {T}.",
        "{A} {Vpast} {R}, {S}.",
        "{T_cap}, {A} {Vpast} {R}.",
        "{A} {have} {Vpp} {R}.",
        "{A} {Vpres} {R}",  # headline style
        "{S_cap}: {A} {Vpast} {R}.",
        "In {P}, {A} {Vpast} {R} {T}.",
    ],
    "future": [
        "{A} will {Vbase} {R} {F}.",
        "{A} {be} expected to {Vbase} {R} {F}.",
        "{A} plans to {Vbase} {R}.",
        "{A} {be} set to {Vbase} {R} {F}, {S}.",
        "{A} {be} to {Vbase} {R} {F}",
    ],
    "negated": [
        "{A} did not {Vbase} {R}, {S}.",
        "{A} {have} not {Vpp} {R}.",
        "{A} denied that it had {Vpp} {R}.",
        "There was no sign that {A} had {Vpp} {R}.",
    ],
    "hypothetical": [
        "{A} could {Vbase} {R} if the talks fail.",
        "{A} may {Vbase} {R}, analysts said.",
        "If the crisis deepens, {A} might {Vbase} {R}.",
        "{A} would {Vbase} {R} only if conditions were met.",
    ],
}
PASSIVE_FRAMES = ("{Rp} by {A} {T}.", "{Rp} by {A}, {S}.", "{T_cap}, {Rp}, {S}.")


def _third_person(base: str) -> str:
    head, _, tail = base.partition(" ")
    if head.endswith(("s", "sh", "ch", "x", "z")):
        head += "es"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        head = head[:-1] + "ies"
    else:
        head += "s"
    return f"{head} {tail}".strip()


def _actor(rng: random.Random) -> tuple[str, bool]:
    if rng.random() < 0.7:
        form, plural = rng.choice(ACTOR_FORMS)
        text = form.format(c=rng.choice(COUNTRIES), d=rng.choice(DEMONYMS), n=rng.choice(NAMES))
        return text, plural
    return rng.choice(GENERIC_ACTORS)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def realise(phrase: Phrase, modality: str, rng: random.Random) -> str:
    """One sentence for ``phrase`` under ``modality``, its slots filled at random."""
    actor, plural = _actor(rng)
    recipient, _ = _actor(rng)
    while recipient == actor:
        recipient, _ = _actor(rng)
    base, past, pp = phrase.verb.split("|")
    place = rng.choice(CITIES + COUNTRIES)
    slots = {
        "B": recipient,
        "P": place,
        "N": str(rng.choice((3, 12, 40, 150, 2000, "dozens of"))),
    }
    rest = phrase.rest.format(**slots)
    time, source = rng.choice(TIMES), rng.choice(SOURCES)
    if modality == "asserted" and phrase.passive and rng.random() < 0.3:
        frame = rng.choice(PASSIVE_FRAMES)
        passive = phrase.passive.format(**slots)
        values = {"Rp": _cap(passive) if frame.startswith("{Rp}") else passive}
    else:
        frame = rng.choice(FRAMES[modality])
        values = {
            "Vbase": base,
            "Vpast": past,
            "Vpp": pp,
            "Vpres": base if plural else _third_person(base),
            "have": "have" if plural else "has",
            "be": "are" if plural else "is",
        }
    values |= {
        "A": actor,
        "R": rest,
        "T": time,
        "T_cap": _cap(time),
        "S": source,
        "S_cap": _cap(source),
        "P": place,
        "F": rng.choice(FUTURE_TIMES),
    }
    text = frame.format(**values).replace(" .", ".").replace(" ,", ",")
    return _cap(text)


def fill(template: str, rng: random.Random) -> str:
    """A fixed sentence template with its actor, recipient, place, time and source filled."""
    actor, recipient = _actor(rng)[0], _actor(rng)[0]
    return _cap(
        template.format(
            A=actor,
            B=recipient,
            P=rng.choice(CITIES + COUNTRIES),
            T=rng.choice(TIMES),
            S=rng.choice(SOURCES),
            N=rng.choice((3, 12, 40, 150, 2000)),
        )
    )


# Negatives: sentences that look like news but code no PLOVER event. {A} actor, {P} place.
NONE_TEMPLATES = (
    "Real Madrid crushed Barcelona 4-0 in {P} on Sunday.",
    "The striker attacked the goal relentlessly in the second half.",
    "{A} defeated the visitors in a penalty shoot-out.",
    "The champions were battered by a late surge from the home side.",
    "Shares of the company fell 4 percent in early trading in {P}.",
    "The company will cut 2,000 jobs as part of a restructuring plan.",
    "Apple launched a new phone at an event in {P}.",
    "Oil prices rose on Tuesday amid supply concerns.",
    "The central bank kept interest rates unchanged.",
    "Heavy rain flooded parts of {P}, forcing residents to leave their homes.",
    "A magnitude 6.1 earthquake struck off the coast of {P}, the geological survey said.",
    "Temperatures are expected to reach 40 degrees in {P} this week.",
    "The film premiered at a festival in {P} to a standing ovation.",
    "The singer, who died on Sunday aged 84, was mourned by fans in {P}.",
    "{A} opened a new hospital wing in {P}.",
    "The museum in {P} unveiled an exhibition of ancient coins.",
    "Inflation in {P} slowed to 5.2 percent in March.",
    "The airline said it would add flights between {P} and Dubai.",
    "Tourists flocked to the beaches of {P} over the holiday weekend.",
    "A wildfire burned thousands of hectares of forest near {P}.",
    "The team killed off the game with two goals in five minutes.",
    "Analysts said the market was hammered by fears of a recession.",
    "The novel tells the story of a family torn apart by war.",
    "{A} said the economy grew by 3 percent last year.",
    "The report will be published next month.",
    "The minister was born in {P} in 1961 and studied law.",
    "Scientists in {P} discovered a new species of frog.",
    "The bridge, built in 1932, is one of the oldest in {P}.",
    "A bus crash on the highway near {P} killed nine passengers, police said.",
    "The festival drew more than 100,000 visitors to {P}.",
    "Storms knocked out power to thousands of homes in {P}.",
    "The tech giant reported record quarterly profits.",
    "Voters in {P} will go to the polls in October.",
    "The population of {P} has doubled in twenty years.",
    "The election commission published the final list of candidates.",
    "{A} said it was monitoring the situation closely.",
    "The ship sank after hitting rocks off {P}; all crew were rescued.",
    "Investors cheered the merger, sending the stock up 12 percent.",
    "The coach said his players fought hard but lacked luck.",
    "{A} spokesman declined to comment.",
)


# Statements that report no event: {A} says something that is not itself an event.
SAYINGS = (
    "the economy would grow by 4 percent this year",
    "the situation was under control",
    "the elections would be held on schedule",
    "inflation remained a concern",
    "the country had enough fuel reserves",
    "it was studying the proposal",
    "more details would be released later",
    "the number of tourists had risen",
    "the new budget focused on health and education",
    "the talks had been useful",
    "relations between the two countries were good",
    "the harvest had been poor",
    "the reforms would take time",
    "the vaccine campaign was going well",
    "the new airport would open next year",
    "the investigation was continuing",
)
SAY_FRAMES = (
    "{A} expressed sorrow over the deaths.",
    "{A} offered condolences to the families.",
    "{A} said {X}.",
    "{X_cap}, {A} said.",
    "According to {A}, {X}.",
    "{A} told reporters that {X}.",
    "{A} has said repeatedly that {X}.",
)


# Sports and business reports use the verbs of conflict ("beat", "crushed", "attack", "cut").
TEAMS = (
    "Real Madrid",
    "Barcelona",
    "Liverpool",
    "Arsenal",
    "Bayern Munich",
    "Juventus",
    "Al Ahly",
    "Flamengo",
    "Boca Juniors",
    "the All Blacks",
    "India",
    "Pakistan",
    "Brazil",
    "Nigeria's Super Eagles",
    "the Lakers",
    "Galatasaray",
    "Ajax",
    "the home side",
    "the visitors",
    "the defending champions",
)
SPORT_FRAMES = (
    "{X} beat {Y} {score} on {day}.",
    "{X} crushed {Y} {score} in the final.",
    "{X} thrashed {Y} {score} to top the table.",
    "{X} stunned {Y} with a late winner.",
    "{X} hammered {Y} {score} in {P}.",
    "{X} defeated {Y} in straight sets.",
    "{X} edged past {Y} {score} after extra time.",
    "{X} attacked from the start and {Y} collapsed.",
    "{X} fought back to draw {score} with {Y}.",
    "{X} were knocked out of the cup by {Y}.",
    "{X} routed {Y} by nine wickets.",
    "{Y} were battered {score} by {X}.",
    "{X} signed a new striker from {Y}.",
    "{X} sacked their coach after losing to {Y}.",
)
COMPANIES = (
    "Apple",
    "Samsung",
    "Toyota",
    "Shell",
    "Nestle",
    "Tata Motors",
    "Alibaba",
    "Safaricom",
    "Petrobras",
    "Aramco",
    "Siemens",
    "the carmaker",
    "the airline",
    "the bank",
    "the retailer",
    "the mining company",
    "the tech giant",
    "the state oil firm",
)
BUSINESS_FRAMES = (
    "{C} will cut {N} jobs as part of a restructuring.",
    "Shares in {C} fell {pct} percent.",
    "{C} launched a new smartphone in {P}.",
    "{C} agreed to buy a rival for $2 billion.",
    "{C} reported a {pct} percent rise in quarterly profit.",
    "{C} slashed its forecast.",
    "{C} attacked the market with aggressive price cuts.",
    "{C} shut two factories in {P}.",
    "{C} hit back at analysts who questioned its strategy.",
    "{C} opened an office in {P}.",
    "{C} shares were hammered after the results.",
    "{C} raised prices for the second time.",
)


def sports_and_business(rng: random.Random, count: int) -> list[str]:
    """Negatives from sport and business news, which borrow the words of conflict."""
    texts = []
    for _ in range(count):
        x, y = rng.sample(TEAMS, 2)
        texts.append(
            rng.choice(SPORT_FRAMES).format(
                X=x,
                Y=y,
                score=rng.choice(("2-0", "3-1", "4-2", "1-0", "5-1")),
                day=rng.choice(("Saturday", "Sunday", "Wednesday")),
                P=rng.choice(CITIES),
            )
        )
        texts.append(
            rng.choice(BUSINESS_FRAMES).format(
                C=rng.choice(COMPANIES),
                N=rng.choice((500, 2000, 12000)),
                pct=rng.choice((3, 8, 12)),
                P=rng.choice(CITIES),
            )
        )
    return [_cap(t) for t in texts]


# PLOVER manual 3.1: cooperative actions reported in the future tense are intentions, coded AGREE.
FUTURE_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# Background clauses news sentences carry beside the event, so the model learns to look past
# them (real sentences are longer than a template's core).
CONTEXTS = (
    "amid rising tensions in the region",
    "in a move criticised by rights groups",
    "the latest twist in a months-long crisis",
    "after weeks of mounting pressure",
    "according to a statement posted online",
    "as the economy struggles with high inflation",
    "in the wake of last year's disputed election",
    "a day after the president returned home",
    "as diplomats worked to contain the fallout",
    "officials in the capital confirmed",
    "the state news agency said",
    "in the second such incident this year",
    "local media reported, citing unnamed sources",
    "ahead of elections due next spring",
)


def labelled(text: str, type_: str, mode: str | None, modality: str) -> dict[str, str | None]:
    if modality == "future" and type_ in FUTURE_AS_AGREE:
        type_, mode = "AGREE", None
    return {"text": text, "type": type_, "mode": mode, "modality": modality}


def with_context(text: str, rng: random.Random) -> str:
    """About a third of sentences get a background clause, at the end or in front."""
    if rng.random() > 0.35:
        return text
    context = rng.choice(CONTEXTS)
    if rng.random() < 0.5:
        return f"{text.rstrip('.')}, {context}."
    return f"{_cap(context)}, {text[:1].lower()}{text[1:]}"


def generate(seed: int = 7) -> list[dict[str, str | None]]:
    """All generated examples: each phrase under every modality, plus slot-filled negatives."""
    rng = random.Random(seed)
    examples: list[dict[str, str | None]] = []
    weights = {"asserted": PER_PHRASE, "future": 1, "negated": 1, "hypothetical": 1}
    for key in dict.fromkeys([*PHRASES, *MORE_PHRASES]):
        type_, mode = key
        for phrase in PHRASES.get(key, []) + MORE_PHRASES.get(key, []):
            for modality, count in weights.items():
                for _ in range(count):
                    text = with_context(realise(phrase, modality, rng), rng)
                    examples.append(labelled(text, type_, mode, modality))
    for (type_, mode), templates in NOMINAL.items():
        for template in templates:
            for _ in range(PER_PHRASE):
                examples.append(
                    {
                        "text": fill(template, rng),
                        "type": type_,
                        "mode": mode,
                        "modality": "asserted",
                    }
                )
    negatives = [*NONE_TEMPLATES] * 5
    negatives += [
        frame.replace("{X}", saying).replace("{X_cap}", _cap(saying))
        for frame in SAY_FRAMES
        for saying in SAYINGS
    ]
    negatives += sports_and_business(rng, 120)
    for template in negatives:
        examples.append(
            {"text": fill(template, rng), "type": "NONE", "mode": None, "modality": "asserted"}
        )
    seen: set[str] = set()
    return [e for e in examples if not (e["text"] in seen or seen.add(e["text"]))]


def main() -> None:
    out = HERE / "generated.jsonl"
    examples = generate()
    with out.open("w", encoding="utf-8") as fh:
        for example in examples:
            fh.write(json.dumps(example, ensure_ascii=False) + "\n")
    print(f"wrote {len(examples)} examples to {out}")


if __name__ == "__main__":
    main()
