"""Quote spans as a reader marks them, over many wordings and punctuation styles: curly, straight, single
(British, with double marks inside), guillemets, dashes, ellipses, line breaks, capitalised names; and the
lines that hold no speech (sport and markets, naming, headlines, negation, titles and scare quotes).
Every passage was written for these tests."""

from __future__ import annotations

import pytest

from briefing.index.quotes import FRAGMENT_JOIN, extract_quotes, quote_text

J = FRAGMENT_JOIN


def read(text):
    """(kind, text, speaker) of every quote of ``text``; each text is the words ``quote_text`` reads."""
    quotes = extract_quotes(text, "t")
    for q in quotes:
        assert q.text == quote_text(text, q.start, q.end, [(f.start, f.end) for f in q.fragments])
        assert q.text == q.text.strip() and not q.text.startswith(("”", "«", "»", ",")) and not q.text.endswith((",", "“"))
    return [(q.kind, q.text, q.speaker) for q in quotes]


def D(text, speaker):
    return ("direct", text, speaker)


def I(text, speaker):
    return ("indirect", text, speaker)


# ---------------------------------------------------------------- a quotation split by its attribution

SPLIT = [
    ("“The river has never been this low,” Petra Lindqvist said. “The barges cannot reach the mill.”",
     [D("The river has never been this low" + J + "The barges cannot reach the mill", "Petra Lindqvist")]),
    ('"We will appeal," insisted Marco Ferri. "The ruling ignores half the evidence."',
     [D("We will appeal" + J + "The ruling ignores half the evidence", "Marco Ferri")]),
    ("'The ward is full every night,' said nurse Aisha Patel. 'We put beds in the corridor.'",
     [D("The ward is full every night" + J + "We put beds in the corridor", "Aisha Patel")]),
    ("“Nobody warned us,” Owen Pryce explained, “and by then the water was at the door.”",
     [D("Nobody warned us" + J + "and by then the water was at the door", "Owen Pryce")]),
    ('"It is a fair price," Hannah Vogel argued, "for a house this close to the sea."',
     [D("It is a fair price" + J + "for a house this close to the sea", "Hannah Vogel")]),
    ("“We lost the first half,” admitted Rui Costa. “The second half was ours.”",
     [D("We lost the first half" + J + "The second half was ours", "Rui Costa")]),
    ("Greta Holm runs the only bakery in the village.\n“Flour costs double,” she said. “Butter costs triple.”",
     [D("Flour costs double" + J + "Butter costs triple", "Greta Holm")]),
    ("“The vote was close,” the returning officer, Ian Baird, said. “Closer than anyone expected.”",
     [D("The vote was close" + J + "Closer than anyone expected", "Ian Baird")]),
    ("“I am not leaving,” Nadia Rahman told reporters. “This is my home and my shop.”",
     [D("I am not leaving" + J + "This is my home and my shop", "Nadia Rahman")]),
    ("“The tunnel is safe,” engineer Luis Ortega said on Tuesday, “but the lights need replacing.”",
     [D("The tunnel is safe" + J + "but the lights need replacing", "Luis Ortega")]),
    ("'It's been a long winter,' Fiona McRae said. 'The lambs came early and the snow came late.'",
     [D("It's been a long winter" + J + "The lambs came early and the snow came late", "Fiona McRae")]),
    ("“Our pupils deserve better,” said head teacher Sam Okoro. “So do our staff.”",
     [D("Our pupils deserve better" + J + "So do our staff", "Sam Okoro")]),
    ("“Every road into town is blocked,” warned Constable Ruth Adeyemi. “Stay home tonight.”",
     [D("Every road into town is blocked" + J + "Stay home tonight", "Ruth Adeyemi")]),
    ('"We have the players," Coach Brandon Mills said, "and now we have the belief."',
     [D("We have the players" + J + "and now we have the belief", "Brandon Mills")]),
    ("“The harvest is ruined,” Tomasz Nowak said quietly. “All of it, every field.”",
     [D("The harvest is ruined" + J + "All of it, every field", "Tomasz Nowak")]),
    ("“First we fix the roof,” Elena Petrova said. “Then we talk about the windows.”",
     [D("First we fix the roof" + J + "Then we talk about the windows", "Elena Petrova")]),
    ("Ravi Menon leads the union.\n\n“Members voted to strike,” he said. “The ballot was clear.”",
     [D("Members voted to strike" + J + "The ballot was clear", "Ravi Menon")]),
    ("“No one could have stopped that shot,” goalkeeper Jonas Eklund said. “It was perfect.”",
     [D("No one could have stopped that shot" + J + "It was perfect", "Jonas Eklund")]),
    ("“The company did nothing wrong,” its lawyer, Clara Stein, said. “We will prove it in court.”",
     [D("The company did nothing wrong" + J + "We will prove it in court", "Clara Stein")]),
    ("“We open at six,” Ahmed Karim said, “and we close when the last customer leaves.”",
     [D("We open at six" + J + "and we close when the last customer leaves", "Ahmed Karim")]),
]


