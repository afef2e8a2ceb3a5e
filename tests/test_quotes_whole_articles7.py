"""Quote spans and speakers across whole articles, seventh set: 20 news stories written for these tests in the
styles of a US metro daily, a UK broadsheet, Indian English, Singapore and Kenyan papers, trade press, a magazine
profile, a hearing report heavy with testimony and an opinion column quoting others; each of 600 to 1,000 words.

They are dense in the forms a reader counts as quoted: a quotation split by its attribution, the colon form, the
inverted attribution with a long description, "!" and "?" endings, straight marks inside curly ones, a quotation
in a paragraph of its own after an earlier attribution, one running over paragraphs; reported speech after
"warned", "argued", "acknowledged", "insisted", "testified", "told reporters", "in a statement", "wrote in a
letter", "report", "according to" in mid-sentence, the speaker after the content, words between the verb and the
content, a statement that reports another. Among them are traps that are no quotation: scare quotes, titles of
works, "so-called" words, nicknames, headlines, "READ MORE" lines, "declined to say" and "did not say whether".

Each story is written with its annotation inline: ``{k|words}`` marks a quote of the speaker ``k`` names,
``{k+|words}`` a further part of the last quote of ``k`` (a quotation split by its attribution). Every marked quote
must be found with the very words marked (compared as the scorer of held-out sets compares them: case, quotation
marks, punctuation and spacing aside) and the speaker's fullest name; nothing unmarked may be found. ``LEFT`` and
``EXTRA`` list what the extractor still gets wrong, with the reason; a test fails when one of them comes right too,
so the lists stay current.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pytest

from briefing.index.quotes import extract_quotes

from test_quotes_whole_articles2 import _key


class Gold(NamedTuple):
    text: str
    speaker: str
    kind: str  # direct, indirect or mixed


class Story(NamedTuple):
    name: str
    outlet: str
    text: str
    quotes: list[Gold]


_MARK = re.compile(r"\{(\w+)(\+?)\|([^{}]*)\}")
_OPENERS = "“\"‘'"


def story(name: str, outlet: str, speakers: dict[str, str], source: str) -> Story:
    """The story ``name`` from ``source``: paragraphs apart by a blank line, lines of a paragraph joined by a space,
    quotes marked inline (see the module's docstring)."""
    marked = "\n\n".join(" ".join(p.split()) for p in source.strip().split("\n\n")) + "\n"
    text, quotes, last, pos = [], [], {}, 0
    for m in _MARK.finditer(marked):
        text.append(marked[pos:m.start()])
        before = "".join(text)[-1:]
        key, more, words = m.groups()
        kind = "direct" if before and before in _OPENERS else "mixed" if any(c in words for c in "“”\"") else "indirect"
        if more:
            i = last[key]
            quotes[i] = quotes[i]._replace(text=quotes[i].text + " … " + words)
        else:
            last[key] = len(quotes)
            quotes.append(Gold(words, speakers[key], kind))
        text.append(words)
        pos = m.end()
    text.append(marked[pos:])
    assert "{" not in "".join(text) and "}" not in "".join(text), name
    return Story(name, outlet, "".join(text), quotes)


_QUOTE_CHARS = '"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a`'
_WORD = re.compile(r"\w+(?:'\w+)*")


def norm(s: str) -> str:
    """A quotation's words as the scorer of held-out sets compares them."""
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub("[%s]" % _QUOTE_CHARS, " ", s)
    s = re.sub(r"(^|\s)'|'(\s|$)", r"\1 \2", s)
    return " ".join(_WORD.findall(s))


def overlaps(gold: str, got: str) -> bool:
    """The scorer's match: words shared by half of both, or the shorter (three words or more) inside the longer."""
    g, p = norm(gold), norm(got)
    gt, pt = set(g.split()), set(p.split())
    if not gt or not pt:
        return False
    if len(gt & pt) / len(gt | pt) >= 0.5:
        return True
    short, long_ = (g, p) if len(g.split()) <= len(p.split()) else (p, g)
    return len(short.split()) >= 3 and f" {short} " in f" {long_} "


def first_words(text: str) -> str:
    return " ".join(text.split()[:5])


def misread(s: Story) -> dict[str, str]:
    """The marked quotes of ``s`` not found as marked: first words -> what was found instead."""
    got = extract_quotes(s.text, s.name)
    out = {}
    for g in s.quotes:
        same = [q for q in got if norm(q.text) == norm(g.text)]
        near = [q for q in got if overlaps(g.text, q.text)]
        if same and _key(same[0].speaker) == _key(g.speaker):
            continue
        if same:
            out[first_words(g.text)] = "speaker %r" % same[0].speaker
        elif near:
            out[first_words(g.text)] = "span %r (%r)" % (near[0].text, near[0].speaker)
        else:
            out[first_words(g.text)] = "(not found)"
    return out


def unmarked(s: Story) -> list[str]:
    """First words of each quote found in ``s`` that matches no marked quote."""
    return [first_words(q.text) for q in extract_quotes(s.text, s.name)
            if not any(overlaps(g.text, q.text) or f" {norm(g.text)} " in f" {norm(q.text)} " for g in s.quotes)]


def assert_marked_quotes(s: Story, left: dict[tuple[str, str], str]) -> None:
    """Every marked quote of ``s`` is found with its speaker, except those ``left`` lists (which must still fail)."""
    wrong = misread(s)
    known = {start for (name, start) in left if name == s.name}
    assert {k: v for k, v in wrong.items() if k not in known} == {}
    assert known <= set(wrong), "now right, drop from LEFT: %s" % sorted(known - set(wrong))


def assert_nothing_unmarked(s: Story, extra_known: dict[tuple[str, str], str]) -> None:
    """No quote of ``s`` is found outside its marks, except those ``extra_known`` lists (which must still be found)."""
    extra = unmarked(s)
    known = {start for (name, start) in extra_known if name == s.name}
    assert [k for k in extra if k not in known] == []
    assert known <= set(extra), "now right, drop from EXTRA: %s" % sorted(known - set(extra))


def scores(stories: list[Story]) -> dict[str, float]:
    """Span precision, recall and F1 as the scorer of held-out sets counts them (one-to-one matches), the share of
    matched quotes with the right speaker, and recall by kind."""
    n_got = n_gold = n_hit = n_who = 0
    kind_gold: dict[str, int] = {}
    kind_hit: dict[str, int] = {}
    for s in stories:
        got = extract_quotes(s.text, s.name)
        n_got += len(got)
        n_gold += len(s.quotes)
        used: set[int] = set()
        for g in s.quotes:
            kind_gold[g.kind] = kind_gold.get(g.kind, 0) + 1
            j = next((j for j, q in enumerate(got) if j not in used and norm(q.text) == norm(g.text)), None)
            if j is None:
                j = next((j for j, q in enumerate(got) if j not in used and overlaps(g.text, q.text)), None)
            if j is None:
                continue
            used.add(j)
            n_hit += 1
            kind_hit[g.kind] = kind_hit.get(g.kind, 0) + 1
            gk, pk = _key(g.speaker).lower().split(), _key(got[j].speaker).lower().split()
            n_who += bool(gk and pk and gk[-1] == pk[-1])
    p, r = n_hit / max(n_got, 1), n_hit / max(n_gold, 1)
    out = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "speaker": n_who / max(n_hit, 1)}
    out.update({"recall_" + k: kind_hit.get(k, 0) / n for k, n in kind_gold.items()})
    return out


STORIES: list[Story] = []

STORIES += [
    story('us_metro_bus_cuts', 'US metro daily', {
        'a': 'Renata Solis', 'b': 'Marcus Bell', 'c': 'Regional Transit Authority', 'd': 'Dolores Kaminski',
        'e': 'Terrence Oduya', 'f': 'Hank Pruitt', 'g': 'Amalia Grant', 'h': 'Amalgamated Transit Union Local 1142',
        'p': 'the authority’s own planning staff', 'u': 'The union’s leaders',
        'q': 'A spokeswoman for the mayor',
    }, """
Transit board votes to cut 14 bus routes as deficit looms

READ MORE: Why your commute got longer this year

The Regional Transit Authority board voted 7-2 on Thursday night to eliminate 14 bus routes and cut service on
nine others, a move that {p|will leave some neighborhoods on the city’s east side without a bus within half a
mile}, according to the authority’s own planning staff.

Board chair Renata Solis said {a|the cuts were the hardest decision the board had made in her eight years on it}.

“{a|Nobody on this board wanted to be here tonight},” Solis said. “{a+|We have a $61 million hole and no
money coming from the state to fill it}.”

She argued that {a|the alternative, a fare increase of 75 cents, would have pushed more riders off the system
than the route cuts}.

Not everyone on the board agreed. Board member Marcus Bell, who represents the east side, said {b|the vote was
“a betrayal of the people who need this system most.”}

“{b|You are cutting the routes that nurses and janitors take to work at five in the morning},” Bell said.
“{b+|The people in this room will not notice a thing}.”

He said {b|he would ask the county to audit the authority’s overtime spending before any route is cut}.

The authority said in a statement released after the vote that {c|the cuts would take effect on March 3 and that
riders would be notified at every affected stop}.

“{c|We understand the hardship these changes will cause},” the statement said.

At the public comment session before the vote, more than 80 people signed up to speak. Dolores Kaminski, 71,
said {d|she had taken the No. 22 bus to her dialysis appointments three times a week for six years}.

“{d|What am I supposed to do now, crawl?}” Kaminski asked the board. “{d+|Tell me. I’m listening}.”

{e|The 22 carries more than 3,000 riders on a weekday}, said Terrence Oduya, a transit planner at the nonprofit
Riders United who has studied the route for a decade. {e|Cutting it saves less than $2 million a year}, he
said, {e+|because most of its costs are fixed}.

Oduya said {e|the authority had never published the ridership figures it used to choose the routes}. The
authority’s chief financial officer, Hank Pruitt, declined to say when those figures would be released.

Pruitt acknowledged {f|the “so-called efficiency review” that produced the list had been done in six weeks}
but insisted {f|its conclusions were sound}.

“{f|We looked at cost per rider on every route in the system},” Pruitt told reporters after the meeting.
“{f+|The 14 we are cutting are the most expensive to run, by a wide margin}.”

He did not say whether the authority had considered selling its unused downtown garage, which a consultant
valued at $40 million last year.

Mayor Amalia Grant, who does not sit on the board, wrote in a letter to board members on Wednesday that
{g|the city could contribute $8 million from its reserves if the state matched it}.

“{g|I am not prepared to watch the east side lose its buses while we wait for Springfield},” Grant wrote.

A spokeswoman for the mayor said on Friday that {q|Grant was disappointed the board had not waited for a
reply from the state}.

The union that represents the authority’s drivers, Amalgamated Transit Union Local 1142, warned that {h|as
many as 120 drivers could lose their jobs}. The union’s leaders have called the plan {u|“the Doomsday Budget,”}
a name that has stuck on social media.

Bell said {b|he expected the board to revisit the cuts if the state budget, due in May, included new money for
transit}.

Solis was less hopeful. She said: “{a|I have been waiting for Springfield for eight years. I will believe it
when I see the check}.”

“{a|Come back to me in May},” she said, “{a+|and we can talk about putting buses back}.”

The board’s next meeting is scheduled for Feb. 12. The 1968 documentary “Last Bus to Eastgate,” about an
earlier round of cuts, will be shown free at the central library on Saturday.

Kaminski said {d|she would be at the next meeting, and the one after that}.

“{d|They have not seen the last of me},” she said.
"""),
    story('uk_planning_inquiry', 'UK broadsheet', {
        'a': 'Helena Markwick', 'b': 'Rupert Aldine', 'c': 'Geoffrey Palin', 'd': 'Natural England',
        'e': 'Fiona Carrick', 'f': 'Department for Levelling Up', 'g': 'Tobias Renfrew', 'h': 'Priya Deshmukh',
        'i': 'Avonmere Land', 'j': 'Margaret Olden', 'k': 'A spokesman for the Department for Levelling Up',
    }, """
A planning inspector has been urged to reject plans for 2,400 homes on farmland outside Stratford-upon-Avon,
as a public inquiry into what campaigners call “the new town nobody asked for” entered its second week.

Helena Markwick KC, for the district council, told the inquiry on Tuesday that {a|the scheme would
“overwhelm” a road network already at capacity and swallow a landscape that had been painted by Constable}.

“{a|This is not a question of whether homes should be built in this district},” Ms Markwick said. “{a+|They
should, and they are being built. It is a question of whether they should be built here, on this scale, with
this little thought for how anyone will get to work}.”

The developer, Avonmere Land, says {i|the homes are needed to meet a housing target the council has missed for
four years running}. Its counsel, Rupert Aldine KC, argued that {b|the council had “no credible plan” to make
up the shortfall}.

“{b|The council cannot oppose every site and then complain when the Secretary of State steps in},” Mr Aldine
said. “{b+|That is precisely what has happened here}.”

He told the inquiry that {b|the scheme included a new primary school, a health centre and a bus link to
the railway station, paid for by the developer}.

Sir Geoffrey Palin, the chairman of the Avon Vale Preservation Society, gave evidence in the afternoon. He
said {c|the society had collected 11,000 signatures against the plan, more than the population of several
villages it would surround}.

“{c|I have lived here for 52 years. I have seen what happens when you put a thousand cars on a lane built for
a horse and cart},” Sir Geoffrey said. “{c+|It is not pretty, and it is not safe}.”

Asked by Mr Aldine whether the society had proposed any other site for the homes, he replied: “{c|That is
not our job. That is the council’s job}.”

In written evidence, Natural England warned that {d|run-off from the development could harm a stretch of
the River Avon designated for its wildlife}. {d|Mitigation proposed so far was “inadequate”}, the agency said.

Fiona Carrick, a farmer whose family has worked land on the site since 1911, said {e|she had been offered a
price for her fields that she described as “life-changing” but had turned it down}.

“{e|My grandfather ploughed that field with horses. I am not selling it to be a car park},” she told the
inspector, to applause from the public gallery.

The inspector, Margaret Olden, asked the gallery {j|to refrain from clapping}.

Last year the Department for Levelling Up said in guidance to councils that {f|authorities without an
up-to-date plan should expect “a presumption in favour” of sustainable development}. A spokesman for the
department said on Tuesday that {k|it would not comment on a live inquiry}.

Tobias Renfrew, a planning consultant who has advised councils across the Midlands, said {g|the case would
be watched closely by developers and councils alike}.

“{g|If Avonmere wins here, you will see this argument in every inquiry in the country by Christmas},” he said.
“{g+|If it loses, the presumption starts to look a lot weaker than people thought}.”

Mr Renfrew said {g|inspectors had sided with developers in roughly two-thirds of similar appeals since 2021},
citing figures compiled by the trade journal Planning Weekly.

Local MP Priya Deshmukh, who spoke on the opening day, has described the scheme as {h|“a textbook case of
the wrong homes in the wrong place.”}

“{h|My constituents are not nimbys},” Ms Deshmukh said in a statement on Tuesday. “{h+|They have accepted
4,000 new homes in the last decade. What they will not accept is a plan that treats their roads and their
river as somebody else’s problem}.”

The inquiry, which the Planning Inspectorate expects to last four weeks, will hear next from highways
engineers for both sides. Ms Olden is expected to deliver her recommendation to ministers in the spring.

Outside the council offices, where protesters had hung a banner reading “Save Our Fields,” Ms Carrick was
asked what she would do if the scheme were approved.

“{e|Keep farming until they drag me off},” she said. “{e+|What else would I do?}”

Mr Aldine said {b|he was confident the inspector would find in the developer’s favour}. Ms Markwick said
{a|she looked forward to testing the developer’s traffic evidence next week}.
"""),
]

