"""Quote spans as readers see them, on news forms from wire, Canadian, British and business copy (sentences
written for these tests)."""

from __future__ import annotations

from briefing.index.quotes import extract_quotes

from quote_helpers import one, speaker_of


def test_name_with_party_tag_is_the_subject_not_the_content():
    text = 'Sen. Mike Lee, R-Utah, said the deal spent too much, adding: "We cannot keep doing this."'
    quotes = extract_quotes(text, "t")
    assert [(q.kind, q.speaker, q.text) for q in quotes] == [
        ("indirect", "Mike Lee", "the deal spent too much"),
        ("direct", "Mike Lee", "We cannot keep doing this")]


def test_participle_after_inverted_statement_keeps_the_inverted_speaker():
    text = ('The mosque was nearly empty. Mateen left as soon as prayers were finished, Nefzi said, adding, '
            '"He was not very religious."')
    assert speaker_of(text, "not very religious") == "Nefzi"


def test_time_words_between_warned_and_that_are_not_a_listener():
    q = one("The Bank of Canada warned last week that household debt remained a serious vulnerability.")
    assert q.text == "household debt remained a serious vulnerability"
    assert q.cue == "warned"


def test_noun_state_before_a_later_cue_is_not_the_cue():
    q = one("North Korea's state media reported that the leader had inspected a new missile factory.")
    assert q.cue == "reported"
    assert q.speaker_mention and q.speaker_mention.endswith("state media")
    assert q.text == "the leader had inspected a new missile factory"


def test_second_subject_and_cue_inside_a_clause_is_its_own_statement():
    quotes = extract_quotes("The central bank warned that household debt remained high, and economists argued "
                            "the budget left little room for new spending.", "t")
    assert [(q.speaker, q.text) for q in quotes][1:] == [
        ("economists", "the budget left little room for new spending")]
    assert quotes[0].text == "household debt remained high"


def test_but_cautioned_that_splits_two_statements():
    quotes = extract_quotes("Analysts at a Toronto bank said the results showed the cost cuts were working, but "
                            "cautioned that growth could slow next year.", "t")
    assert [q.text for q in quotes] == ["the results showed the cost cuts were working", "growth could slow next year"]
    assert {q.speaker for q in quotes} == {"Analysts at a Toronto bank"}


def test_cautioned_against_is_not_a_statement():
    quotes = extract_quotes("The governor said he had voted for the senator, but cautioned against reading that as "
                            "an endorsement.", "t")
    assert len(quotes) == 1 and quotes[0].text.startswith("he had voted for the senator")


def test_said_c1_and_that_c2_reads_as_two_fragments():
    q = one("The minister said the hospital would open next year and that the province would hire 300 nurses.")
    assert q.text == "the hospital would open next year … the province would hire 300 nurses"
    assert len(q.fragments) == 2
    assert q.start < q.fragments[1].start and q.end == q.fragments[1].end


def test_and_that_as_a_determiner_is_one_clause():
    q = one("Pollsters said younger voters backed the mayor, but that group was less likely to vote at all.")
    assert "but that group was less likely" in q.text
    assert not q.fragments


def test_according_to_source_with_a_named_speaker_after_the_content():
    q = one("According to the report, the slowdown will hit manufacturing hardest, said analyst Jo Bean.")
    assert q.speaker == "Jo Bean"
    assert "the slowdown will hit manufacturing hardest" in q.text
    assert "said" not in q.text


def test_nominal_speaker_after_an_exclamation_and_shouted():
    q = one('Fans poured onto the streets after the final whistle.\n\n"We did it!" shouted one supporter, '
            'draped in a blue flag.')
    assert (q.text, q.speaker, q.cue) == ("We did it!", "one supporter", "shouted")


def test_relative_clause_wrote_a_song_is_not_speech():
    quotes = extract_quotes("Joan Barrie, who wrote the school song at Westdale Secondary and taught music there "
                            "for 40 years, has died.", "t")
    assert quotes == []


def test_relative_clause_wrote_a_clause_is_still_speech():
    q = one("Marsh, who wrote last year that the bridge was unsafe, has resigned from the board.")
    assert q.text == "the bridge was unsafe"


def test_markets_and_goals_added_are_not_speech():
    text = ("Germany's DAX added 0.1 per cent and France's CAC 40 rose 0.3 per cent.\n\n"
            "Mitch Marner and William Nylander each added a goal as Toronto beat Montreal.")
    assert extract_quotes(text, "t") == []


