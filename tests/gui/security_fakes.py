"""Stand-ins for another running instance, and the main flows as one person goes through them."""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from hria_app.core import locking
from hria_app.gui.shell.main_window import MainWindow
from tests.gui.fakes import FakeDialogs


@contextlib.contextmanager
def another_instance(path: Path, user: str = "colleague") -> Iterator[subprocess.Popen[bytes]]:
    """A live process on this computer holding the lock of `path`, as another window of the app would."""
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        write_lock(path, user, holder.pid)
        yield holder
    finally:
        holder.kill()
        holder.wait()


def write_lock(path: Path, user: str, pid: int, refreshed: float | None = None) -> None:
    now = time.time()
    data = {"user": user, "host": socket.gethostname(), "pid": pid, "since": now - 600, "refreshed": refreshed or now}
    locking.lock_path(path).write_text(json.dumps(data), encoding="utf-8")


def ended_process_id() -> int:
    """The id of a process that has ended: its lock is stale."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    return ended.pid


def switch_away_and_back(qtbot: QtBot, window: MainWindow) -> None:
    """Another window takes the focus, then the person comes back to the app."""
    other = QWidget()
    qtbot.addWidget(other)
    with qtbot.waitActive(other):
        other.show()
        other.activateWindow()
    with qtbot.waitActive(window):
        window.activateWindow()
    other.close()


def score(window: MainWindow, value: int, criterion_id: str = "LEG-1") -> None:
    window.workspace.show_criterion(criterion_id)
    window.workspace.criterion_page.choose_score(value)


# The main flows, as one person would go through them, for tests that watch what the app does meanwhile.
NOTE = "Confidential: the night guard Prasert Khamdee saw the watchlist screen"
EVIDENCE_TITLE = "Recorded interview with the market vendors' association"
ASSESSOR = "Duangjai Wongsawat"
FLOW_PASSPHRASE = "orchid ferry lantern season"


def run_main_flows(qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, folder: Path) -> None:
    """Start, open the sample, score, edit, autosave, save twice, encrypt, export with the real renderer (through
    the report API and through the export dialog), reopen. The window must have the bundled sample."""
    from dataclasses import replace

    from hria_app.core.assessment import Evidence
    from hria_app.core.text import Text
    from hria_app.gui.export.export_dialog import ExportDialog
    from hria_app.gui.shell.app import start
    from hria_app.report import export_pdf

    start(window, None)
    assert window.files.open_sample()
    document = window.document
    criterion = next(iter(document.assessment.rubric.criteria())).id
    window.workspace.show_criterion(criterion)
    window.workspace.criterion_page.choose_score(2)
    window.workspace.criterion_page.notes.setPlainText(NOTE)
    answer = document.assessment.answer(criterion)
    evidence = (*answer.evidence, Evidence(title=Text.of(EVIDENCE_TITLE), confidential=True))
    document.edit_answer(criterion, replace(answer, evidence=evidence), "evidence")
    context = document.assessment.context
    document.edit_context(replace(context, assessors=(*context.assessors, ASSESSOR)), "assessors")
    with qtbot.waitSignal(window.autosave.written):
        window.write_recovery()

    dialogs.save_path = folder / "case.hria"
    window.save_action.trigger()
    window.workspace.criterion_page.choose_score(3)
    window.save_action.trigger()
    dialogs.new_passphrases = [FLOW_PASSPHRASE]
    assert window.encryption.save_encrypted()
    window.workspace.criterion_page.choose_score(4)
    with qtbot.waitSignal(window.autosave.written):
        window.write_recovery()
    window.save_action.trigger()

    export_pdf(document.assessment, folder / "brief.pdf", lang="en")
    export_pdf(document.assessment, folder / "brief-public.pdf", lang="th", public=True)
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    with qtbot.waitSignal(dialog.rendered, timeout=60_000):
        pass
    dialog.reject()

    window.close_action.trigger()
    dialogs.passphrases = [FLOW_PASSPHRASE]
    assert window.open_path(folder / "case.hria")
    assert window.document.assessment.answer(criterion).notes.get("en") == NOTE
