"""Embedded social posts (X/Twitter, Bluesky, Instagram, TikTok, Facebook) and video players, rewritten
before extraction.

A post a story embeds is usually a statement the story reports ('In a post on X, the minister welcomed
the decision'): its words are kept, as a quotation with the account's name ('Jane Minister posted on X:
“…”'), so the quote is found and has its speaker. The embed's furniture never is: the '— Name (@handle)
March 3, 2024' line, 'pic.twitter.com/…' and 't.co' links, 'View this post on Instagram', 'A post shared
by …', a TikTok's '♬ original sound', Facebook's 'Posted by … on …'. An embed with no words of its own
(a photo post) is dropped, as is a video player's figure ('Watch: …' under a YouTube frame).
(Trafilatura keeps a tweet's blockquote whole, furniture included, and its caption lines.)
"""

from __future__ import annotations

import re
from html import escape, unescape

_EMBED = re.compile(
    r"<blockquote\b[^>]*\bclass\s*=\s*[\"'][^\"']*\b(twitter-tweet|twitter-video|bluesky-embed|instagram-media|"
    r"tiktok-embed|fb-xfbml-parse-ignore)\b[^>]*>(?:(?!<blockquote\b).){0,20000}?</blockquote\s*>",
    re.IGNORECASE | re.DOTALL)
"""An embed's blockquote, up to its end (never past another blockquote: an embed left unclosed takes no
story text with it)."""
_PLATFORM = {"twitter-tweet": "X", "twitter-video": "X", "bluesky-embed": "Bluesky", "instagram-media": "Instagram",
             "tiktok-embed": "TikTok", "fb-xfbml-parse-ignore": "Facebook"}
_VIDEO_FIGURE = re.compile(
    r"<figure\b[^>]*>(?:(?!</?figure\b).){0,3000}?<iframe\b[^>]*\bsrc\s*=\s*[\"'][^\"']*(?:youtube(?:-nocookie)?\.com|"
    r"youtu\.be|vimeo\.com|dailymotion\.com|facebook\.com/plugins/video)(?:(?!</?figure\b).){0,3000}?</figure\s*>",
    re.IGNORECASE | re.DOTALL)
_VIDEO_HOSTS = ("youtube.com", "youtube-nocookie.com", "youtu.be", "vimeo.com", "dailymotion.com", "plugins/video")
_MEDIA_LINK = re.compile(r"^(?:pic\.(?:twitter|x)\.com/|https?://(?:t\.co|bit\.ly|instagr\.am)/)", re.IGNORECASE)
_MEDIA_TEXT = re.compile(r"\s*\b(?:pic\.(?:twitter|x)\.com|t\.co)/\S+", re.IGNORECASE)
_SIGNATURE = re.compile(r"[\u2014\u2013-]\s*(?P<name>[^()\n]{1,80}?)\s*\((?P<handle>@[\w.\-]+)\)")
_SHARED_BY = re.compile(r"A (?:post|video|photo|reel) shared by\s+(?P<name>.+?)(?:\s*\((?P<handle>@[\w.]+)\)|$)",
                        re.IGNORECASE)
_POSTED_BY = re.compile(r"Posted by\s+(?P<name>.+?)\s+on\b", re.IGNORECASE)
_FURNITURE = re.compile(r"^(?:View (?:this|more) (?:post|video|profile)s? on Instagram|A (?:post|video|photo|reel) "
                        r"shared by\b.*|♬.*|Watch on TikTok|See more|Posted by .*)$", re.IGNORECASE)


def social_embeds(html: str) -> str:
    """``html`` with each embedded post replaced by a paragraph quoting it, video figures removed."""
    low = html.lower()
    if "(@" in html and "<blockquote" in low:  # a post's blockquote whose class was lost (a copy, an AMP fallback)
        budget = [MAX_BARE]
        html = _BARE.sub(lambda m: _rewrite_bare(m, budget), html)
        low = html.lower()
    if not any(k in low for k in ("twitter-tweet", "twitter-video", "bluesky-embed", "instagram-media",
                                  "tiktok-embed", "fb-xfbml", "<iframe", _MARK)):
        return html
    html = _EMBED.sub(_rewrite, html)
    if _MARK in html:
        html = _unwrap(html).replace(f"<p {_MARK}>", "<p>")
    if "<iframe" in low and any(h in low for h in _VIDEO_HOSTS):  # (the figure scan costs ~20 ms on a long page)
        html = _VIDEO_FIGURE.sub("", html)
    return html


