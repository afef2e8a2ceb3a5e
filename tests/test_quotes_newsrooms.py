"""Quotes in the house styles of newsrooms beyond Canadian and British local news, on passages written for these
tests: wire copy (AP, Reuters, AFP, Bloomberg, The Canadian Press), English-language news from Australia and New
Zealand, Ireland, India, South Africa, Nigeria, Singapore and Hong Kong and the Philippines (honorifics without
periods, family names first, titles such as ``Taoiseach``, ``Chief Minister`` or ``MLA``), business and markets,
technology, science and health, courts, weather and disasters, sports, and speakers named once and then by surname,
title, pronoun or role. Each passage comes with the quotes an annotator marks: (speaker's fullest name, words the
quote holds). A speaker written ``A|B`` accepts either form; names compare without case."""

from __future__ import annotations

import pytest

from quote_passages import passage_errors, passage_params

PASSAGES: list[tuple[str, str, list[tuple[str, str]]]] = [
    # ------------------------------------------------------------ AP wire copy
    ("ap_dateline_said",
     "WASHINGTON (AP) — The Senate will vote next week on a stopgap spending bill, Majority Leader Carl Haverford "
     "said Thursday. \"We are not going to let the government shut down,\" Haverford told reporters.",
     [("Carl Haverford", "The Senate will vote next week"), ("Carl Haverford", "We are not going to let")]),
    ("ap_statement",
     "PHOENIX (AP) — The Arizona Department of Corrections said in a statement that an inmate died Sunday at a "
     "state prison in Florence. The cause of death was under investigation, the department said.",
     [("The Arizona Department of Corrections", "an inmate died Sunday"),
      ("The Arizona Department of Corrections|the department", "The cause of death was under investigation")]),
    ("ap_told_the_ap",
     "Maria Delgado, 54, told The Associated Press she had waited three hours to vote. \"I was not going home "
     "without casting my ballot,\" she said.",
     [("Maria Delgado", "she had waited three hours to vote"), ("Maria Delgado", "I was not going home")]),
    ("ap_reported",
     "The Justice Department is expected to file charges against the contractor as soon as this week, the AP "
     "reported.",
     [("the AP|The Associated Press", "The Justice Department is expected to file charges")]),
    ("ap_anonymity",
     "A U.S. official, who spoke on condition of anonymity to discuss private deliberations, said the president "
     "had not yet made a decision.",
     [("A U.S. official", "the president had not yet made a decision")]),
    ("ap_email",
     "In an email to The Associated Press, company spokeswoman Janelle Ortiz said the recall affected about "
     "40,000 vehicles.",
     [("Janelle Ortiz", "the recall affected about 40,000 vehicles")]),
    ("ap_did_not_respond",
     "A spokesperson for the governor did not immediately respond to a request for comment. The governor's office "
     "has previously said the law is constitutional.",
     [("The governor's office", "the law is constitutional")]),
    ("ap_sheriff",
     "LOS ANGELES (AP) — Two deputies were wounded in a shootout in Lancaster early Saturday, Sheriff Robert "
     "Villanueva-Pratt said. Both were expected to survive, he said.",
     [("Robert Villanueva-Pratt", "Two deputies were wounded"), ("Robert Villanueva-Pratt", "Both were expected to survive")]),
    ("ap_wrote_on_x",
     "The senator criticized the ruling in a post on X. Sen. Dolores Whitcomb, R-Idaho, said the court had "
     "\"ignored the will of the voters.\"",
     [("Dolores Whitcomb", "ignored the will of the voters")]),
    ("ap_hurricane_center",
     "MIAMI (AP) — Hurricane Ines strengthened to a Category 3 storm on Tuesday, the National Hurricane Center "
     "said. Forecasters said it could reach the Gulf Coast by Friday.",
     [("the National Hurricane Center", "Hurricane Ines strengthened"), ("Forecasters", "it could reach the Gulf Coast")]),
    ("ap_white_house",
     "White House press secretary Dana Kellerman said the president \"has full confidence\" in the Secretary of "
     "State. She declined to say whether the two had spoken since Monday.",
     [("Dana Kellerman", "has full confidence")]),
    ("ap_said_quote_tail",
     "\"It's a sad day for this community,\" said Mayor Tom Brackett of Dayton. \"We will rebuild.\"",
     [("Tom Brackett", "It's a sad day for this community"), ("Tom Brackett", "We will rebuild")]),
    ("ap_contributed",
     "Voters in the district said they were frustrated by the delays. \"Nobody tells us anything,\" said Luis "
     "Carrasco, a retired teacher.\n\nAssociated Press writer Jill Peterman in Boston contributed to this report.",
     [("Voters in the district", "they were frustrated by the delays"), ("Luis Carrasco", "Nobody tells us anything")]),
    ("ap_police_say",
     "ATLANTA (AP) — A man was arrested after a crash that killed three people on Interstate 85, police say. "
     "Authorities say the driver was going more than 100 mph.",
     [("police", "A man was arrested after a crash"), ("Authorities", "the driver was going more than 100 mph")]),
    ("ap_court_papers",
     "Prosecutors allege the former treasurer moved $2.3 million into personal accounts. His attorney, "
     "Mark Fennimore, said his client would plead not guilty.",
     [("Prosecutors", "the former treasurer moved $2.3 million"),
      ("Mark Fennimore", "his client would plead not guilty")]),
    ("ap_pentagon",
     "Pentagon spokesman Maj. Gen. Patrick Rydell said the strike targeted a weapons depot. \"We are confident "
     "there were no civilian casualties,\" Rydell said.",
     [("Patrick Rydell", "the strike targeted a weapons depot"), ("Patrick Rydell", "We are confident there were")]),
    ("ap_according_to",
     "The fire destroyed at least 140 homes, according to the California Department of Forestry and Fire "
     "Protection.",
     [("the California Department of Forestry and Fire Protection", "The fire destroyed at least 140 homes")]),
    ("ap_noquote_background",
     "NEW YORK (AP) — Stocks fell on Wall Street on Monday as Treasury yields climbed. The S&P 500 dropped 1.2%, "
     "and the Dow lost 410 points.",
     []),

    # ------------------------------------------------------------ Reuters
    ("reu_told_reuters",
     "\"We have no plans to raise prices this year,\" Chief Executive Hiroshi Tanabe told Reuters in an interview "
     "on Wednesday.",
     [("Hiroshi Tanabe", "We have no plans to raise prices")]),
    ("reu_sources",
     "The company is in talks to sell its European unit for about $4 billion, three sources told Reuters.",
     [("three sources", "The company is in talks to sell")]),
    ("reu_person_familiar",
     "The deal could be announced as early as next month, a person familiar with the matter said, asking not to "
     "be named because the talks are private.",
     [("a person familiar with the matter", "The deal could be announced")]),
    ("reu_said_on_tuesday",
     "Germany's economy ministry said on Tuesday it expects growth of 0.3% this year, down from an earlier "
     "forecast of 1.3%.",
     [("Germany's economy ministry", "it expects growth of 0.3% this year")]),
    ("reu_did_not_immediately",
     "Shell did not immediately respond to a Reuters request for comment. The company has said it remains "
     "committed to its 2050 net zero target.",
     [("Shell|The company", "it remains committed to its 2050 net zero target")]),
    ("reu_could_not_verify",
     "Reuters could not independently verify the report. Ukraine's air force said it shot down 23 of 31 drones "
     "launched overnight.",
     [("Ukraine's air force", "it shot down 23 of 31 drones")]),
    ("reu_spokesperson_said",
     "\"The ministry is reviewing the proposal,\" a spokesperson for Japan's finance ministry said, declining to "
     "give further details.",
     [("a spokesperson for Japan's finance ministry", "The ministry is reviewing the proposal")]),
    ("reu_title_surname",
     "Brazilian Finance Minister Fernando Aguiar said the government would meet its fiscal target. Aguiar told "
     "reporters in Brasilia that spending cuts would be announced on Friday.",
     [("Fernando Aguiar", "the government would meet its fiscal target"),
      ("Fernando Aguiar", "spending cuts would be announced on Friday")]),
    ("reu_analyst_said",
     "\"The market is pricing in two more cuts,\" said Karen Albright, chief strategist at Harlow Capital in New "
     "York.",
     [("Karen Albright", "The market is pricing in two more cuts")]),
    ("reu_statement_kremlin",
     "Kremlin spokesman Dmitry Volkhov said on Monday that Moscow saw no basis for new talks. \"The conditions are "
     "not there,\" Volkhov told reporters.",
     [("Dmitry Volkhov", "Moscow saw no basis for new talks"), ("Dmitry Volkhov", "The conditions are not there")]),
    ("reu_reporting_by",
     "Oil prices rose 2% on Thursday after OPEC+ said it would extend output cuts into next year.\n\n"
     "(Reporting by Ahmad Ghaddar; Editing by Louise Heavens)",
     [("OPEC+", "it would extend output cuts")]),
    ("reu_declined",
     "A spokesperson for Nvidia declined to comment on the report.",
     []),
    ("reu_two_sources_familiar",
     "Two sources familiar with the plans said the central bank would hold rates steady, while a third said a "
     "cut was possible.",
     [("Two sources familiar with the plans", "the central bank would hold rates steady"),
      ("a third", "a cut was possible")]),
    ("reu_told_reuters_that",
     "Ecuador's energy minister, Rosa Quintana, told Reuters that power cuts would end by the end of the month.",
     [("Rosa Quintana", "power cuts would end")]),
    ("reu_in_a_statement_company",
     "Volvo Cars said in a statement it would cut about 3,000 jobs, mostly in Sweden, as part of a cost-saving "
     "plan.",
     [("Volvo Cars", "it would cut about 3,000 jobs")]),

    # ------------------------------------------------------------ AFP
    ("afp_told_afp",
     "\"We have nothing left, not even a roof,\" Fatima Diallo, a 43-year-old mother of five, told AFP.",
     [("Fatima Diallo", "We have nothing left")]),
    ("afp_translated",
     "\"Nous ne reculerons pas,\" Prime Minister Claire Audibert said on Sunday -- \"We will not back down.\"",
     [("Claire Audibert", "We will not back down")]),
    ("afp_said_in_statement_ngo",
     "Doctors Without Borders (MSF) said in a statement that its teams had treated more than 200 wounded since "
     "Friday.",
     [("Doctors Without Borders", "its teams had treated more than 200 wounded")]),
    ("afp_local_official",
     "\"The water came up to the rooftops in less than an hour,\" local official Ahmed Karimi told AFP by phone.",
     [("Ahmed Karimi", "The water came up to the rooftops")]),
    ("afp_first_name_only",
     "Amadou, a fisherman who declined to give his surname, said he had lost his boat in the storm. \"Everything "
     "is gone,\" he said.",
     [("Amadou", "he had lost his boat"), ("Amadou", "Everything is gone")]),
    ("afp_according_to_tally",
     "At least 37 people have been killed in the clashes, according to an AFP tally based on official sources.",
     [("an AFP tally based on official sources|an AFP tally", "At least 37 people have been killed")]),
    ("afp_ministry_spokesman",
     "Foreign ministry spokesman Lin Hao said China \"firmly opposes\" the sanctions. Beijing would take "
     "\"necessary measures\" to protect its companies, Lin said.",
     [("Lin Hao", "firmly opposes"), ("Lin Hao", "necessary measures")]),
    ("afp_quoted_by_agency",
     "Iranian Foreign Minister Abbas Rahimi was quoted by the state news agency IRNA as saying Tehran was ready "
     "for talks.",
     [("Abbas Rahimi", "Tehran was ready for talks")]),
    ("afp_witness",
     "A witness told AFP he had seen at least six bodies near the market. \"People were running everywhere,\" "
     "he said.",
     [("A witness", "he had seen at least six bodies"), ("A witness", "People were running everywhere")]),

    # ------------------------------------------------------------ Bloomberg
    ("bbg_people_familiar",
     "Apex Holdings is exploring a sale of its payments unit, according to people familiar with the matter, who "
     "asked not to be identified because the deliberations are private.",
     [("people familiar with the matter", "Apex Holdings is exploring a sale")]),
    ("bbg_declined_comment",
     "Representatives for Apex declined to comment. No final decision has been made, and Apex could opt to keep "
     "the business, the people said.",
     [("the people|people familiar with the matter", "No final decision has been made")]),
    ("bbg_wrote_note",
     "\"Demand for AI servers remains robust,\" Bloomberg Intelligence analyst Mandeep Singh wrote in a note.",
     [("Mandeep Singh", "Demand for AI servers remains robust")]),
    ("bbg_said_interview_tv",
     "\"Inflation is not yet where we want it,\" Federal Reserve Governor Lisa Carrow said in an interview on "
     "Bloomberg Television on Wednesday.",
     [("Lisa Carrow", "Inflation is not yet where we want it")]),
    ("bbg_data_compiled",
     "The yen weakened past 155 per dollar, according to data compiled by Bloomberg.",
     [("Bloomberg|data compiled by Bloomberg", "The yen weakened past 155 per dollar")]),
    ("bbg_wrote_client_note",
     "Strategists at Morgan Stanley led by Michael Wilson wrote in a note to clients that earnings estimates "
     "look too high.",
     [("Michael Wilson|Strategists at Morgan Stanley", "earnings estimates look too high")]),
    ("bbg_spokesperson_email",
     "A spokesperson for the European Commission said in an emailed statement that the proposal would be "
     "published next week.",
     [("A spokesperson for the European Commission", "the proposal would be published next week")]),
    ("bbg_chief_said",
     "\"We are seeing a very strong quarter,\" Chief Financial Officer Amy Hood-Larsen said in an interview. The "
     "company expects revenue to grow about 15% next year, she said.",
     [("Amy Hood-Larsen", "We are seeing a very strong quarter"), ("Amy Hood-Larsen", "The company expects revenue")]),

    # ------------------------------------------------------------ Canadian Press
    ("cp_dateline",
     "OTTAWA — The federal government will table legislation this fall to expand dental care, Health Minister "
     "Mark Holland-Reyes said Tuesday.",
     [("Mark Holland-Reyes", "The federal government will table legislation")]),
    ("cp_told_cp",
     "\"We are running out of room,\" Mayor Evelyn Stroud told The Canadian Press in an interview.",
     [("Evelyn Stroud", "We are running out of room")]),
    ("cp_report_first",
     "This report by The Canadian Press was first published May 3, 2025.\n\nThe RCMP said the investigation was "
     "continuing.",
     [("The RCMP", "the investigation was continuing")]),
    ("cp_premier_said",
     "Premier Scott Moe-Lindqvist says the province will not pay for the new arena. He told reporters in Regina "
     "that the team's owners have deep pockets.",
     [("Scott Moe-Lindqvist", "the province will not pay for the new arena"),
      ("Scott Moe-Lindqvist", "the team's owners have deep pockets")]),
    ("cp_in_french",
     "\"C'est inacceptable,\" Bloc Québécois Leader Yves-François Ducharme said in French, calling the delays "
     "unacceptable.",
     [("Yves-François Ducharme", "C'est inacceptable")]),
    # ------------------------------------------------------------ Australia and New Zealand
    ("au_premier",
     "NSW Premier Chris Minogue said the state would fund 500 extra paramedics. \"Our ambos have been stretched "
     "to breaking point,\" Mr Minogue said.",
     [("Chris Minogue", "the state would fund 500 extra paramedics"), ("Chris Minogue", "Our ambos have been stretched")]),
    ("au_told_abc",
     "Opposition Leader Peta Dalgleish told ABC Radio National the budget was \"a con job\". Ms Dalgleish said "
     "families would be worse off by Christmas.",
     [("Peta Dalgleish", "a con job"), ("Peta Dalgleish", "families would be worse off by Christmas")]),
    ("au_treasurer",
     "Treasurer Jim Callister said inflation was \"moderating but still too high\". Dr Callister said the "
     "government would not add to price pressures.",
     [("Jim Callister", "moderating but still too high"), ("Jim Callister", "the government would not add to price pressures")]),
    ("au_bom",
     "The Bureau of Meteorology has warned of severe thunderstorms across south-east Queensland on Saturday. "
     "Senior meteorologist Dean Narramore said damaging hail was possible.",
     [("The Bureau of Meteorology", "severe thunderstorms across south-east Queensland"),
      ("Dean Narramore", "damaging hail was possible")]),
    ("au_police_spokeswoman",
     "A NSW Police spokeswoman said a 34-year-old man had been charged and would appear in Parramatta Local "
     "Court on Monday.",
     [("A NSW Police spokeswoman", "a 34-year-old man had been charged")]),
    ("au_senator",
     "Greens senator Mehreen Sahak said the bill was \"a gift to the gas industry\". Senator Sahak said her party "
     "would move amendments in the upper house.",
     [("Mehreen Sahak", "a gift to the gas industry"), ("Mehreen Sahak", "her party would move amendments")]),
    ("nz_pm",
     "Prime Minister Christopher Luxton said on Monday the government would not reverse the cuts. \"We've been "
     "very clear about this,\" Luxton told reporters at Parliament.",
     [("Christopher Luxton", "the government would not reverse the cuts"), ("Christopher Luxton", "We've been very clear")]),
    ("nz_told_rnz",
     "Te Pāti Māori co-leader Rawiri Waititi-Horomona told RNZ the legislation was \"an attack on the Treaty\".",
     [("Rawiri Waititi-Horomona", "an attack on the Treaty")]),
    ("nz_civil_defence",
     "Civil Defence said about 200 homes in Gisborne had been evacuated. Emergency Management Minister Mark "
     "Mitchellson said the priority was keeping people safe.",
     [("Civil Defence", "about 200 homes in Gisborne had been evacuated"),
      ("Mark Mitchellson", "the priority was keeping people safe")]),
    ("au_told_the_guardian",
     "Independent MP Zali Stegman told Guardian Australia she would not support the bill in its current form.",
     [("Zali Stegman", "she would not support the bill")]),
    ("au_surf_club",
     "Surf Life Saving NSW's chief executive, Steven Pearce, said the summer had been the worst in a decade for "
     "drownings. \"Please swim between the flags,\" he said.",
     [("Steven Pearce", "the summer had been the worst in a decade"), ("Steven Pearce", "Please swim between the flags")]),
    ("au_ms_after_full",
     "Federal Environment Minister Tanya Plibersek-Ward approved the mine on Friday. Ms Plibersek-Ward said "
     "strict conditions had been imposed.",
     [("Tanya Plibersek-Ward", "strict conditions had been imposed")]),

    # ------------------------------------------------------------ Ireland
    ("ie_taoiseach",
     "The Taoiseach, Micheál Ó Riain, said the Government would bring forward the housing plan. Mr Ó Riain said "
     "he was confident the targets would be met.",
     [("Micheál Ó Riain", "the Government would bring forward the housing plan"),
      ("Micheál Ó Riain", "he was confident the targets would be met")]),
    ("ie_tanaiste",
     "Tánaiste Simon Harrington said the Coalition was \"united\" on the issue. Speaking in Cork, he said "
     "talks with the unions would continue.",
     [("Simon Harrington", "united"), ("Simon Harrington", "talks with the unions would continue")]),
    ("ie_td",
     "Sinn Féin TD Pearse Doherty-Quinn told the Dáil that renters had been \"abandoned\" by the Government.",
     [("Pearse Doherty-Quinn", "abandoned")]),
    ("ie_gardai",
     "Gardaí said a man in his 30s had been arrested in connection with the assault. He is being held at Store "
     "Street Garda station.",
     [("Gardaí", "a man in his 30s had been arrested")]),
    ("ie_minister_for",
     "Minister for Health Stephen Donnellan said he would meet the HSE chief executive this week. \"The waiting "
     "lists are unacceptable,\" Mr Donnellan said.",
     [("Stephen Donnellan", "he would meet the HSE chief executive"), ("Stephen Donnellan", "The waiting lists are unacceptable")]),
    ("ie_rte_told",
     "Speaking on RTÉ's Morning Ireland, Ms McEntee-Byrne said the legislation would be published before the "
     "summer recess.",
     [("Ms McEntee-Byrne|McEntee-Byrne", "the legislation would be published")]),
    ("ie_met_eireann",
     "Met Éireann has issued a status orange wind warning for Galway and Mayo. Forecaster Liz Coleman said gusts "
     "could reach 130km/h.",
     [("Liz Coleman", "gusts could reach 130km/h")]),
    ("ie_court_judge",
     "Judge Martina Baxter said she was satisfied the accused posed a flight risk. She refused bail and remanded "
     "him in custody to Cloverhill District Court.",
     [("Martina Baxter", "she was satisfied the accused posed a flight risk")]),
    ("ie_ceann_comhairle",
     "The Ceann Comhairle, Verona Murphy-Walsh, told deputies that the exchange was \"not acceptable in this "
     "House\".",
     [("Verona Murphy-Walsh", "not acceptable in this House")]),

    # ------------------------------------------------------------ India
    ("in_said_mr",
     "Finance Minister Nirmala Raghavan said the fiscal deficit would be brought down to 4.5% of GDP. \"We are on "
     "track,\" said Ms Raghavan.",
     [("Nirmala Raghavan", "the fiscal deficit would be brought down"), ("Nirmala Raghavan", "We are on track")]),
    ("in_chief_minister",
     "Chief Minister Siddaramappa Gowda said the state would not allow water to be released to Tamil Nadu. "
     "\"Our farmers come first,\" the Chief Minister said.",
     [("Siddaramappa Gowda", "the state would not allow water"), ("Siddaramappa Gowda", "Our farmers come first")]),
    ("in_shri",
     "Addressing the gathering, Shri Rajnath Tiwari said the government was committed to the welfare of "
     "soldiers.",
     [("Rajnath Tiwari", "the government was committed to the welfare")]),
    ("in_mla",
     "BJP MLA Suresh Kumar Yadav alleged that the funds had been diverted. The Congress denied the charge.",
     [("Suresh Kumar Yadav", "the funds had been diverted"), ("The Congress", "the charge")]),
    ("in_dr",
     "Dr Anjali Menon, head of cardiology at AIIMS, said heart attacks among young adults had risen sharply. "
     "\"Lifestyle is the main driver,\" Dr Menon said.",
     [("Anjali Menon", "heart attacks among young adults had risen"), ("Anjali Menon", "Lifestyle is the main driver")]),
    ("in_said_mr_rao",
     "\"The party will contest all 119 seats,\" said Mr Rao, the party's state president, at a press meet in "
     "Hyderabad.",
     [("Rao", "The party will contest all 119 seats")]),
    ("in_officials_said",
     "Officials said the train derailed near Balasore at around 7 pm. Rescue operations were underway, they said.",
     [("Officials", "the train derailed near Balasore"), ("Officials", "Rescue operations were underway")]),
    ("in_ji",
     "Union Home Minister Amit Deshmukh said the new criminal laws would deliver justice faster. Mr Deshmukh told "
     "reporters the laws had been drafted after wide consultation.",
     [("Amit Deshmukh", "the new criminal laws would deliver justice faster"),
      ("Amit Deshmukh", "the laws had been drafted after wide consultation")]),
    ("in_police_commissioner",
     "Police Commissioner Vivek Phansalkar-Rao said the accused had been traced through CCTV footage. \"We will "
     "file the chargesheet within 60 days,\" he said.",
     [("Vivek Phansalkar-Rao", "the accused had been traced"), ("Vivek Phansalkar-Rao", "We will file the chargesheet")]),
    ("in_told_pti",
     "A senior official told PTI that the proposal was under consideration and a decision would be taken soon.",
     [("A senior official", "the proposal was under consideration")]),
    ("in_imd",
     "The India Meteorological Department (IMD) has forecast heavy rainfall in coastal Karnataka over the next "
     "48 hours. IMD scientist R K Jenamani said fishermen should not venture into the sea.",
     [("R K Jenamani", "fishermen should not venture into the sea")]),
    ("in_supreme_court",
     "The Supreme Court on Monday said the right to privacy could not be bargained away. \"The State must justify "
     "every intrusion,\" a bench headed by Chief Justice D Y Chandrasekhar observed.",
     [("The Supreme Court", "the right to privacy could not be bargained away"),
      ("a bench headed by Chief Justice D Y Chandrasekhar|D Y Chandrasekhar", "The State must justify every intrusion")]),
    ("in_opposition_leader",
     "Leader of Opposition Rahul Venkatesh said the government had failed the youth. Mr Venkatesh said "
     "unemployment was at a 45-year high.",
     [("Rahul Venkatesh", "the government had failed the youth"), ("Rahul Venkatesh", "unemployment was at a 45-year high")]),
    ("in_spokesperson_party",
     "Congress spokesperson Pawan Kheraji said the party would move a privilege motion. \"This is a clear breach,\" "
     "he said.",
     [("Pawan Kheraji", "the party would move a privilege motion"), ("Pawan Kheraji", "This is a clear breach")]),

    # ------------------------------------------------------------ South Africa
    ("za_minister",
     "Electricity Minister Kgosientsho Ramokgopa-Dube said load shedding would not return this winter. \"We have "
     "turned the corner,\" Ramokgopa-Dube said.",
     [("Kgosientsho Ramokgopa-Dube", "load shedding would not return"), ("Kgosientsho Ramokgopa-Dube", "We have turned the corner")]),
    ("za_saps",
     "SAPS spokesperson Brigadier Athlenda Mathebe said three suspects had been arrested. Mathebe said the "
     "investigation was continuing.",
     [("Athlenda Mathebe", "three suspects had been arrested"), ("Athlenda Mathebe", "the investigation was continuing")]),
    ("za_told_news24",
     "DA leader John Steenkamp told News24 the party would not join a coalition with the EFF.",
     [("John Steenkamp", "the party would not join a coalition")]),
    ("za_premier",
     "Western Cape Premier Alan Winde-Botha said the province had asked for the army to be deployed. The premier "
     "said gang violence had claimed 40 lives this month.",
     [("Alan Winde-Botha", "the province had asked for the army"), ("Alan Winde-Botha", "gang violence had claimed 40 lives")]),
    ("za_eskom",
     "Eskom said in a statement that Stage 2 load shedding would be implemented from 5pm until midnight.",
     [("Eskom", "Stage 2 load shedding would be implemented")]),
    ("za_magistrate",
     "Magistrate Thandi Nkosi postponed the case to 14 March. She said the State had not yet finished its "
     "investigation.",
     [("Thandi Nkosi", "the State had not yet finished its investigation")]),
    ("za_union",
     "Cosatu general secretary Solly Phetoe-Mabuza said workers would march on Parliament. \"We are not going "
     "to accept these cuts,\" he said.",
     [("Solly Phetoe-Mabuza", "workers would march on Parliament"), ("Solly Phetoe-Mabuza", "We are not going to accept")]),

    # ------------------------------------------------------------ Nigeria
    ("ng_governor",
     "Governor Babajide Olusanya said the state would complete the rail line by December. \"We are determined,\" "
     "the governor said.",
     [("Babajide Olusanya", "the state would complete the rail line"), ("Babajide Olusanya", "We are determined")]),
    ("ng_alhaji",
     "Alhaji Musa Danladi, chairman of the traders' association, said prices had doubled since January.",
     [("Musa Danladi", "prices had doubled since January")]),
    ("ng_police_pro",
     "The Police Public Relations Officer, SP Benjamin Hundeyin, said the suspects were arrested on Sunday. "
     "Hundeyin said the victims had been rescued unhurt.",
     [("Benjamin Hundeyin", "the suspects were arrested on Sunday"), ("Benjamin Hundeyin", "the victims had been rescued unhurt")]),
    ("ng_told_our_correspondent",
     "A resident, who simply gave his name as Emeka, told our correspondent that gunmen stormed the village at "
     "night.",
     [("Emeka", "gunmen stormed the village at night")]),
    ("ng_chief",
     "Chief Olabode Adeyemi, a community leader, said the flood had washed away three bridges. He has lived in "
     "the village for 40 years.",
     [("Olabode Adeyemi", "the flood had washed away three bridges")]),
    ("ng_senate_president",
     "Senate President Godswill Akpanudo said the chamber would pass the budget before the end of the year. "
     "Akpanudo spoke at plenary on Tuesday.",
     [("Godswill Akpanudo", "the chamber would pass the budget")]),
    ("ng_cbn",
     "The Central Bank of Nigeria said in a circular that banks must comply with the new rules by June 1.",
     [("The Central Bank of Nigeria", "banks must comply with the new rules")]),
    ("ng_mrs",
     "The Commissioner for Health, Mrs Adebola Ogunleye, said 12 cases of Lassa fever had been confirmed. Mrs "
     "Ogunleye visited the isolation centre in Ikeja on Monday.",
     [("Adebola Ogunleye", "12 cases of Lassa fever had been confirmed")]),
    # ------------------------------------------------------------ Singapore and Hong Kong
    ("sg_minister_name_order",
     "Minister for Manpower Tan See Leng said the Government would review the foreign worker levy. Dr Tan "
     "said employers would be given time to adjust.",
     [("Tan See Leng", "the Government would review the foreign worker levy"),
      ("Tan See Leng", "employers would be given time to adjust")]),
    ("sg_senior_minister",
     "Senior Minister Lee Hsien Loong said Singapore must stay open to talent. \"We cannot close ourselves "
     "off,\" Mr Lee said at the National Day Rally.",
     [("Lee Hsien Loong", "Singapore must stay open to talent"), ("Lee Hsien Loong", "We cannot close ourselves off")]),
    ("sg_spf",
     "The Singapore Police Force said a 27-year-old man would be charged in court on Friday with cheating.",
     [("The Singapore Police Force", "a 27-year-old man would be charged")]),
    ("sg_told_st",
     "Associate Professor Chua Hong Wee of the National University of Singapore told The Straits Times that the "
     "findings were \"a wake-up call\".",
     [("Chua Hong Wee", "a wake-up call")]),
    ("hk_chief_executive",
     "Chief Executive John Lee Ka-chiu said the city would press ahead with the legislation. Lee told reporters "
     "before a weekly Executive Council meeting that the law was needed to protect national security.",
     [("John Lee Ka-chiu", "the city would press ahead"), ("John Lee Ka-chiu", "the law was needed to protect")]),
    ("hk_secretary",
     "Secretary for Security Chris Tang Ping-keung said police had arrested 11 people. \"We will not tolerate "
     "any violence,\" Tang said.",
     [("Chris Tang Ping-keung", "police had arrested 11 people"), ("Chris Tang Ping-keung", "We will not tolerate")]),
    ("hk_lawmaker",
     "Lawmaker Michael Tien Puk-sun said the fare increase was too steep for ordinary families.",
     [("Michael Tien Puk-sun", "the fare increase was too steep")]),
    ("hk_observatory",
     "The Hong Kong Observatory said it would consider issuing the No 8 typhoon signal on Wednesday morning.",
     [("The Hong Kong Observatory", "it would consider issuing the No 8 typhoon signal")]),
    ("sg_madam",
     "Speaker of Parliament Seah Kian Peng said the question was out of order. Madam Lim Hwee Hua, a former "
     "minister, said the rules should be clarified.",
     [("Seah Kian Peng", "the question was out of order"), ("Lim Hwee Hua", "the rules should be clarified")]),

    # ------------------------------------------------------------ Philippines
    ("ph_president",
     "President Ferdinand Marcos Jr. said the government would not back down in the West Philippine Sea. "
     "\"We will not give up a single square inch,\" the President said.",
     [("Ferdinand Marcos Jr.", "the government would not back down"), ("Ferdinand Marcos Jr.", "We will not give up a single")]),
    ("ph_pnp",
     "PNP spokesperson Col. Jean Fajardo-Cruz said 14 suspects had been arrested in the operation. Fajardo-Cruz "
     "said firearms were also recovered.",
     [("Jean Fajardo-Cruz", "14 suspects had been arrested"), ("Jean Fajardo-Cruz", "firearms were also recovered")]),
    ("ph_senator",
     "Sen. Risa Hontiveros-Lim said in a statement that the Senate would investigate the contracts. \"The public "
     "deserves answers,\" she said.",
     [("Risa Hontiveros-Lim", "the Senate would investigate"), ("Risa Hontiveros-Lim", "The public deserves answers")]),
    ("ph_pagasa",
     "PAGASA said Typhoon Carina was last spotted 290 kilometers east of Aparri, Cagayan, packing maximum "
     "sustained winds of 150 km/h.",
     [("PAGASA", "Typhoon Carina was last spotted")]),
    ("ph_in_filipino",
     "\"Hindi kami titigil,\" Mayor Vico Soteranes said, which translates to \"We will not stop.\"",
     [("Vico Soteranes", "Hindi kami titigil")]),
    ("ph_secretary",
     "Health Secretary Teodoro Herbosa-Reyes said the department had enough vaccines for the campaign. The "
     "health chief added that a second batch would arrive in March.",
     [("Teodoro Herbosa-Reyes", "the department had enough vaccines"), ("Teodoro Herbosa-Reyes", "a second batch would arrive")]),
    ("ph_told_inquirer",
     "Barangay captain Rogelio Dimaculangan told the Inquirer that at least 300 families had been evacuated.",
     [("Rogelio Dimaculangan", "at least 300 families had been evacuated")]),

    # ------------------------------------------------------------ business and markets
    ("biz_goldman_note",
     "Analysts at Goldman Sachs wrote in a note on Monday that the selloff was overdone. They raised their "
     "year-end target for the index to 6,000.",
     [("Analysts at Goldman Sachs", "the selloff was overdone")]),
    ("biz_filing",
     "The company said in a filing with the Securities and Exchange Commission that it expected to record a "
     "charge of about $300 million.",
     [("The company", "it expected to record a charge")]),
    ("biz_earnings_call",
     "Chief Executive Laura Mendel told analysts on an earnings call that demand had softened in China. \"We "
     "are being prudent with our outlook,\" Mendel said.",
     [("Laura Mendel", "demand had softened in China"), ("Laura Mendel", "We are being prudent")]),
    ("biz_guidance",
     "Harbor Foods forecast full-year revenue of $8.1 billion to $8.3 billion, below analysts' estimates of "
     "$8.6 billion, according to LSEG data.",
     [("LSEG data|LSEG", "Harbor Foods forecast full-year revenue")]),
    ("biz_ceo_surname",
     "Northwind Airlines CEO Paul Okonkwo said the carrier would add 12 routes next summer. Okonkwo said fuel "
     "costs remained the biggest risk.",
     [("Paul Okonkwo", "the carrier would add 12 routes"), ("Paul Okonkwo", "fuel costs remained the biggest risk")]),
    ("biz_analyst_firm",
     "\"This is a clean beat,\" said Daniel Ives, an analyst at Wedbush Securities. \"Investors should be "
     "relieved.\"",
     [("Daniel Ives", "This is a clean beat"), ("Daniel Ives", "Investors should be relieved")]),
    ("biz_shares_fell",
     "Shares of Rowan Pharma fell 8% in premarket trading after the drugmaker cut its profit forecast.",
     []),
    ("biz_cfo_said",
     "Chief Financial Officer Raj Malhotra said on the call that the company expects margins to improve in the "
     "second half of the year.",
     [("Raj Malhotra", "the company expects margins to improve")]),
    ("biz_central_bank",
     "The Bank of England held interest rates at 5.25% on Thursday. Governor Andrew Baileyson said the bank "
     "needed to see more evidence that inflation was falling.",
     [("Andrew Baileyson", "the bank needed to see more evidence")]),
    ("biz_regulator",
     "The Federal Trade Commission said in its complaint that the merger would raise grocery prices. The "
     "companies said they would fight the lawsuit.",
     [("The Federal Trade Commission", "the merger would raise grocery prices"),
      ("The companies", "they would fight the lawsuit")]),
    ("biz_union_chief",
     "\"Our members deserve a fair share of record profits,\" United Auto Workers President Shawn Fainley said "
     "in a video posted online.",
     [("Shawn Fainley", "Our members deserve a fair share")]),
    ("biz_economists_expect",
     "Economists polled by Reuters had expected the economy to add 180,000 jobs. The Labor Department said "
     "the unemployment rate rose to 4.1%.",
     [("The Labor Department", "the unemployment rate rose to 4.1%")]),
    ("biz_press_release",
     "In a press release, Lumen Motors said deliveries rose 22% in the quarter to 48,500 vehicles.",
     [("Lumen Motors", "deliveries rose 22% in the quarter")]),
    ("biz_founder",
     "Founder and chief executive Sara Lindqvist said in a blog post that the startup would lay off 15% of its "
     "staff. \"This is the hardest decision I have made,\" she wrote.",
     [("Sara Lindqvist", "the startup would lay off 15%"), ("Sara Lindqvist", "This is the hardest decision")]),

    # ------------------------------------------------------------ technology
    ("tech_blog_post",
     "Google said in a blog post on Tuesday that it would begin rolling out the feature to users in Europe next "
     "month.",
     [("Google", "it would begin rolling out the feature")]),
    ("tech_researcher",
     "Security researcher Katie Moussouris-Hale said the flaw could let attackers take over a phone without "
     "any click. \"It's about as bad as it gets,\" she said.",
     [("Katie Moussouris-Hale", "the flaw could let attackers"), ("Katie Moussouris-Hale", "It's about as bad as it gets")]),
    ("tech_keynote",
     "\"This is the biggest leap in the history of the iPhone,\" Chief Executive Tim Cooke said at the company's "
     "keynote in Cupertino.",
     [("Tim Cooke", "This is the biggest leap")]),
    ("tech_spokesperson_statement",
     "A Meta spokesperson said in a statement that the company had removed the accounts for violating its "
     "policies.",
     [("A Meta spokesperson", "the company had removed the accounts")]),
    ("tech_posted",
     "Elon Masters wrote on X that the company would open-source the algorithm. He did not give a date.",
     [("Elon Masters", "the company would open-source the algorithm")]),
    ("tech_according_to_report",
     "Apple is developing a foldable iPad, according to a report by The Information.",
     [("a report by The Information|The Information", "Apple is developing a foldable iPad")]),
    ("tech_engineer_anon",
     "One engineer, who asked not to be named because they were not authorized to speak publicly, said the "
     "outage was caused by a faulty configuration update.",
     [("One engineer", "the outage was caused by a faulty configuration update")]),
    ("tech_ceo_memo",
     "In a memo to staff seen by Reuters, Chief Executive Andy Jassim said employees would be expected in the "
     "office five days a week.",
     [("Andy Jassim", "employees would be expected in the office")]),
    # ------------------------------------------------------------ science and health
    ("sci_lead_author",
     "\"We were surprised by how large the effect was,\" said the study's lead author, Dr. Helena Moreau of the "
     "University of Geneva.",
     [("Helena Moreau", "We were surprised by how large the effect was")]),
    ("sci_researchers_wrote",
     "The researchers wrote that the findings \"should be interpreted with caution\" because the sample was "
     "small.",
     [("The researchers", "should be interpreted with caution")]),
    ("sci_who",
     "The World Health Organization said on Friday that the outbreak did not yet constitute a global emergency. "
     "WHO Director-General Tedros Adhanom Ghebreyesus said the situation was being watched closely.",
     [("The World Health Organization", "the outbreak did not yet constitute"),
      ("Tedros Adhanom Ghebreyesus", "the situation was being watched closely")]),
    ("sci_the_who_said",
     "More than 1,200 cases have been reported in 14 countries, the WHO said.",
     [("the WHO|The World Health Organization", "More than 1,200 cases have been reported")]),
    ("sci_cdc",
     "The Centers for Disease Control and Prevention recommends that everyone six months and older get a flu "
     "shot. CDC officials said hospitalizations were rising.",
     [("The Centers for Disease Control and Prevention", "everyone six months and older get a flu shot"),
      ("CDC officials", "hospitalizations were rising")]),
    ("sci_not_involved",
     "Dr. Marcus Feld, a neurologist at Johns Hopkins who was not involved in the study, said the results were "
     "promising but preliminary.",
     [("Marcus Feld", "the results were promising but preliminary")]),
    ("sci_study_published",
     "The study, published Wednesday in the journal Nature, tracked 40,000 adults for 12 years.",
     []),
    ("sci_co_author",
     "Co-author Priyanka Raman, a climate scientist at Imperial College London, said the heatwave would have "
     "been \"virtually impossible\" without climate change.",
     [("Priyanka Raman", "virtually impossible")]),
    ("sci_nasa",
     "NASA said the spacecraft was healthy and on course for a flyby of Jupiter's moon Europa in 2030. Mission "
     "manager Tomás Iglesias said the team was \"thrilled.\"",
     [("NASA", "the spacecraft was healthy"), ("Tomás Iglesias", "thrilled")]),
    ("sci_professor_pronoun",
     "Professor Alison Kerr, an epidemiologist at the University of Otago, said the rise was driven by a new "
     "variant. She said older people should get a booster.",
     [("Alison Kerr", "the rise was driven by a new variant"), ("Alison Kerr", "older people should get a booster")]),
    ("sci_health_ministry",
     "The Health Ministry said 27 people had died of dengue since January, and urged residents to remove "
     "standing water.",
     [("The Health Ministry", "27 people had died of dengue"), ("The Health Ministry", "residents to remove standing water")]),
    ("sci_team_said",
     "The team said the fossil, found in Patagonia, belonged to a previously unknown species of titanosaur.",
     [("The team", "the fossil, found in Patagonia")]),

    # ------------------------------------------------------------ crime and courts
    ("court_prosecutors_alleged",
     "Prosecutors alleged that Devlin siphoned more than $4 million from the charity over six years. His lawyer, "
     "Andrea Kostas, argued that the transfers were authorized by the board.",
     [("Prosecutors", "Devlin siphoned more than $4 million"), ("Andrea Kostas", "the transfers were authorized")]),
    ("court_judge_told",
     "Judge Raymond Oduya told the court that the sentence had to reflect the harm done to the victims. \"You "
     "showed no remorse,\" he told the defendant.",
     [("Raymond Oduya", "the sentence had to reflect the harm"), ("Raymond Oduya", "You showed no remorse")]),
    ("court_defendants_lawyer",
     "The defendant's lawyer argued that the police search had been unlawful. The judge rejected the argument.",
     [("The defendant's lawyer", "the police search had been unlawful")]),
    ("court_crown_prosecutor",
     "Crown prosecutor Sarah Whitlam told the jury the accused had planned the attack for weeks. Ms Whitlam said "
     "the evidence was \"overwhelming\".",
     [("Sarah Whitlam", "the accused had planned the attack"), ("Sarah Whitlam", "overwhelming")]),
    ("court_pleaded",
     "Marcus Hale, 31, pleaded not guilty to two counts of manslaughter in Leeds Crown Court on Friday. He was "
     "remanded in custody.",
     []),
    ("court_indictment",
     "According to the indictment, the three men used shell companies to hide the payments.",
     [("the indictment", "the three men used shell companies")]),
    ("court_victim_statement",
     "In a victim impact statement read to the court, the victim's mother, Janet Price, said: \"Not a day goes "
     "by that I don't think of her.\"",
     [("Janet Price", "Not a day goes by")]),
    ("court_police_said_charged",
     "Detective Inspector Gareth Lowe said officers were still trying to trace a second man. \"We would urge "
     "anyone with dashcam footage to come forward,\" he said.",
     [("Gareth Lowe", "officers were still trying to trace"), ("Gareth Lowe", "We would urge anyone")]),
    ("court_ruled",
     "The appeals court ruled that the law violated the First Amendment. Judge Elena Vasquez wrote for the "
     "majority that the state had \"failed to show a compelling interest.\"",
     [("The appeals court", "the law violated the First Amendment"), ("Elena Vasquez", "failed to show a compelling interest")]),
    ("court_testified",
     "The former aide testified that she had been told to delete the emails. Under cross-examination, she said "
     "she did not know who gave the order.",
     [("The former aide", "she had been told to delete the emails"), ("The former aide", "she did not know who gave the order")]),
    ("court_da",
     "District Attorney Alvin Braddock said his office would seek the maximum penalty. \"This was a calculated "
     "crime,\" Braddock said at a news conference.",
     [("Alvin Braddock", "his office would seek the maximum penalty"), ("Alvin Braddock", "This was a calculated crime")]),
    ("court_denied_wrongdoing",
     "The company has denied wrongdoing. A spokesman said it would \"vigorously defend\" itself.",
     [("A spokesman", "vigorously defend")]),

    # ------------------------------------------------------------ weather and disaster
    ("wx_forecasters",
     "Forecasters said up to 30 centimetres of snow could fall in the Laurentians by Saturday morning.",
     [("Forecasters", "up to 30 centimetres of snow could fall")]),
    ("wx_fire_chief",
     "Fire Chief Dale Ambrose said crews had contained about 40 per cent of the blaze. \"The wind is our biggest "
     "enemy right now,\" Ambrose said.",
     [("Dale Ambrose", "crews had contained about 40 per cent"), ("Dale Ambrose", "The wind is our biggest enemy")]),
    ("wx_residents",
     "\"It sounded like a freight train,\" said Karen Holt, whose home in Moore lost its roof. Her neighbour, "
     "Jim Pike, said the tornado lasted less than a minute.",
     [("Karen Holt", "It sounded like a freight train"), ("Jim Pike", "the tornado lasted less than a minute")]),
    ("wx_usgs",
     "The magnitude 6.8 quake struck at a depth of 10 kilometres, the U.S. Geological Survey said. There was no "
     "tsunami threat, officials said.",
     [("the U.S. Geological Survey", "The magnitude 6.8 quake struck"), ("officials", "There was no tsunami threat")]),
    ("wx_emergency_manager",
     "County emergency manager Lisa Tran urged residents in low-lying areas to leave. Tran said shelters had been "
     "opened at two schools.",
     [("Lisa Tran", "residents in low-lying areas to leave"), ("Lisa Tran", "shelters had been opened at two schools")]),
    ("wx_met_office",
     "The Met Office has issued an amber warning for heavy rain across south Wales. Chief meteorologist Paul "
     "Gundersen said some areas could see a month's rain in 24 hours.",
     [("Paul Gundersen", "some areas could see a month's rain")]),
    ("wx_death_toll",
     "The death toll from the floods rose to 41, the National Disaster Management Authority said on Sunday.",
     [("the National Disaster Management Authority", "The death toll from the floods rose to 41")]),
    ("wx_noquote",
     "Temperatures will climb to 38C in Adelaide on Thursday before a cool change arrives late in the evening.",
     []),

    # ------------------------------------------------------------ sports
    ("sport_coach_said",
     "\"We were second best in every department,\" coach Ange Postoglou-Reid said after the 3-0 loss. \"That's "
     "on me.\"",
     [("Ange Postoglou-Reid", "We were second best"), ("Ange Postoglou-Reid", "That's on me")]),
    ("sport_post_match",
     "Speaking after the match, captain Pat Cumberland said the team had been \"outplayed on the day\". "
     "Cumberland said he had no concerns about the batting order.",
     [("Pat Cumberland", "outplayed on the day"), ("Pat Cumberland", "he had no concerns about the batting order")]),
    ("sport_manager_surname",
     "Manager Eddie Howe-Barnes said his side had shown great character. Howe-Barnes added that striker Callum "
     "Wilders would miss the next two games.",
     [("Eddie Howe-Barnes", "his side had shown great character"), ("Eddie Howe-Barnes", "striker Callum Wilders would miss")]),
    ("sport_told_sky",
     "Lando Norwood told Sky Sports the car felt \"amazing\" in the final stint. His teammate Oscar Pieri said the "
     "team had made the right call on tyres.",
     [("Lando Norwood", "amazing"), ("Oscar Pieri", "the team had made the right call")]),
    ("sport_tennis_press",
     "\"I played my best tennis in the big moments,\" Iga Swiatkowska said in her on-court interview. The "
     "world No. 1 said she would rest before Wimbledon.",
     [("Iga Swiatkowska", "I played my best tennis"), ("Iga Swiatkowska", "she would rest before Wimbledon")]),
    ("sport_the_coach_said",
     "Kiwi forward Ardie Savea-Tuilagi was ruled out with a knee injury. The coach said he would be assessed "
     "again on Monday.",
     [("the coach|The coach", "he would be assessed again on Monday")]),
    ("sport_club_statement",
     "The club said in a statement that the midfielder had signed a four-year contract.",
     [("The club", "the midfielder had signed a four-year contract")]),
    ("sport_noquote_result",
     "Rohit Shankar scored 112 off 98 balls as India beat Australia by six wickets in Perth on Sunday.",
     []),
    ("sport_skipper",
     "New Zealand skipper Kane Whitford admitted his side had been \"off the pace\". \"We'll regroup,\" the "
     "skipper said.",
     [("Kane Whitford", "off the pace"), ("Kane Whitford", "We'll regroup")]),
    ("sport_gaa_manager",
     "Kerry manager Jack O'Connell-Moran said the players \"emptied themselves\" in the second half.",
     [("Jack O'Connell-Moran", "emptied themselves")]),

    # ------------------------------------------------------------ speakers named once, then by other forms
    ("ref_surname_then_pronoun",
     "Environment Minister Steven Guilbault-Roy said the plan would cut emissions by 40 per cent. Guilbault-Roy "
     "said the provinces had been consulted. He said details would follow in the spring.",
     [("Steven Guilbault-Roy", "the plan would cut emissions"), ("Steven Guilbault-Roy", "the provinces had been consulted"),
      ("Steven Guilbault-Roy", "details would follow in the spring")]),
    ("ref_title_surname",
     "Maria Ressano-Clark, the city's police chief, said officers had responded within four minutes. Chief "
     "Ressano-Clark said an internal review was under way.",
     [("Maria Ressano-Clark", "officers had responded within four minutes"),
      ("Maria Ressano-Clark", "an internal review was under way")]),
    ("ref_role_description",
     "Harold Benning, the state's chief economist, said growth would slow next year. The economist said "
     "higher interest rates were \"biting harder than expected.\"",
     [("Harold Benning", "growth would slow next year"), ("Harold Benning", "biting harder than expected")]),
    ("ref_two_people",
     "Mayor Olivia Chow-Bennett said the city would appeal. Councillor Brad Bradfield disagreed, saying an appeal "
     "would waste money. \"We lost fair and square,\" Bradfield said.",
     [("Olivia Chow-Bennett", "the city would appeal"), ("Brad Bradfield", "an appeal would waste money"),
      ("Brad Bradfield", "We lost fair and square")]),
    ("ref_she_after_quote",
     "Ngozi Okafor-Bello, the head of the World Trade Organization, warned that tariffs would hurt poor countries "
     "most. \"The poorest always pay the price,\" she said.",
     [("Ngozi Okafor-Bello", "tariffs would hurt poor countries most"), ("Ngozi Okafor-Bello", "The poorest always pay the price")]),
    ("ref_the_71_year_old",
     "Former senator Walter Grimsby, 71, said he would run again. The 71-year-old said he had \"one more fight "
     "left\" in him.",
     [("Walter Grimsby", "he would run again"), ("Walter Grimsby", "one more fight left")]),
    ("ref_honorific_only",
     "Bishop Desmond Kaluba said the church would open its halls to the homeless. The bishop said the need was "
     "\"greater than ever\".",
     [("Desmond Kaluba", "the church would open its halls"), ("Desmond Kaluba", "greater than ever")]),
    ("ref_spokesman_later",
     "Tom Eriksen, a spokesman for the Norwegian police, said the suspect had been detained. Eriksen said no one "
     "else was being sought.",
     [("Tom Eriksen", "the suspect had been detained"), ("Tom Eriksen", "no one else was being sought")]),
    ("ref_paragraphs",
     "Dr. Amara Nwosu, the hospital's medical director, said the ward would reopen next week.\n\n"
     "\"We have hired 20 new nurses,\" Nwosu said.\n\n"
     "She said the hospital was also recruiting doctors from overseas.",
     [("Amara Nwosu", "the ward would reopen next week"), ("Amara Nwosu", "We have hired 20 new nurses"),
      ("Amara Nwosu", "the hospital was also recruiting doctors")]),
    ("ref_the_minister_later",
     "Defence Minister Richard Marlow-Tate announced the purchase of 12 submarines on Tuesday. The minister said "
     "the first boat would arrive in 2032.",
     [("Richard Marlow-Tate", "the purchase of 12 submarines"), ("Richard Marlow-Tate", "the first boat would arrive in 2032")]),

    # ------------------------------------------------------------ forms that look like those above and are not
    ("not_post_body_name",
     "The Chief Executive of Hereford Hospitals NHS Trust said the ward would close in March.",
     [("The Chief Executive of Hereford Hospitals NHS Trust", "the ward would close in March")]),
    ("not_family_name_product",
     "Sky Plus is the market leader in digital recorders. Sky said it had 474,000 subscribers.",
     [("Sky", "it had 474,000 subscribers")]),
    ("not_family_name_firm",
     "Life insurer Axa Sun Life has cut its bonus rates. Axa said stock markets had been weak.",
     [("Axa", "stock markets had been weak")]),
    ("not_description_then_source",
     "According to an FBI summary of its investigation, Cheryl Mendes, a senior aide, deleted the emails in 2015.",
     [("an FBI summary of its investigation", "Cheryl Mendes, a senior aide, deleted the emails")]),
    ("quoted_in_paper",
     "Striker Nicolas Anselme was quoted in a French newspaper as saying he would like to play for a bigger club.",
     [("Nicolas Anselme", "he would like to play for a bigger club")]),
]


