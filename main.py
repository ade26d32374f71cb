"""Open the HRIA desktop app (the same as the `hria` command)."""

from hria_app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
