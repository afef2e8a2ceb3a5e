"""Quote spans and speakers across whole articles, eighth set: 22 news stories written for these tests in the house
styles of outlets the earlier sets do not cover: Australian public broadcaster and broadsheet, New Zealand public
radio with Māori names, Irish broadcaster and broadsheet, South African online papers, Nigerian dailies, a
Philippine broadsheet quoting Filipino with translations in brackets, Pakistani and Bangladeshi English papers, a
UK tabloid, a magazine profile, a tech blog quoting posts, a translated interview, a police blotter, a company
press release and a science feature in the present tense; each of 500 to 1,000 words.

They hold the forms those styles lean on: "Mr X said" after a first mention with the full name, "told the ABC",
"told reporters in Canberra", "Gardaí said", "said Ramaphosa"-style inversion, spokesperson titles in front of the
name, "the governor, who spoke through his Special Adviser on Media, …", honorifics such as "Alhaji", "Chief",
"Dr (Mrs)", "said in Filipino" with the translation in brackets, "a source told The Sun", "a pal said", "the star,
34, said", "says" in the present tense, "wrote on X", "posted on LinkedIn", "said through an interpreter", "said
CEO Jo Roe"; role-only references ("the premier", "the minister"), organisations as "it" and "they", quotations
split by their attribution, "!" and "?" endings and the colon form. Among them are traps that are no quotation.

The annotation and the checks are those of the seventh set (see tests/test_quotes_whole_articles7.py): ``{k|words}``
marks a quote of the speaker ``k`` names, ``{k+|words}`` a further part of the last quote of ``k``; ``LEFT`` and
``EXTRA`` list what the extractor still gets wrong, with the reason, and a test fails when one of them comes right.
"""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes

from test_quotes_whole_articles7 import (Story, assert_marked_quotes, assert_nothing_unmarked, first_words, scores,
                                         story)

STORIES: list[Story] = []

STORIES += [
    story('au_abc_housing_target', 'Australian public broadcaster', {
        'a': 'Daniel Halloran', 'b': 'Priya Castellano', 'c': 'Bronwyn Tait', 'd': 'Marcus Eadie',
        'e': 'Lachlan Moorcroft', 'f': 'Housing Industry Association', 'g': 'Siobhan Kealy',
        'h': 'Tomasz Wierzbicki', 'k': 'Australian Council of Social Service',
    }, """
PM concedes housing target 'will be tough' as approvals slump

Prime Minister Daniel Halloran has conceded {a|the Government's target of 1.2 million new homes in five years will be
difficult to reach}, after figures showed building approvals fell for a third straight month.

Mr Halloran told reporters in Canberra on Wednesday that {a|the target had always been ambitious and he made no
apology for that}.

"{a|Nobody said this was going to be easy}," he said. "{a+|If we had set a target we knew we'd hit, you'd all be
standing here telling me it was too timid}."

The Australian Bureau of Statistics figures, released on Tuesday, show approvals for detached houses fell 4.6 per
cent in October, and approvals for apartments fell by more than 9 per cent.

Housing Minister Priya Castellano told the ABC's AM program that {b|the states needed to move faster on planning
reform if the target was to be met}.

"{b|We can put the money on the table, and we have, but we don't approve a single development application}," Ms
Castellano said.

She said {b|the Commonwealth would withhold part of a $3 billion incentive fund from any state that failed to
meet its share of the target}.

Asked whether the Government would concede the target was out of reach, the minister replied: "{b|No. Next
question}."

Opposition Leader Bronwyn Tait said {c|the figures were proof the Government had "lost control" of housing}.

"{c|How many more months of falling approvals does the Prime Minister need before he admits this is a failure?}"
Ms Tait asked.

She told Sky News {c|a Coalition government would cut immigration to ease demand, though she would not say by how
much}.

Greens housing spokesman Marcus Eadie said {d|the target was "a figure plucked from thin air"} and argued {d|the
Government should build public housing directly rather than pay developers}.

"{d|You can't incentivise your way out of a crisis the market created}," Senator Eadie said.

The Housing Industry Association said in a statement that {f|high interest rates and the cost of materials had
pushed many builders to the brink}. It warned that {f|more than 2,000 building firms had collapsed in the past
year}.

{f|Those numbers should alarm anybody who wants more homes built}, the association said.

Lachlan Moorcroft, who runs a small building company in Penrith in Sydney's west, said {e|he had stopped taking
new contracts}.

"{e|I've got blokes who want to work and clients who want houses, and I can't make the numbers add up}," Mr
Moorcroft said. "{e+|Every time I price a job, the timber's gone up again}."

The Treasurer, Siobhan Kealy, is due to release the mid-year budget update next week.

Ms Kealy told ABC Radio National {g|she expected the Reserve Bank's rate cuts to "flow through" to construction
by the middle of next year}.

"{g|These things take time. I'm not going to pretend otherwise}," she said.

Tomasz Wierzbicki, an economist at the University of Queensland who studies the construction sector, said {h|the
target was never realistic given the number of tradespeople in the country}.

"{h|You'd need about 90,000 more workers on site than we have today}," Dr Wierzbicki said.

He said {h|even if every state met its planning commitments, the industry would fall short by about 300,000
homes}.

The Australian Council of Social Service said {k|rents had risen faster than wages for three years} and urged
{k|the Government to lift Commonwealth Rent Assistance by 50 per cent}.

Mr Halloran would not commit to that, saying only that {a|"everything is on the table" ahead of the May budget}.

He again rejected a suggestion, first floated in a column headlined "Time to Admit Defeat", that the Government
should drop the target altogether.

"{a|We're not walking away from it}," he said. "{a+|Not now, not next year}."

Ms Castellano is expected to meet state planning ministers in Brisbane on Friday.
"""),
    story('au_smh_rail_strike', 'Australian broadsheet', {
        'a': 'Rosalind Fenwick', 'b': 'Alistair Munro', 'c': 'Transport for NSW', 'c2': 'A Transport for NSW spokeswoman', 'd': 'Kerrin Baptiste',
        'e': 'Joel Nguyen', 'f': 'Rail, Tram and Bus Union', 'g': 'Matilda Hargreaves', 'h': 'Fergus Doyle',
    }, """
Sydney trains to halt on Monday as union rejects 'insulting' pay offer

Sydney commuters face a day without trains on Monday after the rail union rejected the state government's latest
pay offer, with Premier Rosalind Fenwick accusing union leaders of {a|holding the city "to ransom"}.

The Rail, Tram and Bus Union said on Thursday {f|its members had voted overwhelmingly to reject the offer of a
3.5 per cent annual rise over three years}. They argued {f|the offer did not keep pace with inflation} and
called it {f|"insulting to every worker who kept this network running through the pandemic"}.

Union secretary Alistair Munro said {b|the decision to stop work had not been taken lightly}.

"{b|Nobody wants to strand people on a platform}," Mr Munro told reporters outside the union's Redfern office.
"{b+|But this government has left us with nothing else}."

The premier was scathing. "{a|This is a union that has turned down four offers in six months}," Ms Fenwick said.
"{a+|What exactly do they want? A blank cheque?}"

She said {a|the government would seek orders from the Fair Work Commission to stop the action and would not
reopen negotiations while the threat of a strike remained}.

Transport for NSW said {c|buses would replace trains on most lines} but warned that {c|services would be "extremely
limited"}. It urged {c|anyone who could work from home on Monday to do so}.

"{c2|Customers should expect significant delays and plan ahead}," a Transport for NSW spokeswoman said.

Transport Minister Kerrin Baptiste, who has led the talks, said {d|the offer on the table was the most generous
made to any public sector union in the state}.

Mr Baptiste said {d|he remained "hopeful but realistic" about a deal before Monday}.

"{d|My door is open. It has been open for six months}," he said. "{d+|I'd ask Alistair to walk through it}."

The opposition's transport spokeswoman, Matilda Hargreaves, said {g|both sides had failed commuters}.

"{g|We've had six months of chest-beating and not a single day of serious negotiation}," Ms Hargreaves said.

Business Sydney executive director Fergus Doyle said {h|a one-day shutdown would cost the city's economy about
$50 million}.

He said {h|hospitality venues in the CBD, many still recovering from the pandemic, would bear the brunt}.

At Central Station on Thursday evening, commuters were divided. Joel Nguyen, a nurse who travels from Campbelltown
to Royal Prince Alfred Hospital, said {e|he supported the workers but could not afford to miss a shift}.

"{e|I'll probably sleep at a mate's place in Newtown on Sunday night}," Mr Nguyen said. "{e+|What else can I do?}"

The dispute has dragged on since March, when the previous agreement expired. In September, the union ran a
campaign under the slogan "Fair Pay, Safe Trains", with drivers refusing to run trains older than 30 years.

The Herald understands the government has prepared a revised offer that would include a one-off payment of
$3000 per worker, though it is unclear whether it will be put to the union before Monday.

Asked about the payment, Ms Fenwick said: "{a|I'm not going to negotiate through the media}."

Mr Munro said {b|the union had not received any new offer and would not call off the strike on the basis of
"rumours in the newspaper"}.

The Fair Work Commission is expected to hear the government's application on Friday afternoon.
"""),
]

