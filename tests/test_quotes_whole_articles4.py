"""Speakers across whole articles, fourth set: 30 news stories written for these tests in styles the first three
sets and the Canadian sets lack: Canadian Press wire with French names and bilingual quotes, a provincial question
period, a Prairie city's budget fight, Korean diplomacy with unnamed officials, a central bank and its analysts, a
sentencing with victim impact statements, an evacuation with several officials, a strike, an Indigenous community,
a hockey game, a university study and its lead author, an interview printed as ``NAME:`` lines, a police briefing
with ranks, a health agency's update, an earnings call, quotations that run over several paragraphs, quotations
split by their attribution, exclamations and questions, and quotations in paragraphs of their own after one
attribution; each of 500 words or more.

Every quotation and reported statement listed must be found with the speaker's fullest name (a leading article
aside). ``LEFT`` lists what the extractor still gets wrong, with the reason; the test fails when one of them comes
right too, so the list stays current.
"""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes

from test_quotes_whole_articles import Article, _t
from test_quotes_whole_articles2 import _key, assert_article_set, assert_no_quote_starts, assert_speakers_as_listed


ARTICLES: list[Article] = []

# -- articles --

ARTICLES += [
    Article('cp_hydro_rates', _t(
        'QUÉBEC — Quebec’s energy minister says the government will not back away from a plan to raise electricity '
        'rates for large industrial customers, despite warnings from manufacturers that thousands of jobs could '
        'leave the province.',
        'Jean-François Tremblay-Roy told reporters at the legislature on Tuesday that the 4.5 per cent increase, '
        'which takes effect April 1, was needed to pay for new transmission lines and wind farms.',
        '“Nous n’allons pas reculer,” Tremblay-Roy said, before repeating the point in English. “We are not going '
        'to back down. Every Quebecer benefits from cheap power, and every Quebecer has to help pay for the next '
        'generation of it.”',
        'The minister said residential customers would see their rates rise by no more than three per cent, a '
        'cap the government wrote into law last year.',
        'The increase for industrial users has angered the province’s manufacturers, who say they have long '
        'counted on low power prices to compete with plants in Ontario and the United States.',
        'Marie-Ève Gagnon, president of Manufacturiers et Exportateurs du Québec, said in an interview that '
        'several of her members were already reviewing expansion plans.',
        '“Ce n’est pas une menace, c’est une réalité,” she said in French. “It is not a threat, it is a reality. '
        'When a smelter looks at where to put its next line, it looks at the price of power first.”',
        'Gagnon said the association had asked the minister for a three-year phase-in but had not received an '
        'answer.',
        'Hydro-Québec, the Crown corporation that supplies nearly all of the province’s electricity, said in a '
        'statement that its industrial rate would remain among the lowest in North America even after the '
        'increase.',
        'Spokeswoman Geneviève Lapointe-Ouellet said the utility planned to spend $185 billion by 2035 on new '
        'generating capacity and lines.',
        '“These investments are not optional,” Lapointe-Ouellet said. “Demand is growing faster than at any time '
        'since the 1970s.”',
        'Opposition parties attacked the plan from opposite directions.',
        'Parti Québécois energy critic Luc-André St-Pierre accused the government of “sending the bill to the '
        'regions,” where most heavy industry is located.',
        '“In Bécancour, in Baie-Comeau, in Alma, people are asking if their plant will still be there in ten '
        'years,” St-Pierre said. “The minister has no answer for them.”',
        'Liberal critic Stéphanie D’Amours said the increase did not go far enough to protect households.',
        '“Why should a family in Laval pay for the mistakes of a government that promised power it does not '
        'have?” she asked.',
        'The mayor of Bécancour, Pierre-Olivier Lemieux, said his town depends on the aluminum and chemical '
        'plants in its industrial park for more than half its tax revenue.',
        '“On est inquiets,” Lemieux said. “We are worried, and I think we have the right to be.”',
        'Economists were divided. Sébastien Caron, senior economist at Desjardins, wrote in a note that the '
        'increase would cost large users about $240 million a year, a small share of their total costs.',
        '“The risk is less the increase itself than the signal it sends about where prices are heading,” Caron '
        'wrote.',
        'Tremblay-Roy said he would meet manufacturers next week but ruled out any change to the April date.',
        '“My door is open,” he said. “The calendar is not.”',
        'This report by The Canadian Press was first published Feb. 11, 2025.',
    ), [
        ('the government will not back away', 'Jean-François Tremblay-Roy'),
        ('they have long counted on low power', 'the province’s manufacturers'),
        ('the 4.5 per cent increase', 'Jean-François Tremblay-Roy'),
        ('Nous n’allons pas reculer', 'Jean-François Tremblay-Roy'),
        ('We are not going to back down', 'Jean-François Tremblay-Roy'),
        ('residential customers would see', 'Jean-François Tremblay-Roy'),
        ('several of her members', 'Marie-Ève Gagnon'),
        ('Ce n’est pas une menace', 'Marie-Ève Gagnon'),
        ('the association had asked the minister', 'Marie-Ève Gagnon'),
        ('its industrial rate would remain', 'Hydro-Québec'),
        ('the utility planned to spend', 'Geneviève Lapointe-Ouellet'),
        ('These investments are not optional', 'Geneviève Lapointe-Ouellet'),
        ('sending the bill to the', 'Luc-André St-Pierre'),
        ('In Bécancour, in Baie-Comeau', 'Luc-André St-Pierre'),
        ('the increase did not go far enough', 'Stéphanie D’Amours'),
        ('Why should a family in Laval', 'Stéphanie D’Amours'),
        ('his town depends on the aluminum', 'Pierre-Olivier Lemieux'),
        ('On est inquiets', 'Pierre-Olivier Lemieux'),
        ('the increase would cost large users', 'Sébastien Caron'),
        ('The risk is less the increase', 'Sébastien Caron'),
        ('he would meet manufacturers next week', 'Jean-François Tremblay-Roy'),
        ('My door is open', 'Jean-François Tremblay-Roy'),
    ]),
    Article('question_period_er', _t(
        'HALIFAX — Nova Scotia’s health minister was forced on the defensive in question period Wednesday after '
        'opposition members read out the names of emergency departments that closed overnight for lack of staff.',
        'Liberal Leader Fiona MacAulay opened the sitting by asking Health Minister Darren Keddy how many '
        'emergency rooms in the province had closed at least once in the past month.',
        '“Twenty-two,” MacAulay said, answering her own question before the minister rose. “Twenty-two '
        'emergency departments, Mr. Speaker. Is the minister proud of that number?”',
        'Keddy said the government had hired more than 400 nurses since the spring and that temporary closures '
        'were down from the same month last year.',
        '“The member opposite can pick whatever number she likes,” Keddy said. “The trend is that more doors '
        'are open, more often, and we are not done.”',
        'The exchange drew jeers from the opposition benches, and Speaker Ronald Chisholm called for order '
        'twice.',
        '“Order. The honourable member will have her chance,” Chisholm said.',
        'NDP Leader Adaeze Nwosu followed with questions about a 71-year-old man from Sheet Harbour who, '
        'according to his family, waited nine hours in a hallway at the Dartmouth General Hospital last week.',
        '“His daughter called my office in tears,” Nwosu said. “She asked me one thing: why does my father have '
        'to lie in a hallway in 2025? What should I tell her?”',
        'Keddy said he could not speak about an individual case but that he was “deeply sorry” for any family '
        'that had a poor experience.',
        '“Hallway medicine is not acceptable to me, and it is not acceptable to this government,” he said.',
        'Premier Alan Hebb, who does not usually answer health questions, stood up to defend his minister.',
        '“We inherited a system that was held together with duct tape,” the premier said. “We are rebuilding it '
        'one nurse and one doctor at a time, and Nova Scotians can see it.”',
        'MacAulay shot back that the premier had promised in the last election to fix the system.',
        '“Fix it, he said. Fix it!” she said, holding up a campaign flyer. “That was the promise.”',
        'Outside the chamber, the minister told reporters the department would publish closure numbers every '
        'week starting in January, a step opposition parties have demanded for two years.',
        '“I have nothing to hide,” Keddy said. “People deserve to see the numbers.”',
        'Nwosu said weekly reporting was welcome but overdue.',
        '“It took two years and a lot of people waiting in hallways to get here,” she said.',
        'The Nova Scotia Nurses’ Union said in a statement that staffing had improved in some regions but that '
        'nurses on rural units were still working mandatory overtime.',
        'Union president Janet Hazelton-Boyd said the government’s hiring figures did not count nurses who had '
        'left.',
        '“You can hire 400 and lose 300 and call it a win, but the floor does not feel it,” Hazelton-Boyd said.',
        'Earlier in the sitting, Progressive Conservative backbencher Trevor Boudreau asked the minister about a '
        'new urgent care clinic in Truro, a question opposition members dismissed as a friendly one.',
        '“The clinic saw 3,000 patients in its first month,” Keddy replied. “That is 3,000 people who did not '
        'have to go to an emergency room.”',
        'The legislature sits again Thursday.',
    ), [
        ('Twenty-two', 'Fiona MacAulay'), ('Is the minister proud', 'Fiona MacAulay'),
        ('the government had hired more than 400', 'Darren Keddy'),
        ('The member opposite can pick', 'Darren Keddy'), ('The trend is that more doors', 'Darren Keddy'),
        ('Order. The honourable member', 'Ronald Chisholm'),
        ('waited nine hours in a hallway', 'his family'),
        ('His daughter called my office', 'Adaeze Nwosu'), ('What should I tell her', 'Adaeze Nwosu'),
        ('he could not speak about an individual', 'Darren Keddy'),
        ('Hallway medicine is not acceptable', 'Darren Keddy'),
        ('We inherited a system', 'Alan Hebb'), ('We are rebuilding it', 'Alan Hebb'),
        ('the premier had promised', 'Fiona MacAulay'),
        ('Fix it, he said', 'Fiona MacAulay'), ('That was the promise', 'Fiona MacAulay'),
        ('the department would publish closure', 'Darren Keddy'),
        ('I have nothing to hide', 'Darren Keddy'),
        ('The clinic saw 3,000 patients', 'Darren Keddy'),
        ('weekly reporting was welcome', 'Adaeze Nwosu'), ('It took two years', 'Adaeze Nwosu'),
        ('staffing had improved in some', 'Nova Scotia Nurses’ Union'),
        ('the government’s hiring figures', 'Janet Hazelton-Boyd'),
        ('You can hire 400', 'Janet Hazelton-Boyd'),
    ]),
    Article('regina_budget', _t(
        'REGINA — City council ended a marathon budget debate shortly before 1 a.m. Thursday, approving a 5.9 per '
        'cent property tax increase after a night of sharp exchanges over police funding, snow clearing and a '
        'proposed cut to the city’s outdoor pools.',
        'The increase is lower than the 7.2 per cent city administration first proposed, but higher than the '
        'four per cent several councillors said they had promised voters.',
        'Mayor Colleen Pratchett, who cast the deciding vote on two amendments, said council had made “hard but '
        'fair” choices.',
        '“Nobody around this table wanted to raise taxes by this much,” Pratchett told reporters after the '
        'meeting. “But the alternative was cutting services people use every single day, and we were not '
        'prepared to do that.”',
        'The sharpest fight was over a motion by Ward 7 Coun. Terrence Olafson to freeze the police budget at '
        'last year’s level, a cut of about $3.8 million from what the Regina police board had requested.',
        '“Every department in this building has been asked to find savings except one,” Olafson said during '
        'the debate. “Why is that?”',
        'Police Chief Rhonda Beaulieu told council the force needed the money to hire 14 officers for a new '
        'downtown unit.',
        '“We are answering more calls with fewer people than we had in 2019,” Beaulieu said. “If the budget is '
        'frozen, response times will go up. That is not a threat, that is arithmetic.”',
        'Olafson’s motion failed 7-4.',
        'Coun. Marguerite Dyck, who represents a north-end ward, said the money would be better spent on '
        'outreach workers and housing.',
        '“We keep paying for the ambulance at the bottom of the cliff,” Dyck said.',
        'Council also rejected a proposal from administration to close the Maple Leaf and Wascana outdoor pools '
        'for a season to save $640,000.',
        'Dozens of residents had written to council about the pools, and several spoke at an earlier session.',
        '“That pool is the only place my kids can go in July that doesn’t cost us anything,” said Shauna '
        'Redcloud, a mother of four who lives near the Maple Leaf pool.',
        'Coun. Bryce Halvorsen, who chairs the finance committee, said the pools vote had left a hole the city '
        'would have to fill next year.',
        '“We can all feel good tonight, but the bill does not disappear,” Halvorsen said. “It just moves to '
        '2026.”',
        'City manager Derek Wiebe said administration would return in the spring with options to cover the '
        'shortfall, including higher user fees.',
        'Snow clearing was the one item on which council agreed quickly. After complaints last winter, members '
        'voted unanimously to add $1.1 million to clear residential streets within 48 hours of a major storm.',
        '“I got more emails about snow than about anything else in four years,” said Coun. Amrit Sandhu. '
        '“People want their street done. It is that simple!”',
        'The Regina and Region Home Builders’ Association said in a statement that the tax increase would add '
        'about $130 to the bill for an average home.',
        'Pratchett said she expected to hear from unhappy residents.',
        '“They have every right to be upset,” she said. “I would ask them to look at what they get for it.”',
    ), [
        ('council had made', 'Colleen Pratchett'),
        ('Nobody around this table', 'Colleen Pratchett'), ('But the alternative was cutting', 'Colleen Pratchett'),
        ('Every department in this building', 'Terrence Olafson'), ('Why is that?', 'Terrence Olafson'),
        ('the force needed the money', 'Rhonda Beaulieu'),
        ('We are answering more calls', 'Rhonda Beaulieu'), ('If the budget is frozen', 'Rhonda Beaulieu'),
        ('the money would be better spent', 'Marguerite Dyck'), ('We keep paying for the ambulance', 'Marguerite Dyck'),
        ('That pool is the only place', 'Shauna Redcloud'),
        ('the pools vote had left a hole', 'Bryce Halvorsen'),
        ('We can all feel good tonight', 'Bryce Halvorsen'), ('It just moves to', 'Bryce Halvorsen'),
        ('administration would return in the spring', 'Derek Wiebe'),
        ('I got more emails about snow', 'Amrit Sandhu'), ('People want their street done', 'Amrit Sandhu'),
        ('the tax increase would add', 'Regina and Region Home Builders’ Association'),
        ('she expected to hear from', 'Colleen Pratchett'),
        ('They have every right', 'Colleen Pratchett'), ('I would ask them to look', 'Colleen Pratchett'),
    ]),
    Article('korea_envoy_talks', _t(
        'SEOUL — South Korea has offered to reopen a military hotline with North Korea and proposed talks at the '
        'border village of Panmunjom, officials in Seoul said Monday, days after the North test-fired what it '
        'called a new solid-fuel missile.',
        'Unification Minister Park Seong-ho said the offer had been sent through the liaison channel at '
        'Panmunjom, but that the North had not answered the morning call, as it has failed to do for most of the '
        'past two years.',
        '“We are knocking on the door,” Park told a news conference in Seoul. “Whether it opens is up to '
        'Pyongyang, but we will keep knocking.”',
        'Park said Seoul was prepared to discuss “any issue of mutual concern,” including the reunions of '
        'families separated by the 1950-53 Korean War.',
        'There was no immediate response from Pyongyang. North Korea’s state media, which reported the missile '
        'launch in detail, made no mention of the South’s proposal.',
        'The Korean Central News Agency said the North’s leader, Kim Jong-un, had watched Thursday’s launch and '
        'called the new missile “the most powerful means of deterrence” the country had built.',
        'A senior official at the presidential office in Seoul, speaking on condition of anonymity because he '
        'was not authorized to speak to the media, said the government did not expect a quick answer.',
        '“The North usually lets these offers sit for a while,” the official said. “Sometimes silence is the '
        'answer. Sometimes it is a way of thinking it over.”',
        'Kim Yo-jong, the North Korean leader’s sister and a senior official of the ruling Workers’ Party, '
        'dismissed an earlier offer from Seoul in March as “a shameless farce.”',
        'In Washington, a State Department spokesperson said the United States supported “any effort to reduce '
        'tensions” on the peninsula and remained open to talks with the North without preconditions.',
        'Analysts in Seoul were skeptical that the offer would lead anywhere soon.',
        '“Pyongyang has spent the last two years telling its people that the South is its principal enemy,” '
        'said Choi Min-jung, a professor of North Korean studies at Kyungnam University. “It is very hard to walk '
        'back from that in a few weeks.”',
        'Choi said the North was more likely to respond if China encouraged it to.',
        'Another analyst, Lee Dong-hyun of the Asan Institute for Policy Studies, said the timing of the offer '
        'was aimed in part at a domestic audience before next month’s local elections.',
        '“The government wants to show that it tried,” Lee said. “That matters to voters, even if nothing comes '
        'of it.”',
        'South Korea’s main opposition party welcomed the proposal but called it late. Its floor leader, Yoon '
        'Hae-won, said the government had waited too long.',
        '“Dialogue should never have been cut off in the first place,” Yoon said.',
        'Families of separated relatives, most of whom are now in their 80s and 90s, said they had little hope '
        'left.',
        '“My brother is still in Hamhung, if he is alive,” said Jang Bok-soon, 89, who fled south as a girl. '
        '“I only want to know that. Is that too much to ask?”',
        'The Unification Ministry said about 36,000 South Koreans who applied for reunions are still alive.',
        'Park said the ministry would try the hotline again on Tuesday morning.',
    ), [
        ('the offer had been sent through', 'Park Seong-ho'),
        ('We are knocking on the door', 'Park Seong-ho'), ('Whether it opens is up to', 'Park Seong-ho'),
        ('any issue of mutual concern', 'Park Seong-ho'),
        ('the North’s leader, Kim Jong-un, had watched', 'Korean Central News Agency'),
        ('the government did not expect a quick', 'A senior official at the presidential office in Seoul'),
        ('The North usually lets these', 'A senior official at the presidential office in Seoul'),
        ('Sometimes silence is the', 'A senior official at the presidential office in Seoul'),
        ('the most powerful means of deterrence', 'Kim Jong-un'),
        ('a shameless farce', 'Kim Yo-jong'),
        ('the United States supported', 'A State Department spokesperson'),
        ('Pyongyang has spent the last', 'Choi Min-jung'), ('It is very hard to walk', 'Choi Min-jung'),
        ('the North was more likely', 'Choi Min-jung'),
        ('the timing of the offer', 'Lee Dong-hyun'), ('The government wants to show', 'Lee Dong-hyun'),
        ('the government had waited too long', 'Yoon Hae-won'), ('Dialogue should never have', 'Yoon Hae-won'),
        ('they had little hope', 'Families of separated relatives'),
        ('My brother is still in Hamhung', 'Jang Bok-soon'), ('Is that too much to ask', 'Jang Bok-soon'),
        ('about 36,000 South Koreans', 'Unification Ministry'),
        ('the ministry would try the hotline', 'Park Seong-ho'),
    ]),
    Article('bank_rate_cut', _t(
        'OTTAWA — The Bank of Canada cut its key interest rate by a quarter of a percentage point on Wednesday, '
        'its third cut this year, and signalled that more relief may be coming as inflation cools and the job '
        'market softens.',
        'The cut brings the overnight rate to 3.5 per cent. Most economists had expected the move.',
        'Governor Marguerite Delorme said inflation was now “comfortably” inside the bank’s target range, but '
        'that businesses were hiring less and consumers were pulling back.',
        '“With inflation close to two per cent and the economy in excess supply, it is appropriate to continue '
        'to reduce the policy rate,” Delorme told reporters. “If the economy evolves broadly as we expect, further '
        'cuts are likely.”',
        'Asked whether the bank had waited too long to start cutting, Delorme said no.',
        '“We moved when the evidence was clear. Moving earlier would have risked undoing the progress we had '
        'made,” she said.',
        'Senior deputy governor Thomas Eichler said the bank was watching the housing market closely, as lower '
        'rates could push prices up again in Toronto and Vancouver.',
        'The bank’s statement said unemployment had risen to 6.6 per cent and that wage growth was “showing signs '
        'of easing.”',
        'Economists said the tone of the announcement was softer than expected.',
        '“This was a dovish cut,” said Avery Shenfeld-Kotler, chief economist at CIBC Capital Markets. “The '
        'bank is telling us it is not done, and I would pencil in another cut in December.”',
        'Royce Mendonça, senior economist at RBC, said the bank appeared more worried about growth than it had '
        'been in the spring.',
        '“Three months ago the conversation was all about sticky inflation,” Mendonça said. “Now it is about '
        'how soft the economy is getting. That is a big shift.”',
        'Not all analysts welcomed the move. Philip Cross-Whitney, a senior fellow at the Fraser Institute, '
        'argued the bank risked reigniting price pressure.',
        '“Services inflation is still running well above target,” he said in an interview. “Cutting this fast '
        'is a bet that it will come down on its own.”',
        'The Canadian dollar fell about half a cent against the U.S. dollar after the announcement, to 72.4 '
        'cents U.S.',
        'Major banks moved quickly. Toronto-Dominion Bank said it would lower its prime lending rate to 5.7 per '
        'cent effective Thursday, and the other large lenders followed.',
        'For borrowers, the cut offers modest relief. According to Ratehub.ca, a homeowner with a $500,000 '
        'variable-rate mortgage will save about $75 a month.',
        'Victor Tran, a mortgage broker in Mississauga, said clients had been calling since the morning.',
        '“People are asking if they should lock in now or wait,” Tran said. “My answer is: it depends how well '
        'you sleep at night.”',
        'The Canadian Federation of Independent Business welcomed the cut but said small firms needed more '
        'than lower rates.',
        '“Rates are one piece. Taxes and red tape are the rest of the puzzle,” said Simon Gaudreault-Pelletier, '
        'the federation’s chief economist.',
        'The bank’s next decision is scheduled for Dec. 11. Delorme said it would be guided by the data.',
        '“We are not on a preset path,” she said.',
    ), [
        ('inflation was now', 'Marguerite Delorme'),
        ('With inflation close to two', 'Marguerite Delorme'), ('If the economy evolves', 'Marguerite Delorme'),
        ('We moved when the evidence', 'Marguerite Delorme'),
        ('the bank was watching the housing', 'Thomas Eichler'),
        ('unemployment had risen to 6.6', 'Bank of Canada'),
        ('the tone of the announcement', 'Economists'),
        ('This was a dovish cut', 'Avery Shenfeld-Kotler'), ('The bank is telling us', 'Avery Shenfeld-Kotler'),
        ('the bank appeared more worried', 'Royce Mendonça'),
        ('Three months ago the conversation', 'Royce Mendonça'), ('Now it is about how soft', 'Royce Mendonça'),
        ('the bank risked reigniting', 'Philip Cross-Whitney'),
        ('Services inflation is still', 'Philip Cross-Whitney'), ('Cutting this fast', 'Philip Cross-Whitney'),
        ('it would lower its prime', 'Toronto-Dominion Bank'),
        ('a homeowner with a $500,000', 'Ratehub.ca'),
        ('clients had been calling', 'Victor Tran'), ('People are asking if they', 'Victor Tran'),
        ('small firms needed more', 'Canadian Federation of Independent Business'),
        ('Rates are one piece', 'Simon Gaudreault-Pelletier'),
        ('it would be guided by the data', 'Marguerite Delorme'), ('We are not on a preset', 'Marguerite Delorme'),
    ]),
    Article('sentencing_impaired', _t(
        'EDMONTON — A man who killed a 19-year-old cyclist while driving drunk on Whyte Avenue was sentenced to '
        'six years in prison on Friday, after a courtroom heard from the young woman’s parents, her sister and '
        'her best friend.',
        'Garrett Lyle Henshaw, 34, pleaded guilty in September to impaired driving causing death in the crash '
        'that killed Amira Haddad in June 2023.',
        'Court of King’s Bench Justice Helen Mackenzie-Ruiz said the sentence had to send a clear message.',
        '“Mr. Henshaw made a choice that night, and Amira Haddad paid for it with her life,” the judge said. '
        '“The courts have said again and again that drinking and driving is not an accident. It is a decision.”',
        'Henshaw will also be banned from driving for 10 years after his release.',
        'Court heard that Henshaw’s blood alcohol level was more than twice the legal limit when his pickup truck '
        'struck Haddad at about 2 a.m. as she rode home from a shift at a restaurant.',
        'Seven victim impact statements were filed. Four were read aloud.',
        'Haddad’s mother, Rania Haddad, held a photograph of her daughter as she spoke.',
        '“I still set four plates at dinner. I still wait for the door,” she said, her voice breaking. '
        '“She was going to be a nurse. She wanted to take care of people. Who will take care of us now?”',
        'Amira’s father, Samir Haddad, said he had not been able to return to work.',
        '“I drive past that corner and I see her bicycle on the road,” he told the court. “Every single day.”',
        'Her younger sister, Leen, 15, read a letter she had written to her sister.',
        '“You were supposed to teach me to drive,” she read. “You were supposed to be at my graduation.”',
        'The last statement came from Amira’s best friend since kindergarten, Jessica Tran-Mbeki.',
        '“Amira would have forgiven him, because that is who she was,” Tran-Mbeki said. “I am not there yet. '
        'I don’t know if I will ever be.”',
        'Crown prosecutor Daniel Okafor-Reid had asked for seven years, arguing that Henshaw had a previous '
        'impaired driving conviction from 2016.',
        '“This was not his first warning,” Okafor-Reid said in his submissions. “It should have been his last.”',
        'Defence lawyer Meaghan Tolliver sought four years, pointing to Henshaw’s early guilty plea and his '
        'efforts to stay sober since the crash.',
        'Tolliver said her client had attended treatment and had not had a drink in more than 18 months.',
        'Given a chance to speak, Henshaw turned to face the Haddad family.',
        '“There is nothing I can say that will bring her back,” he said. “I am sorry. I will be sorry for the '
        'rest of my life.”',
        'Rania Haddad wept and did not look up.',
        'Outside court, Samir Haddad said the family would now push for tougher rules on repeat offenders.',
        '“Six years. She got nineteen,” he said. “Tell me that is fair.”',
        'The family’s lawyer, Naveen Sethi, said they were considering a civil suit.',
        'With credit for time served, Henshaw will spend about five years and three months in custody.',
    ), [
        ('the sentence had to send', 'Helen Mackenzie-Ruiz'),
        ('Mr. Henshaw made a choice', 'Helen Mackenzie-Ruiz'), ('The courts have said again', 'Helen Mackenzie-Ruiz'),
        ('I still set four plates', 'Rania Haddad'), ('She was going to be a nurse', 'Rania Haddad'),
        ('he had not been able to return', 'Samir Haddad'), ('I drive past that corner', 'Samir Haddad'),
        ('You were supposed to teach me', 'Leen'),
        ('Amira would have forgiven him', 'Jessica Tran-Mbeki'), ('I am not there yet', 'Jessica Tran-Mbeki'),
        ('This was not his first warning', 'Daniel Okafor-Reid'),
        ('her client had attended treatment', 'Meaghan Tolliver'),
        ('There is nothing I can say', 'Garrett Lyle Henshaw'), ('I am sorry. I will be sorry', 'Garrett Lyle Henshaw'),
        ('the family would now push', 'Samir Haddad'), ('Six years. She got nineteen', 'Samir Haddad'),
        ('they were considering a civil suit', 'Naveen Sethi'),
    ]),
]

