"""Speakers of forms that news from several countries writes and the rules once read wrongly: wire credit lines,
Korean and Australian names and titles, an aside before "said" that is no statement, imagined words, a post
written alone in a headline, what a letter or a post "reads", a description taken up again ("the veteran", "the
official"), a relative named in the paragraph before, roles written before a name. Passages written for these tests.
"""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes


def _said(text: str) -> list[tuple[str | None, str]]:
    """(speaker, first 40 characters of the words) of every quote of ``text``, in order."""
    return [(q.speaker, q.text[:40]) for q in extract_quotes(text, "t")]


def _speaker_of(text: str, words: str) -> str | None:
    got = [q.speaker for q in extract_quotes(text, "t") if q.text.startswith(words)]
    assert got, f"no quote starts with {words!r}: {_said(text)}"
    return got[0]


def test_a_wire_credit_line_names_no_speaker():
    text = ("SEOUL (Reuters) - The chief executive, Park Soon-kwan, bowed in front of cameras.\n\n"
            "\"I am deeply sorry,\" Park said.\n\n"
            "(Reporting by Hyonhee Shin and Ju-min Park; Editing by Ed Davies)\n")
    assert _speaker_of(text, "I am deeply sorry") == "Park Soon-kwan"


def test_a_korean_given_name_of_five_letter_syllables():
    text = ("Kim Jin-young, a fire official at the scene, said the workers had little chance.\n\n"
            "\"The fire spread within seconds,\" Kim said.\n")
    assert _speaker_of(text, "The fire spread") == "Kim Jin-young"


@pytest.mark.parametrize("title", ["Cr", "Cllr"])
def test_a_councillor_s_short_title_before_the_surname(title: str):
    text = (f"Lord Mayor Adrian Schrinner said the council accepted the report.\n\n"
            f"\"There are lessons here,\" {title} Schrinner said.\n")
    assert _speaker_of(text, "There are lessons") == "Adrian Schrinner"


@pytest.mark.parametrize("text, speaker", [
    ("Greens councillor Trina Massey, who wrote to the Auditor-General in 2022 asking for an inquiry, said the "
     "findings vindicated her.", "Trina Massey"),
    ("Opposition Leader Ann Roe, who spoke to reporters in 2023, said the findings proved her right.", "Ann Roe"),
    ("The Opposition's agriculture spokeswoman, Nicola Centofanti, said the package came too late.",
     "Nicola Centofanti"),
])
def test_the_subject_and_its_aside_before_said_are_no_statement(text: str, speaker: str):
    assert [s for s, _ in _said(text)] == [speaker]
    assert not extract_quotes(text, "t")[0].text.startswith(speaker.split()[0])


def test_a_clause_after_said_is_the_statement_not_an_inverted_speaker():
    text = "The plan was never costed, said the ruling ended the matter."
    assert all(s != "the ruling" for s, _ in _said(text))


@pytest.mark.parametrize("text", [
    "Imagine the premier said, \"Let's work with Ottawa on this.\" Few expected it.",
    "Imagine if the premier said: \"We got it wrong.\" It would change everything.",
    "Suppose Smith told the court that he had lied. The case would collapse.",
])
def test_imagined_words_are_said_by_nobody(text: str):
    assert _said(text) == []


def test_a_name_that_opens_with_imagine_still_speaks():
    assert _said("Imagine Dragons said they would tour next year.") == [
        ("Imagine Dragons", "they would tour next year")]


def test_a_post_written_alone_in_a_headline_is_its_holder_named_next():
    text = ("Housing in the north\n\n"
            "\"We will not be bullied,\" Premier says of the federal cap.\n\n"
            "EDMONTON — Alberta Premier Danielle Marchuk says her government will go to court.\n")
    assert _speaker_of(text, "We will not be bullied") == "Danielle Marchuk"


def test_what_a_letter_reads_is_said_by_its_writer():
    text = ("The Canadian Association of Petroleum Producers sided with Alberta. In a letter to members, the "
            "association said the cap would hurt investment.\n\n"
            "The letter reads: \"No other producing country has imposed a measure of this kind.\"\n\n"
            "In a letter to staff, Dr Michael Tan said he took full responsibility.\n\n"
            "\"Leaders must be accountable,\" the letter said.\n\n"
            "The Cruz campaign sent a fundraising email on Wednesday saying that the race was down to two men.\n\n"
            "\"Friend, let me be blunt,\" the email read.\n")
    assert _speaker_of(text, "No other producing") == "Canadian Association of Petroleum Producers"
    assert _speaker_of(text, "Leaders must be") == "Michael Tan"
    assert _speaker_of(text, "Friend, let me") == "The Cruz campaign"


