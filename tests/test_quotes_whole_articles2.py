"""Speakers across whole articles, second set: 30 news stories written for these tests in the styles of US, UK,
Australian and Indian outlets and of the wires (courts, councils, health, disasters, business, sport, labour,
features), each of 400 words or more, with several speakers of both genders, organisations and their
spokespeople, officials named once and then called by title ("the minister", "the Chief Minister"), surname or
pronoun, statements and letters, paragraphs that are only a quotation, speakers that take turns, a woman and a man
who share a surname, and witnesses who are never named.

Every quotation and reported statement listed must be found with the speaker's fullest name (a leading article
aside). ``LEFT`` lists what the extractor still gets wrong, with the reason; the test fails when one of them comes
right too, so the list stays current.
"""

from __future__ import annotations

import re

import pytest

from briefing.index.quotes import extract_quotes

from test_quotes_whole_articles import Article, _t, wrong_speakers


ARTICLES: list[Article] = []

ARTICLES += [
    Article('bus_fares', _t(
        'DENVER (AP) — The Regional Transportation District board voted 9-6 on Tuesday night to raise bus and '
        'light rail fares by 25 cents, the first increase in six years, after a heated four-hour meeting.',
        'Board chair Linda Mayfield said the agency had no choice after ridership failed to return to pre-pandemic '
        'levels and a federal relief package ran out in the spring.',
        '"Nobody on this board wanted to do this," Mayfield said. "But we are looking at a $90 million hole, and '
        'the alternative was cutting routes that people depend on."',
        'She said the increase would raise about $11 million a year.',
        'Director Marcus Bell, who voted against the plan, said riders were being asked to pay more for a service '
        'that had become less reliable.',
        '"We have buses that don\'t show up and trains that are 20 minutes late, and now we\'re asking people to pay '
        'more for the privilege," Bell said.',
        '"I can\'t look my constituents in the eye and defend that."',
        'The Amalgamated Transit Union Local 1001, which represents about 2,000 drivers and mechanics, said in a '
        'statement that the district should fix its staffing shortage before asking riders for more money.',
        '"Fare hikes will not put a single extra driver behind the wheel," the statement said.',
        'The union\'s president, Teresa Gomez, told reporters after the vote that drivers were working six-day '
        'weeks to cover empty shifts.',
        '"My members are exhausted," she said. "Some of them haven\'t had a full weekend off since March."',
        'RTD general manager Anthony Reyes said the agency had hired 140 operators this year and would add more '
        'in the fall.',
        '"We are digging out of a hole, and we are making progress," Reyes said.',
        'He said the district would also expand a discount program for low-income riders, which now has about '
        '30,000 members.',
        'Dozens of riders spoke during the public comment period. Most opposed the increase.',
        'Carla Jimenez, a home health aide who takes two buses to work, said the extra cost would add up to nearly '
        '$150 a year for her.',
        '"That\'s a week of groceries," Jimenez said. "They talk about 25 cents like it\'s nothing."',
        'A man who identified himself only as a retired mechanic told the board he had ridden the No. 15 bus for '
        '40 years.',
        '"It used to come every ten minutes," he said. "Now I bring a book."',
        'Mayfield said the board would review the fares again next year.',
        '"If ridership comes back, I would be the first to vote to roll this back," the chair said.',
        'Denver Mayor Kevin Whitaker, who does not have a vote on the board, criticized the decision in a post on '
        'social media.',
        '"Raising fares when we want more people on transit is exactly backwards," Whitaker wrote.',
        'The new fares take effect Jan. 1.',
    ), [
        ('the agency had no choice', 'Linda Mayfield'), ('Nobody on this board', 'Linda Mayfield'),
        ('But we are looking at', 'Linda Mayfield'), ('the increase would raise', 'Linda Mayfield'),
        ('riders were being asked', 'Marcus Bell'), ('We have buses that', 'Marcus Bell'),
        ('I can\'t look my constituents', 'Marcus Bell'),
        ('the district should fix', 'Amalgamated Transit Union Local 1001'),
        ('Fare hikes will not', 'Amalgamated Transit Union Local 1001'),
        ('drivers were working six-day', 'Teresa Gomez'), ('My members are exhausted', 'Teresa Gomez'),
        ('Some of them haven\'t', 'Teresa Gomez'), ('the agency had hired 140', 'Anthony Reyes'),
        ('We are digging out', 'Anthony Reyes'), ('the district would also expand', 'Anthony Reyes'),
        ('the extra cost would add up', 'Carla Jimenez'), ('That\'s a week of groceries', 'Carla Jimenez'),
        ('They talk about 25 cents', 'Carla Jimenez'), ('It used to come every', 'A man'),
        ('Now I bring a book', 'A man'), ('the board would review', 'Linda Mayfield'),
        ('If ridership comes back', 'Linda Mayfield'), ('Raising fares when', 'Kevin Whitaker'),
    ]),
    Article('ward_closure', _t(
        'A hospital in north Wales is to close one of its children\'s wards for the winter because it cannot find '
        'enough nurses, BBC Wales has learned.',
        'Betsi Cadwaladr University Health Board said the ward at Ysbyty Glan Clwyd would shut from November, with '
        'patients moved to a unit in Bangor.',
        'The board\'s director of nursing, Sarah Evans, said the decision had not been taken lightly.',
        '"Our priority is keeping children safe, and at the moment we cannot staff two wards safely," Ms Evans '
        'said.',
        '"We would rather run one ward well than two wards badly."',
        'She said agency nurses had been used to fill gaps since the summer, at a cost of more than £40,000 a week.',
        'But local councillor Gareth Evans, who is not related, said families in Denbighshire would face a round '
        'trip of up to 80 miles.',
        '"This is a decision made in an office, not at a bedside," Mr Evans said. "Parents with a sick child '
        'should not have to drive for an hour and a half."',
        'He said he would raise the matter with the Welsh government.',
        'The Royal College of Nursing said the closure was a symptom of a workforce crisis across Wales.',
        '"Nurses are leaving faster than we can train them," the college said in a statement.',
        'Its Welsh director, Helen Whyley, said pay was at the heart of the problem.',
        '"You cannot run a health service on goodwill alone," she said.',
        'Mother-of-three Kirsty Pritchard, from Rhyl, said her youngest son had been admitted to the ward twice '
        'this year with asthma.',
        '"The nurses there were brilliant with him," she said. "Now I\'m worried about what happens the next time '
        'he can\'t breathe at two in the morning."',
        'The Welsh government\'s health secretary, Jeremy Miles, said he understood the concern but the decision '
        'was one for the health board.',
        '"I have asked the board to keep the closure under review and to reopen the ward as soon as it is safe to '
        'do so," the health secretary said.',
        'Ms Evans said the board hoped to reopen the ward in the spring.',
        '"We have 14 newly qualified nurses starting in March, and that will make a real difference," she said.',
        'Mr Evans was not convinced.',
        '"I have heard promises like that before," he said.',
        'The health board said it would hold a drop-in session for parents at the hospital next week.',
        'The ward has 18 beds and treated about 2,300 children last year, most of them for breathing problems and '
        'infections.',
    ), [
        ('the ward at Ysbyty Glan Clwyd', 'Betsi Cadwaladr University Health Board'),
        ('the decision had not been taken', 'Sarah Evans'), ('Our priority is keeping', 'Sarah Evans'),
        ('We would rather run', 'Sarah Evans'), ('agency nurses had been used', 'Sarah Evans'),
        ('families in Denbighshire', 'Gareth Evans'), ('This is a decision made', 'Gareth Evans'),
        ('Parents with a sick child', 'Gareth Evans'), ('he would raise the matter', 'Gareth Evans'),
        ('the closure was a symptom', 'Royal College of Nursing'),
        ('Nurses are leaving faster', 'Royal College of Nursing'), ('pay was at the heart', 'Helen Whyley'),
        ('You cannot run a health', 'Helen Whyley'), ('her youngest son had been', 'Kirsty Pritchard'),
        ('The nurses there were', 'Kirsty Pritchard'), ('Now I\'m worried', 'Kirsty Pritchard'),
        ('he understood the concern', 'Jeremy Miles'), ('I have asked the board', 'Jeremy Miles'),
        ('the board hoped to reopen', 'Sarah Evans'), ('We have 14 newly qualified', 'Sarah Evans'),
        ('I have heard promises', 'Gareth Evans'),
        ('it would hold a drop-in', 'Betsi Cadwaladr University Health Board'),
    ]),
    Article('bushfire_town', _t(
        'Residents of the small Victorian town of Walwa have begun returning home after a bushfire that destroyed '
        'at least 14 houses and forced hundreds to flee on Saturday night.',
        'Emergency Management Commissioner Rick Nugent said crews had contained the fire early on Monday after a '
        'cool change brought rain to the north-east of the state.',
        '"It was a very dangerous fire that moved incredibly quickly," Mr Nugent told reporters in Melbourne.',
        '"Our crews did an extraordinary job in terrible conditions, and I want to thank every one of them."',
        'He said no lives had been lost, but two firefighters were treated for smoke inhalation.',
        'One resident, who did not want to be named, said she watched the fire come over the ridge behind her '
        'property just after 9pm.',
        '"The whole hill was glowing orange," the woman said. "We grabbed the dog and the photo albums and drove."',
        'Premier Jacinta Allan visited the town on Monday afternoon and announced $5 million in recovery funding.',
        '"This community has been through so much in the last few years, and we will be here for as long as it '
        'takes," the Premier said.',
        'Ms Allan said the money would pay for temporary housing, clean-up and mental health support.',
        'Towong Shire Mayor Andrew Whitehead said the town\'s hall and school had been saved, but the general store '
        'was gone.',
        '"That store was the heart of Walwa," Cr Whitehead said. "People met there every morning. It\'s going to '
        'be hard without it."',
        'The store\'s owner, Debbie Lucas, said she had run the business for 22 years.',
        '"I don\'t know if I\'ve got it in me to start again," Ms Lucas said.',
        '"But people keep coming up to me and saying they\'ll help, so maybe."',
        'The Country Fire Authority said the cause of the fire was under investigation but it was not believed to '
        'be suspicious.',
        'CFA chief officer Jason Heffernan warned that the fire season was far from over.',
        '"We have had one cool change. We have not had the rain we need," he said.',
        '"Everyone in the north-east needs to have a plan and to act on it."',
        'Local farmer Tom Lucas, who is Ms Lucas\'s brother-in-law, said he lost about 200 sheep.',
        '"You do what you can, but you can\'t outrun a fire like that," Mr Lucas said.',
        'The Bureau of Meteorology has forecast temperatures in the high 30s for the region later this week.',
    ), [
        ('crews had contained the fire', 'Rick Nugent'), ('It was a very dangerous', 'Rick Nugent'),
        ('Our crews did an extraordinary', 'Rick Nugent'), ('no lives had been lost', 'Rick Nugent'),
        ('she watched the fire', 'One resident'), ('The whole hill was glowing', 'One resident'),
        ('We grabbed the dog', 'One resident'), ('This community has been', 'Jacinta Allan'),
        ('the money would pay', 'Jacinta Allan'), ('the town\'s hall and school', 'Andrew Whitehead'),
        ('That store was the heart', 'Andrew Whitehead'), ('she had run the business', 'Debbie Lucas'),
        ('I don\'t know if I\'ve got', 'Debbie Lucas'), ('But people keep coming', 'Debbie Lucas'),
        ('the cause of the fire', 'Country Fire Authority'), ('We have had one cool', 'Jason Heffernan'),
        ('Everyone in the north-east', 'Jason Heffernan'), ('he lost about 200 sheep', 'Tom Lucas'),
        ('You do what you can', 'Tom Lucas'),
    ]),
    Article('metro_delay', _t(
        'CHENNAI: The second phase of the Chennai Metro Rail project will be delayed by at least 18 months because '
        'of problems with land acquisition and tunnel boring, officials said on Thursday.',
        'Speaking to reporters at the Secretariat, Municipal Administration Minister K.N. Nehru said the State '
        'government had written to the Centre seeking additional funds.',
        '"The project cost has gone up by nearly ₹6,000 crore. We cannot bear it alone," the Minister said.',
        'He said the corridor between Madhavaram and SIPCOT would now open only in 2028.',
        'Chennai Metro Rail Limited managing director M.A. Siddique said five of the 23 tunnel boring machines had '
        'been held up by hard rock under the city.',
        '"We knew the geology would be difficult, but some stretches have been harder than anyone expected," '
        'Mr. Siddique said.',
        '"Safety comes first. We will not rush the tunnelling."',
        'Opposition leader Edappadi K. Palaniswami said the delay showed the DMK government\'s failure to manage '
        'large projects.',
        '"Every month of delay costs the people of Chennai crores of rupees and hours of their lives in traffic," '
        'Mr. Palaniswami said in a statement.',
        'Residents of Porur, where construction has narrowed the main road to a single lane, said they had been '
        'promised relief by the end of this year.',
        'S. Lakshmi, who runs a tailoring shop on Arcot Road, said her business had halved.',
        '"Customers cannot park, they cannot even cross the road. Who will come?" she asked.',
        'Her neighbour, a pharmacist who gave his name only as Ramesh, said several shops had already closed.',
        '"They tell us one more year, one more year," he said. "We have heard this for three years now."',
        'The Chennai Citizens\' Forum, a residents\' group, said it would petition the Madras High Court to order '
        'a fixed timeline.',
        '"The people who are paying the price for this project deserve to know when it will end," the forum\'s '
        'convener, Dr. Anitha Raman, said.',
        'She said the group had collected more than 12,000 signatures.',
        'Mr. Nehru said the government would compensate traders who could prove losses.',
        '"We are aware of the hardship. A committee will look into each claim," he said.',
        'The Union Ministry of Housing and Urban Affairs said it had received the State\'s request and was '
        'examining it.',
        'An official in the Ministry, who did not wish to be identified, said a decision was likely before the '
        'Budget.',
        'The first phase of the metro, which runs from Washermanpet to the airport, carries about 3.2 lakh '
        'passengers a day, according to figures released last month.',
    ), [
        ('the State government had written', 'K.N. Nehru'), ('The project cost has gone', 'K.N. Nehru'),
        ('the corridor between Madhavaram', 'K.N. Nehru'), ('five of the 23 tunnel', 'M.A. Siddique'),
        ('We knew the geology', 'M.A. Siddique'), ('Safety comes first', 'M.A. Siddique'),
        ('the delay showed the DMK', 'Edappadi K. Palaniswami'),
        ('Every month of delay', 'Edappadi K. Palaniswami'), ('her business had halved', 'S. Lakshmi'),
        ('Customers cannot park', 'S. Lakshmi'), ('several shops had already', 'Ramesh'),
        ('They tell us one more year', 'Ramesh'), ('We have heard this', 'Ramesh'),
        ('it would petition the Madras', 'Chennai Citizens\' Forum'), ('The people who are paying', 'Anitha Raman'),
        ('the group had collected', 'Anitha Raman'), ('the government would compensate', 'K.N. Nehru'),
        ('We are aware of the hardship', 'K.N. Nehru'),
        ('it had received the State', 'Union Ministry of Housing and Urban Affairs'),
        ('a decision was likely', 'An official in the Ministry'),
    ]),
    Article('rate_hold', _t(
        'LONDON, May 9 (Reuters) - The Bank of England kept interest rates on hold at 5.25% on Thursday but '
        'signalled that a cut could come as soon as June, sending sterling lower against the dollar.',
        'The Monetary Policy Committee voted 7-2 to keep Bank Rate unchanged, with two members voting for a cut of a '
        'quarter point.',
        '"We need to see more evidence that inflation will stay low before we can cut interest rates," Governor '
        'Andrew Bailey said in a statement.',
        'Bailey told a news conference that he was optimistic things were moving in the right direction.',
        '"I\'m optimistic that things are moving in the right direction," he said. "That\'s why I think it\'s likely '
        'we will need to cut Bank Rate over the coming quarters."',
        'The Bank\'s forecasts showed inflation falling to close to its 2% target in the next few months before '
        'rising again later in the year.',
        'Deputy Governor Dave Ramsden, who was one of the two members to vote for a cut, said in the minutes of the '
        'meeting that the risks to inflation were now balanced.',
        'Economists were divided on whether the first cut would come in June or August.',
        '"The message is clear: a cut is coming, and the only question is when," said Ruth Gregory, deputy chief UK '
        'economist at Capital Economics.',
        'She said the central bank was likely to move in June if wage growth slowed as expected.',
        'But Sanjay Raja, chief UK economist at Deutsche Bank, said policymakers would want to see two more months '
        'of data.',
        '"August still looks more likely to us," Raja said. "The Bank has been burnt before by moving too early."',
        'Finance minister Jeremy Hunt welcomed the decision.',
        '"Inflation has more than halved, and the Bank is now clearly signalling that rates can start to fall," '
        'Hunt said in a post on X.',
        'The opposition Labour Party said families were still paying the price for the government\'s mistakes.',
        '"Mortgage payers are still thousands of pounds a year worse off," Labour\'s finance spokeswoman Rachel '
        'Reeves said.',
        'Sterling fell 0.4% to $1.2470 after the decision.',
        'A spokesperson for the Confederation of British Industry said businesses needed certainty.',
        '"Firms have been holding back investment for too long," the CBI said.',
        'Two-year gilt yields, which are sensitive to expectations for interest rates, fell six basis points to '
        '4.30%, their lowest level in a month.',
        '(Reporting by David Milliken and Suban Abdulla; Editing by Toby Chopra)',
    ), [
        ('We need to see more evidence', 'Andrew Bailey'), ('he was optimistic things', 'Andrew Bailey'),
        ('I\'m optimistic that', 'Andrew Bailey'), ('That\'s why I think', 'Andrew Bailey'),
        ('the risks to inflation', 'Dave Ramsden'), ('The message is clear', 'Ruth Gregory'),
        ('the central bank was likely', 'Ruth Gregory'), ('policymakers would want', 'Sanjay Raja'),
        ('August still looks', 'Sanjay Raja'), ('The Bank has been burnt', 'Sanjay Raja'),
        ('Inflation has more than halved', 'Jeremy Hunt'),
        ('families were still paying', 'Labour Party'), ('Mortgage payers are still', 'Rachel Reeves'),
        ('businesses needed certainty', 'Confederation of British Industry'),
        ('Firms have been holding', 'Confederation of British Industry'),
    ]),
]

