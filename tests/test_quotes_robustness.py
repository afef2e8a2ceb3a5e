"""Robustness of quote spans on news unlike the development data: sport, markets, science, Canadian and US
news (sentences written for these tests). One test per form a reader expects to see quoted, or not."""

from __future__ import annotations

import pytest

from briefing.index.quotes import FRAGMENT_JOIN, extract_quotes, quote_text


def quotes_of(text):
    quotes = extract_quotes(text, "t")
    for q in quotes:
        assert q.text == quote_text(text, q.start, q.end, [(f.start, f.end) for f in q.fragments])
    return [(q.kind, q.text, q.speaker_mention) for q in quotes]


def test_split_quotes_keep_their_parts_and_leave_the_attribution_out():
    assert quotes_of("“The rink was packed every night,” she said. “We had never seen crowds like that in Moncton.”") \
        == [("direct", "The rink was packed every night" + FRAGMENT_JOIN
             + "We had never seen crowds like that in Moncton", "she")]
    assert quotes_of("“Markets hate uncertainty,” said Priya Raman, chief strategist at Halden Capital. "
                     "“This week gave them plenty of it.”") \
        == [("direct", "Markets hate uncertainty" + FRAGMENT_JOIN + "This week gave them plenty of it", "Priya Raman")]
    assert quotes_of("“It is too early,” the coach said Sunday after the 4-2 loss in Winnipeg, "
                     "“to say whether Dubois will play on Tuesday.”") \
        == [("direct", "It is too early" + FRAGMENT_JOIN + "to say whether Dubois will play on Tuesday", "the coach")]


@pytest.mark.parametrize("text, quote", [
    ("“The referee told me \"no\" twice before the penalty,” Marco Bellini said.",
     "The referee told me \"no\" twice before the penalty"),
    ("“I heard him say ‘not today’ and walk off,” the witness said.", "I heard him say ‘not today’ and walk off"),
])
def test_inner_marks_do_not_end_a_quotation(text, quote):
    assert [q[1] for q in quotes_of(text)] == [quote]


@pytest.mark.parametrize("text, who", [
    ("“We will never give up on this team!” Nunes said.", "Nunes"),
    ("“Who signs off on a budget like that?” Councillor Dana Whitfield asked.", "Councillor Dana Whitfield"),
    ("“Are we really going to let the mill close?” asked union steward Pete Kowal.", "union steward Pete Kowal"),
    ("Will our brains change? “We cannot assume the human brain will stay the same,” warns Baroness Greenfield.",
     "Baroness Greenfield"),
    ("“It's a long season and we are only halfway,” admits coach Tom Ellery.", "coach Tom Ellery"),
    ("“The market had priced in a cut,” cautioned strategist Lena Vos.", "strategist Lena Vos"),
])
def test_endings_and_speech_verbs_after_the_quotation_keep_their_speaker(text, who):
    [(kind, _, mention)] = quotes_of(text)
    assert (kind, mention) == ("direct", who)


def test_colon_form():
    assert quotes_of("The premier said: “Alberta will not pay for a pipeline it cannot use.”") \
        == [("direct", "Alberta will not pay for a pipeline it cannot use", "The premier")]
    assert quotes_of("Dr. Ahmed told the inquiry: “The ward was short of nurses for months.”") \
        == [("direct", "The ward was short of nurses for months", "Dr. Ahmed")]


@pytest.mark.parametrize("text, name", [
    ("“The ice sheet is losing mass faster than the models predicted,” said lead author Dr. Jane Roe, a professor "
     "of glaciology at the University of Calgary.", "Jane Roe"),
    ("“We expect the Fed to hold rates in March,” said Tom Baird, senior economist at the Bank of Montreal.",
     "Tom Baird"),
    ("“This vaccine is safe for children over five,” said study co-author Maria Gonzalez of the Mayo Clinic.",
     "Maria Gonzalez"),
])
def test_inverted_attribution_with_a_long_description(text, name):
    quotes = extract_quotes(text, "t")
    assert len(quotes) == 1 and quotes[0].kind == "direct" and name in quotes[0].speaker_mention


