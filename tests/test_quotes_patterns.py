"""More attribution patterns on real-style sentences, and the cue finder's word boundaries."""

from __future__ import annotations

import json

from briefing.index.cli import main
from briefing.index.quotes import extract_quotes, quote_text, speaker_names


def single(text):
    quotes = extract_quotes(text, "t")
    assert len(quotes) == 1, [(q.text, q.speaker) for q in quotes]
    q = quotes[0]
    assert quote_text(text, q.start, q.end, [(f.start, f.end) for f in q.fragments]) == q.text
    if q.speaker_start is not None:
        assert text[q.speaker_start:q.speaker_end] == q.speaker_mention
    return q


def test_told_reporters_and_added_without_comma():
    q = single("“We will look at it very carefully,” Trump told reporters aboard Air Force One.")
    assert (q.text, q.speaker, q.cue, q.kind) == ("We will look at it very carefully", "Trump", "told", "direct")
    q = single("“It is not a matter we can settle today” he added.")
    assert (q.speaker_mention, q.cue) == ("he", "added")


def test_single_curly_and_straight_marks_keep_apostrophes_inside():
    for text in ("‘We don’t think that’s the case at all,’ the spokesman said.",
                 "'We don't think that's the case at all,' the spokesman said."):
        q = single(text)
        assert q.text.startswith("We don") and q.text.endswith("case at all")
        assert q.speaker_mention == "the spokesman" and q.kind == "direct"


def test_apostrophes_alone_make_no_quote():
    assert extract_quotes("The minister’s plan isn’t ready, and Smith’s office didn’t comment on the budget.",
                          "t") == []


def test_appositive_speaker_and_said_in_an_article_that():
    q = single("Yuyuan Tantian, which is affiliated with state broadcaster CCTV, said in an article that "
               "Nvidia chips were not safe.")
    assert (q.speaker, q.text, q.kind) == ("Yuyuan Tantian", "Nvidia chips were not safe", "indirect")


def test_told_someone_that_and_warned_that():
    q = single("The company told the firms that they should stop ordering the chips immediately.")
    assert (q.speaker_mention, q.cue) == ("The company", "told")
    assert q.text == "they should stop ordering the chips immediately"
    q = single("He warned that the economy's recovery would take years to complete.")
    assert (q.speaker_mention, q.cue) == ("He", "warned")


def test_titles_become_the_role():
    q = single("Chancellor Gordon Brown said the economy was growing faster than expected this year.")
    assert (q.speaker, q.speaker_role, q.speaker_mention) == ("Gordon Brown", "Chancellor",
                                                               "Chancellor Gordon Brown")
    q = single("Mr Brown argued the tax cuts were unaffordable given the state of public finances.")
    assert q.speaker == "Brown" and q.cue == "argued"


def test_pronoun_resolves_to_the_previous_speaker_in_the_article():
    text = ("Chancellor Gordon Brown said the economy was growing faster than expected this year. "
            "He added that borrowing would fall in each of the next three years.")
    quotes = extract_quotes(text, "t")
    assert [q.speaker for q in quotes] == ["Gordon Brown", "Gordon Brown"]
    assert quotes[1].speaker_mention == "He"


def test_hyphenated_and_partial_words_are_not_cues():
    assert extract_quotes("The so-called “experts” disagreed on nearly everything this week.", "t") == []
    assert extract_quotes("The unsaid rules of the club were a matter of long-told stories and myth.", "t") == []


def test_speaker_names_lists_the_name_forms():
    assert speaker_names("Donald Trump")[0] == "Donald Trump"
    assert all(isinstance(n, str) and n for n in speaker_names("People’s Daily"))


def test_extract_table_is_not_markup(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("“Prices [bold]will[/bold] rise again next year,” Jane Smith said on Monday.\n", encoding="utf-8")
    assert main(["extract", str(f)]) == 0
    out = capsys.readouterr().out
    assert "Jane Smith" in out and "[bold]" in out  # printed as text, not applied as style
    assert main(["extract", str(f), "--json"]) == 0
    (row,) = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    (q,) = row["quotes"]
    assert {"text", "speaker", "kind", "cue", "start", "end"} <= set(q)
    assert (q["speaker"], q["kind"], q["cue"]) == ("Jane Smith", "direct", "said")


def test_participle_with_that_takes_the_subject_or_the_noun_before_it(seed_texts):
    q = single("European firms with listings in New York have objected - arguing that the compliance costs "
               "outweigh the benefits.")
    assert (q.speaker, q.cue) == ("European firms with listings in New York", "arguing")
    assert q.text == "the compliance costs outweigh the benefits"
    q = single("No further details were given, with Mr Trutnev suggesting that Russia may decide case by case.")
    assert q.speaker == "Trutnev" and q.text == "Russia may decide case by case"
    quotes = extract_quotes(seed_texts["001_2f5ca3a043d0fe3e"], "b")
    hit = [q for q in quotes if q.text.startswith("H20 chips pose security risks")]
    assert hit and hit[0].speaker == "Yuyuan Tantian" and hit[0].cue == "arguing"


def test_a_description_of_a_named_regulator_resolves_to_it(seed_texts):
    quotes = extract_quotes(seed_texts["000_921a5942b13cbaba"], "a")
    (q,) = [q for q in quotes if q.text.startswith("it had summoned Nvidia")]
    assert q.speaker == "Cyberspace Administration of China"
    assert (q.speaker_mention, q.speaker_role) == ("China’s cyberspace watchdog", "China’s cyberspace watchdog")
    # a different body ("foreign ministry") is not merged into the regulator named before
    (q,) = [q for q in quotes if q.text.startswith("it hoped the U.S. would take practical action")]
    assert q.speaker == "China’s foreign ministry"


def test_end_patterns_with_a_last_word_test_match_as_the_plain_patterns():
    # the last-word test only skips texts the pattern cannot match: the answers stay the pattern's own
    from briefing.index.quotes.reported import _AND_THEN
    from briefing.index.quotes.rules import _ADV_TAIL, _NOUN_BEFORE, _PASSIVE

    texts = ["The minister also", "He had previously", "Jo Roe, who has long", "She quickly", "He Quickly",
             "The council continued to", "Smith", "The firm has", "It was", "they don't", "(is", "which was not",
             "costs of the", "a report by", "Smith and", "Smith and then", "He ſince", "", "  ", "Roe said\n"]
    for at_end in (_ADV_TAIL, _PASSIVE, _NOUN_BEFORE, _AND_THEN):
        assert at_end.last is not None
        for text in texts:
            assert at_end.found(text) == (at_end.rx.search(text) is not None), (at_end.rx.pattern, text)
    assert _ADV_TAIL.sub("", "The minister also") == "The minister"
    assert _ADV_TAIL.sub("", "Jo Roe, who has long") == "Jo Roe, who"
