"""Quote spans and speakers across whole articles, ninth set: 22 news stories written for these tests in house
styles the earlier sets lack: US local television web copy ("told 7News", "Channel 4 reached out"), a basketball
game recap heavy with post-game quotes, an earnings story built on a conference call, a political fact-check
("Claim: … Verdict: …"), a court transcript excerpt in Q:/A: lines with "THE COURT:", a public-health advisory,
a storm story with many residents named once, a human-interest story with children's quotes, an opinion column in
the writer's own voice, a letters-to-the-editor roundup signed at the end of each letter, a correction note, a
"what they said" roundup with names as labels, an explainer ("experts say", "according to a 2023 study by …"),
quotes in Spanish, French and German with their translation in brackets, a celebrity story (Instagram posts, "a
rep for X said"), a parliamentary record in Hansard style ("The Minister of State (Jo Roe):"), and a few more.

They mix genders, first names that are ambiguous or foreign, people later called only by their post ("the
governor", "the minister"), organisations as "it" and "they", quotations split by their attribution, "!" and "?"
endings and the colon form. Traps that are no speech: "added" for points, goals and runs, a claim's verdict,
headlines, the writer's own "I", a letter's own text (its writer's, not a quotation), a withdrawn misquotation.

The annotation is inline as in the seventh set (``{k|words}``, ``{k+|words}`` for a further part of the last quote
of ``k``); ``LEFT`` and ``EXTRA`` list what the extractor still gets wrong, with the reason; a test fails when one of
them comes right too, so the lists stay current.
"""

from __future__ import annotations

import pytest

from briefing.index.quotes import extract_quotes

from test_quotes_whole_articles7 import (Story, assert_marked_quotes, assert_nothing_unmarked, first_words, scores,
                                         story)

STORIES: list[Story] = []

STORIES += [
    story('tv_local_water_main', 'US local TV web copy', {
        'a': 'Darnell Whitacre', 'b': 'Keisha Morrow', 'c': 'Lupe Andrade', 'd': 'Fairview Water Department',
        'e': 'Tom Brandt', 'f': 'Adaeze Okafor', 'g': 'Jordan Pike', 'h': 'Celia Danforth',
    }, """
Water main break floods Fairview streets, leaves hundreds without service

FAIRVIEW, Ohio (WKTV) — A 24-inch water main broke under Delmar Avenue early Tuesday, flooding four blocks and
leaving about 600 homes without running water for most of the day.

Crews were still working to repair the pipe Tuesday evening. Fairview Water Department Director Darnell Whitacre
told 7News {a|the break happened around 4:15 a.m.} and that {a+|the pipe dates to 1931}.

“{a|This is one of the oldest lines we have in the ground},” Whitacre said. “{a+|We’ve been asking for money to
replace it for years}.”

He said {a|he expected service to be restored by midnight, though a boil advisory would stay in place through
Thursday}.

Keisha Morrow, who lives on the corner of Delmar and Ninth Street, said {b|she woke up to the sound of rushing
water}.

“{b|I looked out the window and it was like a river. Cars were floating!}” Morrow told 7News. “{b+|My husband
had to carry our daughter out to the truck}.”

Two doors down, Lupe Andrade was pumping water out of her basement with a rented pump. {c|She had lived in the
house for 19 years and had never seen anything like it}, she said.

“{c|Who pays for this? Does the city?}” Andrade asked. “{c+|Because I sure can’t}.”

7News reached out to the city about damage claims. In a statement, the Fairview Water Department said {d|residents
whose property was damaged should file a claim with the city’s risk management office within 30 days}.

“{d|We understand the frustration, and we are working around the clock to get everyone back in service},” the
department said. It added that {d|bottled water would be handed out at the Delmar Recreation Center until 9 p.m.}

Tom Brandt, who manages the Speedy Mart on Delmar, said {e|he had to close the store at 7 a.m. after water came
through the back door}.

“{e|We lost a day of business, probably more},” Brandt told 7News. “{e+|The coolers are fine, thank God}.”

City Council member Adaeze Okafor, whose ward includes Delmar Avenue, said {f|the break was a warning}.

“{f|We have 140 miles of pipe in this city that is older than my grandmother},” Okafor said. “{f+|Every winter
we roll the dice}.”

Okafor said {f|she would ask the council next week to move $4 million from the road budget into water main
replacement}.

Not everyone agreed that was the answer. Council President Jordan Pike told 7News {g|the road budget was already
stretched thin} and that {g+|the city should look for federal infrastructure money first}.

“{g|Robbing one crumbling system to pay for another is not a plan},” Pike said.

Mayor Celia Danforth visited the scene around noon. She said {h|the city would waive water bills for the affected
homes for the month}.

“{h|Nobody should have to pay for water they didn’t get},” Danforth said.

Channel 4 also reached out to the Ohio EPA, which did not immediately respond.

Whitacre said {a|crews would flush the lines before the boil advisory is lifted}, and that {a+|residents should run
their cold taps for five minutes once service returns}.

The boil advisory covers all homes between Seventh and Twelfth streets from Delmar Avenue to Orchard Road. Residents
with questions can call the water department’s hotline.

Stay with 7News for updates on this developing story.

RELATED: Fairview council weighs water rate increase

Morrow said {b|her family was staying with her sister in Grove City until the street dries out}.

“{b|We’ll be OK},” she said. “{b+|It’s just stuff. Everybody got out}.”

Andrade was less sure. She said {c|her insurance company had already told her flood damage was not covered}.

“{c|So I guess I’m on my own},” she said.
"""),
    story('tv_local_school_bus_crash', 'US local TV web copy', {
        'a': 'Renée Lachance', 'b': 'Harlan County Schools', 'c': 'Mitchell Oyelaran', 'd': 'Brianna Kowalczyk',
        'e': 'Emeka Chukwu', 'f': 'Gloria Fentress', 'g': 'Sasha Lindqvist', 'p': 'Kentucky State Police', 'q': 'Harlan ARH Hospital',
    }, """
Bus carrying 31 students slides into ditch on icy Route 9; six hurt

HARLAN COUNTY, Ky. (WLEX) — {p|Six students suffered minor injuries Wednesday morning when a Harlan County school bus
slid off icy Route 9 and into a ditch}, state police said.

Kentucky State Police Sgt. Renée Lachance told our crew at the scene {a|the bus was headed to Harlan Middle School
with 31 students on board when the driver lost control on a curve near Mile Marker 14}.

“{a|The road was a sheet of ice. The driver did everything right},” Lachance said. “{a+|Honestly, it could have
been a lot worse}.”

She said {a|no charges were expected}.

The six students were taken to Harlan ARH Hospital with what Lachance described as {a|bumps and bruises}. {q|All of
them were released by the afternoon}, according to the hospital.

Harlan County Schools said in a statement that {b|the district had delayed the start of school by two hours}, but
that {b+|some buses were already on their routes when the decision was made}.

“{b|We will review our weather protocols with the transportation department this week},” the statement said.

Superintendent Dr. Mitchell Oyelaran spoke with WLEX on Wednesday afternoon. He said {c|the district had made the
call to delay at 5:45 a.m., about half an hour after the first buses left the garage}.

“{c|That’s on us. We should have made that call earlier},” Oyelaran said. “{c+|I’ve already talked to every one of
those families}.”

Brianna Kowalczyk’s son, a seventh-grader, was on the bus. She said {d|he called her from a classmate’s phone
minutes after the crash}.

“{d|He said, ‘Mom, we’re in a ditch, but I’m OK,’ and I just about lost it},” Kowalczyk told WLEX.

She said {d|she wanted the district to cancel school outright when the roads are bad instead of delaying it}.

“{d|Why risk it? Why?}” she said.

Emeka Chukwu, who lives about 200 yards from the curve, was one of the first people to reach the bus. He said
{e|he grabbed a ladder from his garage and helped the driver get the children out through the emergency door}.

“{e|Those kids were so calm. Calmer than me!}” Chukwu said. “{e+|The little ones were holding hands with the big
ones}.”

Chukwu said {e|he had called the county road department about that curve at least three times this winter}.

County Judge-Executive Gloria Fentress told WLEX that {f|salt trucks had treated Route 9 overnight, but that
freezing rain after 4 a.m. had glazed the road again}.

“{f|We had eleven trucks out all night. There is only so much you can do when it keeps coming down},” Fentress
said.

She said {f|the county would look at putting up additional warning signs on the curve}.

The bus driver, a 22-year veteran of the district, was not hurt. The district did not release his name.

WLEX reached out to the Kentucky Transportation Cabinet for comment on Route 9’s crash history. A spokeswoman,
Sasha Lindqvist, said {g|the cabinet would pull the records for the stretch and share them by the end of the week}.

“{g|We take every one of these seriously},” Lindqvist said.

Route 9 reopened to traffic at about 10:30 a.m. after a wrecker pulled the bus out of the ditch.

{b|School will start two hours late again Thursday}, the district said, and {b+|buses will not run on Route 9 until the
road is clear}.

Lachance urged {a|drivers to slow down and give plows room}.

“{a|If you don’t have to be out, don’t be out},” she said. “{a+|It’s that simple}.”

WLEX will update this story as more information becomes available.

Have a news tip? Email the WLEX newsroom or call our tip line.
"""),
]