def test_transcript_and_roundup_layouts():
    text = ("MR. O'NEILL: We will not vote for a budget that cuts the hospital.\n"
            "MS. TRAN: Then you will have to explain that to the voters in your riding.\n")
    assert [q.speaker for q in extract_quotes(text, "t")] == ["O'Neill", "Tran"]
    text = ("Jane Doe, Toronto Star: “The debate settled nothing.”\n"
            "John Smith, Globe and Mail: “A clear win for the premier.”\n")
    assert [(q.speaker, q.text) for q in extract_quotes(text, "t")] == [
        ("Jane Doe", "The debate settled nothing"), ("John Smith", "A clear win for the premier")]


def test_a_quotation_over_several_paragraphs_is_one_quote():
    text = ("“The first thing we checked was the pump,” the mechanic said.\n"
            "“Then we checked the valves, one by one, and they were fine.\n"
            "“It was the sensor all along.”")
    [(kind, words, mention)] = quotes_of(text)
    assert kind == "direct" and mention == "the mechanic" and words.endswith("It was the sensor all along")
    assert "said" not in words


@pytest.mark.parametrize("text, content, who", [
    ("Statistics Canada reported the jobless rate fell to 5.8 per cent in May.",
     "the jobless rate fell to 5.8 per cent in May", "Statistics Canada"),
    ("The highway will reopen on Friday, said police Chief Mark Olsen.", "The highway will reopen on Friday",
     "police Chief Mark Olsen"),
    ("Interest rates will stay on hold through the summer, said Carolyn Wilkins, senior deputy governor of the "
     "Bank of Canada.", "Interest rates will stay on hold through the summer", "Carolyn Wilkins"),
    ("Kim said in his New Year's speech he was ready to meet the president again.",
     "he was ready to meet the president again", "Kim"),
    ("The mayor said on Tuesday at a news conference in Halifax the ferry would run all winter.",
     "the ferry would run all winter", "The mayor"),
    ("Gomez said the coach said the team would not trade its captain.",
     "the coach said the team would not trade its captain", "Gomez"),
    ("As Reuters reported, the bank had already set aside $2 billion for the settlement.",
     "the bank had already set aside $2 billion for the settlement", "Reuters"),
    ("The trade deficit widened in March, according to figures released Thursday by the Commerce Department.",
     "The trade deficit widened in March", "the Commerce Department"),
    ("Bank of Canada governor Tiff Macklem told reporters the economy was slowing faster than expected.",
     "the economy was slowing faster than expected", "Bank of Canada governor Tiff Macklem"),
    ("The researchers reported that the drug cut the risk of a second stroke by a third.",
     "the drug cut the risk of a second stroke by a third", "The researchers"),
])
def test_indirect_forms(text, content, who):
    assert quotes_of(text) == [("indirect", content, who)]


def test_according_to_in_the_middle_keeps_both_parts_of_the_statement():
    [(kind, words, _)] = quotes_of("The company will cut 300 jobs, according to a memo seen by Reuters, as it "
                                   "moves production to Mexico.")
    assert words == "The company will cut 300 jobs" + FRAGMENT_JOIN + "as it moves production to Mexico"
    [(kind, words, _)] = quotes_of("The plant, according to two people familiar with the plans, will close in March.")
    assert words == "The plant" + FRAGMENT_JOIN + "will close in March"