@pytest.mark.parametrize("text", [
    "She read the letter aloud to the court. He reads a newspaper every morning.",
    "A hand-lettered sign on the door read: \"Closed until Thursday.\"",
    "The councillor faces calls to resign after a series of posts on X that critics say were racist.",
])
def test_reading_and_posts_that_are_no_speech(text: str):
    assert _said(text) == []


def test_what_someone_posts_on_a_platform():
    text = "4:47 p.m.: Premier Whitlock posts on X: \"Tonight, I am proud of every volunteer.\""
    assert _said(text) == [("Whitlock", "Tonight, I am proud of every volunteer")]


def test_a_described_person_named_in_an_aside_and_taken_up_again():
    text = ("A veteran of the oil patch, retired rig manager Doug Fenwick, said he was tired of the fighting.\n\n"
            "\"I have heard this for 40 years,\" the veteran said.\n\n"
            "One of them, retired nurse Gloria Baptiste, 70, said she had collected 900 signatures.\n")
    assert _speaker_of(text, "he was tired") == "Doug Fenwick"
    assert _speaker_of(text, "I have heard") == "Doug Fenwick"
    assert _speaker_of(text, "she had collected") == "Gloria Baptiste"


def test_an_unnamed_speaker_taken_up_again_by_the_head_of_the_description():
    text = ("A senior BCCI official, requesting anonymity, said the coach had asked for his own assistant.\n\n"
            "\"The board has no objection in principle,\" the official said.\n\n"
            "One of the man's friends told the ABC he heard a splash. \"By the time I got there, he was gone,\" the "
            "friend said.\n")
    assert _speaker_of(text, "The board has") == "A senior BCCI official"
    assert _speaker_of(text, "By the time") == "One of the man's friends"


def test_lawyers_for_someone_are_the_speaker():
    text = "Lawyers for Daniel Price said the evidence had been obtained illegally."
    assert _said(text) == [("Lawyers for Daniel Price", "the evidence had been obtained illegally")]


def test_a_relative_who_spoke_in_the_paragraph_before_is_the_bare_surname():
    text = ("Daniel Okoro, 16, was attacked near Stratford station in March.\n\n"
            "His father, Samuel Okoro, said the family would consider legal action.\n\n"
            "\"We will not stop until there is accountability,\" Mr Okoro said.\n")
    assert _speaker_of(text, "We will not stop") == "Samuel Okoro"


def test_a_relative_only_named_in_the_paragraph_before_is_not_the_bare_surname():
    text = ("Now the 34-year-old Amir Haddad runs the bakery his father, Youssef Haddad, opened in 1991.\n\n"
            "\"I was an accountant,\" Haddad said.\n")
    assert _speaker_of(text, "I was an accountant") == "Amir Haddad"


@pytest.mark.parametrize("text, speaker, role", [
    ("Cricket Advisory Committee member Sulakshana Naik said the panel had met twice.", "Sulakshana Naik",
     "Cricket Advisory Committee member"),
    ("Congress spokesperson K.K. Mishra said the party would protest.", "K.K. Mishra", "Congress spokesperson"),
    ("Mother-of-three Kirsty Pritchard said the ward had saved her son.", "Kirsty Pritchard", "Mother-of-three"),
    ("Det Supt Lorraine Jacobs said the force accepted the findings.", "Lorraine Jacobs", "Det Supt"),
    ("Auto major Tata Motors said sales rose 12 per cent.", "Tata Motors", "Auto major"),
])
def test_a_role_written_before_the_name(text: str, speaker: str, role: str):
    q = extract_quotes(text, "t")[0]
    assert (q.speaker, q.speaker_role) == (speaker, role)


def test_an_initialism_spelled_out_with_in():
    text = ("The Board of Control for Cricket in India named a new coach on Tuesday.\n\n"
            "The BCCI said the support staff would be named later.\n")
    assert _speaker_of(text, "the support staff").startswith("Board of Control for Cricket in India")


def test_a_list_item_that_opens_with_its_verb_has_no_speaker():
    text = ("What the candidate has done:\n\n"
            "Keeps saying she opposed the war, when there are recordings of her supporting it.\n\n"
            "Preys on our worst fears, and calls people \"losers\" and \"sad.\"\n\n"
            "Councillor Amy Jones spoke first.\n\n"
            "Jones saying the plan was dead surprised the room.\n")
    assert [s for s, _ in _said(text)] == ["Amy Jones"]


@pytest.mark.parametrize("intro, post, name", [
    ("District Collector Anoop Kumar Singh met the protesters on Monday.", "the Collector", "Anoop Kumar Singh"),
    ("Senior coroner Nadia Persaud read her findings at the inquest.", "the coroner", "Nadia Persaud"),
])
def test_a_district_collector_and_a_coroner_are_posts(intro: str, post: str, name: str):
    text = f"{intro}\n\n\"No one could have done more,\" {post} said.\n"
    assert _speaker_of(text, "No one could") == name
