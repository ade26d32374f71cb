"""Which language version of the assessor's own text an editor shows and writes.

Notes and facts are Text (one string per language). An editor shows and writes the version of the answer language
(View > Language of your answers), separate from the rubric text language: switching the rubric's language never
moves a note. When the version being edited is missing, the other one is shown beneath the editor
(bilingual_edit.OtherVersion), so a note never seems lost and writing there adds its translation.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from hria_app.core.text import Text


def editing_language(text: Text, answer_lang: str) -> str:
    """The version an editor writes: always the answer language's (a missing one is a translation to add)."""
    return answer_lang


def shown(text: Text, view_lang: str) -> str:
    return text.get(editing_language(text, view_lang), fallback=False)


def edited(text: Text, view_lang: str, value: str) -> Text:
    return text.with_lang(editing_language(text, view_lang), value)


def show_in(editor: QLineEdit | QPlainTextEdit, value: str) -> None:
    """Put `value` in an editor without echoing it back as an edit; a no-op while the editor already says it,
    so the cursor stays where the person is typing."""
    current = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
    if current == value:
        return
    blocker = QSignalBlocker(editor)
    if isinstance(editor, QLineEdit):
        editor.setText(value)
        editor.setCursorPosition(0)  # a long value shows its beginning, not its end
    else:
        editor.setPlainText(value)
    del blocker


class TypingSessions(QObject):
    """Merge keys for typed edits: one undo step per field until the field loses focus."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = 0

    def watch(self, *editors: QWidget) -> None:
        for editor in editors:
            editor.installEventFilter(self)

    def key(self, field: str) -> str:
        return f"{field}#{self._session}"

    def end(self) -> None:
        self._session += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.end()
        return False
