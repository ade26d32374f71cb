"""Save As takes the evidence along: the new file's evidence folder gets every stored file (hard links where the
disk allows), so the attachments of the copy hold as they did."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hria_app.core.errors import HriaError
from hria_app.core.evidence_store import EvidenceStore, store_folder
from hria_app.core.evidence_upkeep import copy_store
from hria_app.gui.files.file_dialogs import FileDialogs

translate = QCoreApplication.translate


def copy_evidence(earlier: EvidenceStore | None, path: Path, dialogs: FileDialogs, window: QWidget) -> bool:
    """Copy the store of the file as it was (`earlier`) beside `path`; True when there was nothing to do or it
    worked. A failure is shown: the assessment was saved, its attached files were not copied."""
    if earlier is None or earlier.folder == store_folder(path) or not earlier.stored_names():
        return True
    try:
        copy_store(earlier, store_folder(path))
    except HriaError as exc:
        dialogs.show_error(
            window,
            translate("FileActions", "Evidence not copied"),
            translate(
                "FileActions",
                "“{name}” was saved, but its attached files could not be copied beside it. They are still in "
                "“{folder}”.",
            ).format(name=path.name, folder=earlier.folder.name),
            str(exc),
        )
        return False
    return True
