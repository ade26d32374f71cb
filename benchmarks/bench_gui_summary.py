"""Summary page speed: from a score change to an up-to-date (and repainted) summary, 500 criteria."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.synthetic import assessment
from hria_app.core.scoring import evaluate
from hria_app.gui.assessment.document import AssessmentDocument
from hria_app.gui.assessment.summary_page import SummaryPage

CRITERIA = 500
REPEAT = 21


def median_ms(action: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication([])
    big = assessment(CRITERIA)
    baseline = median_ms(lambda: evaluate(big))

    document = AssessmentDocument(big)
    started = time.perf_counter()
    page = SummaryPage(document)
    page.resize(1400, 1000)
    page.show()
    app.processEvents()
    built = (time.perf_counter() - started) * 1000

    criterion = next(big.rubric.criteria()).id
    scores = iter(range(1, 10**6))  # the criterion starts at 0, so each step changes it
    refreshed_at: list[float] = []
    page.refreshed.connect(lambda: refreshed_at.append(time.perf_counter()))

    def score_change() -> tuple[float, float]:
        """Milliseconds from the edit to the summary being recomputed, and to it being painted."""
        refreshed_at.clear()
        answer = document.assessment.answer(criterion)
        started = time.perf_counter()
        document.edit_answer(criterion, answer.scored(next(scores) % 5), "score")
        while not refreshed_at:
            app.processEvents()
        app.processEvents()  # the paint events the refresh posted
        return (refreshed_at[0] - started) * 1000, (time.perf_counter() - started) * 1000

    for _ in range(3):  # the first edits pay for lazy set-up (fonts, style caches)
        score_change()
    runs = [score_change() for _ in range(REPEAT)]
    recomputed = statistics.median(r[0] for r in runs)
    painted = statistics.median(r[1] for r in runs)
    worst = max(r[1] for r in runs)
    print(f"edit a score -> summary recomputed, {CRITERIA} criteria:    {recomputed:6.1f} ms  (goal <= 50 ms)")
    print(
        f"edit a score -> summary recomputed and painted:     {painted:6.1f} ms  (goal <= 50 ms; "
        f"slowest of {REPEAT}: {worst:.1f} ms)"
    )
    print(f"  baseline evaluate() alone, same assessment:       {baseline:6.1f} ms  ratio {painted / baseline:.1f}x")
    print(f"  building and showing the page once:               {built:6.1f} ms")
    page.close()
    page.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main()
