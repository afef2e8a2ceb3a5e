"""Organisations called by the word for their kind and documents by the body that issued them, across an article:
"the federation", "the chamber", "the network" for the body the text named with that word capitalised, "the
health authority" for the body that spoke whose name has "Health", "the release" for the body that "said in a
news release", "the federation's Friday release" for the federation, and "the company" for a firm whose name has
a person's shape when the text writes "the" before it. Passages written for these tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def _body(name: str | None) -> str | None:
    """A body's name without the article the sentence gave it ("the Saskatchewan Teachers’ Federation")."""
    return name[4:] if name and name[:4] in ("The ", "the ") else name


def test_the_word_for_a_kind_of_body_is_the_body_named_with_it():
    text = ("The Bank of Canada held its key rate on Wednesday.\n\n"
            "The Canadian Chamber of Commerce said in a statement that businesses needed relief.\n\n"
            "“Every month of high rates means fewer hires,” the chamber said.\n")
    assert speaker_of(text, "fewer hires") == "Canadian Chamber of Commerce"
    text = ("The emergency department will close overnight, the Riverside Health Network announced Tuesday.\n\n"
            "Health Minister Roberta Gallo said the province is recruiting doctors.\n\n"
            "The network said paramedics would be on standby.\n")
    assert speaker_of(text, "paramedics would be on standby") == "Riverside Health Network"


def test_the_health_authority_is_the_body_that_spoke_whose_name_has_health():
    text = ("Alberta Health Services said Wednesday that 12 people have been hospitalized.\n\n"
            "In a statement, the health authority said it was adding vaccination clinics in Lethbridge.\n")
    assert speaker_of(text, "adding vaccination clinics") == "Alberta Health Services"


def test_the_release_is_the_body_that_said_in_a_news_release():
    text = ("Cpl. Janet Lindberg said officers were called to the school just after 3 p.m.\n\n"
            "The Surrey School District said in a news release that counsellors would be on hand all week.\n\n"
            "“Our thoughts are with the student and his family,” the release said.\n")
    assert speaker_of(text, "Our thoughts are with").removeprefix("The ") == "Surrey School District"


def test_the_federations_release_is_the_federations():
    text = ("Teachers will walk off the job Tuesday, the Saskatchewan Teachers’ Federation announced.\n\n"
            "The federation’s Friday release said the strike would close every public school.\n\n"
            "“Teachers have been more than patient,” the release said.\n")
    assert _body(speaker_of(text, "the strike would close")) == "Saskatchewan Teachers’ Federation"
    assert _body(speaker_of(text, "more than patient")) == "Saskatchewan Teachers’ Federation"


def test_the_company_is_a_firm_the_text_writes_the_before():
    text = ("Ottawa approved an expansion of the Coastal Link natural gas pipeline on Thursday.\n\n"
            "The Clean Air Coalition said the decision was incompatible with Canada’s climate targets.\n\n"
            "Coastal Link said in a statement that construction would begin next spring.\n\n"
            "“We are proud of the agreements we have reached,” the company said.\n")
    assert speaker_of(text, "We are proud") == "Coastal Link"


def test_a_headline_word_is_no_part_of_the_body():
    text = ("Row over new powers for CSOs\n\n"
            "The Police Federation has said it opposes giving officers the power to detain suspects.\n\n"
            "The federation said CSOs do not have the training to deal with confrontations.\n")
    assert _body(speaker_of(text, "do not have the training")) == "Police Federation"


def test_a_body_described_with_two_words_is_the_body_whose_name_has_one():
    text = ("Housing starts fell 12 per cent in April, Canada Mortgage and Housing Corp. said Thursday.\n\n"
            "The federal housing agency said builders started work on about 220,000 units.\n")
    assert speaker_of(text, "builders started work") == "Canada Mortgage and Housing Corp."


def test_a_word_before_a_body_and_its_initialism_is_no_part_of_the_name():
    text = ("Past Congressional Budget Office (CBO) forecasts said there would be a $348bn shortfall. The CBO says "
            "it expects a further decline in the dollar. But the non-partisan fiscal watchdog notes the declines will "
            "help exporters.\n")
    assert speaker_of(text, "help exporters") == "Congressional Budget Office"
