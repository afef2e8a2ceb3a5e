"""The command line on what a new user meets: hostile notes in exports, the index report's totals, one
index folder for two corpora, an export path that is a folder, a name several speakers share."""

from __future__ import annotations

import pytest

from cli_inprocess import briefing_main as briefing_in
from test_app_walkthrough import write_council_corpus
from test_cli import briefing


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    """The council corpus (80 articles, 400 speakers); the tests index it themselves."""
    root = tmp_path_factory.mktemp("council-cli")
    write_council_corpus(root / "corpus")
    return root / "corpus", None, None


def test_a_note_with_terminal_escapes_is_exported_without_them(tmp_path):
    """A note pasted from a terminal carries ESC sequences and a bell: the CSV and text exports drop the
    control characters (``cat`` of the file must not drive the terminal), the words stay."""
    import csv
    import json


    ix = ["--index-dir", str(tmp_path / "ix")]
    briefing_in("index", *ix, check=0)
    qid = json.loads(briefing_in("quotes", "--speaker", "Nvidia", "--json", *ix, check=0).stdout.splitlines()[0])["id"]
    note = "=check \x1b[31mthis\x1b[0m figure\x07 \x1b]0;title\x07against the filing"
    briefing_in("annotate", qid, "--note", note, "--tag", "\x1b[5mkey", *ix, check=0)
    briefing_in("select", qid, *ix, check=0)
    for fmt in ("csv", "txt", "md"):
        out = tmp_path / f"b.{fmt}"
        briefing_in("export", "--format", fmt, "-o", str(out), *ix, check=0)
        text = out.read_text(encoding="utf-8")
        assert not any(ord(c) < 32 and c not in "\r\n" or 0x7f <= ord(c) < 0xa0 for c in text), (fmt, text)
    row = next(csv.DictReader((tmp_path / "b.csv").open(encoding="utf-8", newline="")))
    assert row["note"] == "'=check [31mthis[0m figure ]0;titleagainst the filing"
    assert row["tags"] == "[5mkey"


def test_index_json_reports_the_quotes_the_index_holds(tmp_path):
    """``quotes`` is what this run extracted; ``quotes_in_index`` what the index holds, as the text summary says."""
    import json


    ix = ["--index-dir", str(tmp_path / "ix")]
    first = json.loads(briefing_in("index", "--json", *ix, check=0).stdout)
    again = json.loads(briefing_in("index", "--json", *ix, check=0).stdout)
    assert first["quotes"] > 0 and first["quotes_in_index"] == first["quotes"]
    assert again["quotes"] == 0 and again["quotes_in_index"] == first["quotes"]
    text = briefing_in("index", *ix, check=0).stdout
    assert f"{first['quotes']:,} quotes in the index" in " ".join(text.split())


def test_one_index_folder_for_two_corpora_is_rebuilt_with_a_reason_never_served_as_the_other(tmp_path, council):
    """``--index-dir X`` used for corpus A, then for the seeds (named: with no corpus named, the folder opens A):
    the seeds' search served A's articles; the index is now rebuilt for the corpus asked for, and the run says why."""
    import json


    corpus, _, _ = council
    ix = ["--index-dir", str(tmp_path / "shared")]
    briefing_in("--corpus", str(corpus), "index", *ix, check=0)
    from briefing.index.config import seeds_dir

    seeds = ["--corpus", str(seeds_dir())]
    hits = [json.loads(line) for line in briefing_in(*seeds, "search", "bridge", "--json", *ix, check=0).stdout.splitlines()]
    assert not any(h["id"].startswith("a0") for h in hits)
    again = json.loads(briefing_in("--corpus", str(corpus), "index", "--json", *ix, check=0).stdout)
    assert again["rebuilt"] and "another corpus" in again["rebuild_reason"] and again["documents"] == 80