STORIES += [
    story('in_pune_water_tankers', 'Indian English daily', {
        'a': 'Sunanda Kulkarni', 'b': 'Pune Municipal Corporation', 'c': 'Vikram Deshpande',
        'd': 'Meera Joshi', 'e': 'Rajesh Bhosale', 'f': 'Anil Gaikwad', 'g': 'Prakash Wagh',
        'h': 'Indian Meteorological Department', 'i': 'officials', 'j': 'Police', 'k': 'Residents',
    }, """
PUNE: {i|Residents of at least 40 housing societies in Baner, Balewadi and Wakad have been dependent on private
water tankers for over three weeks, with supply from the civic body reduced to once every two days}, officials
said on Monday.

Municipal commissioner Sunanda Kulkarni told reporters at the PMC headquarters that {a|the shortfall was the result
of low storage in the Khadakwasla dam cluster and not of any mismanagement}.

“{a|We are supplying what we have. We cannot supply what is not in the dams},” Kulkarni said. “{a+|Citizens must
cooperate and avoid wastage for the next six weeks}.”

She said {a|the corporation had fixed tanker rates at Rs 1,200 for 10,000 litres and would act against
operators charging more}.

The Pune Municipal Corporation said in a press note that {b|56 tankers had been added to its own fleet} and that {b+|a
helpline would run round the clock}.

Residents, however, insist {k|the rates are being ignored}. Vikram Deshpande, secretary of the Baner-Pashan Link
Road Residents’ Federation, said {c|societies were paying as much as Rs 2,500 a tanker during the weekend}.

“{c|The so-called fixed rate exists only in the press note},” Deshpande said. “{c+|Ask any society secretary in
Baner what they paid on Sunday. Nobody paid Rs 1,200}.”

He alleged {c|a “nexus” between tanker operators and some junior civic staff}, a charge the commissioner denied.

“{a|If anyone has proof, bring it to me. I will suspend the person the same day},” Kulkarni said.

Meera Joshi, a 62-year-old retired schoolteacher in Balewadi, said {d|she had started storing water in buckets in
her bathroom and kitchen}.

“{d|We used to call Pune a city of gardens},” she said. “{d+|Now my neighbours are fighting over who gets the
first bucket from the tanker. Is this a smart city?}”

Corporator Rajesh Bhosale of the opposition, who raised the issue in the general body meeting last week, said
{e|the administration had ignored warnings given in January}.

“{e|We told them in January. We told them in February. They did not listen},” Bhosale said.

He demanded that {e|the administration publish a white paper on water distribution across all 15 ward offices}.

Ruling party leader Anil Gaikwad dismissed the demand as {f|“politics over a natural crisis.”} {f|The rainfall in
the catchment last monsoon was 30 per cent below normal}, Gaikwad pointed out, {f+|and no administration could have
prevented the shortfall}.

Water expert Prakash Wagh, who has worked with the state irrigation department for over two decades, said {g|the
city’s losses through leaking pipelines were as high as 35 per cent}, according to a 2022 audit.

“{g|Before we talk about tankers, we should talk about the water we lose underground every single day},” Wagh said.
“{g+|Fix the pipes, and half of this crisis disappears}.”

He said {g|the 24x7 water supply scheme, launched in 2017 at a cost of over Rs 2,800 crore, was still less than
60 per cent complete}.

According to the Indian Meteorological Department, {h|the monsoon is likely to reach Pune only in the second week
of June}. The department has forecast that {h|rainfall for the season will be normal}.

Kulkarni declined to say whether water cuts would be extended to the central parts of the city. She did not say
whether the corporation would take over private tankers under the Disaster Management Act, as some residents have
demanded.

In Wakad, a group of residents held a protest outside the ward office on Sunday evening, carrying empty pots and
placards reading “Paani do, tax lo” (give water, take tax). Police said {j|the protest was peaceful}.

Deshpande said {c|the federation would approach the Bombay High Court if tanker rates were not enforced within a
week}.

“{c|We have written letters, we have sent emails, we have met the commissioner twice},” he said. “{c+|The next
letter will be a petition}.”

ALSO READ: Khadakwasla storage dips below 20 per cent

Joshi, meanwhile, said {d|she had stopped watering the tulsi plant on her balcony}.

“{d|Even the plant knows},” she said with a laugh. “{d+|It has stopped complaining}.”
"""),
    story('sg_mrt_disruption', 'Singapore daily', {
        'a': 'Lim Wei Ling', 'b': 'SMRT', 'c': 'Chee Hong Tat', 'd': 'Rachel Tan', 'e': 'Muhammad Faizal Ismail',
        'f': 'Land Transport Authority', 'g': 'Gerald Ong', 'h': 'Anita Subramaniam', 'i': 'Commuters at Jurong East',
    }, """
SINGAPORE – Train services on the East-West Line were disrupted for more than six hours on Tuesday morning after
a power fault between Jurong East and Clementi stations, affecting an estimated 200,000 commuters during the
morning peak.

SMRT Trains president Lim Wei Ling apologised to commuters at a media briefing at the Jurong East depot in the
afternoon. She said {a|the fault was traced to a damaged power cable near Clementi station at about 6.15am}.

“{a|We are very sorry for the inconvenience caused to commuters this morning},” Ms Lim said. “{a+|Our engineers
worked through the morning to restore service safely, and our priority now is to find out why the cable failed}.”

In a Facebook post at 9.40am, SMRT said {b|free bridging bus services had been activated between Joo Koon and
Buona Vista stations}. It advised {b|commuters to add up to 45 minutes to their travelling time}.

Acting Transport Minister Chee Hong Tat said in a post on Facebook that {c|he had asked the Land Transport
Authority to conduct a full investigation into the incident}.

“{c|Commuters deserve a reliable train system. This is not acceptable},” Mr Chee wrote. “{c+|We will get to the
bottom of what happened and hold the operator to account where necessary}.”

The disruption is the third major breakdown on the East-West Line this year. In January, a track fault near Tiong
Bahru led to delays of up to an hour.

Commuters at Jurong East said {i|the bridging buses were packed and poorly signposted}. Ms Rachel Tan, 34, an
accountant who lives in Boon Lay, said {d|it took her nearly two hours to reach her office in Raffles Place}.

“{d|I queued for 40 minutes just to get on a bus. Nobody could tell us where to go},” she said. “{d+|I understand
faults happen, but the information should be better}.”

Another commuter, Mr Muhammad Faizal Ismail, 51, a technician, said {e|he had given up and taken a Grab}.

“{e|Forty-two dollars!}” he said, holding up his phone. “{e+|Who is going to pay me back?}”

The Land Transport Authority (LTA) said in a joint statement with SMRT that {f|commuters affected by the
disruption could obtain a travel chit at any station}. It said {f|a report on the cause of the fault would be
made public within two weeks}.

Transport analyst Gerald Ong of the Singapore University of Social Sciences said {g|the repeated faults pointed to
an ageing network that needed more than quick fixes}.

“{g|The East-West Line is more than 35 years old. You cannot expect it to behave like a new line},” said Associate
Professor Ong, who has studied rail reliability in Asian cities for more than a decade. “{g+|The renewal programme
has helped, but cables, like sleepers and signals, have a life span}.”

He noted that {g|the mean distance between failures on the line had improved steadily since 2017} but cautioned
{g|against reading too much into the averages}.

“{g|Commuters do not experience the average},” he said. “{g+|They experience the bad morning}.”

Member of Parliament Anita Subramaniam, who sits on the Government Parliamentary Committee for Transport, said
{h|she would file a parliamentary question on the incident}. She said {h|she wanted to know whether SMRT had
enough spare cables and trained staff on standby}.

SMRT declined to say how much compensation, if any, would be paid to affected commuters. Ms Lim did not say
whether any staff would be disciplined, adding only that {a|“all options are on the table.”}

Asked by reporters whether the operator had been “cutting corners” on maintenance, Ms Lim was firm. “{a|No. We have
increased our maintenance budget every year for the last five years},” she said.

{f|Full service on the line resumed at 12.35pm}, the LTA said.
"""),
]