ARTICLES += [
    Article('flood_evacuation_update', _t(
        'FREDERICTON — About 1,800 people in communities along the Saint John River were told to leave their '
        'homes Sunday as the river rose faster than forecasters had expected, and provincial officials warned '
        'that the worst was still two days away.',
        'The evacuation order covers low-lying parts of Maugerville, Sheffield and Jemseg, as well as several '
        'streets on the north side of Fredericton.',
        'At an afternoon briefing, Public Safety Minister Kendra Goguen said the decision was made after the '
        'river gauge at Fredericton passed 7.8 metres, more than a metre above flood stage.',
        '“If you are in the order area, please go now,” Goguen said. “Do not wait to see the water in your '
        'driveway. By then the roads may be gone.”',
        'Geoffrey Ashworth, director of the New Brunswick Emergency Measures Organization, said the river was '
        'expected to crest at about 8.6 metres on Tuesday, close to the record set in 2018.',
        '“Warm temperatures and heavy rain upstream are a bad combination,” Ashworth said. “Everything that '
        'melted in the north woods this week is on its way down to us.”',
        'Ashworth said 14 roads were closed, including a stretch of Route 105, and that more closures were '
        'likely overnight.',
        'The RCMP said officers were going door to door in Maugerville and Sheffield to make sure residents '
        'had heard the order.',
        'Staff Sgt. Colleen Arsenault said most people were co-operating but a few had refused to leave.',
        '“We cannot force anyone out of their home, but we make sure they understand what they are choosing,” '
        'Arsenault said. “If they stay, rescue crews may not be able to reach them.”',
        'Fredericton Mayor Lorne Chiasson said the city had opened the Grant-Harvey Centre as a reception centre '
        'and had about 300 cots ready.',
        '“Bring your medication, bring your pets, bring your phone charger,” Chiasson said. “We will take care of '
        'the rest.”',
        'The Canadian Red Cross said it had registered 460 evacuees by late afternoon and was arranging hotel '
        'rooms for families who could not stay with relatives.',
        'Red Cross spokesperson Tamara Belliveau said volunteers from Nova Scotia and Prince Edward Island were '
        'on their way to help.',
        'In Jemseg, Harold and Doreen Wasson were loading a trailer with furniture as water pooled at the end '
        'of their lane.',
        '“We did this in 2018 and we swore we would never do it again,” Doreen Wasson said. “Here we are.”',
        'Her husband was less patient.',
        '“They keep telling us the river is going to come up, and every few years it does, and nobody does '
        'anything about it,” Harold Wasson said. “How many times do we have to move the couch?”',
        'Goguen said the province would consider a buyout program for homes that have flooded repeatedly, '
        'but that any decision would come after the water went down.',
        'Environment Canada meteorologist Bruno Lavigne said another 30 to 40 millimetres of rain was expected '
        'Monday night.',
        '“It is not a huge amount on its own, but it is falling on ground that cannot absorb any more,” Lavigne '
        'said.',
        'Ashworth urged people to stay away from the water, noting that two kayakers had to be pulled from the '
        'river near Oromocto on Saturday.',
        '“This is not sightseeing weather,” he said. “Fast water is cold water, and it will not give you a second '
        'chance.”',
        'NB Power said it had cut electricity to about 600 homes in the flood zone as a safety measure.',
        'Officials will give another update at 10 a.m. Monday.',
    ), [
        ('the worst was still two days away', 'provincial officials'),
        ('the decision was made after the river gauge', 'Kendra Goguen'),
        ('If you are in the order area', 'Kendra Goguen'), ('Do not wait to see the water', 'Kendra Goguen'),
        ('the river was expected to crest', 'Geoffrey Ashworth'),
        ('Warm temperatures and heavy rain', 'Geoffrey Ashworth'), ('Everything that melted', 'Geoffrey Ashworth'),
        ('14 roads were closed', 'Geoffrey Ashworth'),
        ('officers were going door to door', 'RCMP'),
        ('most people were co-operating', 'Colleen Arsenault'),
        ('We cannot force anyone out', 'Colleen Arsenault'), ('If they stay, rescue crews', 'Colleen Arsenault'),
        ('the city had opened the Grant-Harvey', 'Lorne Chiasson'), ('Bring your medication', 'Lorne Chiasson'),
        ('it had registered 460 evacuees', 'Canadian Red Cross'),
        ('volunteers from Nova Scotia', 'Tamara Belliveau'),
        ('We did this in 2018', 'Doreen Wasson'),
        ('They keep telling us the river', 'Harold Wasson'), ('How many times do we have', 'Harold Wasson'),
        ('the province would consider a buyout', 'Kendra Goguen'),
        ('another 30 to 40 millimetres', 'Bruno Lavigne'), ('It is not a huge amount', 'Bruno Lavigne'),
        ('two kayakers had to be pulled', 'Geoffrey Ashworth'),
        ('This is not sightseeing weather', 'Geoffrey Ashworth'), ('Fast water is cold water', 'Geoffrey Ashworth'),
        ('it had cut electricity to about 600', 'NB Power'),
    ]),
    Article('transit_strike', _t(
        'WINNIPEG — Winnipeg Transit workers walked off the job at 12:01 a.m. Monday, leaving about 90,000 daily '
        'riders scrambling for other ways to get to work and school after talks between the union and the city '
        'broke down late Sunday.',
        'Amalgamated Transit Union Local 1505 represents about 1,400 bus operators, mechanics and cleaners. The '
        'workers have been without a contract since January.',
        'Union president Romeo Ducharme-Flett said members had voted 94 per cent in favour of a strike and that '
        'the city had left them no choice.',
        '“Our members have been spat on, punched and threatened on the job, and the city wants to talk about '
        'overtime rules,” Ducharme-Flett said on the picket line outside the Fort Rouge garage. “We asked for a '
        'safe workplace and a fair wage. That is it.”',
        'The union is seeking raises of 14 per cent over three years and the hiring of 50 more transit safety '
        'officers. The city has offered nine per cent.',
        'Mayor Ingrid Haldorsen said the city’s offer was fair and that it could not afford the union’s demands '
        'without raising property taxes or cutting routes.',
        '“Every extra per cent costs taxpayers about $1.6 million a year,” Haldorsen said at city hall. “I want '
        'this strike to end today, but not at any price.”',
        'The city’s chief negotiator, Warren Pitura, said the two sides had been close on safety measures but '
        'far apart on wages.',
        '“We put a good offer on the table at 9 p.m. and they walked away from it,” Pitura said. “Our door is '
        'still open.”',
        'Ducharme-Flett disputed that account. He said the city’s last offer had been “the same offer with a new '
        'cover page.”',
        'On the picket line, drivers said safety was the main issue.',
        '“I had a guy pull a knife on me in November over a transfer,” said Leanne Kowalchuk, who has driven '
        'buses for 17 years. “I went back to work two days later. Would you?”',
        'Another driver, Ezekiel Mensah, said he had not taken a vacation in two years because of staff '
        'shortages.',
        '“They can’t find people to drive because nobody wants this job anymore,” Mensah said.',
        'For riders, the strike meant long walks in minus-20 weather.',
        '“I left my house at six to walk to work,” said Priya Ramkissoon, a care aide at a personal care home '
        'in St. Vital. “My residents still need me, strike or no strike.”',
        'The University of Manitoba said classes would go ahead and urged students to carpool. Student union '
        'president Kofi Asante-Brandt said many students could not afford cabs.',
        '“A lot of our members live paycheque to paycheque,” Asante-Brandt said. “This hits them first.”',
        'Handi-Transit, which serves people with disabilities, is not affected by the strike, the city said.',
        'Labour Minister Dana Kostiuk said the province would not intervene for now but had a mediator ready.',
        '“The best deal is the one the two parties reach at the table,” Kostiuk said. “If they want help, they '
        'know where to find it.”',
        'Winnipeg Chamber of Commerce president Loren Remillard-Sawchuk said downtown businesses were already '
        'feeling the effect.',
        '“Our restaurants and shops count on transit riders,” he said. “Every day of this costs them.”',
        'Late Monday, the union said it would return to the table Wednesday if the city agreed to bring a '
        'mediator. Pitura said the city would consider it.',
    ), [
        ('members had voted 94 per cent', 'Romeo Ducharme-Flett'),
        ('Our members have been spat on', 'Romeo Ducharme-Flett'), ('We asked for a safe workplace', 'Romeo Ducharme-Flett'),
        ('the city’s offer was fair', 'Ingrid Haldorsen'),
        ('Every extra per cent costs', 'Ingrid Haldorsen'), ('I want this strike to end', 'Ingrid Haldorsen'),
        ('the two sides had been close', 'Warren Pitura'),
        ('We put a good offer', 'Warren Pitura'), ('Our door is still open', 'Warren Pitura'),
        ('the same offer with a new', 'Romeo Ducharme-Flett'),
        ('safety was the main issue', 'drivers'),
        ('I had a guy pull a knife', 'Leanne Kowalchuk'), ('Would you?', 'Leanne Kowalchuk'),
        ('he had not taken a vacation', 'Ezekiel Mensah'), ('They can’t find people', 'Ezekiel Mensah'),
        ('I left my house at six', 'Priya Ramkissoon'), ('My residents still need me', 'Priya Ramkissoon'),
        ('classes would go ahead', 'University of Manitoba'),
        ('many students could not afford', 'Kofi Asante-Brandt'), ('A lot of our members live', 'Kofi Asante-Brandt'),
        ('Handi-Transit, which serves', 'city'),
        ('the province would not intervene', 'Dana Kostiuk'), ('The best deal is the one', 'Dana Kostiuk'),
        ('downtown businesses were already', 'Loren Remillard-Sawchuk'),
        ('Our restaurants and shops', 'Loren Remillard-Sawchuk'),
        ('it would return to the table', 'Amalgamated Transit Union Local 1505'),
        ('the city would consider it', 'Warren Pitura'),
    ]),
    Article('first_nation_water', _t(
        'ATTAWAPISKAT FIRST NATION, Ont. — For the first time in almost nine years, families in Neskantaga '
        'Cree Nation can drink the water from their taps.',
        'Chief Wayne Moonias-Sakanee lifted the community’s long-term boil-water advisory at a ceremony in the '
        'school gym on Thursday, as elders, children and visiting officials from Ottawa looked on.',
        '“I want to say this slowly, so everyone hears it,” Moonias-Sakanee told the crowd. “Our water is safe. '
        'Our children can drink it. Our elders can bathe in it without getting sores.”',
        'The room broke into applause and a drum group began to play.',
        'The community of about 450 people, which is reachable only by air for most of the year, had been under '
        'a boil-water advisory since February 2016, when the old treatment plant failed. A new plant cost about '
        '$33 million and took four years to build.',
        'Elder Mary Louise Achneepineskum, 81, said she had almost given up hope of seeing the day.',
        'She spoke in Oji-Cree, and her granddaughter translated.',
        '“She says she remembers when we took water from the lake with a bucket and it was clean,” the '
        'granddaughter, Shannon Achneepineskum, said. “Then it was not clean for a long time. Now it is clean '
        'again, and she is happy she lived to see it.”',
        'Indigenous Services Minister Rebecca Tsosie-Grant, who flew in for the ceremony, said Ottawa had '
        'failed the community for too long.',
        '“Nine years is a shameful amount of time to ask anyone to live without safe water,” she said. “I am '
        'not here to take credit. I am here to say that it should never have taken this long.”',
        'The federal government says 33 long-term drinking water advisories remain in effect on First Nations '
        'across Canada, most of them in Ontario.',
        'Moonias-Sakanee said the real test would be keeping the plant running.',
        '“A plant is only as good as the people who run it,” he said. “We need our operators trained, paid and '
        'supported, or we will be back here in five years.”',
        'The community has two certified water operators. One of them, Jordan Sakanee, 26, said he had trained '
        'for two years in Thunder Bay.',
        '“It feels good to be the one turning the valve,” Sakanee said. “People stop me at the store and say '
        'thank you. That never happened before!”',
        'Nishnawbe Aski Nation, which represents 49 First Nations in northern Ontario, said in a statement that '
        'the milestone should push Ottawa to move faster elsewhere.',
        'Grand Chief Alvin Fiddler-Kakegamic said several communities were still waiting for repairs to plants '
        'that were built less than a decade ago.',
        '“We should not be celebrating something that every other Canadian takes for granted,” he said. “But '
        'today we will, because Neskantaga earned it.”',
        'For families, the change is practical. Tina Moonias, a mother of three, said she had spent hundreds of '
        'dollars a month on bottled water flown in from Thunder Bay.',
        '“That money goes to food now,” she said.',
        'Not everyone is ready to trust the tap. Some residents said they would keep boiling their water for a '
        'while.',
        '“After nine years, you do not stop overnight,” said Gordon Okees, a band councillor. “It will take time '
        'for people to believe it.”',
        'The ceremony ended with a feast of moose stew and bannock, and children lined up at a new fountain in '
        'the school hallway to take the first drinks.',
    ), [
        ('I want to say this slowly', 'Wayne Moonias-Sakanee'), ('Our water is safe', 'Wayne Moonias-Sakanee'),
        ('she had almost given up hope', 'Mary Louise Achneepineskum'),
        ('She says she remembers when', 'Shannon Achneepineskum'), ('Then it was not clean', 'Shannon Achneepineskum'),
        ('Ottawa had failed the community', 'Rebecca Tsosie-Grant'),
        ('Nine years is a shameful', 'Rebecca Tsosie-Grant'), ('I am not here to take credit', 'Rebecca Tsosie-Grant'),
        ('33 long-term drinking water', 'federal government'),
        ('the real test would be keeping', 'Wayne Moonias-Sakanee'),
        ('A plant is only as good', 'Wayne Moonias-Sakanee'), ('We need our operators trained', 'Wayne Moonias-Sakanee'),
        ('he had trained for two years', 'Jordan Sakanee'),
        ('It feels good to be the one', 'Jordan Sakanee'), ('That never happened before', 'Jordan Sakanee'),
        ('the milestone should push Ottawa', 'Nishnawbe Aski Nation'),
        ('several communities were still waiting', 'Alvin Fiddler-Kakegamic'),
        ('We should not be celebrating', 'Alvin Fiddler-Kakegamic'),
        ('she had spent hundreds of dollars', 'Tina Moonias'), ('That money goes to food', 'Tina Moonias'),
        ('they would keep boiling their water', 'Some residents'),
        ('After nine years, you do not stop', 'Gordon Okees'),
    ]),
    Article('hockey_oilers_flames', _t(
        'EDMONTON — Leon Draisaitl-Kessler scored twice in the third period, including the winner with 1:48 to '
        'play, and the Edmonton Oilers came back to beat the Calgary Flames 4-3 on Saturday night.',
        'Connor Bakowski had a goal and two assists for Edmonton, which trailed 3-1 after two periods. Stuart '
        'Skinner-Hale made 29 saves.',
        'Nazem Kadri-Mansour, Blake Coleridge and Rasmus Andersson-Berg scored for Calgary, and Dustin '
        'Wolfe-Larkin stopped 31 shots.',
        '“We were not very good for 40 minutes, and we knew it,” Oilers coach Kris Knoblauch-Meyer said. “The '
        'message between periods was simple: play faster, get pucks to the net. The guys did it.”',
        'Draisaitl-Kessler tied the game at 3 with a one-timer on the power play at 12:15 of the third, then won '
        'it when he stripped Andersson-Berg behind the Calgary net and tucked the puck in off the post.',
        '“I just tried to get my stick on it,” Draisaitl-Kessler said. “It took a lucky bounce. Sometimes you get '
        'those in this building!”',
        'Asked about the crowd, which booed the Oilers off the ice after the second period, he laughed.',
        '“They had every right to,” he said. “We were bad.”',
        'Calgary coach Ryan Huska-Dwyer was blunt about his team’s collapse.',
        '“You cannot sit back with a two-goal lead in this league, not against that team,” Huska-Dwyer said. '
        '“We stopped skating. We stopped making plays. That one is on all of us, me included.”',
        'Kadri-Mansour opened the scoring 4:12 into the game, and the Flames led 2-0 before Bakowski answered '
        'late in the first period.',
        'Coleridge restored the two-goal lead in the second with his first goal since returning from a '
        'shoulder injury.',
        '“It felt good to get one, but it doesn’t mean much when you lose like that,” Coleridge said.',
        'Evan Bouchard-Lacroix started the comeback 3:40 into the third with a point shot through traffic.',
        'Skinner-Hale said the bench never doubted it.',
        '“There was no panic,” the goalie said. “We have been down before. We know we can score in bunches.”',
        'Bakowski, who extended his point streak to 11 games, praised his linemate.',
        '“Leo wanted the puck in the third,” Bakowski said. “When he is like that, you just get him the puck '
        'and get out of the way.”',
        'The Flames lost defenceman MacKenzie Weegar-Holt to an upper-body injury in the second period. Huska-'
        'Dwyer said he would be evaluated Sunday.',
        'The Oilers had lost three of their previous four games, and there had been grumbling in the city '
        'about the team’s slow starts. Knoblauch-Meyer said he did not pay attention to it.',
        '“If you listen to the radio after every game you will lose your mind,” he said. “We are in a good '
        'spot. We just have to play a full 60.”',
        'Huska-Dwyer said the loss would sting on the flight home but that his team had played well for most '
        'of the night.',
        'Wolfe-Larkin, who was brilliant in the first two periods, said the winning goal was hard to take.',
        '“I thought we had it covered,” he said. “Then it is in the net. What can you do?”',
        'NOTES: The Oilers have won five straight at home. ... Edmonton defenceman Darnell Nurse-Okoro missed his '
        'second game with a lower-body injury. ... The teams meet again Jan. 18 in Calgary.',
        'UP NEXT',
        'Flames: Host Vancouver on Tuesday night.',
        'Oilers: At Seattle on Monday night.',
    ), [
        ('We were not very good for 40', 'Kris Knoblauch-Meyer'),
        ('The message between periods', 'Kris Knoblauch-Meyer'),
        ('I just tried to get my stick', 'Leon Draisaitl-Kessler'),
        ('It took a lucky bounce', 'Leon Draisaitl-Kessler'),
        ('They had every right to', 'Leon Draisaitl-Kessler'),
        ('You cannot sit back with a two-goal', 'Ryan Huska-Dwyer'),
        ('We stopped skating', 'Ryan Huska-Dwyer'),
        ('It felt good to get one', 'Blake Coleridge'),
        ('the bench never doubted it', 'Stuart Skinner-Hale'),
        ('There was no panic', 'Stuart Skinner-Hale'), ('We have been down before', 'Stuart Skinner-Hale'),
        ('Leo wanted the puck', 'Connor Bakowski'), ('When he is like that', 'Connor Bakowski'),
        ('he would be evaluated Sunday', 'Ryan Huska-Dwyer'),
        ('he did not pay attention to it', 'Kris Knoblauch-Meyer'),
        ('If you listen to the radio', 'Kris Knoblauch-Meyer'), ('We are in a good spot', 'Kris Knoblauch-Meyer'),
        ('the loss would sting', 'Ryan Huska-Dwyer'),
        ('the winning goal was hard to take', 'Dustin Wolfe-Larkin'),
        ('I thought we had it covered', 'Dustin Wolfe-Larkin'), ('What can you do', 'Dustin Wolfe-Larkin'),
    ]),
    Article('study_lead_author', _t(
        'Adults who walk at least 7,000 steps a day are far less likely to develop dementia over a decade than '
        'those who walk fewer than 3,000, according to a large study led by researchers at the University of '
        'Alberta.',
        'The study, published Wednesday in the journal Neurology, followed more than 41,000 adults aged 50 and '
        'older in Canada and the United Kingdom who wore activity trackers for at least a week at the start.',
        'Those who walked 7,000 to 9,000 steps a day had a 38 per cent lower risk of being diagnosed with dementia '
        'over the following 10 years, the researchers found, even after accounting for age, smoking, diabetes '
        'and education.',
        '“The surprising thing was not that walking helps. We expected that,” said the study’s lead author, '
        'Dr. Naomi Achterberg-Lum, a neurologist at the University of Alberta. “It was how much of the benefit '
        'came from a fairly modest amount of walking.”',
        'Achterberg-Lum said the benefit levelled off above about 9,500 steps, suggesting there is no need to '
        'chase the popular target of 10,000.',
        '“You do not need to be a marathon runner,” she said. “A brisk 45 minutes spread across the day gets you '
        'most of the way there.”',
        'The pace of walking also mattered. People who walked faster, at least 100 steps a minute for half an '
        'hour, saw a further reduction in risk, the study found.',
        'Co-author Dr. Marcus Eltringham, an epidemiologist at the University of Edinburgh, said the team had '
        'tried to rule out the possibility that people in the early stages of dementia simply walked less.',
        '“That is the obvious objection, and it is a fair one,” Eltringham said. “So we dropped everyone who was '
        'diagnosed in the first three years, and the link held up.”',
        'Still, the authors cautioned that the study was observational and could not prove that walking '
        'prevents dementia.',
        'Outside experts said the findings were convincing but not the final word.',
        '“This is one of the largest studies of its kind, and the use of trackers rather than questionnaires is '
        'a real strength,” said Dr. Harpreet Gill-Morrison, a researcher at the Sunnybrook Research Institute in '
        'Toronto who was not involved in the work.',
        'But she noted that participants were mostly white and relatively well-off.',
        '“We need to see whether this holds in other communities before we make it a public health message,” '
        'Gill-Morrison said.',
        'The Alzheimer Society of Canada welcomed the study. Its chief science officer, Dr. Tarik Benali, said '
        'about 770,000 Canadians live with dementia, a number expected to double by 2050.',
        '“Anything people can do today to lower their risk matters enormously,” Benali said. “Walking is free, '
        'and almost everyone can do some of it.”',
        'Achterberg-Lum said her own habits had changed since she began the research four years ago.',
        '“I take the stairs now. I park at the far end of the lot,” she said with a laugh. “My kids think it is '
        'ridiculous.”',
        'She said the team’s next study would test whether a walking program can slow memory loss in people '
        'already diagnosed with mild cognitive impairment.',
        'The research was funded by the Canadian Institutes of Health Research and the U.K. Medical Research '
        'Council.',
        'Health Canada’s physical activity guidelines recommend that adults get at least 150 minutes of moderate '
        'to vigorous activity a week. According to Statistics Canada, fewer than half of adults over 60 meet '
        'that target.',
        'Eltringham said the message for older adults was simple.',
        '“Whatever you are doing now, do a bit more,” he said. “Every thousand steps seems to count.”',
    ), [
        ('Adults who walk at least 7,000', 'a large study'),
        ('The surprising thing was not', 'Naomi Achterberg-Lum'), ('It was how much of the benefit', 'Naomi Achterberg-Lum'),
        ('the benefit levelled off above', 'Naomi Achterberg-Lum'),
        ('You do not need to be a marathon', 'Naomi Achterberg-Lum'),
        ('the team had tried to rule out', 'Marcus Eltringham'),
        ('That is the obvious objection', 'Marcus Eltringham'), ('So we dropped everyone', 'Marcus Eltringham'),
        ('the study was observational', 'authors'),
        ('the findings were convincing', 'Outside experts'),
        ('This is one of the largest studies', 'Harpreet Gill-Morrison'),
        ('participants were mostly white', 'Harpreet Gill-Morrison'),
        ('We need to see whether this holds', 'Harpreet Gill-Morrison'),
        ('about 770,000 Canadians live', 'Tarik Benali'), ('Anything people can do today', 'Tarik Benali'),
        ('her own habits had changed', 'Naomi Achterberg-Lum'),
        ('I take the stairs now', 'Naomi Achterberg-Lum'),
        ('the team’s next study would test', 'Naomi Achterberg-Lum'),
        ('fewer than half of adults over 60', 'Statistics Canada'),
        ('the message for older adults', 'Marcus Eltringham'), ('Whatever you are doing now', 'Marcus Eltringham'),
    ]),
    Article('interview_transcript', _t(
        'The new chief of the Halifax Regional Police, Sandra Okonkwo-Laidlaw, took over the force in September '
        'after 22 years with the Toronto Police Service. She sat down with reporter Devin MacPhee to talk about '
        'staffing, street checks and what she learned in her first 100 days. The interview has been edited for '
        'length and clarity.',
        'MACPHEE: You have been on the job a little over three months. What surprised you?',
        'OKONKWO-LAIDLAW: Honestly, how small the city feels. In Toronto you could go a whole career without '
        'meeting the people in a neighbourhood. Here, I have been stopped in the grocery store three times by '
        'people who want to tell me about a stop sign.',
        'MACPHEE: Is that a good thing?',
        'OKONKWO-LAIDLAW: It is a great thing. It means people think we are approachable. I would rather hear '
        'about the stop sign than not hear from them at all.',
        'MACPHEE: The force is short about 60 officers. How do you fix that?',
        'OKONKWO-LAIDLAW: Not quickly. We are competing with every other service in the country for the same '
        'recruits, and some of them pay more. What we can offer is a place where people actually want to work. '
        'That means fixing schedules, it means mental health supports that are real and not just a poster on the '
        'wall, and it means leadership that listens.',
        'MACPHEE: Some officers have said morale is the lowest they have seen. Do you agree?',
        'OKONKWO-LAIDLAW: I have heard that, yes. I have done ride-alongs on every shift, and I hear it in the '
        'car at three in the morning. I am not going to pretend it is not there.',
        'MACPHEE: In 2019 the province banned street checks after a report found Black residents in Halifax were '
        'six times more likely to be stopped. Where does the force stand on that now?',
        'OKONKWO-LAIDLAW: The ban stands and I support it. I will say that as clearly as I can. I am a Black woman '
        'who grew up in Scarborough. I know what it feels like to be stopped for no reason, and I am not going to '
        'bring that back.',
        'MACPHEE: Some councillors want more officers downtown at night. Will they get them?',
        'OKONKWO-LAIDLAW: They will get a plan. I am not going to promise bodies I do not have. What I can tell '
        'you is that we are moving 10 officers from desk jobs back to patrol by the spring.',
        'MACPHEE: The police union has criticized that move. Its president, Corey Vanstone, said last week it '
        'would leave investigators without support. What do you say to that?',
        'OKONKWO-LAIDLAW: I respect Corey and I respect the union. We disagree on this one. Civilian staff can do '
        'a lot of that work, and they can do it well.',
        'MACPHEE: What is the biggest thing you want to change?',
        'OKONKWO-LAIDLAW: Trust. It sounds like a slogan, I know. But if people do not call us, we cannot help them. '
        'And right now there are neighbourhoods in this city where people do not call us.',
        'MACPHEE: How will you know if it is working?',
        'OKONKWO-LAIDLAW: When those calls go up. Crime numbers can go up for good reasons, and I will be '
        'explaining that to council a lot, I suspect.',
        'MACPHEE: Last question. What do you miss about Toronto?',
        'OKONKWO-LAIDLAW: The food, without a doubt. Do not print that.',
        'Vanstone, reached Friday, said the union’s concerns had not changed.',
        '“We like the chief, but moving 10 people out of investigations is going to slow down cases,” he said. '
        '“Victims will feel that.”',
    ), [
        ('What surprised you', 'Devin MacPhee'),
        ('Honestly, how small the city', 'Sandra Okonkwo-Laidlaw'),
        ('Is that a good thing', 'Devin MacPhee'),
        ('It is a great thing', 'Sandra Okonkwo-Laidlaw'),
        ('The force is short about 60', 'Devin MacPhee'),
        ('Not quickly. We are competing', 'Sandra Okonkwo-Laidlaw'),
        ('Some officers have said morale', 'Devin MacPhee'),
        ('In 2019 the province banned', 'Devin MacPhee'),
        ('The police union has criticized', 'Devin MacPhee'),
        ('I have heard that, yes', 'Sandra Okonkwo-Laidlaw'),
        ('The ban stands and I support it', 'Sandra Okonkwo-Laidlaw'),
        ('Some councillors want more officers', 'Devin MacPhee'),
        ('They will get a plan', 'Sandra Okonkwo-Laidlaw'),
        ('I respect Corey', 'Sandra Okonkwo-Laidlaw'),
        ('What is the biggest thing', 'Devin MacPhee'),
        ('Trust. It sounds like a slogan', 'Sandra Okonkwo-Laidlaw'),
        ('How will you know if it is working', 'Devin MacPhee'),
        ('When those calls go up', 'Sandra Okonkwo-Laidlaw'),
        ('What do you miss about Toronto', 'Devin MacPhee'),
        ('The food, without a doubt', 'Sandra Okonkwo-Laidlaw'),
        ('the union’s concerns had not changed', 'Corey Vanstone'),
        ('We like the chief', 'Corey Vanstone'), ('Victims will feel that', 'Corey Vanstone'),
    ]),
]

