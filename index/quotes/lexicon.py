"""Word lists for quote attribution: speech cues, roles, organisation words, nominals, pronouns."""

from __future__ import annotations

from pathlib import Path

CUE_VERBS = """
said say says saying told tell tells telling added add adds adding stated state states stating
reported report reports reporting warned warn warns warning argued argue argues arguing noted note notes
noting claimed claim claims claiming suggested suggest suggests suggesting indicated indicate indicates
insisted insist insists insisting explained explain explains explaining wrote write writes writing
announced announce announces acknowledged acknowledges admitted admit admits declared declares
asserted asserts contended contends maintained maintains stressed stresses emphasized emphasised
emphasizes emphasises predicted predicts confirmed confirms revealed reveals recalled recalls complained
complains pledged pledges promised promises urged urges responded responds replied replies asked asks
testified estimated estimates conceded concedes vowed vows observed observes commented comments remarked
tweeted posted countered counters cautioned cautions alleged alleges boasted boasts quipped joked
concluded concludes agreed agrees disputed disputes believes believed thinks thought hopes hoped
expects expected fears feared announced mentioned mentions described describes called calls charges charged
acknowledge contend contended concede allege
""".split()

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Verbs that introduce indirect speech only with a clause ("that ...") after them.
CLAUSE_ONLY = {"believes", "believed", "thinks", "thought", "hopes", "hoped", "expects", "expected",
               "fears", "feared", "agreed", "agrees", "called", "calls", "described", "describes",
               "asked", "asks", "urged", "urges", "posted", "mentioned", "mentions"}

ROLE_WORDS = """president vice minister secretary spokesman spokeswoman spokesperson chief executive ceo cfo
coo cto chairman chairwoman chair director analyst official officials senator sen sen. governor gov gov.
rep rep. representative mr mr. mrs mrs. ms ms. dr dr. prof prof. professor judge ambassador commissioner
chancellor king queen prince princess leader founder co-founder head manager economist lawyer attorney
candidate nominee mayor general gen gen. colonel col. captain capt. lieutenant lt. sergeant sgt. adviser
advisor strategist researcher scientist editor reporter correspondent columnist author coach player
striker midfielder defender goalkeeper captain manager boss chancellor premier deputy assistant aide
spokesmen speaker treasurer partner founder owner investor trader chief-executive strategist pastor rev rev.
reverend bishop archbishop rabbi imam cardinal sheriff detective host anchor moderator
actress actor singer rapper musician comedian novelist artist producer chef inspector constable superintendent
officer nurse surgeon teacher principal activist entrepreneur businessman businesswoman lawmaker councillor
councilor alderman mla mpp mna mha mp mep trustee reeve provost rector ombudsman ombudsperson registrar whip critic
landlord landlady tenant homeowner renter landowner singer-songwriter songwriter filmmaker playwright poet
magistrate brigadier forecaster meteorologist co-author co-leader director-general taoiseach tánaiste tanaiste
co-chair co-chairman co-chairwoman co-director co-owner co-host co-star co-pilot
coroner collector councilman councilwoman councilmember assemblyman assemblywoman assemblymember congressman
congresswoman commander prosecutor""".split()

GAELIC_PARTICLES = frozenset({"ó", "ní", "nic", "mac", "uí", "ua"})
"""Capitalised words that open an Irish family name of two words ("Ó Murchú", "Nic Aodha", "Mac Giolla"); some are
first names elsewhere ("Nic", "Mac"), so they count as particles only where a surname follows."""
RANK_ABBREVIATIONS = frozenset("det supt insp sgt cpl const lt capt col maj brig cmdr adm".split())
"""Police and military ranks abbreviated before a name, with a full stop ("Det. Supt. Jo Roe") or, as British papers
write them, without one ("Det Supt Jo Roe"): ``speakers._DOTLESS_RANKS`` holds them capitalised."""

TITLE_ABBREVIATIONS = RANK_ABBREVIATIONS | frozenset("""coun cllr gen cmdt gov sen rep prof atty pres asst amb cst rt hon
rev""".split())
"""Abbreviated titles written before a name with a full stop ("Coun. Jo Roe", "Atty. Gen. Jo Roe"): the role of
the person named after them, never a word that ends a sentence."""


VIETNAMESE_FAMILY_NAMES = frozenset("""Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Trinh
Dinh Doan Lam Mai Truong Luong Ta Cao Chu""".split())
"""Family names written first in a Vietnamese name ("Nguyen Van An"): the name is whole, and the person is called
by the last word ("Mr An"), never by this one."""

