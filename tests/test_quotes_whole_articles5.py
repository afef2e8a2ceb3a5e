"""Speakers across whole articles, fifth set: 25 news stories written for these tests to stress the choice of speaker,
in Australian, Irish, Indian, Nigerian, South African, New Zealand, US local and English regional styles: two to
five speakers of both genders taking turns; first names used by men and women alike or unknown to a name table
(Jordan, Kim, Sasha, Jean, Andrea, Nicola, Wei, Ngozi, Oluwaseun, Francie, Ngaio); a man and a woman of one surname
(couples, siblings, a widow and a mother-in-law); people named once, then called by their post or relation only ("the
coach", "her brother", "his wife", "the company's founder"); organisations as "it"; statements and releases whose
author is named elsewhere; datelines and places in the sentence of a quotation; posts on X, Instagram, Facebook and
LinkedIn; quotations running over paragraphs; each of 500 words or more.

Every quotation and reported statement listed must be found with the speaker's fullest name (a leading article
aside). ``LEFT`` lists what the extractor still gets wrong, with the reason; the test fails when one of them comes
right too, so the list stays current.
"""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes

from test_quotes_whole_articles import Article, _t
from test_quotes_whole_articles2 import _key, assert_speakers_as_listed


ARTICLES: list[Article] = []

# -- articles --

ARTICLES += [
    Article('au_flood_lismore', _t(
        'LISMORE, NSW — Residents of the Northern Rivers have been told to prepare for a third major flood in as '
        'many years, with the Wilsons River expected to peak above nine metres on Thursday morning.',
        'NSW State Emergency Service Commissioner Kim Raleigh said evacuation orders would be issued for '
        'low-lying parts of Lismore, Coraki and Woodburn from 6pm on Wednesday.',
        '“If you are in the orange zone and you have somewhere to go, go now,” Commissioner Raleigh said. “Do not '
        'wait for the knock on the door. By the time we knock, the roads may already be cut.”',
        'She said 140 volunteers and four helicopters had been moved into the region overnight, with more crews '
        'on the way from Victoria and Queensland.',
        '“We have learned a lot since 2022,” she said. “We have boats staged in places we did not have them last '
        'time, and we have people who know these streets.”',
        'Lismore Mayor Jordan Petrakis said the mood in town was “grim but organised”.',
        '“People here have done this before, and they are sick of doing it,” Cr Petrakis said. “But I have seen '
        'more neighbours helping neighbours today than I have seen complaining.”',
        'The mayor said council had opened an evacuation centre at Southern Cross University and would keep the '
        'Goonellabah sports centre on standby.',
        'He criticised the pace of the state’s buyback scheme, under which the government offers to buy homes '
        'in the worst-hit parts of the floodplain.',
        '“We were promised that the most dangerous homes would be bought back within two years,” he said. '
        '“Three years on, there are still families living in houses that went under the roof in 2022.”',
        'The NSW Reconstruction Authority said in a statement that more than 1,100 offers had been made and '
        'about 900 accepted.',
        '“Every home we buy back is a family out of harm’s way,” the statement said.',
        'It said the remaining offers would be made by the end of the year.',
        'On Keen Street, Sasha Wheeler and her husband, Tom, were lifting furniture onto the kitchen benches for '
        'the second time in 12 months.',
        '“You just go on autopilot,” Mrs Wheeler said. “Photos up high, the dog in the car, the fridge on '
        'bricks.”',
        'Her husband was less philosophical.',
        '“I’m 61. I don’t want to be doing this when I’m 70,” Mr Wheeler said. “We put our name down for the '
        'buyback in 2022 and we still haven’t had a valuation.”',
        '“We’re not leaving until they pay us,” he said. “Where would we go?”',
        'The Bureau of Meteorology’s senior forecaster, Andrea Liang, said the heaviest rain was expected '
        'overnight, with falls of up to 300 millimetres possible in the ranges west of the town.',
        '“This is a slow-moving system,” Ms Liang said. “It will sit over the catchment for at least 36 hours, '
        'and the ground is already saturated from last week.”',
        'She said the bureau could not yet rule out a peak above the 2017 level.',
        'Premier Nicola Hartigan, who visited the control centre in Goonellabah on Tuesday afternoon, said the '
        'state would pay for hotel rooms for anyone who had nowhere else to go.',
        '“Nobody in Lismore should sleep in their car tonight,” the Premier said. “If you need a bed, ring the '
        'recovery hotline and we will find you one.”',
        'Ms Hartigan said she had asked the federal government to activate disaster payments as soon as the '
        'water went down.',
        'Commissioner Raleigh urged people not to drive through floodwater.',
        '“It takes 15 centimetres of water to float a small car,” she said. “Every year we pull people out of '
        'cars who thought they knew the road.”',
    ), [
        ('evacuation orders would be issued', 'Kim Raleigh'),
        ('If you are in the orange zone', 'Kim Raleigh'),
        ('140 volunteers and four helicopters', 'Kim Raleigh'),
        ('We have learned a lot since 2022', 'Kim Raleigh'),
        ('the mood in town was', 'Jordan Petrakis'),
        ('People here have done this before', 'Jordan Petrakis'),
        ('council had opened an evacuation', 'Jordan Petrakis'),
        ('We were promised that the most', 'Jordan Petrakis'),
        ('more than 1,100 offers had been made', 'NSW Reconstruction Authority'),
        ('Every home we buy back', 'NSW Reconstruction Authority'),
        ('the remaining offers would be made', 'NSW Reconstruction Authority'),
        ('You just go on autopilot', 'Sasha Wheeler'),
        ('I’m 61. I don’t want', 'Tom Wheeler'),
        ('We’re not leaving until they pay', 'Tom Wheeler'),
        ('the heaviest rain was expected', 'Andrea Liang'),
        ('This is a slow-moving system', 'Andrea Liang'),
        ('the bureau could not yet rule out', 'Andrea Liang'),
        ('state would pay for hotel rooms', 'Nicola Hartigan'),
        ('Nobody in Lismore should sleep', 'Nicola Hartigan'),
        ('she had asked the federal government', 'Nicola Hartigan'),
        ('It takes 15 centimetres', 'Kim Raleigh'),
    ]),
    Article('ie_trolleys_cork', _t(
        'A record 84 patients were waiting on trolleys at Cork University Hospital on Tuesday morning, according '
        'to figures from the Irish Nurses and Midwives Organisation (INMO).',
        'The union’s industrial relations officer in Cork, Siobhán Ní Bhriain, said staff on the wards were “at '
        'breaking point”.',
        '“Nurses are coming off 12-hour shifts in tears,” Ms Ní Bhriain said. “They are caring for patients in '
        'corridors, in waiting rooms, in any space they can find. It is not safe, and everyone in this building '
        'knows it is not safe.”',
        'She said the INMO would ballot members at the hospital for industrial action if the HSE did not agree '
        'to an emergency staffing plan within a fortnight.',
        'The HSE South West said in a statement that the hospital was “experiencing a very high level of '
        'attendances” and that the emergency department had seen 312 patients on Monday.',
        '“The HSE regrets that some patients are experiencing long waits,” the statement said. “Patients are '
        'assessed on arrival and seen in order of clinical priority.”',
        'It urged people with less urgent conditions to contact their GP or a local injury unit first.',
        'The hospital’s chief executive, Dr Ruairí Fennelly, said in a radio interview that 60 beds were occupied '
        'by patients who were medically fit to leave but had nowhere to go.',
        '“We have people who should be in a nursing home or at home with a care package,” he told RedFM. “Every '
        'one of those beds is a bed we cannot give to someone on a trolley downstairs.”',
        'Among those waiting on Tuesday was Kieran Walsh, 78, from Mallow, who had been on a trolley since '
        'Sunday evening. His daughter, Jean Walsh, said the family had been told there was no bed in sight.',
        '“He’s lying under a fluorescent light in a corridor with people walking past him all night,” Ms Walsh '
        'said. “He drove a bus for 40 years. He deserves better than this.”',
        'In the Dáil, Sinn Féin health spokesperson Nicola Devane TD said the figures were “a national scandal”.',
        '“Every winter the Minister tells us this will be the last winter like this,” she said. “Every winter '
        'it gets worse, and every winter it is nurses and patients who pay for it.”',
        'Responding, the Minister for Health, Pádraig Costigan, said 1,000 new acute beds had opened since 2020 '
        'and another 300 would open this year.',
        '“I am not going to stand here and tell the House that 84 people on trolleys is acceptable,” the '
        'Minister said. “It is not. But Deputy Devane knows as well as I do that you cannot build a hospital '
        'ward in a winter.”',
        'He said he would visit the hospital next week and meet the INMO.',
        'The Irish Medical Organisation also weighed in. Its president, Dr Sasha Kearney, said consultants at '
        'CUH had written to management in October warning of the risks.',
        '“We said it in writing,” he said. “We said that if nothing changed, somebody would come to harm on a '
        'corridor this winter. Nothing changed.”',
        'The INMO said trolley numbers nationally reached 612 on Tuesday, the second-highest figure since it '
        'began counting in 2006.',
        'Back at CUH, Ms Walsh said she had heard promises before.',
        '“Let the Minister come down and sit with my father for one night,” she said. “Then he can talk to me '
        'about beds.”',
    ), [
        ('A record 84 patients were waiting', 'Irish Nurses and Midwives Organisation'),
        ('staff on the wards were', 'Siobhán Ní Bhriain'),
        ('Nurses are coming off 12-hour', 'Siobhán Ní Bhriain'),
        ('the INMO would ballot members', 'Siobhán Ní Bhriain'),
        ('the hospital was', 'HSE South West'),
        ('The HSE regrets that some patients', 'HSE South West'),
        ('people with less urgent conditions', 'HSE South West'),
        ('60 beds were occupied', 'Ruairí Fennelly'),
        ('We have people who should be', 'Ruairí Fennelly'),
        ('the family had been told', 'Jean Walsh'),
        ('He’s lying under a fluorescent', 'Jean Walsh'),
        ('the figures were', 'Nicola Devane'),
        ('Every winter the Minister tells', 'Nicola Devane'),
        ('1,000 new acute beds had opened', 'Pádraig Costigan'),
        ('I am not going to stand here', 'Pádraig Costigan'),
        ('he would visit the hospital next week', 'Pádraig Costigan'),
        ('consultants at CUH had written', 'Sasha Kearney'),
        ('We said it in writing', 'Sasha Kearney'),
        ('trolley numbers nationally reached', 'Irish Nurses and Midwives Organisation'),
        ('she had heard promises before', 'Jean Walsh'),
        ('Let the Minister come down', 'Jean Walsh'),
    ]),
    Article('in_bengaluru_water', _t(
        'Bengaluru: With borewells running dry across the city’s eastern suburbs, the Bangalore Water Supply and '
        'Sewerage Board (BWSSB) on Monday said it would cap the price private tankers can charge for a '
        '6,000-litre load at Rs 600.',
        'BWSSB chairman Kiran Shetty told reporters at the board’s headquarters in Cauvery Bhavan that tanker '
        'operators who overcharged would have their vehicles seized.',
        '“Water is not a luxury item. Nobody can be allowed to make money from people’s helplessness,” Shetty '
        'said. “We have registered 3,200 tankers so far and every one of them will carry the rate card.”',
        'He said the board would also start supplying treated water to apartment complexes in Whitefield and '
        'Mahadevapura from next week.',
        'Residents say the cap has come too late. Priya Nanjappa, secretary of the Whitefield Rising residents’ '
        'group, said families in her apartment complex had been paying as much as Rs 2,000 for a tanker since '
        'February.',
        '“We have 400 flats and one borewell that gives water for two hours a day,” she told this newspaper. '
        '“People are bathing once in two days. Children are going to school without a bath.”',
        'She said the association had written to the BWSSB three times without getting a reply.',
        'Deputy Chief Minister D.K. Raghunath, who holds the Bengaluru development portfolio, blamed the '
        'shortage on two years of weak monsoons.',
        '“This is not a failure of the government. This is nature,” he said, speaking to reporters in Mysuru. '
        '“But we are not sitting quietly. Cauvery water will reach 110 villages on the city’s outskirts by '
        'June.”',
        'The minister said the state had set aside Rs 556 crore for emergency drinking water works in urban '
        'districts.',
        'The board has also asked residents to cut their use of water for washing cars, filling swimming pools '
        'and watering gardens, and it has warned that offenders could be fined Rs 5,000 for a first offence.',
        'The opposition was unconvinced. BJP MLA Arvind Limbavalli said the Congress government had ignored '
        'warnings from its own officials last year.',
        '“The groundwater department told them in October that 6,900 borewells had failed. What did they do? '
        'Nothing,” Limbavalli said.',
        'In a post on X, former chief minister B.S. Mahadevappa wrote that Bengaluru was “paying the price for '
        'one year of misrule”.',
        'Experts say the crisis has been decades in the making. Dr Wei Lin Rao, a hydrologist at the Indian '
        'Institute of Science, said the city had lost most of its lakes to construction.',
        '“Bengaluru once had more than 260 lakes. Today fewer than 80 hold water for the whole year,” Dr Rao '
        'said. “When you concrete over your recharge zones, the borewells will fail, monsoon or no monsoon.”',
        'She said rainwater harvesting rules were being flouted by most new buildings.',
        'The BWSSB said it had issued notices to 1,200 buildings that had not installed harvesting systems. It '
        'said fines of up to Rs 5,000 a month would be levied from April.',
        'Back in Whitefield, Nanjappa was not hopeful.',
        '“Every year they announce something in March and forget it by June,” she said. “We will believe it '
        'when the tanker driver shows us the rate card.”',
    ), [
        ('it would cap the price', 'Bangalore Water Supply and Sewerage Board'),
        ('tanker operators who overcharged', 'Kiran Shetty'),
        ('Water is not a luxury item', 'Kiran Shetty'),
        ('the board would also start', 'Kiran Shetty'),
        ('the cap has come too late', 'Residents'),
        ('offenders could be fined', 'Bangalore Water Supply and Sewerage Board'),
        ('families in her apartment complex', 'Priya Nanjappa'),
        ('We have 400 flats', 'Priya Nanjappa'),
        ('the association had written', 'Priya Nanjappa'),
        ('This is not a failure', 'D.K. Raghunath'),
        ('the state had set aside', 'D.K. Raghunath'),
        ('the Congress government had ignored', 'Arvind Limbavalli'),
        ('The groundwater department told', 'Arvind Limbavalli'),
        ('Bengaluru was', 'B.S. Mahadevappa'),
        ('the crisis has been decades', 'Experts'),
        ('the city had lost most of its lakes', 'Wei Lin Rao'),
        ('Bengaluru once had more than 260', 'Wei Lin Rao'),
        ('rainwater harvesting rules were', 'Wei Lin Rao'),
        ('it had issued notices to 1,200', 'Bangalore Water Supply and Sewerage Board'),
        ('fines of up to Rs 5,000', 'Bangalore Water Supply and Sewerage Board'),
        ('Every year they announce something', 'Priya Nanjappa'),
    ]),
    Article('ng_lagos_market_fire', _t(
        'Traders at the Balogun Market on Lagos Island are counting their losses after a fire that started late '
        'on Sunday razed more than 200 shops in the popular textile section of the market.',
        'The Director of the Lagos State Fire and Rescue Service, Mrs Ngozi Adeleke-Okafor, said the fire was '
        'reported at about 11.40pm and was put out shortly after 4am on Monday.',
        'Speaking with journalists at the scene, she said, “Our men responded within 12 minutes of the distress '
        'call, but access was a serious problem. Traders have blocked every lane with goods, and our trucks '
        'could not get close to the building.”',
        'She added that no life was lost, but that three firefighters were treated for smoke inhalation.',
        'According to her, preliminary findings suggested that the fire was caused by an electrical fault in one '
        'of the shops on the third floor.',
        'The Iyaloja of Balogun Market, Alhaja Folasade Bakare, described the incident as the worst in the '
        'market since 2015.',
        '“Many of these women took loans to stock their shops for the festive season,” she said. “Today they '
        'have nothing. Who will pay the cooperative? Who will pay the school fees?”',
        'She appealed to the state government to assist the affected traders with grants rather than loans.',
        'One of the traders, Mr Oluwaseun Fashola, who sells lace and George fabrics, said he lost goods worth '
        'over N45m.',
        '“I came here at 2am when my neighbour called me. Everything was burning,” he said. “Twenty-three years '
        'of my life, gone in one night.”',
        'Another trader, who gave her name only as Mama Tobi, said the market’s fire hydrants had not worked for '
        'years.',
        '“We have complained and complained. They collect levy from us every month, but where is the water?” '
        'she asked.',
        'The Lagos State Government, in a statement signed by the Commissioner for Information and Strategy, '
        'Mr Gbenga Omotoso-Ade, said it had set up a committee to assess the damage.',
        'The statement read in part, “The Governor sympathises with the traders and their families. The '
        'committee will submit its report within two weeks, and the government will take appropriate action on '
        'its recommendations.”',
        'It added that the state would enforce its ban on the blocking of fire lanes in markets across the '
        'state.',
        'The Lagos State Emergency Management Agency (LASEMA) also confirmed the incident. Its Permanent '
        'Secretary, Dr Femi Oke-Osanyintolu, said the agency’s team assisted in evacuating goods from adjoining '
        'buildings.',
        '“The structural integrity of the affected building will be tested before anybody is allowed back in,” '
        'he said. “We do not want a collapse on top of a fire.”',
        'The Balogun Market Traders Association, through its chairman, Chief Emeka Nwankwo, urged members to '
        'remain calm.',
        '“We are appealing to our members not to take the law into their own hands,” Nwankwo said. “The '
        'government has promised to help, and we will hold them to their word.”',
        'Nwankwo said the association would compile a list of affected traders and the value of their losses '
        'for the government committee.',
        'The fire is the third major market fire in Lagos this year, after blazes at the Alaba International '
        'Market in January and at the Owode Onirin spare parts market in March.',
    ), [
        ('the fire was reported at about', 'Ngozi Adeleke-Okafor'),
        ('Our men responded within 12 minutes', 'Ngozi Adeleke-Okafor'),
        ('no life was lost', 'Ngozi Adeleke-Okafor'),
        ('preliminary findings suggested', 'Ngozi Adeleke-Okafor'),
        ('Many of these women took loans', 'Folasade Bakare'),
        ('he lost goods worth', 'Oluwaseun Fashola'),
        ('I came here at 2am', 'Oluwaseun Fashola'),
        ('the market’s fire hydrants had not', 'Mama Tobi'),
        ('We have complained and complained', 'Mama Tobi'),
        ('it had set up a committee', 'Lagos State Government'),
        ('The Governor sympathises', 'Lagos State Government'),
        ('the state would enforce its ban', 'Lagos State Government'),
        ('the agency’s team assisted', 'Femi Oke-Osanyintolu'),
        ('The structural integrity', 'Femi Oke-Osanyintolu'),
        ('We are appealing to our members', 'Emeka Nwankwo'),
        ('the association would compile', 'Emeka Nwankwo'),
    ]),
]