ARTICLES += [
    Article('police_briefing_ranks', _t(
        'SURREY, B.C. — Police have arrested two men and are searching for a third after a string of armed '
        'robberies at convenience stores across Surrey and Langley over the past three weeks, officers told a '
        'news conference Tuesday.',
        'Insp. Harjit Dhaliwal-Brar of the Surrey Police Service said the robberies, 11 in total, followed the same '
        'pattern: two or three masked men, a handgun, and a getaway car waiting in a back lane.',
        '“These were not crimes of desperation. They were planned, they were rehearsed, and they were violent,” '
        'Dhaliwal-Brar said. “In two of them, clerks were pistol-whipped. One of those clerks is still in '
        'hospital.”',
        'The two men arrested Sunday, aged 19 and 22, face a combined 27 charges including robbery with a '
        'firearm and aggravated assault. Their names have not been released because charges were still being '
        'approved, police said.',
        'Sgt. Melissa Thornbury, who leads the major crime section, said investigators tracked the suspects '
        'through a stolen Honda Civic that was caught on cameras at six of the stores.',
        '“Somebody in the public recognized that car from a photo we released and called us,” Thornbury said. '
        '“That tip broke this case open. I cannot say that enough: call us.”',
        'She said officers seized a loaded handgun, cash and several balaclavas when they searched a house in '
        'Newton.',
        'Police released a photograph of the third suspect, described as a man in his 20s, about six feet tall, '
        'with a tattoo of a dragon on his left forearm.',
        '“We believe he is still in the Lower Mainland, and we believe he is armed,” said Const. Lindsay '
        'Ferreira-Ng, a spokesperson for the force. “If you see him, do not approach him. Call 911.”',
        'Ferreira-Ng said officers had increased patrols near convenience stores and gas stations at night.',
        'The RCMP’s Langley detachment, which investigated three of the robberies, is working with Surrey police. '
        'Cpl. Tobias Akerman of the Langley RCMP said the forces had shared evidence from the start.',
        '“Criminals do not care about city limits, so neither can we,” Akerman said.',
        'Store owners said the arrests brought some relief.',
        'Gurpreet Sahota, who owns a 7-Eleven franchise on 72nd Avenue that was robbed on Oct. 3, said his '
        'night clerk quit the next day.',
        '“He was 20 years old. They put a gun to his head for $300,” Sahota said. “How do you come back to work '
        'after that?”',
        'Sahota said he had since installed a panic button and a second camera and now closes at midnight '
        'instead of staying open all night.',
        'The B.C. Convenience Store Association has called for tougher bail rules for people charged with '
        'violent offences. Its executive director, Annika Voss, said in a statement that owners were “tired of '
        'seeing the same faces.”',
        'Asked whether either of the men arrested had been on bail, Dhaliwal-Brar said he could not comment '
        'because the case was before the courts.',
        '“What I will say is that we are going to find the third man,” he said. “It is a matter of when, not '
        'if.”',
        'Anyone with information is asked to call the Surrey Police Service at 604-599-0502 or Crime Stoppers.',
        'Dhaliwal-Brar thanked the clerks who had given statements.',
        '“They went through something terrible and then sat down with our investigators for hours,” he said. '
        '“This arrest is theirs as much as ours.”',
    ), [
        ('Police have arrested two men', 'officers'),
        ('the robberies, 11 in total', 'Harjit Dhaliwal-Brar'),
        ('These were not crimes of desperation', 'Harjit Dhaliwal-Brar'),
        ('In two of them, clerks', 'Harjit Dhaliwal-Brar'),
        ('charges were still being approved', 'police'),
        ('investigators tracked the suspects', 'Melissa Thornbury'),
        ('the arrests brought some relief', 'Store owners'),
        ('Somebody in the public recognized', 'Melissa Thornbury'), ('That tip broke this case', 'Melissa Thornbury'),
        ('officers seized a loaded handgun', 'Melissa Thornbury'),
        ('We believe he is still in the Lower', 'Lindsay Ferreira-Ng'),
        ('If you see him, do not approach', 'Lindsay Ferreira-Ng'),
        ('officers had increased patrols', 'Lindsay Ferreira-Ng'),
        ('the forces had shared evidence', 'Tobias Akerman'), ('Criminals do not care', 'Tobias Akerman'),
        ('his night clerk quit the next day', 'Gurpreet Sahota'),
        ('He was 20 years old', 'Gurpreet Sahota'), ('How do you come back to work', 'Gurpreet Sahota'),
        ('he had since installed a panic', 'Gurpreet Sahota'),
        ('owners were', 'Annika Voss'),
        ('he could not comment because', 'Harjit Dhaliwal-Brar'),
        ('What I will say is that', 'Harjit Dhaliwal-Brar'),
        ('They went through something terrible', 'Harjit Dhaliwal-Brar'),
        ('This arrest is theirs', 'Harjit Dhaliwal-Brar'),
    ]),
    Article('health_agency_update', _t(
        'Cases of measles in Canada have climbed to their highest level in nearly three decades, the Public '
        'Health Agency of Canada said Friday, as officials urged parents to check their children’s vaccination '
        'records before the summer travel season.',
        'The agency reported 1,146 confirmed and probable cases so far this year, most of them in Ontario and '
        'Alberta. Two infants have died.',
        'Canada’s chief public health officer, Dr. Theresa Nakamura-Bell, said the outbreak was spreading mostly '
        'among children who had not received either dose of the measles vaccine.',
        '“Measles is one of the most contagious diseases we know of,” Nakamura-Bell told reporters in Ottawa. '
        '“One infected person can infect up to nine out of ten people around them who are not protected. The '
        'vaccine is how we stop that, and it works.”',
        'She said two doses of the vaccine are about 97 per cent effective at preventing infection.',
        'Deputy chief public health officer Dr. Emeka Okafor said the agency was sending extra vaccine to '
        'provinces that asked for it and had started an advertising campaign aimed at parents.',
        '“We are not here to shame anybody,” Okafor said. “Many parents missed appointments during the pandemic, '
        'and life got busy. We want to make it easy to catch up.”',
        'In Alberta, the provincial health agency said 412 cases had been confirmed since March, most of them in '
        'the south zone around Lethbridge.',
        'Alberta’s chief medical officer of health, Dr. Richard Vankoughnett, said in a statement that clinics in '
        'the region had extended their hours and were offering walk-in vaccination.',
        'Ontario reported 598 cases. Public Health Ontario said about 80 per cent of them were in people who were '
        'not immunized.',
        'Doctors say they are seeing cases they never expected to treat.',
        '“I trained for 12 years and never saw a single case of measles until this spring,” said Dr. Leah '
        'Szabo-Quinn, a pediatrician at the Alberta Children’s Hospital in Calgary. “Now I see it every week. '
        'Some of these kids are very, very sick.”',
        'Szabo-Quinn said measles can cause pneumonia, brain swelling and, in rare cases, death.',
        'Some parents remain hesitant. Karina Dueck, a mother of two in Taber, Alta., said she had delayed her '
        'children’s shots because of things she had read online.',
        '“I was scared, honestly,” Dueck said. “Then my neighbour’s baby got measles, and I was more scared of '
        'that.”',
        'She said both of her children received their first dose last month.',
        'Nakamura-Bell urged anyone travelling abroad to make sure they were up to date, noting that measles '
        'is spreading in several countries.',
        'Asked whether the country was at risk of losing its status as having eliminated measles, she said it '
        'was “a real possibility.”',
        '“Canada has held elimination status since 1998,” she said. “If we lose it, it will be because we let '
        'our guard down. We do not have to let that happen.”',
        'The agency said it would publish weekly case counts on its website until the outbreak is declared over.',
        'Immunize Canada, a coalition of health groups, called the numbers “a wake-up call.”',
        'Its chair, Dr. Paul Andrzejewski, said governments needed to make it easier for families to get shots '
        'outside of office hours.',
        '“Evening clinics, weekend clinics, pharmacies — whatever it takes,” Andrzejewski said.',
    ), [
        ('Cases of measles in Canada have climbed', 'Public Health Agency of Canada'),
        ('1,146 confirmed and probable', 'Public Health Agency of Canada'),
        ('the outbreak was spreading mostly', 'Theresa Nakamura-Bell'),
        ('Measles is one of the most contagious', 'Theresa Nakamura-Bell'),
        ('The vaccine is how we stop', 'Theresa Nakamura-Bell'),
        ('two doses of the vaccine', 'Theresa Nakamura-Bell'),
        ('the agency was sending extra vaccine', 'Emeka Okafor'),
        ('We are not here to shame', 'Emeka Okafor'), ('We want to make it easy', 'Emeka Okafor'),
        ('412 cases had been confirmed', 'the provincial health agency'),
        ('clinics in the region had extended', 'Richard Vankoughnett'),
        ('about 80 per cent of them', 'Public Health Ontario'),
        ('they are seeing cases they never', 'Doctors'),
        ('I trained for 12 years', 'Leah Szabo-Quinn'), ('Now I see it every week', 'Leah Szabo-Quinn'),
        ('measles can cause pneumonia', 'Leah Szabo-Quinn'),
        ('she had delayed her children', 'Karina Dueck'), ('I was scared, honestly', 'Karina Dueck'),
        ('both of her children received', 'Karina Dueck'),
        ('measles is spreading in several', 'Theresa Nakamura-Bell'),
        ('a real possibility', 'Theresa Nakamura-Bell'),
        ('Canada has held elimination status', 'Theresa Nakamura-Bell'),
        ('it would publish weekly case counts', 'Public Health Agency of Canada'),
        ('a wake-up call', 'Immunize Canada'),
        ('governments needed to make it easier', 'Paul Andrzejewski'),
        ('Evening clinics, weekend clinics', 'Paul Andrzejewski'),
    ]),
    Article('earnings_call_grocer', _t(
        'TORONTO — Maple Basket Foods Inc. said Thursday its quarterly profit rose 11 per cent as shoppers '
        'flocked to its discount stores, and the grocer’s chief executive told analysts that food inflation was '
        'finally easing.',
        'The Brampton, Ont.-based company reported net income of $412 million, or $1.34 per diluted share, for '
        'the 12 weeks ended Oct. 5, up from $371 million a year earlier. Revenue rose 4.2 per cent to $14.9 '
        'billion.',
        'On an adjusted basis, Maple Basket earned $1.41 per share, ahead of the $1.36 analysts had expected, '
        'according to LSEG Data & Analytics.',
        '“Customers are still watching every dollar, and our discount banners are where they are going,” chief '
        'executive Nadine Vukovic-Hart said on a call with analysts. “Same-store sales at FreshSave were up 6.1 '
        'per cent, and we opened 14 new discount stores in the quarter.”',
        'Vukovic-Hart said the company’s internal food inflation fell to 2.3 per cent, below the national rate '
        'for groceries reported by Statistics Canada.',
        '“We are not seeing the kind of increases from suppliers that we saw two years ago,” she said. “Some '
        'categories, like produce and dairy, are actually getting cheaper for us.”',
        'Chief financial officer Raymond Castellanos said the company expected full-year earnings growth at the '
        'top of its previous guidance range.',
        '“The balance sheet is strong and we are generating a lot of cash,” Castellanos said. “That gives us '
        'room to keep investing in prices and in stores.”',
        'The company also raised its quarterly dividend by seven per cent and said it would buy back up to $1 '
        'billion in shares over the next year.',
        'Analysts pressed executives on the company’s pharmacy business, where sales were flat.',
        '“Is the pharmacy slowdown something structural, or is it just timing on the cold and flu season?” asked '
        'Irene Castaldo, an analyst at Scotiabank.',
        '“A bit of both,” Vukovic-Hart replied. “Cough and cold came later this year, and we are also seeing '
        'lower prices on some generic drugs. We expect it to pick up in the fourth quarter.”',
        'Another analyst, Michael Van Aelst-Reyes of TD Cowen, asked whether the company was worried about '
        'a federal code of conduct for grocers that takes effect in January.',
        'Vukovic-Hart said Maple Basket had helped write the code and supported it.',
        '“We think it is good for suppliers and good for customers,” she said. “We signed on early.”',
        'Not everyone was convinced by the results. Food policy researcher Dr. Sylvain Charlebois-Dumont, of '
        'Dalhousie University, said profits at large grocers remained well above historical levels.',
        '“When a grocer says food inflation is easing, the question is whether its prices are going down, or '
        'just going up more slowly,” he said in an interview.',
        'Shares of Maple Basket rose 3.8 per cent to $188.20 on the Toronto Stock Exchange.',
        'The company said it planned to open 30 more discount stores next year, mostly in Ontario and Alberta, '
        'and to add self-checkouts in about 200 locations.',
        'Asked on the call about the union drive at two of its Alberta warehouses, Vukovic-Hart said the '
        'company respected its workers’ right to organize.',
        '“Our people are the reason these numbers look the way they do,” she said.',
        'The United Food and Commercial Workers union, which is trying to organize the warehouses, said in a '
        'statement that the company should share more of its profit with the people who stock its shelves.',
    ), [
        ('its quarterly profit rose 11', 'Maple Basket Foods Inc.'),
        ('food inflation was finally easing', 'Nadine Vukovic-Hart'),
        ('the $1.36 analysts had expected', 'LSEG Data & Analytics'),
        ('Customers are still watching', 'Nadine Vukovic-Hart'), ('Same-store sales at FreshSave', 'Nadine Vukovic-Hart'),
        ('the company’s internal food inflation', 'Nadine Vukovic-Hart'),
        ('We are not seeing the kind', 'Nadine Vukovic-Hart'), ('Some categories, like produce', 'Nadine Vukovic-Hart'),
        ('the company expected full-year', 'Raymond Castellanos'),
        ('The balance sheet is strong', 'Raymond Castellanos'), ('That gives us room', 'Raymond Castellanos'),
        ('it would buy back up to $1', 'Maple Basket Foods Inc.'),
        ('Is the pharmacy slowdown', 'Irene Castaldo'),
        ('A bit of both', 'Nadine Vukovic-Hart'), ('Cough and cold came later', 'Nadine Vukovic-Hart'),
        ('the company was worried about', 'Michael Van Aelst-Reyes'),
        ('Maple Basket had helped write', 'Nadine Vukovic-Hart'), ('We think it is good for', 'Nadine Vukovic-Hart'),
        ('profits at large grocers', 'Sylvain Charlebois-Dumont'),
        ('When a grocer says food', 'Sylvain Charlebois-Dumont'),
        ('it planned to open 30 more', 'Maple Basket Foods Inc.'),
        ('the company respected its workers', 'Nadine Vukovic-Hart'),
        ('Our people are the reason', 'Nadine Vukovic-Hart'),
        ('the company should share more', 'United Food and Commercial Workers union'),
    ]),
    Article('multi_paragraph_eulogy', _t(
        'SYDNEY, N.S. — Hundreds of people filled St. Theresa’s Church on Saturday to say goodbye to Angus '
        '“Gus” MacNeil, the Cape Breton fiddler who played at kitchen parties, weddings and wakes across the '
        'island for more than 60 years.',
        'MacNeil died on Nov. 2 at the age of 84.',
        'His son, Father Ronald MacNeil, a priest in Antigonish, gave the eulogy. He spoke for nearly 15 minutes '
        'without notes.',
        '“Dad never thought of himself as a performer. He thought of himself as a man who was asked to play, '
        'and who said yes,” he said.',
        '“He said yes to the wedding in Ingonish in a snowstorm. He said yes to the wake in Glace Bay for a man '
        'he had never met. He said yes when he was tired and when his hands hurt and when he should have been '
        'home with us.',
        '“And we forgave him, because every time he came home he would sit at the kitchen table and play the '
        'tune he had learned that night, and Mom would pretend to be angry and then start to dance.',
        '“That is what I want you to remember. Not the records, not the awards. The kitchen.”',
        'The church was quiet for a long moment before the applause began.',
        'MacNeil recorded four albums and was inducted into the Nova Scotia Country Music Hall of Fame in 2009. '
        'He taught fiddle to hundreds of children, many of them for free.',
        'One of them, Jolene Boutilier-Doucet, now plays professionally in Nashville. She flew home for the '
        'funeral and played a slow air he had written for his wife, Catherine, who died in 2015.',
        'Afterward, she described her first lesson.',
        '“I was seven. I could barely hold the bow,” Boutilier-Doucet said. “He told me, ‘Don’t worry about the '
        'notes, dear. Worry about the people listening.’ I still think about that every time I walk on a stage.”',
        'Premier Alan Hebb, who attended the service, said in a statement that MacNeil was “a keeper of Cape '
        'Breton’s music and of its heart.”',
        'Cape Breton Regional Municipality Mayor Donna Rae Gillis-Peck said the flag at city hall would fly at '
        'half-mast until Monday.',
        '“You could not go to a community hall on this island without running into Gus or someone he taught,” '
        'she said. “He was everywhere, and now he is nowhere, and it does not feel real.”',
        'Outside the church, fiddler and longtime friend Kenneth “Kenny” Rankin-Beaton recalled touring with '
        'MacNeil in the 1970s.',
        '“We played a dance in Boston where the crowd would not let us stop,” he said. “Three in the morning, and '
        'Gus is still going. I said, ‘Gus, we have to drive to Halifax tomorrow.’ He said, ‘Then we will play '
        'one more.’”',
        'Rankin-Beaton paused.',
        '“That was him,” he said. “Always one more.”',
        'The funeral procession passed the Gaelic College in St. Ann’s, where students lined the road with their '
        'fiddles and played as the hearse went by.',
        'MacNeil is survived by his son, two daughters, Margaret and Eileen, and nine grandchildren.',
        'The family has asked that donations be made to the Cape Breton Fiddlers’ Association to pay for '
        'lessons for children who cannot afford them.',
        'His daughter Margaret MacNeil-Ross said the family had been overwhelmed by messages.',
        '“People are sending us videos of him playing at their weddings 40 years ago,” she said. “We had no idea '
        'there were so many.”',
    ), [
        ('Dad never thought of himself', 'Ronald MacNeil'),
        ('He said yes to the wedding', 'Ronald MacNeil'),
        ('And we forgave him', 'Ronald MacNeil'),
        ('That is what I want you to remember', 'Ronald MacNeil'),
        ('I was seven. I could barely', 'Jolene Boutilier-Doucet'),
        ('I still think about that every', 'Jolene Boutilier-Doucet'),
        ('a keeper of Cape', 'Alan Hebb'),
        ('the flag at city hall would fly', 'Donna Rae Gillis-Peck'),
        ('You could not go to a community hall', 'Donna Rae Gillis-Peck'),
        ('He was everywhere, and now', 'Donna Rae Gillis-Peck'),
        ('We played a dance in Boston', 'Kenneth Rankin-Beaton'),
        ('That was him', 'Kenneth Rankin-Beaton'), ('Always one more', 'Kenneth Rankin-Beaton'),
        ('the family had been overwhelmed', 'Margaret MacNeil-Ross'),
        ('People are sending us videos', 'Margaret MacNeil-Ross'),
        ('We had no idea there were so many', 'Margaret MacNeil-Ross'),
    ]),
    Article('split_quotes_fishery', _t(
        'YARMOUTH, N.S. — Lobster fishers in southwest Nova Scotia say a new federal rule requiring electronic '
        'logbooks on every boat will cost them thousands of dollars and hours of work during the busiest weeks of '
        'the season.',
        '“I have been fishing for 41 years,” said Wayne Doucette-Surette, who fishes out of Wedgeport, “and I '
        'have filled out a paper log every single day of it. Now they want me to do it on a tablet, in the '
        'middle of the ocean, with wet hands.”',
        'The Department of Fisheries and Oceans says electronic logs will give scientists better data on catches '
        'and help protect the lobster stock, which is worth more than $1 billion a year to the region.',
        '“The data we get from paper logs often reaches us months late,” said Dr. Rebecca Thériault-Walsh, a DFO '
        'stock assessment biologist in Dartmouth. “With electronic logs, we can see what is happening almost in '
        'real time, which means better decisions.”',
        'The rule takes effect when the season opens on the last Monday of November.',
        'Fishers say the department has not listened.',
        '“They held one meeting,” Doucette-Surette said. “One. In Halifax. On a Tuesday in October, when half of '
        'us were getting our gear ready.”',
        'The department said in a statement that it held nine information sessions across the Maritimes and '
        'received more than 300 written comments.',
        'Bernadette Jordan-Pyke, president of the Coldwater Lobster Association, said the cost was the biggest '
        'complaint she heard.',
        '“A licensed system costs about $3,000 to set up, and then there is a monthly fee,” she said. “For a '
        'young fisher who just bought a licence and a boat, that hurts.”',
        'She said the association had asked Ottawa to cover the full cost, not the 75 per cent it has offered.',
        'Not every fisher is against the change.',
        '“Honestly, I like it,” said Travis Amirault, 29, who started using an electronic log last season as '
        'part of a pilot project. “It took me about a week to get used to it. Now it is faster than paper, and '
        'I don’t lose the pages.”',
        'Amirault said some older fishers would need help.',
        '“You can’t just hand a 70-year-old captain a tablet and walk away,” he said. “Somebody has to sit with '
        'them.”',
        'Fisheries Minister Josée Landry-Kwan said in Ottawa that the department would run training sessions '
        'on the wharves before the season.',
        '“We are not trying to make anyone’s life harder,” she said. “We are trying to make sure there is a '
        'lobster fishery for their grandchildren. Is that not what everyone wants?”',
        'Conservative MP Chris d’Entremont-Boyd, whose riding includes much of the lobster coast, called the '
        'timeline “completely unrealistic” and asked the minister to delay the rule by one year.',
        '“Wait a year,” he said. “What is the harm? The lobster will still be there!”',
        'Doucette-Surette said he would comply, but not happily.',
        '“I will do it,” he said, looking out at the harbour. “I always do what they tell me. But I want '
        'somebody in Ottawa to come out on the boat with me for one day, in December, and then tell me it is '
        'easy.”',
    ), [
        ('a new federal rule requiring electronic', 'Lobster fishers in southwest Nova Scotia'),
        ('I have been fishing for 41 years', 'Wayne Doucette-Surette'),
        ('and I have filled out a paper log', 'Wayne Doucette-Surette'),
        ('electronic logs will give scientists', 'Department of Fisheries and Oceans'),
        ('The data we get from paper logs', 'Rebecca Thériault-Walsh'),
        ('With electronic logs, we can see', 'Rebecca Thériault-Walsh'),
        ('the department has not listened', 'Fishers'),
        ('They held one meeting', 'Wayne Doucette-Surette'), ('In Halifax. On a Tuesday', 'Wayne Doucette-Surette'),
        ('it held nine information sessions', 'Department of Fisheries and Oceans'),
        ('the cost was the biggest complaint', 'Bernadette Jordan-Pyke'),
        ('A licensed system costs about', 'Bernadette Jordan-Pyke'),
        ('For a young fisher who just bought', 'Bernadette Jordan-Pyke'),
        ('the association had asked Ottawa', 'Bernadette Jordan-Pyke'),
        ('Honestly, I like it', 'Travis Amirault'),
        ('It took me about a week', 'Travis Amirault'),
        ('some older fishers would need help', 'Travis Amirault'),
        ('You can’t just hand a 70-year-old', 'Travis Amirault'),
        ('the department would run training', 'Josée Landry-Kwan'),
        ('We are not trying to make anyone', 'Josée Landry-Kwan'),
        ('Is that not what everyone wants', 'Josée Landry-Kwan'),
        ('completely unrealistic', 'Chris d’Entremont-Boyd'),
        ('Wait a year', 'Chris d’Entremont-Boyd'), ('The lobster will still be there', 'Chris d’Entremont-Boyd'),
        ('he would comply, but not happily', 'Wayne Doucette-Surette'),
        ('I will do it', 'Wayne Doucette-Surette'),
        ('I always do what they tell me', 'Wayne Doucette-Surette'),
    ]),
    Article('paragraph_quotes_mine', _t(
        'TIMMINS, Ont. — The owner of the Kidd Creek-area nickel mine that closed suddenly last month says it '
        'will reopen in the spring, and about 380 laid-off workers will be offered their jobs back.',
        'Northstar Metals chief executive Graham Oduya-Pearce made the announcement Monday at a packed meeting '
        'at the McIntyre Community Building, after weeks of uncertainty in the city. He spoke for about 20 '
        'minutes and took no questions from reporters.',
        '“I owe this community an apology.',
        '“When we shut the mine on Oct. 14, we did it with two days’ notice. That was wrong. We were facing a '
        'cash crunch and a collapse in nickel prices, and we panicked. Families found out on Facebook. That '
        'should never have happened.”',
        '“Here is what has changed. We have new financing from two Canadian lenders, we have a buyer for our '
        'concentrate through 2028, and we have a plan to bring our costs down without cutting wages.”',
        '“Every worker who was laid off will get a call from us by Christmas. If you want your job back, it is '
        'yours.”',
        '“I know some of you will not believe me. I would not believe me either. So judge us by what we do, not '
        'what I say tonight.”',
        'The room was quiet when he finished, and then a few people clapped.',
        'The closure of the mine, which produced nickel and copper for 22 years, hit Timmins hard. Local '
        'businesses said sales dropped almost immediately.',
        'United Steelworkers Local 6500 president Marc Larabie-Chénier said the union would believe it when it '
        'saw the recall notices.',
        '“Words are cheap,” Larabie-Chénier said outside the meeting.',
        '“Our members lost their pay, some of them lost their trucks, and a couple of them have already moved '
        'to Alberta. An apology does not bring any of that back.”',
        '“But if they do what he said, we will be at the table. We want this mine open more than anybody.”',
        'Larabie-Chénier said the union would press for severance for workers who do not return.',
        'Timmins Mayor Michelle Boileau-Kerr, who had lobbied the province for help, said the news was a relief.',
        '“This is the best Monday we have had in a long time,” she said.',
        '“I am not naive. There is a lot of work between tonight and the spring. But for the first time since '
        'October, people are talking about the future and not about the past.”',
        'Northern Development Minister Greg Rickford-Bell said the province had offered the company a loan '
        'guarantee as part of the financing, which he said would be repaid in full.',
        'Workers at the meeting were cautious.',
        '“I have a mortgage and two kids. I will take the job,” said Dustin Lacroix-Moore, a heavy equipment '
        'operator who worked at the mine for nine years.',
        '“But I am keeping my résumé up to date. I learned that lesson.”',
        'His wife, Kristy Lacroix-Moore, was more blunt.',
        '“They broke our trust,” she said. “They will have to earn it back.”',
        'Northstar said the first crews would return to prepare the mine in March, with full production '
        'expected by June.',
    ), [
        ('it will reopen in the spring', 'Northstar Metals'),
        ('I owe this community an apology', 'Graham Oduya-Pearce'),
        ('When we shut the mine', 'Graham Oduya-Pearce'),
        ('Here is what has changed', 'Graham Oduya-Pearce'),
        ('Every worker who was laid off', 'Graham Oduya-Pearce'),
        ('I know some of you will not believe', 'Graham Oduya-Pearce'),
        ('sales dropped almost immediately', 'Local businesses'),
        ('the union would believe it', 'Marc Larabie-Chénier'),
        ('Words are cheap', 'Marc Larabie-Chénier'),
        ('Our members lost their pay', 'Marc Larabie-Chénier'),
        ('But if they do what he said', 'Marc Larabie-Chénier'),
        ('the union would press for severance', 'Marc Larabie-Chénier'),
        ('the news was a relief', 'Michelle Boileau-Kerr'),
        ('This is the best Monday', 'Michelle Boileau-Kerr'),
        ('I am not naive', 'Michelle Boileau-Kerr'),
        ('the province had offered the company', 'Greg Rickford-Bell'),
        ('I have a mortgage and two kids', 'Dustin Lacroix-Moore'),
        ('But I am keeping my résumé', 'Dustin Lacroix-Moore'),
        ('They broke our trust', 'Kristy Lacroix-Moore'), ('They will have to earn it back', 'Kristy Lacroix-Moore'),
        ('the first crews would return', 'Northstar Metals'),
    ]),
]

