"""Every record that crosses a boundary (file, index, CLI ``--json``, export) as a pydantic model.

Offsets (``start``/``end``) are always character offsets into ``Article.body``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, computed_field

SCHEMA_VERSION = 1
"""Version of the records written to disk; bump when a stored model changes incompatibly."""


class Record(BaseModel):
    """Base for all records: unknown keys are ignored, values are validated."""

    model_config = ConfigDict(extra="ignore", defer_build=True)


# --------------------------------------------------------------------------- articles


class Article(Record):
    """One news article of a corpus.

    ``id`` is the path relative to the corpus root without its extension (``business/001``);
    records from a JSON/JSONL file get ``path#N`` or ``path#<record id>``; entries of a feed file
    ``path#<guid>`` (a short guid as it is, else a hash of the guid or link).
    """

    id: str
    path: str = Field(description="file path relative to the corpus root, '/'-separated")
    title: str = ""
    source: Optional[str] = Field(default=None, description="outlet or agency")
    date: Optional[dt.date] = None
    url: Optional[str] = None
    author: Optional[str] = None
    body: str
    hash: str = Field(description="sha256 of the body and metadata (hex)")
    format: Literal["txt", "md", "html", "json", "jsonl", "feed"] = "txt"
    extractor: Optional[Literal["trafilatura", "structured data", "fallback", "feed", "feed summary"]] = Field(
        default=None, description="how an HTML page's main text was found (when the file was read); for a feed "
        "entry 'feed', or 'feed summary' when the feed gave only its summary")
    charset_guess: Optional[str] = Field(
        default=None, description="the encoding guessed for a page that declares none and is not UTF-8")
    quote_error: Optional[str] = Field(
        default=None, description="why quote extraction failed on this article when it was indexed (its text "
                                  "is searchable, without quotes)")
    partial: Optional[Literal["paywall"]] = Field(
        default=None, description="why the text is only part of the article: 'paywall', a page saved behind a "
        "paywall showed a subscriber's teaser")
    mtime_ns: int = 0
    size: int = 0


class SkippedFile(Record):
    """A file (or JSON record) that ingestion could not use, with a specific reason."""

    path: str
    reason: Literal[
        "binary",
        "not decodable",
        "empty",
        "too large",
        "malformed front matter",
        "malformed record",
        "unreadable",
        "vanished",
        "symlink loop",
        "malformed feed",
        "not a feed",
    ]
    detail: str = ""
    kept: int = 0
    """Articles the file gave in spite of the problem (a feed the lenient parser read): read in part, not left out."""


class IndexSummary(Record):
    """What one ``briefing index`` run did."""

    corpus: str
    index_dir: str
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[SkippedFile] = Field(default_factory=list)
    documents: int = 0
    quotes: int = Field(default=0, description="quotes extracted from the added and updated articles")
    quotes_in_index: Optional[int] = Field(
        default=None, description="quotes the index holds after the run (None if its quote index cannot be read)")
    rebuilt: bool = False
    rebuild_reason: Optional[str] = None
    speaker_table_rebuilt: Optional[str] = Field(
        default=None, description="why the stored speaker table was built again (older rules, damaged), when it was")
    html_fallback: int = Field(default=0, description="HTML pages read by the plain fallback parser")
    html_extractor_error: Optional[str] = Field(
        default=None, description="why trafilatura could not be loaded, when it could not")
    charset_guessed: dict[str, str] = Field(
        default_factory=dict, description="HTML pages that declare no charset and are not UTF-8: path → the "
                                          "encoding guessed and read")
    quote_failed: dict[str, str] = Field(
        default_factory=dict, description="articles whose quotes could not be extracted: article id → why (they "
                                          "are indexed and searchable, without quotes)")
    seconds: float = 0.0


# --------------------------------------------------------------------------- search


class Span(Record):
    """A half-open character range ``[start, end)``."""

    start: int
    end: int


class Snippet(Record):
    """An excerpt of a document's text with the matched terms as spans.

    ``start``/``end`` locate the excerpt in the body; ``highlights`` are absolute body offsets too,
    so ``body[h.start:h.end]`` is a matched word.
    """

    start: int
    end: int
    text: str
    highlights: list[Span] = Field(default_factory=list)


class SearchHit(Record):
    """One matching article (or quote, for quote searches)."""

    id: str
    path: str
    title: str = ""
    source: Optional[str] = None
    date: Optional[dt.date] = None
    score: float = 0.0
    rank: int = 0
    snippets: list[Snippet] = Field(default_factory=list)
    speakers: list[str] = Field(default_factory=list)
    partial: Optional[Literal["paywall"]] = None
    """As :attr:`Article.partial`: the article's text is only its teaser."""


