"""Speaker attribution on sentences written for these tests: who can speak, and what a speaker is."""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes
from briefing.index.quotes.entities import entity_type, is_fragment, salvage
from briefing.index.quotes.gender import first_name_gender, person_gender
from briefing.index.quotes.resolve import SpeakerMemory


def speakers(text: str) -> list[tuple[str | None, str]]:
    """(speaker, first words of the quote) for every quote of ``text``."""
    return [(q.speaker, " ".join(q.text.split()[:3])) for q in extract_quotes(text, "t")]


def speaker_of(text: str, start: str):
    quotes = [q for q in extract_quotes(text, "t") if q.text.startswith(start)]
    assert len(quotes) == 1, [q.text for q in extract_quotes(text, "t")]
    return quotes[0]


# ---------------------------------------------------------------- gender and number of pronouns

def test_gender_table_and_honorifics():
    assert first_name_gender("Hillary") == "f" and first_name_gender("Donald") == "m"
    assert person_gender("Meghan Markle") == "f" and person_gender("Prince Harry") == "m"
    assert person_gender("Mrs. Trump") == "f" and person_gender("Mr. Trump") == "m"
    assert person_gender("Trump") is None  # a surname alone says nothing
    assert person_gender("Kim Jong Un", strict=True) is None  # 'Kim' is only mostly one gender


PRONOUN_CASES = {
    "she skips the man quoted last": (
        "“We will appeal the ruling,” said Mark Evans, the union's lawyer.\n\n"
        "Sarah Collins, who leads the union, spoke after him at the hall. “This fight is far from over,” she said.",
        {"This fight": "Sarah Collins"}),
    "she after Harry is Meghan": (
        "Prince Harry and Meghan Markle visited the school on Friday.\n\n"
        "“The children were wonderful today,” Harry said. “They asked such clever questions,” she said.",
        {"The children": "Harry", "They asked": "Meghan Markle"}),
    "he is never a province": (
        "“The ferries will stop at noon,” said Tom Reid, the transport minister.\n\n"
        "Nova Scotia said the ferries would stop. “We are ready for the storm,” he said.",
        {"the ferries would": None, "We are ready": "Tom Reid"}),
    "he is never a plural group": (
        "Kim Jong Un spoke on state television on Tuesday.\n\n"
        "South Korean officials said the talks would resume. “I am ready to meet the president,” he said.",
        {"the talks": "South Korean officials", "I am ready": "Kim Jong Un"}),
    "it is an organisation": (
        "Acme Corp said profits fell in the third quarter. “We expect a better year ahead,” it said.",
        {"We expect": "Acme Corp"}),
    "a name inside a quotation is no antecedent": (
        "“I met Jane Fox at the county fair,” said Tom Reid.\n\n“Everyone there was very kind to us,” she said.",
        {"Everyone there": None}),
    "a role word before a hyphenated name is dropped": (
        "Pastor Gilda Cobb-Hunter opened the meeting.\n\n“We will rebuild the hall by spring,” she said.",
        {"We will rebuild": "Gilda Cobb-Hunter"}),
    "a title that is also a word is not doubled": (
        "Pete King chairs the panel.\n\n“The hearing was closed to the public,” King said.", {"The hearing": "Pete King"}),
    "it is never a person": (
        "Steve Parry runs the club.\n\n“We need a new stadium,” Parry said.\n\n“It will cost a lot,” it said.",
        {"We need": "Steve Parry", "It will cost": None}),
    "Mrs. Trump is not Donald Trump": (
        "Melania Trump and Donald Trump arrived together on Sunday.\n\n"
        "“I love this country so much,” Mrs. Trump said.\n\n“We will win this state easily,” Mr. Trump said.",
        {"I love": "Melania Trump", "We will win": "Donald Trump"}),
    "he is the subject of the sentence before, not a man quoted earlier": (
        "“The budget is fair,” said Tom Reid, the finance chief.\n\n"
        "Paul Grant met the mayor on Monday. He said the talks went well.",
        {"the talks": "Paul Grant"}),
    "she is the subject, not the woman named as the object": (
        "Anna Berg, speaking at a rally in Leeds, attacked Carla Diaz on Friday. She said the plan was reckless.",
        {"the plan": "Anna Berg"}),
    "a subject with a lower-case role before the name": (
        "“We will appeal,” said Tom Reid.\n\nFormer defence minister Mark Evans met the judges in York. "
        "He said the ruling was unfair.",
        {"the ruling": "Mark Evans"}),
    "a subject of the other gender is passed over": (
        "“We will appeal,” said Sarah Collins.\n\nTom Reid criticised the ruling on Friday. "
        "She said the fight was not over.",
        {"the fight": "Sarah Collins"}),
    "a possessive is not the subject": (
        "“The vote is close,” said Tom Reid.\n\nJohn Ford’s campaign spent heavily in the last week. "
        "He said the money was well spent.",
        {"the money": "Tom Reid"}),
}


