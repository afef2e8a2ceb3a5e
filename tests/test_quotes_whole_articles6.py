"""Speakers across whole articles, sixth set: 25 news stories written for these tests in house styles the earlier
sets lack: wire copy (AP, AFP, Reuters, PA, The Canadian Press) with datelines and sign-offs; Korean, Japanese and
Chinese names in their own order, state media ("KCNA said", "Xinhua said") and the short forms "Mr Kim", "Col Lee",
"Ms Ng"; science and health (lead authors, "the study found", "researchers said", agencies); courts and crime
(prosecutor, defence barrister, judge, police chief, "court documents say", "according to a police report");
sport ("added 22", "added a third" as points, goals and runs, never speech); markets ("added 0.1 per cent",
analysts' notes); obituaries (a daughter, a son, a colleague); a Q&A interview; a live blog with timestamps; a
roundup of "Name, Outlet: “…”"; local council news; a long-read with a quotation over several paragraphs. Men and
women of foreign and gender-ambiguous first names, people named once then by post only, organisations as "it",
quotations split by their attribution, "!" and "?" endings and colon forms; each of 450 words or more.

Every quotation and reported statement listed must be found with the speaker's fullest name (a leading article
aside). ``LEFT`` lists what the extractor still gets wrong, with the reason; the test fails when one of them comes
right too, so the list stays current.
"""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes

from test_quotes_whole_articles import Article, _t
from test_quotes_whole_articles2 import _key, assert_no_quote_starts, assert_speakers_as_listed


ARTICLES: list[Article] = []

# -- articles --

ARTICLES += [
    Article('ap_wildfire_town', _t(
        'PARADISE VALLEY, Calif. (AP) — A wind-driven wildfire tore through a foothill town in Northern California on '
        'Tuesday, destroying at least 140 homes and forcing about 9,000 people to flee, fire officials said.',
        'The Cedar Creek Fire had burned more than 18,000 acres (7,284 hectares) by nightfall and was 5% contained, '
        'according to the California Department of Forestry and Fire Protection, known as Cal Fire.',
        '“This fire moved faster than anything I have seen in 27 years,” Cal Fire Battalion Chief Morgan Ellery told '
        'reporters at an evening briefing. “It jumped the river in two places before we had engines on the far side.”',
        'Ellery said gusts of up to 50 mph (80 kph) had carried embers more than a mile ahead of the flames, setting '
        'spot fires in the town’s business district.',
        'No deaths had been confirmed, but the Butte Ridge County Sheriff’s Office said 11 people were unaccounted '
        'for. Sheriff Dana Whitcombe said deputies were going door to door in the eastern neighborhoods.',
        '“We are not going to stop looking until every name on that list is crossed off,” Whitcombe said. “If you '
        'evacuated and you have not told anyone, please call us.”',
        'The sheriff said two deputies had been treated for smoke inhalation.',
        'Pacific Valley Power said it had shut off electricity to about 32,000 customers ahead of the winds. The '
        'utility said it was too early to say whether any of its equipment was involved.',
        '“Our thoughts are with everyone affected,” the company said in a statement. “We will cooperate fully with '
        'any investigation.”',
        'At a Red Cross shelter in a high school gym in Oroville, Teresa Quintanilla, 68, sat on a cot with her '
        'two cats in a carrier.',
        '“I had maybe four minutes,” Quintanilla said. “I grabbed the cats and my husband’s ashes and I drove '
        'through smoke so thick I couldn’t see the hood of the car.”',
        'She said she did not know whether her house was still standing.',
        'Her neighbor, Ray Lindqvist, 74, said he had lived through the 2018 Camp Fire and had kept a bag packed '
        'ever since.',
        '“You learn,” he said. “The first time, you lose everything. The second time, you lose the house.”',
        'Gov. Elena Marchetti declared a state of emergency for Butte Ridge County late Tuesday and said the state '
        'had secured a federal grant to help pay for the firefighting.',
        '“California will not leave these families alone,” Marchetti said in a post on X. “We are sending every '
        'resource we have.”',
        'The National Weather Service said red flag warnings would remain in effect until Thursday evening, with '
        'humidity as low as 8%.',
        'Meteorologist Jun Park said the winds were expected to ease on Wednesday afternoon before picking up again '
        'overnight.',
        '“There is a window tomorrow, but it is a short one,” Park said. “Crews will want to use every hour of it.”',
        'Ellery said more than 1,200 firefighters were on the lines, with crews arriving from Oregon and Nevada.',
        '“We are going to get a handle on this,” he said. “But not tonight.”',
        'Schools in three districts were closed Wednesday, and the Oroville Unified School District said it would '
        'open two campuses as additional shelters.',
        'Quintanilla said she would stay at the shelter until she knew more. “Everybody here has been so kind,” she '
        'said. “But I just want to go home, if there is a home.”',
        'Associated Press writers Lena Brodsky in Sacramento and Omar Tate in Los Angeles contributed to this '
        'report.',
    ), [
        ('destroying at least 140 homes', 'fire officials'),
        ('The Cedar Creek Fire had burned', 'California Department of Forestry and Fire Protection'),
        ('This fire moved faster', 'Morgan Ellery'),
        ('gusts of up to 50 mph', 'Morgan Ellery'),
        ('11 people were unaccounted', 'Butte Ridge County Sheriff’s Office'),
        ('deputies were going door to door', 'Dana Whitcombe'),
        ('We are not going to stop looking', 'Dana Whitcombe'),
        ('two deputies had been treated', 'Dana Whitcombe'),
        ('it had shut off electricity', 'Pacific Valley Power'),
        ('it was too early to say', 'Pacific Valley Power'),
        ('Our thoughts are with everyone', 'Pacific Valley Power'),
        ('I had maybe four minutes', 'Teresa Quintanilla'),
        ('she did not know whether her house', 'Teresa Quintanilla'),
        ('he had lived through the 2018', 'Ray Lindqvist'),
        ('You learn', 'Ray Lindqvist'),
        ('a state of emergency for Butte', 'Elena Marchetti'),
        ('the state had secured a federal grant', 'Elena Marchetti'),
        ('California will not leave', 'Elena Marchetti'),
        ('red flag warnings would remain', 'National Weather Service'),
        ('the winds were expected to ease', 'Jun Park'),
        ('There is a window tomorrow', 'Jun Park'),
        ('more than 1,200 firefighters', 'Morgan Ellery'),
        ('We are going to get a handle', 'Morgan Ellery'),
        ('it would open two campuses', 'Oroville Unified School District'),
        ('she would stay at the shelter', 'Teresa Quintanilla'),
        ('Everybody here has been so kind', 'Teresa Quintanilla'),
    ]),
    Article('afp_climate_talks', _t(
        'BONN, Germany (AFP) - Negotiators at UN climate talks in Bonn ended a fortnight of meetings on Thursday '
        'without agreeing how to pay for a new fund for countries hit by rising seas and storms, with poorer '
        'nations accusing rich ones of "stalling for time".',
        '"We came here with a clear proposal and we leave with a promise to keep talking," said Ama Kwarteng-Boadu, '
        'the Ghanaian diplomat who chairs the group of least developed countries. "Promises do not rebuild a '
        'village."',
        'She told AFP that some delegations had spent "days arguing over a single comma" while island states were '
        'losing land every year.',
        'The European Union rejected the charge. Its chief negotiator, Joachim Wendtland, said the bloc had put '
        '"real numbers" on the table and wanted other large emitters, including China and the Gulf states, to '
        'contribute.',
        '"The world of 1992 is not the world of today," Wendtland told reporters. "Countries that have become rich '
        'since then must be part of the solution."',
        'China\'s delegation said in a statement that developed countries bore a "historical responsibility" and '
        'should not shift their obligations onto others.',
        '"Developing countries will contribute on a voluntary basis, in line with their capacities," the statement '
        'said.',
        'The talks, known as the SB62, are meant to prepare the ground for the COP summit in November. UN climate '
        'chief Simone Arcand-Diallo urged governments to use the months ahead.',
        '"Bonn is where the hard work is supposed to happen, so that the summit is not a fire drill," she said in '
        'her closing address. "We did some of that work. Not enough."',
        'Arcand-Diallo said she would convene ministers in Brasilia in September to try to narrow the gaps.',
        'Observers were blunter. Tomasz Rybak of the Berlin-based think tank Klimaforum said the meetings had '
        '"mostly postponed decisions rather than made them".',
        '"Every year the bill gets bigger and every year the argument gets smaller," he said. "They are fighting '
        'over who pays for the umbrella while it is already raining."',
        'For the Pacific, the stakes are immediate. Tuvalu\'s climate envoy, Teuila Fakaofo, said her country had '
        'already moved one village inland and would need to move two more within a decade.',
        '"We are not a statistic," Fakaofo said. "We are 11,000 people, and we intend to stay a country."',
        'She said Tuvalu would push at the November summit for the fund to be given at least $100 billion a year.',
        'A US official, speaking on condition of anonymity because he was not authorised to brief the press, said '
        'Washington would "not be writing any blank cheques" but remained in the talks.',
        'Kwarteng-Boadu said her group would not accept another year of delay. "If there is no money on the table '
        'in November, there is no deal," she said. "It is that simple!"',
        'Campaign group Climate Action Network said the outcome was "deeply disappointing" and called on finance '
        'ministers, rather than environment ministers, to take charge of the question.',
        'Wendtland, asked by AFP whether the EU would raise its offer, smiled. "Ask me in November," he said.',
        'The Bonn session drew about 6,000 delegates, observers and journalists, according to the UN climate '
        'secretariat.',
    ), [
        ('stalling for time', 'poorer nations'),
        ('We came here with a clear proposal', 'Ama Kwarteng-Boadu'),
        ('some delegations had spent', 'Ama Kwarteng-Boadu'),
        ('the bloc had put', 'Joachim Wendtland'),
        ('The world of 1992', 'Joachim Wendtland'),
        ('developed countries bore', "China's delegation"),
        ('Developing countries will contribute', "China's delegation"),
        ('to use the months ahead', 'Simone Arcand-Diallo'),
        ('Bonn is where the hard work', 'Simone Arcand-Diallo'),
        ('she would convene ministers', 'Simone Arcand-Diallo'),
        ('mostly postponed decisions', 'Tomasz Rybak'),
        ('Every year the bill gets bigger', 'Tomasz Rybak'),
        ('her country had already moved', 'Teuila Fakaofo'),
        ('We are not a statistic', 'Teuila Fakaofo'),
        ('Tuvalu would push', 'Teuila Fakaofo'),
        ('not be writing any blank cheques', 'A US official'),
        ('her group would not accept', 'Ama Kwarteng-Boadu'),
        ('If there is no money on the table', 'Ama Kwarteng-Boadu'),
        ('deeply disappointing', 'Climate Action Network'),
        ('Ask me in November', 'Joachim Wendtland'),
        ('The Bonn session drew', 'UN climate secretariat'),
    ]),
    Article('reuters_rate_decision', _t(
        'LONDON, Feb 6 (Reuters) - The Bank of England cut interest rates by a quarter point to 4.25% on Thursday '
        'and said it would move "gradually and carefully" with further reductions, as weak growth outweighed '
        'worries about a pick-up in inflation.',
        'Seven of the nine members of the Monetary Policy Committee voted for the cut, while two, including chief '
        'economist Hugh Pemberton, wanted to hold rates, minutes of the meeting showed.',
        'Governor Catherine Ashdown told a news conference that the economy had been "flat" for most of the past '
        'year and that the bank now expected growth of just 0.75% in 2025, half its previous forecast.',
        '"We still see inflation coming back to target, but the road is bumpier than we thought," Ashdown said. '
        '"That is why we are not in a hurry."',
        'She declined to say whether the bank would cut again in March, saying each decision would be taken '
        '"meeting by meeting".',
        'Sterling fell about 0.6% against the dollar to $1.2410 after the decision, and two-year gilt yields, '
        'which are sensitive to rate expectations, dropped 9 basis points.',
        'Investors in interest rate futures raised bets on further easing, pricing in almost three more cuts by the '
        'end of the year, according to LSEG data.',
        '"The statement was more dovish than we expected," said Priya Ramaswamy, chief UK economist at Halden '
        'Securities, in a note to clients. "The growth downgrade is doing the talking."',
        'Ramaswamy said she now expected the bank to cut in every quarter of 2025.',
        'Others were more cautious. Felix Obuya, senior economist at Marlow Capital Economics, said the two votes to '
        'hold showed the committee was "more divided than the headline suggests".',
        '"A seven-two split is not a green light," Obuya told Reuters. "If wage growth stays near 6%, the hawks '
        'will have a strong hand."',
        'Finance minister Rachel Brennan welcomed the cut, saying it would "put money back in people\'s pockets", '
        'but her opponents said the downgrade showed the government\'s plans were failing.',
        '"This is a verdict on the budget," opposition finance spokesman Kemi Adewale said. "Growth halved in three '
        'months. That is not bad luck."',
        'Brennan said the government was "fully focused" on growth and would set out new plans on planning rules '
        'next week.',
        'Two sources familiar with the committee\'s discussions said some members had pushed for a larger cut of '
        'half a point before settling on a quarter point.',
        'A Bank of England spokesperson declined to comment on the discussions.',
        'Pemberton, in a speech last month, had warned that price pressures in the services sector were "proving '
        'sticky".',
        'The bank\'s next decision is due on March 20.',
        '(Reporting by David Holloway and Suzanne Marquez; Editing by Toby Chopra)',
    ), [
        ('gradually and carefully', 'Bank of England'),
        ('the economy had been', 'Catherine Ashdown'),
        ('We still see inflation', 'Catherine Ashdown'),
        ('meeting by meeting', 'Catherine Ashdown'),
        ('Investors in interest rate futures', 'LSEG data'),
        ('The statement was more dovish', 'Priya Ramaswamy'),
        ('she now expected the bank', 'Priya Ramaswamy'),
        ('more divided than the headline', 'Felix Obuya'),
        ('A seven-two split', 'Felix Obuya'),
        ('put money back in people', 'Rachel Brennan'),
        ('This is a verdict on the budget', 'Kemi Adewale'),
        ('the downgrade showed the government', 'her opponents'),
        ('the government was', 'Rachel Brennan'),
        ('some members had pushed', "Two sources familiar with the committee's discussions"),
        ('proving sticky', 'Hugh Pemberton'),
    ]),
    Article('pa_junior_doctors', _t(
        'Junior doctors in England will walk out for five days next month after talks with the Government broke '
        'down, the British Medical Association has announced.',
        'The union said members would stage a full walkout from 7am on March 14, including in A&E departments, '
        'after ministers refused to improve a pay offer of 4 per cent.',
        'BMA junior doctors committee co-chairwoman Dr Roisin Kavanagh said: “We have given the Health Secretary '
        'every chance to come back with a credible offer. He has chosen not to.',
        '“No doctor wants to strike. But we cannot keep watching colleagues leave for Australia because they are '
        'paid a quarter less than they were 15 years ago.”',
        'Her fellow co-chairman, Dr Alexis Mbeki-Hart, said the committee would call off the action “in a heartbeat” '
        'if ministers made a new offer.',
        'Health Secretary Gareth Pryce said the strike was “deeply disappointing” and would put patients at risk.',
        'He said: “We have offered junior doctors a fair pay rise on top of last year’s increase, and the door '
        'remains open. But we cannot spend money we do not have.”',
        'A Department of Health and Social Care spokesperson said contingency plans were being drawn up with NHS '
        'England to protect emergency care.',
        'NHS England’s national medical director, Professor Sir Harjit Basra, said previous strikes had led to '
        'more than 1.5 million appointments being rescheduled.',
        '“Each day of action takes a real toll on patients and on the staff who cover for their colleagues,” he '
        'said. “We will do everything we can to keep urgent services running.”',
        'Patients Association chief executive Rachel Ogundipe urged both sides to return to the table.',
        '“Patients are the ones who pay the price when talks fail,” she said. “People who have already waited two '
        'years for surgery will now wait longer.”',
        'Shadow health secretary Edward Lyle accused the Government of “letting this drift”.',
        'Speaking to the PA news agency, Mr Lyle said: “Ministers have had months to sort this out. Instead they '
        'have picked a fight with the people keeping the NHS going.”',
        'Danny Whitlock, a 29-year-old trainee surgeon in Leeds, said he had voted for the strike “with a heavy '
        'heart”.',
        '“I love this job,” he told PA. “But I have £90,000 of student debt and I am working 60-hour weeks. Some '
        'weeks I do the maths and wonder why I bother.”',
        'The Royal College of Emergency Medicine said it was “extremely concerned” about the timing of the walkout, '
        'which coincides with the end of the winter pressures period.',
        'Its president, Dr Fiona Laidlaw, said: “March is still a very busy month in emergency departments. We '
        'urge the Government and the BMA to find a way through this.”',
        'Dr Kavanagh said the BMA had written to Mr Pryce asking for a meeting this week.',
        '“The ball is in his court,” she said. “If he wants to avoid a strike, he knows where to find us.”',
        'The Department of Health said the Health Secretary would “of course” meet the union but would not reopen '
        'the pay award.',
    ), [
        ('Junior doctors in England will walk out', 'British Medical Association'),
        ('members would stage a full walkout', 'British Medical Association'),
        ('We have given the Health Secretary', 'Roisin Kavanagh'),
        ('No doctor wants to strike', 'Roisin Kavanagh'),
        ('the committee would call off', 'Alexis Mbeki-Hart'),
        ('the strike was', 'Gareth Pryce'),
        ('We have offered junior doctors', 'Gareth Pryce'),
        ('contingency plans were being drawn up', 'A Department of Health and Social Care spokesperson'),
        ('previous strikes had led', 'Harjit Basra'),
        ('Each day of action', 'Harjit Basra'),
        ('both sides to return to the table', 'Rachel Ogundipe'),
        ('Patients are the ones who pay', 'Rachel Ogundipe'),
        ('letting this drift', 'Edward Lyle'),
        ('Ministers have had months', 'Edward Lyle'),
        ('he had voted for the strike', 'Danny Whitlock'),
        ('I love this job', 'Danny Whitlock'),
        ('extremely concerned', 'Royal College of Emergency Medicine'),
        ('March is still a very busy month', 'Fiona Laidlaw'),
        ('the BMA had written', 'Roisin Kavanagh'),
        ('The ball is in his court', 'Roisin Kavanagh'),
        ('the Health Secretary would', 'Department of Health'),
    ]),
    Article('cp_ferry_cancellations', _t(
        'HALIFAX — Ferry service between Nova Scotia and Newfoundland will be cut by a third this summer because '
        'one of the two vessels on the route needs emergency repairs, the Crown corporation that runs it said '
        'Wednesday.',
        'Marine Atlantic said the MV Atlantic Vision would be out of service until at least mid-August after '
        'inspectors found corrosion in its propeller shaft housing.',
        '“We know how much people depend on this service, especially in the summer,” president and CEO Colette '
        'Thibodeau said in a news release. “We are deeply sorry for the disruption.”',
        'Thibodeau said the company was trying to charter a replacement vessel but that few suitable ships were '
        'available on short notice.',
        'The announcement left thousands of travellers scrambling. The company said about 14,000 bookings would have '
        'to be moved, and it would contact affected customers by email within 10 days.',
        'Newfoundland and Labrador Premier Fergus Whelan called the news “a gut punch” for the province’s tourism '
        'industry.',
        '“For a lot of people, this ferry is the only way on or off the island with a car,” Whelan told reporters '
        'in St. John’s. “This is not a luxury. It is the Trans-Canada Highway.”',
        'He said he had spoken to federal Transport Minister Anjali Sekhon and asked for the federal government to '
        'pay for a charter if necessary.',
        'In a statement, Sekhon’s office said the minister had “made it clear to Marine Atlantic that restoring '
        'full service is the priority”.',
        'Tourism operators say the timing could hardly be worse. Deirdre Fennelly, who runs a bed and breakfast in '
        'Trinity, N.L., said half of her July guests had booked the ferry.',
        '“I’ve had six cancellations since lunchtime,” she said in a phone interview. “People are asking me if they '
        'should fly instead, and I honestly don’t know what to tell them.”',
        'Hospitality Newfoundland and Labrador, which represents the industry, said it would ask Ottawa for '
        'emergency support for businesses that lose bookings.',
        'Truckers are also worried. The Atlantic Provinces Trucking Association said its members carry most of the '
        'island’s groceries across the Cabot Strait.',
        '“Commercial traffic has to get priority, or shelves in Newfoundland will be empty,” executive director '
        'Sandy MacQuarrie said.',
        'Marine Atlantic said commercial vehicles would continue to be given priority on the remaining vessel.',
        'Gerard Pike, who drove to North Sydney, N.S., on Wednesday hoping to catch a sailing home to Port aux '
        'Basques, said he had been told to come back Friday.',
        '“I’ve been working in Alberta for three months,” said Pike, 52. “My daughter graduates Saturday. I’m not '
        'missing that. If I have to swim, I’ll swim.”',
        'The federal Conservatives said the breakdown showed years of neglect. Transport critic Wade Kowalchuk said '
        'the fleet was “held together with duct tape”.',
        'Thibodeau rejected that description on Wednesday afternoon. “Our vessels are safe. This repair is '
        'happening precisely because our inspections work,” she said.',
        'This report by The Canadian Press was first published June 4, 2025.',
    ), [
        ('Ferry service between Nova Scotia', 'Marine Atlantic'),
        ('the MV Atlantic Vision would be', 'Marine Atlantic'),
        ('We know how much people depend', 'Colette Thibodeau'),
        ('the company was trying to charter', 'Colette Thibodeau'),
        ('about 14,000 bookings would', 'Marine Atlantic'),
        ('a gut punch', 'Fergus Whelan'),
        ('For a lot of people, this ferry', 'Fergus Whelan'),
        ('he had spoken to federal', 'Fergus Whelan'),
        ('the federal government to pay for a charter', 'Fergus Whelan'),
        ('made it clear to Marine Atlantic', 'Sekhon’s office'),
        ('the timing could hardly be worse', 'Tourism operators'),
        ('half of her July guests', 'Deirdre Fennelly'),
        ('I’ve had six cancellations', 'Deirdre Fennelly'),
        ('it would ask Ottawa', 'Hospitality Newfoundland and Labrador'),
        ('its members carry most', 'Atlantic Provinces Trucking Association'),
        ('Commercial traffic has to get priority', 'Sandy MacQuarrie'),
        ('commercial vehicles would continue', 'Marine Atlantic'),
        ('he had been told to come back', 'Gerard Pike'),
        ('I’ve been working in Alberta', 'Gerard Pike'),
        ('the breakdown showed years', 'Conservatives'),
        ('held together with duct tape', 'Wade Kowalchuk'),
        ('Our vessels are safe', 'Colette Thibodeau'),
    ]),
]

