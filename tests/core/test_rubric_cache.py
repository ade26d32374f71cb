"""The rubric cache: the same rubric and the same located problems as reading the file, the YAML parsed once, and
an entry that is damaged, foreign or hostile ignored and replaced, never believed."""

from __future__ import annotations

import math
import shutil
from pathlib import Path
from typing import Any

import msgpack
import pytest

from hria_app.core import rubric_cache
from hria_app.core.library import RubricLibrary
from hria_app.core.paths import bundled_rubric_dir
from hria_app.core.rubric_cache import check_rubric_file_cached, summarise_rubric_file
from hria_app.core.rubric_loader import check_rubric_file
from tests.cli.bad_rubrics import CASES
from tests.conftest import DATA

BUNDLED = sorted(bundled_rubric_dir().glob("*.yaml"))
MINI = DATA / "mini-rubric.yaml"


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, reading YAML fails the test: a result must come from the cache."""

    def refuse(*_: object) -> None:
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(rubric_cache, "parse_yaml", refuse)


def _entry(cache: Path) -> Path:
    (entry,) = cache.glob("*.msgpack")
    return entry


def _same(path: Path, cache: Path) -> None:
    assert check_rubric_file_cached(path, cache) == check_rubric_file(path)


@pytest.mark.parametrize("path", BUNDLED, ids=[p.name for p in BUNDLED])
def test_a_bundled_rubric_from_the_cache_equals_the_file(path: Path, cache: Path, request: Any) -> None:
    expected = check_rubric_file(path)
    assert check_rubric_file_cached(path, cache) == expected
    request.getfixturevalue("no_parsing")
    rubric, issues = check_rubric_file_cached(path, cache)
    assert rubric is not None and (rubric, issues) == expected
    assert rubric.fingerprint == expected[0].fingerprint  # type: ignore[union-attr]


@pytest.mark.parametrize(("make", "_text", "_located"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_malformed_rubric_gives_the_same_located_problems_twice(
    make: Any, _text: str, _located: bool, tmp_path: Path, cache: Path
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    path = make(folder)
    expected = check_rubric_file(path)
    assert check_rubric_file_cached(path, cache) == expected
    assert check_rubric_file_cached(path, cache) == expected


def test_warnings_keep_their_lines_when_read_from_the_cache(tmp_path: Path, cache: Path, request: Any) -> None:
    path = tmp_path / "warned.yaml"
    text = MINI.read_text(encoding="utf-8").replace("languages: [en, th]", "languages: [en, th, fr]")
    path.write_text(text, encoding="utf-8")
    first = check_rubric_file_cached(path, cache)
    request.getfixturevalue("no_parsing")
    rubric, issues = check_rubric_file_cached(path, cache)
    assert rubric is not None and issues and (rubric, issues) == first
    assert all(i.severity == "warning" and i.line > 1 for i in issues)


def _read(entry: Path) -> tuple[Any, Any]:
    unpacker = msgpack.Unpacker(strict_map_key=False)
    unpacker.feed(entry.read_bytes())
    return next(unpacker), next(unpacker)


def _write_header(entry: Path, change: dict[str, Any], data: Any = None) -> None:
    header, original = _read(entry)
    header.update(change)
    entry.write_bytes(msgpack.packb(header) + msgpack.packb(original if data is None else data))


def _with_data(change: Any) -> Any:
    def edit(entry: Path) -> None:
        header, data = _read(entry)
        change(data)
        entry.write_bytes(msgpack.packb(header) + msgpack.packb(data, use_bin_type=True))

    return edit


def _weight(value: Any) -> Any:
    return _with_data(lambda d: d["sections"][0]["criteria"][0].update(weight=value))


HOSTILE = {
    "garbage": lambda e: e.write_bytes(b"\x00not msgpack at all\xff" * 50),
    "truncated": lambda e: e.write_bytes(e.read_bytes()[: e.stat().st_size // 2]),
    "empty": lambda e: e.write_bytes(b""),
    "a list, not an entry": lambda e: e.write_bytes(msgpack.packb([1, 2, 3]) + msgpack.packb({})),
    "summary of the wrong shape": lambda e: _write_header(e, {"summary": {"id": 7}}),
    "marks of the wrong shape": lambda e: _write_header(e, {"marks": {"title": ["one", 2]}}),
    "data of the wrong shape": lambda e: _write_header(e, {}, data=["not", "a", "rubric"]),
    "another file's bytes": lambda e: _write_header(e, {"sha256": "0" * 64}),
    "another app version": lambda e: _write_header(e, {"app": "0.0.1"}),
    "another entry format": lambda e: _write_header(e, {"format": 99}),
    "a claim of validity for an invalid rubric": _with_data(lambda d: d.pop("title")),
    "a weight that is not a number": _weight(math.nan),
    "a weight that is bytes": _weight(b"\x01"),
}


@pytest.mark.parametrize("damage", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_bad_entry_is_ignored_and_replaced(damage: Any, tmp_path: Path, cache: Path, request: Any) -> None:
    path = tmp_path / "mini.yaml"
    shutil.copy(MINI, path)
    expected = check_rubric_file(path)
    check_rubric_file_cached(path, cache)
    damage(_entry(cache))
    assert check_rubric_file_cached(path, cache) == expected
    request.getfixturevalue("no_parsing")  # the bad entry was replaced by a good one
    assert check_rubric_file_cached(path, cache) == expected


def test_a_changed_file_is_read_again(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "mini.yaml"
    shutil.copy(MINI, path)
    check_rubric_file_cached(path, cache)
    path.write_text(MINI.read_text(encoding="utf-8").replace("version: 1.0.0", "version: 1.2.0"), encoding="utf-8")
    rubric, _ = check_rubric_file_cached(path, cache)
    assert rubric is not None and rubric.version == "1.2.0"


def test_an_unwritable_cache_only_costs_time(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("", encoding="utf-8")
    assert check_rubric_file_cached(MINI, blocked / "cache") == check_rubric_file(MINI)


def test_the_library_lists_rubrics_from_the_cache_without_building_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = tmp_path / "user"
    user.mkdir()
    shutil.copy(MINI, user / "mini.yaml")
    (user / "broken.yaml").write_text("id: broken\nversion: 1.0.0\n", encoding="utf-8")
    (user / "not-yaml.yaml").write_text("a: [", encoding="utf-8")
    library = RubricLibrary(bundled_dir=bundled_rubric_dir(), user_dir=user)
    entries = {e.path: e for e in library.entries()}
    first = library.listing()

    def refuse(*_: object) -> None:
        raise AssertionError("a rubric was built to list it")

    parsed: list[str] = []

    def parse(text: str, name: str) -> Any:
        parsed.append(Path(name).name)
        return real_parse(text, name)

    real_parse = rubric_cache.parse_yaml
    monkeypatch.setattr(rubric_cache, "check_rubric_document", refuse)
    monkeypatch.setattr(rubric_cache, "parse_yaml", parse)
    listed = library.listing()
    assert listed == first
    assert parsed == ["not-yaml.yaml"]  # a file that is not YAML leaves no entry: it fails fast anyway
    assert {item.path for item in first} == set(entries)
    for item in listed:
        entry = entries[item.path]
        assert item.valid == entry.valid and item.first_error == entry.first_error
        if entry.rubric is not None:
            summary = item.summary
            assert (summary.id, summary.version, summary.title, summary.criterion_count) == (
                entry.rubric.id,
                entry.rubric.version,
                entry.rubric.title,
                entry.rubric.criterion_count,
            )
            assert (summary.description, summary.languages) == (entry.rubric.description, entry.rubric.languages)
    (unparsable,) = [item for item in first if item.path.name == "not-yaml.yaml"]
    assert not unparsable.valid and ":1:" in unparsable.first_error


def test_a_missing_file_is_summarised_as_its_error(tmp_path: Path) -> None:
    summary = summarise_rubric_file(tmp_path / "missing.yaml", tmp_path / "cache")
    assert not summary.valid and "file not found" in summary.first_error
