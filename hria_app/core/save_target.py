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
from hria_app.core.issue_messages import message

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
        code = "save_hard_linked_one" if others == 1 else "save_hard_linked_many"
        super().__init__(message(code, name=target.opened.name, count=others))


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
            if self.chain:
                raise ReadOnlyFile(message("save_read_only_file_link", name=self.opened.name, real=self.real))
            raise ReadOnlyFile(message("save_read_only_file", name=self.opened.name))


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
    return ReadOnlyFolder(message("save_read_only_folder", folder=target.folder, name=target.opened.name))


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
            raise LinkLoop(message("save_link_loop", name=path.name, limit=MAX_LINKS))
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
            raise DanglingLink(message("save_dangling_link", name=opened.name, real=real))
        if not folder.is_dir():
            raise folder_missing(opened, folder)
        return SaveTarget(opened, real, chain, False, 0, 0, None)
    if stat.S_ISDIR(info.st_mode):
        raise IsAFolder(message("save_target_is_folder", real=real))
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
        return FolderMissing(message("save_folder_part_is_file", name=opened.name))
    return SaveError(message("cannot_save", name=opened.name, reason=exc.strerror or exc))


def folder_missing(opened: Path, folder: Path) -> FolderMissing:
    return FolderMissing(message("save_folder_missing", folder=folder, name=opened.name))


def path_too_long(opened: Path) -> PathTooLong:
    size = len(os.fsencode(str(opened)))
    return PathTooLong(message("save_path_too_long", name=opened.name, size=size))
