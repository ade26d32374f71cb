"""A file cut short or full of binary is reported as incomplete or damaged, with the way back to the work first and
the technical line under Show details."""

from __future__ import annotations

import shutil
from pathlib import Path

from hria_app.core.file_names import backup_path
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs

SAMPLE = Path(__file__).parents[3] / "resources" / "samples" / "nakhon-thani-findface.hria"


def cut_sample(folder: Path) -> Path:
    """The sample cut at 3,000 bytes: inside a Thai character, as a copy broken off half-way leaves it."""
    data = SAMPLE.read_bytes()
    assert data[2999] >= 0x80  # the cut falls in a multi-byte character
    path = folder / "nakhon-thani.hria"
    path.write_bytes(data[:3000])
    return path


def test_a_truncated_file_is_called_incomplete_and_its_backup_is_named(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    path = cut_sample(tmp_path)
    shutil.copyfile(SAMPLE, backup_path(path))
    assert not window.open_path(path)
    (_title, message, detail) = dialogs.errors[-1]
    assert message.startswith("“nakhon-thani.hria” looks incomplete or damaged")
    assert "nakhon-thani.hria.bak" in message and "File > Open" in message
    assert "UTF-8" not in message and "0x" not in message
    assert "invalid UTF-8 byte 0x" in detail
    assert window.document is None or window.document.path != path


def test_without_a_backup_the_message_points_to_other_copies_and_revert(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    assert not window.open_path(cut_sample(tmp_path))
    message = dialogs.errors[-1][1]
    assert "another copy" in message and "File > Revert to previous version" in message


def test_binary_garbage_reads_the_same_way(window: MainWindow, dialogs: FakeDialogs, tmp_path: Path) -> None:
    path = tmp_path / "photo.hria"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert not window.open_path(path)
    (_title, message, detail) = dialogs.errors[-1]
    assert message.startswith("“photo.hria” looks incomplete or damaged")
    assert "NUL" not in message
    assert "NUL byte" in detail