STORIES += [
    story('nz_rnz_kura_funding', 'New Zealand public radio', {
        'a': 'Hēmi Tūhoe-Parata', 'b': 'Aroha Ngāwaka', 'c': 'Ministry of Education', 'd': 'Wiremu Kātene',
        'e': 'Louisa Prendergast', 'f': 'Te Rūnanga Nui o Ngā Kura Kaupapa Māori', 'g': 'Mereana Tāwhiri',
        'h': 'Ngaio Pōmare',
    }, """
Kura kaupapa Māori say funding change will force closures

{f|A change to the way Māori-medium schools are funded could force several small kura in Northland and the East
Coast to close within two years}, their national body says.

Te Rūnanga Nui o Ngā Kura Kaupapa Māori says {f|the new formula, which ties funding to roll numbers every term
rather than every year, punishes schools in small communities where families move for seasonal work}.

Its chairperson, Hēmi Tūhoe-Parata, told Morning Report {a|at least six kura had already warned they would not
be able to pay staff next year}.

"{a|These are kura that have been there for thirty years. They are the heart of their communities}," Tūhoe-Parata
said. "{a+|You take the kura away and the whānau leave too}."

He said {a|the Ministry of Education had not consulted kura before the change was announced in the Budget}.

The Ministry of Education says {c|it held 14 hui with the sector last year}. In a statement to RNZ, it said
{c|the change was designed to "follow the learner" and would mean more money for kura whose rolls were growing}.

"{c|No kura will receive less funding in 2025 than it did in 2024}," the ministry said.

But Tūhoe-Parata said {a|that guarantee lasted only one year}. "{a|What happens in 2026? They can't tell us}."

Education Minister Louisa Prendergast was not available for an interview. In a written response, she said {e|she
was "confident" the new formula was fairer} and that {e+|the ministry would "work closely with any kura facing
difficulty"}.

At Te Kura Kaupapa Māori o Te Awa Tapu, near Kaitāia, tumuaki Aroha Ngāwaka says {b|the roll has dropped from 58
to 41 since the start of the year}.

"{b|Our whānau go where the work is - the kiwifruit, the forestry, wherever}," Ngāwaka said. "{b+|They come back.
They always come back. But the money doesn't wait for them}."

She said {b|the kura had cut its kapa haka programme and one of its two te reo Māori immersion teachers was on a
fixed-term contract that might not be renewed}.

Speaking in te reo Māori at a hui in Kaitāia on Saturday, kaumātua Wiremu Kātene said: "{d|Ko te reo te mauri o
te mana Māori}" ({d|The language is the life force of Māori identity}).

Kātene told RNZ afterwards that {d|the kura movement had been built by whānau who mortgaged their houses to keep
their schools open in the 1980s}.

"{d|We did it once without the government. Don't make us do it again}," he said.

Te Pāti Māori education spokesperson Mereana Tāwhiri said {g|the change was "a quiet attack" on Māori-medium
education} and called on the minister to reverse it.

"{g|Why is it always our schools that have to prove they deserve to exist?}" Tāwhiri asked.

Ngaio Pōmare, a senior lecturer in education at Victoria University of Wellington, says {h|roll-based funding
works well in cities but badly in rural areas where a single family moving can change a school's roll by ten per
cent}.

{h|The ministry's own modelling showed small kura would be the hardest hit}, she said, {h+|but that modelling was
never published}.

The ministry says {c|it will review the formula after its first full year}.

Tūhoe-Parata says {a|that will be too late for some}. "{a|By then the doors will be shut}."
"""),
    story('nz_rnz_fishing_quota', 'New Zealand public radio', {
        'a': 'Tama Rangihuna', 'b': 'Katherine Ashby-Ward', 'c': 'Fisheries New Zealand', 'd': 'Rāwiri Paewai',
        'e': 'Seafood New Zealand', 'f': 'Jonty McAllister', 'g': 'Forest & Bird', 'h': 'Pania Whaanga', 'n': 'A spokesperson for the minister', 't': 'Te Moana a Toi Fisheries',
    }, """
Iwi fishing company warns cuts to snapper quota will cost jobs

A Bay of Plenty iwi fishing company says {t|proposed cuts to the snapper catch will cost dozens of jobs in Ōpōtiki and
Whakatāne}.

Fisheries New Zealand has proposed cutting the commercial snapper limit in the area by 20 per cent, saying {c|stocks
have fallen to about a fifth of their original size}.

Tama Rangihuna, the chief executive of Te Moana a Toi Fisheries, told RNZ's Checkpoint {a|the company would have to
lay off up to 40 staff at its processing plant if the cut went ahead}.

"{a|We accept there's a problem with the stock. Nobody knows that better than us}," Rangihuna said. "{a+|But the cut
falls on the people who can least afford it}."

He said {a|recreational fishers took almost as much snapper from the area as commercial boats, yet faced only a
small cut to the daily bag limit}.

Fisheries New Zealand's director of fisheries management, Katherine Ashby-Ward, said {b|the proposal was based on
the best available science}.

"{b|The stock assessment is clear}," she said. "{b+|If we do nothing, snapper in this area will keep declining}."

Ashby-Ward said {b|the agency had proposed cutting the recreational bag limit from seven fish to five, which it
estimated would reduce the recreational catch by about 15 per cent}.

Asked whether commercial fishers were being treated more harshly, she said: "{b|No, I don't accept that}."

Fisheries New Zealand said in its consultation document that {c|the cuts would be reviewed after three years}.

Ōpōtiki fisher Rāwiri Paewai has fished the area for 31 years. He says {d|he has never seen snapper so scarce
close to shore}.

"{d|My koro taught me where to find them. Those spots are empty now}," Paewai said.

But he said {d|cutting quota without doing anything about sediment from forestry and farming would not bring the
fish back}.

"{d|It's not the boats that are killing the reefs - it's the mud!}" he said.

The industry body, Seafood New Zealand, said {e|the proposal failed to take account of the economic cost to small
coastal towns}. They are calling for {e|the cut to be phased in over three years}.

Environmental group Forest & Bird welcomed the proposal but said {g|it did not go far enough}.

Its oceans advocate, Jonty McAllister, said {f|the agency's own figures showed that a 20 per cent cut would take
more than 20 years to rebuild the stock}.

"{f|That's two decades. A kid born today would be an adult before there are healthy snapper numbers in the bay}," he
said.

Te Moana a Toi Fisheries is owned by five iwi. Its board chair, Pania Whaanga, said {h|the iwi had a Treaty
settlement interest in the fishery and expected to be treated as partners, not stakeholders}.

"{h|Te Tiriti is not a consultation document}," Whaanga said.

She said {h|the iwi would consider legal action if the Crown went ahead without proper engagement}.

Rangihuna says {a|the company has asked for a meeting with the Oceans and Fisheries Minister}. A spokesperson for the
minister told RNZ {n|the minister would consider all submissions before making a decision}.

Submissions close on 14 March.
"""),
]

STORIES += [
    story('ie_rte_hospital_overruns', 'Irish public broadcaster', {
        'a': 'Cathal Ó Murchú', 'b': 'Gráinne Nic Aodha', 'c': 'Health Service Executive', 'd': 'Pádraig Mac Giolla',
        'e': 'Eimear Ní Bhriain', 'f': 'Irish Nurses and Midwives Organisation', 'g': 'Colm Devereux',
        'h': 'Fiachra Ó Dónaill',
    }, """
Taoiseach says health overruns 'cannot continue' as HSE seeks extra €1.2bn

The Taoiseach has said that {a|repeated overspending by the Health Service Executive "cannot continue"}, as the HSE
prepares to seek a further €1.2 billion to see it through the rest of the year.

Speaking to reporters in Dublin Castle, Cathal Ó Murchú said {a|the Government would not simply "write a cheque"
every autumn}.

"{a|We have increased the health budget by almost half in five years}," Mr Ó Murchú said. "{a+|People are entitled
to ask where the money has gone}."

He said {a|he had full confidence in the Minister for Health but wanted a clear plan from the HSE on how it
would bring spending under control}.

The Minister for Health, Gráinne Nic Aodha, told RTÉ's Morning Ireland that {b|most of the overrun was due to
agency staff costs and the opening of new beds that had been agreed by the Government}.

"{b|This is not money that has been wasted}," Ms Nic Aodha said. "{b+|It's money that has been spent on patients}."

She said {b|she would bring a memo to Cabinet next week seeking the supplementary estimate}.

The HSE said in a statement that {c|it was "acutely aware" of its obligation to live within its budget}. It said
{c|it had reduced its use of agency staff by 11% since January and would continue to do so}.

The Tánaiste, Pádraig Mac Giolla, struck a sharper tone. Speaking in Cork, he said {d|there needed to be
"consequences" for senior managers who failed to control spending}.

"{d|In any other organisation, if you went over budget by a billion euro, somebody would be asked questions}," Mr
Mac Giolla said. "{d+|Why should the HSE be any different?}"

Sinn Féin's health spokesperson, Eimear Ní Bhriain, said {e|the Government was trying to blame the HSE for its own
failure to plan}.

"{e|The Taoiseach and the Tánaiste are fighting like cats in a sack, and patients are left on trolleys}," Ms Ní
Bhriain told the Dáil.

The Irish Nurses and Midwives Organisation said {f|more than 560 patients were on trolleys in hospitals across the
country on Tuesday morning}. It warned that {f|any recruitment freeze introduced to save money would make
overcrowding worse}.

Colm Devereux, a consultant in emergency medicine at University Hospital Limerick, said {g|his department had been
over capacity every day for three weeks}.

"{g|We have people waiting 30 hours for a bed. Some of them are in their nineties}," Dr Devereux said.

He said {g|staff were exhausted and several experienced nurses had left for Australia in the past year}.

Fianna Fáil TD Fiachra Ó Dónaill, who chairs the Oireachtas health committee, said {h|the committee would call
the HSE's chief executive before it in the coming weeks}.

"{h|We want to understand how the budget was set, and why it was missed again}," he said.

Asked whether he would consider changes at the top of the HSE, the Taoiseach said: "{a|That's not a question for
today}."

He added that {a|he expected the supplementary estimate to be approved by the Dáil before Christmas}.

Ms Nic Aodha said {b|she would publish the HSE's spending plan for next year "in full" so that the public could
see where the money was going}.

The Government's weekly "pay and numbers" report, which tracks staffing levels in the health service, is due on
Friday.
"""),
    story('ie_irish_times_garda_seizure', 'Irish broadsheet', {
        'a': 'Gardaí', 'b': 'Deirdre Mac Cárthaigh', 'c': 'Revenue', 'd': 'Seosamh Ó Ceallaigh',
        'e': 'Niamh Ní Fhlatharta', 'f': 'Conor Fitzsimons', 'g': 'Bríd Ní Laoire',
    }, """
Cocaine worth €21m seized from yacht off west Cork coast

Gardaí have seized cocaine worth an estimated €21 million from a yacht intercepted off the west Cork coast in what
they described as {a|"one of the most significant maritime seizures" of the year}.

Three men, aged 34, 41 and 58, were arrested after the vessel was boarded by the Naval Service in the early hours
of Sunday morning, about 40 nautical miles south of Mizen Head.

Gardaí said {a|the yacht had sailed from the Caribbean and was believed to have been heading for a landing point on
the south coast}. The men, two of whom are Irish nationals and one a Dutch national, are being held at Bandon Garda
station.

Detective Chief Superintendent Deirdre Mac Cárthaigh, of the Garda National Drugs and Organised Crime Bureau, said
{b|the operation had been running for several months}.

"{b|This was an intelligence-led operation, and it involved partners across Europe}," she said at a press
conference in Cork on Monday. "{b+|I want to thank the Naval Service, whose crews worked in very difficult
conditions}."

She said {b|the drugs, about 300kg in all, were hidden in a false floor in the hull}.

Asked whether the seizure was linked to a gang based in Dublin, Det Chief Supt Mac Cárthaigh said: "{b|I'm not going
to speculate on that at this stage}."

Revenue said {c|customs officers had taken part in the operation} and that {c+|the vessel had been tracked from the
moment it entered Irish waters}. It said {c|the seizure showed the value of "close co-operation" between agencies}.

Minister for Justice Seosamh Ó Ceallaigh congratulated the agencies involved. In a statement, he said {d|the
seizure would have "a real impact" on the gangs supplying cocaine to Irish towns and cities}.

"{d|Every kilo taken off the market is a kilo that does not end up on our streets}," Mr Ó Ceallaigh said.

But Niamh Ní Fhlatharta, who runs a drugs outreach service in Cork city, said {e|large seizures rarely made a
difference to the price or supply of cocaine on the streets}.

"{e|The price hasn't moved in ten years}," Ms Ní Fhlatharta said. "{e+|That tells you something, doesn't it?}"

She said {e|more money needed to go into treatment, particularly for young people}.

The seizure is the second off the Cork coast in 18 months. In 2023, a cargo ship was found to be carrying more than
two tonnes of cocaine after it ran aground near Ballycotton.

Conor Fitzsimons, a former Naval Service officer who now lectures in maritime security at University College Cork,
said {f|the coastline was "almost impossible" to patrol fully}.

"{f|We have eight ships. On a good day, maybe three are at sea}," he said. "{f+|It's a big ocean!}"

He said {f|the State needed more patrol vessels and better radar coverage of the southwest}.

Local councillor Bríd Ní Laoire said {g|people in Schull and Baltimore had been "shocked" by the news}.

"{g|You'd see yachts coming in all summer. You'd never think twice about it}," she said.

Gardaí said {a|the men could be held for up to seven days under drug trafficking legislation}. A file is expected to
be sent to the Director of Public Prosecutions.
"""),
]

