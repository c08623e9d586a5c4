"""The quote stage on the seed story and on the forms news uses to attribute speech."""

from __future__ import annotations

import re
from typing import Any

import pytest

from dateline.eval.quotes import lenient, read_ann, strict
from dateline.model import Document
from dateline.quotes import annotate
from dateline.quotes.marks import find_quoted


def quotes_of(body: str) -> list[dict[str, Any]]:
    return annotate(Document(body=body)).quotes


def only(body: str) -> dict[str, Any]:
    found = quotes_of(body)
    assert len(found) == 1, found
    return found[0]


def seed_body(seed_text: str) -> str:
    """The article paragraphs of the seed page, as the cleaner leaves them."""
    paras = [p for p in seed_text.splitlines() if p.strip()]
    first = next(i for i, p in enumerate(paras) if p.startswith("ALMATY: Russian troops"))
    last = next(i for i, p in enumerate(paras) if p.endswith("reportedly under arrest."))
    return "\n\n".join(paras[first : last + 1])


def _bare(text: str) -> str:
    return re.sub(r"[^\w$]+", " ", text).strip()


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("The peacekeeping operation is over", "Andrei Serdyukov"),
        ("We must come home. We’ve completed our mission.", "Vladimir Putin"),
        (
            "once Russians are in your house, it’s sometimes very difficult to get them to leave",
            "Antony Blinken",
        ),
        ("psychological importance", "Kassym-Jomart Tokayev"),
        ("could total $2-3 billion", "Kassym-Jomart Tokayev"),
    ],
)
def test_seed_quotes_and_speakers(seed_text: str, said: str, speaker: str) -> None:
    body = seed_body(seed_text)
    found = [q for q in quotes_of(body) if _bare(said) in _bare(q["text"])]
    assert found, f"no quote holding {said!r}"
    quote = found[0]
    assert quote["speaker"]["text"] == speaker
    assert body[quote["speaker"]["start"] : quote["speaker"]["end"]] == speaker
    for start, end in quote.get("parts", [[quote["start"], quote["end"]]]):
        assert body[start:end] in quote["text"]
    assert body[quote["cue"]["start"] : quote["cue"]["end"]] == quote["cue"]["text"]


def test_seed_kinds(seed_text: str) -> None:
    by_text = {q["text"]: q for q in quotes_of(seed_body(seed_text))}
    assert by_text["The peacekeeping operation is over"]["kind"] == "direct"
    mixed = next(q for t, q in by_text.items() if "could total" in t)
    assert mixed["kind"] == "mixed"
    assert mixed["cue"]["text"] == "said"


def test_quote_split_by_its_attribution_is_one_quote_with_the_pronoun_resolved() -> None:
    body = (
        'General Andrei Serdyukov addressed the troops.\n\n"We must come home," he said. '
        '"We have completed our mission."'
    )
    quote = only(body)
    assert quote["text"] == "We must come home We have completed our mission."
    assert len(quote["parts"]) == 2
    assert quote["speaker"]["text"] == "Andrei Serdyukov"
    assert quote["speaker"]["mention"]["text"] == "he"


def test_colon_introduced_quote() -> None:
    quote = only("Mayor Jane Doe said: “We will rebuild the bridge before winter.”")
    assert quote["kind"] == "direct"
    assert quote["text"] == "We will rebuild the bridge before winter."
    assert quote["speaker"]["text"] == "Jane Doe"


def test_dash_attributed_quote() -> None:
    quote = only("“The talks have failed and nobody knows what comes next.” — Reuters")
    assert quote["cue"]["text"] == "—"
    assert quote["speaker"]["text"] == "Reuters"


def test_indirect_speech_with_and_without_that() -> None:
    with_that = only("The mayor said that the bridge would reopen in May.")
    assert with_that["kind"] == "indirect"
    assert with_that["text"] == "that the bridge would reopen in May"
    without = only("Police said three people were arrested.")
    assert without["text"] == "three people were arrested"
    assert without["speaker"]["text"] == "Police"


def test_according_to() -> None:
    quote = only("According to the health ministry, 40 people were killed in the attack.")
    assert quote["cue"]["text"] == "According to"
    assert quote["speaker"]["text"] == "the health ministry"
    assert quote["text"] == "40 people were killed in the attack."


def test_title_resolves_to_the_titled_person() -> None:
    body = (
        "President Vladimir Putin met the troops on Thursday.\n\n"
        "The president said that the mission had ended."
    )
    assert only(body)["speaker"]["text"] == "Vladimir Putin"