ARTICLES += [
    Article('fraud_trial', _t(
        'MIAMI — A former hospital executive accused of steering $30 million in Medicare payments to clinics he '
        'secretly owned told jurors on Wednesday that he had done nothing wrong and had been betrayed by his own '
        'accountant.',
        'Raymond Ortega, 58, took the stand in his own defense on the eighth day of his trial in federal court in '
        'Miami. He faces 12 counts of health care fraud and money laundering.',
        '"I built that hospital from nothing," Ortega told the jury. "I would never have put it at risk."',
        'Assistant U.S. Attorney Monica Hale pressed him on a series of wire transfers to a company registered in '
        'his wife\'s name.',
        '"You signed every one of these, didn\'t you?" Hale asked.',
        '"I signed what my accountant put in front of me," Ortega replied.',
        'The accountant, Philip Dunn, pleaded guilty last year and testified for the government last week. He told '
        'jurors that Ortega had designed the scheme himself.',
        'Lawyers for Ortega have argued that Dunn is lying to win a lighter sentence.',
        '"Mr. Dunn has every reason in the world to point the finger at someone else," defense attorney Jonathan '
        'Pike said in his opening statement.',
        'On Wednesday, Pike asked his client to explain why he had never questioned the payments.',
        '"I trusted him. He had worked for me for 15 years," Ortega said, his voice breaking. "He came to my '
        'daughter\'s wedding."',
        'Hale was unmoved.',
        '"Trust is not a defense to fraud," the prosecutor said during a sharp exchange that drew an objection from '
        'Pike.',
        'U.S. District Judge Kathleen Moreno sustained the objection and told Hale to ask questions rather than '
        'make speeches.',
        '"Save it for your closing, counsel," the judge said.',
        'Outside court, Ortega\'s wife, Elena Ortega, said the family was confident he would be cleared.',
        '"My husband is an honest man, and the jury will see that," she said.',
        'She declined to answer questions about the company registered in her name.',
        'The U.S. Attorney\'s Office for the Southern District of Florida declined to comment on the testimony, '
        'citing the ongoing trial.',
        'A nurse who worked at the hospital for a decade, and who asked not to be named because she still works in '
        'the area, said staff had suspected for years that something was wrong.',
        '"We were told to order tests nobody needed," the nurse said. "Everyone knew, but nobody wanted to lose '
        'their job."',
        'Closing arguments are expected on Monday. If convicted, Ortega faces up to 20 years in prison on each of '
        'the most serious counts.',
        'Pike said after court that he expected the jury to see through the government\'s case.',
        '"They have a cooperating witness with a deal and a stack of paper. That is not proof," he said.',
    ), [
        ('he had done nothing wrong', 'Raymond Ortega'), ('I built that hospital', 'Raymond Ortega'),
        ('I would never have put', 'Raymond Ortega'), ('You signed every one', 'Monica Hale'),
        ('I signed what my accountant', 'Raymond Ortega'), ('Ortega had designed the scheme', 'Philip Dunn'),
        ('Dunn is lying', 'Lawyers for Ortega'), ('Mr. Dunn has every reason', 'Jonathan Pike'),
        ('I trusted him', 'Raymond Ortega'), ('He came to my', 'Raymond Ortega'),
        ('Trust is not a defense', 'Monica Hale'), ('Save it for your closing', 'Kathleen Moreno'),
        ('the family was confident', 'Elena Ortega'), ('My husband is an honest', 'Elena Ortega'),
        ('staff had suspected for years', 'A nurse'), ('We were told to order', 'A nurse'),
        ('Everyone knew, but', 'A nurse'), ('he expected the jury', 'Jonathan Pike'),
        ('They have a cooperating', 'Jonathan Pike'), ('That is not proof', 'Jonathan Pike'),
    ]),
    Article('lecturers_strike', _t(
        'Lecturers at 42 universities across the UK will walk out for ten days next month in a dispute over pay and '
        'pensions, the University and College Union has announced.',
        'The union said the strikes would affect more than a million students, many of whom are preparing for final '
        'exams.',
        'UCU general secretary Jo Grady said members had been left with no choice.',
        '"Staff have watched their pay fall by a quarter in real terms while vice-chancellors award themselves '
        'bumper salaries," she said.',
        '"Nobody wants to strike, but our members will not keep subsidising the sector out of their own pockets."',
        'The Universities and Colleges Employers Association, which negotiates on behalf of employers, said the '
        'union\'s demands were unaffordable.',
        '"A pay rise of the size the union is asking for would force institutions to cut jobs and courses," a UCEA '
        'spokesperson said.',
        'Prof Simon Marsh, vice-chancellor of the University of Northamptonshire, one of the institutions affected, '
        'said he sympathised with staff but could not find the money.',
        '"Our income from domestic students has been frozen for a decade," Prof Marsh said. "Every pound we give in '
        'pay has to come from somewhere."',
        'He said the university would try to limit the damage to students\' studies.',
        'Students have reacted with a mixture of frustration and sympathy.',
        'Amira Hassan, a final-year law student at Northamptonshire, said she supported the lecturers but was '
        'worried about her degree.',
        '"I\'ve already lost weeks of teaching to strikes in first and second year," she said.',
        '"I want my lecturers to be paid fairly. I also want to graduate."',
        'The National Union of Students said it backed the action.',
        '"The blame for this lies squarely with university bosses," NUS president Chloe Field said.',
        'The Department for Education said pay was a matter for universities, which are independent of government.',
        'A lecturer in history at the university, who did not want to give her name because she feared it could '
        'affect her contract, said many of her colleagues were on short-term contracts.',
        '"People think we all have jobs for life," she said. "Half my department doesn\'t know if they\'ll be here '
        'next year."',
        'Ms Grady said further strikes in the summer could not be ruled out.',
        '"We are ready to talk at any time, but employers have to come to the table with a serious offer," she said.',
        'Prof Marsh said he hoped a deal could be reached before the walkouts began.',
        '"There is a deal to be done here, and I think most people on both sides know it," he said.',
        'The strikes are due to begin on 20 March.',
    ), [
        ('the strikes would affect', 'University and College Union'),
        ('members had been left', 'Jo Grady'), ('Staff have watched', 'Jo Grady'),
        ('Nobody wants to strike', 'Jo Grady'),
        ('union\'s demands were unaffordable', 'Universities and Colleges Employers Association'),
        ('A pay rise of the size', 'a UCEA spokesperson'), ('he sympathised with staff', 'Simon Marsh'),
        ('Our income from domestic', 'Simon Marsh'), ('Every pound we give', 'Simon Marsh'),
        ('the university would try', 'Simon Marsh'), ('she supported the lecturers', 'Amira Hassan'),
        ('I\'ve already lost weeks', 'Amira Hassan'), ('I want my lecturers', 'Amira Hassan'),
        ('it backed the action', 'National Union of Students'), ('The blame for this', 'Chloe Field'),
        ('pay was a matter for', 'Department for Education'),
        ('many of her colleagues', 'A lecturer in history at the university'),
        ('People think we all have', 'A lecturer in history at the university'),
        ('Half my department', 'A lecturer in history at the university'),
        ('further strikes in the summer', 'Jo Grady'), ('We are ready to talk', 'Jo Grady'),
        ('he hoped a deal could', 'Simon Marsh'), ('There is a deal to be done', 'Simon Marsh'),
    ]),
    Article('test_selection', _t(
        'Australian selectors have dropped opening batsman Marcus Harris for the first Test against India in Perth, '
        'handing a debut to 24-year-old Queenslander Nathan McSweeney.',
        'Chairman of selectors George Bailey said the decision had been one of the hardest the panel had made.',
        '"Marcus has been terrific for us, and he has done nothing wrong," Bailey said on Monday.',
        '"But we think Nathan\'s form and his temperament make him the right person for this job right now."',
        'McSweeney has scored 870 runs at an average of 48 in the Sheffield Shield this season.',
        'Speaking at the WACA, the young opener said he had found out in a phone call from Bailey on Sunday night.',
        '"I was at dinner with my partner, and I had to walk outside to take it," McSweeney said.',
        '"I don\'t think I said anything sensible for about a minute."',
        'Captain Pat Cummins said he had no doubt McSweeney would handle the pressure.',
        '"He\'s a calm character, he\'s got a good technique and he leaves the ball well," Cummins said. "That\'s '
        'what you need in Perth."',
        'Harris, who has played 14 Tests, said he was disappointed but would keep pushing.',
        '"It hurts. I won\'t pretend it doesn\'t," the Victorian said in a statement released by Cricket Australia.',
        '"I\'ll go back to the Shield and keep scoring runs, and hopefully that door opens again."',
        'Coach Andrew McDonald said the team was settled despite the change at the top of the order.',
        '"The group is in a really good place," McDonald said. "We know India will come hard at us, and we\'re '
        'ready for that."',
        'Former Test opener Ed Cowan, now a commentator, questioned the timing.',
        '"It\'s a huge ask to debut in a home series against the best attack in the world," Cowan told ABC Sport.',
        'He said he would have preferred McSweeney to bat at number three, where he has played most of his cricket.',
        'India captain Rohit Sharma, who will miss the first Test after the birth of his second child, said in a '
        'video posted by the BCCI that his side was confident.',
        '"We have won the last two series in Australia, and the boys know how to win here," he said.',
        'Cricket Australia said more than 60,000 tickets had been sold for the first two days.',
        'Bailey said the selectors would not make a habit of chopping and changing.',
        '"Nathan will be given a fair go," he said. "We are not picking someone for one Test."',
    ), [
        ('the decision had been one', 'George Bailey'), ('Marcus has been terrific', 'George Bailey'),
        ('But we think Nathan', 'George Bailey'), ('he had found out in a phone', 'Nathan McSweeney'),
        ('I was at dinner', 'Nathan McSweeney'), ('I don\'t think I said', 'Nathan McSweeney'),
        ('he had no doubt McSweeney', 'Pat Cummins'), ('He\'s a calm character', 'Pat Cummins'),
        ('That\'s what you need', 'Pat Cummins'), ('he was disappointed', 'Marcus Harris'),
        ('It hurts', 'Marcus Harris'), ('I\'ll go back to the Shield', 'Marcus Harris'),
        ('the team was settled', 'Andrew McDonald'), ('The group is in a really', 'Andrew McDonald'),
        ('We know India will', 'Andrew McDonald'), ('It\'s a huge ask', 'Ed Cowan'),
        ('he would have preferred', 'Ed Cowan'), ('his side was confident', 'Rohit Sharma'),
        ('We have won the last two', 'Rohit Sharma'), ('more than 60,000 tickets', 'Cricket Australia'),
        ('the selectors would not', 'George Bailey'), ('Nathan will be given', 'George Bailey'),
        ('We are not picking', 'George Bailey'),
    ]),
    Article('flood_relief', _t(
        'GUWAHATI: Over 2.1 lakh people in 11 districts of Assam have been affected by floods after incessant rain '
        'over the past week, the Assam State Disaster Management Authority said on Sunday.',
        'The death toll has risen to nine, with two more people drowning in Nagaon district on Saturday, the ASDMA '
        'said in its daily bulletin.',
        'Chief Minister Himanta Biswa Sarma, who visited relief camps in Morigaon, said the State had set up 140 '
        'camps housing over 35,000 people.',
        '"No one will be left without food or shelter. I have told the district administrations to ensure this '
        'personally," the Chief Minister said.',
        'Mr. Sarma said he had spoken to Union Home Minister Amit Shah, who had assured all help from the Centre.',
        'The Brahmaputra is flowing above the danger mark at Neamatighat and Dhubri, according to the Central Water '
        'Commission.',
        'Morigaon Deputy Commissioner Debashree Bora told The Hindu that boats had been deployed in 38 villages cut '
        'off by the water.',
        '"Our biggest worry is drinking water and disease. Teams are distributing halogen tablets," she said.',
        'She said three teams of the National Disaster Response Force were in the district.',
        'At a relief camp in a government school at Jagiroad, Anowara Begum, 45, sat with her four children on a '
        'mat in a classroom.',
        '"The water came at night. We could only take the children and the goat," she said.',
        'Her husband, Abdul Karim, said their paddy crop was gone.',
        '"Every year it is the same. We plant, the river takes it," he said. "Who will repay the loan now?"',
        'The Congress accused the government of failing to build embankments that were promised after last '
        'year\'s floods.',
        '"Crores were sanctioned for embankments. Where did the money go?" Leader of Opposition Debabrata Saikia '
        'asked at a press conference in Guwahati.',
        'He demanded that the floods be declared a national calamity.',
        'Water Resources Minister Pijush Hazarika rejected the charge.',
        '"Work on 63 embankment schemes is under way. The Opposition is doing politics over people\'s suffering," '
        'the Minister said.',
        'The India Meteorological Department has forecast heavy to very heavy rain in upper Assam and Arunachal '
        'Pradesh till Wednesday.',
        'An IMD official in Guwahati said the rain was likely to ease only by the end of the week.',
        'Ms. Bora said the administration was preparing for the water to rise further.',
        '"We have moved people from low-lying areas in advance. We do not want to take any chances," she said.',
        'Schools in the affected districts will remain closed till further orders.',
    ), [
        ('Over 2.1 lakh people', 'Assam State Disaster Management Authority'),
        ('The death toll has risen', 'Assam State Disaster Management Authority'),
        ('the State had set up 140', 'Himanta Biswa Sarma'), ('No one will be left', 'Himanta Biswa Sarma'),
        ('he had spoken to Union', 'Himanta Biswa Sarma'), ('boats had been deployed', 'Debashree Bora'),
        ('Our biggest worry', 'Debashree Bora'), ('three teams of the National', 'Debashree Bora'),
        ('The water came at night', 'Anowara Begum'), ('their paddy crop was gone', 'Abdul Karim'),
        ('Every year it is the same', 'Abdul Karim'), ('Who will repay', 'Abdul Karim'),
        ('Crores were sanctioned', 'Debabrata Saikia'), ('the floods be declared', 'Debabrata Saikia'),
        ('Work on 63 embankment', 'Pijush Hazarika'), ('the rain was likely to ease', 'An IMD official in Guwahati'),
        ('the administration was preparing', 'Debashree Bora'), ('We have moved people', 'Debashree Bora'),
    ]),
    Article('school_phones', _t(
        'The Fairfax County School Board voted unanimously Thursday to ban cellphones during the school day in all '
        'of its middle and high schools starting next fall, joining a growing number of districts nationwide.',
        'Superintendent Michelle Reid, who proposed the policy, said phones had become the single biggest '
        'distraction in classrooms.',
        '"Teachers tell me they are competing with TikTok for every minute of every lesson," Reid said. "That is a '
        'fight they should not have to have."',
        'Under the policy, students will have to keep phones switched off and in their bags or lockers from the '
        'first bell to the last.',
        'Board member Karl Frisch said he had heard from hundreds of parents, most of them in favor.',
        '"Parents are asking us to help them draw a line they can\'t draw on their own," Frisch said.',
        'But some parents worry about being unable to reach their children in an emergency.',
        '"After everything we have seen in this country, you want to take away my daughter\'s way to call me?" said '
        'Jennifer Walsh, whose daughter is a sophomore at Lake Braddock Secondary School.',
        'Walsh said she would rather see phones collected in pouches that could be opened in a crisis.',
        'Reid said schools would have clear procedures for contacting families.',
        '"In an emergency, the worst thing is hundreds of kids on their phones instead of listening to the adults '
        'in the room," she said.',
        'The Fairfax Education Association, the county\'s largest teachers union, said in a letter to the board '
        'that it supported the ban but wanted it enforced consistently.',
        '"A policy that is enforced in one classroom and ignored in the next is worse than no policy at all," the '
        'letter said.',
        'Students who spoke at the meeting were divided.',
        'Ethan Park, a senior at Thomas Jefferson High School for Science and Technology, told the board the ban '
        'treated students like children.',
        '"We\'re going to college next year. Let us learn to manage it," he said.',
        'Ava Thompson, an eighth-grader at Carson Middle School, said she was relieved.',
        '"Everyone is on their phone at lunch. Nobody talks," she said. "Maybe now we will."',
        'Virginia Gov. Glenn Youngkin issued an executive order last year directing schools to adopt cellphone '
        'limits, and his office praised the vote.',
        '"Fairfax is doing the right thing for kids," a spokesman for the governor, Christian Martinez, said in an '
        'email.',
        'Frisch said the board would review the policy after a year.',
        '"If it is not working, we will change it," he said.',
    ), [
        ('phones had become the single', 'Michelle Reid'), ('Teachers tell me they', 'Michelle Reid'),
        ('That is a fight', 'Michelle Reid'), ('he had heard from hundreds', 'Karl Frisch'),
        ('Parents are asking us', 'Karl Frisch'), ('After everything we have', 'Jennifer Walsh'),
        ('she would rather see phones', 'Jennifer Walsh'), ('schools would have clear', 'Michelle Reid'),
        ('In an emergency, the worst', 'Michelle Reid'), ('it supported the ban', 'Fairfax Education Association'),
        ('A policy that is enforced', 'Fairfax Education Association'),
        ('the ban treated students', 'Ethan Park'), ('We\'re going to college', 'Ethan Park'),
        ('she was relieved', 'Ava Thompson'), ('Everyone is on their phone', 'Ava Thompson'),
        ('Maybe now we will', 'Ava Thompson'), ('Fairfax is doing the right', 'Christian Martinez'),
        ('the board would review', 'Karl Frisch'), ('If it is not working', 'Karl Frisch'),
    ]),
]

