"""What the brief says about how finished the assessment is: the cover's answered line and assessment period, the
INCOMPLETE mark on every page, and the summary's headline naming what drives the level (core.completeness)."""

from __future__ import annotations

import datetime as dt

from hria_app.core.assessment import Assessment
from hria_app.core.completeness import completeness_of, level_driver
from hria_app.core.scoring import Result
from hria_app.report.localise import Shown, format_date, format_iso_date, show_each, show_label
from hria_app.report.model import Fact


def answered_line(assessment: Assessment, langs: tuple[str, ...]) -> Shown:
    done = completeness_of(assessment)
    return show_label("answered_line", langs, answered=done.answered, total=done.total)


def incomplete_mark(assessment: Assessment, langs: tuple[str, ...], complete_at: float) -> Shown:
    """On every page while fewer criteria are answered than `complete_at` percent; empty otherwise."""
    done = completeness_of(assessment)
    if not done.is_incomplete(complete_at):
        return ()
    return show_label("incomplete_mark", langs, answered=done.answered, total=done.total)


def incomplete_note(assessment: Assessment, langs: tuple[str, ...]) -> Shown:
    done = completeness_of(assessment)
    if done.answered >= done.total:
        return ()
    return show_label("incomplete_note", langs, unanswered=done.total - done.answered)


def driver_line(assessment: Assessment, inherent: Result, langs: tuple[str, ...]) -> Shown:
    reason = level_driver(assessment, inherent)
    return show_each(reason.text, langs)


def date_facts(assessment: Assessment, langs: tuple[str, ...], produced: dt.date) -> list[Fact]:
    """The assessment's own dates (started – last updated), then, labelled apart, the day the brief was made."""
    context = assessment.context
    started, updated = context.started.strip(), context.updated.strip()
    facts = []
    if started or updated:

        def period(lang: str) -> str:
            start, end = format_iso_date(started, lang), format_iso_date(updated, lang)
            if start and end and start != end:
                return show_label("period_range", (lang,), start=start, end=end)[0].text
            if start:
                return show_label("period_started", (lang,), start=start)[0].text
            return show_label("period_updated", (lang,), end=end)[0].text

        facts.append(Fact(show_label("period", langs), show_each(period, langs)))
    facts.append(Fact(show_label("produced", langs), show_each(lambda lang: format_date(produced, lang), langs)))
    return facts
