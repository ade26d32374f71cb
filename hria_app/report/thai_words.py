"""Where a line may break inside Thai text, which is written without spaces between words.

reportlab breaks lines only at whitespace, so a Thai sentence is one long "word" that it either overflows or
cuts at any character ("สิท|ธิ"). Here Thai runs are segmented into dictionary words with nlpo3 (the Rust
implementation of PyThaiNLP's newmm algorithm) over PyThaiNLP's word list, shipped in resources/thai, and
`split_words` returns the pieces between which a line may break; the paragraph layer hands them to reportlab as
words joined without a space.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from hria_app.core.paths import resource
from hria_app.report.errors import ExportError

_THAI_RUN = re.compile(r"[\u0E00-\u0E7F]+")
# Characters that never start a line: repetition and abbreviation marks, and anything that combines with the
# character before it (vowels above and below, tone marks, sara am).
_NO_BREAK_BEFORE = frozenset(
    "ๆฯ\u0e31\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a" + "".join(chr(c) for c in range(0x0E47, 0x0E4F))
)
_NO_BREAK_AFTER = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")  # leading vowels belong to what follows
_DICTIONARY = "hria-th"
_loaded = threading.Lock()
_ready = False


def has_thai(text: str) -> bool:
    return _THAI_RUN.search(text) is not None


def split_words(text: str) -> list[str]:
    """`text` cut at every place a line may break inside it; joined, the pieces give `text` back."""
    if not has_thai(text):
        return [text]
    pieces: list[str] = []
    position = 0
    for match in _THAI_RUN.finditer(text):
        words = thai_words(match.group())
        # Text before a Thai run stays attached to its first word: "(ประชาชน" never breaks after "(".
        pieces.append(text[position : match.start()] + words[0])
        pieces.extend(words[1:])
        position = match.end()
    if position < len(text):
        pieces[-1] += text[position:]
    return pieces


# Rubric text repeats across a brief (titles, anchors, labels), so each distinct run is segmented once.
@lru_cache(maxsize=20_000)
def thai_words(run: str) -> tuple[str, ...]:
    """A run of Thai characters as dictionary words, merged wherever a break would be wrong."""
    import nlpo3

    _load_dictionary()
    words: list[str] = []
    for token in nlpo3.segment(run, _DICTIONARY):
        if words and (token[0] in _NO_BREAK_BEFORE or words[-1][-1] in _NO_BREAK_AFTER):
            words[-1] += token
        else:
            words.append(token)
    return tuple(words) if words else (run,)


def _load_dictionary() -> None:
    global _ready
    if _ready:
        return
    with _loaded:
        if _ready:
            return
        import nlpo3

        path = resource("thai", "words_th.txt")
        # nlpo3 aborts the process on a missing file rather than raising: look first.
        if not path.is_file():
            raise ExportError(f"the Thai word list is missing from this installation ({path.name})")
        message, loaded = nlpo3.load_dict(str(path), _DICTIONARY)
        if not loaded and "already exists" not in message:
            raise ExportError(f"the Thai word list could not be read: {message}")
        _ready = True


def warm_up() -> None:
    """Load the word list now rather than at the first Thai paragraph."""
    thai_words("ภาษาไทย")
