"""The interface language: the translations as shipped, the choice of language and what follows it (switching
without losing work, Buddhist Era dates, Thai sorting and searching, the bundled Thai font, file errors in Thai)."""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from hria_app.core.assessment import Evidence
from hria_app.core.assessment_file import load_assessment
from hria_app.core.library import LibraryListing
from hria_app.core.paths import resource
from hria_app.core.rubric import Rubric
from hria_app.core.rubric_cache import _summary
from hria_app.core.text import Text
from hria_app.gui.rubrics.rubric_list import RubricListModel
from hria_app.gui.shell.main_window import MainWindow
from hria_app.gui.shell.settings import Settings
from hria_app.gui.widgets import i18n
from hria_app.gui.widgets.i18n import Translations, plain_label, search_key, sorted_by_text, system_language
from tests.gui.fakes import FakeDialogs
from tests.gui.helpers import ROOT, type_text

I18N = ROOT / "resources" / "i18n"
BIN = ROOT / ".venv" / "bin"
THAI = re.compile(r"[\u0e00-\u0e7f]")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(BIN / f"pyside6-{name}")
    if not Path(found).exists():
        pytest.skip(f"pyside6-{name} is not installed")
    return found


def catalogues() -> list[Path]:
    return sorted(I18N.glob("*.ts"))


def thai_catalogues() -> list[Path]:
    return sorted(I18N.glob("*_th.ts"))


def messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


# The translations as shipped.
def test_there_are_thai_catalogues_for_the_app_and_for_qt_and_english_plural_forms() -> None:
    assert [p.name for p in catalogues()] == ["hria_en.ts", "hria_th.ts", "qt_th.ts"]


def test_english_counts_read_as_english_with_one_and_with_many(qapp: QApplication) -> None:
    Translations.of(qapp)  # installs the English plural forms
    assert QApplication.translate("PdfPreview", "%n page(s)", "", 1) == "1 page"
    assert QApplication.translate("PdfPreview", "%n page(s)", "", 44) == "44 pages"


def test_every_count_of_the_gui_has_its_english_forms(tmp_path: Path) -> None:
    """lupdate -pluralonly finds no %n string without its English singular and plural."""
    ts = tmp_path / "hria_en.ts"
    shutil.copy(I18N / "hria_en.ts", ts)
    gui = ROOT / "hria_app" / "gui"
    command = [tool("lupdate"), "-extensions", "py", str(gui), "-ts", str(ts), "-pluralonly"]
    subprocess.run([*command, "-locations", "none", "-no-obsolete"], check=True, capture_output=True)
    unfinished = [m.findtext("source") for _c, m in messages(ts) if m.find("translation").get("type")]
    assert unfinished == [], "run `make update-translations` and write both English forms"


@pytest.mark.parametrize("ts", catalogues(), ids=lambda p: p.name)
def test_the_committed_qm_is_compiled_from_its_ts(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(compiled)], check=True)
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"{committed.name} is missing: run `make translations`"
    assert committed.read_bytes() == compiled.read_bytes(), f"{committed.name} is stale: run `make translations`"


@pytest.mark.parametrize("ts", thai_catalogues(), ids=lambda p: p.name)
def test_every_message_is_translated_and_marked_for_review(ts: Path) -> None:
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, (context, source)
        where = (context, source)
        assert translation.get("type") is None, f"{translation.get('type')}: {where}"  # unfinished, vanished...
        text = "".join(translation.itertext())  # a count's message holds its forms inside
        assert text.strip(), f"empty: {where}"
        words = re.sub(r"\{\w*\}", "", source)
        if re.search(r"[A-Za-z]{2}", words):  # not just placeholders: "{field} ({language})" may stay as it is
            assert THAI.search(text), f"not Thai: {where}"
        assert "awaits review by a native" in (message.findtext("translatorcomment") or "").lower(), where


@pytest.mark.parametrize("ts", thai_catalogues(), ids=lambda p: p.name)
def test_translations_keep_the_placeholders_and_a_mnemonic(ts: Path) -> None:
    """A lost {name} would raise at runtime; a lost &key would take a keyboard shortcut away."""
    for context, message in messages(ts):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        thai_text = "".join(translation.itertext()) if translation is not None else ""
        fields = {name for _lit, name, _spec, _conv in string.Formatter().parse(source) if name}
        translated = {name for _lit, name, _spec, _conv in string.Formatter().parse(thai_text) if name}
        assert fields == translated, (context, source, thai_text)
        if re.search(r"&[^&\s]", source):
            assert re.search(r"&[^&\s]", thai_text), (context, source, thai_text)


