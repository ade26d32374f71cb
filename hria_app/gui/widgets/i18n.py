"""The interface language: the app's own words through Qt's translators, and what follows the language (the
locale, dates in the Buddhist Era, sorting and searching that work for Thai).

Translations live in resources/i18n: hria_th.ts (made by lupdate from hria_app/gui) holds the app's words, and
qt_th.ts the few of Qt's own words the app shows (standard buttons, the text fields' context menu), which Qt does
not ship in Thai. `make translations` compiles each .ts to the .qm that is loaded here.

Switching takes effect at once: installing a translator sends every widget a LanguageChange event, and each
widget that shows words of the app's own sets them again in `retranslate()` (see `follow_language`). Nothing of
the open assessment is touched, so unsaved work and its undo history survive a switch.
"""

from __future__ import annotations

import datetime
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cmp_to_key
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)

from hria_app.core.dates import display_date, long_date, parse_date
from hria_app.core.paths import resource
from hria_app.core.text import LANGUAGES

log = logging.getLogger(__name__)

CATALOGUES = ("hria", "qt")  # resources/i18n/<catalogue>_<lang>.qm
# A language's name in that language: a person who cannot read the current interface still finds their own.
NATIVE_NAMES = {"en": "English", "th": "ไทย"}
LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "th": QLocale("th_TH")}
T = TypeVar("T")


def system_language(locale: QLocale | None = None) -> str:
    """The interface language the system (or `locale`) asks for: Thai on a Thai system, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        language = QLocale(name).language()
        if language == QLocale.Language.Thai:
            return "th"
        if language != QLocale.Language.C:
            return "en"
    return "en"


def resolve(choice: str) -> str:
    """The language to show for a choice of "system", "en" or "th"."""
    return system_language() if choice == "system" else choice if choice in LANGUAGES else "en"


def translations_folder() -> Path:
    return resource("i18n")


class Translations(QObject):
    """The translators installed in one application, for one interface language at a time."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        super().__init__(app)
        self.setObjectName("hria-translations")
        self.folder = folder or translations_folder()
        self.language = "en"
        self._translators: list[QTranslator] = []
        # English plural forms ("1 page", "2 pages") for strings written with %n; it stays installed under every
        # language, and a language's own catalogue, installed later, answers first.
        self._plurals = QTranslator(self)
        if self._plurals.load(str(self.folder / "hria_en.qm")):
            app.installTranslator(self._plurals)
        else:
            log.warning("no English plural forms at %s", self.folder)

    @classmethod
    def of(cls, app: QCoreApplication | None = None) -> Translations:
        """The application's translations, made (in English) on first use."""
        app = app or QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the interface language needs a QApplication")
        found = app.findChild(cls, "hria-translations")
        return found if isinstance(found, cls) else cls(app)

    def use(self, choice: str) -> str:
        """Show the interface in `choice` ("system", "en" or "th"); returns the language now shown."""
        lang = resolve(choice)
        app = QCoreApplication.instance()
        if lang == self.language or app is None:
            return self.language
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        if lang != "en":
            for catalogue in CATALOGUES:
                translator = QTranslator(self)
                path = self.folder / f"{catalogue}_{lang}.qm"
                if translator.load(str(path)):
                    app.installTranslator(translator)
                    self._translators.append(translator)
                else:
                    log.warning("no translation at %s: the interface stays partly in English", path)
        self.language = lang
        QLocale.setDefault(LOCALES[lang])
        # Widgets hear of the change through posted events; deliver them now, so the switch is complete on return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(lang)
        return lang


def interface_language() -> str:
    """The language the interface speaks now: "en" or "th"."""
    app = QCoreApplication.instance()
    found = app.findChild(Translations, "hria-translations") if app is not None else None
    return found.language if isinstance(found, Translations) else "en"


_MNEMONIC = re.compile(r"\(&\w\)|&(?=[^&\s])")


