"""Where the rules for relative "that", number commas, an audience's reaction after "told", and speaker phrases
with a field, "there" or a region must not reach: a "that" that is the complementiser after an adjunct, an object
with a relative clause after a cue that takes objects, a clause after the reaction, a real instruction. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from quote_helpers import well_formed


def _said(text: str) -> list[tuple[str | None, str]]:
    quotes = extract_quotes(text)
    well_formed(text, quotes)
    return [(q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize("text, said", [
    ("He told the crowd, to loud applause, that the strike would go on.", "the strike would go on"),
    ("She told the rally, to cheers, that the fight was not over.", "the fight was not over"),
    ("He told the crowd to loud applause that the strike would go on.", "the strike would go on"),
    ("The manager told his players to applause from fans that the season was over.", "the season was over"),
    ("She told fans, to cheers and boos, she would stay at the club.", "she would stay at the club"),
])
def test_a_clause_after_the_audience_reaction_is_what_was_told(text, said):
    assert [t for _, t in _said(text)] == [said]


@pytest.mark.parametrize("text", ["He told the crowd, to loud applause.", "She told the hall, to laughter, and sat."])
def test_a_reaction_with_no_clause_after_it_is_no_quote(text):
    assert _said(text) == []


@pytest.mark.parametrize("text, said", [
    ("The Speaker told MPs to silence their phones.", "to silence their phones"),
    ("The coach told his players to cheer the fans at the end.", "to cheer the fans at the end"),
])
def test_a_reaction_word_used_as_a_verb_is_still_an_instruction(text, said):
    assert [t for _, t in _said(text)] == [said]


@pytest.mark.parametrize("text, lead", [
    ("Police confirmed the arrest of a man that was wanted in Leeds.", "the arrest"),
    ("She acknowledged mistakes that were made in the early days.", "mistakes"),
    ("She confirmed a deal that included the sale of two stores.", "a deal"),
    ("He predicted a recession that lasted into the next year.", "a recession"),
    ("The minister wrote a letter that criticised the plan.", "a letter"),
    ("The minister noted the changes that were made in March, which she said had helped.", "the changes"),
])
def test_an_object_with_its_relative_clause_is_no_statement(text, lead):
    assert [t for _, t in _said(text) if t.startswith(lead)] == []


@pytest.mark.parametrize("text, said", [
    ("The company confirmed staff that were hired in March would be let go.",
     "staff that were hired in March would be let go"),
    ("He admitted the payments that were made to the firm had been a mistake.",
     "the payments that were made to the firm had been a mistake"),
    ("The minister said farmers that were hit by the floods would be paid first.",
     "farmers that were hit by the floods would be paid first"),
])
def test_a_relative_clause_inside_a_confirmed_clause_keeps_its_subject(text, said):
    assert said in [t for _, t in _said(text)]


@pytest.mark.parametrize("text, said", [
    ("The prime minister said on Tuesday that the economy would recover by spring.",
     "the economy would recover by spring"),
    ("The coach said after the match that players who were injured would be rested.",
     "players who were injured would be rested"),
    ("Ms Roe said in a statement that prices that were agreed in March would hold.",
     "prices that were agreed in March would hold"),
    ("Mr Kumar said repeatedly that farmers deserved better prices.", "farmers deserved better prices"),
])
def test_that_after_an_adjunct_is_the_complementiser(text, said):
    assert [t for _, t in _said(text)] == [said]


@pytest.mark.parametrize("text, speaker, said", [
    ("About 1,500 people, 1,200 of them children, were evacuated, the council said.", "the council",
     "About 1,500 people, 1,200 of them children, were evacuated"),
    ("Turnout was 1,234,567, a record, officials said.", "officials", "Turnout was 1,234,567, a record"),
    ("The fund lost $2,500, the investor, Jo Roe, said.", "Jo Roe", "The fund lost $2,500"),
])
def test_number_commas_next_to_the_attribution_comma(text, speaker, said):
    assert _said(text) == [(speaker, said)]


@pytest.mark.parametrize("text, speaker", [
    ("Police officer Jo Roe said the road was closed.", "Jo Roe"),
    ("Banking analyst Jo Roe said the shares were cheap.", "Jo Roe"),
    ("Residents in Leeds say the buses are always late.", "Residents in Leeds"),
    ("Shoppers in central London said prices had risen.", "Shoppers in central London"),
    ("Doctors here say the ward is full.", "Doctors"),
    ("Sen. Jo Roe, D-New York, said the bill would pass.", "Jo Roe"),
    ("Thousands of injured people said they had waited hours.", "Thousands of injured people"),
])
def test_speaker_phrases_around_the_new_forms(text, speaker):
    assert [who for who, _ in _said(text)] == [speaker]


def test_a_short_quotation_after_a_reported_sentence_with_its_own_attribution_is_that_speakers():
    got = _said("The plan is late, Ann Roe said. “We warned them,” a spokesman for Al Poe replied.")
    assert got == [("Ann Roe", "The plan is late"), ("a spokesman for Al Poe", "We warned them")]


@pytest.mark.parametrize("text, speaker, role", [
    ("Commenting yesterday Al Poe said the deal was dead.", "Al Poe", None),
    ("Responding today Acme Bank said it would appeal.", "Acme Bank", None),
    ("Writing online Jo Roe said the plan was a mess.", "Jo Roe", None),
    ("Addressing reporters Jo Roe said she would stay.", "Jo Roe", None),
    ("Commenting further Jo Roe said the plan was late.", "Jo Roe", None),
    ("Mining engineer Jo Roe said the shaft was safe.", "Jo Roe", "Mining engineer"),
    ("Visiting professor Jo Roe said the data was poor.", "Jo Roe", "Visiting professor"),
])
def test_a_participle_with_its_object_or_adverb_before_a_name_is_no_post(text, speaker, role):
    quotes = extract_quotes(text)
    well_formed(text, quotes)
    assert [(q.speaker, q.speaker_role) for q in quotes] == [(speaker, role)]


@pytest.mark.parametrize("text, speaker, said", [
    ("Sales fell sharply in May, the Paris, France-based group said.", "the Paris, France-based group",
     "Sales fell sharply in May"),
    ("Sales fell sharply in May, the Salem, Ore.-based chain said.", "the Salem, Ore.-based chain",
     "Sales fell sharply in May"),
    ("Sales fell sharply in Leeds, England-based analysts said.", "England-based analysts",
     "Sales fell sharply in Leeds"),
])
def test_a_place_and_its_region_before_based_is_one_speaker_after_the_clause(text, speaker, said):
    assert _said(text) == [(speaker, said)]


@pytest.mark.parametrize("text", [
    "Turnout was high in the city, about 10,000 more than most insiders expected.",
    "Turnout was high in the city, 10,000 more than insiders had predicted.",
    "Sales rose in May, some 2,500 fewer than analysts expected.",
])
def test_a_number_compared_with_what_others_expected_is_no_attribution(text):
    assert _said(text) == []


def test_more_than_a_number_of_people_still_speaks():
    assert _said("Prices rose in the city, more than 300 residents said.") == [("300 residents", "Prices rose in the city")]


@pytest.mark.parametrize("text, said", [
    ("The minister said farmers that planted wheat early would be paid first.",
     "farmers that planted wheat early would be paid first"),
    ("The treasurer said workers that earned less than $45,000 would get relief.",
     "workers that earned less than $45,000 would get relief"),
    ("The minister said on Monday that armed police would patrol the streets.",
     "armed police would patrol the streets"),
])
def test_a_relative_clause_with_any_past_verb_keeps_the_subject_when_the_clause_goes_on(text, said):
    assert [t for _, t in _said(text)] == [said]
