"""The search engine: Whoosh, with the hot paths replaced.

Briefing stores its indexes in Whoosh's own W3 format and keeps Whoosh's query parser, schema,
BM25F scoring and reader. The first three modules lay out the index; the others replace the parts
of Whoosh that were too slow in pure Python, each producing what Whoosh would (tested against
Whoosh itself):

- :mod:`.schema` — the fields of the two indexes (articles, quotes) that share one folder.
- :mod:`.store` — an index folder: creating and opening it, its update lock, its manifest.
- :mod:`.backend` — the interface a search backend gives the library (Whoosh here).
- :mod:`.analysis` — the analyzers, and a fused analyzer that runs the tokenizer and word filters
  in one loop with a per-word cache (Whoosh chains one generator per filter).
- :mod:`.postings` — posting lists read a block at a time without Whoosh's matcher objects.
- :mod:`.fastsearch` — words, AND, OR, phrases, prefixes and field words evaluated straight from
  those blocks (Whoosh walks a matcher tree one document at a time).
- :mod:`.termfile` — a word's term info and a prefix's words read from the terms file in few reads
  (Whoosh seeks and reads every length, key and value on its own).
- :mod:`.phrases` — a phrase's documents read from its rarest word up, only blocks that can hold a
  candidate decoded (Whoosh reads every posting of every word).
- :mod:`.positions` — the candidates' position values of a phrase word decoded in one
  ``pickle.loads`` (Whoosh loads each value on its own), and the position checks on them.
- :mod:`.query_shapes` — NOT, ANDNOT, ANDMAYBE and ranges for it, every match counted (Whoosh's
  limited collector drops matches under NOT, and its AndNotMatcher can keep a negated first match);
  listings of filters only, sorted newest first (Whoosh walks every document through the filter).
- :mod:`.expansion` — fuzzy words and wildcards expanded from an in-memory word list per field
  (Whoosh seeks through the terms file for every automaton step); one-edit slips of long words.
- :mod:`.plain_query` — words, quoted phrases, ``word*`` and ``field:word`` parsed to the same query
  objects without Whoosh's parser's tagger and filter passes.
- :mod:`.stored` — the stored fields of a page of hits read straight from the segments' stored columns.
- :mod:`.snippets` — highlighted fragments from the character positions the query already read
  (Whoosh re-reads or re-analyses the text).
- :mod:`.fastwrite` — a segment writer that buffers postings per term and writes the same W3 files
  (Whoosh pools and sorts every posting).
- :mod:`.compression` — posting blocks compressed and inflated by zlib-ng (stdlib zlib if it is missing).
- :mod:`.whoosh_patches` — two small caching fixes inside Whoosh's per-document reader, and its
  block reader inflating with :mod:`.compression`.

Nothing here knows about articles' quotes, comparison, annotations or the command line: the
domain modules in :mod:`briefing.index` call into the engine, never the other way round.
"""