STORIES += [
    story('za_news24_cabinet_tariff', 'South African online daily', {
        'a': 'Sipho Mahlangu', 'b': 'Thandeka Mokoena', 'c': 'National Energy Regulator of South Africa (Nersa)',
        'd': 'Johan van der Merwe', 'e': 'Lerato Dlamini-Khumalo', 'f': 'Eskom', 'g': 'Pieter Botha',
        'h': 'Nomvula Sithole', 'i': 'Kabelo Nthite',
    }, """
'We will not let the lights go off again' - Mahlangu defends 12% electricity hike

President Sipho Mahlangu has defended a 12.7% electricity tariff increase approved by the energy regulator,
saying {a|the country cannot return to the rolling blackouts that crippled the economy two years ago}.

"{a|We will not let the lights go off again}," said Mahlangu on Tuesday, speaking at the opening of a solar plant in
Upington in the Northern Cape. "{a+|That means paying what it costs to keep them on}."

The National Energy Regulator of South Africa (Nersa) approved the increase on Monday, less than half of the 36%
Eskom had asked for. Nersa said {c|it had weighed Eskom's revenue needs against "the ability of households to pay"}.

Electricity Minister Thandeka Mokoena said {b|the increase was "painful but necessary"}.

"{b|Eskom cannot keep borrowing to pay for coal}," said Mokoena. "{b+|The Treasury has already given it R254 billion
in debt relief. There is no more}."

She said {b|the government would expand the free basic electricity allowance for the poorest households from 50
to 100 kilowatt-hours a month}.

Eskom, in a statement, said {f|it "noted" the decision and would study it before deciding whether to challenge it
in court}. It said {f|a lower increase would leave it R40 billion short over the next three years}.

The DA's spokesperson on electricity, Johan van der Merwe, said {d|the hike would hit small businesses hardest}.

"{d|The president talks about keeping the lights on. He should talk about keeping the doors open}," said Van der
Merwe. "{d+|How many spaza shops and bakeries will survive this?}"

He said {d|the party would ask Parliament's portfolio committee to call Nersa to explain the decision}.

The EFF's Lerato Dlamini-Khumalo accused the ANC of {e|"punishing the poor for its own mismanagement"} and said {e|the
party would march to Nersa's offices in Pretoria on Friday}.

"{e|Eskom was looted, and now the people must pay for the looting}," she told News24.

Economist Pieter Botha, of the Bureau for Economic Research at Stellenbosch University, said {g|the increase would
add about half a percentage point to inflation next year}.

"{g|It's a big number, but it's not the end of the world}," Botha said. "{g+|The bigger risk is if municipalities add
their own mark-up, which many of them do}."

Municipalities buy electricity in bulk from Eskom and resell it to residents, often at a higher price.

Nomvula Sithole, who runs a hair salon in Soweto, said {h|she already spent a third of her income on electricity}.

"{h|I switch off the dryers when there are no clients}," she said. "{h+|What more must I switch off? My lights?}"

Mahlangu said {a|he understood the anger} but that {a+|the alternative was worse}.

"{a|Ask any business owner what load-shedding cost them}," he said. "{a+|Ask them whether they want to go back}."

Mokoena said {b|the increase would take effect on 1 April}.

Nersa spokesperson Kabelo Nthite said {i|the regulator had received more than 3,000 public submissions on Eskom's
application}. Asked whether Nersa had bowed to political pressure, he said: "{i|Not at all. The decision is ours
and ours alone}."
"""),
    story('za_maverick_grant_payments', 'South African online weekly', {
        'a': 'Themba Nxumalo', 'b': 'South African Social Security Agency', 'c': 'Zanele Majola',
        'd': 'Refilwe Motaung', 'e': 'Black Sash', 'f': 'Andile Cele', 'g': 'Gugu Ntuli', 'h': 'Grace Mthembu', 'j': 'Grace Phiri',
    }, """
Grant payments delayed for thousands as Sassa blames bank system glitch

Thousands of social grant beneficiaries in KwaZulu-Natal and the Eastern Cape were left without their money for a
third day on Thursday, after what the South African Social Security Agency (Sassa) described as {b|"a technical
glitch" in its banking partner's system}.

Sassa spokesperson Themba Nxumalo said {a|about 210,000 payments had been affected, most of them old-age and disability grants}.

"{a|We apologise to every beneficiary who has been inconvenienced}," said Nxumalo. "{a+|The money is safe, and it
will be paid}."

He said {a|the problem lay with the Postbank, which processes most grant payments, and not with Sassa itself}.

The Postbank did not respond to questions from Daily Maverick by the time of publication.

Minister of Social Development Zanele Majola said {c|she had asked for "a full report" by Monday}.

"{c|Our people cannot be made to sleep outside a pay point because a computer is down}," Majola said. "{c+|That is
unacceptable. I have said so to the Postbank board}."

Refilwe Motaung, 71, had been waiting outside the post office in Umlazi since 4am.

"{d|I came yesterday, they said come tomorrow. I came today, they say come tomorrow}," said Motaung, leaning on a
walking stick. "{d+|Tomorrow, tomorrow! When is tomorrow?}"

She said {d|she had borrowed R200 from a neighbour to buy bread and paraffin}.

Black Sash, which monitors grant payments, said {e|it had received more than 900 complaints since Tuesday}. They
said {e|this was the fourth major disruption in 18 months} and called for {e|an independent review of the payment
system}.

Its national director, Andile Cele, said {f|the government had been warned repeatedly that the Postbank's systems
were outdated}.

"{f|This was not a surprise to anyone who has been paying attention}," said Cele. "{f+|Sassa knew. The department
knew. The Postbank knew}."

Cele said {f|the organisation would write to Parliament's portfolio committee on social development}.

In the Eastern Cape, Sassa regional manager Gugu Ntuli said {g|extra staff had been sent to pay points in
Mthatha, Gqeberha and East London to help beneficiaries}.

"{g|We have mobile units in the rural areas as well}," Ntuli said. "{g+|Nobody will lose their grant because of
this}."

The agency said in a statement late on Thursday that {b|80% of the affected payments had now been processed and the remainder would be paid by Saturday}.

Grace Mthembu, a community health worker in KwaMashu, said {h|elderly residents had been targeted by loan sharks
offering cash against their grant cards}.

"{h|They stand right there at the gate}," she said. "{h+|They know the old people are desperate}."

Economist Grace Phiri, who studies social grants at the University of the Witwatersrand, said {j|about 18 million
people received a grant every month, and for many households it was the only regular income}.

"{j|When the grant is late, the whole family goes hungry. Sometimes the whole street}," Phiri said.

She said {j|the government had been slow to move payments to commercial banks because of the cost}, and that {j+|the Postbank had been "set up to fail"}.

Nxumalo urged {a|beneficiaries not to hand their cards or PINs to anybody} and said {a|Sassa would never ask for a
PIN over the phone}.
"""),
]

STORIES += [
    story('ng_punch_governor_roads', 'Nigerian daily', {
        'a': 'Adebayo Ogunleye', 'b': 'Kunle Adeyemi-Bello', 'c': 'Ibrahim Danjuma', 'd': 'Folasade Akinwale',
        'e': 'Emeka Obi-Nwosu', 'f': 'Nigerian Union of Road Transport Workers', 'g': 'Chinwe Eze',
        'h': 'Oyewole Adisa', 'm': 'Musa Garba', 'n': 'Federal Roads Maintenance Agency',
    }, """
Ogun gov vows to complete Sagamu-Ijebu road by December, blames contractor

The Ogun State Governor, Prince Adebayo Ogunleye, has vowed that {a|the reconstruction of the Sagamu-Ijebu Ode road
will be completed by December}, blaming the delay on a contractor whose contract has now been terminated.

The governor, who spoke through his Special Adviser on Media, Mr Kunle Adeyemi-Bello, in a statement on Sunday, said
{a|the state would not tolerate "any further excuses" from contractors handling public projects}.

"{a|The people of Ijebu have suffered enough on this road}," the statement read. "{a+|We have mobilised a new
contractor to site, and work will continue day and night until it is done}."

Adeyemi-Bello added that {b|the terminated contractor had collected N2.4bn in mobilisation fees but completed less
than 15 per cent of the work in 18 months}.

He said {b|the state had written to the Economic and Financial Crimes Commission to recover the money}.

The Commissioner for Works and Infrastructure, Engr. Ibrahim Danjuma, told our correspondent that {c|the new
contractor had been given a strict timeline with penalties for every week of delay}.

"{c|We are monitoring them every week. If they fail, they will pay}," Danjuma said.

But the member representing Ijebu North Constituency in the House of Representatives, Dr (Mrs) Folasade
Akinwale, said {d|the governor had made similar promises twice before}.

"{d|In 2022, we were told the road would be ready by Christmas. In 2023, it was Easter}," she said. "{d+|Now it is
December again. Which December?}"

Akinwale said {d|at least 11 people had died in accidents on the road this year alone}.

The Chairman of the Nigerian Union of Road Transport Workers in the state, Alhaji Emeka Obi-Nwosu, said {e|his
members spent up to four hours on a journey that should take 45 minutes}.

"{e|Our drivers are losing money every day. Our vehicles are breaking down in the potholes}," Obi-Nwosu lamented.

The union said in a communiqué that {f|its members would withdraw their services on the route if work did not
resume within two weeks}.

A trader at the Ijebu Ode central market, Mrs Chinwe Eze, said {g|the cost of bringing goods from Lagos had
doubled}.

"{g|Transporters now charge us double because of the road. We too must add it to the price}," she told PUNCH.

Also speaking, a community leader in Ijebu-Imushin, Chief Oyewole Adisa, appealed to {h|the state government to
consider the people living along the route, many of whom had lost their shops to the road expansion}.

He said {h|the community had not received compensation promised in 2022}.

"{h|We gave our land for development. Where is our compensation?}" Adisa queried.

Reacting, Adeyemi-Bello said {b|compensation had been paid to 340 of the 410 claimants and the rest would be paid
before the end of the year}.

He urged {b|motorists to be patient and to obey traffic officers deployed on the road}.

Meanwhile, the Federal Roads Maintenance Agency said {n|it had no role in the project, since the road had been handed over to the state in 2021}.

"{m|That road belongs to Ogun State. We have written to them twice offering technical support}," the agency's
zonal coordinator, Engr. Musa Garba, said.

The governor is expected to inspect the project on Thursday.
"""),
    story('ng_premium_times_varsity_strike', 'Nigerian online daily', {
        'a': 'Yusuf Abdulrahman', 'b': 'Ngozi Okafor-Ibe', 'c': 'Federal Ministry of Education',
        'd': 'Tunde Balogun', 'e': 'Aisha Mohammed-Garba', 'f': 'National Association of Nigerian Students',
        'g': 'Olumide Fashola', 'h': 'Hauwa Bello', 'u': 'Academic Staff Union of Universities', 'k': 'Sani Yakubu',
    }, """
ASUU begins indefinite strike, says FG failed to honour 2023 agreement

The Academic Staff Union of Universities (ASUU) has begun an indefinite strike, accusing the Federal Government
of {u|failing to implement an agreement signed in 2023}.

The union's President, Prof. Yusuf Abdulrahman, announced the strike at a press conference in Abuja on Monday,
after a meeting of its National Executive Council.

"{a|We have been patient. We have written letters, we have attended meetings, we have given ultimatums}," he said.
"{a+|Enough is enough}."

Abdulrahman said {a|the government had paid only two of the eight months of salary arrears it owed lecturers, and had not released the N150bn revitalisation fund for public universities}.

He said {a|the strike would be "total, comprehensive and indefinite"}.

Reacting, the Minister of Education, Dr Ngozi Okafor-Ibe, described the strike as {b|"unnecessary"} and said {b|the
government had met most of the union's demands}.

"{b|Government has paid what it can pay. The economy is what it is}," the minister said. "{b+|We appeal to ASUU to
return to the negotiating table}."

The Federal Ministry of Education, in a statement signed by its Director of Press, Mr Tunde Balogun, said {c|the
minister would meet the union's leadership on Thursday}.

It added that {c|the government had "no intention" of invoking the no-work, no-pay rule "at this time"}.

The President of the National Association of Nigerian Students, Comrade Aisha Mohammed-Garba, said {e|students
were tired of being used as "pawns" by both sides}.

"{e|Every strike adds a year to our studies. Who will pay for that year?}" she asked.

She said {e|the association would mobilise students for a peaceful protest if the strike lasted beyond two weeks}.

Speaking to PREMIUM TIMES, a lecturer at the University of Ibadan, Dr Olumide Fashola, said {g|many of his
colleagues had left for the United Kingdom and Canada in the past two years}.

"{g|In my department alone, we have lost seven lecturers since 2022}," Fashola said. "{g+|The ones who remain are
teaching three times the number of students}."

Fashola said {g|he earned less than N400,000 a month, about the price of a bag of rice and a tank of petrol in
some states}.

A final-year student of Ahmadu Bello University, Zaria, Hauwa Bello, said {h|she had been due to graduate in
July}.

"{h|Now I don't know. Maybe next year, maybe the year after}," she said. "{h+|My parents have already spent
everything}."

ASUU last embarked on a nationwide strike in 2022, which lasted eight months. Some private universities have since
reported a rise in applications from students who say they can no longer afford to wait.

A parent in Kaduna, Mallam Sani Yakubu, whose two children attend federal universities, said {k|he had started
saving for a private university "just in case"}.

"{k|We cannot keep gambling with the future of our children}," Yakubu told PREMIUM TIMES.

Abdulrahman said {a|the union was ready to suspend the strike "immediately" once the government paid the arrears
and released the revitalisation fund}.

Asked whether ASUU would accept a phased payment, he said: "{a|We will look at any offer in good faith. But it must
be in writing this time}."
"""),
]

