"""Thin Qt models over a scoring Result: the per-section table and the lists of criteria that need attention."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from hria_app.core import level_colours
from hria_app.core.rubric import Rubric, Scoring
from hria_app.core.scoring import Reason, Result, SectionResult
from hria_app.core.scoring.display import percent_text
from hria_app.core.text import Text
from hria_app.gui.assessment.charts import ChartItem, MatrixCell, level_colour

if TYPE_CHECKING:  # scoring is imported when the document first scores, not at start-up
    from hria_app.core.scoring import Reason, Result, SectionResult

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole  # the section or criterion id behind a row
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts worst last (so descending puts it first)
# Views ask for a dozen roles per cell; answering the rest with None straight away keeps repaints cheap.
_TABLE_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        KEY_ROLE,
        SORT_ROLE,
    }
)
_LIST_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole, KEY_ROLE}
)
_CRITERION_REASONS = frozenset({"red_flag", "gateway", "gateway_unknown"})


class SectionTableModel(QAbstractTableModel):
    SECTION, RATING, SEVERITY, LIKELIHOOD, SCORE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: tuple[SectionResult, ...] = ()
        self._lang = "en"
        self._headers = self._header_texts()

    def _header_texts(self) -> tuple[str, ...]:
        return (self.tr("Section"), self.tr("Rating"), self.tr("Severity"), self.tr("Likelihood"), self.tr("Score"))

    def retranslate(self) -> None:
        """Headers and "not rated" in the interface language."""
        self._headers = self._header_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._sections:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._sections) - 1, self.SCORE))

    def set_result(self, result: Result, lang: str = "en") -> None:
        old = self._sections
        if [s.id for s in result.sections] == [s.id for s in old] and lang == self._lang:
            # Same sections: announce only the rows that changed (usually one per edit), so selection and scroll
            # position survive and the view re-reads a handful of cells rather than the whole table.
            self._sections = result.sections
            for row, (before, after) in enumerate(zip(old, result.sections, strict=True)):
                if before != after:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, self.SCORE))
            return
        self.beginResetModel()
        self._sections, self._lang = result.sections, lang
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._sections = ()
        self.endResetModel()

    def section_id(self, row: int) -> str:
        return self._sections[row].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._sections)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _TABLE_ROLES or not index.isValid() or not 0 <= index.row() < len(self._sections):
            return None
        section = self._sections[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(section, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [section.title.get(self._lang), *(reason.text(self._lang) for reason in section.reasons)]
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and column == self.RATING:
            return level_colour(section.colour, section.rank, section.max_rank)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.SECTION:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == KEY_ROLE:
            return section.id
        if role == SORT_ROLE:
            return self._sort_value(section, column)
        return None

    def _display(self, section: SectionResult, column: int) -> str:
        if column == self.SECTION:
            return section.title.get(self._lang)
        if column == self.RATING:
            return section.label.get(self._lang) if section.level else self.tr("not rated")
        if column == self.SEVERITY:
            return "" if section.severity is None else str(section.severity)
        if column == self.LIKELIHOOD:
            return "" if section.likelihood is None else str(section.likelihood)
        return f"{percent_text(section.percent, section.edges)}%" if section.level else ""

    def _sort_value(self, section: SectionResult, column: int) -> Any:
        if column == self.SECTION:
            return section.title.get(self._lang)
        if column == self.RATING:
            return (-1 if section.rank is None else section.rank) * 1000 + section.percent
        if column == self.SEVERITY:
            return section.severity or 0
        if column == self.LIKELIHOOD:
            return section.likelihood or 0
        return section.percent


@dataclass(frozen=True)
class Entry:
    """One line of a list; activating it opens its criterion, or else its section, when it has one."""

    text: str
    criterion_id: str = ""
    section_id: str = ""
    detail: str = ""


class EntryListModel(QAbstractListModel):
    """Reasons, red flags raised, unknown or unanswered criteria: short lines that lead somewhere."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        if entries == self._entries:
            return
        if len(entries) == len(self._entries):
            changed = [row for row, (a, b) in enumerate(zip(self._entries, entries, strict=True)) if a != b]
            self._entries = list(entries)
            for row in changed:
                self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _LIST_ROLES or not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.detail or entry.text
        return entry.criterion_id or entry.section_id