ARTICLES += [
    Article('factory_fire', _t(
        'SEOUL, June 25 (Reuters) - South Korean police raided the offices of a battery maker on Tuesday, a day '
        'after a fire at its factory killed 23 workers, most of them migrant workers from China.',
        'The fire broke out on Monday morning at the Aricell plant in Hwaseong, south of Seoul, after a series of '
        'explosions among stored lithium batteries, officials said.',
        'Police said about 50 investigators had searched the company\'s headquarters and two subcontractors, '
        'seizing documents and computer files.',
        '"We will determine whether safety rules were violated and hold those responsible to account," a police '
        'official told reporters, speaking on condition of anonymity.',
        'Aricell chief executive Park Soon-kwan bowed deeply in front of cameras at the site and apologised to the '
        'families of the victims.',
        '"I feel a heavy responsibility and I am deeply sorry," Park said. "We will cooperate sincerely with the '
        'investigation."',
        'He said the company had carried out regular safety training, but declined to answer questions about how '
        'many of the workers had received it.',
        'Kim Jin-young, a fire official at the scene, said the workers had little chance to escape once the '
        'batteries began exploding.',
        '"The fire spread within seconds, and the smoke was toxic," Kim said. "Many of the victims were found near '
        'the stairs."',
        'President Yoon Suk Yeol ordered a thorough review of safety at factories handling batteries.',
        '"The government will do everything it can to prevent such a tragedy from happening again," Yoon said in a '
        'statement from his office.',
        'Labour Minister Lee Jung-sik visited the site on Tuesday and said the ministry would inspect about 500 '
        'plants that store large amounts of batteries.',
        'The Korean Confederation of Trade Unions said migrant workers were being put in the most dangerous jobs '
        'without proper training.',
        '"These deaths were not an accident. They were the result of a system that treats foreign workers as '
        'disposable," the union said in a statement.',
        'Relatives gathered at a funeral hall in Hwaseong on Tuesday. A woman whose sister worked on the second '
        'floor said she had been told little.',
        '"Nobody from the company has called us," she told Reuters, asking not to be named. "We found out from the '
        'news."',
        'China\'s embassy in Seoul said it had asked South Korea to investigate the cause of the fire and to deal '
        'with the aftermath properly.',
        'Chinese ambassador Xing Haiming visited the site and met the families.',
        '"We hope the Korean side will find the cause as soon as possible," Xing said.',
        'Experts said the disaster exposed gaps in rules for storing lithium batteries, which are not classified '
        'as hazardous materials in South Korea.',
        '"Once a lithium battery fire starts, water alone cannot put it out," said Kong Ha-sung, a professor of fire '
        'safety at Woosuk University.',
        '(Reporting by Hyonhee Shin and Ju-min Park; Editing by Ed Davies)',
    ), [
        ('about 50 investigators', 'Police'), ('We will determine whether', 'a police official'),
        ('I feel a heavy responsibility', 'Park Soon-kwan'), ('We will cooperate sincerely', 'Park Soon-kwan'),
        ('the company had carried out', 'Park Soon-kwan'), ('the workers had little chance', 'Kim Jin-young'),
        ('The fire spread within', 'Kim Jin-young'), ('Many of the victims', 'Kim Jin-young'),
        ('The government will do', 'Yoon Suk Yeol'), ('the ministry would inspect', 'Lee Jung-sik'),
        ('migrant workers were being put', 'Korean Confederation of Trade Unions'),
        ('These deaths were not', 'Korean Confederation of Trade Unions'),
        ('she had been told little', 'A woman'),
        ('Nobody from the company', 'A woman'),
        ('it had asked South Korea', 'China\'s embassy in Seoul'), ('We hope the Korean side', 'Xing Haiming'),
        ('Once a lithium battery', 'Kong Ha-sung'),
    ]),
    Article('library_cuts', _t(
        'Campaigners have vowed to fight plans by Lancashire County Council to close 11 of its libraries, warning '
        'that the cuts will hit the poorest communities hardest.',
        'The council\'s cabinet approved the proposals on Thursday as part of a package of savings worth £65m over '
        'three years.',
        'Cabinet member for communities Aidy Riggott said the council had to make difficult choices.',
        '"Nobody becomes a councillor to close libraries," he said. "But the money simply isn\'t there, and we have '
        'a legal duty to set a balanced budget."',
        'He said the remaining libraries would open for longer, and a mobile service would visit villages.',
        'The plans were condemned by Labour\'s group leader on the council, Azhar Ali.',
        '"This is an attack on children, on older people and on anyone who can\'t afford to buy books or a laptop," '
        'Mr Ali said.',
        'Retired teacher Margaret Hughes, 74, who has used Skelmersdale library for more than 40 years, helped '
        'collect 8,000 signatures against the closures.',
        '"The library is the only warm place some people have to go in the winter," she said.',
        '"It\'s where children learn to read, where people apply for jobs, where lonely people come for a chat. You '
        'can\'t put a price on that."',
        'Her husband, Dennis Hughes, said the couple would keep campaigning.',
        '"We\'ve done it before and won," Mr Hughes said, referring to a similar plan that was dropped in 2016. '
        '"We\'ll do it again."',
        'The author Frank Cottrell-Boyce, a former children\'s laureate, backed the campaign.',
        '"Closing a library is like closing a door in a child\'s face," he wrote on Facebook.',
        'A report to the cabinet said visits to the 11 libraries had fallen by more than half since 2015.',
        'Mrs Hughes said that was because opening hours had been cut.',
        '"They cut the hours, then they say nobody comes. It\'s the oldest trick in the book," she said.',
        'Chartered Institute of Library and Information Professionals chief executive Nick Poole said the UK had '
        'lost more than 800 libraries in a decade.',
        '"We are hollowing out the most trusted public service in the country," Mr Poole said.',
        'A spokesperson for the Department for Culture, Media and Sport said councils had a statutory duty to '
        'provide a comprehensive library service and the department would monitor the plans.',
        'Mr Riggott said a final decision would be taken in March after a 12-week consultation.',
        '"I would urge everyone to take part. We are listening," he said.',
        'Campaigners plan to march through Preston on Saturday.',
    ), [
        ('the council had to make', 'Aidy Riggott'), ('Nobody becomes a councillor', 'Aidy Riggott'),
        ('But the money simply', 'Aidy Riggott'), ('the remaining libraries would', 'Aidy Riggott'),
        ('This is an attack on children', 'Azhar Ali'), ('The library is the only', 'Margaret Hughes'),
        ('It\'s where children learn', 'Margaret Hughes'), ('the couple would keep', 'Dennis Hughes'),
        ('We\'ve done it before', 'Dennis Hughes'), ('We\'ll do it again', 'Dennis Hughes'),
        ('Closing a library is like', 'Frank Cottrell-Boyce'),
        ('visits to the 11 libraries', 'A report to the cabinet'),
        ('that was because opening hours', 'Margaret Hughes'), ('They cut the hours', 'Margaret Hughes'),
        ('the UK had lost more than 800', 'Nick Poole'), ('We are hollowing out', 'Nick Poole'),
        ('councils had a statutory duty',
         'A spokesperson for the Department for Culture, Media and Sport'),
        ('a final decision would be taken', 'Aidy Riggott'), ('I would urge everyone', 'Aidy Riggott'),
    ]),
    Article('croc_attack', _t(
        'A fisherman has been killed by a crocodile in far north Queensland, the first fatal attack in the state in '
        'more than two years.',
        'Queensland Police said the 65-year-old man was fishing from the bank of the Kennedy River in Lakefield '
        'National Park on Saturday afternoon when he was taken.',
        'His remains were found on Monday morning after a two-day search.',
        'Inspector Kevin Goan said the man\'s friends had raised the alarm after seeing the attack.',
        '"It\'s a horrific thing to witness, and our thoughts are with his family and the friends who were with him," '
        'Inspector Goan said.',
        'He said police would prepare a report for the coroner.',
        'One of the man\'s friends, who was fishing about 50 metres away, told the ABC he heard a splash and then '
        'shouting.',
        '"By the time I got there, he was gone. There was nothing we could do," the friend said.',
        'The Department of Environment, Science and Innovation said wildlife officers had killed two crocodiles in '
        'the area on Sunday night.',
        '"Wildlife officers will examine the animals to determine whether either was involved in the incident," the '
        'department said in a statement.',
        'Senior wildlife officer Sarah Hartley said the river was well known as crocodile habitat.',
        '"Warning signs are in place, and people need to remember that any body of water in croc country can have '
        'a croc in it," Ms Hartley said.',
        '"Stay back from the water\'s edge and don\'t lean over the water when you\'re fishing."',
        'Cook Shire Mayor Robyn Holmes said the community was shocked.',
        '"He was a well-known face up here, a keen fisherman who loved the park," Cr Holmes said.',
        'She said the council would ask the state government to review signage at popular fishing spots.',
        'The state\'s Environment Minister, Andrew Powell, offered his condolences.',
        '"This is a terrible tragedy and a reminder of how dangerous these animals are," he said.',
        'But Katter\'s Australian Party leader Robbie Katter said crocodile numbers had to be controlled.',
        '"How many more people have to die before this government does something?" Mr Katter said.',
        'He has long called for culling and for crocodile egg harvesting to be expanded.',
        'Marine biologist Dr Ellen Ng, of James Cook University, said culling would not make waterways safe.',
        '"If you remove the big animals, younger ones move in. The only thing that works is people changing their '
        'behaviour," Dr Ng said.',
        'Lakefield National Park remains open.',
    ), [
        ('the 65-year-old man was fishing', 'Queensland Police'), ('the man\'s friends had raised', 'Kevin Goan'),
        ('It\'s a horrific thing', 'Kevin Goan'), ('police would prepare a report', 'Kevin Goan'),
        ('he heard a splash', 'One of the man\'s friends'), ('By the time I got there', 'One of the man\'s friends'),
        ('wildlife officers had killed',
         'Department of Environment, Science and Innovation'),
        ('Wildlife officers will examine', 'Department of Environment, Science and Innovation'),
        ('the river was well known', 'Sarah Hartley'), ('Warning signs are in place', 'Sarah Hartley'),
        ('Stay back from the water', 'Sarah Hartley'), ('the community was shocked', 'Robyn Holmes'),
        ('He was a well-known face', 'Robyn Holmes'), ('the council would ask', 'Robyn Holmes'),
        ('This is a terrible tragedy', 'Andrew Powell'), ('crocodile numbers had to be', 'Robbie Katter'),
        ('How many more people', 'Robbie Katter'), ('culling would not make', 'Ellen Ng'),
        ('If you remove the big', 'Ellen Ng'),
    ]),
    Article('cricket_board', _t(
        'NEW DELHI: The Board of Control for Cricket in India (BCCI) on Tuesday named former opener Gautam Gambhir '
        'as head coach of the Indian men\'s team, ending weeks of speculation.',
        'BCCI secretary Jay Shah announced the appointment on social media.',
        '"Modern-day cricket has evolved rapidly, and Gautam has witnessed this changing landscape up close," Mr. '
        'Shah posted on X. "I am confident he is the ideal person to take Indian cricket forward."',
        'Gambhir, who will take charge from the tour of Sri Lanka later this month, said it was an honour to serve '
        'the country again.',
        '"India is my identity, and serving my country has been the greatest privilege of my life," he wrote on X.',
        'He succeeds Rahul Dravid, whose tenure ended with India\'s T20 World Cup win in Barbados.',
        'Dravid, speaking to reporters in Bengaluru, wished his successor well.',
        '"Gautam knows this team, he knows Indian cricket, and he has a very clear way of thinking about the game. '
        'I have no doubt he will do well," Dravid said.',
        'Former India captain Sunil Gavaskar said the new coach would need to manage big personalities.',
        '"He has strong opinions, which is good. But the dressing room is not a television studio," Gavaskar told '
        'a news channel.',
        'The BCCI said the support staff would be finalised in consultation with the head coach.',
        'A senior BCCI official, requesting anonymity, said Gambhir had asked for former Kolkata Knight Riders '
        'colleague Abhishek Nayar as his assistant.',
        '"The board has no objection in principle, but the Cricket Advisory Committee will take a call," the '
        'official said.',
        'Cricket Advisory Committee member Sulakshana Naik said the panel had interviewed two candidates.',
        '"It was a unanimous decision. His vision for the team was very clear," Ms. Naik said.',
        'Former coach Ravi Shastri, who held the job from 2017 to 2021, said the most important thing was stability.',
        '"Give him time. Every coach needs two or three years to build a team," he said.',
        'Fans in Delhi, Gambhir\'s home city, welcomed the news. Outside the Arun Jaitley Stadium, college student '
        'Priya Malhotra said she had grown up watching him bat.',
        '"He played the World Cup final knock in 2011 when everyone else got out. He will not take any nonsense," '
        'she said, laughing.',
        'Gambhir\'s first assignment is a three-match T20 series in Pallekele starting on July 27.',
        'Mr. Shah said the board would also announce a new chairman of selectors in the coming weeks.',
    ), [
        ('Modern-day cricket has evolved', 'Jay Shah'), ('I am confident he is', 'Jay Shah'),
        ('it was an honour to serve', 'Gautam Gambhir'), ('India is my identity', 'Gautam Gambhir'),
        ('Gautam knows this team', 'Rahul Dravid'), ('the new coach would need', 'Sunil Gavaskar'),
        ('He has strong opinions', 'Sunil Gavaskar'),
        ('the support staff would be', 'Board of Control for Cricket in India'),
        ('Gambhir had asked for', 'A senior BCCI official'), ('The board has no objection', 'A senior BCCI official'),
        ('the panel had interviewed', 'Sulakshana Naik'), ('It was a unanimous', 'Sulakshana Naik'),
        ('the most important thing was', 'Ravi Shastri'), ('Give him time', 'Ravi Shastri'),
        ('she had grown up watching', 'Priya Malhotra'), ('He played the World Cup', 'Priya Malhotra'),
        ('the board would also announce', 'Jay Shah'),
    ]),
    Article('wildfire_evac', _t(
        'PARADISE, Calif. — Thousands of residents were ordered to evacuate Wednesday as a fast-moving wildfire '
        'burned through dry brush in the Sierra Nevada foothills, destroying at least 30 structures.',
        'The Ridge Fire had grown to more than 12,000 acres by evening and was 5% contained, according to the '
        'California Department of Forestry and Fire Protection.',
        'Cal Fire Battalion Chief Amanda Keller said strong winds had pushed the fire across two ridgelines in a '
        'matter of hours.',
        '"This fire is moving faster than we can build line in front of it," Keller said at an afternoon briefing. '
        '"If you are told to leave, leave. Do not wait."',
        'Butte County Sheriff Kory Honea said deputies had gone door to door in the communities of Concow and '
        'Yankee Hill.',
        '"Some people did not want to go, and we can\'t force them. But we told them nobody would be coming back '
        'for them once the fire arrived," the sheriff said.',
        'He said two people had been reported missing but were later found safe.',
        'For many in the area, the fire brought back memories of the 2018 Camp Fire, which destroyed most of '
        'Paradise and killed 85 people.',
        'Linda Morales, 67, who lost her home in that fire and rebuilt in Concow, sat in her car in the parking lot '
        'of an evacuation center in Chico.',
        '"I said I would never go through this again, and here I am," Morales said.',
        '"I grabbed my medications and my husband\'s ashes. That\'s all."',
        'Her neighbor, Dale Morales, who is no relation, said he had stayed to hose down his roof until deputies '
        'told him to go.',
        '"I could see the flames coming down the hill. That\'s when I got in the truck," Morales said. "I don\'t '
        'know if my place is still there."',
        'Gov. Gavin Newsom declared a state of emergency in Butte County and said the state had secured federal '
        'funding to help pay for the firefighting.',
        '"California will not leave these communities to face this alone," Newsom said in a statement.',
        'PG&E said it had shut off power to about 18,000 customers in the area as a precaution.',
        'A spokeswoman for the utility, Lynsey Paulo, said the company was not aware of any of its equipment being '
        'involved in the fire.',
        'The National Weather Service said winds were expected to ease Thursday, which could give crews a chance '
        'to get ahead of the fire.',
        '"Tomorrow is our window," Keller said. "We need to make the most of it."',
        'The cause of the fire is under investigation.',
    ), [
        ('The Ridge Fire had grown', 'California Department of Forestry and Fire Protection'),
        ('strong winds had pushed', 'Amanda Keller'), ('This fire is moving', 'Amanda Keller'),
        ('If you are told to leave', 'Amanda Keller'), ('deputies had gone door', 'Kory Honea'),
        ('Some people did not want', 'Kory Honea'), ('two people had been reported', 'Kory Honea'),
        ('I said I would never', 'Linda Morales'), ('I grabbed my medications', 'Linda Morales'),
        ('he had stayed to hose', 'Dale Morales'), ('I could see the flames', 'Dale Morales'),
        ('I don\'t know if my place', 'Dale Morales'), ('the state had secured', 'Gavin Newsom'),
        ('California will not leave', 'Gavin Newsom'), ('it had shut off power', 'PG&E'),
        ('the company was not aware', 'Lynsey Paulo'), ('winds were expected to ease', 'National Weather Service'),
        ('Tomorrow is our window', 'Amanda Keller'), ('We need to make the most', 'Amanda Keller'),
    ]),
]

