"""What the file actions ask the person, and the answers: the questions are a protocol the app's Dialogs (and the
tests' fakes) fulfil, so this package never depends on the window that builds them."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from hria_app.core.locking import LockInfo
from hria_app.core.save_target import HardLinkChoice
from hria_app.gui.widgets.choices import UnsavedChoice

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from hria_app.gui.files.autosave import RecoveryInfo


class RecoverChoice(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


class LockChoice(Enum):
    """Opening a file another running instance holds."""

    READ_ONLY = "read-only"  # read and edit freely; Save asks for a new name
    TAKE_OVER = "take-over"  # the holder is known to be gone: hold it from now on
    CANCEL = "cancel"


class ConflictReason(Enum):
    CHANGED = "changed"  # another program wrote the file since it was opened or saved here
    DELETED = "deleted"  # the file was moved away or deleted
    LOCKED = "locked"  # another running instance holds the file


class ConflictChoice(Enum):
    OVERWRITE = "overwrite"
    SAVE_COPY = "save-copy"
    CANCEL = "cancel"


class RecentFiles(Protocol):
    """The part of the settings the file actions keep: the recent files and the last folder (shell's Settings)."""

    @property
    def last_folder(self) -> Path | None: ...

    @property
    def recent_files(self) -> list[Path]: ...

    def add_recent(self, path: Path) -> None: ...

    def remove_recent(self, path: Path) -> None: ...

    def clear_recent(self) -> None: ...


class FileDialogs(Protocol):
    def ask_open_path(self, parent: QWidget | None, folder: Path | None) -> Path | None: ...

    def ask_save_path(
        self, parent: QWidget | None, suggested: Path, file_filter: str = "", suffix: str = ".hria"
    ) -> Path | None: ...

    def ask_unsaved_changes(self, parent: QWidget | None, name: str) -> UnsavedChoice: ...

    def show_error(self, parent: QWidget | None, title: str, message: str, detail: str = "") -> None: ...

    def show_information(self, parent: QWidget | None, title: str, message: str) -> None: ...

    def ask_passphrase(self, parent: QWidget | None, name: str, wrong: bool = False) -> str | None: ...

    def ask_recover(self, parent: QWidget | None, info: RecoveryInfo) -> RecoverChoice: ...

    def ask_lock_conflict(self, parent: QWidget | None, name: str, holder: LockInfo) -> LockChoice: ...

    def ask_save_conflict(
        self, parent: QWidget | None, name: str, reason: ConflictReason, holder: LockInfo | None = None
    ) -> ConflictChoice: ...

    def ask_reload(self, parent: QWidget | None, name: str) -> bool: ...

    def ask_hard_links(self, parent: QWidget | None, name: str, others: int) -> HardLinkChoice | None: ...

    def ask_save_elsewhere(self, parent: QWidget | None, name: str, reason: str) -> bool: ...

    def ask_new_passphrase(self, parent: QWidget | None, name: str, changing: bool = False) -> str | None: ...

    def confirm_remove_encryption(self, parent: QWidget | None, name: str) -> bool: ...

    def confirm_full_export(self, parent: QWidget | None, name: str) -> bool: ...