@pytest.mark.parametrize("text, want", SPLIT)
def test_a_quote_split_by_its_attribution_reads_as_its_fragments(text, want):
    assert read(text) == want


# ---------------------------------------------------------------- inner marks of another kind

INNER = [
    ("'He called the plan \"a fantasy\" in front of the whole board,' said Gordon Hale.",
     'He called the plan "a fantasy" in front of the whole board', "Gordon Hale"),
    ("“My grandson says ‘cool’ about everything,” Dorothy Finch said.",
     "My grandson says ‘cool’ about everything", "Dorothy Finch"),
    ('"The officer wrote \'no further action\' and closed the file," Priya Nair said.',
     "The officer wrote 'no further action' and closed the file", "Priya Nair"),
    ("«They kept shouting “out, out” until midnight», said Lucia Bianchi.",
     "They kept shouting “out, out” until midnight", "Lucia Bianchi"),
    ("“The label said \"organic\" but nothing inside was,” Kevin Marsh said.",
     'The label said "organic" but nothing inside was', "Kevin Marsh"),
    ("'We don't use the word \"crisis\" lightly,' the bank's chief, Anna Berg, said.",
     'We don\'t use the word "crisis" lightly', "Anna Berg"),
    ("'The workers' canteen closed in May,' Derek Lowe said.",
     "The workers' canteen closed in May", "Derek Lowe"),
    ("'I've lived here since the 'seventies,' said Maureen Kelly.",
     "I've lived here since the 'seventies", "Maureen Kelly"),
    ("“Dad always said “measure twice” and he was right,” Carla Jensen said.",
     "Dad always said “measure twice” and he was right", "Carla Jensen"),
    ("\"The sign on the gate read 'Keep Out', so we kept out,\" Ben Adler said.",
     "The sign on the gate read 'Keep Out', so we kept out", "Ben Adler"),
    ("“She texted ‘on my way’ at ten and never arrived,” her brother, Max Rowe, said.",
     "She texted ‘on my way’ at ten and never arrived", "Max Rowe"),
    ("'Everyone in the street says \"it's only a matter of time\",' Colin Drake said.",
     'Everyone in the street says "it\'s only a matter of time"', "Colin Drake"),
]


@pytest.mark.parametrize("text, want, speaker", INNER)
def test_inner_marks_and_apostrophes_do_not_end_the_quote(text, want, speaker):
    assert read(text) == [D(want, speaker)]


# ---------------------------------------------------------------- endings

ENDINGS = [
    ("“Get off the pitch!” the referee, Martin Kaye, shouted.", D("Get off the pitch!", "Martin Kaye")),
    ("'Where is the money?' asked councillor Joan Pike.", D("Where is the money?", "Joan Pike")),
    ('"Why now, after ten years?" Lena Moretti asked.', D("Why now, after ten years?", "Lena Moretti")),
    ("“We won!” Sofia Reyes screamed as the whistle went.", D("We won!", "Sofia Reyes")),
    ("“Is anyone listening to us?” said Farid Haddad, who has run the café for 30 years.",
     D("Is anyone listening to us?", "Farid Haddad")),
    ("“I waited and waited…” Jean Colbert said.", D("I waited and waited…", "Jean Colbert")),
    ('"We thought it was over..." Karl Weber said.', D("We thought it was over...", "Karl Weber")),
    ("“Can you believe it?!” said Tara Quinn.", D("Can you believe it?!", "Tara Quinn")),
    ("Omar Said ran for the door.\n“Fire!” he yelled. “Everybody out!”", [D("Fire!" + J + "Everybody out!", "Omar Said")]),
    ("“How long must we wait?” Ines Duarte asked. “A year? Two?”",
     [D("How long must we wait?" + J + "A year? Two?", "Ines Duarte")]),
    ("«Why should we pay twice?» asked Pierre Lambert.", D("Why should we pay twice?", "Pierre Lambert")),
    ("“Never again!” cried Ada Novak, holding up her sign.", D("Never again!", "Ada Novak")),
]


@pytest.mark.parametrize("text, want", ENDINGS)
def test_exclamation_question_and_ellipsis_endings_stay_in_the_quote(text, want):
    assert read(text) == (want if isinstance(want, list) else [want])


# ---------------------------------------------------------------- colon form

