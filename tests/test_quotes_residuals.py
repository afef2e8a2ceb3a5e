"""Speaker and span forms of news from many outlets: abbreviated titles, occupation nouns before a
name, documents of an organisation, quotation marks of other languages, paragraphs that continue a
quotation."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.sentences import split_sentences


def _only(body: str):
    quotes = extract_quotes(body, "a1")
    assert len(quotes) == 1, [(q.text, q.speaker) for q in quotes]
    return quotes[0]


TITLED = [
    ("Coun.", "Andrew Knack"), ("Supt.", "Maria Olsen"), ("Sgt.", "Tom Baird"), ("Insp.", "Karen Wu"),
    ("Const.", "Dave Pike"), ("Cpl.", "Lena Hart"), ("Det.", "Sam Ortiz"), ("Lt.", "Rosa Green"),
    ("Capt.", "Neil Ames"), ("Gen.", "Paul Stone"), ("Gov.", "Helen Marsh"), ("Sen.", "Omar Reyes"),
    ("Rep.", "Julia Kent"), ("Prof.", "Ivan Petrov"), ("Atty. Gen.", "Mark Lowe"),
]


@pytest.mark.parametrize("title,name", TITLED)
def test_abbreviated_title_is_the_role_of_the_person_after_it(title, name):
    reported = _only(f"{title} {name} said the bridge would reopen after the spring floods.")
    assert (reported.text, reported.kind) == ("the bridge would reopen after the spring floods", "indirect")
    assert (reported.speaker, reported.speaker_role) == (name, title)
    before = _only(f"“The bridge will reopen in May,” {title} {name} said on Tuesday.")
    assert (before.text, before.kind, before.speaker, before.speaker_role) == (
        "The bridge will reopen in May", "direct", name, title)
    after = _only(f"“The bridge will reopen in May,” said {title} {name}.")
    assert (after.text, after.kind, after.speaker, after.speaker_role) == (
        "The bridge will reopen in May", "direct", name, title)
    inverted = _only(f"The bridge will reopen after the spring floods, said {title} {name}.")
    assert (inverted.text, inverted.kind, inverted.speaker, inverted.speaker_role) == (
        "The bridge will reopen after the spring floods", "indirect", name, title)


@pytest.mark.parametrize("title", ["Coun.", "Supt.", "Insp.", "Const.", "Cpl.", "Det.", "Atty."])
def test_no_sentence_ends_after_an_abbreviated_title(title):
    text = f"The hearing was delayed. {title} Jo Roe asked for more time."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The hearing was delayed.", f"{title} Jo Roe asked for more time."]


@pytest.mark.parametrize("body,text", [
    ("Farmer Ruth Osei said the rain came too late for the wheat.", "the rain came too late for the wheat"),
    ("The rain came too late for the wheat, farmer Ruth Osei said.", "The rain came too late for the wheat"),
])
def test_occupation_before_a_name_is_the_role(body, text):
    q = _only(body)
    assert (q.text, q.kind, q.speaker, q.speaker_role.lower()) == (text, "indirect", "Ruth Osei", "farmer")


@pytest.mark.parametrize("body,text,kind,name,role", [
    ("economist Jo Lin said prices would keep rising into the summer.", "prices would keep rising into the summer",
     "indirect", "Jo Lin", "economist"),
    ("“We played well for an hour,” striker Ali Demir said after the match.", "We played well for an hour",
     "direct", "Ali Demir", "striker"),
])
def test_lower_case_occupation_before_a_name(body, text, kind, name, role):
    q = _only(body)
    assert (q.text, q.kind, q.speaker, q.speaker_role) == (text, kind, name, role)


@pytest.mark.parametrize("body,org,text", [
    ("Acme Foods's release said the plant would close in June.", "Acme Foods", "the plant would close in June"),
    ("Northwind Bank's statement said profits rose by a third.", "Northwind Bank", "profits rose by a third"),
    ("Harbour Rail's annual report said delays had doubled since 2019.", "Harbour Rail",
     "delays had doubled since 2019"),
    ("A statement from Northwind Bank said the branch would reopen.", "Northwind Bank",
     "the branch would reopen"),
])
def test_a_document_of_an_organisation_is_said_by_the_organisation(body, org, text):
    q = _only(body)
    assert (q.text, q.kind, q.speaker) == (text, "indirect", org)


@pytest.mark.parametrize("body,org,text", [
    ("Acme Foods's Friday release said the plant would close in June.", "Acme Foods",
     "the plant would close in June"),
    ("The plant will close in June, Acme Foods's statement said.", "Acme Foods", "The plant will close in June"),
])
def test_a_dated_document_of_an_organisation(body, org, text):
    q = _only(body)
    assert (q.text, q.kind, q.speaker) == (text, "indirect", org)


@pytest.mark.parametrize("body", [
    "«We are ready for the vote», said Marie Dubois.",
    "«We are ready for the vote,» Marie Dubois said on Monday.",
    "Marie Dubois said: «We are ready for the vote.»",
    "« We are ready for the vote », said Marie Dubois.",
    "»We are ready for the vote«, said Marie Dubois.",
    "„We are ready for the vote“, said Marie Dubois.",
    "„We are ready for the vote,” Marie Dubois told reporters.",
])
def test_guillemets_and_low_high_marks_are_quotation_marks(body):
    q = _only(body)
    assert (q.text.strip(" ."), q.kind, q.speaker) == ("We are ready for the vote", "direct", "Marie Dubois")
    assert q.text == body[q.start:q.end]


def test_curly_marks_inside_guillemets_quote_within_the_quote():
    q = _only("«He told me “no” twice», said Marie Dubois.")
    assert (q.text, q.kind, q.speaker) == ("He told me “no” twice", "direct", "Marie Dubois")


def test_a_phrase_in_low_high_marks_inside_a_report_makes_it_mixed():
    q = _only("Marie Dubois said the party was „ready for the vote“ and would not delay it.")
    assert (q.kind, q.speaker) == ("mixed", "Marie Dubois")
    assert q.text == "the party was „ready for the vote“ and would not delay it"


def test_an_unpaired_guillemet_is_left_alone():
    assert extract_quotes("Prices rose «sharply in May, the bank said.", "a1")[0].speaker == "the bank"


def test_a_quotation_in_its_own_paragraph_continues_the_speaker_who_ends_the_paragraph_before():
    body = ("“We built this for the children of the east side,” said Mayor Ruth Calder.\n"
            "“It took six years and three budgets to finish.”")
    q = _only(body)
    assert (q.kind, q.speaker, q.speaker_role) == ("direct", "Ruth Calder", "Mayor")
    assert [body[f.start:f.end] for f in q.fragments] == [
        "We built this for the children of the east side", "It took six years and three budgets to finish"]
    assert "said" not in q.text


def test_a_quotation_after_a_reported_statement_continues_its_speaker():
    body = "Ruth Calder said the park took six years to build.\n“It took six years and three budgets to finish.”"
    quotes = extract_quotes(body, "a1")
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("the park took six years to build", "indirect", "Ruth Calder"),
        ("It took six years and three budgets to finish", "direct", "Ruth Calder")]


TRANSCRIPT = ("Lester McRae: Good evening, senator. Thank you for joining us.\n"
              "Amy Price: Thank you for having me.\n"
              "Lester McRae: Will you vote for the bill next week?\n"
              "Amy Price: I will vote for it, and I expect others will too.")


def test_title_case_labels_make_a_transcript():
    quotes = extract_quotes(TRANSCRIPT, "a1")
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Good evening, senator. Thank you for joining us", "direct", "Lester McRae"),
        ("Thank you for having me", "direct", "Amy Price"),
        ("Will you vote for the bill next week?", "direct", "Lester McRae"),
        ("I will vote for it, and I expect others will too", "direct", "Amy Price")]
    assert all(TRANSCRIPT[q.speaker_start:q.speaker_end] == q.speaker for q in quotes)


def test_a_single_title_case_label_is_no_transcript():
    assert extract_quotes("Amy Price: Thank you for having me.\nThe senator left the studio at nine.", "a1") == []


def test_title_case_labels_that_name_no_person_are_no_transcript():
    body = ("Road Closures: The bridge is shut until Friday.\nBus Routes: Lines four and nine are diverted.\n"
            "Ferry Times: Boats run every hour.")
    assert extract_quotes(body, "a1") == []


@pytest.mark.parametrize("body,name,role", [
    ("Police Supt. Maria Olsen said the road would stay closed overnight.", "Maria Olsen", "Police Supt."),
    ("Lt.-Gov. Helen Marsh said the state budget was balanced.", "Helen Marsh", "Lt.-Gov."),
    ("U.S. Sen. Omar Reyes said the bill would pass easily.", "Omar Reyes", "U.S. Sen."),
    ("Former Gov. Helen Marsh said the state budget was balanced.", "Helen Marsh", "Former Gov."),
    ("Spokesperson Cst. Dave Pike said the road would stay closed.", "Dave Pike", "Spokesperson Cst."),
    ("The road would stay closed overnight, said police Supt. Maria Olsen.", "Maria Olsen", "police Supt."),
])
def test_words_before_an_abbreviated_title_belong_to_the_role(body, name, role):
    q = _only(body)
    assert (q.kind, q.speaker, q.speaker_role) == ("indirect", name, role)


def test_a_title_before_a_surname_later_resolves_to_the_full_name():
    body = "Supt. Maria Olsen said the road would stay closed. Olsen added that a detour was in place."
    assert [(q.text, q.speaker) for q in extract_quotes(body, "a1")] == [
        ("the road would stay closed", "Maria Olsen"), ("a detour was in place", "Maria Olsen")]


def test_an_abbreviated_company_word_is_no_title():
    q = _only("Gen. Motors Corp said its plant would close in June.")
    assert q.speaker_role is None and "Motors" in q.speaker


@pytest.mark.parametrize("body,name,role", [
    ("Police Chief Maria Olsen said the road would stay closed overnight.", "Maria Olsen", "Police Chief"),
    ("The road would stay closed overnight, said police Chief Maria Olsen.", "Maria Olsen", "police Chief"),
    ("Economist Jo Lin of the Fraser Institute said prices would keep rising.", "Jo Lin", "Economist"),
    ("Prices would keep rising, said economist Jo Lin of the University of Toronto.", "Jo Lin", "economist"),
    ("Jo Lin of the University of Toronto said prices would keep rising.", "Jo Lin", None),
])
def test_a_person_named_with_an_organisation_is_the_person(body, name, role):
    q = _only(body)
    assert (q.kind, q.speaker, q.speaker_role) == ("indirect", name, role)


def test_an_organisation_named_with_of_stays_whole():
    assert _only("Bank of Canada said rates would stay high this year.").speaker == "Bank of Canada"


@pytest.mark.parametrize("second", [
    "The company said more cuts were possible.",
    "The company's Friday release said more cuts were possible.",
])
def test_the_company_is_the_organisation_the_text_calls_it(second):
    quotes = extract_quotes(f"Harbour Rail said it would cut 40 jobs. {second}", "a1")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("it would cut 40 jobs", "Harbour Rail"), ("more cuts were possible", "Harbour Rail")]


def test_the_company_is_never_a_person_the_text_calls_he():
    quotes = extract_quotes("Zoltar Kwembe said he would sue the firm. The company said it had done nothing wrong.", "a1")
    assert [q.speaker for q in quotes][0] == "Zoltar Kwembe"
    assert quotes[1].speaker != "Zoltar Kwembe"


def test_one_name_over_every_line_is_a_list_not_a_transcript():
    body = ("Jo Smith: A Life in Politics was published in 2001.\nJo Smith: The Later Years followed in 2005.\n"
            "Jo Smith: Letters came out in 2010.")
    assert extract_quotes(body, "a1") == []


@pytest.mark.parametrize("attribution", ["Coun. Andrew Knack said", "said Coun. Andrew Knack",
                                         "said Supt. Andrew Knack on Friday"])
def test_a_quote_split_by_an_attribution_with_a_title_keeps_both_fragments(attribution):
    body = f"“We will review the bylaw,” {attribution}. “It is not fair to renters.”"
    q = _only(body)
    assert (q.text, q.speaker) == ("We will review the bylaw … It is not fair to renters", "Andrew Knack")
    assert [body[f.start:f.end] for f in q.fragments] == ["We will review the bylaw", "It is not fair to renters"]