ARTICLES += [
    Article('kr_kcna_satellite', _t(
        'SEOUL — North Korea said on Friday it had successfully put a military reconnaissance satellite into orbit, '
        'hours after South Korea and Japan reported a long-range rocket launch over the Yellow Sea.',
        'The official Korean Central News Agency (KCNA) said the satellite, named Malligyong-3, would “monitor the '
        'military moves of the US imperialists and their puppets in real time”.',
        'KCNA said leader Kim Jong Un had watched the launch from the Sohae Satellite Launching Ground and '
        '“expressed great satisfaction”.',
        '“Our eyes in space are the guarantee of our sovereignty,” Mr Kim was quoted as saying. He ordered '
        'scientists to launch “several more” satellites within the year, the agency said.',
        'South Korea’s Joint Chiefs of Staff said the rocket was detected at 10.43pm on Thursday and flew south over '
        'the sea before its stages fell near the Philippines.',
        'The military was still analysing whether the satellite had reached a stable orbit, JCS spokesman Colonel '
        'Lee Sung-jun told a briefing.',
        '“Even if it is in orbit, we do not believe it has meaningful reconnaissance capability yet,” Col Lee said.',
        'South Korean President Yoon Ha-eun condemned the launch as a “clear violation” of UN Security Council '
        'resolutions, which ban North Korea from using ballistic missile technology.',
        '“The North must understand that every provocation makes its isolation deeper,” Ms Yoon said at an '
        'emergency meeting of the National Security Council. She ordered the military to strengthen surveillance.',
        'In Tokyo, Chief Cabinet Secretary Hayashi Takumi said Japan had lodged a protest through diplomatic '
        'channels in Beijing.',
        'Mr Hayashi said there had been no damage to Japanese ships or aircraft. The government briefly issued an '
        'emergency alert for residents of Okinawa, telling them to take shelter.',
        'The US State Department said the launch “raises tensions and risks destabilising the security situation” '
        'in the region.',
        'Analysts said the launch showed Pyongyang’s growing ties with Moscow. Park Min-ji, a researcher at the '
        'Asan Institute for Policy Studies in Seoul, said Russian engineers had probably helped fix the problems '
        'that caused two failed launches last year.',
        '“Three attempts, two failures, then a success in six months — that is a very steep learning curve,” Dr '
        'Park said. “It is hard to explain without outside help.”',
        'Russia has denied providing such help.',
        'The launch came a day after the North’s defence ministry warned that joint drills by South Korea and the '
        'United States would be met with “overwhelming” force.',
        'Kim Yo Jong, the leader’s powerful sister, issued a separate statement carried by KCNA on Friday mocking '
        'Seoul’s reaction.',
        '“The puppets are again barking at the moon,” she said. “They should get used to seeing our satellites in '
        'the sky.”',
        'Choi Dong-hyun, a former South Korean intelligence official who now teaches at Korea University, said the '
        'satellite was more important as a symbol than as a spy tool.',
        '“For Kim, this is about telling his people the country is a space power,” he said. “The pictures in '
        'Rodong Sinmun tomorrow matter more to him than the pictures the satellite takes.”',
        'The UN Security Council is expected to discuss the launch next week, though diplomats said Russia and '
        'China were likely to block any new sanctions.',
    ), [
        ('it had successfully put', 'North Korea'),
        ('a long-range rocket launch', 'South Korea and Japan'),
        ('monitor the military moves', 'Korean Central News Agency'),
        ('leader Kim Jong Un had watched', 'Korean Central News Agency'),
        ('Our eyes in space', 'Kim Jong Un'),
        ('several more', 'Korean Central News Agency'),
        ('the rocket was detected', 'South Korea’s Joint Chiefs of Staff'),
        ('The military was still analysing', 'Lee Sung-jun'),
        ('Even if it is in orbit', 'Lee Sung-jun'),
        ('The North must understand', 'Yoon Ha-eun'),
        ('Japan had lodged a protest', 'Hayashi Takumi'),
        ('there had been no damage', 'Hayashi Takumi'),
        ('to take shelter', 'The government'),
        ('raises tensions', 'US State Department'),
        ('the launch showed Pyongyang', 'Analysts'),
        ('Russian engineers had probably', 'Park Min-ji'),
        ('Three attempts, two failures', 'Park Min-ji'),
        ('would be met with', 'the North’s defence ministry'),
        ('The puppets are again barking', 'Kim Yo Jong'),
        ('the satellite was more important', 'Choi Dong-hyun'),
        ('For Kim, this is about', 'Choi Dong-hyun'),
        ('Russia and China were likely', 'diplomats'),
    ]),
    Article('jp_ruling_party_vote', _t(
        'TOKYO — Japan’s ruling Liberal Democratic Party chose former foreign minister Ishikawa Reiko as its leader '
        'on Saturday, putting her on course to become the country’s second female prime minister.',
        'Ms Ishikawa, 61, beat agriculture minister Mori Kenta in a run-off by 215 votes to 189, according to '
        'results announced at party headquarters in Nagatacho.',
        '“I will rebuild trust in politics, one step at a time,” Ms Ishikawa told party members after the result '
        'was read out. “The people have been patient with us. We must not waste that patience.”',
        'She promised to hold a snap general election “at the earliest appropriate moment”, but declined to give a '
        'date.',
        'The vote followed the resignation of Prime Minister Sato Hiroshi last month after a slush fund scandal '
        'that saw three of his ministers step down.',
        'Mr Mori, who had led in the first round among rank-and-file members, conceded graciously. “The party has '
        'spoken, and I will support our new leader with all my strength,” he said.',
        'But some of his backers were less gracious. One senior lawmaker from his faction, who asked not to be '
        'named, said the result showed that “the old bosses still decide everything”.',
        'Public broadcaster NHK said Ms Ishikawa was expected to be formally elected prime minister by parliament '
        'on Tuesday and to name her cabinet the same day.',
        'Kyodo News, citing party sources, reported that she would keep Finance Minister Aoki Shun in his post to '
        'reassure markets.',
        'The yen firmed slightly after the result. “Markets see her as a safe pair of hands on fiscal policy,” said '
        'Yamada Kaoru, chief strategist at Nishiki Securities in Tokyo.',
        'Yamada said investors would be watching closely whether Ms Ishikawa kept her predecessor’s pledge to '
        'balance the primary budget by 2027.',
        'Opposition leader Noda Akira of the Constitutional Democratic Party said the change of face would not '
        'change the party.',
        '“They have swapped the driver but kept the same broken car,” Mr Noda told reporters. “The LDP has not '
        'explained where the money went. It has simply decided to stop talking about it.”',
        'Ms Ishikawa is known for her hawkish views on China and for her close ties with Washington, where she '
        'served as ambassador for three years.',
        'In Beijing, foreign ministry spokeswoman Guo Lian said China hoped Japan’s new leader would “adopt a '
        'correct understanding of history” and manage differences “properly”.',
        'The US ambassador to Japan, Rahm Whitfield, congratulated Ms Ishikawa in a post on X. “I look forward to '
        'working with an old friend,” he wrote.',
        'Voters in Tokyo were divided. “It is good that a woman is in charge at last,” said Kobayashi Emi, 34, an '
        'office worker in Shinjuku. “But she has been in that party for 30 years. She is not new.”',
        'Retiree Takeda Jun, 72, said he would wait to see whether prices came down. “I do not care who the prime '
        'minister is,” he said. “Rice costs twice what it did last year. Fix that!”',
        'Ms Ishikawa said her first priority would be an economic package to help households with food and energy '
        'costs, to be drawn up “within a month”.',
    ), [
        ('Ms Ishikawa, 61, beat', 'results announced at party headquarters in Nagatacho'),
        ('I will rebuild trust', 'Ishikawa Reiko'),
        ('at the earliest appropriate moment', 'Ishikawa Reiko'),
        ('The party has spoken', 'Mori Kenta'),
        ('the old bosses still decide', 'One senior lawmaker from his faction'),
        ('Ms Ishikawa was expected', 'NHK'),
        ('she would keep Finance Minister', 'Kyodo News'),
        ('Markets see her as a safe pair', 'Yamada Kaoru'),
        ('investors would be watching', 'Yamada Kaoru'),
        ('the change of face would not', 'Noda Akira'),
        ('They have swapped the driver', 'Noda Akira'),
        ('China hoped Japan', 'Guo Lian'),
        ('I look forward to working', 'Rahm Whitfield'),
        ('It is good that a woman', 'Kobayashi Emi'),
        ('he would wait to see', 'Takeda Jun'),
        ('I do not care who the prime', 'Takeda Jun'),
        ('her first priority would be', 'Ishikawa Reiko'),
    ]),
    Article('cn_xinhua_export_curbs', _t(
        'BEIJING — China will restrict exports of several rare metals used in computer chips and military equipment '
        'from next month, the Ministry of Commerce said on Monday, in a move widely seen as retaliation for new US '
        'technology controls.',
        'Exporters of gallium, germanium and antimony will need a licence for each shipment, and sales to '
        '“military end users” will be banned outright, the ministry said in a notice posted on its website.',
        'A ministry spokesman, He Yadong, told a regular press conference that the measures were “in line with '
        'international practice” and “not targeted at any specific country”.',
        '“China has always been committed to maintaining the security and stability of global supply chains,” he '
        'said.',
        'The official Xinhua news agency said in a commentary that Washington had “weaponised” trade and could not '
        'expect China to “sit idly by”.',
        'Foreign ministry spokeswoman Mao Xiaoling, asked whether the curbs were a response to last week’s US '
        'decision to blacklist 140 Chinese firms, said China “firmly opposes the abuse of export controls” by the '
        'United States.',
        '“We will take resolute measures to safeguard our legitimate rights and interests,” Ms Mao said.',
        'China produces about 98 per cent of the world’s gallium and about 60 per cent of its germanium, according '
        'to the US Geological Survey.',
        'The US Commerce Department said it was studying the announcement. A spokeswoman said the department would '
        '“work with allies to reduce dependence on a single supplier”.',
        'Industry analysts said the effect would depend on how strictly the licences were enforced. Zhang Weiming, '
        'a metals analyst at Shanghai-based Huaxin Research, said many exporters had already stockpiled permits.',
        '“In the short term, the physical flow will slow, not stop,” Mr Zhang said. “The real signal is political. '
        'Beijing is showing it has cards to play.”',
        'Prices of germanium in Rotterdam jumped 12 per cent on Monday, traders said.',
        'In Tokyo, a spokesman for chipmaker Hoshino Materials said the company had enough stock for “several '
        'months” and was seeking alternative suppliers in Canada and Kazakhstan.',
        'Lin Shu-fen, a trade specialist at National Taiwan University, said the measures could hurt China as well.',
        '“Every time Beijing uses these controls, buyers rush to build mines elsewhere,” Prof Lin said. “In ten '
        'years, China may find it has given away its monopoly.”',
        'The state-run Global Times, quoting unnamed experts, said further restrictions on graphite and rare earth '
        'magnets “cannot be ruled out”.',
        'Chen Jianguo, general manager of a germanium refiner in Yunnan province, told Xinhua his company supported '
        'the new rules. “National security comes first,” he said. “We will adjust our business accordingly.”',
        'Mr He said the ministry would publish a list of approved exporters within two weeks and that applications '
        'would be processed within 45 working days.',
        'He added that exports for “normal civilian use” would not be affected.',
    ), [
        ('China will restrict exports', 'Ministry of Commerce'),
        ('Exporters of gallium', 'Ministry of Commerce'),
        ('in line with international practice', 'He Yadong'),
        ('China has always been committed', 'He Yadong'),
        ('Washington had', 'Xinhua'),
        ('firmly opposes the abuse', 'Mao Xiaoling'),
        ('We will take resolute measures', 'Mao Xiaoling'),
        ('China produces about 98', 'US Geological Survey'),
        ('it was studying the announcement', 'US Commerce Department'),
        ('work with allies', 'A spokeswoman'),
        ('the effect would depend', 'Industry analysts'),
        ('many exporters had already', 'Zhang Weiming'),
        ('In the short term', 'Zhang Weiming'),
        ('Prices of germanium in Rotterdam', 'traders'),
        ('the company had enough stock', 'a spokesman for chipmaker Hoshino Materials'),
        ('the measures could hurt China', 'Lin Shu-fen'),
        ('Every time Beijing uses', 'Lin Shu-fen'),
        ('cannot be ruled out', 'Global Times'),
        ('his company supported', 'Chen Jianguo'),
        ('National security comes first', 'Chen Jianguo'),
        ('the ministry would publish', 'He Yadong'),
        ('exports for', 'He Yadong'),
    ]),
    Article('sci_sleep_memory', _t(
        'Older adults who sleep fewer than six hours a night are almost twice as likely to develop dementia as '
        'those who sleep seven to eight hours, a study of more than 12,000 people has found.',
        'Researchers at the University of Aberlady followed volunteers aged 50 to 70 for an average of 14 years, '
        'measuring their sleep with wrist-worn monitors rather than relying on questionnaires.',
        'The study, published in the journal Neurology Today, found that the risk of dementia was 89 per cent '
        'higher among the short sleepers, even after accounting for depression, heart disease and alcohol use.',
        'Lead author Dr Kirsten Oyelaran-Hughes, a senior lecturer in sleep medicine at the university, said the '
        'size of the effect had surprised the team.',
        '“We expected a link, because sleep is when the brain clears out waste proteins,” she said. “But we did '
        'not expect it to be this strong, or this consistent across groups.”',
        'The researchers said the findings did not prove that poor sleep caused dementia, because early changes in '
        'the brain might themselves disturb sleep years before symptoms appear.',
        '“It is a chicken-and-egg problem,” said co-author Professor Tomás Villanueva, a neurologist at the same '
        'university. “What our data do show is that the link holds even when you look 20 years before diagnosis, '
        'which makes the reverse explanation less likely.”',
        'The team found no extra risk among people who slept nine hours or more, contrary to some earlier studies.',
        'Independent experts welcomed the study but urged caution. Dr Sunil Varghese, head of research at the '
        'charity Dementia Action UK, said the use of objective sleep measurements was “a real strength”.',
        '“This adds to a growing body of evidence that sleep matters for brain health,” he said. “But people should '
        'not lie awake worrying about it — that will not help anyone sleep.”',
        'Professor Hannah Breckenridge, an epidemiologist at King’s College London who was not involved in the '
        'research, said the participants were mostly white, well-educated civil servants.',
        '“We need to know whether this holds in other populations,” she said. “Shift workers, for instance, are '
        'almost entirely missing from this kind of study.”',
        'Dr Oyelaran-Hughes agreed that the group was not representative and said the team had applied for funding '
        'to repeat the work in Lagos and São Paulo.',
        'Asked what people should do, she said the usual advice applied: keep regular hours, avoid screens before '
        'bed and seek help for conditions such as sleep apnoea.',
        '“If you snore loudly and wake up exhausted, talk to your GP,” she said. “Sleep apnoea is common, it is '
        'treatable, and it is massively underdiagnosed.”',
        'The authors wrote that a trial testing whether better sleep could delay dementia was “urgently needed”.',
        'The study was funded by the Medical Research Council and the Wellcome Trust.',
        'Around 982,000 people in the UK are living with dementia, according to the Alzheimer’s Society, which said '
        'the number was expected to pass 1.4 million by 2040.',
        'Professor Villanueva said the team would next look at whether naps during the day made any difference. '
        '“Half of our volunteers napped,” he said. “We have no idea yet whether that helped them or not.”',
    ), [
        ('the risk of dementia was 89', 'The study'),
        ('the size of the effect had surprised', 'Kirsten Oyelaran-Hughes'),
        ('We expected a link', 'Kirsten Oyelaran-Hughes'),
        ('the findings did not prove', 'The researchers'),
        ('It is a chicken-and-egg problem', 'Tomás Villanueva'),
        ('the use of objective sleep', 'Sunil Varghese'),
        ('This adds to a growing body', 'Sunil Varghese'),
        ('the participants were mostly white', 'Hannah Breckenridge'),
        ('We need to know whether this holds', 'Hannah Breckenridge'),
        ('the group was not representative', 'Kirsten Oyelaran-Hughes'),
        ('the team had applied for funding', 'Kirsten Oyelaran-Hughes'),
        ('the usual advice applied', 'Kirsten Oyelaran-Hughes'),
        ('If you snore loudly', 'Kirsten Oyelaran-Hughes'),
        ('a trial testing whether better sleep', 'The authors'),
        ('Around 982,000 people', 'Alzheimer’s Society'),
        ('the number was expected to pass', 'Alzheimer’s Society'),
        ('the team would next look', 'Tomás Villanueva'),
        ('Half of our volunteers napped', 'Tomás Villanueva'),
    ]),
    Article('health_measles_outbreak', _t(
        'Health officials in Lancashire have urged parents to check their children’s vaccination records after a '
        'measles outbreak linked to two primary schools grew to 41 confirmed cases.',
        'The UK Health Security Agency (UKHSA) said on Wednesday that nine children had been admitted to hospital, '
        'one of them to intensive care, and that most of those infected had not had both doses of the MMR vaccine.',
        'Dr Ngozi Ashworth, consultant in health protection at UKHSA North West, said: “Measles is not a mild '
        'illness. It spreads extremely easily and it can cause serious complications, including pneumonia and '
        'swelling of the brain.',
        '“The best protection is two doses of the MMR vaccine. It is never too late to catch up, and it is free on '
        'the NHS.”',
        'She said the agency was working with the schools, in Burnley and Nelson, to offer vaccination clinics on '
        'site from Monday.',
        'Uptake of the second MMR dose among five-year-olds in the area is 79 per cent, well below the 95 per cent '
        'needed to stop outbreaks, according to NHS figures.',
        'Lancashire County Council’s director of public health, Dr Sakshi Mehra, said the figures were “a wake-up '
        'call”.',
        '“For years we have relied on the fact that most parents did the right thing,” she said. “But a lot of '
        'children missed appointments during the pandemic, and we have not caught all of them up.”',
        'The head teacher of one of the schools, Mr Adrian Holroyd, wrote to parents on Tuesday evening to say the '
        'school would stay open.',
        '“I know many of you are anxious,” the letter said. “Please keep your child at home if they have a rash or '
        'a high temperature, and ring NHS 111 before going to a GP surgery.”',
        'One mother, whose seven-year-old son was among those admitted to hospital, said she had delayed his '
        'second jab because she was worried about side effects she had read about online.',
        '“I feel terrible,” she told the Lancashire Post, asking not to be named. “He was so poorly. I’d tell any '
        'parent thinking twice to just get it done.”',
        'Professor Ian Kershaw-Lowe, a paediatrician at Royal Blackburn Hospital, said the unit had not seen so '
        'many measles cases in his 20-year career.',
        '“Young doctors here have never seen measles before this year,” he said. “We have had to run teaching '
        'sessions on how to recognise it.”',
        'The World Health Organization said last month that the UK was one of several European countries where '
        'measles was “re-establishing itself”.',
        'Health minister Priti Sandhu said the government was running a national catch-up campaign and had asked GP '
        'practices to contact every family with an unvaccinated child.',
        '“There is no shortage of vaccine,” she said. “What we need now is for parents to come forward.”',
        'Dr Ashworth said there was no link between the MMR vaccine and autism, a claim first made in 1998 and '
        'since discredited.',
        '“That myth has done enormous damage,” she said. “Some of the parents we are speaking to were themselves '
        'children when that paper came out.”',
        'The UKHSA said it expected more cases in the coming weeks because of the disease’s incubation period of '
        'up to 21 days.',
    ), [
        ('parents to check their children', 'Health officials in Lancashire'),
        ('nine children had been admitted', 'UK Health Security Agency'),
        ('Uptake of the second MMR dose', 'NHS figures'),
        ('Measles is not a mild', 'Ngozi Ashworth'),
        ('The best protection is two doses', 'Ngozi Ashworth'),
        ('the agency was working with the schools', 'Ngozi Ashworth'),
        ('a wake-up call', 'Sakshi Mehra'),
        ('For years we have relied', 'Sakshi Mehra'),
        ('the school would stay open', 'Adrian Holroyd'),
        ('I know many of you are anxious', 'Adrian Holroyd'),
        ('she had delayed his', 'One mother'),
        ('I feel terrible', 'One mother'),
        ('the unit had not seen', 'Ian Kershaw-Lowe'),
        ('Young doctors here have never', 'Ian Kershaw-Lowe'),
        ('the UK was one of several', 'World Health Organization'),
        ('the government was running', 'Priti Sandhu'),
        ('There is no shortage of vaccine', 'Priti Sandhu'),
        ('there was no link between', 'Ngozi Ashworth'),
        ('That myth has done enormous', 'Ngozi Ashworth'),
        ('it expected more cases', 'UK Health Security Agency'),
    ]),
]

