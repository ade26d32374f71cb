"""The editor's forms, one per kind of item in the tree: the rubric's details, a section, a criterion, a red flag,
a reference. Each form shows the item at its base path and turns every edit into one undo step on the draft."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from hria_app.core.errors import Issue
from hria_app.core.yaml_source import PathKey
from hria_app.gui.rubrics.rubric_draft import RubricDraft
from hria_app.gui.rubrics.rubric_editor_fields import (
    Field,
    LanguageHeader,
    LineField,
    ListLineField,
    TextField,
)
from hria_app.gui.rubrics.rubric_editor_lists import AnchorsField, IdChecklist, TextListField, short_text
from hria_app.gui.rubrics.rubric_editor_values import CheckField, NumberField
from hria_app.gui.rubrics.rubric_issue_paths import parse_path
from hria_app.gui.widgets import look
from hria_app.gui.widgets.i18n import interface_language


class DraftForm(QScrollArea):
    """A form over one item of the draft; `fields` maps a path below the item to the field that edits it."""

    def __init__(self, draft: RubricDraft, title: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.base: PathKey = ()
        self.fields: dict[PathKey, Field] = {}
        self.labels: dict[PathKey, QLabel] = {}
        self.captions: dict[PathKey, str] = {}
        self.heading = look.heading(title, 1)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        look.set_secondary(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(look.spacing(self))
        column.addLayout(self.form)
        column.addStretch(1)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(title)

    def add(self, key: str | PathKey, caption: str, field: Field, hint: str = "") -> Field:
        path = key if isinstance(key, tuple) else (key,)
        label = QLabel(caption)
        label.setBuddy(field)
        if hint:
            label.setToolTip(hint)
            field.setToolTip(hint)
        self.form.addRow(label, field)
        self.fields[path] = field
        self.labels[path] = label
        self.captions[path] = caption.replace("&", "")
        field.value_edited.connect(
            lambda sub, value, merge, path=path: self.draft.edit(
                (*self.base, *path, *sub),
                value,
                self.tr("Edit {field}").format(field=self.captions[path].lower()),
                merge,
            )
        )
        return field

    def add_language_header(self) -> None:
        self.form.addRow("", LanguageHeader())

    def show_item(self, base: PathKey) -> None:
        self.base = base
        self.refresh()

    def refresh(self) -> None:
        for path, field in self.fields.items():
            field.show_value(self.draft.get((*self.base, *path)))

    def focus_path(self, rest: PathKey) -> bool:
        """Put the cursor in the field that holds `rest` (a path below this form's item)."""
        for length in range(len(rest), 0, -1):
            field = self.fields.get(tuple(rest[:length]))
            if field is not None:
                self.ensureWidgetVisible(field)
                field.focus_part(tuple(rest[length:]))
                self._show_focus()
                # Again once the layout has settled: a form just shown has not placed its rows yet.
                QTimer.singleShot(0, self._show_focus)
                return True
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.focus_part(())
        return False

    def _show_focus(self) -> None:
        focused = self.window().focusWidget()
        content = self.widget()
        if focused is not None and content is not None and content.isAncestorOf(focused):
            self.ensureWidgetVisible(focused)

    def mark_issues(self, issues: list[Issue]) -> None:
        """Colour each field's label by its worst problem (errors red, warnings amber) and list them in its tooltip."""
        by_field: dict[PathKey, list[Issue]] = {path: [] for path in self.fields}
        for issue in issues:
            path = parse_path(issue.path)
            if path[: len(self.base)] != self.base:
                continue
            rest = path[len(self.base) :]
            owner = next((rest[:n] for n in range(len(rest), 0, -1) if rest[:n] in by_field), None)
            if owner is not None:
                by_field[owner].append(issue)
        for path, found in by_field.items():
            label = self.labels[path]
            if any(issue.severity == "error" for issue in found):
                look.set_warning(label, look.ERROR_COLOUR)
            elif found:
                look.set_warning(label)
            else:
                label.setPalette(self.palette())
            label.setToolTip("\n".join(issue.text(interface_language()) for issue in found))


class MetadataForm(DraftForm):
    def __init__(self, draft: RubricDraft, parent: QWidget | None = None) -> None:
        super().__init__(
            draft,
            self.tr("Rubric details"),
            self.tr("What the rubric is, for whom, and in which languages. Keep the id once assessments use it."),
            parent,
        )
        self.add(
            "id", self.tr("&Id"), LineField(self.tr("Id"), chars=48), self.tr("Lowercase letters, digits and dashes")
        )
        self.add("version", self.tr("&Version"), LineField(self.tr("Version"), placeholder="1.0.0", chars=16))
        self.add_language_header()
        self.add("title", self.tr("&Title"), TextField(self.tr("Title")))
        self.add("description", self.tr("&Description"), TextField(self.tr("Description"), True, 4, required=False))
        self.add(
            "languages",
            self.tr("&Languages"),
            ListLineField(self.tr("Languages"), required=False, placeholder="en, th", chars=24),
            self.tr("Language codes, separated by commas; the first is the default"),
        )
        self.add(
            "translation_note",
            self.tr("Translation &note"),
            TextField(self.tr("Translation note"), True, 2, required=False),
        )
        self.add("authors", self.tr("&Authors"), ListLineField(self.tr("Authors"), required=False))


class SectionForm(DraftForm):
    def __init__(self, draft: RubricDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, self.tr("Section"), self.tr("A right, or a group of rights, and its criteria."), parent)
        self.add("id", self.tr("&Id"), LineField(self.tr("Section id"), chars=24))
        self.add_language_header()
        self.add("title", self.tr("&Title"), TextField(self.tr("Section title")))
        self.add(
            "description",
            self.tr("&Description"),
            TextField(self.tr("Section description"), True, 3, required=False),
            self.tr("The right at stake and why it matters"),
        )


class CriterionForm(DraftForm):
    def __init__(self, draft: RubricDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, self.tr("Criterion"), "", parent)
        self.add(
            "id", self.tr("&Id"), LineField(self.tr("Criterion id"), chars=24), self.tr("Unique across the rubric")
        )
        self.add_language_header()
        self.add("title", self.tr("&Title"), TextField(self.tr("Criterion title")))
        self.add("question", self.tr("&Question"), TextField(self.tr("Question"), True, 3))
        self.add("guidance", self.tr("&Guidance"), TextField(self.tr("Guidance"), True, 4, required=False))
        self.evidence = TextListField(self.tr("Evidence prompt"), self.tr("Add an evidence prompt"))
        self.add("evidence", self.tr("&Evidence"), self.evidence, self.tr("What evidence to look for"))
        self.anchors = AnchorsField(self.tr("Anchors"))
        self.add("anchors", self.tr("&Anchors"), self.anchors, self.tr("What each score means for this criterion"))
        self.red_flags = IdChecklist(self.tr("Red flags"), self.tr("The rubric defines no red flags."))
        self.add("red_flags", self.tr("&Red flags"), self.red_flags, self.tr("Red flags this criterion can raise"))
        self.references = IdChecklist(self.tr("References"), self.tr("The rubric lists no references."))
        self.add("references", self.tr("Re&ferences"), self.references, self.tr("Sources this criterion cites"))
        self.recommendations = TextListField(
            self.tr("Recommendation"), self.tr("Add a recommendation"), addressees=True
        )
        self.add("recommendations", self.tr("Recommen&dations"), self.recommendations)
        self.weight = self.add(
            "weight",
            self.tr("&Weight"),
            NumberField(self.tr("Weight"), 0.01, 1000, 2, self.tr("Default (1)")),
            self.tr("weighted_sum: how much this criterion counts"),
        )
        self.gateway = self.add(
            "gateway",
            self.tr("Gate&way"),
            CheckField(self.tr("Gateway"), self.tr("A failing answer forces the top level"), False),
        )

    def refresh(self) -> None:
        data = self.draft.data
        self.anchors.set_scale(_scale_labels(data))
        self.red_flags.set_options(_options(data.get("red_flags"), "id"))
        self.references.set_options(_options(data.get("references"), "key"))
        method = data.get("scoring", {}).get("method") if isinstance(data.get("scoring"), dict) else None
        has = self.draft.get(self.base)
        has = has if isinstance(has, dict) else {}
        for key, field, shown in (("weight", self.weight, "weighted_sum"), ("gateway", self.gateway, "checklist")):
            visible = method == shown or key in has  # a misplaced one stays visible so it can be fixed
            field.setVisible(visible)
            self.labels[(key,)].setVisible(visible)
        super().refresh()


class RedFlagForm(DraftForm):
    def __init__(self, draft: RubricDraft, parent: QWidget | None = None) -> None:
        super().__init__(
            draft,
            self.tr("Red flag"),
            self.tr(
                "A line that must not be crossed. Ticked on a criterion that lists it, it sets the overall result "
                "to the red-flag level whatever every other answer says."
            ),
            parent,
        )
        self.add("id", self.tr("&Id"), LineField(self.tr("Red flag id"), placeholder="RF1", chars=24))
        self.add_language_header()
        self.add("title", self.tr("&Title"), TextField(self.tr("Red flag title"), True, 2))
        self.add("description", self.tr("&Description"), TextField(self.tr("Red flag description"), True, 3, False))


class ReferenceForm(DraftForm):
    def __init__(self, draft: RubricDraft, parent: QWidget | None = None) -> None:
        super().__init__(draft, self.tr("Reference"), self.tr("A source that criteria cite by its key."), parent)
        self.add("key", self.tr("&Key"), LineField(self.tr("Reference key"), placeholder="iccpr-17", chars=32))
        self.add_language_header()
        self.add("title", self.tr("&Title"), TextField(self.tr("Reference title"), True, 2))
        self.add("note", self.tr("&Note"), TextField(self.tr("Reference note"), True, 2, required=False))
        self.add("issuer", self.tr("&Issuer"), LineField(self.tr("Issuer"), required=False))
        self.add("year", self.tr("&Year"), LineField(self.tr("Year"), "int", required=False, chars=10))
        self.add("locator", self.tr("&Locator"), LineField(self.tr("Locator"), required=False, placeholder="Art. 17"))
        self.add("url", self.tr("&Link"), LineField(self.tr("Link"), required=False, placeholder="https://"))


def _scale_labels(data: dict[str, Any]) -> dict[int, str]:
    scoring = data.get("scoring")
    scale = scoring.get("scale") if isinstance(scoring, dict) else None
    if not isinstance(scale, dict):
        return {score: "" for score in range(5)}
    return {k: short_text(v) for k, v in scale.items() if isinstance(k, int) and not isinstance(k, bool)}


def _options(items: Any, key: str) -> list[tuple[str, str]]:
    if not isinstance(items, list):
        return []
    out = []
    for item in items:
        if isinstance(item, dict) and isinstance(item.get(key), str):
            title = short_text(item.get("title"))
            out.append((item[key], f"{item[key]}  {title}" if title else item[key]))
    return out
