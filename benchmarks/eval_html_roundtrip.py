"""Round trip: real article texts wrapped into varied page templates, read back with Briefing's ingestion.

Each article of a folder of ``.txt`` files (first line the title, then paragraphs separated by blank lines)
is set into several page templates (a news outlet's page with its menus, share bar, related links,
newsletter box and comments; a blog or CMS page; a live-blog-like page; an AMP page; a body split with
``<br><br>``; a body in ``<div>`` elements; figures with captions and ads between paragraphs), with
furniture text, dates and layout varied by a seed. Every page is read with :func:`briefing.index.ingest.load_path`
with trafilatura and with the plain fallback parser forced, and scored per paragraph:

* recall: the story's paragraphs found in the text read (whitespace normalised);
* precision: those found against them plus the furniture strings that leaked into the text;
* title and date: the ones the page declares, read back;
* every paragraph lost, with the step that dropped it (a line rule of :mod:`.lines`, the repeat rule,
  the byline or date line taken from the text, or the extractor that left it out).

    python benchmarks/eval_html_roundtrip.py ../shared/corpus/bbc --sample 600 [--seed 1] [--show 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import html as htmlmod
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

OUTLETS = ["The Harbour Courier", "Northfield Daily", "Valley Ledger", "The Morning Wire", "Coastline Post"]
NAV = ["Home", "World", "Business", "Politics", "Sport", "Technology", "Culture", "Opinion", "Weather"]
SHARE = ["Share on Facebook", "Share on X", "Email this story", "Copy link", "Print this page"]
RELATED_HEADS = ["Related stories", "More from this section", "You may also like", "Most read"]
RELATED_ITEMS = ["Council approves budget for new harbour bridge", "Local bakery wins regional award",
                 "Storm warning issued for the weekend", "Rail fares to rise again in spring",
                 "Museum reopens after two-year refit", "School league tables published today",
                 "Police appeal for witnesses after crash", "Festival line-up announced for summer"]
NEWSLETTER = ["Sign up for our morning briefing and get the day's top stories delivered to your inbox.",
              "Get the Northfield Daily newsletter: the best of our journalism, every weekday.",
              "Never miss a story: subscribe to our free email digest today."]
COMMENTS = ["Great article, thanks for sharing this.", "I disagree with the conclusion entirely.",
            "This is exactly what I have been saying for years.", "Who fact-checked this piece?"]
COOKIE = "We use cookies to improve your experience. By continuing you accept our cookie policy."
FOOTER = ["About us", "Contact", "Careers", "Advertise with us", "Terms of Use", "Privacy Policy"]
COPYRIGHT = "Copyright 2026 {outlet}. All rights reserved."
CAPTIONS = ["Crowds gathered outside the building on Monday morning", "The site as it looked last year",
            "Officials at the press conference", "A view of the city centre from the river"]
AD = ["Advertisement", "ADVERTISEMENT", "Sponsored content from our partners"]
LIVE_HEAD = ["Live updates", "Follow the latest", "Key events"]
FURNITURE = [x for x in (SHARE + RELATED_HEADS + RELATED_ITEMS + NEWSLETTER + COMMENTS + [COOKIE] + FOOTER + CAPTIONS
                          + ["Sponsored content from our partners"] + LIVE_HEAD) if " " in x]
"""Text of the furniture the templates add: any of it found in the text read is a leak (precision)."""

TEMPLATES = ["news", "blog", "live", "amp", "brbr", "divs", "figures", "wire", "pullquote"]
_SENTENCE = re.compile(r'(?<=[.!?])\s+(?=[A-Z"])|(?<=[.!?]")\s+(?=[A-Z"])')


def sentences(paras: list[str]) -> list[str]:
    """The paragraphs cut into sentences: a wire story's one-sentence paragraphs."""
    return [s for p in paras for s in _SENTENCE.split(p) if s.strip()]


def pulled(paras: list[str], rnd: random.Random) -> str | None:
    """A sentence of the story of eight words or more, for a pull quote (None when there is none)."""
    found = [s for s in sentences(paras[1:]) if 8 <= len(s.split()) <= 40]
    return rnd.choice(found) if found else None


def read_article(path: Path) -> tuple[str, list[str]]:
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    title = lines[0].strip()
    paras = [" ".join(p.split()) for p in "\n".join(lines[1:]).split("\n\n")]
    return title, [p for p in paras if p]


