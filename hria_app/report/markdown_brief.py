"""The brief as Markdown, for wikis and plain-text review: the same outline as the Word document.

Text from the assessment is escaped, so a note holding Markdown or HTML shows as written and never becomes a
link, a heading or markup in the wiki that renders it.
"""

from __future__ import annotations

import re

from hria_app.report.model import Report
from hria_app.report.outline import Block, Grid, Heading, Items, Para, build_outline

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#!~])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])(\s)", re.MULTILINE)


def render_markdown(report: Report) -> str:
    return "\n".join(_block(block) for block in build_outline(report)).rstrip() + "\n"


def escape(text: str) -> str:
    escaped = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", escaped)


def _lines(text: str) -> str:
    """A paragraph's own line breaks kept as hard breaks."""
    return "  \n".join(escape(line) for line in text.splitlines() or [""])


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        return f"{'#' * (block.level + 1)} {escape(' '.join(block.text.split()))}\n"
    if isinstance(block, Para):
        text = _lines(block.text)
        if block.tone in ("strong", "warning"):
            text = f"**{text}**"
        elif block.tone == "muted":
            text = f"*{text}*"
        return text + "\n"
    if isinstance(block, Items):
        marker = "1." if block.numbered else "-"
        return "".join(f"{marker} {_cell(item)}\n" for item in block.items)
    return _table(block) if isinstance(block, Grid) else ""


def _cell(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines() or [""])


def _table(grid: Grid) -> str:
    header = grid.header if any(grid.header) else tuple(" " for _ in grid.header)
    lines = ["| " + " | ".join(_cell(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in grid.rows]
    return "\n".join(lines) + "\n"