ARTICLES += [
    Article('court_warehouse_killing', _t(
        'A former warehouse supervisor stabbed a colleague 14 times after a row over overtime shifts and then '
        'tried to make it look like a robbery, a jury at Birmingham Crown Court heard on Monday.',
        'Declan Fairweather, 44, denies murdering Kwame Boateng-Reid, 31, at a distribution centre in Tyseley in '
        'the early hours of 3 March last year.',
        'Opening the case for the prosecution, Nadia Okonkwo KC told jurors that the two men had argued repeatedly '
        'in the weeks before the killing.',
        '“This was not a robbery that went wrong,” she said. “This was a man who had nursed a grievance for weeks, '
        'who chose his moment, and who then did his best to cover his tracks.”',
        'Ms Okonkwo said CCTV showed the defendant walking towards the loading bay where Mr Boateng-Reid was '
        'working alone at 2.41am, and walking back four minutes later.',
        'She said a kitchen knife with the victim’s blood on it was later found in a drain outside Mr Fairweather’s '
        'home in Acocks Green, and that his wallet had been emptied and thrown into a skip.',
        'According to a statement the defendant gave to police, he had been in the staff canteen at the time and '
        'had “never laid a finger” on his colleague.',
        'The prosecutor said phone records contradicted that account.',
        '“Mr Fairweather’s phone was not in the canteen,” she told the jury. “It was 40 metres away, in the loading '
        'bay, at exactly the moment Kwame Boateng-Reid died.”',
        'Court documents say the defendant had been given a final written warning two weeks earlier after a '
        'complaint by Mr Boateng-Reid about the way overtime was shared out.',
        'The jury heard from the victim’s mother, Abena Boateng, who described her son as “the joker of the '
        'family”.',
        '“He was saving to buy a house for his little girl,” she said, her voice breaking. “He used to ring me '
        'every night after his shift. That night he did not ring.”',
        'Detective Sergeant Leon Castellanos of West Midlands Police told the court he had arrived at the scene at '
        '3.20am and found the victim’s wallet missing.',
        'Under cross-examination by defence barrister Hugo Stanhope KC, the officer agreed that no witness had seen '
        'the attack and that no DNA from the defendant had been found on the knife.',
        '“So the Crown’s case rests on a phone and a grudge?” Mr Stanhope asked.',
        '“The Crown’s case rests on all of the evidence, sir,” the detective replied.',
        'Mr Stanhope told jurors his client accepted that he had disliked Mr Boateng-Reid but insisted he had '
        'nothing to do with his death.',
        '“Disliking somebody is not a crime,” he said. “Half the people in any workplace dislike somebody. You will '
        'want much more than that before you convict a man of murder.”',
        'The defence will argue that a third man, who was dismissed by the company in February, had a stronger '
        'motive, the barrister said.',
        'Mr Justice Aldridge warned jurors not to research the case online.',
        '“You must try this case on the evidence you hear in this room and on nothing else,” the judge said. “If '
        'you see anything about it on social media, look away.”',
        'He told them the trial was expected to last three weeks.',
        'Outside court, a spokesperson for the victim’s family said they would not comment until the case was '
        'over.',
        'The trial continues.',
    ), [
        ('the two men had argued', 'Nadia Okonkwo'),
        ('This was not a robbery', 'Nadia Okonkwo'),
        ('CCTV showed the defendant', 'Nadia Okonkwo'),
        ('a kitchen knife with the victim', 'Nadia Okonkwo'),
        ('never laid a finger', 'Declan Fairweather'),
        ('phone records contradicted', 'Nadia Okonkwo'),
        ('Mr Fairweather’s phone was not', 'Nadia Okonkwo'),
        ('the defendant had been given a final', 'Court documents'),
        ('the joker of the family', 'Abena Boateng'),
        ('He was saving to buy a house', 'Abena Boateng'),
        ('he had arrived at the scene', 'Leon Castellanos'),
        ('no witness had seen', 'Leon Castellanos'),
        ('So the Crown’s case rests', 'Hugo Stanhope'),
        ('The Crown’s case rests on all', 'Leon Castellanos'),
        ('he had disliked Mr Boateng-Reid', 'Hugo Stanhope'),
        ('he had nothing to do with his death', 'Hugo Stanhope'),
        ('Disliking somebody is not a crime', 'Hugo Stanhope'),
        ('a third man, who was dismissed', 'Hugo Stanhope'),
        ('not to research the case', 'Justice Aldridge'),
        ('You must try this case', 'Justice Aldridge'),
        ('the trial was expected to last', 'Justice Aldridge'),
        ('they would not comment', 'a spokesperson for the victim’s family'),
    ]),
    Article('crime_pharmacy_robbery', _t(
        'Police in Kitchener-Waterloo are looking for two men after a string of armed robberies at pharmacies in '
        'which staff were threatened with a hammer and thousands of opioid pills were taken.',
        'Waterloo Regional Police Service Chief Bryce Oduya said at a news conference Thursday that five pharmacies '
        'had been hit in 11 days, the most recent on Tuesday night.',
        '“These are violent, planned crimes, and we believe the same people are responsible for all of them,” '
        'Oduya said. “Somebody knows who they are.”',
        'According to a police report released Thursday, the suspects entered a pharmacy on King Street at about '
        '9:40 p.m., smashed a display case and ordered the pharmacist to open the narcotics safe.',
        'The report says one suspect was about six feet tall and wore a grey hooded sweatshirt and a surgical mask. '
        'The second was shorter and carried a backpack.',
        'Nobody was physically hurt, police said, but a cashier was treated for shock.',
        'The pharmacist on duty, Wen-Li Chao, said she had worked in pharmacies for 22 years and had never been so '
        'frightened.',
        '“He was shouting and swinging the hammer at the glass, and I just kept thinking about my kids,” Chao said. '
        '“I gave him what he wanted. What else could I do?”',
        'She said the store had reopened the next day, but two of her colleagues had not come back to work.',
        'Staff Sgt. Priya Dunleavy, who leads the investigation, said the stolen drugs were worth about $60,000 on '
        'the street and were likely being sold in the region.',
        '“Every one of those pills is a potential overdose,” Dunleavy said. “This is not a property crime. This is '
        'a public health problem.”',
        'She asked anyone with video from the area to contact police.',
        'The Ontario Pharmacists Association said robberies of pharmacies had risen sharply across the province '
        'over the past two years and called for stronger penalties.',
        '“Pharmacists are health-care workers, not security guards,” association CEO Justin Halvorsen said in a '
        'statement. “No one should go to work wondering whether they will be attacked.”',
        'Some owners have installed time-delay safes, which cannot be opened for several minutes after a code is '
        'entered.',
        'Marco Battaglia, who owns two pharmacies in Cambridge, said he had spent $14,000 on new safes and cameras.',
        '“It’s money I should be spending on staff,” he said. “But I can’t put people behind that counter without '
        'it anymore.”',
        'Court records show one man has been charged in connection with a similar robbery in Guelph in January, but '
        'police would not say whether the cases were linked.',
        'Oduya said officers were reviewing more than 40 hours of video.',
        'Asked whether the department had enough resources to deal with the spike, the chief was blunt. “No,” he '
        'said. “But we will make it work, because we have to.”',
        'Anyone with information is asked to call police or Crime Stoppers anonymously.',
    ), [
        ('five pharmacies had been hit', 'Bryce Oduya'),
        ('These are violent, planned crimes', 'Bryce Oduya'),
        ('the suspects entered a pharmacy', 'police report'),
        ('one suspect was about six feet', 'The report'),
        ('Nobody was physically hurt', 'police'),
        ('she had worked in pharmacies', 'Wen-Li Chao'),
        ('He was shouting and swinging', 'Wen-Li Chao'),
        ('the store had reopened', 'Wen-Li Chao'),
        ('the stolen drugs were worth', 'Priya Dunleavy'),
        ('Every one of those pills', 'Priya Dunleavy'),
        ('to contact police', 'Priya Dunleavy'),
        ('robberies of pharmacies had risen', 'Ontario Pharmacists Association'),
        ('Pharmacists are health-care workers', 'Justin Halvorsen'),
        ('he had spent $14,000', 'Marco Battaglia'),
        ('It’s money I should be spending', 'Marco Battaglia'),
        ('one man has been charged', 'Court records'),
        ('officers were reviewing', 'Bryce Oduya'),
        ('But we will make it work', 'Bryce Oduya'),
    ]),
    Article('sport_cup_semifinal', _t(
        'Harriers reached their first cup final in 31 years on Saturday, coming from behind to beat Castleford '
        'Rovers 3-1 in front of a sell-out crowd at Meadow Lane.',
        'Rovers led through Tyrese Aldous’s header after 12 minutes, but Harriers captain Jordan McAllister '
        'equalised with a low drive just before half-time.',
        'Substitute Kenji Watanabe-Clarke then added a second with 20 minutes left, and McAllister added a third in '
        'stoppage time to spark a pitch invasion.',
        '“I don’t think I’ve ever heard noise like that,” McAllister said. “When the third one went in, I couldn’t '
        'hear myself think. This is for everyone who has stuck with this club through the bad years.”',
        'The captain said he had told his team-mates at half-time that they were “playing the occasion, not the '
        'opposition”.',
        'Harriers manager Siobhan Kearney, the first woman to take a men’s side in the competition to a final, '
        'praised her players’ nerve.',
        '“We were poor for 30 minutes, really poor,” she said. “But they never stopped believing, and the '
        'substitutions changed it. Kenji was brilliant when he came on.”',
        'Asked about her own place in history, Kearney shrugged. “I’m just a football manager,” she said. “Ask me '
        'about it after the final.”',
        'Watanabe-Clarke, 19, who joined from the academy last summer, said he had been told to “run at them and '
        'enjoy it”.',
        '“I just did what the gaffer said,” he added. “Scoring in a semi-final in front of my family — I can’t '
        'describe it!”',
        'Rovers boss Graham Pettifer was left to rue missed chances. His side hit the post twice in the first half '
        'and had a second goal ruled out for offside.',
        '“We should have been out of sight by half-time,” Pettifer said. “At this level, if you don’t take your '
        'chances, you get punished. And we got punished.”',
        'He said he had no complaints about the offside decision, which was confirmed by the video assistant '
        'referee after a four-minute check.',
        'Aldous, who added nothing after his early goal, limped off with a hamstring injury in the second half. '
        'Pettifer said the striker would have a scan on Monday.',
        'The Football Association confirmed the final will be played at Wembley on 17 May, with kick-off at 3pm.',
        'Harriers chairman Ravi Chaudhry said the club had already received more than 20,000 requests for tickets.',
        '“Our allocation will be around 30,000, so we are going to need a bigger car park,” he joked.',
        'Season-ticket holder Maureen Ashby, 78, who has followed the club since 1958, was in tears at the final '
        'whistle.',
        '“I was here when we were in the fourth division and there were 900 people in the ground,” she said. “I '
        'never thought I’d see this. My late husband would have loved it.”',
        'Harriers have now won nine games in a row in all competitions. They host Millbrook on Tuesday in the '
        'league, where they sit third, a point off the automatic promotion places.',
        'Kearney said she would rotate her squad for that game. “The league is the priority,” she insisted. “The '
        'final is a bonus. A very big bonus, but a bonus.”',
    ), [
        ('I don’t think I’ve ever heard', 'Jordan McAllister'),
        ('he had told his team-mates', 'Jordan McAllister'),
        ('We were poor for 30 minutes', 'Siobhan Kearney'),
        ('I’m just a football manager', 'Siobhan Kearney'),
        ('he had been told to', 'Kenji Watanabe-Clarke'),
        ('I just did what the gaffer said', 'Kenji Watanabe-Clarke'),
        ('We should have been out of sight', 'Graham Pettifer'),
        ('he had no complaints', 'Graham Pettifer'),
        ('the striker would have a scan', 'Graham Pettifer'),
        ('the final will be played', 'Football Association'),
        ('the club had already received', 'Ravi Chaudhry'),
        ('Our allocation will be around', 'Ravi Chaudhry'),
        ('I was here when we were', 'Maureen Ashby'),
        ('she would rotate her squad', 'Siobhan Kearney'),
        ('The league is the priority', 'Siobhan Kearney'),
    ]),
    Article('sport_test_cricket', _t(
        'CHRISTCHURCH, New Zealand (AP) — Devon Ratnayake scored an unbeaten 142 and added 187 for the fifth wicket '
        'with Aiden Holloway as Sri Lanka reached 351-5 at stumps on the opening day of the second test against New '
        'Zealand on Friday.',
        'Holloway, who added 78 before he was caught at slip off the second new ball, and Ratnayake came together '
        'with Sri Lanka in trouble at 96-4 after New Zealand’s seamers had exploited a green pitch in the first '
        'session.',
        '“The ball was doing a lot this morning and we just told each other to survive until lunch,” Ratnayake said. '
        '“After that it got easier, and the runs came.”',
        'The 27-year-old said the innings, his highest in tests, was dedicated to his father, who died in March.',
        '“He never missed a game when I was a kid,” he said. “I looked up when I reached 100 and I knew he was '
        'watching.”',
        'New Zealand fast bowler Matt Henare took 3-61 and said the home side had bowled well in patches but let '
        'the pressure slip after lunch.',
        '“We gave them too many easy runs on the pads,” Henare said. “You can’t do that against good players. '
        'Tomorrow we need to take the last five quickly.”',
        'Sri Lanka captain Kusal Perera-Bandara, who made 11, said he was proud of the way his team had fought '
        'back, and that the stand between Ratnayake and Holloway had been “the best I have seen from our middle '
        'order”.',
        '“They showed everyone in the dressing room how to bat here,” Perera-Bandara said. “We have to back it up '
        'with the ball.”',
        'Henare added that the pitch would keep helping the seamers. “There is still grass on it,” he said. “If we '
        'hit our lengths in the morning, it is a different game.”',
        'Holloway added a run-out to his day’s work when he threw down the stumps from cover to remove Henare’s '
        'partner in a brief net session — a moment captured by a television crew that had stayed on after play.',
        'New Zealand coach Gary Stenhouse said the team would reconsider its bowling plans overnight.',
        '“We were too short after lunch,” Stenhouse told reporters. “That’s on us as a group. The boys know it.”',
        'Earlier, Sri Lanka had lost both openers inside the first hour. Dimuth Jayasekara was caught behind for 4, '
        'and his partner added only 9 before edging to gully.',
        'The crowd of 7,800 was the biggest for a test at Hagley Oval in three years, New Zealand Cricket said.',
        'The ground staff said the forecast for Saturday was fine and warm, with a chance of showers on Sunday.',
        'New Zealand lead the two-match series 1-0 after winning the first test in Wellington by eight wickets.',
        'Ratnayake, asked whether he could go on to a double-century, smiled. “Why not?” he said. “The first job is '
        'to bat all morning. If I do that, the runs will come.”',
        'Former Sri Lanka women’s captain Nimali Fernando-Wright, working at the ground as a commentator, said on air '
        'that she had rarely seen a better '
        'innings in New Zealand by a visiting batter.',
        '“That was a proper test hundred,” she said. “Patient, then brutal.”',
        'Play is due to start at 10:30 a.m. local time on Saturday.',
    ), [
        ('The ball was doing a lot', 'Devon Ratnayake'),
        ('the innings, his highest', 'Devon Ratnayake'),
        ('He never missed a game', 'Devon Ratnayake'),
        ('the home side had bowled', 'Matt Henare'),
        ('We gave them too many', 'Matt Henare'),
        ('he was proud of the way', 'Kusal Perera-Bandara'),
        ('the best I have seen from our middle', 'Kusal Perera-Bandara'),
        ('They showed everyone in the dressing', 'Kusal Perera-Bandara'),
        ('the pitch would keep helping', 'Matt Henare'),
        ('There is still grass on it', 'Matt Henare'),
        ('the team would reconsider', 'Gary Stenhouse'),
        ('We were too short after lunch', 'Gary Stenhouse'),
        ('The crowd of 7,800', 'New Zealand Cricket'),
        ('the forecast for Saturday', 'The ground staff'),
        ('Why not?', 'Devon Ratnayake'),
        ('she had rarely seen', 'Nimali Fernando-Wright'),
        ('That was a proper test hundred', 'Nimali Fernando-Wright'),
    ]),
    Article('markets_close_stocks', _t(
        'LONDON — The FTSE 100 added 0.1 per cent on Tuesday, edging to another record close, as gains for miners '
        'and banks offset a slide in housebuilders after a weak survey of the property market.',
        'The blue-chip index rose 8.4 points to 8,724.6, while the more domestically focused FTSE 250 shed 0.4 per '
        'cent to 21,310.2. In Europe, the Dax in Frankfurt added 0.3 per cent and the Cac 40 in Paris fell 0.2 per '
        'cent.',
        '“It was a day of two halves for London,” said Sofia Lindgren, market analyst at Ferncastle Markets. '
        '“Commodity stocks did the heavy lifting, but anything tied to the UK consumer was sold.”',
        'Housebuilders fell after the Royal Institution of Chartered Surveyors said its measure of new buyer '
        'enquiries had dropped for a third month in a row. Persimmon lost 3.1 per cent and Taylor Wimpey 2.8 per '
        'cent.',
        'Tomasz Kowalczyk, senior economist at Albion Wealth, wrote in a note to clients that the survey pointed to '
        '“a spring market that never really sprang”.',
        '“Mortgage rates have come down a little, but not enough to bring first-time buyers back in numbers,” he '
        'wrote. “We expect house prices to be flat this year.”',
        'Miners rallied as copper climbed to a two-month high on hopes of stronger demand from China. Antofagasta '
        'gained 2.9 per cent and Glencore 2.2 per cent.',
        'Banks were lifted by results from Standard Chartered, whose shares jumped 4.6 per cent after it beat '
        'forecasts for first-quarter profit and said it would buy back a further $1.5 billion of shares.',
        'Chief executive Bill Winthrop said the bank was “seeing strong momentum in wealth management across Asia”.',
        '“Our clients are moving money, and they are moving it through us,” he told analysts on a call.',
        'Analysts at Beaumont Partners said in a research note that the results were “clean” but warned that lower '
        'interest rates would squeeze lending margins later in the year.',
        'On the currency markets, the pound was flat against the dollar at $1.3321 and added 0.2 per cent against '
        'the euro.',
        'Brent crude slipped 0.8 per cent to $74.10 a barrel after the International Energy Agency said demand '
        'growth would slow this year.',
        'Gold fell 0.5 per cent. “Traders are taking some profit after a very strong run,” said Ahmed El-Sayed, head '
        'of commodities research at Delacourt Bank.',
        'On Wall Street, the S&P 500 was little changed in early trading as investors waited for US inflation '
        'figures due on Wednesday.',
        'Jennifer Okafor, chief investment officer at Harrow Lane Asset Management, said the figures could decide '
        'whether the Federal Reserve cut rates in June.',
        '“If inflation comes in hot, the June cut is off the table and stocks will have to reprice,” she said. '
        '“Markets are priced for perfection, and perfection is rare!”',
        'Among the biggest fallers in London was Ocado, which lost 5.4 per cent after Swiss bank UBS cut its '
        'rating on the online grocer to “sell”.',
        'The broker said it was “struggling to see a path to profitability” for the company’s technology business.',
        'An Ocado spokesman declined to comment on the note.',
        'Ferncastle’s Lindgren said record highs for the FTSE 100 had not brought much excitement among retail '
        'investors. “The index is at a record, but most people’s shares are not,” she said.',
    ), [
        ('It was a day of two halves', 'Sofia Lindgren'),
        ('its measure of new buyer enquiries', 'Royal Institution of Chartered Surveyors'),
        ('a spring market that never', 'Tomasz Kowalczyk'),
        ('Mortgage rates have come down', 'Tomasz Kowalczyk'),
        ('it would buy back', 'Standard Chartered'),
        ('seeing strong momentum', 'Bill Winthrop'),
        ('Our clients are moving money', 'Bill Winthrop'),
        ('the results were', 'Analysts at Beaumont Partners'),
        ('lower interest rates would squeeze', 'Analysts at Beaumont Partners'),
        ('demand growth would slow', 'International Energy Agency'),
        ('Traders are taking some profit', 'Ahmed El-Sayed'),
        ('the figures could decide', 'Jennifer Okafor'),
        ('If inflation comes in hot', 'Jennifer Okafor'),
        ('struggling to see a path', 'UBS'),
        ('record highs for the FTSE', 'Sofia Lindgren'),
        ('The index is at a record', 'Sofia Lindgren'),
    ]),
]