@pytest.mark.parametrize("text", [
    "Oilers forward Connor McDavid and Leon Draisaitl each added a goal in the third period.",
    "Germany's DAX added 0.1 per cent and the CAC 40 added 0.3 per cent by midday.",
    "The Toronto Stock Exchange's S&P/TSX composite index added 52.1 points to close at 20,410.2.",
    "She added 12 points and eight rebounds for the Lynx.",
    "Shares of Shopify added 4 per cent after the earnings call.",
    "The Jets added defenceman Neal Pionk to their roster on Tuesday.",
    "Police found a sedative called clonazepam in the car.",
    "He joined a group called “Parents for Safe Streets” last year.",
    "The Leafs called up forward Nick Robertson from the Marlies.",
    "World number one Ana Costa added the Dubai title to her long list of successes on Saturday.",
    "Halifax claimed a draw at home after a late equaliser from the bench.",
    "The full-back conceded a penalty at the breakdown and was sent to the sin bin.",
    "The captain, who called time on his international career last year, returns to coaching.",
    "The 23-year-old has admitted two charges of improper conduct following his dismissal.",
    "Okafor stormed to her second win in a week, claiming the women's 800m at the indoor meeting in Ghent.",
    "Ortega may hold a lead in pledged delegates, but that is unlikely to intimidate his rival after Tuesday.",
    "The tax hits the estimated 11 million workers who earn less than the minimum wage in the province.",
    "Winning both states would close one of the premier's most promising paths to a majority.",
    "An anti-tax group called Fair Share Alberta is ramping up its advertising before the vote.",
    "In her budget speech the minister struck many of the same notes as her predecessor on housing.",
    "He won't say whether he will run for the leadership again.",
    "She did not say when the report would be released to the public.",
    "The senator declined to say whether she had spoken to the prosecutor.",
    "No one said a word when the coach walked in.",
    "He said nothing about the layoffs.",
    "Raptors Beat Celtics In Overtime Thriller",
    "READ MORE: Trudeau says carbon tax rebate cheques will arrive in April",
])
def test_not_speech(text):
    assert quotes_of(text) == []


def test_naming_with_called_is_not_speech_but_calling_something_is():
    assert [q[:2] for q in quotes_of("On Monday a spokesman called the decision a mistake.")] == [
        ("indirect", "the decision a mistake")]
    assert [q[:2] for q in quotes_of("The club called the incident \"unacceptable\" in a statement.")] == [
        ("mixed", "the incident \"unacceptable\" in a statement")]


@pytest.mark.parametrize("text, content, who", [
    ("Nadia Okafor, head of the tenants' union, said in an interview that evictions, with few exceptions, had doubled "
     "since January.", "evictions, with few exceptions, had doubled since January", "Nadia Okafor"),
    ("OTTAWA — The deficit will shrink this year, sooner than expected, the budget office reported on Tuesday -- a "
     "forecast that surprised economists.", "The deficit will shrink this year, sooner than expected",
     "the budget office"),
    ("Prices will rise again in the spring, said economist and former central banker Ana Ruiz.",
     "Prices will rise again in the spring", "economist and former central banker Ana Ruiz"),
    ("The firm lobbied the province on taxes, said lobbyist and party strategist Carl Bekker, the firm's founder.",
     "The firm lobbied the province on taxes", "lobbyist and party strategist Carl Bekker"),
    ("TORONTO, Aug 31 (Reuters) - The head of the miners' union, Ruth Amadi, backed the deal on Wednesday, saying "
     "the new contract would protect pensions.", "the new contract would protect pensions", "Ruth Amadi"),
])
def test_reported_speech_past_asides_descriptions_and_datelines(text, content, who):
    assert quotes_of(text) == [("indirect", content, who)]


def test_a_short_first_line_without_a_full_stop_is_a_headline():
    text = "Finnan says Irish can win group\n\nThe defender believes Ireland can qualify for the World Cup."
    assert quotes_of(text) == []
    text = "Finnan says Irish can win group.\n\nThe defender believes Ireland can qualify for the World Cup."
    assert [q[0] for q in quotes_of(text)] == ["indirect"]


def test_adding_to_a_statement_is_still_speech():
    assert quotes_of("He added the team would travel to the final by train.") == [
        ("indirect", "the team would travel to the final by train", "He")]