class SearchResult(Record):
    """The answer to a search: hits of one page plus totals and the correction, if any."""

    query: str
    total: int = 0
    total_exact: bool = Field(default=True, description="false when total is an upper-bound estimate")
    took_ms: float = 0.0
    corrected: Optional[str] = Field(default=None, description="'did you mean' query, if Whoosh suggests one")
    note: Optional[str] = Field(default=None, description="why the query found nothing, when it could not match anything")
    warnings: list[str] = Field(default_factory=list,
                                description="parts of a malformed query and what was searched instead of them")
    terms: list[str] = Field(default_factory=list, description="query words, for highlighting elsewhere")
    hits: list[SearchHit] = Field(default_factory=list)


class FirstPage(Record):
    """The first page of a search, kept so the next start can show it before the index is open.

    ``stamp`` identifies the index commit the page was computed from; a page whose stamp no longer
    matches the index on disk is never shown.
    """

    format: int = 1
    stamp: str
    result: SearchResult


# --------------------------------------------------------------------------- quotes

QuoteKind = Literal["direct", "mixed", "indirect"]


class Quote(Record):
    """A quotation or reported statement and who made it.

    ``body[start:end] == text`` (the content without enclosing quotation marks), and likewise
    ``body[speaker_start:speaker_end] == speaker_mention`` when the speaker is mentioned.
    """

    id: str = Field(description="stable: derived from the article id and the quote text")
    article_id: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    cue: Optional[str] = Field(default=None, description="the speech verb or phrase: said, told, according to")
    speaker: Optional[str] = Field(default=None, description="fullest name of the speaker, resolved")
    speaker_mention: Optional[str] = Field(default=None, description="the mention as written: 'he', 'the report'")
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    speaker_role: Optional[str] = Field(default=None, description="title or description: 'US President'")
    floating: bool = Field(default=False, description="no cue of its own: continues the previous speaker")
    fragments: list[Span] = Field(default_factory=list,
                                  description="the quoted parts, when the quote is split by its cue: “A,” she said. “B.”")


class Speaker(Record):
    """A speaker across the corpus: all the names it goes by and how often it is quoted."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    count: int = 0
    articles: list[str] = Field(default_factory=list)
    kind: str = Field(default="named", description="'named' (a person or organisation), 'group' (a description: "
                      "'analysts', 'the firm') or 'other' (no speaker: a place, a platform, a clause fragment)")


# --------------------------------------------------------------------------- comparison


class Sentence(Record):
    """A sentence of an article with its offsets into the body."""

    index: int
    start: int
    end: int
    text: str
    boilerplate: bool = Field(default=False, description="a menu, share or subscription line: never a claim")


class DiffToken(Record):
    """A word of an aligned sentence and whether the other side has it."""

    text: str
    start: int
    end: int
    op: Literal["same", "added", "removed", "changed"]
    flagged: bool = Field(default=False, description="a number, name or negation that differs")


class Contradiction(Record):
    """Two sentences that may contradict each other, and why."""

    a: int
    b: int
    reasons: list[str]


class AlignedPair(Record):
    """Sentence ``a`` of the first article aligned with sentence ``b`` of the second."""

    a: int
    b: int
    similarity: float
    status: Literal["shared", "similar"]
    a_tokens: list[DiffToken] = Field(default_factory=list)
    b_tokens: list[DiffToken] = Field(default_factory=list)
    differing_terms: list[str] = Field(default_factory=list)


class CompareRow(Record):
    """One row of the two-column view: an aligned pair, or a sentence against a blank."""

    kind: Literal["pair", "only_a", "only_b"]
    a: Optional[int] = None
    b: Optional[int] = None
    pair: Optional[int] = Field(default=None, description="index into Comparison.pairs")
    contradiction: bool = False


class CompareSummary(Record):
    shared: int = Field(default=0, description="claims both articles make in nearly the same words")
    similar: int = Field(default=0, description="claims both articles make in other words")
    unique_a: int = 0
    unique_b: int = 0
    contradictions: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def shared_claims(self) -> int:
        """Claims both articles make (``shared`` + ``similar``): what the story view counts as shared claims."""
        return self.shared + self.similar


class Comparison(Record):
    """Where two articles agree, differ and possibly contradict each other."""

    a_id: str
    b_id: str
    a_title: str = ""
    b_title: str = ""
    a_source: Optional[str] = None
    b_source: Optional[str] = None
    sentences_a: list[Sentence] = Field(default_factory=list)
    sentences_b: list[Sentence] = Field(default_factory=list)
    pairs: list[AlignedPair] = Field(default_factory=list)
    unique_a: list[int] = Field(default_factory=list)
    unique_b: list[int] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)
    speakers_both: list[str] = Field(default_factory=list)
    speakers_only_a: list[str] = Field(default_factory=list)
    speakers_only_b: list[str] = Field(default_factory=list)
    summary: CompareSummary = Field(default_factory=CompareSummary)
    rows: list[CompareRow] = Field(default_factory=list)


# --------------------------------------------------------------------------- annotations and export

ANNOTATIONS_VERSION = 1


class QuoteAnnotation(Record):
    """The user's marks on one quote; the quote's text is kept so an orphan can be re-attached."""

    quote_id: str
    article_id: str
    text: str = Field(default="", description="the quote's text when it was annotated")
    selected: bool = False
    note: str = ""
    tags: list[str] = Field(default_factory=list)
    starred: bool = False
    updated_at: Optional[dt.datetime] = None

    def is_empty(self) -> bool:
        return not (self.selected or self.note or self.tags or self.starred)


class ArticleMark(Record):
    """Read / bookmarked flags of an article."""

    article_id: str
    read: bool = False
    bookmarked: bool = False


class AnnotationFile(Record):
    """Everything the user marked in one corpus (``annotations.json``)."""

    schema_version: int = ANNOTATIONS_VERSION
    quotes: dict[str, QuoteAnnotation] = Field(default_factory=dict)
    speakers: dict[str, str] = Field(default_factory=dict, description="name or alias -> canonical name")
    articles: dict[str, ArticleMark] = Field(default_factory=dict)


class ArticleRef(Record):
    """The article a quote comes from, as exports cite it."""

    id: str
    title: str = ""
    source: Optional[str] = None
    date: Optional[dt.date] = None
    url: Optional[str] = None
    path: str = ""


class ExportItem(Record):
    """One exported quote with its article and the user's annotation."""

    quote: Quote
    article: ArticleRef
    annotation: Optional[QuoteAnnotation] = None