ARTICLES += [
    Article('dam_protest', _t(
        'BHOPAL: Hundreds of farmers from 14 villages in Madhya Pradesh\'s Khandwa district staged a sit-in outside '
        'the Collectorate on Monday, demanding compensation for land that will be submerged by a proposed dam on '
        'the Narmada.',
        'The protesters, many of them women, said they had not been consulted before the project was approved.',
        'Kamla Bai, 52, who has farmed four acres near Purni village for three decades, said the family had no '
        'other land.',
        '"Where will we go? This land fed my husband\'s father and his father before him," she said.',
        'Narmada Bachao Andolan leader Medha Patkar, who joined the protest, said the government was repeating the '
        'mistakes of the Sardar Sarovar project.',
        '"Thousands of families are still waiting for the land they were promised thirty years ago," Ms. Patkar '
        'said. "Now the same thing is being done again."',
        'She said the Andolan would approach the National Green Tribunal.',
        'District Collector Anoop Kumar Singh met a delegation of the protesters and said their demands would be '
        'forwarded to the State government.',
        '"Every affected family will be compensated as per the law. No one will be displaced without '
        'rehabilitation," the Collector said.',
        'He said a survey of affected households would begin next week.',
        'The protesters were not satisfied. Ramesh Patel, the sarpanch of Purni, said the villagers had heard such '
        'assurances before.',
        '"A survey means nothing. We want land for land, in writing," Mr. Patel said.',
        'State Water Resources Minister Tulsiram Silawat said in Bhopal that the dam would irrigate over 1.2 lakh '
        'hectares and provide drinking water to 300 villages.',
        '"Development cannot stop, but we will ensure that those who give their land get a better life," the '
        'Minister said.',
        'The Congress said the government was acting in the interests of contractors.',
        '"The BJP government is in a hurry to sign contracts, not to rehabilitate people," Congress spokesperson '
        'K.K. Mishra told reporters.',
        'According to a project report prepared by the Narmada Valley Development Authority, about 2,400 families '
        'will be affected.',
        'The report says the dam will be completed by 2029.',
        'Late in the evening, Ms. Patkar announced that the sit-in would continue.',
        '"We will sit here until someone from the government comes with answers," she said.',
        'Kamla Bai said she would stay as long as it took.',
        '"I have nothing else to lose," she said.',
        'The Narmada has more than 30 large dams on its course, and the Sardar Sarovar alone displaced tens of '
        'thousands of families in three States.',
    ), [
        ('they had not been consulted', 'The protesters'), ('the family had no other land', 'Kamla Bai'),
        ('Where will we go', 'Kamla Bai'), ('the government was repeating', 'Medha Patkar'),
        ('Thousands of families are', 'Medha Patkar'), ('Now the same thing', 'Medha Patkar'),
        ('the Andolan would approach', 'Medha Patkar'), ('their demands would be', 'Anoop Kumar Singh'),
        ('Every affected family', 'Anoop Kumar Singh'), ('a survey of affected households', 'Anoop Kumar Singh'),
        ('the villagers had heard', 'Ramesh Patel'), ('A survey means nothing', 'Ramesh Patel'),
        ('the dam would irrigate', 'Tulsiram Silawat'), ('Development cannot stop', 'Tulsiram Silawat'),
        ('the government was acting in', 'Congress'), ('The BJP government is', 'K.K. Mishra'),
        ('the sit-in would continue', 'Medha Patkar'), ('We will sit here until', 'Medha Patkar'),
        ('she would stay as long', 'Kamla Bai'), ('I have nothing else', 'Kamla Bai'),
    ]),
    Article('hospital_ceo', _t(
        'The chief executive of one of Sydney\'s largest hospitals has resigned after a damning review found '
        'patients were left waiting on trolleys for up to 30 hours in its emergency department.',
        'Dr Michael Tan stepped down from Westmead Hospital on Friday, two days after the review was handed to NSW '
        'Health.',
        'In a letter to staff, Dr Tan said he took full responsibility for the failings identified in the report.',
        '"I have always believed that leaders must be accountable, and I am no exception," the letter said.',
        'Health Minister Ryan Park said he accepted the resignation and thanked Dr Tan for his service.',
        '"This is not about one person. The problems at Westmead have been building for years," Mr Park said.',
        '"But the community needs to have confidence in the leadership of its hospitals."',
        'The minister said an interim chief executive would be appointed next week.',
        'The NSW Nurses and Midwives\' Association said its members had been raising the alarm for more than a '
        'year.',
        'The association\'s general secretary, Shaye Candish, said nurses had been working double shifts to keep '
        'the department running.',
        '"Our members were treating patients in corridors and in waiting rooms. They told management again and '
        'again," Ms Candish said.',
        '"Someone resigning doesn\'t put one more nurse on the floor."',
        'Opposition health spokesman Matt Kean said the minister had ignored warnings.',
        '"Ryan Park was told about this in March and did nothing," Mr Kean said.',
        'Mr Park rejected the claim.',
        '"That is simply untrue. We commissioned this review because we wanted answers," he said.',
        'Parramatta woman Jessica Nguyen said her 80-year-old father waited 22 hours for a bed in June after a '
        'fall.',
        '"He was lying in a corridor with a broken hip. Nobody could tell us anything," she said.',
        '"The nurses were amazing, but they were run off their feet."',
        'The Australian Medical Association\'s NSW president, Dr Michael Bonning, said the problem was not unique '
        'to Westmead.',
        '"Every major hospital in Sydney is under the same pressure," Dr Bonning said. "There are not enough '
        'beds, full stop."',
        'He called for the state to fund at least 500 extra beds across western Sydney.',
        'NSW Health said the recommendations of the review would be implemented in full.',
        'Westmead is one of the busiest hospitals in the country, with more than 80,000 presentations to its '
        'emergency department each year. The review was led by a former chief health officer of Victoria and '
        'took four months to complete.',
    ), [
        ('he took full responsibility', 'Michael Tan'), ('I have always believed', 'Michael Tan'),
        ('he accepted the resignation', 'Ryan Park'), ('This is not about one', 'Ryan Park'),
        ('But the community needs', 'Ryan Park'), ('an interim chief executive', 'Ryan Park'),
        ('its members had been raising', 'NSW Nurses and Midwives\' Association'),
        ('nurses had been working double', 'Shaye Candish'), ('Our members were treating', 'Shaye Candish'),
        ('Someone resigning doesn', 'Shaye Candish'), ('the minister had ignored', 'Matt Kean'),
        ('Ryan Park was told', 'Matt Kean'), ('That is simply untrue', 'Ryan Park'),
        ('her 80-year-old father', 'Jessica Nguyen'), ('He was lying in a corridor', 'Jessica Nguyen'),
        ('The nurses were amazing', 'Jessica Nguyen'), ('the problem was not unique', 'Michael Bonning'),
        ('Every major hospital', 'Michael Bonning'), ('There are not enough', 'Michael Bonning'),
        ('the state to fund at least', 'Michael Bonning'), ('the recommendations of the review', 'NSW Health'),
    ]),
    Article('port_strike', _t(
        'NEW YORK, Oct 1 (AP) — Dockworkers at ports from Maine to Texas walked off the job early Tuesday, '
        'launching the first coastwide strike in nearly 50 years and threatening to snarl supply chains weeks before '
        'the holiday shopping season.',
        'The International Longshoremen\'s Association said about 45,000 members were on strike at 36 ports after '
        'talks with the United States Maritime Alliance broke down.',
        '"We are prepared to fight as long as necessary," ILA president Harold Daggett told members at a rally in '
        'Newark. "They will feel the pain."',
        'Daggett said the union wanted a 77% raise over six years and a total ban on automated cranes and gates.',
        'The alliance, which represents shipping companies and port operators, said it had offered a 50% raise.',
        '"We have made an offer that would increase wages by 50 percent, triple employer contributions to '
        'retirement plans and strengthen health care options," the alliance said in a statement.',
        'It accused the union of refusing to negotiate.',
        'White House press secretary Karine Jean-Pierre said President Joe Biden would not use federal law to force '
        'the workers back.',
        '"The president believes in collective bargaining," she said. "He is urging both sides to get back to the '
        'table and negotiate in good faith."',
        'Economists warned that a long strike could cost the economy billions of dollars a day.',
        '"A week is manageable. A month would be a real problem, especially for perishable goods and car parts," '
        'said Marc Sloan, an economist at Moody\'s Analytics.',
        'At the Port of Baltimore, pickets gathered at the main gate before dawn.',
        'Longshoreman Scott Cowan, 44, said he had worked at the port for 20 years and had never been on strike.',
        '"They made billions during the pandemic. We kept the ports open when everybody else stayed home," Cowan '
        'said. "All we want is our share."',
        'His wife, Debbie Cowan, who brought coffee to the picket line, said the family had been saving for months.',
        '"We knew this might happen. We\'re ready," she said.',
        'The National Retail Federation urged the White House to intervene.',
        '"The impact of a strike will be felt by every American consumer," NRF president Matthew Shay said in a '
        'letter to Biden.',
        'Shay said retailers had moved some shipments forward, but many goods were still at sea.',
        'No new talks were scheduled as of Tuesday afternoon.',
        'Daggett said the union was ready to return to the table as soon as the employers improved their offer.',
        '"The ball is in their court," he said.',
    ), [
        ('about 45,000 members were', 'International Longshoremen\'s Association'),
        ('We are prepared to fight', 'Harold Daggett'), ('They will feel the pain', 'Harold Daggett'),
        ('the union wanted a 77%', 'Harold Daggett'), ('it had offered a 50%', 'United States Maritime Alliance'),
        ('We have made an offer', 'United States Maritime Alliance'),
        ('President Joe Biden would not', 'Karine Jean-Pierre'), ('The president believes', 'Karine Jean-Pierre'),
        ('He is urging both sides', 'Karine Jean-Pierre'), ('a long strike could cost', 'Economists'),
        ('A week is manageable', 'Marc Sloan'), ('he had worked at the port', 'Scott Cowan'),
        ('They made billions', 'Scott Cowan'), ('All we want is', 'Scott Cowan'),
        ('the family had been saving', 'Debbie Cowan'), ('We knew this might', 'Debbie Cowan'),
        ('The impact of a strike', 'Matthew Shay'), ('retailers had moved some', 'Matthew Shay'),
        ('the union was ready to return', 'Harold Daggett'), ('The ball is in their', 'Harold Daggett'),
    ]),
    Article('care_home', _t(
        'A care home in Kent has been rated inadequate and placed in special measures after inspectors found '
        'residents left in soiled bedding and medicines given at the wrong times.',
        'The Care Quality Commission said it had found "widespread and systemic failings" during an unannounced '
        'visit to Oakwood Lodge in Maidstone in August.',
        'The inspection report states that staff were "task-focused and rushed" and that some residents had not '
        'been helped to get out of bed for several days.',
        'Neil Cox, the CQC\'s deputy director of operations in the south, said the findings were deeply concerning.',
        '"People living at Oakwood Lodge deserved to be treated with dignity and respect, and that simply was not '
        'happening," he said.',
        'He said inspectors would return within six months and could move to close the home.',
        'The home is run by Meadowview Care Ltd, which operates nine homes in the south-east.',
        'Its managing director, Claire Bishop, said the company accepted the findings in full.',
        '"We are deeply sorry to the residents and their families. We have let them down," Mrs Bishop said.',
        'She said a new manager had been appointed and agency staff were being replaced with permanent employees.',
        'Pauline Ward, whose 91-year-old mother has lived at the home for three years, said she had complained '
        'repeatedly.',
        '"I went in one Sunday and Mum hadn\'t had a drink since the morning. Her lips were cracked," she said.',
        '"Every time I raised it, I was told they were short-staffed. It\'s not good enough."',
        'Her brother, Colin Ward, said the family was considering moving their mother.',
        '"But where to? There\'s nowhere else with a bed," he said.',
        'Kent County Council, which pays for 30 of the home\'s 48 residents, said it was working with the provider '
        'and the CQC to make sure residents were safe.',
        'The council\'s cabinet member for adult social care, Dan Watkins, said every resident would be reviewed by '
        'a social worker.',
        'The charity Age UK said the case showed the strain on the care sector.',
        '"Care homes are struggling to recruit and keep staff, and it is older people who pay the price," the '
        'charity\'s director, Caroline Abrahams, said.',
        'Ms Abrahams said the government must publish its long-promised plan for social care.',
        'Mrs Bishop said the company would welcome the CQC back.',
        '"We are determined to put this right," she said.',
        'Oakwood Lodge, a converted Victorian house on the edge of the town, was rated good at its last inspection '
        'in 2021.',
    ), [
        ('it had found', 'Care Quality Commission'), ('staff were', 'The inspection report'),
        ('the findings were deeply', 'Neil Cox'), ('People living at Oakwood', 'Neil Cox'),
        ('inspectors would return', 'Neil Cox'), ('the company accepted the findings', 'Claire Bishop'),
        ('We are deeply sorry', 'Claire Bishop'), ('a new manager had been', 'Claire Bishop'),
        ('she had complained repeatedly', 'Pauline Ward'), ('I went in one Sunday', 'Pauline Ward'),
        ('Every time I raised it', 'Pauline Ward'), ('the family was considering', 'Colin Ward'),
        ('But where to', 'Colin Ward'), ('it was working with the provider', 'Kent County Council'),
        ('every resident would be reviewed', 'Dan Watkins'), ('the case showed the strain', 'Age UK'),
        ('Care homes are struggling', 'Caroline Abrahams'), ('the government must publish', 'Caroline Abrahams'),
        ('the company would welcome', 'Claire Bishop'), ('We are determined', 'Claire Bishop'),
    ]),
    Article('mayor_recall', _t(
        'Supporters of a campaign to recall Portland Mayor Teresa Vance submitted more than 61,000 signatures to the '
        'city elections office on Monday, setting up a likely special election in the spring.',
        'The recall campaign needs 47,788 valid signatures to force a vote. Organizers said they were confident '
        'they had cleared the bar.',
        '"Portlanders are tired of excuses," said campaign chair David Lin, standing beside boxes of petitions at '
        'City Hall. "Our streets are dirtier and less safe than they were two years ago, and the mayor has no '
        'plan."',
        'Vance, a former county commissioner elected in 2022, dismissed the effort as a stunt funded by developers.',
        '"This is a small group of wealthy people trying to buy a result they could not win at the ballot box," she '
        'said in a written statement.',
        'Her chief of staff, Rebecca Soto, said the mayor would not be distracted.',
        '"She is focused on housing and public safety, and that is where she will stay focused," Soto said.',
        'Campaign finance records show the recall committee has raised about $1.2 million, more than half of it '
        'from a political action committee backed by real estate investors.',
        'Lin said the campaign had thousands of small donors as well.',
        '"Most of our volunteers have never been involved in politics before," he said.',
        'One of them, retired nurse Gloria Baptiste, 70, said she had collected more than 900 signatures outside '
        'grocery stores.',
        '"I have lived in this city for 50 years, and I have never seen it like this," Baptiste said.',
        'City Councilor Omar Haddad, a Vance ally, said the recall would cost taxpayers more than $2 million.',
        '"That\'s money that could be spent on shelter beds or police officers," he said.',
        'The city elections office has 10 days to verify the signatures.',
        'Elections director Nora Kim said staff would work through the weekend.',
        '"We will check every single signature against the voter rolls," Kim said.',
        'Political analyst Jim Moore of Pacific University said recalls rarely succeeded in Oregon.',
        '"Voters generally don\'t like to undo elections," he said. "But she has real problems with her base."',
        'Vance has until the end of the verification period to decide whether to file a statement of justification '
        'for the ballot.',
        'Lin said he expected a hard campaign.',
        '"We are not underestimating her," he said.',
        'Vance won the 2022 election by fewer than 9,000 votes. No Portland mayor has been recalled since the city '
        'adopted its charter in 1913.',
    ), [
        ('they were confident they had', 'Organizers'), ('Portlanders are tired', 'David Lin'),
        ('Our streets are dirtier', 'David Lin'), ('This is a small group', 'Teresa Vance'),
        ('the mayor would not be', 'Rebecca Soto'), ('She is focused on housing', 'Rebecca Soto'),
        ('the campaign had thousands', 'David Lin'), ('Most of our volunteers', 'David Lin'),
        ('she had collected more than 900', 'Gloria Baptiste'), ('I have lived in this city', 'Gloria Baptiste'),
        ('the recall would cost', 'Omar Haddad'), ('That\'s money that', 'Omar Haddad'),
        ('staff would work through', 'Nora Kim'), ('We will check every', 'Nora Kim'),
        ('recalls rarely succeeded', 'Jim Moore'), ('Voters generally don', 'Jim Moore'),
        ('But she has real problems', 'Jim Moore'), ('he expected a hard campaign', 'David Lin'),
        ('We are not underestimating', 'David Lin'),
    ]),
]

