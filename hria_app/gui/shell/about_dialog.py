"""Help > About: the app's name, version, icon and licence, and the licence of everything that ships with it.

The texts come from the core (`core.about`), so the dialog shows what the installed app really carries; the
licence texts are shown as plain text, never as rich text or links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from hria_app.core.about import about
from hria_app.core.paths import icon_files, resource


def application_icon() -> QIcon:
    """The app's icon in every size it ships, for the windows, the task bar and this dialog."""
    icon = QIcon()
    # The PNG sizes only: a QIcon that starts from the SVG hands every size to the SVG engine.
    for path in icon_files():
        if path.suffix == ".png" and path.is_file():
            icon.addFile(str(path))
    return icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        info = about()
        self.setWindowTitle(self.tr("About HRIA"))
        picture = QLabel()
        picture.setPixmap(QPixmap(str(resource("icons", "hria-128.png"))))
        self.heading = QLabel(f"<b>{info.name} {info.version}</b>")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel(
            self.tr(
                "Human-rights impact assessment of surveillance deployments.\n"
                "Everything stays on this computer: no network, no telemetry.\n"
                "Licence: {licence}"
            ).format(licence=info.licence)
        )
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        components = QLabel(self.tr("It ships with:"))
        self.notices = QLabel("\n".join(info.notice_lines()))
        self.notices.setTextFormat(Qt.TextFormat.PlainText)
        self.notices.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.licences = QPlainTextEdit(info.full_text())
        self.licences.setReadOnly(True)
        self.licences.setAccessibleName(self.tr("Licence texts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        for widget in (self.heading, self.summary, components, self.notices):
            text.addWidget(widget)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