ARTICLES += [
    Article('wire_kim_moscow', _t(
        'SEOUL, Sept 12 (Reuters) - North Korean leader Kim Jong-un arrived in Russia’s Far East on Tuesday for '
        'talks with Russian officials, his second trip abroad in a year, state media in both countries said, as '
        'Washington warned against any arms deal between the two.',
        'Kim travelled by armoured train and was greeted at a station in the port city of Vladivostok by a '
        'military honour guard and Russia’s minister for the Far East, Alexei Chekunkov-Ryabov, Russian state '
        'news agency RIA reported.',
        'North Korea’s official KCNA news agency said Kim would discuss “issues of mutual concern in the fields of '
        'politics, economy and military” and was accompanied by his foreign minister, Choe Son-hui, and senior '
        'military officers.',
        'Kremlin spokesman Dmitry Peskov-Antonov told reporters in Moscow the visit would include “a full-scale '
        'programme” but declined to give details.',
        '“Our relations with the DPRK are developing in all directions,” Peskov-Antonov said. “We do not pay '
        'attention to warnings from Washington.”',
        'U.S. officials have said they believe North Korea is supplying artillery shells and missiles to Russia '
        'for its war in Ukraine, and that Pyongyang wants advanced satellite and submarine technology in return. '
        'Both countries deny any arms trade.',
        'White House national security spokesman John Kirkland said on Monday that any transfer of weapons from '
        'North Korea to Russia would violate United Nations Security Council resolutions.',
        '“We will not hesitate to take action,” Kirkland told reporters. “We urge the DPRK to abide by the public '
        'commitments that Pyongyang has made not to provide or sell arms to Russia.”',
        'South Korea’s foreign ministry said it was watching the visit closely and would respond “firmly” to any '
        'military co-operation that threatened its security, a ministry spokesperson told a regular briefing.',
        'A South Korean intelligence official, who spoke on condition of anonymity because of the sensitivity of '
        'the matter, said Kim’s train had crossed the border early on Tuesday and that the leader was likely to '
        'stay for several days.',
        'Analysts said the trip showed how far relations had come since Moscow voted for tough UN sanctions on '
        'Pyongyang in 2017.',
        '“Russia needs ammunition and North Korea needs almost everything,” said Park Won-gon, a professor of '
        'North Korean studies at Ewha Womans University in Seoul. “It is a marriage of convenience, but it may '
        'last longer than people expect.”',
        'Yang Moo-jin, president of the University of North Korean Studies, said the North was likely to seek '
        'food and oil as well as technology.',
        '“Kim is under enormous pressure to show his people something after years of closed borders,” Yang said.',
        'Japan’s chief cabinet secretary, Hiroshi Matsuda-Kono, said Tokyo was concerned about the possible '
        'transfer of missile technology.',
        '“Any co-operation that strengthens North Korea’s missile programme would be a grave threat to Japan,” '
        'Matsuda-Kono told a news conference.',
        'China, the North’s main ally and largest trading partner, said the visit was a matter for the two '
        'countries.',
        '“China is not aware of the specific arrangements,” Chinese foreign ministry spokeswoman Mao Ning-wei said. '
        'Asked whether Beijing was uneasy about closer ties between Moscow and Pyongyang, she said China hoped '
        'for “peace and stability on the peninsula.”',
        'Kim last visited Russia in April 2019, when he met President Vladimir Putin in Vladivostok. That meeting '
        'produced no agreements.',
        'Pictures released by KCNA showed Kim waving from the door of his train in Pyongyang on Sunday evening, '
        'surrounded by officials and a military band.',
        '(Reporting by Hyonhee Shin and Josh Smith; Additional reporting by Guy Faulconbridge in Moscow; Editing '
        'by Lincoln Feast)',
    ), [
        ('talks with Russian officials, his second trip', 'state media'),
        ('Kim travelled by armoured train', 'RIA'),
        ('Kim would discuss', 'KCNA'),
        ('the visit would include', 'Dmitry Peskov-Antonov'),
        ('Our relations with the DPRK', 'Dmitry Peskov-Antonov'), ('We do not pay attention', 'Dmitry Peskov-Antonov'),
        ('they believe North Korea is supplying', 'U.S. officials'),
        ('any transfer of weapons from', 'John Kirkland'),
        ('We will not hesitate', 'John Kirkland'), ('We urge the DPRK', 'John Kirkland'),
        ('it was watching the visit closely', 'South Korea’s foreign ministry'),
        ('Kim’s train had crossed', 'A South Korean intelligence official'),
        ('the trip showed how far', 'Analysts'),
        ('Russia needs ammunition', 'Park Won-gon'), ('It is a marriage of convenience', 'Park Won-gon'),
        ('the North was likely to seek', 'Yang Moo-jin'), ('Kim is under enormous', 'Yang Moo-jin'),
        ('Tokyo was concerned about', 'Hiroshi Matsuda-Kono'), ('Any co-operation that strengthens', 'Hiroshi Matsuda-Kono'),
        ('the visit was a matter for', 'China'),
        ('China is not aware', 'Mao Ning-wei'), ('peace and stability on the', 'Mao Ning-wei'),
    ]),
    Article('fed_chair_testimony', _t(
        'WASHINGTON (AP) — Federal Reserve Chairman Arthur Greenbaum-Wells told Congress on Wednesday that the '
        'economy was “on a sound footing” but warned that rising stock prices could be running ahead of what '
        'companies can earn, in remarks that sent shares lower in afternoon trading.',
        'Testifying before the Senate Banking Committee, Greenbaum-Wells said the Fed saw no immediate need to '
        'raise interest rates but would act “promptly” if inflation began to pick up.',
        '“The economy has performed remarkably well, with low unemployment and inflation that remains '
        'contained,” Greenbaum-Wells said in prepared testimony. “But we should be careful not to assume that '
        'the conditions of the past few years will last indefinitely.”',
        'He said investors appeared to be betting that profits would keep growing at double-digit rates, '
        'something he called “historically unusual.”',
        'Asked by Sen. Patricia Moynihan-Hale, D-N.Y., whether the stock market was in a bubble, Greenbaum-Wells '
        'declined to use the word.',
        '“I would not characterize it that way,” he said. “What I would say is that valuations are high relative '
        'to history, and that markets sometimes forget that risk has not gone away.”',
        'Moynihan-Hale pressed him. “So you are saying it is not a bubble, but it might be?”',
        '“I am saying I do not know, senator, and neither does anyone else,” he replied, drawing laughter in the '
        'hearing room.',
        'The Dow Jones industrial average, which had been up slightly in the morning, fell 142 points, or 1.3 '
        'percent, after his remarks were released.',
        'Republican senators praised the Fed for keeping inflation low. Sen. Richard Thornburgh-Cole, R-Texas, '
        'the committee chairman, said the central bank had “threaded the needle.”',
        '“Ten years ago, economists told us you could not have unemployment this low without inflation taking '
        'off,” Thornburgh-Cole said. “You have proved them wrong, Mr. Chairman.”',
        'Greenbaum-Wells credited rising productivity, which he said had been boosted by investment in '
        'computers and new technology.',
        '“We may be in the early stages of a period in which the economy can grow faster without overheating,” '
        'he said. “But I would caution against treating that as a certainty.”',
        'Some economists said the testimony was a deliberate attempt to cool the market without raising rates.',
        '“He is talking the market down,” said Lawrence Kudrow-Pines, chief economist at Bear Stearns in New '
        'York. “It is the cheapest tool he has.”',
        'Others thought markets had read too much into the remarks. Janet Ostrowski, a senior economist at the '
        'Brookings Institution, said the chairman had said nothing he had not said before.',
        '“If you listened to the whole hearing, the message was that the Fed is comfortable,” Ostrowski said. '
        '“The headline writers found the one sentence that sounded scary.”',
        'Several Democrats used the hearing to press the Fed on wages. Sen. Carl Dominguez-Reed, D-Ill., said '
        'workers had not shared in the gains.',
        '“Productivity is up, profits are up, the stock market is up,” Dominguez-Reed said. “Why are paychecks '
        'not up?”',
        'Greenbaum-Wells said wages had begun to rise faster in recent months and that he expected the trend to '
        'continue.',
        '“It takes time,” he said. “But I think workers will see it.”',
        'The chairman will testify before the House Financial Services Committee on Thursday.',
    ), [
        ('the economy was', 'Arthur Greenbaum-Wells'),
        ('rising stock prices could be running', 'Arthur Greenbaum-Wells'),
        ('the Fed saw no immediate need', 'Arthur Greenbaum-Wells'),
        ('The economy has performed remarkably', 'Arthur Greenbaum-Wells'),
        ('But we should be careful', 'Arthur Greenbaum-Wells'),
        ('investors appeared to be betting', 'Arthur Greenbaum-Wells'),
        ('I would not characterize it', 'Arthur Greenbaum-Wells'),
        ('What I would say is that', 'Arthur Greenbaum-Wells'),
        ('So you are saying it is not', 'Patricia Moynihan-Hale'),
        ('I am saying I do not know', 'Arthur Greenbaum-Wells'),
        ('the central bank had', 'Richard Thornburgh-Cole'),
        ('Ten years ago, economists told us', 'Richard Thornburgh-Cole'),
        ('You have proved them wrong', 'Richard Thornburgh-Cole'),
        ('had been boosted by investment', 'Arthur Greenbaum-Wells'),
        ('We may be in the early stages', 'Arthur Greenbaum-Wells'),
        ('But I would caution against', 'Arthur Greenbaum-Wells'),
        ('the testimony was a deliberate', 'Some economists'),
        ('He is talking the market down', 'Lawrence Kudrow-Pines'),
        ('It is the cheapest tool', 'Lawrence Kudrow-Pines'),
        ('the chairman had said nothing', 'Janet Ostrowski'),
        ('If you listened to the whole hearing', 'Janet Ostrowski'),
        ('workers had not shared in the gains', 'Carl Dominguez-Reed'),
        ('Productivity is up, profits', 'Carl Dominguez-Reed'),
        ('wages had begun to rise faster', 'Arthur Greenbaum-Wells'),
        ('It takes time', 'Arthur Greenbaum-Wells'),
    ]),
    Article('edmonton_encampment', _t(
        'EDMONTON — City crews and police cleared a homeless encampment in the river valley near the Dawson '
        'Bridge on Tuesday morning, the third removal in the area since August, as outreach workers warned there '
        'was nowhere for the roughly 40 people living there to go.',
        'Edmonton police said officers were there to keep the peace and that no one was arrested.',
        '“Our role is safety, for everyone, including the people who live in these camps,” said Supt. Raelene '
        'Vandermeer, who oversees the downtown division. “We gave notice on Friday and we gave people time to '
        'pack.”',
        'By 10 a.m., crews had loaded tents, mattresses and shopping carts into garbage trucks. Some residents '
        'carried what they could up the hill in plastic bags.',
        '“Where am I supposed to go? Tell me that,” said a man who gave his name only as Clayton, who said he '
        'had lived in the camp since June. “The shelters are full. I called this morning.”',
        'The city says shelters had 63 open beds on Monday night. Outreach groups dispute that figure.',
        'Bissell Centre outreach manager Kendra Loewen-Cardinal said many of the beds the city counts are in '
        'spaces where couples and people with pets cannot stay.',
        '“A bed that nobody can actually use is not a bed,” she said. “We spent all morning trying to find people '
        'somewhere warm tonight, and we came up short.”',
        'Loewen-Cardinal said temperatures were forecast to fall below minus 15 by the weekend.',
        'Mayor Amarjeet Sohal-Grewal said the city did not want to clear camps but had to respond to fires and '
        'safety complaints.',
        '“There were four fires at this site in the last month,” the mayor told reporters at city hall. “I will '
        'not wait for someone to die in one of them.”',
        'Sohal-Grewal said the city had asked the province for money to open 200 more winter beds and had not '
        'yet received an answer.',
        'Alberta’s minister of community and social services, Jason Nixon-Laird, said in an emailed statement '
        'that the province had “added hundreds of shelter spaces” in Edmonton this year and would continue to '
        'work with the city.',
        'Ward O-day’min Coun. Anne Stevenson-Kirk, whose ward includes the river valley, said clearing camps in '
        'winter only moves the problem.',
        '“We break up a camp, people scatter, and two weeks later there is a new one a kilometre down the river,” '
        'she said. “We are spending money to move people in a circle.”',
        'A woman who had lived at the camp with her partner said they had lost their identification and their '
        'medication in an earlier sweep.',
        '“Every time, we start over,” said the woman, who asked that her name not be used because she feared '
        'losing custody of her son. “Every time, something gets thrown in the truck that we needed.”',
        'The city said belongings that were not claimed would be stored for 30 days at a yard on 127th Avenue.',
        'Jim Gurnett-Shaw, a longtime housing advocate, said the sweeps had become routine.',
        '“There was a time when this would have been front-page news in this city,” he said. “Now it is '
        'Tuesday.”',
        'Vandermeer said police would continue to patrol the area.',
        '“Nobody in uniform enjoys doing this,” she said. “But we do not make the housing. We just show up when '
        'there is not enough of it.”',
    ), [
        ('officers were there to keep the peace', 'Edmonton police'),
        ('Our role is safety', 'Raelene Vandermeer'), ('We gave notice on Friday', 'Raelene Vandermeer'),
        ('there was nowhere for the roughly 40', 'outreach workers'),
        ('Where am I supposed to go', 'Clayton'), ('he had lived in the camp since June', 'Clayton'), ('The shelters are full', 'Clayton'),
        ('shelters had 63 open beds', 'city'),
        ('many of the beds the city counts', 'Kendra Loewen-Cardinal'),
        ('A bed that nobody can actually', 'Kendra Loewen-Cardinal'),
        ('temperatures were forecast to fall', 'Kendra Loewen-Cardinal'),
        ('the city did not want to clear', 'Amarjeet Sohal-Grewal'),
        ('There were four fires at this site', 'Amarjeet Sohal-Grewal'),
        ('the city had asked the province for money', 'Amarjeet Sohal-Grewal'),
        ('added hundreds of shelter spaces', 'Jason Nixon-Laird'),
        ('clearing camps in winter only', 'Anne Stevenson-Kirk'),
        ('We break up a camp', 'Anne Stevenson-Kirk'), ('We are spending money to move', 'Anne Stevenson-Kirk'),
        ('they had lost their identification', 'A woman'),
        ('Every time, we start over', 'A woman'),
        ('belongings that were not claimed', 'city'),
        ('the sweeps had become routine', 'Jim Gurnett-Shaw'),
        ('There was a time when this', 'Jim Gurnett-Shaw'),
        ('police would continue to patrol', 'Raelene Vandermeer'),
        ('Nobody in uniform enjoys', 'Raelene Vandermeer'),
    ]),
    Article('ns_storm_outage', _t(
        'HALIFAX — More than 180,000 Nova Scotia Power customers were still in the dark Sunday night, a day after '
        'a post-tropical storm brought wind gusts of up to 130 km/h to the province, and the utility warned some '
        'rural areas may not have power back until Wednesday.',
        'At the peak on Saturday afternoon, about 285,000 customers, more than half of the utility’s total, '
        'had lost power.',
        'Nova Scotia Power president Peter Gregg-Sampson said crews had restored electricity to 100,000 customers '
        'since the storm passed but that damage in the Annapolis Valley and along the South Shore was severe.',
        '“We have poles snapped in half, we have trees through lines, we have whole roads we cannot get down,” '
        'Gregg-Sampson said at a briefing in Dartmouth. “This is one of the worst storms we have dealt with.”',
        'He said 1,200 workers were in the field, including crews from New Brunswick, Quebec and Maine.',
        'Premier Alan Hebb said he understood people’s frustration.',
        '“I have heard from people who have been without power for 30 hours, with no water because their well '
        'pump does not work,” Hebb said. “I want them to know we are doing everything we can.”',
        'Hebb said the province had opened 42 comfort centres where people could charge phones, get water and '
        'warm up.',
        'The utility has faced criticism after earlier storms for giving estimated restoration times that turned '
        'out to be wrong.',
        'Asked whether its estimates this time could be trusted, Gregg-Sampson said the company had changed how '
        'it calculated them.',
        '“We would rather give you a later time and beat it than give you an earlier time and miss it,” he said.',
        'In Bridgewater, Lunenburg County, Carol-Anne Himmelman spent Sunday morning filling jugs of water at a '
        'fire hall.',
        '“I have a freezer full of food and I am watching it thaw,” Himmelman said. “Nobody from the power company '
        'can tell me anything. The website says Tuesday. The phone line says Wednesday. Which is it?”',
        'Emergency Management Minister John Lohr-Dexter said 911 calls had risen sharply, mostly for downed lines, '
        'and asked people to stay at least 10 metres away from any wire.',
        '“Assume every line you see is live,” Lohr-Dexter said. “Every single one.”',
        'Environment Canada said the storm, which had been a hurricane before it weakened, dumped up to 90 '
        'millimetres of rain on parts of western Nova Scotia.',
        'Meteorologist Linda Libby-Cormier said the province should see calmer weather over the next few days.',
        '“The good news is that there is nothing behind it,” she said. “Crews should get a clear run.”',
        'Opposition leaders said the outages showed the need to bury more power lines and cut back trees.',
        '“Every storm it is the same story, and every storm the company says it is sorry,” said NDP Leader '
        'Adaeze Nwosu. “Sorry does not keep the lights on.”',
        'Liberal Leader Fiona MacAulay called for the Utility and Review Board to investigate the company’s '
        'response.',
        'Gregg-Sampson said the utility had spent $70 million on tree trimming in the past year and would '
        'review what had gone wrong.',
        '“There will be time for that,” he said. “Right now I need every person focused on getting the lights '
        'back on.”',
    ), [
        ('rural areas may not have power', 'Nova Scotia Power'),
        ('crews had restored electricity', 'Peter Gregg-Sampson'),
        ('We have poles snapped in half', 'Peter Gregg-Sampson'),
        ('This is one of the worst storms', 'Peter Gregg-Sampson'),
        ('1,200 workers were in the field', 'Peter Gregg-Sampson'),
        ('he understood people’s frustration', 'Alan Hebb'),
        ('I have heard from people', 'Alan Hebb'), ('I want them to know', 'Alan Hebb'),
        ('the province had opened 42', 'Alan Hebb'),
        ('the company had changed how', 'Peter Gregg-Sampson'),
        ('We would rather give you a later', 'Peter Gregg-Sampson'),
        ('I have a freezer full of food', 'Carol-Anne Himmelman'),
        ('Nobody from the power company', 'Carol-Anne Himmelman'), ('Which is it', 'Carol-Anne Himmelman'),
        ('911 calls had risen sharply', 'John Lohr-Dexter'),
        ('Assume every line you see is live', 'John Lohr-Dexter'),
        ('the storm, which had been a hurricane', 'Environment Canada'),
        ('the province should see calmer', 'Linda Libby-Cormier'),
        ('The good news is that there', 'Linda Libby-Cormier'),
        ('the outages showed the need', 'Opposition leaders'),
        ('Every storm it is the same story', 'Adaeze Nwosu'), ('Sorry does not keep', 'Adaeze Nwosu'),
        ('the utility had spent $70 million', 'Peter Gregg-Sampson'),
        ('There will be time for that', 'Peter Gregg-Sampson'),
    ]),
    Article('cp_byelection_quebec', _t(
        'MONTRÉAL — The Bloc Québécois held on to the Montreal-area riding of Terrebonne in a federal byelection '
        'Monday night, but with a much smaller margin than in the last general election, a result both the Bloc '
        'and the Liberals were quick to claim as a win.',
        'Bloc candidate Marie-Claude Beauchemin-Lévesque took 38 per cent of the vote, according to Elections '
        'Canada’s preliminary results, ahead of Liberal Jean-Sébastien Ouimet at 33 per cent.',
        '“Ce soir, Terrebonne a choisi de se faire entendre à Ottawa,” Beauchemin-Lévesque told cheering '
        'supporters at a banquet hall in the riding. Tonight, Terrebonne chose to make itself heard in Ottawa.',
        '“We will defend Quebec’s interests, on housing, on immigration, on our language, every single day,” she '
        'said, switching to English for a few sentences.',
        'Bloc Leader Yves-François Blanchette-Morin said the win proved the party was still the main voice for '
        'Quebec in Ottawa.',
        '“Les Québécois ne sont pas dupes,” he said. Quebecers are nobody’s fools, he added in English. “They '
        'know who defends them.”',
        'The Liberals had made Terrebonne a priority, sending several cabinet ministers to campaign in the '
        'riding in the final week.',
        'Ouimet said he was proud of the campaign and noted that the Liberal share of the vote had risen by nine '
        'points since 2021.',
        '“Nine points! In a Bloc riding!” he told his supporters. “Do not let anyone tell you this was a '
        'defeat.”',
        'Quebec lieutenant Mélanie Joly-Arsenault said the result showed the Liberals were “back in the game” in '
        'the suburbs north of Montreal.',
        'Conservative candidate Stéphane Guérin-Boivin finished third with 19 per cent. In a statement, the '
        'Conservative Party said the result was its best in the riding in more than a decade.',
        'Turnout was about 31 per cent, low even by byelection standards.',
        'Political scientist Geneviève Tellier-Roux of the Université de Montréal said the low turnout made it '
        'risky to draw big conclusions.',
        '“Byelections are strange animals,” Tellier-Roux said in an interview. “The people who vote are the most '
        'motivated, and that is not the same electorate you get in a general election.”',
        'Still, she said the Bloc had reason to be nervous.',
        '“Losing nine points to the Liberals in a riding like this one is not nothing,” she said. “If that '
        'happens across the 450 area, the map looks very different.”',
        'Voters leaving a polling station at a school in Terrebonne on Monday afternoon gave a range of reasons '
        'for their choices.',
        '« Je vote Bloc depuis toujours, » said retiree Réjean Lafrenière-Dion, 71. I have always voted Bloc. '
        '“Why would I change now?”',
        'Nursing student Océane Trudel-Picard, 22, said she voted Liberal for the first time because of child '
        'care.',
        '“My sister has two kids and the daycare spots changed everything for her,” she said.',
        'The NDP, which held the riding briefly in 2011, finished a distant fourth. NDP Leader Jagmeet '
        'Singh-Dhillon said in a post on social media that the party would “keep building” in Quebec.',
        'Beauchemin-Lévesque, a former school principal, will be sworn in when the House of Commons returns '
        'in September.',
        'This report by The Canadian Press was first published June 17, 2025.',
    ), [
        ('38 per cent of the vote', 'Elections Canada'),
        ('Ce soir, Terrebonne a choisi', 'Marie-Claude Beauchemin-Lévesque'),
        ('We will defend Quebec’s interests', 'Marie-Claude Beauchemin-Lévesque'),
        ('the win proved the party', 'Yves-François Blanchette-Morin'),
        ('Les Québécois ne sont pas dupes', 'Yves-François Blanchette-Morin'),
        ('Quebecers are nobody’s fools', 'Yves-François Blanchette-Morin'),
        ('They know who defends them', 'Yves-François Blanchette-Morin'),
        ('he was proud of the campaign', 'Jean-Sébastien Ouimet'),
        ('the Liberal share of the vote had risen', 'Jean-Sébastien Ouimet'),
        ('Nine points! In a Bloc riding', 'Jean-Sébastien Ouimet'),
        ('Do not let anyone tell you', 'Jean-Sébastien Ouimet'),
        ('the result showed the Liberals', 'Mélanie Joly-Arsenault'),
        ('the result was its best in the riding', 'Conservative Party'),
        ('the low turnout made it risky', 'Geneviève Tellier-Roux'),
        ('Byelections are strange animals', 'Geneviève Tellier-Roux'),
        ('the Bloc had reason to be nervous', 'Geneviève Tellier-Roux'),
        ('Losing nine points to the Liberals', 'Geneviève Tellier-Roux'),
        ('Je vote Bloc depuis toujours', 'Réjean Lafrenière-Dion'),
        ('Why would I change now', 'Réjean Lafrenière-Dion'),
        ('keep building', 'Jagmeet Singh-Dhillon'),
        ('she voted Liberal for the first time', 'Océane Trudel-Picard'),
        ('My sister has two kids', 'Océane Trudel-Picard'),
    ]),
    Article('public_inquiry_testimony', _t(
        'HALIFAX — A senior RCMP officer told the public inquiry into last year’s Cobequid Pass bus crash on '
        'Thursday that the force did not close the highway for nearly two hours after the first reports of black '
        'ice because nobody in the command post believed it was their decision to make.',
        'Supt. Andrew Kinsella-Moore, who was the district commander on the night of the crash, was the first '
        'senior officer to testify at the inquiry, which is examining the deaths of six people when a charter bus '
        'carrying a university hockey team slid off Highway 104 in February.',
        'Commission lawyer Rachel Steinberg-Amos asked Kinsella-Moore who had the authority to close the road.',
        '“In hindsight, it was me,” he said. “At the time, I understood that to be a decision for the Department '
        'of Public Works. I was wrong about that.”',
        'Steinberg-Amos showed him a log entry from 9:42 p.m., in which a constable on the scene of an earlier '
        'rollover described the road as “a skating rink.”',
        '“Did you see this entry that night?” she asked.',
        '“I did not,” Kinsella-Moore said. “I wish I had.”',
        'The bus left the road at 11:31 p.m.',
        'Commissioner Judith Arsenault-Graham, a retired Court of Appeal justice, interrupted to ask why the log '
        'entry had not been passed up the chain of command.',
        '“That is the question I have been asking myself for a year, commissioner,” Kinsella-Moore replied. “I '
        'do not have a good answer.”',
        'Earlier in the day, the inquiry heard from the constable who wrote the log entry, Const. Mélissa '
        'Doiron-Burke.',
        'Doiron-Burke said she radioed the dispatch centre twice to suggest the highway be closed.',
        '“I said it as clearly as I know how to say it. Somebody is going to die on this road tonight,” she '
        'testified, her voice breaking. “I was told it had been passed on.”',
        'Lawyers for the families of the victims have argued that the RCMP and the province each assumed the '
        'other was responsible.',
        '“Two organizations, both with the power to close the road, both waiting for the other to do it,” family '
        'lawyer Michael Dunphy-Ruiz said outside the hearing room. “And six young people paid for that.”',
        'Dunphy-Ruiz represents the family of Tyler Okonkwo-Grant, 20, a defenceman from Moncton who was among '
        'those killed.',
        'His mother, Adaeze Okonkwo, has attended every day of the hearings. She said outside that Thursday’s '
        'testimony was the hardest yet.',
        '“To hear a police officer say ‘I was wrong’ — I have waited a year for that,” she said. “It does not bring '
        'Tyler back. But it is the truth, and we came here for the truth.”',
        'The Department of Public Works has said in written submissions to the inquiry that highway closures '
        'in an emergency are a police decision.',
        'Deputy Minister Carl Hennigar-Fraser is scheduled to testify next week.',
        'In his final exchange with commission counsel, Kinsella-Moore was asked what he would change.',
        '“One phone number, one person, one decision,” he said. “Everyone should know who that person is before '
        'the storm, not during it.”',
        'The inquiry is scheduled to deliver its final report next spring.',
    ), [
        ('the force did not close the highway', 'Andrew Kinsella-Moore'),
        ('who had the authority to close', 'Rachel Steinberg-Amos'),
        ('In hindsight, it was me', 'Andrew Kinsella-Moore'),
        ('At the time, I understood', 'Andrew Kinsella-Moore'),
        ('a skating rink', 'a constable on the scene of an earlier rollover'),
        ('Did you see this entry', 'Rachel Steinberg-Amos'),
        ('I did not', 'Andrew Kinsella-Moore'), ('I wish I had', 'Andrew Kinsella-Moore'),
        ('why the log entry had not been passed', 'Judith Arsenault-Graham'),
        ('That is the question I have been asking', 'Andrew Kinsella-Moore'),
        ('I do not have a good answer', 'Andrew Kinsella-Moore'),
        ('she radioed the dispatch centre', 'Mélissa Doiron-Burke'),
        ('I said it as clearly as I know', 'Mélissa Doiron-Burke'),
        ('I was told it had been passed on', 'Mélissa Doiron-Burke'),
        ('the RCMP and the province each assumed', 'Lawyers for the families of the victims'),
        ('Two organizations, both with the power', 'Michael Dunphy-Ruiz'),
        ('Thursday’s testimony was the hardest', 'Adaeze Okonkwo'),
        ('To hear a police officer say', 'Adaeze Okonkwo'),
        ('highway closures in an emergency', 'Department of Public Works'),
        ('One phone number, one person', 'Andrew Kinsella-Moore'),
    ]),
]