ARTICLES += [
    Article('za_joburg_water', _t(
        'Residents of Soweto, Roodepoort and parts of Randburg face a fifth day without running water after '
        'Rand Water extended planned maintenance on its Zuikerbosch pumping station.',
        'Johannesburg Water spokesperson Nomvula Khumalo said on Sunday that reservoirs in the Commando and '
        'Brixton systems were “critically low” and that it could take up to a week for supply to return to '
        'normal once pumping resumed.',
        '“We understand the frustration of our customers,” Khumalo said. “We have deployed 48 water tankers to '
        'the worst-affected areas, and we are adding more as they become available.”',
        'She said the utility had asked hospitals and clinics to report any interruption directly to its '
        'control room.',
        'Rand Water, which supplies bulk water to Gauteng’s municipalities, said the maintenance was essential '
        'and had been planned for more than a year.',
        '“The infrastructure is more than 40 years old. If we do not maintain it now, we will face unplanned '
        'failures that will last much longer,” Rand Water chief executive Sipho Mosai said in a statement.',
        'The utility said the work had been delayed by the discovery of a cracked valve that had to be replaced.',
        'In Protea Glen, residents queued from before dawn with buckets and plastic drums at a tanker parked '
        'outside a primary school.',
        'Thandiwe Mokoena, 67, said she had been waiting since four in the morning.',
        '“My grandchildren cannot go to school without washing. The toilets are a disaster,” she said. “They '
        'tell us it is maintenance, but every month it is maintenance.”',
        'Her neighbour, Andile Mokoena, who is not related to her, said the tanker had arrived only once since '
        'Wednesday.',
        '“When it comes, it is finished in one hour,” he said. “The people at the end of the line go home with '
        'nothing.”',
        'The DA’s Johannesburg caucus leader, Belinda Kayser-Echeozonjoku, said the city had failed to prepare '
        'for an outage it had known about for months.',
        '“There is no excuse. Johannesburg Water was told the dates in writing,” she said. “They should have had '
        'tankers on every corner from day one.”',
        'ActionSA councillor Lerato Mbatha-Jones said her party would table a motion of no confidence in the '
        'MMC for environment and infrastructure services at the next council sitting.',
        'The MMC, Jack Sekwaila, rejected the criticism.',
        '“Politicians who have never fixed a pipe in their lives are now experts on water,” Sekwaila told '
        'News24. “Our teams have been working around the clock since Tuesday.”',
        'He said the city was spending R1.2 billion this year on replacing old pipes and reservoirs.',
        'Rand Water said pumping would resume at full capacity by Monday evening. It warned that high-lying '
        'areas would be the last to see water return.',
        'The outage is the third extended interruption in the western suburbs this year. In July, a burst '
        'pipe on the main feeding the Hursthill reservoir left parts of Melville and Westdene dry for nine days.',
        'Civil society group WaterCAN said residents were paying for decades of poor maintenance.',
        '“This is not bad luck, it is a system that has been allowed to rot,” the group’s Ferrial Adam said.',
        'Back in Protea Glen, Thandiwe Mokoena said she would believe it when she saw it.',
        '“Monday, Tuesday, next week — they always have a date,” she said. “The date never has water.”',
    ), [
        ('reservoirs in the Commando and', 'Nomvula Khumalo'),
        ('We understand the frustration', 'Nomvula Khumalo'),
        ('the utility had asked hospitals', 'Nomvula Khumalo'),
        ('the maintenance was essential', 'Rand Water'),
        ('The infrastructure is more than 40', 'Sipho Mosai'),
        ('the work had been delayed', 'Rand Water'),
        ('she had been waiting since four', 'Thandiwe Mokoena'),
        ('My grandchildren cannot go', 'Thandiwe Mokoena'),
        ('the tanker had arrived only once', 'Andile Mokoena'),
        ('When it comes, it is finished', 'Andile Mokoena'),
        ('the city had failed to prepare', 'Belinda Kayser-Echeozonjoku'),
        ('There is no excuse', 'Belinda Kayser-Echeozonjoku'),
        ('her party would table a motion', 'Lerato Mbatha-Jones'),
        ('Politicians who have never fixed', 'Jack Sekwaila'),
        ('the city was spending R1.2 billion', 'Jack Sekwaila'),
        ('pumping would resume at full', 'Rand Water'),
        ('high-lying areas would be the last', 'Rand Water'),
        ('residents were paying for decades', 'WaterCAN'),
        ('This is not bad luck', 'Ferrial Adam'),
        ('she would believe it when', 'Thandiwe Mokoena'),
        ('Monday, Tuesday, next week', 'Thandiwe Mokoena'),
    ]),
    Article('nz_school_merger', _t(
        'Parents at two small Canterbury schools say they were blindsided by a Ministry of Education proposal '
        'to merge them onto a single site in Darfield by 2027.',
        'The ministry wrote to families at Glentunnel School and Coalgate School last week, saying falling rolls '
        'and the cost of repairing weathertightness problems at both schools meant a merger was the “most '
        'sustainable option”.',
        'Glentunnel School board chair Aroha Tipene said parents found out from a letter sent home in their '
        'children’s bags.',
        '“Nobody from the ministry has set foot in this school,” Tipene said. “They have made a decision about '
        'our community from a spreadsheet in Wellington.”',
        'She said the school’s roll of 54 had been stable for a decade and that several families had moved to '
        'the district because of it.',
        'The ministry’s leader of network planning, Jean-Luc Hemara, told RNZ the proposal was not a done deal.',
        '“We are at the very start of a consultation, and I want to be clear that we will listen,” Hemara said. '
        '“But we also have a responsibility to spend public money where it does the most for children.”',
        'He said fixing the two sets of buildings would cost about $9 million, compared with $6.5m for an '
        'extension at Darfield.',
        'Coalgate parent Kim Harrow said the bus ride to Darfield would take her two youngest children almost an '
        'hour each way.',
        '“They’re five and seven. An hour on a bus on a gravel road in winter is not an education decision, '
        'it’s a safety decision,” she said.',
        'Her husband, Wiremu Harrow, a dairy farmer, said the school was the only place in the district where '
        'people met.',
        '“You lose the school, you lose the pavilion, you lose the Christmas concert, you lose the reason '
        'people stop and talk,” he said. “Then the town just fades.”',
        'Selwyn MP Nicola Grigg-Burrows said she had asked the Education Minister to meet the two boards.',
        '“I understand the ministry has to make hard calls, but this community deserves to be heard face to '
        'face,” she said in a post on Facebook.',
        'The New Zealand Principals’ Federation said small rural schools were being judged unfairly on their '
        'costs per pupil.',
        'Its president, Leanne Otene, said rural schools did much more than teach.',
        '“For many of these communities the school is the last public institution left standing,” Otene said. '
        '“Close it and you close the town.”',
        'The Education Minister’s office said in a statement that the minister would not comment while '
        'consultation was under way.',
        'Consultation closes on 14 March. Tipene said the board would hold a public meeting at the Glentunnel '
        'hall next Thursday and had invited the ministry to attend.',
        '“If they want to close our school, they can come and tell us to our faces,” she said.',
        'Hemara said ministry staff would be there.',
        'The two schools are not the only ones under review. The ministry confirmed it was looking at the future '
        'of four other small schools in Selwyn and Waimakariri, but would not name them.',
        'Tipene said that only made parents more worried. “Every small school in Canterbury is now wondering '
        'if they are next,” she said.',
    ), [
        ('they were blindsided', 'Parents at two small Canterbury schools'),
        ('falling rolls', 'Ministry of Education'),
        ('parents found out from a letter', 'Aroha Tipene'),
        ('Nobody from the ministry has set foot', 'Aroha Tipene'),
        ('the school’s roll of 54', 'Aroha Tipene'),
        ('the proposal was not a done deal', 'Jean-Luc Hemara'),
        ('We are at the very start', 'Jean-Luc Hemara'),
        ('fixing the two sets of buildings', 'Jean-Luc Hemara'),
        ('the bus ride to Darfield', 'Kim Harrow'),
        ('They’re five and seven', 'Kim Harrow'),
        ('the school was the only place', 'Wiremu Harrow'),
        ('You lose the school', 'Wiremu Harrow'),
        ('she had asked the Education Minister', 'Nicola Grigg-Burrows'),
        ('I understand the ministry has', 'Nicola Grigg-Burrows'),
        ('small rural schools were being judged', 'New Zealand Principals’ Federation'),
        ('rural schools did much more', 'Leanne Otene'),
        ('For many of these communities', 'Leanne Otene'),
        ('the minister would not comment', 'Education Minister’s office'),
        ('the board would hold a public meeting', 'Aroha Tipene'),
        ('If they want to close our school', 'Aroha Tipene'),
        ('ministry staff would be there', 'Jean-Luc Hemara'),
        ('it was looking at the future', 'Ministry of Education'),
        ('that only made parents more worried', 'Aroha Tipene'),
        ('Every small school in Canterbury', 'Aroha Tipene'),
    ]),
    Article('us_warehouse_zoning', _t(
        'MORROW, Ohio — A proposal to build a 1.2-million-square-foot distribution center on farmland east of '
        'the village drew more than 200 people to a Salem Township trustees meeting Tuesday night, most of them '
        'to oppose it.',
        'The developer, Indianapolis-based Crossroads Logistics Partners, wants the township to rezone 140 acres '
        'along State Route 22 from agricultural to industrial use.',
        'Crossroads vice president Jordan Alvarez told trustees the project would bring about 600 jobs and $2.4 '
        'million a year in property taxes.',
        '“We build these facilities all over the Midwest, and we build them to be good neighbors,” Alvarez said. '
        '“We are prepared to put in berms, trees and a traffic light at our own expense.”',
        'He said trucks would be barred from using Morrow’s downtown streets under the company’s plan.',
        'Residents were not persuaded. Kim Sorensen, whose family has farmed land next to the site since 1911, '
        'said he did not believe the traffic promises.',
        '“You’re talking about 900 truck trips a day on a two-lane road,” Sorensen said. “My grandkids wait for '
        'the school bus on that road.”',
        'He said he had turned down two offers from the developer to buy his land.',
        'Township Trustee Chair Denise Kuhlmann said the board had not made up its mind.',
        '“We have a duty to listen to everyone in this room, and we have a duty to look at the numbers,” '
        'Kuhlmann said. “Those are not always the same thing.”',
        'She said the trustees would vote no earlier than their Dec. 12 meeting.',
        'Trustee Ray Voss, who has served on the board for 16 years, said the township’s roads budget was '
        'stretched thin and the tax money would help.',
        '“Nobody up here wants to pave over farmland,” Voss said. “But we also have a fire department that’s '
        'running 30-year-old trucks.”',
        'Several speakers questioned whether the jobs would go to local people. Andrea Whitfield, a nurse who '
        'lives on Zoar Road, said warehouse jobs elsewhere in Warren County had been filled by workers from '
        'Cincinnati and Dayton.',
        '“I’m not against jobs,” she said. “I’m against being told this is for us when it isn’t.”',
        'The Warren County Regional Planning Commission recommended denial of the rezoning last month, saying it '
        'conflicted with the township’s land-use plan.',
        'In a letter to trustees, the commission’s director, Stan Hoelscher, wrote that the site lacked sewer '
        'service and that the nearest interchange was six miles away.',
        'Alvarez said after the meeting that Crossroads would pay for a sewer extension if the rezoning was '
        'approved.',
        '“We heard a lot of concerns tonight, and we take them seriously,” he said. “We are going to come back '
        'with answers.”',
        'The company posted a statement on its website Wednesday saying it remained committed to the project.',
        'Sorensen said opponents had collected 1,100 signatures and were prepared to take the issue to a '
        'referendum if the trustees approved it.',
        '“This isn’t over,” he said. “Not by a long shot.”',
        'Kuhlmann said the township’s attorney had advised trustees that a referendum could be forced if '
        'opponents gathered enough valid signatures within 30 days of a vote.',
        'A Crossroads spokeswoman, Tasha Lindqvist, said in an email Thursday that the company was “confident '
        'the facts will win the day”.',
    ), [
        ('the project would bring about 600', 'Jordan Alvarez'),
        ('We build these facilities', 'Jordan Alvarez'),
        ('trucks would be barred', 'Jordan Alvarez'),
        ('he did not believe the traffic', 'Kim Sorensen'),
        ('You’re talking about 900 truck', 'Kim Sorensen'),
        ('he had turned down two offers', 'Kim Sorensen'),
        ('the board had not made up its mind', 'Denise Kuhlmann'),
        ('We have a duty to listen', 'Denise Kuhlmann'),
        ('the trustees would vote no earlier', 'Denise Kuhlmann'),
        ('the township’s roads budget', 'Ray Voss'),
        ('Nobody up here wants to pave', 'Ray Voss'),
        ('warehouse jobs elsewhere', 'Andrea Whitfield'),
        ('I’m not against jobs', 'Andrea Whitfield'),
        ('it conflicted with the township', 'Warren County Regional Planning Commission'),
        ('the site lacked sewer service', 'Stan Hoelscher'),
        ('Crossroads would pay for a sewer', 'Jordan Alvarez'),
        ('We heard a lot of concerns', 'Jordan Alvarez'),
        ('it remained committed', 'Crossroads Logistics Partners'),
        ('opponents had collected 1,100', 'Kim Sorensen'),
        ('This isn’t over', 'Kim Sorensen'),
        ('the township’s attorney had advised', 'Denise Kuhlmann'),
        ('the company was', 'Tasha Lindqvist'),
    ]),
    Article('uk_bus_cuts_yorkshire', _t(
        'Villages across the Yorkshire Dales could be left without a single bus service from April after the '
        'region’s largest operator announced it would withdraw six rural routes.',
        'Dales & District Buses said passenger numbers on the routes had fallen by a third since 2019 and that '
        'the services lost more than £400,000 a year.',
        'Managing director Sean Kettlewell said the decision had not been taken lightly.',
        '“We have kept these routes running for as long as we could, in some cases for years after they stopped '
        'paying their way,” Mr Kettlewell said. “We simply cannot keep subsidising them from elsewhere in the '
        'business.”',
        'The company said it had offered to keep the routes running until the summer if North Yorkshire Council '
        'could find funding.',
        'The council’s executive member for highways, Cllr Keane Duncan, said the authority was “looking at '
        'every option”, but warned there was no spare money in the budget.',
        '“I will be honest with people: we do not have a pot of gold sitting in a drawer,” he said. “But we '
        'know how important these buses are, particularly to older residents.”',
        'In Grassington, where the number 72 to Skipton stops outside the post office, news of the cuts was met '
        'with dismay.',
        'Jean Atkinson, 81, uses the bus twice a week to get to her GP and the supermarket.',
        '“I gave up my car when my eyes went,” Mrs Atkinson said. “Without the bus, I don’t know what I’d do. '
        'I’d be stuck in this house.”',
        'Her brother, Jean-Paul Atkinson, who lives in the next village, said he would have to give up '
        'volunteering at the food bank in Skipton.',
        '“There’s no taxi that will come up here for less than forty quid,” Mr Atkinson said.',
        'The Campaign for Better Transport said the Dales cuts were part of a national picture, with more than '
        'a quarter of council-supported bus routes lost since 2010.',
        'Its chief executive, Priya Sandhu, said rural communities were paying the price for years of cuts to '
        'council budgets.',
        '“If you live in a city, you might not notice,” Ms Sandhu said. “If you live in the Dales, losing a bus '
        'can mean losing your independence.”',
        'Skipton and Ripon MP Julian Smithers said he had raised the issue with the Department for Transport.',
        '“These buses are a lifeline,” he said. “I will be asking ministers to look again at how rural '
        'routes are funded.”',
        'In a statement, the Department for Transport said it had given North Yorkshire Council £12m from its '
        'bus service improvement fund.',
        '“It is for local authorities to decide how best to use this funding to support the routes their '
        'communities rely on,” a spokesperson said.',
        'Cllr Duncan said the council would meet the operator next week.',
        'The parish council in Kettlewell, which would lose its only service, the 72A, has already written to '
        'the operator asking it to think again. Its clerk, Nicola Brayshaw, said the village had 14 residents '
        'over 85 who did not drive.',
        '“They will simply become prisoners in their own homes,” she said.',
        'Back in Grassington, Mrs Atkinson was hoping for good news.',
        '“It’s not just a bus,” she said. “It’s how I see people.”',
    ), [
        ('it would withdraw six rural routes', 'Dales & District Buses'),
        ('passenger numbers on the routes', 'Dales & District Buses'),
        ('the decision had not been taken', 'Sean Kettlewell'),
        ('We have kept these routes running', 'Sean Kettlewell'),
        ('it had offered to keep the routes', 'Dales & District Buses'),
        ('the authority was', 'Keane Duncan'),
        ('I will be honest with people', 'Keane Duncan'),
        ('I gave up my car when', 'Jean Atkinson'),
        ('he would have to give up', 'Jean-Paul Atkinson'),
        ('There’s no taxi that will come', 'Jean-Paul Atkinson'),
        ('the Dales cuts were part', 'Campaign for Better Transport'),
        ('rural communities were paying', 'Priya Sandhu'),
        ('If you live in a city', 'Priya Sandhu'),
        ('he had raised the issue', 'Julian Smithers'),
        ('These buses are a lifeline', 'Julian Smithers'),
        ('it had given North Yorkshire Council', 'Department for Transport'),
        ('It is for local authorities', 'spokesperson'),
        ('the council would meet the operator', 'Keane Duncan'),
        ('the village had 14 residents', 'Nicola Brayshaw'),
        ('They will simply become prisoners', 'Nicola Brayshaw'),
        ('It’s not just a bus', 'Jean Atkinson'),
    ]),
    Article('au_court_sentencing', _t(
        'A Melbourne man who killed a cyclist while driving at almost twice the speed limit on Beach Road has '
        'been jailed for seven years.',
        'Dylan Petrovski, 24, pleaded guilty in the County Court to dangerous driving causing death over the '
        'crash in Mordialloc in March last year that killed 52-year-old Jordan Whitely, a father of three.',
        'Judge Siobhan McInerney said Petrovski had been travelling at 112km/h in a 60km/h zone when his car '
        'struck Mr Whitely from behind.',
        '“This was not a momentary lapse,” Judge McInerney said. “You chose to drive at a speed that made a '
        'collision with anyone on that road almost inevitable, and you made that choice in a residential '
        'street on a Sunday morning.”',
        'The judge said Petrovski had shown genuine remorse and had no prior convictions, but that general '
        'deterrence must weigh heavily.',
        'He will be eligible for parole after four years and six months.',
        'Mr Whitely’s widow, Sasha Whitely, read a victim impact statement to the court last month.',
        '“Jordan rode that road every Sunday for twenty years,” she told the court. “He left the house at six '
        'and he was always home for pancakes at nine. He never came home.”',
        'Outside court on Friday, the victim’s mother, Margaret Whitely, said no sentence could be long enough.',
        '“Seven years,” she said. “My son is gone forever. What is seven years?”',
        'Petrovski’s lawyer, Andrea Costa, had told the court her client had been driving to a shift at a '
        'warehouse after working a double shift the day before.',
        '“He is not a hoon. He is a young man who made a catastrophic decision and who will live with it for '
        'the rest of his life,” Ms Costa said during the plea hearing.',
        'Outside court, the defence lawyer said Petrovski had asked her to pass on his apology to the Whitely '
        'family.',
        'Bicycle Network chief executive Craig Ng-Watson said the sentence sent a message, but that Beach Road '
        'remained dangerous.',
        '“Every weekend thousands of people ride this road, and every weekend some driver treats it like a '
        'racetrack,” Mr Ng-Watson said. “We need separated lanes, and we need them now.”',
        'He said the organisation had written to the Transport Minister asking for a 50km/h limit along the '
        'Mordialloc stretch.',
        'A Department of Transport and Planning spokeswoman said the department was reviewing speed limits '
        'along the bay.',
        '“Safety on Beach Road is a priority, and we will have more to say once the review is complete,” the '
        'spokeswoman said.',
        'The Whitely family has set up a fund in Jordan’s name to buy bicycles for children in foster care.',
        'His widow said her husband would have liked that.',
        '“He always said a bike was the first bit of freedom a kid gets,” she said. “That is what we want to '
        'give them.”',
        'Margaret Whitely said the family would be back in court if Petrovski appealed.',
        'The Office of Public Prosecutions said it would consider the sentence before deciding whether to '
        'appeal against it. It has 28 days to lodge an appeal.',
    ), [
        ('Petrovski had been travelling', 'Siobhan McInerney'),
        ('This was not a momentary lapse', 'Siobhan McInerney'),
        ('Petrovski had shown genuine remorse', 'Siobhan McInerney'),
        ('Jordan rode that road', 'Sasha Whitely'),
        ('no sentence could be long enough', 'Margaret Whitely'),
        ('Seven years', 'Margaret Whitely'),
        ('her client had been driving', 'Andrea Costa'),
        ('He is not a hoon', 'Andrea Costa'),
        ('Petrovski had asked her to pass', 'Andrea Costa'),
        ('the sentence sent a message', 'Craig Ng-Watson'),
        ('Every weekend thousands of people', 'Craig Ng-Watson'),
        ('the organisation had written', 'Craig Ng-Watson'),
        ('the department was reviewing', 'Department of Transport and Planning spokeswoman'),
        ('Safety on Beach Road is a priority', 'Department of Transport and Planning spokeswoman'),
        ('her husband would have liked that', 'Sasha Whitely'),
        ('He always said a bike', 'Sasha Whitely'),
        ('the family would be back in court', 'Margaret Whitely'),
        ('it would consider the sentence', 'Office of Public Prosecutions'),
    ]),
]