STORIES += [
    story('sport_recap_basketball', 'US college sport recap', {
        'a': 'Dana Whitfield', 'b': 'Malik Osei-Bonsu', 'c': 'Tre Castellanos', 'd': 'Rory Halloran',
        'e': 'Jalen Brooks', 'f': 'Kendra Vaughn',
    }, """
Osei-Bonsu scores 31 as Wildcats rally past Lakers in overtime

MANHATTAN, Kan. — Malik Osei-Bonsu scored 31 points, Tre Castellanos added 18 and Kansas Valley rallied from 15
down in the second half to beat Great Lakes State 88-84 in overtime on Saturday night.

Osei-Bonsu hit a 3-pointer with 1.2 seconds left in regulation to tie it at 76, then added six more in the extra
period. Castellanos added 11 rebounds and five assists for the Wildcats (14-6, 5-3 Big Plains), who won their
fourth straight.

“{b|I’ve been working on that shot all week. Coach drew it up and I just let it fly},” Osei-Bonsu said.
“{b+|I didn’t even see it go in. I heard it}.”

Wildcats coach Dana Whitfield said {a|her team had no business winning after the way it played for the first 25
minutes}.

“{a|We were soft. We were slow. We were everything I tell them not to be},” Whitfield said. “{a+|And then
something clicked}.”

What clicked, she said, was {a|the switch to a full-court press with 12 minutes left}. Kansas Valley forced nine
turnovers the rest of the way and scored 14 points off them.

“{a|I hate pressing. It wears them out},” Whitfield said. “{a+|But we were out of options}.”

Jalen Brooks led Great Lakes State (11-9, 3-5) with 24 points. Rory Halloran added 17 and 10 rebounds before
fouling out with 2:40 left in overtime.

Lakers coach Kendra Vaughn did not hide her frustration.

“{f|Fifteen up on the road with twelve to play? You have to close that out},” Vaughn said. “{f+|We didn’t handle
the pressure. That’s on me, because I didn’t have them ready for it}.”

Vaughn said {f|Halloran’s fifth foul, a charge call with the score tied, was “a tough whistle,” but she would not
blame the officials}.

“{f|We lost that game long before that call},” she said.

Halloran, a senior, was more blunt.

“{d|We choked. No other word for it},” Halloran said. “{d+|We’ll watch the film and it’s going to hurt}.”

Brooks, who made 9 of 14 shots, said {e|the Lakers stopped attacking the basket once they got the lead}.

“{e|We started playing not to lose},” Brooks said. “{e+|You can’t do that in this building. The crowd smells
it}.”

A sellout crowd of 12,528 packed Bramlage Fieldhouse. Castellanos said {c|the noise during the comeback was the
loudest he had heard in three seasons}.

“{c|I couldn’t hear Coach. I couldn’t hear myself},” Castellanos said. “{c+|Malik was just pointing, and we went
where he pointed}.”

Castellanos added a steal and a layup in the final minute of overtime that put Kansas Valley up four. Whitfield
called {a|it the play of the game}.

Osei-Bonsu said {b|the team talked at halftime about the last time it blew a big lead, against Ridgemont in
December}.

“{b|Nobody said a word for the first minute. Then Tre stood up and said, ‘Not again.’ That was it},” he said.

THE TAKEAWAY

Great Lakes State: The Lakers committed 19 turnovers, 12 of them in the second half, and shot 4 of 17 from
3-point range after halftime.

Kansas Valley: The Wildcats have now won 11 straight at home. Osei-Bonsu has scored 25 or more in five of the
last six games.

UP NEXT

Great Lakes State hosts Prairie Tech on Wednesday.

Kansas Valley visits Ridgemont on Tuesday.

Whitfield said {a|she would give the team Sunday off}.

“{a|They earned it},” she said. “{a+|I’m not sure I did}.”
"""),
    story('earnings_call_retailer', 'US business wire, earnings', {
        'a': 'Priya Venkataraman', 'b': 'Jo Ellen Roe', 'c': 'Garrett Lindholm', 'd': 'Aisling Moynihan',
        'e': 'Hollis & Crane', 'f': 'Kwame Asante-Darko',
    }, """
Hollis & Crane shares slide 9% as holiday sales miss, outlook cut

NEW YORK — Shares of Hollis & Crane fell 9% on Thursday after the department store chain reported
weaker-than-expected holiday sales and cut its forecast for the year, saying {e|shoppers were trading down to cheaper
brands}.

The company reported fourth-quarter net income of $212 million, or $1.41 a share, down from $268 million, or $1.77
a share, a year earlier. Analysts polled by LSEG had expected $1.63 a share. Revenue fell 3.2% to $5.9 billion.

Same-store sales, a key measure of retail health, fell 4.1%, worse than the 1.5% drop Wall Street had forecast.

Chief Executive Priya Venkataraman told analysts on a conference call that {a|the quarter started well but that
December traffic fell off sharply after the first week}.

“{a|Our customer is stretched. She is still shopping, but she is shopping differently},” Venkataraman said.
“{a+|She is buying the gift and skipping the sweater for herself}.”

She said {a|the company would close 22 of its 310 stores this year and invest the savings in its website and in
its private-label brands}, which carry higher margins.

Chief Financial Officer Jo Ellen Roe told analysts on the call that {b|the company now expects full-year earnings
of $3.10 to $3.40 a share}, down from its earlier forecast of $3.60 to $3.90.

“{b|We are being prudent. We don’t see a turn in the consumer before the back half of the year},” Roe said.

Roe said {b|inventory was 6% lower than a year ago, which should limit markdowns in the first quarter}. She added
that {b|the company had bought back $150 million of its shares during the quarter and planned to keep its
dividend unchanged}.

Asked by an analyst whether the company would consider selling its credit card business, Venkataraman said: “{a|We
look at everything. But I would not read anything into that today}.”

The analyst, Garrett Lindholm of Brenner Securities, said in a note to clients after the call that {c|the guidance
cut was “bigger than we feared” and that the store closures were overdue}.

“{c|Management is finally doing the right things, but it is doing them late},” Lindholm wrote. He lowered his price
target on the stock to $41 from $52.

Aisling Moynihan, a retail analyst at Carver Research, said {d|Hollis & Crane was caught in the middle of the
market}.

“{d|The wealthy shopper went to the luxury houses, and the bargain hunter went to the discounters},” Moynihan said
in an interview. “{d+|Who is left for the department store?}”

In its earnings release, the company said {e|its online sales had grown 7% in the quarter and now made up 31% of
total revenue}. It said {e|it expected that share to pass 35% by the end of the year}.

Kwame Asante-Darko, the company’s chief digital officer, told analysts that {f|the app had been downloaded 4
million times since its relaunch in September}.

“{f|That is our best-performing channel by a mile},” he said.

Shares of Hollis & Crane closed down $4.12 at $41.65. The stock has lost about a quarter of its value over the
past year.

The broader retail sector was mixed. The S&P 500 retail index added 0.3% on Thursday, while rival Dunmore’s
slipped 1.1% ahead of its own results next week.

Venkataraman, who took over as chief executive in 2022, said {a|she remained confident in the turnaround plan}.

“{a|We are not going to cut our way to growth},” she said. “{a+|But we are also not going to keep stores open
out of nostalgia}.”
"""),
]

STORIES += [
    story('factcheck_senate_crime', 'US political fact-check', {
        'a': 'Wendell Strand', 'b': 'Marisol Quintero', 'c': 'Bureau of Justice Statistics', 'd': 'Teodora Fiore',
        'e': 'Strand campaign', 'f': 'Aurelio Banks', 'g': 'Quintero’s campaign',
    }, """
Fact check: Did violent crime double in Meridian County under Quintero?

Claim: “{a|Since Marisol Quintero became county executive, violent crime in Meridian County has doubled}.”
— Wendell Strand, Republican candidate for U.S. Senate, in a television ad released Oct. 2

Verdict: False

The ad, which began airing across the state last week, shows footage of a boarded-up storefront while a narrator
reads crime figures. It ends with Strand looking into the camera and saying, “{a|Marisol Quintero made our streets
less safe. I’ll make them safe again}.”

Quintero, a Democrat, has served as Meridian County executive since January 2019 and is Strand’s opponent in the
Senate race. She has called {b|the ad “a lie from the first frame to the last.”}

We looked at the numbers.

What the data show

Meridian County reports its crime figures to the FBI through its Uniform Crime Reporting program. In 2018, the
year before Quintero took office, the county recorded 2,114 violent crimes, including homicides, rapes, robberies
and aggravated assaults. In 2023, the last full year available, it recorded 2,380.

That is an increase of about 13%, not 100%.

Violent crime did rise sharply in 2020 and 2021, as it did across much of the country, peaking at 2,906 in 2021.
Even that peak was 37% above the 2018 figure, well short of double.

The Bureau of Justice Statistics, which runs a separate national survey of crime victims, told us {c|its survey
could not be broken down to the county level}.

What the campaign says

When we asked the Strand campaign for the source of the claim, spokeswoman Teodora Fiore pointed to {d|a single
category, robberies in the county seat of Fenwick, which rose from 212 in 2018 to 431 in 2022}.

“{d|The people of Fenwick know what they’ve lived through. They don’t need a fact-checker to tell them},” Fiore
said in an email.

But Fenwick accounts for less than a quarter of the county’s population, and robberies make up about a fifth of its
violent crime. The ad makes a claim about the whole county, not about robberies in one city.

The campaign also said {e|the ad was “directionally accurate” because crime had gone up}.

Experts we spoke with disagreed.

“{f|If crime went up 13%, you say it went up 13%},” said Aurelio Banks, a criminologist at Tillman State
University who studies crime reporting. “{f+|Doubling is a specific claim. It means twice as much. That isn’t
what happened here}.”

Banks said {f|the 2018-to-2023 comparison was also a poor way to judge any single official}, because crime trends
are driven by forces well beyond a county executive’s control.

“{f|Crime rose in red counties and blue counties alike in 2020},” he said. “{f+|Pinning that on one person is
politics, not analysis}.”

What Quintero says

Quintero’s campaign said {g|the county had added 40 sheriff’s deputies since 2019 and that violent crime had
fallen two years in a row}.

The second part is accurate: violent crime fell 9% in 2022 and another 10% in 2023, according to the county’s
figures.

Quintero told reporters at a campaign stop Tuesday that {b|Strand “knows the real numbers and chose to ignore
them.”}

“{b|He can run on his record or he can run on made-up numbers},” she said. “{b+|So far he’s chosen the numbers}.”

Our ruling

Strand said {a|violent crime in Meridian County had doubled since Quintero became county executive}.

County data show violent crime rose about 13% from 2018 to 2023, and has fallen for two straight years. The
campaign’s own source covers one category of crime in one city.

We rate this claim False.

Sources: FBI Uniform Crime Reporting data for Meridian County, 2018-2023; Meridian County Sheriff’s Office annual
reports; email from Teodora Fiore, Oct. 9; interview with Aurelio Banks, Oct. 10; Strand for Senate television
ad, Oct. 2.
"""),
    story('court_transcript_excerpt', 'US court transcript excerpt', {
        'a': 'Lorraine Kessler-Obi', 'b': 'Wesley Haverford', 'c': 'Dmitri Salonen', 'd': 'Beatriz Almeida',
        'e': 'Harold Nkemelu',
    }, """
‘I didn’t see the light’: Driver’s testimony in fatal crash trial, in his own words

The trial of Wesley Haverford, 34, charged with vehicular homicide in the death of cyclist Anneliese Moreau on
Brandt Street last March, entered its fourth day Wednesday. Haverford took the stand in his own defense.

What follows is an excerpt of his cross-examination by Assistant District Attorney Lorraine Kessler-Obi, from the
official transcript. Some passages have been shortened.

Q: {a|Mr. Haverford, you told the officer at the scene that the light was green. Is that right?}

A: {b|Yes. That’s what I believed}.

Q: {a|That’s what you believed. Did you look at the light?}

A: {b|I was looking at the road. I saw green ahead of me, up the block}.

Q: {a|Up the block. So the light at Brandt and Fourth — the one you drove through — you didn’t see it?}

A: {b|I didn’t see the light. I saw the one after it}.

Q: {a|And you were on your phone.}

MR. SALONEN: {c|Objection, Your Honor. Assumes facts not in evidence}.

THE COURT: {e|Overruled. The phone records are in. You may answer}.

A: {b|The phone was in the cup holder. It buzzed. I looked down for a second. One second}.

Q: {a|One second. At 41 miles an hour, how far does a car travel in one second?}

A: {b|I don’t know}.

Q: {a|Would it surprise you to learn it’s about 60 feet?}

MR. SALONEN: {c|Objection. Argumentative}.

THE COURT: {e|Sustained. Rephrase, counsel}.

Q: {a|Mr. Haverford, when did you first see Ms. Moreau?}

A: {b|When she hit the windshield}.

(Pause in proceedings.)

THE COURT: {e|Let’s take ten minutes. The jury is excused}.

The transcript resumes after the recess with questions from the defense.

Haverford’s lawyer, Dmitri Salonen, asked him on redirect examination whether {c|he had ever been in a crash
before}.

A: {b|Never. Sixteen years of driving. Not even a fender-bender}.

Q: {c|What have you done since that day?}

A: {b|I don’t drive. I sold the car. I take the bus}. (Witness crying.) {b+|I think about her every day. Every
single day}.

Outside the courtroom, Salonen told reporters that {c|his client had been “honest to a fault” on the stand}.

“{c|He didn’t hide from anything. He told the jury what he saw and what he didn’t see},” Salonen said.

Moreau’s sister, Beatriz Almeida, sat in the second row throughout the testimony. She declined to speak to
reporters on Wednesday but said in a statement released through the district attorney’s office that {d|her family
was “grateful that the truth is finally being told in a courtroom.”}

“{d|Anneliese rode that street every morning for nine years},” the statement said. “{d+|She did everything right}.”

Kessler-Obi said {a|the prosecution expected to rest its case on Thursday after calling a traffic engineer}.

Judge Harold Nkemelu told jurors {e|they could expect closing arguments early next week}.

“{e|Do not read about this case. Do not talk about it with anyone, including each other},” he told them before
sending them home. “{e+|I know I say it every day. I’ll keep saying it}.”

If convicted, Haverford faces up to 15 years in prison.
"""),
]

