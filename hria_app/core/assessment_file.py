"""The .hria file: YAML text holding the assessment and the rubric it was made with.

The user's work comes first in the file and the embedded rubric last, so a diff of two versions shows the answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from hria_app import __version__
from hria_app.core.assessment import FORMAT_VERSION, Assessment
from hria_app.core.assessment_reader import read_assessment
from hria_app.core.crypto import PassphraseRequired, SealingKey, decrypt, encrypt, is_encrypted
from hria_app.core.errors import HriaError, Issue, LoadError, UnsupportedVersionError
from hria_app.core.evidence_format import attachment_data, custody_data
from hria_app.core.issue_messages import message
from hria_app.core.plan_file import plan_data, tracking_data
from hria_app.core.rubric_loader import check_rubric_document, fingerprint, known_rubric
from hria_app.core.save_target import HardLinkChoice
from hria_app.core.storage import WriteReport, atomic_write
from hria_app.core.team_format import team_data
from hria_app.core.text import Text
from hria_app.core.tracking import Tracking
from hria_app.core.yaml_source import YamlDocument, decode_text, parse_yaml, read_bytes

MAX_ASSESSMENT_BYTES = 30_000_000
SUFFIX = ".hria"

try:
    from yaml import CSafeDumper as _BaseDumper
except ImportError:  # pragma: no cover
    from yaml import SafeDumper as _BaseDumper  # type: ignore[assignment]


class _Dumper(_BaseDumper):
    """Multi-line text as readable block literals; everything else as PyYAML's safe dumper writes it."""


def _represent_str(dumper: _Dumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def dumps(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)


def _text(value: Text) -> Any:
    return value.to_data()


def to_data(assessment: Assessment) -> dict[str, Any]:
    c = assessment.context
    context: dict[str, Any] = {}
    for name in ("title", "deployment", "vendor", "location", "organisation"):
        if getattr(c, name):
            context[name] = _text(getattr(c, name))
    if c.assessors:
        context["assessors"] = list(c.assessors)
    for name in ("started", "updated"):
        if getattr(c, name):
            context[name] = getattr(c, name)
    for name in ("scope", "background"):
        if getattr(c, name):
            context[name] = _text(getattr(c, name))
    data: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "kind": "hria-assessment",
        "app_version": __version__,
        "context": context,
    }
    sections = {}
    for section in assessment.rubric.sections:
        judged = assessment.section_input(section.id)
        entry = {k: getattr(judged, k) for k in ("scale", "scope", "irremediability") if getattr(judged, k)}
        if judged.notes:
            entry["notes"] = _text(judged.notes)
        if entry:
            sections[section.id] = entry
    if sections:
        data["sections"] = sections
    answers = {}
    for criterion in assessment.rubric.criteria():
        if criterion.id in assessment.answers:
            answers[criterion.id] = _answer_data(assessment.answers[criterion.id])
    data["answers"] = answers
    if assessment.recommendations:
        data["recommendations"] = [
            {
                "to": r.to,
                "text": _text(r.text),
                **({"confidential": True} if r.confidential else {}),
                **tracking_data(r.tracking),
            }
            for r in assessment.recommendations
        ]
    if assessment.archive:
        data["archive"] = [
            {
                "criterion": a.criterion_id,
                "rubric_version": a.rubric_version,
                "question": _text(a.question),
                "answer": _answer_data(a.answer),
            }
            for a in assessment.archive
        ]
    data.update(plan_data(assessment.action_tracking, assessment.comments, assessment.review))
    if assessment.custody:
        data["custody"] = [custody_data(e) for e in assessment.custody]
    data.update(team_data(assessment.conflicts, assessment.baseline))
    rubric = assessment.rubric
    data["rubric"] = {
        "id": rubric.id,
        "version": rubric.version,
        "fingerprint": rubric.fingerprint,
        "content": dict(rubric.source),
    }
    return data


def _answer_data(answer: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"status": answer.status}
    if answer.score is not None:
        out["score"] = answer.score
    if answer.na_reason:
        out["reason"] = _text(answer.na_reason)
    if answer.red_flags:
        out["red_flags"] = list(answer.red_flags)
    if answer.confidence:
        out["confidence"] = answer.confidence
    if answer.notes:
        out["notes"] = _text(answer.notes)
    if answer.notes_confidential:
        out["notes_confidential"] = True
    if answer.evidence:
        out["evidence"] = [_evidence_data(e) for e in answer.evidence]
    if answer.mitigation:
        out["mitigation"] = [
            {
                "id": m.id,
                "text": _text(m.text),
                "to": m.to,
                "status": m.status,
                **({"confidential": True} if m.confidential else {}),
                **tracking_data(Tracking(m.owner, m.due, "open", m.drop_reason), with_status=False),
            }
            for m in answer.mitigation
        ]
    if answer.residual_score is not None:
        out["residual_score"] = answer.residual_score
    if answer.carried_over:
        out["carried_over"] = True
    return out


