"""Quote spans as people read them: one test per form of quotation and reported speech a reader of news
expects to see quoted, and per form that is not speech (sentences written for these tests)."""

from __future__ import annotations

import pytest

from briefing.index.quotes import FRAGMENT_JOIN, extract_quotes, quote_text

J = FRAGMENT_JOIN


def read(text):
    """(kind, text, speaker) of every quote of ``text``; each quote's text is what ``quote_text`` reads."""
    quotes = extract_quotes(text, "t")
    for q in quotes:
        assert q.text == quote_text(text, q.start, q.end, [(f.start, f.end) for f in q.fragments])
    return [(q.kind, q.text, q.speaker) for q in quotes]


SPLIT = [
    ("“The bridge will reopen in spring,” Maria Alvarez said. “We have the money and the crews.”",
     [("direct", "The bridge will reopen in spring" + J + "We have the money and the crews", "Maria Alvarez")]),
    ("“The bridge will reopen in spring,” Maria Alvarez said, “and the tolls will stay the same.”",
     [("direct", "The bridge will reopen in spring" + J + "and the tolls will stay the same", "Maria Alvarez")]),
    ('"Our players were exhausted," Tomas Berg said. "They gave everything they had tonight."',
     [("direct", "Our players were exhausted" + J + "They gave everything they had tonight", "Tomas Berg")]),
    ("Maria Alvarez runs the depot.\n“Nothing leaves here late,” she said. “Not one truck, not ever.”",
     [("direct", "Nothing leaves here late" + J + "Not one truck, not ever", "Maria Alvarez")]),
    ("“Enough!” shouted Carl Moss, “we have waited ten years.”",
     [("direct", "Enough!" + J + "we have waited ten years", "Carl Moss")]),
    ("Ann Lee spoke. “We cannot go on like this, she said. “It is over for all of us.”",
     [("direct", "We cannot go on like this" + J + "It is over for all of us", "Ann Lee")]),
    ('Ann Lee spoke.\n“Our roads are crumbling," she said. "Families endure blackouts and more.”',
     [("direct", "Our roads are crumbling" + J + "Families endure blackouts and more", "Ann Lee")]),
]


@pytest.mark.parametrize("text, want", SPLIT)
def test_a_quote_split_by_its_attribution_keeps_its_fragments_and_never_the_attribution(text, want):
    assert read(text) == want


def test_a_second_cue_before_the_next_part_makes_a_second_quote_of_the_same_speaker():
    assert read("“He has been a fine leader for the state,” Cruz said, adding: “I would welcome his support.”") == [
        ("direct", "He has been a fine leader for the state", "Cruz"),
        ("direct", "I would welcome his support", "Cruz")]


@pytest.mark.parametrize("text, want", [
    ('“He told me "no" twice before lunch,” Jane Whitcomb said.', 'He told me "no" twice before lunch'),
    ('"She kept calling it “a small problem” for weeks," Oliver Stanhope said.',
     "She kept calling it “a small problem” for weeks"),
    ("“The sign said ‘closed for repairs’ all summer,” Ruth Okafor said.", "The sign said ‘closed for repairs’ all summer"),
    ('“When I asked, the clerk just said "no." Then he left,” Jane Whitcomb said.',
     'When I asked, the clerk just said "no." Then he left'),
])
def test_inner_quotation_marks_of_another_kind_do_not_end_the_quote(text, want):
    [(kind, got, _)] = read(text)
    assert (kind, got) == ("direct", want)


@pytest.mark.parametrize("text, want", [
    ("“This is a disgrace!” Harold Nunes said.", ("direct", "This is a disgrace!", "Harold Nunes")),
    ("“Who pays for the repairs?” asked Lena Fischer, a shop owner.",
     ("direct", "Who pays for the repairs?", "Lena Fischer")),
    ("Harold Nunes stood up.\n“Get out of my office!” he shouted.", ("direct", "Get out of my office!", "Harold Nunes")),
    ("“Stop the trucks!” yelled Dana Ivers as police moved in.", ("direct", "Stop the trucks!", "Dana Ivers")),
])
def test_exclamation_and_question_endings(text, want):
    assert read(text) == [want]


