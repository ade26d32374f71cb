"""Text that may exist in several languages: rubric content and the user's own notes."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

DEFAULT_LANGUAGE = "en"
LANGUAGES = ("en", "th")  # the languages the app speaks and writes texts in, in the order they are shown
BILINGUAL = "+".join(LANGUAGES)  # a brief in both languages, English then Thai
REPORT_LANGUAGES = (*LANGUAGES, BILINGUAL)


@dataclass(frozen=True)
class Text:
    """An immutable map language -> string. An empty Text means "nothing written"."""

    by_lang: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        cleaned = {lang: value for lang, value in self.by_lang.items() if value}
        object.__setattr__(self, "by_lang", MappingProxyType(cleaned))

    @classmethod
    def from_clean(cls, by_lang: dict[str, str]) -> Text:
        """A Text over `by_lang` as given, which must hold no empty value: the rubric loader's fast path, for
        tens of thousands of texts already checked one by one."""
        text = object.__new__(cls)
        object.__setattr__(text, "by_lang", MappingProxyType(by_lang))
        return text

    @classmethod
    def of(cls, value: str | Mapping[str, str] | Text | None, lang: str = DEFAULT_LANGUAGE) -> Text:
        if value is None:
            return cls()
        if isinstance(value, Text):
            return value
        if isinstance(value, str):
            return cls({lang: value})
        return cls(dict(value))

    def get(self, lang: str, fallback: bool = True) -> str:
        """The text in `lang`; with fallback, English or any language rather than nothing."""
        if lang in self.by_lang or not fallback:
            return self.by_lang.get(lang, "")
        if DEFAULT_LANGUAGE in self.by_lang:
            return self.by_lang[DEFAULT_LANGUAGE]
        return next(iter(self.by_lang.values()), "")

    def has(self, lang: str) -> bool:
        return bool(self.by_lang.get(lang))

    def with_lang(self, lang: str, value: str) -> Text:
        updated = dict(self.by_lang)
        updated[lang] = value
        return Text(updated)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.by_lang)

    def __bool__(self) -> bool:
        return bool(self.by_lang)

    def __iter__(self) -> Iterator[str]:
        return iter(self.by_lang.values())

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.by_lang.items())))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Text):
            return NotImplemented
        return dict(self.by_lang) == dict(other.by_lang)

    def __str__(self) -> str:
        return self.get(DEFAULT_LANGUAGE)

    def to_data(self) -> str | dict[str, str]:
        """The file form: a plain string when only English is present, else a map."""
        if set(self.by_lang) == {DEFAULT_LANGUAGE}:
            return self.by_lang[DEFAULT_LANGUAGE]
        return dict(self.by_lang)
