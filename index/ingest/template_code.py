"""Unrendered template code left in saved pages (``{{ x.y }}``, ``{% … %}``, ``<% … %>``, ``${…}``)."""

from __future__ import annotations

import re

TEMPLATE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|\$\{[^}]*\}")


def has_template(text: str) -> bool:
    """True when ``text`` holds unrendered template code (``{{ x.y }}``, ``{% … %}``)."""
    return bool(TEMPLATE.search(text))