HONORIFICS_MALE = frozenset({"mr", "sir", "lord", "shri", "alhaji", "mallam", "malam"})
HONORIFICS_FEMALE = frozenset({"mrs", "ms", "madam", "lady", "dame", "smt", "alhaja"})
"""Honorifics before a name (lower case, no full stop) by the gender they say: those a speaker's noun phrase is read
with (``speakers._TITLES``); ``gender.py`` adds "miss" (a verb too) and the French, German and Spanish ones."""
HONORIFICS_NEUTRAL = frozenset({"dr", "mx"})
"""Courtesy titles that say no gender."""
HONORIFICS_BORROWED = frozenset({"shri", "smt", "alhaji", "alhaja", "mallam", "malam"})
"""Honorifics of Indian and West African English (among those above), which English courtesy never gives."""
COURTESY_TITLES = (HONORIFICS_MALE | HONORIFICS_FEMALE | HONORIFICS_NEUTRAL | {"miss"}) - HONORIFICS_BORROWED
"""The courtesy titles of English news: a speaker written with one may be a surname alone ("Mrs. Trump")."""
HONORIFICS_IN_NAMES = (HONORIFICS_MALE | HONORIFICS_FEMALE) & frozenset({"shri", "smt", "madam", "sir", "lady", "dame"})
"""Honorifics that open institutions' names too ("Shri Ram College of Commerce", "Madam Curie Hospital")."""
SHORT_POSTS = frozenset({"prof", "rev", "cllr", "cr"})
"""Posts written short before a name that say no gender ("Prof", "Rev", "Cllr", the Australian councillor's "Cr")."""


TITLE_WORDS = tuple(sorted({t.capitalize() for t in TITLE_ABBREVIATIONS if t.isalpha()}
                           | {"Mr", "Mrs", "Ms", "Dr", "St", "Jr"}, key=lambda t: (-len(t), t)))
"""Capitalised words that a full stop follows inside a name ("Supt. Jo Roe", "Jo Roe Jr."), for patterns."""


def title_abbreviation(tok: str) -> bool:
    """An abbreviated title with its full stop: "Coun.", "Supt.", "Atty.", "Gen."."""
    return tok.endswith(".") and tok[:1].isupper() and all(
        p.rstrip(".").lower() in TITLE_ABBREVIATIONS for p in tok[:-1].split("-"))  # "Lt.-Gov." too

def _learnt(name: str) -> list[str]:
    """Words of a list in ``data/`` (built by a script in benchmarks/), without comments; empty if missing."""
    try:
        text = (Path(__file__).with_name("data") / name).read_text(encoding="utf-8")
    except OSError:
        return []
    return [w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")]


LEARNT_ROLE_WORDS = _learnt("role_words.txt")
"""Role words learnt from annotated speakers by benchmarks/learn_role_words.py ("pollster", "nominee", …)."""

ORG_WORDS = """times daily news post journal herald telegraph guardian reuters bloomberg associated press
agency ministry administration department office commission committee council bank group company corp
corporation inc ltd plc party government authority authorities regulator watchdog board court police
university institute association union federation league club team foundation network broadcaster
tv radio channel service services organisation organization house senate congress parliament army
navy military campaign firm fund media outlet newspaper magazine website cctv bbc cnn fox nbc abc cbs
""".split()

PROPER_ORG_WORDS = frozenset("""society trust guild college academy institution alliance coalition tribunal
brigade corps railway airline airlines airways motor motors holdings llc co cooperative consortium syndicate
school library museum observatory laboratory center centre hospital clinic""".split())
"""Words that make a name an organisation's when written with a capital ("Royal Society", "Pew Research Center",
"General Motors"); lower case ("the airline") they are a description, read as one."""

MEDIA_WORDS = {"times", "daily", "news", "post", "journal", "herald", "telegraph", "guardian", "reuters",
               "bloomberg", "press", "broadcaster", "tv", "radio", "channel", "network", "media", "outlet",
               "newspaper", "magazine", "website", "information", "cctv", "bbc", "cnn", "wire"}

# "the report said" -> the latest speaker of that kind
NOMINALS = {
    "report": "media", "article": "media", "newspaper": "media", "paper": "media", "outlet": "media",
    "broadcaster": "media", "magazine": "media", "statement": "any", "company": "org", "firm": "org",
    "group": "org", "regulator": "org", "ministry": "org", "agency": "org", "department": "org",
    "government": "org", "administration": "org", "watchdog": "org", "commission": "org",
    "committee": "org", "bank": "org", "court": "org", "campaign": "org", "organisation": "org",
    "organization": "org", "union": "org", "party": "org", "club": "org", "team": "org",
    "board": "org", "council": "org", "association": "org", "federation": "org", "university": "org",
    "college": "org", "hospital": "org", "authority": "org", "institute": "org", "foundation": "org",
    "coalition": "org", "bureau": "org", "city": "org", "utility": "org", "operator": "org", "insurer": "org",
    "lender": "org", "developer": "org", "retailer": "org", "airline": "org", "carmaker": "org", "automaker": "org",
    "drugmaker": "org", "charity": "org", "startup": "org",
}

PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "they": "any",
            "it": "org", "we": "any", "i": "any", "you": "any"}