ARTICLES += [
    Article('kcna_statement_japan', _t(
        'TOKYO — North Korea on Saturday rejected Japan’s offer of a summit between the two countries’ leaders, '
        'saying Tokyo had not given up its demands over abducted Japanese citizens, in a statement issued by the '
        'North’s leader’s powerful sister.',
        'Kim Yo-jong, a vice department director of the ruling Workers’ Party’s Central Committee, said in the '
        'statement carried by the Korean Central News Agency that Pyongyang had “no interest” in talks with Prime '
        'Minister Kenji Hayashida.',
        '“If Japan continues to cling to the abduction issue, which has already been resolved, the summit will '
        'remain nothing more than the prime minister’s wishful thinking,” she said.',
        'Her statement came two days after Hayashida told parliament that he wanted to meet the North’s leader, '
        'Kim Jong-un, “without preconditions” to resolve the fate of Japanese citizens abducted by North Korean '
        'agents in the 1970s and 1980s.',
        'Japan says 17 of its citizens were abducted, five of whom were returned in 2002. North Korea says eight '
        'of the others died and the rest never entered the country.',
        'Hayashida told reporters on Saturday evening that he had seen the statement and that Japan’s position '
        'had not changed.',
        '“The abduction issue is not resolved. It cannot be resolved while families are still waiting,” '
        'Hayashida said outside his official residence. “We will continue to seek a summit through every '
        'channel available.”',
        'Chief Cabinet Secretary Yoshiro Hamada-Ito said separately that Japan would not comment on the details '
        'of any diplomatic contacts.',
        'A Japanese government official, speaking on condition of anonymity, said there had been “some contact” '
        'between the two sides in recent months through third countries, but declined to say where.',
        '“This is not the end of the conversation,” the official said. “Pyongyang often says no loudly before it '
        'says maybe quietly.”',
        'The families of abductees expressed frustration.',
        '“My sister was 13 when they took her,” said Takuya Yokomizo, 66, who leads an association of abductees’ '
        'families. “My mother died waiting. How much longer are we supposed to wait?”',
        'Yokomizo said he still supported the prime minister’s efforts.',
        '“He is the first leader in years to say he wants to go to Pyongyang. I want him to go. I want him to '
        'bring her home!”',
        'Analysts said the statement did not close the door completely.',
        '“She did not say never. She said not while Japan raises the abduction issue,” said Lim Eul-chul, a '
        'professor at Kyungnam University’s Institute for Far Eastern Studies in Seoul. “That is a negotiating '
        'position.”',
        'Lim said the North might be seeking to drive a wedge between Tokyo and Washington at a time when the three '
        'allies were deepening military ties.',
        'Hiroko Tanaka-Sato, a North Korea specialist at Waseda University, said Kim Yo-jong had used similar '
        'language in 2023, a few weeks before a round of quiet contacts in Mongolia.',
        '“The words are harsh, but the fact that she answered at all is interesting,” Tanaka-Sato said. “If they '
        'were truly not interested, they would have ignored him.”',
        'South Korea’s Unification Ministry said it supported dialogue between Japan and North Korea that '
        'contributed to peace on the peninsula.',
        'The statement from Kim Yo-jong also criticized joint military drills by the United States, South Korea '
        'and Japan, calling them “a dangerous provocation.”',
        'North Korea has launched more than 30 ballistic missiles this year, according to Japan’s Defence '
        'Ministry, several of which landed in waters inside Japan’s exclusive economic zone.',
    ), [
        ('Tokyo had not given up its demands', 'North Korea'),
        ('Pyongyang had', 'Kim Yo-jong'),
        ('If Japan continues to cling', 'Kim Yo-jong'),
        ('he wanted to meet the North', 'Kenji Hayashida'),
        ('17 of its citizens were abducted', 'Japan'),
        ('eight of the others died', 'North Korea'),
        ('he had seen the statement', 'Kenji Hayashida'),
        ('The abduction issue is not resolved', 'Kenji Hayashida'),
        ('We will continue to seek a summit', 'Kenji Hayashida'),
        ('Japan would not comment on the details', 'Yoshiro Hamada-Ito'),
        ('there had been', 'A Japanese government official'),
        ('This is not the end of the conversation', 'A Japanese government official'),
        ('Pyongyang often says no loudly', 'A Japanese government official'),
        ('My sister was 13 when they took her', 'Takuya Yokomizo'),
        ('How much longer are we supposed', 'Takuya Yokomizo'),
        ('he still supported the prime minister', 'Takuya Yokomizo'),
        ('He is the first leader in years', 'Takuya Yokomizo'),
        ('the statement did not close the door', 'Analysts'),
        ('She did not say never', 'Lim Eul-chul'), ('That is a negotiating', 'Lim Eul-chul'),
        ('the North might be seeking to drive', 'Lim Eul-chul'),
        ('Kim Yo-jong had used similar language', 'Hiroko Tanaka-Sato'),
        ('The words are harsh', 'Hiroko Tanaka-Sato'),
        ('it supported dialogue between Japan', 'South Korea’s Unification Ministry'),
        ('a dangerous provocation', 'Kim Yo-jong'),
        ('North Korea has launched more than 30', 'Japan’s Defence Ministry'),
    ]),
    Article('sask_drought_crops', _t(
        'REGINA — Saskatchewan farmers are harvesting one of their smallest crops in a decade after a summer of '
        'drought and heat, the province’s weekly crop report said Thursday, and some producers say they are '
        'selling cattle because they cannot afford to feed them through the winter.',
        'The Ministry of Agriculture said 71 per cent of the crop was in the bin as of Monday, ahead of the '
        'five-year average, but yields were well below normal across the southwest and west-central regions.',
        'Spring wheat yields in the southwest averaged 24 bushels an acre, compared with a 10-year average of 38, '
        'according to the report.',
        'Agriculture Minister Daryl Harrison-Kuz said the province would extend the deadline for farmers to '
        'report low yields to crop insurance and had asked Ottawa to declare a disaster under the AgriRecovery '
        'program.',
        '“Producers in this province have been through dry years before, but back-to-back droughts take a toll '
        'that goes well beyond the bottom line,” Harrison-Kuz said in a statement. “We want them to know help '
        'is on the way.”',
        'Near Kindersley, Todd Lewchuk-Barnes farms 4,200 acres of wheat, canola and lentils with his brother.',
        '“We got about half a crop. Some fields, not even that,” Lewchuk-Barnes said while loading a grain truck. '
        '“Canola was the worst. We had pods with nothing in them.”',
        'He said the family had cut its cattle herd by a third because hay prices had nearly doubled.',
        '“You can’t feed a cow on hope,” he said.',
        'The Agricultural Producers Association of Saskatchewan said the situation was worse than official '
        'figures showed.',
        'Association president Ian Boxall-Frey said many farmers had already used up the savings they built '
        'during good years.',
        '“When you get one bad year, you tighten the belt,” Boxall-Frey said. “When you get two or three in a row, '
        'there is no belt left to tighten. We are hearing from people who are thinking about getting out '
        'altogether.”',
        'The association is asking for an interest-free loan program and for the federal government to speed up '
        'payments under AgriStability.',
        'Federal Agriculture Minister Lawrence MacAulay-Dunn said in Ottawa that the government was “working '
        'closely” with Saskatchewan and Alberta and would announce support soon.',
        'At a livestock auction in Swift Current on Wednesday, sales were running far above normal for early '
        'fall.',
        '“We sold 6,000 head today. This time last year it would have been maybe 2,500,” said auctioneer Rick '
        'Schmaltz-Dyck. “People are selling cows they have been building their herds around for 20 years. That '
        'is heartbreaking to watch.”',
        'Heather Reimer-Olsen, who ranches near Maple Creek, sold 80 of her 200 cows.',
        '“I cried the whole drive home,” she said. “Some of those cows I pulled out as calves myself.”',
        'Environment Canada climatologist Trevor Hadwen-Lee said much of southern Saskatchewan received less '
        'than 60 per cent of its normal rainfall between April and August.',
        '“It was not just dry, it was hot,” Hadwen-Lee said. “We had 19 days above 30 degrees in Swift Current. '
        'Crops simply could not cope.”',
        'He said soil moisture going into the winter was very poor and that a wet spring would be needed to avoid '
        'a third bad year.',
        'Boxall-Frey said farmers would plant again regardless.',
        '“That is what we do,” he said. “Next year is always going to be the good one. Isn’t it?”',
    ), [
        ('Saskatchewan farmers are harvesting', 'province’s weekly crop report'),
        ('they are selling cattle', 'some producers'),
        ('71 per cent of the crop was in the bin', 'Ministry of Agriculture'),
        ('Spring wheat yields in the southwest', 'report'),
        ('the province would extend the deadline', 'Daryl Harrison-Kuz'),
        ('Producers in this province', 'Daryl Harrison-Kuz'), ('We want them to know', 'Daryl Harrison-Kuz'),
        ('We got about half a crop', 'Todd Lewchuk-Barnes'), ('Canola was the worst', 'Todd Lewchuk-Barnes'),
        ('the family had cut its cattle herd', 'Todd Lewchuk-Barnes'),
        ('You can’t feed a cow on hope', 'Todd Lewchuk-Barnes'),
        ('the situation was worse than official', 'Agricultural Producers Association of Saskatchewan'),
        ('many farmers had already used up', 'Ian Boxall-Frey'),
        ('When you get one bad year', 'Ian Boxall-Frey'), ('We are hearing from people', 'Ian Boxall-Frey'),
        ('the government was', 'Lawrence MacAulay-Dunn'),
        ('We sold 6,000 head today', 'Rick Schmaltz-Dyck'), ('People are selling cows', 'Rick Schmaltz-Dyck'),
        ('I cried the whole drive home', 'Heather Reimer-Olsen'),
        ('much of southern Saskatchewan received', 'Trevor Hadwen-Lee'),
        ('It was not just dry', 'Trevor Hadwen-Lee'),
        ('soil moisture going into the winter', 'Trevor Hadwen-Lee'),
        ('farmers would plant again', 'Ian Boxall-Frey'),
        ('That is what we do', 'Ian Boxall-Frey'), ('Isn’t it?', 'Ian Boxall-Frey'),
    ]),
    Article('grey_cup_game', _t(
        'VANCOUVER — Zach Collaros-Reed threw for 311 yards and two touchdowns, and the Winnipeg Blue Bombers '
        'held off a late charge to beat the Montreal Alouettes 27-24 in the Grey Cup on Sunday night at BC Place.',
        'It was Winnipeg’s first championship in four years and capped a season in which the Bombers started '
        '1-5.',
        '“Nobody believed in us in August. Nobody,” Collaros-Reed said on the field, confetti stuck to his '
        'helmet. “We believed. That room believed. And look at us now!”',
        'Collaros-Reed, who was named the game’s most outstanding player, connected with Dalton Schoen-Miller for '
        'a 44-yard touchdown early in the fourth quarter to put Winnipeg ahead 27-17.',
        'Montreal answered with a 9-yard touchdown run by quarterback Cody Fajardo-Lee with 2:51 left, then got '
        'the ball back at its own 35 after forcing a punt. But the drive stalled at the Winnipeg 41 when '
        'Fajardo-Lee’s pass on third-and-two fell incomplete.',
        '“I thought I had him,” Fajardo-Lee said of the final throw, intended for receiver Tyson Philpot-Ames. '
        '“Give them credit. They made the play and we did not.”',
        'Bombers head coach Mike O’Shea-Barrett said he never doubted his quarterback.',
        '“Zach has been through everything in this league,” O’Shea-Barrett said. “When it got tight, I wanted '
        'the ball in his hands, and so did everybody on that sideline.”',
        'Asked about the team’s 1-5 start, O’Shea-Barrett smiled.',
        '“We didn’t panic. We didn’t change who we were,” he said. “That is the whole secret. There is no secret.”',
        'Alouettes coach Jason Maas-Kirby said his team had too many penalties, 11 for 104 yards, to win a game '
        'of this size.',
        '“You cannot give a team like that free yards,” Maas-Kirby said. “We beat ourselves in the first half. '
        'I am proud of how they fought back, but we dug the hole.”',
        'Winnipeg linebacker Adam Bighill-Norris, who had nine tackles and a sack, said the defence had talked '
        'at halftime about the Alouettes’ running game.',
        '“They were gashing us up the middle,” Bighill-Norris said. “We made a couple of adjustments and we '
        'just decided we were not going to let them do it anymore.”',
        'The crowd of 53,134 was the largest at a Grey Cup in Vancouver since 2011, the CFL said.',
        'Commissioner Randy Ambrosie-Clark presented the trophy and called the game “everything the Grey Cup is '
        'supposed to be.”',
        'For Schoen-Miller, who grew up in Kansas and played college football at a Division II school, the '
        'moment was hard to put into words.',
        '“Five years ago I was working at a Home Depot,” he said. “Now I’m holding the Grey Cup? Somebody pinch '
        'me.”',
        'Montreal’s players lingered on the field after the trophy presentation. Veteran defensive end Shawn '
        'Lemon-Dubois, who has said this would be his final season, sat on the bench with his helmet off.',
        '“It hurts,” he said quietly. “But I would not trade this team for anything. Nothing.”',
        'The Bombers will hold a parade in Winnipeg on Wednesday, the team said.',
        'Collaros-Reed said he would be there, “even if it is minus 30.”',
        '“Especially if it is minus 30,” he added with a grin. “That is Winnipeg.”',
    ), [
        ('Nobody believed in us in August', 'Zach Collaros-Reed'), ('We believed. That room', 'Zach Collaros-Reed'),
        ('I thought I had him', 'Cody Fajardo-Lee'), ('Give them credit', 'Cody Fajardo-Lee'),
        ('he never doubted his quarterback', 'Mike O’Shea-Barrett'),
        ('Zach has been through everything', 'Mike O’Shea-Barrett'),
        ('When it got tight', 'Mike O’Shea-Barrett'),
        ('We didn’t panic', 'Mike O’Shea-Barrett'), ('That is the whole secret', 'Mike O’Shea-Barrett'),
        ('his team had too many penalties', 'Jason Maas-Kirby'),
        ('You cannot give a team like that', 'Jason Maas-Kirby'), ('We beat ourselves', 'Jason Maas-Kirby'),
        ('the defence had talked at halftime', 'Adam Bighill-Norris'),
        ('They were gashing us', 'Adam Bighill-Norris'),
        ('The crowd of 53,134', 'CFL'),
        ('everything the Grey Cup is', 'Randy Ambrosie-Clark'),
        ('Five years ago I was working', 'Dalton Schoen-Miller'), ('Somebody pinch me', 'Dalton Schoen-Miller'),
        ('would be his final season', 'Shawn Lemon-Dubois'),
        ('It hurts', 'Shawn Lemon-Dubois'), ('But I would not trade this team', 'Shawn Lemon-Dubois'),
        ('The Bombers will hold a parade', 'Winnipeg Blue Bombers'),
        ('even if it is minus 30', 'Zach Collaros-Reed'),
        ('Especially if it is minus 30', 'Zach Collaros-Reed'),
    ]),
    Article('housing_market_report', _t(
        'Home sales in Canada rose for a fourth straight month in September as lower interest rates drew buyers '
        'back into the market, the Canadian Real Estate Association said Tuesday, though prices were largely flat.',
        'Sales rose 1.9 per cent from August on a seasonally adjusted basis and were up 22 per cent from a year '
        'earlier, the association said. The national benchmark price was $717,800, little changed from the '
        'previous month.',
        '“Buyers who have been sitting on the sidelines are starting to come back,” said Shaun Cathcart-Ellis, '
        'CREA’s senior economist. “They are not rushing, though. They can see there is plenty of inventory and '
        'they are taking their time.”',
        'New listings rose 4.9 per cent in the month, giving buyers more choice than at any time since 2019, '
        'according to the association.',
        'Economists said the figures pointed to a gradual recovery rather than a return to the frenzy of 2021.',
        '“This is a thaw, not a boom,” said Robert Hogue-Lambert, assistant chief economist at RBC. “Prices are '
        'not going anywhere fast because there is a lot of supply, especially condos in Toronto and Vancouver.”',
        'Rishi Sondhi-Patel, an economist at TD Economics, wrote in a note that the Bank of Canada’s rate cuts '
        'were “clearly starting to bite,” but that affordability remained stretched.',
        '“Even with lower rates, the typical buyer in Toronto needs an income well above $200,000 to qualify for '
        'an average home,” he wrote.',
        'Markets varied widely. In Calgary, where the population has been growing quickly, sales were down from '
        'a year ago because there were so few homes for sale, the local board said.',
        'Ann-Marie Lurie-Baines, chief economist at the Calgary Real Estate Board, said supply was the main '
        'constraint.',
        '“We have buyers. We do not have enough homes,” she said.',
        'In Toronto, condo prices fell 3.8 per cent from a year ago. Realtors there said investors who bought '
        'units before construction were struggling to close.',
        'Toronto realtor Paolo Santangelo-Wu said he had three clients trying to sell units they had not yet '
        'moved into.',
        '“They bought at the peak, and now the appraisal is $80,000 below what they paid,” he said. “What do you '
        'tell someone in that spot? There is no good answer.”',
        'In Halifax, prices rose 4.1 per cent, one of the biggest gains in the country, according to the Nova '
        'Scotia Association of Realtors.',
        'Not everyone expects the recovery to last. Ben Tal-Rosen, deputy chief economist at CIBC World '
        'Markets, said a weaker job market could hold buyers back.',
        '“People do not buy houses when they are worried about their jobs,” Tal-Rosen said. “Unemployment is '
        'rising, and that is the piece nobody is talking about.”',
        'The Bank of Canada has cut its key rate three times this year and is expected to cut again in December.',
        'CREA said it now expects about 470,000 homes to change hands this year, up from an earlier forecast of '
        '455,000.',
        'Cathcart-Ellis said the spring market could be busy if rates keep falling.',
        '“If the bank delivers what markets are expecting, I think we will see a lot of those sideline buyers '
        'make their move in the spring,” he said.',
    ), [
        ('Home sales in Canada rose for a fourth', 'Canadian Real Estate Association'),
        ('Sales rose 1.9 per cent', 'Canadian Real Estate Association'),
        ('Buyers who have been sitting', 'Shaun Cathcart-Ellis'), ('They are not rushing', 'Shaun Cathcart-Ellis'),
        ('New listings rose 4.9', 'Canadian Real Estate Association'),
        ('the figures pointed to a gradual', 'Economists'),
        ('This is a thaw, not a boom', 'Robert Hogue-Lambert'), ('Prices are not going anywhere', 'Robert Hogue-Lambert'),
        ('the Bank of Canada’s rate cuts were', 'Rishi Sondhi-Patel'),
        ('Even with lower rates, the typical', 'Rishi Sondhi-Patel'),
        ('sales were down from a year ago', 'the local board'),
        ('supply was the main constraint', 'Ann-Marie Lurie-Baines'),
        ('We have buyers', 'Ann-Marie Lurie-Baines'),
        ('investors who bought units', 'Realtors'),
        ('he had three clients trying', 'Paolo Santangelo-Wu'),
        ('They bought at the peak', 'Paolo Santangelo-Wu'), ('What do you tell someone', 'Paolo Santangelo-Wu'),
        ('prices rose 4.1 per cent', 'Nova Scotia Association of Realtors'),
        ('a weaker job market could hold', 'Ben Tal-Rosen'),
        ('People do not buy houses', 'Ben Tal-Rosen'), ('Unemployment is rising', 'Ben Tal-Rosen'),
        ('about 470,000 homes to change hands', 'CREA'),
        ('the spring market could be busy', 'Shaun Cathcart-Ellis'),
        ('If the bank delivers what markets', 'Shaun Cathcart-Ellis'),
    ]),
    Article('federal_budget_reaction', _t(
        'OTTAWA — Finance Minister Chrystia Freeland-Boyd tabled a budget Tuesday that projects a $39.8-billion '
        'deficit and leans heavily on new spending for housing and defence, drawing quick fire from the '
        'opposition and a mixed reaction from business groups.',
        '“This is a budget for a country that is building again,” Freeland-Boyd said in the House of Commons. '
        '“Building homes, building a stronger military, and building an economy that works for the young people '
        'who have been locked out of it.”',
        'The budget includes $8.5 billion over five years for a new agency to build housing on federal land, and '
        'raises defence spending to 1.76 per cent of gross domestic product by 2027.',
        'To help pay for it, the government is raising the share of capital gains subject to tax for people who '
        'earn more than $250,000 in gains in a year.',
        'Freeland-Boyd told reporters earlier in the budget lockup that the change would affect “the wealthiest '
        '0.13 per cent of Canadians.”',
        '“If you are a nurse or a carpenter, this will not touch you,” she said. “If you are making millions in '
        'capital gains, you can afford to pay a little more.”',
        'Conservative Leader Pierre Lemaire-Dubois said the budget was a “tax-and-spend” plan that would push up '
        'inflation and interest rates.',
        '“Nine years, nine deficits,” Lemaire-Dubois told reporters. “Who pays for all of this? Your kids do.”',
        'Bloc Québécois finance critic Gabriel Ste-Marie-Poirier said the government was once again stepping into '
        'provincial areas like housing.',
        '« Le fédéral n’a pas d’affaire là, » he said, saying in English that Ottawa had no business in '
        'municipal zoning decisions.',
        'NDP Leader Jagmeet Singh-Dhillon said his party had won dental care and pharmacare in the budget and would '
        'support it, though he called the housing measures “too timid.”',
        'The Canadian Chamber of Commerce warned the capital gains change would discourage investment.',
        '“Canada already has a productivity problem,” said Candace Laing-Fortier, the chamber’s president and '
        'chief executive. “Taxing the people who build companies is not how you fix it.”',
        'The Canadian Centre for Policy Alternatives, a left-leaning think-tank, praised the tax change but said '
        'the budget did too little on child care.',
        'Economists focused on the size of the deficit.',
        '“The number itself is not alarming, but the trend is,” said Randall Bartlett-Yuen, senior director of '
        'Canadian economics at Desjardins. “The government keeps promising to bring deficits down and keeps '
        'finding reasons not to.”',
        'Parliamentary Budget Officer Yves Giroux-Lanthier said his office would publish its own analysis of the '
        'budget’s costing within weeks.',
        'Housing advocates welcomed the new agency but said it would take years to show results.',
        '“Every budget announces a new housing program. What we need is homes people can move into,” said '
        'Leilani Farha-Osei, global director of The Shift, a housing rights group. “Show me the keys!”',
        'The Assembly of First Nations said the budget fell short on clean water and housing on reserves. National '
        'Chief Cindy Woodhouse-Nepinak said the money for on-reserve housing was a fraction of what was needed.',
        '“We asked for a plan to close the gap by 2030,” she said. “We got a down payment.”',
        'Freeland-Boyd said she was confident the budget would pass.',
        '“Canadians will judge it on what it does,” she said. “I am happy to be judged.”',
    ), [
        ('This is a budget for a country', 'Chrystia Freeland-Boyd'),
        ('Building homes, building a stronger', 'Chrystia Freeland-Boyd'),
        ('the change would affect', 'Chrystia Freeland-Boyd'),
        ('If you are a nurse or a carpenter', 'Chrystia Freeland-Boyd'),
        ('If you are making millions', 'Chrystia Freeland-Boyd'),
        ('the budget was a', 'Pierre Lemaire-Dubois'),
        ('Nine years, nine deficits', 'Pierre Lemaire-Dubois'), ('Who pays for all of this', 'Pierre Lemaire-Dubois'),
        ('the government was once again stepping', 'Gabriel Ste-Marie-Poirier'),
        ('Le fédéral n’a pas d’affaire là', 'Gabriel Ste-Marie-Poirier'),
        ('Ottawa had no business in municipal', 'Gabriel Ste-Marie-Poirier'),
        ('his party had won dental care', 'Jagmeet Singh-Dhillon'),
        ('too timid', 'Jagmeet Singh-Dhillon'),
        ('the capital gains change would discourage', 'Canadian Chamber of Commerce'),
        ('Canada already has a productivity', 'Candace Laing-Fortier'),
        ('Taxing the people who build', 'Candace Laing-Fortier'),
        ('the budget did too little on child care', 'Canadian Centre for Policy Alternatives'),
        ('The number itself is not alarming', 'Randall Bartlett-Yuen'),
        ('The government keeps promising', 'Randall Bartlett-Yuen'),
        ('his office would publish its own', 'Yves Giroux-Lanthier'),
        ('it would take years to show results', 'Housing advocates'),
        ('Every budget announces a new housing', 'Leilani Farha-Osei'), ('Show me the keys', 'Leilani Farha-Osei'),
        ('the budget fell short on clean water', 'Assembly of First Nations'),
        ('the money for on-reserve housing', 'Cindy Woodhouse-Nepinak'),
        ('We asked for a plan to close the gap', 'Cindy Woodhouse-Nepinak'),
        ('she was confident the budget would pass', 'Chrystia Freeland-Boyd'),
        ('Canadians will judge it', 'Chrystia Freeland-Boyd'),
    ]),
    Article('school_closure_meeting', _t(
        'SASKATOON — Parents packed the gym at Westmount School on Wednesday night to plead with Saskatoon Public '
        'Schools trustees to keep the 112-year-old building open, a week before the board votes on a plan to '
        'close it and two other inner-city schools.',
        'More than 300 people came to the public meeting, many carrying signs that read “Save Westmount.” Some '
        'had to stand in the hallway.',
        '“You want to close the one place in this neighbourhood that works!” Dominique Sayese-Ballantyne, a mother '
        'of three, told the trustees, to loud applause. “Why would you do that?”',
        'Board chair Colleen MacPherson-Hunt said the division faced a $7-million shortfall and that the three '
        'schools were each less than half full.',
        '“Nobody on this board got into this to close schools,” MacPherson-Hunt said. “But we have to be '
        'responsible with every dollar, and right now we are heating empty classrooms while other schools are '
        'using portables.”',
        'Under the plan, Westmount’s 160 students would move to a school about 1.5 kilometres away, across '
        'Idylwyld Drive.',
        'Parents said the walk would be dangerous, especially in winter.',
        '“Have any of you tried to cross Idylwyld at 8:15 in the morning in January?” asked Kevin Lavallee-Strong, '
        'whose son is in Grade 2. “With a six-year-old? In the dark?”',
        'Superintendent of facilities Geoff Tarasoff-Bell said the division would provide busing for students '
        'who live more than a kilometre from the new school and would ask the city for a crossing guard.',
        'That did not satisfy many in the room.',
        '“Ask? You will ask?” someone shouted from the back.',
        'Westmount principal Janelle Okimaw-Brandt did not speak at the meeting. In a letter sent home to '
        'families last week, she wrote that staff would “support every child through whatever comes next.”',
        'Several speakers pointed to the school’s breakfast program, which feeds about 90 children a day, and its '
        'Cree language classes.',
        '“My daughter is learning the language my grandmother was punished for speaking,” said Tanya '
        'Bear-Cutknife, who choked up as she spoke. “You cannot move that across Idylwyld in a bus.”',
        'Trustee Ray Morrison-Ebbs, who represents the area, said he would vote against the plan.',
        '“We keep closing schools in the core and building new ones in the suburbs,” Morrison-Ebbs said. “What '
        'message does that send to the families here?”',
        'Trustee Holly Kowalski-Stone said she was undecided but that the budget numbers were hard to ignore.',
        '“I have heard every word tonight,” she said. “I also have to find $7 million, and I have not heard where '
        'that comes from.”',
        'Ward 2 city councillor Hilary Gough-Tan told the meeting the city would look at a crossing signal, but '
        'said it could not happen before September.',
        'Outside after the meeting, Sayese-Ballantyne said parents would keep fighting.',
        '“They can vote however they want next week,” she said. “We are not going anywhere. We will be back, and '
        'we will bring more people!”',
        'A few parents at the meeting said they understood the board’s position. Marcus Olubayo-Friesen, whose '
        'two children attend Westmount, said he would rather see the school close than see class sizes grow '
        'across the division.',
        '“I love this school too,” he said. “But the money has to come from somewhere, and I do not want it to '
        'come from my kids’ teachers.”',
        'The board votes on the plan on Nov. 19.',
    ), [
        ('You want to close the one place', 'Dominique Sayese-Ballantyne'),
        ('Why would you do that', 'Dominique Sayese-Ballantyne'),
        ('the division faced a $7-million', 'Colleen MacPherson-Hunt'),
        ('the three schools were each', 'Colleen MacPherson-Hunt'),
        ('Nobody on this board got into this', 'Colleen MacPherson-Hunt'),
        ('But we have to be responsible', 'Colleen MacPherson-Hunt'),
        ('the walk would be dangerous', 'Parents'),
        ('Have any of you tried to cross', 'Kevin Lavallee-Strong'),
        ('With a six-year-old', 'Kevin Lavallee-Strong'),
        ('the division would provide busing', 'Geoff Tarasoff-Bell'),
        ('Ask? You will ask', 'someone'),
        ('staff would', 'Janelle Okimaw-Brandt'),
        ('My daughter is learning the language', 'Tanya Bear-Cutknife'),
        ('You cannot move that across', 'Tanya Bear-Cutknife'),
        ('he would vote against the plan', 'Ray Morrison-Ebbs'),
        ('We keep closing schools in the core', 'Ray Morrison-Ebbs'),
        ('What message does that send', 'Ray Morrison-Ebbs'),
        ('she was undecided', 'Holly Kowalski-Stone'),
        ('I have heard every word tonight', 'Holly Kowalski-Stone'),
        ('I also have to find $7 million', 'Holly Kowalski-Stone'),
        ('the city would look at a crossing', 'Hilary Gough-Tan'),
        ('it could not happen before September', 'Hilary Gough-Tan'),
        ('they understood the board’s position', 'A few parents at the meeting'),
        ('he would rather see the school close', 'Marcus Olubayo-Friesen'),
        ('I love this school too', 'Marcus Olubayo-Friesen'),
        ('parents would keep fighting', 'Dominique Sayese-Ballantyne'),
        ('They can vote however they want', 'Dominique Sayese-Ballantyne'),
        ('We are not going anywhere', 'Dominique Sayese-Ballantyne'),
    ]),
]


