"""The desktop app: PySide6 windows, pages and widgets over the core."""

from hria_app.gui.refcount_guard import guard_against_lost_none_references

# Every process that uses these modules (the app, the tests, the tools) needs it before its first widget.
guard_against_lost_none_references()