STORIES += [
    story('ke_matatu_strike', 'Kenyan daily', {
        'a': 'Samuel Kariuki', 'b': 'Matatu Owners Association', 'c': 'Grace Wanjiru Mbugua', 'd': 'Peter Otieno',
        'e': 'Adamson Bungei', 'f': 'Esther Njeri', 'g': 'Daily Nation', 'h': 'Joseph Kiprono',
        'i': 'National Transport and Safety Authority', 'j': 'commuters interviewed by this newspaper',
        'k': 'matatu operators',
    }, """
Thousands of Nairobi commuters walked to work on Monday as matatu operators went on strike over new fees and
what they called {k|“harassment”} by county officers, paralysing transport across the capital.

Matatu Owners Association chairman Samuel Kariuki said {a|the strike would continue until the county withdrew a
new Sh500 daily parking levy for public service vehicles in the CBD}.

“{a|We are not against paying. We are against being squeezed until there is nothing left},” Mr Kariuki told
journalists at the Kenya National Archives stage. “{a+|An owner with one vehicle cannot survive paying Sh15,000 a
month for parking alone}.”

The association said in a statement on Sunday night that {b|its members had been “extorted” by county askaris for
years} and that {b+|the levy was the last straw}.

County Executive Committee Member for Transport Grace Wanjiru Mbugua said {c|the levy had been passed by the county
assembly after public participation and would not be withdrawn}.

“{c|The law is the law},” Ms Mbugua said. “{c+|Anybody who has a complaint about an officer should bring it to my
office, with evidence, and we will act}.”

She accused {c|some operators of using the strike to push up fares}.

{j|By mid-morning, fares on routes that were still served had doubled}, according to commuters interviewed by this
newspaper. Peter Otieno, a security guard who walked from Kawangware to Upper Hill, said {d|he had left home at
4.30am}.

“{d|Sh200 to town! Where do they think we get that money?}” he asked.

{e|Police had arrested 23 people for blocking roads in Githurai, Kangemi and along Jogoo Road}, said Nairobi police
commander Adamson Bungei, who warned that {e|anyone found damaging vehicles that were still operating would be
charged}.

“{e|We respect the right to strike. We will not allow anyone to block roads or attack other drivers},” Mr Bungei
said.

Esther Njeri, a nurse at Kenyatta National Hospital, said {f|many of her colleagues on the night shift had been
unable to go home}.

“{f|Some of us slept at the hospital. Some walked for two hours in the dark},” she said. She added: “{f|Those who
are fighting should remember that patients do not strike}.”

The Daily Nation reported on Monday that {g|the county had collected Sh210 million from parking fees in the last
financial year, against a target of Sh400 million}. The paper said, citing a county official, that {g|the new levy
was meant to close the gap}.

Transport economist Joseph Kiprono of the University of Nairobi said {h|the county was right to seek revenue but
wrong to load it onto one group}.

“{h|The matatu is the backbone of this city. Eighty per cent of trips are made on them},” Dr Kiprono said. “{h+|When
you tax the matatu, you tax the mama mboga, the nurse and the watchman, because the owner will pass the cost on}.”

He said {h|a congestion charge on private cars, which carry far fewer people, would raise more money and be
fairer}.

The National Transport and Safety Authority said {i|it was monitoring the situation} and urged {i|operators to
resolve the dispute through dialogue}.

Governor’s spokesman Wilson Kamau declined to say whether Governor Johnson Sakaja would meet the operators. He did
not say when the governor would return from a trip to Mombasa.

Mr Kariuki said {a|the association was open to talks but would not call off the strike until the levy was
suspended}.

“{a|Let the governor come and sit with us. We are here. We are not hiding},” he said.

The strike is the second this year. In February, operators withdrew vehicles for a day over what they called {k|the
“Matatu Cartel Act,”} a nickname for county regulations on route licensing.

Ms Mbugua said {c|the county would not negotiate under threats}. Asked whether she would meet the operators this
week, she replied: “{c|My door is open. It has always been open}.”

Mr Otieno had a simpler wish.

“{d|I just want to get to work without walking 12 kilometres},” he said. “{d+|Is that too much to ask?}”
"""),
    story('trade_chip_packaging', 'trade press', {
        'a': 'Daniel Verhoeven', 'b': 'Kestrel Semiconductor', 'c': 'Mei-Lin Hsu', 'd': 'Craig Albrecht',
        'e': 'Sofia Marchetti', 'f': 'TrendPoint Research', 'g': 'Ravi Iyer', 'h': 'Some analysts',
    }, """
{b|Kestrel Semiconductor will spend $2.3 billion on an advanced packaging plant in Chandler, Arizona}, the company
said on Wednesday, in a bet that chiplet-based processors will make up most of the high-end market by 2030.

Chief executive Daniel Verhoeven said {a|the plant would begin volume production in the second half of 2027 and
employ about 1,400 people at full capacity}.

“{a|Packaging used to be the last step and the least interesting one},” Verhoeven said on a call with analysts.
“{a+|Today it is where the performance comes from. Whoever owns advanced packaging owns the next ten years of
this industry}.”

Kestrel said {b|it expected to receive about $410 million under the CHIPS and Science Act}, though {b+|the award had
not been finalised}.

The plant will use what the company calls {b|“hybrid bonding at panel scale,”} a process able to connect chips at
pitches below 10 microns. Chief technology officer Mei-Lin Hsu said {c|Kestrel had run the process on a pilot line
in Oregon for 18 months, with yields she described as “better than we planned for.”}

“{c|We are not announcing a science project},” Hsu said. “{c+|We have shipped parts from this process to two
customers, and they have asked for more}.”

She declined to name the customers.

Kestrel’s shares rose 6.2% in after-hours trading.

“{d|This is the right move, and frankly it is two years late},” said Craig Albrecht, a semiconductor analyst at
Harland & Pryce who has covered the company since its 2014 listing and rates the stock a buy. “{d+|The question is
whether they can get the tools. Everybody wants the same bonders from the same three vendors}.”

Albrecht estimated that {d|lead times for advanced bonding equipment had stretched to more than 14 months}.

Sofia Marchetti, who leads the packaging practice at consultancy Brightline Partners, cautioned that {e|
Arizona’s labour market was already tight, with several fabs competing for technicians}.

“{e|Building the plant is the easy part},” Marchetti said. “{e+|Staffing it with people who know what a
‘void’ in a bond line looks like is much harder}.”

TrendPoint Research reports that {f|the market for advanced packaging will grow from $38 billion last year to
$79 billion in 2030}. The firm’s latest forecast, published in March, said {f|chiplet designs would account for
more than half of data-centre processor shipments by 2028}.

Verhoeven said {a|Kestrel had considered sites in Malaysia and Taiwan but chose Arizona because its largest
customers wanted supply close to their own fabs}.

Asked on the call whether the plant would be profitable without subsidies, he said: “{a|Yes. The subsidy changes the
timing, not the decision}.”

He did not say whether the company would raise new equity to pay for the project. Chief financial officer Ravi Iyer
said {g|Kestrel would fund the plant from cash, operating cash flow and an existing credit facility}, and that
{g+|the company’s guidance for the year was unchanged}.

“{g|We have $3.1 billion on the balance sheet},” Iyer said. “{g+|We do not need to go to the market for this}.”

Some analysts said {h|the timing was risky given a slowdown in orders for consumer devices}. Kestrel cut its
revenue forecast in January, citing {b|“inventory digestion” among smartphone makers}.

Verhoeven said {a|the data-centre business more than made up for the weakness}.

“{a|People keep asking me about phones},” he said. “{a+|I keep telling them: look at where the money is going.
It is going into racks}.”

Construction is expected to begin in the third quarter. Iyer said {g|the first customer qualification lots
would ship from Chandler about six months after the building was handed over}, and that {g+|the company had
already hired 120 engineers for the site, most of them from its Oregon pilot line}. Hsu said
{c|the Oregon line would stay open as a development site for the next generation of the process}. The company’s annual
technology conference, “Kestrel
Forward,” takes place in San Jose next month.
"""),
]

STORIES += [
    story('mag_profile_baker', 'magazine profile', {
        'a': 'Odile Marchand', 'b': 'Thomas Brecker', 'c': 'Lucy Han', 'd': 'Frank Marchand', 'e': 'Janine Cole',
    }, """
At 4 a.m. the only light on Calder Street comes from the window of Pain Perdu, where Odile Marchand, 58, is
already elbow-deep in a tub of rye dough. She has been doing this, six days a week, for 31 years.

“{a|People think baking is romantic},” she says, not looking up. “{a+|It is not romantic. It is cold floors and
burnt forearms and getting up when the rest of the world is asleep. But I would not do anything else}.”

Marchand grew up in Rouen, the daughter of a railway clerk, and came to the city in 1992 with, as she tells it,
{a|“one suitcase, no English and a starter my grandmother gave me in a jam jar.”} The starter, which she calls
{a|“Mémé,”} still lives in a crock by the oven. She feeds it twice a day.

Her first bakery, in a former laundromat, nearly closed within a year. Thomas Brecker, who owned the hardware
store next door and became one of her first regulars, says {b|the line of customers appeared after a
local paper ran a short review in 1994}.

“{b|One Saturday there were two people. The next Saturday there were forty, all holding that newspaper},” Brecker,
now 81, said. “{b+|She ran out of bread by nine. She cried, and then she baked more}.”

Marchand laughs when the story is repeated to her. “{a|I did not cry!}” she says. Then, after a pause: “{a|Maybe a
little}.”

The bakery moved to Calder Street in 2003. It now employs 14 people and sells about 900 loaves a day, along with
croissants that Lucy Han, the food critic of the Lakeshore Courier, once described as {c|“the closest thing this
city has to a religious experience.”}

Han, reached by phone, stood by the line. “{c|I have eaten croissants in Paris that were worse. I said it then
and I will say it now},” she said. “{c+|Odile does not cut corners, and you can taste it}.”

What Marchand will not do is grow. {a|Investors}, she says, {a+|have offered to put her name on bakeries in three
other cities}. She has said no each time.

“{a|They say, ‘Odile, think of the money.’ I think of the bread},” she says. “{a+|The moment there are five of
these, there are none. It becomes a logo}.”

Her husband, Frank Marchand, who keeps the books and drives the delivery van, is more pragmatic. He said {d|the
couple had thought seriously about a second shop in 2015 but could not find a head baker they trusted}.

“{d|She would have had to be in two places at once},” he said. “{d+|And she is barely in one place, because she is
always in the oven}.”

The hours have taken a toll. Marchand had surgery on both wrists in 2019, and she acknowledges that {a|she can no
longer shape as many loaves as she used to}. Her head baker, Janine Cole, who joined as a dishwasher at 17 and is now
39, does most of the shaping.

Cole said {e|Marchand had taught her everything, down to how to listen to a loaf}.

“{e|You tap the bottom and it tells you if it is done},” Cole said. “{e+|She made me do it a thousand times before
she let me take anything out of the oven on my own}.”

Asked whether she is the heir apparent, Cole grinned. “{e|Don’t let her hear you say that. She is never retiring}.”

Marchand, for her part, does not dispute it. {a|She will retire}, she says, {a+|“when Mémé dies, and Mémé is
very healthy.”}

There are concessions to age. The bakery now closes on Mondays, and Marchand no longer works the counter on
Saturdays. She has started teaching a monthly class, “Bread for Beginners,” which sells out within hours.

“{a|I want people to know it is not magic},” she says. “{a+|Flour, water, salt, time. Mostly time}.”

At 6:30, the first customers are already waiting outside. One of them, a nurse coming off a night shift, has been
buying the same rye loaf every morning for nine years. Marchand hands it to her without asking.

“{a|You see?}” she says, turning back to the oven. “{a+|That is why}.”
"""),
    story('us_hearing_derailment', 'hearing report', {
        'a': 'Maureen Castellano', 'b': 'Douglas Whitby', 'c': 'Eric Lindqvist', 'd': 'Patricia Nwosu',
        'e': 'Gil Ramirez', 'f': 'National Transportation Safety Board', 'g': 'Allied Rail Workers Union',
    }, """
WASHINGTON — The chief executive of Great Plains Railroad told a Senate committee on Thursday that {b|his company
“deeply regrets” the derailment that forced 2,000 people from their homes in Carver, Nebraska}, but he refused to
commit to a timetable for installing new wheel-bearing detectors across its network.

Douglas Whitby testified that {b|the railroad had spent $140 million on safety technology since 2021 and would
spend more}.

“{b|I want to say directly to the people of Carver: we are sorry, and we will make this right},” Whitby said in
his opening statement. “{b+|We will pay for every hotel night, every lost paycheck and every medical bill
connected to this accident}.”

Sen. Maureen Castellano, the committee’s chairwoman, pressed him repeatedly on detector spacing. She noted that
{a|on the stretch where the train derailed, detectors were 31 miles apart}.

“{a|Mr. Whitby, how many miles did that bearing run while it was overheating?}” Castellano asked.

“{b|I don’t have that number in front of me, senator},” Whitby replied.

“{a|I do. It was 22 miles},” she said. “{a+|Twenty-two miles of a bearing glowing red, and nothing on your network
noticed}.”

Whitby said {b|the company was reviewing its detector spacing} but declined to say whether it would adopt the
10-mile standard that rail unions have urged.

Sen. Eric Lindqvist, the ranking Republican, was more sympathetic. He argued that {c|new federal mandates would
fall hardest on smaller railroads that could not afford them}. He also said {c|Congress should wait for the
final report of the National Transportation Safety Board before legislating}.

“{c|We have been here before},” Lindqvist said. “{c+|Every time there is an accident, we write a bill in a week
and spend five years fixing what it got wrong}.”

Castellano disagreed. “{a|We have waited for five years of reports},” she said. “{a+|How many more towns do we
evacuate while we wait?}”

The NTSB’s preliminary report, released last month, found that {f|the bearing had been heating for at least
20 minutes before the derailment}. The board said {f|the crew received a single alarm, less than a minute before
the cars left the track}.

Patricia Nwosu, a Carver school nurse who testified on the second panel, described the night of the evacuation:

“{d|We were told to leave in 15 minutes. My neighbor is 92 and blind. I carried her cat and her insulin and we
drove with the windows up because the air smelled like burning plastic.

“Three months later, I still cannot sleep through the night. My son asks me every evening if the train is
coming again}.”

Nwosu said {d|the railroad’s compensation office had lost her paperwork twice}. Whitby later said {b|he would look
into her case personally}.

Gil Ramirez, a locomotive engineer for 26 years and a safety representative of the Allied Rail Workers Union, told
senators that {e|crews were being asked to run longer trains with fewer people}.

“{e|When I started, a train was a mile long and there were three of us on it},” Ramirez said. “{e+|Now it can be
three miles long and there are two of us, and the company wants it to be one}.”

The union said in written testimony that {g|Great Plains had cut its car inspection staff by 38 percent since
2018}. Whitby disputed the figure, saying {b|it counted retirements that had since been filled}.

Asked by Castellano whether he would support a minimum crew size, Whitby said: “{b|We believe crew size should be
set by data, not by statute}.”

“{a|Then give us the data},” Castellano shot back.

The hearing lasted more than four hours. Castellano said {a|she would introduce legislation next month requiring
detectors every 10 miles on routes that carry hazardous materials}. Lindqvist did not say whether he would support
it.

Outside the hearing room, Nwosu said {d|she had come to Washington because she wanted senators to see a face}.

“{d|They read about Carver. I wanted them to look at someone from Carver},” she said.
"""),
]