class ExportDocument(Record):
    """What ``briefing export --format json`` writes."""

    schema_version: int = ANNOTATIONS_VERSION
    generated_at: dt.datetime
    corpus: str
    title: str = Field(default="Selected quotes",
                       description="what was exported: 'Selected quotes', 'Quotes by Donald Trump', 'Starred quotes' …")
    items: list[ExportItem] = Field(default_factory=list)


# --------------------------------------------------------------------------- fetching feeds and pages


class FetchResult(Record):
    """What happened to one URL of a ``briefing fetch`` / ``briefing add`` run.

    ``status``: ``new``/``updated`` (a page written), ``unchanged`` (304 or same bytes),
    ``duplicate`` (already stored under another feed or URL), ``feed`` (a feed read),
    ``failed`` (``reason`` says why: ``timeout``, ``http 404``, ``too large``, ``robots.txt``, ...).
    """

    url: str
    kind: Literal["feed", "page"] = "page"
    status: Literal["new", "updated", "unchanged", "duplicate", "feed", "failed"]
    reason: str = ""
    detail: str = ""
    http_status: Optional[int] = None
    path: Optional[str] = Field(default=None, description="the saved page, relative to the corpus")
    feed: Optional[str] = Field(default=None, description="the feed URL the page was listed in")
    entries: int = 0


class FetchSummary(Record):
    """What one ``briefing fetch`` or ``briefing add`` run did, URL by URL, and the index update after it."""

    schema_version: int = SCHEMA_VERSION
    corpus: str
    feeds: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    failed: int = 0
    results: list[FetchResult] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list, description="e.g. a damaged fetch state started afresh")
    index: Optional[IndexSummary] = None
    seconds: float = 0.0


class SpeakerTableFile(Record):
    """The canonical speakers of an index (``speakers.json``), valid for the manifest it was built from
    and for the grouping rules of its ``schema_version`` (a table of other rules is built again)."""

    schema_version: int = 4
    manifest: list[int] = Field(default_factory=list, description="the index generations of manifest.json")
    speakers: list[Speaker] = Field(default_factory=list)
    pairs: list[list[str]] = Field(default_factory=list, description="[speaker, mention, canonical name]")
    local: list[list[str]] = Field(default_factory=list, description="[article id, speaker, mention, canonical]")
    roles: list[list[str]] = Field(default_factory=list, description="[speaker, mention, role its words carry]")
    forms: dict[str, list[str]] = Field(default_factory=dict, description="canonical name -> speaker strings")


# --------------------------------------------------------------------------- saved searches

SAVED_SEARCHES_VERSION = 1


class SavedSearch(Record):
    """A query kept under a name, with the articles it matched when it was last opened."""

    name: str
    query: str
    created_at: Optional[dt.datetime] = None
    opened_at: Optional[dt.datetime] = None
    seen: list[str] = Field(default_factory=list, description="ids the search matched when last opened")


class SavedSearchFile(Record):
    """The saved searches of one corpus (``saved-searches.json``, beside ``annotations.json``)."""

    schema_version: int = SAVED_SEARCHES_VERSION
    searches: list[SavedSearch] = Field(default_factory=list)


class SavedSearchCount(Record):
    """A saved search with its live counts (what ``briefing saved --json`` prints)."""

    name: str
    query: str
    total: int = 0
    new: int = 0
    opened_at: Optional[dt.datetime] = None
    error: Optional[str] = Field(default=None, description="why the query cannot run (the index changed)")


class SavedNews(Record):
    """What arrived for one saved search since it was last opened, newest first."""

    search: SavedSearchCount
    hits: list[SearchHit] = Field(default_factory=list)