LEFT: dict[tuple[str, str], str] = {
    ('cp_hydro_rates', 'residential customers would see'):
        "'The minister' is not tied to the man named without his post after the lead gave the post without his name",
    ('question_period_er', 'waited nine hours in a hallway'):
        "'who, according to his family, waited …': the source inside a relative clause is read as the sentence's",
    ('bank_rate_cut', 'a homeowner with a $500,000'):
        "not found: 'According to Ratehub.ca, …': a source named by its web address before the clause",
    ('sentencing_impaired', 'You were supposed to teach me'):
        "not found: 'she read' after 'read a letter she had written' (a letter read aloud)",
    ('sentencing_impaired', 'There is nothing I can say'):
        "'he' after 'Given a chance to speak, Henshaw turned …' goes to the lawyer quoted before",
    ('sentencing_impaired', 'I am sorry. I will be sorry'):
        "'he' after 'Given a chance to speak, Henshaw turned …' goes to the lawyer quoted before",
    ('transit_strike', 'it would return to the table'):
        "the number of a union local ('Local 1505') is cut from the name 'the union' stands for",
    ('health_agency_update', '412 cases had been confirmed'):
        "'the provincial health agency' is taken for the federal agency named before",
    ('earnings_call_grocer', 'food inflation was finally easing'):
        "'the grocer’s chief executive' in the lead is not tied to 'chief executive Nadine Vukovic-Hart' named after",
    ('earnings_call_grocer', 'the $1.36 analysts had expected'):
        "'…, ahead of the $1.36 analysts had expected, according to LSEG …': the source is cut by the clause before it",
    ('paragraph_quotes_mine', 'it will reopen in the spring'):
        "not found: 'The owner of the … mine that closed suddenly last month says …': a relative clause in the subject",
    ('wire_kim_moscow', 'Kim would discuss'):
        "'North Korea’s official KCNA news agency': the description around an agency's short name is kept",
    ('fed_chair_testimony', 'had been boosted by investment'):
        "'which he said …' inside the clause of 'credited' goes to the senator quoted before, not the subject",
    ('edmonton_encampment', 'Where am I supposed to go'):
        "'said a man who gave his name only as Clayton, who said …': 'only as' before the name is not read",
    ('edmonton_encampment', 'The shelters are full'):
        "a short quotation with no cue after '…, who said he had lived …' is not joined to that statement (only one "
        "whose attribution follows it hands its speaker on)",
    ('ns_storm_outage', 'rural areas may not have power'):
        "'the utility' is not tied to Nova Scotia Power, named only as the customers' utility before",
    ('cp_byelection_quebec', 'Why would I change now'):
        "not found: a short quotation after an unquoted translation of the direct quotation before it",
    ('public_inquiry_testimony', 'One phone number, one person'):
        "'he' after 'Kinsella-Moore was asked what he would change' goes to the man named in the paragraph before",
    ('sask_drought_crops', 'Saskatchewan farmers are harvesting'):
        "'the province’s weekly crop report said' gives the owner, not the report",
    ('sask_drought_crops', 'they are selling cattle'):
        "not found: the second of two coordinated clauses with cues ('…, and some producers say …')",
    ('grey_cup_game', 'Five years ago I was working'):
        "'he' after 'For Schoen-Miller, …, the moment was hard …' goes to the commissioner quoted before",
    ('grey_cup_game', 'Somebody pinch me'):
        "'he' after 'For Schoen-Miller, …, the moment was hard …' goes to the commissioner quoted before",
    ('grey_cup_game', 'The Bombers will hold a parade'):
        "'the team said' goes to the league named before, not the team the sentence names",
    ('school_closure_meeting', 'Ask? You will ask'):
        "not found: '“…?” someone shouted from the back.': 'someone' is no speaker",
}
"""(article, quote's first words) -> why its speaker is still wrong or the quote is not found."""

