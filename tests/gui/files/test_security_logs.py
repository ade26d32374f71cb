"""Logs say what happened to which file, never what the file says: no note, evidence title, assessor's name or
passphrase reaches a log record, at any level."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from hria_app.core.assessment_file import load_assessment
from hria_app.gui.files.file_dialogs import LockChoice
from hria_app.gui.shell.app import sample_path
from tests.gui.fakes import FakeDialogs
from tests.gui.security_fakes import ASSESSOR, EVIDENCE_TITLE, FLOW_PASSPHRASE, NOTE, another_instance, run_main_flows

FORMATTER = logging.Formatter()


def secrets_of_the_sample() -> list[str]:
    """The sample's own assessors, notes and evidence titles; the start of each is enough to recognise it."""
    sample = load_assessment(sample_path())
    found = list(sample.context.assessors)
    for answer in sample.answers.values():
        found += [answer.notes.get(lang)[:40] for lang in answer.notes.languages]
        found += [e.title.get("en")[:40] for e in answer.evidence]
    return [text for text in found if len(text) >= 12]


def record_text(record: logging.LogRecord) -> str:
    parts = [record.getMessage(), repr(record.args)]
    if record.exc_info:
        parts.append(FORMATTER.formatException(record.exc_info))
    if record.exc_text:
        parts.append(record.exc_text)
    if record.stack_info:
        parts.append(record.stack_info)
    return "\n".join(parts)


@pytest.mark.expected_log_warning
def test_no_log_record_holds_what_the_assessment_says(
    qtbot: QtBot,
    make_window,
    dialogs: FakeDialogs,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    folder = tmp_path / "work"
    folder.mkdir()
    # Things that log: a leftover of a killed save, a file another instance holds, a damaged file, a failed
    # autosave.
    leftover = folder / ".case.hria.abcd1234.tmp"
    leftover.write_text(NOTE, encoding="utf-8")
    os.utime(leftover, (time.time() - 3600,) * 2)
    window = make_window(sample=sample_path())
    run_main_flows(qtbot, window, dialogs, folder)

    dialogs.lock_choice = LockChoice.READ_ONLY
    with another_instance(folder / "case.hria"):
        window.close_action.trigger()
        dialogs.passphrases = [FLOW_PASSPHRASE]
        assert window.open_path(folder / "case.hria")
    damaged = folder / "damaged.hria"
    damaged.write_text(f"format_version: 1\nrubric: [{NOTE}\n", encoding="utf-8")
    assert window.open_path(damaged) is False
    window.workspace.criterion_page.choose_score(1)
    blocked = tmp_path / "a file where the recovery folder should be"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setattr(window.autosave.store, "folder", blocked / "recovery")
    assert window.write_recovery() is None

    records = caplog.records
    loggers = {record.name for record in records}
    assert {"hria_app.core.storage", "hria_app.gui.files.file_guard", "hria_app.gui.files.autosave"} <= loggers, loggers
    secrets = [NOTE, EVIDENCE_TITLE, ASSESSOR, FLOW_PASSPHRASE, *secrets_of_the_sample()]
    leaks = [
        (record.name, record.levelname, secret)
        for record in records
        for secret in secrets
        if secret in record_text(record)
    ]
    assert leaks == []