ARTICLES += [
    Article('obit_glaciologist', _t(
        'Professor Ingrid Solberg-Ames, the glaciologist whose measurements of the Greenland ice sheet helped to '
        'show how quickly it was melting, has died aged 84.',
        'Her family said she died peacefully at her home in Cambridge on Sunday after a short illness, surrounded '
        'by her children and grandchildren.',
        '“Mum spent her life on the ice, and she never lost her sense of wonder at it,” her daughter, Astrid '
        'Solberg-Ames, said. “She used to say that a glacier is just a very slow river with a very long memory.”',
        'Born in Tromsø, Norway, in 1940, she moved to Britain to study physics at Edinburgh and joined the Scott '
        'Polar Research Institute in 1967. She led or joined 31 expeditions to Greenland and Antarctica.',
        'Her 1989 paper, which used radar to measure the thickness of the ice from the air, was among the first to '
        'warn that the sheet was losing mass at its edges.',
        'Dr Olusegun Bamidele, director of the institute, said she had been “a giant of polar science and a '
        'wonderful, generous colleague”.',
        '“Ingrid was doing careful fieldwork on climate change before most people had heard the phrase,” he said. '
        '“Generations of scientists, including me, learned what good data look like from her.”',
        'He said the institute would name its new field station in Svalbard after her.',
        'Colleagues remembered her as fearless in the field. In 1978 she spent nine days in a tent on the ice cap '
        'after a storm grounded the aircraft sent to collect her team.',
        'Dr Marcus Whitfield-Oduro, who was a PhD student on that expedition, said she had kept everyone calm by '
        'organising chess tournaments and reading Ibsen aloud.',
        '“We were down to crackers and tinned fish,” he recalled. “Ingrid announced that it was the most productive '
        'week of her career, because nobody could interrupt her.”',
        'She was also known for her outspoken views. In 2006 she resigned from a government advisory panel, saying '
        'ministers had “decided what they wanted to hear before they asked us”.',
        'The Royal Society, of which she was a fellow, said in a statement that her work had “changed our '
        'understanding of the planet”.',
        'She married the geologist Peter Ames in 1965. He died in 2011. She is survived by their three children, '
        'Astrid, Nils and Hanne, and seven grandchildren.',
        'Her son, Nils Solberg-Ames, said his mother had kept working until a few weeks before her death, reviewing '
        'papers from her hospital bed.',
        '“She told the nurses she was on a deadline,” he said. “She was. She always was.”',
        'Hanne Solberg-Ames, her youngest, said the family had asked that instead of flowers, people donate to a '
        'fund that helps young scientists from the Arctic to study abroad.',
        '“That was what she cared about most at the end,” she said. “She wanted the people who live with the ice '
        'to be the ones who study it.”',
        'In an interview with this newspaper in 2019, Professor Solberg-Ames was asked whether she was optimistic '
        'about the future.',
        '“Optimism is not my job,” she said then. “My job is to measure. But I will say this: every time I go back, '
        'there is less ice, and every time I go back, there are more young people measuring it. That gives me '
        'something.”',
        'A funeral will be held in Tromsø, with a memorial service in Cambridge later in the year, the family said.',
    ), [
        ('she died peacefully at her home', 'Her family'),
        ('Mum spent her life on the ice', 'Astrid Solberg-Ames'),
        ('a giant of polar science', 'Olusegun Bamidele'),
        ('Ingrid was doing careful fieldwork', 'Olusegun Bamidele'),
        ('the institute would name', 'Olusegun Bamidele'),
        ('she had kept everyone calm', 'Marcus Whitfield-Oduro'),
        ('We were down to crackers', 'Marcus Whitfield-Oduro'),
        ('decided what they wanted to hear', 'Ingrid Solberg-Ames'),
        ('her work had', 'Royal Society'),
        ('his mother had kept working', 'Nils Solberg-Ames'),
        ('She told the nurses', 'Nils Solberg-Ames'),
        ('the family had asked that', 'Hanne Solberg-Ames'),
        ('That was what she cared about', 'Hanne Solberg-Ames'),
        ('Optimism is not my job', 'Ingrid Solberg-Ames'),
        ('A funeral will be held', 'the family'),
    ]),
    Article('qa_housing_minister', _t(
        'Housing Minister Tanvir Chowdhury has promised 300,000 new homes a year by the end of the parliament. '
        'Critics say the target is fantasy. We asked him how he plans to get there. This interview has been edited '
        'for length and clarity.',
        'Q: Nobody has built 300,000 homes a year in this country since the 1970s. Why should anyone believe you '
        'can?',
        'A: Because in the 1970s councils built half of them, and we are going to let councils build again. We '
        'have changed the borrowing rules, we have changed the planning rules, and we are putting £12 billion into '
        'social housing. It is not a slogan. It is a programme.',
        'Q: The Office for Budget Responsibility said last month that you will fall short by about a third.',
        'A: The OBR does a difficult job and I respect it. But its forecast was made before our planning reforms '
        'came in. I think it will revise that number up, and I am happy to be judged on the results.',
        'Q: Builders say the real problem is a shortage of bricklayers, not planning permission.',
        'A: They are right that skills are a problem, and that is why we have funded 40,000 extra construction '
        'apprenticeships. But builders also sit on permissions. There are more than a million homes with planning '
        'consent that have not been built.',
        'Q: Will you force them to build?',
        'A: We will make it much less attractive not to. If you have permission and you do not use it, you will '
        'lose it. That is a big change.',
        'Q: Your own backbenchers are fighting new estates in their constituencies. How do you deal with that?',
        'A: Every MP wants more homes in general and fewer homes in particular. I understand that. My answer to '
        'colleagues is: come and tell me where, not whether.',
        'Q: Renters say they cannot wait for a decade of building. What do you offer them now?',
        'A: An end to no-fault evictions, which is already law, and a new ombudsman with real teeth. Rents will '
        'not come down overnight. Anyone who tells you otherwise is not being straight with you.',
        'Q: Do you rent or own?',
        'A: I own a flat in Leicester with a mortgage I am still paying off. I rented for eleven years before that, '
        'so I know what a damp bedroom and a landlord who does not answer the phone feel like.',
        'Q: Last question. If you miss the target, will you resign?',
        'A: I am not going to miss it. Ask me again in four years.',
        'After the interview, we put the minister’s claims to the Home Builders Federation. Its chief executive, '
        'Eleanor Vance-Mbatha, said the federation “shares the ambition” but that the figure of a million unbuilt '
        'homes was misleading.',
        '“Most of those sites are already being built out, or are waiting for a water connection or a road,” she '
        'said. “You cannot build faster than the pipes and the roads allow.”',
        'Shelter, the housing charity, welcomed the social housing money but said it was “a fraction of what is '
        'needed”.',
        'Its director of policy, Callum Rhodes-Ibe, said: “Three hundred thousand homes is the right number. The '
        'question is who they are for. If most of them are four-bed houses on the edge of town, renters will not '
        'see the benefit.”',
        'The Office for Budget Responsibility declined to comment on the minister’s remarks.',
    ), [
        ('Because in the 1970s councils built', 'Tanvir Chowdhury'),
        ('you will fall short', 'The Office for Budget Responsibility'),
        ('The OBR does a difficult job', 'Tanvir Chowdhury'),
        ('the real problem is a shortage', 'Builders'),
        ('They are right that skills', 'Tanvir Chowdhury'),
        ('We will make it much less', 'Tanvir Chowdhury'),
        ('Every MP wants more homes', 'Tanvir Chowdhury'),
        ('they cannot wait for a decade', 'Renters'),
        ('An end to no-fault evictions', 'Tanvir Chowdhury'),
        ('I own a flat in Leicester', 'Tanvir Chowdhury'),
        ('I am not going to miss it', 'Tanvir Chowdhury'),
        ('shares the ambition', 'Eleanor Vance-Mbatha'),
        ('Most of those sites', 'Eleanor Vance-Mbatha'),
        ('a fraction of what is', 'Shelter'),
        ('Three hundred thousand homes', 'Callum Rhodes-Ibe'),
        ('the target is fantasy', 'Critics'),
        ('300,000 new homes a year', 'Tanvir Chowdhury'),
    ]),
    Article('live_election_night', _t(
        'Live: Regional election results as they happen',
        '02:14 Turnout in the capital was 58.3 per cent, the electoral commission has said, down almost four points '
        'on the last election.',
        '02:09 The first declaration of the night is in, and it is a gain for the Greens in Riverside North. Their '
        'candidate, Dr Leilani Kahale, overturned a majority of more than 2,000.',
        'Speaking after the count, Dr Kahale said: “People here were told their votes did not matter. Tonight they '
        'proved that they do.”',
        '01:52 Our political correspondent Matthew Greaves says the mood at Labour’s count in Eastgate is '
        '“subdued, to put it kindly”.',
        '“Party workers are checking the ballot bundles and not saying much,” he says. “One of them told me they '
        'expect to lose at least three seats in this part of the city.”',
        '01:40 The Conservative leader of the council, Cllr Bernadette Oakes, has arrived at the count. Asked by '
        'reporters how she was feeling, she said she was “quietly confident”.',
        '“We have run a good campaign on bins, potholes and council tax,” she said. “That is what people care about. '
        'We will see in a few hours whether they agree.”',
        '01:25 Labour’s campaign chief, Sunil Desai, has told the BBC that the party expected a “difficult night” '
        'but would hold most of its seats.',
        '“Midterm elections are always hard for a governing party,” he said. “We are not going to pretend '
        'otherwise.”',
        '01:10 The Reform candidate in Southmoor, Kerry-Ann Doyle, says there were “irregularities” at one polling '
        'station, where she claims ballot boxes were left unattended.',
        'A spokesperson for the electoral commission said it was aware of the complaint and would look into it, but '
        'that it had “no reason to believe” the result would be affected.',
        '00:55 Professor Alan Merrow, an elections expert at the University of Northshire, says the early '
        'indications point to a fragmented result.',
        '“No single party is likely to have a majority on the council,” he said. “We could be looking at weeks of '
        'coalition talks.”',
        '00:40 Some breaking news from Westbrook, where the count has been paused after a fire alarm went off. '
        'Staff have been evacuated to the car park, a council official said.',
        '00:30 Our reporter Aisha Nwankwo is at the Greens’ party in Riverside, where she says supporters are '
        '“already celebrating, perhaps a little early”.',
        '00:15 The Liberal Democrats say they are hopeful of gaining two seats in the leafy southern wards. Party '
        'spokesman Owen Tremlett said the party had “knocked on more doors than ever before”.',
        '00:01 Welcome to our live coverage of the regional elections. Polls closed at 10pm, and the first results '
        'are expected after 2am. Counting is taking place in 14 centres across the region.',
        'We will bring you results, reaction and analysis through the night. Our reporters are at counts across the '
        'city, and we will hear from candidates as the results come in.',
    ), [
        ('Turnout in the capital was', 'electoral commission'),
        ('People here were told', 'Leilani Kahale'),
        ('subdued, to put it kindly', 'Matthew Greaves'),
        ('Party workers are checking', 'Matthew Greaves'),
        ('they expect to lose at least', 'One of them'),
        ('she was', 'Bernadette Oakes'),
        ('We have run a good campaign', 'Bernadette Oakes'),
        ('the party expected a', 'Sunil Desai'),
        ('Midterm elections are always hard', 'Sunil Desai'),
        ('there were', 'Kerry-Ann Doyle'),
        ('ballot boxes were left', 'Kerry-Ann Doyle'),
        ('it was aware of the complaint', 'A spokesperson for the electoral commission'),
        ('the early indications point', 'Alan Merrow'),
        ('No single party is likely', 'Alan Merrow'),
        ('Staff have been evacuated', 'a council official'),
        ('already celebrating', 'Aisha Nwankwo'),
        ('they are hopeful of gaining', 'The Liberal Democrats'),
        ('knocked on more doors', 'Owen Tremlett'),
    ]),
    Article('roundup_budget_papers', _t(
        'What the papers say: the Chancellor’s budget',
        'The Chancellor’s first budget has divided the country’s newspapers and commentators, with praise for the '
        'rise in the personal allowance tempered by alarm at the new tax on pension withdrawals. Here is a selection '
        'of what they said.',
        'Martin Ellwood, The Daily Ledger: “This was a budget for people who already have money and want to keep '
        'it. The pension raid is sneaky, and voters will notice it long before the Treasury admits it.”',
        'Farah Qureshi, The Northern Echo-Courier: “For once, the North got more than a mention. The rail money is '
        'real, the timetable is credible, and the mayors got what they asked for.”',
        'Editorial, The Morning Herald: “Nobody should pretend that raising the personal allowance is a gift. It '
        'merely gives back what years of frozen thresholds took away.”',
        'Jan Kowalewski, Financial Chronicle: “Markets took the numbers calmly, which tells you they believe them. '
        'That is the most any Chancellor can hope for these days.”',
        'Rhiannon Pugh, Western Mail Review: “Wales has been left out again. Cardiff asked for flood defence money '
        'and got a consultation.”',
        'Not everyone was unimpressed. Former Treasury minister Sir Geoffrey Lamb told Radio 4’s Today programme '
        'that it was “the most competent budget in a decade”.',
        '“She did not promise what she could not pay for,” he said. “That is rarer than it should be.”',
        'The Institute for Fiscal Studies, the independent think tank, said the measures added up to a modest '
        'tightening of about £6 billion a year by 2029.',
        'Its director, Helen Adeyemi-Clarke, said the tax on pension withdrawals would raise less than the '
        'Treasury expected because people would change their behaviour.',
        '“People are not stupid,” she said at the IFS’s morning briefing. “If you tax something that can be moved, '
        'it will move.”',
        'Business groups were more positive. The Confederation of British Industry said the extension of full '
        'expensing for investment was “exactly what firms asked for”.',
        'Its chief economist, Jun Nakamura-Bell, said: “We have been calling for certainty for years. Today we got '
        'some.”',
        'Unions were not. TUC general secretary Paul Okeke said the budget “did nothing for the public sector '
        'workers who kept this country running”.',
        'On social media the reaction was, predictably, mixed. The comedian Dara Fitzwilliam posted on X: “Budget '
        'summary: the thing you were worried about is now taxed.”',
        'And the Chancellor herself? Asked on a breakfast television sofa whether she had enjoyed her first budget '
        'day, Claire Ashworth laughed.',
        '“Enjoyed is a strong word,” she said. “I slept for four hours and I read my speech eleven times. But yes, '
        'I am proud of it.”',
        'She said she was “not going to apologise” for the pension changes, which she said would “make the system '
        'fairer for younger workers”.',
        'The shadow chancellor, Marcus Heyward, called the pension tax “a stealth raid on people who did the right '
        'thing”.',
        '“She told us there would be no new taxes on savers,” he said. “There is one in her budget. It is on page '
        '42.”',
    ), [
        ('This was a budget for people', 'Martin Ellwood'),
        ('For once, the North got', 'Farah Qureshi'),
        ('Nobody should pretend', 'The Morning Herald'),
        ('Markets took the numbers calmly', 'Jan Kowalewski'),
        ('Wales has been left out again', 'Rhiannon Pugh'),
        ('the most competent budget', 'Geoffrey Lamb'),
        ('She did not promise', 'Geoffrey Lamb'),
        ('the measures added up', 'The Institute for Fiscal Studies'),
        ('the tax on pension withdrawals', 'Helen Adeyemi-Clarke'),
        ('People are not stupid', 'Helen Adeyemi-Clarke'),
        ('exactly what firms asked for', 'Confederation of British Industry'),
        ('We have been calling for certainty', 'Jun Nakamura-Bell'),
        ('did nothing for the public', 'Paul Okeke'),
        ('Budget summary', 'Dara Fitzwilliam'),
        ('Enjoyed is a strong word', 'Claire Ashworth'),
        ('not going to apologise', 'Claire Ashworth'),
        ('make the system fairer', 'Claire Ashworth'),
        ('a stealth raid', 'Marcus Heyward'),
        ('She told us there would be', 'Marcus Heyward'),
    ]),
    Article('council_bin_collections', _t(
        'Bin collections in Thornbury will move to every three weeks from April after councillors voted to cut '
        'costs despite a petition signed by more than 6,000 residents.',
        'South Valemoor District Council’s cabinet approved the change by five votes to two at a meeting on '
        'Wednesday evening, after a debate that lasted almost three hours.',
        'Cllr Harpreet Gill, the cabinet member for environment, said the council had no choice but to find savings '
        'of £1.2 million in its waste budget.',
        '“Nobody goes into local government to make bin collections less frequent,” she told the meeting. “But our '
        'grant has been cut year after year, and the alternative is closing libraries and leisure centres.”',
        'She said food waste would still be collected weekly, and recycling every fortnight, so that most households '
        'would have little left in their black bins.',
        'Opposition leader Cllr Robin Achterberg, of the Liberal Democrats, said the plan would lead to more '
        'fly-tipping and rats.',
        '“Have any of the cabinet ever tried to fit three weeks of nappies into one bin?” he asked. “Because the '
        'families who wrote to us have, and they are furious.”',
        'The petition was started by Thornbury mother-of-three Kelly Drummond-Shah, who spoke at the meeting.',
        '“We are not asking for anything special,” she said. “We are asking for our bins to be emptied. That is '
        'what we pay our council tax for.”',
        'Mrs Drummond-Shah said afterwards that she was “gutted but not surprised”, and that campaigners would '
        'consider asking for a judicial review.',
        'A report to the cabinet said councils that had moved to three-weekly collections elsewhere had seen '
        'recycling rates rise by up to 8 percentage points.',
        'The report also said there was “no clear evidence” of an increase in fly-tipping in those areas, although '
        'it acknowledged that figures were patchy.',
        'Cllr Dev Malhotra, who voted against the plan despite sitting in the cabinet, said the council should have '
        'consulted residents before making a decision.',
        '“We have got the order wrong,” he said. “You ask people first and decide afterwards, not the other way '
        'around.”',
        'Council leader Cllr Anne-Marie Falconer said the authority would provide larger bins free of charge to '
        'households of six or more and to families with children in nappies.',
        '“We have listened, and we have made changes,” she said. “This is not the plan we started with.”',
        'The council said it would write to every household before the change and hold drop-in sessions in the '
        'town’s library.',
        'The GMB union, which represents the refuse crews, said it had been assured there would be no compulsory '
        'redundancies.',
        'Regional organiser Stacey Lorimer said the union would “hold the council to that promise”.',
        'Outside the council offices, pensioner Gordon Pryde, 81, said he had never missed a council meeting on '
        'bins. “Twenty years I’ve been coming,” he said. “They always say it will be fine. It never is.”',
        'The change will take effect on 7 April.',
    ), [
        ('the council had no choice', 'Harpreet Gill'),
        ('Nobody goes into local government', 'Harpreet Gill'),
        ('food waste would still be collected', 'Harpreet Gill'),
        ('the plan would lead to more', 'Robin Achterberg'),
        ('Have any of the cabinet', 'Robin Achterberg'),
        ('We are not asking for anything', 'Kelly Drummond-Shah'),
        ('gutted but not surprised', 'Kelly Drummond-Shah'),
        ('councils that had moved', 'A report to the cabinet'),
        ('no clear evidence', 'A report to the cabinet'),
        ('figures were patchy', 'A report to the cabinet'),
        ('the council should have consulted', 'Dev Malhotra'),
        ('We have got the order wrong', 'Dev Malhotra'),
        ('the authority would provide larger', 'Anne-Marie Falconer'),
        ('We have listened, and we have made', 'Anne-Marie Falconer'),
        ('it would write to every household', 'South Valemoor District Council'),
        ('it had been assured', 'GMB union'),
        ('hold the council to that promise', 'Stacey Lorimer'),
        ('he had never missed a council', 'Gordon Pryde'),
        ('Twenty years I’ve been coming', 'Gordon Pryde'),
    ]),
]

