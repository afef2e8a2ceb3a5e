"""Exports of read-later services: wallabag's JSON (each entry's page as HTML) is read as its articles; Pocket's
and Instapaper's HTML exports, lists of links, are skipped saying what they are."""

from __future__ import annotations

import json

from briefing.index.ingest import load_path, read_file, walk_corpus

STORY = ["The regional rail line will close for six weeks this summer while engineers replace a bridge "
         "over the estuary, the operator said.",
         "Replacement buses will run every 20 minutes, adding about half an hour to the journey.",
         "\u201cIt is the only way to keep the line open for the next fifty years,\u201d said Paul Okafor, "
         "the operator's engineering director."]


def wallabag_entry(n: int, **extra) -> dict:
    html = "<div id='readability-page-1'><h2>Summer works</h2>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    return {"is_archived": 0, "is_starred": 0, "tags": ["rail"], "is_public": False, "id": n,
            "title": f"Rail line to close for six weeks (part {n})", "url": f"https://www.coastpost.example/rail-{n}",
            "content": html, "created_at": "2025-07-01T09:00:00+02:00", "updated_at": "2025-07-01T09:00:00+02:00",
            "published_at": "2025-06-30T18:30:00+02:00", "published_by": ["Hanna Berg"], "annotations": [],
            "mimetype": "text/html", "language": "en", "reading_time": 1, "domain_name": "www.coastpost.example",
            "preview_picture": None, "http_status": "200", "headers": None, **extra}


def test_a_wallabag_export_is_read_as_its_articles_text(tmp_path):
    path = tmp_path / "wallabag-export.json"
    path.write_text(json.dumps([wallabag_entry(1), wallabag_entry(2, published_by=None)]), encoding="utf-8")
    first, second = load_path(path)
    assert first.body == "Summer works\n\n" + "\n\n".join(STORY) and "<" not in second.body
    assert first.title == "Rail line to close for six weeks (part 1)" and first.url.endswith("rail-1")
    assert first.author == "Hanna Berg" and second.author is None
    assert first.source == second.source == "coastpost.example" and str(first.date) == "2025-06-30"


def test_a_plain_text_record_with_angle_brackets_stays_as_written(tmp_path):
    body = "Turnout was <50% in two wards and the margin was < 3 points.\n\nA <p>-value was not given."
    path = tmp_path / "plain.json"
    path.write_text(json.dumps({"title": "Turnout", "body": body, "source": "Ward News"}), encoding="utf-8")
    (a,) = load_path(path)
    assert a.body == body


def test_lists_of_saved_links_are_skipped_saying_what_they_are(tmp_path):
    links = "".join(f'<li><a href="https://site{i}.example/story-{i}" time_added="17{i:08d}" tags="">Story number {i} '
                    f"about the harbour budget vote</a></li>" for i in range(40))
    (tmp_path / "ril_export.html").write_text(
        '<!DOCTYPE html>\n<html>\n<!--So long and thanks for all the fish-->\n<head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=UTF-8" /><title>Pocket Export</title></head><body><h1>Unread</h1><ul>{links}'
        f"</ul><h1>Read Archive</h1><ul>{links}</ul></body></html>", encoding="utf-8")
    (tmp_path / "instapaper-export.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Instapaper: Export</title></head><body><h1>Unread'
        f"</h1><ol>{links.replace(' time_added=', ' data-x=')}</ol></body></html>", encoding="utf-8")
    for found in walk_corpus(tmp_path):
        articles, (skip,) = read_file(found)
        assert not articles and skip.reason == "empty" and "list of saved links" in skip.detail
        assert ("a Pocket export" if found.rel.startswith("ril") else "an Instapaper export") in skip.detail
