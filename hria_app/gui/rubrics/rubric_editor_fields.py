"""Editors for single values of a rubric's data: bilingual text and plain text (numbers, choices and checkboxes
are in rubric_editor_values.py).

A field shows the value it is given and announces an edit as (sub-path, new value, merge key); it never changes the
data itself. Showing a value never echoes back as an edit, and is a no-op while the editor already shows it, so the
cursor stays where the person is typing when live validation or an undo refreshes the form.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hria_app.core.text import LANGUAGES
from hria_app.core.yaml_source import PathKey
from hria_app.gui.rubrics.rubric_draft import MISSING
from hria_app.gui.widgets import look, user_text

MAX_LINES = 14  # a text box grows with its text up to this, then scrolls


def text_parts(value: Any) -> dict[str, str]:
    """The languages of a text value as the file holds it: a plain string is English."""
    if isinstance(value, str):
        return {"en": value}
    if isinstance(value, dict):
        return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}
    if value is MISSING or value is None:
        return {}
    return {"en": str(value)}  # a number or true/false where text belongs: shown so it can be fixed


def with_part(value: Any, lang: str, text: str, required: bool) -> Any:
    parts = text_parts(value)
    parts[lang] = text
    kept = {k: v for k, v in parts.items() if v}
    if not kept:
        return "" if required else MISSING
    if set(kept) == {"en"} and not isinstance(value, dict):
        return kept["en"]  # written as plain English text, as it was
    return kept


class Field(QWidget):
    value_edited = Signal(object, object, str)  # sub-path, new value (MISSING removes it), merge key

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.sessions = user_text.TypingSessions(self)

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_part(self, rest: PathKey) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def announce(self, value: Any, sub: PathKey = (), merge: str = "") -> None:
        self.value_edited.emit(sub, value, self.sessions.key(merge) if merge else "")


class TextField(Field):
    """A text in English and Thai, side by side; other languages in the file are kept as they are."""

    def __init__(
        self, name: str, multiline: bool = False, lines: int = 3, required: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(name, parent)
        self.required = required
        self.min_lines = lines
        self.value: Any = MISSING
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        captions = {"en": self.tr("English"), "th": self.tr("Thai")}
        for lang in LANGUAGES:
            editor: QLineEdit | QPlainTextEdit
            if multiline:
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                look.set_text_box_lines(editor, lines)
                editor.textChanged.connect(lambda lang=lang: self._typed(lang))
                editor.installEventFilter(self)
            else:
                editor = QLineEdit()
                editor.textEdited.connect(lambda _text, lang=lang: self._typed(lang))
            editor.setPlaceholderText(captions[lang])
            editor.setAccessibleName(self.tr("{field}, {language}").format(field=name, language=captions[lang]))
            self.sessions.watch(editor)
            self.editors[lang] = editor
            layout.addWidget(editor, 1)
        self.setFocusProxy(self.editors["en"])

    def show_value(self, value: Any) -> None:
        self.value = value
        parts = text_parts(value)
        for lang, editor in self.editors.items():
            user_text.show_in(editor, parts.get(lang, ""))
        self._fit()

    def _typed(self, lang: str) -> None:
        editor = self.editors[lang]
        text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
        self.value = with_part(self.value, lang, text, self.required)
        self._fit()
        self.announce(self.value, merge=lang)

    def _fit(self) -> None:
        """Both boxes as tall as the longer text needs (within limits), so the languages stay side by side and a
        whole question reads without scrolling."""
        boxes = [e for e in self.editors.values() if isinstance(e, QPlainTextEdit)]
        if not boxes:
            return
        spacing = boxes[0].fontMetrics().lineSpacing()
        limit = spacing * MAX_LINES
        needed = {}
        for box in boxes:
            # Measured without a scroll bar: a box sized to fit shows none, below the limit.
            width = box.contentsRect().width() - 2 * box.document().documentMargin()
            needed[box] = wrapped_height(box.toPlainText(), box.font(), max(width, 40))
        text_height = max(spacing * self.min_lines, min(limit, max(needed.values())))
        for box in boxes:
            # A scroll bar shown while the box was smaller would narrow the text and keep itself needed.
            policy = (
                Qt.ScrollBarPolicy.ScrollBarAsNeeded if needed[box] > limit else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            )
            box.setVerticalScrollBarPolicy(policy)
            # Margins above and below, and one more: the box scrolls as soon as a line touches its edge.
            height = text_height + 2 * box.frameWidth() + 3 * round(box.document().documentMargin())
            if box.height() != height:
                box.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        resized = event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent)
        if resized and event.oldSize().width() != event.size().width():  # type: ignore[attr-defined]
            self._fit()
        return False

    def focus_part(self, rest: PathKey) -> None:
        lang = rest[0] if rest and rest[0] in self.editors else "en"
        self.editors[str(lang)].setFocus(Qt.FocusReason.OtherFocusReason)


def wrapped_height(text: str, font: QFont, width: float) -> int:
    """The height `text` takes in a text box `width` wide, broken as the box breaks it. Lines are measured, not
    counted: Thai comes from a fallback font with taller lines than the box's own font."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    height = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setLeadingIncluded(True)  # as the text box lays its lines out
            height += line.height()
        layout.endLayout()
    return math.ceil(height)


class LineField(Field):
    """Plain text on one line (an id, a version, a URL); `kind` int or number stores what parses as a number."""

    def __init__(
        self,
        name: str,
        kind: str = "str",
        required: bool = True,
        placeholder: str = "",
        chars: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(name, parent)
        self.kind = kind
        self.required = required
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.textEdited.connect(self._typed)
        self.sessions.watch(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        if chars:  # as wide as what it holds: an id or a version does not need the whole row
            self.edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * chars)
            layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def show_value(self, value: Any) -> None:
        user_text.show_in(self.edit, "" if value is MISSING or value is None else str(value))

    def _typed(self, text: str) -> None:
        self.announce(self.parse(text), merge="line")

    def parse(self, text: str) -> Any:
        stripped = text.strip()
        if not stripped:
            return "" if self.required else MISSING
        try:
            if self.kind == "int":
                return int(stripped)
            if self.kind == "number":
                number = float(stripped)
                return int(number) if number.is_integer() and "." not in stripped else number
        except ValueError:
            pass  # kept as text: live validation says what is expected
        return text


class ListLineField(LineField):
    """A short list of plain values typed on one line, separated by commas (languages, authors)."""

    def show_value(self, value: Any) -> None:
        shown = (
            ", ".join(str(v) for v in value) if isinstance(value, list) else ("" if value is MISSING else str(value))
        )
        user_text.show_in(self.edit, shown)

    def parse(self, text: str) -> Any:
        items = [item.strip() for item in text.split(",") if item.strip()]
        return items if items or self.required else MISSING


class LanguageHeader(QWidget):
    """Column captions over the bilingual fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for caption in (self.tr("English"), self.tr("Thai · ไทย")):
            label = QLabel(caption)
            label.setFont(look.scaled_font(label, 0.95, bold=True))
            look.set_secondary(label)
            row.addWidget(label, 1)
