"""Speakers across whole articles, third set: 30 news stories written for these tests in house styles the first two
sets lack (local TV station copy, tech-press launches with executives and analysts, celebrity news with social-media
posts, health studies with their authors and outside experts, English regional council reporting, New Zealand,
Indian business and African election copy, a trial day with questions and answers in court, a live blog of
time-stamped entries, an interview printed as questions and answers, an obituary, a game story with both coaches,
a disaster with officials and survivors, an opinion column, a profile, a markets wire, a transfer story, an air
accident, climate talks, a data breach, and others), each of 500 words or more.

Every quotation and reported statement listed must be found with the speaker's fullest name (a leading article
aside). ``LEFT`` lists what the extractor still gets wrong, with the reason; the test fails when one of them comes
right too, so the list stays current.
"""

from __future__ import annotations

import pytest

from test_quotes_whole_articles import Article, _t
from test_quotes_whole_articles2 import assert_article_set, assert_no_quote_starts, assert_speakers_as_listed


ARTICLES: list[Article] = []

ARTICLES += [
    Article('tv_water_main', _t(
        'ST. LOUIS (KTVI) - Hundreds of homes in south St. Louis County were still without water Wednesday '
        'morning after a 48-inch water main burst overnight, flooding a stretch of Gravois Road and swallowing '
        'part of a parked pickup truck.',
        'Missouri American Water says crews were called to the break near Gravois and Tesson Ferry Road around '
        '1:30 a.m.',
        'Company spokesperson Brenda Kowalczyk told FOX 2 the main was installed in 1958 and had been on a list '
        'for replacement.',
        '"This is one of our larger transmission lines, so when it goes, it goes big," Kowalczyk said. "Our crews '
        'have been out here all night and they will stay here until it is fixed."',
        'She said repairs could take 24 to 36 hours and that a boil advisory would stay in place for affected '
        'customers until testing is complete.',
        'The water rushed down the hill and into the parking lot of a strip mall, where it reached the bumpers of '
        'several cars.',
        'Dale Hutchins owns the dry cleaner at the end of the strip. He showed our crew the water line on his '
        'front door.',
        '"I got a call from the alarm company at two in the morning, and by the time I got here it was like a '
        'river," Hutchins said. "Thirty-one years I\'ve been here and I\'ve never seen anything like it."',
        'He says he will be closed at least through the weekend.',
        'Neighbors on Wilmington Avenue woke up to no water pressure at all.',
        '"I went to make coffee and nothing came out of the tap," said Tamika Rhodes, who lives two blocks away '
        'with her three children. "Now I\'ve got to figure out how to get the kids ready for school."',
        'Rhodes said she drove to a gas station to buy four gallons of water.',
        'The pickup truck belongs to Jose Alvarado, a landscaper who had parked it on the street after work.',
        '"The ground just opened up under it," Alvarado told FOX 2. "My whole business is in that truck. The '
        'mowers, the trimmers, everything."',
        'St. Louis County Police said Gravois Road would remain closed in both directions between Tesson Ferry '
        'and Heege Road for most of the day. Drivers are asked to use Interstate 55 instead.',
        'County Executive Sam Whitford, who visited the site around 7 a.m., said the county would press the utility '
        'to speed up pipe replacement.',
        '"We have infrastructure in the ground that is older than most of the people who live here," Whitford said. '
        '"That is not a knock on anybody, but it is a problem we have to get ahead of."',
        'A Missouri American Water spokesperson said later Wednesday that the company spends about $80 million a '
        'year replacing aging mains in the region.',
        'The Red Cross set up a water distribution point at Affton High School. Volunteer coordinator Lisa Meyer '
        'said more than 600 cases had been handed out by noon.',
        '"People are being really patient," Meyer said. "We\'ve got plenty, so come on by."',
        'Kowalczyk said customers who see discolored water after service returns should run their cold taps for '
        'several minutes.',
        '"If it doesn\'t clear up, give us a call and we will send someone out," she said.',
        'FOX 2 will continue to update this story as crews make repairs.',
    ), [
        ('crews were called to the break', 'Missouri American Water'),
        ('the main was installed in 1958', 'Brenda Kowalczyk'),
        ('This is one of our larger', 'Brenda Kowalczyk'), ('Our crews have been out', 'Brenda Kowalczyk'),
        ('repairs could take 24', 'Brenda Kowalczyk'),
        ('I got a call from the alarm', 'Dale Hutchins'), ('Thirty-one years', 'Dale Hutchins'),
        ('he will be closed at least', 'Dale Hutchins'),
        ('I went to make coffee', 'Tamika Rhodes'), ('Now I\'ve got to figure', 'Tamika Rhodes'),
        ('she drove to a gas station', 'Tamika Rhodes'),
        ('The ground just opened', 'Jose Alvarado'), ('My whole business', 'Jose Alvarado'),
        ('Gravois Road would remain closed', 'St. Louis County Police'),
        ('the county would press the utility', 'Sam Whitford'), ('We have infrastructure in', 'Sam Whitford'),
        ('That is not a knock', 'Sam Whitford'),
        ('the company spends about $80', 'A Missouri American Water spokesperson'),
        ('more than 600 cases', 'Lisa Meyer'), ('People are being really', 'Lisa Meyer'),
        ('customers who see discolored', 'Brenda Kowalczyk'), ('If it doesn\'t clear up', 'Brenda Kowalczyk'),
    ]),
    Article('phone_launch', _t(
        'Nimbus unveiled its thinnest phone yet on Tuesday, betting that a slimmer design and a new in-house chip '
        'can win back buyers who have drifted to larger rivals.',
        'The Nimbus Air, which goes on sale next month at $899, is 5.6 millimeters thick and weighs 148 grams. It '
        'runs on the company\'s own N4 processor, the first Nimbus phone not to use a chip bought from an outside '
        'supplier.',
        '"We designed every layer of this phone ourselves, from the silicon up," chief executive Priya Raman told '
        'a packed auditorium at the company\'s San Jose headquarters. "That is what lets us make something this '
        'thin without giving up a full day of battery."',
        'Raman said the N4 was 30 percent faster than last year\'s chip while drawing less power, though she did '
        'not give figures for battery capacity.',
        'In a briefing with reporters after the keynote, hardware chief Tom Ekstrand said the battery was smaller '
        'than the one in the Nimbus 9 but that the chip made up the difference.',
        '"You will get through a normal day, and for most people that means a day and a bit," Ekstrand said. '
        '"We are not going to pretend physics doesn\'t exist."',
        'The launch comes at a tough moment for the company. Nimbus shipped 11 million phones last year, down 18 '
        'percent, according to research firm Canalys, while its two largest competitors both grew.',
        'Analysts were split on whether a thinner phone is what buyers want.',
        '"Thin is a great headline, but people upgrade for cameras and battery life," said Mariana Costa, a '
        'senior analyst at IDC. "If the Air gives up either of those, it becomes a niche product."',
        'Others said the custom chip mattered more than the design. Ben Hollis, who covers consumer hardware at '
        'Bernstein, wrote in a note to clients that owning the processor could lift Nimbus\'s gross margins by two '
        'to three points over two years.',
        '"The chip is the story here, not the chassis," Hollis wrote.',
        'The company also showed a new version of its Halo software with on-device AI features, including a tool '
        'that summarizes missed calls and messages.',
        'Software vice president Lena Odum said none of the data used by those features would leave the phone.',
        '"Your messages are yours," Odum said on stage. "We built this so it works in airplane mode, because we '
        'think that is the right promise to make."',
        'Privacy advocates were cautiously positive. Jacob Reyes, a technologist at the Electronic Frontier '
        'Foundation, told The Register that on-device processing was "a meaningful step" but that users should '
        'be able to check what the features collect.',
        '"Trust is good, audits are better," he said.',
        'Not everything went to plan. A live demonstration of the summary tool stalled for several seconds before '
        'Odum laughed and moved on.',
        '"Live demos," she said. "Always a thrill."',
        'Investors appeared unmoved. Nimbus shares closed down 1.2 percent.',
        'Raman told reporters she was not worried about the stock\'s reaction on a single day.',
        '"We are building for the next five years, not the next five hours," she said.',
        'The Nimbus Air will be available in four colors, with preorders opening Friday.',
    ), [
        ('We designed every layer', 'Priya Raman'), ('That is what lets us', 'Priya Raman'),
        ('the N4 was 30 percent', 'Priya Raman'),
        ('the battery was smaller', 'Tom Ekstrand'), ('You will get through', 'Tom Ekstrand'),
        ('We are not going to pretend', 'Tom Ekstrand'),
        ('Nimbus shipped 11 million', 'Canalys'),
        ('Thin is a great headline', 'Mariana Costa'), ('If the Air gives up', 'Mariana Costa'),
        ('the custom chip mattered', 'Others'), ('owning the processor could lift', 'Ben Hollis'), ('The chip is the story', 'Ben Hollis'),
        ('none of the data used', 'Lena Odum'), ('Your messages are yours', 'Lena Odum'),
        ('We built this so it works', 'Lena Odum'),
        ('on-device processing was', 'Jacob Reyes'), ('Trust is good', 'Jacob Reyes'),
        ('Live demos', 'Lena Odum'), ('Always a thrill', 'Lena Odum'),
        ('she was not worried about', 'Priya Raman'), ('We are building for the next', 'Priya Raman'),
    ]),
    Article('celebrity_split', _t(
        'Pop singer Kaya Monroe and actor Dev Hollister have split after four years together, the couple '
        'confirmed on Sunday.',
        'Monroe, 29, broke the news in an Instagram story shared with her 38 million followers.',
        '"After a lot of love and a lot of thought, Dev and I have decided to go our separate ways," she wrote. '
        '"We are still family to each other, and we ask for kindness while we figure out what that looks like."',
        'Hollister, 33, posted the same photograph of the pair on a beach in Maui with a shorter caption: "Always '
        'in my corner. Always in hers."',
        'The pair met on the set of the music video for Monroe\'s 2021 single Paper Moon, in which Hollister played '
        'her love interest. They got engaged in Italy last summer.',
        'A representative for Monroe told People that the split was amicable and that there was "no drama" behind '
        'it.',
        '"They have been living apart for a few months because of work," the representative said. "This was a '
        'slow decision, not a sudden one."',
        'But a source close to Hollister told Us Weekly the actor had been "blindsided" by the timing of the '
        'announcement, which came two days before the premiere of his new film.',
        '"He thought they had agreed to wait," the source said.',
        'Fans quickly flooded both stars\' comment sections. Many pointed to Monroe\'s latest single, Quiet Rooms, '
        'released in March, which includes the line "you were gone before you left."',
        'Monroe addressed the speculation directly in a later post on X.',
        '"Not every song is a diary entry, guys," she wrote. "Some of them are just songs."',
        'Her longtime producer, Marcus Webb, defended her on a podcast appearance on Monday.',
        '"Kaya writes from her life, like every good songwriter, but people are reading tea leaves that aren\'t '
        'there," Webb said. "That record was finished a year ago."',
        'Hollister\'s co-star in the film, Julia Brandt, was asked about the breakup on the red carpet in Los '
        'Angeles on Tuesday night.',
        '"He\'s a pro, he showed up and he was lovely to everybody," Brandt told Entertainment Tonight. "That\'s '
        'all I\'m going to say about it."',
        'Hollister himself walked the carpet without stopping for interviews, though he waved to fans and signed '
        'autographs for nearly half an hour.',
        'Inside the theater, he thanked the cast and crew and made a brief joke about his week.',
        '"It\'s been a lot," Hollister told the audience, to laughter. "Thank you for coming to see a movie about a '
        'man who has a very bad month."',
        'Relationship experts say public breakups have become a genre of their own. Dr. Elena Ruiz, a psychologist '
        'who studies celebrity culture at the University of Southern California, said fans often feel they are '
        'owed an explanation.',
        '"Social media makes people feel like they are part of the relationship," Ruiz said. "So when it ends, '
        'they want a role in the story."',
        'Monroe is scheduled to begin a 40-date world tour in Melbourne in September.',
        'Tickets for the Australian leg sold out within an hour, promoter Live Nation Australia said.',
    ), [
        ('Pop singer Kaya Monroe and actor', 'the couple'), ('After a lot of love', 'Kaya Monroe'), ('We are still family', 'Kaya Monroe'),
        ('Always in my corner', 'Dev Hollister'),
        ('the split was amicable', 'A representative for Monroe'),
        ('They have been living apart', 'A representative for Monroe'),
        ('This was a slow decision', 'A representative for Monroe'),
        ('the actor had been', 'a source close to Hollister'),
        ('He thought they had agreed', 'a source close to Hollister'),
        ('Not every song is a diary', 'Kaya Monroe'), ('Some of them are just songs', 'Kaya Monroe'),
        ('Kaya writes from her life', 'Marcus Webb'), ('That record was finished', 'Marcus Webb'),
        ('He\'s a pro', 'Julia Brandt'), ('That\'s all I\'m going', 'Julia Brandt'),
        ('It\'s been a lot', 'Dev Hollister'), ('Thank you for coming', 'Dev Hollister'),
        ('public breakups have become', 'Relationship experts'), ('fans often feel they are', 'Elena Ruiz'), ('Social media makes people', 'Elena Ruiz'),
        ('So when it ends', 'Elena Ruiz'),
        ('Tickets for the Australian leg', 'Live Nation Australia'),
    ]),
    Article('sleep_study', _t(
        'Adults who go to bed at irregular times may face a higher risk of heart disease even when they sleep '
        'enough hours, a large study published Wednesday suggests.',
        'Researchers tracked more than 61,000 people in Britain who wore activity monitors on their wrists for a '
        'week and then followed their health for an average of eight years. Those with the most irregular sleep '
        'patterns were 26 percent more likely to have a heart attack or stroke than those with the most regular '
        'ones.',
        'The findings appear in the European Heart Journal.',
        '"The message is not just \'sleep more\' but \'sleep at the same time\'," said Dr. Hannah Okoro, an '
        'epidemiologist at the University of Leeds who led the study. "Regularity seems to matter in its own '
        'right."',
        'Okoro said the link held even after the team accounted for age, smoking, exercise, diet and how long '
        'people slept.',
        'The study was observational, which means it cannot prove that irregular sleep causes heart disease. '
        'People whose schedules swing from night to night may differ in other ways, such as working shifts or '
        'caring for young children.',
        'Co-author Dr. James Whitcombe, a sleep researcher at Monash University in Melbourne, acknowledged the '
        'limitation.',
        '"We can\'t rule out that something else explains part of this," Whitcombe said. "But the size of the '
        'effect, and the fact that it grows step by step, makes us think it is real."',
        'He said the team was now planning a trial in which volunteers would be coached to keep a steady bedtime.',
        'Outside experts said the research was careful but urged caution.',
        'Dr. Luis Ortega, a cardiologist at the Cleveland Clinic who was not involved in the study, said the '
        'wrist monitors were a strength because most earlier work relied on people\'s own reports of how they '
        'slept.',
        '"People are terrible at remembering when they fell asleep," Ortega said. "Having a device record it is '
        'a real step up."',
        'Still, he said, a week of data may not capture how people sleep over years.',
        'Professor Anne-Marie Castel, who studies circadian rhythms at the University of Geneva, said the body\'s '
        'internal clock offered a plausible explanation.',
        '"Every organ keeps time, and when you keep changing the schedule you are asking the heart and the liver '
        'to live in different time zones," she said.',
        'The American Heart Association added sleep to its list of key measures of heart health in 2022. A '
        'spokeswoman for the group said the new findings were consistent with that decision.',
        'Okoro said she hoped the results would change how doctors talk to patients about rest.',
        '"We tell people to get seven to nine hours, and that is still good advice," she said. "But if you are '
        'getting those hours at midnight one day and 3 a.m. the next, you may be missing something."',
        'The study was funded by the British Heart Foundation.',
        'Ortega offered some practical advice for people who struggle with a steady schedule.',
        '"Pick a wake-up time and keep it, even on weekends," he said. "Bedtime tends to follow."',
    ), [
        ('The message is not just', 'Hannah Okoro'), ('Regularity seems to matter', 'Hannah Okoro'),
        ('the link held even after', 'Hannah Okoro'),
        ('We can\'t rule out', 'James Whitcombe'), ('But the size of the effect', 'James Whitcombe'),
        ('the team was now planning', 'James Whitcombe'),
        ('the research was careful', 'Outside experts'), ('the wrist monitors were a strength', 'Luis Ortega'), ('People are terrible at', 'Luis Ortega'),
        ('Having a device record', 'Luis Ortega'), ('a week of data may not', 'Luis Ortega'),
        ('the body\'s internal clock', 'Anne-Marie Castel'), ('Every organ keeps time', 'Anne-Marie Castel'),
        ('the new findings were consistent', 'A spokeswoman for the group'),
        ('she hoped the results would', 'Hannah Okoro'), ('We tell people to get', 'Hannah Okoro'),
        ('But if you are getting', 'Hannah Okoro'),
        ('Pick a wake-up time', 'Luis Ortega'), ('Bedtime tends to follow', 'Luis Ortega'),
    ]),
    Article('cornwall_planning', _t(
        'Plans for 450 homes on farmland outside Truro have been approved by Cornwall Council despite more than '
        '1,200 objections from residents.',
        'The strategic planning committee voted 8-5 in favour of the scheme at Tregolls Farm after a meeting that '
        'lasted almost five hours, the Local Democracy Reporting Service reports.',
        'Developer Penrose Homes said 35 per cent of the houses would be classed as affordable, with priority '
        'given to people with a local connection.',
        'Speaking at the meeting, the company\'s planning director, Rachel Trevithick, said: "Cornwall has more '
        'than 20,000 households on its housing register. Young people who grew up here are being priced out of '
        'the place they call home, and this scheme will help change that."',
        'But Cllr Peter Angove, who represents the neighbouring division, said the site was the wrong place for '
        'so many houses.',
        '"The roads around Tregolls are already at a standstill at school run time," he said. "Adding another '
        'thousand cars will make it impossible."',
        'He told the committee the nearest GP surgery had closed its list to new patients in the spring.',
        'Resident Jenny Lobb, 67, who has lived on the edge of the farm for 40 years, addressed councillors on '
        'behalf of the Tregolls Action Group.',
        '"We are not against housing," she said. "We are against housing with no doctors, no school places and '
        'no buses. Build the infrastructure first."',
        'Mrs Lobb said the group would consider asking for a judicial review.',
        'Council officers had recommended approval, saying the site had been allocated for housing in the Truro '
        'and Kenwyn neighbourhood plan.',
        'Senior planning officer Mark Hosking told the committee that refusing the application would be hard to '
        'defend at appeal.',
        '"If members refuse this, there is a real risk the council would lose and face costs," Mr Hosking said.',
        'Committee chairman Cllr David Harvey said it had been one of the hardest decisions he had faced.',
        '"Everyone in this room wants young families to be able to stay in Cornwall," he said. "The question is '
        'how, and I don\'t think anybody has a perfect answer."',
        'The developer has agreed to pay £2.4 million towards a new primary school and £600,000 for road '
        'improvements, including a new roundabout on the A39.',
        'Cllr Angove said the money would not go far enough.',
        '"Six hundred thousand pounds doesn\'t buy you much road these days," he said.',
        'NHS Cornwall and Isles of Scilly Integrated Care Board, which was consulted on the scheme, said in a '
        'written response that it would seek a contribution towards extra GP space.',
        'Liberal Democrat councillor Sally Prynne voted against the plans. Afterwards she said the committee had '
        'been "boxed in" by national targets.',
        '"Councils are being told to build, build, build, and we lose every argument about where," she said.',
        'Ms Trevithick said work could start next year, with the first homes finished by 2027.',
        'A spokesperson for Penrose Homes later said the company was pleased with the decision and would publish a '
        'construction timetable in the autumn.',
        '"We will keep talking to the community," she said. "We want this to be a place people are proud of."',
    ), [
        ('The strategic planning committee voted', 'Local Democracy Reporting Service'),
        ('35 per cent of the houses', 'Penrose Homes'),
        ('Cornwall has more than 20,000', 'Rachel Trevithick'), ('Young people who grew up', 'Rachel Trevithick'),
        ('the site was the wrong place', 'Peter Angove'), ('The roads around Tregolls', 'Peter Angove'),
        ('Adding another thousand', 'Peter Angove'), ('the nearest GP surgery', 'Peter Angove'),
        ('We are not against housing', 'Jenny Lobb'), ('We are against housing with', 'Jenny Lobb'),
        ('the group would consider', 'Jenny Lobb'),
        ('the site had been allocated', 'Council officers'),
        ('refusing the application would', 'Mark Hosking'), ('If members refuse this', 'Mark Hosking'),
        ('it had been one of the hardest', 'David Harvey'), ('Everyone in this room', 'David Harvey'),
        ('The question is how', 'David Harvey'),
        ('the money would not go far', 'Peter Angove'), ('Six hundred thousand pounds', 'Peter Angove'),
        ('it would seek a contribution', 'NHS Cornwall and Isles of Scilly Integrated Care Board'),
        ('the committee had been', 'Sally Prynne'), ('Councils are being told', 'Sally Prynne'),
        ('work could start next year', 'Rachel Trevithick'),
        ('the company was pleased with', 'A spokesperson for Penrose Homes'), ('We will keep talking', 'Rachel Trevithick'),
        ('We want this to be a place', 'Rachel Trevithick'),
    ]),
    Article('nz_fuel_tax', _t(
        'The Government will scrap the regional fuel tax in Auckland from July, Transport Minister Simon Brayfield '
        'has confirmed, leaving the city council to find $1.2 billion for its transport programme elsewhere.',
        'Speaking to media at Parliament on Tuesday, Brayfield said Aucklanders had paid more at the pump than '
        'anyone else in the country for six years.',
        '"That ends on 30 June," he said. "We campaigned on it, and we are delivering it."',
        'The tax adds 11.5 cents a litre to petrol and diesel sold in the Auckland region and was introduced by the '
        'previous Labour government in 2018 to pay for projects including the Eastern Busway and new electric '
        'trains.',
        'Auckland Mayor Wayne Hollis said he had been given less than a day\'s notice.',
        '"I found out about this in a text message at 9 o\'clock last night," Hollis told RNZ\'s Morning Report. '
        '"That is not how you treat the largest city in the country."',
        'He said the council would now have to decide which projects to delay.',
        '"There is no magic pot of money. If the Government takes away a revenue stream, something does not get '
        'built," the mayor said.',
        'Labour\'s transport spokesperson, Kiri Tamihana, accused the Government of breaking a promise to work '
        'with councils.',
        '"They talk about partnership with local government and then they do this by press release," Tamihana '
        'said. "Aucklanders will pay for it with longer commutes."',
        'Prime Minister Christopher Lund defended the decision at his post-Cabinet press conference.',
        '"We were really clear before the election that this tax would go," Lund said. "Nobody should be '
        'surprised."',
        'He said the Government would work with the council on "alternative funding tools", including congestion '
        'charging, which the council has asked for since 2019.',
        'Asked when legislation for congestion charging would be ready, Lund said: "This year. I am not going to '
        'give you a date today."',
        'The Automobile Association welcomed the move. AA policy adviser Terry Collins said the tax had been '
        'unfair on low-income families in South Auckland, who often drive the furthest to work.',
        '"For a family filling up twice a week, this is real money back in their pocket," Collins said.',
        'Economist Jarrod Kemp, of Kiwibank, said the change would knock about 0.2 percentage points off annual '
        'inflation when it takes effect.',
        'Green Party co-leader Marama Te Awa said scrapping the tax without a replacement would hit public transport '
        'hardest.',
        '"Every cent of this tax that went into buses and trains is now at risk," she said. "This is a Government '
        'that only knows how to build roads."',
        'Hollis\'s deputy, Desley Simpson-Kerr, said the council had already borrowed against future fuel tax income.',
        '"We have contracts signed on the strength of that money. Somebody will have to tell us how to pay them," she '
        'said.',
        'Hollis said he would meet Brayfield next week.',
        '"I\'m a practical person. I want to get in a room and sort it out," he said. "But they need to '
        'understand that Auckland will not carry this on its own."',
        'The council\'s finance committee will consider a revised budget on 14 May.',
    ), [
        ('The Government will scrap', 'Simon Brayfield'), ('Aucklanders had paid more', 'Simon Brayfield'), ('That ends on 30 June', 'Simon Brayfield'),
        ('We campaigned on it', 'Simon Brayfield'),
        ('he had been given less than', 'Wayne Hollis'), ('I found out about this', 'Wayne Hollis'),
        ('That is not how you treat', 'Wayne Hollis'), ('the council would now have', 'Wayne Hollis'),
        ('There is no magic pot', 'Wayne Hollis'),
        ('the Government of breaking', 'Kiri Tamihana'), ('They talk about partnership', 'Kiri Tamihana'),
        ('Aucklanders will pay for it', 'Kiri Tamihana'),
        ('We were really clear', 'Christopher Lund'), ('Nobody should be surprised', 'Christopher Lund'),
        ('the Government would work with', 'Christopher Lund'), ('This year', 'Christopher Lund'),
        ('the tax had been unfair', 'Terry Collins'), ('For a family filling up', 'Terry Collins'),
        ('the change would knock about', 'Jarrod Kemp'),
        ('scrapping the tax without', 'Marama Te Awa'), ('Every cent of this tax', 'Marama Te Awa'),
        ('This is a Government that', 'Marama Te Awa'),
        ('the council had already borrowed', 'Desley Simpson-Kerr'), ('We have contracts signed', 'Desley Simpson-Kerr'),
        ('he would meet Brayfield', 'Wayne Hollis'), ('I\'m a practical person', 'Wayne Hollis'),
        ('But they need to understand', 'Wayne Hollis'),
    ]),
    Article('india_fintech', _t(
        'MUMBAI: Digital lender KreditSetu has raised $180 million in a Series D round led by Singapore\'s '
        'Temasek, valuing the Bengaluru-based startup at about $1.4 billion and making it the country\'s newest '
        'unicorn.',
        'Existing investors Lightspeed India and Accel also took part in the round, the company said in a '
        'statement on Thursday.',
        'Founder and chief executive Aditya Menon said the money would be used to expand into small towns and to '
        'build a lending product for farmers.',
        '"Seventy per cent of our borrowers are in Tier 2 and Tier 3 cities, and that is where the next 100 '
        'million customers will come from," Mr. Menon told The Economic Times in an interview. "Banks have not '
        'been able to serve them profitably. We can."',
        'KreditSetu, which was founded in 2018, says it has disbursed loans worth ₹14,000 crore to about 6 million '
        'customers, most of them salaried workers and small shopkeepers.',
        'The company turned profitable in the last financial year, reporting a net profit of ₹212 crore on revenue '
        'of ₹1,640 crore, filings with the Registrar of Companies show.',
        'Temasek\'s managing director for India, Rohit Sabharwal, said the lender stood out for its credit '
        'discipline.',
        '"Many lenders grew fast and then ran into bad loans. KreditSetu has kept its gross NPAs under 2 per cent '
        'through two cycles," he said.',
        'The funding comes after a difficult period for digital lenders. The Reserve Bank of India tightened rules '
        'on online loans in 2022 after complaints of harassment by recovery agents working for unregulated apps.',
        'Mr. Menon said the rules had helped companies like his.',
        '"The cleanup was painful for the sector, but it separated serious players from the rest," he said.',
        'Industry analysts were more cautious. Kavita Iyer, a financial services analyst at Kotak Institutional '
        'Equities, said rising unsecured lending had become a concern for the central bank.',
        '"The RBI has been signalling for a year that it is uncomfortable with how fast personal loans are '
        'growing," Ms. Iyer said. "Any lender that depends on that segment will face higher capital costs."',
        'She said KreditSetu\'s plan to move into farm lending would be a real test.',
        '"Agricultural credit is a different beast. Monsoons fail, crop prices swing, and there is political '
        'pressure on recoveries," she said.',
        'Chief financial officer Sunita Rao said the company would start with a pilot in Maharashtra and Madhya '
        'Pradesh, working with farmer producer organisations.',
        '"We will go slowly. We are not going to bet the balance sheet on a product we have not tested," Ms. Rao '
        'said.',
        'Asked about a possible listing, Mr. Menon said an IPO was "at least two years away".',
        '"We want two more years of clean numbers before we go to public markets," he said.',
        'India has added five unicorns so far this year, according to data from Tracxn, down from 23 in 2021.',
        'The round is the largest for an Indian fintech company since January.',
        'Shares of listed rival Fusion Credit rose 3 per cent on the news. A dealer at a Mumbai brokerage said investors '
        'were reading the deal as a vote of confidence in the sector.',
    ), [
        ('the money would be used to', 'Aditya Menon'), ('Seventy per cent of our', 'Aditya Menon'),
        ('Banks have not been able', 'Aditya Menon'),
        ('it has disbursed loans', 'KreditSetu'), ('Existing investors Lightspeed', 'KreditSetu'),
        ('the lender stood out', 'Rohit Sabharwal'), ('Many lenders grew fast', 'Rohit Sabharwal'),
        ('the rules had helped', 'Aditya Menon'), ('The cleanup was painful', 'Aditya Menon'),
        ('rising unsecured lending', 'Kavita Iyer'), ('The RBI has been signalling', 'Kavita Iyer'),
        ('Any lender that depends', 'Kavita Iyer'), ('KreditSetu\'s plan to move', 'Kavita Iyer'),
        ('Agricultural credit is', 'Kavita Iyer'),
        ('the company would start with a pilot', 'Sunita Rao'), ('We will go slowly', 'Sunita Rao'),
        ('an IPO was', 'Aditya Menon'), ('We want two more years', 'Aditya Menon'),
        ('India has added five unicorns', 'Tracxn'),
        ('investors were reading the deal', 'A dealer at a Mumbai brokerage'),
    ]),
    Article('kenya_tally', _t(
        'NAIROBI, Kenya — Kenya\'s electoral commission said on Friday that it had received results from 96 '
        'percent of polling stations, with opposition leader Grace Wanjiru narrowly ahead of President Daniel '
        'Koech in the provisional count.',
        'Wanjiru had 50.4 percent of the 14.2 million votes counted so far, against 48.9 percent for Koech, '
        'figures posted on the commission\'s public portal showed. A candidate needs more than half of the '
        'votes and at least a quarter in 24 of the 47 counties to avoid a runoff.',
        'The chairman of the Independent Electoral and Boundaries Commission, Joseph Mutua, urged patience at the '
        'national tallying center at the Bomas of Kenya.',
        '"The numbers you see on the portal are not the final results," Mutua said. "Our officers are verifying '
        'every form against the physical copies, and that takes time. We will not be rushed."',
        'He said the commission expected to announce the final tally by Tuesday, within the seven days set by the '
        'constitution.',
        'Both camps claimed they were on course to win.',
        'Speaking to supporters in Nyeri, Wanjiru said her agents had tallied forms from their own polling '
        'stations and that she was ahead by more than 300,000 votes.',
        '"Kenyans have spoken, and they have spoken clearly," she told the crowd. "We ask the commission to do '
        'its job and announce what the people have decided."',
        'Koech\'s campaign manager, Samuel Kiprono, told reporters in Eldoret that results from the president\'s '
        'strongholds in the Rift Valley had not yet been fully counted.',
        '"The race is not over. Our people voted late in the day, and those forms are still coming in," Kiprono '
        'said.',
        'He said the campaign had lodged complaints about irregularities at 41 polling stations in Kiambu and '
        'Murang\'a counties.',
        'Observers from the African Union said voting had been largely peaceful and well organized. The head of '
        'the mission, former Ghanaian president Kwame Boateng, said the delays in tallying were "regrettable but '
        'understandable".',
        '"What matters now is that both sides respect the process and settle any disputes in the courts, not in '
        'the streets," Boateng said.',
        'Police said they had deployed extra officers in Kisumu and parts of Nairobi after small groups of young '
        'men set tires on fire on Thursday night. National police spokesman Resila Onyango said 12 people had '
        'been arrested.',
        '"We will not allow anyone to take advantage of this period to cause chaos," Onyango said.',
        'In Kibera, one of Nairobi\'s largest informal settlements, residents said they were anxious.',
        '"In 2007 people died here over an election. We don\'t want that again," said Mary Achieng, who sells '
        'vegetables near the railway line. "Whoever wins, we still have to live together."',
        'Business leaders also called for calm. The Kenya Private Sector Alliance said in a statement that a '
        'prolonged dispute would hurt investment and jobs.',
        '"The economy cannot afford another lost year," the alliance said.',
        'The shilling weakened 0.6 percent against the dollar on Friday, traders said.',
        'Mutua said the commission would hold briefings twice a day until the final announcement.',
    ), [
        ('it had received results from', 'Independent Electoral and Boundaries Commission'),
        ('The numbers you see on', 'Joseph Mutua'),
        ('patience at the national', 'Joseph Mutua'), ('Our officers are verifying', 'Joseph Mutua'),
        ('We will not be rushed', 'Joseph Mutua'), ('the commission expected to announce', 'Joseph Mutua'),
        ('her agents had tallied forms', 'Grace Wanjiru'), ('Kenyans have spoken', 'Grace Wanjiru'),
        ('We ask the commission', 'Grace Wanjiru'),
        ('results from the president\'s strongholds', 'Samuel Kiprono'), ('The race is not over', 'Samuel Kiprono'),
        ('the campaign had lodged complaints', 'Samuel Kiprono'), ('they were on course to win', 'Both camps'),
        ('voting had been largely peaceful', 'Observers from the African Union'), ('the delays in tallying were', 'Kwame Boateng'),
        ('What matters now is', 'Kwame Boateng'),
        ('they had deployed extra officers', 'Police'), ('12 people had been arrested', 'Resila Onyango'),
        ('We will not allow anyone', 'Resila Onyango'),
        ('they were anxious', 'residents'),
        ('In 2007 people died', 'Mary Achieng'), ('Whoever wins', 'Mary Achieng'),
        ('a prolonged dispute would hurt', 'Kenya Private Sector Alliance'),
        ('The economy cannot afford', 'Kenya Private Sector Alliance'),
        ('The shilling weakened', 'traders'),
        ('the commission would hold briefings', 'Joseph Mutua'),
    ]),
    Article('trial_day_three', _t(
        'PHOENIX — A neighbor testified Wednesday that she heard two gunshots and then saw a man in a gray '
        'hooded sweatshirt running toward a white sedan on the night Marcus Dwyer was killed, as the murder trial '
        'of Kyle Brennan entered its third day in Maricopa County Superior Court.',
        'Brennan, 27, is charged with first-degree murder in the death of Dwyer, 31, who was shot outside his '
        'apartment in the Maryvale neighborhood in March of last year. He has pleaded not guilty.',
        'The neighbor, Rosa Delgado, told jurors she was taking out her trash at about 10:40 p.m. when she heard '
        'the shots.',
        '"It was two pops, really close together, and then somebody yelling," Delgado said. "I ducked down behind '
        'the dumpster."',
        'She said she looked up and saw the man running with something in his right hand.',
        'Under questioning from Deputy County Attorney Nicole Hargrove, Delgado said the man passed under a '
        'streetlight about 30 feet from her.',
        '"Did you see his face?" Hargrove asked.',
        '"Part of it. The hood was up, but I saw the side of his face," Delgado answered.',
        'She later picked Brennan out of a photo lineup, detectives have testified.',
        'On cross-examination, defense attorney Paul Whitaker pressed Delgado on how much she could have seen in '
        'the dark and in a matter of seconds.',
        '"You told the first officer on the scene that you didn\'t get a good look, didn\'t you?" Whitaker asked.',
        'Delgado said she had been in shock that night.',
        '"I was shaking. I didn\'t know what I was saying," she told the jury.',
        'Whitaker has argued that police settled on Brennan too quickly because he had argued with Dwyer over a '
        'debt a week before the shooting. In his opening statement Monday, he told jurors that no gun was ever '
        'found and that no fingerprints or DNA tie his client to the scene.',
        'Prosecutors say cellphone records place Brennan within half a mile of the apartment that night.',
        'The jury also heard Wednesday from Phoenix Police Detective Aaron Kwan, the lead investigator, who '
        'testified that Brennan\'s white Nissan Altima was seen on a doorbell camera two blocks from the scene at '
        '10:44 p.m.',
        '"The vehicle matches the make, the model and the damage to the rear bumper," Kwan said.',
        'Whitaker asked Kwan how many white Altimas were registered in Maricopa County.',
        '"I don\'t know the exact number," the detective replied. "It would be a lot."',
        'Dwyer\'s mother, Loretta Dwyer, sat in the second row of the gallery throughout the day, clutching a '
        'photograph of her son. During the lunch break, she spoke briefly with reporters in the hallway.',
        '"I just want the truth to come out," she said. "Marcus was a good boy. He had a daughter who is going '
        'to grow up without him."',
        'Brennan, wearing a blue shirt and glasses, showed no visible reaction during the testimony. He has not '
        'said whether he will take the stand.',
        'Judge Teresa Alcott told jurors that the prosecution expects to rest its case by the end of next week.',
        '"Please do not read, watch or listen to any news about this case," the judge said before dismissing them '
        'for the day.',
        'If convicted, Brennan faces life in prison. Testimony resumes Thursday morning.',
    ), [
        ('she heard two gunshots', 'Rosa Delgado'), ('she was taking out her trash', 'Rosa Delgado'),
        ('It was two pops', 'Rosa Delgado'), ('I ducked down', 'Rosa Delgado'),
        ('she looked up and saw', 'Rosa Delgado'), ('the man passed under', 'Rosa Delgado'),
        ('Did you see his face', 'Nicole Hargrove'), ('Part of it', 'Rosa Delgado'),
        ('You told the first officer', 'Paul Whitaker'),
        ('how many white Altimas', 'Paul Whitaker'), ('she had been in shock', 'Rosa Delgado'),
        ('I was shaking', 'Rosa Delgado'),
        ('no gun was ever found', 'Paul Whitaker'),
        ('police settled on Brennan', 'Paul Whitaker'), ('She later picked Brennan', 'detectives'),
        ('cellphone records place Brennan', 'Prosecutors'),
        ('Brennan\'s white Nissan Altima', 'Aaron Kwan'), ('The vehicle matches', 'Aaron Kwan'),
        ('I don\'t know the exact', 'Aaron Kwan'),
        ('I just want the truth', 'Loretta Dwyer'), ('Marcus was a good boy', 'Loretta Dwyer'),
        ('the prosecution expects to rest', 'Teresa Alcott'), ('Please do not read', 'Teresa Alcott'),
    ]),
    Article('storm_live', _t(
        'Storm Isolde live: power cuts for 200,000 homes as 90mph winds hit Scotland and northern England',
        '07:58 GMT - Good morning and welcome to our live coverage of Storm Isolde, which brought gusts of up to '
        '93mph to the west coast of Scotland overnight. Rail services across much of Scotland are suspended and '
        'the Met Office has a red warning in place until midday.',
        '08:12 GMT - Energy network operator SSEN says about 140,000 customers in the north of Scotland are '
        'without power. Its operations director, Fiona Maclean, told BBC Radio Scotland that engineers could not '
        'begin repairs until the wind dropped.',
        '"We have more than 1,000 staff ready to go, but we cannot put people up poles in winds like these," she '
        'said. "As soon as it is safe, they will be out."',
        '08:30 GMT - Network Rail Scotland says no trains will run north of Glasgow and Edinburgh before 14:00 at '
        'the earliest. Route director Alan Cosgrove said more than 60 trees had been reported on the lines.',
        '"Please do not travel today. We will not have you stuck on a train in a storm," he said.',
        '08:47 GMT - The Met Office chief meteorologist, Dr Paul Hennessy, says the worst of the wind in Scotland '
        'should ease by lunchtime, but warns that north-west England and north Wales will be hit hard this '
        'afternoon.',
        '"This is a very deep area of low pressure, and it is moving quickly," he said. "People in Cumbria and '
        'Lancashire have a few hours to prepare, and they should use them."',
        '09:15 GMT - First Minister Moira Devlin has chaired a meeting of the Scottish government\'s resilience '
        'committee. In a post on X, she wrote: "Please follow the advice of the emergency services and stay at '
        'home if you can. Check on elderly neighbours if it is safe to do so."',
        '09:40 GMT - We have been hearing from people affected. Isla Grant, who runs a guest house in Oban, '
        'emailed to say part of her roof had been torn off in the night.',
        '"It sounded like a train going through the loft," she wrote. "Thankfully the guests slept through most '
        'of it."',
        '10:05 GMT - Police Scotland says a man in his 60s has been taken to hospital after a tree fell on his car '
        'on the A82 near Tyndrum. Chief Superintendent Gordon Reid said his injuries were serious but not thought '
        'to be life-threatening.',
        '"This shows how dangerous conditions are on the roads," Ch Supt Reid said. "Only make a journey if it is '
        'absolutely essential."',
        '10:32 GMT - CalMac has cancelled all ferry sailings for the rest of the day. A spokesman for the operator '
        'said vessels would remain in port until at least tomorrow morning.',
        '11:10 GMT - The UK government\'s environment secretary, Tom Ashworth, told the Commons the government was '
        'in close contact with the devolved administrations.',
        '"We stand ready to offer any support that is needed, including from the armed forces," he said.',
        '11:45 GMT - Back to the power cuts. Northern Powergrid, which serves the north east of England, says a '
        'further 28,000 homes have lost supply in the past hour. Northern Powergrid customer director Helen '
        'Brooks said vulnerable customers on the priority services register would be contacted first.',
        '12:20 GMT - The red warning for Scotland has now expired, the Met Office says, but an amber warning '
        'remains in place until 21:00. Dr Hennessy said the storm would clear to the North Sea overnight.',
        '"Tomorrow will be a much calmer day, though still breezy," he said.',
        '12:34 GMT - We are going to pause our live coverage here. Thanks for joining us.',
    ), [
        ('about 140,000 customers in the north', 'SSEN'), ('engineers could not begin', 'Fiona Maclean'),
        ('We have more than 1,000 staff', 'Fiona Maclean'), ('As soon as it is safe', 'Fiona Maclean'),
        ('no trains will run north', 'Network Rail Scotland'), ('more than 60 trees', 'Alan Cosgrove'),
        ('Please do not travel today', 'Alan Cosgrove'), ('We will not have you stuck', 'Alan Cosgrove'),
        ('the worst of the wind in Scotland', 'Paul Hennessy'), ('north-west England and north Wales', 'Paul Hennessy'),
        ('This is a very deep area', 'Paul Hennessy'), ('People in Cumbria', 'Paul Hennessy'),
        ('Please follow the advice', 'Moira Devlin'), ('Check on elderly neighbours', 'Moira Devlin'),
        ('part of her roof had been torn', 'Isla Grant'), ('It sounded like a train', 'Isla Grant'),
        ('Thankfully the guests', 'Isla Grant'),
        ('a man in his 60s', 'Police Scotland'), ('his injuries were serious', 'Gordon Reid'),
        ('This shows how dangerous', 'Gordon Reid'), ('Only make a journey', 'Gordon Reid'),
        ('vessels would remain in port', 'A spokesman for the operator'),
        ('the government was in close contact', 'Tom Ashworth'), ('We stand ready to offer', 'Tom Ashworth'),
        ('a further 28,000 homes', 'Northern Powergrid'), ('vulnerable customers on the', 'Helen Brooks'),
        ('The red warning for Scotland', 'Met Office'), ('the storm would clear', 'Paul Hennessy'),
        ('Tomorrow will be a much', 'Paul Hennessy'),
    ]),
]

