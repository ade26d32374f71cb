"""Moving rubric files in and out of the user's rubric folder: import, export, duplicate, delete.

No Qt here: the manager asks the questions, these do the file work. Every write is atomic, so a failed import or
duplicate never leaves half a rubric in the library.
"""

from __future__ import annotations

from pathlib import Path

from hria_app.core.errors import Issue, SaveError
from hria_app.core.library import LibraryEntry, RubricLibrary
from hria_app.core.rubric_loader import MAX_RUBRIC_BYTES, check_rubric_file
from hria_app.core.rubric_writer import write_rubric
from hria_app.core.storage import atomic_write
from hria_app.core.yaml_source import read_bytes
from hria_app.gui.rubrics.rubric_draft import read_rubric_data
from hria_app.gui.rubrics.rubric_items import file_name_for

INITIAL_VERSION = "1.0.0"


def check_import(source: Path) -> tuple[bool, list[Issue]]:
    """Whether the file is a valid rubric, and every problem found in it."""
    rubric, issues = check_rubric_file(source)
    return rubric is not None, issues


def import_target(library: RubricLibrary, source: Path) -> Path:
    return library.user_dir / (source.stem + ".yaml")


def import_rubric(source: Path, target: Path) -> Path:
    """Copy `source` into the library as `target`, byte for byte (comments and layout kept)."""
    data = read_bytes(source, MAX_RUBRIC_BYTES)
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, data)
    return target


def export_rubric(entry: LibraryEntry, target: Path) -> None:
    """Write a copy of the rubric's file to `target`, to share it or keep it elsewhere."""
    atomic_write(target, read_bytes(entry.path, MAX_RUBRIC_BYTES))


def delete_rubric(entry: LibraryEntry) -> None:
    if entry.origin != "user":
        raise SaveError("bundled rubrics are part of the app and cannot be deleted")
    try:
        entry.path.unlink()
    except FileNotFoundError:
        pass  # gone already: the outcome the person asked for
    except OSError as exc:
        raise SaveError(f"cannot delete {entry.path.name}: {exc.strerror or exc}") from exc


def free_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `folder/<stem>-2.yaml` and so on when that file exists."""
    path = folder / name
    number = 2
    while path.exists():
        path = folder / f"{Path(name).stem}-{number}.yaml"
        number += 1
    return path


def duplicate_rubric(entry: LibraryEntry, library: RubricLibrary, new_id: str, reset_version: bool) -> Path:
    """A copy of the rubric in the user's folder under a new id, ready to adapt; returns its path.

    Raises LoadError when the file is no longer readable YAML, SaveError when the copy cannot be written."""
    data = read_rubric_data(entry.path)
    copy = dict(data)
    copy["id"] = new_id
    if reset_version:
        copy["version"] = INITIAL_VERSION
    library.user_dir.mkdir(parents=True, exist_ok=True)
    target = free_path(library.user_dir, file_name_for(new_id))
    write_rubric(target, copy)
    return target


def library_ids(library: RubricLibrary) -> set[str]:
    return {e.rubric.id for e in library.entries() if e.rubric is not None}
