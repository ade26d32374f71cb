"""Briefs rendered once per test session: each render takes about a second."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from hria_app.core.assessment import Assessment
from hria_app.report import render_pdf
from tests.report.builders import realistic_assessment

DATE = dt.date(2025, 3, 1)
Render = Callable[[str, bool], bytes]


@pytest.fixture(scope="session")
def realistic() -> Assessment:
    return realistic_assessment()


@pytest.fixture(scope="session")
def brief(realistic: Assessment) -> Render:
    """The realistic assessment's brief in a language, full or public; rendered on first use."""
    cache: dict[tuple[str, bool], bytes] = {}

    def get(lang: str, public: bool) -> bytes:
        if (lang, public) not in cache:
            cache[(lang, public)] = render_pdf(realistic, lang=lang, public=public, date=DATE)
        return cache[(lang, public)]

    return get