STORIES += [
    story('ph_inquirer_rice_prices', 'Philippine broadsheet', {
        'a': 'Ramon Villareal Santiago', 'b': 'Teodoro Lacson', 'c': 'Department of Agriculture',
        'd': 'Maria Cristina Dizon', 'e': 'Jericho Bautista', 'f': 'Federation of Free Farmers',
        'g': 'Lorna Abueva', 'h': 'Rosario Manalastas', 'r': 'rice retailers', 'j': 'Jaime Carandang',
    }, """
Santiago orders price cap on rice: 'Hindi kami papayag'

President Ramon Villareal Santiago on Monday ordered a cap on the retail price of regular-milled rice, saying {a|the
government would not allow traders to profit from a shortage caused by the recent typhoons}.

"{a|Hindi kami papayag na pagsamantalahan ang taumbayan}" ({a|We will not allow the people to be taken advantage
of}), Santiago said in Filipino during a visit to a rice warehouse in Cabanatuan City, Nueva Ecija.

The President said {a|the cap of P45 a kilo would take effect on Wednesday and last for 60 days}.

"{a|Kung may magtatago ng bigas, huhulihin namin}," he added. ({a|If anyone hoards rice, we will arrest them}.)

Agriculture Secretary Teodoro Lacson told reporters after the visit that {b|the country had enough rice stocks to
last 74 days}.

"{b|There is no shortage}," Lacson said. "{b+|What we have is a few traders holding back stock so they can sell it
at a higher price later}."

He said {b|teams from the Department of Agriculture and the Philippine National Police would inspect warehouses in
Central Luzon starting Tuesday}.

The Department of Agriculture, in a separate statement, said {c|it had identified 23 warehouses in Bulacan and
Nueva Ecija that were "of interest"}.

But rice retailers warned that {r|the cap could force small stalls out of business}.

Maria Cristina Dizon, who sells rice at the Nepa-Q-Mart in Quezon City, said {d|she bought her stock at P47 a kilo
from wholesalers}.

"{d|Paano kami kikita?}" ({d|How will we earn?}) she asked. "{d|Lugi na kami bago pa magbukas}" ({d|We're at a
loss before we even open}).

Jericho Bautista, president of the Grains Retailers Confederation of the Philippines, said {e|the group would ask
the Supreme Court to stop the order if the government did not offer retailers a subsidy}.

"{e|We support the President's goal, but we cannot sell at a loss}," Bautista said in an interview with the
Inquirer. "{e+|Who will feed our families?}"

The Federation of Free Farmers said {f|farmgate prices of palay had already fallen by P3 a kilo since the typhoons}
and warned that {f|a cap on retail prices would push them lower still}.

Senator Lorna Abueva, who chairs the Senate committee on agriculture, said {g|she would call a hearing on the
order next week}.

"{g|A price cap is a bandage, not a cure}," Abueva said in a statement. She added that {g|the government should
instead release more rice from the National Food Authority's buffer stock}.

Asked about the criticism, Lacson replied: "{b|We are open to talking with the retailers. Our door is open}."

In Cabanatuan, farmer Rosario Manalastas, 62, said {h|she had lost half her crop to flooding}.

"{h|Wala na kaming natira}" ({h|We have nothing left}), she said in Filipino. "{h|Sana matulungan kami}" ({h|We hope
they can help us}).

The President's order also directs local government units to set up "Kadiwa" stores selling rice at P40 a kilo in
public markets.

Economist Jaime Carandang of the University of the Philippines School of Economics said {j|price caps rarely
worked for long}.

"{j|If the cap is below the cost, the rice disappears from the shelves}," Carandang said. "{j+|We saw that in 2023}."

Santiago said {a|the government would review the cap after 30 days}.
"""),
    story('pk_dawn_power_tariff', 'Pakistani English daily', {
        'a': 'Shahzad Iqbal Cheema', 'b': 'Ayesha Siddiqa Malik', 'c': 'National Electric Power Regulatory Authority',
        'd': 'Farooq Hameed Niazi', 'e': 'Kamran Ali Qureshi', 'f': 'Lahore Chamber of Commerce and Industry',
        'g': 'Rukhsana Bibi', 'h': 'Mian Tariq Mehmood', 'k': 'Sajid Akram',
    }, """
Govt rules out fresh power tariff hike, blames IPPs for 'capacity trap'

ISLAMABAD: Federal Minister for Energy Shahzad Iqbal Cheema on Tuesday ruled out any further increase in electricity
tariffs this fiscal year, saying {a|the government was renegotiating contracts with independent power producers
(IPPs) to bring down costs}.

Addressing a press conference at the PID, the minister said {a|capacity payments to IPPs had risen to Rs2.1 trillion
this year, more than the entire defence budget}.

"{a|We are paying for electricity that is never produced}," he said. "{a+|This is the capacity trap that previous
governments walked us into}."

He maintained that {a|talks with 18 IPPs had been completed and the revised contracts would save the exchequer
Rs300 billion over the next three years}.

Minister of State for Finance Ayesha Siddiqa Malik, who was also present, said {b|the savings would be passed on to
consumers in the form of a relief of Rs2.5 per unit from January}.

"{b|The IMF has been taken on board}," she said, responding to a question. "{b+|There is no objection from their
side}."

The National Electric Power Regulatory Authority (Nepra), meanwhile, is scheduled to hear a petition on the
fuel charges adjustment on Thursday. In a notice, it said {c|the distribution companies had sought an increase of
Rs1.4 per unit for October}.

The opposition rejected the minister's claims. Farooq Hameed Niazi, a senior leader of the opposition in the
National Assembly, termed the announcement {d|"eyewash"} and said {d|the government had raised tariffs four times
in a year}.

"{d|They raise the rate by Rs7 and then announce a relief of Rs2.5 and want applause}," Mr Niazi said while
talking to media outside Parliament House. "{d+|The people are not fools!}"

Energy expert Kamran Ali Qureshi said {e|renegotiating the contracts was a step in the right direction but would not
solve the problem of line losses and theft}.

"{e|Until the distribution companies are fixed, every relief will be eaten up by losses}," Dr Qureshi told Dawn.

He pointed out that {e|losses in some distribution companies exceeded 30 per cent}.

The Lahore Chamber of Commerce and Industry (LCCI) welcomed the announcement but said {f|industry needed a tariff of
nine cents per unit to remain competitive in the region}.

LCCI President Mian Tariq Mehmood said {h|textile mills in Faisalabad and Sialkot had closed or cut shifts because
of high energy costs}.

"{h|We are competing with Bangladesh and Vietnam, where electricity costs half as much}," he said.

In Rawalpindi, a widow, Rukhsana Bibi, said {g|her electricity bill for October had been Rs18,000 - more than her
monthly income from stitching clothes}.

"{g|Should I pay the bill or buy flour?}" she asked. "{g+|Tell me, what should I do?}"

Mr Cheema said {a|the government understood the hardship of the common man}. "{a|Relief is coming. I request the
people to be patient for a few more weeks}," he said.

Nepra's spokesperson, Sajid Akram, said {k|the authority would decide the fuel adjustment "strictly on merit"} and that {k+|the hearing would be open to the public}.

Mr Cheema also announced that {a|a crackdown on electricity theft would be launched across Punjab and Khyber Pakhtunkhwa
from next week}.
"""),
]

STORIES += [
    story('bd_star_garment_wages', 'Bangladeshi English daily', {
        'a': 'Nazma Akter Shimu', 'b': 'Mohammad Rafiqul Islam', 'c': 'Bangladesh Garment Manufacturers and Exporters Association',
        'd': 'Shahidul Haque Chowdhury', 'e': 'Taslima Begum', 'f': 'Md Abdul Mannan', 'g': 'Khondaker Golam Moazzem',
        'h': 'Industrial Police', 'w': 'witnesses',
    }, """
RMG workers block Dhaka-Tangail highway demanding wage hike

Garment workers blocked the Dhaka-Tangail highway in Gazipur for nearly five hours yesterday, demanding a minimum
monthly wage of Tk 25,000, up from the current Tk 12,500.

{w|The demonstration began around 9:00am at Konabari, where workers of at least 12 factories walked out and gathered
on the road, halting traffic in both directions}, witnesses said.

Industrial Police said {h|the situation was brought under control around 2:00pm after factory owners assured
workers that their demands would be discussed}. Several factories later declared a holiday for today. Commuters were stranded for hours.

"{a|We cannot survive on Tk 12,500 when rice costs Tk 70 a kg}," said Nazma Akter Shimu, a sewing operator at one of
the factories. "{a+|My rent alone is Tk 6,000. How will I feed my two children?}"

Mohammad Rafiqul Islam, general secretary of the Bangladesh Garment Workers' Solidarity Federation, told The Daily
Star that {b|the current wage, set in 2023, had been eroded by inflation of more than 9 percent a year}.

"{b|Workers are not asking for luxury. They are asking to eat}," he said.

He alleged that {b|some factory owners had hired outsiders to intimidate workers who took part in the protest}.

The Bangladesh Garment Manufacturers and Exporters Association (BGMEA), however, said {c|the industry could not
afford such an increase at a time when orders from Europe and the US had fallen}.

"{c|A sudden jump to Tk 25,000 would make many factories unviable}," the association said in a press release. It
urged {c|workers not to be misled by "vested quarters"}.

BGMEA Vice-President Shahidul Haque Chowdhury said {d|the owners were willing to sit with the workers' leaders and
the government}.

"{d|We are not against a raise}," he said, talking to reporters at the BGMEA office in Uttara. "{d+|But it has to be
realistic. Our buyers are not paying us more}."

Taslima Begum, a quality inspector at a knitwear factory in Konabari, said {e|she had worked 11 hours a day, six
days a week, for eight years}.

"{e|When I started, my salary was enough. Now it finishes in two weeks}," she said.

State Minister for Labour and Employment Md Abdul Mannan said {f|the government would form a new wage board within
a month}.

"{f|The wage board will consider the demands of both workers and owners}," the state minister said at a programme in
the capital. "{f+|Nobody will be deprived}."

He added that {f|vandalism would not be tolerated} and warned that {f|"strict action" would be taken against
anyone who damaged factories}.

Khondaker Golam Moazzem, research director of the Centre for Policy Dialogue, said {g|a wage of around Tk 23,000
would be justified on the basis of the cost of living}.

"{g|Our survey found that a worker's family of four needs at least that much to meet basic needs}," he told The
Daily Star.

He said {g|owners had received significant cash incentives from the government over the years and could share
some of those gains with workers}.

Traffic on the highway remained slow till evening, with long tailbacks stretching to Chandra.

The Industrial Police said {h|additional forces had been deployed in Gazipur, Ashulia and Savar to prevent further
unrest}.
"""),
    story('uk_tabloid_soap_star', 'UK tabloid', {
        'a': 'Kelsey Brannigan', 'b': 'A source', 'c': 'A pal', 'd': 'Danny Roache', 'e': 'A Coronation Street spokesman',
        'f': 'Marion', 'g': 'A spokeswoman for the star', 'l': 'Lenny Sharrock', 'x': 'One fan', 's': 'hotel staff',
    }, """
SOAP STUNNER'S SECRET SPLIT

Corrie star Kelsey Brannigan 'heartbroken' as footballer fiancé moves out weeks before wedding

CORONATION Street star Kelsey Brannigan has split from her footballer fiancé just weeks before their lavish
wedding, The Sun can reveal.

The actress, 29, and Championship defender Danny Roache, 31, had been due to marry in a £250,000 ceremony at a
castle in Cheshire in June.

But a source told The Sun: "{b|It's all off. Danny moved his stuff out of the house last weekend}."

The insider added: "{b|Kelsey is heartbroken. She's been crying on set between takes and everyone is rallying
round her}.

"{b+|They'd been rowing for months about where to live after the wedding. He wanted to move down south for his
career and she won't leave Manchester}."

The couple got engaged on holiday in the Maldives last year, with Kelsey sharing a snap of her huge diamond ring
captioned "Forever starts now".

A pal said {c|the cracks had started to show at Christmas}.

"{c|They barely spoke at the Christmas party}," the friend said. "{c+|Everyone could see something was wrong, but
Kelsey kept saying it was fine}."

Kelsey, who plays barmaid Jade in the ITV soap, opened up about the pressure of planning the wedding in an
interview with Fabulous magazine last month.

"{a|Honestly, I've never been so stressed in my life!}" the star, 29, said at the time. "{a+|Everyone tells you it'll
be the best day of your life, but nobody tells you about the seating plan}."

Asked whether she and Danny would have children, she joked: "{a|Ask me again in ten years!}"

Danny, who joined Stoke City from Wigan in the summer, was pictured leaving a Stoke hotel on Tuesday looking
glum. He had been staying there since the weekend, and hotel staff said {s|he had barely left
his room apart from training}.

When approached by The Sun, he said: "{d|I've got nothing to say. It's private}."

A Coronation Street spokesman said {e|the show would "support Kelsey in every way"} but declined to comment on her
private life.

Kelsey's mum Marion, 58, who lives in Salford, told The Sun: "{f|She's a strong girl. She'll be OK}."

She said {f|her daughter had already returned the wedding dress}.

"{f|It's a shame about the castle, mind. We'd paid the deposit!}" she laughed.

A spokeswoman for the star said: "{g|Kelsey and Danny have decided to go their separate ways. They ask for privacy
at this difficult time}."

The split comes just a year after Kelsey won Best Newcomer at the British Soap Awards, where she gushed about
Danny in her acceptance speech, calling him {a|"my rock"}.

Fans rushed to support the star online. One fan wrote {x|she deserved "so much better"}, while another posted
a string of broken-heart emojis.

Kelsey's co-star Lenny Sharrock, who plays her on-screen dad, said {l|the cast had "closed ranks" around her}.

"{l|She's like family to all of us. We'll look after her}," he said. "{l+|She's tougher than she looks}."

The source added: "{b|She's throwing herself into work. There's a huge storyline coming up for Jade and she wants
to be ready}."
"""),
]