ARTICLES += [
    Article('mayor_interview', _t(
        'Halifax Mayor Andrea Bouchard took office 18 months ago promising to fix the city\'s housing shortage '
        'and its buses. With a municipal budget vote coming next week, we sat down with Mayor Andrea Bouchard at '
        'City Hall to ask how it is going. The interview has been edited for length and clarity.',
        'Q: You said during the campaign that you would double the number of homes approved each year. Have you '
        'done it?',
        'A: We approved 4,100 units last year, which is up from about 2,300 the year before. So not quite double, '
        'but close, and this year we are on track to pass it. The harder part is getting them built, because '
        'approvals are not homes.',
        'Q: What is holding them up?',
        'A: Interest rates, mostly, and the cost of labour. A developer told me last month that he could not find '
        'enough drywallers in the whole province. The city cannot fix that alone.',
        'Q: Critics on council say you have been too friendly to developers. Councillor Liam Foster called your '
        'density plan a giveaway. How do you respond?',
        'A: I like Liam, and I respect that he is worried about his neighbourhood. But a city that says no to '
        'every apartment building is a city that says no to its own children. I would rather be accused of '
        'building too much than too little.',
        'Q: Let us talk about transit. Ridership is up, but so are complaints about buses that never show up.',
        'A: That is fair. We have about 60 drivers fewer than we need. We raised the starting wage in the spring '
        'and we have a class of 35 graduating in June. I take the bus to work twice a week, so I see it '
        'firsthand. When the 10 doesn\'t come, I\'m standing there in the rain like everybody else.',
        'Q: The budget you are proposing raises the average residential tax bill by 5.9 per cent. Why should '
        'people pay more for services they say are getting worse?',
        'A: Because the alternative is cutting them further. Nobody likes a tax increase, and I did not want to '
        'bring one forward. But our costs for snow clearing alone went up 22 per cent this year. I am not going to '
        'pretend that money comes from nowhere.',
        'Q: Will the increase pass?',
        'A: I think so. I have talked to every member of council. There will be amendments, and some of them will '
        'be good ones.',
        'Q: You have said you will run again. What would a second term be about?',
        'A: Finishing what we started. Housing is a ten-year job, not a four-year job. And I would like to see a '
        'ferry to Bedford actually running before I leave, not just a study about one.',
        'Q: Last question. What has surprised you most about the job?',
        'A: How much of it is listening. People stop me at the grocery store, at the rink, at church. Most of them '
        'are not angry. They just want to be heard, and honestly that is the part I like best.',
        'Councillor Liam Foster, reached after the interview, said he stood by his criticism of the density plan.',
        '"The mayor means well, but the plan lets towers go up next to bungalows with no transition at all," '
        'Foster said. "We can build more without wrecking neighbourhoods."',
        'Council will vote on the budget on Tuesday.',
    ), [
        ('We approved 4,100 units', 'Andrea Bouchard'),
        ('you would double the number', 'Andrea Bouchard'), ('you have been too friendly', 'Critics on council'), ('you will run again', 'Andrea Bouchard'), ('Interest rates, mostly', 'Andrea Bouchard'),
        ('I like Liam', 'Andrea Bouchard'), ('That is fair', 'Andrea Bouchard'),
        ('Because the alternative is cutting', 'Andrea Bouchard'), ('I think so', 'Andrea Bouchard'),
        ('Finishing what we started', 'Andrea Bouchard'), ('How much of it is listening', 'Andrea Bouchard'),
        ('he stood by his criticism', 'Liam Foster'), ('The mayor means well', 'Liam Foster'),
        ('We can build more without', 'Liam Foster'),
    ]),
    Article('obituary_teacher', _t(
        'Eleanor Voss, who taught chemistry at Westbrook High School for 38 years and coached its debate team to '
        'four state championships, died on Saturday at her home in Westbrook, Maine. She was 84.',
        'Her daughter, Claire Voss-Whitman, said the cause was complications of Parkinson\'s disease.',
        'Mrs. Voss began teaching in 1963, when she was one of only two women on the science faculty. Former '
        'students remember her for a habit of setting small fires on her lab bench to make a point about '
        'oxidation, and for the index cards she kept on every student she ever taught.',
        '"She knew the name of your dog and what college you\'d applied to," said Robert Lindqvist, who took her '
        'class in 1979 and is now a professor of chemical engineering at the University of Michigan. "I am a '
        'chemist because she told me I could be one."',
        'Eleanor Margaret Doyle was born on June 3, 1940, in Lewiston, Maine, the youngest of five children of '
        'Patrick Doyle, a mill foreman, and Margaret (Kearney) Doyle, a seamstress. She graduated from the '
        'University of Maine in 1962 and married Henry Voss, a surveyor, the following year.',
        'Her daughter said she never considered leaving the classroom for administration, though she was asked '
        'several times.',
        '"She used to say that principals go to meetings and teachers go to work," Ms. Voss-Whitman said. "She '
        'wanted to go to work."',
        'The debate team she founded in 1971 won state titles in 1984, 1988, 1991 and 1997. Michael Tran, a '
        'member of the 1991 team who is now a state senator, said she prepared her students by arguing against '
        'them at her kitchen table.',
        '"She would take the other side of anything, and she was better at it than we were," Mr. Tran said. "You '
        'came out of that kitchen ready for anyone."',
        'In 2002, the year she retired, the school named its new science wing after her. At the ceremony she '
        'insisted that the plaque list the names of the lab assistants who had worked with her.',
        'Her husband died in 2015. In addition to her daughter, she is survived by a son, Thomas Voss; a sister, '
        'Anne Doyle Pelletier; six grandchildren; and two great-grandchildren.',
        'Her son recalled that she graded papers at every family holiday, and that she kept a red pen in the '
        'glove box of the car.',
        '"We used to joke that she would mark up the Christmas cards," Thomas Voss said. "She did, once. My '
        'cousin spelled \'received\' wrong."',
        'Even after her diagnosis in 2016, Mrs. Voss continued to tutor students at the Westbrook public library '
        'two afternoons a week until the pandemic. Librarian Donna Michaud said students lined up for her.',
        '"Kids would come in for an hour and stay for three," Ms. Michaud said. "She never charged a cent."',
        'In a statement, the Westbrook School Department said the district would lower its flags on Monday in her '
        'honour.',
        '"Mrs. Voss set a standard that every teacher here still measures themselves against," the statement said.',
        'A funeral Mass will be held on Friday at St. Hyacinth Church. Her family asked that, in lieu of flowers, '
        'donations be made to the Westbrook High School debate team.',
        'Her daughter said her mother had been clear about what she wanted.',
        '"She said, \'No speeches longer than three minutes,\'" Ms. Voss-Whitman said. "We are going to try."',
    ), [
        ('the cause was complications', 'Claire Voss-Whitman'),
        ('She knew the name of your dog', 'Robert Lindqvist'), ('I am a chemist because', 'Robert Lindqvist'),
        ('she never considered leaving', 'Claire Voss-Whitman'),
        ('She used to say that principals', 'Claire Voss-Whitman'), ('She wanted to go to work', 'Claire Voss-Whitman'),
        ('she prepared her students', 'Michael Tran'), ('She would take the other side', 'Michael Tran'),
        ('You came out of that kitchen', 'Michael Tran'),
        ('she graded papers at every', 'Thomas Voss'), ('We used to joke', 'Thomas Voss'),
        ('She did, once', 'Thomas Voss'),
        ('students lined up for her', 'Donna Michaud'), ('Kids would come in', 'Donna Michaud'),
        ('She never charged a cent', 'Donna Michaud'),
        ('the district would lower its flags', 'Westbrook School Department'),
        ('Mrs. Voss set a standard', 'Westbrook School Department'),
        ('her mother had been clear', 'Claire Voss-Whitman'), ('She said, ', 'Claire Voss-Whitman'),
        ('We are going to try', 'Claire Voss-Whitman'),
    ]),
    Article('football_game', _t(
        'KANSAS CITY, Mo. — Jalen Price threw for 312 yards and three touchdowns, and the Denver Broncos held on '
        'for a 27-24 win over the Kansas City Chiefs on Sunday after Harrison Butler\'s 51-yard field goal try '
        'drifted wide left with four seconds to play.',
        'Price, in his second season, completed 24 of 33 passes and hit Tyrell Owens for a 38-yard score early in '
        'the fourth quarter that put Denver ahead for good.',
        '"We knew coming in here that we would have to score every time we touched it," Price said. "The line '
        'gave me all day, and the guys made plays."',
        'Broncos coach Mike Delaney called it the best game of Price\'s career.',
        '"He was calm all day. Nothing rattled him, not the noise, not the blitz, nothing," Delaney said. "That\'s '
        'a grown man playing quarterback."',
        'The Chiefs (5-4) had a chance to tie after driving 48 yards in the final 1:50. Butler, who had made 14 '
        'straight field goals, pushed his kick just outside the left upright.',
        '"I hit it well. I thought it was good when it left my foot," Butler said. "That one\'s on me."',
        'Chiefs coach Andy Rowland said the kicker had nothing to apologize for.',
        '"Harrison has won us a lot of games. We don\'t lose this game on one kick," Rowland said. "We lose it '
        'because we couldn\'t get off the field on third down."',
        'Denver converted 9 of 14 third downs, including a 3rd-and-12 on its final scoring drive when Price '
        'scrambled for 14 yards.',
        'Kansas City quarterback Derek Stone threw for 288 yards and two scores but was intercepted by safety '
        'Marcus Hill at the Denver 6 late in the third quarter.',
        '"I tried to force it. Bad decision," Stone said. "You can\'t give away points against a team like that."',
        'Hill said the Broncos had seen the same route in film study all week.',
        '"They ran it twice against Vegas. I was sitting on it," Hill said.',
        'Owens finished with seven catches for 131 yards. Asked about his touchdown, the wide receiver credited '
        'his quarterback.',
        '"He put it where only I could get it," Owens said. "I just had to hold on."',
        'The win was Denver\'s first at Arrowhead since 2015 and lifted the Broncos to 6-3, a game back of first '
        'place in the AFC West.',
        'Delaney said he told his players in the locker room to enjoy it for one night.',
        '"We have a short week. Tomorrow we get back to work," the coach said.',
        'Rowland said his team had to move on quickly too.',
        '"We\'re 5-4. It\'s not where we want to be, but everything we want is still in front of us," he said.',
        '"It\'s one game. We\'ll enjoy it on the plane and then it\'s gone," Price said.',
        'INJURIES',
        'Broncos: LB Cole Jennings left in the second quarter with an ankle injury and did not return. Delaney '
        'said he would have an MRI on Monday.',
        'Chiefs: RB Andre Mills (hamstring) was inactive.',
        'UP NEXT',
        'Broncos: Host the Los Angeles Chargers on Thursday night.',
        'Chiefs: At Buffalo next Sunday.',
    ), [
        ('We knew coming in here', 'Jalen Price'), ('The line gave me all day', 'Jalen Price'),
        ('He was calm all day', 'Mike Delaney'), ('That\'s a grown man', 'Mike Delaney'),
        ('I hit it well', 'Harrison Butler'), ('That one\'s on me', 'Harrison Butler'),
        ('the kicker had nothing to apologize', 'Andy Rowland'), ('Harrison has won us', 'Andy Rowland'),
        ('We lose it because', 'Andy Rowland'),
        ('I tried to force it', 'Derek Stone'), ('You can\'t give away points', 'Derek Stone'),
        ('the Broncos had seen the same', 'Marcus Hill'), ('They ran it twice', 'Marcus Hill'),
        ('He put it where only I', 'Tyrell Owens'), ('I just had to hold on', 'Tyrell Owens'),
        ('he told his players in the locker', 'Mike Delaney'), ('We have a short week', 'Mike Delaney'),
        ('his team had to move on', 'Andy Rowland'), ('We\'re 5-4', 'Andy Rowland'),
        ('It\'s one game', 'Jalen Price'),
        ('he would have an MRI', 'Mike Delaney'),
    ]),
    Article('quake_survivors', _t(
        'MANILA, Philippines (AP) — Rescuers dug through collapsed homes and a flattened market on Tuesday after a '
        'magnitude 6.9 earthquake struck the central Philippine island of Cebu overnight, killing at least 47 '
        'people and injuring hundreds, officials said.',
        'The quake hit at 11:42 p.m. Monday at a depth of 10 kilometers, about 20 kilometers (12 miles) northwest '
        'of the town of Bogo, according to the Philippine Institute of Volcanology and Seismology.',
        'Phivolcs director Teresito Villamor said aftershocks were likely for weeks and warned residents not to '
        'return to damaged buildings.',
        '"Some of these structures are standing, but they are weakened. Another strong shake could bring them '
        'down," Villamor said at a news conference in Quezon City.',
        'The Office of Civil Defense said 31 of the dead were in Bogo and nearby San Remigio, where a three-story '
        'market building collapsed with vendors sleeping inside.',
        'Regional civil defense director Ana Lucero said rescuers had pulled 14 people alive from the market '
        'rubble by midday.',
        '"We are still hearing voices. As long as we hear voices, we keep digging," Lucero told The Associated '
        'Press by phone.',
        'Rodel Aquino, a 52-year-old fish vendor, said he had been asleep under his stall when the building began '
        'to shake.',
        '"The floor rose up and then the ceiling came down. I crawled toward the light from the street," Aquino '
        'said from a cot at the Bogo district hospital, his arm in a sling. "My cousin was two stalls away. I '
        'have not found him."',
        'At the hospital, patients were treated in tents in the parking lot because of fears the main building '
        'had been damaged. Chief of hospital Dr. Ramon Villareal said staff were running short of blood and '
        'antibiotics.',
        '"We have three surgeons and more than 200 patients. We need help, and we need it today," he said.',
        'President Fernando Ocampo flew to Cebu in the afternoon and promised that the national government would '
        'cover the cost of rebuilding schools and health centers.',
        '"No family will be left to face this alone," Ocampo said after visiting an evacuation center in San '
        'Remigio. "Whatever you need, you will get."',
        'More than 30,000 people spent the night in evacuation centers or in the open, afraid to go back inside, '
        'the Department of Social Welfare and Development said.',
        'Jennifer Cabrera, a mother of four, sat with her children on a tarp outside a church whose bell tower '
        'had collapsed.',
        '"The children are scared to sleep. Every time there is an aftershock they scream," she said. "We have '
        'rice for two more days."',
        'The United States and Japan offered assistance. In a statement, the U.S. Embassy in Manila said it was '
        'ready to provide emergency supplies and airlift support through the military.',
        'The Philippines sits on the Pacific "Ring of Fire," an arc of faults around the ocean where earthquakes '
        'are common. A 7.0 quake in the northern province of Abra killed 11 people in 2022.',
        'Lucero said teams would keep searching through the night.',
        '"We will not stop until everyone is accounted for," she said.',
    ), [
        ('Rescuers dug through collapsed', 'officials'),
        ('The quake hit at 11:42', 'Philippine Institute of Volcanology and Seismology'),
        ('aftershocks were likely for weeks', 'Teresito Villamor'),
        ('not to return to damaged', 'Teresito Villamor'),
        ('Some of these structures', 'Teresito Villamor'), ('Another strong shake', 'Teresito Villamor'),
        ('31 of the dead were in Bogo', 'Office of Civil Defense'),
        ('rescuers had pulled 14 people', 'Ana Lucero'), ('We are still hearing voices', 'Ana Lucero'),
        ('he had been asleep under', 'Rodel Aquino'), ('The floor rose up', 'Rodel Aquino'),
        ('My cousin was two stalls', 'Rodel Aquino'),
        ('staff were running short', 'Ramon Villareal'), ('We have three surgeons', 'Ramon Villareal'),
        ('the national government would cover', 'Fernando Ocampo'), ('No family will be left', 'Fernando Ocampo'),
        ('Whatever you need', 'Fernando Ocampo'),
        ('More than 30,000 people', 'Department of Social Welfare and Development'),
        ('The children are scared', 'Jennifer Cabrera'), ('We have rice for two', 'Jennifer Cabrera'),
        ('it was ready to provide', 'U.S. Embassy in Manila'),
        ('teams would keep searching', 'Ana Lucero'), ('We will not stop until', 'Ana Lucero'),
    ]),
    Article('oped_four_day_week', _t(
        'The four-day week is not a perk. It is a productivity tool, and it is time Britain treated it like one.',
        'I have run a software company in Leeds for eleven years. Two years ago we moved our 80 staff to a '
        'four-day week with no loss of pay. I expected to lose clients. Instead, we grew revenue by 14 per cent '
        'and hired 20 more people.',
        'I am not alone. A trial of 61 British companies in 2022, run by the campaign group 4 Day Week Global with '
        'researchers at Cambridge and Boston College, found that most of them kept the shorter week after the six '
        'months were up.',
        'Professor Brendan Birtwistle, who worked on the study, put it simply when I spoke to him last month: '
        '"The companies that did the preparation saw no drop in output. The ones that just took Fridays off '
        'without changing anything struggled."',
        'That matches what I saw. Our managers spent three months cutting meetings, ending the habit of copying '
        'everyone into every email, and agreeing with clients what "urgent" actually means.',
        'The sceptics have a point about some sectors. You cannot run a hospital ward on four days, and nobody '
        'serious suggests you should. Rachel Harper, chief economist at the British Chambers of Commerce, told '
        'me that small firms in hospitality and care "simply do not have the margins to experiment".',
        '"If you have six staff and one of them is off, you close," she said. "A four-day week is easier to '
        'promise in an office than on a shop floor."',
        'She is right that a single model will not fit every business. But that is an argument for flexibility, '
        'not for doing nothing.',
        'The Government has so far kept its distance. A Department for Business and Trade spokesperson told me '
        'ministers had "no plans" to legislate for a shorter week, but would keep the evidence under review.',
        'Some of the most persuasive voices are employees. Amira Hussain, one of our developers, told me the '
        'extra day had changed her life more than any pay rise could.',
        '"I used to spend Saturdays catching up on laundry and Sundays dreading Monday," she said. "Now I have a '
        'day that is actually mine. I come back on Monday and I want to be here."',
        'Our staff turnover has fallen from 19 per cent a year to 6 per cent. Every person who stays saves us '
        'the cost of recruiting and training a replacement, which I would put at around £30,000.',
        'There are real risks. Frances O\'Toole, the former general secretary of the TUC, warned years ago that '
        'a four-day week must not become "four long days of five days\' work". She was right, and any firm that '
        'simply squeezes 40 hours into four days will burn its people out.',
        'Unions today are cautious for the same reason. Paul Nowicki, who now leads the TUC, has said the shorter '
        'week should come with the same pay and without longer days, and I agree with him.',
        'Nor is this a magic cure for Britain\'s productivity problem. It will not replace investment in skills, '
        'transport or technology.',
        'But when the best argument against an idea is that it is unfamiliar, it is worth trying. Companies that '
        'want to attract talent should look at it seriously, and the Government should fund trials in the public '
        'sector, where recruitment problems are worst.',
        'Five days was not handed down on tablets of stone. It was a reform, fought for a century ago. It is '
        'time for the next one.',
        'Daniel Okafor is the chief executive of Northlight Software.',
    ), [
        ('The companies that did the preparation', 'Brendan Birtwistle'),
        ('The ones that just took Fridays', 'Brendan Birtwistle'),
        ('small firms in hospitality', 'Rachel Harper'), ('If you have six staff', 'Rachel Harper'),
        ('A four-day week is easier', 'Rachel Harper'),
        ('ministers had', 'A Department for Business and Trade spokesperson'),
        ('the extra day had changed her life', 'Amira Hussain'), ('I used to spend Saturdays', 'Amira Hussain'),
        ('Now I have a day that', 'Amira Hussain'),
        ('a four-day week must not become', "Frances O'Toole"),
        ('the shorter week should come', 'Paul Nowicki'),
    ]),
    Article('chef_profile', _t(
        'At six in the morning, before the delivery vans have cleared Mill Street, Nadia Farah is already standing '
        'over a pot of chickpeas in the narrow kitchen of Sumac, the 28-seat restaurant she opened in Bristol four '
        'years ago with £9,000 of savings and a borrowed oven.',
        'Last month Sumac became the first restaurant in the city to win a Michelin star for Middle Eastern '
        'cooking. Farah, 34, found out from a text message while she was at the cash and carry.',
        '"I read it three times and then I put my phone in my pocket and carried on buying onions," she says. "I '
        'didn\'t know what else to do. Then I sat in the van and cried."',
        'She grew up in Easton, the daughter of a Syrian father who drove a taxi and a Welsh mother who worked as '
        'a school cook. Her first kitchen was her grandmother\'s in Aleppo, where she spent summers as a child.',
        '"My teta never measured anything. She cooked with her hands and her nose," Farah says. "Everything I do '
        'here is me trying to remember what her kitchen smelled like."',
        'She left school at 16 and worked her way up through hotel kitchens in Cardiff and London, where the hours '
        'were long and, she says, the atmosphere could be brutal.',
        '"There was a lot of shouting. I once had a pan thrown past my head," she says. "I promised myself that if '
        'I ever had my own place, nobody would be scared to come to work."',
        'Her staff say she has kept that promise. Sous chef Tom Beddoe, who has worked with her since the first '
        'week, describes a kitchen that is busy but calm.',
        '"Nadia expects a lot, but she never raises her voice," he says. "If something goes wrong, she asks what '
        'happened, not who did it."',
        'The menu changes every week and rarely runs to more than eight dishes. The one constant is a plate of '
        'hummus with lamb fat and pine nuts that regulars refuse to let her take off.',
        'Food critic Grace Penhallow, who reviewed Sumac in its first year, wrote that the hummus alone was "worth the '
        'train fare from anywhere in the country". Farah had the line printed and framed above the pass.',
        'Success has brought new pressures. The landlord has raised the rent twice, and the waiting list for a '
        'table now stretches to three months.',
        'Investors have come calling. Farah says she has turned down two offers to open a second site in London.',
        '"People keep asking me when I am going to grow. I am growing. I just don\'t need more rooms to do it," she '
        'says.',
        'Instead she has started a Monday cookery class for refugee women in the restaurant, which is closed to '
        'the public that day. Sixteen women have taken part so far.',
        'One of them, Hana Al-Khatib, arrived in Bristol from Idlib two years ago and now works three shifts a week '
        'in the Sumac kitchen.',
        '"In Syria I cooked for my family. I didn\'t think anybody would pay for my food," she says. "Nadia told '
        'me, \'Your food is worth something.\' Nobody said that to me before."',
        'Farah\'s mother, Sian Farah, still lives in the house in Easton. She comes to the restaurant every '
        'Saturday and sits at the same table by the window.',
        '"She was always bossing her brothers around in the kitchen," Mrs Farah says. "We should have seen it '
        'coming."',
        'Back at the stove, Farah tastes the chickpeas and adds salt. Asked what the star means to her, she thinks '
        'for a while.',
        '"It means the girl from Easton was right to try," she says. "That\'s all. Now I have to do it again '
        'tomorrow."',
    ), [
        ('I read it three times', 'Nadia Farah'), ('I didn\'t know what else', 'Nadia Farah'),
        ('My teta never measured', 'Nadia Farah'), ('Everything I do here', 'Nadia Farah'),
        ('the atmosphere could be brutal', 'Nadia Farah'),
        ('There was a lot of shouting', 'Nadia Farah'), ('I promised myself', 'Nadia Farah'),
        ('she has kept that promise', 'Her staff'),
        ('Nadia expects a lot', 'Tom Beddoe'), ('If something goes wrong', 'Tom Beddoe'),
        ('the hummus alone was', 'Grace Penhallow'),
        ('she has turned down two offers', 'Nadia Farah'), ('People keep asking me', 'Nadia Farah'),
        ('In Syria I cooked', 'Hana Al-Khatib'), ('Nadia told me', 'Hana Al-Khatib'),
        ('She was always bossing', 'Sian Farah'), ('We should have seen it', 'Sian Farah'),
        ('It means the girl from Easton', 'Nadia Farah'), ('Now I have to do it again', 'Nadia Farah'),
    ]),
    Article('markets_wire', _t(
        'NEW YORK, Oct 14 (Reuters) - Wall Street\'s main indexes fell on Tuesday as a jump in Treasury yields '
        'and a weaker-than-expected forecast from chipmaker Vantex Semiconductor knocked technology shares, while '
        'investors awaited inflation data later in the week.',
        'The Dow Jones Industrial Average fell 312.5 points, or 0.74%, to 41,806.2, the S&P 500 lost 58.1 points, '
        'or 1.02%, to 5,630.4 and the Nasdaq Composite dropped 241.9 points, or 1.36%, to 17,512.3.',
        'The yield on the benchmark 10-year Treasury note rose to 4.61%, its highest since May, after a speech by '
        'Federal Reserve Governor Linda Marsh in which she said it was "too early to declare victory" over '
        'inflation.',
        '"Rates are the whole story right now," said Carl Brennan, chief investment strategist at Harbor Point '
        'Wealth in Boston. "Every time the 10-year pushes higher, the market has to rethink what it is willing to '
        'pay for growth."',
        'Marsh told an audience at the Economic Club of Chicago that the central bank could hold rates at current '
        'levels "for longer than markets currently expect" if services inflation stayed high.',
        'Vantex shares tumbled 11.4% after the company forecast third-quarter revenue of $6.2 billion, below '
        'analysts\' average estimate of $6.8 billion.',
        'Chief executive Rajiv Sethi told analysts on a conference call that customers in the data center market '
        'were "digesting" inventory they had built up earlier in the year.',
        '"We see this as a pause, not a change in direction," Sethi said. "Demand for AI computing remains very '
        'strong."',
        'Some analysts were unconvinced. Mizuho analyst Jordan Pryce cut his price target on Vantex to $140 from '
        '$175, saying the inventory correction could last into next year.',
        'The semiconductor index fell 3.8%, its biggest one-day decline since August.',
        'Shares of regional banks rose, with the KBW Regional Banking index up 1.2%, after Mid-Atlantic Bancorp '
        'reported higher-than-expected net interest income.',
        '"Higher rates are a headwind for tech and a tailwind for banks, and you are seeing that play out in real '
        'time," said Susan Kwok, a portfolio manager at Crestline Capital.',
        'Consumer price index data for September is due on Thursday. Economists polled by Reuters expect core '
        'inflation to have risen 0.3% month on month.',
        'Kwok said a hot number would "put a December cut firmly off the table".',
        'Traders now see a 41% chance of a rate cut in December, down from 63% a week ago, CME Group\'s FedWatch '
        'tool shows.',
        'Among other movers, Harlow Foods jumped 8.2% after the packaged food maker agreed to be bought by '
        'private equity firm Stonebridge Partners for $4.1 billion in cash.',
        'Oil prices eased, with Brent crude down 0.8% at $77.40 a barrel.',
        '"Supply is ample and demand is soft, which caps any rally," said Helena Crofton, head of commodity strategy at '
        'RBC Capital Markets.',
        'Declining issues outnumbered advancers by a 2.9-to-1 ratio on the NYSE and by a 2.4-to-1 ratio on the '
        'Nasdaq.',
        'Volume on U.S. exchanges was 12.1 billion shares, compared with the 11.4 billion average for the full '
        'session over the last 20 trading days.',
        '(Reporting by Amelia Cross in New York; Additional reporting by Deepa Rao in Bengaluru; Editing by Paul '
        'Simao)',
    ), [
        ('too early to declare victory', 'Linda Marsh'),
        ('Rates are the whole story', 'Carl Brennan'), ('Every time the 10-year', 'Carl Brennan'),
        ('the central bank could hold rates', 'Linda Marsh'),
        ('customers in the data center', 'Rajiv Sethi'), ('We see this as a pause', 'Rajiv Sethi'),
        ('Demand for AI computing', 'Rajiv Sethi'),
        ('the inventory correction could last', 'Jordan Pryce'),
        ('Higher rates are a headwind', 'Susan Kwok'), ('put a December cut', 'Susan Kwok'),
        ('Supply is ample', 'Helena Crofton'),
    ]),
    Article('transfer_saga', _t(
        'Aston Villa manager Rui Fonseca says he expects Leon Adeyemi to stay at the club this summer despite '
        'interest from Bayern Munich and Paris St-Germain in the England winger.',
        'The 22-year-old, who scored 14 Premier League goals last season, has two years left on his contract and '
        'is understood to have rejected an offer of a new deal worth £150,000 a week.',
        'Bayern are preparing an opening bid of about £70m, according to sources in Germany, while PSG sporting '
        'director Luis Cardoso is a long-time admirer of the player.',
        'But speaking at Villa\'s pre-season training camp in Marbella on Thursday, Fonseca insisted Adeyemi was '
        'happy in the Midlands.',
        '"Leon is our player. He is training very well, he is smiling, he is part of what we are building," '
        'Fonseca said. "I speak with him every day and he has never told me he wants to leave."',
        'Asked whether Villa would consider a sale if their valuation was met, the Portuguese coach said: "Every '
        'player has a price in football, we know this. But the club has been very clear with me. We do not need '
        'to sell, and we do not want to sell."',
        'Villa chief executive Chris Hallam told the Birmingham Mail last week that the club was "in a strong '
        'position" and would not be bullied into a deal.',
        'Adeyemi\'s agent, Tunde Bakare, has not commented publicly, but a source close to the player told BBC '
        'Sport he was "flattered" by the interest and wanted to play in the Champions League every season.',
        'Villa finished fifth last season and will play in the Europa League.',
        'Former Villa striker Darius Okonkwo believes the club should secure the winger\'s future quickly.',
        '"You don\'t let a player like that run his contract down," Okonkwo told talkSPORT. "Either you pay him '
        'what he wants or you sell him this summer for top money. Anything else is madness."',
        'Adeyemi himself was asked about his future after Wednesday\'s friendly against Malaga, in which he scored '
        'the only goal.',
        '"I\'m focused on pre-season, that\'s it. My agent deals with all that stuff," he said. "I love the fans '
        'here. They have been unbelievable to me."',
        'Meanwhile, Villa are close to completing the signing of Brazilian midfielder Thiago Rocha from Fluminense '
        'for £25m. Fonseca confirmed talks were at an advanced stage.',
        '"He is a player we have followed for a long time," he said. "I hope we can finish it in the next few '
        'days."',
        'Rocha, 21, has been capped twice by Brazil and would be Villa\'s third summer signing.',
        'Fonseca also gave an update on captain John McCann, who had knee surgery in May.',
        '"John is ahead of schedule. I think he will be ready for the first game of the season, maybe not for 90 '
        'minutes, but he will be ready," the manager said.',
        'Villa open their Premier League campaign at home to Newcastle on 16 August.',
        'Fonseca was also asked about Bayern\'s reported bid, and whether he had spoken to his counterpart in '
        'Munich.',
        '"No, no, no," he said, laughing. "I have enough problems with my own players. I don\'t call other coaches '
        'about mine."',
    ), [
        ('he expects Leon Adeyemi', 'Rui Fonseca'),
        ('Bayern are preparing an opening bid', 'sources in Germany'),
        ('Adeyemi was happy in the Midlands', 'Rui Fonseca'), ('Leon is our player', 'Rui Fonseca'),
        ('I speak with him every day', 'Rui Fonseca'), ('Every player has a price', 'Rui Fonseca'),
        ('the club was', 'Chris Hallam'),
        ('wanted to play in the Champions', 'a source close to the player'),
        ('You don\'t let a player', 'Darius Okonkwo'),
        ('Either you pay him', 'Darius Okonkwo'),
        ('I\'m focused on pre-season', 'Leon Adeyemi'), ('I love the fans here', 'Leon Adeyemi'),
        ('talks were at an advanced stage', 'Rui Fonseca'), ('He is a player we have followed', 'Rui Fonseca'),
        ('I hope we can finish it', 'Rui Fonseca'),
        ('John is ahead of schedule', 'Rui Fonseca'),
        ('No, no, no', 'Rui Fonseca'), ('I have enough problems', 'Rui Fonseca'),
    ]),
    Article('runway_incursion', _t(
        'WASHINGTON — A regional jet carrying 76 people aborted its takeoff at Chicago\'s O\'Hare International '
        'Airport on Monday night after a cargo plane taxied onto the same runway, the Federal Aviation '
        'Administration said, the latest in a string of close calls at U.S. airports.',
        'The SkyLink Express flight to Omaha had reached a speed of about 110 mph when the crew slammed on the '
        'brakes, stopping roughly 1,000 feet from the Atlas Cargo Boeing 767, according to preliminary data '
        'reviewed by investigators.',
        'No one was injured. The FAA said in a statement that the cargo plane had been instructed to hold short '
        'of Runway 10L but crossed the hold line.',
        'The National Transportation Safety Board said it had opened an investigation and was sending a team of '
        'four to Chicago.',
        'NTSB Chair Karen Halvorsen told reporters at a briefing on Tuesday that the agency would examine '
        'air traffic control recordings, cockpit voice recorders from both aircraft and the airport\'s ground '
        'radar.',
        '"This was a very close call. A few more seconds and we could be talking about a tragedy," Halvorsen said. '
        '"We need to understand why a crew that was told to stop did not stop."',
        'She said it was too early to say whether the cargo crew had misheard the instruction or whether there '
        'was confusion about the runway markings, which were repainted last month.',
        'Air traffic control audio posted online by LiveATC.net captured the moment a controller spotted the '
        'cargo plane.',
        '"SkyLink 4410, stop, stop, stop," the controller can be heard saying. Seconds later the pilot replied: '
        '"Stopping, SkyLink 4410."',
        'Passenger Melissa Grant, who was seated in row 6, said the jolt threw people forward against their '
        'seatbelts.',
        '"We were going really fast and then it felt like we hit a wall," Grant told WGN-TV. "People were '
        'screaming. The pilot came on a minute later and said, \'Sorry folks, we had to stop because another '
        'plane was on the runway.\' He sounded totally calm."',
        'SkyLink Express said in a statement that its crew "responded quickly and professionally" and that '
        'passengers were rebooked on a flight the next morning.',
        'Atlas Cargo said it was cooperating fully with the investigation. A spokesman for the company, Dan '
        'Pereira, said both pilots had been taken off flying duties while the review was underway.',
        'Rep. Tamara Liu, a member of the House transportation committee, said the incident showed the FAA was '
        'still not moving fast enough to install runway warning systems at busy airports.',
        '"We have been lucky again and again. Luck is not a safety system," Liu said in a statement.',
        'The FAA has said it plans to spend $100 million on new surface awareness technology at 74 airports, but '
        'installation at O\'Hare is not scheduled until 2027.',
        'Aviation safety consultant Jeff Marchetti, a former accident investigator, said runway incursions tend to '
        'rise when controllers are stretched.',
        '"When you have fewer people in the tower working more traffic, the margin for error gets thinner," he '
        'said.',
        'The NTSB typically takes 12 to 24 months to complete an investigation. Halvorsen said a preliminary report '
        'would be released within 30 days.',
    ), [
        ('A regional jet carrying 76', 'Federal Aviation Administration'),
        ('the cargo plane had been instructed', 'Federal Aviation Administration'),
        ('it had opened an investigation', 'National Transportation Safety Board'),
        ('the agency would examine', 'Karen Halvorsen'), ('This was a very close call', 'Karen Halvorsen'),
        ('We need to understand why', 'Karen Halvorsen'), ('it was too early to say', 'Karen Halvorsen'),
        ('SkyLink 4410, stop', 'the controller'), ('Stopping, SkyLink', 'the pilot'),
        ('the jolt threw people', 'Melissa Grant'), ('We were going really fast', 'Melissa Grant'),
        ('People were screaming', 'Melissa Grant'),
        ('its crew', 'SkyLink Express'),
        ('it was cooperating fully', 'Atlas Cargo'), ('both pilots had been taken', 'Dan Pereira'),
        ('the incident showed the FAA', 'Tamara Liu'), ('We have been lucky again', 'Tamara Liu'),
        ('it plans to spend $100 million', 'Federal Aviation Administration'),
        ('runway incursions tend to rise', 'Jeff Marchetti'), ('When you have fewer people', 'Jeff Marchetti'),
        ('a preliminary report would be', 'Karen Halvorsen'),
    ]),
    Article('climate_talks', _t(
        'BELÉM, Brazil (AFP) - Negotiators at the UN climate talks in Brazil worked through the night into '
        'Saturday to break a deadlock over how much rich nations should pay poorer countries to cope with '
        'extreme weather, with the summit already a day past its scheduled close.',
        'A new draft released by the Brazilian presidency at 4:00 am proposed tripling adaptation finance to $120 '
        'billion a year by 2035, but dropped language on "transitioning away" from fossil fuels that dozens of '
        'countries had demanded.',
        '"This text is a step backwards," said Marina Delgado, Colombia\'s environment minister, speaking for a '
        'group of Latin American countries. "We cannot go home and tell our people that the word fossil has '
        'disappeared."',
        'The European Union also said the draft fell short. EU climate commissioner Pieter Vanhoef told reporters '
        'the bloc was ready to stay "as long as it takes".',
        '"We will not sign up to a deal that is weaker than what we agreed two years ago," Vanhoef said. "That is '
        'a red line for us."',
        'Saudi Arabia, speaking for the Arab Group, has firmly opposed any mention of phasing out fossil fuels, '
        'according to observers in the negotiating rooms.',
        'Small island states, among the most vulnerable to rising seas, welcomed the higher finance figure but '
        'said it came too late.',
        '"Tripling by 2035 sounds generous until you realise that our islands are flooding now," said Cedric '
        'Tuilagi, the Samoan negotiator who chairs the Alliance of Small Island States. "The money needs to '
        'arrive this decade, not next."',
        'Brazilian President Antônio Carlos Ribeiro, who had made the summit in the Amazon a centrepiece of his '
        'foreign policy, urged delegates to compromise.',
        '"The forest is watching us. The world is watching us," Ribeiro said in a speech to the plenary late on '
        'Friday. "History will not forgive us if we leave here with nothing."',
        'The summit\'s president, Brazilian diplomat Paulo Corrêa do Vale, said consultations would continue '
        'through Saturday.',
        '"We are close. I believe a deal is possible, but everyone will have to give something," he told '
        'journalists outside the plenary hall.',
        'China\'s chief negotiator, Liu Wenhao, said developed countries had failed to meet earlier promises and '
        'should not ask developing nations to do more.',
        '"Trust is built on delivery," Liu said.',
        'Environmental groups were scathing about the new text. Tasneem Abrahams, executive director of Climate '
        'Action Network, called it "a betrayal of the people living on the front lines of this crisis".',
        '"The fossil fuel lobby has been all over these talks, and this draft shows it," she said.',
        'More than 1,700 fossil fuel lobbyists registered for the summit, according to the Kick Big Polluters Out '
        'coalition, which tracks attendance.',
        'Outside the venue, dozens of Indigenous protesters from the Amazon gathered with banners reading "Our '
        'land is not for sale".',
        '"They talk about the forest in there, but we are the forest," said Kokoti Metoro, a Kayapó leader, '
        'speaking through an interpreter. "Nobody asked us to sit at the table."',
        'Delegates said a final plenary could be called as early as Saturday afternoon if the main blocs reach '
        'agreement on the fossil fuel language.',
    ), [
        ('This text is a step backwards', 'Marina Delgado'), ('We cannot go home and tell', 'Marina Delgado'),
        ('the draft fell short', 'European Union'), ('the bloc was ready to stay', 'Pieter Vanhoef'),
        ('We will not sign up', 'Pieter Vanhoef'), ('That is a red line', 'Pieter Vanhoef'),
        ('Saudi Arabia, speaking for the Arab Group', 'observers in the negotiating rooms'),
        ('it came too late', 'Small island states'),
        ('Tripling by 2035 sounds generous', 'Cedric Tuilagi'), ('The money needs to arrive', 'Cedric Tuilagi'),
        ('The forest is watching us', 'Antônio Carlos Ribeiro'),
        ('delegates to compromise', 'Antônio Carlos Ribeiro'),
        ('History will not forgive', 'Antônio Carlos Ribeiro'),
        ('consultations would continue', 'Paulo Corrêa do Vale'), ('We are close', 'Paulo Corrêa do Vale'),
        ('developed countries had failed', 'Liu Wenhao'), ('Trust is built on delivery', 'Liu Wenhao'),
        ('a betrayal of the people', 'Tasneem Abrahams'), ('The fossil fuel lobby has', 'Tasneem Abrahams'),
        ('More than 1,700 fossil fuel', 'Kick Big Polluters Out coalition'),
        ('They talk about the forest', 'Kokoti Metoro'), ('Nobody asked us to sit', 'Kokoti Metoro'),
        ('a final plenary could be called', 'Delegates'),
    ]),
]

