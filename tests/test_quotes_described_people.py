"""Descriptions of people resolved across an article: a rank written abbreviated before the name ("Cpl. Jo Roe" is
"the corporal"), a post with its field before the name ("Ontario's Minister of Colleges and Universities, Jo Roe"),
a parent described by the number of children ("the mother of two"), a relative ("the grandmother"), the named
holder of a post against a speaker quoted in between ("the mayor" after another resident spoke), and a description
that opens the sentence before a pronoun ("The coach credited the goalie. … he said"). Passages written for these
tests."""

from __future__ import annotations

from quote_helpers import speaker_of


def test_an_abbreviated_rank_is_the_description_of_the_post():
    text = ("Cpl. Martin Lebrun said a man was arrested on Saturday.\n\n"
            "\"We believe this was isolated,\" Lebrun said.\n\n"
            "The victim's sister, Brittany Morrow, described her as a devoted parent.\n\n"
            "\"I'm not going to get into their relationship,\" the corporal said.\n")
    assert speaker_of(text, "get into their relationship") == "Martin Lebrun"


def test_a_post_with_its_field_before_the_name():
    text = ("The faculty association called the cuts devastating.\n\n"
            "Ontario’s Minister of Colleges and Universities, Nolan Fairbairn, said the province had already "
            "increased operating grants.\n\n"
            "“We have given universities more money,” the minister said.\n")
    assert speaker_of(text, "given universities more money") == "Nolan Fairbairn"


def test_the_mother_of_two_is_the_parent_named_just_before():
    text = ("Parent Lisa Chu, whose daughter is in Grade 11, said she was shaken.\n\n"
            "“I got a text from my kid,” the mother of two said.\n")
    assert speaker_of(text, "got a text") == "Lisa Chu"


def test_the_grandmother_is_the_woman_the_sentence_before_is_about():
    text = ("Rosa Delgadillo has run the breakfast program for eleven years.\n\n"
            "Delgadillo said she worries about what will happen when she can no longer do the work.\n\n"
            "“Somebody younger will have to take over,” the grandmother said.\n")
    assert speaker_of(text, "Somebody younger") == "Rosa Delgadillo"


def test_the_mayor_is_the_named_mayor_not_the_resident_quoted_in_between():
    text = ("Mayor Theresa Lundy called the vote a turning point.\n\n"
            "“Today that changes,” Lundy said.\n\n"
            "More than 700 people signed up to speak during the hearing, a city record, and the council chamber "
            "was full from the first morning to the last evening of the three days it sat.\n\n"
            "Many of those who spoke were renters who said the rules kept the kind of housing they could afford out "
            "of most neighbourhoods; others owned homes and feared for parking, shade and the character of their "
            "streets.\n\n"
            "Retired engineer Harold Beatty warned that the change would overwhelm aging pipes.\n\n"
            "“The infrastructure in my neighbourhood was built for single homes,” Beatty said.\n\n"
            "After the vote, the mayor said the city would spend $40 million on pipe upgrades.\n\n"
            "“We will not let growth outrun the pipes,” she said.\n")
    assert speaker_of(text, "the city would spend") == "Theresa Lundy"
    assert speaker_of(text, "outrun the pipes") == "Theresa Lundy"


def test_he_after_a_sentence_opened_by_a_description_is_the_holder_of_the_post():
    text = ("Senators head coach Dale Pritchett said the win was a relief.\n\n"
            "Goaltender Anton Volkan made 31 saves, including a sprawling stop late in the third period.\n\n"
            "The coach credited the Russian netminder for keeping the team in the game.\n\n"
            "“Anton was our best player,” he said.\n")
    assert speaker_of(text, "our best player") == "Dale Pritchett"


def test_she_after_the_minister_answered_is_the_minister():
    text = ("Federal Finance Minister Catherine Lavallée says Ottawa will not extend the deadline.\n\n"
            "Conservative finance critic Brent Holloway accused the government of abandoning small firms.\n\n"
            "“This government has forgotten the corner store,” Holloway said in the House of Commons.\n\n"
            "The minister fired back.\n\n"
            "“The member opposite voted against every single one of those loans,” she said.\n")
    assert speaker_of(text, "member opposite") == "Catherine Lavallée"


def test_a_description_after_but_opens_the_sentence():
    text = ("Home Secretary Charles Clerk said ministers had kept their pledge. Tory leader Michael Howell said the "
            "law favoured burglars.\n\n"
            "But the home secretary said Mr Howell was wrong. He said: \"The problem is there has not been enough "
            "understanding of it.\"\n")
    assert speaker_of(text, "not been enough understanding") == "Charles Clerk"