STORIES += [
    story('health_advisory_measles', 'US public-health advisory story', {
        'a': 'Centers for Disease Control and Prevention', 'b': 'Yolanda Achterberg', 'c': 'Ravi Subramanian',
        'd': 'Tri-County Health District', 'e': 'Ingrid Solvang', 'f': 'Marguerite Okonjo', 'o': 'officials', 'O': 'Officials',
        'g': 'Lindenwood Unified School District',
    }, """
Measles exposure at two airports and a hospital prompts health warning

Health officials are urging travelers who passed through two airports and a children’s hospital last week to
check their vaccination records after a confirmed measles case in an unvaccinated teenager.

The Centers for Disease Control and Prevention said in a statement Monday that {a|the patient, a resident of
Lindenwood County, had recently returned from international travel and was infectious while passing through Dallas
Love Field on Feb. 11 and Denver International Airport on Feb. 12}.

The CDC said {a|anyone who was in the Denver airport’s B concourse between 2 p.m. and 6:30 p.m. that day could
have been exposed}. It urged {a|people who develop a fever, rash, cough or red eyes in the next three weeks to call
a doctor before going to a clinic or emergency room}, so that staff can take steps to keep others from being
infected.

“{a|Measles is one of the most contagious diseases we know of},” the agency said. “{a+|Nine out of ten people who
are not immune will catch it if they are exposed}.”

The teenager was later treated at St. Columba Children’s Hospital in Lindenwood, where officials said {o|about 140
patients, visitors and staff may have been exposed in the emergency department on Feb. 13}.

Dr. Yolanda Achterberg, the hospital’s chief medical officer, said {b|all of the staff members on duty that
evening had been vaccinated}.

“{b|We’ve reached every family whose child was in the emergency department that night},” Achterberg said.
“{b+|Most of them were relieved to hear their kids were up to date}.”

She said {b|eleven children who were too young for the vaccine or whose records could not be found had been given
a dose of immune globulin as a precaution}.

The Tri-County Health District, which covers Lindenwood, said {d|it was not aware of any further cases} but that
{d+|it was “preparing for more.”} Its director, Ravi Subramanian, told reporters on Tuesday that {c|measles
vaccination among kindergartners in the county had fallen to 88% last year, from 95% a decade ago}.

“{c|That is below the level we need to stop an outbreak once it starts},” Subramanian said. “{c+|We are not
where we need to be}.”

He said {c|the district would hold free vaccination clinics at three schools this weekend}.

The Lindenwood Unified School District said in a letter to parents that {g|the teenager attends one of its high
schools} and that {g+|any unvaccinated students there would be asked to stay home for 21 days}. The district did not
name the school.

Dr. Ingrid Solvang, an infectious disease specialist at Mountain State University who is not involved in the
response, said {e|the next two weeks would tell whether the case stays contained}.

“{e|With measles, you usually see the second wave of cases ten to twelve days after the first exposure},” Solvang
said. “{e+|If we get past early March with nothing new, that’s a very good sign}.”

Asked whether travelers who are vaccinated need to do anything, she said: “{e|Two doses of the MMR vaccine are
about 97% effective. If you’ve had both, you can relax}.”

Officials said {O|people born before 1957 are generally considered immune because they are likely to have had the
disease as children}.

Marguerite Okonjo, whose 4-year-old daughter was in the St. Columba emergency room the night of Feb. 13 with a
broken arm, said {f|the call from the hospital had scared her}.

“{f|My first thought was, did I get her shots? Then I checked, and I had},” Okonjo said. “{f+|But I know a lot of
parents who didn’t}.”

{a|Measles cases in the United States reached their highest level in three decades last year}, the CDC has said,
with most cases among unvaccinated children.

The health district said {d|people with questions could call its measles line, which is staffed seven days a week},
and that {d+|a list of exposure sites and times is posted on its website and will be updated daily}.

WHAT TO WATCH FOR

Symptoms usually begin 7 to 14 days after exposure with a high fever, cough, runny nose and red, watery eyes. A
rash of tiny red spots follows three to five days later.
"""),
]

STORIES += [
    story('storm_tornado_residents', 'US regional daily, disaster', {
        'a': 'National Weather Service', 'b': 'Lorna Betancourt', 'c': 'Carl Ashby', 'd': 'Yusuf Demir',
        'e': 'Pearl Whitlock', 'f': 'Noemi Castaneda', 'g': 'Bud Hennessey', 'h': 'Ngozi Eze', 'i': 'Chen Jiahui',
        'j': 'Ricky Dufresne', 'k': 'Tamsin Aldridge', 'l': 'Hollis Greer', 'm': 'Ben Okafor-Lutz',
    }, """
‘It sounded like a freight train’: Tornado tears through Pine Hollow, killing two

PINE HOLLOW, Miss. — A tornado with winds of up to 150 mph cut a path nearly a mile wide through this town of
3,000 late Sunday, killing two people, injuring at least 27 and destroying more than 80 homes.

The National Weather Service said Monday that {a|the tornado was an EF-3 and stayed on the ground for 23 miles,
from just west of Pine Hollow to the Alabama line}.

Gov. Lorna Betancourt toured the damage Monday afternoon and said {b|she would ask President Caldwell for a federal
disaster declaration}.

“{b|I have seen a lot of storms in this state. This one took my breath away},” the governor said, standing in
front of what was left of the First Baptist Church. “{b+|We will rebuild every one of these houses}.”

{c|The two people killed were a married couple in their 80s whose mobile home was thrown across Route 12}, Jefferson
County Coroner Carl Ashby said. {c|Their names would be released after relatives were notified}, he said.

Along Magnolia Street, where nearly every house lost its roof, residents picked through insulation and broken
glass.

“{d|We got in the bathtub with a mattress over us. That’s what my dad always told me to do},” said Yusuf Demir,
41, whose house was split in half by a fallen oak. “{d+|It worked}.”

Pearl Whitlock, 76, said {e|she heard the sirens but did not believe the storm would hit her street}.

“{e|Seventy-six years, and it never has. So I sat in my chair},” she said. “{e+|Then the windows came in}.”

Her neighbor, Noemi Castaneda, ran across the yard in the dark to pull her out.

“{f|I just kept yelling, ‘Miss Pearl! Miss Pearl!’ until she answered},” Castaneda said.

Bud Hennessey, who has run Hennessey Hardware on Main Street for 40 years, said {g|the storm took the front of
his store and most of his stock}.

“{g|Insurance will cover some of it. I don’t know about the rest},” he said. “{g+|But I’ve got generators in the
back, and people need them, so I’m open}.”

At the Pine Hollow Community Center, which the Red Cross opened as a shelter, Ngozi Eze sat on a cot with her two
sons. She said {h|they had lost everything but the clothes they were wearing}.

“{h|My boys are alive. The rest is just things},” Eze said.

Chen Jiahui, a nurse at Jefferson County General, said {i|she worked a double shift through the night as the
injured came in}.

“{i|We had people on stretchers in the hallway. We had people sitting on the floor},” she said. “{i+|Nobody
complained. Not one person}.”

Ricky Dufresne drove four hours from Baton Rouge with a chain saw in the bed of his truck.

“{j|My mama’s people are from here. What else was I going to do?}” he said.

Tamsin Aldridge, a meteorologist with the weather service’s Jackson office, said {k|the warning went out 18
minutes before the tornado reached Pine Hollow, longer than the national average of about nine minutes}.

“{k|Eighteen minutes saved lives here. I truly believe that},” Aldridge said.

Hollis Greer, the town’s mayor, said {l|about 600 homes were still without power Monday night} and that {l+|the water
system was running on a backup generator}.

“{l|We need linemen, we need tarps, and we need patience},” Greer said. “{l+|We have plenty of prayers}.”

Fire Chief Ben Okafor-Lutz said {m|crews had searched every damaged building at least twice and did not expect to
find anyone else}.

{l|A curfew from 8 p.m. to 6 a.m. will remain in place until further notice}, the mayor said, {l+|to keep
sightseers and looters out of the damaged areas}.

Donations of water, diapers and tarps can be dropped off at the community center, which will stay open around the
clock.

Demir, standing in what used to be his kitchen, said {d|he had not decided whether to rebuild}.

“{d|Ask me in a month},” he said.
"""),
]

STORIES += [
    story('human_interest_kids_library', 'US community newspaper, human interest', {
        'a': 'Emmeline Harcastle', 'b': 'Juniper Oakes', 'c': 'Mateo Villanueva', 'd': 'Kiri Tanaka-Moss',
        'e': 'Devontae Sims', 'f': 'Rosalind Pereira', 'g': 'Ximena Villanueva', 'h': 'Arjun Mehta', 'x': 'Ashgrove town board',
    }, """
Third-graders raise $4,200 to keep their town’s tiny library open

When the Ashgrove town board said last spring that {x|it could no longer afford to keep the library open on
Saturdays}, the third-graders at Ashgrove Elementary decided to do something about it.

Over six months, the 23 children in Emmeline Harcastle’s class sold lemonade, washed cars, walked dogs and made
bookmarks. On Tuesday night they handed the town board a check for $4,200, enough to pay for a year of Saturday
hours.

“{b|I cried a little bit. Not a lot},” said Juniper Oakes, 8, who counted the money every Friday. “{b+|It was
happy crying}.”

Harcastle, who has taught in Ashgrove for 14 years, said {a|the idea came from the children themselves}.

“{a|I mentioned that the library was cutting its hours, and a hand went up in the back},” she said. “{a+|Mateo
asked, ‘Can’t we just pay for it?’ And I said, ‘Well, maybe we can.’}”

Mateo Villanueva, 9, said {c|he did not think it would be that hard}.

“{c|I thought a library costs, like, a hundred dollars},” he said. “{c+|It costs way more than that}.”

His twin sister, Ximena, was in charge of the car washes. She said {g|the hardest part was getting grown-ups to
stop driving past}.

“{g|You have to wave the sign really big and jump!}” Ximena Villanueva said. “{g+|If you just stand there, they
don’t stop}.”

Kiri Tanaka-Moss, 8, said {d|her favorite part was the dog walking}, even though one of the dogs, a basset hound
named Biscuit, refused to move for most of an afternoon.

“{d|He just lay down on the sidewalk. We waited and waited},” she said. “{d+|I think he was tired of walking. Or
maybe he liked the sidewalk}.”

Devontae Sims, 9, kept the class’s spreadsheet, which he said {e|he learned to make by watching videos}.

“{e|Every time we got money I put it in a box on the computer, and the box at the bottom added it all up},” he
said. “{e+|That’s the best part of computers}.”

Asked why the Saturday hours mattered to him, Devontae thought for a moment.

“{e|Because on Saturday my mom works, and the library is where I go},” he said. “{e+|Where else would I go?}”

Rosalind Pereira, the library’s only full-time employee, said {f|she had to sit down when Harcastle called to tell
her what the class was planning}.

“{f|Children have been coming to this building since 1911},” Pereira said. “{f+|I never imagined they would be the
ones to keep it going}.”

She said {f|Saturday is the library’s busiest day, with as many as 90 visitors, most of them families}.

Town Supervisor Arjun Mehta said {h|the board voted unanimously on Tuesday to accept the gift and to restore the
Saturday hours starting next month}.

“{h|I have been in local government for 20 years, and I have never been shown up quite like this},” Mehta said,
drawing laughter from the packed meeting room. “{h+|These kids did what we couldn’t}.”

He said {h|the board would look for a way to fund the hours permanently in next year’s budget}, so that the class
would not have to do it again.

The children had other ideas. Juniper said {b|they had already voted on next year’s project}.

“{b|We want a fish tank in the children’s room},” she said. “{b+|A big one. With a turtle}.”

Harcastle said {a|she would not stand in their way}.

“{a|I have learned not to underestimate them},” she said. “{a+|If they want a turtle, I expect there will be a
turtle}.”

The library’s Saturday hours, 10 a.m. to 2 p.m., resume on the first Saturday of next month. The class will hold a
reading party that morning, and everyone is invited.

Pereira said {f|she had already ordered a plaque with all 23 names on it}.

“{f|It will go right by the front door},” she said, “{f+|where everyone can see it}.”
"""),
]