STORIES += [
    story('mag_profile_glassblower', 'magazine profile', {
        'a': 'Ingrid Solvang-Abara', 'b': 'Obinna Abara', 'c': 'Theo Marchetti', 'd': 'Hattie Lowenthal',
    }, """
The Heat of the Thing

Ingrid Solvang-Abara has been blowing glass for 31 years, and she still burns herself about once a week.

"{a|You'd think the hands would learn}," she says, holding up a thumb with a fresh pink welt across it. "{a+|They
don't. The hands are stupid. It's the eyes that learn}."

Her studio sits at the end of a gravel track outside Hexham, in a former cattle shed she and her husband bought
for £40,000 in 1998. The furnace, which she calls "the beast", runs at 1,150 degrees and has not been switched off
since March. On a November morning the shed is the warmest place for miles; a robin has taken to sitting on the
rafters above the glory hole.

Solvang-Abara, 58, grew up in Bergen, the daughter of a ship's engineer and a piano teacher. She came to Britain to
study ceramics in Stoke and, she says, {a|hated every minute of it}.

"{a|Clay is so patient. It waits for you. You can leave it overnight under a damp cloth and come back to it}," she
says. "{a+|Glass doesn't wait for anybody. You have maybe forty seconds before it's decided what it's going to be,
and if you haven't decided first, it wins}.

"{a+|I think I liked that. I was twenty-two and I liked being frightened}."

She switched courses in her second year, against the advice of her tutors, and has never made anything else.

Her work - tall, lopsided vessels in smoky greens and ambers, some of them more than a metre high - is now held by
the V&A and the Corning Museum of Glass in New York. A single piece can sell for £18,000. She still sells small
tumblers at the Hexham farmers' market for £25 each.

"{a|Why not?}" she says, when I ask about the gap. "{a+|Somebody should be able to drink out of my glass without
taking out a mortgage}."

Her husband, Obinna Abara, a retired structural engineer, handles the accounts and most of the packing. He says
{b|she has no idea what anything costs}.

"{b|She'd give the big pieces away if I let her}," he says, not quite joking. "{b+|I have had to physically stand in
the doorway}."

Theo Marchetti, a curator at the Corning museum, first saw her work at a fair in Amsterdam in 2009. He remembers
{c|walking past her stand twice before he went back}.

"{c|It looked wrong at first. Everything was leaning}," he says. "{c+|Then you realise that nothing is leaning by
accident. She is working at the absolute edge of what the material will do before it collapses, and she knows
exactly where that edge is}."

Marchetti says {c|there are perhaps a dozen glassblowers in the world who work at that scale alone, without a team}.

Solvang-Abara does most of the work by herself, which is unusual for pieces so large. She has an assistant, a
former student named Hattie Lowenthal, two days a week. Lowenthal says {d|the first month was terrifying}.

"{d|She doesn't explain anything. She just does it, and you're supposed to watch}," Lowenthal says. "{d+|But then one
day you realise you know where she's going to move before she moves. It's like learning a dance}."

There have been bad years. In 2015 a fire in the annealing oven destroyed eight months of work two weeks before an
exhibition in Copenhagen. She cancelled the show, and for a while, she says, {a|she thought about stopping
altogether}.

"{a|I sat in the house for three weeks. I didn't come in here at all}," she says. "{a+|Obinna brought me my coffee
and didn't say anything, which was exactly right}.

"{a+|Then one morning I came out and lit the furnace, and that was that}."

She is working now on a series she calls "Tidelines", eleven vessels that will be shown in Oslo next spring. The
largest of them stands in the corner of the shed, still wrapped in blankets, and she will not let me see it.

"{a|Not yet}," she says. "{a+|It hasn't decided yet}."

Does she ever think about retiring? She laughs, and looks at the furnace.

"{a|The beast would never forgive me}."
"""),
    story('tech_blog_startup_layoffs', 'tech blog', {
        'a': 'Priyanka Raghunathan', 'b': 'Marcus Oyelaran', 'c': 'Fernwave', 'd': 'Sasha Kowalczyk',
        'e': 'Devin Hartigan', 'f': 'Rui Takamori', 'g': 'Benedetta Leone',
    }, """
Fernwave lays off 40% of staff, CEO says AI 'changed the math'

{a|Fernwave, the developer-tools startup that raised $120 million at a $1.1 billion valuation just 14 months ago, is
laying off about 40 percent of its staff}, CEO Priyanka Raghunathan announced Tuesday.

In a long thread on X, Raghunathan wrote that {a|the company had "grown too fast for a market that changed under our feet"} and that {a+|the cuts would affect about 180 people across engineering, sales and support}.

"{a|This is the hardest thing I've done as a founder}," she wrote. "{a+|These are people I hired, people who
believed in what we were building. I owe every one of them an apology}."

Later in the thread, she said {a|the rise of AI coding assistants had "changed the math" on Fernwave's core
product}, a code-review tool used by some 9,000 companies.

Fernwave said in a blog post that {c|affected employees would receive 16 weeks of severance and six months of health
coverage}. It added that {c|it would waive the one-year cliff on stock options for anyone hired in the past year}.

Co-founder and CTO Marcus Oyelaran posted on LinkedIn that {b|the company would "refocus entirely" on an
AI-assisted version of its review tool, which launched in beta in September}.

"{b|We built something people loved. Then the ground moved}," Oyelaran wrote. "{b+|We can either pretend it didn't,
or we can move with it}."

Not everyone was sympathetic. Sasha Kowalczyk, a former Fernwave engineer who left the company in the spring, wrote
on Bluesky that {d|employees had raised concerns about the company's hiring pace "for over a year"}.

"{d|Leadership kept saying growth was the strategy. Well, here we are}," she posted.

Reached by TechBeat, Kowalczyk said {d|she did not blame Raghunathan personally but thought the board had pushed
the company to grow at any cost}.

Devin Hartigan, a partner at Lattice Peak Ventures, which led Fernwave's Series C round, defended the decision.

"{e|Priyanka made a brutal call, and it was the right one}," Hartigan told TechBeat. "{e+|Most companies in this
position wait six months too long and run out of runway}."

He said {e|Lattice Peak remained "fully committed" to Fernwave and would take part in any future funding round}.

Fernwave's layoffs are the latest in a wave of cuts at developer-tools startups this year. Rui Takamori, who tracks
startup layoffs on his newsletter The Burn Rate, said {f|more than 60 such companies had cut staff since January}.

"{f|The common thread is that they all sold something an LLM now does for free, or close to it}," Takamori said.
"{f+|Nobody wants to say that out loud, but it's true}."

Benedetta Leone, a Fernwave product designer who was among those laid off, posted a screenshot of her termination
email on Threads alongside the caption "well, that was a ride."

In a follow-up post, she wrote that {g|the company had handled the layoffs "about as well as you can handle
something like this"} and that {g+|she was already talking to other employers}.

"{g|If you're hiring designers, my DMs are open!}" she added.

Asked whether more cuts were coming, Raghunathan told TechBeat in an email: "{a|No. This is the one cut, and we
made it deep so we wouldn't have to make another}."

Fernwave's AI review tool, called Lens, is expected to leave beta in January.
"""),
]