@pytest.mark.parametrize("case", list(PRONOUN_CASES))
def test_pronouns_and_honorifics_agree(case):
    text, want = PRONOUN_CASES[case]
    assert {start: speaker_of(text, start).speaker for start in want} == want


def test_a_shared_surname_without_a_clue_is_not_merged():
    mem = SpeakerMemory("Ivanka Trump and Eric Trump spoke. Trump said no.")
    assert mem.expand("Mrs. Trump", "f") == "Ivanka Trump"
    assert mem.expand("Mr. Trump", "m") == "Eric Trump"
    assert mem.expand("Ms. Jones", "f") == "Ms. Jones"  # nobody of that name: kept as written


# ---------------------------------------------------------------- descriptions and documents

def test_the_mayor_is_the_named_mayor():
    text = "Mayor Linda Park opened the bridge on Monday.\n\n“This bridge connects two neighbourhoods at last,” the mayor said."
    q = speaker_of(text, "This bridge")
    assert (q.speaker, q.speaker_role, q.speaker_mention) == ("Linda Park", "Mayor", "the mayor")


def test_her_father_is_the_father_the_text_names():
    text = ("Amy Cole, 19, won the race on Sunday. Her father, Dan Cole, watched from the stands.\n\n"
            "“I always knew she could do it,” her father said.")
    q = speaker_of(text, "I always knew")
    assert (q.speaker, q.speaker_mention) == ("Dan Cole", "her father")


def test_a_description_must_fit_the_role_named():
    text = ("Republican nominee Paul Grant spoke first.\n\n"
            "“We will cut taxes for everyone,” the Democratic nominee said.")
    assert speaker_of(text, "We will cut").speaker != "Paul Grant"