STORIES += [
    story('op_column_parking_minimums', 'US metro opinion column', {
        'a': 'Adaora Pemberton', 'b': 'Lyle Fairbanks', 'c': 'Greta Lindqvist-Shaw', 'd': 'Sandeep Rao',
        'e': 'Maple Heights Neighborhood Association', 'f': 'Harriet Vogelsang',
    }, """
Opinion: Our parking rules are strangling the city. Scrap them.

I own a car. I drive it to work most days, and I complain about parking as much as anyone. So let me say clearly
what I am about to argue is not a war on drivers.

It is a war on a rule that almost nobody in this city has ever read: the one that says every new apartment must
come with at least 1.5 parking spaces, whether anyone wants them or not.

On Thursday, the City Council will vote on a proposal by Councilwoman Adaora Pemberton to drop those minimums
within half a mile of a rail station. It should pass. Frankly, it does not go far enough.

When I called Pemberton last week, she told me {a|the rule adds about $40,000 to the cost of each new apartment,
because structured parking is so expensive to build}.

“{a|We are forcing people who don’t own cars to pay for garages they’ll never use},” she said. “{a+|That is not a
free market. That is a mandate}.”

I have heard the objections. I have made some of them myself.

Lyle Fairbanks, who chairs the council’s transportation committee, argues that {b|dropping the minimums will just
push cars onto residential streets}. He told a meeting last month that {b|the city would be “trading a parking
garage for a parking war.”}

It is a fair worry. But it is also a testable one, and other cities have tested it.

Greta Lindqvist-Shaw, an urban planner at Westbrook University who has studied the question for a decade, told me
that {c|in the cities that have dropped minimums near transit, developers still built parking, just less of it}.

“{c|Developers aren’t fools. If tenants want spaces, they build spaces},” she said. “{c+|What changes is that the
city stops guessing for them}.”

She pointed me to {c|a study of four cities that found the share of new buildings with no parking at all rose only
slightly, to about 1 in 10}.

Then there are the people who actually build things. Sandeep Rao, a developer who has put up six apartment buildings
here since 2015, said {d|he had walked away from two projects near the Orchard Street station because the required
garages made the numbers impossible}.

“{d|I had the land. I had the financing. I didn’t have a way to pay for 140 parking spaces underground},” Rao told
me. “{d+|So I didn’t build. Those would have been 200 homes}.”

The Maple Heights Neighborhood Association, which opposes the proposal, said in a letter to the council that {e|the
change would “erode the character” of the neighborhoods around the stations}. I understand the attachment. I also
notice that the character of Maple Heights includes a lot of people who can no longer afford to live there.

Here is what I keep coming back to. A parking space is a thing we make people buy. We don’t make them buy a second
bathroom or a bigger kitchen. We decided, decades ago, that cars were different. I think we were wrong, and I think
we can admit it.

I asked Pemberton what she would say to a neighbor worried about finding a space on her block.

“{a|I’d say I hear you. And I’d say, come back in two years and tell me if it happened},” she said.

Harriet Vogelsang, a retired schoolteacher who has lived near the Orchard Street station for 31 years and wrote to
me after my last column on housing, put it better than I can.

“{f|I gave up my car when my eyes went. I walk everywhere},” she wrote. “{f+|Why should the young people moving in
next door have to pay for a garage they don’t need, just so I can feel better about a car I don’t have?}”

I don’t have a good answer to that, and I don’t think the council does either.

The vote is at 6 p.m. Thursday. If you have an opinion, go and say it. I will be there, and I will be the one who
drove.
"""),
    story('letters_to_editor_roundup', 'US daily, letters to the editor', {
        'a': 'Colette Marchbanks', 'b': 'Phineas Olaniyan', 'c': 'the Herald',
        'd': 'Vernon Tibbs', 'p': 'The parks director', 'q': 'the same people',
    }, """
Letters to the Editor: School start times, the stadium vote and a thank-you

Later start times will help teens

Your article on the school board’s plan to push high school start times to 8:45 a.m. quoted Superintendent Colette
Marchbanks as saying {a|the change would “cost us in buses, but pay us back in learning.”} As a pediatrician, I
could not agree more.

Teenagers are not lazy. Their body clocks shift in puberty, and most of them cannot fall asleep before 11 p.m. no
matter how hard they try. Asking them to be in a classroom at 7:20 a.m. is asking them to learn while half asleep.

The American Academy of Pediatrics has recommended later start times for years. I hope the board listens.

Dr. Rosalind Achebe-Turner, Cedar Falls

Don’t forget the working parents

I am all for teenagers getting more sleep. But nobody on the school board seems to have asked what happens to
families like mine, where both parents start work at 7 a.m. and the younger children need to be dropped off
somewhere.

The superintendent said at the meeting that {a|the district would “work with families” on child care}. What does
that mean? I would like to see a plan before the vote, not after.

Marcus Delacroix-Bell, Northfield

The stadium is a bad deal

Your editorial called {c|the proposed downtown stadium “a once-in-a-generation opportunity.”} I have lived here for
a generation, and I have seen this opportunity before.

In 2004, we were told the convention center would pay for itself in ten years. It is still losing money. Now the
same people are telling us that {q|a $600 million stadium, with $250 million of public money, will do what the
convention center did not}.

I would like the city council to show us the numbers from the convention center before it asks us for another
penny.

Gwendolyn Achterberg, Riverside

The stadium will bring people downtown

I have run a restaurant on Fourth Street for 19 years. On the nights when there is a concert at the arena, we are
full. On the other nights, we are not.

A stadium with 70 home dates a year would change that. The opponents talk about public money as if it disappears.
It does not. It comes back in sales taxes, in jobs and in people walking down streets that are empty after 6 p.m.
today.

Oyelaran Adebayo, Downtown

Thank you to Station 7

On Feb. 3, my father collapsed in our kitchen. The crew from Fire Station 7 was at our door in four minutes.

The paramedic who worked on him, Dr. Phineas Olaniyan, told us later that {b|four minutes was the difference}.
“{b|Another five and we would be having a different conversation},” he said.

My father is home now, and he is grumbling about his diet, which is how we know he is getting better. To everyone
at Station 7: thank you. We will never forget it.

Priyanka Sethuraman-Cole, Eastside

Let the kids play

I coach youth baseball, and I read with dismay that the parks department plans to close three fields this summer
for “budget reasons.” One of those fields is where 120 children play every Saturday.

The parks director told your reporter that {p|the department was “exploring alternatives.”} Here is an
alternative: keep the fields open. Our league will cut the grass ourselves if that is what it takes.

Our head coach, Vernon Tibbs, put it to me this way: “{d|A kid on a ball field is a kid who isn’t somewhere
else}.” He is right.

Harold Nwosu-Grant, Westview

Letters should be no more than 200 words and must include the writer’s name and neighborhood. We edit letters for
length and clarity.
"""),
]

STORIES += [
    story('correction_note_misquote', 'US daily, corrections and clarifications', {
        'a': 'Ilse Vandermeer', 'b': 'Cornelius Abara', 'c': 'Dolores Fitzgerald-Ruiz', 'd': 'Tobias Eriksen',
        'e': 'the Courier', 'f': 'Halvard Medical Group', 'g': 'Oluwakemi Bankole',
    }, """
Corrections and clarifications

The Courier is committed to accuracy. When we make a mistake, we correct it here. This week’s corrections follow.

School board story misquoted member

An article on Page A1 on Tuesday about the Westlake school board’s vote on the district budget misquoted board
member Ilse Vandermeer. She said, “{a|We cannot keep asking teachers to buy their own supplies},” not “We cannot
keep asking teachers to pay for their own supplies.” The article also misstated her position on the budget. She
voted against it, not for it.

Vandermeer said Wednesday that {a|the change in wording mattered to her because teachers in the district already
receive a supply allowance, and she did not want to suggest otherwise}.

“{a|Words matter, especially when you’re talking about people’s paychecks},” she said. “{a+|I appreciate the
correction}.”

Name of pastor misspelled

A photo caption on Page B3 on Sunday misspelled the name of the pastor of Grace Tabernacle. He is the Rev.
Cornelius Abara, not Cornelius Abarra.

Abara said {b|he had been called worse}.

“{b|My own mother spells it three different ways},” he said. “{b+|No harm done}.”

Lawmaker’s remark was about a different bill

An article on Page A4 on Monday about the state highway bill incorrectly said that Rep. Dolores Fitzgerald-Ruiz
had called it “reckless.” Her remark was about a separate bill on toll roads. On the highway bill, she said {c|she
had “serious concerns” about the cost but planned to vote for it}.

Fitzgerald-Ruiz’s chief of staff, Tobias Eriksen, said in an email that {d|the office had contacted the Courier
the same day the article ran} and that {d+|it appreciated the quick response}.

Clarification: hospital layoffs

A story on Page A6 on Thursday said Halvard Medical Group would lay off 120 workers. The company says {f|the
figure includes 45 positions that are currently vacant and will not be filled}, meaning 75 current employees will
lose their jobs. The story has been updated online.

In a statement, Halvard said {f|it would offer severance and job placement help to every affected worker}.
“{f|These decisions are never easy, and we are committed to treating our people with respect},” the statement
said.

Percentage in housing story was wrong

A graphic accompanying a story on Page A2 on Saturday about rents in the county gave the wrong figure for the rise
in the median rent since 2019. The correct figure is 38%, not 48%. The story itself was correct.

Oluwakemi Bankole, who heads the county’s housing office and was quoted in the story, wrote to the newsroom that
{g|the correct figure was “bad enough without adding ten points to it.”}

“{g|People are already scared about their rent. They don’t need us to make it sound worse},” Bankole wrote.
“{g+|That said, thank you for fixing it so fast}.”

Editor’s note: Wrong date for town meeting

An article on Page A5 on Wednesday gave the wrong date for the Harlow town meeting on the library budget. The
meeting is on March 14, not March 4. We regret the error.

How to reach us

If you see an error in the Courier, please email our standards editor or call the newsroom. We review every request
and publish corrections in print and online as soon as we confirm them.

Our policy, adopted in 2019, says {e|corrections should be “prompt, clear and placed where readers who saw the
mistake are likely to see the fix.”} We try to live up to that every day. When we don’t, we want to hear about it.
"""),
]

STORIES += [
    story('reaction_roundup_court_ruling', 'US news site, what they said', {
        'a': 'Margarethe Olsen', 'b': 'Tobias Whitcombe', 'c': 'Naledi Mokoena', 'd': 'Raymond Ekwueme',
        'e': 'Parents for Fair Funding', 'f': 'Lucinda Haverkamp', 'g': 'Isidro Navarrete', 'h': 'State Board of Education',
        'i': 'Jun Watanabe', 'x': 'Harlan Peabody', 'z': 'Supreme Court',
    }, """
What they said: Reaction to the Supreme Court’s school funding ruling

The state Supreme Court ruled 5-2 on Friday that the way the state pays for public schools violates the state
constitution, and gave the Legislature until the end of next year to fix it. Here is what people on all sides said.

Chief Justice Margarethe Olsen, writing for the majority:

“{a|A child’s chance at an education cannot depend on the price of the houses around her school. The constitution
promises an adequate education to every child, and the present system does not deliver it}.”

Justice Harlan Peabody, in dissent, wrote that {x|the court had “stepped well outside its lane” by telling the
Legislature how to spend money}.

Gov. Tobias Whitcombe: “{b|I respect the court’s decision, and I will work with lawmakers of both parties to meet
it. But nobody should think this will be cheap or quick}.”

Whitcombe told reporters later that {b|he would call a special session in the spring if the regular session did
not produce a plan}.

Naledi Mokoena, lead attorney for the families who sued: “{c|Eleven years. That is how long these families have
waited. Today the court told them they were right all along}.”

Senate Majority Leader Raymond Ekwueme, a Republican: “{d|The court has handed us a bill and no way to pay it. I
will not support a statewide property tax, period}.”

Ekwueme said in a later interview that {d|his caucus would look first at shifting money within the existing
budget}.

Parents for Fair Funding, the coalition that backed the lawsuit, in a statement: “{e|This is a victory for every
child in a district that has been told to make do with less. Now the real work begins}.”

Lucinda Haverkamp, superintendent of the Dry Creek School District, one of the plaintiffs:

“{f|We have teachers in this district who are paying for paper out of their own pockets. I hope that ends now}.”

She said {f|her district spends about $9,200 a student, compared with more than $16,000 in the wealthiest
districts}.

Isidro Navarrete, president of the state teachers’ union: “{g|Our members have been saying this for years. We are
glad the court finally listened. Now we need lawmakers to listen, too!}”

The State Board of Education said {h|it was reviewing the ruling and would advise districts on any changes for next
school year}. It said {h|no district’s funding would change before July}.

Jun Watanabe, a school finance researcher at Ridgeline University who testified for neither side:

“{i|The court did not say how much more money the system needs, and it did not say where it should come from}.”

Watanabe said {i|similar rulings in other states had taken five to ten years to carry out fully}.

“{i|Will the Legislature meet the deadline? History says probably not},” he said. “{i+|But deadlines change the
conversation}.”

WHAT HAPPENS NEXT

The ruling gives lawmakers until Dec. 31 of next year to pass a new funding formula. If they do not, the court
said {z|it could appoint a special master to design one}.

The Legislature’s regular session begins Jan. 9.
"""),
]