STORIES += [
    story('interview_interpreter_chess', 'translated interview', {
        'a': 'Zhanna Abdrakhmanova', 'b': 'Yerlan Sadykov', 'c': 'Vikram Kulkarni',
    }, """
'I was not ready to be champion. Now I am'

Zhanna Abdrakhmanova became the first player from Kazakhstan to win the women's world chess championship last
month, beating the defending champion in a tiebreak after 12 drawn classical games. She is 23. We spoke in
Almaty, where she still lives with her parents in a flat near the Green Bazaar, with her coach, Yerlan Sadykov,
translating from Kazakh and Russian.

Abdrakhmanova said through an interpreter that {a|she had not slept for two nights before the tiebreak}.

"{a|I lay in bed and played the same opening over and over in my head}," she said. "{a+|Then, in the game, my
opponent played something completely different. So all that was for nothing!}"

Asked whether she had expected to win the match, she laughed before answering. "{a|No. Honestly, no. I thought if
I could draw half the games I would be happy}."

She said {a|the turning point came in the seventh game, when she defended a position that most commentators had
called lost}.

"{a|Everyone online was saying it was over}," she said, speaking through Sadykov. "{a+|I didn't look at my phone,
of course. But I could feel it. And I thought: no, I will not lose like this}."

She held the draw after 94 moves and six and a half hours.

Sadykov, who has coached her since she was nine, said {b|he had known she was special when she beat him in a blitz
game at the age of eleven}.

"{b|I was angry for a week}," he said, in English. "{b+|Then I understood that my job was to get out of her way}."

Abdrakhmanova grew up in Taraz, in the south of the country. Her father, a bus driver, taught her the moves when
she was five. She says {a|they played every evening after he came home from work}.

"{a|He always let me win at first. Then one day he stopped letting me win, and I cried}," she said. "{a+|I think that
was the most important day of my career}."

She was asked how her life had changed since the championship. She said {a|she had been recognised on the metro
in Almaty for the first time} and that {a+|a school in Taraz had been named after her}.

"{a|It is strange. I am the same person who lost three games in a row at the Olympiad}," she said. "{a+|Now
people want photographs}."

What does she want to do next? "{a|Play the men}," she said immediately. "{a+|Why not? The board is the same size}."

She said {a|she hoped to play in the open section of the next Grand Swiss tournament}, and that {a+|her goal was to
reach a rating of 2,700 within three years}.

Vikram Kulkarni, a grandmaster and commentator who covered the championship, said in a telephone interview that
{c|her defence in the seventh game was "one of the best in the history of the women's championship"}.

"{c|She found four only-moves in a row, under time pressure}," Kulkarni said. "{c+|Computers find those. Humans
usually don't}."

He said {c|her style reminded him of the great defensive players of the Soviet era}, and that {c+|her youth made her
dangerous for years to come}.

Abdrakhmanova was less impressed with the comparison. Through her interpreter, she said {a|she did not like to
compare herself to anyone}.

"{a|They were them. I am me}," she said. "{a+|Maybe in twenty years someone will compare somebody to me. That would
be nice}."

Before we left, she was asked what she would tell young girls in Kazakhstan who wanted to play chess.

"{a|Don't be afraid to lose}," she said, through Sadykov. "{a+|I have lost thousands of games. Every one of them
taught me something. Losing is not the opposite of winning. It is part of it}."
"""),
    story('police_blotter_millbrook', 'police blotter', {
        'a': 'Millbrook Police Department', 'b': 'Owen Castellanos', 'c': 'Renata Vukovic',
        'd': 'Dale Pickering', 'e': 'Tamsin Okoro', 'f': 'Police', 'r': 'The resident', 's': 'A resident of Sycamore Lane', 'w': 'A woman', 'k': 'A caller',
    }, """
Police blotter: Stolen lawn flamingos, a loose goat and a mailbox hit twice

The following incidents were reported to the Millbrook Police Department for the week of Oct. 14-20.

Monday, Oct. 14

8:12 a.m. - A resident of Sycamore Lane reported that {s|someone had taken 14 plastic pink flamingos from her front
lawn overnight}. Police said {f|the flamingos, valued at about $85, had been part of a fundraiser for the
elementary school}. The resident told officers {r|she "could not believe anyone would do that to the PTA"}.

3:40 p.m. - A driver backed into a parked car in the Shop Rite parking lot and left without leaving a note. A
witness gave officers a partial plate number. The case is under investigation.

Tuesday, Oct. 15

11:05 a.m. - A goat was reported walking along Route 9 near the Dunmore farm stand. Officers located the goat
and returned it to its owner, Dale Pickering, who said {d|it had escaped through a gap in a fence}.

"{d|She's done it three times this year}," Pickering told the Gazette. "{d+|I'm starting to think she's smarter
than me}."

9:30 p.m. - A man on Elm Street called to report a suspicious vehicle idling outside his house. Officers found
the driver was a food delivery worker checking directions.

Wednesday, Oct. 16

7:45 a.m. - A mailbox at 211 Birch Road was found knocked over for the second time in a month. Sgt. Owen
Castellanos said {b|officers believe the damage was done by the same vehicle both times, based on paint left on the
post}.

"{b|If anyone has a home camera pointed at Birch Road, we'd love to hear from you}," Castellanos said.

2:15 p.m. - A woman reported that {w|she had received a call from someone claiming to be from the IRS and demanding
payment in gift cards}. She did not pay. Police remind residents that {a|government agencies never ask for payment
in gift cards}.

Thursday, Oct. 17

10:20 p.m. - Officers responded to a report of loud music at a residence on Quarry Road. The homeowner agreed to
turn it down. No further action was taken.

Friday, Oct. 18

1:10 a.m. - A 24-year-old Millbrook man was arrested on Main Street and charged with driving while intoxicated
after officers saw his car swerving across the center line. He was released to a family member and is due in
town court Nov. 4.

4:50 p.m. - A bicycle was reported stolen from the rack outside the Millbrook Public Library. The bike, a blue
Trek, was not locked.

Lt. Renata Vukovic said {c|bicycle thefts had risen this fall, with seven reported since September}.

"{c|Please lock your bike, even if you're only going inside for a minute}," Vukovic said. "{c+|It takes a thief
about ten seconds}."

Saturday, Oct. 19

6:30 p.m. - A caller reported that {k|a group of teenagers was throwing eggs at cars on Hillcrest Avenue}. Officers
found no one in the area.

Sunday, Oct. 20

12:05 p.m. - A wallet was turned in at the police station by a resident who found it outside the post office. It
was returned to its owner.

Also this week

The department said {a|it would hold its annual "Coffee with a Cop" event at the Main Street Diner on Oct. 26 from
8 to 10 a.m.}

Police Chief Tamsin Okoro said {e|the event was a chance for residents to ask questions "about anything at all,
from parking to patrols"}.

"{e|We want people to know us by name}," Okoro said. "{e+|Come have a doughnut!}"

The department also said {a|its annual drug take-back day would be held Oct. 26 at the police station}, where
residents can drop off unused prescription medication with no questions asked.

Anyone with information about any of these incidents is asked to call the department's tip line.
"""),
]

STORIES += [
    story('press_release_battery_plant', 'company press release', {
        'a': 'Jo Roe', 'b': 'Halvard Energy', 'c': 'Anneliese Bergström', 'd': 'Kwame Asante-Boateng',
        'e': 'Mei-Ling Farrow',
    }, """
Halvard Energy to build $2.3 billion battery cell plant in Tennessee, creating 1,800 jobs

NASHVILLE, Tenn., March 4 /PRNewswire/ -- Halvard Energy, a leading maker of lithium iron phosphate battery cells
for electric vehicles and grid storage, today announced plans to build a $2.3 billion manufacturing plant in
Maury County, Tennessee. The company said {b|the plant would create about 1,800 full-time jobs when it reaches full
production in 2028}.

The 1.4-million-square-foot plant will produce up to 30 gigawatt-hours of battery cells a year, enough for roughly
400,000 electric vehicles. Construction is expected to begin in the third quarter of this year.

"{a|Today is a milestone for Halvard and for American battery manufacturing}," said CEO Jo Roe. "{a+|Tennessee
offered us a skilled workforce, a strong supplier base and a partner in state government that moves at the speed
of business}."

Roe said {a|the company had considered sites in four states before choosing Maury County}, citing {a|its access
to rail and the presence of a community college with an established advanced-manufacturing program}.

The plant will be Halvard's second in the United States, following its facility in Lordstown, Ohio, which began
production in 2023. The company said {b|it expects the new plant to supply both automotive customers and utilities
building large-scale storage projects}.

"{c|Demand for grid storage is growing faster than anyone predicted even two years ago}," said Anneliese Bergström,
Halvard's chief commercial officer. "{c+|This plant gives us the capacity to meet that demand from American soil}."

Bergström said {c|Halvard had signed supply agreements with two US utilities, which it did not name, covering
about a third of the plant's planned output}.

Tennessee Governor Kwame Asante-Boateng welcomed the investment.

"{d|Halvard's decision is a vote of confidence in Tennessee workers}," Governor Asante-Boateng said. "{d+|These are
good jobs, and they're going to a county that has worked hard to earn them}."

The state has agreed to provide $210 million in grants for site preparation and workforce training, subject to
approval by the State Funding Board.

Mei-Ling Farrow, president of Columbia State Community College, said {e|the college would launch a battery
technician certificate program in partnership with Halvard this fall}.

"{e|Our students will be able to train on the same equipment they'll use on the plant floor}," Farrow said.

Halvard expects to begin hiring for the plant in early 2026. The company said {b|average wages at the plant would
exceed $68,000 a year, not including benefits}.

About Halvard Energy

Halvard Energy designs and manufactures lithium iron phosphate battery cells and modules for electric vehicles and
stationary energy storage. Founded in 2017 and headquartered in Austin, Texas, the company employs more than 2,400
people in the United States and Norway. For more information, visit the company's website.

Forward-Looking Statements

This press release contains forward-looking statements, including statements regarding the expected timing of
construction, production capacity, job creation and customer demand. Words such as "expects," "plans," "will" and
"anticipates" identify forward-looking statements. Actual results may differ materially because of risks and
uncertainties, including changes in demand for electric vehicles, the availability of raw materials, the timing of
government approvals and the availability of incentives. Halvard undertakes no obligation to update these
statements except as required by law.

Media contact: Halvard Energy Communications
"""),
    story('sci_feature_coral_heat', 'science feature', {
        'a': 'Tamsyn Oduya-Hale', 'b': 'Rafael Quintanilla', 'c': 'Ilse Vandermeer', 'd': 'Kenji Moriyama',
        'e': 'Great Barrier Reef Marine Park Authority',
    }, """
The coral that learned to take the heat

On a reef flat off Heron Island, at low tide, Tamsyn Oduya-Hale crouches over a colony of branching coral the
colour of weak tea and points at a patch that is not white.

"{a|Everything around it bleached in February}," she says. "{a+|This one didn't. We want to know why}."

Oduya-Hale, a coral biologist at the University of Queensland, is the lead author of a study published this week
in Nature Climate Change that tracked 1,200 coral colonies across three marine heatwaves. The study finds that
about one colony in twelve survives repeated heatwaves with little or no bleaching, and that those colonies pass
some of their heat tolerance to their offspring.

{b|That second finding is the one that matters}, says co-author Rafael Quintanilla, a geneticist at the Australian
Institute of Marine Science.

"{b|Tolerance that dies with the colony is a curiosity}," Quintanilla says. "{b+|Tolerance that is inherited is a
resource. It means the reef might have some capacity to adapt, if we give it time}."

The team bred corals from tolerant and sensitive parents in tanks at the institute's sea simulator near
Townsville, then exposed the young corals to water three degrees warmer than normal. Offspring of tolerant parents
were about twice as likely to survive.

Quintanilla is careful not to oversell the result. {b|The gain is modest}, he says, {b+|and it is not nearly fast
enough on its own to keep pace with warming}.

"{b|If someone reads this and thinks the reef is going to be fine, they've read it wrong}," he says.

Ilse Vandermeer, a marine ecologist at the University of Amsterdam who was not involved in the study, calls it
{c|"careful and important work"} but says {c|the tank experiments cannot capture everything that happens on a real
reef}.

"{c|In a tank, you control the light, the food, the disease}," she says. "{c+|On a reef, a coral that survives the
heat can still be eaten by a starfish the next week}."

She also notes that {c|the study looked at only two species}, both of them fast-growing branching corals. "{c|Would
the massive corals, the slow ones, show the same pattern? We don't know yet}."

The finding has already drawn interest from managers. The Great Barrier Reef Marine Park Authority says {e|it is
"closely following" research on assisted evolution} but that {e+|any large-scale breeding programme would need
careful assessment}.

Some scientists are wary. Kenji Moriyama, a reef ecologist at the University of the Ryukyus in Okinawa, worries
that {d|talk of breeding "super corals" could distract governments from cutting emissions}.

"{d|It is a little like building a better lifeboat while the ship is still taking on water}," Moriyama says. "{d+|We
need the lifeboat. But we must also fix the ship}."

Oduya-Hale agrees. She says {a|the team's own models suggest that even with heat-tolerant corals spread across the
reef, warming above two degrees would be too much}.

"{a|Adaptation buys time}," she says. "{a+|It doesn't buy a future. Only emissions cuts do that}."

For now, the team is returning to Heron Island each summer to track the tolerant colonies and their offspring
planted back on the reef. Oduya-Hale says {a|about 70 per cent of those transplanted last year are still alive}.

Back on the reef flat, the tide is turning. She takes one last photograph of the tea-coloured colony and wades
back toward the boat.

"{a|Come back in February}," she says. "{a+|That's when we find out who's still here}."
"""),
]