COLON = [
    ("Chancellor Mira Holt said: “Growth is back, and it is here to stay.”",
     D("Growth is back, and it is here to stay", "Mira Holt")),
    ("In a statement, the club's owner, Victor Lang, said: \"We apologise to every fan who travelled.\"",
     D("We apologise to every fan who travelled", "Victor Lang")),
    ("Rosa Mendez told the BBC: 'It felt like the whole building was shaking.'",
     D("It felt like the whole building was shaking", "Rosa Mendez")),
    ("Dylan Frost wrote on social media: “Thank you all. I will be back.”",
     D("Thank you all. I will be back", "Dylan Frost")),
    ("The coach, Abel Santos, added: “We were lucky and we know it.”",
     D("We were lucky and we know it", "Abel Santos")),
    ("Professor Yuki Tanaka said:\n“The data shows a clear rise in every region.”",
     D("The data shows a clear rise in every region", "Yuki Tanaka")),
    ("Asked about the delay, Hugo Brandt replied: “Ask the ministry, not me.”",
     D("Ask the ministry, not me", "Hugo Brandt")),
    ("Mayor Olga Ivanova said: «The square will reopen before the summer.»",
     D("The square will reopen before the summer", "Olga Ivanova")),
    ("Later, Kofi Mensah said: “We have nothing more to add.” He then left the room.",
     D("We have nothing more to add", "Kofi Mensah")),
    ("The pilot, Erik Sand, recalled: \"Both engines stopped at once.\"",
     D("Both engines stopped at once", "Erik Sand")),
    ("Health minister Lara Quist said: 'We will hire 4,000 nurses by next spring.'",
     D("We will hire 4,000 nurses by next spring", "Lara Quist")),
    ("Speaking in Leeds, Grace Olsen said: “The north has waited long enough.”",
     D("The north has waited long enough", "Grace Olsen")),
]


@pytest.mark.parametrize("text, want", COLON)
def test_colon_form_quotes_the_words_after_the_colon(text, want):
    assert read(text) == [want]


# ---------------------------------------------------------------- inverted attribution, long descriptions

INVERTED = [
    ("“The results surprised us,” said senior researcher Dr. Helen Marsh, who led the study at the University "
     "of Leeds.", D("The results surprised us", "Helen Marsh")),
    ("“Fares will rise in January,” said Tom Berger, a spokesman for the regional transport authority.",
     D("Fares will rise in January", "Tom Berger")),
    ("'There is no shortage of beds,' said Professor Ian Doyle, the hospital's medical director since 2019.",
     D("There is no shortage of beds", "Ian Doyle")),
    ('"The market has turned," said Mei Lin, 41, a property agent in the east of the city.',
     D("The market has turned", "Mei Lin")),
    ("“We need more buses, not fewer,” said Jamal Wright, chair of the tenants' association in Hulme.",
     D("We need more buses, not fewer", "Jamal Wright")),
    ("“It is the worst drought in living memory,” said Ana Silva, a farmer who grows maize near Beira.",
     D("It is the worst drought in living memory", "Ana Silva")),
    ("“This will save lives,” said co-author Dr. Rahul Mehta of the Institute of Child Health in London.",
     D("This will save lives", "Rahul Mehta")),
    ("“Nobody reads the small print,” said Bettina Kraus, a consumer lawyer with 20 years at the bar.",
     D("Nobody reads the small print", "Bettina Kraus")),
    ("«The border must stay open», said Luc Moreau, the mayor of a small town on the Belgian side.",
     D("The border must stay open", "Luc Moreau")),
    ("“We were told nothing,” said one parent, who asked not to be named because her son is still at the school.",
     D("We were told nothing", "one parent")),
    ("“The law is clear,” said Judge Patricia Owens, reading her ruling to a packed courtroom.",
     D("The law is clear", "Patricia Owens")),
    ("“I would do it again,” said Leo Hart, the firefighter who carried two children from the flat.",
     D("I would do it again", "Leo Hart")),
]


@pytest.mark.parametrize("text, want", INVERTED)
def test_inverted_attribution_with_a_long_description(text, want):
    assert read(text) == [want]


# ---------------------------------------------------------------- transcripts and roundups

def test_transcript_lines_in_capitals_with_titles():
    assert read("SEN. HARLOW: Did you approve the payment or not?\nMS. DEVLIN: I did not, senator.\n"
                "SEN. HARLOW: Then who did?") == [
        D("Did you approve the payment or not?", "Harlow"),
        D("I did not, senator", "Devlin"),
        D("Then who did?", "Harlow")]


def test_transcript_lines_with_bare_capital_surnames():
    assert read("GRANT: The figures for March are the worst we have seen.\n"
                "OKAFOR: Worse than in the pandemic?\nGRANT: Worse than that, yes.") == [
        D("The figures for March are the worst we have seen", "Grant"),
        D("Worse than in the pandemic?", "Okafor"),
        D("Worse than that, yes", "Grant")]


def test_transcript_lines_with_a_full_name_in_capitals():
    assert read("ROSA DELGADO: We asked for a meeting three times.\nTIM BRANDT: And the answer each time?\n"
                "ROSA DELGADO: Silence.") == [
        D("We asked for a meeting three times", "Rosa Delgado"),
        D("And the answer each time?", "Tim Brandt"),
        D("Silence", "Rosa Delgado")]


