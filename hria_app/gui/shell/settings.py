"""The app's remembered UI state: one typed wrapper over QSettings with every key declared here.

Only UI state lives in settings (window geometry, recent files, the languages of the interface, of rubric text and
of the answers being written). Assessments are
files; recovery copies live in the data folder, never in settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from hria_app.core.text import LANGUAGES

T = TypeVar("T")
DATA_DIR_VARIABLE = "HRIA_DATA_DIR"
INTERFACE_CHOICES = ("system", *LANGUAGES)
MAX_RECENT = 10


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T
    kind: type


GEOMETRY = Key("window/geometry", QByteArray(), QByteArray)
SPLITTER = Key("window/splitter", QByteArray(), QByteArray)
RECENT_FILES: Key[list[str]] = Key("files/recent", [], list)
LAST_FOLDER = Key("files/last_folder", "", str)
RUBRIC_LANGUAGE = Key("view/rubric_language", "en", str)
INTERFACE_LANGUAGE = Key("view/interface_language", "system", str)
ANSWER_LANGUAGE = Key("view/answer_language", "en", str)
AUTOSAVE_SECONDS = Key("autosave/seconds", 30.0, float)
# Folded by default, so the answer choices are on screen without scrolling (1366×768); opening it is remembered.
GUIDANCE_SHOWN = Key("view/guidance_shown", False, bool)
YOUR_NAME = Key("review/your_name", "", str)  # signs comments and approvals


def data_dir() -> Path:
    """Where recovery copies and the crash log go: $HRIA_DATA_DIR, else the platform's user data folder."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("hria", appauthor=False)


class Settings:
    """Typed access to QSettings. With `path`, an INI file there (tests); else the platform's usual place."""

    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._store = QSettings()
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: Key[T]) -> T:
        if not self._store.contains(key.name):
            return key.default
        value = self._store.value(key.name, key.default, type=key.kind)
        return cast(T, value) if isinstance(value, key.kind) else key.default

    def set(self, key: Key[T], value: T) -> None:
        self._store.setValue(key.name, value)

    def sync(self) -> None:
        self._store.sync()

    def has(self, key: Key[T]) -> bool:
        """True once a value was stored: a default may then follow something else (the interface language)."""
        return self._store.contains(key.name)

    @property
    def interface_language(self) -> str:
        """ "system" (follow the system's language), "en" or "th"."""
        choice = self.get(INTERFACE_LANGUAGE)
        return choice if choice in INTERFACE_CHOICES else INTERFACE_LANGUAGE.default

    @interface_language.setter
    def interface_language(self, choice: str) -> None:
        if choice not in INTERFACE_CHOICES:
            raise ValueError(f"unsupported interface language {choice!r}")
        self.set(INTERFACE_LANGUAGE, choice)

    @property
    def answer_language(self) -> str:
        """The language version of the assessor's own text that editors show and write."""
        lang = self.get(ANSWER_LANGUAGE)
        return lang if lang in LANGUAGES else ANSWER_LANGUAGE.default

    @answer_language.setter
    def answer_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        self.set(ANSWER_LANGUAGE, lang)

    @property
    def rubric_language(self) -> str:
        lang = self.get(RUBRIC_LANGUAGE)
        return lang if lang in LANGUAGES else RUBRIC_LANGUAGE.default

    @rubric_language.setter
    def rubric_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        self.set(RUBRIC_LANGUAGE, lang)

    @property
    def autosave_seconds(self) -> float:
        return max(0.05, self.get(AUTOSAVE_SECONDS))

    @autosave_seconds.setter
    def autosave_seconds(self, seconds: float) -> None:
        self.set(AUTOSAVE_SECONDS, float(seconds))

    @property
    def your_name(self) -> str:
        """The person using the app, as comments and approvals record them; empty until they set it."""
        return self.get(YOUR_NAME).strip()

    @your_name.setter
    def your_name(self, name: str) -> None:
        self.set(YOUR_NAME, name.strip())

    @property
    def last_folder(self) -> Path | None:
        folder = self.get(LAST_FOLDER)
        return Path(folder) if folder and Path(folder).is_dir() else None

    @last_folder.setter
    def last_folder(self, folder: Path) -> None:
        self.set(LAST_FOLDER, str(folder))

    @property
    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self.get(RECENT_FILES) if isinstance(p, str) and p]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        paths = [path, *(p for p in self.recent_files if p != path)]
        self.set(RECENT_FILES, [str(p) for p in paths[:MAX_RECENT]])
        self.last_folder = path.parent

    def remove_recent(self, path: Path) -> None:
        self.set(RECENT_FILES, [str(p) for p in self.recent_files if p != path])

    def clear_recent(self) -> None:
        self.set(RECENT_FILES, [])
