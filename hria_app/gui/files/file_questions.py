"""The questions asked when a file is shared with other people and programs, or changes its protection.

Each offers the safe answer as the default: reading rather than taking over, saving a copy rather than
overwriting, cancelling rather than writing an encrypted assessment out in the clear. Dialogs delegates here, so
tests answer through a fake Dialogs and never see these boxes.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from hria_app.core.file_names import backup_path
from hria_app.core.locking import LockInfo
from hria_app.core.save_target import HardLinkChoice
from hria_app.gui.files.file_dialogs import ConflictChoice, ConflictReason, LockChoice
from hria_app.gui.widgets.choices import choose
from hria_app.gui.widgets.i18n import shown_datetime

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


class FileQuestions(QObject):
    def holder_text(self, holder: LockInfo) -> str:
        since = datetime.datetime.fromtimestamp(int(holder.since))  # local time, as the person reads a clock
        return self.tr("{user} on {computer}, since {time}").format(
            user=holder.user,
            computer=holder.host,
            time=shown_datetime(since, long=False),  # the Buddhist Era year in a Thai interface
        )

    def ask_lock_conflict(self, parent: QWidget | None, name: str, holder: LockInfo) -> LockChoice:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, QMessageBox.Icon.Warning, self.tr("Assessment in use"))
        box.setText(
            self.tr("“{name}” is open in another window of the app: {holder}.").format(
                name=name, holder=self.holder_text(holder)
            )
        )
        box.setInformativeText(
            self.tr(
                "If you both save, one of you overwrites the other's work.\n\n"
                "Open it read-only to read it; changes you make are then saved under a new name.\n"
                "Take it over only if you are sure nobody is working on it there (the app was left open on "
                "another computer, for example)."
            )
        )
        return choose(
            box,
            [
                (self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole, LockChoice.READ_ONLY),
                (self.tr("&Take over"), QMessageBox.ButtonRole.DestructiveRole, LockChoice.TAKE_OVER),
                (QMessageBox.StandardButton.Cancel, None, LockChoice.CANCEL),
            ],
            default=LockChoice.READ_ONLY,
            otherwise=LockChoice.CANCEL,
        )

    def ask_save_conflict(
        self, parent: QWidget | None, name: str, reason: ConflictReason, holder: LockInfo | None = None
    ) -> ConflictChoice:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, QMessageBox.Icon.Warning, self.tr("Save over another version?"))
        if reason is ConflictReason.DELETED:
            box.setText(self.tr("“{name}” was moved or deleted since you opened it.").format(name=name))
            box.setInformativeText(self.tr("Save it again where it was, or under a new name?"))
            overwrite_label = self.tr("Save &again there")
        else:
            if reason is ConflictReason.LOCKED and holder is not None:
                box.setText(
                    self.tr("“{name}” is open in another window of the app: {holder}.").format(
                        name=name, holder=self.holder_text(holder)
                    )
                )
            else:
                box.setText(
                    self.tr("“{name}” was changed by another program since you opened or saved it.").format(name=name)
                )
            box.setInformativeText(
                self.tr(
                    "Overwriting replaces that version with yours; it is kept as “{backup}” until the next save. "
                    "Saving a copy keeps both."
                ).format(backup=backup_path(Path(name)).name)
            )
            overwrite_label = self.tr("&Overwrite")
        return choose(
            box,
            [
                (self.tr("Save a &copy…"), QMessageBox.ButtonRole.AcceptRole, ConflictChoice.SAVE_COPY),
                (overwrite_label, QMessageBox.ButtonRole.DestructiveRole, ConflictChoice.OVERWRITE),
                (QMessageBox.StandardButton.Cancel, None, ConflictChoice.CANCEL),
            ],
            default=ConflictChoice.SAVE_COPY,
            otherwise=ConflictChoice.CANCEL,
        )

    def ask_hard_links(self, parent: QWidget | None, name: str, others: int) -> HardLinkChoice | None:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, QMessageBox.Icon.Question, self.tr("File with other names"))
        box.setText(
            self.tr("“{name}” also has other names on this disk (hard links: {count}).").format(name=name, count=others)
        )
        box.setInformativeText(
            self.tr(
                "Save in place to change the file under every name; a copy of the old version is kept as the "
                "backup first.\n\nSave as a separate file to give this name a file of its own; the other names "
                "keep the old version."
            )
        )
        return choose(
            box,
            [
                (self.tr("Save in &place"), QMessageBox.ButtonRole.AcceptRole, HardLinkChoice.IN_PLACE),
                (self.tr("Save as a &separate file"), QMessageBox.ButtonRole.ActionRole, HardLinkChoice.SEPARATE),
                (QMessageBox.StandardButton.Cancel, None, None),
            ],
            default=HardLinkChoice.IN_PLACE,
            otherwise=None,
        )

    def ask_save_elsewhere(self, parent: QWidget | None, name: str, reason: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, QMessageBox.Icon.Warning, self.tr("Not saved"))
        box.setText(self.tr("“{name}” was not saved. Your changes are still here.").format(name=name))
        box.setInformativeText(reason)
        return choose(
            box,
            [
                (self.tr("Save &as…"), QMessageBox.ButtonRole.AcceptRole, True),
                (QMessageBox.StandardButton.Cancel, None, False),
            ],
            default=True,
            otherwise=False,
        )

    def ask_reload(self, parent: QWidget | None, name: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, QMessageBox.Icon.Question, self.tr("Changed on disk"))
        box.setText(self.tr("“{name}” was changed by another program. Show the new version?").format(name=name))
        box.setInformativeText(self.tr("You have no unsaved changes here."))
        roles = QMessageBox.ButtonRole
        return choose(
            box,
            [(self.tr("&Reload"), roles.AcceptRole, True), (self.tr("&Keep this version"), roles.RejectRole, False)],
            default=True,
            otherwise=False,
        )

    def confirm_remove_encryption(self, parent: QWidget | None, name: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, QMessageBox.Icon.Warning, self.tr("Remove encryption"))
        box.setText(self.tr("Save “{name}” without encryption?").format(name=name))
        box.setInformativeText(
            self.tr(
                "Anyone who gets this file, or a copy of it, will be able to read every note, source and name in it."
            )
        )
        return choose(
            box,
            [
                (self.tr("&Remove encryption"), QMessageBox.ButtonRole.DestructiveRole, True),
                (QMessageBox.StandardButton.Cancel, None, False),
            ],
            default=False,
            otherwise=False,
        )

    def confirm_full_export(self, parent: QWidget | None, name: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, QMessageBox.Icon.Warning, self.tr("Full brief of an encrypted assessment"))
        box.setText(self.tr("“{name}” is encrypted, but the PDF will not be.").format(name=name))
        box.setInformativeText(
            self.tr(
                "The full brief shows everything marked confidential: notes, sources and witnesses. Anyone who "
                "gets the PDF can read it, and it cannot be taken back. Save the public brief unless this copy "
                "stays inside your team."
            )
        )
        return choose(
            box,
            [
                (self.tr("Save the &full PDF"), QMessageBox.ButtonRole.DestructiveRole, True),
                (QMessageBox.StandardButton.Cancel, None, False),
            ],
            default=False,
            otherwise=False,
        )

    def _box(self, parent: QWidget | None, icon: QMessageBox.Icon, title: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setAccessibleName(title)
        return box