def _evidence_data(e: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"id": e.id, "title": _text(e.title)}
    for name in ("link", "accessed", "reliability"):
        if getattr(e, name):
            out[name] = getattr(e, name)
    if e.confidential:
        out["confidential"] = True
    if e.note:
        out["note"] = _text(e.note)
    if e.files:
        out["files"] = [attachment_data(a) for a in e.files]
    return out


def serialise(assessment: Assessment) -> bytes:
    return dumps(to_data(assessment)).encode("utf-8")


def save_assessment(
    path: Path,
    assessment: Assessment,
    backup: bool = True,
    passphrase: str | SealingKey | None = None,
    hard_links: HardLinkChoice | None = None,
) -> WriteReport:
    """Write atomically; the previous version is kept as FILE.bak so one bad save can be undone.

    With a passphrase the file is encrypted whole: no plain text of it ever reaches the disk. Links are followed
    and a hard-linked file needs `hard_links` (storage.atomic_write); every refusal is a SaveError.
    """
    data = serialise(assessment)
    if passphrase is not None:
        data = encrypt(data, passphrase)
    return atomic_write(Path(path), data, backup=backup, hard_links=hard_links)


def plain_bytes(raw: bytes, name: str, passphrase: str | None) -> bytes:
    """The file's YAML bytes, decrypted when the file is encrypted."""
    if not is_encrypted(raw):
        return raw
    if passphrase is None:
        raise PassphraseRequired(message("passphrase_required", name=name))
    return decrypt(raw, passphrase)


def load_assessment(path: Path, passphrase: str | None = None) -> Assessment:
    """Raises LoadError (every problem located), PassphraseRequired or EncryptionError."""
    raw = read_bytes(Path(path), MAX_ASSESSMENT_BYTES)
    return loads(raw, str(path), passphrase)


def loads(raw: bytes, name: str = "<assessment>", passphrase: str | None = None) -> Assessment:
    text = decode_text(plain_bytes(raw, name, passphrase), name)
    assessment, issues = check_assessment_document(parse_yaml(text, name))
    if assessment is None:
        raise LoadError(issues)
    return assessment


def check_assessment_file(path: Path, passphrase: str | None = None) -> tuple[Assessment | None, list[Issue]]:
    try:
        raw = read_bytes(Path(path), MAX_ASSESSMENT_BYTES)
        text = decode_text(plain_bytes(raw, str(path), passphrase), str(path))
        return check_assessment_document(parse_yaml(text, str(path)))
    except LoadError as exc:
        return None, exc.issues + exc.warnings
    except HriaError as exc:
        return None, [Issue.of(str(path), exc.as_message())]


def check_assessment_document(doc: YamlDocument) -> tuple[Assessment | None, list[Issue]]:
    data = doc.data
    if not isinstance(data, dict) or "rubric" not in data or "format_version" not in data:
        return None, [doc.issue((), message("not_assessment"))]
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise UnsupportedVersionError(
            [doc.issue(("format_version",), message("assessment_newer", version=version, supported=FORMAT_VERSION))]
        )
    embedded = data.get("rubric")
    if not isinstance(embedded, dict) or not isinstance(embedded.get("content"), dict):
        return None, [doc.issue(("rubric",), message("rubric_missing"))]
    content_fingerprint = fingerprint(embedded["content"])
    rubric = known_rubric(content_fingerprint)
    issues: list[Issue] = []
    if rubric is None:
        rubric, rubric_issues = check_rubric_document(doc.sub(("rubric", "content")))
        issues = [_prefixed(i, "rubric.content") for i in rubric_issues if i.severity == "error"]
    if rubric is not None and embedded.get("fingerprint") != content_fingerprint:
        issues.append(doc.issue(("rubric", "fingerprint"), message("fingerprint_mismatch")))
    if rubric is None or issues:
        return None, issues
    assessment, more = read_assessment(doc, rubric)
    issues += more
    failed = any(i.severity == "error" for i in issues)
    return (None if failed else assessment), issues


def _prefixed(issue: Issue, prefix: str) -> Issue:
    from dataclasses import replace

    return replace(issue, path=f"{prefix}.{issue.path}" if issue.path else prefix)