STORIES += [
    story('uk_tabloid_hedge_feud', 'UK tabloid', {
        'a': 'Brian Tolley', 'b': 'Sandra Kettering', 'c': 'A neighbour', 'd': 'Redditch Borough Council', 'd2': 'A council spokesman',
        'e': 'Gavin Tolley', 'f': 'An insider at the council', 'c2': 'Another', 'h': 'Clive Armitage',
    }, """
HEDGE FUND!

Pensioner, 74, ordered to pay £9,000 after 20-year row over neighbour's 30ft leylandii

A PENSIONER has been left with a £9,000 bill after losing a 20-year feud with his neighbour over a towering hedge.

Retired postman Brian Tolley, 74, planted the leylandii along his garden fence in 2004 - and watched them grow to
a whopping 30ft.

But next-door neighbour Sandra Kettering, 66, said {b|the trees had blocked out the sun from her garden and
conservatory for more than a decade}.

She told The Mirror: "{b|I haven't had a tomato ripen since 2011}.

"{b+|I've asked him nicely, I've written letters, I've had mediators round. He just laughs}."

Now council planners have ordered Tolley to cut the hedge down to 6ft - and pay Mrs Kettering's legal costs.

A furious Tolley told us {a|he would appeal}.

"{a|It's my garden and my trees}," the grandad-of-five said. "{a+|Who does she think she is? Lady Muck?}"

He insisted {a|the hedge gave him privacy and stopped people "nosing" into his garden}.

"{a|I'm not cutting a single branch}," he said. "{a+|They'll have to drag me out of here first!}"

The bitter row has split the quiet cul-de-sac in Redditch, Worcs, where most residents have lived for decades and
the annual street party was cancelled last summer after a shouting match.

A neighbour, who asked not to be named, said: "{c|It's been going on longer than some of the kids on this street
have been alive}.

"{c+|Everyone's taken sides. You can't have a barbecue without somebody bringing it up}."

Another said {c2|the pair had once been friends and had gone on holiday together to Tenerife in the Nineties}.

Tolley's son Gavin, 45, said {e|his dad had been "made a scapegoat"} and claimed {e|the neighbour's conservatory
had been built without planning permission}.

"{e|Dad's lived here 40 years. She's lived here 18}," he fumed. "{e+|Why should he be the one to give way?}"

Redditch Borough Council said {d|it had followed the correct process under anti-social behaviour law on high
hedges}.

A council spokesman said: "{d2|We received a complaint about a high hedge and, after a site visit, issued a remedial
notice. The owner has the right to appeal}."

An insider at the council said {f|staff had been called "every name under the sun" by both sides}.

"{f|Nobody at the office wants to touch this one}," the source said. "{f+|It's been on the desk longer than the
filing cabinet}."

Mrs Kettering said {b|she took no pleasure in the ruling}.

"{b|I just want to sit in my garden in the sunshine. Is that too much to ask?}" she said.

The leylandii hedge, dubbed "The Great Wall of Redditch" by locals, is thought to be among the tallest in the
county.

Hedge expert Clive Armitage, who runs the campaign group Hedgeline, said {h|disputes over leylandii were
"far more common than people think"}.

"{h|We get calls every week. People have fallen out with lifelong friends over a few feet of conifer}," he said.
"{h+|It never ends well}."

Tolley has 28 days to lodge an appeal.
"""),
    story('tech_blog_app_outage', 'tech blog', {
        'a': 'Kofi Mensah-Darko', 'b': 'Plinth', 'c': 'Agnieszka Wróbel', 'd': 'Tariq Nasser', 'e': 'Leah Featherstone',
        'f': 'Cloudmark', 'p': "Plinth's status page",
    }, """
Plinth's 11-hour outage was caused by an expired certificate, founder admits

Plinth, the note-taking app with about 4 million users, went down for nearly 11 hours on Wednesday, and the cause
was as mundane as it gets: an expired TLS certificate on an internal service nobody remembered existed.

Founder Kofi Mensah-Darko broke the news in a thread on X on Thursday morning.

"{a|Yesterday's outage was our fault, entirely}," he wrote. "{a+|An internal certificate that handles sync between
our servers expired at 09:14 UTC. We didn't have monitoring on it. We do now}."

In the same thread, he said {a|no user data had been lost or exposed}, and that {a+|notes written offline during the
outage would sync once users reopened the app}.

Plinth's status page, which had shown "all systems operational" for the first two hours of the outage, said {p|the
service had been "fully restored" by 20:05 UTC}. The company said in a blog post that {b|it would credit every paid
subscriber with one free month}.

The outage hit hard because Plinth sells itself on reliability. Its tagline, "Your notes, always there," was
quickly turned into a meme.

Agnieszka Wróbel, a freelance journalist in Kraków, posted on Mastodon that {c|she had lost access to interview
notes an hour before a deadline}.

"{c|Always there, they said. Always there!}" she wrote.

She later told us that {c|she was "mostly fine" and had rebuilt the notes from recordings, but she was now looking at apps that stored data locally}.

Tariq Nasser, a site reliability engineer who writes the Pager Pain newsletter, said {d|expired certificates were
one of the most common causes of outages he saw}.

"{d|It's embarrassing precisely because it's so preventable}," Nasser said. "{d+|Everyone has a spreadsheet of
expiry dates, and everyone forgets the one certificate that isn't on it}."

He praised Mensah-Darko's candour, saying {d|most companies would have called it "a third-party issue" and moved
on}.

Not everyone was so forgiving. Product consultant Leah Featherstone posted on LinkedIn that {e|Plinth had ignored
warnings about its infrastructure for years}.

"{e|I raised this exact risk in an audit in 2022}," she wrote. "{e+|I was told reliability wasn't a priority until
after the Series B}."

Asked about her post, Mensah-Darko replied on X: "{a|Leah's right that we should have caught this sooner. I'm not
going to argue with that}."

Plinth's cloud provider, Cloudmark, said {f|its systems had operated normally throughout}. In a short statement
emailed to us, they said {f|the outage was "not related to any Cloudmark service."}

Mensah-Darko ended his thread with a promise: {a|Plinth would publish a full post-mortem, including a timeline of
every decision the on-call team made, within a week}.

"{a|We owe you an explanation, not just an apology}," he wrote. "{a+|You'll get both}."

He also posted a photograph of a sticky note on his monitor that read "CHECK THE CERTS", with the caption "never
again."

Wróbel said {c|she would give Plinth "one more chance"}.

"{c|Everybody makes mistakes}," she said. "{c+|Not everybody admits them in public}."

Plinth, founded in 2019, raised $45 million in a Series B round last year.
"""),
    story('sci_feature_sleep_teens', 'science feature', {
        'a': 'Nadia Al-Khatib', 'b': 'Orlando Featherby', 'c': 'Sunniva Haugland', 'd': 'Emeka Chukwuma',
        'e': 'Beatriz Esteves', 't': 'The study',
    }, """
Why teenagers can't get up, and what schools are doing about it

Every school morning, in a bedroom in suburban Leeds, 15-year-old Beatriz Esteves fights her alarm clock and loses.

"{e|I set three alarms. I sleep through all of them}," she says. "{e+|My mum has to come in and pull the duvet off}."

{a|It is not laziness}, says Nadia Al-Khatib. {a|It is biology}.

Al-Khatib, a sleep scientist at the University of Manchester, is the lead author of a study published on Tuesday in
The Lancet Child & Adolescent Health that followed 3,400 secondary school pupils in England for two years. The study reports that {t|pupils at schools that moved their start time from 8:30 to 9:30 slept an average of 34 minutes
longer on school nights}, and that {t+|their attendance improved}.

"{a|During puberty, the body clock shifts later by about two hours}," Al-Khatib says. "{a+|Asking a 15-year-old to be
alert at half past eight is a bit like asking an adult to be alert at half past six. Some can. Most can't}."

Co-author Orlando Featherby, a statistician at the University of Bristol, says {b|the effect on attendance was
larger than the team expected}.

"{b|We thought we might see a small change in sleep and nothing else}," he says. "{b+|Instead, we saw fewer
absences, fewer late marks, and a drop in pupils reporting low mood}."

{b|The study was observational}, Featherby cautions, {b+|so it cannot prove that the later start caused the
improvements}. {b|The schools that changed their hours might differ in other ways from those that did not}, he
says, {b+|though the team tried to account for that}.

Sunniva Haugland, a paediatric sleep researcher at the University of Bergen who was not involved, calls the study
{c|"one of the most convincing" she has seen from Europe}. She says {c|its results match those from the United
States, where several states have required later start times for high schools}.

"{c|The biology is not in doubt}," Haugland says. "{c+|The question has always been whether schools can make it
work}."

That is the sticking point. Emeka Chukwuma, head teacher of a secondary school in Nottingham that moved its start
time two years ago, says {d|the change was popular with pupils but not with everyone}.

"{d|Parents who work early shifts had a real problem}," he says. "{d+|So did our bus company. And the sports fixtures
with other schools were a nightmare}."

He says {d|the school now runs a breakfast club from 8am for pupils who need to arrive early}, and that {d|staff
were divided at first but have mostly come round}.

Would he go back? "{d|No. Absolutely not}," he says. "{d+|The difference in the first lesson is extraordinary. They're
awake!}"

Al-Khatib says {a|the government should fund a larger trial in which schools are randomly assigned to start times, which would settle the question of cause and effect}.

"{a|We have good evidence. What we need now is the best evidence}," she says.

Beatriz's school still starts at 8:30. Asked what she would do with an extra hour in the morning, she does not
hesitate.

"{e|Sleep}," she says. "{e+|Obviously}."
"""),
]