STORIES += [
    story('explainer_daylight_saving', 'US news site explainer', {
        'a': 'Henrike Voss', 'b': 'Tadeusz Wróbel', 'c': 'American Academy of Sleep Medicine', 'd': 'Corbin Lasker',
        'e': 'Anjali Krishnamurthy', 'x': 'experts', 'y': 'supporters', 'z': 'critics', 'q': 'Department of Energy', 'r': 'economists at the University of California', 's': 'researchers at the University of Colorado',
    }, """
Why are we still changing the clocks? What to know about daylight saving time

Twice a year, most Americans move their clocks, and twice a year the same question comes up: why? Here is what to
know about where the practice came from, what the research says and why it has been so hard to end.

Where did daylight saving time come from?

The United States first adopted it in 1918, during World War I, to save fuel. It was dropped after the war,
revived during World War II and made uniform by the Uniform Time Act of 1966, which let states opt out. Arizona and
Hawaii do.

Does it still save energy?

Not much, experts say. {x|The savings that made sense in 1918 have largely disappeared}, they say, {x+|because
homes now use more power for air conditioning than for lighting}.

According to a 2008 study by the Department of Energy, {q|extending daylight saving time by four weeks cut the
nation’s electricity use by about 0.03%}. A 2011 study by economists at the University of California found that
{r|daylight time actually raised household electricity use in Indiana by about 1%}.

“{b|The energy argument is essentially dead},” said Tadeusz Wróbel, an energy economist at Lakeshore University.
“{b+|Nobody serious makes it anymore}.”

Is changing the clocks bad for your health?

Many sleep researchers think so. The American Academy of Sleep Medicine said in a 2020 position statement that
{c|the switch to daylight time in March carries “significant public health and safety risks.”}

According to a 2023 study by researchers at the University of Colorado, {s|fatal car crashes rise about 6% in the
week after the spring change}. Other research has found a short-term rise in heart attacks and strokes.

“{a|Your body doesn’t care what the clock says. It cares about light},” said Dr. Henrike Voss, a sleep physician
at Mercy Northwest Medical Center. “{a+|When you take away an hour of morning light, you are putting everyone in
the country into a mild jet lag}.”

Voss said {a|the effect can last a week or more, especially for teenagers and shift workers}.

Why not just stop?

Congress has tried. The Sunshine Protection Act, which would make daylight time permanent, passed the Senate by
unanimous consent in 2022 but never came to a vote in the House.

Sen. Corbin Lasker, one of its sponsors, said {d|he planned to introduce it again this year}.

“{d|Ask anyone at a diner in my state whether they want to keep changing the clocks. You will not find one
person who says yes},” Lasker said in an interview.

But there is a catch. {y|Permanent daylight time would mean more light in the evening}, supporters say, but it
would also mean dark winter mornings. In parts of the Northern states, the sun would not rise until after 9 a.m.
in December.

{z|That is exactly the wrong trade}, critics say. {c|The sleep academy favors permanent standard time, not permanent
daylight time, because morning light matters more for the body’s internal clock}, it said.

Has the country tried permanent daylight time before?

Yes, in 1974, during an energy crisis. It was popular at first. By the time children were walking to school in the
dark that winter, it was not, and Congress reversed the change within a year.

“{e|People forget how quickly that went sour},” said Anjali Krishnamurthy, a historian who wrote a book on the
history of timekeeping. “{e+|It was the darkness at 8 in the morning. Parents hated it}.”

What happens next?

Probably nothing soon. Krishnamurthy said {e|the issue tends to flare up twice a year and then fade}.

“{e|Everyone complains in March, everyone complains in November, and then everyone goes back to their lives},”
she said. “{e+|That’s not how laws get passed}.”

Until then, set your clocks forward one hour at 2 a.m. on the second Sunday in March.
"""),
]

STORIES += [
    story('foreign_language_quotes_strike', 'US wire, Europe with translated quotes', {
        'a': 'Aurélie Montfort', 'b': 'Klaus-Dieter Haberland', 'c': 'Jean-Baptiste Okonkwo', 'd': 'Mercedes Iturralde',
        'e': 'Fédération des Transports', 'f': 'Luis Ángel Barrientos', 'g': 'Renate Oberholzer', 't': 'France’s transport minister', 'u': 'A labor ministry official', 'w': 'Eurostar', 'v': 'Deutsche Bahn', 'x': 'Economists',
    }, """
Rail strikes in France and Spain snarl travel as unions dig in

PARIS (AP) — Rail workers in France and Spain walked off the job Thursday in coordinated strikes over pensions
and pay, cancelling thousands of trains and stranding travelers at stations from Lille to Seville.

In Paris, hundreds of strikers gathered outside the Gare de Lyon. Aurélie Montfort, a train driver for 22 years,
held a hand-lettered sign.

“{a|On ne lâchera rien}” [We won’t give up anything], Montfort said. “{a+|They want us to drive trains until we
are 64. Have they ever driven a night train to Marseille?}”

The French strike was called by the Fédération des Transports, which said in a statement that {e|more than 70% of
drivers had stopped work}. The union said {e|the walkout would continue through Monday unless the government
withdrew its pension plan}.

Its general secretary, Jean-Baptiste Okonkwo, told reporters {c|the union had “no intention of backing down.”}

“{c|Nous irons jusqu’au bout}” [We will go all the way], Okonkwo said. “{c+|The government can end this tomorrow
by opening real talks}.”

France’s transport minister has said {t|the pension changes are needed to keep the rail company’s pension fund
solvent}. Her office did not respond to a request for comment Thursday.

In Madrid, the strike hit commuter lines hardest. At Atocha station, Mercedes Iturralde, a 58-year-old nurse, had
been waiting for more than an hour.

“{d|Es una vergüenza}” [It’s a disgrace], she said. “{d+|I support the workers, but I also have to get to the
hospital. Who thinks about the patients?}”

Luis Ángel Barrientos, a spokesman for Spain’s largest rail union, said {f|the strikers were asking for a pay rise
that matched inflation over the past three years, about 11%}.

“{f|No pedimos nada que no sea justo}” [We are not asking for anything that isn’t fair], Barrientos said.

The Spanish government has offered 6% over two years. A labor ministry official, speaking on condition of
anonymity because talks were ongoing, said {u|the two sides were “not far apart” and a deal could come by the
weekend}.

The strikes also disrupted international routes. Eurostar said {w|it had cancelled a third of its trains between
Paris and London on Thursday}, and German rail operator Deutsche Bahn said {v|services to Paris from Frankfurt and
Stuttgart would run only twice a day}.

In Frankfurt, Klaus-Dieter Haberland, a businessman heading to a meeting in Paris, said {b|he had given up and
rented a car}.

“{b|Das ist jedes Jahr dasselbe}” [It’s the same every year], Haberland said with a shrug. “{b+|I planned for it.
I always plan for a French strike}.”

Economists have warned that {x|a long strike could shave a tenth of a percentage point off growth in France this
quarter}. Renate Oberholzer, chief European economist at Baden Capital, said {g|the bigger risk was to tourism}.

“{g|Spring is when the bookings come in},” she said. “{g+|If people see pictures of empty platforms, they book
somewhere else}.”

Back at the Gare de Lyon, Montfort said {a|she would be on the picket line again Friday morning}.

“{a|Jusqu’à la victoire}” [Until victory], she said, and laughed. “{a+|Or until my feet give out}.”
"""),
]

STORIES += [
    story('celebrity_instagram_split', 'US entertainment site', {
        'a': 'Savannah Reyes-Whitlock', 'b': 'Dashiell Amani', 'c': 'A rep for Reyes-Whitlock', 'd': 'A source close to the couple',
        'e': 'Kenji Moriyama', 'f': 'Tallulah Brandt',
    }, """
Savannah Reyes-Whitlock and Dashiell Amani split after three years: ‘We will always be family’

Savannah Reyes-Whitlock and Dashiell Amani are calling it quits.

The singer, 29, and the actor, 33, announced their split in matching Instagram posts on Tuesday, nearly three years
after they went public with their relationship at the Golden Lantern Awards.

“{a|After a lot of love and a lot of thought, Dash and I have decided to go our separate ways},” Reyes-Whitlock
wrote alongside a black-and-white photo of the couple on a beach. “{a+|We will always be family. Please be kind to
both of us while we figure out what that looks like}.”

Amani shared a similar message on his own account, adding that {b|the decision was mutual and “made with nothing
but respect.”}

“{b|She made me a better man. That’s not going anywhere},” he wrote.

A rep for Reyes-Whitlock confirmed the news to this outlet on Tuesday afternoon, saying {c|the pair had separated
“several months ago” and had kept it private to protect their families}.

“{c|Savannah is focused on her music and her health right now, and she asks for privacy},” the rep said.

A rep for Amani did not immediately respond to a request for comment.

The couple met in 2021 on the set of Reyes-Whitlock’s music video for “Paper Crowns,” in which Amani played her
love interest. They went public the following spring, and Reyes-Whitlock later told a late-night host that {a|she
knew “by the end of the first take” that she was in trouble}.

“{a|I forgot my lines. I don’t even have lines in my own video!}” she joked on the show at the time.

A source close to the couple told this outlet that {d|the split had been “a long time coming”} and that {d+|the two had
spent much of the past year apart because of work}.

“{d|He was filming in New Zealand for six months, and she was on tour. It just got hard},” the source said.
“{d+|There’s no drama here. Nobody cheated. They just grew apart}.”

Fans flooded the comments of both posts with broken-heart emojis. Kenji Moriyama, who directed the “Paper Crowns”
video, commented on Reyes-Whitlock’s post: “{e|Two of the kindest people I know. Sending love to you both}.”

Tallulah Brandt, a longtime friend of the singer and the host of the podcast “Brunch With Tallulah,” said on her
show Tuesday that {f|she had known about the split for weeks} and that {f+|Reyes-Whitlock was “doing really well.”}

“{f|She’s in the studio every day. The album is going to be incredible},” Brandt said. “{f+|Honestly? I think
we’re going to hear about some of this on it}.”

Reyes-Whitlock’s third album, which she has described as {a|“the most personal thing I’ve ever made,”} is expected
later this year. Her last record, “Salt and Honey,” debuted at No. 2 on the Billboard 200 in 2022.

Amani will next be seen in the thriller “The Long Quiet,” which opens in theaters in June.

In her post, Reyes-Whitlock asked fans {a|not to take sides}.

“{a|There are no villains in this story},” she wrote. “{a+|Just two people who loved each other and still do, in
a different way}.”

By Tuesday evening, the post had more than 2 million likes.
"""),
]

