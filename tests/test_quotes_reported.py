"""Reported speech (no quotation marks) and what is not speech at all (sentences written for these tests)."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.cue_stats import BARE_CLAUSE, LEARNED_CUES, LOW_PRECISION, LOW_PRECISION_THAT
from quote_helpers import one as only



def test_report_as_the_verb():
    only("The regional paper reported the mill would shut two of its four lines in March.",
         kind="indirect", cue="reported", text="the mill would shut two of its four lines in March")


def test_speaker_after_the_content():
    q = only("The ring road will stay closed until the end of the month, said police Chief Rowan Kemp.",
             kind="indirect", text="The ring road will stay closed until the end of the month")
    assert q.speaker.endswith("Rowan Kemp")
    only("Fares will rise in January, a spokesman for the operator told the Evening Post.",
         text="Fares will rise in January", speaker_mention="a spokesman for the operator")


def test_words_between_the_verb_and_the_content():
    only("Kim said in his New Year's speech he was ready to meet the envoy again.",
         speaker="Kim", text="he was ready to meet the envoy again")
    only("Okoro has said for months she would not stand for a third term.",
         speaker="Okoro", text="she would not stand for a third term")


def test_that_inside_the_reported_clause_is_not_the_complementiser():
    only("Clinton said she was not going to jump to that conclusion before the count.",
         text="she was not going to jump to that conclusion before the count")


def test_speaker_past_appositives_asides_and_relative_clauses():
    only("Nadia Ferrante, 34, a nurse from Turin, said she had waited six hours for a bed.", speaker="Nadia Ferrante")
    only("Engineers and local officials, however, said the dam had never been inspected.",
         speaker="Engineers and local officials")
    only("Residents who spoke to the inquiry said the alarms had been switched off for weeks.",
         text="the alarms had been switched off for weeks")
    only("In Leeds, half of the residents said they planned to leave within a year.",
         text="they planned to leave within a year")


def test_attribution_as_an_aside_gives_two_fragments():
    text = "The answer, the inspector told them, was already in the file."
    q = only(text, speaker_mention="the inspector")
    assert [text[f.start:f.end] for f in q.fragments] == ["The answer", "was already in the file"]
    assert "inspector" not in q.text


def test_according_to_mid_sentence_and_with_a_long_source():
    only("In addition, according to the port authority, nine ships were turned away in June.",
         text="nine ships were turned away in June")
    q = only("Rents rose by a fifth in two years, according to a survey of landlords published on Monday by "
             "the housing charity Shelterline.", text="Rents rose by a fifth in two years")
    assert q.speaker


def test_nested_said_takes_the_inner_clause():
    q = only("Moreno said the minister said the hospital would be finished by spring.")
    assert q.speaker == "Moreno" and q.text.startswith("the minister said")


@pytest.mark.parametrize("text", [
    "He won't say whether the ferry contract will be renewed next year.",
    "The minister did not say when the talks would resume in the capital.",
    "Dembele and Kane each added a goal in the second half as the visitors won 3-0.",
    "Germany's DAX added 0.4 per cent to 15,210 points in early trading on Monday.",
    "She was given a sedative called clonazepam by the nurses on the night shift.",
])
def test_not_speech_is_not_a_quote(text):
    assert extract_quotes(text, "t") == []


def test_learned_cue_tables_are_used():
    assert "reiterated" in LEARNED_CUES and "proposed" in LOW_PRECISION
    only("The mayor reiterated that the tram line would open on time.", cue="reiterated",
         text="the tram line would open on time")
    # a low-precision cue keeps its reported speech only after "that"
    assert extract_quotes("The council proposed a new parking scheme for the old town centre.", "t") == []
    only("The council proposed that the old town centre should be closed to cars.", cue="proposed")


def test_speech_in_a_relative_clause_belongs_to_the_noun_before_who():
    text = "Okafor, who said the ferry would run all winter, said the timetable was still being drawn up."
    quotes = extract_quotes(text, "t")
    assert [(q.text, q.speaker) for q in quotes] == [("the ferry would run all winter", "Okafor"),
                                                     ("the timetable was still being drawn up", "Okafor")]
    only("The mayor thanked Ines Varga, who said the repairs would finish in May.", speaker="Ines Varga",
         text="the repairs would finish in May")


def test_frequent_speech_verbs_take_a_clause_without_that():
    assert "reported" in BARE_CLAUSE
    only("The Harbour Gazette reported at least six boats had broken their moorings overnight.",
         cue="reported", text="at least six boats had broken their moorings overnight")


def test_verbs_after_an_auxiliary_or_then():
    only("The mayor did say the tram line would open before the summer.", text="the tram line would open before the summer")
    only("Okoro thanked the volunteers and then said the shelter would stay open all week.",
         text="the shelter would stay open all week")


def test_thoughts_and_adjectives_are_not_statements():
    assert "agreed" in LOW_PRECISION_THAT
    assert extract_quotes("The two councillors agreed that the budget needed another look.", "t") == []
    assert extract_quotes("He was questioned about an alleged assault outside the stadium in May.", "t") == []


def test_a_dateline_is_not_part_of_the_quote():
    q = only("LONDON (Reuters) — Fares on the night buses will rise by a tenth, according to the transport authority.")
    assert q.text == "Fares on the night buses will rise by a tenth"


def test_participle_after_the_main_clause_takes_its_subject():
    q = only("Campaigning in Leeds, West Yorkshire, Okafor went after the council, calling its plan “a shambles from start to finish.”")
    assert q.speaker == "Okafor" and q.kind == "mixed" and "shambles" in q.text


def test_attribution_in_the_middle_of_a_statement():
    text = "With each new poll, these supporters acknowledge, it becomes harder to argue that she can win."
    q = only(text, speaker_mention="these supporters")
    assert q.text == "With each new poll … it becomes harder to argue that she can win"


def test_writer_asides_after_the_reported_clause_are_left_out():
    only("Okafor said the tunnel would be finished by June — a date the contractor has already missed twice.",
         text="the tunnel would be finished by June")
    only("Having announced that the inquiry would go ahead, the minister left the chamber without questions.",
         text="the inquiry would go ahead")


def test_a_long_subject_is_cut_to_its_head():
    q = only("Majorities of voters in both counties going to the polls on Sunday say the new flood wall came too late.",
             text="the new flood wall came too late")
    assert q.speaker == "Majorities of voters"


def test_the_subject_with_an_appositive_is_never_the_content():
    only("Amara Okafor, a delegate from Leeds, said the turmoil at the conference was part of the show.",
         speaker="Amara Okafor", text="the turmoil at the conference was part of the show")
    only("Priya Natarajan, after a poll showing her party down to a tenth, told the Gazette on Sunday that the "
         "campaign would change course.", speaker="Priya Natarajan", text="the campaign would change course")


def _pairs(text):
    return [(q.text, q.speaker_mention) for q in extract_quotes(text, "t")]


def test_a_second_clause_with_its_own_subject_is_a_second_quote():
    text = ("Councillors backed the plan, saying the new bridge would cut journey times, "
            "though Mrs. Okafor said she doubted it would open on time.")
    assert ("she doubted it would open on time", "Mrs. Okafor") in _pairs(text)
    text = ("Some residents said the market had brought more visitors to the square, "
            "while other residents said the noise kept them awake until midnight.")
    assert _pairs(text) == [("the market had brought more visitors to the square", "Some residents"),
                            ("the noise kept them awake until midnight", "other residents")]


def test_the_main_clause_after_a_subordinate_report_is_read_too():
    text = ("When the chair pointed out that the budget had not been approved, "
            "the treasurer said the money would come from reserves.")
    assert _pairs(text) == [("the budget had not been approved", "the chair"),
                            ("the money would come from reserves", "the treasurer")]


def test_reported_speech_before_a_quotation_with_its_own_cue():
    quotes = extract_quotes("Okafor said the ferry timetable would change in the spring but added, "
                            "“Nobody will lose a crossing.”", "t")
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "the ferry timetable would change in the spring", "Okafor"),
        ("direct", "Nobody will lose a crossing", "Okafor")]
    quotes = extract_quotes("The vote on the bypass was delayed by a week, Kemp said, adding, "
                            "“We need the full report first.”", "t")
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "The vote on the bypass was delayed by a week"),
                                                 ("direct", "We need the full report first")]
    quotes = extract_quotes("The coach said his side had been unlucky in the first half, and then added: "
                            "“We were better after the break, and we deserved the point.”", "t")
    assert [(q.kind, q.speaker_mention) for q in quotes] == [("indirect", "The coach"), ("direct", "The coach")]


def test_words_before_a_quotation_that_are_its_attribution_are_no_quote():
    only("In her speech to the council, Okafor said “the harbour is safe for another winter.”", kind="direct")


@pytest.mark.parametrize("text, who", [
    ("That person said the board had never seen the contract before the vote.", "That person"),
    ("Campaign spokeswoman Hope Marten said all volunteers sign the same agreement.",
     "Campaign spokeswoman Hope Marten"),
    ("But hacking specialists say the leaked files might not even be genuine.", "hacking specialists"),
    ("But opponents say the wage increase will push employers out of the province.", "opponents"),
])
def test_speaker_phrases_that_look_like_clause_words_still_speak(text, who):
    q = only(text, kind="indirect")
    assert q.speaker_mention == who


def test_plural_nouns_that_are_no_speakers():
    assert extract_quotes("After years adding coal-fired generators at breakneck speed, the government changed course.",
                          "t") == []


def test_a_relative_clause_or_a_source_after_the_statement_is_the_writers():
    only("The league announced on Monday that it had hired former referee Ana Costa, who has been outspoken about "
         "video replays, according to the Courier.", text="it had hired former referee Ana Costa")