ARTICLES += [
    Article('ie_farmers_nitrates', _t(
        'Hundreds of tractors brought traffic in Portlaoise to a standstill on Saturday as farmers from across '
        'the midlands protested against proposed cuts to the nitrates derogation.',
        'The Irish Farmers’ Association (IFA) said more than 1,500 people took part in the rally, which set off '
        'from the Midway roundabout shortly after 11am.',
        'IFA president Francie Gorman told the crowd outside the County Hall that the derogation was “the '
        'difference between a viable farm and a farm that is for sale”.',
        '“If this derogation goes, 7,000 dairy farmers will have to cut their herds or rent land they cannot '
        'afford,” he said. “And when the dairy farmer suffers, the co-op suffers, the vet suffers, the shop in '
        'the village suffers.”',
        'Mr Gorman said the association would bring its case directly to the European Commission in Brussels '
        'next month.',
        'Among the protesters were siblings Jean and Conor Dunne, who run a 90-cow dairy herd between them near '
        'Mountrath.',
        '“Our father milked cows on this land and his father before him,” Ms Dunne said. “We have done '
        'everything we were asked. We fenced the rivers, we changed the fertiliser, we spent €60,000 on slurry '
        'storage.',
        '“Now they are telling us it was not enough.”',
        'Her brother said he was not sure the farm had a future.',
        '“I am 34 and I have two small children,” Mr Dunne said. “I would love to tell you one of them will '
        'milk cows here. I cannot tell you that today.”',
        'The Department of Agriculture said in a statement that the Government remained fully committed to '
        'retaining the derogation.',
        '“The Minister has raised the matter at every meeting of the Council of agriculture ministers this '
        'year,” the statement said. “Ireland’s case is strong, and it will continue to be made.”',
        'The department said water quality in several catchments had improved since 2022 but that '
        'nitrogen levels in rivers in the south-east remained too high.',
        'Environmental groups say the derogation has allowed dairy herds to grow beyond what the land can bear. '
        'An Taisce’s head of advocacy, Dr Elaine McGoff-Brennan, said the protest ignored the state of Irish '
        'rivers.',
        '“Farmers are not the enemy here, but the science is the science,” she said. “Half of our rivers are '
        'not in good health, and the intensive dairy areas are where the water is worst.”',
        'Later, the Laois Fine Gael TD Charlie Flanagan-Rice wrote on X that he had “stood with the farmers of '
        'Laois today and will stand with them in Brussels”.',
        'Sinn Féin’s agriculture spokesperson, Claire Kerrane, said the Government had been “asleep at the '
        'wheel” for two years.',
        '“Farmers were told this was safe. It was never safe,” she said.',
        'The Irish Creamery Milk Suppliers Association (ICMSA) did not join Saturday’s protest, but its '
        'president, Denis Drennan, said it shared the IFA’s concerns.',
        '“We have been saying this for eighteen months,” Mr Drennan said. “The time for marching is past. We '
        'need the Taoiseach in the room in Brussels.”',
        'Back at the tractors, Jean Dunne said the day had lifted spirits.',
        '“It is lonely out there on your own with the cows and the bills,” she said. “Today you could see you '
        'were not on your own.”',
        'A decision from the Commission is expected before the end of the year.',
        'The IFA said it would hold further protests in Cork and Cavan if the Government did not secure a '
        'commitment from Brussels by the autumn.',
    ), [
        ('more than 1,500 people took part', 'Irish Farmers’ Association'),
        ('the derogation was', 'Francie Gorman'),
        ('If this derogation goes', 'Francie Gorman'),
        ('the association would bring its case', 'Francie Gorman'),
        ('Our father milked cows', 'Jean Dunne'),
        ('Now they are telling us', 'Jean Dunne'),
        ('he was not sure the farm', 'Conor Dunne'),
        ('I am 34 and I have two', 'Conor Dunne'),
        ('the Government remained fully committed', 'Department of Agriculture'),
        ('The Minister has raised the matter', 'Department of Agriculture'),
        ('water quality in several catchments', 'Department of Agriculture'),
        ('the derogation has allowed dairy herds', 'Environmental groups'),
        ('the protest ignored the state', 'Elaine McGoff-Brennan'),
        ('Farmers are not the enemy here', 'Elaine McGoff-Brennan'),
        ('he had', 'Charlie Flanagan-Rice'),
        ('the Government had been', 'Claire Kerrane'),
        ('Farmers were told this was safe', 'Claire Kerrane'),
        ('it shared the IFA’s concerns', 'Denis Drennan'),
        ('We have been saying this for eighteen', 'Denis Drennan'),
        ('the day had lifted spirits', 'Jean Dunne'),
        ('It is lonely out there', 'Jean Dunne'),
        ('it would hold further protests', 'Irish Farmers’ Association'),
    ]),
    Article('in_cricket_coach', _t(
        'Mumbai: A day after India’s seven-wicket defeat to Australia in the first Test in Perth, head coach '
        'Gautam Iyer on Sunday defended his decision to leave out leg-spinner Kuldeep Rana.',
        'Speaking to reporters at the team hotel, the coach said conditions at Optus Stadium had called for a '
        'fourth seamer.',
        '“We picked the side we thought would take 20 wickets on that pitch. It did not work. That happens in '
        'Test cricket,” Iyer said. “I will not apologise for backing our fast bowlers.”',
        'He said Rana would “definitely come into consideration” for the second Test in Adelaide, a day-night '
        'match played with the pink ball.',
        'Captain Jasprit Sahni, who took five wickets in Australia’s first innings, said the batting had let '
        'the team down.',
        '“You cannot get bowled out for 150 and 180 and expect to win a Test match anywhere, let alone here,” '
        'the skipper said. “We bowlers did our job in the first innings. As a batting group we have to look '
        'at ourselves.”',
        'Former India opener Anjum Chopra-Desai, speaking on Star Sports, said the team had gone in with the '
        'wrong mindset.',
        '“They looked like a side that had come to survive, not to win,” she said. “Australia smelt it from '
        'the first morning.”',
        'Rana himself broke his silence late on Sunday. In a post on Instagram, the 29-year-old shared a '
        'picture of himself bowling in the nets with the caption “Work never stops”.',
        'His wife, Priya Rana, was less restrained. “Some people will never understand what it takes to sit '
        'out and still smile for the team,” she wrote on her Instagram story.',
        'The post was deleted within an hour.',
        'BCCI secretary Devajit Saikia-Bora told PTI that the board had full confidence in the team '
        'management.',
        '“Selection is the job of the selectors and the coach. The board does not interfere,” he said. “One '
        'defeat does not change anything.”',
        'Australian captain Pat Cummins-Hale was asked about India’s selection at his own press conference.',
        '“I was a bit surprised, to be honest,” he said with a smile. “But I’m not going to complain about '
        'not facing Kuldeep.”',
        'Iyer said opener Yashasvi Jha, who was hit on the helmet while batting on Saturday, had passed his '
        'concussion test and would travel with the squad to Adelaide on Tuesday.',
        '“He is fine. He was in the gym this morning before any of us,” the coach said.',
        'Asked whether his own position was under threat after a third straight overseas Test defeat, Iyer '
        'smiled.',
        '“You’ll have to ask the people who pay my salary,” he said. “My job is to get this team ready for '
        'Adelaide, and that is all I am thinking about.”',
        'The second Test begins on December 6. India have won only one of their four day-night Tests, all of '
        'them at home.',
        'Team India’s batting coach, Sitanshu Kotak-Menon, said the batters would spend two full sessions '
        'against the pink ball under lights before the match.',
        '“It moves more at night. Everybody knows that. We need to be smarter about when we attack,” he said.',
    ), [
        ('conditions at Optus Stadium', 'Gautam Iyer'),
        ('We picked the side we thought', 'Gautam Iyer'),
        ('Rana would', 'Gautam Iyer'),
        ('the batting had let the team down', 'Jasprit Sahni'),
        ('You cannot get bowled out for 150', 'Jasprit Sahni'),
        ('the team had gone in with', 'Anjum Chopra-Desai'),
        ('They looked like a side', 'Anjum Chopra-Desai'),
        ('Some people will never understand', 'Priya Rana'),
        ('the board had full confidence', 'Devajit Saikia-Bora'),
        ('Selection is the job of the selectors', 'Devajit Saikia-Bora'),
        ('I was a bit surprised', 'Pat Cummins-Hale'),
        ('opener Yashasvi Jha', 'Gautam Iyer'),
        ('He is fine. He was in the gym', 'Gautam Iyer'),
        ('You’ll have to ask the people', 'Gautam Iyer'),
        ('the batters would spend two full', 'Sitanshu Kotak-Menon'),
        ('It moves more at night', 'Sitanshu Kotak-Menon'),
    ]),
    Article('ng_asuu_strike', _t(
        'The Academic Staff Union of Universities (ASUU) has given the Federal Government a 21-day ultimatum to '
        'implement the 2009 agreement or face an indefinite strike.',
        'The union’s National President, Prof. Chris Piwuna-Adamu, made this known while addressing journalists '
        'at the end of the union’s National Executive Council meeting at the University of Abuja on Sunday.',
        'He said, “We have been patient with this government. We have written letters, we have held meetings, '
        'we have shown understanding. Our members are tired of promises that are never kept.”',
        'According to him, the government had failed to release the N50bn it promised for the revitalisation '
        'of public universities and had not paid the arrears of withheld salaries from the 2022 strike.',
        'He added, “If at the end of 21 days nothing has changed, our members will withdraw their services. '
        'Nobody should blame ASUU for what happens after that.”',
        'The Federal Ministry of Education, in its reaction, urged the union to sheathe its sword.',
        'The Minister of Education, Dr Maryam Alausa-Bello, in a statement issued by her spokesperson, Mrs '
        'Folasade Boriowo, said the government had already paid two of the four months of withheld salaries.',
        '“The Honourable Minister wishes to assure ASUU and Nigerian students that the government is committed '
        'to the renegotiated agreement,” the statement read. “Another round of talks has been scheduled for '
        'next week.”',
        'But students say they have heard it all before. The President of the National Association of Nigerian '
        'Students (NANS), Comrade Oluwaseun Adeyemi, said students could not afford another lost year.',
        '“Some of us entered university in 2019 and we are still in 300 level,” Adeyemi said. “Our mates in '
        'private universities have graduated and are working. Who will pay us back for those years?”',
        'He urged both sides to “put the students first” and called on the National Assembly to intervene.',
        'The Chairman of the Senate Committee on Tertiary Institutions, Senator Ngozi Eze-Onyekachi, said the '
        'committee would summon the minister and the union leadership.',
        '“We cannot allow our universities to be shut again,” she said. “It is a national embarrassment.”',
        'The senator said funds for the revitalisation were captured in the 2025 budget and that the committee '
        'would find out why they had not been released.',
        'At the University of Lagos, a final-year law student, Kim Okonkwo, said she had already lost eight '
        'months to the last strike.',
        '“My parents are paying rent for a hostel I may not be allowed to use,” she said. “If they strike '
        'again, I don’t know if I will finish.”',
        'The Senior Staff Association of Nigerian Universities (SSANU) also threatened to join any strike. Its '
        'President, Mohammed Ibrahim, said non-teaching staff had been treated unfairly in the negotiations.',
        'The last ASUU strike, which began in February 2022, lasted eight months, the longest in the history of '
        'the union.',
        'ASUU said its branches would hold congresses over the next two weeks to brief members on the '
        'ultimatum.',
        'Prof. Piwuna-Adamu said, “We are not enjoying this. We are lecturers, not strikers. But we will not '
        'sit and watch the universities die.”',
    ), [
        ('We have been patient with this government', 'Chris Piwuna-Adamu'),
        ('the government had failed to release', 'Chris Piwuna-Adamu'),
        ('If at the end of 21 days', 'Chris Piwuna-Adamu'),
        ('the government had already paid two', 'Maryam Alausa-Bello'),
        ('The Honourable Minister wishes', 'Maryam Alausa-Bello'),
        ('they have heard it all before', 'students'),
        ('students could not afford another', 'Oluwaseun Adeyemi'),
        ('Some of us entered university', 'Oluwaseun Adeyemi'),
        ('the committee would summon', 'Ngozi Eze-Onyekachi'),
        ('We cannot allow our universities', 'Ngozi Eze-Onyekachi'),
        ('funds for the revitalisation were', 'Ngozi Eze-Onyekachi'),
        ('she had already lost eight months', 'Kim Okonkwo'),
        ('My parents are paying rent', 'Kim Okonkwo'),
        ('non-teaching staff had been treated', 'Mohammed Ibrahim'),
        ('its branches would hold congresses', 'Academic Staff Union of Universities'),
        ('We are not enjoying this', 'Chris Piwuna-Adamu'),
    ]),
    Article('nz_startup_layoffs', _t(
        'Wellington software company Tūī Ledger has laid off 85 staff, a third of its workforce, weeks after its '
        'founder was named the capital’s entrepreneur of the year.',
        'Staff were told at an all-hands meeting on Tuesday morning, and most had lost access to company systems '
        'by lunchtime, according to two employees who spoke to The Post on condition of anonymity.',
        '“We were thanked for our passion and then our laptops stopped working,” one of them said.',
        'Chief executive and founder Sasha Ruatapu-Kerr said in a LinkedIn post that it was “the hardest day in '
        'the company’s history”.',
        '“I made the decision to grow faster than our revenue could support, and that decision is mine to own,” '
        'Ruatapu-Kerr wrote. “The people leaving today built this company. I am sorry.”',
        'In an interview later, the company’s founder said Tūī Ledger had eight months of cash left before the '
        'cuts and would now be profitable by next June.',
        '“Investors have changed what they want,” he said. “Two years ago it was growth at any cost. Now it is '
        'profit or nothing, and we had to change with them.”',
        'The company said departing staff would receive eight weeks’ pay and keep their laptops.',
        'The Public Service Association, which does not cover private tech workers, has nonetheless been '
        'contacted by several of them. Its national secretary, Kerry Davies-Ngata, said the manner of the '
        'layoffs was “brutal”.',
        '“You can cut jobs and still treat people with dignity. Locking people out of their email before they '
        'have left the room is not dignity,” she said.',
        'Tech industry body NZTech said the layoffs reflected a global pullback in venture funding. Its chief '
        'executive, Graeme Muller-Tane, said New Zealand start-ups were being hit harder than most.',
        '“We are a long way from the big pools of capital, and when money gets tight, investors go home first,” '
        'Muller-Tane said.',
        'Tūī Ledger raised $40 million in 2022 in a round led by Australian venture firm Blackbird-Sol. A '
        'Blackbird-Sol partner, Jean Hoang, said the firm continued to back the company.',
        '“Sasha has made a tough call that a lot of founders are avoiding right now,” she said. “We think it '
        'was the right one.”',
        'One of those laid off, senior engineer Ngaio Whitmore, posted to Instagram a photo of her security pass '
        'on her kitchen table.',
        '“Four years. Two restructures. One very nice mug,” she wrote.',
        'Speaking to The Post, she said she did not blame Ruatapu-Kerr but felt the company had expanded '
        'recklessly in 2022.',
        '“We hired 100 people in six months. Everyone knew it was too many,” she said. “We just assumed '
        'somebody at the top had a plan.”',
        'Another former employee, who asked not to be named, said staff had been told in October that there '
        'would be no further job cuts.',
        'Ruatapu-Kerr said that had been true at the time.',
        '“Things changed in November when a funding round we were counting on fell through,” he said. “I told '
        'people the truth as I knew it each time.”',
        'Economic Development Minister Melissa Lee-Hartono said she was sorry for the workers affected but '
        'would not comment on a private business.',
    ), [
        ('We were thanked for our passion', 'one of them'),
        ('it was', 'Sasha Ruatapu-Kerr'),
        ('I made the decision to grow', 'Sasha Ruatapu-Kerr'),
        ('Tūī Ledger had eight months', 'Sasha Ruatapu-Kerr'),
        ('Investors have changed what they want', 'Sasha Ruatapu-Kerr'),
        ('departing staff would receive', 'Tūī Ledger'),
        ('the manner of the layoffs', 'Kerry Davies-Ngata'),
        ('You can cut jobs and still treat', 'Kerry Davies-Ngata'),
        ('the layoffs reflected a global', 'NZTech'),
        ('New Zealand start-ups were being hit', 'Graeme Muller-Tane'),
        ('We are a long way from the big', 'Graeme Muller-Tane'),
        ('the firm continued to back', 'Jean Hoang'),
        ('Sasha has made a tough call', 'Jean Hoang'),
        ('Four years. Two restructures', 'Ngaio Whitmore'),
        ('she did not blame Ruatapu-Kerr', 'Ngaio Whitmore'),
        ('We hired 100 people', 'Ngaio Whitmore'),
        ('staff had been told in October', 'Another former employee'),
        ('that had been true at the time', 'Sasha Ruatapu-Kerr'),
        ('Things changed in November', 'Sasha Ruatapu-Kerr'),
        ('she was sorry for the workers', 'Melissa Lee-Hartono'),
    ]),
]