def test_every_string_of_the_gui_is_in_the_catalogue(tmp_path: Path) -> None:
    """lupdate over hria_app/gui finds nothing new: a string added without its translation fails here."""
    ts = tmp_path / "hria_th.ts"
    shutil.copy(I18N / "hria_th.ts", ts)
    gui = ROOT / "hria_app" / "gui"
    run = subprocess.run(
        [tool("lupdate"), "-extensions", "py", str(gui), "-ts", str(ts), "-locations", "none", "-no-obsolete"],
        check=True,
        capture_output=True,
        text=True,
    )
    new = re.search(r"\((\d+) new and", run.stdout + run.stderr)
    assert new is not None, run.stdout
    unfinished = [(c, m.findtext("source")) for c, m in messages(ts) if m.find("translation").get("type")]
    assert unfinished == [], "untranslated: run `make update-translations`, translate, `make translations`"


# Choosing the language.
def test_the_system_language_decides_by_default(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> None:
    assert system_language(QLocale("th_TH")) == "th"
    assert system_language(QLocale("en_US")) == "en"
    assert system_language(QLocale("de_DE")) == "en"
    assert Settings(None).get(i18n_key()) == "system"
    monkeypatch.setattr(i18n, "system_language", lambda locale=None: "th")
    translations = Translations.of(qapp)
    try:
        assert translations.use("system") == "th"
        assert QApplication.translate("MainWindow", "&File") == "ไฟล์(&F)"
        assert QApplication.translate("QPlatformTheme", "Cancel") == "ยกเลิก"  # Qt's own buttons too
    finally:
        translations.use("en")
    assert QApplication.translate("MainWindow", "&File") == "&File"


def i18n_key():
    from hria_app.gui.shell.settings import INTERFACE_LANGUAGE

    return INTERFACE_LANGUAGE


def test_the_choice_is_remembered_and_the_rubric_follows_but_not_the_answers(
    make_window: Callable[..., MainWindow], settings: Settings, qapp: QApplication
) -> None:
    window = make_window()
    try:
        window.language_menus.interface_group.actions()[2].trigger()  # ไทย
        assert settings.interface_language == "th"
        assert (window.language, window.answer_language) == ("th", "en")  # answers change only when chosen
        assert window.file_menu.title() == "ไฟล์(&F)"
        window.set_language("en")  # the rubric text can still be chosen apart from the interface
        assert window.workspace.language == "en"
        assert window.file_menu.title() == "ไฟล์(&F)"
    finally:
        window.set_interface_language("en")
    assert settings.interface_language == "en"
    with pytest.raises(ValueError):
        settings.interface_language = "fr"


def test_menus_name_the_three_languages_apart(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    titles = [plain_label(a.text()) for a in window.view_menu.actions() if a.menu() is not None]
    assert titles[:3] == ["Interface language", "Rubric text language", "Language of your answers"]
    names = [a.text() for a in window.language_menus.interface_group.actions()]
    assert names[1:] == ["English", "ไทย"]  # each language named in itself
    assert window.language_menus.switch_answer_action.shortcut().toString() == "Ctrl+Shift+T"


def test_switching_language_keeps_unsaved_work(qtbot: QtBot, open_window: MainWindow, qapp: QApplication) -> None:
    page = open_window.workspace.criterion_page
    type_text(page.notes, "พบกล้อง 120 ตัว")
    page.choose_score(3)
    document = open_window.document
    assert document is not None
    stack = document.undo_stack
    before = (stack.count(), stack.index(), stack.isClean())
    font, locale = QApplication.font(), QLocale()
    try:
        open_window.set_interface_language("th")
        assert open_window.document is document
        assert (stack.count(), stack.index(), stack.isClean()) == before
        assert document.modified and open_window.isWindowModified()
        assert open_window.workspace.criterion_page.criterion_id == "LEG-1"
        # Thai menus do not switch the answers: the fields still show what the user typed, and go on writing it.
        assert document.assessment.answer("LEG-1").notes.get("en") == "พบกล้อง 120 ตัว"
        assert page.notes.toPlainText() == "พบกล้อง 120 ตัว"
        assert open_window.answer_language == "en"
        # Choosing the Thai answer language (View > Language of your answers) is what shows the Thai version.
        open_window.set_answer_language("th")
        assert page.notes.toPlainText() == ""
        assert "พบกล้อง 120 ตัว" in page.notes_other.text()
        open_window.set_answer_language("en")
        assert page.notes.toPlainText() == "พบกล้อง 120 ตัว"
        stack.undo()
        assert document.assessment.answer("LEG-1").score is None
        assert open_window.undo_action.text().startswith("เลิกทำ")
        stack.redo()
        open_window.set_interface_language("en")
        assert (stack.count(), stack.index(), stack.isClean()) == before
        assert document.assessment.answer("LEG-1").score == 3
        assert page.notes.toPlainText() == "พบกล้อง 120 ตัว"
    finally:
        Translations.of(qapp).use("en")
        QApplication.setFont(font)
        QLocale.setDefault(locale)


# Dates in the Buddhist Era.
@pytest.mark.usefixtures("thai")
def test_dates_show_the_buddhist_era_in_thai_and_files_keep_iso(
    qtbot: QtBot, open_window: MainWindow, tmp_path: Path, dialogs: FakeDialogs
) -> None:
    page = open_window.workspace.context_page
    open_window.workspace.show_page("context")
    started = page.editors["started"]
    started.clear()  # a new assessment starts today
    type_text(started, "26/11/2569")
    assert open_window.document.assessment.context.started == "2026-11-26"
    started.editingFinished.emit()
    assert started.text() == "26 พ.ย. 2569"
    updated = page.editors["updated"]
    type_text(updated, "1 มี.ค. 2568")
    assert open_window.document.assessment.context.updated == "2025-03-01"
    type_text(updated, "x")
    assert page.date_messages["updated"].isVisible()
    assert "พ.ศ." in page.date_messages["updated"].text()
    # Evidence dates too, typed in either era.
    open_window.workspace.show_criterion("LEG-1")
    table = open_window.workspace.criterion_page.evidence
    table.add_record()
    model = table.model
    assert model.setData(model.index(0, 0), "หนังสือตอบกลับ")
    assert model.setData(model.index(0, 2), "14/2/2568")
    assert model.index(0, 2).data() == "14 ก.พ. 2568"
    assert open_window.document.assessment.answer("LEG-1").evidence[0].accessed == "2025-02-14"
    dialogs.save_path = tmp_path / "dates.hria"
    assert open_window.files.save()
    text = dialogs.save_path.read_text(encoding="utf-8")
    assert "2026-11-26" in text and "2025-02-14" in text and "2569" not in text
    assert load_assessment(dialogs.save_path).context.started == "2026-11-26"


def test_english_dates_stay_iso(open_window: MainWindow) -> None:
    open_window.workspace.show_criterion("LEG-1")
    table = open_window.workspace.criterion_page.evidence
    open_window.document.edit_answer(
        "LEG-1",
        replace(open_window.document.assessment.answer("LEG-1"), evidence=(Evidence(Text.of("x"), "", "2026-11-26"),)),
        "t",
    )
    assert table.model.index(0, 2).data() == "2026-11-26"
    assert table.model.setData(table.model.index(0, 2), "26/11/2569") is False  # English takes ISO only


# Sorting and searching with Thai.
def entries_titled(rubric: Rubric, titles: list[dict[str, str]]) -> list[LibraryListing]:
    return [
        LibraryListing(Path(f"{n}.yaml"), "user", _summary(None, replace(rubric, title=Text(t), id=f"r{n}"), []))
        for n, t in enumerate(titles)
    ]


def test_the_rubric_list_sorts_in_the_order_of_its_language(qapp: QApplication, mini_rubric: Rubric) -> None:
    titles = [
        {"en": "Vendor due diligence", "th": "ไก่"},
        {"en": "Assembly", "th": "เกม"},
        {"en": "data protection", "th": "ขวด"},
        {"en": "Biometrics", "th": "กา"},
    ]
    model = RubricListModel()
    model.set_entries(entries_titled(mini_rubric, titles))
    shown = lambda: [model.index(row).data() for row in range(model.rowCount())]  # noqa: E731
    assert shown() == ["Assembly", "Biometrics", "data protection", "Vendor due diligence"]
    model.set_language("th")
    # Thai dictionary order: a leading vowel sorts by the consonant after it (เกม and ไก่ under ก).
    assert shown() == ["กา", "เกม", "ไก่", "ขวด"]
    assert shown() != sorted(shown())  # which plain code-point order would not give


def test_sorted_by_text_handles_thai_without_the_collation_library(monkeypatch: pytest.MonkeyPatch) -> None:
    words = ["ไก่", "เกม", "กา", "ขวด"]
    assert sorted_by_text(words, str, "th") == ["กา", "เกม", "ไก่", "ขวด"]

    class CodePointCollator:
        def compare(self, a: str, b: str) -> int:
            return (a > b) - (a < b)

    monkeypatch.setattr(i18n, "collator", lambda lang: CodePointCollator())
    assert sorted_by_text(words, str, "th") == ["กา", "เกม", "ไก่", "ขวด"]


def test_search_ignores_case_accents_and_thai_tone_marks() -> None:
    assert search_key("ข้อมูลส่วนบุคคล") == search_key("ขอมูลสวนบุคคล")
    assert search_key("เปน") in search_key("ความเป็นส่วนตัว")
    assert search_key("LEG-1 Café") == "leg-1 cafe"
    assert search_key("ทํา") == search_key("ทำ")  # sara am typed as two characters
    assert search_key("ทา") not in search_key("ทำ")  # but the vowel is not dropped


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("เฉพาะ", ["LEG-1"]),  # a Thai word inside a title (กฎหมายเฉพาะ), no word boundary needed
        ("ชอบด้วย", ["LEG-1", "LEG-2"]),  # a section's title shows all its criteria
        ("ตอสาธารณะ", ["LEG-1"]),  # tone mark left out (ต่อ)
        ("อิสระ", ["LEG-2"]),  # in the question only
        ("leg-2", ["LEG-2"]),
        ("Oversight", ["LEG-2"]),  # the other language's text is searched too
        ("ไม่มีสิ่งนี้", []),
    ],
)
def test_the_criterion_filter_finds_thai(qtbot: QtBot, open_window: MainWindow, typed: str, found: list[str]) -> None:
    open_window.set_language("th")
    navigator = open_window.workspace.navigator
    navigator.filter_box.setFocus()
    type_text(navigator.filter_box, typed)
    proxy = navigator.proxy
    shown = []
    for section in range(proxy.rowCount()):
        parent = proxy.index(section, 0)
        shown += [
            proxy.index(row, 0, parent).data(Qt.ItemDataRole.UserRole + 1) for row in range(proxy.rowCount(parent))
        ]
    assert shown == found


