"""The assessor's own text in two languages, one at a time with the other in sight.

Each free-text field (notes, reasons, facts, evidence, measures) holds an English and a Thai version. The editors
show and write the version of the *answer language*, one choice for the whole window (View > Language of your
answers, Ctrl+Shift+T). Beneath each editor a line shows the other language's version, so translating one's own
notes is switching the language and typing with the original in view; when the version being edited is missing
but the other exists, the line says so in the warning colour and the empty editor says it too. Editor names for
screen readers say the language whenever it is not the interface's own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from hria_app.core.text import Text
from hria_app.gui.widgets import look
from hria_app.gui.widgets.i18n import interface_language

Editor = QLineEdit | QPlainTextEdit
SHOWN_CHARACTERS = 280  # of the other version beneath an editor; all of it in the tooltip


translate = QCoreApplication.translate


def other_language(lang: str) -> str:
    return "th" if lang == "en" else "en"


def language_name(lang: str) -> str:
    """A language's name in the interface language: "English", "Thai", or "อังกฤษ", "ไทย"."""
    names = {
        "en": QCoreApplication.translate("BilingualEdit", "English"),
        "th": QCoreApplication.translate("BilingualEdit", "Thai"),
    }
    return names.get(lang, lang)


def missing_here(text: Text, lang: str) -> bool:
    """This language's version is missing while the other language's exists: a translation to write."""
    return not text.has(lang) and bool(text)


def editor_name(field: str, lang: str) -> str:
    """An editor's accessible name: the field, and the language when it is not the interface's own."""
    if lang == interface_language():
        return field
    return QCoreApplication.translate("BilingualEdit", "{field} ({language})").format(
        field=field, language=language_name(lang)
    )


class OtherVersion(QLabel):
    """Beneath one editor: the field's text in the other language, or a note that one version is missing."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = ""  # the editor's own placeholder, in the interface language
        self.field = ""  # the field's name, for screen readers
        self.hide()

    def set_field(self, field: str, hint: str) -> None:
        self.field, self.hint = field, hint

    def show_text(self, text: Text, lang: str) -> None:
        """Describe `text` for an editor writing its `lang` version; also names the editor and its placeholder."""
        other = other_language(lang)
        theirs = text.get(other, fallback=False)
        missing = missing_here(text, lang)
        self.editor.setAccessibleName(editor_name(self.field, lang))
        if missing:
            self.editor.setPlaceholderText(
                translate("BilingualEdit", "Not yet written in {language}: type the translation here").format(
                    language=language_name(lang)
                )
            )
        else:
            self.editor.setPlaceholderText(self.hint)
        if not theirs and not missing:
            # Nothing in the other language: a line saying so would only push the page down as the user types,
            # and clutter every field for those who write in one language.
            self.editor.setAccessibleDescription(self.hint)
            self.hide()
            return
        shown = theirs if len(theirs) <= SHOWN_CHARACTERS else theirs[: SHOWN_CHARACTERS - 1] + "…"
        if missing:
            line = translate("BilingualEdit", "Not yet written in {language}. {other} version: {text}")
        else:
            line = translate("BilingualEdit", "{other} version: {text}")
        words = line.format(language=language_name(lang), other=language_name(other), text=shown)
        self.setText(words)
        self.setToolTip(theirs)
        self.setAccessibleName(words)
        self.editor.setAccessibleDescription(words)
        if missing:
            look.set_warning(self)
        else:
            look.set_secondary(self)
        self.show()