_MARK = 'data-embedded-post="1"'
"""The mark of a paragraph written for an embedded post (see :func:`_rewrite`)."""
_WRAPPED = re.compile(r"<(div|figure|section|aside|span)\b[^>]*>\s*(<p " + _MARK + r">[^<]*</p>)\s*"
                      r"(?:<script\b[^>]*>\s*</script\s*>\s*|<figcaption\b[^>]*>(?:(?!</?figure\b).)*?</figcaption\s*>\s*)*"
                      r"</\1\s*>", re.IGNORECASE | re.DOTALL)
"""An element that holds nothing but an embedded post (its script and caption aside)."""


def _unwrap(html: str) -> str:
    """Each embedded post out of the wrappers that hold only it (WordPress's ``<figure class="wp-block-embed">``
    and ``wp-block-embed__wrapper``, a site's ``<div class="social-embed">``): extractors drop elements named
    for embeds with what they hold, and the post's words are the story's. A caption of the embed stays out."""
    for _ in range(6):  # (a wrapper at a time, from the inside out)
        html, n = _WRAPPED.subn(r"\2", html)
        if not n:
            break
    return html


def _fragment(markup: str):
    import lxml.html

    return lxml.html.fragment_fromstring(markup, create_parent="div")


def _text(el) -> str:
    return " ".join(el.text_content().split())


_BARE = re.compile(r"<blockquote\b([^<>]{0,2000})>(?:(?!</?blockquote\b).){0,5000}?</blockquote\s*>",
                   re.IGNORECASE | re.DOTALL)
"""A blockquote up to its end (never past another blockquote), its start tag's attributes bounded: each match
costs at most a few thousand steps, however many unclosed tags a page holds."""
_EMBED_CLASS = re.compile(r"\bclass\s*=\s*[\"'][^\"']*\b(?:twitter|bluesky|instagram|tiktok|fb-)", re.IGNORECASE)
"""An embed's class, whose blockquote :data:`_EMBED` reads."""
_SIGNED = re.compile(r"[\u2014\u2013-]\s*[^()\n]{1,80}?\s*\(@[\w.]{1,30}\)\s*(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})|"
                     r"(?:\d{1,2} [A-Z][a-z]{2,8} \d{4}))\s*$")
"""A post's signature at the end of its text ('— Jane Minister (@janeminister) March 3, 2026')."""


MAX_BARE = 200
"""At most this many blockquotes without an embed's class are rewritten as posts on one page."""


def _rewrite_bare(m: re.Match, budget: list[int]) -> str:
    """A blockquote that ends with a post's signature, rewritten as the post on X it is (while ``budget``
    lasts); any other as it was."""
    if budget[0] <= 0 or _EMBED_CLASS.search(m[1]):
        return m[0]
    inner = " ".join(unescape(re.sub(r"<[^<>]*>", " ", m[0])).split())
    if not _SIGNED.search(inner):
        return m[0]
    budget[0] -= 1
    return _rewrite_as(m[0], "X")


def _rewrite(m: re.Match) -> str:
    return _rewrite_as(m[0], _PLATFORM[m[1].lower()])


def _rewrite_as(markup: str, platform: str) -> str:
    """An embedded post of ``platform`` as a paragraph quoting its words with its author's name."""
    try:
        root = _fragment(markup)
    except Exception:  # (lxml's ParserError on an empty or broken fragment) the embed is left as it was
        return markup
    for br in root.iter("br"):
        br.tail = " " + (br.tail or "")
    for a in list(root.iter("a")):  # photo and short links are not words of the post
        if _MEDIA_LINK.match(_text(a)):
            a.drop_tree()
    whole = _text(root)
    name = handle = None
    if (sig := _SIGNATURE.search(whole)) and platform in ("X", "Bluesky"):
        name, handle = sig["name"].strip(), sig["handle"]
    elif sig := _SHARED_BY.search(whole):
        name, handle = sig["name"].strip(), sig["handle"]
    elif sig := _POSTED_BY.search(whole):
        name = sig["name"].strip()
    if platform == "TikTok":
        first = next(iter(root.iter("a")), None)
        if first is not None and _text(first).startswith("@"):
            handle = _text(first)
            first.drop_tree()
        for a in list(root.iter("a")):
            if _text(a).startswith("\u266c"):
                a.drop_tree()
        words = [_text(s) for s in root.iter("section")] or [_text(root)]
    else:
        words = [_text(p) for p in root.iter("p")]
    words = [_MEDIA_TEXT.sub("", w).strip() for w in words]  # (a link left as text: 'pic.x.com/…')
    words = [w for w in words if w and not _FURNITURE.match(w)]
    if not words:
        return ""
    said = " ".join(words)
    who = escape(name or handle or "", quote=False)
    if not who:
        return f"<p {_MARK}>\u201c{escape(said, quote=False)}\u201d</p>"
    return f"<p {_MARK}>{who} posted on {platform}: \u201c{escape(said, quote=False)}\u201d</p>"