ARTICLES += [
    Article('drought_farmers', _t(
        'Farmers in South Australia\'s Mid North say they are facing their worst season in living memory, with '
        'many paddocks sown in autumn yet to see a green shoot.',
        'Federal Agriculture Minister Julie Collins toured properties near Burra on Wednesday and met farmers at the '
        'town\'s community hall.',
        '"I have heard some really tough stories today, and I want people to know the government is listening," '
        'Ms Collins said after the meeting.',
        'She said the federal government would extend the Farm Household Allowance and increase funding for rural '
        'financial counsellors.',
        'Grain grower Peter Kellock, whose family has farmed near Burra for five generations, said he had received '
        'less than half his average rainfall since January.',
        '"My grandfather used to talk about 1914. This is worse than 1914," Mr Kellock said.',
        '"We have sold most of the sheep. There\'s nothing to feed them."',
        'His wife, Anne Kellock, said the strain was showing in the community.',
        '"People don\'t talk about it, but everyone is worried. You see blokes at the footy who just look grey," '
        'she said.',
        'Primary Producers SA chair Caroline Rhodes said the state and federal governments needed to move faster.',
        '"Assistance that arrives next year is no use to a farmer who can\'t pay the bank this month," she said.',
        'The Bureau of Meteorology said the past six months had been the driest on record for parts of the Mid '
        'North.',
        'Senior climatologist Dr Simon Grainger said the outlook offered little relief.',
        '"We are not seeing strong signals for above-average rainfall over winter," Dr Grainger said.',
        'State Primary Industries Minister Clare Scriven said South Australia had committed $18 million to a '
        'drought package, including freight subsidies for fodder and water.',
        '"We will keep reviewing it as conditions change," the minister said.',
        'The Opposition\'s agriculture spokeswoman, Nicola Centofanti, said the package came too late.',
        '"Farmers have been calling for help since March," Dr Centofanti said.',
        'Rural financial counsellor Greg Holmes said his phone had not stopped ringing.',
        '"I\'ve got people who have never asked for help in their lives coming to see me," he said.',
        '"It takes a lot for a farmer to walk through that door."',
        'Lifeline said anyone who was struggling should call 13 11 14.',
        'Back at the hall, Mr Kellock said he would keep going.',
        '"You can\'t control the weather. You can only control what you do next," he said. "And what I\'ll do next '
        'is get up tomorrow and check the troughs."',
        'The federal government is expected to announce further measures in next month\'s budget.',
    ), [
        ('I have heard some really', 'Julie Collins'), ('the federal government would extend', 'Julie Collins'),
        ('he had received less than half', 'Peter Kellock'), ('My grandfather used to', 'Peter Kellock'),
        ('We have sold most', 'Peter Kellock'), ('the strain was showing', 'Anne Kellock'),
        ('People don\'t talk about', 'Anne Kellock'), ('the state and federal governments', 'Caroline Rhodes'),
        ('Assistance that arrives', 'Caroline Rhodes'), ('the past six months', 'Bureau of Meteorology'),
        ('the outlook offered little', 'Simon Grainger'), ('We are not seeing strong', 'Simon Grainger'),
        ('South Australia had committed', 'Clare Scriven'), ('We will keep reviewing', 'Clare Scriven'),
        ('the package came too late', 'Nicola Centofanti'), ('Farmers have been calling', 'Nicola Centofanti'),
        ('his phone had not stopped', 'Greg Holmes'), ('I\'ve got people who', 'Greg Holmes'),
        ('It takes a lot for', 'Greg Holmes'), ('anyone who was struggling', 'Lifeline'),
        ('he would keep going', 'Peter Kellock'), ('You can\'t control the weather', 'Peter Kellock'),
        ('And what I\'ll do next', 'Peter Kellock'),
    ]),
    Article('bridge_collapse', _t(
        'AHMEDABAD: At least 12 people were killed and over 20 injured when a 40-year-old bridge over the Mahi river '
        'collapsed in Vadodara district on Wednesday morning, sending several vehicles plunging into the water.',
        'Vadodara Collector Anil Dhameliya said rescue teams had pulled 14 people out alive from the river.',
        '"The bridge gave way at around 7.30 a.m. when two trucks, a pick-up van and two two-wheelers were on it," '
        'the Collector said.',
        'He said divers of the National Disaster Response Force and the fire brigade were searching for two people '
        'still missing.',
        'Chief Minister Bhupendra Patel announced an ex gratia of ₹4 lakh each to the families of the deceased.',
        '"I am deeply pained by the loss of lives. I have ordered a high-level inquiry into the collapse," Mr. '
        'Patel said in a post on X.',
        'Roads and Buildings Minister Jagdish Vishwakarma said a committee of engineers would submit its report '
        'within 30 days.',
        '"If anyone is found guilty of negligence, strict action will be taken," the Minister said.',
        'Residents of nearby Gambhira village said they had complained for years about cracks on the bridge.',
        'Haresh Parmar, a farmer who saw the collapse from the riverbank, said he heard a loud noise before the '
        'middle span gave way.',
        '"It was like thunder. Then the whole middle part fell and the truck went into the water," Mr. Parmar said.',
        '"People were screaming. We jumped in to help whoever we could."',
        'Another villager, a woman who did not want to give her name, said her son used the bridge every day to go '
        'to college.',
        '"Today he left late. God saved him," she said, weeping.',
        'Congress leader Amit Chavda said the government had ignored warnings about the bridge\'s condition.',
        '"A letter was written to the department in 2022 saying the bridge was dangerous. What did they do?" Mr. '
        'Chavda asked.',
        'The letter, a copy of which was shared with reporters, says the bridge "needs urgent repair" and that heavy '
        'vehicles "should not be allowed".',
        'Mr. Vishwakarma said the department had carried out repairs last year and the bridge had been declared '
        'safe.',
        '"The inquiry will examine every document, including this letter," he said.',
        'The Indian Roads Congress, a body of highway engineers, said many bridges built in the 1980s were nearing '
        'the end of their design life.',
        'Former IRC president S.K. Nirmal said an audit of all old bridges in the State was overdue.',
        '"We have the technology to monitor bridges. What is missing is the will," Mr. Nirmal said.',
        'Traffic between Vadodara and Anand has been diverted via the Borsad road, officials said.',
        'Rescue operations continued late into the night under floodlights.',
        'The Collector said the search for the missing would go on until both were found.',
    ), [
        ('rescue teams had pulled', 'Anil Dhameliya'), ('The bridge gave way', 'Anil Dhameliya'),
        ('divers of the National Disaster', 'Anil Dhameliya'), ('I am deeply pained', 'Bhupendra Patel'),
        ('a committee of engineers would', 'Jagdish Vishwakarma'),
        ('If anyone is found guilty', 'Jagdish Vishwakarma'),
        ('they had complained for years', 'Residents of nearby Gambhira village'),
        ('he heard a loud noise', 'Haresh Parmar'), ('It was like thunder', 'Haresh Parmar'),
        ('People were screaming', 'Haresh Parmar'), ('her son used the bridge', 'Another villager'),
        ('Today he left late', 'Another villager'), ('the government had ignored', 'Amit Chavda'),
        ('A letter was written', 'Amit Chavda'), ('needs urgent repair', 'The letter'),
        ('the department had carried out', 'Jagdish Vishwakarma'), ('The inquiry will examine', 'Jagdish Vishwakarma'),
        ('many bridges built in the 1980s', 'Indian Roads Congress'),
        ('an audit of all old bridges', 'S.K. Nirmal'), ('We have the technology', 'S.K. Nirmal'),
        ('Traffic between Vadodara', 'officials'), ('the search for the missing', 'Anil Dhameliya'),
    ]),
    Article('airline_refunds', _t(
        'WASHINGTON (Reuters) - The U.S. Department of Transportation on Wednesday fined Southwest Airlines $140 '
        'million over its December 2022 holiday meltdown, the largest civil penalty ever imposed on an airline for '
        'consumer protection violations.',
        'The meltdown stranded about 2 million passengers and led to nearly 17,000 cancelled flights.',
        '"This penalty sets a new precedent and sends a clear message: if airlines fail their passengers, we will '
        'use the full extent of our authority to make sure they are held accountable," Transportation Secretary '
        'Pete Buttigieg said in a statement.',
        'The department said Southwest had failed to provide adequate customer service assistance and prompt '
        'refunds during the disruption.',
        'Southwest said it had reached the settlement to avoid a lengthy legal fight.',
        '"We have spent the past year focused on enhancing our operational resiliency," the airline said. "Our '
        'operation is in a strong position."',
        'Southwest chief executive Bob Jordan told employees in a memo that the company had learned hard lessons.',
        '"December 2022 was a painful chapter, but it made us better," Jordan wrote.',
        'The Dallas-based carrier has already paid more than $600 million in refunds and reimbursements to '
        'affected customers.',
        'Consumer advocates welcomed the fine but said more was needed.',
        '"A fine that an airline can pay out of petty cash does not change behaviour. Automatic compensation '
        'would," said William McGee, a senior fellow at the American Economic Liberties Project.',
        'He said U.S. passengers should have rights similar to those in the European Union, where airlines must '
        'pay cash for long delays.',
        'Airlines for America, the trade group representing major U.S. carriers, said its members were already '
        'among the most regulated in the world.',
        '"U.S. airlines are committed to providing a safe, seamless and positive flying experience," the group said '
        'in a statement.',
        'Senator Maria Cantwell, who chairs the Senate Commerce Committee, said the penalty showed why Congress '
        'needed to write passenger protections into law.',
        '"Rules can be rolled back. Laws are much harder to undo," Cantwell said.',
        'Passenger Lauren Fisher, who spent two nights at Denver International Airport trying to get home to '
        'Nashville that Christmas, said she was glad to see a penalty.',
        '"Nobody would tell us anything. We slept on the floor by the baggage carousel," Fisher said in a phone '
        'interview.',
        'Her brother, Michael Fisher, who was travelling with her, said the airline had eventually refunded their '
        'tickets but not their hotel costs.',
        '"We\'re still out about $700," he said.',
        'Of the fine, $35 million will be paid to the U.S. Treasury. The rest will be credited to passengers through '
        'a compensation program and vouchers.',
        'Southwest shares were little changed in afternoon trading.',
        '(Reporting by David Shepardson; Editing by Chizu Nomiyama)',
    ), [
        ('This penalty sets a new', 'Pete Buttigieg'),
        ('Southwest had failed to provide', 'U.S. Department of Transportation'),
        ('it had reached the settlement', 'Southwest Airlines'), ('We have spent the past', 'Southwest Airlines'),
        ('Our operation is in', 'Southwest Airlines'), ('the company had learned', 'Bob Jordan'),
        ('December 2022 was a painful', 'Bob Jordan'), ('A fine that an airline', 'William McGee'),
        ('U.S. passengers should have', 'William McGee'), ('its members were already', 'Airlines for America'),
        ('U.S. airlines are committed', 'Airlines for America'),
        ('the penalty showed why', 'Maria Cantwell'), ('Rules can be rolled', 'Maria Cantwell'),
        ('she was glad to see', 'Lauren Fisher'), ('Nobody would tell us', 'Lauren Fisher'),
        ('the airline had eventually', 'Michael Fisher'), ('We\'re still out about', 'Michael Fisher'),
    ]),
    Article('stabbing_inquest', _t(
        'A coroner has ruled that a teenager stabbed to death in east London was unlawfully killed, and criticised '
        'police for missing chances to disarm his attacker weeks earlier.',
        'Daniel Okoro, 16, was attacked near Stratford station in March last year. A 17-year-old boy, who cannot be '
        'named for legal reasons, was convicted of his murder in January.',
        'Senior coroner Nadia Persaud told the inquest at East London Coroner\'s Court that the Metropolitan Police '
        'had received intelligence that the attacker carried a knife but had not acted on it.',
        '"It is not possible to say that Daniel\'s death would have been prevented. But an opportunity was lost," '
        'she said.',
        'Daniel\'s mother, Grace Okoro, wept as the conclusion was read.',
        '"My son was a good boy. He wanted to be an engineer. He was on his way home from football," she said '
        'outside court.',
        '"The police knew. They knew, and they did nothing."',
        'His father, Samuel Okoro, said the family would consider legal action.',
        '"We will not stop until there is accountability for what happened to our son," Mr Okoro said.',
        'Det Supt Lorraine Jacobs said the Met accepted the coroner\'s findings.',
        '"We should have done more with the information we had, and I am sorry that we did not," she said.',
        'She said the force had since changed how it handled intelligence about young people carrying weapons.',
        'The coroner said she would write a prevention of future deaths report to the Metropolitan Police '
        'Commissioner.',
        'A witness who was at the bus stop when Daniel was attacked told the inquest the assault lasted only '
        'seconds.',
        '"He just ran up and did it and ran off. Nobody had time to do anything," the witness said.',
        'Youth worker Tunde Bakare, who knew Daniel through a local boxing club, said the community was still '
        'grieving.',
        '"These kids are carrying knives because they\'re scared, not because they\'re gangsters," he said. "We '
        'need to give them a reason to feel safe."',
        'Newham Council leader Rokhsana Fiaz said the borough had invested in youth centres but the cuts of the '
        'past decade had taken their toll.',
        '"We have lost 70% of our youth services funding since 2010," Ms Fiaz said.',
        'The Home Office said knife crime was a priority and pointed to a ban on zombie-style knives that came into '
        'force in September.',
        'Mrs Okoro said she would keep fighting for her son.',
        '"Daniel can\'t speak any more, so I will speak for him," she said.',
        'The inquest heard that Daniel had no links to gangs and had never been in trouble with police.',
    ), [
        ('the Metropolitan Police had received', 'Nadia Persaud'), ('It is not possible to say', 'Nadia Persaud'),
        ('My son was a good boy', 'Grace Okoro'), ('The police knew', 'Grace Okoro'),
        ('the family would consider', 'Samuel Okoro'), ('We will not stop until', 'Samuel Okoro'),
        ('the Met accepted the coroner', 'Lorraine Jacobs'), ('We should have done more', 'Lorraine Jacobs'),
        ('the force had since changed', 'Lorraine Jacobs'),
        ('she would write a prevention', 'Nadia Persaud'),
        ('the assault lasted only', 'A witness'),
        ('He just ran up', 'A witness'),
        ('the community was still grieving', 'Tunde Bakare'), ('These kids are carrying', 'Tunde Bakare'),
        ('We need to give them', 'Tunde Bakare'), ('the borough had invested', 'Rokhsana Fiaz'),
        ('We have lost 70%', 'Rokhsana Fiaz'), ('knife crime was a priority', 'Home Office'),
        ('she would keep fighting', 'Grace Okoro'), ('Daniel can\'t speak', 'Grace Okoro'),
    ]),
    Article('vaccine_study', _t(
        'A large study of children in Denmark has found no link between a common childhood vaccine and asthma, '
        'allergies or autoimmune diseases, researchers reported on Monday.',
        'The study, published in the Annals of Internal Medicine, followed more than 1.2 million children born '
        'between 1997 and 2018.',
        'The study found that children who received more aluminium-containing vaccines were no more likely to '
        'develop any of 50 chronic conditions than those who received fewer.',
        'Lead author Dr Anders Hviid, of the Statens Serum Institut in Copenhagen, said the results should reassure '
        'parents.',
        '"This is the largest study of its kind, and we did not find any signal of harm," Hviid said in an '
        'interview.',
        'He said the team had looked for even small increases in risk.',
        '"If there were an effect, a study of this size would have seen it," he said.',
        'Aluminium salts have been used in vaccines for decades to strengthen the immune response.',
        'An earlier, much smaller American study had suggested a weak association with asthma, which its authors '
        'said needed more research.',
        'Dr Paul Offit, director of the Vaccine Education Center at Children\'s Hospital of Philadelphia, who was '
        'not involved in the research, called the new study "definitive."',
        '"You could not ask for a better data set," Offit said. "It answers the question."',
        'But Dr Meryl Nass, a physician who has been critical of vaccine policy, said the study had limits.',
        '"Observational studies can miss things, and the comparison groups were all vaccinated," she said.',
        'Hviid said that criticism misunderstood the design.',
        '"We compared children who received different amounts of aluminium. That is exactly the right question," '
        'he said.',
        'The American Academy of Pediatrics said in a statement that vaccines remained "one of the safest and most '
        'effective tools we have to protect children."',
        'A survey published last month by the Pew Research Center found that about one in five American parents '
        'had delayed or skipped at least one vaccine for their child.',
        'Pediatrician Dr Sara Goza, a former president of the academy, said studies like this one mattered for '
        'those families.',
        '"Most hesitant parents are not anti-vaccine. They have questions, and they deserve good answers," Goza '
        'said.',
        'Hviid said his team planned to publish further work on vaccines and neurological conditions next year.',
        '"Our data belong to the public. We have a duty to use them well," he said.',
        'The study was funded by the Danish government and the Novo Nordisk Foundation.',
    ), [
        ('children who received more aluminium', 'The study'),
        ('the results should reassure', 'Anders Hviid'), ('This is the largest study', 'Anders Hviid'),
        ('the team had looked for', 'Anders Hviid'), ('If there were an effect', 'Anders Hviid'),
        ('You could not ask', 'Paul Offit'), ('It answers the question', 'Paul Offit'),
        ('the study had limits', 'Meryl Nass'), ('Observational studies can', 'Meryl Nass'),
        ('misunderstood the design', 'Anders Hviid'), ('We compared children', 'Anders Hviid'),
        ('one of the safest', 'American Academy of Pediatrics'),
        ('about one in five American', 'A survey published last month by the Pew Research Center'),
        ('studies like this one mattered', 'Sara Goza'), ('Most hesitant parents', 'Sara Goza'),
        ('his team planned to publish', 'Anders Hviid'), ('Our data belong', 'Anders Hviid'),
    ]),
]

