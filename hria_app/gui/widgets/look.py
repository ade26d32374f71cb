"""The few visual choices the app makes, in one place: sizes relative to the font, colours from the palette, so
the app follows the system theme and stays readable at any scaling."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QStyle, QWidget

from hria_app.gui.widgets.i18n import plain_label

SELECTED_ROLE = QPalette.ColorRole.AlternateBase
WARNING_COLOUR = QColor("#9a4d00")  # dark amber: legible on light backgrounds, not alarming
ERROR_COLOUR = QColor("#b3261e")


def scaled_font(widget: QWidget, factor: float = 1.0, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def heading(text: str, level: int = 2) -> QLabel:
    """A heading: level 1 for a page title, 2 for a part of a page."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFont(scaled_font(label, {1: 1.45, 2: 1.1, 3: 1.0}[level], bold=True))
    label.setAccessibleName(text)
    return label


def set_heading_text(label: QLabel, text: str) -> None:
    """A heading's words, for headings set again when the interface language changes."""
    label.setText(text)
    label.setAccessibleName(plain_label(text))


def set_secondary(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)


def set_warning(label: QLabel, colour: QColor = WARNING_COLOUR) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def spacing(widget: QWidget) -> int:
    """The style's layout spacing, which grows with the screen's scaling."""
    style = widget.style()
    value = style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)
    return value if value > 0 else widget.fontMetrics().height() // 2


def indent(widget: QWidget) -> int:
    return widget.fontMetrics().horizontalAdvance("M") * 2


def reading_width(widget: QWidget) -> int:
    """A comfortable line length for reading: about 90 characters of the widget's font."""
    return widget.fontMetrics().averageCharWidth() * 90


def set_text_box_lines(editor: QPlainTextEdit, lines: int) -> None:
    """A multi-line box as tall as `lines` lines of its font: it scrolls beyond that instead of taking the page."""
    margin = editor.document().documentMargin()
    height = editor.fontMetrics().lineSpacing() * lines + 2 * (editor.frameWidth() + round(margin))
    editor.setFixedHeight(height)
    editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