def test_roundup_of_commentators_with_their_outlets():
    assert read("What the papers said about the budget.\n"
                "Helen Park, The Northern Echo: “A budget for the next election, not the next decade.”\n"
                "Samir Khan, City Weekly: “Small measures, dressed up as big ones.”") == [
        D("A budget for the next election, not the next decade", "Helen Park"),
        D("Small measures, dressed up as big ones", "Samir Khan")]


def test_roundup_in_straight_marks():
    assert read('How critics saw the final.\nPaul Reid, Sports Daily: "The best final in twenty years."\n'
                'Amy Cho, The Courier: "A flat game saved by one moment."') == [
        D("The best final in twenty years", "Paul Reid"),
        D("A flat game saved by one moment", "Amy Cho")]


# ---------------------------------------------------------------- quotations over several paragraphs

def test_three_paragraphs_of_one_quotation():
    text = ("Nurse Carol Benson remembered the first week.\n“We had no masks and no gowns.\n"
            "“We wrapped ourselves in bin bags.\n“Some of us cried in the car park,” she said.")
    assert read(text) == [D("We had no masks and no gowns.\nWe wrapped ourselves in bin bags.\n"
                            "Some of us cried in the car park", "Carol Benson")]


def test_two_paragraphs_in_straight_marks_with_the_attribution_in_the_first():
    text = ('"The ice came in overnight," fisherman Anders Holm said. "We lost two nets.\n'
            '"By morning the harbour was closed."')
    assert read(text) == [D("The ice came in overnight" + J + "We lost two nets.\nBy morning the harbour was closed",
                            "Anders Holm")]


def test_two_paragraphs_in_single_marks():
    text = ("Farmer Bill Tate described the flood.\n'The water came over the bank at midnight.\n"
            "'By dawn the sheep were on the roof of the barn,' he said.")
    assert read(text) == [D("The water came over the bank at midnight.\nBy dawn the sheep were on the roof of the barn",
                            "Bill Tate")]


def test_two_paragraphs_with_guillemets():
    text = ("Le maire, Paul Girard, a parlé aux habitants.\n« Nous avons perdu la gare.\n"
            "« Nous ne perdrons pas l'école », said Paul Girard.")
    assert read(text) == [D("Nous avons perdu la gare.\nNous ne perdrons pas l'école", "Paul Girard")]


# ---------------------------------------------------------------- a quotation in a paragraph of its own

OWN_PARAGRAPH = [
    ("Chief inspector Dana Holt said the search would continue overnight.\n"
     "“We will not stop until we find her.”",
     [I("the search would continue overnight", "Dana Holt"), D("We will not stop until we find her", "Dana Holt")]),
    ("The airline's chief executive, Marcus Lee, apologised to passengers on Friday.\n\n"
     "\"We let our customers down this week, and I am sorry.\"",
     [D("We let our customers down this week, and I am sorry", "Marcus Lee")]),
    ("Teacher Ruth Quayle told the inquiry that the building had leaked for years.\n"
     "'Every winter we moved the children out of two classrooms.'",
     [I("the building had leaked for years", "Ruth Quayle"),
      D("Every winter we moved the children out of two classrooms", "Ruth Quayle")]),
    ("Economist Pavel Novak warned that rents would keep rising.\n"
     "“Supply is not keeping up, and it will not for years.”\n"
     "He said the city needed 20,000 new homes.",
     [I("rents would keep rising", "Pavel Novak"), D("Supply is not keeping up, and it will not for years", "Pavel Novak"),
      I("the city needed 20,000 new homes", "Pavel Novak")]),
]


@pytest.mark.parametrize("text, want", OWN_PARAGRAPH)
def test_a_quotation_alone_in_its_paragraph_after_an_attribution(text, want):
    assert read(text) == want


# ---------------------------------------------------------------- em-dashes and ellipses inside a quote

DASHES = [
    ("“The plan — if you can call it a plan — fell apart in a week,” said Iris Cole.",
     D("The plan — if you can call it a plan — fell apart in a week", "Iris Cole")),
    ("'We tried everything - the council, the MP, the papers,' Neil Short said.",
     D("We tried everything - the council, the MP, the papers", "Neil Short")),
    ("“There was a bang … then nothing,” Yusuf Demir said.", D("There was a bang … then nothing", "Yusuf Demir")),
    ('"I knew the team... I knew the coach... I did not know the owner," Lars Berg said.',
     D("I knew the team... I knew the coach... I did not know the owner", "Lars Berg")),
    ("“Three years—three!—we waited for that letter,” said Maria Conti.",
     D("Three years—three!—we waited for that letter", "Maria Conti")),
]


@pytest.mark.parametrize("text, want", DASHES)
def test_dashes_and_ellipses_inside_a_quote_do_not_cut_it(text, want):
    assert read(text) == [want]