def test_a_person_described_in_the_lead_is_the_one_the_next_paragraph_opens_with():
    text = ("A former nurse accused of stealing fentanyl from a Hamilton hospital told a jury on Monday that she took "
            "the drugs to feed an addiction.\n\n"
            "Karen Molloy, 46, has pleaded not guilty to theft and trafficking charges.\n\n"
            "“I was sick,” she told the court.\n")
    assert speaker_of(text, "she took the drugs") == "Karen Molloy"
    text = ("The chief of a northern Manitoba First Nation says his community has been without safe drinking water "
            "for 1,200 days.\n\n"
            "Chief Dennis Moosehead of Red Cedar Lake Cree Nation spoke at a rally on Thursday.\n\n"
            "“Our children are growing up thinking it is normal to boil water,” Moosehead said.\n")
    assert speaker_of(text, "his community has been") == "Dennis Moosehead"


def test_a_lead_description_is_not_a_person_named_before_nor_one_with_another_post():
    text = ("A Toronto landlord says his tenant Mary Polson has not paid rent since March.\n\n"
            "Mary Polson, 30, disputes that account of the dispute.\n")
    assert speaker_of(text, "has not paid rent") == "A Toronto landlord"  # she is named in the lead already
    text = ("The chief of a northern Manitoba First Nation says his community has been without safe water.\n\n"
            "Premier Wade Kenner of Manitoba spoke at a rally on Thursday.\n")
    assert speaker_of(text, "his community has been") != "Wade Kenner"


def test_a_korean_family_name_alone_is_the_full_name_given_before():
    text = ("North Korean leader Kim Jong-chol warned that his country would respond with force.\n\n"
            "Professor Lee Min-seok of Korea University said Pyongyang used the drills to justify its weapons "
            "program.\n\n"
            "“Every spring we hear the same words,” Lee said.\n\n"
            "Kim also called for the country’s factories to double production of artillery shells.\n\n"
            "“Our munitions industry must work without rest,” he told the meeting.\n")
    assert speaker_of(text, "Every spring we hear") == "Lee Min-seok"
    assert speaker_of(text, "Our munitions industry") == "Kim Jong-chol"


def test_a_curling_skip_and_the_skip():
    text = ("Skip Jenna Harrow made a draw to the button with her final stone to win the title.\n\n"
            "“I’ve thrown that shot ten thousand times in practice,” Harrow said.\n\n"
            "The 34-year-old from Sudbury, Ont., had lost in the final twice before.\n\n"
            "“This one is for everyone who stuck with us,” the skip said.\n")
    assert speaker_of(text, "ten thousand times") == "Jenna Harrow"
    assert speaker_of(text, "stuck with us") == "Jenna Harrow"
    assert speaker_of("“We knew it would be close,” said Skip Rutherfield.", "would be close") == "Skip Rutherfield"


def test_she_after_one_described_person_is_that_person_not_a_woman_named_before():
    text = ("Its president, Rachel Osgood, said demand for developers remained strong.\n\n"
            "“These are talented people,” Osgood said.\n\n"
            "One laid-off engineer, who asked not to be named because she is negotiating her severance, said the "
            "news came in a 10-minute video call.\n\n"
            "“They didn’t even turn their cameras on,” she said.\n")
    assert speaker_of(text, "turn their cameras on") == "One laid-off engineer"


def test_the_civilian_watchdog_is_the_body_that_spoke_just_before():
    text = ("Two constables each face one count of assault causing bodily harm, the Independent Investigation Unit "
            "of Manitoba said Thursday.\n\n"
            "The civilian watchdog said the man suffered a broken jaw and a concussion.\n")
    assert speaker_of(text, "broken jaw") == "Independent Investigation Unit of Manitoba"


def test_a_post_described_in_the_lead_is_the_person_the_next_paragraph_gives_that_title():
    text = ("Ontario’s auditor general says the province paid private clinics nearly twice as much as hospitals.\n\n"
            "In her annual report released Wednesday, Auditor General Priya Venkataraman found that the ministry "
            "did not track the clinics.\n\n"
            "“The ministry could not tell us whether taxpayers were getting value,” Venkataraman told reporters.\n")
    assert speaker_of(text, "the province paid private clinics") == "Priya Venkataraman"
