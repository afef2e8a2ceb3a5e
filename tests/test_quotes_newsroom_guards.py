"""Guards on the rules for newsroom house styles (posts named by their body, honorifics of Indian, Nigerian and Irish
news, Chinese family names alone, 'was quoted … as saying', 'on X.', 'the WHO said', a witness then 'he'): sentences
written for these tests where the words look like what the rules read but mean something else, each with the
speaker and role a reader expects."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.sentences import split_sentences
from briefing.index.quotes.speakers import split_role


def speakers_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """(words of the quote, speaker, role) of each quote of ``text``."""
    return [(q.text, q.speaker, q.speaker_role) for q in extract_quotes(text, "t")]


# ------------------------------------------------------------------ English words that are Chinese family names
@pytest.mark.parametrize("text, want", [
    ("Tom Long, the club's treasurer, said the accounts were in order. Long said the audit would follow in May.",
     "Tom Long"),
    ("Kevin Young said the pitch was heavy. Young said the team would recover.", "Kevin Young"),
    ("Grace Wing said the ward was full. Wing said the nurses were tired.", "Grace Wing"),
    ("Ava Lee said the school needed a roof. Lee said the board had not replied.", "Ava Lee"),
    ("Jo Roe met Alan Young and Mary Long. Young said the plan was costly.", "Alan Young"),
    ("Lee Hsien Loong said the economy would grow. Lee said the budget was sound.", "Lee Hsien Loong"),
    ("John Lee Ka-chiu said the law was needed. Lee said protests were illegal.", "John Lee Ka-chiu"),
    ("Lin Hao said the deal was off. Lin said talks would resume.", "Lin Hao"),
])
def test_a_family_name_alone_is_the_speaker_named_in_full_before(text, want):
    got = [s for _, s, _ in speakers_of(text)]
    assert got and set(got) == {want}


@pytest.mark.parametrize("text, want", [
    # a street, a park, a newspaper and a university are no one's full name
    ("Residents of Lee Street said the road flooded again. Lee said the council had ignored them.",
     ["Residents of Lee Street", "Lee"]),
    ("Mark Chan said the shop would close. Chan Park residents said they would miss it.",
     ["Mark Chan", "Chan Park residents"]),
    ("The Sun said the minister would resign. Sun said he had no comment.", ["The Sun", "Sun"]),
    ("Sun Yat-sen University said the lab would open. Sun said it was a fine day.", ["Sun Yat-sen University", "Sun"]),
    ("The young said the town had nothing for them.", ["The young"]),
    ("John Lee Hooker said the blues would live. Lee said he liked jazz.", ["John Lee Hooker", "Lee"]),
])
def test_a_word_like_a_family_name_takes_no_one_elses_full_name(text, want):
    assert [s for _, s, _ in speakers_of(text)] == want


# ------------------------------------------------------------------ posts named by their body
@pytest.mark.parametrize("text, speaker", [
    ("The Minister for Health said the ward would reopen.", "The Minister for Health"),
    ("The Minister for Foreign Affairs and Trade said the envoy had been recalled.",
     "The Minister for Foreign Affairs and Trade"),
    ("The Leader of the Opposition said the budget was a fraud.", "The Leader of the Opposition"),
    ("Minister for Health Promotion Campaign leaders said the budget was small.",
     "Minister for Health Promotion Campaign leaders"),
])
def test_a_post_with_no_name_after_it_stays_whole(text, speaker):
    assert [(s, r) for _, s, r in speakers_of(text)] == [(speaker, None)]


@pytest.mark.parametrize("np", [
    "Minister for Health New South Wales", "Minister for Trade Papua New Guinea", "Minister for Health Nova Scotia",
])
def test_a_place_after_a_post_is_no_name(np):
    assert split_role(np) == (np, None)


@pytest.mark.parametrize("np, name, role", [
    ("Minister for Health Jo Roe", "Jo Roe", "Minister for Health"),
    ("Secretary for Security Chris Tang Ping-keung", "Chris Tang Ping-keung", "Secretary for Security"),
    ("Leader of the Opposition Raj Rao", "Raj Rao", "Leader of the Opposition"),
])
def test_a_name_after_a_post_named_by_its_body(np, name, role):
    assert split_role(np) == (name, role)


@pytest.mark.parametrize("text, speaker", [
    ("Senate President Pro Tempore said the bill would pass.", "Senate President Pro Tempore"),
    ("House Speaker Pro Tem said the bill would pass.", "House Speaker Pro Tem"),
    ("Company President Emeritus said the firm was sound.", "Company President Emeritus"),
    ("Club Chairman Manchester United said the sale was done.", "Club Chairman Manchester United"),
])
def test_words_that_finish_a_post_or_name_a_place_are_no_name_after_one_body_word(text, speaker):
    assert [(s, r) for _, s, r in speakers_of(text)] == [(speaker, None)]


def test_a_name_after_one_body_word_and_a_role_word():
    assert [(s, r) for _, s, r in speakers_of(
        "Senate President Godswill Akpanudo said the chamber would pass the budget.")] \
        == [("Godswill Akpanudo", "Senate President")]


# ------------------------------------------------------------------ honorifics and their look-alikes
@pytest.mark.parametrize("text, speaker", [
    ("Shri Ram College of Commerce said admissions would open.", "Shri Ram College of Commerce"),
    ("Shri Mata Vaishno Devi Shrine Board said the route was shut.", "Shri Mata Vaishno Devi Shrine Board"),
    ("Smt Indira Gandhi Hospital said the ward was full.", "Smt Indira Gandhi Hospital"),
    ("Madam Curie Hospital said the wing was shut.", "Madam Curie Hospital"),
])
def test_an_honorific_in_an_institutions_name_stays(text, speaker):
    assert [s for _, s, _ in speakers_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Alhaji Musa Bello said the market would reopen. Bello said traders had suffered.", "Musa Bello"),
    ("Smt Meena Devi said the scheme had helped. Devi said the loans came late.", "Meena Devi"),
])
def test_an_honorific_before_a_persons_name_is_dropped(text, speaker):
    assert [s for _, s, _ in speakers_of(text)] == [speaker, speaker]


@pytest.mark.parametrize("text, quote, speaker", [
    ("“Yes, Madam,” the waiter said.", "Yes, Madam", "the waiter"),
    ("“Madam, the car is ready,” the driver said.", "Madam, the car is ready", "the driver"),
    ("Madam Speaker said the house would rise.", "the house would rise", "Madam Speaker"),
    ("Madam Tussauds said the statue was moved.", "the statue was moved", "Madam Tussauds"),
])
def test_madam_in_dialogue_and_in_names(text, quote, speaker):
    assert [(q, s) for q, s, _ in speakers_of(text)] == [(quote, speaker)]


# ------------------------------------------------------------------ 'quoted' in other senses
@pytest.mark.parametrize("text, quote, speaker", [
    ("The shares quoted at 120 pence were seen as cheap, analysts said.",
     "The shares quoted at 120 pence were seen as cheap", "analysts"),
    ("Insurers have quoted premiums as high as 3,000 dollars, said Jo Roe.",
     "Insurers have quoted premiums as high as 3,000 dollars", "Jo Roe"),
    ("The mayor was misquoted as saying the park would close, her office said.",
     "The mayor was misquoted as saying the park would close", "her office"),
    ("Smith was quoted by Reuters as saying the deal was off.", "the deal was off", "Smith"),
])
def test_quoted_as_saying_gives_its_subject_and_other_quoted_is_no_cue(text, quote, speaker):
    assert [(q, s) for q, s, _ in speakers_of(text)] == [(quote, speaker)]


# ------------------------------------------------------------------ 'on X.', initials after 'on' and 'via'
@pytest.mark.parametrize("text, n", [
    ("He relied on J. K. Rowling's books, the teacher said.", 1),
    ("The band will play on A. B. Smith's farm, the organiser said.", 1),
    ("Files were sent via A. J. Roe, the clerk said.", 1),
    ("The group met on C. S. Lewis Day, the organiser said.", 1),
    ("He relied on J. Smith for help, the teacher said.", 1),
    ("The senator posted on X. Smith said the post was deleted.", 2),
    ("The files went via X. Later, the clerk said they were lost.", 2),
    ("Fans voted on X. Y. Roe's post was the most shared, the club said.", 1),
])
def test_a_letter_after_on_or_via_is_an_initial_unless_it_is_the_platform(text, n):
    assert len(split_sentences(text)) == n


def test_the_whole_sentence_with_initials_after_on_is_the_quote():
    assert speakers_of("He relied on J. K. Rowling's books, the teacher said.") \
        == [("He relied on J. K. Rowling's books", "the teacher", None)]


# ------------------------------------------------------------------ initialisms
def test_an_initialism_never_spelled_out_stays_as_written():
    text = " ".join("The WHO said the outbreak in region %d was over." % i for i in range(30))
    assert {s for _, s, _ in speakers_of(text)} == {"The WHO"}


def test_initialisms_spelled_out_once_take_their_full_names():
    text = ("The World Health Organization and the Securities and Exchange Commission met. "
            "The WHO said the outbreak was over. The SEC said the filing was late. The ABC said the show was cancelled. "
            "The WHO said the vaccine was safe.")
    assert [s for _, s, _ in speakers_of(text)] == [
        "World Health Organization (WHO)", "Securities and Exchange Commission (SEC)", "The ABC",
        "World Health Organization (WHO)"]


# ------------------------------------------------------------------ a person described, then 'he'
@pytest.mark.parametrize("text, speaker", [
    ("A witness said the car was red. It sped off, he said.", "A witness"),
    ("A family told AFP their home was gone. We have nothing, he said.", None),
    ("A crowd gathered outside the court. The verdict was fair, he said.", None),
])
def test_he_after_a_description_is_one_person_not_a_collective(text, speaker):
    assert speakers_of(text)[-1][1] == speaker