@dataclass(frozen=True)
class ReasonTemplates:
    """Translated lines that stand for several reasons of one kind, so the list reads at a glance.
    `red_flags` takes {criteria}; `critical_sections` takes {sections}, {rating} and {level}."""

    red_flags: str
    critical_sections: str


def reason_entries(result: Result, lang: str, templates: ReasonTemplates) -> list[Entry]:
    """The overall level's reasons in the core's order, with all red flags on one line and critical sections
    grouped: each raised flag is listed in full beside it, and each section in the table."""
    reasons = result.overall.reasons
    entries: list[Entry] = []
    flags = [r for r in reasons if r.code == "red_flag"]
    floors: dict[tuple[str, str], list[Reason]] = {}
    for reason in reasons:
        if reason.code == "critical_section":
            key = (_text(reason.params["rating"], lang), _text(reason.params["level"], lang))
            floors.setdefault(key, []).append(reason)
    for reason in reasons:
        if reason.code == "red_flag" and len(flags) > 1:
            if reason is flags[0]:
                criteria = ", ".join(dict.fromkeys(str(r.params["criterion"]) for r in flags))
                detail = "\n".join(r.text(lang) for r in flags)
                entries.append(
                    Entry(templates.red_flags.format(criteria=criteria), str(reason.params["criterion"]), detail=detail)
                )
            continue
        if reason.code == "critical_section":
            key = (_text(reason.params["rating"], lang), _text(reason.params["level"], lang))
            group = floors[key]
            if len(group) > 1:
                if reason is group[0]:
                    sections = ", ".join(str(r.params["section"]) for r in group)
                    text = templates.critical_sections.format(sections=sections, rating=key[0], level=key[1])
                    entries.append(
                        Entry(
                            text,
                            section_id=str(reason.params["section"]),
                            detail="\n".join(r.text(lang) for r in group),
                        )
                    )
                continue
        criterion = str(reason.params.get("criterion", "")) if reason.code in _CRITERION_REASONS else ""
        section = str(reason.params.get("section", "")) if reason.code == "critical_section" else ""
        entries.append(Entry(reason.text(lang), criterion, section))
    return entries


def _text(value: object, lang: str) -> str:
    return value.get(lang) if isinstance(value, Text) else str(value)


def red_flag_entries(result: Result, rubric: Rubric, lang: str, on: str) -> list[Entry]:
    """`on` is the translated connective, e.g. "on", placed between the flag and its criterion."""
    entries = []
    for raised in result.red_flags:
        criterion = rubric.criterion(raised.criterion)
        text = f"{raised.flag} · {raised.title.get(lang)} — {on} {criterion.id} {criterion.title.get(lang)}"
        entries.append(Entry(text, raised.criterion, detail=rubric.red_flag(raised.flag).description.get(lang)))
    return entries


def open_question_entries(result: Result, rubric: Rubric, lang: str, unknown: str, unanswered: str) -> list[Entry]:
    """Unknown answers first (someone looked and could not find out), then the ones nobody has answered yet."""
    entries = []
    for ids, status in ((result.unknown, unknown), (result.unanswered, unanswered)):
        for criterion_id in ids:
            criterion = rubric.criterion(criterion_id)
            text = f"{criterion_id} · {criterion.title.get(lang)} — {status}"
            entries.append(Entry(text, criterion_id, detail=criterion.question.get(lang)))
    return entries


def chart_items(result: Result, lang: str) -> list[ChartItem]:
    return [
        ChartItem(
            key=s.id,
            short=s.id,
            title=s.title.get(lang),
            rating=s.label.get(lang) if s.level else "",
            colour=level_colour(s.colour, s.rank, s.max_rank),
            rank=s.rank,
            percent=s.percent,
            severity=s.severity,
            likelihood=s.likelihood,
            edges=s.edges,
        )
        for s in result.sections
    ]


def matrix_cells(scoring: Scoring, lang: str) -> dict[tuple[int, int], MatrixCell]:
    """The rights matrix as the heat map draws it: (likelihood, severity) -> the section rating it gives."""
    return {
        key: MatrixCell(cell.label.get(lang), QColor(cell.colour))
        for key, cell in level_colours.matrix_cells(scoring).items()
    }
