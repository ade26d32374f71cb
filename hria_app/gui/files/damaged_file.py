"""What to tell someone whose file is cut short or is not text at all.

A file cut off while being copied (a sync tool, a full disk, a dropped connection) usually ends mid-character, and
the reader reports "invalid UTF-8 byte 0xe0 at 34:78": true, but it sends the person looking for an encoding
setting. They need to hear first that the file looks incomplete or damaged, and where their work may still be:
the backup the app keeps beside every saved file, and File > Revert. The technical line goes to the details.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject

from hria_app.core.errors import Issue
from hria_app.core.file_names import backup_path

# Messages that mean the bytes are not the text the app wrote, rather than a mistake in the text.
DAMAGED_CODES = frozenset({"invalid_utf8", "nul_byte"})


def looks_damaged(issues: Iterable[Issue]) -> bool:
    return any(issue.code in DAMAGED_CODES for issue in issues)


class DamagedFile(QObject):
    def explain(self, path: Path) -> str:
        """The plain words for a file that `looks_damaged`, naming its backup when there is one."""
        text = self.tr(
            "“{name}” looks incomplete or damaged: it may have been cut off while it was copied or saved, or it "
            "is not an assessment file. Nothing has been changed."
        ).format(name=path.name)
        backup = backup_path(path)
        if backup.is_file():
            text += "\n\n" + self.tr(
                "The app keeps the previous version beside it, “{backup}”. To get your work back, open that file "
                "with File > Open (choose “All files”), check it, and save it under the original name."
            ).format(backup=backup.name)
        else:
            text += "\n\n" + self.tr(
                "If you have another copy (a sync folder, an e-mail, a USB stick), open that one. The app also "
                "keeps a backup, “{backup}”, from the second save on, which File > Revert to previous version "
                "brings back while the file is open."
            ).format(backup=backup.name)
        return text + "\n\n" + self.tr("Show details gives the technical reason.")
