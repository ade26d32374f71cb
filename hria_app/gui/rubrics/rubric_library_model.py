"""The rubric library as a table: a thin adapter over RubricLibrary entries, one row per rubric file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from hria_app.core.library import LibraryEntry
from hria_app.core.rubric import Rubric
from hria_app.core.text import Text
from hria_app.gui.rubrics.rubric_issue_list import short_issue
from hria_app.gui.widgets import look
from hria_app.gui.widgets.i18n import interface_language

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
TITLE, RUBRIC_ID, VERSION, ORIGIN, LANGUAGES, CRITERIA, STATUS = range(7)


def rubric_texts(rubric: Rubric) -> Iterator[Text]:
    """Every text a user of the rubric reads."""
    yield rubric.title
    yield from rubric.scoring.scale.values()
    yield from (level.label for level in rubric.scoring.levels)
    for flag in rubric.red_flags:
        yield flag.title
    for reference in rubric.references:
        yield reference.title
    for section in rubric.sections:
        yield section.title
        for criterion in section.criteria:
            yield from (criterion.title, criterion.question, *criterion.anchors.values())
            yield from (r.text for r in criterion.recommendations)
            if criterion.guidance:
                yield criterion.guidance


def language_coverage(rubric: Rubric) -> dict[str, int]:
    """For each declared language, the percentage of the rubric's texts written in it."""
    texts = list(rubric_texts(rubric))
    total = len(texts) or 1
    return {lang: round(100 * sum(1 for t in texts if t.has(lang)) / total) for lang in rubric.languages}


class RubricLibraryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[LibraryEntry] = []
        self.lang = "en"
        self._coverage: dict[str, str] = {}  # by rubric fingerprint: views ask for it on every paint
        self.headers = [
            self.tr("Title"),
            self.tr("Id"),
            self.tr("Version"),
            self.tr("Origin"),
            self.tr("Languages"),
            self.tr("Criteria"),
            self.tr("Status"),
        ]

    def set_entries(self, entries: list[LibraryEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._coverage.clear()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.entries:
            self.dataChanged.emit(self.index(0, TITLE), self.index(len(self.entries) - 1, TITLE))

    def row_of(self, path: object) -> int:
        return next((row for row, entry in enumerate(self.entries) if entry.path == path), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == STATUS and not entry.valid:
                errors = [issue for issue in entry.issues if issue.severity == "error"]
                return errors[0].describe(interface_language()) if errors else ""
            if column == TITLE:
                return str(entry.path)
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and not entry.valid:
            return look.ERROR_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == CRITERIA:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: LibraryEntry, column: int) -> str:
        rubric = entry.rubric
        if column == ORIGIN:
            return self.tr("bundled (read-only)") if entry.origin == "bundled" else self.tr("yours")
        if column == STATUS:
            if rubric is None:
                first = next((issue for issue in entry.issues if issue.severity == "error"), None)
                return self.tr("Invalid: {error}").format(error=short_issue(first) if first else "")
            warnings = sum(1 for issue in entry.issues if issue.severity == "warning")
            return self.tr("Valid, %n warning(s)", "", warnings) if warnings else self.tr("Valid")
        if rubric is None:
            return entry.path.name if column == TITLE else ""
        if column == TITLE:
            return rubric.title.get(self.lang)
        if column == RUBRIC_ID:
            return rubric.id
        if column == VERSION:
            return rubric.version
        if column == LANGUAGES:
            if rubric.fingerprint not in self._coverage:
                coverage = language_coverage(rubric)
                self._coverage[rubric.fingerprint] = "  ".join(f"{lang} {pc}%" for lang, pc in coverage.items())
            return self._coverage[rubric.fingerprint]
        if column == CRITERIA:
            return str(rubric.criterion_count)
        return ""