def _e(s: str) -> str:
    return htmlmod.escape(s, quote=True)


def _head(title: str, outlet: str, date: dt.datetime, rnd: random.Random, amp: bool = False) -> str:
    meta = [f"<meta charset=\"utf-8\"><title>{_e(title)} - {_e(outlet)}</title>",
            f"<meta property=\"og:title\" content=\"{_e(title)}\">",
            f"<meta property=\"og:site_name\" content=\"{_e(outlet)}\">"]
    if rnd.random() < 0.5:
        meta.append(f"<meta property=\"article:published_time\" content=\"{date.isoformat()}\">")
    else:
        meta.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
                    f"\"NewsArticle\",\"headline\":{_json(title)},\"datePublished\":\"{date.isoformat()}\"}}</script>")
    if amp:
        meta.append("<script async src=\"https://cdn.ampproject.org/v0.js\"></script>"
                    "<style amp-boilerplate>body{visibility:hidden}</style>")
    return "<head>" + "".join(meta) + "</head>"


def _json(s: str) -> str:
    import json

    return json.dumps(s)


def _nav(rnd: random.Random, outlet: str) -> str:
    items = "".join(f"<li><a href=\"/{n.lower()}\">{n}</a></li>" for n in NAV)
    return (f"<header class=\"site-header\"><a class=\"logo\" href=\"/\">{_e(outlet)}</a>"
            f"<nav class=\"main-nav\"><ul>{items}</ul></nav></header>"
            + (f"<div class=\"cookie-banner\">{COOKIE}</div>" if rnd.random() < 0.5 else ""))


def _share() -> str:
    return "<div class=\"share-bar\">" + "".join(f"<a href=\"#\">{s}</a>" for s in SHARE) + "</div>"


def _related(rnd: random.Random) -> str:
    items = rnd.sample(RELATED_ITEMS, 4)
    return (f"<aside class=\"related\"><h3>{rnd.choice(RELATED_HEADS)}</h3><ul>"
            + "".join(f"<li><a href=\"/story/{i}\">{s}</a></li>" for i, s in enumerate(items)) + "</ul></aside>")


def _newsletter(rnd: random.Random) -> str:
    return (f"<div class=\"newsletter-signup\"><p>{_e(rnd.choice(NEWSLETTER))}</p>"
            "<form><input type=\"email\"><button>Sign up</button></form></div>")


def _comments(rnd: random.Random) -> str:
    items = rnd.sample(COMMENTS, 2)
    return ("<section id=\"comments\" class=\"comments\"><h3>Comments</h3>"
            + "".join(f"<div class=\"comment\"><p>{_e(c)}</p></div>" for c in items) + "</section>")


def _footer(outlet: str) -> str:
    return ("<footer class=\"site-footer\"><ul>" + "".join(f"<li><a href=\"#\">{f}</a></li>" for f in FOOTER)
            + f"</ul><p>{_e(COPYRIGHT.format(outlet=outlet))}</p></footer>")


def _date_shown(date: dt.datetime, rnd: random.Random) -> str:
    shown = rnd.choice([date.strftime("%d %B %Y"), date.strftime("%B %d, %Y"), date.strftime("%A %d %B %Y %H:%M")])
    return f"<time datetime=\"{date.isoformat()}\">{shown}</time>"


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{_e(p)}</p>" for p in paras)