OTHER_CASES = {
    "a release is said by its author": (
        "The Nurses Union said in a statement that staff were exhausted.\n\n"
        "The union's Friday release added that wards were short of beds.",
        {"wards were": "The Nurses Union"}),
    "the statement is said by who issued it": (
        "Acme Corp said in a statement that the delay was regrettable. "
        "“We are working around the clock on it,” the statement said.",
        {"We are working": "Acme Corp"}),
    "the report is said by who published it": (
        "The National Audit Office published a report on Tuesday about the railways.\n\n"
        "The report said fares had risen faster than wages since 2010.",
        {"fares had": "National Audit Office"}),
    "a report by an institute": (
        "A report by the Institute for Fiscal Studies looked at taxes.\n\n"
        "The report said the gap was growing every year.", {"the gap": "Institute for Fiscal Studies"}),
    "a report nobody is said to have written stays the report": (
        "It was a long winter.\n\nThe report said viewers were watching less live television.",
        {"viewers were": "The report"}),
    "a quote with no cue takes the person its own sentence names": (
        "“Prices will rise next spring,” said Ann Lee, an economist.\n\n"
        "Bob Stone, a farmer, disagreed with that view: “Our costs are already falling this season.”",
        {"Our costs": "Bob Stone"}),
    "a place ending a description is not the speaker": (
        "Dean Roe, a salesman from Sumter, South Carolina, said the plant would close next year.",
        {"the plant": "Dean Roe"}),
    "an adverb before the subject is not the speaker": (
        "The hearing lasted two hours. Significantly, the judge said the fine could be paid in instalments.",
        {"the fine": "the judge"}),
    "a time phrase before the subject is not the speaker": (
        "The count went on overnight.\n\nLast month, her campaign manager, Lena Ortiz, says the lead was safe.",
        {"the lead": "Lena Ortiz"}),
    "a sentence adverb before a plural subject is not the speaker": (
        "The mayor kept quiet. Rather, aides close to the mayor say she backs the new budget.",
        {"she backs": "aides close to the mayor"}),
    "a sentence adverb before a lower-case group is not the speaker": (
        "Overall, conservative outside groups reported spending heavily on the race.",
        {"spending heavily": "conservative outside groups"}),
    "a weekday with its adjuncts before the subject is not the speaker": (
        "Thursday at the county fair, union leader Ann Cole said the harvest would be late.",
        {"the harvest": "Ann Cole"}),
    "a one-word summing-up adverb is not the speaker": (
        "Overall, the league said ticket sales rose by a tenth.", {"ticket sales": "the league"}),
    "a state that ends a place in the aside is not the subject": (
        "Ruth Hale, who moved to Dayton, Ohio, in May to open a bakery, said the rent had doubled.",
        {"the rent": "Ruth Hale"}),
    "a state abbreviation in the aside is not the subject": (
        "Carl Mott, a welder from Joplin, Mo., who backs the union, said the overtime rule was fair.",
        {"the overtime": "Carl Mott"}),
    "a place before a relative clause is not the subject of the clause": (
        "The firm moved its case to Richmond, Va., where bankruptcy lawyers say judges work quickly.",
        {"judges work": "bankruptcy lawyers"}),
    "a party and state tag before another aside is not the subject": (
        "Sen. Dana Pike, D-Ore., speaking after the vote, said the bill was a start.",
        {"the bill": "Dana Pike"}),
}


@pytest.mark.parametrize("case", list(OTHER_CASES))
def test_documents_and_sentences_name_the_speaker(case):
    text, want = OTHER_CASES[case]
    assert {start: speaker_of(text, start).speaker for start in want} == want


ORG_NOMINAL_CASES = {
    "the company is not a person described before it": (
        "The shop will close next month, a city official said. “We regret losing our staff,” the company said.",
        "We regret", "the company"),
    "the company is not a document": (
        "A statement posted on the website said the company would refund buyers. “We were not told,” the company said.",
        "We were not", "the company"),
    "the company is not a description whose head is no organisation": (
        "His Facebook profile said he was on the plane. “He was a respected colleague,” the company said.",
        "He was a", "the company"),
    "the company is the organisation that spoke": (
        "Acme Corp said in a note that prices would rise. “Costs went up,” the company said.",
        "Costs went", "Acme Corp"),
}


@pytest.mark.parametrize("case", list(ORG_NOMINAL_CASES))
def test_an_organisation_nominal_stands_only_for_an_organisation(case):
    text, start, want = ORG_NOMINAL_CASES[case]
    assert speaker_of(text, start).speaker == want


def test_a_possessive_speaks_through_its_head():
    text = "Police shot Dan Reed on Tuesday. Reed's family has called on police to release the videos “as a matter of simple trust.”"
    assert speaker_of(text, "police to release").speaker == "Reed's family"
    body = "Tom Hale spoke first. The mayor rejected Tom Hale's calls for a ban on cars."
    assert SpeakerMemory(body).attribute("Tom Hale's", body.index("Tom Hale's"), "said") == ("Tom Hale", None)


def test_a_document_names_the_one_who_made_it():
    text = ("Maria Ortiz runs the treasury.\n\n"
            "The levy would curb speculators, according to a speech Mrs. Ortiz gave at a college in May.")
    assert speaker_of(text, "The levy").speaker == "Maria Ortiz"


def test_a_quote_with_nobody_named_continues_the_speaker():
    text = ("“Prices will rise next spring,” said Ann Lee, an economist.\n\n"
            "The hall was quiet. “Families should plan their budgets with that in mind.”")
    q = speaker_of(text, "Families should")
    assert q.speaker == "Ann Lee" and q.floating


