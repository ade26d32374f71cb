"""Where bundled data lives: beside the package when installed, at the top of the source tree otherwise.

The one lookup for every kind of install: a wheel places the data in hria_app/_bundled, and so does the
standalone bundle (packaging/hria.spec lays it out the same way beside the frozen package), so neither needs a
case of its own; a clone uses the folders at the top of the source tree.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
RUBRIC_DIR_VARIABLE = "HRIA_RUBRIC_DIR"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def bundled(name: str) -> Path:
    """`rubrics` or `resources`: the installed copy if there is one, else the source tree's."""
    installed = _PACKAGE / "_bundled" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def bundled_rubric_dir() -> Path:
    return bundled("rubrics")


def resource(*parts: str) -> Path:
    return bundled("resources").joinpath(*parts)


def icon_files() -> list[Path]:
    """The application icon: the SVG first, then a PNG for each size (for a QIcon or a desktop entry)."""
    return [resource("icons", "hria.svg"), *(resource("icons", f"hria-{size}.png") for size in ICON_SIZES)]


def user_rubric_dir() -> Path:
    """The user's own rubrics: $HRIA_RUBRIC_DIR, else the platform's user data folder."""
    override = os.environ.get(RUBRIC_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("hria", appauthor=False) / "rubrics"


CACHE_DIR_VARIABLE = "HRIA_CACHE_DIR"


def user_cache_dir() -> Path:
    """Where checked rubrics are kept between runs: $HRIA_CACHE_DIR, else the platform's user cache folder."""
    override = os.environ.get(CACHE_DIR_VARIABLE)
    if override:
        return Path(override)
    from platformdirs import user_cache_path

    return user_cache_path("hria", appauthor=False) / "rubrics"