# The bundled font.
def test_thai_in_a_widget_is_drawn_with_the_bundled_font(qapp: QApplication) -> None:
    from hria_app.gui.shell.app import prefer_bundled_thai, register_fonts

    font = QApplication.font()
    try:
        prefer_bundled_thai(register_fonts(resource("fonts")))
        label = QLabel("สิทธิในความเป็นส่วนตัว Privacy")
        layout = QTextLayout(label.text(), label.font())
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        families = {run.rawFont().familyName(): run.glyphIndexes() for run in layout.glyphRuns()}
        assert "Noto Sans Thai" in families
        thai_runs = [run for run in layout.glyphRuns() if run.rawFont().familyName() == "Noto Sans Thai"]
        assert sum(len(run.glyphIndexes()) for run in thai_runs) >= len("สิทธิในความเป็นส่วนตัว") - 5
        assert QFont(label.font()).families()[-1] == "Noto Sans Thai"
    finally:
        QApplication.setFont(font)


# Problems with a file, in the interface language.
@pytest.mark.usefixtures("thai")
def test_a_bad_file_is_explained_in_thai(
    make_window: Callable[..., MainWindow], dialogs: FakeDialogs, tmp_path: Path
) -> None:
    window = make_window()
    bad = tmp_path / "bad.hria"
    bad.write_text("format_version: 1\nrubric: [\n", encoding="utf-8")
    assert not window.open_path(bad)
    assert not window.open_path(tmp_path / "missing.hria")
    (title, message, detail), (_t, missing, _d) = dialogs.errors
    assert title == "เปิดไฟล์ไม่ได้"
    assert "ไวยากรณ์ YAML ไม่ถูกต้อง" in message and "bad.hria:" in message
    assert "YAML syntax error" in detail  # the English too, to search for or quote when asking for help
    assert "ไม่พบไฟล์" in missing