ARTICLES += [
    Article('longread_lighthouse_keeper', _t(
        'The last keeper: a life spent watching the sea',
        'For thirty-one years, Morwenna Treloar climbed the 143 steps of the Godrevy Point light twice a night. '
        'Now 79, she lives in a terraced house in Hayle with a view of the lighthouse she used to run, and she '
        'still wakes at two in the morning.',
        '“Your body doesn’t forget,” she says, pouring tea from a pot shaped like a cottage. “Two o’clock, I’m '
        'awake. I lie there and I listen for the wind, and I think: I ought to check the lamp. Then I remember '
        'there’s nothing to check.”',
        'The light was automated in 1995, and Treloar, who had taken over from her father in 1964, was offered a '
        'desk job in Penzance. She turned it down.',
        'She describes the night of the Maria Elena, a Spanish trawler that ran onto the rocks in January 1979, in '
        'a single, unbroken account that she has clearly told many times:',
        '“It was blowing a full gale from the north-west and the rain was coming sideways. About eleven I saw a '
        'light where no light should be, low down, moving wrong. I knew straight away she was too close in.',
        '“I rang the coastguard, and then I did the only thing I could do, which was keep the lamp turning and '
        'pray. You feel so useless. You can see them and you cannot reach them.',
        '“The lifeboat got there at twenty past one. They took off nine men. The tenth was never found. I still '
        'have the letter his mother sent me, in Spanish. My neighbour translated it. She thanked me for the light. '
        'I have never known what to do with that.”',
        'The lifeboat’s coxswain that night, Billy Penhallow, died in 2008. His son, Jory Penhallow, now 66, who '
        'crewed on the boat that night as a teenager, remembers Treloar’s voice on the radio.',
        '“She was calmer than any of us,” he says. “She gave us the position, the wind, the sea state, as if she '
        'was reading a shopping list. Dad said afterwards that she was the best coastguard in Cornwall, and she '
        'wasn’t even a coastguard.”',
        'Trinity House, which runs England’s lighthouses, says automation has saved money and lives, because modern '
        'lights rarely fail. A spokesperson said the organisation was “proud of its keepers’ history”, and that '
        'their logbooks are now held in an archive in Harwich.',
        'Historian Dr Cerys Baptiste-Lowe, who has spent six years interviewing former keepers for a book, says '
        'women like Treloar have been written out of the story.',
        '“The image is of a bearded man with a pipe,” she says. “But keepers’ wives and daughters did a huge amount '
        'of the work, usually unpaid and almost always unrecorded. Morwenna is unusual only because she got the job '
        'in her own name.”',
        'Treloar is unsentimental about automation. “It’s better,” she says flatly. “Machines don’t fall asleep. '
        'I nearly did, once or twice.”',
        'But she worries about what has been lost. Young people, she says, no longer look at the sea.',
        '“They look at their phones, and the phone tells them the weather,” she says. “When I was a girl, my father '
        'made me stand at the window and tell him what the sky was doing. I could smell a storm before the forecast '
        'knew about it.”',
        'Her granddaughter, Kensa, 24, is training to be a marine engineer. She says her grandmother’s stories are '
        'the reason.',
        '“Every Christmas it was the Maria Elena, the winter of ’63, the time the seal got into the engine room,” '
        'Kensa Treloar says. “I thought everybody’s nan had stories like that. Turns out, not really.”',
        'As I leave, Treloar walks me to the door and points at the white tower across the bay. The light is just '
        'coming on.',
        '“There she goes,” she says. “Nobody up there, and she still knows what time it is.”',
    ), [
        ('Your body doesn’t forget', 'Morwenna Treloar'),
        ('It was blowing a full gale', 'Morwenna Treloar'),
        ('I rang the coastguard', 'Morwenna Treloar'),
        ('The lifeboat got there', 'Morwenna Treloar'),
        ('She was calmer than any of us', 'Jory Penhallow'),
        ('automation has saved money', 'Trinity House'),
        ('proud of its keepers', 'A spokesperson'),
        ('women like Treloar have been', 'Cerys Baptiste-Lowe'),
        ('The image is of a bearded man', 'Cerys Baptiste-Lowe'),
        ('It’s better', 'Morwenna Treloar'),
        ('no longer look at the sea', 'Morwenna Treloar'),
        ('They look at their phones', 'Morwenna Treloar'),
        ('her grandmother’s stories are', 'Kensa Treloar'),
        ('Every Christmas it was', 'Kensa Treloar'),
        ('There she goes', 'Morwenna Treloar'),
    ]),
    Article('hk_court_protest_sentence', _t(
        'HONG KONG — A Hong Kong court on Thursday jailed a former student union leader for three years and nine '
        'months for inciting others to take part in an unauthorised assembly during the 2019 protests.',
        'Chan Wing-yan, 27, had pleaded not guilty. District Judge Kwok Ka-ming said she had used speeches and '
        'social media posts to “whip up” crowds outside the Legislative Council in June 2019.',
        '“The defendant was not a bystander swept along by events,” Judge Kwok said in his reasons for sentence. '
        '“She was an organiser who knew exactly what she was doing and what it could lead to.”',
        'The judge said he had taken into account her youth at the time and her clean record, but that a '
        'deterrent sentence was needed.',
        'Prosecutor Anthony Lo had told the court during the trial that Ms Chan’s messages on the Telegram '
        'messaging app had reached more than 40,000 people.',
        'Her lawyer, Senior Counsel Margaret Ng Siu-lan, argued in mitigation that Ms Chan had urged protesters to '
        'remain peaceful and had never called for violence.',
        '“Every one of her public statements contains the words ‘stay safe’ and ‘no violence’,” Ms Ng told the '
        'court last month. “That is not the language of an inciter.”',
        'As she was led away, Ms Chan turned to the public gallery and called out: “Don’t be afraid! Take care of '
        'yourselves!” Several people in the gallery wept.',
        'Her mother, Lee Mei-fong, said outside court that the family would discuss an appeal with lawyers.',
        '“My daughter loves Hong Kong,” she said. “She did not hurt anyone. Three years for speaking — I cannot '
        'understand it.”',
        'The Hong Kong government said in a statement that the case had been handled “strictly in accordance with '
        'the law” and that the city’s courts were independent.',
        '“Any attempt to smear the judicial process will be firmly rejected,” it said.',
        'Security chief Tang Chi-wai told reporters that the sentence sent a “clear message” that those who '
        'organised unlawful activity would be held to account, no matter how much time had passed.',
        'Rights groups condemned the ruling. Amnesty International’s China researcher, Sarah Brooks-Tan, said the '
        'case showed that Hong Kong authorities were “still punishing people for peaceful protest five years on”.',
        'The British Foreign Office said it was “deeply concerned” and urged Hong Kong to respect the rights '
        'promised under the Sino-British Joint Declaration.',
        'In Beijing, foreign ministry spokesman Lin Jian said Hong Kong affairs were purely China’s internal affairs '
        'and that foreign countries had “no right to interfere”.',
        'Legal scholars said the sentence was within the normal range for the offence. Professor Cheung Hoi-lam of '
        'the University of Hong Kong said judges had generally treated organisers more harshly than participants.',
        '“The sentence is heavy, but it is consistent with the court’s earlier decisions,” Prof Cheung said. “The '
        'real question is whether these cases should still be brought at all.”',
        'Ms Chan, who studied sociology at the Chinese University of Hong Kong, had been on bail since 2020. Her '
        'former classmate, who gave only his surname, Wong, said she had spent the time volunteering at an '
        'elderly care home.',
        '“She knew this day was coming,” he said. “She told me she would rather go to prison than leave.”',
    ), [
        ('she had used speeches', 'Kwok Ka-ming'),
        ('The defendant was not a bystander', 'Kwok Ka-ming'),
        ('he had taken into account', 'Kwok Ka-ming'),
        ('Ms Chan’s messages on the Telegram', 'Anthony Lo'),
        ('Ms Chan had urged protesters', 'Margaret Ng Siu-lan'),
        ('Every one of her public statements', 'Margaret Ng Siu-lan'),
        ('Don’t be afraid', 'Chan Wing-yan'),
        ('the family would discuss', 'Lee Mei-fong'),
        ('My daughter loves Hong Kong', 'Lee Mei-fong'),
        ('the case had been handled', 'Hong Kong government'),
        ('Any attempt to smear', 'Hong Kong government'),
        ('the sentence sent a', 'Tang Chi-wai'),
        ('Hong Kong authorities were', 'Sarah Brooks-Tan'),
        ('deeply concerned', 'British Foreign Office'),
        ('Hong Kong to respect the rights', 'British Foreign Office'),
        ('Hong Kong affairs were purely', 'Lin Jian'),
        ('the sentence was within the normal', 'Legal scholars'),
        ('judges had generally treated', 'Cheung Hoi-lam'),
        ('The sentence is heavy', 'Cheung Hoi-lam'),
        ('she had spent the time', 'Wong'),
        ('She knew this day was coming', 'Wong'),
    ]),
    Article('obit_jazz_singer', _t(
        'Delphine “Dee” Armitage-Kone, the jazz singer whose smoky voice filled Paris clubs for half a century and '
        'who recorded with some of the greatest names of bebop, has died at 91.',
        'Her son, Malik Armitage-Kone, said she died on Tuesday at a care home in Montreuil, on the eastern edge of '
        'Paris, after a fall earlier this month.',
        '“She sang right up to the end,” he said. “Last week she was teaching the nurses the words to “Lover Man”. '
        'They said she was the best-behaved patient they had, except at night, when she wanted to go out.”',
        'Born in Detroit in 1933 to a Malian father and an American mother, she sang in church as a child and in '
        'nightclubs by the age of 16. She moved to Paris in 1956, intending to stay for a summer.',
        '“Nobody in Paris asked me which door to use,” she told the French newspaper Libération in 2004. “In '
        'Detroit they did. That was the whole reason, right there.”',
        'She became a fixture at the Caveau de la Huchette and later at her own club, Chez Dee, in the Marais, '
        'which she ran from 1971 until 1998.',
        'The saxophonist Laurent Bérubé, who played in her band for 23 years, said she had been “a singer who '
        'listened more than she sang”.',
        '“Most singers want the band to follow them,” he said in a telephone interview. “Dee wanted a '
        'conversation. If you played something new, she would answer it. Every night was different.”',
        'France’s culture minister, Rachida Benhamou, said the country had lost “a voice that made Paris swing”.',
        'In a post on social media, the minister wrote that Armitage-Kone had “chosen France, and France had been '
        'lucky to be chosen”.',
        'The Élysée Palace said President Laurent Morel had awarded her the Legion of Honour in 2015 and that he '
        'sent his condolences to her family.',
        'Her recordings sold modestly, but musicians revered them. The American pianist Keisha Donaldson-Reyes, who '
        'toured with her in the 1990s, called her “the best-kept secret in jazz”.',
        '“She could have been a star in New York,” Donaldson-Reyes said. “She chose to be a legend in Paris '
        'instead. I think she made the right choice.”',
        'She married twice. Her first husband, the drummer Amadou Koné, died in 1980. Her second marriage, to the '
        'photographer Jacques Armitage, ended in divorce.',
        'Her granddaughter, Inès Armitage-Kone, a singer herself, said her grandmother had given her one piece of '
        'advice when she started out: “Never sing a word you don’t mean.”',
        '“I think about that every time I go on stage,” she said. “It is harder than it sounds!”',
        'A funeral will take place at the Père Lachaise crematorium next week. Her son said the family hoped '
        'musicians would come and play.',
        '“She did not want speeches,” he said. “She wanted a jam session. So we are going to give her one.”',
    ), [
        ('she died on Tuesday', 'Malik Armitage-Kone'),
        ('She sang right up to the end', 'Malik Armitage-Kone'),
        ('Nobody in Paris asked me', 'Delphine Armitage-Kone'),
        ('a singer who listened more', 'Laurent Bérubé'),
        ('Most singers want the band', 'Laurent Bérubé'),
        ('a voice that made Paris swing', 'Rachida Benhamou'),
        ('chosen France', 'Rachida Benhamou'),
        ('President Laurent Morel had awarded', 'The Élysée Palace'),
        ('the best-kept secret in jazz', 'Keisha Donaldson-Reyes'),
        ('She could have been a star', 'Keisha Donaldson-Reyes'),
        ('Never sing a word', 'Inès Armitage-Kone'),
        ('I think about that every time', 'Inès Armitage-Kone'),
        ('the family hoped musicians', 'Malik Armitage-Kone'),
        ('She did not want speeches', 'Malik Armitage-Kone'),
    ]),
    Article('ap_basketball_playoff', _t(
        'DENVER (AP) — Jamal Okoro scored 34 points, Tyrese Vance added 22 and the Denver Summit beat the Phoenix '
        'Flares 118-109 on Saturday night to take a 3-1 lead in their first-round playoff series.',
        'Okoro, who also had 11 rebounds and eight assists, scored 14 in the fourth quarter after Phoenix had cut a '
        '19-point lead to three with six minutes left.',
        '“They made their run, and we knew they would,” Okoro said. “That’s a good team over there. We just had to '
        'keep our heads and get good shots.”',
        'Vance added four 3-pointers, two of them in a 9-0 burst that put the game away.',
        '“Jamal finds me, I shoot it,” Vance said. “That’s the deal. It’s not complicated.”',
        'Summit coach Renata Oyelowo said her team had lost its focus in the third quarter but praised the way '
        'it responded.',
        '“We got a little comfortable, and in the playoffs you can’t get comfortable,” Oyelowo said. “But I loved '
        'how we finished. Nobody panicked.”',
        'Devin Castellano led Phoenix with 29 points, and rookie Kai Nakashima added 18 off the bench.',
        '“We dug ourselves a hole again,” Castellano said. “You can’t spot a team like that 19 points and expect to '
        'win. We’ve got to come out better in Game 5. It’s simple.”',
        'Flares coach Brendan Tully was fined $25,000 by the league before the game for criticizing officials after '
        'Game 3. He declined to discuss the refereeing on Saturday.',
        '“I’m not going to talk about that,” Tully said. “I already paid for that once.”',
        'Tully said Nakashima had earned more minutes. “The kid plays with no fear,” he said. “He doesn’t know '
        'enough to be scared yet, and I mean that as a compliment.”',
        'Nakashima, 20, said he had grown up watching Okoro on television. “It’s surreal guarding him,” he said. '
        '“He talks to you the whole time. He’s nice about it, though.”',
        'Asked what he said to the rookie, Okoro laughed. “I told him he’s going to be good,” he said. “Just not '
        'tonight.”',
        'TIP-INS',
        'Flares: G Marcus Reid (ankle) missed his second straight game. Tully said Reid was day to day. ... Phoenix '
        'shot 11 for 38 from 3-point range.',
        'Summit: Vance added six rebounds and three steals. ... Denver scored 24 points off 17 Phoenix turnovers. '
        '... The announced crowd of 19,520 was a sellout.',
        'UP NEXT',
        'Game 5 is Tuesday night in Phoenix.',
        'Oyelowo said nobody in her locker room was thinking about the second round. “Closing out a series is the '
        'hardest game there is,” she said. “We haven’t done anything yet.”',
        'Okoro agreed. “Three is not four,” he said. “Ask anybody who has been up 3-1 and gone home.”',
        '___',
        'AP NBA: https://apnews.com/hub/nba',
    ), [
        ('They made their run', 'Jamal Okoro'),
        ('Jamal finds me', 'Tyrese Vance'),
        ('her team had lost its focus', 'Renata Oyelowo'),
        ('We got a little comfortable', 'Renata Oyelowo'),
        ('We dug ourselves a hole again', 'Devin Castellano'),
        ('I’m not going to talk about that', 'Brendan Tully'),
        ('Nakashima had earned more minutes', 'Brendan Tully'),
        ('The kid plays with no fear', 'Brendan Tully'),
        ('he had grown up watching', 'Kai Nakashima'),
        ('It’s surreal guarding him', 'Kai Nakashima'),
        ('I told him he’s going to be good', 'Jamal Okoro'),
        ('Reid was day to day', 'Brendan Tully'),
        ('nobody in her locker room', 'Renata Oyelowo'),
        ('Closing out a series', 'Renata Oyelowo'),
        ('Three is not four', 'Jamal Okoro'),
    ]),
    Article('sci_asteroid_sample', _t(
        'Grains of dust brought back from a near-Earth asteroid contain amino acids and salts that once dissolved in '
        'liquid water, scientists said on Wednesday, strengthening the idea that the building blocks of life '
        'arrived on Earth from space.',
        'The samples, collected by Japan’s Hayabusa-3 probe from the asteroid Kamuy in 2029 and returned to Earth '
        'last year, were analysed by teams in Japan, the United States and Europe.',
        'In two papers published in the journal Nature Astronomy, the researchers reported finding 19 different '
        'amino acids, including five of the 20 that living things use to build proteins.',
        '“Finding these molecules is one thing. Finding them next to minerals that formed in water is what makes '
        'this exciting,” said Dr Haruka Nishimura, a planetary scientist at the Japan Aerospace Exploration Agency '
        '(JAXA) and a lead author of the first paper.',
        'She said the evidence suggested Kamuy had broken off a larger body that once had pockets of salty liquid '
        'water beneath its surface.',
        'The second paper, led by Professor Oluwadamilare Adebayo-Stone of the University of Arizona, found that the '
        'amino acids were a mix of left- and right-handed forms, a sign that they were made by chemistry rather than '
        'by life.',
        '“This is not evidence of life on an asteroid, and I want to be very clear about that,” he said at a news '
        'briefing. “It is evidence that the ingredients were lying around in the early solar system, ready to be '
        'delivered.”',
        'The teams took great care to rule out contamination. The capsule was opened in a nitrogen-filled clean room '
        'in Sagamihara, and the grains were never exposed to Earth’s air, according to JAXA.',
        'Dr Nishimura said the researchers had found some amino acids that are extremely rare on Earth, which '
        'would be hard to explain by contamination.',
        'Independent scientists were impressed. Dr Yasmin Al-Rashid, an astrobiologist at Imperial College London '
        'who was not involved in the work, called the results “a landmark”.',
        '“Meteorites have hinted at this for decades, but meteorites fall through the atmosphere and sit on the '
        'ground,” she said. “This is pristine material, picked up in space. That changes how confident we can be.”',
        'But she cautioned that the amounts were tiny, measured in parts per billion.',
        'Professor Adebayo-Stone agreed that the quantities were small. “We are talking about a few grams of dust '
        'in total,” he said. “Every milligram has been fought over by about 200 scientists!”',
        'JAXA said about 40 per cent of the sample had been kept in storage for future analysis, with instruments '
        'that have not yet been invented.',
        'The agency’s project manager for Hayabusa-3, Sato Kenichiro, told reporters that the mission had cost '
        'about 35 billion yen.',
        '“People sometimes ask if it is worth it for a few grams of dirt,” he said. “I tell them it is the most '
        'expensive dirt in the world, and the most interesting.”',
        'NASA said its own asteroid sample, returned in 2023, was showing similar results and that it expected to '
        'publish a comparison later this year.',
        'Dr Nishimura said the next step was to look for more complex molecules, such as the bases that make up DNA '
        'and RNA. “We have found the letters,” she said. “Now we want to know if there are any words.”',
    ), [
        ('Grains of dust brought back', 'scientists'),
        ('finding 19 different', 'the researchers'),
        ('Finding these molecules', 'Haruka Nishimura'),
        ('the evidence suggested Kamuy', 'Haruka Nishimura'),
        ('the amino acids were a mix', 'The second paper'),
        ('This is not evidence of life', 'Oluwadamilare Adebayo-Stone'),
        ('The capsule was opened', 'Japan Aerospace Exploration Agency'),
        ('the researchers had found some', 'Haruka Nishimura'),
        ('a landmark', 'Yasmin Al-Rashid'),
        ('Meteorites have hinted at this', 'Yasmin Al-Rashid'),
        ('the amounts were tiny', 'Yasmin Al-Rashid'),
        ('the quantities were small', 'Oluwadamilare Adebayo-Stone'),
        ('We are talking about a few grams', 'Oluwadamilare Adebayo-Stone'),
        ('about 40 per cent of the sample', 'Japan Aerospace Exploration Agency'),
        ('the mission had cost', 'Sato Kenichiro'),
        ('People sometimes ask', 'Sato Kenichiro'),
        ('its own asteroid sample', 'NASA'),
        ('the next step was to look', 'Haruka Nishimura'),
        ('We have found the letters', 'Haruka Nishimura'),
    ]),
]

