"""Dates as people read and type them. Files keep ISO dates (YYYY-MM-DD, Gregorian); Thai readers see the
Buddhist Era year (B.E. = A.D. + 543) and Thai month names, and may type either era."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from hria_app.core.issue_messages import Message, message

BUDDHIST_ERA_OFFSET = 543
# No assessment is dated before 2400 A.D. or after 2400 B.E. (1857 A.D.): a year from 2400 on is a B.E. year.
FIRST_BUDDHIST_ERA_YEAR = 2400
THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # how files write a date: YYYY-MM-DD, Gregorian
ISO_DATE_FORMAT = "YYYY-MM-DD"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$")
_NAMED = re.compile(r"^(\d{1,2})\s*([^\d\s]+(?:\s*[^\d\s]+)*)\s*(\d{4})$")


def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for number, (full, short, english) in enumerate(
        zip(THAI_MONTHS, THAI_MONTHS_SHORT, ENGLISH_MONTHS, strict=True), start=1
    ):
        for name in (full, short, short.replace(".", ""), english, english[:3]):
            names[name.casefold()] = number
    return names


_MONTHS = _month_names()


def iso_to_date(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if ISO_DATE.match(iso) else None
    except ValueError:
        return None


ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def date_problem(text: str) -> Message | None:
    """Why `text` is not a stored date (YYYY-MM-DD and a day on the calendar), or None when it is one.
    The one check for every date a file holds: context dates, evidence accessed, due dates."""
    found = ISO_DATE.match(text)
    if found is None:
        return message("invalid_value", value=text, hint=message("hint_iso_date"))
    year, month, day = (int(part) for part in found.groups())
    if not 1 <= month <= 12:
        return message("date_no_month", value=text, month=month)
    days = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= days or year < 1:
        return message("date_no_day", value=text, month=month, year=year, days=days)
    return None


def display_date(iso: str, lang: str) -> str:
    """How a stored date reads: in Thai "26 พ.ย. 2569" (Buddhist Era); in English the ISO date itself.
    Anything that is not a valid ISO date is shown as it is."""
    date = iso_to_date(iso)
    if date is None or lang != "th":
        return iso
    return f"{date.day} {THAI_MONTHS_SHORT[date.month - 1]} {date.year + BUDDHIST_ERA_OFFSET}"


def long_date(date: dt.date, lang: str) -> str:
    """A date in words: "26 พฤศจิกายน พ.ศ. 2569" or "26 November 2026"."""
    if lang == "th":
        return f"{date.day} {THAI_MONTHS[date.month - 1]} พ.ศ. {date.year + BUDDHIST_ERA_OFFSET}"
    return f"{date.day} {ENGLISH_MONTHS[date.month - 1]} {date.year}"


def parse_date(text: str) -> str | None:
    """The ISO date a person meant, or None. Accepts 2026-11-26, 26/11/2569, 26/11/2026, 26 พ.ย. 2569,
    26 พฤศจิกายน 2569 and 26 Nov 2026; a year from 2400 on is a Buddhist Era year."""
    text = " ".join(text.replace("พ.ศ.", " ").replace("ค.ศ.", " ").split())
    if not text:
        return None
    if found := _ISO.match(text):
        year, month, day = (int(part) for part in found.groups())
    elif found := _NUMERIC.match(text):
        day, month, year = (int(part) for part in found.groups())
    elif found := _NAMED.match(text):
        month_number = _MONTHS.get(found.group(2).replace(" ", "").casefold())
        if month_number is None:
            return None
        day, month, year = int(found.group(1)), month_number, int(found.group(3))
    else:
        return None
    if year >= FIRST_BUDDHIST_ERA_YEAR:
        year -= BUDDHIST_ERA_OFFSET
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