STORIES += [
    story('op_column_four_day_week', 'opinion column', {
        'a': 'Harriet Doyle', 'b': 'Nate Ferreira', 'c': 'regional Chamber of Commerce', 'd': 'Beatrix Lange',
        'e': 'Owen Castellanos', 'f': 'Lakeshore Courier’s editorial board', 'g': 'Simone Achebe',
    }, """
Opinion | The four-day week is coming. Stop pretending it isn’t.

Every few months someone in a corner office discovers the four-day week and declares it either the salvation of
the modern worker or the end of Western civilisation. I have been covering workplaces for 20 years, and I can tell
you it is neither. It is simply arriving, whether the “serious people” like it or not.

Consider the evidence. When the software firm Ledgerline moved its 400 staff to a 32-hour week last spring, its
chief executive, Harriet Doyle, told me {a|productivity had not fallen by “a single measurable point.”}

“{a|I expected to reverse it within a quarter},” Doyle said. “{a+|Instead I have people turning down job offers
from our competitors because they would have to give up Fridays}.”

She is not alone. Nate Ferreira, who runs a chain of four bakeries in the suburbs, said {b|he had adopted the
schedule “out of desperation” after losing five bakers in six months}.

“{b|I could not hire anyone. Now I have a waiting list},” he told me. “{b+|I am not a visionary. I was just
tired of doing the night shift myself}.”

The critics are loud, and some of them have a point. The regional Chamber of Commerce warned in a letter to state
lawmakers last month that {c|a mandated four-day week would “devastate” small manufacturers who run machines
around the clock}. {c|Nobody in the chamber opposes flexibility}, the letter said, {c+|but flexibility imposed by
law is not flexibility at all}.

That is fair, as far as it goes. But notice the sleight of hand. Nobody serious is proposing a mandate. The bill
before the legislature, the so-called Workweek Pilot Act, would pay for voluntary trials. Its sponsor,
Assemblywoman Beatrix Lange, has said repeatedly {d|it would “not force a single employer to do a single
thing.”}

“{d|This is a pilot. The word is right there in the title},” Lange said when I asked her about the chamber’s
letter. “{d+|If it does not work, we will have spent a little money finding out. If it does, every business in
the state will want to know how}.”

Then there is the economist’s objection, which I take more seriously. Owen Castellanos, a labor economist at
Hartwell University who has studied the British and Icelandic trials, argues that {e|the gains reported by firms
that volunteer are bound to be flattering}.

“{e|The firms that sign up are the firms that think it will work},” Castellanos said. “{e+|You cannot take their
results and assume a steel mill will see the same thing. It might, but nobody has shown it}.”

He is right, and that is precisely why a pilot makes sense. The Lakeshore Courier’s editorial board, which has
never met a labor reform it liked, wrote last week that {f|the bill was “a solution in search of a problem.”} The
problem, respectfully, is that nobody knows, and the pilot is how you find out.

I also spoke to Simone Achebe, a nurse manager who has tried to introduce compressed schedules at a county
hospital. Her experience should give enthusiasts pause.

“{g|In a hospital, somebody has to be there on Friday},” she said. “{g+|You can compress the week, but you cannot
compress the patient. We tried four tens and people were exhausted by the third day}.”

Achebe said {g|her unit had gone back to a five-day rota after six months} but that {g+|staff had kept one
concession: no more mandatory overtime on weekends}.

That is the honest picture. The four-day week works brilliantly in some places, badly in others, and nobody knows
yet where the line falls. The worst response is the one we keep hearing from both camps: certainty.

Doyle put it best when I asked her what she would tell a sceptical chief executive. “{a|Try it for three months.
If I am wrong, you have lost nothing. If I am right, you will never go back}.”

Lange said {d|she expected the bill to come to a floor vote before the summer recess}. It should pass. Then we
can stop arguing about the future of work and start measuring it.

READ MORE: The bakery that gave up Fridays and never looked back
"""),
    story('us_police_shooting_metro', 'US metro daily', {
        'a': 'Raymond Okafor', 'j': 'One', 'k': 'police', 'b': 'Celia Vance', 'c': 'Darnell Hughes',
        'd': 'Eastside Tenants Union',
        'e': 'Linda Pereira', 'f': 'Brian Kessler', 'g': 'two witnesses', 'h': 'The store’s owner', 'i': 'a spokesman',
    }, """
{k|A man was shot and wounded by a police officer early Sunday after he pointed what turned out to be a replica
handgun at officers outside a convenience store on Merritt Avenue}, police said.

{a|The officer fired three times, striking the man once in the leg}, said police Chief Raymond Okafor, who
described the 24-year-old as {a|“in serious but stable condition”} at County General Hospital.

“{a|At that distance, in the dark, my officers had no way of knowing that gun was not real},” Okafor told
reporters at a news conference Sunday afternoon. “{a+|I have looked at the body camera footage, and I believe the
officer acted to protect his own life and the life of his partner}.”

{a|The footage would be released within 10 days}, he said, {a+|in line with department policy}.

{g|The man had been arguing with a store clerk for several minutes before officers arrived}, according to two
witnesses who spoke to the Gazette on condition of anonymity because they feared retaliation. One said {j|the man
appeared confused and was shouting about a lost phone}.

Okafor declined to say whether the man had a history of mental illness. He did not say whether the officer, a
six-year veteran, had been placed on leave, though department policy requires it after a shooting.

The man’s mother, Celia Vance, said in a phone interview {b|her son had struggled with schizophrenia since he was
19 and had been off his medication for about a month}.

“{b|He is not a criminal. He is sick},” Vance said. “{b+|I called the crisis line twice last week. Nobody came. Then
the police came, and they shot him}.”

She said {b|the replica gun was a toy the family had taken away from him months ago} and that {b+|she did not know how
he had gotten it back}.

City Councilman Darnell Hughes, whose district includes Merritt Avenue, said {c|the shooting showed once again
that the city needed trained mental health responders, not armed officers, on calls like this one}.

“{c|We have been promised a crisis response team for three budget cycles},” Hughes said. “{c+|How many more of
these do we need?}”

The Eastside Tenants Union, which has organized rallies against police violence in the neighborhood, said in a
statement that {d|it would hold a vigil outside the store on Monday evening}. The group called {d|the shooting
“preventable.”}

Linda Pereira, who lives above the store, said {e|she woke up to the sound of shots and saw officers kneeling over
the man on the sidewalk}.

“{e|They were putting a tourniquet on his leg},” Pereira said. “{e+|I will say that for them. They were trying to
save him}.”

{i|The county prosecutor’s office will review the shooting, as it does all police shootings}, a spokesman said. The
spokesman, Brian Kessler, said {f|the review typically takes three to six months}.

“{f|We will look at everything: the footage, the 911 calls, the witness statements, the officer’s training
record},” Kessler said.

Okafor said {a|the department had 14 officers trained in crisis intervention, out of more than 600}, and
acknowledged that {a|none of them had been on duty on Sunday morning}.

“{a|That is not good enough, and I have said so to the council},” the chief said. “{a+|I would welcome more money
for that training tomorrow}.”

Hughes said {c|he would ask the council’s public safety committee to hold a hearing on the shooting within a
month}.

Vance, reached again late Sunday, said {b|doctors had told her her son would keep his leg}.

“{b|Thank God},” she said. “{b+|Now I want somebody to explain to me why my phone calls did not matter}.”

The store’s owner, who asked not to be named, said {h|he had known the man for years}.
"""),
]

STORIES += [
    story('uk_court_fraud_trial', 'UK broadsheet', {
        'a': 'Jonathan Ashcombe', 'b': 'Imogen Saville', 'c': 'Clive Parfitt', 'd': 'Rosalind Thackeray',
        'i': 'Commons justice committee',
        'e': 'Serious Fraud Office', 'f': 'Deborah Finch', 'g': 'Harwood Solar', 'p': 'Prosecutors',
        'm': 'The company’s marketing materials',
    }, """
A former finance director of a collapsed solar panel company lied to investors about contracts that “simply did
not exist”, Southwark Crown Court heard on Monday, at the start of a trial expected to last ten weeks.

Clive Parfitt, 54, of Guildford, denies six counts of fraud by false representation. Prosecutors say {p|investors
lost more than £23 million when Harwood Solar went into administration in 2021}.

Opening the case for the Crown, Jonathan Ashcombe KC told the jury that {a|Mr Parfitt had presented “a fiction
dressed up as a balance sheet”}.

“{a|You will hear that Harwood Solar claimed to have signed contracts with three councils and a housing
association},” Mr Ashcombe said. “{a+|The prosecution’s case is that not one of those contracts was ever signed,
and that the defendant knew it}.”

He said {a|the jury would see emails in which Mr Parfitt asked a junior colleague to “tidy up” a list of projects
before it was sent to investors}.

One email, sent in March 2020, read: “{c|Just make it look fuller. Nobody checks}.”

“{a|Nobody checks},” Mr Ashcombe repeated, turning to the jury. “{a+|Members of the jury, you will be checking}.”

Imogen Saville KC, for the defence, told the jury that {b|her client had relied on information given to him by
the company’s sales team and had never intended to deceive anyone}.

“{b|This is a case about a business that failed, as businesses do},” Ms Saville said. “{b+|Failure is not a crime.
Optimism is not a crime}.”

She said {b|Mr Parfitt would give evidence in his own defence}.

The court heard that Harwood Solar was founded in 2014 by Lewis Harwood, who died in 2019. The company’s
marketing materials described it as {m|“Britain’s fastest-growing green energy firm,”} a claim the prosecution says
was based on figures Mr Parfitt supplied.

Deborah Finch, a retired teacher from Hampshire who invested £85,000 of her pension in the company, was the first
witness. She said {f|she had been shown a brochure listing contracts with named councils and had taken it “at face
value.”}

“{f|I trusted them. I thought, if a council is involved, it must be safe},” Mrs Finch told the court. Asked by
Ms Saville whether anyone had promised her a particular return, she said: “{f|Not in so many words. But it was
implied}.”

Judge Rosalind Thackeray warned the jury {d|not to research the case online or discuss it with anyone outside
the jury room}.

“{d|You must decide this case on the evidence you hear in this courtroom and nothing else},” the judge said.

The Serious Fraud Office, which brought the prosecution after a three-year investigation, said in a statement
before the trial that {e|it would not comment while proceedings were live}.

The SFO has faced criticism over the collapse of several high-profile cases in recent years. A report by the
Commons justice committee last year said {i|the office had been “hampered by failures in disclosure”}.

Mr Ashcombe told the jury {a|they would hear from a forensic accountant who had traced every payment into and
out of the company’s accounts between 2018 and 2021}.

“{a|Follow the money, members of the jury, and you will see where it went},” he said. “{a+|It did not go into
solar panels}.”

Harwood Solar said in a 2020 investor update, quoted in court, that {g|its order book had “never been
stronger.”}

Ms Saville said {b|the jury would hear that the sales director, who is not on trial, had been responsible for
the list of projects and had left the company in 2020}. She asked the jury {b|to keep an open mind until they had
heard from her client}, and said {b|the prosecution’s case rested on “a handful of emails read out of context.”}

The trial continues.
"""),
]

