"""Quotation marks as outlets of many countries print them: curly and straight, double and single (never an
apostrophe), guillemets, low-high marks, corner brackets, quotations within quotations, quotations over
paragraphs (sentences written for these tests)."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.marks import plain_marks

from quote_helpers import one, quote_with

SAID = "We will finish the bridge before winter"


@pytest.mark.parametrize("opening, closing", [
    ("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("«", "»"), ("« ", " »"), ("«\u00a0", "\u00a0»"),
    ("„", "“"), ("„", '"'), ("‚", "‘"), ("»", "«"), ("‹", "›"), ("›", "‹"), ("「", "」"), ("『", "』"),
])
def test_every_mark_convention_quotes_the_words_it_holds(opening, closing):
    one(f"{opening}{SAID}{closing}, Mayor Lena Ortiz said.", text=SAID, speaker="Lena Ortiz", kind="direct")
    one(f"Mayor Lena Ortiz said: {opening}{SAID}.{closing}", text=SAID, speaker="Lena Ortiz", kind="direct")


@pytest.mark.parametrize("words", [
    "The players' union didn't sign the deal",
    "We loved rock 'n' roll back in the '90s",
    "O'Neill won't sign the deal for the season",
    "We beat 'em twice at home this season",
])
def test_apostrophes_inside_straight_single_quotes_do_not_end_them(words):
    one(f"'{words},' coach Sam Okafor said.", text=words, speaker="Sam Okafor", kind="direct")


@pytest.mark.parametrize("words", [
    "The players’ union didn’t sign the deal",
    "We loved rock ’n’ roll back in the ’90s",
])
def test_apostrophes_inside_curly_single_quotes_do_not_end_them(words):
    one(f"‘{words},’ coach Sam Okafor said.", text=words, speaker="Sam Okafor", kind="direct")


def test_a_plural_name_in_single_quotes_still_closes_before_its_noun():
    text = ("The 1912 side joined the 'Iron Lads' touring team a year later. The touring side's "
            "coaches' meetings were short.")
    assert not [q for q in extract_quotes(text, "t") if "touring team" in q.text]


@pytest.mark.parametrize("inner", ["'no'", "‘no’", '"no"'])
def test_a_quotation_within_a_quotation_stays_inside_it(inner):
    for opening, closing in (("“", "”"), ('"', '"'), ("« ", " »")):
        if inner[0] == opening[0]:
            continue
        words = f"He told me {inner} twice, and I believed him"
        one(f"{opening}{words},{closing} Judge Ada Brennan said.", text=words, speaker="Ada Brennan")


@pytest.mark.parametrize("opening, closing", [("“", "”"), ("‘", "’"), ("'", "'")])
def test_a_quotation_within_one_of_the_same_marks(opening, closing):
    words = f"He told me {opening}no{closing} twice, and I believed him"
    one(f"{opening}{words},{closing} Judge Ada Brennan said.", text=words, speaker="Ada Brennan")


def test_a_straight_quotation_within_a_straight_one():
    words = 'The engineers told us the span was "sound," and we built on it'
    one(f'"{words}," council member Ruth Adeyemi said.', text=words, speaker="Ruth Adeyemi")


def test_nested_foreign_marks_read_as_one_quotation():
    one("„Er sagte ‚nein‘ zweimal“, Chancellor Anna Berg said.", text="Er sagte ‚nein‘ zweimal", speaker="Anna Berg")
    one('„Er sagte "nein" zweimal“, Chancellor Anna Berg said.', text='Er sagte "nein" zweimal', speaker="Anna Berg")
    one("« Il a dit “non” deux fois », minister Paul Durand said.", text="Il a dit “non” deux fois",
        speaker="Paul Durand")


def test_a_french_quotation_after_an_english_one_is_its_own():
    text = "Ms Lee said: 'The talks are over.' « Nous allons gagner », the minister Paul Durand said."
    assert quote_with(text, "talks are over").speaker == "Ms Lee"
    assert quote_with(text, "Nous allons gagner").speaker == "Paul Durand"
    text = "Ms Lee said: “The talks are over.” “We will win,” the minister Paul Durand said."
    assert quote_with(text, "talks are over").speaker == "Ms Lee"
    assert quote_with(text, "We will win").speaker == "Paul Durand"


def test_a_quote_after_a_cue_is_not_given_to_the_next_sentence_s_speaker():
    text = ("Writer Jo Pratt, from Leeds, asked of the floods: “Why were the pumps never tested?” "
            "On housing, teacher Sam Okafor said: “Where will the families go?”")
    assert quote_with(text, "pumps never tested").speaker == "Jo Pratt"
    assert quote_with(text, "families go").speaker == "Sam Okafor"
    text = "The minister Paul Durand said: « Nous allons gagner. » Ms Lee said: 'It is over.'"
    assert quote_with(text, "gagner").speaker == "Paul Durand"
    assert quote_with(text, "It is over").speaker == "Ms Lee"


def test_french_spaced_marks_stay_in_a_mixed_quote():
    q = one("The minister Paul Durand said on Monday that « the levees will hold » and that repairs would start.")
    assert q.kind == "mixed" and q.text.startswith("« the levees will hold »")
    q = one("« Il a dit « non » deux fois et nous l'avons cru », minister Paul Durand said.")
    assert q.text == "Il a dit « non » deux fois et nous l'avons cru"


def test_french_spacing_keeps_the_sentence_start():
    # the spaces inside « » go outside the marks, so the quotation starts and ends a sentence as “We” would
    assert plain_marks("He left. « Nous partons »") == "He left.  “Nous partons” "
    assert len(plain_marks("« A »\n« B")) == len("« A »\n« B")


@pytest.mark.parametrize("opening, closing", [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("« ", " »"), ("«", "»"),
                                              ("»", "«"), ("„", "“")])
def test_a_quotation_over_paragraphs_reopens_each(opening, closing):
    text = (f"Mayor Lena Ortiz spoke for an hour.\n\n{opening}The river rose faster than we planned for. "
            f"We lost two pumps.\n\n{opening}We will rebuild them by spring,{closing} she said.\n\n"
            "The council meets on Monday.")
    q = one(text, speaker="Lena Ortiz", kind="direct")
    assert q.text == "The river rose faster than we planned for. We lost two pumps.\n\nWe will rebuild them by spring"


@pytest.mark.parametrize("opening, closing", [("“", "”"), ("« ", " »")])
def test_a_quotation_interrupted_by_its_attribution(opening, closing):
    text = f"{opening}The river rose faster than we planned,{closing} Mayor Lena Ortiz said, {opening}and we lost two pumps.{closing}"
    one(text, text="The river rose faster than we planned … and we lost two pumps", speaker="Lena Ortiz")


def test_a_short_quoted_paragraph_after_a_quote_goes_on_with_it_in_the_same_marks():
    text = ("“The river rose faster than we planned,” Mayor Lena Ortiz said.\n\n“And we lost two pumps.”\n\n"
            "The council meets on Monday.")
    one(text, text="The river rose faster than we planned … And we lost two pumps", speaker="Lena Ortiz")
    # a subheading in other marks quotes someone else's words, not hers
    text = ("“The river rose faster than we planned,” Mayor Lena Ortiz said.\n\n‘We lost two pumps.’\n\n"
            "The council meets on Monday.")
    one(text, text="The river rose faster than we planned", speaker="Lena Ortiz")


def test_a_missing_closing_mark_does_not_swallow_the_next_paragraphs():
    text = ("Mayor Lena Ortiz said: “The river rose faster than we planned for.\n\n"
            "The council meets on Monday to discuss the budget.\n\n"
            "Tom Reyes, the treasurer, said the city would cope.")
    quotes = extract_quotes(text, "t")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The river rose faster than we planned for", "Lena Ortiz"), ("the city would cope", "Tom Reyes")]


@pytest.mark.parametrize("opening", ["“", "‘", "'"])
def test_a_quotation_after_a_colon_that_loses_its_closing_mark_ends_with_its_paragraph(opening):
    text = (f"Mayor Lena Ortiz said: {opening}The river rose faster than we planned for.\n\n"
            "The council meets on Monday to discuss the budget.")
    one(text, text="The river rose faster than we planned for", speaker="Lena Ortiz", kind="direct")


def test_a_missing_opening_mark_keeps_the_words_and_the_speaker():
    q = one("The river rose faster than we planned for,” Mayor Lena Ortiz said.\n\nThe council meets on Monday.")
    assert (q.text, q.speaker) == ("The river rose faster than we planned for", "Lena Ortiz")


def test_transcripts_and_interviews_still_read_their_labels():
    text = "MS. ORTIZ: We will rebuild the pumps by spring.\n\nMR. REYES: The budget will not stretch that far."
    assert [(q.text, q.speaker) for q in extract_quotes(text, "t")] == [
        ("We will rebuild the pumps by spring", "Ortiz"), ("The budget will not stretch that far", "Reyes")]
    text = ("Lena Ortiz has been mayor since 2019. We spoke to her about the floods.\n\n"
            "Q: Will the pumps be ready?\n\nA: We will rebuild them by spring.\n\n"
            "Q: And the budget?\n\nA: The council has agreed to it.")
    quotes = extract_quotes(text, "t")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will rebuild them by spring", "Lena Ortiz"), ("The council has agreed to it", "Lena Ortiz")]


def test_foreign_marked_quotes_are_indexed_found_and_highlighted_within_their_span(tmp_path):
    from briefing.index.highlight import highlight_spans
    from briefing.index.library import Library

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body_text = ("Ministers meet on flood defences\n\n"
                 "The talks in Lyon ended late on Tuesday.\n\n"
                 "« Nous allons reconstruire les digues », the minister Paul Durand said.\n\n"
                 "„Wir schicken Pumpen“, Chancellor Anna Berg said.\n\n"
                 "Mayor Lena Ortiz spoke for an hour.\n\n« The river rose faster than we planned for.\n\n"
                 "« We will rebuild the levees by spring », she said.\n")
    (corpus / "talks.txt").write_text(body_text, encoding="utf-8")
    with Library(corpus, tmp_path / "index") as lib:
        lib.update()
        for words, speaker in (("reconstruire", "Paul Durand"), ("Pumpen", "Anna Berg"), ("levees", "Lena Ortiz")):
            found = lib.quotes(query=words)
            assert [q.speaker for q in found] == [speaker], (words, [(q.text, q.speaker) for q in found])
            q = found[0]
            body = lib.article(q.article_id).body
            assert not any(ch in q.text for ch in "«»„“")
            spans = [s for s in highlight_spans(body, words)]
            assert spans and all(q.start <= s.start and s.end <= q.end for s in spans)
        assert lib.quotes(query="levees")[0].text == (
            "The river rose faster than we planned for.\n\nWe will rebuild the levees by spring")


@pytest.mark.parametrize("opening, closing", [("“", "”"), ("‘", "’"), ("'", "'"), ("« ", " »")])
def test_a_quoted_fragment_in_a_reported_clause_makes_it_mixed_in_any_marks(opening, closing):
    q = one(f"Councillor Ruth Adeyemi said the bridge plan was {opening}a costly mistake{closing} and should stop.")
    assert (q.kind, q.speaker) == ("mixed", "Ruth Adeyemi")
    q = one(f"Councillor Ruth Adeyemi opposed the bridge plan, which she called {opening}a costly mistake{closing} last year.")
    assert (q.kind, q.speaker) == ("mixed", "Ruth Adeyemi")
    q = one("Councillor Ruth Adeyemi said the players' union would sign the deal.")
    assert q.kind == "indirect"