NOT_QUOTES: dict[str, list[str]] = {
    'cp_hydro_rates': ["This report by The Canadian Press"],  # the wire's sign-off
    'flood_evacuation_update': ["About 1"],  # the comma of '1,800' is no clause boundary before an attribution
    'hockey_oilers_flames': ["Host Vancouver", "At Seattle"],  # the schedule after 'Flames:' / 'Oilers:'
    'interview_transcript': ["The interview has been edited"],  # the editor's note
    'school_closure_meeting': ["to loud applause"],  # how the crowd took the words, no instruction after 'told'
}
"""article -> the first words of text the extractor must not give as a quotation."""


SENTENCES: list[tuple[str, str, str]] = [
    ('The city said belongings that were not claimed would be stored for 30 days.', 'city', 'belongings that were'),
    ('Police said officers traced a car that was seen at six of the stores.', 'Police', 'officers traced a car'),
    ('Board chair Ana Reyes said the board faced a shortfall and that three schools were half full.', 'Ana Reyes',
     'the board faced a shortfall'),
    ('Sales rose in 2024, 1,800 people said.', '1,800 people', 'Sales rose in 2024'),
    ('Nursing student Ann Trudel, 22, said she voted for the first time.', 'Ann Trudel', 'she voted'),
    ('Housing advocates welcomed the plan but said it would take years.', 'Housing advocates', 'it would take years'),
    ('Officials there say the road is closed.', 'Officials', 'the road is closed'),
    ('Sen. Richard Cole, R-Texas, the committee chairman, said the bank had erred.', 'Richard Cole', 'the bank had'),
    ('MP Chris d’Entremont said the plan was late.', 'Chris d’Entremont', 'the plan was late'),
    ('The Austin, Texas-based firm said it would buy back shares.', 'Austin, Texas-based firm', 'it would buy'),
    ('Lobster fishers in southwest Nova Scotia say a new rule will cost them.',
     'Lobster fishers in southwest Nova Scotia', 'a new rule will cost'),
    ('Sales fell 4 per cent, according to Statistics Canada’s preliminary results.', 'Statistics Canada', 'Sales fell'),
    ('Kim travelled by train, Russian state news agency RIA reported.', 'RIA', 'Kim travelled by train'),
    ('Families of separated relatives said they had little hope left.', 'Families of separated relatives',
     'they had little hope'),
    ('The plan is late, Ann Roe said. “We warned them.”', 'Ann Roe', 'We warned them'),
    ('The plan is late, Ann Roe added in English. “We warned them.”', 'Ann Roe', 'We warned them'),
]
"""One sentence for each form the articles needed: (text, speaker, the quotation's first words)."""


@pytest.mark.parametrize("text,speaker,start", SENTENCES, ids=[f"s{i}" for i in range(len(SENTENCES))])
def test_each_form_in_a_sentence(text: str, speaker: str, start: str):
    got = [(_key(q.speaker), q.text) for q in extract_quotes(text, "s")]
    assert [(who, t) for who, t in got if t.startswith(start)] and all(who == speaker for who, t in got
                                                                       if t.startswith(start)), got


@pytest.mark.parametrize("text", ['He told the crowd, to loud applause, that he was running.',
                                  'She told the trustees, to cheers, that the school would stay open.'])
def test_how_the_words_were_received_is_no_instruction(text: str):
    assert [q.text for q in extract_quotes(text, "s") if q.text.startswith("to ")] == []


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_every_speaker_of_the_article(article: Article):
    assert_speakers_as_listed(article, LEFT)


@pytest.mark.parametrize("name", sorted(NOT_QUOTES))
def test_what_nobody_said_is_no_quote(name: str):
    assert_no_quote_starts(next(a for a in ARTICLES if a.name == name), NOT_QUOTES[name])


def test_the_articles_are_many_long_and_varied():
    assert_article_set(ARTICLES, LEFT, words=500, quotes=540)
