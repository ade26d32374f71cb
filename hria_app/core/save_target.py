"""Where a save really lands: symbolic links followed, hard links counted, permissions checked, before writing.

Teams keep assessments behind links (a link in a working folder to a file in a synced team folder). A save must
change the file the link points to, in that file's folder, and leave the link a link; the backup and the lock live
beside the real file. A file with other names (hard links) would be split by an atomic replace, so the caller is
told and chooses. Every refusal says which file or folder is the matter and that nothing was written.
"""

from __future__ import annotations

import enum
import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from hria_app.core.errors import SaveError
from hria_app.core.file_names import backup_path

MAX_LINKS = 40  # as the kernel's own limit on a chain of links


class HardLinkChoice(enum.Enum):
    """What to do with a file that has other names (hard links) than the one being saved."""

    IN_PLACE = "in place"  # rewrite the file itself, keeping every name; a real copy of the old version first
    SEPARATE = "separate"  # save as a new file under this name; the other names keep the old version


class TargetError(SaveError):
    """A save refused before anything was written. `offers_save_as`: saving under another name would work."""

    offers_save_as = True


class DanglingLink(TargetError):
    pass


class LinkLoop(TargetError):
    pass


class FolderMissing(TargetError):
    pass


class IsAFolder(TargetError):
    pass


class ReadOnlyFile(TargetError):
    pass


class ReadOnlyFolder(TargetError):
    pass


class PathTooLong(TargetError):
    pass


class HardLinked(TargetError):
    """The file has other names; the caller asks once and saves again with a HardLinkChoice."""

    def __init__(self, target: SaveTarget) -> None:
        self.target = target
        others = target.other_names
        super().__init__(
            f"{target.opened.name} has {others} other name{'s' if others != 1 else ''} on this disk (hard "
            f"link{'s' if others != 1 else ''}): a normal save would leave {'them' if others != 1 else 'it'} with "
            "the old version. Choose to save in place (every name sees the change; the old version is kept as "
            "the backup) or to save as a separate file. Nothing was written"
        )


@dataclass(frozen=True)
class SaveTarget:
    """The file a save of `opened` writes: `real`, reached through the `chain` of links (empty for a plain file)."""

    opened: Path
    real: Path
    chain: tuple[Path, ...]
    exists: bool
    nlink: int  # the file's names on disk; 0 for a file still to be created
    other_names: int  # of those, the ones that are neither `real` nor our own backup
    mode: int | None  # permission bits of the existing file

    @property
    def is_link(self) -> bool:
        return bool(self.chain)

    @property
    def is_hard_linked(self) -> bool:
        return self.other_names > 0

    @property
    def folder(self) -> Path:
        return self.real.parent if str(self.real.parent) else Path(".")

    @property
    def backup(self) -> Path:
        return backup_path(self.real)

    @property
    def file_writable(self) -> bool:
        return not self.exists or _writable(self.real)

    @property
    def folder_writable(self) -> bool:
        """A hint only: network mounts and Windows' folder attribute can say no where a save works. A save tries,
        and a refused one raises ReadOnlyFolder."""
        return os.name != "posix" or os.access(self.folder, os.W_OK | os.X_OK)

    def check_writable(self) -> None:
        """Raise ReadOnlyFile when the file was made read-only (a read-only folder is found by trying)."""
        if not self.file_writable:
            raise ReadOnlyFile(
                f"{self.opened.name} is read-only{self._where()}: nothing was written. Save As to keep your "
                "changes under another name, or make the file writable and save again"
            )

    def _where(self) -> str:
        return f" (it is {self.real}, reached through a link)" if self.chain else ""


def _writable(path: Path) -> bool:
    # A file with no write permission for anyone (or Windows' read-only attribute) was made read-only on purpose;
    # honoured even where the account could write anyway (an administrator), as the person asked. A replace would
    # otherwise succeed, since it needs only the folder's permission.
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & 0o222) and os.access(path, os.W_OK)


