"""Errors of the PDF export, reported to the user as messages."""

from __future__ import annotations

from hria_app.core.errors import HriaError


class ExportError(HriaError):
    """The PDF brief could not be made; no file was written."""
