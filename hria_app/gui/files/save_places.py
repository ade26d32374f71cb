"""Saving where teams keep their files: through links, to files with other names, and out of places that refuse.

The core follows links and refuses what it cannot write safely (hria_app/core/save_target.py); this is the window's
side of it. A file with other names (hard links) is asked about once per document, and the answer is used for every
later save. A file or folder that cannot be written (read-only, vanished, a folder where the file was, a broken
link, a path too long) is named, and Save As is offered at once: the work stays in the window either way. A save
through a link says which file it really wrote.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from hria_app.core.assessment_file import SUFFIX
from hria_app.core.file_identity import same_file
from hria_app.core.save_target import HardLinked, ReadOnlyFile, TargetError
from hria_app.core.storage import WriteReport
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.files.file_dialogs import FileDialogs
from hria_app.gui.widgets.i18n import interface_language

log = logging.getLogger(__name__)


class SavePlaces(QObject):
    def __init__(self, window: QWidget, dialogs: FileDialogs) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs

    def write(self, document: AssessmentDocument, path: Path) -> WriteReport | None:
        """Save `document` to `path`, asking about other names of the file when it has them; None when the person
        cancels that question. Raises SaveError (TargetError when another name would work)."""
        known = document.hard_links if same_file(path, document.path) else None
        try:
            return document.save(path, hard_links=known)
        except HardLinked as exc:
            others = exc.target.other_names
        choice = self.dialogs.ask_hard_links(self.window, path.name, others)
        if choice is None:
            return None
        log.info("%s has other names; saving %s", path.name, choice.value)
        report = document.save(path, hard_links=choice)
        document.hard_links = choice
        return report

    def other_path(self, path: Path, refused: TargetError) -> Path | None:
        """Say why `path` cannot be written and offer Save As: the path chosen, or None when the person declines."""
        if not self.dialogs.ask_save_elsewhere(self.window, path.name, refused.text(interface_language())):
            return None
        if isinstance(refused, ReadOnlyFile):
            # The folder can take a new file: a copy beside the read-only one keeps them together.
            suggested = path.with_name(self.tr("{name} (copy)").format(name=path.stem) + SUFFIX)
        else:
            suggested = Path.home() / path.name  # the folder itself is the matter
        return self.dialogs.ask_save_path(self.window, suggested)

    def saved_text(self, report: WriteReport, path: Path) -> str:
        """What the status line says after a save: for a link, the file that was really written."""
        if report.target.is_link:
            return self.tr("Saved {path} (the file {real}, reached through a link)").format(
                path=path, real=report.target.real
            )
        return self.tr("Saved {path}").format(path=path)
