"""The formats the export dialog offers, each with its file suffix, file-dialog filter and renderer.

The PDF goes through the dialog's renderer (with progress, and a preview); every other format is made by
`hria_app.report.formats.render` in the same background worker, so the public/full choice and the language mean
the same in each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from hria_app.core.assessment import Assessment
from hria_app.gui.export.export_worker import Progress, Renderer

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ExportFormat:
    key: str  # what the dialog calls it
    fmt: str  # what hria_app.report.formats calls it
    suffix: str
    kind: str  # the file name's middle word: brief, tables, actions, scores, data
    table: str = "scores"  # for CSV: which table

    @property
    def label(self) -> str:
        return labels()[self.key]


EXPORT_FORMATS = (
    ExportFormat("pdf", "pdf", ".pdf", "brief"),
    ExportFormat("docx", "docx", ".docx", "brief"),
    ExportFormat("xlsx", "xlsx", ".xlsx", "tables"),
    ExportFormat("csv-actions", "csv", ".csv", "actions", "actions"),
    ExportFormat("csv-scores", "csv", ".csv", "scores", "scores"),
    ExportFormat("json", "json", ".json", "data"),
    ExportFormat("md", "md", ".md", "brief"),
)


def labels() -> dict[str, str]:
    return {
        "pdf": translate("ExportFormats", "PDF brief"),
        "docx": translate("ExportFormats", "Word document (.docx), for editing"),
        "xlsx": translate("ExportFormats", "Excel workbook (.xlsx): scores, sections, action plan"),
        "csv-actions": translate("ExportFormats", "CSV: the action plan"),
        "csv-scores": translate("ExportFormats", "CSV: the scores"),
        "json": translate("ExportFormats", "JSON: scores, context and actions"),
        "md": translate("ExportFormats", "Markdown brief, for wikis"),
    }


def file_filter(suffix: str) -> str:
    """The file dialog's filter for a suffix (".docx" → "Word documents (*.docx)")."""
    filters = {
        ".pdf": translate("ExportFormats", "PDF documents (*.pdf)"),
        ".docx": translate("ExportFormats", "Word documents (*.docx)"),
        ".xlsx": translate("ExportFormats", "Excel workbooks (*.xlsx)"),
        ".csv": translate("ExportFormats", "CSV files (*.csv)"),
        ".json": translate("ExportFormats", "JSON files (*.json)"),
        ".md": translate("ExportFormats", "Markdown files (*.md)"),
    }
    return filters.get(suffix.lower(), translate("ExportFormats", "All files (*)"))


def format_renderer(export_format: ExportFormat) -> Renderer:
    """A renderer for the worker that makes `export_format` with hria_app.report.formats."""

    def render(
        assessment: Assessment,
        *,
        lang: str,
        public: bool,
        date: Any,
        author: Any,
        progress: Progress | None,
        scores: Any = None,  # the tables and outline score for themselves; only the PDF takes them
    ) -> bytes:
        from hria_app.report.formats import render as render_format

        if progress is not None:
            progress(0, 1)
        data = render_format(
            assessment, export_format.fmt, lang=lang, public=public, date=date, table=export_format.table
        )
        if progress is not None:
            progress(1, 1)
        return data

    return render