@pytest.mark.parametrize("phrase,kind", [("Edmonton", "place"), ("Nova Scotia", "place"), ("Twitter", "platform"),
                                         ("China", "country"), ("Moscow", "capital"),
                                         ("the union's Friday release", "document"), ("Jane Roe", "")])
def test_entity_types(phrase, kind):
    assert entity_type(phrase) == kind


def test_places_and_platforms_never_speak():
    mem = SpeakerMemory("")
    assert mem.attribute("Edmonton", 0, "said") == (None, None)
    assert mem.attribute("Several Twitter users on Monday", 0, "said")[0] != "Twitter"


# ---------------------------------------------------------------- speakers are noun phrases

@pytest.mark.parametrize("phrase", ["Although Trump", "Bardos must", "It's something she",
                                    "It follows a new book charting", "Greenspan pursued food and recipe",
                                    "Trump returned the compliment to Adelson", "she released a statement"])
def test_clause_fragments_are_not_noun_phrases(phrase):
    assert is_fragment(phrase)


@pytest.mark.parametrize("phrase", ["Donald Trump", "Republican presidential front-runner Jane Roe",
                                    "the company's chief executive", "White House officials", "Bank of the West",
                                    "officials familiar with the talks", "47 percent", "she and her aides",
                                    "the unnamed official"])
def test_noun_phrases_are_not_fragments(phrase):
    assert not is_fragment(phrase)


@pytest.mark.parametrize("fragment,name", [("Trump at the time", "Trump"), ("Carter however", "Carter"),
                                           ("2016 9:52PMBush", "Bush"), ("LONDON (Reuters) - Jane Roe", "Jane Roe"),
                                           ("the senator who heads the panel", "the senator"),
                                           ("a woman asked for a photo and Clinton", "Clinton"),
                                           ("Although Trump", None), ("Bardos must", None),
                                           ("the one who", None), ("audio obtained by the Texas Tribune", None),
                                           ("It's something she", None)])
def test_fragments_are_cut_back_to_their_noun_phrase(fragment, name):
    assert salvage(fragment) == name


def test_fragments_never_become_speakers():
    text = ("It follows a new book charting his rise, which critics said was too kind to him.\n\n"
            "Bardos must, the court said, pay the fine by June.")
    got = {s for s, _ in speakers(text)}
    assert not any(s and is_fragment(s) for s in got), got
    assert got <= {"critics", "the court"}


def test_role_words_split_off_into_the_role():
    text = "Attorney Joshua Levy said the case was closed for good. US President Donald Trump said the deal was done."
    a, b = extract_quotes(text, "t")
    assert (a.speaker, a.speaker_role) == ("Joshua Levy", "Attorney")
    assert (b.speaker, b.speaker_role) == ("Donald Trump", "US President")


def test_a_lower_case_role_before_a_name_is_the_role():
    q = speaker_of("Friday at the county fair, former mayor Tom Reid said the plant would close.", "the plant")
    assert (q.speaker, q.speaker_role) == ("Tom Reid", "former mayor")


def test_a_role_is_never_a_clause():
    text = "Hillary Clinton, whom Senator Bernie Sanders of Vermont endorsed, said the race was over now."
    q = speaker_of(text, "the race")
    assert q.speaker == "Hillary Clinton"
    assert q.speaker_role is None or not is_fragment(q.speaker_role)


SURFACE_CASES = {
    "a woman's honorific is kept when no full name is known": (
        "“I will go on with the work,” said Mrs. Trump.", {"I will go": "Mrs. Trump"}),
    "a party tag after the name is not the speaker": (
        "Sen. Jo Roe, R-Fla., said the bill would pass this week.", {"the bill": "Jo Roe"}),
    "a place the article names as one never speaks": (
        "Voters gathered in Terre Haute, Indiana, on Monday.\n\nTerre Haute said the count would be slow.",
        {"the count": None}),
    "a headline word before a full name is dropped": (
        "Activist Backs Jane Roe\n\n“This is the right choice for the state,” Roe said.",
        {"This is": "Jane Roe"}),
    "a recording is not its speaker, nor who obtained it": (
        "Audio obtained by the Daily Ledger said the meeting ran late into the night.", {"the meeting": None}),
    "the campaign is not whichever organisation spoke last": (
        "The Federal Election Commission said the filing was late.\n\n"
        "The campaign said the delay was a clerical error.", {"the delay": "The campaign"}),
}