@pytest.mark.parametrize("text, content", [
    ("However the coach warned his side not to be complacent in Cardiff.", "not to be complacent in Cardiff"),
    ("The captain warned his young side they must cut out the errors.", "they must cut out the errors"),
    ("The premier told Global News on Sunday she would not call an early election.",
     "she would not call an early election"),
])
def test_the_listener_after_told_or_warned_is_not_part_of_the_statement(text, content):
    assert [q[:2] for q in quotes_of(text)] == [("indirect", content)]


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”")])
def test_a_quotation_whose_paragraphs_were_run_together_is_one_quote(marks):
    o, c = marks
    text = (f"The hurdler has broken the national record twice. {o}I am quite confident,{c} said Sarah Okafor. "
            f"{o}But I take each race as it comes. {o}As long as I keep up my training I think there is a chance "
            f"of a medal.{c} She has won the national title for three years.")
    quotes = extract_quotes(text, "t")
    assert len(quotes) == 1 and quotes[0].speaker == "Sarah Okafor"
    words = [text[f.start:f.end] for f in quotes[0].fragments]
    assert words == ["I am quite confident", "But I take each race as it comes",
                     "As long as I keep up my training I think there is a chance of a medal"]
    text = f"{o}The team is ready. {o}We have trained for this all winter,{c} the coach said."
    q = extract_quotes(text, "t")[0]
    assert q.text == "The team is ready. We have trained for this all winter" and q.speaker_mention == "the coach"


def test_a_quotation_that_lost_its_closing_mark_ends_before_the_next_attribution():
    text = ('Cole added: "I hope they did not blame me for anything. I have been sent off a couple of times. '
            'Ljungberg is likely to start up front. The manager said: "Freddie is an option but we need a second '
            'striker. "I have to decide who will start with him."')
    quotes = extract_quotes(text, "t")
    assert [q.speaker_mention for q in quotes] == ["Cole", "The manager"]
    assert quotes[1].text.startswith("Freddie is an option") and quotes[1].text.endswith("start with him")


@pytest.mark.parametrize("text, start", [
    ("But the province would do well to begin “building bridges” with the unions, said Maria Lopez, a former "
     "labour minister.", "But the province would do well"),
    ("The council's budget is a “reckless gamble” with public money, the opposition leader said on Tuesday.",
     "The council's budget is"),
])
def test_a_quoted_fragment_in_a_statement_whose_speaker_follows_is_one_mixed_quote(text, start):
    [(kind, words, _)] = quotes_of(text)
    assert kind == "mixed" and words.startswith(start) and "said" not in words


def test_a_one_word_utterance_with_its_cue_is_a_quote_but_a_scare_quoted_word_is_not():
    assert quotes_of('Asked whether he would fire the coach, the owner said, "Probably."') == [
        ("direct", "Probably", "the owner")]
    assert [q[:2] for q in quotes_of("“Really?” the referee asked.")] == [("direct", "Really?")]
    assert quotes_of("The so-called “backdoor” problem worried the market on Friday.") == []


def test_a_mixed_quote_ends_where_the_next_attribution_and_quotation_begin():
    text = ('After the judge said that some students might do better at "less demanding schools," Ortega said: '
            '"I do not like what he said, no, I do not like it."')
    quotes = extract_quotes(text, "t")
    assert [(q.kind, q.speaker_mention) for q in quotes] == [("mixed", "the judge"), ("direct", "Ortega")]
    assert "Ortega" not in quotes[0].text and quotes[1].text.startswith("I do not like")


def test_a_reported_clause_after_a_quotations_attribution_is_a_second_quote():
    text = ("“The playoffs are a different season,” said coach Ana Costa, suggesting that her team would rest its "
            "starters on Sunday.")
    assert [q[:2] for q in quotes_of(text)] == [
        ("direct", "The playoffs are a different season"), ("indirect", "her team would rest its starters on Sunday")]