ARTICLES += [
    Article('us_police_shooting', _t(
        'DAYTON, Ohio — The mother of a 19-year-old man shot by a Dayton police officer last month called on '
        'Monday for the officer to be charged, as the city released body camera footage of the shooting.',
        'Latoya Brooks spoke outside City Hall alongside her attorney and about 40 supporters, some holding '
        'signs bearing her son’s name.',
        '“My son was running away. He was not a threat to anybody,” Brooks said. “You can see it with your own '
        'eyes now. I want the officer who did this to be arrested like any other person would be.”',
        'Her son, Devonte Brooks, was shot twice in the back on Oct. 14 after a traffic stop on Salem Avenue. '
        'Police have said a handgun was found in the car he had been driving.',
        'The family’s lawyer, Sasha Greenberg-Ellis, said the footage contradicted the department’s initial '
        'account.',
        '“The first statement from the department said the officer fired because Devonte turned toward him '
        'with a weapon,” she said. “The video shows no such thing. The gun was in the car.”',
        'Greenberg-Ellis said the family would file a federal civil rights lawsuit against the city this week.',
        'Police Chief Kamran Afzal said at a news conference that he had released the footage early because '
        'the community deserved to see it.',
        '“I am not going to stand here and tell you what to think about that video,” the chief said. “That '
        'is what the investigation is for.”',
        'He said the officer, a six-year veteran whom the department has not named, had been placed on '
        'administrative leave, as is standard after a shooting.',
        'The Ohio Bureau of Criminal Investigation is investigating, and its findings will go to the '
        'Montgomery County prosecutor. The bureau said in a statement Monday that its review was “ongoing and '
        'thorough” and that it would not comment further.',
        'The president of the Dayton Fraternal Order of Police lodge, Jerome Dix, urged the public not to rush '
        'to judgment.',
        '“Officers have a split second to make decisions that other people get to study for months,” Dix '
        'said. “Let the process play out.”',
        'Mayor Jeffrey Mims-Carter said he had watched the video several times.',
        '“It is hard to watch. It should be hard to watch,” the mayor said. “A young man is dead, and his '
        'family deserves answers, not excuses.”',
        'He said the city commission would consider a proposal to create a civilian review board with the '
        'power to subpoena officers.',
        'Community organizer Jordan Whitaker, who led Monday’s rally, said the board was long overdue.',
        '“We have asked for this for ten years,” she said. “Every time, they tell us to wait. Devonte could '
        'not wait.”',
        'The prosecutor’s office said it would not decide on charges until it received the bureau’s report, '
        'which could take several months.',
        'Brooks said she would keep coming back to City Hall until that happened.',
        '“I will be here every Monday,” she said. “They will get tired of seeing my face before I get tired of '
        'showing it.”',
        'Her attorney added that the lawsuit would seek damages and changes to the department’s policy on '
        'chasing people who run from traffic stops.',
        '“Money does not bring Devonte back,” Greenberg-Ellis said. “Policy might keep the next mother off '
        'these steps.”',
    ), [
        ('My son was running away', 'Latoya Brooks'),
        ('a handgun was found in the car', 'Police'),
        ('the footage contradicted', 'Sasha Greenberg-Ellis'),
        ('The first statement from the department', 'Sasha Greenberg-Ellis'),
        ('the family would file a federal', 'Sasha Greenberg-Ellis'),
        ('he had released the footage early', 'Kamran Afzal'),
        ('I am not going to stand here', 'Kamran Afzal'),
        ('the officer, a six-year veteran', 'Kamran Afzal'),
        ('its review was', 'Ohio Bureau of Criminal Investigation'),
        ('it would not comment further', 'Ohio Bureau of Criminal Investigation'),
        ('Officers have a split second', 'Jerome Dix'),
        ('he had watched the video', 'Jeffrey Mims-Carter'),
        ('It is hard to watch', 'Jeffrey Mims-Carter'),
        ('the city commission would consider', 'Jeffrey Mims-Carter'),
        ('the board was long overdue', 'Jordan Whitaker'),
        ('We have asked for this for ten years', 'Jordan Whitaker'),
        ('it would not decide on charges', 'prosecutor’s office'),
        ('she would keep coming back', 'Latoya Brooks'),
        ('I will be here every Monday', 'Latoya Brooks'),
        ('the lawsuit would seek damages', 'Sasha Greenberg-Ellis'),
        ('Money does not bring Devonte back', 'Sasha Greenberg-Ellis'),
    ]),
    Article('uk_inquest_river', _t(
        'A student who drowned in the River Wear after a night out in Durham had drunk more than three times '
        'the drink-drive limit, an inquest has heard.',
        'Oliver Penhaligon, 20, a second-year geography student at Durham University, was found in the river '
        'near Prebends Bridge on February 11, two days after he was last seen leaving a bar on Saddler Street.',
        'Assistant coroner Jean Wainwright recorded a conclusion of misadventure at County Hall on Thursday.',
        '“There is no evidence that anyone else was involved in Oliver’s death, and no evidence that he '
        'intended to take his own life,” the coroner said. “He was a popular young man with a great deal to '
        'look forward to.”',
        'The inquest heard that CCTV showed Mr Penhaligon walking alone along the riverside path at 1.47am.',
        'Detective Sergeant Nicola Harbottle of Durham Constabulary said officers had examined more than 60 '
        'hours of footage.',
        '“There is a stretch of around 300 metres where there are no cameras,” she told the hearing. “We '
        'believe that is where Oliver entered the water.”',
        'In a statement read to the court, his mother, Rebecca Penhaligon, described her son as “kind, funny '
        'and hopeless at getting up in the morning”.',
        '“Oliver phoned me every Sunday without fail,” she said. “The Sunday after he went missing, I sat by '
        'the phone all day. I think part of me is still sitting there.”',
        'Speaking outside the hearing, Mr Penhaligon’s father, Mark Penhaligon, called on the university and '
        'the county council to do more to make the riverbanks safe.',
        '“This is the fourth student to die in this river in six years,” he said. “How many more families have '
        'to stand where we are standing?”',
        'He said the family wanted fencing and lighting along the stretch of path where Oliver is believed to '
        'have fallen.',
        'Durham University said in a statement that it was “deeply saddened” and that student safety was its '
        'highest priority.',
        'It said it had funded night-time river patrols by volunteers since 2022 and would review the findings '
        'of the inquest with the council.',
        'Durham County Council’s head of environment, Alan Patrickson-Hale, said the authority had installed '
        'additional lighting and safety equipment along the riverbanks in recent years.',
        '“We will look carefully at whether there is more we can do,” he said. “But the river runs for miles '
        'through the city, and we cannot fence all of it.”',
        'The coroner said she would write a prevention of future deaths report to the council and the '
        'university.',
        '“I am concerned that the measures taken so far have not been enough,” Mrs Wainwright said.',
        'Mr Penhaligon’s flatmate, Jordan Ashby-Clarke, told the inquest she had last seen Oliver at around '
        '12.30am, when he said he was heading home.',
        '“He seemed fine. He was laughing. He was Oliver,” she said. “I keep thinking I should have walked back '
        'with him.”',
        'The coroner told Miss Ashby-Clarke she was not to blame.',
        'After the hearing, Rebecca Penhaligon said the family had set up a charity in Oliver’s name to pay for '
        'lifesaving equipment along rivers in university towns.',
        '“We cannot bring him back,” she said. “But we can stop another mother sitting by the phone.”',
    ), [
        ('There is no evidence that anyone else', 'Jean Wainwright'),
        ('officers had examined more than 60', 'Nicola Harbottle'),
        ('There is a stretch of around 300', 'Nicola Harbottle'),
        ('Oliver phoned me every Sunday', 'Rebecca Penhaligon'),
        ('This is the fourth student', 'Mark Penhaligon'),
        ('the family wanted fencing', 'Mark Penhaligon'),
        ('it was', 'Durham University'),
        ('it had funded night-time', 'Durham University'),
        ('the authority had installed', 'Alan Patrickson-Hale'),
        ('We will look carefully', 'Alan Patrickson-Hale'),
        ('she would write a prevention', 'Jean Wainwright'),
        ('I am concerned that the measures', 'Jean Wainwright'),
        ('she had last seen Oliver', 'Jordan Ashby-Clarke'),
        ('He seemed fine', 'Jordan Ashby-Clarke'),
        ('she was not to blame', 'Jean Wainwright'),
        ('the family had set up a charity', 'Rebecca Penhaligon'),
        ('We cannot bring him back', 'Rebecca Penhaligon'),
    ]),
    Article('au_mining_founder_x', _t(
        'PERTH — Mining billionaire Wei Cheng-Forrest has lashed out at the West Australian Government over a '
        'proposed royalty increase on lithium, warning on social media that his company could move future '
        'projects overseas.',
        '“WA wants to kill the golden goose and then wonder why there are no eggs,” Mr Cheng-Forrest wrote on '
        'X late on Monday. “Argentina and Chile are making us very welcome.”',
        'The founder and executive chairman of Pilbara Ridge Minerals followed up with a second post accusing '
        'the government of “ambushing” the industry without consultation.',
        'Premier Rita Saffioti-Cook brushed off the comments at a press conference on Tuesday morning.',
        '“I’m not going to govern by tweet,” she said. “Mr Cheng-Forrest is welcome to pick up the phone. My '
        'number hasn’t changed.”',
        'The Premier said the royalty on spodumene concentrate would rise from 5 per cent to 7.5 per cent only '
        'when prices were above $US2,000 a tonne, well above current levels.',
        '“When the price is high, Western Australians should get a fair share of the profits from their '
        'resources,” Ms Saffioti-Cook said. “When the price is low, nothing changes.”',
        'Pilbara Ridge said in a statement to the ASX that it had paused a final investment decision on its '
        '$1.8 billion Mt Holland refinery expansion pending “clarity on the fiscal regime”.',
        'The company’s chief executive, Andrea Jakobsen, told analysts on a call that the pause would not '
        'affect current production.',
        '“Our existing operations are safe and performing well,” she said. “What we are looking at is where '
        'the next dollar of capital goes, and right now WA is harder to justify than it was a month ago.”',
        'The Chamber of Minerals and Energy of WA said the proposal sent the wrong signal at the worst '
        'possible time. Its chief executive, Rebecca Tomkinson-Lee, said 2,000 lithium jobs had already been '
        'lost in the state this year.',
        '“The industry is on its knees and the government has chosen this moment to go for its wallet,” she '
        'said.',
        'The Australian Workers’ Union took the opposite view. Its WA secretary, Brad Gandy-Ross, said workers '
        'had seen record profits go offshore while they were laid off.',
        '“When lithium was at $8,000 a tonne these blokes were buying jets,” Mr Gandy-Ross said. “Now they '
        'want sympathy.”',
        'Opposition Leader Basil Zempilas-Moore said the Premier had “poked a stick” at an industry already in '
        'trouble.',
        '“You don’t talk about raising taxes on an industry that is laying people off,” he said. “It is '
        'economic vandalism.”',
        'Mr Cheng-Forrest posted again on Tuesday afternoon, saying he would “gladly take the Premier’s call”.',
        'Asked whether she would make it, Ms Saffioti-Cook laughed.',
        '“He knows where I am,” she said.',
        'Shares in Pilbara Ridge fell 4.2 per cent on Tuesday. Analysts at Canaccord said the royalty change '
        'would cut the company’s earnings by about 3 per cent at current prices, far less than the share price '
        'move suggested.',
        '“The market is pricing the rhetoric, not the royalty,” Canaccord analyst Kim Nguyen-Baird said. “If '
        'you take the tweets out, this is a modest change that only bites when the company is doing very '
        'well.”',
    ), [
        ('his company could move future', 'Wei Cheng-Forrest'),
        ('WA wants to kill the golden goose', 'Wei Cheng-Forrest'),
        ('I’m not going to govern by tweet', 'Rita Saffioti-Cook'),
        ('the royalty on spodumene concentrate', 'Rita Saffioti-Cook'),
        ('When the price is high', 'Rita Saffioti-Cook'),
        ('it had paused a final investment', 'Pilbara Ridge Minerals'),
        ('the pause would not affect', 'Andrea Jakobsen'),
        ('Our existing operations are safe', 'Andrea Jakobsen'),
        ('the proposal sent the wrong signal', 'Chamber of Minerals and Energy of WA'),
        ('2,000 lithium jobs had already', 'Rebecca Tomkinson-Lee'),
        ('The industry is on its knees', 'Rebecca Tomkinson-Lee'),
        ('workers had seen record profits', 'Brad Gandy-Ross'),
        ('When lithium was at $8,000', 'Brad Gandy-Ross'),
        ('the Premier had', 'Basil Zempilas-Moore'),
        ('You don’t talk about raising taxes', 'Basil Zempilas-Moore'),
        ('he would', 'Wei Cheng-Forrest'),
        ('He knows where I am', 'Rita Saffioti-Cook'),
        ('the royalty change would cut', 'Analysts at Canaccord'),
        ('The market is pricing the rhetoric', 'Kim Nguyen-Baird'),
    ]),
]