def page(template: str, title: str, paras: list[str], rnd: random.Random, date: dt.datetime) -> str:
    """One page of ``template`` holding the article."""
    outlet = rnd.choice(OUTLETS)
    head = _head(title, outlet, date, rnd, amp=template == "amp")
    h1 = f"<h1>{_e(title)}</h1>"
    if template == "news":
        body = (_nav(rnd, outlet) + "<main><article>" + h1
                + f"<div class=\"article-meta\">{_date_shown(date, rnd)}</div>" + _share()
                + f"<div class=\"article-body\">{_ps(paras[:len(paras) // 2])}"
                + (_newsletter(rnd) if rnd.random() < 0.5 else "")
                + f"{_ps(paras[len(paras) // 2:])}</div>" + _share() + "</article>"
                + _related(rnd) + _comments(rnd) + "</main>" + _footer(outlet))
    elif template == "blog":
        body = (f"<div id=\"page\" class=\"site\"><header id=\"masthead\"><p class=\"site-title\">{_e(outlet)}</p>"
                f"{_nav(rnd, outlet)}</header><div id=\"content\"><div id=\"primary\" class=\"content-area\">"
                f"<article class=\"post type-post hentry\"><header class=\"entry-header\">"
                f"<h1 class=\"entry-title\">{_e(title)}</h1><div class=\"entry-meta\"><span class=\"posted-on\">"
                f"Posted on {_date_shown(date, rnd)}</span></div></header><div class=\"entry-content\">{_ps(paras)}"
                f"<div class=\"sharedaddy\">{_share()}</div></div></article>"
                f"<div id=\"comments\" class=\"comments-area\">{_comments(rnd)}</div></div>"
                f"<div id=\"secondary\" class=\"widget-area\">{_related(rnd)}{_newsletter(rnd)}</div></div>"
                f"{_footer(outlet)}</div>")
    elif template == "live":
        entries = []
        start = date
        for n, p in enumerate(paras):
            t = start + dt.timedelta(minutes=7 * (len(paras) - n))
            entries.append(f"<div class=\"live-entry\"><div class=\"entry-time\">{t.strftime('%H:%M')}</div>"
                           f"<div class=\"entry-body\"><p>{_e(p)}</p></div></div>")
        body = (_nav(rnd, outlet) + "<main><article>" + h1 + f"<p class=\"live-label\">{rnd.choice(LIVE_HEAD)}</p>"
                + f"<div class=\"article-meta\">{_date_shown(date, rnd)}</div>"
                + f"<div class=\"live-blog\">{''.join(entries)}</div></article>{_related(rnd)}</main>" + _footer(outlet))
    elif template == "amp":
        body = (f"<header class=\"amp-header\"><a href=\"/\">{_e(outlet)}</a></header>"
                f"<amp-sidebar id=\"sidebar\" layout=\"nodisplay\"><ul>"
                + "".join(f"<li>{n}</li>" for n in NAV) + "</ul></amp-sidebar><main><article>" + h1
                + f"<div class=\"byline\">{_date_shown(date, rnd)}</div>"
                + "<amp-img src=\"/a.jpg\" width=\"600\" height=\"400\" layout=\"responsive\"></amp-img>"
                + f"<div class=\"article-body\">{_ps(paras)}</div>"
                + "<amp-social-share type=\"twitter\"></amp-social-share></article></main>" + _footer(outlet))
    elif template == "brbr":
        body = (_nav(rnd, outlet) + "<div class=\"content\">" + h1 + f"<div class=\"date\">{_date_shown(date, rnd)}</div>"
                + "<div class=\"story\">" + "<br><br>\n".join(_e(p) for p in paras) + "</div></div>"
                + _related(rnd) + _footer(outlet))
    elif template == "divs":
        body = (_nav(rnd, outlet) + "<div class=\"wrapper\"><div class=\"headline\">" + h1 + "</div>"
                + f"<div class=\"dateline\">{_date_shown(date, rnd)}</div><div class=\"story-text\">"
                + "".join(f"<div class=\"para\">{_e(p)}</div>" for p in paras) + "</div></div>"
                + _newsletter(rnd) + _related(rnd) + _footer(outlet))
    elif template == "figures":
        parts = []
        for n, p in enumerate(paras):
            parts.append(f"<p>{_e(p)}</p>")
            if n % 3 == 1:
                parts.append(f"<figure><img src=\"/img{n}.jpg\" alt=\"\"><figcaption>{_e(rnd.choice(CAPTIONS))}"
                             f"</figcaption></figure>")
            elif n % 3 == 2 and n < len(paras) - 1:
                parts.append(f"<div class=\"ad-slot\"><span>{rnd.choice(AD)}</span></div>")
        body = (_nav(rnd, outlet) + "<main><article>" + h1 + f"<p>{_date_shown(date, rnd)}</p>"
                + "".join(parts) + "</article>" + _related(rnd) + "</main>" + _footer(outlet))
    elif template == "wire":
        body = (_nav(rnd, outlet) + "<main><article>" + h1 + f"<div class=\"timestamp\">{_date_shown(date, rnd)}</div>"
                + f"<div class=\"article-body\">{_ps(sentences(paras))}</div></article>{_related(rnd)}</main>"
                + _footer(outlet))
    elif template == "pullquote":
        pull = pulled(paras, rnd)
        at = max(1, len(paras) // 3)
        aside = (f"<aside class=\"pullquote\"><blockquote><p>\u201c{_e(pull.strip(chr(34)))}\u201d</p></blockquote></aside>"
                 if pull else "")
        body = (_nav(rnd, outlet) + "<main><article>" + h1 + f"<p class=\"date\">{_date_shown(date, rnd)}</p>"
                + f"<div class=\"article-body\">{_ps(paras[:at])}{aside}{_ps(paras[at:])}</div>{_share()}</article>"
                + _related(rnd) + _comments(rnd) + "</main>" + _footer(outlet))
    else:
        raise ValueError(template)
    return f"<!DOCTYPE html><html lang=\"en\">{head}<body>{body}</body></html>"


def _norm(s: str) -> str:
    """Whitespace normalised, character references read (a text that holds '&#233;' as letters is read back 'é')."""
    return " ".join(htmlmod.unescape(s).split())


def read_back(path: Path, fallback: bool):
    """The article Briefing reads from ``path`` (None when it reads none), the fallback parser forced or not."""
    from briefing.index.errors import BriefingError
    from briefing.index.ingest import html, load_path

    saved = dict(html._state)
    if fallback:
        html._state.update(module=None, error="disabled for the benchmark")
    try:
        return load_path(path)[0]
    except BriefingError:
        return None
    finally:
        if fallback:
            html._state.clear()
            html._state.update(saved)


def why_dropped(para: str, paras: list[str], title: str, page_html: str, fallback: bool) -> str:
    """The step that left ``para`` out of the text read."""
    from briefing.index.ingest import byline, lines, repeats
    from briefing.index.ingest.hidden import without_hidden_text
    from briefing.index.ingest.html import _without_date_line
    from briefing.index.ingest.htmlmeta import name_key
    from briefing.index.ingest.pagescan import scan_page
    from briefing.index.ingest.pinned import without_pinned_copies

    p = para.strip()
    checks = [("lines._PROMO", len(p) < 120 and lines._PROMO.match(p)),
              ("lines._PROMO_INTL", len(p) < 120 and lines._PROMO_INTL.match(p)),
              ("lines._NOTICE", len(p) < 400 and lines._NOTICE.match(p)),
              ("lines._tool_line", lines._tool_line(p)),
              ("lines._CREDIT_END", len(p) < 300 and lines._CREDIT_END.search(p)),
              ("lines._APPEAL", len(p) < 160 and lines._APPEAL.search(p))]
    for name, hit in checks:
        if hit:
            return name
    if lines._GLUED_PROMO.search(p):
        return "lines._GLUED_PROMO"
    if p not in repeats.without_repeats(paras):
        return "repeats.without_repeats"
    if name_key(p) and name_key(p) == name_key(title):
        return "html: headline repeat"
    bl, rest = byline.split_byline(p + "\n\nx")
    if bl is not None:
        return "byline.split_byline"
    if _without_date_line(p + "\n\nx")[1] is not None:
        return "html._without_date_line"
    h1 = without_hidden_text(page_html)
    if _norm(p) not in _norm(scan_page(h1).all_text):
        return "hidden.without_hidden_text"
    h2 = without_pinned_copies(h1)
    if _norm(p) not in _norm(scan_page(h2).all_text):
        return "pinned.without_pinned_copies"
    if fallback:
        scan = scan_page(h2)
        if _norm(p) not in _norm(scan.text):
            return "pagescan: furniture block"
        if _norm(p) not in _norm(scan.article_text):
            return "pagescan.article_block"
        return "fallback: other"
    return "trafilatura / later step"


def run(folder: Path, sample: int, seed: int, templates: list[str], show: int, parsers: list[str]) -> int:
    files = sorted(folder.rglob("*.txt"))
    if sample and sample < len(files):
        files = sorted(random.Random(seed).sample(files, sample))
    stats = {k: Counter() for k in parsers}
    by_template = {k: defaultdict(Counter) for k in parsers}
    causes = {k: Counter() for k in parsers}
    lost: dict[str, list[tuple]] = {k: [] for k in parsers}
    leaked = {k: Counter() for k in parsers}
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        for fi, f in enumerate(files):
            title, paras = read_article(f)
            if not paras:
                continue
            rel = f.relative_to(folder).as_posix()
            for template in templates:
                rnd = random.Random(f"{seed}:{rel}:{template}")
                date = dt.datetime(2024, 1, 1, 6, 0) + dt.timedelta(days=rnd.randrange(700), minutes=rnd.randrange(900))
                text = page(template, title, paras, rnd, date)
                shown = [s for s in sentences(paras) if re.search(r"\w\w", s)] if template == "wire" else paras
                path = Path(tmp) / "page.html"
                path.write_text(text, encoding="utf-8")
                for parser in parsers:
                    a = read_back(path, parser == "fallback")
                    body = _norm(a.body) if a else ""
                    s, bt = stats[parser], by_template[parser][template]
                    s["pages"] += 1
                    bt["pages"] += 1
                    missing = [p for p in shown if _norm(p) not in body]  # (a wire page: each sentence)
                    found = len(shown) - len(missing)
                    leaks = [x for x in FURNITURE if _norm(x) in body]
                    twice = [p for p in sentences(paras) if len(p.split()) >= 8 and body.count(_norm(p)) > sum(
                        _norm(q).count(_norm(p)) for q in paras)]  # a pull quote read as a second copy
                    leaks += [f"(twice) {p[:60]}" for p in twice]
                    for c in (s, bt):
                        c["paras"] += len(shown)
                        c["found"] += found
                        c["leaks"] += len(leaks)
                        c["lost_pages"] += bool(missing)
                        c["title_ok"] += bool(a and _norm(a.title) == _norm(title))
                        if a and _norm(a.title) != _norm(title) and template == "news":
                            lost[parser].append((rel, template, "title", f"{title!r} read as {a.title!r}"))
                        c["date_ok"] += bool(a and a.date and str(a.date)[:10] == date.date().isoformat())
                        c["empty"] += a is None
                    leaked[parser].update(f"[{template}] {x}" if not x.startswith("(twice)") else f"[{template}] (a sentence twice)"
                                          for x in leaks)
                    for p in missing:
                        cause = why_dropped(p, shown, title, text, parser == "fallback")
                        causes[parser][cause] += 1
                        lost[parser].append((rel, template, cause, p))
            if (fi + 1) % 100 == 0:
                print(f"  {fi + 1}/{len(files)} articles, {time.time() - t0:.0f}s", file=sys.stderr)
    for parser in parsers:
        s = stats[parser]
        prec = s["found"] / (s["found"] + s["leaks"]) if s["found"] + s["leaks"] else 0.0
        print(f"\n== {parser}: {len(files)} articles x {len(templates)} templates = {s['pages']} pages")
        print(f"recall {s['found'] / max(1, s['paras']):.4f} ({s['paras'] - s['found']} of {s['paras']} paragraphs lost)"
              f"  precision {prec:.4f} ({s['leaks']} furniture strings leaked)"
              f"  pages with a lost paragraph {s['lost_pages']}  title {s['title_ok'] / max(1, s['pages']):.3f}"
              f"  date {s['date_ok'] / max(1, s['pages']):.3f}  empty {s['empty']}")
        for template in templates:
            bt = by_template[parser][template]
            print(f"  {template:8} recall {bt['found'] / max(1, bt['paras']):.4f}  leaks {bt['leaks']:5}"
                  f"  lost pages {bt['lost_pages']:4}  title {bt['title_ok'] / max(1, bt['pages']):.3f}"
                  f"  date {bt['date_ok'] / max(1, bt['pages']):.3f}")
        print("  furniture leaked:", ", ".join(f"{x} ({n})" for x, n in leaked[parser].most_common(8)))
        print("  lost paragraphs by cause:")
        for cause, n in causes[parser].most_common():
            print(f"    {n:6}  {cause}")
        for rel, template, cause, p in lost[parser][:show]:
            print(f"    - {rel} [{template}] {cause}: {p[:160]!r}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--sample", type=int, default=0, help="a seeded sample of this many articles (default: all)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--templates", default=",".join(TEMPLATES))
    ap.add_argument("--parsers", default="trafilatura,fallback")
    ap.add_argument("--show", type=int, default=30, help="list this many lost paragraphs per parser")
    args = ap.parse_args(argv)
    return run(args.folder, args.sample, args.seed, args.templates.split(","), args.show, args.parsers.split(","))


if __name__ == "__main__":
    sys.exit(main())
