"""OPML subscription lists: the feeds of ``CORPUS/feeds.opml`` (read, and added to atomically)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..atomic import atomic_write_bytes
from ..errors import BriefingError

OPML_NAME = "feeds.opml"
OPML_MAX_BYTES = 4 * 1024 * 1024


class OpmlError(BriefingError):
    """An OPML file that cannot be read or written."""


@dataclass(frozen=True)
class FeedRef:
    """One subscription: the feed's URL and the title the list gives it."""

    url: str
    title: str = ""


def _load(path: Path) -> ET.ElementTree:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OpmlError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > OPML_MAX_BYTES:
        raise OpmlError(f"{path} is larger than {OPML_MAX_BYTES:,} bytes")
    if b"<!ENTITY" in data[:65536].upper():
        raise OpmlError(f"{path}: entity declarations are not accepted in an OPML file")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise OpmlError(f"{path} is not valid OPML: {exc}") from None
    if root.tag.lower() != "opml":
        raise OpmlError(f"{path} is not OPML: root element <{root.tag}>")
    return ET.ElementTree(root)


def read_opml(path: str | Path) -> list[FeedRef]:
    """The feeds an OPML file lists (outlines with an ``xmlUrl``, nested folders included), in order."""
    tree = _load(Path(path))
    out: list[FeedRef] = []
    seen: set[str] = set()
    for node in tree.getroot().iter("outline"):
        url = (node.get("xmlUrl") or node.get("xmlurl") or "").strip()
        if url and url not in seen:
            seen.add(url)
            out.append(FeedRef(url, (node.get("title") or node.get("text") or "").strip()))
    return out


def add_to_opml(path: str | Path, url: str, title: str = "") -> bool:
    """Append a feed to the OPML file (created if missing); False if it was already listed."""
    path = Path(path)
    if path.exists():
        tree = _load(path)
        if any(f.url == url for f in read_opml(path)):
            return False
    else:
        root = ET.Element("opml", version="2.0")
        head = ET.SubElement(root, "head")
        ET.SubElement(head, "title").text = "Briefing feeds"
        ET.SubElement(root, "body")
        tree = ET.ElementTree(root)
    body = tree.getroot().find("body")
    if body is None:
        body = ET.SubElement(tree.getroot(), "body")
    ET.SubElement(body, "outline", type="rss", text=title or url, title=title or url, xmlUrl=url)
    ET.indent(tree)
    atomic_write_bytes(path, ET.tostring(tree.getroot(), encoding="utf-8", xml_declaration=True) + b"\n")
    return True