# -- what is still wrong --

LEFT: dict[tuple[str, str], str] = {
    ('ap_wildfire_town', 'We are going to get a handle'):
        "'he said' after 'Ellery said more than 1,200 firefighters …' goes to Jun Park, who spoke before it",
    ('afp_climate_talks', 'stalling for time'):
        "not found: a quotation inside 'with poorer nations accusing rich ones of …'",
    ('afp_climate_talks', 'mostly postponed decisions'):
        "'Tomasz Rybak of the Berlin-based think tank Klimaforum said': the body after the lower-case description wins",
    ('reuters_rate_decision', 'gradually and carefully'):
        "not found: 'The Bank of England cut interest rates … and said it would move …' (a cue after 'and')",
    ('pa_junior_doctors', 'members would stage a full walkout'):
        "'The union said' after the British Medical Association, whose name has no 'union' in it",
    ('cp_ferry_cancellations', 'Ferry service between Nova Scotia'):
        "not found: '…, the Crown corporation that runs it said Wednesday' (a relative clause in the trailing subject)",
    ('cp_ferry_cancellations', 'about 14,000 bookings would'):
        "'The company said' is not given Marine Atlantic, a name with no word of a firm in it",
    ('kr_kcna_satellite', 'a long-range rocket launch'):
        "'South Korea and Japan reported …': the pair of countries is cut to the last one",
    ('kr_kcna_satellite', 'would be met with'):
        "'the North’s defence ministry warned that …': a possessive of a place before a lower-case body is no speaker",
    ('jp_ruling_party_vote', 'Ms Ishikawa, 61, beat'):
        "'…, according to results announced at party headquarters' goes to the person the sentence is about",
    ('jp_ruling_party_vote', 'the change of face would not'):
        "'Opposition leader Noda Akira of the Constitutional Democratic Party said': a name in Japanese order "
        "before 'of' is cut to the post",
    ('jp_ruling_party_vote', 'I look forward to working'):
        "'he wrote' after 'The US ambassador …, Rahm Whitfield, congratulated Ms Ishikawa in a post on X' goes to the "
        "man quoted before",
    ('cn_xinhua_export_curbs', 'Washington had'):
        "'The official Xinhua news agency': the description before the name is kept when a lower-case word ends it",
    ('sci_sleep_memory', 'the risk of dementia was 89'):
        "not found: 'The study, published in …, found that …' ('found' is no cue)",
    ('sci_sleep_memory', 'the group was not representative'):
        "not found: 'agreed that …' (no cue in the annotated data: cue_stats.LOW_PRECISION_THAT)",
    ('sci_sleep_memory', 'the team had applied for funding'):
        "'Dr Oyelaran-Hughes agreed that … and said …': the cue after 'and' is given to the woman quoted before",
    ('sci_sleep_memory', 'the number was expected to pass'):
        "not found: '…, according to the Alzheimer’s Society, which said the number …' (a cue after 'which')",
    ('health_measles_outbreak', 'the school would stay open'):
        "not found: '… wrote to parents on Tuesday evening to say the school would stay open' (a cue after 'to')",
    ('health_measles_outbreak', 'I know many of you are anxious'):
        "'the letter said' is not given to the head teacher who wrote it",
    ('court_warehouse_killing', 'never laid a finger'):
        "'According to a statement the defendant gave to police': the document is cut, not given to the defendant",
    ('court_warehouse_killing', 'phone records contradicted'):
        "'The prosecutor said' after 'Opening the case for the prosecution, Nadia Okonkwo KC': the post is not "
        "read from 'the prosecution'",
    ('court_warehouse_killing', 'Mr Fairweather’s phone was not'):
        "'she told the jury' after 'The prosecutor said': the post is not read from 'the prosecution'",
    ('court_warehouse_killing', 'the joker of the family'):
        "not found: '…, who described her son as “…”' (a cue after 'who', with 'as')",
    ('court_warehouse_killing', 'He was saving to buy a house'):
        "'she said' after 'the victim’s mother, Abena Boateng, who described …' goes to the woman quoted before",
    ('court_warehouse_killing', 'no witness had seen'):
        "not found: 'the officer agreed that …' (no cue in the annotated data: cue_stats.LOW_PRECISION_THAT)",
    ('court_warehouse_killing', 'a third man, who was dismissed'):
        "'The defence will argue that …, the barrister said': the inner cue's subject wins over the outer one",
    ('crime_pharmacy_robbery', 'one man has been charged'):
        "not found: 'Court records show one man has been charged' ('show' is no cue)",
    ('markets_close_stocks', 'it would buy back'):
        "'Banks were lifted by results from Standard Chartered, whose shares jumped … and said': the sentence's "
        "subject, not the firm of the relative clause",
    ('markets_close_stocks', 'struggling to see a path'):
        "'The broker said' after 'Swiss bank UBS cut its rating': a broker is not read as the bank named",
    ('obit_glaciologist', 'Optimism is not my job'):
        "'she said then' after 'Professor Solberg-Ames was asked …': the surname four of the family share goes to "
        "the daughter quoted last, not the woman the obituary is about",
    ('obit_glaciologist', 'decided what they wanted to hear'):
        "'In 2006 she resigned …, saying …': 'she' is the woman the obituary is about, not one quoted",
    ('live_election_night', 'they expect to lose at least'):
        "'One of them told me …' inside a quotation of the correspondent goes to the correspondent",
    ('roundup_budget_papers', 'Nobody should pretend'):
        "not found: 'Editorial, The Morning Herald: “…”' (a label with no person's name)",
    ('council_bin_collections', 'figures were patchy'):
        "'although it acknowledged that …' after 'The report also said': 'it' is not read as the report",
    ('council_bin_collections', 'it would write to every household'):
        "'The council said' is not given South Valemoor District Council, named 15 paragraphs before",
    ('longread_lighthouse_keeper', 'her grandmother’s stories are'):
        "'She says' after 'Her granddaughter, Kensa, 24, is training …': the first name alone is not read as a person",
    ('longread_lighthouse_keeper', 'There she goes'):
        "'she says' after 'Treloar walks me to the door': the surname goes to the granddaughter named last",
    ('hk_court_protest_sentence', 'Ms Chan had urged protesters'):
        "'Senior Counsel Margaret Ng Siu-lan': the Hong Kong title is kept in the name",
    ('hk_court_protest_sentence', 'Every one of her public statements'):
        "'Ms Ng' is not read as Margaret Ng Siu-lan (an English given name before a Chinese name)",
    ('hk_court_protest_sentence', 'She knew this day was coming'):
        "'he said' after '…, who gave only his surname, Wong, said …' goes to the professor quoted before",
    ('obit_jazz_singer', 'Nobody in Paris asked me'):
        "'she told …' after 'Delphine “Dee” Armitage-Kone': the nickname in quotation marks breaks the name",
    ('sci_asteroid_sample', 'the amino acids were a mix'):
        "not found: 'The second paper, led by …, found that …' ('found' is no cue)",
    ('sci_asteroid_sample', 'This is not evidence of life'):
        "'he said' after '…, led by Professor Oluwadamilare Adebayo-Stone …, found': the first name is unknown and "
        "'found' makes him no speaker",
    ('sci_asteroid_sample', 'the quantities were small'):
        "not found: 'Professor Adebayo-Stone agreed that …' (no cue in the annotated data)",
}
"""(article, quote's first words) -> why its speaker is still wrong or the quote is not found."""