ARTICLES += [
    Article('in_kerala_landslide', _t(
        'Thiruvananthapuram: The death toll in the landslides that struck three villages in Wayanad district '
        'early on Tuesday rose to 46 on Wednesday, with rescue teams still searching for more than 80 people '
        'reported missing.',
        'Revenue Minister K. Rajan-Pillai, who is camping in Meppadi to coordinate the rescue, said the '
        'National Disaster Response Force, the Army and fire and rescue teams had pulled 212 people alive from '
        'the debris.',
        '“Our first priority is to reach every house. Many houses were simply washed away, and the families '
        'were inside,” the minister told reporters. “We will not stop until every missing person is '
        'accounted for.”',
        'Chief Minister Pinarayi Menon wrote on X that the state would give Rs 6 lakh to the family of each '
        'person killed.',
        '“Kerala stands with Wayanad in this hour of grief. No family will be left alone,” he posted.',
        'The India Meteorological Department (IMD) had issued an orange alert for the district on Monday. '
        'Wayanad received 372 mm of rain in 24 hours, it said, more than five times the normal amount.',
        'Opposition Leader V.D. Satheesan-Nair, who visited the relief camp at Meppadi, said the government '
        'had ignored repeated warnings about illegal quarrying in the area.',
        '“The scientists told them. The villagers told them. Nobody listened,” he said. “Now we are counting '
        'bodies.”',
        'Rajan-Pillai rejected the charge. The minister said no quarry had operated within five kilometres of '
        'the affected villages for the past six years.',
        '“This is not the time for politics. People are still under the mud,” he said.',
        'At the relief camp in a government school in Meppadi, 38-year-old tea estate worker Sreeja '
        'Balakrishnan sat with her two children. Her husband, Sunil Balakrishnan, was still missing.',
        '“He went back to bring our goat. I told him not to go,” she said, weeping. “The whole hill came '
        'down.”',
        'Her brother-in-law, Anil Balakrishnan, had been searching the debris with volunteers since dawn.',
        '“We found his slippers near the river,” he said. “We are still hoping. What else can we do?”',
        'Dr Priya Menon-Varghese, the district medical officer, said 64 injured people were being treated in '
        'hospitals in Kalpetta and Kozhikode, four of them in a critical condition.',
        '“Our biggest worry now is water-borne disease in the camps,” she said. “We have deployed 20 medical '
        'teams and we are chlorinating every well.”',
        'Geologist Dr Kiran Sebastian of the National Centre for Earth Science Studies said the slopes above '
        'the villages had been classified as highly vulnerable in a 2019 study.',
        '“When soil on a slope like that is saturated, it behaves like a liquid,” Dr Sebastian said. “The '
        'question is not whether it will fail, only when.”',
        'He said the state needed to move families out of the most dangerous zones permanently, not only '
        'during the monsoon.',
        'Prime Minister Narendra Modi-Shah spoke to the Chief Minister by phone and promised all possible '
        'assistance, according to a statement from the Prime Minister’s Office.',
        'The IMD has forecast heavy rain in the district for two more days. The district collector, Meghashree '
        'Dilip-Kumar, said all schools in Wayanad would remain closed until Saturday.',
        '“Anyone living near a slope or a stream must move to a camp tonight,” she said. “This is not a '
        'request.”',
    ), [
        ('the National Disaster Response Force', 'K. Rajan-Pillai'),
        ('Our first priority is to reach', 'K. Rajan-Pillai'),
        ('the state would give Rs 6 lakh', 'Pinarayi Menon'),
        ('Kerala stands with Wayanad', 'Pinarayi Menon'),
        ('Wayanad received 372 mm', 'India Meteorological Department'),
        ('the government had ignored repeated', 'V.D. Satheesan-Nair'),
        ('The scientists told them', 'V.D. Satheesan-Nair'),
        ('no quarry had operated', 'K. Rajan-Pillai'),
        ('This is not the time for politics', 'K. Rajan-Pillai'),
        ('He went back to bring our goat', 'Sreeja Balakrishnan'),
        ('We found his slippers', 'Anil Balakrishnan'),
        ('64 injured people were being treated', 'Priya Menon-Varghese'),
        ('Our biggest worry now', 'Priya Menon-Varghese'),
        ('the slopes above the villages', 'Kiran Sebastian'),
        ('When soil on a slope like that', 'Kiran Sebastian'),
        ('the state needed to move families', 'Kiran Sebastian'),
        ('all schools in Wayanad would remain', 'Meghashree Dilip-Kumar'),
        ('Anyone living near a slope', 'Meghashree Dilip-Kumar'),
    ]),
    Article('ng_nollywood_instagram', _t(
        'Nollywood actress Funke Adesanya-Cole has denied reports that she is planning to leave the country, '
        'describing them as “the handiwork of mischief makers”.',
        'The actress, who recently produced the box office hit Ìjà Òrun, took to her Instagram page on Sunday '
        'to react to a blog post that claimed she had sold her house in Lekki and relocated to Canada.',
        'She wrote, “I am in Lagos. I am not going anywhere. Some of you should find better things to do with '
        'your data.”',
        'The post came days after her husband, the music producer Tunde Adesanya-Cole, shared a video of the '
        'couple’s children at an airport in Toronto.',
        'Speaking with our correspondent on the telephone on Monday, Tunde said the children were on holiday '
        'with their grandparents.',
        '“My in-laws live in Canada. The children go there every summer. Is that a crime now?” he said. “People '
        'just see one video and write a story.”',
        'He added that his wife was busy with post-production on her next film, which is due in cinemas in '
        'December.',
        'The blogger who first published the claim, who writes under the name Gistlover Naija, did not respond '
        'to messages.',
        'The Actors Guild of Nigeria (AGN) said the rumour was part of a trend of false reports targeting its '
        'members.',
        'Its National President, Emeka Rollas-Obi, said in a statement on Sunday that the guild would “explore '
        'legal options” against blogs that published false stories.',
        '“Our members are public figures, but they are not public property. Their private lives are not raw '
        'material for people who want clicks,” the statement read.',
        'Not everyone in the industry agreed. Veteran filmmaker Kunle Afolayan-West said stars who shared their '
        'lives online could not complain when people discussed them.',
        '“You post your children, you post your house, you post your holidays. Then you are angry that people '
        'are talking,” he said at an event in Ikeja on Saturday. “You cannot have it both ways.”',
        'Media lawyer Ngozi Okoli-Bassey said Nigerian law offered celebrities some protection, but that '
        'lawsuits were slow and costly.',
        '“A defamation case can take five years in our courts. By then the blog has moved on to ten other '
        'stories,” she said. “The law is there, but it is not fast enough for the internet.”',
        'Funke Adesanya-Cole, who has 4.2 million followers on Instagram, later posted a video from a film set '
        'in Ibadan.',
        '“Day 23 of shooting. Canada is looking very hot today,” she said in the clip, laughing, as crew '
        'members applauded behind her.',
        'Her manager, Oluwaseun Balogun, told our correspondent that the actress would not be taking any legal '
        'action for now.',
        '“She has a film to finish. That is where her energy is,” Balogun said. “But we have kept records of '
        'everything, and if it continues, we will act.”',
        'The Nigerian Film and Video Censors Board has approved her new film for release. Its Executive '
        'Director, Dr Shaibu Husseini-Lawal, said the board had received a record number of films for review '
        'this year.',
        '“Nollywood is growing, and with growth comes attention, good and bad,” he said.',
        'Fans have continued to flood her comment section with messages of support. One wrote, “Mama, ignore '
        'them. We are waiting for the movie.”',
        'Asked whether she had a message for those spreading the rumour, the actress replied in another post: '
        '“See you at the premiere. In Lagos.”',
    ), [
        ('the handiwork of mischief makers', 'Funke Adesanya-Cole'),
        ('I am in Lagos', 'Funke Adesanya-Cole'),
        ('the children were on holiday', 'Tunde Adesanya-Cole'),
        ('My in-laws live in Canada', 'Tunde Adesanya-Cole'),
        ('his wife was busy with', 'Tunde Adesanya-Cole'),
        ('the rumour was part of a trend', 'Actors Guild of Nigeria'),
        ('the guild would', 'Emeka Rollas-Obi'),
        ('Our members are public figures', 'Emeka Rollas-Obi'),
        ('stars who shared their lives', 'Kunle Afolayan-West'),
        ('You post your children', 'Kunle Afolayan-West'),
        ('Nigerian law offered celebrities', 'Ngozi Okoli-Bassey'),
        ('A defamation case can take', 'Ngozi Okoli-Bassey'),
        ('Day 23 of shooting', 'Funke Adesanya-Cole'),
        ('the actress would not be taking', 'Oluwaseun Balogun'),
        ('She has a film to finish', 'Oluwaseun Balogun'),
        ('the board had received a record', 'Shaibu Husseini-Lawal'),
        ('Nollywood is growing', 'Shaibu Husseini-Lawal'),
        ('Mama, ignore them', 'One'),
        ('See you at the premiere', 'Funke Adesanya-Cole'),
    ]),
    Article('za_coalition_council', _t(
        'Tshwane’s fragile coalition was thrown into fresh turmoil on Thursday after the EFF walked out of a '
        'council meeting in protest against the mayor’s proposed electricity tariff increase.',
        'Mayor Nasiphi Moya-Dlamini had hoped to pass the 12.7% increase before the end of the month, saying '
        'the city could not keep buying power from Eskom at a loss.',
        '“Every month we delay, we lose R90 million. That is money we should be spending on fixing roads and '
        'water pipes,” Moya-Dlamini told journalists after the meeting collapsed.',
        'She said the metro’s debt to Eskom had reached R6.8 billion and that the utility had threatened to '
        'cut bulk supply to parts of the city.',
        'The EFF’s regional chairperson, Obakeng Ramabodu-Sithole, said his party would not support “a tariff '
        'that punishes the poor for the city’s mismanagement”.',
        '“Go to Mamelodi, go to Soshanguve, and ask people whether they can pay 12% more for electricity,” he '
        'said. “The mayor must first collect from the businesses and the government departments that owe this '
        'city billions.”',
        'Without the EFF’s councillors, the coalition lacked a quorum, and Speaker Mncedi Ndzwanana-Pillay '
        'adjourned the meeting shortly after 2pm.',
        '“The rules are clear. If there is no quorum, there is no meeting,” the speaker said.',
        'The DA, now in opposition in Tshwane, accused the coalition of chaos. Its caucus leader, Cilliers '
        'Brink-Visser, said residents were paying for a government that could not agree on anything.',
        '“This coalition was built on hating the DA, not on a plan for the city,” he said in a statement. '
        '“Now they cannot even sit in the same room.”',
        'The ANC in Tshwane said the walkout was “regrettable” but that it remained committed to the '
        'coalition. The party’s regional secretary, Eugene Modise-Khan, said talks with the EFF would continue '
        'over the weekend.',
        '“We are partners, and partners disagree. What matters is that we find each other before the budget '
        'deadline,” Modise-Khan said.',
        'Business groups warned that the delay was hurting the city’s credit rating. Tshwane Business Chamber '
        'chief executive Sasha Govender said investors were watching.',
        '“Every time the council collapses, it goes into a report somewhere in Johannesburg or London,” she '
        'said. “Investors don’t read the politics. They read the chaos.”',
        'Outside the council chamber, a small group of residents from Atteridgeville had gathered with '
        'placards.',
        'Pensioner Thabo Mathebula, 71, said he already spent a third of his grant on electricity.',
        '“If they put it up again, I must choose between light and food,” he said.',
        'Eskom said in a statement that it had not yet begun the process of cutting bulk supply to Tshwane. It '
        'said it remained “in constructive discussions” with the metro about a payment plan.',
        'Moya-Dlamini said she would bring the tariff back to council next Thursday.',
        'The National Energy Regulator of South Africa must approve any municipal tariff before it takes '
        'effect on 1 July. A spokesperson for the regulator said it had received Tshwane’s application but '
        'could not consider it until council had voted.',
        '“I would rather be an unpopular mayor than the mayor who switched off the lights,” she said.',
    ), [
        ('the city could not keep buying power', 'Nasiphi Moya-Dlamini'),
        ('Every month we delay', 'Nasiphi Moya-Dlamini'),
        ('the metro’s debt to Eskom', 'Nasiphi Moya-Dlamini'),
        ('his party would not support', 'Obakeng Ramabodu-Sithole'),
        ('Go to Mamelodi', 'Obakeng Ramabodu-Sithole'),
        ('The rules are clear', 'Mncedi Ndzwanana-Pillay'),
        ('residents were paying for a government', 'Cilliers Brink-Visser'),
        ('This coalition was built', 'Cilliers Brink-Visser'),
        ('the walkout was', 'ANC in Tshwane'),
        ('talks with the EFF would continue', 'Eugene Modise-Khan'),
        ('We are partners, and partners', 'Eugene Modise-Khan'),
        ('the delay was hurting', 'Business groups'),
        ('investors were watching', 'Sasha Govender'),
        ('Every time the council collapses', 'Sasha Govender'),
        ('he already spent a third', 'Thabo Mathebula'),
        ('If they put it up again', 'Thabo Mathebula'),
        ('it had not yet begun the process', 'Eskom'),
        ('it remained', 'Eskom'),
        ('she would bring the tariff back', 'Nasiphi Moya-Dlamini'),
        ('it had received Tshwane’s application', 'spokesperson for the regulator'),
        ('I would rather be an unpopular mayor', 'Nasiphi Moya-Dlamini'),
    ]),
]