# ---------------------------------------------------------------- reported speech

INDIRECT = [
    ("The Evening Courier reported that two ministers had offered to resign.",
     I("two ministers had offered to resign", "The Evening Courier")),
    ("State television reported the dam had burst shortly after midnight.",
     I("the dam had burst shortly after midnight", "State television")),
    ("The coastguard reports the ferry is listing but stable.",
     I("the ferry is listing but stable", "The coastguard")),
    ("The road will stay shut for a week, said fire chief Nora Blake.",
     I("The road will stay shut for a week", "Nora Blake")),
    ("Three men were arrested at the scene, said police Chief Aaron Kemp.",
     I("Three men were arrested at the scene", "Aaron Kemp")),
    ("Prices are expected to fall next year, said Julia Fenn, an analyst at Northgate Bank.",
     I("Prices are expected to fall next year", "Julia Fenn")),
    ("The school will reopen on Monday, its head teacher said.",
     I("The school will reopen on Monday", "its head teacher")),
    ("The ship had no licence to fish in those waters, the navy said in a statement.",
     I("The ship had no licence to fish in those waters", "the navy")),
    ("Reyes said at a rally in Austin she would not raise taxes.",
     I("she would not raise taxes", "Reyes")),
    ("Moreno told the committee on Thursday the contract had been signed in error.",
     I("the contract had been signed in error", "Moreno")),
    ("Lindgren said in an interview with a local radio station she had no plans to retire.",
     I("she had no plans to retire", "Lindgren")),
    ("Patel said during a visit to the flooded town the army would stay as long as needed.",
     I("the army would stay as long as needed", "Patel")),
    ("Okafor told the BBC last week that the deal was dead.", I("the deal was dead", "Okafor")),
    ("Berger said his lawyer had told him the case would be dropped.",
     I("his lawyer had told him the case would be dropped", "Berger")),
    ("Nakamura said the minister had said the plant was safe.",
     I("the minister had said the plant was safe", "Nakamura")),
    ("The blaze began in a storeroom, according to the fire service, and spread to the roof.",
     I("The blaze began in a storeroom" + J + "and spread to the roof", "the fire service")),
    ("Unemployment rose to 6 per cent, according to official figures.",
     I("Unemployment rose to 6 per cent", "official figures")),
    ("The team's bus broke down twice on the way, according to its manager, Dean Fox.",
     I("The team's bus broke down twice on the way", "Dean Fox")),
    ("According to Holm, the board knew about the losses in May.",
     I("the board knew about the losses in May", "Holm")),
    ("Investors fear the bank will cut its dividend, analysts said.",
     I("Investors fear the bank will cut its dividend", "analysts")),
    ("Kowalski insisted the money had been spent on the project.",
     I("the money had been spent on the project", "Kowalski")),
    ("Sato admitted that mistakes had been made in the first week.",
     I("mistakes had been made in the first week", "Sato")),
    ("Hughes warned that the region could run out of water by August.",
     I("the region could run out of water by August", "Hughes")),
    ("Ferreira argued the tax would hit the poorest families hardest.",
     I("the tax would hit the poorest families hardest", "Ferreira")),
    ("The club confirmed that its captain would miss the rest of the season.",
     I("its captain would miss the rest of the season", "The club")),
    ("Police said the driver, a 34-year-old man, was not hurt.",
     I("the driver, a 34-year-old man, was not hurt", "Police")),
    ("Bauer announced on Friday that she would step down in June.",
     I("she would step down in June", "Bauer")),
    ("The pilots' union says its members will strike next week.",
     I("its members will strike next week", "The pilots' union")),
    ("Officials estimated that 3,000 homes were without power.",
     I("3,000 homes were without power", "Officials")),
    ("Ahmed told reporters outside the court he would appeal.", I("he would appeal", "Ahmed")),
    ("The storm knocked out power to 40,000 homes, the utility reported.",
     I("The storm knocked out power to 40,000 homes", "the utility")),
    ("The bridge was built in 1890, local historian Ewan Grant said.",
     I("The bridge was built in 1890", "Ewan Grant")),
    ("Duarte stressed the measures were temporary.", I("the measures were temporary", "Duarte")),
    ("Lopez noted that the city had met its target a year early.",
     I("the city had met its target a year early", "Lopez")),
    ("The rescue took nine hours, said Kim Andersen, who leads the mountain team.",
     I("The rescue took nine hours", "Kim Andersen")),
]


@pytest.mark.parametrize("text, want", INDIRECT)
def test_reported_speech(text, want):
    assert read(text) == [want]


# ---------------------------------------------------------------- no speech