@pytest.mark.parametrize("text, want", [
    ("Governor Ellen Marsh said: “The state will cover every cost of the cleanup.”",
     ("direct", "The state will cover every cost of the cleanup", "Ellen Marsh")),
    ('The mayor, Dan Kowalski, told reporters: "We are not closing the library."',
     ("direct", "We are not closing the library", "Dan Kowalski")),
    ("Helen Cho was blunt. She said: “The plan does not work and never did.”",
     ("direct", "The plan does not work and never did", "Helen Cho")),
])
def test_colon_form(text, want):
    assert read(text) == [want]


@pytest.mark.parametrize("text, want", [
    ("“The patients who slept less recovered more slowly,” said lead author Dr. Allan Garland, a professor at the "
     "University of Manitoba.", ("direct", "The patients who slept less recovered more slowly", "Allan Garland")),
    ("“Prices have doubled in two years,” said Karen Holt, chief economist at Westbridge Capital in Toronto.",
     ("direct", "Prices have doubled in two years", "Karen Holt")),
    ("“What did they expect?” said Greg Folau, 54, a retired welder from Ipswich.",
     ("direct", "What did they expect?", "Greg Folau")),
    ("“We are here,” said Joe Park while police watched.", ("direct", "We are here", "Joe Park")),
])
def test_inverted_attribution_with_a_long_description(text, want):
    assert read(text) == [want]


def test_transcript_and_roundup_forms():
    assert read("MR. O'NEILL: We expect a vote on the bill by Friday.\nMS. PARK: And if the vote fails?\n"
                "MR. O'NEILL: Then we start over next week.") == [
        ("direct", "We expect a vote on the bill by Friday", "O'Neill"),
        ("direct", "And if the vote fails?", "Park"),
        ("direct", "Then we start over next week", "O'Neill")]
    assert read('Here is what commentators said about the debate.\n'
                'James Corbin, The Daily Ledger: "Neither candidate landed a blow that will matter in a month."\n'
                'Anita Rao, Harbor Times: "The moderators lost control within ten minutes."') == [
        ("direct", "Neither candidate landed a blow that will matter in a month", "James Corbin"),
        ("direct", "The moderators lost control within ten minutes", "Anita Rao")]


def test_a_roundup_label_on_a_line_of_its_own_names_the_quotation_below_it():
    assert read("Here is what the critics said.\nJames Corbin, The Daily Ledger:\n"
                "“Neither candidate landed a blow that will matter in a month.”\nAnita Rao, Harbor Times:\n"
                "“The moderators lost control within ten minutes, and the one who talked most won.”") == [
        ("direct", "Neither candidate landed a blow that will matter in a month", "James Corbin"),
        ("direct", "The moderators lost control within ten minutes, and the one who talked most won", "Anita Rao")]


def test_a_quotation_over_several_paragraphs_reads_without_the_marks_that_reopen_them():
    text = ("Fire chief Ron Daley described the night.\n“We got the call at two in the morning and the roof was "
            "already gone.\n“By the time we had water on it, the whole block was at risk,” Daley said.")
    assert read(text) == [("direct", "We got the call at two in the morning and the roof was already gone.\n"
                                     "By the time we had water on it, the whole block was at risk", "Ron Daley")]
    text = ('Coach Dana Pruitt said the season was not over.\n"We have six games left and we need five wins.\n'
            '"Nobody in this room thinks that is impossible."')
    assert read(text) == [("indirect", "the season was not over", "Dana Pruitt"),
                          ("direct", "We have six games left and we need five wins.\n"
                                     "Nobody in this room thinks that is impossible", "Dana Pruitt")]


def test_a_quote_in_a_paragraph_of_its_own_after_an_attribution():
    text = ("Detective Lara Voss said the case was far from closed.\n"
            "“We know who was in that car, and we will find them.”")
    assert read(text) == [("indirect", "the case was far from closed", "Lara Voss"),
                          ("direct", "We know who was in that car, and we will find them", "Lara Voss")]
    # with nobody attributed before it, a quotation opening its sentence is not read again as reported speech
    text = ("Anne Moreau spoke to parents on Monday evening.\n"
            "“The children asked for this building, and we listen to them.”")
    assert all(kind == "direct" for kind, _, _ in read(text))


