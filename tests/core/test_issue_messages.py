"""Validation and file messages in English and Thai: every code in both languages, English text unchanged, and the
problems a person meets when opening a bad file readable in Thai."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from hria_app.core.assessment_file import load_assessment, save_assessment
from hria_app.core.crypto import EncryptionError, PassphraseRequired, WrongPassphraseError, decrypt, encrypt
from hria_app.core.errors import HriaError, Issue, LoadError
from hria_app.core.issue_messages import Message, codes, message, render, template, yaml_phrase
from hria_app.core.rubric_loader import check_rubric_document, load_rubric
from hria_app.core.validation import check_file
from hria_app.core.yaml_source import decode_text, parse_yaml, read_bytes

HOSTILE = Path(__file__).parent.parent / "data" / "hostile"
THAI = re.compile(r"[\u0e00-\u0e7f]")
# Words a Thai message may keep: formats, YAML field names and file-format terms that have no Thai name.
ALLOWED_LATIN = {"yaml", "utf", "nul", "mb", "true", "false", "anchor", "alias", "name", "en", "th", "https", "http"}


def fields_of(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conversion in string.Formatter().parse(text) if name}


def sample_params(code: str) -> dict[str, object]:
    return {name: f"<{name}>" for name in fields_of(template(code, "en"))}


@pytest.mark.parametrize("code", codes())
def test_every_code_speaks_english_and_thai_with_the_same_parameters(code: str) -> None:
    english, thai = template(code, "en"), template(code, "th")
    assert thai != english
    assert THAI.search(thai), thai
    assert fields_of(thai) == fields_of(english)
    params = sample_params(code)
    for lang in ("en", "th"):
        text = render(code, params, lang)
        assert "{" not in text.replace("{}", "")
        for value in params.values():
            assert str(value) in text


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(KeyError):
        message("no_such_message")


def test_nested_messages_and_phrases_follow_the_language() -> None:
    problem = message("expected_found", what=message("what_sections"), found=message("value_text", value="abc"))
    assert str(problem) == "expected a list of sections, found text ('abc')"
    assert problem.text("th") == "ต้องเป็น รายการหมวด แต่พบ ข้อความ ('abc')"


def test_an_english_phrase_passed_as_a_parameter_is_not_translated() -> None:
    # Only coded messages are; a plain string stays as written (the source should pass a message code).
    problem = message("expected_found", what="a list of sections", found=message("value_list"))
    assert problem.text("th") == "ต้องเป็น a list of sections แต่พบ รายการ (list)"


def test_english_without_a_code_is_shown_unchanged() -> None:
    assert Issue("f.yaml", "something new").text("th") == "something new"
    assert HriaError("the passphrase is wrong").text("th") == "the passphrase is wrong"


def test_pyyaml_complaints_are_matched_by_their_english() -> None:
    assert yaml_phrase("mapping values are not allowed here", "th").startswith("ใช้เครื่องหมาย :")
    assert yaml_phrase("did not find expected key", "th") == "ไม่พบคีย์ที่ควรมีตรงนี้ (ตรวจการย่อหน้า)"
    assert yaml_phrase("while scanning a quoted scalar", "th") == "ขณะอ่านข้อความในเครื่องหมายคำพูด"
    assert yaml_phrase("something libyaml never says", "th") == "something libyaml never says"


def test_an_issue_keeps_its_english_and_renders_in_thai() -> None:
    issue = Issue.of("f.yaml", message("missing_field", key="title"), 3, 5, "sections[0]", "warning")
    assert issue.message == "missing required field 'title'"
    assert str(issue) == "f.yaml:3:5: warning: sections[0]: missing required field 'title'"
    assert issue.text("th") == "ขาดช่องข้อมูลที่จำเป็น 'title'"
    assert issue.describe("th") == "f.yaml:3:5: คำเตือน: sections[0]: ขาดช่องข้อมูลที่จำเป็น 'title'"
    assert hash(issue) == hash(
        Issue.of("f.yaml", message("missing_field", key="title"), 3, 5, "sections[0]", "warning")
    )


@pytest.mark.parametrize("path", sorted(HOSTILE.iterdir()), ids=lambda p: p.name)
def test_coded_issues_say_exactly_what_their_english_template_says(path: Path) -> None:
    issues = check_file(path)
    assert issues
    for issue in issues:
        if issue.code:
            assert issue.message == render(issue.code, issue.params, "en")
        thai = issue.text("th")
        assert THAI.search(thai), (path.name, issue.message)


def opening_problems(tmp_path: Path) -> dict[str, Issue | HriaError]:
    """What a person meets when opening a bad file: one issue or error per kind."""

    def issue_of(action: object) -> Issue:
        with pytest.raises(LoadError) as caught:
            action()  # type: ignore[operator]
        return caught.value.issues[0]

    big = tmp_path / "big.yaml"
    big.write_bytes(b"a" * 2000)
    folder = tmp_path / "folder.hria"
    folder.mkdir()
    rubric_text = (Path(__file__).parent.parent / "data" / "mini-rubric.yaml").read_text(encoding="utf-8")
    problems: dict[str, Issue | HriaError] = {
        "not found": issue_of(lambda: read_bytes(tmp_path / "missing.hria", 100)),
        "folder": issue_of(lambda: read_bytes(folder, 100)),
        "too large": issue_of(lambda: read_bytes(big, 1000)),
        "empty": issue_of(lambda: decode_text(b"  \n", "f.yaml")),
        "utf-16": issue_of(lambda: decode_text(b"\xff\xfea\x00", "f.yaml")),
        "nul": issue_of(lambda: decode_text(b"a: \x00", "f.yaml")),
        "invalid utf-8": issue_of(lambda: decode_text(b"a: caf\xe9", "f.yaml")),
        "yaml syntax": issue_of(lambda: parse_yaml("a: [1, 2\n", "f.yaml")),
        "yaml syntax, mapping values": issue_of(lambda: parse_yaml("a: b: c\n", "f.yaml")),
        "alias": issue_of(lambda: parse_yaml("a: &x 1\nb: *x\n", "f.yaml")),
        "tag": issue_of(lambda: parse_yaml("a: !!python/name:os.system\n", "f.yaml")),
        "duplicate key": issue_of(lambda: parse_yaml("a: 1\na: 2\n", "f.yaml")),
        "nesting": issue_of(lambda: parse_yaml("[" * 100 + "]" * 100, "f.yaml")),
        "two documents": issue_of(lambda: parse_yaml("a: 1\n---\nb: 2\n", "f.yaml")),
    }
    issues = check_rubric_document(parse_yaml(rubric_text.replace("title:", "titel:", 1), "r.yaml"))[1]
    problems["unknown field"] = next(i for i in issues if i.code == "unknown_field")
    problems["missing field"] = next(i for i in issues if i.code == "missing_field")
    issues = check_rubric_document(parse_yaml(rubric_text.replace("sections:", "sections: 3\nx:", 1), "r.yaml"))[1]
    problems["expected x found y"] = next(i for i in issues if i.code == "expected_found")
    newer = check_rubric_document(parse_yaml(rubric_text.replace("schema_version: 1", "schema_version: 9"), "r"))[1]
    problems["newer rubric"] = newer[0]
    for name, kind in (
        ("out of range", "score-out-of-range.hria"),
        ("newer assessment", "newer-format.hria"),
        ("fingerprint mismatch", "fingerprint-mismatch.hria"),
        ("encrypted and altered", "encrypted-tampered.hria"),
    ):
        problems[name] = check_file(HOSTILE / kind, ask_passphrase=lambda _path: "correct horse")[0]
    rubric = load_rubric(Path(__file__).parent.parent / "data" / "mini-rubric.yaml")
    from hria_app.core.assessment import new_assessment

    secret = tmp_path / "secret.hria"
    save_assessment(secret, new_assessment(rubric, "x"), backup=False, passphrase="right")
    for name, action in (
        ("passphrase needed", lambda: load_assessment(secret)),
        ("wrong passphrase", lambda: load_assessment(secret, "wrong")),
        ("empty passphrase", lambda: encrypt(b"x", "")),
        ("damaged", lambda: decrypt(secret.read_bytes()[:-3] + b"xyz", "right")),
    ):
        with pytest.raises((PassphraseRequired, WrongPassphraseError, EncryptionError)) as caught:
            action()
        problems[name] = caught.value
    return problems


def test_every_problem_met_when_opening_a_bad_file_reads_in_thai(tmp_path: Path) -> None:
    for name, problem in opening_problems(tmp_path).items():
        english = problem.message if isinstance(problem, Issue) else str(problem)
        thai = problem.text("th")
        assert problem.text("en") == english
        assert thai != english, name
        assert THAI.search(thai), (name, thai)
        # Left in Latin letters: only file names, quoted values, field names and format terms.
        unquoted = re.sub(r"'[^']*'|<[^>]*>|\S*[/\\.]\S*|\([^)]*\)", "", thai)
        words = {w.lower() for w in re.findall(r"\b[A-Za-z]{2,}\b", unquoted)}
        values = problem.params.values() if isinstance(problem, Issue) else ()
        given = {w.lower() for v in values if not isinstance(v, Message) for w in re.findall(r"[A-Za-z]+", str(v))}
        assert words <= ALLOWED_LATIN | given | {"rubric", "content", "format_version"}, (name, thai)


def test_every_problem_met_when_opening_a_bad_file_carries_its_code(tmp_path: Path) -> None:
    # Thai comes from the code given where the problem arose, never from reading the English back.
    for name, problem in opening_problems(tmp_path).items():
        coded = problem if isinstance(problem, Issue) else problem.coded
        assert coded is not None and coded.code, name
        assert problem.text("th") == render(coded.code, coded.params, "th"), name


def test_validation_keeps_the_code_of_an_error_it_turns_into_an_issue(tmp_path: Path) -> None:
    rubric = load_rubric(Path(__file__).parent.parent / "data" / "mini-rubric.yaml")
    from hria_app.core.assessment import new_assessment

    secret = tmp_path / "secret.hria"
    save_assessment(secret, new_assessment(rubric, "x"), backup=False, passphrase="right")
    (issue,) = check_file(secret, ask_passphrase=lambda _path: "wrong")
    assert issue.code == "wrong_passphrase"
    assert issue.text("th") == template("wrong_passphrase", "th")


def test_a_failed_save_reads_in_thai(tmp_path: Path) -> None:
    from hria_app.core.errors import SaveError
    from hria_app.core.storage import atomic_write

    folder = tmp_path / "missing-folder"
    with pytest.raises(SaveError) as caught:
        atomic_write(folder / "case.hria", b"x")
    assert str(caught.value).startswith(f"cannot write to the folder {folder}: it no longer exists")
    thai = caught.value.text("th")
    assert thai.startswith(f"เขียนลงโฟลเดอร์ {folder} ไม่ได้: โฟลเดอร์นี้ไม่มีอยู่แล้ว"), thai
    assert "ไม่ได้บันทึก case.hria" in thai and "“บันทึกเป็น”" in thai
    assert "no longer exists" not in thai and "Save As" not in thai


def test_phrases_are_codes_that_nest_in_the_reader_language() -> None:
    problem = message("unknown_id", what=message("item_red_flag"), item="RF9", listed=message("none_defined"))
    assert str(problem) == "unknown red flag 'RF9' (defined: none are defined)"
    assert THAI.search(problem.text("th")) and "none are defined" not in problem.text("th")
    nested = message("expected_found", what=message("what_id_list", item=message("item_reference")), found="x")
    assert nested.text("th").startswith("ต้องเป็น รายการรหัสเอกสารอ้างอิง")