STORIES += [
    story('sci_sleep_icu_study', 'US metro daily', {
        'a': 'Allan Garland', 'b': 'Journal of Critical Care Medicine', 'c': 'Priyanka Rao', 'd': 'Hugh Lattimore',
        'e': 'Society of Critical Care Nurses', 'f': 'Bernadette Cruz', 'g': 'Yusuf Adeyemi', 's': 'a study',
        'u': 'The study', 't': 'the study',
    }, """
{s|Patients in intensive care who slept fewer than four hours a night took nearly twice as long to recover as those
who slept more}, according to a study published Tuesday that followed 1,900 patients in 12 hospitals.

“{a|The patients who slept less recovered more slowly, and the difference was larger than we expected},” said lead
author Dr. Allan Garland, a professor of critical care medicine at the University of Manitoba who has studied
hospital sleep for 15 years. “{a+|Sleep is not a luxury in the ICU. It may be part of the treatment}.”

The study, published in the Journal of Critical Care Medicine, found that {u|patients who slept fewer than four
hours spent a median of 11 days in intensive care, compared with six days for those who slept more}.

Garland said {a|the researchers had controlled for the severity of illness, age and sedation}, but acknowledged that
{a|a study of this kind could not prove that poor sleep caused slower recovery}.

“{a|Sicker patients may sleep worse, and they also recover more slowly},” he said. “{a+|We tried hard to separate
those things, but you can never do it perfectly}.”

{t|The main culprits were noise and light}, the study found. Alarms went off an average of 140 times a night in the
rooms studied, and lights were switched on for checks about once every 90 minutes.

Dr. Priyanka Rao, a critical care physician at Northfield General Hospital who was not involved in the study,
called the findings {c|“important and, frankly, overdue.”}

“{c|We have known for a long time that our units are terrible places to sleep},” Rao said. “{c+|What this study
does is put a number on the cost}.”

She said {c|her hospital had cut overnight alarms by a third since 2022 by changing the thresholds at which
monitors sounded}.

Not everyone was convinced. Dr. Hugh Lattimore, who chairs the patient safety committee at Westbrook Medical
Center, warned that {d|fewer checks at night could mean missing early signs of deterioration}.

“{d|I would love my patients to sleep eight hours},” Lattimore said. “{d+|I would love even more for them to
wake up in the morning. Every check we skip is a risk we take}.”

The Society of Critical Care Nurses said in a statement that {e|it welcomed the study} but that {e+|any changes to
overnight routines had to be led by nurses at the bedside}.

“{e|Nurses are the ones who turn the lights on at 3 a.m., and they do it for a reason},” the statement said.

Bernadette Cruz, a nurse manager in the ICU at St. Anne’s Hospital, said {f|her unit had introduced “quiet hours”
between midnight and 5 a.m. last year}. Staff bundle checks together, dim the lights and keep doors closed.

“{f|The first month, people hated it. It felt like we were doing less},” Cruz said. “{f+|Now they would riot if we
took it away}.”

She said {f|patients had told her they felt “more human” after a night of unbroken sleep}, though {f+|the unit had
not measured whether they recovered faster}.

Yusuf Adeyemi, 67, who spent nine days in intensive care after heart surgery last year, said {g|he remembered the
noise more than the pain}.

“{g|Beep, beep, beep, all night long! I thought I was going mad},” he said. “{g+|On the fifth night a nurse put a
towel over the monitor light, and I slept like a baby. I will never forget her}.”

Garland said {a|the team planned a follow-up trial in which half the units would adopt quiet hours and half would
not}.

He declined to say which hospitals would take part. The trial is expected to begin next spring.

Asked what families could do in the meantime, Garland was practical. “{a|Bring earplugs and an eye mask},” he
said. “{a+|And ask the nurses whether the checks can be grouped together. Most of the time, they will say yes}.”

The study was funded by the Canadian Institutes of Health Research. Its title, “Sleep and Recovery in the Adult
ICU,” is likely to be a staple of conference programs for some time.
"""),
]

STORIES += [
    story('in_bihar_bypoll', 'Indian English daily', {
        'a': 'Ramesh Chandra Yadav', 'b': 'Kavita Singh', 'c': 'Election Commission', 'd': 'Mohan Prasad',
        'e': 'Shahid Anwar', 'f': 'Sunita Devi', 'g': 'Ajay Kumar Mishra', 'h': 'sources in the ruling alliance',
        'i': 'voters', 'j': 'The ruling alliance',
    }, """
PATNA: Campaigning for the Gopalganj Assembly bypoll ended on Saturday evening amid sharp exchanges between the
ruling alliance and the Opposition, with both sides accusing each other of trying to “buy” votes.

Addressing a rally at the Minz Stadium, Deputy Chief Minister Ramesh Chandra Yadav said {a|the people of Gopalganj
would vote for development and not for “jungle raj”}, a reference to the years when the Opposition party was in
power.

“{a|They ruled this State for 15 years. What did they give you? Kidnapping, extortion and darkness},” Mr. Yadav
said. “{a+|We have given you roads, electricity and a medical college. Now you decide}.”

He claimed that {a|more than 40,000 houses had been built in the constituency under the housing scheme in the last
three years}.

Opposition candidate Kavita Singh, the daughter of the late MLA whose death necessitated the bypoll, hit back at a
roadside meeting in Thawe. She said {b|the Deputy Chief Minister had “forgotten” that unemployment in the district
was the highest in north Bihar}.

“{b|Roads are good. But who will walk on them? Our boys have all gone to Delhi and Surat to work as labourers},”
Ms. Singh said. “{b+|My father fought for them for 20 years. I will continue that fight}.”

The Election Commission has deployed 14 companies of Central Armed Police Forces for the bypoll, to be held on
Tuesday. Chief Electoral Officer of Bihar Mohan Prasad told reporters on Saturday that {d|all 312 polling booths
would be covered by webcasting}.

“{d|Any complaint of distribution of cash or liquor will be acted upon within an hour},” Mr. Prasad said. He said
{d|flying squads had seized ₹38 lakh in cash and over 900 litres of liquor in the constituency since the model
code of conduct came into force}.

The EC, in a press note issued on Friday, said {c|it had received 27 complaints of violation of the model code}
and that {c+|action had been taken in 19 cases}.

AIMIM leader Shahid Anwar, whose party has fielded a candidate for the first time in the seat, alleged that {e|
both the major alliances had “taken Muslims for granted”}. Speaking to this newspaper in Gopalganj, Mr. Anwar said
{e|the community made up about 18 per cent of voters in the constituency and would no longer vote “out of fear.”}

“{e|Everyone comes to us at election time and disappears after counting day},” he said.

The ruling alliance dismissed his party as {j|the “B-team” of the BJP’s rivals}, a charge Mr. Anwar laughed off.

In the villages, voters said {i|prices and jobs mattered more than speeches}. Sunita Devi, 45, a vegetable seller in
Kuchaikote, said {f|she had received a gas cylinder under a government scheme but could not afford to refill it}.

“{f|The cylinder sits in the corner. I cook on wood},” she said. “{f+|What use is a scheme if the refill costs
₹1,100?}”

Political analyst Ajay Kumar Mishra of the A.N. Sinha Institute of Social Studies said {g|the bypoll was being seen
as a “semi-final” before next year’s Assembly election}, and {g+|a loss for the ruling alliance would embolden the
Opposition}.

“{g|Bypolls usually go to the ruling side},” Dr. Mishra said. “{g+|If that does not happen in Gopalganj, people in
Patna will start asking questions}.”

According to sources in the ruling alliance, {h|Chief Minister Nitin Kumar had planned to address a rally on
Friday but cancelled it at the last minute}. The Chief Minister’s Office declined to say why. It did not say
whether he would campaign in the remaining bypolls.

Ms. Singh said {b|the Chief Minister had stayed away because “he knows the wind is against him.”}

Mr. Yadav, asked about the cancellation, said: “{a|The Chief Minister does not need to campaign everywhere. His
work speaks for him}.”

Polling will be held from 7 a.m. to 5 p.m. on Tuesday and counting on Friday.

ALSO READ: Bihar bypolls: Opposition says alliance misused state machinery

Ms. Devi said {f|she would vote, though she had not decided for whom}.

“{f|Let them come to my door one more time},” she said, smiling. “{f+|Then I will decide}.”
"""),
    story('sg_court_crypto_fraud', 'Singapore daily', {
        'a': 'Kevin Teo Jun Hao', 'b': 'Nicholas Goh', 'c': 'Sarah Lim', 'd': 'Aedit Abdullah',
        'e': 'Monetary Authority of Singapore', 'f': 'Leong Mei Fong', 'p': 'The prosecution', 'g': 'Ho Kah Wai',
        's': 'A spokesman for the Association of Banks in Singapore',
    }, """
SINGAPORE – A former relationship manager who persuaded 31 clients to put $6.8 million into a cryptocurrency
scheme that turned out to be fake was sentenced to eight years and six months’ jail on Thursday.

Kevin Teo Jun Hao, 36, had pleaded guilty to 12 charges of cheating and one of money laundering, with 40 other
charges taken into consideration for sentencing.

Deputy Public Prosecutor Nicholas Goh told the court that {b|Teo had targeted elderly clients who trusted him,
some of whom had known him for more than a decade}.

“{b|The accused did not merely deceive strangers. He betrayed people who regarded him as a son},” DPP Goh said.
“{b+|One victim lost her entire retirement savings, $720,000, and now depends on her children for daily
expenses}.”

The prosecution had sought a sentence of at least nine years, arguing that {p|the offences were “premeditated,
persistent and sophisticated.”}

Teo’s lawyer, Ms Sarah Lim, asked for no more than six years. She said {c|her client had been under “enormous
financial pressure” after his own investments collapsed in 2022} and that {c+|he had intended to repay the
clients}.

“{c|He is not a hardened criminal. He is a man who made a catastrophic decision and then kept making it},” Ms Lim
said. She added that {c|Teo had voluntarily surrendered $410,000 to the police}.

In sentencing, Justice Aedit Abdullah said {d|general deterrence was the “dominant consideration” in cases where
financial professionals abused the trust of their clients}.

“{d|The financial sector in Singapore depends on trust},” the judge said. “{d+|Those who abuse it must expect
severe punishment}.”

He said {d|the fact that some of the money had been restituted did not significantly reduce Teo’s culpability},
as {d+|the restitution was “a small fraction” of the losses}.

The court heard that Teo had told clients {a|the scheme, which he called the “Alpha Yield Fund,” was a private
placement approved by the bank}. No such fund existed. Teo used the money to pay off personal debts and to fund
his own trading.

The Monetary Authority of Singapore (MAS) said in a statement after the sentencing that {e|it had issued a
prohibition order against Teo barring him from the financial industry for life}.

“{e|MAS will not hesitate to take action against representatives who abuse the trust placed in them},” the
statement said.

One victim, Madam Leong Mei Fong, 74, who lost $210,000, said outside the court that {f|she had “no more tears
left.”}

“{f|I treated him like my own son. I invited him to my grandson’s birthday},” she said in Mandarin. “{f+|Now I
cannot even look at his photograph}.”

Asked whether the sentence was enough, she said: “{f|Eight years, 80 years, I will not get my money back}.”

Financial crime specialist Dr Ho Kah Wai of the National University of Singapore said {g|such cases showed the
limits of internal controls at banks}.

“{g|If a relationship manager can sell a fund that does not exist for two years without anybody noticing, the
problem is not one bad apple},” Dr Ho said, adding: “{g|It is the barrel}.”

The bank, which was not named in court, declined to say whether it would compensate the victims. A spokesman
for the Association of Banks in Singapore said {s|member banks had tightened controls on private placements since
2023} and that {s+|clients should check any fund they were offered against the MAS register}.

Teo, dressed in a white prison T-shirt, showed no emotion as the sentence was read out. Through his lawyer, he
said {a|he was “deeply sorry” and would spend his time in prison “thinking of the people I hurt.”} Ms Lim said {c|her
client would not appeal}.

Outside the court, Madam Leong was asked what she would tell other elderly investors. “{f|If someone you trust
promises you easy money, ask your children first},” she said. “{f+|I did not ask mine. That was my mistake}.”
"""),
]

