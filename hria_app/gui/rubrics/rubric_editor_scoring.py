"""The scoring form: the method, the scale, the result levels and every parameter the chosen method reads.

Parameters of other methods are hidden, and switching methods removes them in the same undo step (the loader
would otherwise reject them). An optional parameter left at "Default" is not written to the file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from hria_app.core.rubric import MEASURE_STATUSES
from hria_app.core.scoring_params import DEFAULT_MATRIX, METHOD_KEYS, METHODS
from hria_app.core.yaml_source import PathKey
from hria_app.gui.rubrics.rubric_draft import MISSING, RubricDraft
from hria_app.gui.rubrics.rubric_editor_fields import Field
from hria_app.gui.rubrics.rubric_editor_forms import DraftForm
from hria_app.gui.rubrics.rubric_editor_lists import IdChecklist, short_text
from hria_app.gui.rubrics.rubric_editor_tables import LevelsTable, ScaleTable
from hria_app.gui.rubrics.rubric_editor_values import CheckField, ChoiceField, NumberField

DEFAULT_CREDIT = ["implemented", "verified"]


class MatrixField(Field):
    """The rights_matrix table: for each likelihood 1-4, the section rating at severity 1-4."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.custom = QCheckBox(self.tr("Use a custom matrix (otherwise the default shown)"))
        self.custom.setAccessibleName(self.tr("Use a custom matrix"))
        self.custom.toggled.connect(self._toggled)
        grid = QGridLayout()
        for severity in range(1, 5):
            grid.addWidget(QLabel(self.tr("Severity {n}").format(n=severity)), 0, severity)
        self.combos: dict[tuple[int, int], QComboBox] = {}
        for likelihood in range(1, 5):
            grid.addWidget(QLabel(self.tr("Likelihood {n}").format(n=likelihood)), likelihood, 0)
            for severity in range(1, 5):
                combo = QComboBox()
                combo.setAccessibleName(
                    self.tr("Rating at likelihood {l}, severity {s}").format(l=likelihood, s=severity)
                )
                combo.activated.connect(lambda _i, cell=(likelihood, severity): self._chosen(cell))
                grid.addWidget(combo, likelihood, severity)
                self.combos[(likelihood, severity)] = combo
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.custom)
        layout.addLayout(grid)
        self.levels: list[str] = []
        self.value: Any = MISSING
        self.setFocusProxy(self.custom)

    def set_levels(self, levels: list[str]) -> None:
        self.levels = levels

    def show_value(self, value: Any) -> None:
        self.value = value
        custom = isinstance(value, dict)
        matrix = value if custom else {k: list(v) for k, v in DEFAULT_MATRIX.items()}
        blocker = QSignalBlocker(self.custom)
        self.custom.setChecked(custom)
        del blocker
        for (likelihood, severity), combo in self.combos.items():
            row = matrix.get(likelihood)
            current = row[severity - 1] if isinstance(row, list) and len(row) >= severity else ""
            options = self.levels + ([current] if current and current not in self.levels else [])
            combo_blocker = QSignalBlocker(combo)
            if [combo.itemText(i) for i in range(combo.count())] != options:
                combo.clear()
                combo.addItems(options)
            combo.setCurrentIndex(options.index(current) if current in options else -1)
            combo.setEnabled(custom)
            del combo_blocker

    def _toggled(self, on: bool) -> None:
        self.announce({k: list(v) for k, v in DEFAULT_MATRIX.items()} if on else MISSING)

    def _chosen(self, cell: tuple[int, int]) -> None:
        likelihood, severity = cell
        matrix = {k: list(v) for k, v in self.value.items()} if isinstance(self.value, dict) else {}
        row = list(matrix.get(likelihood) or DEFAULT_MATRIX[likelihood])
        row[severity - 1] = self.combos[cell].currentText()
        self.announce(row, (likelihood,))

    def focus_part(self, rest: PathKey) -> None:
        if len(rest) >= 2 and isinstance(rest[0], int) and isinstance(rest[1], int):
            combo = self.combos.get((rest[0], rest[1] + 1))
            if combo is not None:
                combo.setFocus()
                return
        self.custom.setFocus()


