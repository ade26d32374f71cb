"""Export the brief or its tables: pick the format, language and version, read the preview (PDF), save it.

Every format (PDF, Word, Excel, CSV, JSON, Markdown) has the same public/full choice and languages.

The public version is preselected whenever anything in the assessment is marked confidential. The two mistakes
are not alike: a public brief sent to one's own team costs a second export, while a full brief sent outside can
expose a source or a witness, and cannot be taken back. The choice stays one click away and is named on the Save
button and in the file name, so nobody gets the public version without noticing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hria_app.core.completeness import completeness_of
from hria_app.core.confidential import confidential_items
from hria_app.core.errors import HriaError
from hria_app.core.scoring import Scores
from hria_app.core.storage import atomic_write
from hria_app.core.text import DEFAULT_LANGUAGE, REPORT_LANGUAGES
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.export.comparison_export import conflicts_refusal
from hria_app.gui.export.export_formats import EXPORT_FORMATS, ExportFormat, file_filter, format_renderer
from hria_app.gui.export.export_worker import PdfRenderJob, Renderer, RenderRequest

log = logging.getLogger(__name__)

AskSavePath = Callable[[QWidget, Path], "Path | None"]
OpenUrl = Callable[[QUrl], object]


def ask_save_path_with_file_dialog(parent: QWidget, suggested: Path) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportDialog", "Save the export"),
        str(suggested),
        file_filter(suggested.suffix),
    )
    return Path(name) if name else None


class ExportDialog(QDialog):
    rendered = Signal(int)  # page count: the preview shows the brief as it will be saved
    ready = Signal(str)  # the format's key: its bytes are made and can be saved
    saved = Signal(Path)
    failed = Signal(str)  # a message shown to the user

    def __init__(
        self,
        document: AssessmentDocument,
        lang: str = "en",
        renderer: Renderer | None = None,
        ask_save_path: AskSavePath | None = None,
        open_url: OpenUrl | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._ask_save_path = ask_save_path or ask_save_path_with_file_dialog
        self._open_url = open_url or QDesktopServices.openUrl
        # Asked before the full brief of an encrypted assessment is written out unencrypted; the window sets it.
        self.confirm_full_export: Callable[[QWidget], bool] = lambda _parent: False
        # Asked before a public brief is saved while criteria are unanswered: (parent, answered, total).
        self.confirm_incomplete_export: Callable[[QWidget, int, int], bool] = lambda _parent, _a, _t: True
        self._pdf: bytes | None = None
        self._saved_path: Path | None = None
        self._job = PdfRenderJob(renderer, self)
        self._job.progressed.connect(self._on_progress)
        self._job.rendered.connect(self._on_rendered)
        self._job.failed.connect(self._on_failed)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self.start_render)
        self.setWindowTitle(self.tr("Export the assessment"))
        self.setAccessibleName(self.windowTitle())
        self._build(lang if lang in REPORT_LANGUAGES else DEFAULT_LANGUAGE)
        document.changed.connect(self._options_changed)
        self._options_changed()

    @property
    def lang(self) -> str:
        return REPORT_LANGUAGES[self._language_group.checkedId()]

    @property
    def export_format(self) -> ExportFormat:
        return EXPORT_FORMATS[max(0, self.format_box.currentIndex())]

    def choose_format(self, key: str) -> None:
        self.format_box.setCurrentIndex(next(i for i, f in enumerate(EXPORT_FORMATS) if f.key == key))

    @property
    def public(self) -> bool:
        return self.public_button.isChecked()

    @property
    def pdf(self) -> bytes | None:
        return self._pdf

    def _build(self, lang: str) -> None:
        from hria_app.gui.export.pdf_preview import PdfPreview

        format_box = QGroupBox(self.tr("Format"), self)
        self.format_box = QComboBox(format_box)
        self.format_box.setAccessibleName(self.tr("Format"))
        for export_format in EXPORT_FORMATS:
            self.format_box.addItem(export_format.label, export_format.key)
        self.format_box.currentIndexChanged.connect(lambda _index: self._options_changed())
        QVBoxLayout(format_box).addWidget(self.format_box)
        language_box = QGroupBox(self.tr("Language"), self)
        language_layout = QVBoxLayout(language_box)
        self._language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        labels = {"en": self.tr("&English"), "th": self.tr("&Thai (ไทย)"), "en+th": self.tr("&Both, English then Thai")}
        for number, code in enumerate(REPORT_LANGUAGES):
            button = QRadioButton(labels[code], language_box)
            self._language_group.addButton(button, number)
            self.language_buttons[code] = button
            language_layout.addWidget(button)
        self.language_buttons[lang].setChecked(True)
        self._language_group.idToggled.connect(self._language_toggled)
        secrets = len(confidential_items(self.document.assessment))
        version_box = QGroupBox(self.tr("Version"), self)
        version_layout = QVBoxLayout(version_box)
        self.public_button = QRadioButton(self.tr("&Public: leaves out everything marked confidential"), version_box)
        self.full_button = QRadioButton(self.tr("&Full: everything, for your own team"), version_box)
        version_layout.addWidget(self.public_button)
        version_layout.addWidget(self.full_button)
        self.confidential_note = QLabel(version_box)
        self.confidential_note.setWordWrap(True)
        if secrets:
            self.confidential_note.setText(
                self.tr(
                    "%n item(s) in this assessment are marked confidential. Only the full version shows them: "
                    "keep it inside your organisation.",
                    "",
                    secrets,
                )
            )
        else:
            self.confidential_note.setText(self.tr("Nothing in this assessment is marked confidential."))
        version_layout.addWidget(self.confidential_note)
        (self.public_button if secrets or self.document.passphrase else self.full_button).setChecked(True)
        self.public_button.toggled.connect(lambda _checked: self._options_changed())

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Rendering progress"))
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setStyleSheet(
            "QLabel { background: #fdecea; color: #611a15; border: 1px solid #c62828;"
            " border-radius: 4px; padding: 0.5em; }"
        )
        self.error_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.error_label.hide()
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.retry_button.clicked.connect(self.start_render)
        self.retry_button.hide()

        options = QVBoxLayout()
        options.addWidget(format_box)
        options.addWidget(language_box)
        options.addWidget(version_box)
        options.addWidget(self.progress_bar)
        options.addWidget(self.status_label)
        options.addWidget(self.error_label)
        options.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        options.addStretch(1)
        self.preview = PdfPreview(self)
        self.preview.loaded.connect(self.rendered)
        self.preview.load_failed.connect(self._show_error)
        body = QHBoxLayout()
        body.addLayout(options, 1)
        body.addWidget(self.preview, 2)

        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.open_folder_button = QPushButton(self.tr("&Open folder"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        line = self.fontMetrics().height()
        self.resize(line * 60, line * 42)

    # Rendering
    def _language_toggled(self, _button: int, checked: bool) -> None:
        if checked:  # the button turned off also reports; one render per choice
            self._options_changed()

    def _options_changed(self) -> None:
        self._pdf = None
        self.save_button.setEnabled(False)
        if self.export_format.fmt == "pdf":
            self.save_button.setText(self.tr("&Save public PDF…") if self.public else self.tr("&Save full PDF…"))
        else:
            suffix = self.export_format.suffix
            text = self.tr("&Save public {suffix}…") if self.public else self.tr("&Save full {suffix}…")
            self.save_button.setText(text.format(suffix=suffix))
        self._render_timer.start()

    def start_render(self) -> None:
        self._render_timer.stop()
        self.error_label.hide()
        self.retry_button.hide()
        self.preview.clear()
        if self.public and self.document.assessment.conflicts:
            # Each conflicted field holds one side's value without saying it is disputed: not for the public.
            self._job.cancel()
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(0)
            self.status_label.setText(self.tr("The public brief is refused while merge conflicts remain."))
            self._show_error(conflicts_refusal())
            return
        self.progress_bar.setRange(0, 0)  # busy until the renderer reports its first step
        self.status_label.setText(self.tr("Preparing the preview…"))
        scores = Scores(self.document.result(), self.document.result(residual=True))
        request = RenderRequest(self.lang, self.public, scores=scores)
        if self.export_format.fmt == "pdf":
            self._job.start(self.document.assessment, request)
        else:
            self._job.start(self.document.assessment, request, format_renderer(self.export_format))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _on_rendered(self, data: bytes) -> None:
        self._pdf = data
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.save_button.setEnabled(True)
        if self.export_format.fmt == "pdf":
            self.status_label.setText(self.tr("Read the preview, then save."))
            self.preview.show_pdf(data)
        else:
            self.status_label.setText(
                self.tr("Ready to save ({size} kB). Only the PDF has a preview here.").format(
                    size=max(1, round(len(data) / 1024))
                )
            )
        self.ready.emit(self.export_format.key)

    def _on_failed(self, message: str) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status_label.setText(self.tr("The brief could not be made."))
        self._show_error(message)
        self.retry_button.show()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        self.failed.emit(message)

    # Saving
    def suggested_path(self) -> Path:
        source = self.document.path
        folder = source.parent if source is not None else Path.home()
        stem = source.stem if source is not None else "assessment"
        version = "public" if self.public else "full"
        export_format = self.export_format
        return folder / f"{stem}-{export_format.kind}-{self.lang}-{version}{export_format.suffix}"

    def save(self) -> None:
        if self._pdf is None:
            return
        if not self.public and self.document.passphrase and not self.confirm_full_export(self):
            return
        done = completeness_of(self.document.assessment)
        incomplete = self.public and done.answered < done.total
        if incomplete and not self.confirm_incomplete_export(self, done.answered, done.total):
            return
        path = self._ask_save_path(self, self.suggested_path())
        if path is None:
            return
        suffix = self.export_format.suffix
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            # The bytes the user just read in the preview are the bytes saved: nothing is rendered again.
            atomic_write(path, self._pdf)
        except HriaError as exc:
            self._show_error(str(exc))
            return
        self._saved_path = path
        self.error_label.hide()
        self.status_label.setText(self.tr("Saved to {path}").format(path=path))
        self.open_folder_button.show()
        self.open_folder_button.setFocus()
        self.saved.emit(path)

    def open_folder(self) -> None:
        if self._saved_path is not None:
            self._open_url(QUrl.fromLocalFile(str(self._saved_path.parent)))

    # Closing: a render nobody will read is stopped rather than finished.
    def done(self, result: int) -> None:
        self._render_timer.stop()
        self._job.cancel()
        super().done(result)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pdf is None and not self._job.busy and not self._render_timer.isActive():
            self._render_timer.start()
