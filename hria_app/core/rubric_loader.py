"""Building a Rubric from YAML: every problem collected, each located as FILE:LINE:COLUMN and field path."""

from __future__ import annotations

import hashlib
import json
import re
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hria_app.core.errors import Issue, LoadError
from hria_app.core.fields import FieldReader
from hria_app.core.issue_messages import Message, message
from hria_app.core.rubric import ADDRESSEES, Criterion, Recommendation, RedFlag, Reference, Rubric, Section
from hria_app.core.rubric_fields import high, low, optional, required
from hria_app.core.scoring_params import read_scoring
from hria_app.core.text import Text
from hria_app.core.yaml_source import PathKey, YamlDocument, load_yaml_file

SCHEMA_VERSION = 1
MAX_RUBRIC_BYTES = 5_000_000
RUBRIC_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ITEM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
VERSION = re.compile(r"^\d+\.\d+\.\d+$")
TOP_KEYS = required("rubric")
OPTIONAL_TOP_KEYS = optional("rubric")
# Criterion fields that only one scoring method reads; elsewhere they are ignored, and the author is told so.
METHOD_FIELDS = {"weight": "weighted_sum", "gateway": "checklist"}
CRITERION_KEYS = optional("criterion")


def _int_range(key: str) -> tuple[int, int]:
    return int(low(key)), int(high(key))


def fingerprint(data: Mapping[str, Any], plain_only: bool = False) -> str:
    """A stable hash of a rubric's content, independent of YAML layout and comments.

    `plain_only`: raise TypeError or ValueError for anything the YAML reader never gives (bytes, NaN, ...)
    rather than hash its text."""
    canonical = json.dumps(
        data,
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=not plain_only,
        default=None if plain_only else str,
    )
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def load_rubric(path: Path) -> Rubric:
    """The rubric at `path`; a LoadError listing every problem if it is not valid."""
    rubric, issues = check_rubric_document(load_yaml_file(path, MAX_RUBRIC_BYTES))
    if rubric is None:
        raise LoadError(issues)
    return rubric


def check_rubric_file(path: Path) -> tuple[Rubric | None, list[Issue]]:
    """The rubric (None if invalid) and every error and warning found."""
    try:
        return check_rubric_document(load_yaml_file(path, MAX_RUBRIC_BYTES))
    except LoadError as exc:
        return None, exc.issues + exc.warnings


# Rubrics are immutable, so one validated for the library can serve every assessment that embeds the same content.
_VALIDATED: OrderedDict[str, Rubric] = OrderedDict()
_VALIDATED_LIMIT = 16


def known_rubric(rubric_fingerprint: str) -> Rubric | None:
    """A rubric with exactly this content, validated earlier in this process."""
    return _VALIDATED.get(rubric_fingerprint)


def check_rubric_document(doc: YamlDocument, data_fingerprint: str = "") -> tuple[Rubric | None, list[Issue]]:
    """`data_fingerprint`: fingerprint(doc.data), when the caller has just computed it."""
    reader = FieldReader(doc)
    rubric = _RubricBuilder(reader, data_fingerprint).build(doc.data)
    if reader.failed or rubric is None:
        return None, reader.issues
    _VALIDATED[rubric.fingerprint] = rubric
    while len(_VALIDATED) > _VALIDATED_LIMIT:
        _VALIDATED.popitem(last=False)
    return rubric, reader.issues