def read_only_folder(target: SaveTarget) -> ReadOnlyFolder:
    return ReadOnlyFolder(
        f"the folder {target.folder} is read-only: {target.opened.name} was not saved and nothing was written. "
        "Save As to choose another folder"
    )


def follow_links(path: Path) -> tuple[Path, tuple[Path, ...]]:
    """The path a chain of symbolic links ends at (whether it exists or not), and the links followed."""
    chain: list[Path] = []
    current = path
    while True:
        try:
            is_link = stat.S_ISLNK(os.lstat(current).st_mode)
        except OSError:
            is_link = False
        if not is_link:
            return current, tuple(chain)
        if len(chain) >= MAX_LINKS or current in chain:
            raise LinkLoop(
                f"{path.name} is a link that leads round in a circle (or through more than {MAX_LINKS} links): "
                "nothing was written. Save As to save it somewhere else"
            )
        chain.append(current)
        current = Path(os.path.join(os.path.dirname(current), os.readlink(current)))


def real_path(path: Path) -> Path:
    """Where the bytes of `path` live: links followed. Never fails; a broken chain ends where it breaks."""
    try:
        real, chain = follow_links(Path(path))
    except LinkLoop:
        return Path(path)
    return Path(os.path.realpath(real)) if chain else Path(path)


def resolve_save_target(path: Path) -> SaveTarget:
    """What saving to `path` would write. Raises DanglingLink, LinkLoop, FolderMissing, IsAFolder, PathTooLong."""
    opened = Path(path)
    try:
        end, chain = follow_links(opened)
    except OSError as exc:
        raise _refusal(opened, exc) from exc
    real = Path(os.path.realpath(end)) if chain else end
    try:
        info = os.stat(real)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _refusal(opened, exc) from exc
    if info is None:
        folder = real.parent if str(real.parent) else Path(".")
        if chain:
            raise DanglingLink(
                f"{opened.name} is a link to {real}, which does not exist (moved, deleted, or on a drive that is "
                "not connected): nothing was written. Save As to save it somewhere else"
            )
        if not folder.is_dir():
            raise folder_missing(opened, folder)
        return SaveTarget(opened, real, chain, False, 0, 0, None)
    if stat.S_ISDIR(info.st_mode):
        raise IsAFolder(
            f"{real} is a folder, not a file (something put a folder where the file was): nothing was "
            "written. Save As to choose another name"
        )
    return SaveTarget(opened, real, chain, True, info.st_nlink, _other_names(real, info), stat.S_IMODE(info.st_mode))


def _other_names(real: Path, info: os.stat_result) -> int:
    others = info.st_nlink - 1
    if others <= 0:
        return 0
    # Our own backup may share the file for a moment (it is made as a hard link): it is not someone else's name.
    try:
        backup = os.stat(backup_path(real))
    except OSError:
        return others
    same = (backup.st_dev, backup.st_ino) == (info.st_dev, info.st_ino)
    return others - 1 if same else others


def _refusal(opened: Path, exc: OSError) -> SaveError:
    if exc.errno == errno.ENAMETOOLONG:
        return path_too_long(opened)
    if exc.errno == errno.ENOTDIR:
        return FolderMissing(
            f"a part of the folder of {opened.name} is now a file, not a folder: nothing was written. Save As to "
            "choose another folder"
        )
    return SaveError(f"cannot save {opened.name}: {exc.strerror or exc}")


def folder_missing(opened: Path, folder: Path) -> FolderMissing:
    return FolderMissing(
        f"cannot write to the folder {folder}: it no longer exists (moved, renamed, deleted or disconnected). "
        f"{opened.name} was not saved and nothing was written. Save As to choose another folder"
    )


def path_too_long(opened: Path) -> PathTooLong:
    size = len(os.fsencode(str(opened)))
    return PathTooLong(
        f"the path of {opened.name} is too long for this system ({size} bytes): nothing was written. Save As "
        "with a shorter name or in a folder nearer the top of the drive"
    )
