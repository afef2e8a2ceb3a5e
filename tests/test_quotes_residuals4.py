"""Speakers of forms news writes: a cue verb with a particle or a purpose ("shot back that", "interrupted to ask"),
a firm called by its kind ("the utility", "the Calgary-based insurer"), surnames of names written family name first,
two people quoted together ("Both said"), a participle clause that is the words reported, a news agency or a firm
named after its description ("state news agency Yonhap"), a reporter's question before the answer. Passages
written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from quote_passages import check_passage, quotes


def _speaker_of(text: str, words: str) -> str | None:
    got = [q.speaker for q in extract_quotes(text, "t") if words in q.text]
    assert got, f"no quote holds {words!r}: {quotes(text)}"
    return got[0]


# ---------------------------------------------------------------- cue verbs with a particle or a purpose

@pytest.mark.parametrize("sentence, words", [
    ("Walsh shot back that the committee had never seen the figures.", "the committee had never seen"),
    ("Walsh fired back: \"The committee never saw the figures.\"", "The committee never saw"),
    ("Walsh hit back, saying the committee had never seen the figures.", "the committee had never seen"),
    ("Walsh chimed in: \"The committee never saw the figures.\"", "The committee never saw"),
    ("Walsh interrupted to ask whether the committee had seen the figures.", "the committee had seen"),
    ("Walsh interjected to say: \"The committee never saw the figures.\"", "The committee never saw"),
    ("Walsh interrupted to ask: \"Has the committee seen the figures?\"", "Has the committee seen"),
    ("\"The committee never saw the figures,\" Walsh snapped back.", "The committee never saw"),
    ("Walsh fired back on Twitter: \"The committee never saw the figures.\"", "The committee never saw"),
    ("Walsh shot back in an interview that the committee had never seen the figures.", "the committee had never seen"),
])
def test_a_cue_with_a_particle_or_a_purpose_reports_its_subject(sentence: str, words: str):
    text = f"Senator Mary Walsh and Tom Reid clashed over the budget on Tuesday.\n\n{sentence}\n"
    assert _speaker_of(text, words) == "Mary Walsh"


@pytest.mark.parametrize("sentence", [
    "Tom Reid fired back at the critics over the plan on Tuesday.",
    "Shares in the firm shot back up to their old level by noon.",
    "The storm hit back in March, flooding the lower town again.",
    "Ann Roe declined to ask whether the vote would be delayed.",
    "Ann Roe stood up to ask for help with the boxes.",
    "Ann Roe wants to ask whether the vote would be delayed.",
    "A reader in Moose Jaw wrote to ask why bread costs more in winter.",
    "Lena Roth hit back just before half time, and Sam Otto headed in on 58 minutes.",
    "Italy hit back out of the blue in the 11th minute of the match.",
    "Lena Roth hit back after the break to seal a fourth straight win over Ann Berg.",
])
def test_a_particle_or_a_purpose_without_words_reported_gives_no_quote(sentence: str):
    assert quotes(sentence + "\n") == []


# ---------------------------------------------------------------- a participle's aside between subject and verb

@pytest.mark.parametrize("sentence, words, rest", [
    ("Ann Roe, saying she was too tired to go on, left the room early.", "she was too tired", "left the room"),
    ("Mayor Ann Roe, saying that the budget was tight this year, cut the grant.", "the budget was tight",
     "cut the grant"),
    ("Ann Roe, saying that prices, rents and wages had all risen, asked for help.", "prices, rents and wages",
     "asked for help"),
])
def test_a_participle_aside_holds_the_words_not_the_main_clause(sentence: str, words: str, rest: str):
    got = [q for q in extract_quotes(sentence + "\n", "t") if words in q.text]
    assert got and got[0].speaker == "Ann Roe", quotes(sentence)
    assert rest not in got[0].text


def test_a_participle_after_the_verb_of_its_subject_reports_its_whole_clause():
    text = ("The campaign responded on Friday, saying donors had given to the fund, and that the criticism, which "
            "a report from the council sets out, is fair game.\n")
    got = [q.text for q in extract_quotes(text, "t") if "donors had given" in q.text]
    assert got and "is fair game" in got[0], quotes(text)


def test_a_trailing_participle_still_reports_to_the_sentence_end():
    check_passage("Ann Roe left the room early, saying she was tired and wanted to go home.\n",
                  [("Ann Roe", "she was tired and wanted to go home")])


@pytest.mark.parametrize("group", ["Leading Democrats", "Senior officials", "Several economists"])
def test_a_plural_group_opening_the_sentence_speaks(group: str):
    check_passage(f"{group} say the bill will not pass the Senate this year.\n",
                  [(group, "the bill will not pass")])


# ---------------------------------------------------------------- an organisation named after its description

@pytest.mark.parametrize("sentence, name", [
    ("North Korea fired two missiles into the sea on Monday, state news agency Yonhap reported.", "Yonhap"),
    ("Iron ore output fell 4 per cent in the quarter, mining giant BHP said.", "BHP"),
    ("Prices of rice rose sharply in Osaka last month, broadcaster NHK reported.", "NHK"),
    ("Prices of rice rose sharply in Osaka last month, public broadcaster NHK said on Monday.", "NHK"),
    ("Prices of rice rose sharply in Osaka last month, the newspaper Asahi reported.", "Asahi"),
    ("Mining giant BHP said iron ore output fell 4 per cent in the quarter.", "BHP"),
])
def test_a_described_organisation_after_its_words_is_named_by_its_name(sentence: str, name: str):
    assert _speaker_of(sentence + "\n", sentence.split(",")[0][:20] if not sentence.startswith("Mining")
                       else "iron ore output") == name


@pytest.mark.parametrize("sentence", [
    "The river rose fast in the night, flood waters reached the town.",
    "Output fell in the quarter, mining costs rose.",
])
def test_a_lower_case_clause_after_a_comma_is_no_described_organisation(sentence: str):
    assert quotes(sentence + "\n") == []


# ---------------------------------------------------------------- a firm called by its kind

@pytest.mark.parametrize("lead, nominal, firm", [
    ("Hydro Valley Inc. raised its rates by 4 per cent on Monday.", "The utility", "Hydro Valley Inc."),
    ("Maple Cart Companies Ltd. posted a loss for the quarter.", "The Brampton, Ont.-based company",
     "Maple Cart Companies Ltd."),
    ("Prairie Shield Financial Corp. reported higher profit on Tuesday.", "The Calgary-based insurer",
     "Prairie Shield Financial Corp."),
    ("Prairie Shield Financial Corp. said profit rose on Tuesday.", "The Calgary-based insurer",
     "Prairie Shield Financial Corp."),
])
def test_a_firm_called_by_its_kind_is_the_firm_named_before(lead: str, nominal: str, firm: str):
    text = f"{lead}\n\n{nominal} said the change was needed to pay for repairs to its network.\n"
    assert _speaker_of(text, "the change was needed") == firm


def test_a_kind_with_two_firms_named_before_stays_a_description():
    text = ("Hydro Valley Inc. and Lakeshore Power Ltd. raised their rates by 4 per cent on Monday.\n\n"
            "The utility said the change was needed to pay for repairs to its network.\n")
    assert _speaker_of(text, "the change was needed") == "The utility"


def test_a_kind_with_no_firm_named_stays_a_description():
    text = ("Rates rose by 4 per cent on Monday across the province.\n\n"
            "The Toronto-based utility said the change was needed to pay for repairs to its network.\n")
    assert _speaker_of(text, "the change was needed") == "The Toronto-based utility"


# ---------------------------------------------------------------- two firms, each called by its own kind

@pytest.mark.parametrize("order", ["bank_first", "company_first"])
def test_the_company_and_the_bank_are_each_their_own_firm(order: str):
    """(and "the bank" is the bank the text names, not the firm that spoke before it)"""
    company = "The company said the deal would close in March."
    bank = "The bank said its customers would see no change to their accounts."
    pair = (bank, company) if order == "bank_first" else (company, bank)
    text = ("Acme Foods Inc. agreed on Monday to buy Northern Bank for $2 billion in cash.\n\n"
            f"{pair[0]}\n\n{pair[1]}\n")
    check_passage(text, [("Acme Foods Inc.", "the deal would close in March"),
                         ("Northern Bank", "its customers would see no change")])


# ---------------------------------------------------------------- surnames of names in either order

@pytest.mark.parametrize("lead, mention, name", [
    ("Nguyen Van Hai, a rice farmer in the delta, lost his crop in the flood.", "Mr Nguyen", "Nguyen Van Hai"),
    ("Nguyen Thi Mai, a rice farmer in the delta, lost her crop in the flood.", "Ms Nguyen", "Nguyen Thi Mai"),
    ("Tran Do, a rice farmer in the delta, lost his crop in the flood.", "Mr Do", "Tran Do"),
    ("Tran Do, a rice farmer in the delta, lost his crop in the flood.", "Mr. Do", "Tran Do"),
    ("Wang Jian, a trader in Shanghai, lost money in the crash.", "Mr Wang", "Wang Jian"),
    ("Theresa May met the press in Downing Street on Monday.", "Mrs May", "Theresa May"),
])
@pytest.mark.parametrize("form", ["direct", "indirect"])
def test_a_surname_after_a_courtesy_title_is_the_full_name(lead: str, mention: str, name: str, form: str):
    said = ("\"The water came too fast for us,\" {m} said." if form == "direct"
            else "{m} said the water came too fast for them.").format(m=mention)
    assert _speaker_of(f"{lead}\n\n{said}\n", "the water came too fast" if form == "indirect"
                       else "The water came too fast") == name


def test_two_vietnamese_namesakes_are_told_apart_by_the_courtesy_title():
    text = ("Nguyen Van Hai and Nguyen Thi Mai lost their crops in the flood.\n\n"
            "Ms Nguyen said the water came too fast for them to save the rice.\n\n"
            "Mr Nguyen said it was the worst year the village had seen.\n")
    check_passage(text, [("Nguyen Thi Mai", "the water came too fast"),
                         ("Nguyen Van Hai", "the worst year the village had seen")])


def test_an_auxiliary_after_a_name_is_still_no_part_of_it():
    check_passage("Ann Roe did say the water came too fast for them.\n", [("Ann Roe", "the water came too fast")])


# ---------------------------------------------------------------- two people quoted together

@pytest.mark.parametrize("lead, said", [
    ("Ines Varga met Karl Holt in Vienna on Monday.", "Both said the talks had been useful for the region."),
    ("Ines Varga and Karl Holt met reporters in Vienna on Monday.",
     "The two said the talks had been useful for the region."),
    ("Ines Varga and Karl Holt met reporters in Vienna on Monday.",
     "Each said the talks had been useful for the region."),
    ("Chancellor Ines Varga met President Karl Holt in Vienna on Monday.",
     "\"The talks had been useful for the region,\" both leaders said."),
])
def test_both_or_the_two_are_the_two_people_named_before(lead: str, said: str):
    assert _speaker_of(f"{lead} {said}\n", "talks had been useful") == "Ines Varga and Karl Holt"


@pytest.mark.parametrize("lead, said, speaker", [
    ("Ines Varga met Karl Holt and Lena Roth in Vienna on Monday.",
     "Both said the talks had been useful for the region.", "Both"),
    ("Labour and the Greens clashed in Vienna on Monday.",
     "Both sides said the talks had been useful for the region.", "Both sides"),
])
def test_both_without_exactly_two_people_named_stays_as_written(lead: str, said: str, speaker: str):
    assert _speaker_of(f"{lead} {said}\n", "talks had been useful") == speaker


def test_both_inside_a_subject_after_a_dash_is_no_pair():
    text = ("Ines Varga met Karl Holt in Vienna on Monday.\n\n"
            "Party elders — whose word once carried weight — both said the talks had been useful for the region.\n")
    assert _speaker_of(text, "talks had been useful") != "Ines Varga and Karl Holt"


# ---------------------------------------------------------------- a reporter's question before the answer

@pytest.mark.parametrize("sentence, speaker, words", [
    ("Asked whether the plant would close, Ines Varga said it was too early to tell.", "Ines Varga",
     "it was too early to tell"),
    ("When asked about the job cuts, Ines Varga replied that they were needed to save the plant.", "Ines Varga",
     "they were needed to save the plant"),
])
def test_a_question_put_before_the_answer_keeps_the_one_who_answers(sentence: str, speaker: str, words: str):
    check_passage(sentence + "\n", [(speaker, words)])


def test_a_question_put_to_her_before_she_replies_is_hers():
    text = ("Ines Varga runs the plant in Linz.\n\n"
            "When asked about the job cuts, she replied that they were needed to save the plant.\n")
    assert _speaker_of(text, "they were needed to save the plant") == "Ines Varga"


def test_the_bank_that_spoke_after_another_bank_was_named_is_the_one_meant():
    text = ("Harbor Trust apologised for the role that Pier Bank and Dock Bank played in the 1850s.\n\n"
            "Harbor Trust said it was setting up a $5m fund for students.\n\n"
            "The bank said it was a very different company from the banks of the 1850s.\n")
    assert _speaker_of(text, "a very different company") == "Harbor Trust"
