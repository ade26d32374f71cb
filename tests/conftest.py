"""Shared fixtures. Every test runs with its own empty user rubric folder and settings, never the real ones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

if "QT_QPA_PLATFORM" not in os.environ:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

from hria_app.core.assessment import Assessment, new_assessment
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_loader import load_rubric

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


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
