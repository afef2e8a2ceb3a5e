"""Canadian news forms, second round, on passages written for these tests: sports (coaches and players after the game,
trades), business (central bank, economists' notes to clients, earnings calls), courts and police (judges' rulings,
Crown and defence, officers named with their force), weather and emergencies, health, municipal and provincial
politics (MPPs, MLAs, MNAs), Indigenous affairs, education, transit and labour.

The forms: a post whose field ends in "-ing" (``Housing Minister``), names that end like a verb (``Ahmed``),
accented first names and family names (``Émilie``, ``Thériault-Bouchard``), a person named with the force or body
they serve (``Sgt. Kerry Blaine of the OPP``, ``of the Montreal police``, ``of the … major crime unit``, ``of Ward
12``), two people with their posts speaking together, an age with a home town (``the 24-year-old from Saguenay``), a
relative named after the person and her relation (``Sandra Kowalski and her husband, Pete``; ``Her husband,
Greg,``), a participle after the main clause's object, ``said that`` with ``that`` as the subject, groups named with
where they work (``Nurses at the hospital``), a warning offered before a colon, a player described by another word
for the post (``the Russian-born netminder``), a public body described with an adjective (``the weather agency``),
and ``declared a state of emergency``, which is no statement."""

from __future__ import annotations

import pytest

from quote_passages import check_passage, quotes


# ---------------------------------------------------------------- posts and names

def test_a_post_whose_field_ends_in_ing_is_no_introductory_phrase():
    assert quotes("Housing Minister Paul Girard said the bill would speed up construction.") == [
        ("Paul Girard", "the bill would speed up construction")]
    got = quotes("Housing Minister Paul Girard defended the legislation, saying it would speed up construction.")
    assert got == [("Paul Girard", "it would speed up construction")]
    assert quotes("\"It is a good bill,\" Mining Minister Kevin Ahmadi said.") == [
        ("Kevin Ahmadi", "It is a good bill")]


def test_a_first_name_that_ends_like_a_verb_is_a_name():
    got = quotes("Opposition health critic Ahmed Rahimi said the numbers told a different story.")
    assert got == [("Ahmed Rahimi", "the numbers told a different story")]


def test_accented_names_are_whole():
    got = quotes("Québec solidaire MNA Émilie Saint-Arnaud said the government had broken its promise.")
    assert got == [("Émilie Saint-Arnaud", "the government had broken its promise")]
    text = ("Canadiens forward Alexis Thériault-Bouchard scored twice. \"We played the right way,\" he told "
            "reporters after the game.")
    assert quotes(text) == [("Alexis Thériault-Bouchard", "We played the right way")]


def test_a_person_named_with_the_force_or_body_they_serve():
    got = quotes("\"Stay off the roads,\" said Sgt. Kerry Blaine of the OPP.")
    assert got == [("Kerry Blaine", "Stay off the roads")]
    got = quotes("\"This was a targeted shooting,\" Insp. Renée Gauthier of the Montreal police told reporters.")
    assert got == [("Renée Gauthier", "This was a targeted shooting")]
    got = quotes("Staff Sgt. Kerry Ambrose of the York Regional Police major crime unit said three people had been "
                 "arrested.")
    assert got == [("Kerry Ambrose", "three people had been arrested")]


def test_a_ward_or_union_local_with_its_number_is_the_body_served():
    assert quotes("Coun. Casey Nakamura of Ward 12 said the bike lanes would stay.") == [
        ("Casey Nakamura", "the bike lanes would stay")]


def test_a_long_body_after_a_titled_name_keeps_the_quote():
    got = quotes("\"Conditions are changing quickly,\" said Fire Chief Brendan O'Rourke of the Kamloops Fire Rescue.")
    assert got == [("Brendan O'Rourke", "Conditions are changing quickly")]
    got = quotes("\"Our water is unsafe,\" said Chief Melanie Crowchild of Neskantaga-area Bear Lake First Nation.")
    assert got == [("Melanie Crowchild", "Our water is unsafe")]


def test_two_people_with_their_posts_speak_together():
    got = quotes("Deputy Premier Fatima Chaudhry and Finance Minister Neil Brant both said the province would "
                 "balance its books.")
    assert got == [("Fatima Chaudhry and Neil Brant", "the province would balance its books")]
    got = quotes("Finance Minister Chrystia Morrow and Bank of Canada governor Felix Olander both warned that "
                 "inflation would stay high.")
    assert got == [("Chrystia Morrow and Felix Olander", "inflation would stay high")]


def test_an_age_with_a_home_town_is_the_person_before():
    text = ("Speed skater Annick Bélanger-Roy, who won bronze, said she skated the race of her life.\n\n"
            "\"I have been chasing this since I was 11,\" the 24-year-old from Saguenay said.")
    assert [s for s, _ in quotes(text)] == ["Annick Bélanger-Roy", "Annick Bélanger-Roy"]


def test_a_group_named_with_where_its_members_work():
    assert quotes("Nurses at the hospital say they are exhausted.") == [
        ("Nurses at the hospital", "they are exhausted")]
    assert quotes("Evacuees at the centre said they had left with little more than a bag.") == [
        ("Evacuees at the centre", "they had left with little more than a bag")]


def test_a_relative_named_after_the_person_and_her_relation():
    text = ("Sandra Kowalski and her husband, Pete, lost everything in the fire. \"We got out with the clothes on "
            "our backs,\" Sandra Kowalski said. Her husband said they would rebuild.")
    assert [s for s, _ in quotes(text)] == ["Sandra Kowalski", "Pete Kowalski"]


def test_a_relative_named_after_a_pronoun_and_the_relation():
    text = "Mary Sutherland said she had waited three years for a doctor.\n\nHer husband, Greg, said they might move."
    assert [s for s, _ in quotes(text)] == ["Mary Sutherland", "Greg Sutherland"]
    text = "Tom Reyes won the race. His daughter, Ana, said he had trained for years."
    assert quotes(text) == [("Ana Reyes", "he had trained for years")]


def test_a_body_whose_name_opens_with_a_preposition():
    assert quotes("Via Rail said trains would run on a reduced schedule.") == [
        ("Via Rail", "trains would run on a reduced schedule")]


def test_a_warning_offered_before_a_colon():
    got = quotes("Fire Chief Laura Bisson offered a warning: \"Do not go back until we say it is safe.\"")
    assert got == [("Laura Bisson", "Do not go back until we say it is safe")]


def test_a_player_described_by_another_word_for_the_post_and_a_birthplace():
    text = ("Goaltender Ilya Sorokin-Park stopped 38 shots. \"I just tried to stay square,\" said the Russian-born "
            "netminder.")
    assert quotes(text) == [("Ilya Sorokin-Park", "I just tried to stay square")]


def test_a_public_body_described_with_an_adjective():
    text = ("Environment Canada issued a tornado warning for parts of eastern Ontario on Thursday. \"Take cover "
            "immediately,\" the weather agency said.")
    assert quotes(text) == [("Environment Canada", "Take cover immediately")]
    text = ("The Canada Border Services Agency seized 40 kilograms of cocaine at the port. The federal agency said "
            "the drugs were hidden in a shipment of bananas.")
    assert quotes(text) == [("Canada Border Services Agency", "the drugs were hidden in a shipment of bananas")]
    # any one word saying which body, not only a listed adjective
    text = ("Environment Canada issued a fog advisory for the Halifax area overnight. The forecasting agency said "
            "visibility would improve by noon.")
    assert quotes(text) == [("Environment Canada", "visibility would improve by noon")]


# ---------------------------------------------------------------- what is and is not said

def test_that_as_the_subject_of_the_reported_clause():
    got = quotes("PC MLA Gordon Tibbits said that was not good enough.")
    assert got == [("Gordon Tibbits", "that was not good enough")]
    assert quotes("Gordon Tibbits said that the plan was dead.") == [("Gordon Tibbits", "the plan was dead")]


def test_declaring_a_state_of_emergency_is_no_statement():
    assert quotes("Mayor Tom Haldane declared a state of local emergency on Friday.") == []
    got = quotes("The premier declared a \"war on red tape\" in his speech.")
    assert [s for s, _ in got] == ["The premier"]


# ---------------------------------------------------------------- passages: every quote and its speaker