ARTICLES += [
    Article('premier_pipeline', _t(
        '"We will not be bullied," Premier says of Ottawa\'s emissions cap',
        'EDMONTON — Alberta Premier Danielle Marchuk says her government will challenge the federal emissions cap '
        'in court, calling it an attack on the province\'s jurisdiction over its own resources.',
        'Marchuk made the announcement Thursday at a news conference at the legislature, flanked by Energy Minister '
        'Brian Jean-Louis and Justice Minister Mickey Amery.',
        '"We will take Ottawa to court, and we will win," the premier said. "This cap is a production cut in '
        'disguise, and Albertans see it for what it is."',
        'She said the cap could cost the province 50,000 jobs by 2030.',
        'Imagine the premier said, "Let\'s work with Ottawa on this." Few in the room expected it, and she did not.',
        'Jean-Louis, who spoke after the premier, said the industry had already cut emissions per barrel by a third '
        'in a decade.',
        '"Our producers are leaders, not laggards," the minister said.',
        'Federal Environment Minister Steven Guilbeault, who wrote to the premiers in June to explain the cap, said '
        'the province was misrepresenting it.',
        '"This is a cap on pollution, not on production," Guilbeault told reporters in Ottawa.',
        'The Canadian Association of Petroleum Producers sided with Alberta. In a letter to members, the '
        'association said the cap would "drive investment out of Canada."',
        'The letter reads: "No other major producing country has imposed a measure of this kind."',
        'Environmental groups said the lawsuit was a waste of money.',
        '"Albertans are paying for a political stunt," said Julia Levin of Environmental Defence, who posted on X: '
        '"The premier should spend this energy on a plan for workers."',
        'NDP Leader Naheed Nenshi, who spoke to reporters outside the chamber, said the premier was picking a fight '
        'she could not win.',
        '"Every time she goes to court against Ottawa on this file, she loses, and Albertans pay the legal bills," '
        'Nenshi said.',
        'Lawyers for the province said in a court filing last year that Ottawa had no power to regulate oil sands '
        'production.',
        'Constitutional law professor Eric Adams of the University of Alberta said the case would turn on whether '
        'the cap was an environmental measure or an economic one.',
        '"If the court sees it as a cap on production, Alberta has a real case," Adams said. "If it sees it as a '
        'cap on emissions, Ottawa probably wins."',
        'A veteran of the oil patch, retired rig manager Doug Fenwick, said outside the legislature that he was '
        'tired of the fighting.',
        '"I\'ve heard this argument for 40 years," the veteran said. "Meanwhile, the kids leave for B.C."',
        'The province expects to file its challenge in the Alberta Court of Appeal next month.',
    ), [
        ('We will not be bullied', 'Danielle Marchuk'), ('We will take Ottawa to court', 'Danielle Marchuk'),
        ('her government will challenge', 'Danielle Marchuk'), ('This cap is a production', 'Danielle Marchuk'),
        ('the cap could cost', 'Danielle Marchuk'), ('the industry had already cut', 'Brian Jean-Louis'),
        ('Our producers are leaders', 'Brian Jean-Louis'), ('the province was misrepresenting', 'Steven Guilbeault'),
        ('This is a cap on pollution', 'Steven Guilbeault'),
        ('drive investment out', 'Canadian Association of Petroleum Producers'),
        ('No other major producing', 'Canadian Association of Petroleum Producers'),
        ('the lawsuit was a waste', 'Environmental groups'), ('Albertans are paying', 'Julia Levin'),
        ('The premier should spend', 'Julia Levin'), ('the premier was picking', 'Naheed Nenshi'),
        ('Every time she goes', 'Naheed Nenshi'), ('Ottawa had no power', 'Lawyers for the province'),
        ('the case would turn on', 'Eric Adams'), ('If the court sees it', 'Eric Adams'),
        ('If it sees it as a cap', 'Eric Adams'), ('he was tired of the fighting', 'Doug Fenwick'),
        ('I\'ve heard this argument', 'Doug Fenwick'), ('Meanwhile, the kids leave', 'Doug Fenwick'),
    ]),
    Article('council_audit', _t(
        'An independent audit of Brisbane City Council\'s $1.2 billion Metro bus project has found that costs '
        'blew out because the council changed the design too many times after construction began.',
        'The report, prepared by accounting firm KPMG and released on Tuesday, found that at least 14 major design '
        'changes were made after contracts were signed.',
        'Lord Mayor Adrian Schrinner said the council accepted all of the report\'s recommendations.',
        '"There are lessons here, and we will learn them," Cr Schrinner said. "But Brisbane now has a world-class '
        'public transport system."',
        'Opposition leader Jared Cassidy, who spoke at a council meeting on Tuesday, said the report was '
        'damning.',
        '"Ratepayers were told this project would cost $944 million. It has cost more than a billion," Cr Cassidy '
        'said.',
        '"Someone has to take responsibility for that."',
        'The report says the council\'s project board "did not have the expertise to challenge advice from '
        'contractors."',
        'It recommends that future projects over $100 million be overseen by an independent panel.',
        'Greens councillor Trina Massey, who wrote to the state\'s Auditor-General in 2022 asking for an '
        'investigation, said the findings vindicated her.',
        '"I was told I was being political. I was asking questions that needed to be asked," she said.',
        'Cr Schrinner said the design changes had been made for good reasons, including to improve accessibility.',
        '"Every change made the system better for the people who use it," he said.',
        'The Transport Workers\' Union, which represents Metro drivers, said the project had also been rushed into '
        'service.',
        '"Our members were driving buses with faults that should have been fixed before launch," TWU Queensland '
        'secretary Peter Biagini said.',
        'A council spokeswoman said all faults had since been fixed.',
        'Commuter Rachel Dunne, who catches the Metro from Eight Mile Plains to the city every day, said she liked '
        'the service.',
        '"It\'s quicker than my old bus and it\'s never full," Ms Dunne said. "I don\'t really care what it cost, '
        'to be honest."',
        'Her partner, Liam Dunne, disagreed.',
        '"I care. It\'s our rates," he said, laughing.',
        'A survey by the council found that 78 per cent of Metro passengers were satisfied with the service.',
        'Cr Cassidy said he would move a motion for a public inquiry at the next council meeting.',
        '"The audit is a start. It is not the end," he said.',
        'The council will debate the report next week.',
        'The Metro runs 60 electric buses on two routes between the inner city and the suburbs.',
    ), [
        ('costs blew out because', 'An independent audit'), ('at least 14 major design', 'The report'),
        ('the council accepted all', 'Adrian Schrinner'), ('There are lessons here', 'Adrian Schrinner'),
        ('But Brisbane now has', 'Adrian Schrinner'), ('the report was damning', 'Jared Cassidy'),
        ('Ratepayers were told', 'Jared Cassidy'), ('Someone has to take', 'Jared Cassidy'),
        ('did not have the expertise', 'The report'), ('the findings vindicated her', 'Trina Massey'),
        ('I was told I was being', 'Trina Massey'), ('the design changes had been', 'Adrian Schrinner'),
        ('Every change made the system', 'Adrian Schrinner'),
        ('the project had also been rushed', 'Transport Workers\' Union'),
        ('Our members were driving', 'Peter Biagini'), ('all faults had since', 'A council spokeswoman'),
        ('she liked the service', 'Rachel Dunne'), ('It\'s quicker than my old', 'Rachel Dunne'),
        ('I don\'t really care', 'Rachel Dunne'), ('I care. It\'s our rates', 'Liam Dunne'),
        ('78 per cent of Metro', 'A survey by the council'), ('he would move a motion', 'Jared Cassidy'),
        ('The audit is a start', 'Jared Cassidy'),
    ]),
    Article('tech_layoffs', _t(
        'BENGALURU: IT services major Infotech Solutions on Friday said it would lay off about 4,000 employees, '
        'nearly 3% of its workforce, as clients cut spending on technology projects.',
        'In a regulatory filing, the company said the job cuts would be completed by the end of the financial year '
        'and would cost about ₹600 crore in severance.',
        'Chief executive Rajiv Menon, who spoke to analysts on an earnings call on Friday evening, said the decision '
        'had been a painful one.',
        '"These are talented colleagues, and we do not take this step lightly," Mr. Menon said.',
        '"But demand in our largest markets has slowed, and we have to align our costs."',
        'He said the company would help affected employees find new jobs and extend their health cover for six '
        'months.',
        'Chief financial officer Anjali Rao said the company expected revenue growth of 1% to 3% for the year, '
        'lower than its earlier forecast.',
        '"Clients are delaying decisions. Deals are there, but they are taking longer to close," Ms. Rao said.',
        'The Nascent Information Technology Employees Senate (NITES), a union of IT workers, said it would file a '
        'complaint with the Labour Ministry.',
        '"Infotech made a profit of over ₹9,000 crore last year. There is no justification for throwing families on '
        'the street," NITES president Harpreet Singh Saluja said.',
        'He said several employees had told the union they were forced to resign instead of being laid off.',
        'An employee in the company\'s Pune office, who spoke on condition of anonymity, said her entire team of '
        '12 had been told on Thursday that their project was ending.',
        '"We were given a week to find another project inside the company. Everyone knows that means we are '
        'out," she said.',
        'Analysts said the cuts were expected.',
        '"The sector hired aggressively in 2021 and 2022. This is the correction," said Pareekh Jain, founder of '
        'EIIRTrend, a technology research firm.',
        'He said mid-level managers were most at risk across the industry.',
        'Shares of Infotech Solutions rose 2.4% on the BSE on Friday ahead of the announcement.',
        'Karnataka IT Minister Priyank Kharge said the State would speak to the company.',
        '"Bengaluru is the technology capital of the country. We will not be a silent spectator," the Minister '
        'said.',
        'Mr. Menon said the company would continue to hire freshers from campuses.',
        '"We will honour every offer letter we have issued," he said.',
        'The company also announced an interim dividend of ₹18 per share.',
        'A Nasscom spokesperson said the industry body was in touch with member companies.',
    ), [
        ('it would lay off about', 'Infotech Solutions'), ('the job cuts would be', 'Infotech Solutions'),
        ('the decision had been a painful', 'Rajiv Menon'), ('These are talented', 'Rajiv Menon'),
        ('But demand in our largest', 'Rajiv Menon'), ('the company would help', 'Rajiv Menon'),
        ('the company expected revenue', 'Anjali Rao'), ('Clients are delaying', 'Anjali Rao'),
        ('it would file a complaint', 'Nascent Information Technology Employees Senate'),
        ('Infotech made a profit', 'Harpreet Singh Saluja'),
        ('several employees had told', 'Harpreet Singh Saluja'),
        ('her entire team of 12', 'An employee in the company\'s Pune office'),
        ('We were given a week', 'An employee in the company\'s Pune office'),
        ('the cuts were expected', 'Analysts'), ('The sector hired', 'Pareekh Jain'),
        ('mid-level managers were', 'Pareekh Jain'), ('the State would speak', 'Priyank Kharge'),
        ('Bengaluru is the technology', 'Priyank Kharge'), ('the company would continue', 'Rajiv Menon'),
        ('We will honour every', 'Rajiv Menon'), ('the industry body was in touch', 'A Nasscom spokesperson'),
    ]),
    Article('veteran_medal', _t(
        'A 99-year-old D-Day veteran from Portsmouth has been awarded France\'s highest honour, the Légion '
        'd\'honneur, 80 years after he landed on Gold Beach.',
        'Stanley Holt received the medal from the French ambassador, Hélène Tréheux-Duchêne, at a ceremony at the '
        'D-Day Story museum on Saturday.',
        '"France will never forget what these young men did for our freedom," the ambassador said.',
        '"Mr Holt, you have our gratitude, today and always."',
        'The veteran, who was 19 when he came ashore with the Royal Engineers, said he accepted the medal on behalf '
        'of the friends he lost.',
        '"I\'m not a hero. The heroes are the ones who didn\'t come home," he said.',
        'He said he still thought about the beach every day.',
        'His granddaughter, Emma Holt, who organised the application, said the family was bursting with pride.',
        '"Grandad never talked about the war when we were growing up. It was only in the last ten years that he '
        'started telling us," she said.',
        'Her father, Richard Holt, said the ceremony had been emotional for all of them.',
        '"To see him standing there, straight as a rod, at 99 years of age, it was something else," Mr Holt said.',
        'Portsmouth\'s Lord Mayor, Councillor Tom Coles, said the city owed its veterans a debt it could never repay.',
        '"Stanley represents a generation that gave everything," he said.',
        'The Royal British Legion said fewer than 100 British veterans of the Normandy landings were thought to be '
        'alive.',
        '"Every year there are fewer of them, and every year their stories matter more," a Legion spokeswoman said.',
        'Asked what he would say to young people today, the veteran paused.',
        '"Look after each other," he said. "That\'s all it comes down to. Look after each other."',
        'Mr Holt plans to return to Normandy in June for the commemorations.',
        'Emma Holt said the family had already booked the ferry.',
        '"He says it\'s his last trip. He said that last year too," she said.',
        'Fellow veteran Jack Mortimer, 100, who also attended the ceremony, said he and Mr Holt had met on a '
        'commemoration trip in 2014 and had been friends ever since.',
        '"We don\'t talk about the war much. We talk about football," Mr Mortimer said.',
        'The D-Day Story museum said more than 300 people had attended the ceremony.',
        'The museum will display a photograph of the presentation in its main gallery from next month.',
        'More than 156,000 Allied troops landed in Normandy on 6 June 1944.',
    ), [
        ('France will never forget', 'Hélène Tréheux-Duchêne'), ('Mr Holt, you have', 'Hélène Tréheux-Duchêne'),
        ('he accepted the medal', 'Stanley Holt'), ('I\'m not a hero', 'Stanley Holt'),
        ('he still thought about the beach', 'Stanley Holt'), ('the family was bursting', 'Emma Holt'),
        ('Grandad never talked', 'Emma Holt'), ('the ceremony had been emotional', 'Richard Holt'),
        ('To see him standing there', 'Richard Holt'), ('the city owed its veterans', 'Tom Coles'),
        ('Stanley represents a generation', 'Tom Coles'),
        ('fewer than 100 British veterans', 'Royal British Legion'),
        ('Every year there are fewer', 'a Legion spokeswoman'), ('Look after each other', 'Stanley Holt'),
        ('the family had already booked', 'Emma Holt'), ('He says it\'s his last', 'Emma Holt'),
        ('he and Mr Holt had met', 'Jack Mortimer'), ('We don\'t talk about the war', 'Jack Mortimer'),
        ('more than 300 people', 'D-Day Story museum'),
    ]),
    Article('korea_talks', _t(
        'SEOUL, March 4 (AP) — South Korea and Japan agreed on Monday to resume regular defence talks suspended '
        'since 2018, in the latest sign of warming ties between the two U.S. allies.',
        'South Korean Defence Minister Shin Won-sik and his Japanese counterpart, Minoru Kihara, announced the '
        'agreement after a meeting in Seoul.',
        '"Our two countries face the same threats, from the same direction," Shin said at a joint news conference. '
        '"It is natural that we talk to each other."',
        'Kihara said Japan and South Korea would also share real-time data on North Korean missile launches with '
        'the United States.',
        '"This cooperation is a clear message to Pyongyang," he said.',
        'North Korea fired two short-range ballistic missiles into the sea last week, according to South Korea\'s '
        'Joint Chiefs of Staff.',
        'Relations between Seoul and Tokyo have improved sharply since South Korean President Yoon Suk Yeol took '
        'office in 2022 and moved to settle a dispute over wartime forced labour.',
        'But the rapprochement remains unpopular with many South Koreans.',
        'Lee Jae-myung, leader of the opposition Democratic Party, said the government was ignoring the victims of '
        'Japan\'s colonial rule.',
        '"The government is selling out history for a photo opportunity," Lee said in a speech to party members.',
        'Kim Sung-joo, 94, one of the few surviving victims of forced labour, told reporters in Gwangju that she '
        'would not accept compensation from a South Korean fund.',
        '"I want an apology from Japan, not money from my own government," Kim said.',
        'Her lawyer, Lim Jae-sung, said the victims would continue their legal fight in Japanese courts.',
        'Japan\'s Foreign Ministry said in a statement that it welcomed "the sincere efforts of the Yoon '
        'government."',
        'U.S. Ambassador Philip Goldberg praised the agreement.',
        '"When our allies work together, all three of our countries are safer," Goldberg said in a post on X.',
        'Analysts said the talks could be vulnerable to a change of government in Seoul.',
        '"Much of this depends on one president. If the opposition wins in 2027, it could unravel quickly," said '
        'Leif-Eric Easley, a professor of international studies at Ewha Womans University in Seoul.',
        'South Korean officials said the next round of talks would be held in Tokyo in the autumn.',
        'Shin said he hoped the talks would become routine.',
        '"The best sign of success is when nobody finds these meetings newsworthy," he said.',
        'Japan ruled Korea as a colony from 1910 to 1945, and disputes over that period have long soured '
        'relations between the neighbours.',
        '(Reporting by Hyung-jin Kim and Mari Yamaguchi)',
    ), [
        ('Our two countries face', 'Shin Won-sik'), ('It is natural that', 'Shin Won-sik'),
        ('Japan and South Korea would also', 'Minoru Kihara'), ('This cooperation is', 'Minoru Kihara'),
        ('North Korea fired two', 'Joint Chiefs of Staff'),
        ('the government was ignoring', 'Lee Jae-myung'), ('The government is selling', 'Lee Jae-myung'),
        ('would not accept compensation', 'Kim Sung-joo'), ('I want an apology', 'Kim Sung-joo'),
        ('the victims would continue', 'Lim Jae-sung'), ('the sincere efforts', 'Japan\'s Foreign Ministry'),
        ('When our allies work', 'Philip Goldberg'), ('the talks could be vulnerable', 'Analysts'),
        ('Much of this depends', 'Leif-Eric Easley'), ('the next round of talks', 'South Korean officials'),
        ('he hoped the talks would', 'Shin Won-sik'), ('The best sign of success', 'Shin Won-sik'),
    ]),
]