ARTICLES += [
    Article('data_breach', _t(
        'Health insurer Carewell has confirmed that hackers stole personal data belonging to about 4.3 million '
        'customers, including names, dates of birth and in some cases medical claims information, in an attack '
        'discovered last month.',
        'In a filing with the Maine attorney general\'s office on Friday, the company said an unauthorized party '
        'had accessed a database used by a third-party billing contractor between Feb. 2 and Feb. 19.',
        '"We deeply regret that this happened and we understand the concern it causes," Carewell chief executive '
        'Martin Osei said in a letter to customers. "Protecting your information is a responsibility we take '
        'seriously, and we fell short."',
        'The company said there was no evidence that Social Security numbers or bank details had been taken, and '
        'that it would offer two years of free credit monitoring to everyone affected.',
        'A ransomware gang calling itself NightCrane claimed responsibility for the attack on its dark web leak '
        'site last week and posted what it said were samples of the stolen files.',
        'Security researcher Allison Park, who tracks ransomware groups at the firm Recorded Signal, said the '
        'samples appeared to be genuine.',
        '"The files include claim codes that can reveal a lot about someone\'s health, from pregnancies to cancer '
        'treatment," Park told TechCrunch. "That is exactly the kind of data criminals use for targeted scams."',
        'She said NightCrane had hit at least 30 health care organizations since it emerged last year, usually by '
        'exploiting stolen passwords for remote access tools.',
        'Carewell has not said whether it paid a ransom. Spokesperson Dana Whitley declined to comment on the '
        'company\'s dealings with the attackers, citing an ongoing law enforcement investigation.',
        'The billing contractor, MedLedger Solutions, said in a statement that it had "taken immediate steps to '
        'contain the incident" and had hired an outside forensics firm.',
        'Senator Ron Whitaker, a Democrat who sits on the Senate health committee, criticized the delay in '
        'notifying customers.',
        '"Four million Americans had their private health data stolen and they are only finding out about it '
        'weeks later," Whitaker wrote on X. "Companies that hold this kind of data should be held to a much '
        'higher standard."',
        'Federal rules require health companies to notify affected individuals within 60 days of discovering a '
        'breach.',
        'Cybersecurity experts say the attack fits a pattern of criminals targeting smaller vendors that hold '
        'data on behalf of big health firms.',
        '"You can have the best security in the world, but if your contractor leaves the back door open, it '
        'doesn\'t matter," said Professor Kevin Mbeki, who studies health data security at Johns Hopkins '
        'University. "Attackers go where the defenses are weakest."',
        'Some customers said they learned about the breach from news reports before receiving the company\'s '
        'letter.',
        '"I found out on Reddit," said Laura Simmons, a teacher in Columbus, Ohio, whose husband\'s claims for '
        'physical therapy were among the leaked samples. "That is not how I want to find out that strangers know '
        'about my family\'s medical history."',
        'Carewell said it had set up a call center for customers with questions and urged them to watch for '
        'phishing emails and calls from people claiming to be from the company.',
        'Park advised anyone affected to be especially wary of calls about unpaid medical bills.',
        '"If someone calls you about a claim, hang up and call the number on your insurance card," she said.',
    ), [
        ('an unauthorized party had accessed', 'Carewell'),
        ('hackers stole personal data', 'Carewell'), ('them to watch for phishing', 'Carewell'),
        ('We deeply regret that', 'Martin Osei'), ('Protecting your information', 'Martin Osei'),
        ('there was no evidence that Social', 'Carewell'),
        ('the samples appeared to be genuine', 'Allison Park'), ('The files include claim codes', 'Allison Park'),
        ('That is exactly the kind of data', 'Allison Park'), ('NightCrane had hit at least', 'Allison Park'),
        ('taken immediate steps to', 'MedLedger Solutions'),
        ('Four million Americans had', 'Ron Whitaker'), ('Companies that hold this kind', 'Ron Whitaker'),
        ('the attack fits a pattern', 'Cybersecurity experts'),
        ('You can have the best security', 'Kevin Mbeki'), ('Attackers go where the', 'Kevin Mbeki'),
        ('they learned about the breach', 'Some customers'),
        ('I found out on Reddit', 'Laura Simmons'), ('That is not how I want', 'Laura Simmons'),
        ('it had set up a call center', 'Carewell'),
        ('If someone calls you about', 'Allison Park'),
    ]),
    Article('irish_housing', _t(
        'The Taoiseach has defended the Government\'s housing record after new figures showed that the number of '
        'homes completed last year fell short of its own target for the second year running.',
        'Figures from the Central Statistics Office show that 30,330 new homes were built in 2024, well below the '
        'target of 33,450 set in the Housing for All plan.',
        'Speaking in the Dáil during Leaders\' Questions, Taoiseach Ciarán Ó Briain said the State was still '
        'building more homes than at any time since the financial crash.',
        '"Nobody on this side of the House is saying the job is done. But we have more cranes in the sky in '
        'Dublin than at any point in fifteen years," he said.',
        'Sinn Féin leader Máire Nic Giolla said the figures were "a damning indictment" of a Government that had '
        'been promising to fix the crisis for a decade.',
        '"A whole generation of young people have given up on owning a home. They are paying the highest rents in '
        'Europe and living in their childhood bedrooms into their thirties," the Dublin Central TD said.',
        'She said her party would build 300,000 homes over two terms if elected.',
        'Mr Ó Briain replied that Sinn Féin had opposed housing developments in several Dublin constituencies.',
        '"The Deputy cannot promise 300,000 homes in here and then object to them on the doorstep," he said.',
        'Labour housing spokesperson Conor Keane said the Government was relying too much on private developers '
        'and should return to large-scale council building.',
        '"In the 1970s, local authorities built a third of all the homes in this country. Today it is a fraction '
        'of that," Mr Keane said.',
        'The Minister for Housing, James Hennigan, told RTÉ\'s Morning Ireland that completions were expected to '
        'rise again this year as more projects funded under a new equity scheme came through the system.',
        '"The pipeline is strong. Commencements were up 22pc last year and commencements become completions," '
        'Mr Hennigan said.',
        'He said the Government would publish a revised housing plan before the summer recess.',
        'Economists were sceptical. Dr Aoife Brennan, a housing economist at University College Cork, said the '
        'country needed closer to 50,000 homes a year to meet demand.',
        '"We are building about 60pc of what we need, and the gap gets wider every year we fall short," she said.',
        'The Irish Home Builders Association said construction costs and delays in the planning system were the '
        'main obstacles.',
        '"Our members want to build. The problem is that it now costs more to build an apartment in Dublin than '
        'most people can afford to pay for one," the association\'s director, Eoghan Moriarty-Walsh, said.',
        'Outside Leinster House, members of the Raise the Roof campaign held a protest calling for an emergency '
        'ban on evictions.',
        'Niamh Daly, a 29-year-old nurse from Drogheda, said she had moved back in with her parents after her rent '
        'went up by €400 a month.',
        '"I work full-time in a hospital and I can\'t afford a one-bed flat," she said. "Something has gone very '
        'wrong."',
    ), [
        ('the State was still building more', 'Ciarán Ó Briain'),
        ('Nobody on this side of the House', 'Ciarán Ó Briain'), ('But we have more cranes', 'Ciarán Ó Briain'),
        ('the figures were', 'Máire Nic Giolla'), ('A whole generation of young', 'Máire Nic Giolla'),
        ('They are paying the highest', 'Máire Nic Giolla'), ('her party would build 300,000', 'Máire Nic Giolla'),
        ('Sinn Féin had opposed housing', 'Ciarán Ó Briain'), ('The Deputy cannot promise', 'Ciarán Ó Briain'),
        ('the Government was relying', 'Conor Keane'), ('In the 1970s, local', 'Conor Keane'),
        ('completions were expected to rise', 'James Hennigan'), ('The pipeline is strong', 'James Hennigan'),
        ('the Government would publish', 'James Hennigan'),
        ('the country needed closer', 'Aoife Brennan'), ('We are building about 60pc', 'Aoife Brennan'),
        ('construction costs and delays', 'Irish Home Builders Association'),
        ('Our members want to build', 'Eoghan Moriarty-Walsh'), ('The problem is that it now', 'Eoghan Moriarty-Walsh'),
        ('she had moved back in', 'Niamh Daly'), ('I work full-time', 'Niamh Daly'),
        ('Something has gone very wrong', 'Niamh Daly'),
    ]),
    Article('sa_load_shedding', _t(
        'JOHANNESBURG - Power utility Vukani Energy has moved to Stage 4 load shedding with immediate effect after '
        'the failure of three generating units at its Kusile and Medupi power stations overnight, the utility '
        'announced on Wednesday.',
        'The rolling blackouts, which cut power to homes and businesses for up to six hours a day, will continue '
        'until at least Sunday, Vukani said in a statement.',
        'Vukani\'s chief operating officer, Thabo Nkosi, told a media briefing in Johannesburg that the breakdowns '
        'had taken more than 5,000 megawatts off the grid.',
        '"We are not going to sugar-coat this. We lost three big units in the space of four hours, and we have to '
        'protect the grid from a total collapse," Nkosi said.',
        'He said teams were working around the clock to bring the units back, and that at least one should '
        'return by Friday.',
        'The return to Stage 4 comes after almost ten months without load shedding, which the government had '
        'celebrated as proof that its energy action plan was working.',
        'Electricity Minister Kgosientso Dlamini said the setback was temporary.',
        '"The system is far more stable than it was two years ago. What we are seeing is a bump on the road, not '
        'a return to the dark days," Dlamini said.',
        'The Democratic Alliance\'s energy spokesperson, Kevin Marais-Botha, said South Africans had heard such '
        'promises before.',
        '"Every time the lights stay on for a few months, the minister takes a victory lap. Then the units break '
        'again," he said. "We need maintenance, not press conferences."',
        'Business groups warned that the outages would hurt a fragile economy. Business Unity South Africa chief '
        'executive Cassim Patel-Reddy said each stage of load shedding cost the economy about R900 million a day.',
        'In Soweto, residents said the blackouts had caught them unprepared.',
        '"I had just bought meat for the month because it was on special. Now I don\'t know if my fridge will '
        'keep it," said Nomvula Mahlangu, a 54-year-old domestic worker from Orlando East.',
        'Spaza shop owner Sipho Zungu said he would have to close early every evening.',
        '"When the power goes, the criminals come out. I can\'t sit here in the dark with money in the till," '
        'Zungu said.',
        'Energy analyst Chris Venter-Mokoena said the breakdowns showed how fragile the country\'s ageing coal '
        'fleet remained.',
        '"Kusile and Medupi were supposed to be the new, reliable stations. They have been plagued by design '
        'defects from the start," he said. "Until there is real new capacity on the grid, we will be one bad night '
        'away from load shedding."',
        'Vukani said it would update the public on Friday.',
        'Nkosi said the utility had enough diesel for its open-cycle gas turbines to last the week.',
        'The utility urged households to switch off geysers and pool pumps during peak hours between 5pm and 9pm '
        'to ease pressure on the system.',
        'Schedules for each area are available on the Vukani website and on the EskomSePush app.',
        'Nkosi apologised to customers.',
        '"We know what this does to families and to small businesses. We are sorry, and we are doing everything '
        'we can," he said.',
    ), [
        ('Power utility Vukani Energy has moved', 'Vukani Energy'),
        ('The rolling blackouts, which cut', 'Vukani Energy'),
        ('the breakdowns had taken more', 'Thabo Nkosi'), ('We are not going to sugar-coat', 'Thabo Nkosi'),
        ('teams were working around', 'Thabo Nkosi'),
        ('the setback was temporary', 'Kgosientso Dlamini'), ('The system is far more stable', 'Kgosientso Dlamini'),
        ('South Africans had heard', 'Kevin Marais-Botha'), ('Every time the lights stay', 'Kevin Marais-Botha'),
        ('We need maintenance', 'Kevin Marais-Botha'),
        ('the outages would hurt', 'Business groups'), ('each stage of load shedding', 'Cassim Patel-Reddy'),
        ('the blackouts had caught them', 'residents'),
        ('I had just bought meat', 'Nomvula Mahlangu'),
        ('he would have to close early', 'Sipho Zungu'), ('When the power goes', 'Sipho Zungu'),
        ('the breakdowns showed how fragile', 'Chris Venter-Mokoena'),
        ('Kusile and Medupi were supposed', 'Chris Venter-Mokoena'),
        ('Until there is real new capacity', 'Chris Venter-Mokoena'),
        ('it would update the public', 'Vukani Energy'),
        ('households to switch off geysers', 'Vukani Energy'),
        ('the utility had enough diesel', 'Thabo Nkosi'),
        ('We know what this does', 'Thabo Nkosi'),
    ]),
    Article('singapore_mrt', _t(
        'SINGAPORE - Train services on the East-West Line were disrupted for more than five hours on Tuesday '
        'morning after a power fault between Jurong East and Buona Vista stations, affecting tens of thousands of '
        'commuters during the morning peak.',
        'Operator SMRT said in a Facebook post at 6.14am that services on the affected stretch had been suspended, '
        'and that free bridging buses were available at all affected stations.',
        'Full service resumed at 11.32am, the operator said.',
        'SMRT Trains president Lim Boon Hock said at a media briefing in the afternoon that engineers had traced '
        'the fault to a damaged cable on the third rail near Clementi station.',
        '"We sincerely apologise to all affected commuters. We know many of you were late for work and school '
        'today," said Mr Lim.',
        'He said the company would investigate how the cable came to be damaged and whether it was linked to '
        'renewal works carried out in the area last month.',
        'Transport Minister Koh Wei Ming said in a Facebook post that he had asked the Land Transport Authority '
        'to conduct a full review of the incident together with SMRT.',
        '"Commuters expect reliable train services, and rightly so. We will get to the bottom of what happened," '
        'Mr Koh wrote.',
        'The LTA said it would take a serious view of the disruption and would not hesitate to take action '
        'against the operator if lapses were found.',
        'At Jurong East station, long queues formed for the bridging buses, with some commuters waiting for more '
        'than 40 minutes.',
        'Madam Tan Mei Ling, 58, who works as a cleaner at a hospital in Kent Ridge, said she had to call her '
        'supervisor to say she would be two hours late.',
        '"I left home at 5.45am like every day. Until now I still haven\'t reached," she told The Straits Times at '
        'about 8.30am, speaking in Mandarin.',
        'Polytechnic student Muhammad Irfan Rahim, 19, said he missed the start of an examination.',
        '"My lecturer said I can sit for it another day, but I studied the whole night for nothing," he said.',
        'Associate Professor Raymond Ong, a transport researcher at the National University of Singapore, said '
        'the length of the disruption was unusual given the improvements made to the network in recent years.',
        '"Singapore\'s rail reliability has improved a lot since 2017, so a five-hour breakdown during peak hour '
        'is a real setback," he said. "The question is whether the maintenance regime missed something."',
        'He said bridging bus arrangements had worked better than during earlier breakdowns but could not fully '
        'replace the capacity of trains.',
        'Member of Parliament Grace Seah Li Ting, who chairs the Government Parliamentary Committee for Transport, '
        'said she would file questions in Parliament on the incident.',
        '"Residents in the west deserve answers on why this happened and what is being done to prevent a '
        'repeat," she said.',
        'SMRT said commuters who were late for work could download a travel chit from its website as proof of '
        'the delay.',
        'The East-West Line is Singapore\'s oldest and busiest MRT line, carrying about 800,000 passengers a day.',
    ), [
        ('services on the affected stretch', 'SMRT'), ('Full service resumed', 'SMRT'),
        ('engineers had traced the fault', 'Lim Boon Hock'), ('We sincerely apologise', 'Lim Boon Hock'),
        ('the company would investigate', 'Lim Boon Hock'),
        ('he had asked the Land Transport', 'Koh Wei Ming'), ('Commuters expect reliable', 'Koh Wei Ming'),
        ('it would take a serious view', 'Land Transport Authority'),
        ('she had to call her supervisor', 'Tan Mei Ling'), ('I left home at 5.45am', 'Tan Mei Ling'),
        ('he missed the start', 'Muhammad Irfan Rahim'), ('My lecturer said I can', 'Muhammad Irfan Rahim'),
        ('the length of the disruption', 'Raymond Ong'), ('Singapore\'s rail reliability', 'Raymond Ong'),
        ('The question is whether', 'Raymond Ong'), ('bridging bus arrangements', 'Raymond Ong'),
        ('she would file questions', 'Grace Seah Li Ting'), ('Residents in the west deserve', 'Grace Seah Li Ting'),
        ('commuters who were late for work', 'SMRT'),
    ]),
    Article('school_board_books', _t(
        'The Pinecrest Unified School Board voted 4-3 late Thursday to remove 14 books from middle school library '
        'shelves pending a review, after a meeting that drew more than 300 people and stretched past midnight.',
        'The books, which include two novels that have won the National Book Award, were challenged by a group '
        'of parents who say they contain sexual content unsuitable for children aged 11 to 14.',
        'Board president Gregory Sandoval, who voted for the removal, said the decision was not a ban.',
        '"These books are not being burned and they are not being banned. They are being reviewed, which is '
        'exactly what our policy says should happen when parents raise concerns," Sandoval said.',
        'He said a committee of teachers, librarians and parents would report back within 90 days.',
        'Trustee Monica Alvarez, who voted against, said the district was bowing to a small but loud group.',
        '"Fourteen books, challenged by six parents, and we pull them all at once. That is not a review process. '
        'That is a surrender," Alvarez said to loud applause from one side of the room.',
        'The meeting was at times chaotic. Sandoval twice called a recess after members of the audience shouted '
        'over speakers, and a sheriff\'s deputy escorted one man out of the room.',
        'More than 80 people signed up for public comment.',
        'Jennifer Cole, who has two children at Pinecrest Middle School and helped organize the challenge, read '
        'aloud a passage from one of the books before being cut off by the board president.',
        '"If I can\'t read it out loud at this meeting, why is it sitting on a shelf for my 12-year-old?" Cole '
        'asked. "This is about age-appropriate material. Nothing more."',
        'Eighth-grader Maya Thompson, 13, told the board that one of the removed novels had helped her through '
        'her parents\' divorce.',
        '"It was the first book where I felt like somebody understood what was going on at my house," she said, '
        'her voice shaking. "Please don\'t take it away from the next kid."',
        'District librarian Karen Ostrowski said the books had been chosen by trained staff using professional '
        'review journals.',
        '"We have a process for this, and it works. Every one of these titles was selected because it has value '
        'for students," Ostrowski said.',
        'Superintendent Dr. Alan Pierce declined to take a position on the vote but said he would make sure the '
        'review committee followed board policy.',
        'The American Civil Liberties Union of Northern California sent a letter to the board before the meeting '
        'warning that removing books based on their viewpoints could violate students\' First Amendment rights.',
        '"Public schools cannot remove books simply because some people disagree with the ideas in them," the '
        'letter said.',
        'Sandoval said the board had consulted its lawyers and was confident the review was legal.',
        'Trustee Robert Kim, who cast the deciding vote, said he had struggled with the decision.',
        '"I got emails from both sides all week. Some of them were not very nice," Kim said. "I voted for a review '
        'because I want to read these books myself before I decide anything."',
        'The board will take up the committee\'s recommendations in the spring.',
    ), [
        ('the decision was not a ban', 'Gregory Sandoval'),
        ('they contain sexual content', 'a group of parents'), ('These books are not being burned', 'Gregory Sandoval'),
        ('They are being reviewed', 'Gregory Sandoval'), ('a committee of teachers', 'Gregory Sandoval'),
        ('the district was bowing', 'Monica Alvarez'), ('Fourteen books, challenged', 'Monica Alvarez'),
        ('That is a surrender', 'Monica Alvarez'),
        ('If I can\'t read it out loud', 'Jennifer Cole'), ('This is about age-appropriate', 'Jennifer Cole'),
        ('one of the removed novels', 'Maya Thompson'), ('It was the first book where', 'Maya Thompson'),
        ('Please don\'t take it away', 'Maya Thompson'),
        ('the books had been chosen', 'Karen Ostrowski'), ('We have a process for this', 'Karen Ostrowski'),
        ('he would make sure the review', 'Alan Pierce'),
        ('removing books based on their', 'American Civil Liberties Union of Northern California'),
        ('Public schools cannot remove', 'American Civil Liberties Union of Northern California'),
        ('the board had consulted its lawyers', 'Gregory Sandoval'),
        ('he had struggled with the decision', 'Robert Kim'), ('I got emails from both sides', 'Robert Kim'),
        ('I voted for a review', 'Robert Kim'),
    ]),
    Article('royal_visit', _t(
        'Princess Adelaide, the King\'s niece, met families who lost their homes in last month\'s floods during a visit to '
        'Tewkesbury on Tuesday, her first public engagement since returning from a month-long break.',
        'The princess spent more than an hour at a temporary community centre set up in a church hall, where she '
        'heard from residents still living in hotels and caravans.',
        'Kensington Palace said she had wanted to visit the town "as soon as possible" after seeing footage of the '
        'flooding, which forced more than 600 people from their homes.',
        'Retired postman Colin Hargreaves, 78, whose bungalow was under four feet of water, said the princess had '
        'taken time to listen.',
        '"She asked about my wife\'s photographs. We lost all of them, fifty years of pictures," he said. "She '
        'held my hand and said she was so sorry. You could see she meant it."',
        'Single mother Kayleigh Price, 31, said her two children had been sleeping on the floor of a relative\'s '
        'flat since the water came in.',
        '"My little boy asked her if she had a castle and if he could live in it," Ms Price said, laughing. "She '
        'said she would have to check with the King."',
        'The princess also met volunteers from the Tewkesbury Community Flood Response, which has handed out more '
        'than 2,000 food parcels.',
        'Its co-ordinator, the Rev Sarah Bennett, said the visit had lifted spirits in the town.',
        '"People here have been through a horrible few weeks, and they have felt forgotten at times," she said. '
        '"Today they felt seen."',
        'Speaking to volunteers, the princess praised the way the community had pulled together.',
        '"What you have done here is extraordinary. This is what community looks like," she told them.',
        'Tewkesbury Borough Council leader Richard Stannard said about 140 households were still unable to return '
        'home and some would be out for up to a year.',
        '"Insurance is the big worry now. Some people have been told their premiums will triple, and others '
        'can\'t get cover at all," Cllr Stannard said.',
        'He said the council had written to the Government asking for extra funding for flood defences on the '
        'Severn and the Avon.',
        'The Environment Agency said its defences had protected about 1,800 properties in the area but had been '
        'overwhelmed in places by the highest river levels since 2007.',
        'Local MP Cameron Tulloch said he would raise the issue of insurance in the Commons next week.',
        '"Families who did nothing wrong are being punished twice, first by the water and then by their '
        'insurers," he said.',
        'Royal commentator Jennie Holloway said the choice of engagement was significant.',
        '"This is a very deliberate return. It is about service and about going where people need cheering up, '
        'not a red carpet," she said.',
        'The princess left to cheers from a crowd of several hundred people who had gathered outside the hall, '
        'many of them waving Union flags.',
        'A palace spokesperson said the princess would continue to build up her public duties gradually over '
        'the coming months.',
    ), [
        ('she had wanted to visit the town', 'Kensington Palace'),
        ('the princess had taken time', 'Colin Hargreaves'), ('She asked about my wife', 'Colin Hargreaves'),
        ('She held my hand', 'Colin Hargreaves'),
        ('her two children had been sleeping', 'Kayleigh Price'), ('My little boy asked her', 'Kayleigh Price'),
        ('She said she would have to check', 'Kayleigh Price'),
        ('the visit had lifted spirits', 'Sarah Bennett'), ('People here have been through', 'Sarah Bennett'),
        ('Today they felt seen', 'Sarah Bennett'),
        ('What you have done here', 'Princess Adelaide'),
        ('about 140 households were', 'Richard Stannard'), ('Insurance is the big worry', 'Richard Stannard'),
        ('the council had written to', 'Richard Stannard'),
        ('its defences had protected', 'Environment Agency'),
        ('he would raise the issue', 'Cameron Tulloch'), ('Families who did nothing wrong', 'Cameron Tulloch'),
        ('the choice of engagement', 'Jennie Holloway'), ('This is a very deliberate', 'Jennie Holloway'),
        ('the princess would continue', 'A palace spokesperson'),
    ]),
    Article('boxing_presser', _t(
        'LAS VEGAS — Darnell "The Hammer" Booker and Viktor Sokolov nearly came to blows on Wednesday at the final '
        'press conference before their heavyweight title fight, with security forced to separate the two after '
        'a heated face-off at the MGM Grand.',
        'Booker, the WBC champion, shoved Sokolov in the chest after the Russian-born challenger leaned in and '
        'said something to him as they posed for photographers.',
        '"He wants to talk? Saturday night he can talk to the canvas," Booker said once the two were pulled apart. '
        '"I\'ve been nice this whole camp. I\'m done being nice."',
        'Sokolov, 31, who is unbeaten in 24 fights, smiled throughout and refused to say what he had told the '
        'champion.',
        '"It is between me and him," he said in accented English. "He knows what I said. On Saturday he will know '
        'what I meant."',
        'Promoter Ray Castellano, whose company is staging the fight, said neither man would be fined.',
        '"Look, these are two big, proud men who want to hurt each other in three days. Stuff happens," '
        'Castellano said. "Nobody got hurt, and now everybody is talking about the fight."',
        'The Nevada State Athletic Commission said it would review footage of the incident. Executive director '
        'Jeff Mulroney told ESPN that the commission "does not tolerate physical altercations" outside the ring.',
        'Booker, 29, is making the third defense of the title he won by knocking out Tony Ruelas in 2023. He '
        'opened as a 2-1 favorite, but the odds have narrowed in recent weeks.',
        'His trainer, Kenny Abrams, said the champion had looked sharper in camp than ever before.',
        '"We sparred 140 rounds. He is in the best shape of his life, and he is angry, which is good," Abrams '
        'said. "Angry and disciplined, that\'s what we want."',
        'Sokolov\'s trainer, Ukrainian veteran Oleksandr Petrenko, said the challenger\'s jab would decide the '
        'fight.',
        '"Booker is strong, but he walks straight forward. Viktor will make him pay for every step," Petrenko '
        'said through a translator.',
        'Former heavyweight champion Marcus Fenwick, who is working the fight as an analyst for the broadcast, said '
        'he expected it to go the distance.',
        '"Both men can punch, but both men can take a punch too. I think it goes twelve and it\'s close," Fenwick '
        'said.',
        'Asked whether the shove had been planned to sell tickets, Booker laughed.',
        '"The tickets sold out in a day. I don\'t need to sell nothing," he said. "That was real."',
        'Sokolov was asked whether he had felt the shove.',
        '"I have been hit harder by my little sister," he said, to laughter from the room.',
        'The WBC said in a statement that it had full confidence in the Nevada commission to handle the matter.',
        'More than 17,000 fans are expected at T-Mobile Arena on Saturday, and Castellano said pay-per-view sales '
        'were on track to be the biggest for a heavyweight fight in five years.',
        'The fighters will weigh in on Friday. Mulroney said the commission would have extra security on hand.',
        '"We will keep them apart on Friday," he said. "Saturday, that\'s their business."',
    ), [
        ('He wants to talk', 'Darnell Booker'), ('I\'ve been nice this whole', 'Darnell Booker'),
        ('It is between me and him', 'Viktor Sokolov'), ('He knows what I said', 'Viktor Sokolov'),
        ('neither man would be fined', 'Ray Castellano'), ('Look, these are two big', 'Ray Castellano'),
        ('Nobody got hurt', 'Ray Castellano'),
        ('it would review footage', 'Nevada State Athletic Commission'),
        ('the commission', 'Jeff Mulroney'),
        ('the champion had looked sharper', 'Kenny Abrams'), ('We sparred 140 rounds', 'Kenny Abrams'),
        ('Angry and disciplined', 'Kenny Abrams'),
        ('the challenger\'s jab would decide', 'Oleksandr Petrenko'), ('Booker is strong', 'Oleksandr Petrenko'),
        ('he expected it to go the distance', 'Marcus Fenwick'), ('Both men can punch', 'Marcus Fenwick'),
        ('The tickets sold out', 'Darnell Booker'), ('That was real', 'Darnell Booker'),
        ('I have been hit harder', 'Viktor Sokolov'), ('it had full confidence', 'WBC'),
        ('pay-per-view sales were on track', 'Ray Castellano'),
        ('the commission would have extra', 'Jeff Mulroney'), ('We will keep them apart', 'Jeff Mulroney'),
    ]),
    Article('lunar_probe', _t(
        'A small lunar probe built by a team of European universities has sent back its first pictures from the '
        'Moon\'s south pole, showing the rim of a permanently shadowed crater where scientists believe water ice '
        'may be trapped.',
        'The 180-kilogram Selene Pathfinder entered lunar orbit on Sunday after a four-month journey and beamed '
        'the images to a ground station in Spain early on Tuesday.',
        '"When the first image came up on the screen, the whole control room went silent, and then everybody '
        'started shouting," said mission manager Dr. Katrin Albers of the Technical University of Munich. "We have '
        'been working on this for nine years."',
        'Albers said the spacecraft was healthy and that its cameras and neutron spectrometer were performing '
        'better than expected.',
        'The probe carries an instrument designed to detect hydrogen, a sign of water, in the top metre of lunar '
        'soil. Water ice at the poles could one day supply drinking water, oxygen and rocket fuel for astronauts.',
        'Principal investigator Professor Luca Bertolini, a planetary scientist at the University of Padua, said '
        'the first measurements would come within weeks.',
        '"This is the question everyone wants answered. Is there enough ice, and is it in a form we could '
        'actually use?" Bertolini said. "If we find what we hope to find, it changes the economics of going back '
        'to the Moon."',
        'The mission cost about €62 million, a fraction of the budget of most lunar missions, and was funded '
        'largely by the European Space Agency and national space agencies in Germany, Italy and the Netherlands.',
        'ESA\'s director of science, Caroline Mundt, called the mission a "proof that small teams can do big '
        'science".',
        '"A decade ago, a university consortium could not have dreamed of orbiting the Moon. Now they are doing '
        'it on a budget smaller than some Earth-observation satellites," she said in a statement.',
        'Not all scientists expect the probe to settle the question. Dr. Samuel Okafor, a lunar geologist at the '
        'Open University who is not involved in the mission, said earlier orbiters had produced conflicting '
        'readings.',
        '"Hydrogen is not the same as water, and from orbit it is very hard to tell the difference," Okafor said. '
        '"I think we will need a lander that drills into the soil before we can be confident."',
        'He said the images were nonetheless "stunning" and would help planners choose landing sites.',
        'The probe\'s team is unusually young. Half of its 40 engineers are doctoral students, including 27-year-'
        'old Ingrid van Dijk of Delft University of Technology, who wrote the software that pointed the camera.',
        '"I spent two years writing code for a moment that lasted four seconds," van Dijk said. "When the picture '
        'came through, I phoned my mother. She did not really understand, but she cried anyway."',
        'NASA, which plans to land astronauts near the south pole later this decade under its Artemis program, '
        'said it would share data with the European team.',
        'A NASA spokeswoman, Rachel Kraft-Dunn, said the agency welcomed "every new set of eyes on the south '
        'pole".',
        'Selene Pathfinder will spend at least a year in a polar orbit, lowering itself gradually to an altitude '
        'of 30 kilometres to take higher-resolution measurements.',
        'Albers said the team would publish its first results in the autumn.',
        '"We promised the data would be open to everyone, and it will be," she said.',
    ), [
        ('When the first image came up', 'Katrin Albers'), ('We have been working on this', 'Katrin Albers'),
        ('the spacecraft was healthy', 'Katrin Albers'),
        ('the first measurements would come', 'Luca Bertolini'), ('This is the question everyone', 'Luca Bertolini'),
        ('If we find what we hope', 'Luca Bertolini'),
        ('proof that small teams', 'Caroline Mundt'), ('A decade ago, a university', 'Caroline Mundt'),
        ('earlier orbiters had produced', 'Samuel Okafor'), ('Hydrogen is not the same', 'Samuel Okafor'),
        ('I think we will need a lander', 'Samuel Okafor'), ('the images were nonetheless', 'Samuel Okafor'),
        ('I spent two years writing', 'Ingrid van Dijk'), ('When the picture came through', 'Ingrid van Dijk'),
        ('it would share data', 'NASA'),
        ('the agency welcomed', 'Rachel Kraft-Dunn'),
        ('the team would publish its first', 'Katrin Albers'), ('We promised the data', 'Katrin Albers'),
    ]),
    Article('french_farmers', _t(
        'PARIS (AP) — Hundreds of French farmers drove tractors onto the main ring road around Paris on Monday, '
        'blocking traffic for hours as they stepped up protests over cheap imports, environmental rules and low '
        'prices for their crops.',
        'Police said about 350 tractors took part in the action, which snarled the morning commute on the '
        'Boulevard Périphérique and several highways leading into the capital.',
        'The protest was organized by the FNSEA, France\'s largest farmers\' union, and its young farmers\' wing. '
        'FNSEA president Arnaud Delacroix said farmers had run out of patience.',
        '"We have been told for two years that help is coming. It has not come," Delacroix told France Info '
        'radio. "Farmers are working 70 hours a week and earning less than the minimum wage."',
        'At the center of the anger is a proposed trade deal between the European Union and the Mercosur bloc of '
        'South American countries, which farmers say would flood Europe with beef and poultry produced under '
        'looser rules.',
        '"They ask us to follow the strictest standards in the world, and then they import meat from places where '
        'none of those standards apply," said Hélène Marchand, a 44-year-old cattle farmer from the Charolles area '
        'in Burgundy, speaking beside her tractor near Porte d\'Orléans. "It is not fair competition. It is '
        'hypocrisy."',
        'Agriculture Minister Philippe Garnier met union leaders in the afternoon and promised to speed up '
        'emergency payments to livestock farmers hit by disease outbreaks.',
        '"I hear the anger, and much of it is legitimate," Garnier said on leaving the meeting. "The government '
        'will not sign a Mercosur agreement in its current form. I have said it, the president has said it."',
        'He said 400 million euros in aid would be paid out before the end of the month.',
        'The radical Coordination Rurale union, which did not take part in Monday\'s talks, said the measures were '
        'far too little.',
        '"These are crumbs," the union\'s spokeswoman, Véronique Le Floc\'h-Martin, said in a statement. "We will '
        'stay on the roads until there are real decisions."',
        'Interior Minister Laurent Besson said police would not allow the protesters to enter central Paris or '
        'to block Rungis, the huge wholesale food market south of the city that supplies much of the capital.',
        '"Farmers have the right to protest. They do not have the right to starve Paris," Besson said.',
        'Motorists caught in the traffic were mostly sympathetic. Karim Benali, a delivery driver stuck for two '
        'hours near Porte de la Chapelle, said he supported the farmers even though he was losing money.',
        '"My father was a farmer in Morocco. I know what it is to work the land for nothing," he said.',
        'The European Commission has said the Mercosur deal includes safeguards to protect sensitive farm sectors. '
        'A Commission spokesman in Brussels, Olof Lindgren-Martens, said the agreement would open new markets for '
        'European wine, cheese and machinery.',
        'Farmers in Belgium, Germany and the Netherlands have staged similar protests in recent weeks.',
        'Delacroix said the union would decide on Tuesday whether to continue the blockade.',
        '"Everything depends on what the government puts on the table. If it is only words, we will be back," he '
        'said.',
    ), [
        ('about 350 tractors took part', 'Police'), ('farmers had run out of patience', 'Arnaud Delacroix'),
        ('We have been told for two years', 'Arnaud Delacroix'),
        ('Farmers are working 70 hours', 'Arnaud Delacroix'),
        ('would flood Europe with beef', 'farmers'),
        ('They ask us to follow', 'Hélène Marchand'), ('It is not fair competition', 'Hélène Marchand'),
        ('I hear the anger', 'Philippe Garnier'),
        ('to speed up emergency payments', 'Philippe Garnier'), ('The government will not sign', 'Philippe Garnier'),
        ('400 million euros in aid', 'Philippe Garnier'),
        ('the measures were far too little', 'Coordination Rurale'),
        ('These are crumbs', "Véronique Le Floc'h-Martin"), ('We will stay on the roads', "Véronique Le Floc'h-Martin"),
        ('police would not allow the protesters', 'Laurent Besson'), ('Farmers have the right to protest', 'Laurent Besson'),
        ('he supported the farmers', 'Karim Benali'), ('My father was a farmer', 'Karim Benali'),
        ('the Mercosur deal includes safeguards', 'European Commission'),
        ('the agreement would open new markets', 'Olof Lindgren-Martens'),
        ('the union would decide on Tuesday', 'Arnaud Delacroix'),
        ('Everything depends on what', 'Arnaud Delacroix'),
    ]),
    Article('nigeria_fuel', _t(
        'ABUJA — The Nigerian National Petroleum Company Limited (NNPC Ltd) has raised the pump price of petrol '
        'to ₦1,030 per litre at its retail stations in Abuja, the latest in a series of increases since fuel '
        'subsidies were removed last year.',
        'The new price, up from ₦897, took effect on Tuesday morning, causing long queues at filling stations in '
        'the capital as motorists rushed to buy fuel before other marketers followed suit.',
        'NNPC\'s chief corporate communications officer, Olufemi Adebayo-Cole, said in a statement that the '
        'adjustment reflected "prevailing market realities", including the weakness of the naira and higher '
        'global crude prices.',
        '"NNPC Ltd remains committed to ensuring adequate supply of petroleum products across the country," the '
        'statement said.',
        'The Independent Petroleum Marketers Association of Nigeria (IPMAN) said its members would have no choice '
        'but to raise their own prices.',
        'IPMAN\'s national president, Alhaji Abubakar Danladi-Shettima, told journalists in Kano that marketers '
        'were buying products at higher prices from depots.',
        '"We cannot sell at a loss. If the depot price goes up, the pump price must go up. It is simple '
        'arithmetic," he said.',
        'Commercial transport operators in Abuja immediately raised fares. A trip from Nyanya to the city centre, '
        'which cost ₦700 last week, now costs ₦1,000.',
        '"How will people survive?" asked Chinedu Okeke, a civil servant waiting at a bus stop in Nyanya. "My '
        'salary has not moved in two years, but every month something doubles."',
        'The Nigeria Labour Congress condemned the increase and threatened to mobilise its members for protests.',
        'NLC president Joseph Ekwueme said the government had broken promises made to workers when a new minimum '
        'wage was agreed.',
        '"The minimum wage we fought for has been wiped out by fuel prices in less than six months. We will not '
        'fold our arms," Ekwueme said in Abuja.',
        'The Presidency defended the policy. Special Adviser to the President on Information and Strategy, Bayo '
        'Adeniran-Bello, said the subsidy had been draining trillions of naira that should go to roads, schools '
        'and hospitals.',
        '"The era of subsidy is over. What we have now is a market, and prices will go up and down," he said. '
        '"As local refining increases, Nigerians will see the benefits."',
        'Economists said the increase would push inflation, already above 30 per cent, higher still.',
        'Dr Ayodele Fashola, chief economist at Lagos-based Cordros Research, said transport costs feed quickly '
        'into food prices.',
        '"When fuel goes up, the cost of moving tomatoes from Kano to Lagos goes up, and the woman in the market '
        'passes that on. Everybody pays," she said.',
        'She said the central bank was likely to keep interest rates high at its next meeting.',
        'The Eko Coast refinery, which began producing petrol last year, has said it can meet most of the country\'s '
        'demand. Its spokesman, Anthony Chukwuemeka-Eze, said the refinery was in talks with NNPC on supply '
        'arrangements but declined to comment on prices.',
        'At a filling station in Wuse, attendant Musa Ibrahim said customers were angry.',
        '"Some of them are shouting at us, like we are the ones who fixed the price," he said. "We just work here."',
    ), [
        ('the adjustment reflected', 'Olufemi Adebayo-Cole'),
        ('NNPC Ltd remains committed', 'Olufemi Adebayo-Cole'),
        ('its members would have no choice', 'Independent Petroleum Marketers Association of Nigeria'),
        ('marketers were buying products', 'Abubakar Danladi-Shettima'),
        ('We cannot sell at a loss', 'Abubakar Danladi-Shettima'),
        ('If the depot price goes up', 'Abubakar Danladi-Shettima'),
        ('How will people survive', 'Chinedu Okeke'), ('My salary has not moved', 'Chinedu Okeke'),
        ('the government had broken promises', 'Joseph Ekwueme'), ('The minimum wage we fought', 'Joseph Ekwueme'),
        ('the subsidy had been draining', 'Bayo Adeniran-Bello'), ('The era of subsidy is over', 'Bayo Adeniran-Bello'),
        ('As local refining increases', 'Bayo Adeniran-Bello'),
        ('the increase would push inflation', 'Economists'),
        ('transport costs feed quickly', 'Ayodele Fashola'), ('When fuel goes up', 'Ayodele Fashola'),
        ('the central bank was likely', 'Ayodele Fashola'),
        ('it can meet most of the country', 'Eko Coast refinery'),
        ('the refinery was in talks', 'Anthony Chukwuemeka-Eze'),
        ('customers were angry', 'Musa Ibrahim'), ('Some of them are shouting', 'Musa Ibrahim'),
    ]),
]