def test_export_to_a_folder_says_so_without_suggesting_force(tmp_path):

    ix = ["--index-dir", str(tmp_path / "ix")]
    briefing_in("index", *ix, check=0)
    # a process: the exit code and the message as a shell sees them
    p = briefing("export", "--format", "md", "--speaker", "Nvidia", "-o", str(tmp_path), *ix, check=1)
    assert "is a folder: add a file name" in p.stderr and "--force" not in p.stderr and "Traceback" not in p.stderr


def test_compare_an_article_with_itself_is_a_clear_error(tmp_path):
    import json


    ix = ["--index-dir", str(tmp_path / "ix")]
    briefing_in("index", *ix, check=0)
    aid = json.loads(briefing_in("search", "Nvidia", "--json", *ix, check=0).stdout.splitlines()[0])["id"]
    p = briefing_in("compare", aid, aid, *ix, check=1)
    assert "same article" in p.stderr and not p.stdout


def test_export_by_a_shared_surname_names_the_other_speakers(tmp_path):
    """'quotes --speaker Trump' said which speakers the name means (or who else shares it); 'export
    --speaker Trump' said nothing."""

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, (who, what) in enumerate([("Donald Trump", "We will build the wall"), ("Donald Trump", "Taxes will fall"),
                                     ("Eric Trump", "My father is a builder")]):
        (corpus / f"a{i}.txt").write_text(f"Campaign notes {i}\n\n\"{what} next year,\" {who} said on Tuesday.\n",
                                          encoding="utf-8")
    ix = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    briefing_in("index", *ix, check=0)
    hint = briefing_in("quotes", "--speaker", "Trump", *ix, check=0).stderr
    p = briefing_in("export", "--format", "md", "--speaker", "Trump", "-o", "-", *ix, check=0)
    assert "Eric Trump (1)" in hint and hint.strip() in p.stderr
    assert p.stdout.count("\n## Donald Trump\n") == 1 and p.stdout.count("\n## Eric Trump\n") == 1


def test_a_date_filter_says_how_many_matches_it_left_out(tmp_path):
    """On 840 undated PolNeAR texts 'search wall --since 2016-03-01' said '0 results' and nothing else."""
    import json

    ix = ["--index-dir", str(tmp_path / "ix")]
    briefing_in("index", *ix, check=0)
    every = briefing_in("search", "Nvidia", "--json", *ix, check=0).stdout.splitlines()
    dated = [json.loads(line) for line in every if json.loads(line).get("date")]
    p = briefing_in("search", "Nvidia", "--since", "2000-01-01", "--json", *ix, check=0)
    assert len(p.stdout.splitlines()) == len(dated) < len(every)
    assert f"{len(every) - len(dated)} more article" in p.stderr and "undated" in p.stderr
    p = briefing_in("search", "Nvidia", *ix, check=0)
    assert "more article" not in p.stderr


def test_export_format_and_file_extension_never_disagree_silently(tmp_path):
    import csv
    import json

    ix = ["--index-dir", str(tmp_path / "ix")]
    briefing_in("index", *ix, check=0)
    pick = ["--speaker", "Nvidia", *ix]
    reference = briefing_in("export", "--format", "csv", *pick, check=0).stdout
    assert list(csv.reader(reference.splitlines()))[1:]  # a header and at least one quote
    p = briefing_in("export", "--format", "csv", "-o", str(tmp_path / "x.md"), *pick, check=0)
    assert "x.md has the extension .md but the export is CSV" in p.stderr
    assert (tmp_path / "x.md").read_text(encoding="utf-8") == reference  # written as asked
    p = briefing_in("export", "-o", str(tmp_path / "y.csv"), *pick, check=0)  # no --format: the extension's
    assert "warning" not in p.stderr and (tmp_path / "y.csv").read_text(encoding="utf-8") == reference
    p = briefing_in("export", "-o", str(tmp_path / "z.json"), *pick, check=0)
    assert "warning" not in p.stderr and json.loads((tmp_path / "z.json").read_text(encoding="utf-8"))
    p = briefing_in("export", "-o", str(tmp_path / "notes"), *pick, check=0)  # no extension: Markdown
    assert "warning" not in p.stderr and (tmp_path / "notes").read_text(encoding="utf-8").startswith("#")
