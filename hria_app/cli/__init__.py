"""The command line: a second face over the same core as the app.

Each command lives in a module of this package that registers its sub-parser and its handler; `main` only
dispatches. Exit codes: 0 success, 1 invalid input or a data error (one line per problem on stderr), 2 usage error,
141 the reader of the output went away (`hria score FILE --json | head -1`), as a shell reports for `cat`.
"""

from hria_app.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