STORIES += [
    story('hansard_ferry_debate', 'parliamentary record, Hansard style', {
        'a': 'Fionnuala Drummond', 'b': 'Alasdair McKechnie', 'c': 'Priya Ramaswamy', 'd': 'Euan Gillespie-Rae',
        'e': 'Morag Strachan', 'f': 'The Deputy Presiding Officer', 'g': 'Calum Og MacLeod',
    }, """
Ferry Services (Island Communities)

The following is an extract from the Official Report of the meeting of the Parliament on Wednesday 12 March.

1. Alasdair McKechnie (Western Isles) (Con): {b|To ask the Government what assessment it has made of the impact
of ferry cancellations on island businesses this winter}.

The Minister of State for Transport (Fionnuala Drummond): {a|I thank the member for his question. Between
November and February, 1,184 sailings on the network were cancelled, 61 per cent of them because of weather and
the rest because of technical faults. That is not acceptable to me, and I know it is not acceptable to the people
he represents. Officials are working with the operator to publish a full assessment of the economic impact by the
end of April}.

Alasdair McKechnie: {b|The minister will know that a fish farm in my constituency lost an entire harvest last month
because a lorry could not get on a boat for nine days. When will the two new vessels, which were promised for 2022,
actually carry passengers?}

Fionnuala Drummond: {a|I understand the member’s frustration, and I share it. The first vessel will begin sea
trials in June. I will not give the chamber a date for passenger service until those trials are complete, because
I will not repeat the mistakes of the past}.

The Deputy Presiding Officer: {f|There is a great deal of interest in this question. I will take brief
supplementaries}.

Priya Ramaswamy (Highlands and Islands) (Lab): {c|Does the minister accept that island communities have heard
“next year” for six years now? What compensation will be offered to businesses that have lost income?}

Fionnuala Drummond: {a|The member is right that people have heard too many promises. We have set up a £4 million
resilience fund, and applications open on 1 April. I would encourage every affected business to apply}.

Euan Gillespie-Rae (Argyll and Bute) (SNP): {d|Will the minister meet me and representatives of the Mull and Iona
Ferry Committee, who have produced a detailed plan for a smaller relief vessel that could be chartered this summer?}

Fionnuala Drummond: {a|Yes. I would be happy to meet the member and the committee}.

Morag Strachan (North East Scotland) (LD): {e|The minister has said today that the situation is not acceptable. Can
she tell the chamber whether anyone has been held accountable for the delays?}

Fionnuala Drummond: {a|The member will know that the independent review reported in January and that its
recommendations are being implemented in full. I am accountable to this Parliament for the service, and I am
standing here answering for it}.

Members: Hear, hear.

Outside the chamber, McKechnie told reporters that {b|the minister’s answers had been “polite, sincere and no use
whatsoever” to his constituents}.

“{b|People on Barra do not want sympathy. They want a boat},” he said.

A spokesperson for the Mull and Iona Ferry Committee, Calum Og MacLeod, said {g|the committee welcomed the offer
of a meeting but would “believe it when the diary invitation arrives.”}

Drummond later told BBC Radio nan Gàidheal that {a|she would travel to the islands herself before Easter}.

“{a|I want to hear it from people directly, not through a briefing paper},” the minister said.

The first of the two new ferries was launched in 2019 and was originally due to enter service in 2020. Its cost
has risen from £97 million to more than £250 million.

Strachan said {e|the figures spoke for themselves}.

“{e|If a private company had run a project like this, the board would be gone},” she said. “{e+|Here, we get a
resilience fund}.”
"""),
]

STORIES += [
    story('sport_recap_soccer', 'US pro soccer recap', {
        'a': 'Gustavo Ferreira-Lima', 'b': 'Ines Kowalski', 'c': 'Abdoulaye Diop', 'd': 'Rhys Pemberton',
        'e': 'Yoshiro Tanabe', 'f': 'Chandler Boateng',
    }, """
Diop’s late header lifts Harbor City past Summit FC, 2-1

HARBOR CITY, Calif. — Abdoulaye Diop headed in a corner kick in the 88th minute, and Harbor City FC beat Summit FC
2-1 on Saturday night to move into first place in the Western Conference.

Yoshiro Tanabe scored for Harbor City in the 34th minute, curling a free kick over the wall. Summit’s Rhys
Pemberton equalized early in the second half, and Harbor City goalkeeper Chandler Boateng added three saves in the
final 20 minutes to keep it level until Diop’s winner.

“{c|I told Yoshi before the corner, ‘Put it on my head, I’ll do the rest.’ He put it on my head},” Diop said,
laughing. “{c+|So I did the rest}.”

It was the first goal of the season for the 31-year-old Senegalese defender, who had missed six weeks with a
hamstring injury.

Harbor City coach Gustavo Ferreira-Lima said {a|he had considered taking Diop off in the 70th minute because he was
cramping}.

“{a|He looked at me and shook his head, like, ‘Don’t even think about it,’}” Ferreira-Lima said. “{a+|I listen to
my players. Sometimes}.”

Ferreira-Lima said {a|the first half was the best his team had played all year}, but that {a+|it lost its shape
after Summit changed formation at halftime}.

“{a|We were sleeping for fifteen minutes. Fifteen minutes!}” he said. “{a+|Against a team like that, you get
punished, and we did}.”

Summit coach Ines Kowalski, whose team had won four straight, said {b|her players deserved at least a point}.

“{b|We came here with a plan, we followed the plan, and we lost to a set piece in the 88th minute},” Kowalski
said. “{b+|That’s football. It hurts, but that’s football}.”

Asked about Pemberton’s goal, a low shot from 20 yards after a one-two with Marco Villa, Kowalski smiled.

“{b|That’s what he does. Give him half a yard and it’s in the net}.”

Pemberton, who has 11 goals this season, said {d|Summit would “learn from it and move on.”}

“{d|We’ve got Portland on Wednesday. No time to feel sorry for ourselves},” he said.

Tanabe’s free kick was his fourth goal from a dead ball this season, tied for the league lead. He said {e|he had
practiced the shot “maybe a thousand times” since the preseason}.

“{e|The wall jumped, so I went over. If the wall stays down, I go around},” Tanabe said through an interpreter
before switching to English. “{e+|Simple. Not easy. Simple}.”

Boateng, who added his eighth clean sheet of the season in the midweek win over Denver, was not as busy on
Saturday, but his diving save on Pemberton in the 79th minute kept Harbor City in the game.

“{f|I guessed right. That’s half of goalkeeping, guessing right},” Boateng said. “{f+|The other half is praying}.”

A crowd of 22,140, the largest at Harbor Stadium this season, stayed well after the final whistle as the players
did a lap of the field.

Diop said {c|the crowd had carried the team through the last ten minutes}.

“{c|You hear that noise and your legs don’t hurt anymore},” he said. “{c+|Well, they hurt. You just don’t care}.”

NOTES: Harbor City (13-5-4) has won three in a row at home. … Summit (12-7-3) had not lost since April 20. …
Ferreira-Lima said {a|midfielder Tomás Aguirre, who left in the 60th minute with a knee injury, would have an MRI on
Monday}.

UP NEXT

Summit: Hosts Portland on Wednesday.

Harbor City: At Seattle on Saturday.
"""),
]

STORIES += [
    story('tv_consumer_investigation', 'US local TV web copy, consumer unit', {
        'a': 'Charmaine Dubois', 'b': 'the company’s owner', 'c': 'Colorado Attorney General Lionel Osterberg’s office', 'h': 'More than a dozen Front Range homeowners', 'x': 'A receptionist',
        'd': 'Farid Haddad', 'e': 'Better Business Bureau', 'f': 'Gwen Stanislawski', 'g': 'Noor Al-Khatib',
    }, """
Channel 4 Investigates: Homeowners say roofer took deposits, never came back

DENVER (KCNC) — More than a dozen Front Range homeowners say {h|they paid thousands of dollars in deposits to a
roofing company that never showed up to do the work, and now they want their money back}.

Charmaine Dubois of Aurora said {a|she paid Rockwell Home Solutions $8,400 in June to replace a roof damaged in a
hailstorm}.

“{a|They were so nice on the phone. The salesman sat at my kitchen table and showed me pictures of his kids},”
Dubois told Channel 4. “{a+|Then nothing. Not a call, not a text. Nothing}.”

She said {a|she called the company 23 times over three months before the number was disconnected}.

Channel 4 Investigates found at least 14 complaints against Rockwell with the Colorado Attorney General’s Office
and the Better Business Bureau since last spring, totaling more than $110,000 in deposits.

Farid Haddad, a retired bus driver in Lakewood, said {d|he gave the company a $12,000 check after it promised to
start work within two weeks}.

“{d|I’m 71 years old. That was money I saved for my grandkids’ college},” Haddad said. “{d+|How do you do that to
somebody?}”

Channel 4 reached out to Rockwell Home Solutions by phone, email and at its last listed address, a shared office
building in Englewood. A receptionist there said {x|the company had moved out in August and left no forwarding
address}.

In an email late Thursday, a man who identified himself as the company’s owner wrote that {b|Rockwell had been “hit
by the same supply problems as everyone else” and intended to “make every customer whole.”} He did not say when or
how, and did not respond to follow-up questions.

The Better Business Bureau gave Rockwell an F rating in October. A spokeswoman for the bureau, Gwen Stanislawski,
said {f|the pattern in the complaints was a familiar one}.

“{f|After every big storm, we see companies pop up, collect deposits and disappear},” Stanislawski told Channel 4.
“{f+|Some of them are real companies that get in over their heads. Some of them never meant to do the work}.”

She said {f|homeowners should never pay more than a third of a job up front and should check a contractor’s
license with their city before signing anything}.

Colorado Attorney General Lionel Osterberg’s office confirmed {c|it had opened an investigation}. In a statement
to Channel 4, the office said {c|it “takes home repair fraud seriously” and urged anyone who paid Rockwell to file a
complaint online}.

Noor Al-Khatib, an attorney who represents four of the homeowners, said {g|she planned to file a lawsuit in Arapahoe
County District Court next week}.

“{g|My clients did everything right. They got estimates. They signed contracts},” Al-Khatib said. “{g+|What they
didn’t get was a roof}.”

Dubois said {a|she had since paid another roofer to finish the job}, putting the cost on a credit card.

“{a|So now I’ve paid for two roofs, and I have one},” she said. “{a+|If Channel 4 can find them, tell them I want
my money}.”

Have you had trouble with a contractor? Contact Channel 4 Investigates at our tip line or through our website.

RELATED: How to check a contractor’s license in Colorado
"""),
    story('health_heat_advisory', 'US county health advisory story', {
        'a': 'National Weather Service', 'b': 'Maricopa Valley County Department of Public Health', 'c': 'Temperance Adeyemi',
        'd': 'Hector Ibarra-Salgado', 'f': 'Beulah Tsosie', 'g': 'The state’s emergency management agency', 'e': 'Desert Sun Power', 'w': 'Wren Castellano', 'o': 'officials', 'O': 'Officials',
    }, """
Extreme heat warning issued as temperatures near 118; cooling centers open

{a|An extreme heat warning is in effect through Sunday evening for most of the valley, with highs expected to reach
115 to 118 degrees}, the National Weather Service said Thursday.

The weather service said {a|overnight lows would stay above 90 degrees in parts of the city, giving people little
chance to cool down}. It warned that {a|the heat would be “dangerous to anyone without adequate cooling or
hydration.”}

The Maricopa Valley County Department of Public Health said in a statement that {b|it had opened 62 cooling centers
across the county, including 14 that will stay open overnight}. It urged {b|residents to check on elderly
neighbors and relatives at least twice a day}.

“{b|Heat is the deadliest weather hazard we face, and almost every heat death is preventable},” the department
said.

{o|Last summer, 421 people died of heat-related causes in the county}, officials said, {o+|the most on record}. About
two-thirds of them were 50 or older, and nearly half were homeless.

Dr. Temperance Adeyemi, the county’s health officer, told reporters Thursday that {c|the county had added 200 beds
at its overnight centers this year and had hired outreach workers to find people living outside}.

“{c|If you are outside and you stop sweating, that is an emergency. Call 911},” Adeyemi said. “{c+|Don’t wait.
Don’t try to walk it off}.”

She said {c|people taking certain medications, including some for blood pressure and mental health, should talk to
a doctor about their risk}.

Officials said {O|the city’s buses would give free rides to anyone going to a cooling center through the weekend}.

Hector Ibarra-Salgado, who runs a day shelter near the rail yards, said {d|demand had already doubled since
Monday}.

“{d|We go through 3,000 bottles of water a day. We need more, and we need ice},” he said. “{d+|Ice is the thing
nobody thinks to donate}.”

The utility, Desert Sun Power, said {e|it would not shut off service to any customer for unpaid bills during the
warning}. A spokeswoman, Wren Castellano, said {w|the company expected demand to set a record on Friday afternoon
but had “ample capacity” to meet it}.

Beulah Tsosie, 67, was among the first to arrive at the cooling center in the Westgate library on Thursday
morning. She said {f|her air conditioner had broken on Tuesday and the repairman could not come until next week}.

“{f|I sat in a cold bath last night until midnight},” Tsosie said. “{f+|Here I can read the paper and nobody
minds if I fall asleep}.”

The state’s emergency management agency said {g|it had sent 40 pallets of bottled water to the county and was
ready to send generators to any cooling center that lost power}. It said {g|no outages had been reported so far}.

Tips from health officials:

Drink water even if you are not thirsty, and avoid alcohol and sugary drinks.

Stay indoors between 10 a.m. and 6 p.m. if you can.

Never leave children or pets in a parked car, even for a few minutes.

Know the signs of heat stroke: confusion, hot dry skin and a fast pulse.

The weather service said {a|a slight cooling trend could begin Monday, with highs “only” around 110}.
"""),
]