KNOWN_ERRORS: dict[str, str] = {
    "ie_td": "``TD`` before a name whose first name is not known (``Pearse``) is not read as a post",
    "in_supreme_court": "``a bench headed by Chief Justice …`` is cut to ``a bench``, not the judge who heads it",
    "ng_told_our_correspondent": "a name given in an aside (``who simply gave his name as Emeka``) is not the speaker's",
    "sg_madam": "a given name that is also an English one (``Kian``) opens the name after ``Speaker of Parliament``, "
                "so ``Seah Kian Peng`` loses its family name",
    "ph_secretary": "``the health chief`` is not found as another word for ``Health Secretary``",
    "sci_cdc": "``recommends that`` is no cue (as one it also reads ``as the report recommended`` and a subordinate "
               "``When X recommended that …`` across the main clause)",
}
"""Passages whose quotes the rules still get wrong, with why."""


@pytest.mark.parametrize("name,text,want", passage_params(PASSAGES, KNOWN_ERRORS))
def test_newsroom_passage(name, text, want):
    assert passage_errors(text, want) == []


def test_passage_names_are_unique_and_known_errors_name_passages():
    names = [n for n, _, _ in PASSAGES]
    assert len(names) == len(set(names))
    assert set(KNOWN_ERRORS) <= set(names)