NOT_SPEECH: dict[str, list[str]] = {
    'afp_climate_talks': ['AFP whether the EU'],
    'sport_cup_semifinal': ['a second with 20', 'a third in', 'nothing after'],
    'sport_test_cricket': ['187 for the fifth', '78 before', 'a run-out', 'only 9', 'he could go on'],
    'ap_basketball_playoff': ['22 and the Denver', 'four 3-pointers', '18 off the bench', 'six rebounds'],
    'markets_close_stocks': ['0.1 per cent', '0.3 per cent', '0.2 per cent against'],
}
"""Words after "added" and "asked" that are points, goals, runs or questions put to the subject: no quotation
begins with them."""


SENTENCES: list[tuple[str, str, str]] = [
    ('02:14 Professor Alan Merrow, an elections expert, says the result will be close.', 'Alan Merrow',
     'the result will be close'),
    ('Live\n\n14.05 BST: The Liberal Democrats say they are hopeful of two seats.', 'Liberal Democrats',
     'they are hopeful'),
    ('The UK Health Security Agency (UKHSA) said nine children were in hospital.\n\nThe UKHSA said it expected more '
     'cases.', 'UK Health Security Agency', 'it expected more'),
    ('Dr Haruka Nishimura works at the Japan Aerospace Exploration Agency (JAXA).\n\nJAXA said 40 per cent was '
     'stored.', 'Japan Aerospace Exploration Agency', '40 per cent'),
    ('Professor Cheung Hoi-lam of the University of Hong Kong said judges were harsher on organisers.',
     'Cheung Hoi-lam', 'judges were harsher'),
    ('Her family said she died on Sunday.\n\nDr Olu Bamidele, the director, said he would miss her.\n\n“She was '
     'a giant,” he said.', 'Olu Bamidele', 'She was a giant'),
    ('Maureen Roe has told the story many times:\n\n“It was blowing a gale.\n\n“The lifeboat came at one.”',
     'Maureen Roe', 'It was blowing a gale'),
    ('As she was led away, Ms Chan Wing-yan turned to the gallery and called out: “Don’t be afraid!”',
     'Chan Wing-yan', 'Don’t be afraid'),
    ('Pacific Valley Power said it had cut power to 32,000 homes. The utility said it was too early to say why.',
     'Pacific Valley Power', 'it was too early'),
    ('KCNA said Kim Jong Un watched.\n\n“Our eyes are in space,” Mr Kim was quoted as saying.', 'Kim Jong Un',
     'Our eyes are in space'),
    ('The state-run Global Times said more curbs could not be ruled out.', 'Global Times', 'more curbs'),
    ('Sofia Lindgren, analyst at Ferncastle Markets, spoke first.\n\nFerncastle’s Lindgren said records were dull.',
     'Sofia Lindgren', 'records were dull'),
    ('Housing Minister Tanvir Chowdhury has promised 300,000 homes.\n\nQ: Why believe you?\n\nA: Because councils '
     'will build.\n\nQ: Will you resign?\n\nA: I am not going to miss it.', 'Tanvir Chowdhury',
     'Because councils will build'),
]
"""One short text for each form the articles needed: (text, speaker, the quotation's first words)."""


