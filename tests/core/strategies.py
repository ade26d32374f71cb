"""Hypothesis strategies for what a user can write and answer: for the property tests of files, scoring and
merging."""

from __future__ import annotations

from hypothesis import strategies as st

from hria_app.core.assessment import Answer, Evidence, Measure
from hria_app.core.rubric import Rubric
from hria_app.core.text import Text

# Any character a user can type or paste, including markup, Thai, emoji and control characters.
user_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
bilingual = st.builds(lambda en, th: Text({"en": en, "th": th}), user_text, user_text)


@st.composite
def answers(draw: st.DrawFn, rubric: Rubric, criterion_id: str) -> Answer:
    criterion = rubric.criterion(criterion_id)
    top = rubric.scoring.scale_max
    status = draw(st.sampled_from(["unanswered", "scored", "unknown", "not_applicable"]))
    measures = draw(
        st.lists(
            st.builds(
                Measure,
                bilingual,
                st.sampled_from(["state", "vendor", "investors", "all"]),
                st.sampled_from(["planned", "implemented", "verified"]),
                st.booleans(),
            ),
            max_size=2,
        )
    )
    return Answer(
        status=status,
        score=draw(st.integers(0, top)) if status == "scored" else None,
        na_reason=draw(bilingual),
        red_flags=tuple(draw(st.lists(st.sampled_from(criterion.red_flags), unique=True)))
        if criterion.red_flags
        else (),
        notes=draw(bilingual),
        notes_confidential=draw(st.booleans()),
        confidence=draw(st.sampled_from(["", "verified", "documented", "asserted", "none"])),
        evidence=tuple(
            draw(
                st.lists(
                    st.builds(
                        Evidence,
                        bilingual,
                        user_text,
                        st.just("2026-01-02"),
                        st.sampled_from(["", "confirmed", "doubtful"]),
                        st.booleans(),
                        bilingual,
                    ),
                    max_size=2,
                )
            )
        ),
        mitigation=tuple(measures),
        residual_score=draw(st.none() | st.integers(0, top)),
    )
