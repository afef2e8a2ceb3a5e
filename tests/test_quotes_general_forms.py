"""Reported speech in the forms general news writes it (courts, business, sport, politics): one test per form,
with sentences written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes


def read(text):
    """(kind, text, speaker) of every quote of ``text``."""
    return [(q.kind, q.text, q.speaker) for q in extract_quotes(text, "t")]


@pytest.mark.parametrize("text, want", [
    # a possessive before the role starts the appositive: the name before it speaks
    ("Lena Frost, Norway's envoy to the talks since 2019, said the deal must include fishing rights.",
     [("indirect", "the deal must include fishing rights", "Lena Frost")]),
    # a participle is not an inverted speaker ("said having X …" is the content)
    ("Quebec Sen. Paul Ng, head of the transit committee, said having Ottawa at the table gives even small towns such "
     "as Perth a voice.",
     [("indirect", "having Ottawa at the table gives even small towns such as Perth a voice", "Paul Ng")]),
    # the speaker after a subordinating conjunction when the main clause's subject cannot speak
    ("Few traders were surprised by the cut as several economists had already said it was likely.",
     [("indirect", "it was likely", "several economists")]),
    # "with X saying": the noun after 'with' speaks
    ("The vote was delayed again, with the committee chair saying the report was not ready.",
     [("indirect", "the report was not ready", "the committee chair")]),
])
def test_who_speaks_a_reported_clause(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text, want", [
    # a bare clause whose subject is a name, after a cue that mostly takes 'that'
    ("Residents claim Harbour Holdings has ignored the flooding for a decade.",
     [("indirect", "Harbour Holdings has ignored the flooding for a decade", "Residents")]),
    ("The suit claims the Riverside Clinic had lost the records twice.",
     [("indirect", "the Riverside Clinic had lost the records twice", "The suit")]),
    # "warned" with no listener: the words before the auxiliary are the clause's subject
    ("The governor said the figures were grim and warned unemployment would rise to 9 per cent.",
     [("indirect", "the figures were grim", "The governor"),
      ("indirect", "unemployment would rise to 9 per cent", "The governor")]),
    # the second verb of "X said C and added C2" reports C2, by the same speaker, in the article's first sentence too
    ("The coach said the pitch was frozen and added that the game would be moved to Sunday.",
     [("indirect", "the pitch was frozen", "The coach"),
      ("indirect", "the game would be moved to Sunday", "The coach")]),
    # the clause ends at "but"; the second verb reports a clause of its own
    ("Hewitt argued that the rules had failed, but suggested nobody was to blame.",
     [("indirect", "the rules had failed", "Hewitt"), ("indirect", "nobody was to blame", "Hewitt")]),
])
def test_reported_clauses_without_that(text, want):
    assert read(text) == want


def test_a_later_noun_cue_does_not_take_the_sentence_from_its_own_verb():
    # "claims by X that …" after the sentence's own "said": the sentence is the speaker's, cut before the aside
    assert read("Judge Mara Quint said the jury had been properly instructed, despite claims by the defence that "
                "the evidence was tainted.") == [
        ("indirect", "the jury had been properly instructed", "Mara Quint")]


def test_a_noun_cue_alone_still_reports_its_source():
    assert read("The ruling follows claims by the tenants' union that the landlord ignored repeated warnings.") == [
        ("indirect", "the landlord ignored repeated warnings", "the tenants' union")]


def test_an_exclamation_with_its_speaker_shouting_at_someone_is_a_quote():
    assert read("“Get off the ice!” the linesman shouted at the Flames bench.") == [
        ("direct", "Get off the ice!", "the linesman")]


@pytest.mark.parametrize("text, want", [
    ("Speaking on CTV's “Question Period,” the minister said the pipeline would be finished by 2027.",
     [("indirect", "the pipeline would be finished by 2027", "the minister")]),
    ("In his memoir “A Long Way From Home,” Jack Orr wrote that he left school at fifteen.",
     [("indirect", "he left school at fifteen", "Jack Orr")]),
    # the show a statement was made on, its full stop inside the marks; a weekday after the cue is no part of it
    ("The pipeline will be finished by 2027, the minister said Sunday on CBC's “Rosemary Barton Live.”",
     [("indirect", "The pipeline will be finished by 2027", "the minister")]),
    ("The senator said Friday he would vote against the bill.",
     [("indirect", "he would vote against the bill", "The senator")]),
])
def test_a_quoted_title_is_not_a_quote_but_the_sentence_still_reports(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text", [
    # narrating, calling for help, a referee's decision
    "The documentary tells the story of a nurse who ran a clinic on a fishing boat.",
    "A neighbour called the police after hearing shouts from the flat.",
    "The referee called a penalty against Hull in the final minute.",
    # negated or withheld speech
    "The coach won't say whether the striker will play on Sunday.",
    "Police declined to say how the man had entered the building.",
    # scoring and markets
    "Okafor and Lindqvist each added a goal as the Wolves won 4-1.",
    "The TSX added 45 points, or 0.2 per cent, to close at 20,110.",
])
def test_not_speech_is_not_a_quote(text):
    assert read(text) == []


@pytest.mark.parametrize("text, want", [
    # a second subject and its cue inside the clause: two statements, not one
    ("Six in 10 parents said the principal was fair, and three-quarters said the same of the new coach.",
     [("indirect", "the principal was fair", "Six in 10 parents"),
      ("indirect", "the same of the new coach", "three-quarters")]),
    ("Most tenants said the heating worked; 30 per cent of owners say it does not.",
     [("indirect", "the heating worked", "Most tenants"), ("indirect", "it does not", "30 per cent of owners")]),
    # a relative clause with its cue inside: the statement ends with the relative clause
    ("The new tolls, which the ministry said will start in April, do not apply to buses.",
     [("indirect", "will start in April", "the ministry")]),
])
def test_where_a_reported_clause_ends(text, want):
    assert read(text) == want


@pytest.mark.parametrize("text, want", [
    # a short second part is still part of the quote when it is a sentence of its own
    ("“Families have waited ten years for this,” Mayor Ana Ruiz told reporters. “We heard them.”",
     [("direct", "Families have waited ten years for this … We heard them", "Ana Ruiz")]),
    # a show's title after the attribution is not a second part
    ("“It was a fair trial,” Lee Park said on “Power Hour.” Then he left.",
     [("direct", "It was a fair trial", "Lee Park")]),
])
def test_a_short_second_part_of_a_quote(text, want):
    assert read(text) == want


def test_reported_speech_before_a_mixed_quote_of_another_speaker_is_read_too():
    assert read("The province has not promised any money for the ferry, according to a budget memo, though Premier "
                "Dale Quinn said last week his cabinet was “open to talks.”") == [
        ("indirect", "The province has not promised any money for the ferry", "a budget memo"),
        ("mixed", "his cabinet was “open to talks.”", "Dale Quinn")]


def test_a_clause_after_a_mixed_quote_is_read_with_the_same_speaker():
    assert read("The governor, Ines Kowal, said in a speech that prices were “heading the right way,” but warned "
                "that rents remained too high.") == [
        ("mixed", "prices were “heading the right way,”", "Ines Kowal"),
        ("indirect", "rents remained too high", "Ines Kowal")]


def test_a_participle_after_a_mixed_quote_reports_a_clause_of_its_own():
    assert read("Ruth Alder insisted that the plan had “saved the town,” claiming that it paid for itself.") == [
        ("mixed", "the plan had “saved the town", "Ruth Alder"), ("indirect", "it paid for itself", "Ruth Alder")]


def test_a_name_and_its_relative_clause_before_a_cue_is_the_speaker_not_the_statement():
    [(kind, text, speaker)] = read("Winnipeg's Mark Oduya, who scored twice, said the loss stung.")
    assert (kind, text) == ("indirect", "the loss stung") and speaker.endswith("Mark Oduya")


@pytest.mark.parametrize("text, want", [
    ("Defence lawyer Ida Brandt argued for four years, telling the court her client was deeply remorseful.",
     "her client was deeply remorseful"),
    ("The premier told a packed hall in Sydney Mines, Nova Scotia, on Monday that the mine would not reopen.",
     "the mine would not reopen"),
    ("Forecasters warned the storm could knock out power across the region.",
     "the storm could knock out power across the region"),
])
def test_the_listener_after_told_or_warned_is_not_part_of_the_clause(text, want):
    assert [t for _, t, _ in read(text)] == [want]


def test_a_quoted_paragraph_after_a_paragraph_of_narration_goes_on_with_the_last_speaker():
    text = ("“We are not going anywhere,” said union president Dana Holt.\n"
            "The strike began on Monday after talks broke down.\n"
            "“Our members have worked without a contract for two years and they are tired of waiting.”")
    assert read(text) == [
        ("direct", "We are not going anywhere", "Dana Holt"),
        ("direct", "Our members have worked without a contract for two years and they are tired of waiting", "Dana Holt")]


def test_a_quoted_paragraph_after_narration_that_reports_someone_else_is_not_given_to_the_last_speaker():
    text = ("“We are not going anywhere,” said union president Dana Holt.\n"
            "The company said talks would resume on Friday.\n"
            "“Our members have worked without a contract for two years and they are tired of waiting.”")
    assert ("direct", "Our members have worked without a contract for two years and they are tired of waiting",
            "Dana Holt") not in read(text)


def test_a_short_sentence_quoted_in_its_own_paragraph_continues_the_quote_before_it():
    assert read("“We are not going anywhere,” said union president Dana Holt.\n“Not a chance.”") == [
        ("direct", "We are not going anywhere … Not a chance", "Dana Holt")]


def test_a_lawsuit_alleges_a_clause_and_a_verb_with_no_subject_is_no_clause():
    assert read("The lawsuit alleges the landlord knew about the mould for years.") == [
        ("indirect", "the landlord knew about the mould for years", "The lawsuit")]
    assert read("A $2-billion merger announced Monday would make the firm the largest grocer in the country.") == []


@pytest.mark.parametrize("text, want", [
    ("The new tower angered residents who say it will block their view of the harbour.",
     [("indirect", "it will block their view of the harbour", "residents")]),
    ("The video was filmed inside the jail, angering a warden who says he was tricked into letting the crew in.",
     [("indirect", "he was tricked into letting the crew in", "a warden")]),
])
def test_the_noun_right_before_who_speaks_its_relative_clause(text, want):
    assert read(text) == want


def test_words_quoted_inside_a_statement_whose_speaker_follows_make_one_mixed_quote():
    [(kind, text, speaker)] = read('The Jets "looked tired all night," coach Ada Brennan said.')
    assert kind == "mixed" and text.startswith('The Jets "looked tired all night') and speaker == "Ada Brennan"
