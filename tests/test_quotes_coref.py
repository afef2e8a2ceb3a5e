"""Who "he" and "she" stand for when the text does not name the person with a known first name: people whose first
name no list holds, descriptions ("the mayor"), roles given in an aside, names inside what someone said.

Sentences written for these tests; each test pins one mechanism of ``person_evidence.py`` as antecedents.py and
people.py use it.
"""

from __future__ import annotations

from briefing.index.quotes.gender import first_name_gender
from briefing.index.quotes.person_evidence import possessive
from quote_helpers import quote_with, speaker_of


def test_the_first_names_of_these_tests_are_in_no_list():
    # the tests below are about names whose first word tells no gender: they must stay so
    assert not any(first_name_gender(n) for n in ("Lwandiso", "Nomathemba", "Thembinkosi", "Zanemvula", "Obiora", "Kwadwo",
                                                  "Chidiebere"))


def test_he_goes_to_a_person_whose_first_name_is_unknown_not_to_a_firm_after_a_preposition():
    text = ("Lwandiso Dlamini toured the shaft near Rustenburg on Wednesday, where managers from Karee Platinum showed "
            "him the flooded levels.\n\n"
            "\"We will not let this mine close,\" he said.\n")
    assert speaker_of(text, "let this mine close") == "Lwandiso Dlamini"


def test_she_goes_to_a_person_whose_first_name_is_unknown_not_to_the_builder_named_later():
    text = ("Nomathemba Khumalo opened the clinic in Soweto on Friday after a year of delays caused by Tembisa "
            "Builders.\n\n"
            "\"The families here waited long enough,\" she said.\n")
    assert speaker_of(text, "waited long enough") == "Nomathemba Khumalo"


def test_a_person_of_unknown_gender_loses_to_the_subject_whose_gender_agrees():
    text = ("Peter Hall, the council leader, met Thembinkosi Zulu on Monday to discuss the budget.\n\n"
            "\"We have found the money,\" he said.\n")
    q = quote_with(text, "found the money")
    assert (q.speaker, q.speaker_role) == ("Peter Hall", "council leader")


def test_the_subject_of_the_sentence_before_wins_even_with_an_unknown_first_name():
    text = ("The mayor, Angus Reid, spoke first. He said: \"We will rebuild the library.\"\n\n"
            "Thembinkosi Zulu, a union organiser, spoke next. He said: \"Our members will help rebuild it.\"\n")
    assert speaker_of(text, "Our members will help") == "Thembinkosi Zulu"


def test_a_description_tied_to_a_person_with_an_unknown_first_name_is_that_person_and_so_is_she():
    text = ("Zanemvula Mbeki was elected mayor of the district last year.\n\n"
            "The mayor said on Tuesday that the water plant would be finished by March.\n\n"
            "She added: \"Nobody will pay more for water this year.\"\n")
    assert speaker_of(text, "water plant would be finished") == "Zanemvula Mbeki"
    assert speaker_of(text, "Nobody will pay more") == "Zanemvula Mbeki"


def test_he_after_a_description_never_tied_to_a_name_is_the_description():
    text = ("The headteacher of Marsh Lane Primary said the roof had leaked for three winters.\n\n"
            "He added: \"The children deserve a dry classroom.\"\n")
    said = speaker_of(text, "roof had leaked")
    assert said == "The headteacher of Marsh Lane Primary"
    assert speaker_of(text, "dry classroom") == said  # not "Lane Primary", a school


def test_he_after_a_description_that_opens_the_sentence_before_is_the_description():
    text = ("The coach watched from the stand as his side lost 3-0.\n\n"
            "He said: \"We were second to every ball today.\"\n")
    assert speaker_of(text, "second to every ball") == "The coach"


def test_she_never_goes_to_a_description_of_a_man():
    text = ("The chairman left the meeting early on Thursday.\n\n"
            "She said: \"Nothing was decided while I was there.\"\n")
    assert speaker_of(text, "Nothing was decided") != "The chairman"


def test_a_role_given_in_an_aside_before_the_name_is_the_role_of_he():
    text = ("The union's regional secretary, Obiora Eze, spoke after the vote. He said: \"Our members have been "
            "patient for too long.\"\n")
    q = quote_with(text, "patient for too long")
    assert (q.speaker, q.speaker_role) == ("Obiora Eze", "union's regional secretary")


def test_a_role_given_in_an_aside_after_the_name_is_the_role_of_he():
    text = ("Angus Reid, the mayor, spoke after the vote. He said: \"The library will open again in May.\"\n")
    q = quote_with(text, "library will open")
    assert (q.speaker, q.speaker_role) == ("Angus Reid", "mayor")


def test_a_name_inside_what_was_said_does_not_take_he_from_the_person_who_said_it():
    text = ("Kwadwo Asante spoke to the inquiry for two hours on Thursday. Asked about the contracts, the former "
            "minister said Chidiebere Okoro had signed every one of them without reading them.\n\n"
            "\"I warned the board twice,\" he said.\n")
    assert speaker_of(text, "signed every one") == "Kwadwo Asante"
    assert speaker_of(text, "warned the board twice") == "Kwadwo Asante"



def test_a_possessor_is_told_from_the_head_of_its_phrase():
    # "Nigel Ashdown's lawyers declined …": the lawyers are the subject, not Nigel Ashdown
    text = "Nigel Ashdown's lawyers declined. Mr. Ashdown’s wife spoke. Lois Harris’ book sold. Nigel Ashdown spoke."
    assert possessive(text, 0) and possessive(text, text.index("Mr.")) and possessive(text, text.index("Lois"))
    assert not possessive(text, text.rindex("Nigel"))


def test_he_goes_to_the_description_that_just_spoke_not_to_the_man_it_named():
    # "The council's lawyer" is the subject and the speaker of the sentence before; Tom Ward is only what she or he
    # said (and "The" is no first name, whatever a list of names holds)
    text = ("Peter Hall gave evidence to the inquiry on Thursday. \"It was chaos from the first day,\" he said. The "
            "hearing lasted four hours. The council's lawyer said Tom Ward had signed every contract without reading "
            "it. \"I warned the board twice,\" he added.\n")
    assert speaker_of(text, "warned the board twice") == "The council's lawyer"


def test_a_short_form_of_a_longer_name_is_still_a_person_for_she():
    text = ("Aung San Suu Kyi arrived in Washington on Wednesday. Barack Obama welcomed her to the White House.\n\n"
            "In her speech, Suu Kyi thanked Congress for its support. \"Unity also means prosperity,\" she said.\n")
    assert speaker_of(text, "Unity also means") in ("Suu Kyi", "Aung San Suu Kyi")
