"""Quotation spans as a reader sees them: split quotes, inner marks, endings, colon, inverted, transcript,
roundup and multi-paragraph forms, and lines that hold no quotes (sentences written for these tests)."""

from __future__ import annotations

from briefing.index.quotes import FRAGMENT_JOIN, extract_quotes, quote_text


def quotes_of(text):
    quotes = extract_quotes(text, "t")
    for q in quotes:  # the text is always the fragments' words (or the slice), never more
        assert q.text == quote_text(text, q.start, q.end, [(f.start, f.end) for f in q.fragments])
    return quotes


def only(text):
    quotes = quotes_of(text)
    assert len(quotes) == 1, [(q.text, q.speaker) for q in quotes]
    return quotes[0]


def test_split_quote_keeps_fragments_and_leaves_the_attribution_out():
    text = "“The harbour wall will hold this winter,” the engineer said. “After that, nobody can promise anything.”"
    q = only(text)
    assert [text[f.start:f.end] for f in q.fragments] == ["The harbour wall will hold this winter",
                                                         "After that, nobody can promise anything"]
    assert q.text == "The harbour wall will hold this winter" + FRAGMENT_JOIN + "After that, nobody can promise anything"
    assert "said" not in q.text and "engineer" not in q.text
    assert (q.speaker_mention, q.cue) == ("the engineer", "said")


def test_split_quote_with_a_long_attribution_and_a_comma_join():
    text = ("“Supporters of the other campaigns,” Amara Okafor said on Tuesday at a rally in the old mill town, "
            "“have spent their money on television instead of on doors.”")
    q = only(text)
    assert q.speaker == "Amara Okafor" and len(q.fragments) == 2
    assert "rally" not in q.text and q.text.endswith("instead of on doors")


def test_two_quotes_with_their_own_attributions_stay_two():
    text = "“The ferry is late again,” one commuter said. “It was late yesterday as well,” another said."
    assert len(quotes_of(text)) == 2


def test_inner_marks_of_the_other_kind_do_not_end_the_quote():
    q = only("“She told me \"not yet\" twice before the vote,” Lena Whitcombe said.")
    assert q.text == "She told me \"not yet\" twice before the vote" and q.speaker == "Lena Whitcombe"
    q = only("\"He kept saying “trust me” all evening,\" Omar Haddad said.")
    assert q.text == "He kept saying “trust me” all evening" and q.speaker == "Omar Haddad"


def test_exclamation_and_question_endings():
    q = only("“This valley will not be flooded for a car park!” Delgado said.")
    assert (q.text, q.speaker) == ("This valley will not be flooded for a car park!", "Delgado")
    q = only("“Who decided to close the library on Sundays?” asked the chair of the parents' group.")
    assert q.speaker_mention == "the chair of the parents' group" and q.text.endswith("?")


def test_colon_form():
    q = only("The harbour master said: “No boat leaves before the storm has passed.”")
    assert q.speaker_mention == "The harbour master" and q.text.startswith("No boat leaves")


def test_inverted_with_a_long_description():
    q = only("“The samples were cleaner than we expected,” said lead author Dr. Ines Varga, a chemist at the "
             "University of Tartu.")
    assert q.speaker == "Ines Varga" and q.kind == "direct"


def test_transcript_lines_are_quotes_of_their_labels():
    text = ("MR. HALVERSON: The committee has not seen the contract and cannot approve it tonight.\n"
            "MS. ABARA: The contract was sent to every member on Monday, as the rules require.\n"
            "MR. HALVERSON: Then the clerk should confirm that in writing before we vote.\n")
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Halverson", "Abara", "Halverson"]
    assert quotes[0].speaker_mention == "MR. HALVERSON" and quotes[0].text.startswith("The committee")
    assert all(q.kind == "direct" for q in quotes)


def test_one_capitalised_label_is_not_a_transcript():
    assert quotes_of("UPDATE: The road reopened at noon after the lorry was moved.\n") == []


