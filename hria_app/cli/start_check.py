"""`hria gui --quit-after-start`: start the app as a user would, then quit by itself.

An installed app (the bundle, the Debian package) is checked this way on a machine with no one at it: the same
start-up as a normal one, with one difference, a timer queued before the event loop runs. When the loop takes it,
the window has opened the file and been shown; the check prints the window's title and quits. If a dialog is
waiting for an answer instead (a file that failed to open, a crash report), it prints the dialog's text and
exits with 1 rather than wait for a click that never comes.
"""

from __future__ import annotations

import sys

STARTED_PREFIX = "started: "
FAILED_PREFIX = "failed to start: "


def queue_quit_after_start() -> None:
    """Create the QApplication the app will reuse and queue the check on it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    check = _StartCheck()
    QTimer.singleShot(0, app, check.run)
    _keep_alive.append(check)


# The timer holds a bound method only; this keeps its object alive for the life of the process.
_keep_alive: list[_StartCheck] = []


class _StartCheck:
    def __init__(self) -> None:
        self.failed = False

    def run(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

        modal = QApplication.activeModalWidget()
        if modal is not None:
            # A dialog opened during start-up runs its own event loop: answer it, then look again once the app's
            # own loop (or the next dialog's) runs.
            text = modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle()
            print(f"{FAILED_PREFIX}{text}", flush=True)
            self.failed = True
            if isinstance(modal, QDialog):
                modal.done(QDialog.DialogCode.Rejected)
            else:
                modal.close()
            QTimer.singleShot(0, self.run)
            return
        if self.failed:
            QApplication.exit(1)
            return
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if not windows:
            print(f"{FAILED_PREFIX}no window was shown", flush=True)
            QApplication.exit(1)
            return
        print(f"{STARTED_PREFIX}{windows[0].windowTitle().replace('[*]', '')}", flush=True)
        QApplication.exit(0)