LEFT: dict[tuple[str, str], str] = {
    ('za_maverick_grant_payments', 'an independent review of the'):
        "'They said this was …, and called for X': once 'this was …' is read as the said clause, the second verb "
        "of the coordination ('and called for') is not read as a cue of its own",
    ('au_abc_housing_target', "the Government's target of 1.2"):
        "the span runs on into ', after figures showed …', a clause of time the writer adds",
    ('au_smh_rail_strike', 'holding the city "to ransom"'): "'accusing X of holding …': 'accusing … of' is no cue",
    ('au_smh_rail_strike', 'the offer did not keep'): "'They argued' for a union named a sentence before: not found",
    ('au_smh_rail_strike', '"insulting to every worker who'): "'called it \"…\"': the object 'it' is kept in the span",
    ('nz_rnz_kura_funding', 'A change to the way'):
        "'…, their national body says' in the lead: the body is named only in the next paragraph",
    ('nz_rnz_kura_funding', 'the new formula, which ties'):
        "'Te Rūnanga Nui o Ngā Kura Kaupapa Māori': the name is cut at its lower-case 'o'",
    ('nz_rnz_kura_funding', 'at least six kura had'):
        "'told Morning Report at least six kura had already warned they …': the inner report is taken",
    ('nz_rnz_kura_funding', 'that guarantee lasted only one'): "'said that guarantee …': 'that' read as the conjunction",
    ('nz_rnz_kura_funding', 'What happens in 2026? They'):
        "a quotation after 'But X said that …' in the same paragraph, with no cue of its own",
    ('nz_rnz_kura_funding', 'The language is the life'): "a translation in brackets after the quotation: not read",
    ('nz_rnz_kura_funding', 'By then the doors will'):
        "a quotation after 'X says that …' in the same paragraph, with no cue of its own",
    ('nz_rnz_fishing_quota', 'proposed cuts to the snapper'):
        "'A Bay of Plenty iwi fishing company says': the company is named only later",
    ('nz_rnz_fishing_quota', 'stocks have fallen to about'):
        "'Fisheries New Zealand has proposed …, saying': the participle's subject is not taken",
    ('nz_rnz_fishing_quota', 'it did not go far'): "'Environmental group Forest & Bird': the descriptor is kept",
    ('ie_rte_hospital_overruns', 'repeated overspending by the Health'):
        "the span runs on into ', as the HSE prepares …'; 'The Taoiseach' of the lead is named a paragraph later",
    ('ie_rte_hospital_overruns', "That's not a question for"):
        "'the Taoiseach said': the post never stands next to the name, so it is not linked to Cathal Ó Murchú",
    ('ie_rte_hospital_overruns', 'he expected the supplementary estimate'):
        "'He added that' after another man's paragraph: the Taoiseach of the sentence before is not taken",
    ('ie_irish_times_garda_seizure', '"one of the most significant'):
        "'in what they described as \"…\"': a description in a relative clause is not read",
    ('ie_irish_times_garda_seizure', 'Every kilo taken off the'):
        "'Mr Ó Ceallaigh said': the minister's full name stands only in a sentence without a cue",
    ('za_news24_cabinet_tariff', "the party would ask Parliament's"):
        "'He said' after 'said Van der Merwe': the pronoun takes the short form, not 'Johan van der Merwe'",
    ('za_maverick_grant_payments', '"a technical glitch" in its'): "'what X described as \"…\"': not read",
    ('ng_punch_governor_roads', 'the reconstruction of the Sagamu-Ijebu'):
        "the span runs on into ', blaming the delay on …', a participle the writer adds",
    ('ng_punch_governor_roads', 'its members would withdraw their'):
        "'The union said in a communiqué': the union is taken for its chairman named before",
    ('ng_punch_governor_roads', 'the state government to consider'): "'appealed to X to …': an appeal's object is no cue",
    ('ng_punch_governor_roads', 'That road belongs to Ogun'):
        "'the agency's zonal coordinator, Engr. Musa Garba, said': the agency is kept",
    ('ng_premium_times_varsity_strike', 'failing to implement an agreement'): "'accusing X of …' is no cue",
    ('ng_premium_times_varsity_strike', '"unnecessary"'): "'described the strike as \"unnecessary\"': one word, not read",
    ('ph_inquirer_rice_prices', 'We will not allow the'): "a translation in brackets after the quotation: not read",
    ('ph_inquirer_rice_prices', 'If anyone hoards rice, we'): "a translation in brackets after the attribution: not read",
    ('ph_inquirer_rice_prices', 'Paano kami kikita?'):
        "'\"…\" (translation) she asked': the brackets between the quotation and its cue part them",
    ('ph_inquirer_rice_prices', 'How will we earn?'): "a translation in brackets: not read",
    ('ph_inquirer_rice_prices', 'Lugi na kami bago pa'):
        "a second quotation with its translation after '… she asked.': not found",
    ('ph_inquirer_rice_prices', "We're at a loss before"): "a translation in brackets: not read",
    ('ph_inquirer_rice_prices', 'We have nothing left'): "a translation in brackets: not read",
    ('ph_inquirer_rice_prices', 'Sana matulungan kami'):
        "a second quotation with its translation after '… she said in Filipino.': not found",
    ('ph_inquirer_rice_prices', 'We hope they can help'): "a translation in brackets: not read",
    ('pk_dawn_power_tariff', 'capacity payments to IPPs had'):
        "the span stops before ', more than the entire defence budget', an apposition the minister said",
    ('pk_dawn_power_tariff', 'the distribution companies had sought'):
        "'In a notice, it said' after 'Nepra, meanwhile, is scheduled …': no speaker",
    ('pk_dawn_power_tariff', '"eyewash"'): "'termed the announcement \"eyewash\"': one word, not read",
    ('pk_dawn_power_tariff', 'We are competing with Bangladesh'):
        "'he said' after 'Mian Tariq Mehmood said': the pronoun drops 'Mian'",
    ('bd_star_garment_wages', 'the owners were willing to'):
        "'BGMEA Vice-President Shahidul Haque Chowdhury': the post is kept with the name",
    ('bd_star_garment_wages', 'the government would form a'): "'Md Abdul Mannan': 'Md' (Mohammad) is dropped",
    ('bd_star_garment_wages', 'The wage board will consider'): "'Md Abdul Mannan': 'Md' (Mohammad) is dropped",
    ('bd_star_garment_wages', 'vandalism would not be tolerated'): "'Md Abdul Mannan': 'Md' (Mohammad) is dropped",
    ('bd_star_garment_wages', '"strict action" would be taken'):
        "'warned that \"strict action\" would …': the span opens inside the quotation marks",
    ('uk_tabloid_soap_star', 'he had barely left his'): "'and hotel staff said …' after a comma: not found",
    ('uk_tabloid_soap_star', "She's a strong girl. She'll"): "'Kelsey's mum Marion': the relation is kept with the name",
    ('uk_tabloid_soap_star', 'her daughter had already returned'):
        "'She said' after the mother's quotation: taken for the star the article is about",
    ('uk_tabloid_soap_star', "It's a shame about the"): "'she laughed' after the mother's words: taken for the star",
    ('uk_tabloid_soap_star', '"my rock"'): "'calling him \"my rock\"': the object 'him' is kept in the span",
    ('uk_tabloid_soap_star', 'she deserved "so much better"'):
        "the span runs on into ', while another posted …', a second clause of other fans",
    ('mag_profile_glassblower', 'hated every minute of it'):
        "'She came to Britain … and, she says, hated …': the writer's first clause is joined to the quote",
    ('mag_profile_glassblower', 'walking past her stand twice'): "'He remembers walking past …': 'remembers' is no cue",
    ('mag_profile_glassblower', 'she thought about stopping altogether'):
        "'She cancelled the show, and …, she says, …': the writer's clause is joined, and 'she' is the assistant",
    ('mag_profile_glassblower', 'I sat in the house'):
        "'she says' after the assistant's paragraph: the profile's subject is not preferred",
    ('mag_profile_glassblower', "Not yet … It hasn't"): "'she says' after the assistant was named: taken for her",
    ('mag_profile_glassblower', 'The beast would never forgive'): "a closing quotation with no cue: taken for the assistant",
    ('tech_blog_startup_layoffs', 'the rise of AI coding'):
        "the span runs on into ', a code-review tool used by …', the writer's apposition",
    ('police_blotter_millbrook', 'she "could not believe anyone'):
        "'told officers she \"could …\"': the span opens inside the quotation marks; 'The resident' becomes Police",
    ('police_blotter_millbrook', 'government agencies never ask for'): "'Police remind residents that …': 'remind' is no cue",
    ('police_blotter_millbrook', 'its annual drug take-back day'):
        "the span runs on into ', where residents can …', the writer's relative clause",
    ('press_release_battery_plant', 'its access to rail and'): "'citing its access to …': a noun phrase after 'citing'",
    ('press_release_battery_plant', 'the college would launch a'):
        "'Mei-Ling Farrow, president of …': 'Mei-Ling' is no known first name, the college is kept",
    ('press_release_battery_plant', 'Our students will be able'): "'Farrow said': 'Mei-Ling Farrow' was never taken",
    ('press_release_battery_plant', 'average wages at the plant'):
        "'The company said' is taken for the last person who spoke",
    ('sci_feature_coral_heat', '"careful and important work"'): "'calls it \"…\"': the object 'it' is kept in the span",
    ('sci_feature_coral_heat', 'the tank experiments cannot capture'):
        "'says the tank experiments cannot capture everything that happens …': the inner clause is taken",
    ('sci_feature_coral_heat', 'the study looked at only'):
        "the span runs on into ', both of them fast-growing …', the writer's apposition",
    ('sci_feature_coral_heat', 'talk of breeding "super corals"'): "'worries that …': 'worries' is no cue",
    ('sci_feature_coral_heat', "the team's own models suggest"):
        "'says the team's own models suggest that …': the inner clause is taken",
    ('uk_tabloid_hedge_feud', "It's my garden and my"): "'the grandad-of-five said': a description not linked to Tolley",
    ('tech_blog_app_outage', 'no user data had been'):
        "', and that notes written offline …': 'notes written' is no subject the split knows, kept whole",
    ('tech_blog_app_outage', 'it would credit every paid'):
        "'The company said' is taken for the status page that spoke before",
    ('tech_blog_app_outage', 'Plinth would publish a full'): "'ended his thread with a promise: …': no cue",
    ('sci_feature_sleep_teens', 'It is biology'): "a sentence after '…, says X.' that goes on with X's words: not read",
    ('sci_feature_sleep_teens', '"one of the most convincing"'):
        "'calls the study \"…\" she has seen': the object is kept in the span",
    ('sci_feature_sleep_teens', 'the school now runs a'): "', and that staff were …': 'staff' is no subject the split knows",
    ('sci_feature_sleep_teens', 'staff were divided at first'):
        "', and that staff were …': 'staff' is no subject the split knows",
    ('sci_feature_sleep_teens', 'Sleep … Obviously'):
        "'she says' after 'Beatriz's school … Asked what she would do': taken for the scientist",
}
"""(story, a marked quote's first five words) -> why it is not found as marked."""


EXTRA: dict[tuple[str, str], str] = {
    ('ng_premium_times_varsity_strike', 'the strike at a press'): "'announced the strike at a press conference': an act",
    ('ng_premium_times_varsity_strike', 'a rise in applications from'):
        "'reported a rise in applications': figures, not speech",
    ('mag_profile_glassblower', '"the beast", runs at 1,150'): "'which she calls \"the beast\"': a name for a furnace",
    ('interview_interpreter_chess', 'girls in Kazakhstan who wanted'): "'what she would tell young girls …': a question",
    ('tech_blog_app_outage', 'Its tagline … always there,"'): "'Its tagline, \"…\",': a slogan",
    ('tech_blog_app_outage', 'read "CHECK THE CERTS", with'): "'a sticky note … that read \"…\"': words on a note",
}
"""(story, a found quote's first five words) -> why a quote is found where nothing is marked."""


SHORT: list[tuple[str, str, str]] = [
    ('The Minister for Health, Gráinne Nic Aodha, told RTÉ that most of the overrun was due to agency staff.\n\n'
     '"This is not money that has been wasted," Ms Nic Aodha said.', 'This is not money that has been wasted',
     'Gráinne Nic Aodha'),
    ('Minister for Justice Seosamh Ó Ceallaigh said the seizure would matter.', 'the seizure would matter',
     'Seosamh Ó Ceallaigh'),
    ('Fianna Fáil TD Fiachra Ó Dónaill said the committee would call the chief executive.',
     'the committee would call the chief executive', 'Fiachra Ó Dónaill'),
    ('Detective Chief Superintendent Deirdre Mac Cárthaigh said the operation had run for months. Asked about a gang, '
     'Det Chief Supt Mac Cárthaigh said: "I will not speculate."', 'I will not speculate', 'Deirdre Mac Cárthaigh'),
    ('Minister of Social Development Zanele Majola said she had asked for a full report.',
     'she had asked for a full report', 'Zanele Majola'),
    ('The member for the district, Dr (Mrs) Folasade Akinwale, said the governor had made the promise twice.',
     'the governor had made the promise twice', 'Folasade Akinwale'),
    ('A parent in Kaduna, Mallam Sani Yakubu, said he had started saving.', 'he had started saving', 'Sani Yakubu'),
    ("The EFF's Lerato Dlamini-Khumalo said the party would march on Friday.", 'the party would march on Friday',
     'Lerato Dlamini-Khumalo'),
    ('The governor, who spoke through his Special Adviser on Media, Mr Kunle Adeyemi-Bello, in a statement on Sunday, '
     'said the state would not tolerate further excuses.', 'the state would not tolerate further excuses',
     'The governor'),
    ('The National Energy Regulator of South Africa (Nersa) approved the increase on Monday. Nersa said it had weighed '
     'what households could pay.', 'it had weighed what households could pay',
     'National Energy Regulator of South Africa (Nersa)'),
    ('But a source told The Sun: "It is all off."\n\nThe insider added: "She is heartbroken."', 'She is heartbroken',
     'a source'),
    ('Retired postman Brian Tolley, 74, planted the hedge in 2004. A furious Tolley told us he would appeal.',
     'he would appeal', 'Brian Tolley'),
    ('Ōpōtiki fisher Rāwiri Paewai has fished the bay for 31 years.\n\n"My koro taught me," Paewai said.',
     'My koro taught me', 'Rāwiri Paewai'),
]
"""One short text for each form the stories needed and the extractor now reads: (text, the quote's words exactly,
its speaker)."""


@pytest.mark.parametrize("text,words,speaker", SHORT, ids=[f"s{i}" for i in range(len(SHORT))])
def test_each_form_in_a_short_text(text: str, words: str, speaker: str):
    got = [(q.text, q.speaker) for q in extract_quotes(text, "s")]
    assert (words, speaker) in got, got


@pytest.mark.parametrize("text", [
    'Kelsey shared a snap of her ring captioned "Forever starts now".',
    'He posted a photograph of a sticky note on his monitor with the caption "never again."',
    'Words such as "expects," "plans," "will" and "anticipates" identify forward-looking statements.',
    'The leylandii hedge, dubbed "The Great Wall of Redditch" by locals, is among the tallest in the county.',
])
def test_no_quote_in_a_trap(text: str):
    assert [q.text for q in extract_quotes(text, "s")] == []


@pytest.mark.parametrize("s", STORIES, ids=[s.name for s in STORIES])
def test_every_marked_quote_of_the_story(s: Story):
    assert_marked_quotes(s, LEFT)


@pytest.mark.parametrize("s", STORIES, ids=[s.name for s in STORIES])
def test_nothing_unmarked_is_quoted(s: Story):
    assert_nothing_unmarked(s, EXTRA)


def test_scores_over_the_stories():
    got = scores(STORIES)
    # the figures of these stories when they were written, as floors
    assert got["precision"] >= 0.98 and got["recall"] >= 0.93 and got["f1"] >= 0.96 and got["speaker"] >= 0.95, got


def test_the_stories_are_many_long_varied_and_dense():
    assert len(STORIES) == 23 and len({s.name for s in STORIES}) == 23
    assert all(500 <= len(s.text.split()) <= 1000 for s in STORIES), [(s.name, len(s.text.split())) for s in STORIES]
    assert len({s.outlet for s in STORIES}) >= 18
    assert sum(len(s.quotes) for s in STORIES) >= 470
    assert {g.kind for s in STORIES for g in s.quotes} == {"direct", "indirect", "mixed"}
    for s in STORIES:  # first words unique within a story, so that LEFT names one quote
        firsts = [first_words(g.text) for g in s.quotes]
        assert len(firsts) == len(set(firsts)), s.name
    assert set(LEFT) <= {(s.name, first_words(g.text)) for s in STORIES for g in s.quotes}