STORIES += [
    story('factcheck_viral_post_mayor', 'US regional fact-check', {
        'a': 'Evangeline Osei', 'b': 'Brantley Hooper', 'c': 'Riverton Police Department', 'd': 'Imani Castellanos',
        'e': 'Wolfgang Reinholt', 'f': 'Osei’s office', 'g': 'the city',
    }, """
Fact check: No, Riverton did not cut its police budget by 40%

A post shared more than 30,000 times on Facebook this week claims that {b|Riverton’s mayor “defunded” the city’s police
department}.

Claim: “{b|Mayor Osei just cut the Riverton police budget by 40%. Response times are already up. Lock your doors,
folks}.” — Facebook post by Brantley Hooper, Oct. 14

Rating: Mostly false

The post, by a Riverton resident who runs a popular community page with about 48,000 followers, includes a
screenshot of a city budget table with one line circled in red. It was shared by several local candidates for city
council.

Hooper did not respond to messages asking for the source of the figure. In a later comment on the post, he wrote
that {b|he had “read it in the budget, page 112,” and that “anyone can look it up.”}

We did.

What the budget says

The line Hooper circled is the police department’s budget for vehicle purchases, which fell from $2.1 million to
$1.26 million, a drop of 40%. The department’s overall budget rose 3.2%, from $61.4 million to $63.4 million.

Mayor Evangeline Osei said {a|the vehicle line dropped because the city had bought 30 new patrol cars the year
before and did not need as many this year}.

“{a|We did not cut the police budget. We increased it},” Osei said in an interview. “{a+|I understand why people
are scared when they see a post like that. But it is just not true}.”

Osei’s office also sent us a breakdown showing that the department had added 12 officer positions in the new
budget.

What about response times?

The Riverton Police Department said {c|its average response time to the most urgent calls was 6 minutes and 40
seconds in September, compared with 6 minutes and 55 seconds a year earlier}.

Sgt. Imani Castellanos, a department spokeswoman, said {d|response times for lower-priority calls had risen}, but
that {d+|the increase began well before the new budget took effect on July 1}.

“{d|We’re short about 20 officers, and that’s a hiring problem, not a budget problem},” Castellanos said.
“{d+|We have the money for the positions. We don’t have the applicants}.”

Is there anything to the claim?

Dr. Wolfgang Reinholt, a public budgeting professor at Tri-State University who reviewed the budget at our request,
said {e|the post took “a real number and put it in a fake context.”}

“{e|It’s a classic move. You find the one line that went down and pretend it’s the whole thing},” Reinholt said.
“{e+|Line-item budgets are confusing, and that makes them easy to misread, honestly or not}.”

He said {e|the one fair point in the post was that the department is understaffed}, which the department itself
acknowledges.

Our ruling

A viral Facebook post said {b|Riverton’s mayor cut the police budget by 40%}.

The police department’s overall budget went up 3.2%. One line, for vehicle purchases, fell by 40% after a large
purchase the year before. The department is short of officers, but the city says {g|that is because of hiring, not
money}.

We rate this claim Mostly False.

Our sources: Riverton city budget, fiscal years 2023 and 2024; interview with Mayor Evangeline Osei, Oct. 16;
email from Sgt. Imani Castellanos, Oct. 16; interview with Wolfgang Reinholt, Oct. 17; Facebook post by Brantley
Hooper, Oct. 14.
"""),
    story('earnings_call_chipmaker', 'US tech business news, earnings', {
        'a': 'Lena Dubrovskaya', 'b': 'Osvaldo Pereira', 'c': 'Ketterman Semiconductor', 'd': 'Hyun-woo Bae',
        'e': 'Marguerite Ashdown', 'f': 'Tobiah Kline', 'x': 'executives',
    }, """
Ketterman Semiconductor beats estimates on data-center demand, but warns on China

SAN JOSE, Calif. — Ketterman Semiconductor reported record quarterly revenue on Wednesday as demand for its
data-center chips surged, but its shares slipped in after-hours trading after executives warned that {x|new export
rules would cut into sales in China}.

Revenue for the fiscal third quarter rose 34% from a year earlier to $4.82 billion, topping the $4.55 billion
analysts had expected, according to FactSet. Adjusted earnings were $2.14 a share, against forecasts of $1.97.

Chief Executive Lena Dubrovskaya said on a conference call with analysts that {a|orders from cloud companies had
“never been stronger”} and that {a+|the company was sold out of its top accelerator chip through the middle of next
year}.

“{a|Every customer we talk to wants more than we can make},” Dubrovskaya said. “{a+|That is a wonderful problem,
and we are spending to solve it}.”

She said {a|Ketterman would raise capital spending to about $3 billion next year}, up from $2.2 billion this year,
largely to expand its packaging plant in Arizona.

But Chief Financial Officer Osvaldo Pereira told analysts that {b|the company expected fourth-quarter revenue of
$4.6 billion to $4.9 billion}, below the $5.1 billion Wall Street had forecast, because of the new export limits.

“{b|We are assuming no sales of our high-end products into China in the fourth quarter},” Pereira said.
“{b+|If that changes, it will be upside}.”

He said {b|China had made up about 14% of revenue over the past year}.

Ketterman said in its earnings release that {c|it was “working closely with the Commerce Department” to seek
licenses for some shipments}. It did not say how long that process might take.

Hyun-woo Bae, an analyst at Prescott Partners, asked on the call whether {d|the company could redirect the chips
meant for China to other customers}.

“{a|Some of it, yes, over time},” Dubrovskaya answered. “{a+|But those are different products, built for a different
set of rules. It is not a switch we can flip}.”

Marguerite Ashdown, who covers the chip industry for Halvorsen Research, said in a note that {e|the quarter was
“about as good as it gets” apart from China}.

“{e|The core business is firing on every cylinder},” Ashdown wrote. “{e+|The guidance is a China story, and
investors should treat it as one}.”

Not everyone was as calm. Tobiah Kline, a portfolio manager at Ridgefield Capital, which owns Ketterman shares,
said {f|the export rules were a “long-term overhang” that the market had underestimated}.

“{f|Today it’s China. Who’s next?}” Kline said in an interview. “{f+|Nobody on that call could answer that, and I
don’t blame them, but it matters}.”

Ketterman shares fell 4.6% to $187.20 in extended trading after closing up 1.3% in the regular session. The stock
has more than doubled over the past 12 months.

The company also said {c|its board had approved a $5 billion share buyback and raised its quarterly dividend by 2
cents to 38 cents a share}.

Asked whether the company would consider building a plant in Europe, Dubrovskaya said: “{a|We look at every
option. Nothing to announce today}.”

Pereira said {b|the company would give more detail on its spending plans at its investor day in March}.
"""),
]


