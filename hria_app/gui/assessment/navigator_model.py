"""The rubric's sections and criteria as a Qt tree, with each criterion's answer status and each section's
completion. A thin adapter: it reads the rubric and the assessment on demand and keeps no copy of either."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from hria_app.core.assessment import Answer
from hria_app.core.conflicts import conflicted_criteria
from hria_app.core.rubric import Criterion, Section
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.widgets.i18n import search_key

CRITERION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 4  # True for a criterion a rubric upgrade changed
REVIEW_MARK = "↻"
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 5  # True for a criterion with an unresolved merge conflict
CONFLICT_MARK = "⚠"
CARRIED_OVER_ROLE = Qt.ItemDataRole.UserRole + 6  # True for a re-assessment's answer not yet confirmed
CARRIED_OVER_MARK = "◌"
EVIDENCE_PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 7  # True for a criterion with a missing or altered file
EVIDENCE_PROBLEM_MARK = "⚠"
TITLE_COLUMN, STATUS_COLUMN = 0, 1
RED_FLAG_COLOUR = QColor("#b3261e")
RED_FLAG_MARK = "⚑"
CONFLICT_COLOUR = QColor("#9a4d00")
_SECTION = 0  # internal id of a section row; a criterion row stores its section's row + 1

AnyIndex = QModelIndex | QPersistentModelIndex
UNANSWERED = Answer()


class NavigatorModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: AssessmentDocument | None = None
        self._lang = "en"
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._review: frozenset[str] = frozenset()
        self._evidence_problems: frozenset[str] = frozenset()  # criteria with a missing or altered attached file
        # What each criterion row shows of its answer, so an edit that changes none of it (typing a note) costs
        # the views nothing: a dataChanged makes the tree re-measure its status column over every row.
        self._shown: dict[str, tuple[object, ...]] = {}

    # Feeding the model.
    def set_document(self, document: AssessmentDocument | None) -> None:
        self.beginResetModel()
        if self._document is not None:
            self._document.answer_changed.disconnect(self._on_answer_changed)
        if document is not self._document:
            self._review = frozenset()
            self._evidence_problems = frozenset()
        self._document = document
        self._shown = {}
        if document is not None:
            document.answer_changed.connect(self._on_answer_changed)
            self._shown = {c.id: _row_state(self._answer(c)) for c in document.assessment.rubric.criteria()}
        self.endResetModel()

    def set_review(self, criterion_ids: frozenset[str]) -> None:
        """Mark the criteria whose meaning changed in a rubric upgrade: their answers deserve a second look."""
        self._review = criterion_ids
        self.set_language(self._lang)  # repaints every row

    def set_evidence_problems(self, criterion_ids: frozenset[str]) -> None:
        """Flag the criteria whose attached files are missing or altered (from the last check)."""
        self._evidence_problems = criterion_ids
        self.set_language(self._lang)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        for row in range(self.rowCount()):
            section_index = self.index(row, TITLE_COLUMN)
            self.dataChanged.emit(section_index, self.index(row, STATUS_COLUMN))
            count = self.rowCount(section_index)
            if count:
                self.dataChanged.emit(
                    self.index(0, TITLE_COLUMN, section_index), self.index(count - 1, STATUS_COLUMN, section_index)
                )

    def retranslate(self) -> None:
        """The model's own words (statuses, counts) in the interface language: every row is shown again."""
        self.set_language(self._lang)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, TITLE_COLUMN, STATUS_COLUMN)

    def index_of(self, criterion_id: str) -> QModelIndex:
        if self._document is None:
            return QModelIndex()
        for section_row, section in enumerate(self._sections()):
            for row, criterion in enumerate(section.criteria):
                if criterion.id == criterion_id:
                    return self.index(row, TITLE_COLUMN, self.index(section_row, TITLE_COLUMN))
        return QModelIndex()

    # QAbstractItemModel.
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Bounds checked here rather than with hasIndex(), which calls back into Python twice per index.
        if self._document is None or not 0 <= column < 2 or row < 0:
            return QModelIndex()
        sections = self._sections()
        if not parent.isValid():
            return self.createIndex(row, column, _SECTION) if row < len(sections) else QModelIndex()
        if parent.internalId() != _SECTION or parent.column() != TITLE_COLUMN:
            return QModelIndex()
        if parent.row() >= len(sections) or row >= len(sections[parent.row()].criteria):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _SECTION:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, TITLE_COLUMN, _SECTION)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        if self._document is None:
            return 0
        if not parent.isValid():
            return len(self._sections())
        if parent.column() != TITLE_COLUMN or parent.internalId() != _SECTION:
            return 0
        return len(self._sections()[parent.row()].criteria)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 2

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Criterion") if section == TITLE_COLUMN else self.tr("Status")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._document is None:
            return None
        if index.internalId() == _SECTION:
            return self._section_data(self._sections()[index.row()], index.column(), role)
        section = self._sections()[index.internalId() - 1]
        return self._criterion_data(section.criteria[index.row()], index.column(), role)

    # Reading the rubric and the assessment.
    def _sections(self) -> tuple[Section, ...]:
        assert self._document is not None
        return self._document.assessment.rubric.sections

    def _answer(self, criterion: Criterion) -> Answer:
        assert self._document is not None
        # Not assessment.answer(): views ask for data thousands of times, and that builds an empty Answer each time.
        return self._document.assessment.answers.get(criterion.id, UNANSWERED)

    def _section_data(self, section: Section, column: int, role: int) -> Any:
        answered = sum(1 for c in section.criteria if self._answer(c).is_answered)
        total = len(section.criteria)
        title = section.title.get(self._lang)
        summary = self.tr("{answered} of {total} answered").format(answered=answered, total=total)
        if role == Qt.ItemDataRole.DisplayRole:
            return title if column == TITLE_COLUMN else f"{answered}/{total}"
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{title}: {summary}"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == STATUS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SECTION_ID_ROLE:
            return section.id
        if role == SEARCH_ROLE:
            return " ".join([section.id, *section.title])
        return None

    def _criterion_data(self, criterion: Criterion, column: int, role: int) -> Any:
        answer = self._answer(criterion)
        review = criterion.id in self._review
        assert self._document is not None
        conflicts = self._document.assessment.conflicts
        conflicted = bool(conflicts) and criterion.id in conflicted_criteria(conflicts)
        evidence_problem = criterion.id in self._evidence_problems
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE_COLUMN:
                return f"{criterion.id}  {criterion.title.get(self._lang)}"
            marks = [REVIEW_MARK] * review + [CONFLICT_MARK] * conflicted + [CARRIED_OVER_MARK] * answer.carried_over
            marks += [EVIDENCE_PROBLEM_MARK] * evidence_problem
            return " ".join([*marks, self._mark(answer)])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = f"{criterion.id} {criterion.title.get(self._lang)}: {self.describe(answer)}"
            if conflicted:
                text += self.tr("; merge conflict, choose a version")
            if answer.carried_over:
                text += self.tr("; carried over from the previous assessment, check and confirm")
            if evidence_problem:
                text += self.tr("; an attached file is missing or altered")
            return text + self.tr("; changed in the new rubric version, review the answer") if review else text
        if role == EVIDENCE_PROBLEM_ROLE:
            return evidence_problem
        if role == REVIEW_ROLE:
            return review
        if role == CONFLICT_ROLE:
            return conflicted
        if role == CARRIED_OVER_ROLE:
            return answer.carried_over
        if role == Qt.ItemDataRole.ForegroundRole and conflicted:
            return CONFLICT_COLOUR
        if role == Qt.ItemDataRole.FontRole and review:
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole and answer.red_flags:
            return RED_FLAG_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole and column == STATUS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CRITERION_ID_ROLE:
            return criterion.id
        if role == SECTION_ID_ROLE:
            return self._document.assessment.rubric.section_of(criterion.id).id if self._document else None
        if role == SEARCH_ROLE:
            return " ".join([criterion.id, *criterion.title, *criterion.question])
        return None

    def _mark(self, answer: Answer) -> str:
        marks = {"unanswered": "–", "unknown": "?", "not_applicable": self.tr("n/a")}
        mark = str(answer.score) if answer.status == "scored" else marks[answer.status]
        return f"{RED_FLAG_MARK} {mark}" if answer.red_flags else mark

    def describe(self, answer: Answer) -> str:
        descriptions = {
            "unanswered": self.tr("not answered yet"),
            "unknown": self.tr("unknown"),
            "not_applicable": self.tr("not applicable"),
            "scored": self.tr("scored {score}").format(score=answer.score),
        }
        text = descriptions[answer.status]
        if answer.red_flags:
            text += self.tr(", red flag raised")
        return text

    def _on_answer_changed(self, criterion_id: str) -> None:
        assert self._document is not None
        state = _row_state(self._document.assessment.answers.get(criterion_id, UNANSWERED))
        if self._shown.get(criterion_id) == state:
            return
        self._shown[criterion_id] = state
        index = self.index_of(criterion_id)
        if not index.isValid():
            return
        self.dataChanged.emit(index, index.siblingAtColumn(STATUS_COLUMN))
        section = index.parent()
        self.dataChanged.emit(section, section.siblingAtColumn(STATUS_COLUMN))


def _row_state(answer: Answer) -> tuple[object, ...]:
    """All of an answer that its row and its section's row show: status, score and red flags."""
    return answer.status, answer.score, bool(answer.red_flags)


class NavigatorFilter(QSortFilterProxyModel):
    """Shows the criteria whose id, title or question contain the typed text, with their sections.

    The comparison ignores case, Latin accents and the Thai marks people often leave out when typing (tone marks,
    the shortening and silent marks): "เปน" finds "เป็น". Thai has no spaces between words, so the text is
    matched anywhere, not at word starts. Rubric text in both languages is searched, whichever is shown."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)
        self._needle = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = search_key(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, TITLE_COLUMN, source_parent)
        return self._needle in search_key(str(index.data(SEARCH_ROLE) or ""))
