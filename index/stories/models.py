"""Records of stories across outlets: a story, its claims, who each outlet quotes (CLI ``--json``, export)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from pydantic import Field

from ..models import DiffToken, Record

STORIES_VERSION = 1
"""Version of the story records and of the grouping features cached on disk."""


class StoryArticle(Record):
    """One article of a story."""

    id: str
    title: str = ""
    source: Optional[str] = Field(default=None, description="outlet")
    date: Optional[dt.date] = None
    centrality: float = Field(default=0.0, description="mean similarity to the story's other articles")


class Story(Record):
    """Articles of several outlets (or one) that report the same event."""

    id: str = Field(description="stable id: 'st-' and a hash of the story's first article")
    title: str = Field(description="the headline of its most central article")
    outlets: list[str] = Field(default_factory=list)
    first: Optional[dt.date] = None
    last: Optional[dt.date] = None
    articles: list[StoryArticle] = Field(default_factory=list, description="by date, then id")


class ClaimSentence(Record):
    """One article's sentence that makes a claim; offsets into that article's body."""

    article_id: str
    source: Optional[str] = None
    index: int = Field(description="the sentence's index in the article")
    start: int
    end: int
    text: str
    tokens: list[DiffToken] = Field(default_factory=list,
                                    description="the words that differ from the claim's first sentence")


class Claim(Record):
    """Sentences of different articles that say the same thing (one sentence: a claim one article has)."""

    id: int
    sentences: list[ClaimSentence]
    outlets: list[str] = Field(default_factory=list)
    differing_terms: list[str] = Field(default_factory=list, description="figures, names, negations that differ")


class StoryContradiction(Record):
    """Two sentences of two outlets that may contradict each other, and why."""

    a: ClaimSentence
    b: ClaimSentence
    reasons: list[str]
    claim_a: Optional[int] = None
    claim_b: Optional[int] = None


class OutletSpeakers(Record):
    """The speakers an outlet quotes in the story (canonical names) and how often."""

    source: str
    speakers: dict[str, int] = Field(default_factory=dict)


class StoryQuote(Record):
    """A quote of the story, under its canonical speaker."""

    article_id: str
    source: Optional[str] = None
    speaker: str
    text: str
    start: int
    end: int


class StoryClaims(Record):
    """A story claim by claim: shared claims, claims only one outlet has, contradictions, speakers."""

    story: Story
    claims: list[Claim] = Field(default_factory=list, description="claims carried by two outlets or more")
    only: list[Claim] = Field(default_factory=list, description="claims only one outlet has")
    contradictions: list[StoryContradiction] = Field(default_factory=list)
    speakers: list[OutletSpeakers] = Field(default_factory=list)
    quotes: list[StoryQuote] = Field(default_factory=list)
    seconds: float = 0.0
