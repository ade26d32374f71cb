"""`hria score` as text, in English or Thai: the overall level and why, then one line per section."""

from __future__ import annotations

from hria_app.core.scoring import Result
from hria_app.core.scoring.display import percent_text

_WORDS = {
    "en": {
        "summary": "{level}  ({percent}%, completeness {completeness}%{residual})",
        "residual": ", residual",
        "not_rated": "not rated",
        "rating": "severity {severity}, likelihood {likelihood}",
    },
    "th": {
        "summary": "{level}  ({percent}%, ความครบถ้วน {completeness}%{residual})",
        "residual": ", หลังมาตรการบรรเทา",
        "not_rated": "ไม่ได้จัดระดับ",
        "rating": "ความรุนแรง {severity}, โอกาสเกิด {likelihood}",
    },
}


def score_lines(result: Result, lang: str) -> list[str]:
    words = _WORDS.get(lang, _WORDS["en"])
    overall = result.overall
    lines = [
        words["summary"].format(
            level=overall.label.get(lang),
            percent=percent_text(overall.percent, overall.edges),
            completeness=percent_text(100 * result.completeness),
            residual=words["residual"] if result.residual else "",
        )
    ]
    lines += [f"  - {reason.text(lang)}" for reason in overall.reasons]
    for s in result.sections:
        label = s.label.get(lang) if s.level else words["not_rated"]
        rating = f"  {words['rating'].format(severity=s.severity, likelihood=s.likelihood)}" if s.severity else ""
        lines.append(f"  {s.id:<8} {label:<12}{rating}  {s.title.get(lang)}")
    return lines
