"""The question asked before a public brief of an unfinished assessment leaves the team.

Unanswered criteria count as unknown, so such a brief can show a severe level that rests on missing answers. The
brief says so on every page; this asks once more before it is saved, with "Cancel" as the default. Dialogs
delegates here, so tests answer through a fake Dialogs and never see the box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from hria_app.gui.widgets.choices import choose

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


class ExportQuestions(QObject):
    def confirm_incomplete_export(self, parent: QWidget | None, answered: int, total: int) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Public brief of an unfinished assessment"))
        box.setText(self.tr("Only %n of {total} criteria are answered.", "", answered).format(total=total))
        box.setInformativeText(
            self.tr(
                "Unanswered criteria count as unknown, so the level in this brief may fall as answers come in. "
                "Every page is marked INCOMPLETE. Publish it only if readers should see unfinished work."
            )
        )
        return choose(
            box,
            [
                (self.tr("Save the &incomplete brief"), QMessageBox.ButtonRole.AcceptRole, True),
                (QMessageBox.StandardButton.Cancel, None, False),
            ],
            default=False,
            otherwise=False,
        )
