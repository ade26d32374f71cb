"""A guard against a PySide6 defect: on Python 3.11 and older, PySide6 6.12.0 loses one reference to None on
every call that returns nothing (setText, setValue, a Python slot or paintEvent...). None starts with a few
thousand references, so a session aborts with "deallocating None" within minutes of ordinary use.

Python 3.12 made None, True and False immortal, which makes the lost references harmless. On older Pythons the
guard does the same by hand: it gives these three objects a reference count no session can use up. It first
measures the leak, so it does nothing with a PySide6 or a Python that does not have it. Application start-up
calls it once, after the QApplication exists (shell/app.py); importing the gui package does nothing.

It only runs on a standard CPython build: another interpreter has no ob_refcnt to raise, and a debug build
(sys.gettotalrefcount) counts every reference and would report the raised count as a leak.
"""

from __future__ import annotations

import ctypes
import logging
import platform
import sys

log = logging.getLogger(__name__)

_PROBE_CALLS = 16
_HEADROOM = 1 << 40  # about 10^12 lost references: years of continuous use
_applied = False


def pyside_loses_none_references() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _PROBE_CALLS // 2


def guard_applies() -> bool:
    """Whether this interpreter can have the leak and take the guard: CPython before 3.12, not a debug build."""
    return (
        platform.python_implementation() == "CPython"
        and sys.version_info < (3, 12)
        and not hasattr(sys, "gettotalrefcount")
    )


def guard_against_lost_none_references() -> bool:
    """Apply the guard if this PySide6 needs it; True when it is in place. Safe to call more than once."""
    global _applied
    if _applied:
        return True
    if not guard_applies() or not pyside_loses_none_references():
        return False
    _applied = True
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in CPython's standard builds.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    # Known and handled: a note for whoever debugs, not a warning for the person using the app.
    log.debug("this PySide6 loses references to None; applied the guard (upgrade PySide6 or Python >= 3.12)")
    return True