@pytest.mark.parametrize("text,speaker,start", SENTENCES, ids=[f"s{i}" for i in range(len(SENTENCES))])
def test_each_form_in_a_short_text(text: str, speaker: str, start: str):
    got = [(_key(q.speaker), q.text) for q in extract_quotes(text, "s")]
    assert [(who, t) for who, t in got if t.startswith(start)] and all(who == speaker for who, t in got
                                                                       if t.startswith(start)), got


@pytest.mark.parametrize("text", [
    'Frank quotes former Carter adviser Alfred Kahn:\n\n“I’d love the Teamsters to be worse off.”',
    'She retweeted a message from her adviser, Ann Roe, that read: “Senate Democrats are right.”',
])
def test_a_quotation_handed_on_is_not_the_subjects(text: str):
    assert [q.speaker for q in extract_quotes(text, "s") if q.speaker in ("Frank", "She")] == []


@pytest.mark.parametrize("text", [
    'Wendtland, asked by AFP whether the EU would raise its offer, smiled.',
    'Ratnayake, asked whether he could go on to a double-century, smiled.',
])
def test_a_question_put_to_someone_is_not_their_speech(text: str):
    assert extract_quotes(text, "s") == []


def test_initials_in_brackets_stand_only_for_a_name_that_fits():
    text = 'Deccan will buy 36 planes from Avions de Transport Regional (ATR).\n\nATR said deliveries start in May.'
    assert [q.speaker for q in extract_quotes(text, "s")] == ["ATR"]


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_every_speaker_of_the_article(article: Article):
    assert_speakers_as_listed(article, LEFT)


@pytest.mark.parametrize("name", sorted(NOT_SPEECH))
def test_points_goals_and_acts_are_no_speech(name: str):
    assert_no_quote_starts(next(a for a in ARTICLES if a.name == name), NOT_SPEECH[name])


def test_the_articles_are_many_long_and_varied():
    assert len(ARTICLES) >= 25
    assert len({a.name for a in ARTICLES}) == len(ARTICLES)
    assert all(len(a.text.split()) >= 440 for a in ARTICLES)
    assert sum(len(a.speakers) for a in ARTICLES) >= 460
    for a in ARTICLES:  # every listed first words occur in the text
        assert all(start in a.text for start, _ in a.speakers), a.name
    assert set(LEFT) <= {(a.name, s) for a in ARTICLES for s, _ in a.speakers}
    assert all(len({who for _, who in a.speakers}) >= 3 for a in ARTICLES)