LEFT: dict[tuple[str, str], str] = {
    ('nz_fuel_tax', 'the Government of breaking'):
        "not found: 'accused X of breaking …' reports no clause",
    ('nz_fuel_tax', 'scrapping the tax without'):
        "'Green Party co-leader Marama Te Awa': an unknown first name before a particle ('Te') is not split from the post",
    ('nz_fuel_tax', 'Every cent of this tax'):
        "'she' goes past 'Marama Te Awa', whose name is not split from the post, to a speaker of unknown gender",
    ('nz_fuel_tax', 'This is a Government that'):
        "'she' goes past 'Marama Te Awa', whose name is not split from the post, to a speaker of unknown gender",
    ('kenya_tally', 'it had received results from'):
        "'Kenya's electoral commission' is not tied to the 'Independent Electoral and Boundaries Commission' named after",
    ('kenya_tally', 'voting had been largely peaceful'):
        "'Observers from the African Union' is cut at 'from'",
    ('trial_day_three', 'she heard two gunshots'):
        "the lead's 'A neighbor' is not tied to 'The neighbor, Rosa Delgado,' named two paragraphs on",
    ('football_game', 'he would have an MRI'):
        "the notes' team labels ('Broncos: …') are read as a transcript's speakers over the sentence's own 'Delaney said'",
    ('chef_profile', 'She was always bossing'):
        "'Mrs Farah' goes to the Farah spoken of most, not to the mother named 'Sian Farah' just before",
    ('chef_profile', 'We should have seen it'):
        "'Mrs Farah' goes to the Farah spoken of most, not to the mother named 'Sian Farah' just before",
    ('transfer_saga', 'Every player has a price'):
        "'the Portuguese coach' (a nationality epithet) is not resolved",
    ('runway_incursion', 'SkyLink 4410, stop'):
        "not found: 'the controller can be heard saying' (a passive of perception before the cue)",
    ('climate_talks', 'consultations would continue'):
        "'do' in 'Paulo Corrêa do Vale' is read as a verb and cuts the name",
    ('climate_talks', 'We are close'):
        "'do' in 'Paulo Corrêa do Vale' is read as a verb and cuts the name",
    ('data_breach', 'the attack fits a pattern'):
        "the clause is cut at a later 'that' ('vendors that hold data'): 'fits' is not read as the clause's verb",
    ('irish_housing', 'A whole generation of young'):
        "'the Dublin Central TD' (a constituency before the post) is not resolved",
    ('irish_housing', 'They are paying the highest'):
        "'the Dublin Central TD' (a constituency before the post) is not resolved",
    ('sa_load_shedding', 'Power utility Vukani Energy has moved'):
        "'the utility' stands for the organisation the reported clause itself names",
    ('sa_load_shedding', 'The rolling blackouts, which cut'):
        "the short form 'Vukani' is not expanded to 'Vukani Energy' (an organisation's name shaped like a person's)",
    ('sa_load_shedding', 'it would update the public'):
        "the short form 'Vukani' is not expanded to 'Vukani Energy' (an organisation's name shaped like a person's)",
    ('sa_load_shedding', 'households to switch off geysers'):
        "'the utility' is not tied to 'Vukani', which spoke before",
    ('singapore_mrt', 'she would file questions'):
        "'Member of Parliament' (a post of three words) is not split from a name of four words",
    ('school_board_books', 'removing books based on their'):
        "'sent a letter to the board …, warning that': the participle is given to the noun after 'to'",
    ('royal_visit', 'What you have done here'):
        "'the princess' is not tied to 'Princess Adelaide' (a title that is part of the name)",
    ('lunar_probe', 'earlier orbiters had produced'):
        "'said earlier orbiters had …': 'earlier' is read as the adverb of 'said'",
    ('french_farmers', 'the measures were far too little'):
        "'The radical Coordination Rurale union': the describing words around the name are kept",
}
"""(article, quote's first words) -> why its speaker is still wrong or the quote is not found."""

NOT_QUOTES: dict[str, list[str]] = {
    'sleep_study': ["Co-author Dr. James Whitcombe"],  # '… acknowledged the limitation': the subject, no quote
    'storm_live': ["Storm Isolde live"],  # a headline
}
"""article -> the first words of text the extractor must not give as a quotation."""


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_every_speaker_of_the_article(article: Article):
    assert_speakers_as_listed(article, LEFT)


@pytest.mark.parametrize("name", sorted(NOT_QUOTES))
def test_what_nobody_said_is_no_quote(name: str):
    assert_no_quote_starts(next(a for a in ARTICLES if a.name == name), NOT_QUOTES[name])


def test_the_articles_are_many_long_and_varied():
    assert_article_set(ARTICLES, LEFT, words=500, quotes=600)
