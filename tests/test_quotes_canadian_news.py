"""Canadian news forms, on sentences written for these tests: a count in a speaker's description
(``representing 55,000 workers``), a description in the lead that the next paragraph names, federal agencies
named for the country (``Health Canada``) and the nominals that stand for them (``the agency``, ``the central
bank``), family names of two words (``St. Louis``), accented and compound first names (``Marie-Ève``), posts
opening a sentence (``Forward Tim Stützle``), descriptions by age, party or past post, quotations after a colon,
where a reported clause ends, and lines that are no quotes (wire credit lines, photo captions, a group called by
its name, a source asking not to be named)."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.speakers import entity_kind


def quotes(text: str) -> list[tuple[str | None, str]]:
    """(speaker, quote text) for every quote of ``text``."""
    return [(q.speaker, q.text) for q in extract_quotes(text, "t")]


# ---------------------------------------------------------------- speakers' descriptions and names

def test_a_count_with_a_comma_stays_inside_the_speakers_description():
    got = quotes("The union representing 48,000 Manitoba health-care workers says its members will vote on the "
                 "offer next week.")
    assert got == [("The union representing 48,000 Manitoba health-care workers",
                    "its members will vote on the offer next week")]


def test_a_post_in_the_lead_is_the_person_the_next_paragraph_names():
    text = ("Saskatchewan's highways minister says the province will repave 1,000 kilometres of roads this summer.\n\n"
            "\"Drivers have told us the roads are in rough shape,\" Lorne Kaminski said at a news conference in "
            "Regina on Monday.\n\n"
            "Kaminski said the work would start in May.")
    assert [s for s, _ in quotes(text)] == ["Lorne Kaminski"] * 3


def test_an_indefinite_person_in_the_lead_is_the_person_the_next_paragraph_names():
    text = ("A Halifax daycare owner says she may have to close her doors because of a shortage of staff.\n\n"
            "\"I have families on a waiting list and nobody to care for their kids,\" said Ophelia Brennan, who has "
            "run the centre for 12 years.")
    assert [s for s, _ in quotes(text)] == ["Ophelia Brennan", "Ophelia Brennan"]


def test_a_person_in_the_lead_is_the_person_the_next_paragraph_names_with_a_rank():
    text = ("A veteran Regina police officer testified Monday that the search warrant was never signed.\n\n"
            "Sgt. Dana Kowalchuk told the court the paperwork had been lost.")
    assert [s for s, _ in quotes(text)] == ["Dana Kowalchuk", "Dana Kowalchuk"]


def test_a_post_in_the_lead_stays_a_description_when_the_next_speaker_has_a_post_of_their_own():
    text = ("The province's highways minister says the bridge will reopen in the fall.\n\n"
            "NDP transportation critic Dana Whitfield said the contractor had not been paid.")
    assert [s for s, _ in quotes(text)] == ["The province's highways minister", "Dana Whitfield"]


def test_an_anonymous_source_in_the_lead_is_not_the_next_person_named():
    text = ("A government official says the deal will be signed on Friday.\n\n"
            "Opposition critic Dana Whitfield said the deal was rushed.")
    assert quotes(text)[0][0] == "A government official"


def test_a_family_name_that_is_also_a_place_is_the_person_named_in_full_before():
    text = ("Alouettes coach Gilles St. Louis said his team was not sharp.\n\n"
            "\"We left too many points on the field,\" St. Louis said.")
    assert [s for s, _ in quotes(text)] == ["Gilles St. Louis", "Gilles St. Louis"]


def test_a_two_word_family_name_is_expanded_to_the_full_name():
    text = ("Grand Chief Mona Redsky Beardy said the funding falls short.\n\n"
            "\"Our communities were promised more,\" Redsky Beardy said.")
    assert [s for s, _ in quotes(text)] == ["Mona Redsky Beardy", "Mona Redsky Beardy"]


def test_a_long_name_with_its_organisation_before_the_cue_is_the_speaker():
    got = quotes("Staff Sgt. Omar Lindqvist of the Integrated Homicide Investigation Team said detectives were "
                 "speaking to witnesses.")
    assert got == [("Omar Lindqvist", "detectives were speaking to witnesses")]


# ---------------------------------------------------------------- agencies and their nominals

def test_a_federal_agency_named_for_the_country_is_an_organisation():
    assert entity_kind("Health Canada") == "org"
    assert entity_kind("Public Health Ontario") == "org"
    assert entity_kind("Tim Houston") == "person"
    # a given name the name table lacks, before a surname that is also a city, still makes a person
    assert entity_kind("Dahlys Hamilton") == "person"
    assert entity_kind("Orsolya Victoria") == "person"


def test_the_agency_is_the_agency_that_opened_the_sentence_before():
    text = ("Environment Canada issued a heat warning for Winnipeg on Monday. The agency said temperatures would "
            "reach 34 C by Wednesday.")
    assert quotes(text) == [("Environment Canada", "temperatures would reach 34 C by Wednesday")]


def test_the_agency_is_the_agency_that_spoke_just_before():
    text = ("Statistics Canada said the jobless rate rose to 6.7 per cent in June. The agency said the economy lost "
            "8,000 jobs.")
    assert [s for s, _ in quotes(text)] == ["Statistics Canada", "Statistics Canada"]


def test_the_central_bank_is_the_bank_named_before():
    text = ("The Bank of Canada held its key rate at 4.5 per cent, saying inflation was easing.\n\n"
            "The central bank said in its statement that growth had slowed in the spring.")
    got = quotes(text)
    assert got[-1] == ("The Bank of Canada", "growth had slowed in the spring")


# ---------------------------------------------------------------- no quotes

def test_a_wire_credit_line_is_no_quote():
    text = ("The province will hire 300 more paramedics, the minister said.\n\n"
            "This report by The Canadian Press was first published May 3, 2024.")
    assert [t for _, t in quotes(text)] == ["The province will hire 300 more paramedics"]


def test_a_photo_caption_with_its_credit_is_no_quote():
    text = ("Premier Susan Holt says the province will cap rent increases at three per cent. (Ron Ward/The Canadian "
            "Press)\n\nThe premier said the cap would take effect in January.")
    assert quotes(text) == [("Susan Holt", "the cap would take effect in January")]


def test_a_group_called_by_its_name_is_no_quote():
    assert quotes("A group called the Kensington Renters Alliance has organized a protest outside city hall.") == []


def test_a_source_asking_not_to_be_named_says_only_what_follows():
    assert quotes("A nurse who asked not to be named said the ward had been short-staffed for months.") == [
        ("A nurse", "the ward had been short-staffed for months")]
    assert quotes("A father, who asked that his name not be used, said the bus was late every day.") == [
        ("A father", "the bus was late every day")]


def test_a_hyphenated_name_before_a_number_is_no_dateline():
    assert quotes("Dr. Ines Marchetti says COVID-19 admissions are climbing in Ottawa hospitals.") == [
        ("Ines Marchetti", "COVID-19 admissions are climbing in Ottawa hospitals")]


def test_a_participle_after_a_count_is_no_cue():
    assert quotes("The latest tally gives her 1,140 pledged delegates and 310 superdelegates.") == []


# ---------------------------------------------------------------- a quotation after a colon, a document's author

def test_a_blunt_answer_after_a_colon_with_the_question_before_it():
    got = quotes("Premier Wab Kinew was blunt when asked about the hydro rate increase on Friday: \"Families cannot "
                 "afford it, and we will not approve it.\"")
    assert got == [("Wab Kinew", "Families cannot afford it, and we will not approve it")]


def test_a_message_for_someone_after_a_colon_is_said_by_the_subject():
    text = ("Mayor Josh Morgan toured the flooded streets on Monday. The mayor had a message for residents: "
            "\"Stay off the roads tonight if you can.\"")
    assert quotes(text)[-1] == ("Josh Morgan", "Stay off the roads tonight if you can")


def test_a_news_release_from_the_city_is_the_citys():
    got = quotes("Snow clearing on residential streets will begin Tuesday, according to a news release from the city.")
    assert got == [("the city", "Snow clearing on residential streets will begin Tuesday")]


# ---------------------------------------------------------------- French and accented names, posts opening a sentence

def test_an_accented_full_name_is_the_fullest_name_of_its_surname():
    text = ("Innovation Minister Jean-Sébastien Gagné toured a fibre plant in Sherbrooke on Monday.\n\n"
            "\"Every region deserves fast internet,\" Gagné said.")
    assert [s for s, _ in quotes(text)] == ["Jean-Sébastien Gagné"]


def test_a_compound_first_name_has_the_gender_of_its_first_name():
    from briefing.index.quotes.gender import first_name_gender
    assert first_name_gender("Marie-Ève") == "f"
    assert first_name_gender("Jean-François") == "m"
    assert first_name_gender("Wilson-Raybould") is None


def test_a_compound_first_name_lets_a_pronoun_find_her():
    text = ("Marie-Hélène Tardif runs a daycare in Laval.\n\n"
            "\"We have 40 children on the waiting list,\" she said.")
    assert [s for s, _ in quotes(text)] == ["Marie-Hélène Tardif"]


def test_a_post_opening_a_sentence_is_no_part_of_the_name():
    got = quotes("Forward Nils Åberg, who had two goals, said the team was finally healthy.")
    assert got == [("Nils Åberg", "the team was finally healthy")]
    got = quotes("Chief Harold Moose of Long Lake First Nation said the road had been closed for a week.")
    assert got == [("Harold Moose", "the road had been closed for a week")]
    got = quotes("\"The court must be seen to be independent,\" Chief Justice Beverley Marchand said.")
    assert got == [("Beverley Marchand", "The court must be seen to be independent")]


# ---------------------------------------------------------------- where a reported clause ends

def test_the_speakers_own_act_after_the_clause_is_no_part_of_it():
    got = quotes("Porter Airlines said in a statement that the cancellations were caused by a de-icing shortage and "
                 "apologized for the inconvenience.")
    assert got == [("Porter Airlines", "the cancellations were caused by a de-icing shortage")]
    got = quotes("Police said the man was arrested and charged with assault.")
    assert got == [("Police", "the man was arrested and charged with assault")]


def test_an_age_stands_for_a_former_office_holder():
    text = ("Former premier Dorothy Wallace says the province should never have sold its phone company.\n\n"
            "Speaking to a business audience in Regina on Friday, the 79-year-old said the sale had cost "
            "taxpayers billions.")
    assert [s for s, _ in quotes(text)] == ["Dorothy Wallace", "Dorothy Wallace"]


def test_a_description_by_another_name_of_the_party_or_a_past_post():
    text = ("Conservative Leader Hal Brennan toured a factory in Windsor on Monday.\n\n"
            "The Tory leader said his party would cut the tax on small businesses.")
    assert quotes(text) == [("Hal Brennan", "his party would cut the tax on small businesses")]
    text = ("Liberal Leader Margot Ellery campaigned in Moncton on Saturday.\n\n"
            "The former diplomat said her plan would double trade with Europe.")
    assert quotes(text) == [("Margot Ellery", "her plan would double trade with Europe")]


def test_the_united_states_in_a_speakers_description_is_no_cue():
    got = quotes("In an interview, Canada's envoy to the United States, Corinne Lafleur, said trade talks would resume "
                 "in March.")
    assert got == [("Corinne Lafleur", "trade talks would resume in March")]


def test_the_couple_is_the_two_people_named_together():
    text = ("Omar and Leila Haddad have waited two years for their condo in Vaughan to be finished.\n\n"
            "The couple said the builder had raised the price twice.")
    assert quotes(text) == [("Omar and Leila Haddad", "the builder had raised the price twice")]
