"""Where the rules for rankings, lawyers "represented by" someone, related pairs, short statements and interviews must
not reach: a ranking that is no player ("the No. 1 priority", "No. 10"), a seat or a ward "represented by" its member,
an order of nuns or a firm named like a pair of relatives, a question a named speaker asks, "you" outside an interview,
a cue before words that are no clause ("said goodbye"); and pasted pages of those forms read in time that grows with
their length. Passages written for these tests."""

from __future__ import annotations

import time

import pytest

from briefing.index.quotes import extract_quotes
from quote_passages import check_passage, quotes


def _speaker_of(text: str, words: str) -> str | None:
    got = [q.speaker for q in extract_quotes(text, "t") if words in q.text]
    assert got, f"no quote holds {words!r}: {quotes(text)}"
    return got[0]


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


# ---------------------------------------------------------------- rankings

@pytest.mark.parametrize("tail", ["said the world No. 1.", "said the world No. 1, who has won 24 titles.",
                                  "said the No. 2 seed after the match."])
def test_a_ranking_after_the_cue_is_read_whole_and_is_the_player(tail: str):
    text = ("Marta Kovacs beat Lena Fischer 6-3 6-4 in the semi-final on Friday.\n\n"
            f"\"I felt great on court today,\" {tail}\n")
    assert _speaker_of(text, "I felt great on court") == "Marta Kovacs"


def test_a_ranked_priority_and_the_prime_minister_s_office_are_no_player():
    text = ("Treasurer Jim Chalmers met business leaders in Sydney on Monday.\n\n"
            "Inflation remains the No. 1 priority for the government, Mr Chalmers said.\n\n"
            "\"We have a lot of work to do,\" No. 10 said in a statement after Keir Starmer returned from Paris.\n")
    assert _speaker_of(text, "Inflation remains the No. 1 priority") == "Jim Chalmers"
    assert _speaker_of(text, "We have a lot of work to do") == "No. 10"


# ---------------------------------------------------------------- "represented by"

@pytest.mark.parametrize("lead", [
    "Oxford Central, represented by Layla Moran since 2017, is a marginal seat.",
    "The ward represented by Councillor Tom Hale has flooded twice this year.",
    "Riverside, which is represented by Sara Vance in parliament, voted to leave.",
])
def test_a_seat_or_a_ward_represented_by_its_member_gives_no_lawyer(lead: str):
    text = (f"{lead}\n\nTom Blake was charged with fraud on Monday.\n\n"
            "\"The case against my client is weak,\" his lawyer told reporters.\n")
    assert _speaker_of(text, "The case against my client") == "his lawyer"


@pytest.mark.parametrize("lead", ["He is represented by Sara Vance.", "Mr. Blake, represented by Sara Vance, denies it.",
                                  "Blake, who is represented by Sara Vance, denies it."])
def test_a_client_named_short_or_by_a_pronoun_is_represented_by_his_lawyer(lead: str):
    text = (f"Tom Blake was charged with fraud on Monday. {lead}\n\n"
            "\"The case against my client is weak,\" his lawyer told reporters.\n")
    assert _speaker_of(text, "The case against my client") == "Sara Vance"


# ---------------------------------------------------------------- pairs of relatives, and names like them

def test_an_order_of_nuns_and_a_firm_named_like_relatives_stay_whole():
    text = ("The Sisters of Mercy said they would sell the hospital next year.\n\n"
            "Brothers Pizza said it would open three new stores in Leeds.\n")
    check_passage(text, [("The Sisters of Mercy", "they would sell the hospital"),
                         ("Brothers Pizza", "it would open three new stores")])


def test_a_given_name_shared_by_two_pairs_of_relatives_names_neither():
    text = ("Sisters Amy and Beth Roe run a farm in Kent. Cousins Amy and Kate Hale run the shop next door.\n\n"
            "\"We work every single day,\" Amy said.\n")
    assert _speaker_of(text, "We work every single day") == "Amy"


# ---------------------------------------------------------------- questions and "you"

def test_a_question_a_named_speaker_asks_stays_a_quote():
    text = ("Health minister Tom Hale faced the committee on Tuesday.\n\n"
            "\"Why did you lie to this committee?\" Ann Roe asked the minister.\n")
    assert _speaker_of(text, "Why did you lie") == "Ann Roe"


def test_you_in_an_ordinary_quote_is_the_speaker_s_word():
    text = ("Ann Roe spoke to reporters outside the court on Monday.\n\n"
            "\"If you work hard, you will get there in the end,\" she said.\n")
    assert _speaker_of(text, "If you work hard") == "Ann Roe"


def test_a_question_to_you_that_ends_the_speaker_s_words_is_still_theirs():
    """A question asking "you" with no answer after it is the speaker's own (their last words, to the reader)."""
    text = ("Ann Roe spoke to reporters after the match on Saturday.\n\n"
            "\"We were poor today and we know it,\" she said.\n\n"
            "\"What are you going to do about it?\"\n")
    assert _speaker_of(text, "What are you going to do") == "Ann Roe"


# ---------------------------------------------------------------- short statements

@pytest.mark.parametrize("sentence", ["Ann Roe said goodbye.", "Tom Hale said grace.", "The firm said Monday.",
                                      "Ann Roe said thanks."])
def test_a_cue_before_one_word_that_is_no_clause_is_no_statement(sentence: str):
    assert quotes(sentence) == []


def test_a_colleague_s_two_word_statement_is_reported():
    check_passage("Ann Roe left her job last week. A colleague said she resigned.\n",
                  [("A colleague", "she resigned")])


# ---------------------------------------------------------------- pasted pages

def test_pairs_of_relatives_again_and_again_are_read_once():
    """"Sisters Amy and Beth Roe run a farm. “We work every day,” Amy said." for 200 KB: the pairs are read once for
    the whole text, not once for each "Amy" (which took half a minute)."""
    unit = "Sisters Amy and Beth Roe run a farm. “We work every day,” Amy said. "
    text = _fill(unit, 200_000)
    t0 = time.process_time()
    got = extract_quotes(text, "t")
    assert time.process_time() - t0 < 10
    assert len(got) >= 200_000 // len(unit) - 1 and {q.speaker for q in got} == {"Amy Roe"}


def test_question_and_answer_lines_again_and_again_are_read_in_linear_time():
    """"Q: … A: …" lines for 400 KB: the answers found ahead are set aside until their sentence, and a position's
    paragraph is found by bisection (each had been a scan of them all)."""
    text = _fill("Q: You said it?\nA: I did.\n", 400_000)
    t0 = time.process_time()
    got = extract_quotes(text, "t")
    assert time.process_time() - t0 < 10
    assert len([q for q in got if q.text.startswith("I did")]) >= 10_000


# ---------------------------------------------------------------- "the minister" when two are named

@pytest.mark.parametrize("lead, role", [
    ("Ontario Minister of Labour Ann Roe met Finance Minister Tom Hale on Monday.", "Finance Minister"),
    ("Health Minister Ann Roe and Education Minister Tom Hale visited the school.", "Education Minister"),
])
def test_the_post_of_a_minister_named_second_is_its_own_words(lead: str, role: str):
    """The post read for "the minister" is the words before the name, never the clause or the "and" before them."""
    got = [q for q in extract_quotes(f"{lead}\n\n\"Schools will reopen in May,\" the minister said.\n", "t")]
    assert [(q.speaker, q.speaker_role) for q in got] == [("Tom Hale", role)]
