"""The rubric library as a list model, and a delegate that shows each rubric as title, facts and description.

The model lists the library's summaries (`RubricLibrary.listing()`, read from the rubric cache), so showing the
list builds no rubric; the one chosen is built when an assessment starts from it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hria_app.core.library import LibraryListing
from hria_app.core.rubric_cache import check_rubric_file_cached
from hria_app.gui.widgets.i18n import interface_language, sorted_by_text

LISTING_ROLE = Qt.ItemDataRole.UserRole + 1  # the LibraryListing
FACTS_ROLE = Qt.ItemDataRole.UserRole + 2
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 3
DESCRIPTION_LINES = 2
AnyIndex = QModelIndex | QPersistentModelIndex


def language_name(code: str) -> str:
    known = {
        "en": QCoreApplication.translate("RubricListModel", "English"),
        "th": QCoreApplication.translate("RubricListModel", "Thai (ไทย)"),
    }
    if code in known:
        return known[code]
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    english = QLocale.languageToString(locale.language())
    native = locale.nativeLanguageName()
    if locale.language() == QLocale.Language.English or not native or native == english:
        return english
    return f"{english} ({native})"


class RubricListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[LibraryListing] = []
        self.lang = "en"

    def set_entries(self, entries: list[LibraryListing]) -> None:
        self.beginResetModel()
        self.entries = self._sorted(entries)
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        """Titles in `lang`, listed in that language's alphabetical order."""
        self.layoutAboutToBeChanged.emit()
        self.lang = lang
        self.entries = self._sorted(self.entries)
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        """The model's own words (facts, problems) in the interface language."""
        self.set_language(self.lang)

    def _sorted(self, entries: list[LibraryListing]) -> list[LibraryListing]:
        # Rubrics by title, in the order of the language they are shown in (Thai dictionary order in Thai);
        # the ones that cannot be used come last, by file name.
        usable = sorted_by_text([e for e in entries if e.valid], lambda e: e.summary.title.get(self.lang), self.lang)
        broken = sorted((e for e in entries if not e.valid), key=lambda e: e.path.name.casefold())
        return [*usable, *broken]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.entries[index.row()].valid:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsSelectable  # listed so the author sees why, but cannot be started

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        summary = entry.summary
        if role == LISTING_ROLE:
            return entry
        if not entry.valid:
            title, facts = entry.path.name, self.tr("Cannot be used: {error}").format(error=_problem(entry))
            description = ""
        else:
            title = summary.title.get(self.lang)
            facts = self.tr("version {version}  ·  {count} criteria  ·  {languages}").format(
                version=summary.version,
                count=summary.criterion_count,
                languages=", ".join(language_name(code) for code in summary.languages),
            )
            if entry.origin == "user":
                facts += self.tr("  ·  your rubric")
            description = summary.description.get(self.lang)
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == FACTS_ROLE:
            return facts
        if role == DESCRIPTION_ROLE:
            return description
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return "\n".join(part for part in (title, facts, description) if part)
        return None


def _problem(entry: LibraryListing) -> str:
    """The first error of a rubric that cannot be used, in the interface language. The summary keeps it in
    English only; the few broken files are checked again (from the cache) to say it in the person's language."""
    _rubric, issues = check_rubric_file_cached(entry.path)
    errors = [i for i in issues if i.severity == "error"]
    return errors[0].describe(interface_language()) if errors else entry.first_error


def wrapped_lines(text: str, font: QFont, width: int, most: int) -> list[str]:
    """`text` broken into lines of `width` (at word boundaries, Thai included), at most `most` of them; the last
    ends in an ellipsis when text is left over."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while len(lines) < most:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        last_start = line.textStart()
    layout.endLayout()
    if lines and last_start + len(lines[-1]) < len(text):
        rest = text[last_start:].replace("\n", " ")
        lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [line.rstrip() for line in lines]


class RubricDelegate(QStyledItemDelegate):
    """Three parts per rubric: the title in bold, its facts, and the start of its description."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        option_text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        option.text = option_text
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        main = option.palette.color(group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        secondary = main if selected else option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        rect = self._content_rect(option)
        painter.save()
        y = rect.top()
        for text, font, colour, lines in self._parts(option, index):
            metrics = QFontMetrics(font)
            height = metrics.lineSpacing() * lines
            painter.setFont(font)
            painter.setPen(main if colour == "main" else secondary)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            for number, line in enumerate(wrapped_lines(text, font, rect.width(), lines)):
                line_top = y + number * metrics.lineSpacing()
                painter.drawText(QRect(rect.left(), line_top, rect.width(), metrics.lineSpacing()), flags, line)
            y += height + self._gap(option)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        self.initStyleOption(option, index)
        parts = self._parts(option, index)
        height = sum(QFontMetrics(font).lineSpacing() * lines for _t, font, _c, lines in parts)
        height += self._gap(option) * (len(parts) - 1)
        margin = self._margin(option)
        return QSize(option.fontMetrics.averageCharWidth() * 40, height + 2 * margin)

    def _parts(self, option: QStyleOptionViewItem, index: AnyIndex) -> list[tuple[str, QFont, str, int]]:
        bold = QFont(option.font)
        bold.setBold(True)
        parts = [
            (index.data(Qt.ItemDataRole.DisplayRole) or "", bold, "main", 1),
            (index.data(FACTS_ROLE) or "", option.font, "secondary", 1),
        ]
        description = index.data(DESCRIPTION_ROLE)
        if description:
            parts.append((description, option.font, "main", DESCRIPTION_LINES))
        return parts

    def _gap(self, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.lineSpacing() // 5

    def _margin(self, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.height() // 2

    def _content_rect(self, option: QStyleOptionViewItem) -> QRect:
        margin = self._margin(option)
        return option.rect.adjusted(margin, margin, -margin, -margin)
