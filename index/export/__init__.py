"""Export quotes into a briefing: Markdown, JSON (with a published schema), CSV and plain text."""

from .items import ExportFilters, build_export_items, make_document
from .render import FORMATS, GROUPINGS, render
from .write import EXTENSIONS, ExportError, default_file_name, export_target, make_folder, write_export

__all__ = ["ExportFilters", "build_export_items", "make_document", "render", "FORMATS", "GROUPINGS",
           "EXTENSIONS", "ExportError", "write_export", "default_file_name", "export_target",
           "make_folder"]