LEFT: dict[tuple[str, str], str] = {
    ('bushfire_town', 'The whole hill was glowing'):
        "'the woman' is not tied to 'One resident' whom 'she' showed to be a woman",
    ('bushfire_town', 'We grabbed the dog'):
        "'the woman' is not tied to 'One resident' whom 'she' showed to be a woman",
    ('metro_delay', 'several shops had already'):
        "a name given in a relative clause ('who gave his name only as Ramesh') is not read",
    ('metro_delay', 'They tell us one more year'):
        "'he' goes to the woman who spoke before, not to 'Her neighbour' (a man by 'his')",
    ('metro_delay', 'We have heard this'):
        "'he' goes to the woman who spoke before, not to 'Her neighbour' (a man by 'his')",
    ('rate_hold', 'businesses needed certainty'):
        "an unnamed spokesperson is kept: 'A spokesperson for the Confederation of British Industry'",
    ('fraud_trial', 'he had done nothing wrong'):
        "the lead's description ('A former hospital executive accused of …') is not given to the name after it",
    ('fraud_trial', 'Trust is not a defense'):
        "'the prosecutor' is not the holder of 'Assistant U.S. Attorney'",
    ('lecturers_strike', 'People think we all have'):
        "'she' goes to the last named woman, not to the unnamed lecturer who spoke",
    ('lecturers_strike', 'Half my department'):
        "'she' goes to the last named woman, not to the unnamed lecturer who spoke",
    ('test_selection', 'he had found out in a phone'):
        "'the young opener' (a sports epithet) is not resolved",
    ('test_selection', 'It hurts'):
        "'the Victorian' (a player's state) is not resolved",
    ('test_selection', "I'll go back to the Shield"):
        "'the Victorian' (a player's state) is not resolved",
    ('flood_relief', 'The water came at night'):
        "'she' goes to the official quoted before, not to the woman the paragraph describes",
    ('flood_relief', 'Crores were sanctioned'):
        "'Leader of Opposition' is not split from the name",
    ('flood_relief', 'the floods be declared'):
        "not found: 'demanded that' with a subjunctive clause",
    ('factory_fire', 'We hope the Korean side'):
        "'Xing Haiming' is not read as a person's name",
    ('library_cuts', 'councils had a statutory duty'):
        "a name with a comma in it ('Department for Culture, Media and Sport') is cut",
    ('croc_attack', 'wildlife officers had killed'):
        "a name with a comma in it ('Department of Environment, Science and Innovation') is cut",
    ('croc_attack', 'Wildlife officers will examine'):
        "a name with a comma in it ('Department of Environment, Science and Innovation') is cut",
    ('care_home', 'staff were'):
        "'The inspection report states' is read as 'The inspection'",
    ('airline_refunds', 'Southwest had failed to provide'):
        "'U.S.' is dropped from the department's name",
    ('airline_refunds', 'it had reached the settlement'):
        "the short form 'Southwest' is not expanded to 'Southwest Airlines'",
    ('airline_refunds', 'We have spent the past'):
        "'the airline' is not resolved to the airline named before",
    ('airline_refunds', 'Our operation is in'):
        "'the airline' is not resolved to the airline named before",
    ('vaccine_study', 'children who received more aluminium'):
        "not found: 'found that' is no speech verb (the annotated eval sets never count it)",
    ('vaccine_study', 'about one in five American'):
        "not found: 'found that' is no speech verb (the annotated eval sets never count it)",
    ('premier_pipeline', 'We will not be bullied'):
        'a first line that is a headline is not read for quotes',
    ('premier_pipeline', 'Our producers are leaders'):
        "'the minister' goes to the minister named last, not to the one who just spoke",
    ('council_audit', 'costs blew out because'):
        "not found: 'found that' is no speech verb (the annotated eval sets never count it)",
    ('council_audit', 'at least 14 major design'):
        "not found: 'found that' is no speech verb (the annotated eval sets never count it)",
    ('council_audit', '78 per cent of Metro'):
        "not found: 'found that' is no speech verb (the annotated eval sets never count it)",
    ('tech_layoffs', 'it would lay off about'):
        "'IT services major Infotech Solutions on Friday said': the descriptor before the name leaves no speaker",
    ('tech_layoffs', 'the job cuts would be'):
        "'the company' after 'In a regulatory filing' is not resolved",
    ('tech_layoffs', 'We were given a week'):
        "'she' goes to the last named speaker, not to the unnamed employee",
    ('tech_layoffs', 'the State would speak'):
        "'Karnataka IT Minister Priyank Kharge': the place is taken for the speaker",
    ('veteran_medal', 'he accepted the medal'):
        "'The veteran' is not tied to the lead's 'A 99-year-old D-Day veteran', named in the next sentence",
    ('veteran_medal', "I'm not a hero"):
        "'The veteran' is not tied to the lead's 'A 99-year-old D-Day veteran', named in the next sentence",
    ('veteran_medal', 'he still thought about the beach'):
        "'The veteran' is not tied to the lead's 'A 99-year-old D-Day veteran', named in the next sentence",
    ('veteran_medal', 'Look after each other'):
        "'he' after 'the veteran paused' goes to the organisation quoted before",
    ('korea_talks', 'North Korea fired two'):
        "the owner of 'South Korea's Joint Chiefs of Staff' is kept",
}
"""(article, quote's first words) -> why its speaker is still wrong or the quote is not found."""

