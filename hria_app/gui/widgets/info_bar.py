"""A bar across the top of a window with a message and a few actions: news that must not interrupt with a modal
(a newer rubric version, a file changed on disk, a version bump worth making)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from hria_app.gui.widgets import look


class InfoBar(QFrame):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # a strip, never a panel
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.ToolTipBase))
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText))
        self.setPalette(palette)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.row = QHBoxLayout(self)
        margin = look.spacing(self)
        self.row.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.row.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_message(
        self, text: str, actions: Sequence[tuple[str, Callable[[], None]]] = (), closable: bool = True
    ) -> None:
        """Show `text` with a button per action; every action also closes the bar."""
        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.label.setText(text)
        entries = list(actions)
        if closable:
            entries.append((self.tr("Dismiss"), lambda: None))
        for caption, slot in entries:
            button = QPushButton(caption)
            button.setAccessibleName(caption.replace("&", ""))
            button.clicked.connect(lambda _c=False, slot=slot: self._run(slot))
            self.row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.buttons.append(button)
        self.show()

    def button(self, caption: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.text().replace("&", "") == caption.replace("&", "")), None)

    def _run(self, slot: Callable[[], None]) -> None:
        self.hide()
        slot()
