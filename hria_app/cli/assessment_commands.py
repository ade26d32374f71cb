"""Commands about assessments: start one from a rubric, score it, export its brief."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hria_app.cli.common import Handler, load


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> dict[str, Handler]:
    new = sub.add_parser("new", help="start an assessment from a rubric")
    new.add_argument("--rubric", required=True, metavar="ID_OR_PATH")
    new.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    new.add_argument("--title", default="")
    score = sub.add_parser("score", help="score an assessment")
    score.add_argument("file", type=Path)
    score.add_argument("--json", action="store_true", help="print JSON")
    score.add_argument("--residual", action="store_true", help="the result after credited mitigation")
    score.add_argument("--lang", default="en", choices=("en", "th"))
    export = sub.add_parser("export", help="export the PDF brief")
    export.add_argument("file", type=Path)
    export.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf")
    export.add_argument("--lang", default="en", choices=("en", "th", "en+th"))
    export.add_argument("--public", action="store_true", help="leave out everything marked confidential")
    export.add_argument(
        "--compare", type=Path, metavar="OTHER.hria", help="a comparison brief: OTHER (then) against FILE (now)"
    )
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
    lang = args.lang
    print(
        f"{result.overall.label.get(lang)}  ({result.overall.percent:.1f}%, completeness "
        f"{result.completeness:.0%}{', residual' if result.residual else ''})"
    )
    for reason in result.overall.reasons:
        print(f"  - {reason.text(lang)}")
    for s in result.sections:
        label = s.label.get(lang) if s.level else "not rated"
        extra = f"  severity {s.severity}, likelihood {s.likelihood}" if s.severity else ""
        print(f"  {s.id:<8} {label:<12}{extra}  {s.title.get(lang)}")
    return 0


def _export(args: argparse.Namespace) -> int:
    try:
        from hria_app.report import export_pdf
    except ImportError:
        print("hria: the PDF brief is not available in this build", file=sys.stderr)
        return 1
    assessment = load(args.file)
    if args.compare is not None:
        from hria_app.report.comparison_brief import export_comparison_pdf

        export_comparison_pdf(load(args.compare), assessment, args.output, lang=args.lang, public=args.public)
    else:
        export_pdf(assessment, args.output, lang=args.lang, public=args.public)
    print(f"wrote {args.output}")
    return 0