def plain_label(text: str) -> str:
    """A label without its keyboard mnemonic, for names and sentences: "&Title" -> "Title", and the Thai form
    "ชื่อเรื่อง(&T)" -> "ชื่อเรื่อง"."""
    return _MNEMONIC.sub("", text).strip()


def follow_language(event: QEvent, retranslate: Callable[[], None]) -> None:
    """For a widget's changeEvent: set its words again when the interface language changes."""
    if event.type() == QEvent.Type.LanguageChange:
        retranslate()


# Dates: ISO in files, the Buddhist Era in a Thai interface.
def shown_date(iso: str) -> str:
    return display_date(iso, interface_language())


def shown_datetime(moment: datetime.datetime, long: bool = True) -> str:
    """A moment in the interface language: Thai with the Buddhist Era year (26 พฤศจิกายน พ.ศ. 2569 14:05)."""
    if interface_language() == "th":
        day = long_date(moment.date(), "th") if long else display_date(moment.date().isoformat(), "th")
        return f"{day} {moment:%H:%M}"
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDateTime(moment), form)


def typed_date(text: str) -> str | None:
    """The ISO date typed: in English only YYYY-MM-DD; in Thai also 26/11/2569, 26 พ.ย. 2569 and the like."""
    text = text.strip()
    if interface_language() == "th":
        return parse_date(text)
    iso = parse_date(text)
    return iso if iso == text else None


# Sorting and searching.
def collator(lang: str) -> QCollator:
    """Alphabetical order for `lang`: Thai by the dictionary (a leading vowel sorts by the consonant after it)."""
    order = QCollator(LOCALES.get(lang, LOCALES["en"]))
    order.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    order.setNumericMode(True)
    return order


def sorted_by_text(items: Iterable[T], text: Callable[[T], str], lang: str) -> list[T]:
    """`items` in the alphabetical order of `lang`, by `text(item)`."""
    items = list(items)
    if len(items) < 2:
        return items
    order = collator(lang)
    # Qt collates through ICU or the system, which know Thai; without them a leading vowel is moved by hand.
    knows_thai = lang != "th" or order.compare("เกม", "ขวด") < 0

    def key(item: T) -> str:
        return text(item) if knows_thai else thai_sort_key(text(item))

    def compare(a: T, b: T) -> int:
        return order.compare(key(a), key(b))

    return sorted(items, key=cmp_to_key(compare))


_LEADING_VOWELS = frozenset("เแโใไ")


def thai_sort_key(text: str) -> str:
    """Thai dictionary order without relying on the collation library: a leading vowel (เ แ โ ใ ไ) is written
    before the consonant it follows in speech, and dictionaries sort it after that consonant."""
    out: list[str] = []
    characters = list(text)
    i = 0
    while i < len(characters):
        if characters[i] in _LEADING_VOWELS and i + 1 < len(characters):
            out.extend((characters[i + 1], characters[i]))
            i += 2
        else:
            out.append(characters[i])
            i += 1
    return "".join(out)


# Marks a person may leave out when typing a search: the four tone marks, the shortening mark (็), the silent
# mark (์) and the rare nikhahit and yamakkan.
_IGNORED_IN_SEARCH = dict.fromkeys(range(0x0E47, 0x0E4F))


def search_key(text: str) -> str:
    """Text as the criterion filter compares it: case folded, Latin accents and Thai tone marks ignored, so
    "เปน" finds "เป็น" and "ขอมูล" finds "ข้อมูล"."""
    text = unicodedata.normalize("NFC", text.casefold()).replace("\u0e4d\u0e32", "\u0e33")  # ํ + า is ำ
    kept = "".join(c if "\u0e00" <= c <= "\u0e7f" else _without_accents(c) for c in text)
    return " ".join(kept.translate(_IGNORED_IN_SEARCH).split())


def _without_accents(character: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", character) if not unicodedata.combining(c))
