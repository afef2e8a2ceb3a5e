"""Word lists for quote attribution: speech cues, roles, organisation words, nominals, pronouns."""

from __future__ import annotations

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
acknowledge contend contended concede
""".split()

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
spokesmen speaker treasurer partner founder owner investor trader chief-executive strategist""".split()

ORG_WORDS = """times daily news post journal herald telegraph guardian reuters bloomberg associated press
agency ministry administration department office commission committee council bank group company corp
corporation inc ltd plc party government authority authorities regulator watchdog board court police
university institute association union federation league club team foundation network broadcaster
tv radio channel service services organisation organization house senate congress parliament army
navy military campaign firm fund media outlet newspaper magazine website cctv bbc cnn fox nbc abc cbs
""".split()

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
}

PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "they": "any",
            "it": "org", "we": "any", "i": "any", "you": "any"}
