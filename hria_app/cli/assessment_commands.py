"""Commands about assessments: start one from a rubric, score it, export its brief."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hria_app.cli.common import COMPLETE_ASSESSMENT, COMPLETE_RUBRIC, Handler, completes, load
from hria_app.cli.score_output import score_lines


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    new = sub.add_parser("new", help="start an assessment from a rubric")
    rubric = new.add_argument(
        "--rubric", required=True, metavar="ID_OR_PATH", help="a rubric id from the library, or a file"
    )
    completes(rubric, COMPLETE_RUBRIC)
    new.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE", help="the new .hria file; never overwritten"
    )
    new.add_argument("--title", default="", help="the assessment's title")
    score = sub.add_parser("score", help="score an assessment")
    completes(score.add_argument("file", type=Path, help="an assessment (.hria)"), COMPLETE_ASSESSMENT)
    score.add_argument("--json", action="store_true", help="print JSON (format hria-score-result)")
    score.add_argument("--residual", action="store_true", help="the result after credited mitigation")
    score.add_argument("--lang", default="en", choices=("en", "th"), help="the language of labels and reasons")
    export = sub.add_parser("export", help="export the PDF brief")
    completes(export.add_argument("file", type=Path, help="an assessment (.hria)"), COMPLETE_ASSESSMENT)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf", help="the PDF to write")
    export.add_argument("--lang", default="en", choices=("en", "th", "en+th"), help="the brief's language(s)")
    export.add_argument("--public", action="store_true", help="leave out everything marked confidential")
    return {"new": _new, "score": _score, "export": _export}


def _new(args: argparse.Namespace) -> int:
    from hria_app.core.assessment import new_assessment
    from hria_app.core.assessment_file import save_assessment
    from hria_app.core.library import RubricLibrary

    if args.output.exists():
        print(f"hria: {args.output} already exists; choose another name", file=sys.stderr)
        return 1
    rubric = RubricLibrary().resolve(args.rubric)
    save_assessment(args.output, new_assessment(rubric, args.title), backup=False)
    print(f"created {args.output} with rubric {rubric.id} {rubric.version}")
    return 0


def _score(args: argparse.Namespace) -> int:
    from hria_app.core.scoring import evaluate

    result = evaluate(load(args.file), residual=args.residual)
    if args.json:
        print(json.dumps(result.to_json(args.lang), ensure_ascii=False, indent=2))
        return 0
    for line in score_lines(result, args.lang):
        print(line)
    return 0


def _export(args: argparse.Namespace) -> int:
    try:
        from hria_app.report import export_pdf
    except ImportError:
        print("hria: the PDF brief is not available in this build", file=sys.stderr)
        return 1
    assessment = load(args.file)
    export_pdf(assessment, args.output, lang=args.lang, public=args.public)
    print(f"wrote {args.output}")
    return 0
