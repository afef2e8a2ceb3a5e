"""Speakers of forms news from several countries writes: a player called by a ranking ("the world No. 1"), a study
or an accusation that reports no statement, Vietnamese names called by the given name ("Mr An"), a quotation
introduced by "Then came Jo Roe:" or "Jo Roe's reply:", "you" in an interviewer's question, a question put to the
speaker between two of their quotations, people named together after how they are related, a lawyer named by
"represented by", a two-word statement ("said sales fell"), a provincial post written before the name. Passages
written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from quote_passages import check_passage, quotes


def _speaker_of(text: str, words: str) -> str | None:
    got = [q.speaker for q in extract_quotes(text, "t") if words in q.text]
    assert got, f"no quote holds {words!r}: {quotes(text)}"
    return got[0]


# ---------------------------------------------------------------- a ranking for a player named before

@pytest.mark.parametrize("description", ["the world No. 1", "the No. 2 seed", "the top-ranked No. 3"])
def test_a_player_called_by_a_ranking_is_the_player_the_text_is_about(description: str):
    text = ("Marta Kovacs beat Lena Fischer 6-3 6-4 in the quarter-final on Tuesday.\n\n"
            f"\"My serve let me down in the first set,\" {description} said after the match.\n")
    assert _speaker_of(text, "My serve let me down") == "Marta Kovacs"


def test_a_ranking_with_no_player_named_stays_a_description():
    text = "\"My serve let me down in the first set,\" the No. 2 seed said after the match.\n"
    assert _speaker_of(text, "My serve let me down") == "the No. 2 seed"


def test_a_ranked_post_is_no_ranking_of_a_player():
    text = ("Senator Ana Ruiz, the No. 2 Democrat in the Senate, said the chamber would vote on Monday.\n\n"
            "Tom Blake, a lobbyist, said the votes were not there.\n")
    check_passage(text, [("Ana Ruiz", "the chamber would vote"), ("Tom Blake", "the votes were not there")])


# ---------------------------------------------------------------- what a study finds, whom someone accuses

@pytest.mark.parametrize("sentence", [
    "A study by the university found that commuters who cycle take fewer sick days.",
    "The report found that the council had overspent by £2m on the bridge.",
    "The health agency recommends that adults walk for thirty minutes a day.",
    "The senator accused the governor of hiding the cost of the bridge from voters.",
    "Ms Roe has repeatedly accused the council of wasting money on consultants.",
])
def test_a_finding_a_recommendation_or_an_accusation_is_no_reported_statement(sentence: str):
    assert quotes(sentence) == []


# ---------------------------------------------------------------- Vietnamese, Chinese, Korean, Hungarian, Japanese

@pytest.mark.parametrize("full, called", [
    ("Nguyen Van An", "Mr An"), ("Tran Thi Ha", "Ms Ha"), ("Pham Minh Chinh", "Mr Chinh"),
    ("Le Van Tam", "Mr Tam"), ("Nguyen Thi Lan", "Mrs Lan"),
])
def test_a_vietnamese_name_is_whole_and_called_by_its_last_word(full: str, called: str):
    text = (f"{full}, the deputy minister of trade, visited the port in Haiphong on Friday.\n\n"
            f"\"Exports will grow again next year,\" {called} said.\n\n"
            f"{called} said the new terminal would open in May.\n")
    check_passage(text, [(full, "Exports will grow"), (full, "the new terminal would open")])


def test_a_courtesy_title_before_a_short_name_that_is_also_a_word_is_a_person():
    text = "\"Exports will grow again next year,\" Mr An said.\n"
    assert _speaker_of(text, "Exports will grow") == "An"


def test_an_article_before_said_is_still_no_speaker():
    text = "He found an said to be rare in the archive, and the curator said the find mattered.\n"
    assert all(s != "An" and s != "an" for s, _ in quotes(text))


@pytest.mark.parametrize("full, called", [
    ("Xi Jinping", "Mr Xi"), ("Viktor Orban", "Mr Orban"), ("Fumio Kishida", "Mr Kishida"),
    ("Yoon Suk Yeol", "Mr Yoon"), ("Han Duck Soo", "Mr Han"),
])
def test_family_names_first_and_western_order_map_to_the_full_name(full: str, called: str):
    text = (f"{full} met the delegation in the capital on Monday.\n\n"
            f"\"We are partners, not rivals,\" {called} said.\n")
    assert _speaker_of(text, "We are partners") == full


def test_a_firm_s_first_word_is_no_family_name_of_three_words():
    text = "Insurer Zeta Gold Life has cut its bonus rates. Zeta said stock markets had been weak.\n"
    assert _speaker_of(text, "stock markets had been weak") == "Zeta"


def test_a_western_name_with_a_middle_word_that_is_a_first_name_keeps_its_cut():
    text = ("Kentuckian Rand Paul spoke in Louisville.\n\n\"We will win this,\" Paul said.\n")
    assert _speaker_of(text, "We will win") == "Rand Paul"


# ---------------------------------------------------------------- quotations introduced without a cue

@pytest.mark.parametrize("intro", [
    "Then came Ann Roe: ", "Ann Roe's reply: ", "In Ann Roe's words, ", "The mayor's response: ",
])
def test_a_quotation_introduced_by_the_person_named(intro: str):
    text = ("Mayor Ann Roe lost the vote on the budget by two seats on Tuesday night.\n\n"
            f"{intro}\"This is not over, and we will bring it back in the spring.\"\n")
    assert _speaker_of(text, "This is not over") == "Ann Roe"


@pytest.mark.parametrize("intro", [
    "Then came Brexit: ", "Then came the storm: ", "Then came Hurricane Katrina: ", "In the words of the song, ",
    "The council's verdict, ",
])
def test_an_event_or_a_thing_introduces_no_speaker(intro: str):
    text = ("Sales rose through the spring and the summer.\n\n"
            f"{intro}\"a disaster for every shop on the street.\"\n")
    assert all(s is None for s, _ in quotes(text))


# ---------------------------------------------------------------- interviews

def test_you_in_an_interviewer_s_question_is_no_one_the_text_named_last():
    text = ("Tom Blake said the budget was fine when he spoke on Monday.\n\n"
            "Journalist: You said the budget was fine. Is it?\n\n"
            "Blake: It is.\n")
    got = extract_quotes(text, "t")
    you = [q for q in got if q.speaker_mention == "You"]
    assert you and all(q.speaker is None for q in you)
    assert [q.speaker for q in got if q.speaker_mention == "Tom Blake"] == ["Tom Blake"]


def test_you_in_a_q_and_a_question_is_the_person_interviewed():
    text = ("Coach Dana Whitfield has led the club for six seasons. We spoke with Coach Dana Whitfield before the "
            "final.\n\n"
            "Q: You said in August that this squad could win the league. Do you still think so?\n\n"
            "A: I do. We have the deepest bench we have ever had.\n\n"
            "Q: Tom Blake has scored 20 goals. What does he add?\n\n"
            "A: Calm. He never panics in front of goal.\n")
    assert _speaker_of(text, "this squad could win the league") == "Dana Whitfield"
    assert _speaker_of(text, "the deepest bench") == "Dana Whitfield"


def test_a_question_put_to_the_speaker_is_no_part_of_their_quote():
    text = ("Ann Roe has been the mayor of the town since 2019.\n\n"
            "\"We will fix the budget before the summer,\" Ms Roe said.\n\n"
            "\"Why did you wait so long to act?\"\n\n"
            "\"We had no money and no auditors until this year.\"\n")
    got = extract_quotes(text, "t")
    assert all("Why did you wait" not in q.text for q in got)
    assert _speaker_of(text, "We had no money") == "Ann Roe"


def test_the_speaker_s_own_question_still_goes_on_their_quote():
    text = ("Ann Roe has been the mayor of the town since 2019.\n\n"
            "\"We will fix the budget before the summer,\" Ms Roe said.\n\n"
            "\"Why did we wait so long to act?\"\n\n"
            "\"We had no money and no auditors until this year.\"\n")
    assert _speaker_of(text, "Why did we wait") == "Ann Roe"


# ---------------------------------------------------------------- names and the people they stand for

@pytest.mark.parametrize("relation, names", [
    ("Sisters", "Amy and Beth Roe"), ("Twin brothers", "Tom and Jim Blake"), ("Husband and wife", "Tom and Ann Roe"),
])
def test_people_named_together_after_how_they_are_related(relation: str, names: str):
    text = f"{relation} {names} said the house had been their home for four decades.\n"
    got = extract_quotes(text, "t")
    assert [(q.speaker, q.speaker_role) for q in got] == [(names, relation)]


def test_a_given_name_alone_after_people_named_together():
    text = ("Brothers Tom and Jim Harkin opened the bakery in 1998. Tom said the first winter nearly closed it.\n")
    assert _speaker_of(text, "the first winter") == "Tom Harkin"


def test_two_people_named_together_without_a_relation_share_no_family_name():
    text = ("Prince Edward and Sophie Ames visited the school on Friday.\n\n"
            "\"The pupils were wonderful today,\" Edward said.\n")
    assert _speaker_of(text, "The pupils were wonderful") == "Edward"


def test_a_person_introduced_after_then_came_speaks_the_quotation_after():
    text = ("The councillors spoke first.\n\n"
            "Then came Nadia Okafor, a nurse who has lived on the block since 2001.\n\n"
            "\"Nobody from the city has ever knocked on my door.\"\n")
    assert _speaker_of(text, "Nobody from the city") == "Nadia Okafor"


def test_an_event_after_then_came_introduces_no_speaker():
    text = ("Sales rose through the spring.\n\n"
            "Then came Storm Ciara, the worst in decades.\n\n"
            "\"Nobody was ready for what came next on the coast.\"\n")
    assert all(s is None for s, _ in quotes(text))


def test_a_single_name_for_a_longer_name():
    text = ("Brazil's President Lula da Silva met the delegation in Brasilia on Monday.\n\n"
            "\"We will act on the forest now,\" Lula said.\n")
    assert _speaker_of(text, "We will act") == "Lula da Silva"


@pytest.mark.parametrize("lead", [
    "Tom Blake, represented by Sara Vance, pleaded not guilty on Monday.",
    "Tom Blake, who is represented by defence lawyer Sara Vance, pleaded not guilty on Monday.",
])
def test_his_lawyer_is_the_person_he_is_represented_by(lead: str):
    text = f"{lead}\n\n\"The case against my client is weak,\" his lawyer told reporters.\n"
    assert _speaker_of(text, "The case against my client") == "Sara Vance"


def test_his_lawyer_with_no_one_named_stays_a_description():
    text = ("Tom Blake pleaded not guilty on Monday.\n\n"
            "\"The case against my client is weak,\" his lawyer told reporters.\n")
    assert _speaker_of(text, "The case against my client") == "his lawyer"


def test_a_constituency_represented_by_someone_gives_no_lawyer():
    text = ("The seat is represented by the Labour Party.\n\n"
            "\"The case against my client is weak,\" his lawyer told reporters.\n")
    assert _speaker_of(text, "The case against my client") == "his lawyer"


# ---------------------------------------------------------------- short statements

@pytest.mark.parametrize("clause", ["sales fell", "talks collapsed", "she resigned", "he agreed"])
def test_a_statement_of_a_subject_and_its_verb(clause: str):
    text = f"Ann Roe, the chief executive, said {clause}.\n"
    check_passage(text, [("Ann Roe", clause)])


@pytest.mark.parametrize("sentence", [
    "Ann Roe said last week.", "The firm said Thursday.", "Ann Roe said so yesterday.", "Ann Roe said nothing more.",
])
def test_two_words_that_are_no_clause_are_no_statement(sentence: str):
    assert quotes(sentence) == []


# ---------------------------------------------------------------- a provincial post before the name

@pytest.mark.parametrize("post", [
    "Ontario Minister of Labour", "Manitoba Minister of Families", "Nova Scotia Minister of Health",
    "B.C. Minister of Health",
])
def test_the_minister_is_the_person_named_after_a_provincial_post(post: str):
    text = (f"{post} Ann Roe spoke at the legislature on Thursday.\n\n"
            "\"These rules are long overdue,\" the minister said.\n")
    got = [q for q in extract_quotes(text, "t") if "long overdue" in q.text]
    assert [(q.speaker, q.speaker_role) for q in got] == [("Ann Roe", post)]


def test_a_post_of_a_body_named_after_the_role_is_no_name():
    text = "Bank of England Governor Andrew Bailey said rates would stay on hold.\n"
    got = extract_quotes(text, "t")
    assert [(q.speaker, q.speaker_role) for q in got] == [("Andrew Bailey", "Bank of England Governor")]
