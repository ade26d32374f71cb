"""Every export format behind one call: the PDF brief, Word, spreadsheets, CSV, JSON and Markdown.

Each is written atomically (complete or not at all) and, in its public variant, leaves out what the public PDF
brief leaves out: everything marked confidential, the assessors' names, the notes in tables; comments never
leave the assessment file in any variant.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from hria_app.core.assessment import Assessment
from hria_app.core.storage import atomic_write
from hria_app.report.errors import ExportError

FORMATS = ("pdf", "docx", "xlsx", "csv", "json", "md")
CSV_TABLES = ("scores", "sections", "actions")
JSON_FORMAT = "hria-export/1"


def format_for(path: Path, given: str | None) -> str:
    """The format asked for, or the one the file name's suffix names."""
    fmt = (given or path.suffix.lstrip(".")).lower()
    if fmt == "markdown":
        fmt = "md"
    if fmt not in FORMATS:
        raise ExportError(f"choose a format with --format ({', '.join(FORMATS)}): {path.name} does not say which")
    return fmt


def render(
    assessment: Assessment,
    fmt: str,
    lang: str = "en",
    public: bool = False,
    date: dt.date | None = None,
    table: str = "scores",
) -> bytes:
    """The export as bytes. `date` is the day the brief is produced (default today); `table` picks the CSV's."""
    when = _moment(date)
    if fmt == "pdf":
        from hria_app.report import render_pdf

        return render_pdf(assessment, lang=lang, public=public, date=when.date())
    if fmt in ("docx", "md"):
        return _outline_format(assessment, fmt, lang, public, when)
    if fmt in ("xlsx", "csv"):
        from hria_app.report.sheets import render_csv, render_xlsx
        from hria_app.report.tables import build_tables

        tables = build_tables(assessment, lang, public, when.date())
        if fmt == "xlsx":
            return render_xlsx(tables, _title(assessment), when)
        if table not in CSV_TABLES:
            raise ExportError(f"choose one of {', '.join(CSV_TABLES)} for the CSV table, not {table!r}")
        return render_csv(tables[CSV_TABLES.index(table)])
    if fmt == "json":
        return json.dumps(json_data(assessment, lang, public, when.date()), ensure_ascii=False, indent=2).encode()
    raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def export(assessment: Assessment, out_path: Path, fmt: str, **options: Any) -> None:
    atomic_write(Path(out_path), render(assessment, fmt, **options))


def _outline_format(assessment: Assessment, fmt: str, lang: str, public: bool, when: dt.datetime) -> bytes:
    from hria_app.report.build import build_report

    report = build_report(assessment, lang, public, when.date())
    if fmt == "docx":
        from hria_app.report.docx_brief import render_docx

        return render_docx(report, when)
    from hria_app.report.markdown_brief import render_markdown

    return render_markdown(report).encode("utf-8")


def json_data(assessment: Assessment, lang: str, public: bool, today: dt.date) -> dict[str, Any]:
    """The scoring result with the context and the action plan, for dashboards and scripts."""
    from hria_app.core.actions import action_plan
    from hria_app.core.scoring import evaluate

    first = lang.split("+")[0]
    c = assessment.context
    context: dict[str, Any] = {
        name: getattr(c, name).get(first)
        for name in ("title", "deployment", "vendor", "location", "organisation", "scope", "background")
        if getattr(c, name)
    }
    context.update({name: getattr(c, name) for name in ("started", "updated") if getattr(c, name)})
    if c.assessors and not public:
        context["assessors"] = list(c.assessors)
    actions = [
        {
            "key": a.key,
            "kind": a.kind,
            "text": a.text.get(first),
            "to": a.to,
            "owner": a.tracking.owner,
            "due": a.tracking.due or None,
            "status": a.tracking.status,
            "criteria": list(a.criteria),
            "overdue": a.is_overdue(today),
            **({"confidential": True} if a.confidential else {}),
        }
        for a in action_plan(assessment)
        if not (public and a.confidential)
    ]
    return {
        "format": JSON_FORMAT,
        "public": public,
        "lang": first,
        "rubric": {"id": assessment.rubric.id, "version": assessment.rubric.version},
        "review": {"status": assessment.review.status},
        "context": context,
        "result": evaluate(assessment).to_json(first),
        "residual": evaluate(assessment, residual=True).to_json(first),
        "actions": actions,
    }


def _title(assessment: Assessment) -> str:
    return assessment.context.title.get("en") or assessment.rubric.title.get("en")


def _moment(date: dt.date | None) -> dt.datetime:
    if date is None:
        return dt.datetime.now().astimezone().replace(microsecond=0)
    return dt.datetime.combine(date, dt.time(12, 0))
