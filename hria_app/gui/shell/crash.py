"""What happens when the app itself fails: save the person's work first, then explain, then log.

Python errors reach `sys.excepthook`; crashes below Python (a segfault in a library) are written by faulthandler
to the crash log in the data folder, so there is something to send with a bug report.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication

from hria_app import __version__

log = logging.getLogger(__name__)
CRASH_LOG = "crash.log"


translate = QCoreApplication.translate


class CrashHandler:
    """`save_recovery` returns the path of the copy it wrote (or None); `show` presents (message, detail)."""

    def __init__(
        self, log_dir: Path, save_recovery: Callable[[], Path | None], show: Callable[[str, str], None]
    ) -> None:
        self.log_path = log_dir / CRASH_LOG
        self.save_recovery = save_recovery
        self.show = show
        self._fault_file: IO[str] | None = None
        self._handling = False

    def install(self) -> None:
        sys.excepthook = self.handle
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            self._fault_file = self.log_path.open("a", encoding="utf-8")
            faulthandler.enable(self._fault_file)
        except OSError as exc:
            log.warning("no crash log at %s: %s", self.log_path, exc)
            faulthandler.enable()

    def uninstall(self) -> None:
        sys.excepthook = sys.__excepthook__
        if faulthandler.is_enabled():
            faulthandler.disable()
        if self._fault_file is not None:
            self._fault_file.close()
            self._fault_file = None

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or self._handling:
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._handling = True
        try:
            saved = self._save_work()
            detail = "".join(traceback.format_exception(exc_type, exc, tb))
            log.critical("unexpected error\n%s", detail)
            self._append_to_log(detail)
            if saved is not None:
                message = translate(
                    "CrashHandler",
                    "Something went wrong inside the app. Your work was saved to a recovery copy and will be "
                    "offered when the app next starts. Saving now, under a new name if you can, is the safest "
                    "next step.",
                )
            else:
                message = translate(
                    "CrashHandler", "Something went wrong inside the app. If you have unsaved changes, save them now."
                )
            header = f"HRIA {__version__}, {datetime.now().isoformat(timespec='seconds')}\n"
            recovery = f"Recovery copy: {saved}\n" if saved else ""
            self.show(message, f"{header}{recovery}Crash log: {self.log_path}\n\n{detail}")
        except Exception:  # the handler itself must never be what ends the app
            sys.__excepthook__(exc_type, exc, tb)
        finally:
            self._handling = False

    def _save_work(self) -> Path | None:
        try:
            return self.save_recovery()
        except Exception:
            log.exception("could not write the recovery copy after an error")
            return None

    def _append_to_log(self, detail: str) -> None:
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with self.log_path.open("a", encoding="utf-8") as handle:
                handle.write(f"\n--- {datetime.now().isoformat(timespec='seconds')} ---\n{detail}")
        except OSError as exc:
            log.warning("could not write the crash log: %s", exc)