ARTICLES += [
    Article('nz_netball_coach', _t(
        'Silver Ferns coach Noeline Taurua-Reid has defended her decision to bench captain Ameliaranne '
        'Ekenasio-Puna for the final quarter of Sunday’s 58-55 loss to Australia in Auckland.',
        'With the scores level at the last break, Taurua-Reid replaced her captain at goal attack with '
        '21-year-old Kim Tairakena, who was playing only her fourth test.',
        '“Ameliaranne is a champion and she will be a champion long after this game,” the coach said. “But I '
        'had a player on the bench who was sharper on the day, and my job is to win the quarter in front of '
        'me.”',
        'She said the decision had nothing to do with the captain’s fitness and that Ekenasio-Puna would start '
        'in Wednesday’s second test in Christchurch.',
        'Ekenasio-Puna, speaking to Sky Sport after the game, said she was disappointed but backed her coach.',
        '“Of course you want to be out there. Every player does,” she said. “But Noels makes the calls and we '
        'all trust her.”',
        'Tairakena scored eight goals from nine attempts in the final quarter, but the Diamonds held on through '
        'two late intercepts by defender Jo Weston-Grey.',
        '“I was shaking when I went on, to be honest,” Tairakena said. “Ama just grabbed my hand on the way '
        'past and said, go and have fun. So I did.”',
        'Diamonds coach Stacey Marinkovich-Lowe said her side had expected the change.',
        '“We know Noeline. She is never afraid to make a big call,” Marinkovich-Lowe said. “We talked at the '
        'break about staying patient, and our defenders did that brilliantly.”',
        'Former Silver Ferns captain Casey Kopua-Hart, commentating for Sky, questioned the timing of the '
        'change.',
        '“Bringing a 21-year-old into the last quarter of a trans-Tasman test with the scores level is a huge '
        'ask,” she said. “Kim did well, but I would have kept the captain on.”',
        'Netball New Zealand said in a statement that ticket sales for the Christchurch test had passed 7,000. '
        'It said it expected a sell-out at Wolfbrook Arena.',
        'Netball NZ chief executive Jennie Wyllie-Song said the series had brought new fans to the sport.',
        '“We had families here tonight who have never been to a netball test before,” she said. “That is what '
        'a close game against Australia does.”',
        'Tairakena’s father, Wiremu Tairakena, watched from the stands with 30 family members who had driven up '
        'from Rotorua.',
        '“We were yelling so loud I think she heard us,” he said. “We’ll be in Christchurch too, all of us.”',
        'Asked whether she would make the same call again, Taurua-Reid did not hesitate.',
        '“Every time,” she said. “If I think it wins us the game, I will make it, whoever the player is.”',
        'The coach said defender Karin Burger-Ngata, who missed Sunday’s game with a calf strain, would be '
        'assessed on Tuesday.',
        'The Silver Ferns have lost their last four tests against Australia. The series finishes in Melbourne '
        'next Sunday, and tickets for that game sold out within an hour of going on sale in March.',
        'Ekenasio-Puna said the team would learn from the loss.',
        '“Three goals. That is nothing,” she said. “We will be better on Wednesday.”',
    ), [
        ('Ameliaranne is a champion', 'Noeline Taurua-Reid'),
        ('the decision had nothing to do', 'Noeline Taurua-Reid'),
        ('she was disappointed but backed', 'Ameliaranne Ekenasio-Puna'),
        ('Of course you want to be out there', 'Ameliaranne Ekenasio-Puna'),
        ('I was shaking when I went on', 'Kim Tairakena'),
        ('her side had expected the change', 'Stacey Marinkovich-Lowe'),
        ('We know Noeline', 'Stacey Marinkovich-Lowe'),
        ('Bringing a 21-year-old', 'Casey Kopua-Hart'),
        ('ticket sales for the Christchurch', 'Netball New Zealand'),
        ('it expected a sell-out', 'Netball New Zealand'),
        ('the series had brought new fans', 'Jennie Wyllie-Song'),
        ('We had families here tonight', 'Jennie Wyllie-Song'),
        ('We were yelling so loud', 'Wiremu Tairakena'),
        ('Every time', 'Noeline Taurua-Reid'),
        ('defender Karin Burger-Ngata', 'Noeline Taurua-Reid'),
        ('the team would learn from the loss', 'Ameliaranne Ekenasio-Puna'),
        ('Three goals. That is nothing', 'Ameliaranne Ekenasio-Puna'),
    ]),
    Article('us_diner_couple', _t(
        'LANCASTER, Pa. — After 41 years of pancakes, pot roast and bottomless coffee, the Blue Star Diner on '
        'Lititz Pike will serve its last meal on Sunday.',
        'Owners Nick and Jean Karalis, who bought the diner from Nick’s uncle in 1984, said they were retiring '
        'and had sold the property to a developer who plans to build apartments.',
        '“My knees told me it was time before my head did,” Nick Karalis said Tuesday, sitting in the corner '
        'booth where he has eaten lunch most days for four decades. “Forty-one years on your feet, it adds '
        'up.”',
        'His wife, who runs the register and the books, said the decision had been harder on her.',
        '“These people are our family. I know how they take their coffee, I know their grandkids’ names,” Jean '
        'Karalis said. “Who is going to ask Walt how his hip is doing?”',
        'Walt Hershey, 88, has been coming to the diner every morning since it opened under the Karalises.',
        '“I’ll probably just sit in my car in the parking lot out of habit,” he joked. Then, more quietly: “I '
        'don’t know where I’ll go. That’s the truth.”',
        'Word of the closing spread on Facebook last week, when the couple’s daughter, Andrea Karalis-Moyer, '
        'posted a photo of her parents behind the counter in 1985.',
        '“End of an era. Come say goodbye before Sunday,” she wrote. The post has been shared more than 4,000 '
        'times.',
        'Since then the line has stretched out the door every morning. On Saturday, the diner ran out of '
        'scrapple by 9 a.m. for the first time anyone could remember.',
        '“We’ve never been this busy. If it was like this every day, maybe I wouldn’t retire,” Nick Karalis '
        'said, laughing.',
        'The developer, Lancaster-based Keystone Residential, said in a news release that it would build 64 '
        'apartments on the site, with a café on the ground floor.',
        'Keystone’s president, Jordan Esh, said the company had offered to name the café after the diner.',
        '“We know what this place means to people. We want to honor that,” he said. “We’ve asked Jean for the '
        'pancake recipe. She has not said yes.”',
        'She has not, and does not plan to.',
        '“That recipe goes with me,” Jean Karalis said.',
        'Lancaster City Council member Faith Craig-Oduya, who grew up two blocks from the diner, said its '
        'closing reflected wider changes along the Lititz Pike corridor.',
        '“Every month we lose another place where people actually sit across from each other,” she said. “We '
        'gain apartments, which we need. But we lose something, too.”',
        'The diner’s longest-serving waitress, Kim Sweigart, has worked there since 1987. She said she had not '
        'yet decided what she would do next.',
        '“I’ve been pouring coffee here longer than some of my customers have been alive,” she said. “I’ll '
        'figure it out. But Sunday is going to be a hard day.”',
        'The Karalises said they planned to spend the winter with their son in Florida.',
        '“We have never taken more than a week off in 41 years,” Jean Karalis said. “I think I’ve earned a '
        'beach.”',
        'Her husband had the last word.',
        '“She’s earned two beaches,” he said.',
    ), [
        ('they were retiring', 'Nick and Jean Karalis'),
        ('My knees told me it was time', 'Nick Karalis'),
        ('the decision had been harder on her', 'Jean Karalis'),
        ('These people are our family', 'Jean Karalis'),
        ('I’ll probably just sit in my car', 'Walt Hershey'),
        ('don’t know where I’ll go', 'Walt Hershey'),
        ('End of an era', 'Andrea Karalis-Moyer'),
        ('We’ve never been this busy', 'Nick Karalis'),
        ('it would build 64 apartments', 'Keystone Residential'),
        ('the company had offered to name', 'Jordan Esh'),
        ('We know what this place means', 'Jordan Esh'),
        ('That recipe goes with me', 'Jean Karalis'),
        ('its closing reflected wider changes', 'Faith Craig-Oduya'),
        ('Every month we lose another place', 'Faith Craig-Oduya'),
        ('she had not yet decided', 'Kim Sweigart'),
        ('I’ve been pouring coffee here', 'Kim Sweigart'),
        ('they planned to spend the winter', 'Nick and Jean Karalis'),
        ('We have never taken more than', 'Jean Karalis'),
        ('She’s earned two beaches', 'Nick Karalis'),
    ]),
]

