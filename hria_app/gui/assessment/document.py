"""The open assessment as the GUI sees it: the core Assessment, its file, its undo stack and change signals.

Every edit goes through `edit_*`, which pushes an undo command; the commands call `apply_*`, which change the core
object and emit the signal. Widgets listen to the signals and never change the Assessment directly.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from hria_app.core import custody
from hria_app.core.actions import set_tracking
from hria_app.core.assessment import Answer, Assessment, Context, Recommendation, SectionInput
from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.crypto import SealingKey
from hria_app.core.locking import FileStamp, stamp
from hria_app.core.review import Comment, Review
from hria_app.core.save_target import HardLinkChoice
from hria_app.core.tracking import Tracking
from hria_app.gui.assessment.commands import SetAnswer, SetContext, SetRecommendations, SetSectionInput
from hria_app.gui.assessment.tracking_commands import SetTracking, SetValue

if TYPE_CHECKING:
    from hria_app.core.scoring import Result
    from hria_app.core.storage import WriteReport


class AssessmentDocument(QObject):
    answer_changed = Signal(str)  # criterion id
    section_input_changed = Signal(str)  # section id
    context_changed = Signal()
    recommendations_changed = Signal()
    tracking_changed = Signal(str)  # action key
    comments_changed = Signal()
    review_changed = Signal()
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
            # Changing a re-assessment's carried-over answer is checking it: the edit also confirms it.
            answer = replace(answer, carried_over=False) if answer.carried_over else answer
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

    def edit_tracking(self, key: str, tracking: Tracking, label: str) -> None:
        """Owner, due date and status of one action. A measure's tracking is part of its criterion's answer, so
        that edit is an answer edit: undo then gives back the measure exactly (a verified one stays verified)."""
        assessment = self.assessment
        if key.startswith("measure:"):
            scratch = replace(assessment, answers=dict(assessment.answers))
            set_tracking(scratch, key, tracking)
            criterion_id = key.split(":")[1]
            self.edit_answer(criterion_id, scratch.answer(criterion_id), label)
        elif key.startswith("recommendation:"):
            scratch = replace(assessment)
            set_tracking(scratch, key, tracking)
            self.edit_recommendations(scratch.recommendations, label)
        else:
            old = assessment.action_tracking.get(key, Tracking())
            if tracking != old:
                self.undo_stack.push(SetTracking(self.apply_tracking, key, old, tracking, label))

    def edit_comments(self, comments: tuple[Comment, ...], label: str) -> None:
        if comments != self.assessment.comments:
            self.undo_stack.push(SetValue(self.apply_comments, self.assessment.comments, comments, label))

    def edit_review(self, review: Review, label: str) -> None:
        if review != self.assessment.review:
            self.undo_stack.push(SetValue(self.apply_review, self.assessment.review, review, label))

    # Called by undo commands only.
    def apply_tracking(self, key: str, tracking: Tracking) -> None:
        set_tracking(self.assessment, key, tracking)
        self._touched()
        self.tracking_changed.emit(key)

    def apply_comments(self, comments: tuple[Comment, ...]) -> None:
        self.assessment.set_comments(comments)
        self._touched()
        self.comments_changed.emit()

    def apply_review(self, review: Review) -> None:
        self.assessment.set_review(review)
        self._touched()
        self.review_changed.emit()

    def apply_answer(self, criterion_id: str, answer: Answer) -> None:
        old = self.assessment.answer(criterion_id)
        self.assessment.set_answer(criterion_id, answer)
        if old.evidence != answer.evidence:  # an edit, an undo or a redo: the custody log records what it did
            by, at = custody.default_author(), custody.now_utc()
            custody.record_changes(self.assessment, criterion_id, old, answer, by, at)
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