NOT_SPEECH = [
    # sport and markets
    "Okonkwo and Ramsay each added a try as the visitors won 24-10.",
    "Diaz added a second goal in the 70th minute.",
    "The FTSE 100 added 0.4 per cent to close at 7,512.",
    "Japan's Nikkei added 1.2 per cent, while Hong Kong's Hang Seng fell.",
    "Gold added $12 an ounce on Thursday.",
    "The Yankees added two runs in the eighth inning.",
    "The company added 300 jobs in the quarter.",
    "Shares in Rolls-Royce added 4p to 310p.",
    # naming
    "Doctors gave him a painkiller called tramadol.",
    "She runs a small charity called Open Hands in Bristol.",
    "The tool, called Lens, scans photos for faces.",
    "A new strain, called XBB, has spread across Asia.",
    "The village is called Little Marsh.",
    "They named the puppy Biscuit.",
    "His band was called The Night Owls.",
    # headlines and reading lines
    "Storm batters coast as thousands lose power\nREAD MORE: Ferry services cancelled across the region\n"
    "The storm reached land at dawn.",
    "The train was full.\nRELATED: Minister says fares will freeze next year\nPassengers stood for an hour.",
    "The roads were closed.\nMORE: Council says gritters are ready\nSnow fell overnight.",
    "The bank cut rates.\nRead more: Governor warns of slow growth\nMortgages will get cheaper.",
    # negated speech and declined comment
    "Asked about his future, Marsh would not say.",
    "The ministry did not say how many soldiers had died.",
    "Police refused to say whether the man had been charged.",
    "Officials declined to comment on the report.",
    "The company has not said when the plant will reopen.",
    "She never said a word about the money.",
    "He wouldn't say who paid for the trip.",
    # "said" as an adjective
    "The tenant must vacate the said property within 30 days.",
    "The said agreement was signed in 2004.",
    # questions the writer asks
    "But will the plan work? Nobody knows yet.",
    "What does this mean for savers? Rates are likely to fall.",
    "So why did the council wait so long?",
    # neither speech nor report
    "The court heard the case on Monday.",
    "Fans sang for the whole second half.",
    "She told a story about her grandmother.",
    "The report runs to 300 pages.",
    "He told the truth, the jury decided.",
    "Voices were raised in the chamber.",
    "The gifts were shared out according to age.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_no_speech_gives_no_quote(text):
    assert read(text) == []


# ---------------------------------------------------------------- scare quotes and titles

SCARE = [
    "The so-called “experts” were wrong again.",
    "The singer's new album, “Paper Moons”, went to number one.",
    "He starred in 'The Long Road' and 'Harbour Lights' in the 1990s.",
    "She is reading \"War and Peace\" for the third time.",
    "The film “Blue Hour” opens on Friday.",
    "Their hit single \"Runaway Summer\" topped the charts.",
    "Robert “Bobby” Keane scored twice.",
    "The striker, nicknamed \"The Hammer\", is out injured.",
    "The ‘green’ policy has cost the party votes.",
    "Her podcast, “Talking Shop”, has a million listeners.",
    "The play «Les Voisins» returns to Paris in May.",
    "The \"smart\" meters did not work.",
    "The documentary \"Cold Water\" won two awards.",
]


@pytest.mark.parametrize("text", SCARE)
def test_scare_quotes_titles_and_nicknames_are_no_speech(text):
    assert read(text) == []


@pytest.mark.parametrize("text, want", [
    ("Critics called the plan “a tax on jobs,” and Lena Berg said: “They are right.”",
     D("They are right", "Lena Berg")),
    ("After watching “Blue Hour”, Ann Fry said: “It is the best film of the year.”",
     D("It is the best film of the year", "Ann Fry")),
    ("“I loved ‘Paper Moons’ more than any record I own,” Joel Park said.",
     D("I loved ‘Paper Moons’ more than any record I own", "Joel Park")),
])
def test_a_title_next_to_a_quotation_leaves_the_quotation_whole(text, want):
    assert want in read(text)


# ---------------------------------------------------------------- more wordings and layouts

MORE = [
    # British style: single marks outside, double inside, the attribution between
    ("'The manager told us \"keep your heads\" and we did,' said captain Rhys Evans. 'It worked.'",
     [D('The manager told us "keep your heads" and we did' + J + "It worked", "Rhys Evans")]),
    ("'No one has explained why the ward shut,' said Siân Price, who lives nearby.",
     [D("No one has explained why the ward shut", "Siân Price")]),
    # a quotation opening the paragraph, its speaker after it
    ("The pier reopened on Saturday.\n“It feels like the town has its heart back,” said stallholder Bev Moss.",
     [D("It feels like the town has its heart back", "Bev Moss")]),
    # capitalised names
    ("“WE WILL NOT BE MOVED,” the banner read, but organiser KAREN DOYLE said: “We will talk to them.”",
     [D("We will talk to them", "Karen Doyle")]),
    # a line break inside the attribution sentence
    ("“The vote is final,”\nsaid Speaker Alan Reid.", [D("The vote is final", "Alan Reid")]),
    # the attribution in the middle, after a question
    ("“Who would choose this?” Marta Ruiz asked. “Nobody would.”",
     [D("Who would choose this?" + J + "Nobody would", "Marta Ruiz")]),
    # verbs of many kinds
    ("“The score flatters us,” conceded manager Eddie Hale.", [D("The score flatters us", "Eddie Hale")]),
    ("“Nothing has changed,” Lisa Grant insisted.", [D("Nothing has changed", "Lisa Grant")]),
    ("“We are ready for the storm,” Mayor Tom Briggs told residents on Sunday.",
     [D("We are ready for the storm", "Tom Briggs")]),
    ("“Do not travel unless you must,” police warned in a statement.",
     [D("Do not travel unless you must", "police")]),
    ("“I never saw the car,” the cyclist, Dan Webb, recalled.", [D("I never saw the car", "Dan Webb")]),
    ('"We have ten days of food left," aid worker Salma Idris wrote in an email.',
     [D("We have ten days of food left", "Salma Idris")]),
    # a quotation after a colon on a line of its own, in guillemets
    ("The ruling party's statement was brief. Its leader, Jan Novak, said:\n«We accept the result.»",
     [D("We accept the result", "Jan Novak")]),
    # verbs of manner and of posting right after the quotation
    ("'We were robbed,' fumed City boss Neil Harris. 'That was never a penalty.'",
     [D("We were robbed" + J + "That was never a penalty", "Neil Harris")]),
    ("“Not again,” sighed Ruth Ames.", [D("Not again", "Ruth Ames")]),
    ("“This is not over,” vowed opposition leader Pia Lund.", [D("This is not over", "Pia Lund")]),
    ('"We have had an offer," confirmed a club spokesman. "It is at an early stage."',
     [D("We have had an offer" + J + "It is at an early stage", "a club spokesman")]),
    ("“Enough,” Alvarez said, raising a hand. “Next question.”", [D("Enough" + J + "Next question", "Alvarez")]),
    # an age before the surname of a person named earlier
    ("Valencia want to sign striker Tomás Ferrer.\n“I would be keen to leave,” admitted the 27-year-old Ferrer.",
     [D("I would be keen to leave", "Tomás Ferrer")]),
    ('"It was the hardest day of my life," said 81-year-old Edna Pratt.',
     [D("It was the hardest day of my life", "Edna Pratt")]),
    ("“Finally!” tweeted the club.", [D("Finally!", "the club")]),
    # a description and a name in commas before the cue, and after "according to"
    ("'It's a scandal,' the MP for Bury North, James Frith, told the Commons.", [D("It's a scandal", "James Frith")]),
    ('"The jury is still out," according to Ruth Mayhew, a historian at Bristol.',
     [D("The jury is still out", "Ruth Mayhew")]),
    ("“Our members voted,” the union’s general secretary, Mick Dunn, said. “The result speaks for itself.”",
     [D("Our members voted" + J + "The result speaks for itself", "Mick Dunn")]),
    # quotations in paragraphs of their own after the speaker's reported words, in single marks
    ("Union leader Sara Bell said members were angry.\n'They have been lied to for two years,' she said.",
     [I("members were angry", "Sara Bell"), D("They have been lied to for two years", "Sara Bell")]),
    ("Nurse Jo Pike recalled the night.\n'We ran out of beds by ten.\n'By midnight patients were on the floor,' she said.",
     [D("We ran out of beds by ten.\nBy midnight patients were on the floor", "Jo Pike")]),
    ("Minister Ana Ruiz spoke after the vote. She said the result was a relief.\n“We needed this win,” she said.",
     [I("the result was a relief", "Ana Ruiz"), D("We needed this win", "Ana Ruiz")]),
    # a roundup in single marks
    ("What the commentators said:\nTom Hale, The Post: 'A brave budget.'\nAnn Sime, Daily Record: 'A budget for nobody.'",
     [D("A brave budget", "Tom Hale"), D("A budget for nobody", "Ann Sime")]),
    # a quotation over paragraphs separated by blank lines, after the speaker's reported words
    ("Chief Constable Ian Moss said the force was stretched.\n\n“We have lost 400 officers in five years.\n\n"
     "“We cannot police the county with what we have,” he said.",
     [I("the force was stretched", "Ian Moss"),
      D("We have lost 400 officers in five years.\n\nWe cannot police the county with what we have", "Ian Moss")]),
    ("Coach Ray Dunn was furious.\n“That was a disgrace. Their second goal was a mile offside.”",
     [D("That was a disgrace. Their second goal was a mile offside", "Ray Dunn")]),
    # asides between the speaker and the cue
    ("Lena Cruz, 34, a nurse, said: “I work nights. I never see my kids.”",
     [D("I work nights. I never see my kids", "Lena Cruz")]),
    ("“We will rebuild,” the mayor, who lost her own home, said. “Every house.”",
     [D("We will rebuild" + J + "Every house", "the mayor")]),
    ("“A bold plan,” wrote one critic. “But who pays?”", [D("A bold plan" + J + "But who pays?", "one critic")]),
    ("Tom Reyes, Daily Mirror: 'A flat night for a tired team.'", [D("A flat night for a tired team", "Tom Reyes")]),
    # an answer after a question put to the speaker
    ("The minister was asked whether the plan would work. “It has to,” she replied.",
     [D("It has to", "The minister")]),
    ("Asked if he would resign, Vidal replied: “Absolutely not.”", [D("Absolutely not", "Vidal")]),
    # several quotes, several speakers, one paragraph
    ("“Too slow,” said Ed Ross. “Too expensive,” said Mia Chen.",
     [D("Too slow", "Ed Ross"), D("Too expensive", "Mia Chen")]),
]


@pytest.mark.parametrize("text, want", MORE)
def test_more_wordings_and_layouts(text, want):
    assert read(text) == want


MORE_INDIRECT = [
    ("Fishermen say the new quotas will put them out of business.",
     I("the new quotas will put them out of business", "Fishermen")),
    ("The prime minister told parliament on Wednesday that the troops would come home by Christmas.",
     I("the troops would come home by Christmas", "The prime minister")),
    ("Schneider said in a radio interview last week the talks were going nowhere.",
     I("the talks were going nowhere", "Schneider")),
    ("The river will peak on Thursday, forecasters said.", I("The river will peak on Thursday", "forecasters")),
    ("Water levels are still rising, the Environment Agency warned.",
     I("Water levels are still rising", "the Environment Agency")),
    ("The company reported that profits had doubled in the first half.",
     I("profits had doubled in the first half", "The company")),
    ("Russo claimed the referee had been paid off.", I("the referee had been paid off", "Russo")),
    ("Nine people were hurt, according to a hospital spokeswoman.",
     I("Nine people were hurt", "a hospital spokeswoman")),
    ("Officials, according to the memo, knew of the fault in 2019.",
     I("Officials" + J + "knew of the fault in 2019", "the memo")),
    ("Overall, according to the survey, sales fell.", I("sales fell", "the survey")),
    ("The council leader said officials had said the site was safe.",
     I("officials had said the site was safe", "The council leader")),
    ("The Times reports that the deal is off.", I("the deal is off", "The Times")),
    ("Regulators reported that the bank had broken the rules twice.",
     I("the bank had broken the rules twice", "Regulators")),
]


@pytest.mark.parametrize("text, want", MORE_INDIRECT)
def test_more_reported_speech(text, want):
    assert read(text) == [want]


MORE_NOT_SPEECH = [
    "Bayern added a third through a header from a corner.",
    "The pound added half a cent against the dollar.",
    "The hotel, called The Anchor, has 40 rooms.",
    "A storm called Bella is heading for the coast.",
    "The minister spoke in Leeds.\nWATCH: Minister says the worst of the crisis is over\nShe was cheered.",
    "Minister says the worst of the crisis is over\n\nThe minister spoke in Leeds on Friday.",
    "She refused to say whether she would stand again.",
    "He did not say what the deal was worth.",
    "Is this the end of the high street? Not quite.",
    "The said vehicle was later found abandoned.",
    "READ MORE\nThe bank raised rates again.",
    'So what counts as a "fair share"? The law does not say.',
    "Nobody told the residents that the water was unsafe.",
    "The minister has yet to say whether she will stand.",
    "He has never claimed to be an expert.",
    "Arsenal added Saka to their squad on Friday.",
    "The index added 12 points in early trade.",
    "Fans sang “You'll Never Walk Alone” before kick-off.",
    "The sign read “Closed until further notice”.",
    "Why would anyone vote for this? That is the question facing the party.",
    'The word "sorry" was missing from the statement.',
]


@pytest.mark.parametrize("text", MORE_NOT_SPEECH)
def test_more_lines_that_are_no_speech(text):
    assert read(text) == []


MORE_SCARE = [
    "They watched “Top Gun” twice on the flight.",
    "The so-called ‘bedroom tax’ was scrapped.",
    "Fans still call him \"Big Sam\" after all these years.",
    "The word “unprecedented” appears 14 times in the report.",
    "His memoir, 'A Life in Boxes', sold 200,000 copies.",
    "The café's 'all-day breakfast' is served until noon.",
    "The programme, called “Fresh Start”, helps ex-prisoners find work.",
    "The programme, called \"Fresh Start,\" helps ex-prisoners find work.",
    "Lee, called “the best of his generation,” retired on Friday.",
    "The band's new single, “Late Trains”, is out on Friday.",
    "She won the “Best Newcomer” award in 2019.",
    "He is known locally as “the Mayor of Main Street”.",
]


@pytest.mark.parametrize("text", MORE_SCARE)
def test_more_titles_and_scare_quotes_are_no_speech(text):
    assert read(text) == []