class _RubricBuilder:
    def __init__(self, reader: FieldReader, data_fingerprint: str = "") -> None:
        self.r = reader
        self.data_fingerprint = data_fingerprint
        self.languages: tuple[str, ...] = ("en",)
        self.texts: list[tuple[PathKey, Text]] = []
        self.method = ""

    def text(self, value: Any, path: PathKey, required: bool = True) -> Text:
        text = self.r.text(value, path, required)
        if text is None:
            return Text()
        if text:
            self.texts.append((path, text))
        return text

    def build(self, data: Any) -> Rubric | None:
        r = self.r
        raw = r.mapping(data, (), TOP_KEYS, OPTIONAL_TOP_KEYS, what=message("what_rubric"))
        if raw is None:
            return None
        version = raw.get("schema_version")
        if isinstance(version, int) and not isinstance(version, bool) and version > SCHEMA_VERSION:
            r.error(("schema_version",), message("rubric_newer", version=version, supported=SCHEMA_VERSION))
            return None
        if "schema_version" in raw:
            r.integer(version, ("schema_version",), SCHEMA_VERSION, SCHEMA_VERSION)
        rubric_id = r.string(raw.get("id"), ("id",), RUBRIC_ID, message("hint_rubric_id"))
        rubric_version = r.string(raw.get("version"), ("version",), VERSION, message("hint_version"))
        if "languages" in raw:
            langs = r.sequence(raw["languages"], ("languages",), message("what_language_codes"), min_len=1) or []
            self.languages = tuple(x for x in langs if isinstance(x, str)) or ("en",)
        title = self.text(raw.get("title"), ("title",))
        description = self.text(raw.get("description"), ("description",), required=False)
        note = self.text(raw.get("translation_note"), ("translation_note",), required=False)
        authors = tuple(a for a in (r.sequence(raw.get("authors", []), ("authors",)) or []) if isinstance(a, str))
        scoring = read_scoring(r, raw.get("scoring"), ("scoring",))
        self.method = scoring.method if scoring else ""
        red_flags = self.red_flags(raw.get("red_flags", []))
        references = self.references(raw.get("references", []))
        scale_keys = set(scoring.scale) if scoring else set()
        sections = self.sections(
            raw.get("sections"), {f.id for f in red_flags}, {x.key for x in references}, scale_keys
        )
        self.cross_check(red_flags, references, sections)
        self.check_languages()
        if r.failed or scoring is None or rubric_id is None or rubric_version is None:
            return None
        return Rubric(
            id=rubric_id,
            version=rubric_version,
            title=title,
            scoring=scoring,
            sections=sections,
            description=description,
            languages=self.languages,
            translation_note=note,
            authors=authors,
            red_flags=red_flags,
            references=references,
            source=data,
            fingerprint=self.data_fingerprint or fingerprint(data),
        )

    def unique(self, ids: list[tuple[str | None, PathKey]], what: Message) -> None:
        seen: set[str] = set()
        for item_id, path in ids:
            if item_id is None:
                continue
            if item_id in seen:
                self.r.error(path, message("duplicate_id", what=what, id=item_id))
            seen.add(item_id)

    def red_flags(self, value: Any) -> tuple[RedFlag, ...]:
        items = self.r.sequence(value, ("red_flags",), message("what_red_flags")) or []
        flags: list[RedFlag] = []
        ids: list[tuple[str | None, PathKey]] = []
        for i, item in enumerate(items):
            path: PathKey = ("red_flags", i)
            raw = self.r.mapping(item, path, required("red_flag"), optional("red_flag"))
            if raw is None:
                continue
            flag_id = self.r.string(raw.get("id"), (*path, "id"), ITEM_ID, message("hint_item_id"))
            ids.append((flag_id, (*path, "id")))
            title = self.text(raw.get("title"), (*path, "title"))
            description = self.text(raw.get("description"), (*path, "description"), required=False)
            if flag_id:
                flags.append(RedFlag(flag_id, title, description))
        self.unique(ids, message("item_red_flag"))
        return tuple(flags)

    def references(self, value: Any) -> tuple[Reference, ...]:
        items = self.r.sequence(value, ("references",), message("what_references")) or []
        refs: list[Reference] = []
        keys: list[tuple[str | None, PathKey]] = []
        for i, item in enumerate(items):
            path: PathKey = ("references", i)
            raw = self.r.mapping(item, path, required("reference"), optional("reference"))
            if raw is None:
                continue
            key = self.r.string(raw.get("key"), (*path, "key"), ITEM_ID, message("hint_item_id"))
            keys.append((key, (*path, "key")))
            title = self.text(raw.get("title"), (*path, "title"))
            issuer = self.r.string(raw.get("issuer", ""), (*path, "issuer")) or ""
            year = (
                self.r.integer(raw["year"], (*path, "year"), *_int_range("reference.year")) if "year" in raw else None
            )
            locator = self.r.string(raw.get("locator", ""), (*path, "locator")) or ""
            url = self.r.string(raw.get("url", ""), (*path, "url")) or ""
            if url and not url.startswith(("https://", "http://")):
                self.r.error((*path, "url"), message("bad_link", url=url[:40]))
            note = self.text(raw.get("note"), (*path, "note"), required=False)
            if key:
                refs.append(Reference(key, title, issuer, year, locator, url, note))
        self.unique(keys, message("item_reference"))
        return tuple(refs)

    def sections(self, value: Any, flags: set[str], refs: set[str], scale: set[int]) -> tuple[Section, ...]:
        items = self.r.sequence(value, ("sections",), message("what_sections"), min_len=1) or []
        sections: list[Section] = []
        section_ids: list[tuple[str | None, PathKey]] = []
        criterion_ids: list[tuple[str | None, PathKey]] = []
        for i, item in enumerate(items):
            path: PathKey = ("sections", i)
            raw = self.r.mapping(item, path, required("section"), optional("section"))
            if raw is None:
                continue
            section_id = self.r.string(raw.get("id"), (*path, "id"), ITEM_ID, message("hint_item_id"))
            section_ids.append((section_id, (*path, "id")))
            title = self.text(raw.get("title"), (*path, "title"))
            description = self.text(raw.get("description"), (*path, "description"), required=False)
            criteria_raw = self.r.sequence(raw.get("criteria"), (*path, "criteria"), message("what_criteria"), 1) or []
            criteria = []
            for j, criterion_raw in enumerate(criteria_raw):
                criterion = self.criterion(criterion_raw, (*path, "criteria", j), flags, refs, scale, criterion_ids)
                if criterion is not None:
                    criteria.append(criterion)
            if section_id:
                sections.append(Section(section_id, title, tuple(criteria), description))
        self.unique(section_ids, message("item_section"))
        self.unique(criterion_ids, message("item_criterion"))
        return tuple(sections)

    def criterion(
        self,
        value: Any,
        path: PathKey,
        flags: set[str],
        refs: set[str],
        scale: set[int],
        ids: list[tuple[str | None, PathKey]],
    ) -> Criterion | None:
        r = self.r
        raw = r.mapping(value, path, required("criterion"), CRITERION_KEYS)
        if raw is None:
            return None
        criterion_id = r.string(raw.get("id"), (*path, "id"), ITEM_ID, message("hint_item_id"))
        ids.append((criterion_id, (*path, "id")))
        anchors = self.anchors(raw.get("anchors"), (*path, "anchors"), scale)
        weight = r.number(raw.get("weight", 1.0), (*path, "weight"), low("criterion.weight"), high("criterion.weight"))
        gateway = r.boolean(raw.get("gateway", False), (*path, "gateway"))
        for key, owner in METHOD_FIELDS.items():
            if key in raw and self.method and self.method != owner:
                r.warn((*path, key), message("method_field_ignored", key=key, owner=owner, method=self.method))
        criterion = Criterion(
            id=criterion_id or "",
            title=self.text(raw.get("title"), (*path, "title")),
            question=self.text(raw.get("question"), (*path, "question")),
            anchors=anchors,
            guidance=self.text(raw.get("guidance"), (*path, "guidance"), required=False),
            evidence=tuple(
                self.text(e, (*path, "evidence", i))
                for i, e in enumerate(r.sequence(raw.get("evidence", []), (*path, "evidence")) or [])
            ),
            red_flags=r.id_list(raw.get("red_flags", []), (*path, "red_flags"), flags, message("item_red_flag")),
            references=r.id_list(raw.get("references", []), (*path, "references"), refs, message("item_reference")),
            recommendations=self.recommendations(raw.get("recommendations", []), (*path, "recommendations")),
            weight=weight or 1.0,
            gateway=bool(gateway),
        )
        return criterion if criterion_id else None

    def anchors(self, value: Any, path: PathKey, scale: set[int]) -> dict[int, Text]:
        raw = self.r.any_mapping(value, path, message("what_scale_meanings"))
        if raw is None:
            return {}
        anchors: dict[int, Text] = {}
        for key, text in raw.items():
            if isinstance(key, bool) or not isinstance(key, int) or (scale and key not in scale):
                expected = ", ".join(str(s) for s in sorted(scale))
                self.r.error((*path, key), message("not_on_scale", key=key, expected=expected))
                continue
            anchors[key] = self.text(text, (*path, key))
        missing = sorted(scale - set(raw))
        if scale and missing:
            self.r.error(path, message("anchors_missing", missing=missing))
        return anchors

    def recommendations(self, value: Any, path: PathKey) -> tuple[Recommendation, ...]:
        out = []
        for i, item in enumerate(self.r.sequence(value, path, message("what_recommendations")) or []):
            raw = self.r.mapping(item, (*path, i), required("recommendation"))
            if raw is None:
                continue
            to = self.r.choice(raw.get("to"), (*path, i, "to"), ADDRESSEES)
            text = self.text(raw.get("text"), (*path, i, "text"))
            if to:
                out.append(Recommendation(to, text))  # type: ignore[arg-type]
        return tuple(out)

    def cross_check(
        self, red_flags: tuple[RedFlag, ...], references: tuple[Reference, ...], sections: tuple[Section, ...]
    ) -> None:
        raised = {flag for section in sections for c in section.criteria for flag in c.red_flags}
        for i, flag in enumerate(red_flags):
            if flag.id not in raised:
                self.r.warn(("red_flags", i), message("flag_not_raised", flag=flag.id))
        cited = {key for section in sections for c in section.criteria for key in c.references}
        for i, ref in enumerate(references):
            if ref.key not in cited:
                self.r.warn(("references", i), message("reference_not_cited", key=ref.key))

    def check_languages(self) -> None:
        for lang in self.languages:
            missing = [path for path, text in self.texts if not text.has(lang)]
            for path in missing[:20]:
                self.r.warn(path, message("no_language_text", lang=lang, languages=", ".join(self.languages)))
            if len(missing) > 20:
                self.r.warn((), message("more_lack_language", count=len(missing) - 20, lang=lang))