COUNTRIES = set("""afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh
belarus belgium bolivia bosnia brazil britain bulgaria cambodia cameroon canada chile china colombia congo croatia
cuba cyprus czechia denmark ecuador egypt england eritrea estonia ethiopia finland france georgia germany ghana
greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
kazakhstan kenya kosovo kuwait laos latvia lebanon libya lithuania luxembourg malaysia mali malta mexico moldova
mongolia montenegro morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan
palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda scotland senegal serbia
singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tanzania thailand tunisia turkey
uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen zambia zimbabwe us usa uk america""".split())
"""Countries (lower case): a country can be a speaker by metonymy ("China said"), but never "he" or "she"."""

CAPITALS = set("""washington beijing moscow london paris berlin tokyo seoul pyongyang tehran kyiv kiev brussels
ankara ottawa canberra delhi islamabad kabul baghdad damascus cairo riyadh jerusalem caracas havana kremlin
whitehall westminster""".split())
"""Capitals and seats of power that stand for a government ("Moscow denied …")."""

PLACE_FIRST_WORDS = {"new", "south", "north", "east", "west", "saint", "san", "santa", "los", "las", "le", "la", "el",
                     "al"}
"""First words of place names, never a family name written first."""

REGIONS = set("""alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia
wisconsin wyoming alberta ontario quebec manitoba saskatchewan yukon nunavut tasmania queensland victoria
europe asia africa antarctica oceania scandinavia balkans caribbean""".split()) | {
    "new york", "new jersey", "new mexico", "new hampshire", "north carolina", "south carolina", "north dakota",
    "south dakota", "west virginia", "rhode island", "british columbia", "nova scotia", "new brunswick",
    "prince edward island", "newfoundland and labrador", "northwest territories", "new south wales",
    "western australia", "south australia", "northern territory", "northern ireland", "middle east",
    "latin america", "south america", "north america", "central america", "east asia", "southeast asia",
    "silicon valley", "wall street", "main street", "capitol hill"}
"""States, provinces and regions: places, never speakers of their own."""

CITIES = set("""edmonton calgary toronto vancouver montreal winnipeg halifax regina saskatoon victoria hamilton
chicago houston phoenix philadelphia dallas austin denver boston seattle detroit miami atlanta baltimore
cleveland pittsburgh orlando tampa portland sacramento memphis nashville milwaukee minneapolis louisville
albuquerque tucson fresno omaha raleigh charlotte richmond manchester birmingham liverpool leeds glasgow
edinburgh cardiff belfast bristol sheffield dublin sydney melbourne brisbane perth adelaide auckland mumbai
shanghai hong kong dubai istanbul madrid rome milan barcelona amsterdam vienna prague warsaw geneva zurich
munich frankfurt hamburg lagos nairobi johannesburg manila jakarta bangkok karachi lahore""".split()) | {
    "los angeles", "san francisco", "san diego", "san antonio", "san jose", "las vegas", "new orleans",
    "salt lake city", "kansas city", "st. louis", "des moines", "hong kong", "new delhi", "rio de janeiro",
    "sao paulo", "buenos aires", "mexico city", "tel aviv", "cape town", "quebec city", "st. john's"}
"""Cities that are not seats of government: places, never speakers."""

PLATFORMS = set("""twitter facebook instagram youtube tiktok reddit linkedin snapchat whatsapp telegram
weibo wechat tumblr pinterest twitch threads bluesky mastodon truth medium substack podcast""".split())
"""Platforms a statement is made on ("wrote on Twitter"), never speakers."""

DOCUMENT_WORDS = set("""statement statements release releases report reports findings study studies survey surveys
memo memos letter letters filing filings document documents complaint lawsuit ruling indictment transcript
transcripts email emails tweet tweets post posts release analysis review audit poll polls data figures
records record note notes post-mortem paper papers book article articles affidavit testimony summary
assessment draft proposal plan guidance notice announcement communique readout results estimates""".split())
"""Words naming a document: "a statement said …" is said by the document's author."""


LY_NOUNS = frozenset("family families ally allies assembly rally supply monopoly bully panoply anomaly homily "
                     "melancholy jelly belly lily italy july daily weekly monthly quarterly folly".split())
"""Nouns ending in -ly, never an adverb after a subject (``the family said``, not ``he proudly said``)."""


PEOPLE_PLURALS = frozenset("""nurses doctors physicians paramedics firefighters teachers parents students workers
employees families investigators prosecutors lawyers economists researchers scientists advocates organizers organisers
volunteers members leaders witnesses neighbours neighbors farmers commuters tenants landlords owners merchants survivors
protesters demonstrators patients voters fans evacuees passengers travellers travelers customers athletes players""".split())
"""Groups of people by what they do ("Nurses at the hospital say", "Parents of students at the school")."""