def test_quotation_over_paragraphs_continues_with_the_next_opening_mark() -> None:
    body = "He said: “The first part runs on\n\n“and the second part ends here.”"
    (quoted,) = find_quoted(body)
    assert [body[s:e] for s, e in quoted.parts] == [
        "The first part runs on",
        "and the second part ends here.",
    ]


UNION = "The strike at the port entered its third week on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (  # straight marks, two paragraphs, the attribution after the last one
            UNION + '"We will not leave until our demands are met. The government has ignored '
            'us for years.\n\n"Now the whole country is watching," said the union leader.',
            [
                "We will not leave until our demands are met. The government has ignored us "
                "for years.",
                "Now the whole country is watching",
            ],
        ),
        (  # curly marks, three paragraphs, the attribution before the first one
            "Maria Lopez, the union leader, told reporters: “We will not leave.\n\n"
            "“The ministry has not called us once.\n\n“Now the whole country is watching.”",
            [
                "We will not leave.",
                "The ministry has not called us once.",
                "Now the whole country is watching.",
            ],
        ),
        (  # a quoted sentence after a reporting "that" opens in lower case
            'Maria Lopez said that "the ministry has not called us once.\n\n'
            '"Now the whole country is watching."',
            ["the ministry has not called us once.", "Now the whole country is watching."],
        ),
    ],
)
def test_quotation_continued_over_paragraphs_is_one_quote(body: str, parts: list[str]) -> None:
    quote = only(body)
    assert [body[s:e] for s, e in quote["parts"]] == parts
    assert quote["text"] == " ".join(parts)
    assert quote["kind"] == "direct"
    assert quote["cue"]["text"] in ("said", "told")
    assert quote["speaker"]["mention"]["text"] in ("the union leader", "Maria Lopez")


def test_continued_quotation_takes_the_speaker_named_after_its_last_paragraph() -> None:
    body = (
        "Maria Lopez has led the dock workers' union since 2019.\n\n"
        "“We will not leave until our demands are met.\n\n"
        "“The government has ignored us for years.\n\n"
        "“Now the whole country is watching,” she said."
    )
    quote = only(body)
    assert len(quote["parts"]) == 3
    assert quote["speaker"]["text"] == "Maria Lopez"
    assert quote["speaker"]["mention"]["text"] == "she"


def test_quotation_closed_at_its_paragraph_end_is_not_joined_to_the_next() -> None:
    body = (
        '"We will not leave," Maria Lopez said.\n\n'
        '"The ministry has not called us once in three weeks."'
    )
    first, second = quotes_of(body)
    assert first["text"] == "We will not leave"
    assert second["text"] == "The ministry has not called us once in three weeks."
    assert "parts" not in second
    assert second["speaker"]["text"] == "Maria Lopez"


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        (  # a stray mark opening a partial quotation is not continued by the next quote
            'Officials called the plan "unworkable and said they would vote against it.\n\n'
            '"We will fight it," said Maria Lopez.',
            [["unworkable and said they would vote against it."], ["We will fight it"]],
        ),
        (  # a quotation left open before an ordinary paragraph stays in its own paragraph
            '"We will not leave until our demands are met.\n\n'
            'The union said it would strike again next week. "We are ready," Lopez said.',
            [["We will not leave until our demands are met."], ["We are ready"]],
        ),
    ],
)
def test_open_quotation_not_continued(body: str, quoted: list[list[str]]) -> None:
    assert [[body[s:e] for s, e in q.parts] for q in find_quoted(body)] == quoted


def test_straight_marks_and_scare_quotes() -> None:
    body = 'She called it "a disaster" and left. "We are done here," she said.'
    assert [body[q.start : q.end] for q in find_quoted(body)] == ["a disaster", "We are done here"]


def test_other_languages_get_no_quotes() -> None:
    doc = annotate(Document(body="« Nous rentrons », a dit le général.", language="fr"))
    assert doc.quotes == []