STORIES += [
    story('ke_doctors_strike', 'Kenyan daily', {
        'a': 'Davji Atellah', 'b': 'Susan Nakhumicha Wafula', 'c': 'Council of Governors', 'd': 'Mary Achieng Odhiambo',
        'e': 'Kenya Medical Practitioners, Pharmacists and Dentists Union', 'f': 'Fredrick Kiptoo',
        'g': 'Amina Hassan', 'h': 'Simon Kigondu', 'l': 'The letter', 'k': 'Kenya Medical Association',
    }, """
Doctors in public hospitals across the country downed their tools on Wednesday, leaving thousands of patients
stranded, after talks between their union and the Ministry of Health collapsed overnight.

Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) secretary-general Davji Atellah said {a|the
strike would go on until the government posted 3,500 intern doctors and paid arrears owed under a 2017 collective
bargaining agreement}.

“{a|We have been patient for seven years. Patience has not paid our interns},” Dr Atellah told a press conference
at the union’s offices in Nairobi. “{a+|We are not asking for a favour. We are asking the government to honour an
agreement it signed}.”

He accused {a|the ministry of “negotiating in bad faith”} and said {a|the union had been presented with a new
offer only at 11pm on Tuesday, an hour before the strike notice expired}.

Health Cabinet Secretary Susan Nakhumicha Wafula, speaking in Kisumu, said {b|the government had set aside Sh2.4
billion for the interns and would post them within 30 days}.

“{b|The money is there. The posting letters are being prepared},” Ms Wafula said. “{b+|I appeal to our doctors to
go back to work and think of the mothers in labour wards who need them today}.”

She warned that {b|striking doctors would not be paid for days they did not work}, a threat the union dismissed.

“{a|Let them try},” Dr Atellah said. “{a+|This strike is legal. It was called after a notice that the law
requires}.”

The Council of Governors, whose members employ most of the doctors, said in a statement that {c|counties had paid
salaries for March} and that {c+|the arrears were a matter for the national government}. The council’s health
committee
chairperson, Governor Mary Achieng Odhiambo, said {d|counties were “caught in the middle.”}

“{d|We did not sign the 2017 agreement. The national government did},” she said. “{d+|But it is our hospitals that
are empty today}.”

At Kenyatta National Hospital, patients queued outside the casualty department, where a handful of consultants
and clinical officers attended to emergencies. Fredrick Kiptoo, who had travelled from Eldoret with his
seven-year-old daughter for a scheduled operation, said {f|the operation had been postponed indefinitely}.

“{f|We sold two goats to come here!}” Mr Kiptoo said. “{f+|Now they tell us to go home and wait. Wait for what?}”

Amina Hassan, a mother of three in Mombasa, said {g|she had been turned away from Coast General Hospital with a
child who had a high fever}.

“{g|The guard told me there were no doctors},” she said. “{g+|I took her to a private clinic and paid Sh3,000. I
do not have another Sh3,000}.”

The union said in a letter to the Ministry of Labour dated March 12 that {e|it had exhausted all avenues of
dialogue}. The letter, seen by this newspaper, warned that {l|the union would not accept “any more promises on
paper.”}

Dr Atellah said {a|the union would meet on Friday to review the strike} but declined to say whether it would
accept an offer that did not include the arrears. He did not say whether consultants, who are not all union members,
would join.

The Kenya Medical Association, which represents doctors in both public and private practice, urged {k|the two sides
to return to talks}. Its president, Dr Simon Kigondu, said {h|the strike would “cost lives” if it went beyond a
week}.

“{h|Nobody wins a health strike},” Dr Kigondu said. “{h+|The patients lose first, and then everybody loses}.”

Ms Wafula said {b|she would meet union officials on Thursday morning}. Asked whether the government would go to
court to stop the strike, she said: “{b|Every option is open. But I prefer the table to the courtroom}.”

The 2017 strike lasted 100 days and is blamed for dozens of deaths. Its nickname among doctors, “the long
strike,” still comes up at every union meeting.

Mr Kiptoo said {f|he would wait in Nairobi for one more week before going home}.

“{f|Where else can I go?}” he said, holding his daughter’s hand. “{f+|This is the national hospital}.”
"""),
    story('trade_shipping_red_sea', 'trade press', {
        'a': 'Henrik Solberg', 'b': 'Nordvik Line', 'c': 'Claire Dubois', 'd': 'BIMCO', 'e': 'Tariq Mansour',
        'f': 'Yuki Tanabe', 'g': 'Port of Rotterdam', 'h': 'brokers', 'i': 'Its chief shipping analyst',
    }, """
{b|Nordvik Line will keep routing its Asia–Europe container services around the Cape of Good Hope until at least the
end of the third quarter}, the carrier said on Tuesday, dashing hopes of a quick return to the Suez Canal.

Chief executive Henrik Solberg said {a|the company would not send ships through the Red Sea until it was satisfied
that crews would be safe}.

“{a|I will not put a seafarer in harm’s way to save ten days},” Solberg told analysts on a first-quarter earnings
call. “{a+|When the security situation changes, we will be among the first back. It has not changed}.”

The diversion adds about 3,500 nautical miles and ten to 14 days to a one-way voyage between Shanghai and
Rotterdam. Nordvik said {b|it had deployed 11 extra vessels to keep weekly sailings on its main loops}, and
{b+|fuel costs on the network had risen by about 30%}.

Chief financial officer Claire Dubois said {c|higher freight rates had more than offset the extra costs in the
first quarter} but cautioned that {c|rates were already falling as new ships were delivered}.

“{c|We had a very good quarter. I would not extrapolate it},” Dubois said. “{c+|The orderbook is the largest in the
industry’s history, and those ships are arriving now}.”

Nordvik reported operating profit of $1.2 billion for the quarter, up from $310 million a year earlier.

BIMCO, the shipping association, estimates that {d|the global containership fleet will grow by 10% this year, the
fastest pace since 2008}. Its chief shipping analyst has warned {i|of “a hard landing” for rates once the Red Sea
reopens and the extra ships are no longer needed for longer routes}.

Tariq Mansour, a partner at Gulfstream Maritime Advisory in Dubai, said {e|carriers were in no hurry to return to
Suez while the Cape routing absorbed surplus capacity}.

“{e|Nobody will say it on the record, but the diversions have been good for business},” Mansour said. “{e+|Every
ship going around Africa is a ship that is not dumping rates on the transpacific}.”

He said {e|he expected the first carriers to test the Suez route with a small number of sailings by the autumn},
“{e+|if nothing else blows up.}”

Shippers see it differently. Yuki Tanabe, head of logistics at a Japanese machinery exporter, said {f|her company
had shifted some cargo to rail through Central Asia and to air freight for urgent parts}.

“{f|Our customers in Germany do not care why the ship is late},” Tanabe said. “{f+|They care that the line has
stopped. We have had to hold three weeks more inventory than before}.”

The Port of Rotterdam said {g|container volumes had fallen 2.1% in the first quarter}, which {g+|it attributed
partly to the diversions}. It said {g|vessel arrivals had become “bunched,” with several large ships arriving on
the same day after weeks of nothing}.

{h|Charter rates for mid-size containerships have risen to their highest since 2022}, according to brokers, as
carriers scramble for tonnage to fill the longer loops. {h|A 5,000-TEU ship now commands about $45,000 a day on a
12-month charter}, brokers said, {h+|compared with $19,000 a year ago}.

Solberg said {a|Nordvik had no plans to order more ships}.

“{a|We have enough ships. The industry has too many},” he said. “{a+|The worst thing we could do right now is add
to the problem}.”

Asked whether he expected a price war once the Red Sea reopened, he replied: “{a|Expect? No. Fear? A little}.”

Nordvik shares rose 4.1% in Copenhagen. Dubois said {c|the company would keep its dividend policy unchanged}
and that {c+|a share buyback announced in February would continue}. She told analysts {c|the carrier’s balance sheet
was “strong enough to ride out a long downturn,”} though {c+|she expected the second half of the year to be
weaker than the first}. The company will publish its annual “Ocean Outlook” report in June.
"""),
]

STORIES += [
    story('mag_profile_fiddler', 'magazine profile', {
        'a': 'Maeve Gallagher', 'b': 'Cormac Doherty', 'c': 'Ruth Ellison', 'd': 'Padraig Gallagher', 'e': 'Sean Keogh',
    }, """
Maeve Gallagher does not like to be called a prodigy. She was 11 when she won the All-Ireland fiddle title, 14
when she played the Royal Albert Hall and 19 when her first album, “Salt Roads,” went to number one in the Irish
charts. Now 27, she would rather talk about her tunes than her trophies.

“{a|‘Prodigy’ is a word that ends at about 16},” she says, tuning a fiddle that belonged to her great-grandfather.
“{a+|After that you are either a musician or you are not. I would like to think I am a musician}.”

We meet in a pub in Doolin, County Clare, where she played her first session at the age of seven. The landlord,
Cormac Doherty, says {b|she was a small girl on a high stool who “played like a woman of 70.”}

“{b|She could not reach the floor with her feet, but she could play the reels faster than any man in the room},”
Doherty says. “{b+|The old lads were raging}.”

Gallagher laughs at this. “{a|They were not raging. They were very kind to me},” she says. “{a+|Well, most of them}.”

Her new album, “The Hungry Grass,” is her most ambitious yet: a cycle of tunes and songs about the Famine, recorded
with a string quartet in a disused church in Ennistymon. Her producer, Ruth Ellison, who has worked with several of
the biggest names in British folk, said {c|the sessions had been “the hardest and the best” of her career}.

“{c|Maeve knows exactly what she wants, and she will do 40 takes to get it},” Ellison said. “{c+|Some days I wanted
to throttle her. Most days I wanted to hug her}.”

Gallagher admits {a|she can be difficult in the studio}. “{a|I hear it in my head and I want it to sound like that},”
she says. “{a+|Is that so unreasonable?}”

Her father, Padraig Gallagher, a retired postman and a fine flute player in his own day, taught her the first tunes
she learned. He said {d|he had never pushed her}.

“{d|I never once told her to practise. Not once},” he said. “{d+|I used to have to tell her to stop, so her mother
could get some sleep}.”

Not everyone in the traditional music world approves of the new album. The critic Sean Keogh, writing in the Clare
Champion, called it {e|“beautiful, but a long way from the kitchen.”} In a phone interview, Keogh said {e|he
admired Gallagher enormously but worried that young players would copy the orchestrations rather than learn the
old style first}.

“{e|The tradition survives because people learn it one tune at a time, by ear, from the person beside them},”
Keogh said. “{e+|You cannot learn it from a string quartet}.”

Gallagher has heard the criticism and does not entirely disagree. “{a|He is right that the tradition is in the
kitchen},” she says. “{a+|But the Famine was not a kitchen story. It was the biggest thing that ever happened to this
country. I wanted the music to be that big}.”

She is reluctant to talk about her private life, though she acknowledges that {a|the past two years, which
included the death of her mother and the end of a long relationship, are all over the record}.

“{a|You write what you have},” she says. “{a+|I had grief, so I wrote grief}.”

The album closes with a lament she wrote the night her mother died. She has played it in public only once, at the
funeral.

Asked whether she will play it on the tour, which begins in Galway next month, she pauses for a long time.

“{a|I don’t know yet},” she says finally. “{a+|Ask me in Galway}.”

Her father, for one, hopes she will. He said {d|the first time he heard it, he had to leave the church}.

“{d|I am not ashamed to say it},” he said. “{d+|I cried like a child. Her mother would have been so proud}.”

Later, as the session in the back room gets going, Gallagher takes out the old fiddle again. Someone calls for
“The Silver Spear,” and she obliges, and for three minutes nobody in the pub says a word.
"""),
    story('uk_inquiry_hearing_flats', 'hearing report', {
        'a': 'Catherine Ormerod', 'b': 'Graham Bewley', 'c': 'Anthony Lisle', 'd': 'Nadia Hussain',
        'e': 'Westbury Homes', 'f': 'Leonard Ashdown', 'g': 'the inquiry', 'k': 'Kwame Asante',
    }, """
A former director of the housing association that owned Marlowe House told the public inquiry into the fire on
Wednesday that {b|he had “never been told” that the cladding on the tower failed fire tests}.

Graham Bewley, who was director of property services at Westbury Homes from 2015 to 2020, was questioned for
more than five hours by counsel to the inquiry, Catherine Ormerod KC.

The exchanges, at times tense, went as follows.

Ms Ormerod asked whether {a|Mr Bewley had read the fire engineer’s report of June 2017}.

“{b|I was aware of it. I did not read every page},” Mr Bewley replied.

“{a|Did you read page 14?}” Ms Ormerod asked. “{a+|That is the page that says the panels should be replaced
as a matter of urgency}.”

“{b|I believe that page was summarised for me by a colleague},” he said.

“{a|Which colleague?}”

“{b|I don’t recall}.”

Ms Ormerod then showed the inquiry an email sent by Mr Bewley to the association’s chief executive in August 2017.
{b|The panels were “not a priority for this financial year,”} the email said, {b+|and the matter could be
“revisited in the spring.”}

“{a|Mr Bewley, you wrote that two months after you had been told the panels were dangerous},” she said. “{a+|Why?}”

“{b|With hindsight, I would have written it differently},” Mr Bewley said. “{b+|At the time I believed the risk
was being managed by the fire safety measures in the building}.”

The inquiry chairman, Sir Anthony Lisle, intervened to ask {c|what those measures were}.

“{b|Smoke detectors in the common areas and a waking watch},” Mr Bewley said.

Sir Anthony noted that {c|the waking watch had been withdrawn in January 2018}, a fact Mr Bewley said {b|he had
not known until after the fire}.

Nadia Hussain, who lost her brother and his two children in the fire, watched the evidence from the public gallery.
Speaking outside afterwards, she said {d|she had heard “nothing but excuses.”}

“{d|Every witness says the same thing: ‘I didn’t read it, I wasn’t told, I don’t recall’},” Ms Hussain said. “{d+|My
brother read the notices in the lift. He did what he was told. He stayed put}.”

Westbury Homes said in a statement that {e|it continued to co-operate fully with the inquiry} and that {e+|it
would not comment on the evidence of individual witnesses while the hearings continued}.

Earlier in the day, the inquiry heard from Leonard Ashdown, the fire engineer who wrote the June 2017 report. He
testified that {f|he had flagged the panels as “high risk” in a meeting with Westbury managers in May 2017, a month
before the report was finalised}.

“{f|I said, in terms, that if a fire got into that cladding it would go up the building in minutes},” Mr Ashdown
said. “{f+|I remember the room going quiet}.”

Asked by Ms Ormerod who had been in the room, he named three managers, including Mr Bewley.

Mr Bewley, recalled after lunch, said {b|he had no memory of the meeting}. He said {b|he did not dispute that it had
taken place}.

The inquiry, which began in 2022, has so far heard from 146 witnesses. Sir Anthony said at the close of the day’s
hearing that {c|the
panel would sit for a further six weeks} and that {c+|Westbury Homes’ former chief executive, Martin Fell, would
give evidence next month}. A lawyer for the bereaved families, Kwame Asante, told reporters {k|the families wanted
to hear Mr Fell “answer the questions Mr Bewley could not.”} {g|Its final report is expected next year}, the inquiry
said.

Ms Hussain said {d|she would be in the gallery every day until it was published}.

“{d|They can forget},” she said. “{d+|We can’t}.”
"""),
]