@pytest.mark.parametrize("case", list(SURFACE_CASES))
def test_speaker_surface_forms(case):
    text, want = SURFACE_CASES[case]
    assert {start: speaker_of(text, start).speaker for start in want} == want


@pytest.mark.parametrize("word", ["Significantly", "Rather", "Tuesday", "Last September", "Va.", "a speech Mrs",
                                  "Islamic"])
def test_adverbs_times_and_cut_names_are_not_speakers(word):
    assert is_fragment(word)


def test_learnt_role_words_split_off_too():
    from briefing.index.quotes.speakers import split_role

    assert split_role("Republican pollster Jane Roe") == ("Jane Roe", "Republican pollster")
    assert split_role("Democratic presidential nominee Jo Roe") == ("Jo Roe", "Democratic presidential nominee")


# ---------------------------------------------------------------- time adjuncts and clauses before a role

@pytest.mark.parametrize("text, start, speaker", [
    ("The bakery chain opened two shops. Until March Greggs said flour could be bought locally.", "flour", "Greggs"),
    ("The carmaker cut prices. In October Renault said it would close a plant.", "it would", "Renault"),
    ("Talks resumed. On Friday Mrs Kowalski said the deal was close.", "the deal", "Mrs Kowalski"),
    ("Pay was frozen. But since 2011 the union has said that wages are too low.", "wages", "the union"),
    ("June Okafor said she was pleased with the result.", "she was", "June Okafor"),
])
def test_a_time_adjunct_without_its_comma_is_not_part_of_the_speaker(text, start, speaker):
    assert speaker_of(text, start).speaker == speaker


@pytest.mark.parametrize("phrase, name, role", [
    ("Ramsey and Prime Minister Ada Quist", "Ada Quist", "Prime Minister"),
    ("Okafor accused shadow chancellor Ben Tull", "Ben Tull", "shadow chancellor"),
    ("Proposed by shadow health secretary Ben Tull", "Ben Tull", "shadow health secretary"),
    ("To join Home Secretary Ada Quist", "Ada Quist", "Home Secretary"),
    ("By Deputy Prime Minister Ada Quist", "Ada Quist", "Deputy Prime Minister"),
    ("Lib Dem home affairs spokesman Ben Tull", "Ben Tull", "Lib Dem home affairs spokesman"),
    ("Secretary of State Ada Quist", "Ada Quist", "Secretary of State"),
    ("British and Irish Lions coach Ben Tull", "Ben Tull", "British and Irish Lions coach"),
    ("Defence Secretary Geoff Ramsey and Prime Minister Ada Quist", "Ada Quist", "Prime Minister"),
])
def test_a_role_is_the_role_phrase_not_the_clause_before_it(phrase, name, role):
    from briefing.index.quotes.name_forms import parse_name
    from briefing.index.quotes.speakers import split_role

    assert split_role(phrase) == (name, role)
    form = parse_name(phrase)  # the corpus-wide speaker table takes its roles from here
    assert (form.plain, form.role) == (name, role)


def test_a_described_holder_takes_the_role_phrase_only():
    text = ("The plan must be approved by Defence Secretary Geoff Ramsey and Prime Minister Ada Quist. "
            "It will be published next week. The prime minister said she hoped the unions would accept it.")
    q = speaker_of(text, "she hoped")
    assert (q.speaker, q.speaker_role) == ("Ada Quist", "Prime Minister")


def test_a_shadow_or_former_holder_is_not_the_holder_of_the_bare_role():
    text = ("Finance Minister Ada Quist opened the debate. Her rival, shadow finance minister Ben Tull, "
            "attacked the plan. The minister said the budget would balance by 2027.")
    assert speaker_of(text, "the budget").speaker != "Ben Tull"
    text = "Former president Jo Okafor toured the plant. The president said exports would rise."
    assert speaker_of(text, "exports").speaker != "Jo Okafor"