class ScoringForm(DraftForm):
    def __init__(self, draft: RubricDraft, parent: QWidget | None = None) -> None:
        super().__init__(
            draft,
            self.tr("Scoring"),
            self.tr(
                "How answers become a result. Scores measure the gap in safeguards: higher means more concern. "
                "Parameters left at Default are not written to the file."
            ),
            parent,
        )
        self.method = ChoiceField(self.tr("Method"))
        self.method.set_options([(m, m) for m in METHODS])
        self.add("method", self.tr("&Method"), self.method)
        self.method.value_edited.disconnect()
        self.method.value_edited.connect(lambda _sub, value, _merge: self._set_method(value))
        self.scale = self.add("scale", self.tr("&Scale"), ScaleTable(self.tr("Scale")))
        self.levels = self.add("levels", self.tr("&Levels"), LevelsTable(self.tr("Result levels")))
        self.band_basis = ChoiceField(self.tr("Band basis"), self.tr("Default (percent)"))
        self.band_basis.set_options([("percent", self.tr("percent of the maximum")), ("points", self.tr("points"))])
        self.add("band_basis", self.tr("&Bands on"), self.band_basis)
        self.unknown = self.add(
            "unknown_counts_as",
            self.tr("&Unknown counts as"),
            NumberField(self.tr("Unknown counts as"), 1, 20, 0, self.tr("Default")),
        )
        self.recommend = self.add(
            "recommend_at", self.tr("&Recommend at"), NumberField(self.tr("Recommend at"), 1, 20, 0, self.tr("Default"))
        )
        self.red_flag_level = ChoiceField(self.tr("Red flag level"), self.tr("Default (the top level)"))
        self.add("red_flag_level", self.tr("Red &flag level"), self.red_flag_level)
        self.credit = IdChecklist(self.tr("Mitigation credited"), "", default=DEFAULT_CREDIT, empty=[])
        self.credit.set_options([(s, s) for s in MEASURE_STATUSES])
        self.add(("mitigation", "credit_statuses"), self.tr("&Credit measures"), self.credit)
        self.by_method: dict[str, list[PathKey]] = {
            "rights_matrix": [
                ("likelihood_factor",),
                ("severity_unknown_counts_as",),
                ("critical_section_floor",),
                ("mitigation", "max_likelihood_steps"),
                ("matrix",),
            ],
            "checklist": [("gateway_trigger",), ("gateway_unknown_triggers",)],
            "weighted_sum": [("mitigation", "threshold"), ("mitigation", "factor")],
        }
        self.add(
            "likelihood_factor",
            self.tr("Likelihood &factor"),
            NumberField(self.tr("Likelihood factor"), 0.01, 10, 2, self.tr("Default (0.75)")),
        )
        self.add(
            "severity_unknown_counts_as",
            self.tr("Unknown se&verity"),
            NumberField(self.tr("Unknown severity counts as"), 1, 4, 0, self.tr("Default (3)")),
        )
        self.floor = ChoiceField(self.tr("Critical section floor"), self.tr("Default (the second-highest level)"))
        self.add("critical_section_floor", self.tr("Critical section fl&oor"), self.floor)
        self.add(
            ("mitigation", "max_likelihood_steps"),
            self.tr("Mitigation ste&ps"),
            NumberField(self.tr("Mitigation steps"), 0, 3, 0, self.tr("Default (1)")),
        )
        self.matrix = MatrixField(self.tr("Matrix"))
        self.add("matrix", self.tr("Matri&x"), self.matrix)
        self.add(
            "gateway_trigger",
            self.tr("&Gateway fails at"),
            NumberField(self.tr("Gateway fails at"), 1, 20, 0, self.tr("Default (top score)")),
        )
        self.add(
            "gateway_unknown_triggers",
            self.tr("Unknown gatewa&y"),
            CheckField(self.tr("Unknown gateway fails"), self.tr("An unknown gateway counts as failed"), True),
        )
        self.add(
            ("mitigation", "threshold"),
            self.tr("Mitigation &threshold"),
            NumberField(self.tr("Mitigation threshold"), 0, 100, 1, self.tr("Default (80 %)")),
        )
        self.add(
            ("mitigation", "factor"),
            self.tr("Mitigation f&actor"),
            NumberField(self.tr("Mitigation factor"), 0.01, 1, 2, self.tr("Default (0.85)")),
        )

    def show_item(self, base: PathKey) -> None:
        super().show_item(("scoring",))

    def refresh(self) -> None:
        scoring = self.draft.get(("scoring",))
        scoring = scoring if isinstance(scoring, dict) else {}
        raw_levels = scoring.get("levels")
        levels = raw_levels if isinstance(raw_levels, list) else []
        labelled = [
            (lv["id"], f"{lv['id']}  {short_text(lv.get('label'))}")
            for lv in levels
            if isinstance(lv, dict) and isinstance(lv.get("id"), str)
        ]
        self.red_flag_level.set_options(labelled)
        self.floor.set_options(labelled)
        section_levels = scoring.get("section_levels")
        self.matrix.set_levels(
            [lv["id"] for lv in section_levels if isinstance(lv, dict) and isinstance(lv.get("id"), str)]
            if isinstance(section_levels, list)
            else ["low", "medium", "high", "critical"]
        )
        method = scoring.get("method")
        for owner, paths in self.by_method.items():
            for path in paths:
                # A parameter of another method stays visible while it is in the file, so it can be fixed.
                visible = owner == method or self.draft.get(("scoring", *path)) is not MISSING
                self.form.setRowVisible(self.fields[path], visible)
        super().refresh()

    def _set_method(self, method: Any) -> None:
        if method is MISSING or method == self.draft.get(("scoring", "method")):
            return
        with self.draft.macro(self.tr("Change the scoring method to {method}").format(method=method)):
            self.draft.edit(("scoring", "method"), method, self.tr("Change the method"))
            for owner, keys in METHOD_KEYS.items():
                if owner == method:
                    continue
                for key in keys:
                    self.draft.edit(("scoring", key), MISSING, self.tr("Remove {key}").format(key=key))
            if method != "rights_matrix":
                self.draft.edit(("scoring", "mitigation", "max_likelihood_steps"), MISSING, "")
            if method != "weighted_sum":
                for key in ("threshold", "factor"):
                    self.draft.edit(("scoring", "mitigation", key), MISSING, "")