STORIES += [
    story('us_college_coach_fired', 'US metro daily', {
        'a': 'Brent Halvorsen', 'b': 'Lauren Whitaker', 'c': 'Tyrell Jameson', 'd': 'Marisol Ortega',
        'e': 'Cal Dempsey', 'f': 'State University', 'h': 'Fans at Saturday’s game',
        'g': 'two people familiar with the decision',
    }, """
State University fired football coach Brent Halvorsen on Sunday, a day after a 41-10 loss to its in-state rival
left the team 3-7 and out of contention for a bowl game for the third straight season.

Athletic director Lauren Whitaker said {b|the decision had been “difficult but necessary”} and thanked Halvorsen for
his five seasons at the school.

“{b|Coach Halvorsen is a good man who cares deeply about his players},” Whitaker said in a statement. “{b+|But we
have not met the standard we set for this program, and I believe it is time for new leadership}.”

{g|Halvorsen was told of the decision in a meeting at the football complex early Sunday morning}, according to two
people familiar with the decision who were not authorized to discuss it publicly. {g|He will be paid about
$9.6 million}, they said, {g+|the remaining value of his contract}.

Halvorsen, 52, did not respond to messages. In a post on X on Sunday evening, he thanked the players and the
fans.

“{a|Coaching these young men has been the honor of my life},” Halvorsen wrote. “{a+|I’ll be cheering for them every
Saturday, wherever I am}.”

{f|Defensive coordinator Cal Dempsey will serve as interim coach for the final two games}, the school said.

“{e|We’ve got two games left and a senior class that deserves to go out the right way},” Dempsey told reporters at
a hastily arranged news conference Sunday afternoon. “{e+|That’s all I’m thinking about. That’s all the players are
thinking about}.”

Senior linebacker Tyrell Jameson, a team captain, said {c|the players had found out from their phones, not from
the coaches}.

“{c|Man, that hurt. We saw it on Twitter before anybody told us anything},” Jameson said. “{c+|Coach H recruited
me out of a town nobody had heard of. I owe him a lot}.”

He said {c|the team would “play for him” in the last two games}.

The firing had been widely expected. Halvorsen’s teams went 21-26 over five seasons and 9-17 in conference play,
and attendance at home games fell to its lowest since 1998 this year. Fans at Saturday’s game chanted “{h|Fire
Halvorsen!}” in the fourth quarter, and a banner reading “Hal Must Go” was flown over the stadium by a plane before
kickoff last month.

University president Marisol Ortega, who approved the decision, said {d|the school would conduct a “national search”
for a replacement and hoped to have a new coach in place by early December}.

“{d|We want someone who will compete for championships and graduate players},” Ortega said. “{d+|Those two things
are not in conflict, and I will not hire anyone who thinks they are}.”

Ortega declined to say how much the university was prepared to pay a new coach. She did not say whether the
search would be led by an outside firm, as has become common at major programs.

Whitaker has faced criticism from some boosters for giving Halvorsen a two-year contract extension in 2022, after
the team’s only winning season under him. Asked about the extension on Sunday, she said: “{b|I made that decision
on the information I had at the time. I stand by it, and I also own how it turned out}.”

The university said {f|the buyout would be paid from athletic department revenues and private donations, not from
tuition or state funds}.

Halvorsen’s buyout is the second-largest in school history. In 2015, the university paid $11 million to his
predecessor, Gene “The General” Mattox, who went on to win a national title at another school two years later.

Jameson said {c|he hoped the next coach would keep some of the assistants, particularly Dempsey}.

“{c|Coach Dempsey is a players’ coach},” he said. “{c+|If it was up to us, he’d have the job tomorrow}.”

Dempsey, asked whether he wanted the job permanently, smiled. “{e|Ask me in two weeks},” he said.
"""),
    story('op_uk_libraries_column', 'opinion column', {
        'a': 'Felicity Harcourt', 'b': 'Local Government Association', 'c': 'Ade Oyelaran', 'd': 'Marion Stokes',
        'e': 'Chartered Institute of Library and Information Professionals', 'f': 'Lord Pemberton',
        'g': 'Nick Fairweather', 'h': 'a council press release', 'i': 'Hartley Borough Council', 'r': 'Its research',
    }, """
Comment: Close a library and you close a door that never reopens

There is a particular sound a library makes when it is about to close: the scrape of chairs being stacked, the
jingle of the caretaker’s keys, and, lately, a council press release promising that {h|the service will be
“reimagined”}. I have heard that sound four times in my own borough in the past decade.

The latest proposal, from Hartley Borough Council, is to close six of its 11 branch libraries and replace them with
what the council calls {i|“community hubs”} run by volunteers. The council’s leader, Felicity Harcourt, insists
{a|this
is not a cut}.

“{a|We are not closing libraries. We are changing how they are run},” Cllr Harcourt told a packed meeting at the
town hall last week. “{a+|The books will still be there. The buildings will still be there. What changes is who
opens the door}.”

I have a great deal of sympathy for councils. Their budgets have been squeezed for 15 years, and the Local
Government Association has warned repeatedly that {b|a third of councils in England could face effective
bankruptcy within five years}. But there is a difference between running a library with volunteers and running it
down, and everyone in that meeting knew it.

Ade Oyelaran, who has run the homework club at the Eastfield branch for nine years, told me {c|the club had 40
children on its register, most of them from homes without a quiet place to study}.

“{c|Who is going to supervise 40 children on a Tuesday night? A volunteer who might or might not turn up?}” he said.
“{c+|These children do not need a hub. They need a library and a librarian}.”

The pensioner Marion Stokes, 83, put it more bluntly when she stood up at the meeting. “{d|I have been coming to
this library since 1961},” she said. “{d+|You will have to carry me out}.” The applause lasted nearly a minute.

The professional body for librarians, the Chartered Institute of Library and Information Professionals, said in
its submission to the consultation that {e|volunteer-run libraries had “a poor track record” of staying open
beyond five years}. Its research found that {r|more than half of those set up after 2010 had since reduced their
hours or closed}.

The government, for its part, has washed its hands of the matter. Lord Pemberton, the culture minister, told peers
last month that {f|library provision was “a matter for local authorities.”} He is right, technically. He is also the
minister with the statutory duty to ensure councils provide a “comprehensive and efficient” service, a duty that
successive ministers have treated as optional.

Not every critic of the plan is a romantic. Nick Fairweather, a former council finance director who now advises
local authorities, argued in a blog post that {g|libraries were “an easy target” because their users were old,
young or poor, and therefore unlikely to vote in large numbers}.

“{g|You cut what makes the least noise},” Fairweather wrote. “{g+|Libraries make the least noise of anything a
council does, by design}.”

That is the uncomfortable truth. Libraries are quiet. Their defenders are quiet. The children in the homework club
are, for now, quiet.

Cllr Harcourt says {a|she will listen to the consultation before making a final decision in March}. I hope she
means it. If she does, she will hear what I heard at the town hall: not anger, exactly, but grief.

And if the libraries close anyway? Mrs Stokes had an answer for that too. “{d|Then you will have saved some money},”
she told the council, “{d+|and lost something you cannot buy back}.”

READ MORE: Council says hubs will ‘transform’ library service
"""),
]