NOT_QUOTES: dict[str, list[str]] = {
    'premier_pipeline': ["Let's work with Ottawa"],  # a quotation the writer imagines, said by nobody
}
"""article -> the first words of quotations in it that nobody is reported to have said."""


def _key(name: str | None) -> str:
    """A speaker's name without a leading article and without the initialism the extractor adds to a spelled-out
    name ("Confederation of British Industry (CBI)"), for comparing."""
    name = re.sub(r" \([A-Z]{2,6}\)$", "", name or "")
    words = name.split(" ", 1)
    return words[1] if len(words) == 2 and words[0].lower() in ("the", "a", "an") else name


def _wrong(article: Article) -> dict[str, str]:
    return wrong_speakers(article, _key)


def assert_speakers_as_listed(article: Article, left) -> None:
    """Every listed quote of ``article`` found with its speaker, but those ``left`` (pairs of article and first
    words) names as still wrong; and each of those still wrong, so that the list stays current."""
    wrong = _wrong(article)
    known = {start for (name, start) in left if name == article.name}
    assert {s: w for s, w in wrong.items() if s not in known} == {}
    assert known <= set(wrong), "now right, drop from LEFT: %s" % sorted(known - set(wrong))


def assert_no_quote_starts(article: Article, starts: list[str]) -> None:
    """No quotation the extractor finds in ``article`` begins with any of ``starts``."""
    said = [q.text for q in extract_quotes(article.text, article.name)]
    assert [s for s in starts if any(t.startswith(s) for t in said)] == []


def assert_article_set(articles: list[Article], left, words: int, quotes: int) -> None:
    """A set of 30 or more distinct articles of ``words`` words or more, ``quotes`` listed quotes or more, each
    listed quote's first words in its article, and every entry of ``left`` one of the listed quotes."""
    assert len(articles) >= 30
    assert len({a.name for a in articles}) == len(articles)
    assert all(len(a.text.split()) >= words for a in articles)
    assert sum(len(a.speakers) for a in articles) >= quotes
    for a in articles:  # every listed first words occur in the text
        assert all(start in a.text for start, _ in a.speakers), a.name
    assert set(left) <= {(a.name, s) for a in articles for s, _ in a.speakers}


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_every_speaker_of_the_article(article: Article):
    assert_speakers_as_listed(article, LEFT)


@pytest.mark.parametrize("name", sorted(NOT_QUOTES))
def test_imagined_words_are_no_quotes(name: str):
    article = next(a for a in ARTICLES if a.name == name)
    said = [q.text for q in extract_quotes(article.text, name)]
    assert [s for s in NOT_QUOTES[name] if any(s in t for t in said)] == []


def test_the_articles_are_many_long_and_varied():
    assert len(ARTICLES) >= 30
    assert len({a.name for a in ARTICLES}) == len(ARTICLES)
    assert all(len(a.text.split()) >= 400 for a in ARTICLES)
    assert sum(len(a.speakers) for a in ARTICLES) >= 450
    for a in ARTICLES:  # every listed first words occur in the text once the quote marks are dropped
        assert all(start in a.text for start, _ in a.speakers), a.name