ARTICLES += [
    Article('uk_windfarm_siblings', _t(
        'Plans for a 14-turbine wind farm on moorland above the Tamar valley have split a Cornish farming family '
        'down the middle, with a brother and sister lining up on opposite sides at a packed planning meeting '
        'in Bodmin on Wednesday.',
        'Cornwall Council’s strategic planning committee voted nine to four to approve the scheme at Bray Down, '
        'which developer Kernow Renewables says will power 38,000 homes.',
        'The turbines will stand partly on land owned by Nicola Trewin, who farms 400 acres of beef and sheep '
        'at Trebartha.',
        '“Farming on its own does not pay any more. The turbines will keep this farm in the family for another '
        'generation,” Ms Trewin told councillors. “I would rather look at a turbine than a for-sale sign.”',
        'Her younger brother, Andrew Trewin, who farms the neighbouring holding, spoke against the plan minutes '
        'later.',
        '“My sister is a good farmer and I love her dearly, but she is wrong about this,” Mr Trewin said, to '
        'laughter from the public gallery. “These are 150-metre turbines on open moor. You will see them from '
        'Dartmoor.”',
        'He said he had not spoken to his sister about the scheme for several months.',
        'Kernow Renewables’ development director, Sasha Pengelly, said the company had reduced the number of '
        'turbines from 18 to 14 after consultation and would pay £140,000 a year into a community fund.',
        '“We have listened, and we have changed the scheme,” he said. “This is a project built in Cornwall, by '
        'a Cornish company, for Cornish homes.”',
        'The Campaign to Protect Rural England’s Cornwall branch had objected to the plan. Its chair, Dr Jean '
        'Rowe-Hocking, said the turbines would harm one of the last unspoilt stretches of upland in the county.',
        '“We support renewable energy, but not at any cost and not in any place,” she said. “Bodmin Moor is not '
        'an industrial site.”',
        'Natural England said it had no objection to the scheme, subject to conditions protecting ground-nesting '
        'birds during construction.',
        'Committee chair Cllr Loveday Jenkin said members had to weigh the county’s climate commitments against '
        'the impact on the landscape.',
        '“This council has declared a climate emergency. If we mean it, we have to accept that some of the '
        'answers will be visible,” she said.',
        'Cllr Martyn Alvey, who voted against, said the decision would be remembered.',
        '“People in the Tamar valley will look at these things for thirty years and remember who voted for '
        'them,” he said.',
        'Opponents have six weeks to ask for a judicial review. A spokesman for the Bray Down Action Group said '
        'it was taking legal advice.',
        'Outside County Hall, the siblings went to separate cars.',
        '“We’ll still have Christmas dinner together,” Ms Trewin said. “We just won’t talk about turbines.”',
        'Her brother was not so sure.',
        '“Ask me at Christmas,” he said.',
        'Work on the site could begin next spring, the company said.',
        'The scheme is the largest onshore wind farm approved in Cornwall since the government lifted its '
        'effective ban on new onshore turbines in England last year. Two more applications, at St Breward and '
        'near Launceston, are due before the committee in the autumn.',
    ), [
        ('The turbines will keep this farm', 'Nicola Trewin'),
        ('My sister is a good farmer', 'Andrew Trewin'),
        ('These are 150-metre turbines', 'Andrew Trewin'),
        ('he had not spoken to his sister', 'Andrew Trewin'),
        ('the company had reduced the number', 'Sasha Pengelly'),
        ('We have listened, and we have changed', 'Sasha Pengelly'),
        ('the turbines would harm one', 'Jean Rowe-Hocking'),
        ('We support renewable energy', 'Jean Rowe-Hocking'),
        ('it had no objection to the scheme', 'Natural England'),
        ('members had to weigh', 'Loveday Jenkin'),
        ('This council has declared', 'Loveday Jenkin'),
        ('the decision would be remembered', 'Martyn Alvey'),
        ('People in the Tamar valley', 'Martyn Alvey'),
        ('it was taking legal advice', 'spokesman for the Bray Down Action Group'),
        ('We’ll still have Christmas dinner', 'Nicola Trewin'),
        ('Ask me at Christmas', 'Andrew Trewin'),
        ('Work on the site could begin', 'Kernow Renewables'),
        ('will power 38,000 homes', 'Kernow Renewables'),
    ]),
    Article('ie_court_assault', _t(
        'A Limerick man who punched a stranger outside a chip shop, leaving him with a fractured skull, has been '
        'given a three-year sentence with the final 18 months suspended.',
        'Darragh Hennessy, 27, of Moyross, pleaded guilty at Limerick Circuit Criminal Court to assault causing '
        'serious harm to Kim Delaney, 32, on O’Connell Street in the early hours of June 4th, 2023.',
        'Garda Siobhán Kiely told the court that Mr Delaney, a chef, had been queuing for food when Hennessy '
        'approached him and made a remark about his jacket.',
        '“There was a short exchange of words, and the accused then struck Mr Delaney once to the side of the '
        'head,” Garda Kiely said. “He fell backwards and struck his head on the kerb.”',
        'She said Mr Delaney spent 11 days in University Hospital Limerick and still suffered from headaches and '
        'problems with his balance.',
        'In a victim impact statement read by his sister, Orla Delaney, Mr Delaney said he had not been able to '
        'return to work.',
        '“I used to run a kitchen of nine people. Now I cannot stand at a stove for more than an hour without '
        'feeling dizzy,” the statement said. “One punch took my job, my confidence and a year of my life.”',
        'Defending, Brian McInerney SC said his client had been drinking heavily on the night and had “no '
        'memory of the moment itself”.',
        '“He has watched the CCTV many times, judge, and he is sickened by what he sees,” counsel said. “He '
        'has not taken a drink since that night.”',
        'Mr McInerney said his client had offered €5,000 in compensation, which had been lodged with the court.',
        'Hennessy, who wore a grey suit, stood and turned to the victim’s family.',
        '“I am sorry. I know that does not fix anything,” he said.',
        'Judge Tom O’Donnell-Ryan said the case showed once again how a single punch could change lives.',
        '“These so-called one-punch assaults are nothing of the sort. Every punch thrown at a man’s head carries '
        'the risk of killing him,” the judge said.',
        'He said he took into account the guilty plea, the accused’s lack of previous convictions and his '
        'efforts at rehabilitation.',
        'Outside the court, Orla Delaney said the family was relieved the case was over.',
        '“My brother still has bad days, but he is a fighter,” Ms Delaney said. “We just hope someone reads '
        'about this and keeps their hands in their pockets the next time.”',
        'The Limerick-based charity Stop One Punch, founded by Jean Costello after her son died in a similar '
        'assault in 2015, said the sentence was “fair but sobering”.',
        '“Every year we meet families at the start of this road,” Ms Costello said. “The sentence is not the '
        'end of it for them. The injury lasts for life.”',
        'She said the charity would visit 40 secondary schools in Munster this year to talk to students about '
        'violence on nights out.',
        'Garda Kiely said gardaí in Limerick city centre had increased patrols on weekend nights since the '
        'assault.',
        'Hennessy was taken into custody.',
    ), [
        ('Mr Delaney, a chef, had been', 'Siobhán Kiely'),
        ('There was a short exchange', 'Siobhán Kiely'),
        ('Mr Delaney spent 11 days', 'Siobhán Kiely'),
        ('he had not been able to return', 'Kim Delaney'),
        ('I used to run a kitchen', 'Kim Delaney'),
        ('his client had been drinking', 'Brian McInerney'),
        ('He has watched the CCTV', 'Brian McInerney'),
        ('his client had offered €5,000', 'Brian McInerney'),
        ('I am sorry. I know that does not', 'Darragh Hennessy'),
        ('the case showed once again', 'Tom O’Donnell-Ryan'),
        ('These so-called one-punch', 'Tom O’Donnell-Ryan'),
        ('he took into account the guilty', 'Tom O’Donnell-Ryan'),
        ('the family was relieved', 'Orla Delaney'),
        ('My brother still has bad days', 'Orla Delaney'),
        ('the sentence was', 'Stop One Punch'),
        ('Every year we meet families', 'Jean Costello'),
        ('the charity would visit 40', 'Jean Costello'),
        ('gardaí in Limerick city centre', 'Siobhán Kiely'),
    ]),
]

ARTICLES += [
    Article('za_school_principal', _t(
        'DURBAN — The principal of a KwaMashu high school has been suspended after a video of a teacher beating '
        'a Grade 10 pupil with a length of hosepipe circulated on social media over the weekend.',
        'The KwaZulu-Natal Department of Education confirmed the suspension on Monday. Its spokesperson, '
        'Muzi Mahlambi-Ngcobo, said the teacher had also been suspended and that both faced disciplinary '
        'hearings.',
        '“Corporal punishment was abolished in our schools almost 30 years ago. There is no excuse, none, for '
        'what we saw in that video,” Mahlambi-Ngcobo said. “The principal knew about it and did nothing.”',
        'He said the department had opened a case of assault with the police on behalf of the pupil’s family.',
        'Police spokesperson Colonel Robert Netshiunda confirmed that a case had been opened at the KwaMashu '
        'police station and that no arrests had yet been made.',
        'The video, which lasts about 40 seconds, shows a man striking a boy at least seven times while other '
        'pupils watch. It was posted to TikTok on Saturday and had been viewed more than 800,000 times by Monday '
        'afternoon.',
        'The pupil’s mother, Zanele Dube, said her son had been beaten for arriving late after his taxi broke '
        'down.',
        '“My child came home and could not sit down. He did not want to tell me. I saw it on my phone like '
        'everybody else,” she said. “How does a teacher do that to a child in front of his friends?”',
        'She said her son, 16, had not returned to school and was seeing a counsellor.',
        'The South African Democratic Teachers’ Union (Sadtu) condemned the beating but warned against '
        'judging the principal before the hearing. The union’s provincial secretary, Nomarashiya Caluza-Pillay, '
        'said teachers in overcrowded township schools were under enormous pressure.',
        '“We do not defend any teacher who beats a child. Let us be very clear about that,” she said. “But we '
        'must also ask why classes of 70 have no support, no social workers and no security.”',
        'The school governing body chair, Sipho Mthembu, said parents were angry and wanted answers.',
        '“We trusted this school with our children,” Mthembu said. “Now parents are asking what else has been '
        'happening that was not filmed.”',
        'He said the governing body would hold a meeting with parents on Wednesday evening.',
        'Education MEC Sipho Hlomuka-Naidoo visited the school on Monday morning and addressed pupils at '
        'assembly.',
        '“Nobody has the right to lay a hand on you. Nobody,” the MEC told them. “If it happens, you tell '
        'someone, and we will act.”',
        'Child rights organisation Childline South Africa said reports of corporal punishment had risen in the '
        'past two years. Its national executive director, Dumisile Nala, said many children did not report '
        'beatings because they feared being targeted again.',
        '“The children in that classroom watched and said nothing, because they have learned that saying '
        'something makes it worse,” she said.',
        'An acting principal has been appointed, the department said. It said extra counsellors would be sent '
        'to the school this week.',
        'Dube said she wanted the teacher to face criminal charges.',
        '“Suspension is a holiday with pay,” she said. “I want him in court.”',
    ), [
        ('the teacher had also been suspended', 'Muzi Mahlambi-Ngcobo'),
        ('Corporal punishment was abolished', 'Muzi Mahlambi-Ngcobo'),
        ('the department had opened a case', 'Muzi Mahlambi-Ngcobo'),
        ('a case had been opened at the KwaMashu', 'Robert Netshiunda'),
        ('her son had been beaten for arriving', 'Zanele Dube'),
        ('My child came home and could not', 'Zanele Dube'),
        ('her son, 16, had not returned', 'Zanele Dube'),
        ('teachers in overcrowded township', 'Nomarashiya Caluza-Pillay'),
        ('We do not defend any teacher', 'Nomarashiya Caluza-Pillay'),
        ('parents were angry and wanted', 'Sipho Mthembu'),
        ('We trusted this school', 'Sipho Mthembu'),
        ('the governing body would hold', 'Sipho Mthembu'),
        ('Nobody has the right to lay', 'Sipho Hlomuka-Naidoo'),
        ('reports of corporal punishment', 'Childline South Africa'),
        ('many children did not report', 'Dumisile Nala'),
        ('The children in that classroom', 'Dumisile Nala'),
        ('An acting principal has been', 'KwaZulu-Natal Department of Education'),
        ('extra counsellors would be sent', 'KwaZulu-Natal Department of Education'),
        ('she wanted the teacher to face', 'Zanele Dube'),
        ('Suspension is a holiday with pay', 'Zanele Dube'),
    ]),
    Article('in_startup_founder_x', _t(
        'New Delhi: Quick-commerce start-up ZipKart on Thursday said it would shut its operations in Pune and '
        'Ahmedabad and lay off around 400 employees, weeks after raising $60 million from investors.',
        'In a note to staff that was later shared on LinkedIn, co-founder and CEO Aditi Khurana-Rao said the '
        'company had expanded into too many cities too quickly.',
        '“I take full responsibility for this decision. We opened dark stores in cities where the numbers never '
        'worked, and I should have seen it sooner,” she wrote.',
        'The company’s founder said every employee leaving would receive three months’ salary and health cover '
        'until the end of the year.',
        'Her co-founder and brother, Nikhil Khurana-Rao, who runs the company’s technology team, posted on X '
        'that the decision had been “the hardest call we have ever made together”.',
        'Speaking to this newspaper on Thursday evening, he said ZipKart would now focus on Delhi, Mumbai and '
        'Bengaluru, where its stores were profitable.',
        '“We are not going anywhere. We are getting smaller so that we can get bigger again,” Nikhil said. '
        '“The three big cities make money every month. The rest of the map was our mistake.”',
        'Employees in Pune said they had been given less than a day’s notice. One delivery partner, who did '
        'not want to be named, said he had not been paid for his last two weeks of work.',
        '“They sent a message at 9pm saying do not come tomorrow. That is all,” he said.',
        'ZipKart said in a statement that delivery partners were not its employees but would be paid all dues '
        'within seven days.',
        'The Indian Federation of App-Based Transport Workers (IFAT) called the shutdown “another example of '
        'gig workers being thrown away like packaging”. Its national general secretary, Shaik Salauddin, '
        'demanded that the Maharashtra government step in.',
        '“The companies take the profit and the workers take the risk. This has to stop,” he said.',
        'Analysts said the cuts reflected a wider shake-out in the quick-commerce sector. Kiran Jadhav, a '
        'partner at consulting firm Redseer, said only companies with deep pockets would survive the price war.',
        '“Ten-minute delivery is very expensive to run. Unless you have scale in a city, you are paying '
        'customers to use you,” she said.',
        'Investor Wei Zhang of Lightbox Ventures, which led ZipKart’s latest funding round, said the firm '
        'supported the founders.',
        '“Good founders cut early. Bad founders cut late. Aditi and Nikhil cut early,” he said in a message to '
        'this newspaper.',
        'Aditi Khurana-Rao later posted on X that she would personally help laid-off employees find new jobs.',
        '“DM me. I will reply to every single one of you,” she wrote.',
        'The Maharashtra labour department said it had sought details of the layoffs from the company. It said '
        'it would examine whether the shutdown complied with the Industrial Disputes Act.',
        'ZipKart, founded in 2021 by the brother and sister after they left jobs at a Bengaluru bank, operates '
        'around 300 dark stores. It competes with Blinkit, Zepto and '
        'Swiggy’s Instamart, all of which have expanded rapidly over the past two years.',
    ), [
        ('it would shut its operations', 'ZipKart'),
        ('the company had expanded into', 'Aditi Khurana-Rao'),
        ('I take full responsibility', 'Aditi Khurana-Rao'),
        ('every employee leaving would', 'Aditi Khurana-Rao'),
        ('the decision had been', 'Nikhil Khurana-Rao'),
        ('ZipKart would now focus', 'Nikhil Khurana-Rao'),
        ('We are not going anywhere', 'Nikhil Khurana-Rao'),
        ('they had been given less than', 'Employees in Pune'),
        ('he had not been paid', 'One delivery partner'),
        ('They sent a message at 9pm', 'One delivery partner'),
        ('delivery partners were not its employees', 'ZipKart'),
        ('another example of gig workers', 'Indian Federation of App-Based Transport Workers'),
        ('The companies take the profit', 'Shaik Salauddin'),
        ('the cuts reflected a wider', 'Analysts'),
        ('only companies with deep pockets', 'Kiran Jadhav'),
        ('Ten-minute delivery is very expensive', 'Kiran Jadhav'),
        ('the firm supported the founders', 'Wei Zhang'),
        ('Good founders cut early', 'Wei Zhang'),
        ('she would personally help', 'Aditi Khurana-Rao'),
        ('DM me. I will reply', 'Aditi Khurana-Rao'),
        ('it had sought details', 'Maharashtra labour department'),
        ('it would examine whether', 'Maharashtra labour department'),
    ]),
]


