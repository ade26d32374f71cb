"""Killing a worker that saves and autosaves, many times over: the machinery of tests/gui/files/test_kill_saves.py,
shared with the benchmark that measures where the kills land (benchmarks/bench_kill_saves.py).

A zygote process imports the app once and forks a worker per round, so each kill costs milliseconds, not an
interpreter start. The worker does what a window does: each edit is autosaved through the real Autosave and
RecoveryStore, every second edit is saved through AssessmentDocument.save (with its backup), and it reports each
step as it begins and ends. After each kill the files on disk must be whole (the old or the new version, never a
mixture), the recovery copy must give back the last autosave, and no completed step may be lost. Leftover
temporary files of one killed round must be gone once the next round writes to the same folder.
"""

from __future__ import annotations

import os
import random
import re
import select
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from hria_app.core.assessment import Assessment
from hria_app.core.assessment_file import load_assessment
from hria_app.gui.files.autosave import RecoveryStore
from tests.gui.helpers import ROOT

MAX_DELAY = 0.05  # seconds; a few steps of the worker, so kills land in every part of its loop
TARGETED_DELAY = 0.01  # about one write: a kill aimed at a step mostly lands inside it
TARGETS = ("save", "autosave", None)

ZYGOTE = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from hria_app.core.assessment import Answer
    from hria_app.core.assessment_file import load_assessment
    from hria_app.core.text import Text
    from hria_app.gui.files.autosave import Autosave, RecoveryStore
    from hria_app.gui.assessment.document import AssessmentDocument
    from hria_app.gui.shell.refcount_guard import guard_against_lost_none_references

    guard_against_lost_none_references()
    path, data_dir = Path(sys.argv[1]), Path(sys.argv[2])
    padding = "ที่นี่ " * 15_000  # a few hundred kB, so kills land inside writes and fsyncs
    say = lambda text: os.write(1, (text + "\\n").encode())

    def work(first, steps, slot):
        app = QCoreApplication([])
        document = AssessmentDocument(load_assessment(path), path)
        autosave = Autosave(RecoveryStore(data_dir), 3600)
        autosave.slot = slot
        autosave.set_document(document)
        version = first
        while version < first + steps:
            answer = Answer(notes=Text.of(f"version {version}\\n{padding}")).scored(1 + version % 4)
            document.edit_answer("LEG-1", answer, "edit")
            say(f"begin autosave {version}")
            autosave.write_now()
            say(f"end autosave {version}")
            if version % 2:
                say(f"begin save {version}")
                document.save(path)
                say(f"end save {version}")
            version += 1

    say("ready")
    for line in sys.stdin:
        first, steps, slot = line.split()
        pid = os.fork()
        if pid == 0:
            try:
                work(int(first), int(steps), slot)
            finally:
                os._exit(0)
        say(f"pid {pid}")
        os.waitpid(pid, 0)  # until it is killed, or ends
        say(f"done {pid}")
    """
)
EVENT = re.compile(r"^(begin|end) (save|autosave) (\d+)$")


class Lines:
    """Lines from a pipe, read without blocking past a deadline."""

    def __init__(self, stream: int, log: Path) -> None:
        self.fd = stream
        self.log = log  # the zygote's standard error, told when it fails
        self.buffer = b""

    def next(self, timeout: float) -> str | None:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise EOFError(f"the zygote ended:\n{self.log.read_text(errors='replace')}")
            self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode()

    def expect(self, prefix: str, timeout: float = 30) -> str:
        while True:
            line = self.next(timeout)
            assert line is not None, f"no {prefix!r} within {timeout} s:\n{self.log.read_text(errors='replace')}"
            if line.startswith(prefix):
                return line


@dataclass
class Tally:
    kills: int = 0
    during: dict[str, int] = field(default_factory=lambda: {"save": 0, "autosave": 0, "between": 0})
    damaged: list[str] = field(default_factory=list)
    most_leftovers: int = 0


def slot(first_version: int) -> str:
    """Each worker is a window of its own, with its own recovery slot."""
    return f"window-{first_version // 1000:06d}"


def parse(line: str) -> tuple[str, str, int]:
    match = EVENT.match(line)
    assert match is not None, line
    return match[1], match[2], int(match[3])


def version_of(assessment: Assessment) -> int:
    return int(assessment.answer("LEG-1").notes.get("en").split("\n", 1)[0].removeprefix("version "))


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.tmp")) if folder.is_dir() else []


def check_round(events: list[tuple[str, str, int]], path: Path, store: RecoveryStore, saved: int, tally: Tally) -> int:
    """Check the files after one kill; returns the version now in the file."""
    done = [(kind, version) for step, kind, version in events if step == "end"]
    begun = [(kind, version) for step, kind, version in events if step == "begin"]
    in_progress = begun[-1] if begun and (not done or begun[-1] != done[-1]) else None
    tally.during[in_progress[0] if in_progress else "between"] += 1

    def whole(file: Path) -> int | None:
        try:
            return version_of(load_assessment(file))
        except Exception as exc:
            tally.damaged.append(f"{file.name}: {exc}")
            pytest.fail(f"{file.name} is damaged after kill {tally.kills} ({in_progress} in progress): {exc}")

    saves = [version for kind, version in done if kind == "save"]
    last_saved = saves[-1] if saves else saved
    in_file = whole(path)
    allowed = {last_saved} | ({in_progress[1]} if in_progress and in_progress[0] == "save" else set())
    assert in_file in allowed, f"the file holds version {in_file}, expected one of {allowed}"
    backup = path.with_name(path.name + ".bak")
    if backup.exists():
        assert (whole(backup) or 0) <= in_file

    autosaves = [version for kind, version in done if kind == "autosave"]
    in_copy = None
    for info in store.pending():
        if info.copy.stem == slot(events[0][2]):
            in_copy = whole(info.copy)
        store.forget(info)  # as the person would, recovering or discarding it at the next start
    if autosaves and autosaves[-1] > last_saved:
        # The last autosave came after the last save: its copy must be there, or the step that followed it.
        expected = {autosaves[-1]} | ({in_progress[1]} if in_progress else set())
        assert in_copy in expected or in_file == autosaves[-1], (
            f"recovery gave {in_copy}, expected {expected}; events {events[-4:]}; "
            f"in the folder: {sorted(p.name for p in store.folder.iterdir())}"
        )
    newest_done = max((version for _kind, version in done), default=saved)
    assert max(in_file, in_copy or 0) >= newest_done, "a completed step was lost"
    tally.most_leftovers = max(tally.most_leftovers, len(leftovers(path.parent)), len(leftovers(store.folder)))
    return in_file


@dataclass
class KillReport:
    tally: Tally
    seconds: float
    last_version: int  # of the last worker, which ends normally after one save


def run_kill_rounds(path: Path, data_dir: Path, kills: int, log: Path) -> KillReport:
    """Kill a worker `kills` times while it saves `path` and autosaves into `data_dir`, checking the files after
    each kill (check_round); then let one more worker end normally. The zygote's errors go to `log`."""
    store = RecoveryStore(data_dir)
    errors = log.open("wb")
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, str(path), str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=errors,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert zygote.stdin is not None and zygote.stdout is not None
    lines = Lines(zygote.stdout.fileno(), log)
    rng = random.Random(2026)
    tally = Tally()
    saved = next_version = 0
    started = time.monotonic()
    try:
        lines.expect("ready")
        while tally.kills < kills:
            next_version += 1000  # each round's versions are its own
            zygote.stdin.write(f"{next_version} 1000000 {slot(next_version)}\n".encode())
            zygote.stdin.flush()
            worker = int(lines.expect("pid ").split()[1])
            events = [parse(lines.expect("begin "))]  # the kill is timed from the worker's first step
            # A third of the kills wait for a save to begin, a third for an autosave, a third land anywhere: how
            # long each step takes depends on the machine's load, so random delays alone could miss one kind.
            target = TARGETS[tally.kills % len(TARGETS)]
            while target is not None and events[-1][:2] != ("begin", target):
                events.append(parse(lines.expect("")))
            deadline = time.monotonic() + rng.uniform(0, MAX_DELAY if target is None else TARGETED_DELAY)
            while (line := lines.next(max(0.0, deadline - time.monotonic()))) is not None:
                events.append(parse(line))
            os.kill(worker, signal.SIGKILL)
            # The zygote reports the end after reaping it: all it said before dying comes first.
            while not (line := lines.expect("")).startswith("done "):
                events.append(parse(line))
            tally.kills += 1
            saved = check_round(events, path, store, saved, tally)

        # A last worker that ends normally after one autosave and one save: every earlier leftover must go.
        zygote.stdin.write(f"{next_version + 1001} 1 {slot(next_version + 1001)}\n".encode())
        zygote.stdin.flush()
        lines.expect("done ")
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
        errors.close()
    return KillReport(tally, time.monotonic() - started, next_version + 1001)
