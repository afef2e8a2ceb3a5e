"""Pages saved from archive.today (archive.ph, archive.is): the page's own address, outlet and date are read,
the archive's toolbar and its metadata (its name, the capture's time) are not.

The pages are written here in the form archive.today serves a capture: its own ``<head>`` (``og:site_name``
'archive.ph', the capture time as ``article:published_time``, a short link as ``og:url``, the capture's
long address as ``canonical``/``bookmark``), a toolbar table in ``<div id="HEADER">`` and the page, flattened
to styled ``<div>``s, in ``<div id="CONTENT">``.
"""

from __future__ import annotations

import pytest

from briefing.index.ingest import load_path
from briefing.index.ingest.htmlmeta import original_url

ORIGINAL = "https://www.valleyecho.example/news/2023/11/14/ferry-service-cut-winter"
TITLE = "Ferry service to be cut to two sailings a day over winter"
PARAS = [
    "The island ferry will run only two sailings a day from December until March, the operator said on "
    "Tuesday, blaming a shortage of crew and the cost of fuel.",
    "Islanders said the cut would make it impossible to commute to jobs on the mainland, where the first "
    "boat now arrives after the start of most shifts.",
    "\u201cWe are being cut off for four months of the year,\u201d said Elin Ward, who runs the island's shop.",
    "The operator said it hoped to restore the full timetable in the spring once new crew had been trained.",
]
TOOLBAR = ("archive.today", "webpage capture", "Saved from", "All snapshots", "Webpage", "Screenshot",
           "download .zip", "report bug or abuse", "no other snapshots")


def capture(host: str, long_form: str, *, canonical: bool = True, short: str = "Xq7Lp", content: bool = True) -> str:
    """A capture of the Valley Echo's story as archive.today serves it (and a browser saves it)."""
    long_url = f"https://{host}/{long_form}/{ORIGINAL}"
    links = (f'<link rel="canonical" href="{long_url}"/><link rel="bookmark" href="{long_url}"/>' if canonical
             else f'<link rel="image_src" href="https://{host}/{short}/screenshot.png"/>')
    p_style = '<p style="text-align:left;margin:0 0 14px;font-size:18px;line-height:28px">'
    paras = "".join(f"{p_style}{p}</p>" for p in PARAS)
    return (
        '<!DOCTYPE html><html prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#" itemscope="" '
        'itemtype="http://schema.org/Article"><head><meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>'
        '<meta name="robots" content="index,noarchive"/><meta name="viewport" content="width=1024"/>'
        f'<meta property="og:type" content="article"/><meta property="og:url" content="https://{host}/{short}"/>'
        f'<meta itemprop="url" content="https://{host}/{short}"/><meta property="og:site_name" content="{host}"/>'
        f'<meta itemprop="name" content="{host}"/><meta property="og:title" content="{TITLE} | Valley Echo"/>'
        '<meta property="og:description" content="archived 20 Jan 2024 09:12:44 UTC"/>'
        '<meta property="article:modified_time" itemprop="dateModified" content="2024-01-20T09:12:44Z"/>'
        '<meta property="article:published_time" itemprop="datePublished" content="2024-01-20T09:12:44Z"/>'
        f'{links}<title>{TITLE} | Valley Echo{"" if content else " | " + host}</title></head><body><center>'
        '<div id="HEADER" style="background-color:#EEEEEE;border-bottom:2px #B40010 solid;width:100%">'
        '<table style="width:1028px;font-size:10px" border="0" cellspacing="0" cellpadding="0"><tr>'
        f'<td rowspan="2" style="width:110px"><a href="https://{host}/" style="font-size:15px">archive.today</a>'
        '<br/>webpage capture</td><td style="font-size:16px">Saved from</td><td><form>'
        f'<input type="text" name="q" value="{ORIGINAL}" style="width:600px"/><input type="submit" value="search"/>'
        '</form></td><td>20 Jan 2024 09:12:44 UTC</td></tr><tr><td></td><td>no other snapshots from this url</td>'
        f'<td>All snapshots from host <a href="https://{host}/www.valleyecho.example">www.valleyecho.example</a></td>'
        '</tr><tr><td></td><td>Webpage</td><td>Screenshot</td><td><a>share</a> <a>download .zip</a> '
        '<a>report bug or abuse</a></td></tr></table></div>'
        f'<div {"id=CONTENT " if content else ""}style="position:relative;width:1024px"><div class="html1" style="text-align:left">'
        '<div style="padding:10px;background:#003366"><a href="https://archive.ph/o/Xq7Lp/www.valleyecho.example/" '
        'style="color:#fff">Valley Echo</a> <a href="https://archive.ph/o/Xq7Lp/www.valleyecho.example/news" '
        'style="color:#fff">News</a> <a href="https://archive.ph/o/Xq7Lp/www.valleyecho.example/sport" '
        'style="color:#fff">Sport</a></div><div style="width:680px;margin:0 auto">'
        f'<h1 style="font-size:36px;font-weight:bold;margin:20px 0">{TITLE}</h1>'
        '<div style="color:#666;font-size:14px">By <a href="https://archive.ph/o/Xq7Lp/www.valleyecho.example/'
        'authors/tom-rees" style="color:#666">Tom Rees</a></div>'
        '<div style="color:#666;font-size:14px">14 November 2023</div>'
        f'{paras}</div>'
        '<div style="border-top:1px solid #ccc;color:#999;font-size:12px">\u00a9 2023 Valley Echo. All rights reserved.</div>'
        '</div></div></center></body></html>')


