"""The open assessment as the GUI sees it: the core Assessment, its file, its undo stack and change signals.

Every edit goes through `edit_*`, which pushes an undo command; the commands call `apply_*`, which change the core
object and emit the signal. Widgets listen to the signals and never change the Assessment directly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from hria_app.core.assessment import Answer, Assessment, Context, Recommendation, SectionInput
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.crypto import SealingKey
from hria_app.core.locking import FileStamp, stamp
from hria_app.core.save_target import HardLinkChoice
from hria_app.gui.assessment.commands import SetAnswer, SetContext, SetRecommendations, SetSectionInput

if TYPE_CHECKING:
    from hria_app.core.scoring import Result
    from hria_app.core.storage import WriteReport


class AssessmentDocument(QObject):
    answer_changed = Signal(str)  # criterion id
    section_input_changed = Signal(str)  # section id
    context_changed = Signal()
    recommendations_changed = Signal()
    changed = Signal()  # after any change to the assessment: results are stale
    path_changed = Signal()
    modified_changed = Signal(bool)

    def __init__(
        self,
        assessment: Assessment,
        path: Path | None = None,
        parent: QObject | None = None,
        passphrase: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.assessment = assessment
        self.path = path
        # An encrypted file stays encrypted: every save (and every recovery copy) uses its passphrase again.
        self._passphrase = passphrase
        self._sealing_key: SealingKey | None = None
        # What the file looked like when last read or written, so a change made behind the app's back is noticed
        # before a save would overwrite it.
        self.disk_stamp: FileStamp | None = None
        # Opened while another instance holds the file: Save asks for a new name instead of writing over it.
        self.read_only = False
        # What the person chose for a file with other names (hard links), asked once and used for every later save.
        self.hard_links: HardLinkChoice | None = None
        self.undo_stack = QUndoStack(self)
        # A bound method, not a lambda: Qt drops the connection when the document dies, before the stack's
        # destructor announces its last clean change.
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._results: dict[bool, Result] = {}
        self.revision = 0  # counts changes; autosave compares it

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None, passphrase: str | None = None) -> AssessmentDocument:
        """Raises LoadError (with every problem located) when the file cannot be opened, PassphraseRequired
        when it is encrypted and no passphrase was given, EncryptionError when the passphrase is wrong."""
        # Taken before reading: a change landing in between is then reported as a change, never missed.
        before = stamp(path)
        document = cls(load_assessment(path, passphrase), path, parent, passphrase)
        document.disk_stamp = before
        return document

    @property
    def passphrase(self) -> str | None:
        return self._passphrase

    @passphrase.setter
    def passphrase(self, value: str | None) -> None:
        self._passphrase = value
        self._sealing_key = None

    @property
    def sealing_key(self) -> SealingKey | None:
        """The passphrase stretched once, for every save and recovery copy of this document (scrypt is slow)."""
        if self._passphrase is None:
            return None
        if self._sealing_key is None:
            self._sealing_key = SealingKey.derive(self._passphrase)
        return self._sealing_key

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.assessment.context.title.get("en") or self.tr("Untitled assessment")

    def save(self, path: Path | None = None, hard_links: HardLinkChoice | None = None) -> WriteReport:
        """Raises SaveError (HardLinked for a file with other names unless `hard_links` says what to do); on failure
        the file on disk and the modified mark are unchanged. The path stays the one given, a link included: the
        report says which file was really written."""
        target = path or self.path
        if target is None:
            raise ValueError("save needs a path for a new assessment")
        report = save_assessment(target, self.assessment, passphrase=self.sealing_key, hard_links=hard_links)
        self.disk_stamp = stamp(target)
        self.read_only = False
        self.undo_stack.setClean()
        if target != self.path:
            self.path = target
            self.hard_links = None
            self.path_changed.emit()
        return report

    def result(self, residual: bool = False) -> Result:
        """The current score, computed once per change."""
        if residual not in self._results:
            from hria_app.core.scoring import evaluate  # on first use: start-up does not score

            self._results[residual] = evaluate(self.assessment, residual=residual)
        return self._results[residual]

    # Edits: each is one undo step.
    def edit_answer(self, criterion_id: str, answer: Answer, label: str, merge_key: str = "") -> None:
        if answer != self.assessment.answer(criterion_id):
            self.undo_stack.push(
                SetAnswer(
                    self.apply_answer, criterion_id, self.assessment.answer(criterion_id), answer, label, merge_key
                )
            )

    def edit_section_input(self, section_id: str, value: SectionInput, label: str) -> None:
        if value != self.assessment.section_input(section_id):
            self.undo_stack.push(
                SetSectionInput(
                    self.apply_section_input, section_id, self.assessment.section_input(section_id), value, label
                )
            )

    def edit_context(self, context: Context, label: str, merge_key: str = "") -> None:
        if context != self.assessment.context:
            self.undo_stack.push(SetContext(self.apply_context, self.assessment.context, context, label, merge_key))

    def edit_recommendations(self, items: tuple[Recommendation, ...], label: str) -> None:
        if items != self.assessment.recommendations:
            self.undo_stack.push(
                SetRecommendations(self.apply_recommendations, self.assessment.recommendations, items, label)
            )

    # Called by undo commands only.
    def apply_answer(self, criterion_id: str, answer: Answer) -> None:
        self.assessment.set_answer(criterion_id, answer)
        self._touched()
        self.answer_changed.emit(criterion_id)

    def apply_section_input(self, section_id: str, value: SectionInput) -> None:
        self.assessment.set_section_input(section_id, value)
        self._touched()
        self.section_input_changed.emit(section_id)

    def apply_context(self, context: Context) -> None:
        self.assessment.set_context(context)
        self._touched()
        self.context_changed.emit()

    def apply_recommendations(self, items: tuple[Recommendation, ...]) -> None:
        self.assessment.set_recommendations(items)
        self._touched()
        self.recommendations_changed.emit()

    def _clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    def _touched(self) -> None:
        self._results.clear()
        self.revision += 1
        self.changed.emit()
