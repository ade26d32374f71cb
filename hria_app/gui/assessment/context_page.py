"""The facts of the deployment under assessment, checked as they are typed; each edit one undoable step."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from hria_app.core.assessment import Context
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.widgets import look, user_text
from hria_app.gui.widgets.bilingual_edit import OtherVersion
from hria_app.gui.widgets.i18n import follow_language, plain_label, shown_date, typed_date
from hria_app.gui.widgets.page_wheel import PageWheel

Editor = QLineEdit | QPlainTextEdit
FIELDS = (
    "title",
    "deployment",
    "vendor",
    "location",
    "organisation",
    "assessors",
    "started",
    "updated",
    "scope",
    "background",
)
DATE_FIELDS = ("started", "updated")
MULTI_LINE = {"deployment": 4, "scope": 6, "background": 6}  # field -> lines shown


def parse_names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


class ContextPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: AssessmentDocument | None = None
        self.lang = "en"
        self.answer_lang = "en"  # the version of each fact that the editors show and write
        self.sessions = user_text.TypingSessions(self)
        # The document's value of each field as the editor last showed or wrote it: the editor is rewritten
        # only when the document moves away from it (undo), never while the person is half-way through typing.
        self._synced: dict[str, Any] = {}
        self.editors: dict[str, Editor] = {}
        self.date_messages: dict[str, QLabel] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.other_versions: dict[str, OtherVersion] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in FIELDS:
            editor = self._make_editor(name)
            label = QLabel()
            label.setBuddy(editor)
            self.row_labels[name] = label
            form.addRow(label, editor)
            if name in DATE_FIELDS:
                message = QLabel()
                message.setWordWrap(True)
                look.set_warning(message, look.ERROR_COLOUR)
                message.hide()
                self.date_messages[name] = message
                form.addRow("", message)
                assert isinstance(editor, QLineEdit)  # a date is one line
                editor.editingFinished.connect(lambda n=name: self._tidy_date(n))
            elif name != "assessors":
                self.other_versions[name] = OtherVersion(editor)
                form.addRow("", self.other_versions[name])
        self._lay_out(form)
        self.retranslate()
        self.setEnabled(False)

    def retranslate(self) -> None:
        self._labels = {
            "title": self.tr("&Title"),
            "deployment": self.tr("&Deployment"),
            "vendor": self.tr("Ve&ndor"),
            "location": self.tr("Locat&ion"),
            "organisation": self.tr("&Organisation"),
            "assessors": self.tr("Assesso&rs"),
            "started": self.tr("&Started"),
            "updated": self.tr("&Last updated"),
            "scope": self.tr("Sco&pe"),
            "background": self.tr("&Background"),
        }
        hints = {
            "title": self.tr("A short name for this assessment"),
            "deployment": self.tr("The system assessed: what it does and who runs it"),
            "vendor": self.tr("Who supplies the technology"),
            "location": self.tr("City, province, country"),
            "organisation": self.tr("The organisation making the assessment"),
            "assessors": self.tr("Names, separated by commas"),
            "started": self.tr("YYYY-MM-DD"),
            "updated": self.tr("YYYY-MM-DD"),
            "scope": self.tr("What this assessment covers and what it leaves out"),
            "background": self.tr("How the deployment came about; what is publicly known"),
        }
        for name, editor in self.editors.items():
            self.row_labels[name].setText(self._labels[name])
            field = plain_label(self._labels[name])
            editor.setPlaceholderText(hints[name])
            editor.setAccessibleName(field)
            editor.setAccessibleDescription(hints[name])
            if name in self.other_versions:
                self.other_versions[name].set_field(field, hints[name])
        for message in self.date_messages.values():
            message.setText(self.tr("Write the date as YYYY-MM-DD, for example 2025-03-14."))
        look.set_heading_text(self.title, self.tr("About this assessment"))
        self.intro.setText(
            self.tr(
                "The facts of the deployment you are assessing. They open the brief and help readers "
                "judge the findings."
            )
        )
        self.scroll_area.setAccessibleName(self.tr("Context page"))
        self._refresh(force=True)

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    # Following the document.
    def set_document(self, document: AssessmentDocument | None) -> None:
        if self.document is not None:
            self.document.context_changed.disconnect(self._on_context_changed)
        self.document = document
        self._synced = {}
        if document is not None:
            document.context_changed.connect(self._on_context_changed)
        self.setEnabled(document is not None)
        self._refresh(force=True)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._refresh(force=True)

    def set_answer_language(self, lang: str) -> None:
        self.answer_lang = lang
        self.sessions.end()  # typing in the other version is another undo step
        self._refresh(force=True)

    def _on_context_changed(self) -> None:
        self._refresh(force=False)

    def _refresh(self, force: bool) -> None:
        context = self.document.assessment.context if self.document else Context()
        for name, editor in self.editors.items():
            value = getattr(context, name)
            if not force and self._synced.get(name) == value:
                continue
            self._synced[name] = value
            user_text.show_in(editor, self._display(name, value))
            if name in DATE_FIELDS:
                self.date_messages[name].hide()
            if name in self.other_versions:
                self.other_versions[name].show_text(value, self.answer_lang)

    def _display(self, name: str, value: Any) -> str:
        if name == "assessors":
            return ", ".join(value)
        if name in DATE_FIELDS:
            return shown_date(str(value))  # 26 พ.ย. 2569 in a Thai interface; the file keeps 2026-11-26
        return user_text.shown(value, self.answer_lang)

    # Editing.
    def _on_edited(self, name: str) -> None:
        if self.document is None:
            return
        editor = self.editors[name]
        text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
        context = self.document.assessment.context
        value: Any
        if name == "assessors":
            value = parse_names(text)
        elif name in DATE_FIELDS:
            value = typed_date(text) if text.strip() else ""
            self.date_messages[name].setVisible(value is None)
            if value is None:
                return
        else:
            value = user_text.edited(getattr(context, name), self.answer_lang, text)
            self.other_versions[name].show_text(value, self.answer_lang)
        self._synced[name] = value
        label = self.tr("Edit {field}").format(field=plain_label(self._labels[name]).lower())
        self.document.edit_context(replace(context, **{name: value}), label, self.sessions.key(name))

    def _tidy_date(self, name: str) -> None:
        """Once typed, a valid date reads as the interface shows dates (26 พ.ย. 2569 in Thai)."""
        value = self._synced.get(name)
        if isinstance(value, str) and value and not self.date_messages[name].isVisible():
            user_text.show_in(self.editors[name], shown_date(value))

    def _make_editor(self, name: str) -> Editor:
        editor: Editor
        if name in MULTI_LINE:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            look.set_text_box_lines(editor, MULTI_LINE[name])
            editor.textChanged.connect(lambda: self._on_edited(name))
        else:
            editor = QLineEdit()
            editor.textEdited.connect(lambda _text: self._on_edited(name))
        self.sessions.watch(editor)
        self.editors[name] = editor
        return editor

    def _lay_out(self, form: QFormLayout) -> None:
        content = QWidget()
        content.setMaximumWidth(look.reading_width(self))
        column = form
        self.title = title = look.heading("", 1)
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        look.set_secondary(intro)
        column.insertRow(0, title)
        column.insertRow(1, intro)
        content.setLayout(column)
        centred = QWidget()
        row = QHBoxLayout(centred)
        row.addStretch(1)
        row.addWidget(content, 100, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(centred)
        PageWheel(scroll).watch(content)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