LEFT: dict[tuple[str, str], str] = {
    ('us_metro_bus_cuts', 'will leave some neighborhoods on'):
        "'…, a move that X, according to staff': the whole sentence is read, the board's vote too",
    ('us_metro_bus_cuts', 'the cuts would take effect'):
        "'The authority said' goes to 'the authority’s own planning staff', not the Regional Transit Authority",
    ('us_metro_bus_cuts', 'We understand the hardship these'):
        "'the statement said' after 'The authority said in a statement' goes to the planning staff",
    ('us_metro_bus_cuts', '“the Doomsday Budget,”'):
        "not found: 'have called the plan “…”' when a name follows 'called'",
    ('us_metro_bus_cuts', 'she would be at the'):
        "', and the one after that' is cut off: the clause ends at the comma",
    ('uk_planning_inquiry', 'That is not our job.'):
        "'Asked by Mr Aldine whether …, he replied:' goes to the asker, not to the witness of the paragraph before",
    ('uk_planning_inquiry', 'Mitigation proposed so far was'):
        "not found: '…, the agency said' after a clause with a quoted word",
    ('uk_planning_inquiry', '“a textbook case of the'):
        "'has described the scheme as “…”': the object before 'as' is kept",
    ('uk_planning_inquiry', 'Keep farming until they drag'):
        "'she said' after 'Ms Carrick was asked …': the passive's subject is not taken; the inspector named before is",
    ('in_pune_water_tankers', 'the rates are being ignored'):
        "'Residents, however, insist …' goes to the name of the next sentence",
    ('in_pune_water_tankers', 'a “nexus” between tanker operators'):
        "'He alleged …, a charge the commissioner denied' is read as an inverted cue of 'a charge the commissioner'",
    ('in_pune_water_tankers', 'the administration publish a white'):
        "not found: 'demanded that X publish' (a subjunctive clause)",
    ('in_pune_water_tankers', '“politics over a natural crisis.”'):
        "'dismissed the demand as “…”': the object before 'as' is kept",
    ('in_pune_water_tankers', 'rainfall for the season will'):
        "not found: 'has forecast that …' is no cue",
    ('sg_mrt_disruption', 'commuters to add up to'):
        "not found: 'It advised commuters to …' is no cue",
    ('sg_mrt_disruption', 'he had asked the Land'):
        "not found: 'said in a post on Facebook that …'",
    ('sg_mrt_disruption', 'the mean distance between failures'):
        "'noted that X but cautioned against Y': the second verb's words are kept in the first clause",
    ('sg_mrt_disruption', 'against reading too much into'):
        "'… but cautioned against Y' is not read as a quote of its own",
    ('sg_mrt_disruption', '“all options are on the'):
        "not found: 'adding only that “…”' after a negated cue",
    ('ke_matatu_strike', '“harassment”'):
        "'what they called “harassment” by county officers, …': the span runs on past the closing mark, no speaker",
    ('ke_matatu_strike', 'the levy had been passed'):
        "'County Executive Committee Member for Transport' before the name is kept in the speaker",
    ('ke_matatu_strike', 'some operators of using the'):
        "not found: 'accused X of -ing' is no cue",
    ('ke_matatu_strike', 'By mid-morning, fares on routes'):
        "'according to commuters interviewed by this newspaper': the speaker stops at 'commuters'",
    ('ke_matatu_strike', 'anyone found damaging vehicles that'):
        "not found: '…, said X, who warned that …': a relative clause of the inverted speaker",
    ('ke_matatu_strike', 'the county was right to'):
        "'Transport economist Joseph Kiprono of the University of Nairobi' gives 'National Transport' (the NTSA's "
        "name)",
    ('ke_matatu_strike', 'the “Matatu Cartel Act,”'):
        "'what they called the “…”, a nickname for …': the writer's gloss is kept and the speaker is the NTSA",
    ('trade_chip_packaging', 'Kestrel Semiconductor will spend $2.3'):
        "'…, the company said' in the first sentence is not given the company's name",
    ('trade_chip_packaging', 'it expected to receive about'):
        "'…, though the award had not been finalised' is dropped, and the speaker is a conference named at the end",
    ('trade_chip_packaging', '“hybrid bonding at panel scale,”'):
        "'what the company calls “…,” a process …': the writer's gloss is kept, the speaker is 'a process'",
    ('trade_chip_packaging', 'chiplet designs would account for'):
        "'The firm’s latest forecast … said' is not given the firm's name",
    ('trade_chip_packaging', '“inventory digestion” among smartphone makers'):
        "not found: 'citing “…”' after the firm's own act",
    ('mag_profile_baker', '“Mémé,”'):
        "not found: 'which she calls “Mémé,” still lives …' as the name she gives",
    ('mag_profile_baker', 'Maybe a little'):
        "not found: a quotation after 'Then, after a pause:' with no cue of its own",
    ('mag_profile_baker', 'Investors … have offered to'):
        "'she says' after the critic's quotation goes to the critic, not to 'Marchand' of the sentence before",
    ('mag_profile_baker', 'They say, ‘Odile, think of'):
        "'she says' goes to the critic quoted before, not to Odile Marchand (a husband of her surname is named later)",
    ('mag_profile_baker', 'she can no longer shape'):
        "'Marchand … acknowledges' goes to the critic: a surname two people share",
    ('mag_profile_baker', 'She will retire … “when'):
        "'She will retire, she says, “when …”': only the quoted part is read",
    ('us_hearing_derailment', 'his company “deeply regrets” the'):
        "'…, but he refused to commit to …' is kept in the clause",
    ('us_hearing_derailment', 'the bearing had been heating'):
        "not found: 'The NTSB’s preliminary report … found that' ('found' is no cue)",
    ('us_hearing_derailment', 'it counted retirements that had'):
        "'disputed the figure, saying …': the object of 'disputed' is kept",
    ('op_column_four_day_week', 'a mandated four-day week would'):
        "'warned in a letter to state lawmakers last month that …': the adjunct is kept",
    ('op_column_four_day_week', 'it would “not force a'):
        "'has said repeatedly it would …': the adverb is kept",
    ('op_column_four_day_week', 'her unit had gone back'):
        "'X but that Y' is read as one clause, 'but that' kept",
    ('op_column_four_day_week', 'Try it for three months.'):
        "'Doyle put it best when I asked her …' gives no speaker",
    ('us_police_shooting_metro', '“in serious but stable condition”'):
        "not found: 'who described the man as “…”' in a relative clause",
    ('us_police_shooting_metro', 'The man had been arguing'):
        "'according to two witnesses who spoke to the Gazette' gives no speaker",
    ('uk_court_fraud_trial', 'Just make it look fuller.'):
        "not found: 'One email … read: “…”' (the writer of the email named before)",
    ('uk_court_fraud_trial', 'Nobody checks … Members of'):
        "not found: '“…,” Mr Ashcombe repeated, turning to the jury'",
    ('uk_court_fraud_trial', '“Britain’s fastest-growing green energy firm,”'):
        "'described it as “…”, a claim the prosecution says …': the object and the writer's gloss are kept",
    ('uk_court_fraud_trial', 'its order book had “never'):
        "not found: 'said in a 2020 investor update, quoted in court, that …'",
    ('uk_court_fraud_trial', 'the jury would hear that'):
        "the clause ends at ', who is not on trial,' inside it",
    ('uk_court_fraud_trial', 'to keep an open mind'):
        "'asked the jury to keep an open mind until they had heard …': only the clause after 'until' is read",
    ('sci_sleep_icu_study', 'patients who slept fewer than'):
        "not found: 'The study … found that' ('found' is no cue)",
    ('sci_sleep_icu_study', 'The main culprits were noise'):
        "not found: '…, the study found' ('found' is no cue)",
    ('sci_sleep_icu_study', '“important and, frankly, overdue.”'):
        "'called the findings “…”': the object is kept",
    ('sci_sleep_icu_study', 'patients had told her they'):
        "'…, though the unit had not measured …' is dropped",
    ('in_bihar_bypoll', 'it had received 27 complaints'):
        "'X and that Y' is read as one clause, 'and that' kept",
    ('in_bihar_bypoll', 'the “B-team” of the BJP’s'):
        "'dismissed his party as the “…”': the object before 'as' is kept",
    ('in_bihar_bypoll', 'the bypoll was being seen'):
        "'…, and a loss … would embolden the Opposition' is dropped",
    ('sg_court_crypto_fraud', 'The accused did not merely'):
        "'DPP Goh' is not matched with 'Deputy Public Prosecutor Nicholas Goh'",
    ('sg_court_crypto_fraud', 'the fact that some of'):
        "'the fact that' is dropped and ', as …' kept",
    ('sg_court_crypto_fraud', 'the scheme, which he called'):
        "'The court heard that Teo had told clients …' gives 'The court heard' as the speaker",
    ('sg_court_crypto_fraud', 'he was “deeply sorry” and'):
        "'Through his lawyer, he said' goes to the spokesman of the paragraph before, not to 'Teo' of its sentence",
    ('ke_doctors_strike', 'the strike would go on'):
        "the comma in 'Kenya Medical Practitioners, Pharmacists and Dentists Union' cuts the speaker's name",
    ('ke_doctors_strike', 'the ministry of “negotiating in'):
        "not found: 'accused X of “…”' is no cue",
    ('ke_doctors_strike', 'it had exhausted all avenues'):
        "'The union said in a letter' goes to the union's secretary-general, cut at the comma of the union's name",
    ('ke_doctors_strike', 'the union would not accept'):
        "'The letter … warned' goes to the union's secretary-general, not the letter",
    ('trade_shipping_red_sea', 'Nordvik Line will keep routing'):
        "'…, the carrier said' in the first sentence is not given the carrier's name",
    ('trade_shipping_red_sea', 'it had deployed 11 extra'):
        "'X, and Y': the second clause is read in the first",
    ('trade_shipping_red_sea', 'of “a hard landing” for'):
        "'has warned of “…” for rates once …': only the quoted words are read",
    ('trade_shipping_red_sea', 'container volumes had fallen 2.1%'):
        "'…, which it attributed partly to …' is kept in the clause",
    ('trade_shipping_red_sea', 'vessel arrivals had become “bunched,”'):
        "'It said' after the Port of Rotterdam goes to BIMCO, named two paragraphs before",
    ('trade_shipping_red_sea', 'the carrier’s balance sheet was'):
        "'…, though she expected …' is kept in the clause",
    ('mag_profile_fiddler', '“beautiful, but a long way'):
        "'called it “…”': the object is kept",
    ('mag_profile_fiddler', 'the first time he heard'):
        "'Her father, for one, hopes … He said' goes to the critic, not to the father named earlier",
    ('mag_profile_fiddler', 'I am not ashamed to'):
        "'he said' goes to the critic, not to the father",
    ('uk_inquiry_hearing_flats', 'I believe that page was'):
        "an exchange of lines with no cues (“Which colleague?” / “I don’t recall.”) is read as one quotation",
    ('uk_inquiry_hearing_flats', 'Which colleague?'):
        "not found: a line of the exchange with no cue is joined to the witness's answer",
    ('uk_inquiry_hearing_flats', 'I don’t recall'):
        "joined to the answer before it over the question between",
    ('uk_inquiry_hearing_flats', 'The panels were “not a'):
        "'the email said' is not given the email's writer",
    ('uk_inquiry_hearing_flats', 'the panel would sit for'):
        "'X and that Y' is read as one clause, 'and that' kept",
    ('us_college_coach_fired', 'Defensive coordinator Cal Dempsey will'):
        "'the school said' is not given the university's name",
    ('us_college_coach_fired', 'Fire Halvorsen!'):
        "not found: 'Fans … chanted “…”' is no cue",
    ('op_uk_libraries_column', '“community hubs”'):
        "not found: 'what the council calls “…”' as the name the council gives",
    ('op_uk_libraries_column', 'Who is going to supervise'):
        "'he said' after 'X, who has run …, told me' gives no speaker",
    ('op_uk_libraries_column', 'volunteer-run libraries had “a poor'):
        "'The professional body for librarians, the Chartered Institute …': the description is kept, not the name",
    ('op_uk_libraries_column', 'more than half of those'):
        "not found: 'Its research found that' ('found' is no cue)",
}
"""(story, a marked quote's first five words) -> why it is not found as marked."""


EXTRA: dict[tuple[str, str], str] = {
    ('mag_profile_baker', 'no each time'): "'She has said no each time': 'no' is an answer, not a clause",
    ('us_hearing_derailment', 'second panel'): "'who testified on the second panel': where, not what",
    ('op_column_four_day_week', 'it either the salvation of'):
        "'someone … declares it either …': a generic someone the writer imagines",
    ('op_column_four_day_week', 'it is neither'): "'I can tell you it is neither': the columnist's own voice",
    ('op_column_four_day_week', 'she would tell a sceptical'): "'when I asked her what she would tell …': a question",
    ('uk_court_fraud_trial', 'her a particular return'):
        "'whether anyone had promised her a particular return': an object",
    ('sg_court_crypto_fraud', 'no more than six years'): "'asked for no more than six years': a request for a sentence",
    ('trade_shipping_red_sea', 'operating profit of $1.2 billion'):
        "'reported operating profit of …': accounts, not speech",
    ('mag_profile_fiddler', 'the night her mother died'): "'a lament she wrote the night her mother died': a time",
    ('mag_profile_fiddler', '“The Silver Spear,” and she'): "'Someone calls for “The Silver Spear,”': a tune requested",
    ('uk_inquiry_hearing_flats', 'Earlier in the day, the'): "'the inquiry heard from X': who gave evidence, not what",
}
"""(story, a found quote's first five words) -> why a quote is found where nothing is marked."""


SHORT: list[tuple[str, str, str]] = [
    ('PUNE: Residents have waited three weeks for water, officials said.\n\n'
     'ALSO READ: Storage dips below 20 per cent\n\n'
     'Joshi said she had stopped watering her plants.', 'Residents have waited three weeks for water', 'officials'),
    ('Polling ends on Tuesday.\n\nREAD MORE: Opposition says alliance misused machinery\n\nMs. Devi said she would '
     'vote.', 'she would vote', 'Ms. Devi'),
    ('Whitby said the company was reviewing its detector spacing but declined to say whether it would adopt the '
     'standard.', 'the company was reviewing its detector spacing', 'Whitby'),
    ('Ms Wafula warned that striking doctors would not be paid for days they did not work, a threat the union '
     'dismissed.', 'striking doctors would not be paid for days they did not work', 'Ms Wafula'),
    ('Yadav said the people would vote for development, a reference to the years when the Opposition was in power.',
     'the people would vote for development', 'Yadav'),
    ('Sir Anthony noted that the watch had been withdrawn in January, a fact Mr Bewley said he had not known until '
     'after the fire.', 'he had not known until after the fire', 'Bewley'),
    ('Gerald Ong said the repeated faults pointed to an ageing network that needed more than quick fixes.',
     'the repeated faults pointed to an ageing network that needed more than quick fixes', 'Gerald Ong'),
    ('Hughes said the shooting showed once again that the city needed trained responders.',
     'the shooting showed once again that the city needed trained responders', 'Hughes'),
    ('Hughes said in a statement released on Monday that the city needed trained responders.',
     'the city needed trained responders', 'Hughes'),
    ('City Councilman Darnell Hughes said the city needed trained responders.', 'the city needed trained responders',
     'Darnell Hughes'),
    ('Assemblywoman Beatrix Lange said the pilot would force no employer to change.',
     'the pilot would force no employer to change', 'Beatrix Lange'),
    ('Police had arrested 23 people, said Nairobi police commander Adamson Bungei.', 'Police had arrested 23 people',
     'Adamson Bungei'),
    ('A spokesman, Lee Tan, said member banks had tightened controls and that clients should check any fund.',
     'member banks had tightened controls … clients should check any fund', 'Lee Tan'),
    ('Ms Lim said her client had been under “enormous pressure” in 2022 and that he had meant to repay them.',
     'her client had been under “enormous pressure” in 2022 … he had meant to repay them', 'Ms Lim'),
    ('Ms Lim said the plan “should not hinder the airlines and that they will not pay” for it.',
     'the plan “should not hinder the airlines and that they will not pay” for it', 'Ms Lim'),
]
"""One short text for each form the stories needed and the extractor now reads: (text, the quote's words exactly,
its speaker)."""


@pytest.mark.parametrize("text,words,speaker", SHORT, ids=[f"s{i}" for i in range(len(SHORT))])
def test_each_form_in_a_short_text(text: str, words: str, speaker: str):
    got = [(q.text, q.speaker) for q in extract_quotes(text, "s")]
    assert (words, speaker) in got, got


@pytest.mark.parametrize("text", [
    'PUNE: Residents have waited three weeks for water.\n\nALSO READ: Storage dips below 20 per cent\n\n'
    'The tanks ran dry.',
    'Ortega declined to say how much the university would pay. She did not say whether the search would be led by '
    'a firm.',
    'Fans flew a banner reading “Hal Must Go” over the stadium. His nickname, “The General,” stuck.',
    'The 1968 documentary “Last Bus to Eastgate” will be shown on Saturday, the so-called Doomsday screening.',
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
    assert got["precision"] >= 0.96 and got["recall"] >= 0.93 and got["f1"] >= 0.95 and got["speaker"] >= 0.92, got


def test_the_stories_are_many_long_varied_and_dense():
    assert len(STORIES) == 20 and len({s.name for s in STORIES}) == 20
    assert all(600 <= len(s.text.split()) <= 1000 for s in STORIES), [(s.name, len(s.text.split())) for s in STORIES]
    assert len({s.outlet for s in STORIES}) >= 9
    assert sum(len(s.quotes) for s in STORIES) >= 440
    assert {g.kind for s in STORIES for g in s.quotes} == {"direct", "indirect", "mixed"}
    for s in STORIES:  # first words unique within a story, so that LEFT names one quote
        firsts = [first_words(g.text) for g in s.quotes]
        assert len(firsts) == len(set(firsts)), s.name
    assert set(LEFT) <= {(s.name, first_words(g.text)) for s in STORIES for g in s.quotes}