@pytest.mark.parametrize("host,long_form,canonical,content", [
    ("archive.ph", "2024.01.20-091244", True, True),
    ("archive.is", "20240120091244", True, True),
    ("archive.today", "2024.01.20-091244", False, True),  # no long link in its head: the 'Saved from' field
    ("archive.li", "2024.01.20-091244", False, False),  # its name after the title, no 'CONTENT' block
])
def test_a_saved_archive_today_capture_reads_as_the_page_it_holds(tmp_path, host, long_form, canonical, content):
    path = tmp_path / "capture.html"
    path.write_text(capture(host, long_form, canonical=canonical, content=content), encoding="utf-8")
    (a,) = load_path(path)
    assert a.url == ORIGINAL
    assert a.title == TITLE
    assert a.source not in (None, host) and "archive" not in a.source.lower()
    assert a.source.lower().replace(" ", "") in ("valleyecho", "valleyecho.example")
    assert str(a.date) == "2023-11-14"  # the story's, not the capture's (2024-01-20)
    assert a.body.startswith(PARAS[0]) and PARAS[-1] in a.body
    for word in TOOLBAR:
        assert word not in a.body, word


def test_archive_today_addresses_unwrap():
    assert original_url(f"https://archive.ph/2024.01.20-091244/{ORIGINAL}") == ORIGINAL
    assert original_url(f"http://archive.is/20240120091244/{ORIGINAL}") == ORIGINAL
    assert original_url("https://archive.ph/Xq7Lp") == "https://archive.ph/Xq7Lp"  # a short link names no page


def test_a_page_that_links_to_archive_today_is_not_a_capture(tmp_path):
    """An article whose head links a capture (a citation) keeps its own metadata and text."""
    page = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title><meta property="og:site_name" content="River Post">'
            '<link rel="canonical" href="https://riverpost.example/2024/02/02/ferry"/>'
            f'<meta property="og:see_also" content="https://archive.ph/2024.01.20-091244/{ORIGINAL}"/>'
            '<meta property="article:published_time" content="2024-02-02T10:00:00Z"/></head><body><article>'
            f'<h1>{TITLE}</h1>' + "".join(f"<p>{p}</p>" for p in PARAS) + '<div id="HEADER">Keep this</div>'
            '</article></body></html>')
    path = tmp_path / "citing.html"
    path.write_text(page, encoding="utf-8")
    (a,) = load_path(path)
    assert a.url == "https://riverpost.example/2024/02/02/ferry" and a.source == "River Post"
    assert str(a.date) == "2024-02-02"


def test_archive_frame_removal_is_linear_on_hostile_markup():
    from briefing.index.ingest.archives import without_archive_frame

    head = '<html><head><link rel="bookmark" href="https://archive.ph/Xq7Lp">' + "<meta " * 3000 + "</head>"
    body = '<body><div id="HEADER">Saved from<input value="https://site.example/a">' + "<div>" * 30_000 + " " * 50_000
    out = without_archive_frame(head + body)  # (quadratic scans of this would not finish)
    assert "Saved from" not in out and 'rel="canonical" href="https://site.example/a"' in out
    plain = "<html><head><title>x</title></head><body>" + "<meta " * 20_000 + "<div>" * 30_000 + "</body></html>"
    assert without_archive_frame(plain) == plain


def test_wayback_toolbars_go_and_unclosed_marks_stay():
    from briefing.index.ingest.archives import without_archive_frame

    begin, end = "<!-- BEGIN WAYBACK TOOLBAR INSERT -->", "<!--END WAYBACK TOOLBAR INSERT-->"
    page = f"<p>one</p>{begin}<div>1,204 captures</div>{end}<p>two</p>{begin.lower()}<a>Close</a>{end}<p>three</p>"
    assert without_archive_frame(page) == "<p>one</p><p>two</p><p>three</p>"
    unclosed = "<p>story</p>" + begin * 30_000  # (a search to the page's end from every mark would not finish)
    assert without_archive_frame(unclosed) == unclosed
    assert without_archive_frame(page + unclosed) == "<p>one</p><p>two</p><p>three</p>" + unclosed