def test_overlap_rules(tmp_path) -> None:
    gold = [(0, 10)]
    assert strict(gold, [(0, 20)]) == 0.5
    assert lenient(gold, [(0, 20)]) == 1.0
    ann = tmp_path / "a.ann"
    ann.write_text(
        "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;25 30\txxxxxxxxx xxxxx\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    (gold_one,) = read_ann(ann)
    assert gold_one.content == [(11, 20), (25, 30)]
    assert gold_one.source == [(0, 5)]


def test_headline_name_and_colon() -> None:
    quote = only("Graham: Trump’s rhetoric is destroying the party’s chances.")
    assert quote["cue"]["text"] == ":"
    assert quote["speaker"]["text"] == "Graham"
    assert quote["text"].startswith("Trump’s rhetoric")


def test_dateline_is_not_a_speaker() -> None:
    assert quotes_of("ALMATY: Russian troops were loading onto planes on Thursday.") == []


def test_speaker_takes_kb_id_and_country_from_doc_entities() -> None:
    body = "US Secretary of State Antony Blinken spoke. Blinken said the talks had failed."
    start = body.index("Antony Blinken")
    entity = {"text": "Antony Blinken", "label": "PERSON", "start": start, "end": start + 14}
    doc = Document(body=body, entities=[{**entity, "kb_id": "person:ab", "country": "USA"}])
    speaker = annotate(doc).quotes[0]["speaker"]
    assert (speaker["text"], speaker["start"]) == ("Antony Blinken", start)
    assert (speaker["kb_id"], speaker["country"]) == ("person:ab", "USA")


def test_two_apostrophes_as_quotation_marks() -> None:
    quote = only("''There's always resistance to change,'' said Mr. Schmidt.")
    assert quote["kind"] == "direct"
    assert quote["text"] == "There's always resistance to change"
    assert quote["speaker"]["text"] == "Schmidt"


def test_transcript_speaker_in_capitals() -> None:
    body = (
        "CNN's Jake Tapper spoke to the governor.\n\n"
        "TAPPER: Donald Trump released a video on Friday talking about racial healing."
    )
    quote = only(body)
    assert quote["cue"]["text"] == ":"
    assert quote["speaker"]["mention"]["text"] == "TAPPER"


def test_quote_interrupted_by_a_named_attribution_is_one_quote() -> None:
    body = "“There are pockets of hurt,” Mr. Autor said, “and we see the consequences of that.”"
    quote = only(body)
    assert [body[s:e] for s, e in quote["parts"]] == [
        "There are pockets of hurt",
        "and we see the consequences of that.",
    ]
    assert quote["speaker"]["text"] == "Autor"


def test_reporting_noun_with_a_possessor() -> None:
    found = quotes_of("Donald Trump's claim that the election was rigged drew criticism.")
    quote = next(q for q in found if q["cue"]["text"] == "claim")
    assert quote["text"] == "that the election was rigged"
    assert quote["speaker"]["text"] == "Donald Trump"


def test_report_inside_a_trailing_according_to_belongs_to_its_source() -> None:
    found = quotes_of("He returned for the lunch and said little, according to an attendee.")
    assert [q["cue"]["text"] for q in found] == ["according to"]
    assert found[0]["speaker"]["text"] == "an attendee"


def test_title_case_headline() -> None:
    found = quotes_of("Donald Trump Says He Will Win Florida Easily\n\nHe spoke on Monday.")
    quote = next(q for q in found if q["cue"]["text"] == "Says")
    assert quote["text"].startswith("He Will Win Florida")
    assert quote["speaker"]["text"] == "Donald Trump"


def test_a_sentence_of_names_is_not_a_title_case_headline() -> None:
    # "States" is a form of "state", but a lower-case verb shows the line is a sentence
    assert not quotes_of("The United States helped Israel.")
    assert not quotes_of("The United States helped Israel and Egypt.")


def test_impression_verb_attributes_its_whole_clause() -> None:
    quote = only("In the past few days, the governor seemed to be shrinking in stature.")
    assert quote["text"] == "the governor seemed to be shrinking in stature"
    assert quote["cue"]["text"] == "seemed"
    assert not quotes_of("She appeared on Fox News on Sunday.")


def test_stance_verb_with_a_pronoun_object_but_not_a_person() -> None:
    assert only("Black voters have supported her for years.")["text"].startswith("her")
    assert not quotes_of("Trump called him yesterday.")


def test_listener_is_not_content() -> None:
    quote = only("I urged the judge to give me a fair sentence.")
    assert quote["text"] == "to give me a fair sentence"


def test_calling_for_a_clause() -> None:
    quote = only("Clinton is calling for the United States to step up its military efforts.")
    assert quote["text"] == "the United States to step up its military efforts"
    assert quote["speaker"]["text"] == "Clinton"


def test_reported_clause_stops_at_a_coordinated_report() -> None:
    found = quotes_of("He says he respects Clinton and calls her an extremely intelligent woman.")
    assert found[0]["text"] == "he respects Clinton"


def test_lemma_does_not_strip_a_verb_into_another_cue() -> None:
    assert not quotes_of("The move sparked fears across the region.")
