"""The red flags a criterion can raise, as tick boxes with their descriptions. Only the criterion's own flags."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from hria_app.core.rubric import RedFlag
from hria_app.gui.widgets import look
from hria_app.gui.widgets.choice_row import ChoiceRow
from hria_app.gui.widgets.i18n import follow_language


class RedFlagChoices(QWidget):
    flags_chosen = Signal(tuple)  # the ids ticked, in the rubric's order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: dict[str, ChoiceRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(look.spacing(self) // 2)
        self.intro = intro = QLabel()
        intro.setWordWrap(True)
        look.set_secondary(intro)
        self._layout.addWidget(intro)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("A red flag sets the highest level of concern, whatever the other answers."))

    def changeEvent(self, event: QEvent) -> None:
        follow_language(event, self.retranslate)
        super().changeEvent(event)

    @property
    def boxes(self) -> list[QCheckBox]:
        return [row.button for row in self._rows.values()]  # type: ignore[misc]

    def set_flags(self, flags: Sequence[RedFlag], lang: str) -> None:
        for row in self._rows.values():
            self._layout.removeWidget(row)
            row.hide()  # gone from sight now, deleted once control returns to the event loop
            row.deleteLater()
        self._rows = {}
        for flag in flags:
            box = QCheckBox()
            box.clicked.connect(self._on_clicked)  # the person's click only, never our own setChecked
            row = ChoiceRow(box, self)
            row.set_texts(flag.id, flag.title.get(lang), flag.description.get(lang))
            row.set_detail_secondary()
            self._layout.addWidget(row)
            self._rows[flag.id] = row
        self.setVisible(bool(flags))

    def show_flags(self, raised: Sequence[str]) -> None:
        for flag_id, row in self._rows.items():
            row.button.setChecked(flag_id in raised)

    def _on_clicked(self, _checked: bool) -> None:
        self.flags_chosen.emit(tuple(flag_id for flag_id, row in self._rows.items() if row.button.isChecked()))
