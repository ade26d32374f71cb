"""Shared fixtures. Every test runs with its own empty user rubric folder and settings, never the real ones."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

if "QT_QPA_PLATFORM" not in os.environ:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from hria_app.core.assessment import Assessment, new_assessment
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_loader import load_rubric

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
APP_LOGGER = "hria_app"


def pytest_addoption(parser: pytest.Parser) -> None:
    # The Qt-free run (make test-qt-free) has no pytest-qt: its setting in pyproject.toml must still be known there,
    # or --strict-config stops the run.
    try:
        import pytestqt  # noqa: F401
    except ImportError:
        parser.addini("qt_log_level_fail", "pytest-qt's setting; unused without Qt")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def no_unexpected_log_warning(request: pytest.FixtureRequest) -> Iterator[None]:
    """A warning the app logs is something a person would want to know about: a test fails on one it did not
    expect. A test that provokes one on purpose is marked `expected_log_warning` (and checks it with caplog)."""
    handler = _Collect()
    logger = logging.getLogger(APP_LOGGER)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("expected_log_warning") is None:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(f"unexpected log warning (mark the test expected_log_warning if it is meant):\n{lines}")


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("HRIA_RUBRIC_DIR", str(home / "rubrics"))
    monkeypatch.setenv("HRIA_DATA_DIR", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("HRIA_CACHE_DIR", str(home / "cache"))
    return home


@pytest.fixture
def mini_rubric() -> Rubric:
    return load_rubric(DATA / "mini-rubric.yaml")


@pytest.fixture
def mini_assessment(mini_rubric: Rubric) -> Assessment:
    return new_assessment(mini_rubric, "Mini test")
