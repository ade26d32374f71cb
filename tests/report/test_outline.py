"""Each bookmark of the brief opens the page that holds its heading, not page 1."""

from __future__ import annotations

from typing import Any

import pytest

from tests.report.conftest import Render
from tests.report.pdf_tools import joined, page_texts, reader


def _destinations(pdf: bytes) -> list[tuple[str, int]]:
    """(title, page index) of every outline entry, nested ones included."""
    document = reader(pdf)
    found: list[tuple[str, int]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                page = document.get_destination_page_number(item)
                found.append((str(item.title), page))

    walk(document.outline)
    return found


@pytest.mark.parametrize("lang", ["en", "th", "en+th"])
def test_every_bookmark_opens_the_page_of_its_heading(brief: Render, lang: str) -> None:
    pdf = brief(lang, False)
    pages = page_texts(pdf)
    destinations = _destinations(pdf)
    assert len(destinations) >= 10
    # Thai lines may break anywhere: compare without spaces or line breaks.
    for title, page in destinations:
        assert joined(title) in joined(pages[page]), f"{title!r} is not on page {page + 1}"
    used = {page for _, page in destinations}
    assert len(used) > len(destinations) // 3, "the bookmarks lead to a few pages only"
    assert max(used) > len(pages) // 2


def test_bookmarks_follow_the_order_of_the_brief(brief: Render) -> None:
    pages = [page for _, page in _destinations(brief("en", False))]
    assert pages == sorted(pages)
    assert pages[0] == 1  # the first part, the summary, follows the cover
