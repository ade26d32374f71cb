"""Writing the comparison brief from the compare view: ask where, render, save atomically, say what happened.

The brief is a few pages, rendered in one go while the pointer shows the app is busy. A public brief is refused
while either assessment still holds merge conflicts: until someone chooses, the file holds one side's value
without saying it is disputed, and a public brief cannot be taken back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from hria_app.core.assessment import Assessment
from hria_app.core.errors import HriaError

AskSavePath = Callable[[QWidget, Path], "Path | None"]
ShowError = Callable[[QWidget, str, str], None]


translate = QCoreApplication.translate


def conflicts_refusal() -> str:
    return translate(
        "ComparisonExport",
        "The public brief cannot be made while merge conflicts remain: resolve them first on the Merge conflicts "
        "page (the full brief lists them).",
    )


def export_comparison(
    parent: QWidget,
    before: Assessment,
    after: Assessment,
    lang: str,
    public: bool,
    suggested: Path,
    ask_save_path: AskSavePath,
    show_error: ShowError,
) -> Path | None:
    """The path written, or None when the person cancelled or it failed (after saying why)."""
    if public and (before.conflicts or after.conflicts):
        show_error(parent, translate("ComparisonExport", "Public brief refused"), conflicts_refusal())
        return None
    path = ask_save_path(parent, suggested)
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    from hria_app.report.comparison_brief import export_comparison_pdf  # reportlab loads on the first export

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        export_comparison_pdf(before, after, path, lang=lang, public=public)
    except HriaError as exc:
        show_error(parent, translate("ComparisonExport", "The comparison brief could not be made"), str(exc))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    return path


def suggested_name(folder: Path, stem: str, lang: str, public: bool) -> Path:
    return folder / f"{stem}-comparison-{lang}-{'public' if public else 'full'}.pdf"
