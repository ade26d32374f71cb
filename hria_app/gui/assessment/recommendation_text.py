"""The text of one of the assessor's own recommendations, in English and in Thai side by side.

A recommendation is short and goes to a reader in either language, so both versions are edited together here
rather than one at a time; each version is committed when its field is left (Enter or Tab), one undo step each.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from hria_app.core.text import Text
from hria_app.gui.widgets import user_text

LANGS = ("en", "th")


class RecommendationText(QGroupBox):
    text_edited = Signal(object)  # the new Text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text: Text | None = None
        self.editors = {lang: QLineEdit() for lang in LANGS}
        self.labels = {lang: QLabel() for lang in LANGS}
        layout = QFormLayout(self)
        for lang, editor in self.editors.items():
            editor.editingFinished.connect(lambda lang=lang: self._committed(lang))
            self.labels[lang].setBuddy(editor)
            layout.addRow(self.labels[lang], editor)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Recommendation text"))
        names = {"en": self.tr("&English:"), "th": self.tr("T&hai:")}
        for lang in LANGS:
            self.labels[lang].setText(names[lang])
            self.editors[lang].setAccessibleName(
                self.tr("Recommendation in English") if lang == "en" else self.tr("Recommendation in Thai")
            )
        self.setToolTip(self.tr("Select one of your recommendations in the table to edit its text."))

    def show_text(self, text: Text | None) -> None:
        """The selected recommendation's text; None when none is selected (the fields are then disabled)."""
        self._text = text
        self.setEnabled(text is not None)
        for lang, editor in self.editors.items():
            user_text.show_in(editor, text.get(lang, fallback=False) if text is not None else "")

    def focus(self) -> None:
        self.editors["en"].setFocus()

    def _committed(self, lang: str) -> None:
        if self._text is None:
            return
        value = self.editors[lang].text().strip()
        if value != self._text.get(lang, fallback=False):
            self._text = self._text.with_lang(lang, value)
            self.text_edited.emit(self._text)