def test_roundup_labels_name_the_speaker():
    text = ("Here is how the papers saw the debate.\n"
            "Priya Natarajan, The Harbour Gazette: “A candidate who finally sounded ready for the job.”\n"
            "Tom Ellery, Northern Post: 'Neither of them said anything new about rents or wages.'\n")
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes] == ["Priya Natarajan", "Tom Ellery"]


def test_quotation_over_paragraphs_is_one_quote():
    text = ("“The first thing we did was count the boats that were still in the water.\n\n"
            "“Then we counted the ones on the beach, and the numbers did not add up,” the coastguard said.")
    q = only(text)
    assert q.kind == "direct" and len(q.fragments) == 2 and q.speaker_mention == "the coastguard"


def test_quote_in_its_own_paragraph_continues_the_quote():
    text = ("“We expect the report next week,” Marta Kowalczyk said at the meeting in the town hall.\n\n"
            "“Until then the bridge stays closed to lorries and to buses as well.”")
    q = only(text)
    assert q.speaker == "Marta Kowalczyk" and len(q.fragments) == 2 and q.text.endswith("buses as well")


def test_headlines_and_link_lines_hold_no_quotes():
    text = ("Mayor Says New Tram Line Will Open Next Spring\n"
            "READ MORE: Council says the tram budget will double by next year\n"
            "The tram line has been delayed twice since the works began.")
    assert quotes_of(text) == []


def test_cue_in_the_next_sentence_and_leading_cues():
    q = only("“The gates close at six, and nobody gets in after that.” Halvorsen said.")
    assert q.speaker == "Halvorsen"
    q = only("Said Ruth Amadi, who has run the stall for twenty years, “Nobody here has seen a winter like it.”")
    assert q.speaker == "Ruth Amadi" and q.text == "Nobody here has seen a winter like it"
    q = only("“Is the bridge safe?” reporter Lena Okafor asked him.")
    assert q.speaker == "Lena Okafor"
    q = only("“I back the plan,” Tom Ellery, head of the traders' association, tells the Harbour Gazette.")
    assert q.speaker == "Tom Ellery"


def test_text_cited_after_a_colon_without_a_cue_is_not_a_quote():
    text = ("“We will fight the closure of the ferry route,” the mayor said on Monday.\n\n"
            "Outside the town hall, the banner over the door read: “Keep our harbour open for the island ferries.”")
    q = only(text)
    assert q.text.startswith("We will fight") and q.speaker_mention == "the mayor"


def test_a_short_quotation_with_no_cue_is_not_a_quote_of_the_previous_speaker():
    text = ("“We will fight the closure of the ferry route,” the mayor said on Monday.\n\n"
            "The campaign, which has its own website, is called “Keep the island ferries sailing all year”.")
    assert [q.text for q in quotes_of(text)] == ["We will fight the closure of the ferry route"]


def test_a_longer_quotation_with_no_cue_continues_the_previous_speaker():
    text = ("“We will fight the closure of the ferry route,” the mayor said on Monday.\n\n"
            "Her deputy nodded. “The island needs its ferries every single day of the year, in winter too.”")
    quotes = quotes_of(text)
    assert len(quotes) == 2 and quotes[1].floating and quotes[1].speaker_mention == "the mayor"



def test_a_quoted_fragment_inside_a_mixed_quote_is_not_quoted_twice():
    text = ("The coach says “the whole league has become far too cautious” because "
            "“the rules have made the game soft and slow to watch.” He says referees are too strict.")
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["mixed", "indirect"]
    assert "far too cautious" in quotes[0].text and "slow to watch" in quotes[0].text


def test_a_title_with_a_full_stop_in_the_attribution_still_joins_the_two_parts():
    for who in ("Gov. Ortega", "Mr. Ortega", "Jane Q. Ortega"):
        text = f"“The road will reopen in May,” {who} said. “The bridge will take another year.”"
        q = only(text)
        assert q.speaker_mention == who and len(q.fragments) == 2


def test_an_inverted_description_may_start_with_a_number():
    text = "“The count was fair,” said a 2019 election observer. “Every ballot was checked twice in the hall.”"
    q = only(text)
    assert q.speaker_mention == "a 2019 election observer" and len(q.fragments) == 2