PASSAGES = [
    ('"We just didn\'t have it tonight," Oilers head coach Marcel Thibodeau said after the game. "Credit '
     'to them, they outworked us."',
     [('Marcel Thibodeau', "We just didn't have it tonight"), ('Marcel Thibodeau', 'Credit to them')]),
    ('Maple Leafs defenceman Jonas Varga, who blocked six shots, said the team had finally found its '
     'identity.\n\n"It\'s a grind every night," Varga said. "But this group believes."',
     [('Jonas Varga', 'the team had finally found its identity'), ('Jonas Varga', "It's a grind every night"),
      ('Jonas Varga', 'But this group believes')]),
    ('The Winnipeg Jets traded forward Dmitri Halloran to the Calgary Flames on Tuesday for a '
     'second-round pick.\n\n"Dmitri was a great teammate and we wish him well," general manager Colleen '
     'Strand said in a statement.',
     [('Colleen Strand', 'Dmitri was a great teammate')]),
    ('Stampeders quarterback Reggie Odum threw for 340 yards. "The line gave me all day," Odum told '
     'reporters. "I could have made a sandwich back there."',
     [('Reggie Odum', 'The line gave me all day'), ('Reggie Odum', 'I could have made a sandwich')]),
    ('Speed skater Annick Bélanger-Roy, who won bronze in the 1,500 metres, said she skated the race of '
     'her life.\n\n"I have been chasing this since I was 11," the 24-year-old from Saguenay said.',
     [('Annick Bélanger-Roy', 'she skated the race of her life'),
      ('Annick Bélanger-Roy', 'I have been chasing this')]),
    ('"He\'s day-to-day," Canadiens coach Luc Pelletier said of his captain, who left the game in the '
     'second period with a lower-body injury.',
     [('Luc Pelletier', "He's day-to-day")]),
    ('Senators goaltender Tomas Erikson made 41 saves. Asked about the shutout, he shrugged. "The guys '
     'in front of me did the work," Erikson said.',
     [('Tomas Erikson', 'The guys in front of me did the work')]),
    ('Roughriders head coach Dale Fenwick said his team "has to be better in the second half," adding '
     'that the offence had stalled after halftime.',
     [('Dale Fenwick', 'has to be better in the second half'),
      ('Dale Fenwick', 'the offence had stalled after halftime')]),
    ('According to Sportsnet insider Mark Delorme, the Vancouver Canucks are close to signing the free '
     'agent to a three-year deal.',
     [('Mark Delorme', 'the Vancouver Canucks are close to signing')]),
    ('Canadian Olympic Committee CEO Priya Hundal said the team was on pace for its best Summer Games '
     'ever.\n\n"These athletes have inspired a generation," Hundal said.\n\nShe said funding for '
     'coaching would be reviewed after the Games.',
     [('Priya Hundal', 'the team was on pace'), ('Priya Hundal', 'These athletes have inspired'),
      ('Priya Hundal', 'funding for coaching would be reviewed')]),
    ('"It was a dirty hit, plain and simple," Flames captain Owen Mackie said. Bruins coach Pat Kerrigan '
     'disagreed, saying the check was clean.',
     [('Owen Mackie', 'It was a dirty hit'), ('Pat Kerrigan', 'the check was clean')]),
    ('Raptors president Kwame Asante told reporters on Monday that the team would not trade its '
     'first-round pick.',
     [('Kwame Asante', 'the team would not trade its first-round pick')]),
    ('"We\'re not going to panic," said Toronto FC head coach Javier Molinari. "It\'s a long season."',
     [('Javier Molinari', "We're not going to panic"), ('Javier Molinari', "It's a long season")]),
    ("The NHL Players' Association said in a news release that it would appeal the 10-game suspension.",
     [("The NHL Players' Association", 'it would appeal the 10-game suspension')]),
    ('The Bank of Canada held its key interest rate at 4.5 per cent on Wednesday.\n\n"Inflation is '
     'easing, but it is not yet where we want it," governor Tiffany Marchetti told reporters in Ottawa.',
     [('Tiffany Marchetti', 'Inflation is easing')]),
    ('"The bank is clearly signalling that cuts are coming," BMO chief economist Douglas Pyne wrote in a '
     'note to clients.',
     [('Douglas Pyne', 'The bank is clearly signalling')]),
    ('Shoppers are pulling back on big-ticket purchases, said Rhea Castellano, an economist at '
     'Desjardins.',
     [('Rhea Castellano', 'Shoppers are pulling back')]),
    ('Loblaw chief executive Gordon Pruitt said on a conference call with analysts that food inflation '
     'had returned to normal levels.\n\nPruitt said the company would open 40 new stores this year.',
     [('Gordon Pruitt', 'food inflation had returned'),
      ('Gordon Pruitt', 'the company would open 40 new stores')]),
    ('According to Statistics Canada, the economy added 22,000 jobs in March, while the unemployment '
     'rate held at 6.1 per cent.',
     [('Statistics Canada', 'the economy added 22,000 jobs')]),
    ('"Housing starts remain well below what is needed," said Kevin Oduya, deputy chief economist at the '
     'Canada Mortgage and Housing Corporation.',
     [('Kevin Oduya', 'Housing starts remain well below')]),
    ('In a statement, Air Canada said the outage had affected about 200 flights and that customers would '
     'be rebooked at no cost.',
     [('Air Canada', 'the outage had affected about 200 flights')]),
    ('Shares of Shopify rose nine per cent after the company beat analysts\' expectations. "This was a '
     'clean quarter," said Lindsay Aubrey, a portfolio manager with Vantage Capital.',
     [('Lindsay Aubrey', 'This was a clean quarter')]),
    ('Finance Minister Raymond Okafor said the deficit would be smaller than forecast.\n\n"We have kept '
     'our promise," he said. "Canadians can see the results."',
     [('Raymond Okafor', 'the deficit would be smaller'), ('Raymond Okafor', 'We have kept our promise'),
      ('Raymond Okafor', 'Canadians can see the results')]),
    ('Analysts at RBC said in a report that the loonie could fall below 70 cents U.S. by the end of the '
     'year.',
     [('Analysts at RBC', 'the loonie could fall below 70 cents')]),
    ('Teck Resources CEO Harriet Lindgren called the offer "opportunistic" and said the board would '
     'reject it.',
     [('Harriet Lindgren', 'opportunistic'), ('Harriet Lindgren', 'the board would reject it')]),
    ('"Small businesses are being squeezed from every direction," Dan Kelly-Moreau, president of the '
     'Canadian Federation of Independent Business, said in an interview.',
     [('Dan Kelly-Moreau', 'Small businesses are being squeezed')]),
    ('"The accused showed a callous disregard for human life," Justice Miriam Osei wrote in her 40-page '
     'decision.',
     [('Miriam Osei', 'The accused showed a callous disregard')]),
    ('Crown prosecutor Alain Desrosiers told the jury that the evidence against Kendrick was '
     '"overwhelming."\n\nDefence lawyer Samantha Yee argued her client had been nowhere near the scene.',
     [('Alain Desrosiers', 'the evidence against Kendrick was'),
      ('Samantha Yee', 'her client had been nowhere near the scene')]),
    ('Ontario Provincial Police said a 34-year-old man from Orillia has been charged with impaired '
     'driving causing death.',
     [('Ontario Provincial Police', 'a 34-year-old man from Orillia has been charged')]),
    ('RCMP Cpl. Janelle Whitehorse said officers found the vehicle abandoned near the highway.\n\n"We '
     'are asking anyone with dashcam footage to come forward," Whitehorse said.',
     [('Janelle Whitehorse', 'officers found the vehicle abandoned'),
      ('Janelle Whitehorse', 'We are asking anyone with dashcam footage')]),
    ('Outside the courthouse, the victim\'s sister, Nadia Karimi, said the family was relieved. "We '
     'finally have some peace," she said.',
     [('Nadia Karimi', 'the family was relieved'), ('Nadia Karimi', 'We finally have some peace')]),
    ("In his ruling, Justice Peter Lachance wrote that the search had violated the man's Charter rights.",
     [('Peter Lachance', 'the search had violated')]),
    ('Toronto police Const. Victor Amaral said the two suspects fled on foot. He said one was described '
     'as about six feet tall.',
     [('Victor Amaral', 'the two suspects fled on foot'),
      ('Victor Amaral', 'one was described as about six feet tall')]),
    ('"This was a targeted shooting," Insp. Renée Gauthier of the Montreal police told reporters at the '
     'scene. "There is no danger to the public."',
     [('Renée Gauthier', 'This was a targeted shooting'),
      ('Renée Gauthier', 'There is no danger to the public')]),
    ('The Special Investigations Unit, which probes police conduct that results in death or serious '
     'injury, said it had assigned four investigators to the case.',
     [('The Special Investigations Unit', 'it had assigned four investigators')]),
    ('Defence lawyer Marcus Feld said his client would plead not guilty.\n\n"My client has always '
     'maintained his innocence," Feld said. "We look forward to our day in court."',
     [('Marcus Feld', 'his client would plead not guilty'), ('Marcus Feld', 'My client has always maintained'),
      ('Marcus Feld', 'We look forward to our day in court')]),
    ("In a victim impact statement read in court, the woman's mother, Linda Haviland, said she had not "
     'slept through the night in two years.',
     [('Linda Haviland', 'she had not slept through the night')]),
    ('The judge sentenced Brody Tanner to six years. Justice Elaine Fortier said the sentence had to '
     'send a message. "Drunk driving destroys families," she said.',
     [('Elaine Fortier', 'the sentence had to send a message'),
      ('Elaine Fortier', 'Drunk driving destroys families')]),
    ('Halifax Regional Police say they are investigating after a man was stabbed early Sunday on '
     'Gottingen Street.',
     [('Halifax Regional Police', 'they are investigating')]),
    ('Environment Canada has issued a snowfall warning for the Greater Toronto Area, saying up to 25 '
     'centimetres could fall by Tuesday morning.',
     [('Environment Canada', 'up to 25 centimetres could fall')]),
    ('"Conditions are changing very quickly," said Fire Chief Brendan O\'Rourke of the Kamloops Fire '
     'Rescue. "If you are told to leave, leave."',
     [("Brendan O'Rourke", 'Conditions are changing very quickly'),
      ("Brendan O'Rourke", 'If you are told to leave')]),
    ('The BC Wildfire Service said the fire had grown to 4,200 hectares overnight.\n\nFire information '
     'officer Jessie Larkspur said crews were focusing on the eastern flank.',
     [('The BC Wildfire Service', 'the fire had grown to 4,200 hectares'),
      ('Jessie Larkspur', 'crews were focusing on the eastern flank')]),
    ('Meteorologist Geraldine Paquette told CBC News the storm was "a classic nor\'easter" and would '
     'bring wind gusts of up to 100 km/h.',
     [('Geraldine Paquette', "a classic nor'easter"), ('Geraldine Paquette', 'would bring wind gusts')]),
    ('Mayor Tom Haldane declared a state of local emergency on Friday. "We have never seen water levels '
     'like this," Haldane said.',
     [('Tom Haldane', 'We have never seen water levels like this')]),
    ('An evacuation order remains in place for about 1,200 residents, according to the Regional District '
     'of Central Okanagan.',
     [('the Regional District of Central Okanagan', 'An evacuation order remains in place')]),
    ('Hydro One said crews had restored power to 80,000 customers, but about 15,000 remained in the dark '
     'Sunday night.',
     [('Hydro One', 'crews had restored power to 80,000 customers')]),
    ('"People need to stay off the roads," said Sgt. Kerry Blaine of the OPP. "We have had more than 60 '
     'collisions since midnight."',
     [('Kerry Blaine', 'People need to stay off the roads'),
      ('Kerry Blaine', 'We have had more than 60 collisions')]),
    ('"We are seeing a steep rise in measles cases," said Dr. Harpreet Gill, medical officer of health '
     'for Peel Region. "Vaccination is the best protection."',
     [('Harpreet Gill', 'We are seeing a steep rise'), ('Harpreet Gill', 'Vaccination is the best protection')]),
    ("Dr. Yvonne Leclerc-Baptiste, Quebec's director of public health, said the province would expand "
     'eligibility for the RSV vaccine.\n\nLeclerc-Baptiste said the shots would be available in '
     'pharmacies next month.',
     [('Yvonne Leclerc-Baptiste', 'the province would expand eligibility'),
      ('Yvonne Leclerc-Baptiste', 'the shots would be available in pharmacies')]),
    ('The hospital said in a statement that its emergency department would close overnight on weekends '
     'because of a shortage of nurses.',
     [('The hospital', 'its emergency department would close')]),
    ('Health Minister Sylvie Mercier-Dubois told reporters that wait times had improved. Opposition '
     'health critic Ahmed Rahimi said the numbers told a different story.',
     [('Sylvie Mercier-Dubois', 'wait times had improved'),
      ('Ahmed Rahimi', 'the numbers told a different story')]),
    ('In an interview with CTV News, emergency physician Dr. Colin Baptiste said patients were waiting '
     'up to 20 hours for a bed.',
     [('Colin Baptiste', 'patients were waiting up to 20 hours')]),
    ('Nurses at the hospital say they are exhausted. "We are running on empty," said Tamara Voss, a '
     'registered nurse for 18 years.',
     [('Nurses at the hospital', 'they are exhausted'), ('Tamara Voss', 'We are running on empty')]),
    ("Canada's chief public health officer, Dr. Anand Kapoor, said the risk to the general public "
     'remained low.',
     [('Anand Kapoor', 'the risk to the general public remained low')]),
    ('Coun. Janice Mbeki said the city could not afford another tax increase.\n\n"Residents are already '
     'stretched," Mbeki told CBC News.',
     [('Janice Mbeki', 'the city could not afford'), ('Janice Mbeki', 'Residents are already stretched')]),
    ('NDP MPP Ravi Chandrasekar called the bill "a giveaway to developers."\n\nHousing Minister Paul '
     'Girard defended the legislation, saying it would speed up construction.',
     [('Ravi Chandrasekar', 'a giveaway to developers'), ('Paul Girard', 'it would speed up construction')]),
    ('"This is a good day for Calgary," Mayor Anita Okonkwo told reporters on Thursday.',
     [('Anita Okonkwo', 'This is a good day for Calgary')]),
    ('Premier Blaine Hollister said Alberta would not sign the agreement. "Ottawa is not listening," '
     'Hollister said. "We will go our own way."',
     [('Blaine Hollister', 'Alberta would not sign the agreement'),
      ('Blaine Hollister', 'Ottawa is not listening'), ('Blaine Hollister', 'We will go our own way')]),
    ('Québec solidaire MNA Émilie Saint-Arnaud said the government had broken its promise on daycare '
     'spaces.',
     [('Émilie Saint-Arnaud', 'the government had broken its promise')]),
    ('B.C. Green MLA Tessa Lindqvist told the legislature the province was "sleepwalking into a water '
     'crisis."',
     [('Tessa Lindqvist', 'sleepwalking into a water crisis')]),
    ('Ward 4 Coun. Derek Fong said residents had complained about the noise for years. Coun. Maria '
     'Santos said she would support the bylaw.',
     [('Derek Fong', 'residents had complained about the noise'),
      ('Maria Santos', 'she would support the bylaw')]),
    ('"We heard loud and clear that people want more buses," Ottawa Mayor Gregory Vance said. He said '
     'the city would add 50 buses next year.',
     [('Gregory Vance', 'We heard loud and clear'), ('Gregory Vance', 'the city would add 50 buses')]),
    ('Prime Minister Julien Carrière said Canada would not be intimidated.\n\n"We will stand up for '
     'Canadian workers," Carrière said in French. "Always."',
     [('Julien Carrière', 'Canada would not be intimidated'),
      ('Julien Carrière', 'We will stand up for Canadian workers'), ('Julien Carrière', 'Always')]),
    ("Speaking at a news conference at Queen's Park, Education Minister Lorraine Tse said the funding "
     'would hire 1,000 new teachers.',
     [('Lorraine Tse', 'the funding would hire 1,000 new teachers')]),
    ('Opposition Leader Carla Devereaux said the premier had "lost the trust of Manitobans" and called '
     'on him to resign.',
     [('Carla Devereaux', 'lost the trust of Manitobans')]),
    ("Conservative MP Jasper Holt, the party's critic for public safety, said the bail system was "
     'broken. "Repeat offenders are back on the street within hours," Holt said.',
     [('Jasper Holt', 'the bail system was broken'),
      ('Jasper Holt', 'Repeat offenders are back on the street')]),
    ('Assembly of First Nations National Chief Rosalind Whitecloud said the federal budget "falls far '
     'short" of what communities need.',
     [('Rosalind Whitecloud', 'falls far short')]),
    ('Chief Darren Moosomin of Red Pheasant Cree Nation said the band council had voted to declare a '
     'state of emergency.\n\n"We have lost three young people this month," Moosomin said.',
     [('Darren Moosomin', 'the band council had voted'),
      ('Darren Moosomin', 'We have lost three young people')]),
    ('"Our water has been unsafe to drink for 12 years," said Chief Melanie Crowchild of Neskantaga-area '
     'Bear Lake First Nation. "Twelve years."',
     [('Melanie Crowchild', 'Our water has been unsafe'), ('Melanie Crowchild', 'Twelve years')]),
    ('Indigenous Services Minister Patrick Lavoie said Ottawa was committed to ending all long-term '
     'drinking water advisories. Grand Chief Joel Manitowabi said he had heard that promise before.',
     [('Patrick Lavoie', 'Ottawa was committed to ending'),
      ('Joel Manitowabi', 'he had heard that promise before')]),
    ('Residential school survivor Agnes Kakekayash, 81, said she wanted the search of the grounds to '
     'continue. "The children deserve to come home," she said.',
     [('Agnes Kakekayash', 'she wanted the search of the grounds to continue'),
      ('Agnes Kakekayash', 'The children deserve to come home')]),
    ('In a statement, the Federation of Sovereign Indigenous Nations said the ruling was "a victory for '
     'treaty rights."',
     [('the Federation of Sovereign Indigenous Nations', 'a victory for treaty rights')]),
    ('The Toronto District School Board says it will cut 300 teaching positions to balance its '
     'budget.\n\nBoard chair Nadine Ostrowski said the decision was painful. "Nobody wants to do this," '
     'she said.',
     [('The Toronto District School Board', 'it will cut 300 teaching positions'),
      ('Nadine Ostrowski', 'the decision was painful'), ('Nadine Ostrowski', 'Nobody wants to do this')]),
    ('"Class sizes have exploded," said Marc-André Lévesque, president of the local teachers\' union. '
     '"Kids are paying the price."',
     [('Marc-André Lévesque', 'Class sizes have exploded'),
      ('Marc-André Lévesque', 'Kids are paying the price')]),
    ('University of Manitoba president Helen Ashdown said international enrolment had dropped by a third '
     'since the federal cap was introduced.',
     [('Helen Ashdown', 'international enrolment had dropped')]),
    ('Parent Rachel Nkemelu said her son\'s school had no working air conditioning. "The kids come home '
     'with headaches," Nkemelu said.',
     [('Rachel Nkemelu', "her son's school had no working air conditioning"),
      ('Rachel Nkemelu', 'The kids come home with headaches')]),
    ('A spokesperson for the Ministry of Education said the province had provided record funding to '
     'school boards.',
     [('A spokesperson for the Ministry of Education', 'the province had provided record funding')]),
    ('"We did not want to go on strike," said Carlos Medeiros, president of ATU Local 113. "But '
     'management left us no choice."',
     [('Carlos Medeiros', 'We did not want to go on strike'),
      ('Carlos Medeiros', 'But management left us no choice')]),
    ('Metrolinx spokesperson Fiona Galbraith said the Eglinton Crosstown would open "in the coming '
     'months."',
     [('Fiona Galbraith', 'in the coming months')]),
    ('Canada Post said in a news release that it had tabled a new offer. The Canadian Union of Postal '
     'Workers said the offer did not address its concerns about wages.',
     [('Canada Post', 'it had tabled a new offer'),
      ('The Canadian Union of Postal Workers', 'the offer did not address its concerns')]),
    ('Labour Minister Steven MacAulay said he would not hesitate to use back-to-work legislation. '
     '"Canadians depend on the ports," MacAulay said.',
     [('Steven MacAulay', 'he would not hesitate to use back-to-work legislation'),
      ('Steven MacAulay', 'Canadians depend on the ports')]),
    ('Unifor national president Dana Corbiere said the tentative agreement included a 25 per cent wage '
     'increase over four years.\n\n"Our members stood together and it paid off," Corbiere said.',
     [('Dana Corbiere', 'the tentative agreement included'), ('Dana Corbiere', 'Our members stood together')]),
    ('TransLink said service on the Expo Line was delayed for about two hours Tuesday morning because of '
     'a power problem.',
     [('TransLink', 'service on the Expo Line was delayed')]),
    ('Commuter Priya Ramaswamy, who waited 40 minutes on the platform at Union Station, said she was '
     'frustrated. "This happens every week," she said.',
     [('Priya Ramaswamy', 'she was frustrated'), ('Priya Ramaswamy', 'This happens every week')]),
    ('"We have a plan," the minister, Hélène Bouchard-Tremblay, said, "and we intend to follow it."',
     [('Hélène Bouchard-Tremblay', 'We have a plan')]),
    ('"I want to be clear about one thing.\n\n"Nobody in this government knew about the contract before '
     'it was signed," Premier Wade Dunford said.',
     [('Wade Dunford', 'I want to be clear about one thing'),
      ('Wade Dunford', 'Nobody in this government knew')]),
    ('Police Chief Evelyn Marsh had a simple message for drivers: "Slow down."',
     [('Evelyn Marsh', 'Slow down')]),
    ('Three residents spoke at the meeting. Gord Peltier said the development would block his view. '
     'Amira Haddad said it would bring needed housing. And Lucien Tremblay said he simply wanted the '
     'noise to stop.',
     [('Gord Peltier', 'the development would block his view'),
      ('Amira Haddad', 'it would bring needed housing'),
      ('Lucien Tremblay', 'he simply wanted the noise to stop')]),
    ('Sandra Kowalski and her husband, Pete, lost everything in the fire. "We got out with the clothes '
     'on our backs," Sandra Kowalski said. Her husband said they would rebuild.',
     [('Sandra Kowalski', 'We got out with the clothes'), ('Pete Kowalski', 'they would rebuild')]),
    ('Asked whether he would run again, Mayor Jean-Guy Bissonnette smiled. "Ask me next year," he said.',
     [('Jean-Guy Bissonnette', 'Ask me next year')]),
    ('Deputy Premier Fatima Chaudhry and Finance Minister Neil Brant both said the province would '
     'balance its books by 2027.',
     [('Fatima Chaudhry and Neil Brant', 'the province would balance its books')]),
    ('Emergency Management Minister Corinne Aucoin said the province had sent 200 firefighters to the '
     'area.\n\nShe said more help was coming from Quebec and New Brunswick.\n\n"We will not leave these '
     'communities on their own," Aucoin said.',
     [('Corinne Aucoin', 'the province had sent 200 firefighters'), ('Corinne Aucoin', 'more help was coming'),
      ('Corinne Aucoin', 'We will not leave these communities')]),
    ('The report, released Tuesday by the auditor general, found that the department had lost track of '
     '$2 billion in contracts. Auditor General Karen Obuya told reporters she was "deeply concerned."',
     [('Karen Obuya', 'deeply concerned')]),
    ('"It\'s heartbreaking," said Owen Pritchard, whose cottage was destroyed. His neighbour, Lise '
     'Ouellet, said she was staying with her daughter in Sudbury.',
     [('Owen Pritchard', "It's heartbreaking"), ('Lise Ouellet', 'she was staying with her daughter')]),
    ('Dr. Naomi Feldstein, an infectious disease specialist at Sunnybrook Health Sciences Centre, said '
     'the new variant did not appear to cause more severe illness.\n\n"There\'s no reason to panic," '
     'Feldstein said.',
     [('Naomi Feldstein', 'the new variant did not appear'), ('Naomi Feldstein', "There's no reason to panic")]),
    ("The city's general manager of transportation, Howard Ng, said the bridge would be closed for at "
     'least six weeks.',
     [('Howard Ng', 'the bridge would be closed')]),
    ('Asked about the delays, a Via Rail spokesperson said the company was "working to restore normal '
     'service as quickly as possible."',
     [('a Via Rail spokesperson', 'working to restore normal service')]),
    ('Jets forward Kyle Brannigan had a hat trick. His coach, Ron Delisle, said Brannigan had been "the '
     'best player on the ice for a month."',
     [('Ron Delisle', 'the best player on the ice for a month')]),
    ('Coach Marie-Claude Bouffard said her players had "nothing left in the tank." Captain Jenna Olafson '
     'agreed. "We gave it everything," Olafson said.',
     [('Marie-Claude Bouffard', 'nothing left in the tank'), ('Jenna Olafson', 'We gave it everything')]),
    ('Mohawk Council of Kahnawake Grand Chief Kahsennenhawe Diabo said the community would go to court. '
     '"This is our land," Diabo said.',
     [('Kahsennenhawe Diabo', 'the community would go to court'), ('Kahsennenhawe Diabo', 'This is our land')]),
    ('"The numbers speak for themselves," Sunil Bhatt, a senior analyst at Morningstar Canada, said of '
     "the bank's results.",
     [('Sunil Bhatt', 'The numbers speak for themselves')]),
    ('Police said the woman, 52, was taken to hospital with life-threatening injuries. Her brother, '
     'Gavin Doyle, told CTV News she was a devoted nurse.',
     [('Police', 'the woman, 52, was taken to hospital'), ('Gavin Doyle', 'she was a devoted nurse')]),
    ('The Crown is seeking a 10-year sentence. Assistant Crown attorney Melissa Grenier told the court '
     'the attack was "brutal and unprovoked."',
     [('Melissa Grenier', 'brutal and unprovoked')]),
    ('Environment Canada meteorologist Steven Arbour said the heat warning would likely stay in place '
     'until Thursday. "Check on your neighbours," he said.',
     [('Steven Arbour', 'the heat warning would likely stay'), ('Steven Arbour', 'Check on your neighbours')]),
    ('In a post on X, Calgary Flames defenceman Noah Villeneuve thanked fans for their support.',
     []),
    ('TTC CEO Richard Anand said in a memo to staff that the subway closure was necessary for safety. "I '
     'know this is disruptive," he wrote.',
     [('Richard Anand', 'the subway closure was necessary'), ('Richard Anand', 'I know this is disruptive')]),
    ('Grand Chief Alvin Fiddler-Kakegamic of Nishnawbe Aski Nation told the Star the province had not '
     'consulted First Nations. "They came to us after the decision was made," he said.',
     [('Alvin Fiddler-Kakegamic', 'the province had not consulted First Nations'),
      ('Alvin Fiddler-Kakegamic', 'They came to us after the decision')]),
    ("The Ontario Nurses' Association said its members had voted 94 per cent in favour of a strike "
     'mandate. Association president Bernadette Shaw called the vote "a clear message to the '
     'government."',
     [("The Ontario Nurses' Association", 'its members had voted 94 per cent'),
      ('Bernadette Shaw', 'a clear message to the government')]),
    ('Blue Jays manager Ross Whitaker said his starter "ran out of gas" in the sixth inning.\n\n"He gave '
     'us everything he had," Whitaker said.',
     [('Ross Whitaker', 'ran out of gas'), ('Ross Whitaker', 'He gave us everything he had')]),
    ('"It feels unreal," said Mathilde Côté-Langlois, who became the first Canadian woman to win the '
     'event. Her coach, Yannick Morin, said she had trained through a broken wrist.',
     [('Mathilde Côté-Langlois', 'It feels unreal'),
      ('Yannick Morin', 'she had trained through a broken wrist')]),
    ('Edmonton Elks general manager Troy Haskins confirmed the team had released veteran receiver Dion '
     'Grant. "It was not an easy call," Haskins said in a statement.',
     [('Troy Haskins', 'the team had released veteran receiver'), ('Troy Haskins', 'It was not an easy call')]),
    ('Canadiens forward Alexis Thériault-Bouchard scored twice. "We played the right way," he told '
     'reporters after the game.',
     [('Alexis Thériault-Bouchard', 'We played the right way')]),
    ('Manufacturing Minister Odette Rainville said the plant would reopen in the spring.',
     [('Odette Rainville', 'the plant would reopen')]),
    ('Mining Minister Kevin Ahmadi told the legislature that the permits had been approved.',
     [('Kevin Ahmadi', 'the permits had been approved')]),
    ('"The risk of a recession has risen," TD Bank senior economist Farah Qureshi said in a research '
     'note published Tuesday.',
     [('Farah Qureshi', 'The risk of a recession has risen')]),
    ('Suncor interim CEO Bradley Kwan said on a call with analysts that production hit a record in the '
     'quarter. Chief financial officer Ingrid Solberg said the company would buy back more shares.',
     [('Bradley Kwan', 'production hit a record'),
      ('Ingrid Solberg', 'the company would buy back more shares')]),
    ('Mohammed Siddiqui, who owns a bakery in Scarborough, said his costs had doubled. "I can\'t raise '
     'prices any more," Siddiqui said.',
     [('Mohammed Siddiqui', 'his costs had doubled'), ('Mohammed Siddiqui', "I can't raise prices any more")]),
    ('"We are deeply disappointed," said Javed Malik, spokesperson for the Greater Toronto Airports '
     'Authority.',
     [('Javed Malik', 'We are deeply disappointed')]),
    ('Superior Court Justice Ronald Szabo ruled that the evidence was inadmissible. "The police cut '
     'corners," Szabo wrote.',
     [('Ronald Szabo', 'the evidence was inadmissible'), ('Ronald Szabo', 'The police cut corners')]),
    ('Crown attorney Hannah Bergstrom said the Crown would seek a life sentence. Defence counsel '
     'Luc-Olivier Fontaine said his client would appeal.',
     [('Hannah Bergstrom', 'the Crown would seek a life sentence'),
      ('Luc-Olivier Fontaine', 'his client would appeal')]),
    ('"He was the light of our family," said Shauna Redcloud, the victim\'s aunt, outside the Winnipeg '
     'courthouse.',
     [('Shauna Redcloud', 'He was the light of our family')]),
    ('Staff Sgt. Kerry Ambrose of the York Regional Police major crime unit said three people had been '
     'arrested.',
     [('Kerry Ambrose', 'three people had been arrested')]),
    ('Sgt. Jessie Corrigan of the Surrey RCMP said investigators believed the shooting was targeted.',
     [('Jessie Corrigan', 'investigators believed the shooting was targeted')]),
    ('"The fire jumped the highway overnight," said Deputy Fire Chief Marcel Dufresne of the West '
     'Kelowna Fire Department. "We are throwing everything at it."',
     [('Marcel Dufresne', 'The fire jumped the highway overnight'),
      ('Marcel Dufresne', 'We are throwing everything at it')]),
    ('Environment Canada meteorologist Armel Castonguay said the region could see 50 millimetres of rain '
     'by Thursday.\n\nHe said residents in low-lying areas should prepare for flooding.',
     [('Armel Castonguay', 'the region could see 50 millimetres'),
      ('Armel Castonguay', 'residents in low-lying areas should prepare')]),
    ('Dr. Farida Hussain, medical officer of health for Middlesex-London, said the outbreak was under '
     'control. "We have not seen a new case in two weeks," Hussain said.',
     [('Farida Hussain', 'the outbreak was under control'), ('Farida Hussain', 'We have not seen a new case')]),
    ('Alberta Health Services said in a statement that the surgery backlog had fallen by 20 per cent.',
     [('Alberta Health Services', 'the surgery backlog had fallen')]),
    ('Parents at the school say they were not told about the asbestos. "We found out from a Facebook '
     'post," said Tanya Morrisseau, whose daughter is in Grade 3.',
     [('Parents at the school', 'they were not told about the asbestos'),
      ('Tanya Morrisseau', 'We found out from a Facebook post')]),
    ('Coun. Ahmed Farouk and Coun. Beth Mulcahy both voted against the plan, saying it would raise '
     'property taxes.',
     [('Ahmed Farouk and Beth Mulcahy', 'it would raise property taxes')]),
    ('Transportation Minister Jean-Philippe Arsenault said the ferry would return to service on Monday. '
     'PC MLA Gordon Tibbits said that was not good enough.',
     [('Jean-Philippe Arsenault', 'the ferry would return to service'),
      ('Gordon Tibbits', 'that was not good enough')]),
    ('Regional chair Anouk Desjardins told CBC News the region was "out of options" after the province '
     'cut funding.',
     [('Anouk Desjardins', 'out of options')]),
    ('Chief Rosanne Bigcanoe of Chippewas of Georgina Island First Nation said the community had been '
     'left out of the talks.\n\n"Nobody asked us," she said.',
     [('Rosanne Bigcanoe', 'the community had been left out'), ('Rosanne Bigcanoe', 'Nobody asked us')]),
    ('The Assembly of Manitoba Chiefs said in a news release that the agreement was a step forward.',
     [('The Assembly of Manitoba Chiefs', 'the agreement was a step forward')]),
    ('Teachers at the board say the new curriculum was rushed. Union president Gail Sokolowski said '
     'members would file grievances.',
     [('Teachers at the board', 'the new curriculum was rushed'),
      ('Gail Sokolowski', 'members would file grievances')]),
    ('"We will be on the picket lines Monday morning," said Harjit Dhaliwal, president of CUPE Local '
     '4400.',
     [('Harjit Dhaliwal', 'We will be on the picket lines')]),
    ('OC Transpo general manager Renée Lachapelle said the buses were "safe to ride" despite the recall.',
     [('Renée Lachapelle', 'safe to ride')]),
    ("Housing advocate Deb Ostrander said the city's plan did not go far enough.",
     [('Deb Ostrander', "the city's plan did not go far enough")]),
    ('Finance Minister Chrystia Morrow and Bank of Canada governor Felix Olander both warned that '
     'inflation would stay high.',
     [('Chrystia Morrow and Felix Olander', 'inflation would stay high')]),
    ('"We are not going anywhere," Bloc Québécois Leader Yves-François Gagnon told The Canadian Press.',
     [('Yves-François Gagnon', 'We are not going anywhere')]),
    ('In a statement to CBC News, the Ministry of Transportation said the highway would reopen Friday.',
     [('the Ministry of Transportation', 'the highway would reopen Friday')]),
    ('According to a news release from the Saskatoon Police Service, officers were called to the home '
     'around 2 a.m.',
     [('Saskatoon Police Service', 'officers were called to the home')]),
    ('"I\'ve never seen anything like it," said Wayne Pelletier, 67, a retired trucker from Thunder Bay. '
     '"The whole street was under water."',
     [('Wayne Pelletier', "I've never seen anything like it"),
      ('Wayne Pelletier', 'The whole street was under water')]),
    ('The premier, Danielle Fournier, said Tuesday the province would cover the cost.\n\nFournier, who '
     'was first elected in 2019, said the money would come from the contingency fund.',
     [('Danielle Fournier', 'the province would cover the cost'),
      ('Danielle Fournier', 'the money would come from the contingency fund')]),
    ("Ontario's Financial Accountability Officer, Jerry Okoro, said in a report released Wednesday that "
     'the deficit would be $3 billion higher than forecast.',
     [('Jerry Okoro', 'the deficit would be $3 billion higher')]),
    ('"The RCMP takes these allegations seriously," Cpl. Mathieu Lavallée said in an email.',
     [('Mathieu Lavallée', 'The RCMP takes these allegations seriously')]),
    ('Dr. Kieran Moore-Lachance, who heads the emergency department at the Moncton Hospital, said staff '
     'were "at the breaking point."',
     [('Kieran Moore-Lachance', 'at the breaking point')]),
    ('NDP Leader Priya Dhillon-Sandhu said the government had "abandoned" renters. Green Party Leader '
     'Aaron Whitestone said the plan was a start.',
     [('Priya Dhillon-Sandhu', 'abandoned'), ('Aaron Whitestone', 'the plan was a start')]),
    ('Winnipeg police Const. Dani Burke said officers had seized three firearms.\n\nBurke said the '
     'investigation was ongoing.',
     [('Dani Burke', 'officers had seized three firearms'), ('Dani Burke', 'the investigation was ongoing')]),
    ('"Nobody should have to choose between heating and eating," said Food Banks Canada CEO Kirstin '
     'Beardsley-Ng.',
     [('Kirstin Beardsley-Ng', 'Nobody should have to choose')]),
    ('Asked about the layoffs, Magna spokesperson Tracy Fuerst said the company did not comment on '
     'staffing.',
     [('Tracy Fuerst', 'the company did not comment on staffing')]),
    ('Leafs captain Auston Marchand said the team was "embarrassed" by the loss. "We owe our fans a lot '
     'better," he said.',
     [('Auston Marchand', 'embarrassed'), ('Auston Marchand', 'We owe our fans a lot better')]),
    ('Banking Minister Cheryl Obi told reporters the rules would take effect in January.',
     [('Cheryl Obi', 'the rules would take effect in January')]),
    ('Ahmed Hussein, a spokesperson for the Canada Border Services Agency, said officers had seized 40 '
     'kilograms of cocaine.',
     [('Ahmed Hussein', 'officers had seized 40 kilograms')]),
    ('Saeed Mohammed said that was the first time he had seen the river freeze in March.',
     [('Saeed Mohammed', 'that was the first time')]),
    ('Nova Scotia Health Minister Brendan Laporte and opposition critic Susan MacKinnon clashed over the '
     'emergency room closures on Thursday.\n\nLaporte said the closures were temporary. MacKinnon said '
     'they had been going on for three years.\n\n"The minister keeps saying temporary," she said. '
     '"Nobody believes him."',
     [('Brendan Laporte', 'the closures were temporary'),
      ('Susan MacKinnon', 'they had been going on for three years'),
      ('Susan MacKinnon', 'The minister keeps saying temporary'), ('Susan MacKinnon', 'Nobody believes him')]),
    ('"We expected a tough series," Jets coach Arnaud Lapointe said. "We didn\'t expect to be down '
     '3-0."\n\nHis star winger, Matteo Ricci, was blunter.\n\n"We stunk," Ricci said.',
     [('Arnaud Lapointe', 'We expected a tough series'),
      ('Arnaud Lapointe', "We didn't expect to be down 3-0"), ('Matteo Ricci', 'We stunk')]),
    ('Kelowna RCMP say a 19-year-old driver has been charged after a crash that sent two people to '
     'hospital.\n\nIn a news release, Cpl. Tanis Holloway said the driver was clocked at 150 km/h.',
     [('Kelowna RCMP', 'a 19-year-old driver has been charged'),
      ('Tanis Holloway', 'the driver was clocked at 150 km/h')]),
    ("The Bank of Canada's senior deputy governor, Carolyn Rogers-Blais, said in a speech in Halifax "
     'that household debt remained a concern.\n\n"Canadians are carrying a lot of mortgage debt," she '
     'said.',
     [('Carolyn Rogers-Blais', 'household debt remained a concern'),
      ('Carolyn Rogers-Blais', 'Canadians are carrying a lot of mortgage debt')]),
    ('Mayor Olivia Chen-Martin said the city would hire 30 more bylaw officers.\n\nBut Coun. Stephen '
     'Dufour said the money would be better spent on housing.\n\n"We keep treating the symptoms," Dufour '
     'said.',
     [('Olivia Chen-Martin', 'the city would hire 30 more bylaw officers'),
      ('Stephen Dufour', 'the money would be better spent'),
      ('Stephen Dufour', 'We keep treating the symptoms')]),
    ('Grand Chief Garrison Settee of Manitoba Keewatinowi Okimakanak said the agreement was "long '
     'overdue."\n\nHe said First Nations would hold Ottawa to its word.',
     [('Garrison Settee', 'long overdue'), ('Garrison Settee', 'First Nations would hold Ottawa to its word')]),
    ('Jean-Sébastien Tremblay, a spokesperson for Hydro-Québec, said about 120,000 customers were '
     'without power.',
     [('Jean-Sébastien Tremblay', 'about 120,000 customers were without power')]),
    ('Teachers\' union president Marie-France Gosselin said members were "fed up." Education Minister '
     'Bernard Drainville-Côté said the offer was fair.',
     [('Marie-France Gosselin', 'fed up'), ('Bernard Drainville-Côté', 'the offer was fair')]),
    ('Forward Chloé Archambault, who scored the winner, said the team never stopped believing. "Even '
     'down two goals, we knew," Archambault said.',
     [('Chloé Archambault', 'the team never stopped believing'),
      ('Chloé Archambault', 'Even down two goals, we knew')]),
    ('Nurse practitioner Amandeep Grewal told Global News the clinic sees 80 patients a day.',
     [('Amandeep Grewal', 'the clinic sees 80 patients a day')]),
    ('Toronto Police Chief Myron Demkiw-Harris told reporters the force would add officers downtown.',
     [('Myron Demkiw-Harris', 'the force would add officers downtown')]),
    ('Ontario Provincial Police Sgt. Ed Sanchuk said the highway was closed in both directions. He said '
     'drivers should expect delays.',
     [('Ed Sanchuk', 'the highway was closed in both directions'),
      ('Ed Sanchuk', 'drivers should expect delays')]),
    ('Evacuees at the reception centre in Yellowknife said they had left with little more than a bag. '
     '"We grabbed the dog and the kids," said Annie Lafferty.',
     [('Evacuees at the reception centre in Yellowknife', 'they had left with little more than a bag'),
      ('Annie Lafferty', 'We grabbed the dog and the kids')]),
    ('The union said in a statement that its members had rejected the offer by 87 per cent. Local 1005 '
     'president Gary Howard said workers wanted job security.',
     [('The union', 'its members had rejected the offer'), ('Gary Howard', 'workers wanted job security')]),
    ('Moderna Canada general manager Patricia Gauthier-Nowak said the plant in Laval would produce 100 '
     'million doses a year.',
     [('Patricia Gauthier-Nowak', 'the plant in Laval would produce')]),
    ('In a letter to parents, principal Donna Kirkwood wrote that the school would close early on Friday '
     'because of the heat.',
     [('Donna Kirkwood', 'the school would close early on Friday')]),
    ('Coun. Farhan Siddiqui wrote in a Facebook post that he would vote against the budget.',
     [('Farhan Siddiqui', 'he would vote against the budget')]),
    ('The premier\'s office said in an emailed statement that the decision was "final."',
     [("The premier's office", 'final')]),
    ('Fire Chief Laura Bisson offered a warning: "Do not go back until we say it is safe."',
     [('Laura Bisson', 'Do not go back until we say it is safe')]),
    ('Speaking to reporters in Iqaluit, Premier Nellie Kusugak-Arnaq said the territory needed more '
     'nurses.\n\n"We cannot keep flying people south for basic care," she said.',
     [('Nellie Kusugak-Arnaq', 'the territory needed more nurses'),
      ('Nellie Kusugak-Arnaq', 'We cannot keep flying people south')]),
    ('"It\'s the worst season we\'ve had in 30 years," said apple grower Denis Arsenault, standing in '
     'his orchard near Kentville. He said frost in May killed most of the blossoms.',
     [('Denis Arsenault', "It's the worst season"),
      ('Denis Arsenault', 'frost in May killed most of the blossoms')]),
    ('Via Rail said Tuesday that trains between Toronto and Montreal would run on a reduced schedule, '
     'adding that passengers would be offered refunds.',
     [('Via Rail', 'trains between Toronto and Montreal would run'),
      ('Via Rail', 'passengers would be offered refunds')]),
    ("The report's author, University of Calgary economist Trevor Tombe-Walsh, said the numbers were "
     '"striking."',
     [('Trevor Tombe-Walsh', 'striking')]),
    ('"There is no evidence of foul play," Staff Sgt. Rob Villeneuve said Monday. Police are asking '
     'anyone who saw the man to call them.',
     [('Rob Villeneuve', 'There is no evidence of foul play')]),
    ('Raptors guard Jamal Osei-Bonsu had 31 points. "I just felt it tonight," said the 22-year-old, who '
     'was drafted ninth overall last year.',
     [('Jamal Osei-Bonsu', 'I just felt it tonight')]),
    ('Sask. Party MLA Cheryl Lindenbach said the NDP was "fearmongering." NDP MLA Vicki Mowat-Dubé '
     'called the comment "insulting."',
     [('Cheryl Lindenbach', 'fearmongering'), ('Vicki Mowat-Dubé', 'insulting')]),
    ('The Canadian Medical Association warned that the shortage of family doctors would get worse. CMA '
     'president Dr. Joss Reimer said six million Canadians had no family doctor.',
     [('The Canadian Medical Association', 'the shortage of family doctors would get worse'),
      ('Joss Reimer', 'six million Canadians had no family doctor')]),
    ('Ontario Superior Court Justice Helen Marwick sentenced the man to eight years on Friday.\n\nThe '
     'judge said the attack had left the victim with lifelong injuries.',
     [('Helen Marwick', 'the attack had left the victim')]),
    ('Chief Wilton Littlechild-Bear of Ermineskin Cree Nation met with the minister on Monday.\n\nThe '
     'chief said the meeting was "productive but overdue."',
     [('Wilton Littlechild-Bear', 'productive but overdue')]),
    ('The Canadian Union of Public Employees says 55,000 education workers will walk off the job '
     'Friday.\n\nThe union said talks had broken down over wages.',
     [('The Canadian Union of Public Employees', '55,000 education workers will walk off'),
      ('The Canadian Union of Public Employees', 'talks had broken down over wages')]),
    ('"We\'re in a housing crisis," Mayor Ken Sim-Alvarez said.\n\n"We need to build, and we need to '
     'build now. Every month we wait, rents go up.\n\n"Families are leaving the city," he added.',
     [('Ken Sim-Alvarez', "We're in a housing crisis"), ('Ken Sim-Alvarez', 'We need to build'),
      ('Ken Sim-Alvarez', 'Families are leaving the city')]),
    ('Economist Benjamin Tal-Reyes of CIBC said the rate cut was "a done deal." His colleague at the '
     'bank, Avery Shenfeld-Ross, agreed, saying inflation had cooled enough.',
     [('Benjamin Tal-Reyes', 'a done deal'), ('Avery Shenfeld-Ross', 'inflation had cooled enough')]),
    ('Environment Canada issued a tornado warning for parts of eastern Ontario on Thursday afternoon. '
     '"Take cover immediately if threatening weather approaches," the weather agency said.',
     [('Environment Canada', 'Take cover immediately')]),
    ('Montreal police spokesperson Const. Véronique Comtois said a 25-year-old man had been arrested. '
     'She said he would appear in court Tuesday.',
     [('Véronique Comtois', 'a 25-year-old man had been arrested'),
      ('Véronique Comtois', 'he would appear in court Tuesday')]),
    ('Goaltender Ilya Sorokin-Park stopped 38 shots. "Honestly, I just tried to stay square," said the '
     'Russian-born netminder.',
     [('Ilya Sorokin-Park', 'Honestly, I just tried to stay square')]),
    ('The Crown argued that Dunlop had planned the robbery for weeks. His lawyer, Sarah Oyelaran, told '
     'the jury there was no evidence of planning.',
     [('The Crown', 'Dunlop had planned the robbery'), ('Sarah Oyelaran', 'there was no evidence of planning')]),
    ('Alberta Premier Danielle Smithson said the province would sue Ottawa. Federal Environment Minister '
     'Steven Guilbeault-Roy said he was "disappointed but not surprised."',
     [('Danielle Smithson', 'the province would sue Ottawa'),
      ('Steven Guilbeault-Roy', 'disappointed but not surprised')]),
    ("The school board's director of education, Colleen Russell-Rawlins, said in a memo that classes "
     'would resume Monday.',
     [('Colleen Russell-Rawlins', 'classes would resume Monday')]),
    ('Some residents welcomed the decision.\n\n"Finally, someone is listening," said Gurpreet Sandhu, '
     'who has lived on the street for 20 years.\n\nOthers were less happy. "It\'s going to be chaos," '
     'said Lorraine Baptiste.',
     [('Gurpreet Sandhu', 'Finally, someone is listening'), ('Lorraine Baptiste', "It's going to be chaos")]),
    ('Rogers Communications said Wednesday it would cut 500 jobs. The company blamed "regulatory '
     'uncertainty" for the decision.',
     [('Rogers Communications', 'it would cut 500 jobs')]),
    ('Brookfield CEO Connor Teskey-Boyd told analysts on a conference call that the company saw '
     '"enormous opportunity" in data centres.',
     [('Connor Teskey-Boyd', 'enormous opportunity')]),
    ('"There is a real risk that the housing market stalls," said Royce Mendes, head of macro strategy '
     'at Desjardins, in a note.',
     [('Royce Mendes', 'There is a real risk')]),
    ('The family of Tyrell Nguyen-Brooks, 17, says he was a gifted musician.\n\n"He lit up every room," '
     'his mother, Danielle Brooks, said through tears.',
     [('The family of Tyrell Nguyen-Brooks', 'he was a gifted musician'),
      ('Danielle Brooks', 'He lit up every room')]),
    ('Justice Sheilah Martin-Gray, writing for the majority, said the law was unconstitutional.',
     [('Sheilah Martin-Gray', 'the law was unconstitutional')]),
    ('Const. Sarah Foulds-Lee, a spokesperson for the Peel Regional Police, said officers were called '
     'around 3 a.m.',
     [('Sarah Foulds-Lee', 'officers were called around 3 a.m')]),
    ('"We have been waiting for this for a decade," said Métis Nation of Ontario president Mitch '
     'Case-Lafrance.',
     [('Mitch Case-Lafrance', 'We have been waiting for this for a decade')]),
    ('Inuit Tapiriit Kanatami president Natan Obed-Kilabuk said the funding would help build housing in '
     'all four Inuit regions.',
     [('Natan Obed-Kilabuk', 'the funding would help build housing')]),
    ('Canadian wheelchair racer Brent Lakatos-Ng won his fourth gold medal. "My arms are done," the '
     '44-year-old joked.',
     [('Brent Lakatos-Ng', 'My arms are done')]),
    ('The Toronto Transit Commission says the Line 1 shutdown will last all weekend.\n\nTTC spokesperson '
     'Stuart Green said shuttle buses would run every five minutes.',
     [('The Toronto Transit Commission', 'the Line 1 shutdown will last'),
      ('Stuart Green', 'shuttle buses would run every five minutes')]),
    ("Ontario Nurses' Association president Erin Ariss-Boyd said nurses were leaving for the United "
     'States. The Ministry of Health did not respond to a request for comment.',
     [('Erin Ariss-Boyd', 'nurses were leaving for the United States')]),
    ('B.C. Health Minister Adrian Dix-Moreau announced Monday that the province would hire 500 new '
     'nurses.\n\n"This is the largest single investment in nursing in B.C. history," he said.',
     [('Adrian Dix-Moreau', 'the province would hire 500 new nurses'),
      ('Adrian Dix-Moreau', 'This is the largest single investment')]),
    ('Calgary Flames general manager Craig Conroy-Hart said at a news conference Tuesday that the team '
     'would not rebuild.',
     [('Craig Conroy-Hart', 'the team would not rebuild')]),
    ('"It\'s a tough loss," said Alouettes receiver Tyson Philpot-Baker. "We\'ll regroup."\n\nHead coach '
     'Jason Maas-Dubois said the team had "too many penalties."',
     [('Tyson Philpot-Baker', "It's a tough loss"), ('Tyson Philpot-Baker', "We'll regroup"),
      ('Jason Maas-Dubois', 'too many penalties')]),
    ('Manitoba RCMP say a woman has died after a rollover on Highway 6 near Grand Rapids.\n\nSgt. Paul '
     'Manaigre-Smith said the 47-year-old driver was not wearing a seatbelt.',
     [('Manitoba RCMP', 'a woman has died after a rollover'),
      ('Paul Manaigre-Smith', 'the 47-year-old driver was not wearing a seatbelt')]),
    ("Yukon's chief medical officer of health, Dr. Sudit Ranade-Hall, said the territory had recorded 12 "
     'cases of whooping cough.',
     [('Sudit Ranade-Hall', 'the territory had recorded 12 cases')]),
    ('"We\'re going to go to the wall on this," said Lana Payne-Doucette, national president of Unifor. '
     'The company said in a statement that it had bargained in good faith.',
     [('Lana Payne-Doucette', "We're going to go to the wall on this"),
      ('The company', 'it had bargained in good faith')]),
    ('Quebec Premier François Legault-Martin said his government would table the bill this fall. '
     '"Quebecers have been clear," Legault-Martin said.',
     [('François Legault-Martin', 'his government would table the bill'),
      ('François Legault-Martin', 'Quebecers have been clear')]),
    ('Winnipeg School Division superintendent Matt Henderson-Ross told CBC News the division was short '
     '40 bus drivers.',
     [('Matt Henderson-Ross', 'the division was short 40 bus drivers')]),
    ('The Ontario Securities Commission alleges that the firm misled investors. A lawyer for the firm, '
     'Jonathan Lisus-Kerr, said the company would fight the allegations.',
     [('The Ontario Securities Commission', 'the firm misled investors'),
      ('Jonathan Lisus-Kerr', 'the company would fight the allegations')]),
    ('Halifax Fire Deputy Chief Roy Hollett-Barnes said crews arrived to find the building fully '
     'engulfed. No one was injured, he said.',
     [('Roy Hollett-Barnes', 'crews arrived to find the building fully engulfed'),
      ('Roy Hollett-Barnes', 'No one was injured')]),
    ('Toronto renters face 20% hikes\n\nTenants in a Parkdale building say their landlord is trying to '
     'push them out.\n\n"They want us gone so they can charge double," said Farah Abdi, who has lived '
     'there since 2009.\n\nThe landlord, Greenpark Holdings, said in an email that the increases were '
     'allowed under provincial rules.',
     [('Tenants in a Parkdale building', 'their landlord is trying to push them out'),
      ('Farah Abdi', 'They want us gone'), ('Greenpark Holdings', 'the increases were allowed')]),
    ('Karina Gould-Patel, the Liberal MP for Burlington, told reporters that the program would be '
     'extended. Conservative MP Michelle Rempel-Garner said it was "too little, too late."',
     [('Karina Gould-Patel', 'the program would be extended'),
      ('Michelle Rempel-Garner', 'too little, too late')]),
    ('Raptors head coach Darko Rajaković-Lee did not mince words after the loss.\n\n"That was '
     'embarrassing," he said. "We didn\'t compete."\n\nForward Scottie Barnes-Reid agreed. "We have to '
     'be better than that," Barnes-Reid said.',
     [('Darko Rajaković-Lee', 'That was embarrassing'), ('Darko Rajaković-Lee', "We didn't compete"),
      ('Scottie Barnes-Reid', 'We have to be better than that')]),
    ("The mayor of Lytton, Denise O'Connor-Waite, said residents were still waiting for rebuilding "
     'permits three years after the fire. She said the village needed help from Ottawa.',
     [("Denise O'Connor-Waite", 'residents were still waiting'),
      ("Denise O'Connor-Waite", 'the village needed help from Ottawa')]),
    ('"We are cautiously optimistic," said Jordan Whitby of the Saskatoon Tribal Council.',
     [('Jordan Whitby', 'We are cautiously optimistic')]),
    ('Coun. Casey Nakamura of Ward 12 said the bike lanes would stay.',
     [('Casey Nakamura', 'the bike lanes would stay')]),
    ('Shelby Tran, a spokesperson for Toronto Hydro, said crews were working through the night.',
     [('Shelby Tran', 'crews were working through the night')]),
    ('"The market is frozen," said realtor Taylor Okafor-Beck of Royal LePage in Halifax.',
     [('Taylor Okafor-Beck', 'The market is frozen')]),
    ('According to the RCMP, the suspect fled in a stolen pickup truck.',
     [('the RCMP', 'the suspect fled in a stolen pickup truck')]),
    ('Statistics Canada said Friday the consumer price index rose 2.7 per cent year over year in June. '
     'Economists had expected 2.9 per cent.',
     [('Statistics Canada', 'the consumer price index rose 2.7 per cent')]),
    ('In his decision, Judge Raymond Beaulieu-Tang said the accused had shown genuine remorse.',
     [('Raymond Beaulieu-Tang', 'the accused had shown genuine remorse')]),
    ('The Canadian Armed Forces said two CH-147F Chinook helicopters had been sent to help with the '
     'evacuation.',
     [('The Canadian Armed Forces', 'two CH-147F Chinook helicopters had been sent')]),
    ("Dr. Jamie Lin-Harper, a pediatrician at the Children's Hospital of Eastern Ontario, said beds were "
     'full. "We are at 130 per cent capacity," Lin-Harper said.',
     [('Jamie Lin-Harper', 'beds were full'), ('Jamie Lin-Harper', 'We are at 130 per cent capacity')]),
    ('Deputy Chief Robin Sainte-Marie of the Edmonton Police Service told reporters the arrests followed '
     'a six-month investigation.',
     [('Robin Sainte-Marie', 'the arrests followed a six-month investigation')]),
]


@pytest.mark.parametrize("text,expected", PASSAGES, ids=[f"p{i}" for i in range(len(PASSAGES))])
def test_passage(text, expected):
    check_passage(text, expected)