LEFT: dict[tuple[str, str], str] = {
    ('tv_local_water_main', 'he expected service to be'):
        "'…, though a boil advisory would stay …' is dropped from the clause",
    ('tv_local_water_main', 'the road budget was already'):
        "'told 7News X and that Y': only the clause after 'and that' is read",
    ('tv_local_school_bus_crash', 'Six students suffered minor injuries'):
        "'state police said' in the lead is not given the force's name the text gives later",
    ('tv_local_school_bus_crash', 'the bus was headed to'):
        "'told our crew at the scene …': the place after the listener is kept in the clause",
    ('tv_local_school_bus_crash', 'bumps and bruises'):
        "not found: 'what Lachance described as …' is no cue",
    ('tv_local_school_bus_crash', 'salt trucks had treated Route'):
        "'County Judge-Executive' (a hyphenated post) is kept in the speaker's name",
    ('tv_local_school_bus_crash', 'School will start two hours'):
        "'X, the district said, and Y': the 'and' is kept and the district not named",
    ('explainer_daylight_saving', 'The savings that made sense'):
        "'they say' inside the quote's own sentence goes to the quote's subject, not to 'experts' before",
    ('explainer_daylight_saving', 'daylight time actually raised household'):
        "not found: 'A 2011 study by economists … found that' ('found' is no cue)",
    ('explainer_daylight_saving', 'Permanent daylight time would mean'):
        "'X, supporters say, but it would also …': the writer's 'but' clause is read as the quote going on",
    ('foreign_language_quotes_strike', 'more than 70% of drivers'):
        "not found: 'the Fédération des Transports, which said in a statement that …' (a relative clause)",
    ('foreign_language_quotes_strike', 'the walkout would continue through'):
        "'The union said' is not given the union's name",
    ('celebrity_instagram_split', 'she had known about the'):
        "'X and that Y “…”': the second clause, which ends in a quotation, is not split off",
    ('celebrity_instagram_split', '“the most personal thing I’ve'):
        "'Reyes-Whitlock’s third album, which she has described as …': 'she' goes to the last woman who spoke",
    ('sport_recap_soccer', 'That’s what he does. Give'):
        "not found: a quotation in a paragraph of its own after 'Kowalski smiled.' (no cue, no quote before)",
    ('sport_recap_soccer', 'he had practiced the shot'):
        "'Tanabe’s free kick was … He said': 'He' goes to the last man who spoke, not the owner of the subject",
    ('sport_recap_soccer', 'midfielder Tomás Aguirre, who left'):
        "the relative clause inside the reported clause cuts it ('NOTES: … …' line)",
    ('tv_consumer_investigation', 'they paid thousands of dollars'):
        "'More than a dozen …' loses its quantity in the speaker's name",
    ('tv_consumer_investigation', 'it “takes home repair fraud'):
        "'X “…” and urged anyone …': the second verb's part is dropped; 'the office' not given its full name",
    ('tv_consumer_investigation', 'she had since paid another'):
        "', putting the cost on a credit card' (the writer's) is kept in the clause",
    ('factcheck_viral_post_mayor', 'Riverton’s mayor “defunded” the city’s'):
        "'A post shared more than 30,000 times on Facebook … claims': the post is not read as its writer, named later",
    ('factcheck_viral_post_mayor', 'the one fair point in'):
        "', which the department itself acknowledges' (the writer's) is kept in the clause",
    ('factcheck_viral_post_mayor', 'Riverton’s mayor cut the police'):
        "'A viral Facebook post said' is not given the post's writer",
    ('earnings_call_chipmaker', 'Ketterman would raise capital spending'):
        "', up from $2.2 billion this year, largely to …' (the writer's) is kept in the clause",
    ('earnings_call_chipmaker', 'the company expected fourth-quarter revenue'):
        "', below the $5.1 billion Wall Street had forecast' (the writer's) is kept in the clause",
    ('earnings_call_chipmaker', 'the company could redirect the'):
        "'asked on the call whether …': the place before 'whether' is kept",
    ('sport_recap_basketball', 'the switch to a full-court'):
        "'What clicked, she said, was …': the pseudo-cleft's subject is read as part of the quote",
    ('earnings_call_retailer', 'shoppers were trading down to'):
        "'…, saying …' after 'the department store chain' is not given the chain's name from the sentence's subject",
    ('earnings_call_retailer', 'the company would close 22'):
        "', which carry higher margins' (the writer's gloss) is kept in the clause",
    ('earnings_call_retailer', 'the company now expects full-year'):
        "', down from its earlier forecast …' (the writer's) is kept in the clause",
    ('earnings_call_retailer', 'the guidance cut was “bigger'):
        "'X “…” and that Y': joined into one quote",
    ('earnings_call_retailer', 'Hollis & Crane was caught'):
        "'Aisling Moynihan, a retail analyst at Carver Research, said': the firm in the description is taken",
    ('earnings_call_retailer', 'its online sales had grown'):
        "'the company said' is not given the company's name",
    ('earnings_call_retailer', 'it expected that share to'):
        "'It said' after 'the company' is not given the company's name",
    ('factcheck_senate_crime', 'Since Marisol Quintero became county'):
        "not found: 'Claim: “…” — NAME, description' (the claim's speaker signed on the next line)",
    ('factcheck_senate_crime', 'Marisol Quintero made our streets'):
        "'It ends with Strand looking into the camera and saying, “…”': no speaker",
    ('factcheck_senate_crime', 'a single category, robberies in'):
        "not found: 'pointed to …' is no cue",
    ('factcheck_senate_crime', 'the ad was “directionally accurate”'):
        "'The campaign' is not given its name ('the Strand campaign' before)",
    ('factcheck_senate_crime', 'the 2018-to-2023 comparison was also'):
        "', because crime trends are driven …' (the writer's) is kept in the clause",
    ('court_transcript_excerpt', 'he had ever been in'):
        "'asked him on redirect examination whether …': the words before 'whether' are kept",
    ('court_transcript_excerpt', 'I don’t drive. I sold'):
        "the stage direction '(Witness crying.)' inside an answer is kept",
    ('court_transcript_excerpt', 'her family was “grateful that'):
        "'She declined to speak … but said in a statement … that': no speaker",
    ('court_transcript_excerpt', 'Anneliese rode that street every'):
        "'the statement said' goes to the lawyer who spoke before, not to the writer of the statement",
    ('health_advisory_measles', 'people who develop a fever,'):
        "', so that staff can take steps …' (the writer's) is kept in the request",
    ('health_advisory_measles', 'Measles is one of the'):
        "'the agency said' is not given the CDC's name",
    ('health_advisory_measles', 'people with questions could call'):
        "'The health district said' goes to the school district named last, not the Tri-County Health District",
    ('human_interest_kids_library', 'the hardest part was getting'):
        "'His twin sister, Ximena, …. She said': a first name alone after a kin noun is no speaker",
    ('human_interest_kids_library', 'her favorite part was the'):
        "', even though one of the dogs …' (the writer's) is kept in the clause",
    ('human_interest_kids_library', 'the board would look for'):
        "', so that the class would not have to …' (the writer's) is kept in the clause",
    ('op_column_parking_minimums', 'the rule adds about $40,000'):
        "', because structured parking is so expensive' is dropped from the clause",
    ('op_column_parking_minimums', 'a study of four cities'):
        "not found: 'She pointed me to …' is no cue",
    ('op_column_parking_minimums', 'I’d say I hear you.'):
        "'I asked Pemberton what …' then 'she said': the woman asked is not the one taken",
    ('letters_to_editor_roundup', 'the change would “cost us'):
        "'Your article … quoted X as saying …': the article is taken, not the person quoted",
    ('letters_to_editor_roundup', 'the proposed downtown stadium “a'):
        "not found: 'Your editorial called X “…”' (the object and its name)",
    ('correction_note_misquote', 'the figure includes 45 positions'):
        "'The company says' goes to the story named before; ', meaning …' (the writer's) is kept",
    ('correction_note_misquote', 'it would offer severance and'):
        "'Halvard' is not given the full name 'Halvard Medical Group' the text gives",
    ('correction_note_misquote', 'These decisions are never easy,'):
        "'the statement said': 'Halvard', not its full name",
    ('correction_note_misquote', 'corrections should be “prompt, clear'):
        "'Our policy … says': the policy, not the paper that wrote it",
    ('reaction_roundup_court_ruling', 'This is a victory for'):
        "not found: 'Parents for Fair Funding, the coalition …, in a statement: “…”' ('for' in the group's name)",
}
"""(story, a marked quote's first five words) -> why it is not found as marked."""


EXTRA: dict[tuple[str, str], str] = {
    ('celebrity_instagram_split', 'their split in matching Instagram'): "'announced their split': an event, no clause",
    ('earnings_call_chipmaker', 'record quarterly revenue on Wednesday'): "'reported record quarterly revenue': accounts",
    ('earnings_call_chipmaker', 'Revenue for the fiscal third'):
        "'…, according to FactSet': a data provider's consensus, no statement",
    ('earnings_call_retailer', 'weaker-than-expected holiday sales and cut'): "'reported weaker-than-expected sales': accounts",
    ('earnings_call_retailer', 'fourth-quarter net income of $212'): "'reported … net income': accounts",
    ('factcheck_senate_crime', 'campaign for the source of'): "'When we asked the campaign for the source': a request",
    ('factcheck_senate_crime', 'The second part is accurate:'):
        "'The second part is accurate: …, according to the county’s figures': the writer's verdict is kept",
    ('factcheck_senate_crime', 'Sources: FBI Uniform Crime Reporting'):
        "a list of sources: 'annual reports;' is read as a cue",
    ('op_column_parking_minimums', 'what she would say to'): "'I asked Pemberton what she would say': a question",
    ('correction_note_misquote', 'Rep. Dolores Fitzgerald-Ruiz had called'):
        "'An article … incorrectly said that …': the paper's withdrawn error",
    ('correction_note_misquote', 'Halvard Medical Group would lay'): "'A story … said …': the paper's own story, corrected",
}
"""(story, a found quote's first five words) -> why a quote is found where nothing is marked."""


SHORT: list[tuple[str, str, str]] = [
    ('The Minister of State for Transport (Fionnuala Drummond): I thank the member.\n\n'
     'Alasdair McKechnie (Western Isles) (Con): When will the vessels sail?\n\n'
     'The Deputy Presiding Officer: I will take brief supplementaries.',
     'I thank the member', 'Fionnuala Drummond'),
    ('1. Alasdair McKechnie (Western Isles) (Con): To ask the Government what assessment it has made.\n\n'
     'The Minister of State (Jo Roe): None yet.\n\nAlasdair McKechnie: Why not?',
     'To ask the Government what assessment it has made', 'Alasdair McKechnie'),
    ('What follows is his cross-examination by prosecutor Lena Morales. Ruiz took the stand on Monday.\n\n'
     'Q: Did you see the light?\n\nA: No.\n\nQ: Why not?\n\nA: I was looking down.',
     'Did you see the light?', 'Lena Morales'),
    ('What follows is his cross-examination by prosecutor Lena Morales. Tomas Ruiz took the stand on Monday.\n\n'
     'Q: Did you see the light?\n\nA: No.\n\nQ: Why not?\n\nA: I was looking down.',
     'I was looking down', 'Tomas Ruiz'),
    ('Judge Ada Brennan heard the case.\n\nMR. COLE: Objection.\n\nTHE COURT: Overruled. You may answer.\n\n'
     'MR. COLE: Then I withdraw it.', 'Overruled. You may answer', 'Ada Brennan'),
    ('HARLAN COUNTY, Ky. (WLEX) — Six students were hurt when a bus slid off the road, state police said.',
     'Six students were hurt when a bus slid off the road', 'state police'),
    ('Dr. Jo Achterberg said all of the staff on duty that evening had been vaccinated.',
     'all of the staff on duty that evening had been vaccinated', 'Jo Achterberg'),
    ('Pereira said Saturday is the library’s busiest day.', 'Saturday is the library’s busiest day', 'Pereira'),
    ('The Centers for Disease Control and Prevention issued a warning.\n\nThe CDC said the risk was low.',
     'the risk was low', 'Centers for Disease Control and Prevention (CDC)'),
    ('A rep for Jo Roe confirmed the split, saying the pair had separated.\n\n“She is focused on her music,” the rep '
     'said.', 'She is focused on her music', 'A rep for Jo Roe'),
    ('Nearly two thirds of the 1,000 people interviewed said they had used the new cards.',
     'they had used the new cards', 'two thirds of the 1,000 people'),
    ('Lucinda Haverkamp, superintendent of the Dry Creek School District, one of the plaintiffs:\n\n'
     '“We have teachers paying for paper out of their own pockets.”',
     'We have teachers paying for paper out of their own pockets', 'Lucinda Haverkamp'),
]
"""One short text for each form the stories needed and the extractor now reads: (text, the quote's words exactly,
its speaker)."""


@pytest.mark.parametrize("text,words,speaker", SHORT, ids=[f"s{i}" for i in range(len(SHORT))])
def test_each_form_in_a_short_text(text: str, words: str, speaker: str):
    got = [(q.text, q.speaker) for q in extract_quotes(text, "s")]
    assert (words, speaker) in got, got


@pytest.mark.parametrize("text", [
    'Boateng, who added his eighth clean sheet of the season on Wednesday, was not as busy.',
    'Castellanos added a steal and a layup in the final minute. Tanabe added his 11th goal.',
    'When I called Pemberton last week, nobody answered.',
])
def test_no_quote_in_a_trap(text: str):
    assert [q.text for q in extract_quotes(text, "s")] == []


def test_an_interviewers_questions_are_no_quotes():
    text = ('Jo Roe sat down with the Courier.\n\nQ: Did you vote?\n\nA: Yes, early.\n\nQ: Why?\n\n'
            'A: Because I always do.')
    assert [(q.text, q.speaker) for q in extract_quotes(text, "s")] == [
        ("Yes, early", "Jo Roe"), ("Because I always do", "Jo Roe")]


@pytest.mark.parametrize("s", STORIES, ids=[s.name for s in STORIES])
def test_every_marked_quote_of_the_story(s: Story):
    assert_marked_quotes(s, LEFT)


@pytest.mark.parametrize("s", STORIES, ids=[s.name for s in STORIES])
def test_nothing_unmarked_is_quoted(s: Story):
    assert_nothing_unmarked(s, EXTRA)


def test_scores_over_the_stories():
    got = scores(STORIES)
    # the figures of these stories when they were written, as floors
    assert got["precision"] >= 0.96 and got["recall"] >= 0.97 and got["f1"] >= 0.97 and got["speaker"] >= 0.93, got


def test_the_stories_are_many_long_varied_and_dense():
    assert len(STORIES) == 22 and len({s.name for s in STORIES}) == 22
    assert all(500 <= len(s.text.split()) <= 1000 for s in STORIES), [(s.name, len(s.text.split())) for s in STORIES]
    assert len({s.outlet for s in STORIES}) >= 15
    assert sum(len(s.quotes) for s in STORIES) >= 400
    assert {g.kind for s in STORIES for g in s.quotes} == {"direct", "indirect", "mixed"}
    for s in STORIES:  # first words unique within a story, so that LEFT names one quote
        firsts = [first_words(g.text) for g in s.quotes]
        assert len(firsts) == len(set(firsts)), s.name
    assert set(LEFT) <= {(s.name, first_words(g.text)) for s in STORIES for g in s.quotes}