def test_conceded_that_c1_but_said_c2_gives_both():
    quotes = extract_quotes('Speaking on a radio programme, the minister conceded that costs had risen but said the '
                            'department was "confident" in its estimates.', "t")
    assert [(q.kind, q.cue, q.text) for q in quotes] == [
        ("indirect", "conceded", "costs had risen"),
        ("mixed", "said", 'the department was "confident" in its estimates')]
    assert quotes[0].speaker == quotes[1].speaker


def test_words_between_said_and_a_past_tense_clause():
    q = one("Barra said on a call with analysts the company remained on track to hit its targets.")
    assert (q.speaker, q.text) == ("Barra", "the company remained on track to hit its targets")


def test_plan_b_ends_a_sentence_but_a_middle_initial_does_not():
    quotes = extract_quotes("The council will now fall back on Plan B. Marsh said the backup plan would cost less.", "t")
    assert [(q.speaker, q.text) for q in quotes] == [("Marsh", "the backup plan would cost less")]
    assert one("George W. Bush said the war had been worth it.").speaker == "George W. Bush"


def test_court_copy_submitted_that():
    q = one("Appearing for the petitioners, senior advocate Kapil Sibal submitted that the rules violated privacy.")
    assert (q.speaker, q.cue, q.text) == ("Kapil Sibal", "submitted", "the rules violated privacy")


def test_submitted_a_thing_is_not_speech():
    assert extract_quotes("The company submitted its application to the regulator on Monday.", "t") == []


def test_shot_back_after_a_question():
    q = one('The exchange grew heated.\n\n"Are you kidding me?" the senator shot back.')
    assert (q.text, q.speaker) == ("Are you kidding me?", "the senator")


def test_interview_answers_are_quotes_of_the_person_introduced():
    text = ("Jagmeet Singh sat down with the paper this week. The interview has been condensed.\n\n"
            "Q: Will you support the budget?\n\n"
            "A: We will look at it closely and decide as a caucus.\n\n"
            "Q: And if it does not deliver?\n\n"
            "A: Then the government will have to find votes elsewhere.")
    quotes = extract_quotes(text, "t")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Jagmeet Singh", "We will look at it closely and decide as a caucus"),
        ("Jagmeet Singh", "Then the government will have to find votes elsewhere")]


def test_a_single_answer_line_is_not_an_interview():
    assert extract_quotes("Q: What time is it?\n\nThe clock had stopped hours earlier.", "t") == []


def test_subject_was_blunt_colon_introduces_a_quotation():
    q = one('The team lost 6-1 at home.\n\nCoach Mike Babcock was blunt: "That was embarrassing for everyone."')
    assert (q.speaker, q.text) == ("Mike Babcock", "That was embarrassing for everyone")


def test_a_message_was_clear_colon_is_no_speaker():
    quotes = extract_quotes('The mood was grim.\n\nThe message was clear: "Pay up or leave town."', "t")
    assert all(q.speaker is None for q in quotes)


def test_and_that_with_a_quantifier_subject():
    q = one("A police spokesperson, Cpl. Jo Roe, said the investigation was in its early stages and that more "
            "charges were possible.")
    assert q.text == "the investigation was in its early stages … more charges were possible"


def test_a_family_is_a_speaker_not_an_adverb():
    q = one('Detectives named the boy on Sunday. The family said: "We are heartbroken and ask for privacy."')
    assert (q.speaker, q.text) == ("The family", "We are heartbroken and ask for privacy")


def test_participle_subject_is_the_main_clause_after_a_when_clause():
    text = ("When his family moved back to Tennessee, his mother refused to teach him Japanese, insisting that "
            "her son was entirely American.")
    assert speaker_of(text, "her son was entirely American") == "his mother"


def test_short_sentence_in_the_next_paragraph_continues_the_quote():
    text = ('Jo Roe runs the food bank on Main Street.\n\n"We have never seen lines like this," she said.\n\n'
            '"Some days we run out by noon."')
    q = one(text)
    assert (q.speaker, q.text) == ("Jo Roe", "We have never seen lines like this … Some days we run out by noon")


def test_short_title_in_its_own_paragraph_is_not_a_continuation():
    text = ('Jo Roe runs the food bank on Main Street.\n\n"We have never seen lines like this," she said.\n\n'
            '"Hunger Games"')
    q = one(text)
    assert q.text == "We have never seen lines like this"
