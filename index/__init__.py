"""Briefing's core: articles, ingestion, quotes, the Whoosh index, search, comparison,
annotations and export. It never imports Textual; the CLI and the app are front ends over it."""

__all__: list[str] = []
