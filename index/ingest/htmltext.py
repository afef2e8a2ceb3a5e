"""HTML fragments (a feed entry's content or summary) as plain text with paragraph breaks."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
           "table", "tr", "section", "article", "figure", "figcaption", "header", "footer", "hr", "dd", "dt"}
_SKIP = {"script", "style", "template", "noscript", "iframe", "object", "svg", "math", "head", "figcaption"}
"""Not text of the story (a caption is the picture's, which the text does not hold)."""


class _Fragment(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\r\f\v]+")


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment: blocks become paragraphs, runs of spaces one space."""
    parser = _Fragment()
    try:
        parser.feed(fragment)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup: keep what it read
        pass
    paras = []
    for block in "".join(parser.parts).split("\n\n"):
        line = _SPACES.sub(" ", block.replace("\n", " ")).strip()
        if line:
            paras.append(line)
    return "\n\n".join(paras)
