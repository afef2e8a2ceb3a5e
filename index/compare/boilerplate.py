"""Lines that are page furniture, not reporting: menus, share buttons, subscription prompts, credits.

Such lines are never claims: comparison and story alignment leave them out, so two articles of one
site do not "share" their navigation menu.
"""

from __future__ import annotations

import re

_PATTERNS = re.compile(
    r"""^(?:
        share(?:\ (?:this|on|via|the\ story|article|story)\b.*)? | tweet(?:\ this)? | e-?mail(?:\ this)? | print(?:\ this)?
      | (?:share\ on\ |follow\ us\ on\ )?(?:facebook|twitter|linkedin|whatsapp|pinterest|reddit|instagram|youtube|messenger)
      | follow\ (?:us|@\w+)\b.* | subscribe\b.* | sign\ (?:up|in)\b.* | log\ ?(?:in|out)\b.* | register\b.{0,30}
      | (?:our|free|daily|weekly|the\ \w+)\ newsletters?\b.{0,60} | newsletters?:?.{0,40} | (?:get|receive)\ (?:our|the)\ .{0,40}(?:alerts?|emails?|newsletter).*
      | (?:read|see|show|view|load)\ (?:more|all|comments?)\b.{0,40} | more\ (?:from|on|stories|news)\b.{0,40}
      | related(?:\ (?:articles?|stories|coverage|content|topics|links))?:?.{0,60}
      | advertisement | sponsored(?:\ content)? | (?:click|tap)\ here\b.* | skip\ to\ .{0,30} | (?:main\ )?menu
      | (?:back\ to\ )?(?:top|home(?:page)?) | search | close | next | previous | comments?(?:\ \(\d+\))? | \d+\ comments?
      | ©.* | (?:copyright|\(c\))\ .{0,80} | all\ rights\ reserved\.? | (?:terms\ of\ (?:use|service)|privacy\ policy|cookie\ (?:policy|settings)).{0,60}
      | (?:most\ (?:read|popular|viewed|shared)|trending(?:\ now)?|editor'?s\ picks?|top\ stories|latest\ news)
      | (?:photo|image|video|watch|listen|graphic)(?:\ credit)?:.{0,80}
      | .{0,60}\((?:getty\ images|ap\ photo|reuters|afp)[^)]*\)
    )[.!:]?$""",
    re.IGNORECASE | re.VERBOSE,
)
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")


def is_boilerplate(text: str) -> bool:
    """True for a menu, share, subscription or credit line ("Share on Facebook", "Subscribe to …")."""
    t = " ".join(text.split())
    return bool(t) and len(t) <= 160 and _PATTERNS.match(t) is not None


def is_short_line(text: str) -> bool:
    """A line of three words at most without a sentence end: a menu item ("World", "U.S. News") when
    it comes with others in a run, a subheading when it stands alone."""
    t = " ".join(text.split())
    return bool(t) and len(_WORD.findall(t)) <= 3 and not _SENTENCE_END.search(t) and not t.endswith(('"', "”"))


def on_own_line(body: str, start: int, end: int) -> bool:
    """True if ``body[start:end]`` is the only text on its line(s)."""
    before = body.rfind("\n", 0, start) + 1
    after = body.find("\n", end)
    after = len(body) if after < 0 else after
    return not body[before:start].strip() and not body[end:after].strip()