LEFT: dict[tuple[str, str], str] = {
    ('ie_trolleys_cork', 'people with less urgent conditions'):
        "'It urged' after 'The HSE South West said …' goes to the union of the lead: 'The HSE South West' is read as "
        "a group of people, which is no 'it'",
    ('ie_trolleys_cork', 'We said it in writing'):
        "'he' after 'Dr Sasha Kearney': a first name the name table gives only to women is not read as a man's",
    ('in_bengaluru_water', 'it would cap the price'):
        "'the … Board (BWSSB) on Monday said': a time between the subject and its cue leaves no speaker",
    ('in_bengaluru_water', 'the state had set aside'):
        "'The minister' is not tied to the Deputy Chief Minister ('deputy' and 'chief' make it another post)",
    ('in_bengaluru_water', 'Bengaluru once had more than 260'):
        "'Dr Rao' after 'Dr Wei Lin Rao' is read as 'Lin Rao' ('Lin' is read as a given name, 'Wei' as a family name)",
    ('in_bengaluru_water', 'rainwater harvesting rules were'):
        "'she' after 'Dr Rao said' keeps the short name 'Lin Rao'",
    ('ng_lagos_market_fire', 'the market’s fire hydrants had not'):
        "'Another trader, who gave her name only as Mama Tobi,': a name given 'only as' in an aside is not read",
    ('ng_lagos_market_fire', 'We have complained and complained'):
        "'she asked' goes to the woman named in full before, not the trader known only by 'Mama Tobi'",
    ('ng_lagos_market_fire', 'it had set up a committee'):
        "'The Lagos State Government, in a statement signed by …, said': the signer in the aside is taken",
    ('ng_lagos_market_fire', 'The Governor sympathises'):
        "'The statement read' goes to the signer of the statement, not the government that issued it",
    ('ng_lagos_market_fire', 'the state would enforce its ban'):
        "'It added' after a statement given to its signer: no organisation spoke, so 'it' has no one",
    ('za_joburg_water', 'the work had been delayed'):
        "'The utility' is not tied to Rand Water, the supplier named as the subject before it",
    ('za_joburg_water', 'This is not bad luck'):
        "'the group’s Ferrial Adam': the owner before a name is kept in the speaker",
    ('nz_school_merger', 'that only made parents more worried'):
        "not found: 'Tipene said that only made …' (a demonstrative 'that' opening the reported clause)",
    ('us_warehouse_zoning', 'it remained committed'):
        "'The company posted a statement … saying': 'the company' is not tied to the developer named before",
    ('uk_bus_cuts_yorkshire', 'it would withdraw six rural routes'):
        "'the region’s largest operator' in the lead is not tied to the operator named in the next sentence",
    ('au_court_sentencing', 'Petrovski had asked her to pass'):
        "'the defence lawyer' is not tied to 'Petrovski’s lawyer, Andrea Costa' ('defence' is no word of her post)",
    ('ie_farmers_nitrates', 'he had'):
        "'the Laois Fine Gael TD Charlie Flanagan-Rice wrote on X': the post with its article is kept in the speaker",
    ('ng_asuu_strike', 'they have heard it all before'):
        "'But students say' is read as the NANS named after it ('Nigerian Students')",
    ('nz_startup_layoffs', 'We were thanked for our passion'):
        "'one of them said' goes to the 'two employees' the sentence before names, not one of them",
    ('uk_inquest_river', 'There is no evidence that anyone else'):
        "'the coroner' after 'Assistant coroner Jean Wainwright' ('assistant' makes another post) goes to the person "
        "the story is about",
    ('uk_inquest_river', 'she would write a prevention'):
        "'The coroner said' after 'Assistant coroner Jean Wainwright' goes to the person the story is about",
    ('uk_inquest_river', 'she was not to blame'):
        "'The coroner told Miss …' after 'Assistant coroner Jean Wainwright' goes to the person the story is about",
    ('au_mining_founder_x', 'it had paused a final investment'):
        "'Pilbara Ridge said': the short form of the firm is not given the full name the text gave it",
    ('in_kerala_landslide', 'the National Disaster Response Force'):
        "not found: '…, who is camping in Meppadi to coordinate the rescue, said …' (a relative clause with 'to')",
    ('in_kerala_landslide', 'He went back to bring our goat'):
        "'she said' after '…, 38-year-old tea estate worker Sreeja Balakrishnan sat …': no woman by a known first name",
    ('za_coalition_council', 'it had received Tshwane’s application'):
        "'A spokesperson for the regulator' gives the regulator, not its spokesperson",
    ('us_diner_couple', 'they were retiring'):
        "'Owners Nick and Jean Karalis': the capitalised role opening the sentence is kept",
    ('us_diner_couple', 'don’t know where I’ll go'):
        "not found: a quotation after 'Then, more quietly:' with no cue of its own",
    ('us_diner_couple', 'it would build 64 apartments'):
        "'Lancaster-based Keystone Residential': the place-based descriptor is kept",
    ('us_diner_couple', 'they planned to spend the winter'):
        "'The Karalises': a family's plural surname is not given the couple's names",
    ('uk_windfarm_siblings', 'We have listened, and we have changed'):
        "'he' after 'Sasha Pengelly': a first name the table gives only to women is not read as a man's",
    ('uk_windfarm_siblings', 'Work on the site could begin'):
        "'the company said' goes to the spokesman quoted last, not the developer",
    ('za_school_principal', 'Nobody has the right to lay'):
        "'the MEC' is not read as the post of 'Education MEC Sipho Hlomuka-Naidoo'",
    ('in_startup_founder_x', 'The companies take the profit'):
        "'he' after 'Its national general secretary, Shaik Salauddin, demanded …': the name is not known as a man's",
}
"""(article, quote's first words) -> why its speaker is still wrong or the quote is not found."""


SENTENCES: list[tuple[str, str, str]] = [
    ('Sinn Féin spokesperson Nicola Devane TD said the figures were a scandal.', 'Nicola Devane', 'the figures'),
    ('A record 84 patients waited on trolleys on Tuesday, according to figures from the Irish Nurses and Midwives '
     'Organisation (INMO).', 'Irish Nurses and Midwives Organisation', 'A record 84'),
    ('Defending, Brian McInerney SC said his client had been drinking.', 'Brian McInerney', 'his client'),
    ('Garda Siobhán Kiely said the man fell backwards.', 'Siobhán Kiely', 'the man fell'),
    ('The president of the students’ union, Comrade Oluwaseun Adeyemi, said students could not afford it.',
     'Oluwaseun Adeyemi', 'students could not'),
    ('Among the protesters were siblings Jean and Conor Dunne.\n\n“We fenced the rivers,” Ms Dunne said.',
     'Jean Dunne', 'We fenced the rivers'),
    ('Among the protesters were siblings Jean and Conor Dunne.\n\n“We fenced the rivers,” Ms Dunne said.\n\n'
     'Her brother said he was not sure the farm had a future.', 'Conor Dunne', 'he was not sure'),
    ('Sasha Wheeler and her husband, Tom, were lifting furniture.\n\n“I am 61,” Mr Wheeler said.', 'Tom Wheeler',
     'I am 61'),
    ('Owners Nick and Jean Karalis are retiring.\n\n“My knees told me,” Nick Karalis said.\n\nHis wife said the '
     'decision had been harder on her.', 'Jean Karalis', 'the decision had been'),
    ('Nick Karalis and his wife, Jean, run the diner.\n\n“We are tired,” Jean Karalis said.\n\nHer husband had the '
     'last word.\n\n“She has earned a beach,” he said.', 'Nick Karalis', 'She has earned a beach'),
    ('Chief Minister Pinarayi Menon wrote on X that aid would come.\n\nThe India Meteorological Department had '
     'issued an alert on Monday. Wayanad received 372 mm of rain, it said.', 'India Meteorological Department',
     'Wayanad received'),
    ('Revenue Minister Rita Pillai said 212 people were rescued.\n\nChief Minister Arun Menon wrote on X that aid '
     'would come.\n\nPillai rejected the charge. The minister said no quarry had operated nearby.', 'Rita Pillai',
     'no quarry had'),
    ('Board chairman Kiran Shetty said tankers would be seized.\n\nDeputy Chief Minister D.K. Raghunath blamed the '
     'monsoon.\n\n“This is nature,” he said.', 'D.K. Raghunath', 'This is nature'),
    ('IFA president Francie Gorman told the crowd the rule mattered.\n\n“If this goes, farms close,” he said.\n\nMr Gorman said '
     'the association would go to Brussels.', 'Francie Gorman', 'the association would'),
    ('IFA president Francie Gorman told the crowd the rule mattered.\n\n“If this goes, farms close,” he said.\n\nMr Gorman said '
     'the association would go to Brussels.', 'Francie Gorman', 'If this goes'),
    ('Coach Noeline Reid said she had benched her captain.\n\nRival coach Stacey Lowe said she expected it.\n\nAsked whether she '
     'would make the same call again, Reid did not hesitate.\n\n“Every time,” she said.', 'Noeline Reid',
     'Every time'),
    ('Coach Noeline Reid said she had benched her captain.\n\nRival coach Stacey Lowe said she expected it.\n\nAsked whether she '
     'would do it again, Reid did not hesitate. “Every time,” she said.\n\nThe coach said the defender would be fit.',
     'Noeline Reid', 'the defender would'),
    ('Chief executive and founder Sasha Kerr said the cuts were hard.\n\nThe company’s founder said staff would get '
     'eight weeks’ pay.', 'Sasha Kerr', 'staff would get'),
    ('Coach Wiremu Hale spoke first.\n\nTairakena’s father, Wiremu Tairakena, watched from the stands.\n\n“We were '
     'yelling,” he said.', 'Wiremu Tairakena', 'We were yelling'),
    ('Coroner Jean Wainwright heard the evidence.\n\nHis flatmate, Jordan Ashby-Clarke, told the inquest she had '
     'last seen him at midnight.\n\n“He seemed fine,” she said.\n\nThe coroner told Miss Ashby-Clarke she was not '
     'to blame.', 'Jordan Ashby-Clarke', 'He seemed fine'),
]
"""One short text for each form the articles needed: (text, speaker, the quotation's first words)."""


@pytest.mark.parametrize("text,speaker,start", SENTENCES, ids=[f"s{i}" for i in range(len(SENTENCES))])
def test_each_form_in_a_short_text(text: str, speaker: str, start: str):
    got = [(_key(q.speaker), q.text) for q in extract_quotes(text, "s")]
    assert [(who, t) for who, t in got if t.startswith(start)] and all(who == speaker for who, t in got
                                                                       if t.startswith(start)), got


@pytest.mark.parametrize("text,start", [
    ('Another trader said the hydrants had failed.\n\nIt added that the lanes would be cleared.', 'the lanes'),
    ('Chief Minister Pinarayi Menon said aid would come. It said the lanes would be cleared.', 'the lanes'),
])
def test_it_is_never_a_person(text: str, start: str):
    assert [q.speaker for q in extract_quotes(text, "s") if q.text.startswith(start)] == [None]


def test_a_surname_and_the_next_full_name_are_no_pair():
    text = ('Hillary Clinton and Bernie Sanders spoke on Sunday.\n\nSanders has made what he calls corruption a focus '
            'of his campaign, he said.')
    assert {q.speaker for q in extract_quotes(text, "s")} <= {"Bernie Sanders"}


@pytest.mark.parametrize("article", ARTICLES, ids=[a.name for a in ARTICLES])
def test_every_speaker_of_the_article(article: Article):
    assert_speakers_as_listed(article, LEFT)


def test_the_articles_are_many_long_and_varied():
    assert len(ARTICLES) >= 25
    assert len({a.name for a in ARTICLES}) == len(ARTICLES)
    assert all(len(a.text.split()) >= 500 for a in ARTICLES)
    assert sum(len(a.speakers) for a in ARTICLES) >= 480
    for a in ARTICLES:  # every listed first words occur in the text
        assert all(start in a.text for start, _ in a.speakers), a.name
    assert set(LEFT) <= {(a.name, s) for a in ARTICLES for s, _ in a.speakers}
    # both genders speak in every article, and more than one speaker
    assert all(len({who for _, who in a.speakers}) >= 3 for a in ARTICLES)