@pytest.mark.parametrize("text, want", [
    ("The Financial Monitor reported that the bank had lost two large clients in March.",
     ("indirect", "the bank had lost two large clients in March", "The Financial Monitor")),
    ("The broadcaster KTV reports the plant will close by the end of the year.",
     ("indirect", "the plant will close by the end of the year", "KTV")),  # the organisation by its name
    ("The suspect fled on foot toward the river, said Marcus Webb, the police chief.",
     ("indirect", "The suspect fled on foot toward the river", "Marcus Webb")),
    ("Two officers were injured in the struggle, Marcus Webb said.",
     ("indirect", "Two officers were injured in the struggle", "Marcus Webb")),
    ("Kim said in his New Year's speech he was ready to meet the president again.",
     ("indirect", "he was ready to meet the president again", "Kim")),
    ("Ortiz told reporters after the hearing the judge had been unfair.",
     ("indirect", "the judge had been unfair", "Ortiz")),
    ("Ortiz told the jury on Monday he had been unfairly treated.", ("indirect", "he had been unfairly treated", "Ortiz")),
    ("Sanchez said the governor had said the budget would not be cut.",
     ("indirect", "the governor had said the budget would not be cut", "Sanchez")),
    ("The fire started in the kitchen, according to Ted Lyons, and spread quickly.",
     ("indirect", "The fire started in the kitchen" + J + "and spread quickly", "Ted Lyons")),
    ("Turnout was the lowest in 40 years, according to the electoral commission.",
     ("indirect", "Turnout was the lowest in 40 years", "the electoral commission")),
    ("Sales fell 8 per cent in March according to the trade body.",
     ("indirect", "Sales fell 8 per cent in March", "the trade body")),
    ("The talks collapsed, two people familiar with the talks said on Friday.",
     ("indirect", "The talks collapsed", "two people familiar with the talks")),
    ("The developers behind the system claim it is a breakthrough in the way data is stored.",
     ("indirect", "it is a breakthrough in the way data is stored", "The developers behind the system")),
    ("Many foreign firms had protested that the regulator was imposing an unfair burden.",
     ("indirect", "the regulator was imposing an unfair burden", "Many foreign firms")),
    ("Emma Lund made clear she intended to stay in the job.",
     ("indirect", "she intended to stay in the job", "Emma Lund")),
    ("Years after the mayor claimed that the era of big budgets was over, the council doubled its spending.",
     ("indirect", "the era of big budgets was over", "the mayor")),
    ("Lyons denied that the stadium deal breaks the law, however, conceding the timing was poor.",
     ("indirect", "the stadium deal breaks the law", "Lyons")),
    ("Prices rose on Monday as analysts said demand was weak.", ("indirect", "demand was weak", "analysts")),
    ("The bridge will stay closed until March, the city engineer, Ian Hollis, said on Monday.",
     ("indirect", "The bridge will stay closed until March", "Ian Hollis")),
    ("The bridge will stay closed until March, Ian Hollis, the city engineer, said on Monday.",
     ("indirect", "The bridge will stay closed until March", "Ian Hollis")),
    ("Marsh says, win or lose in the county vote, she is staying in the race.",
     ("indirect", "win or lose in the county vote, she is staying in the race", "Marsh")),
    ("The minister, Joan Reyes, who says the tax is fair, will meet farmers on Friday.",
     ("indirect", "the tax is fair", "Joan Reyes")),
    ("The Florida senator is predicting that he will win the nomination easily.",
     ("indirect", "he will win the nomination easily", "The Florida senator")),
])
def test_indirect_forms(text, want):
    assert read(text) == [want]


@pytest.mark.parametrize("text", [
    "Smith and Jones each added a goal as United won 3-1 at home.",
    "Germany's DAX added 0.1 per cent, while France's CAC 40 fell 0.3 per cent.",
    "Shares in Barclays added 3p to 210p in early trade.",
    "She was prescribed a sedative called clonazepam after the crash.",
    "The drug, called Zentrol, is made in Ohio.",
    "The process, called fracking, uses water under pressure.",
    "Markets slide as oil prices climb\nREAD MORE: Why the pound fell again this week\nOil rose for a third day.",
    "The town hall was packed.\nALSO READ: Mayor says budget will balance this year\nResidents queued for hours.",
    "The town hall was packed.\nMayor says budget will balance this year\nResidents queued for hours.",
    "Asked whether he would run again, he won't say.",
    "The spokesman did not say when the talks would resume.",
    "Police declined to say how many officers were hurt.",
    "The medals were handed out according to the rules of the event.",
    "The work went ahead according to plan.",
    "She made clear progress this year.",
    "Thousands protested in the capital on Sunday.",
])
def test_not_speech_gives_no_quote(text):
    assert read(text) == []
