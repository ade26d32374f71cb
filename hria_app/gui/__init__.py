"""The desktop app: PySide6 windows, pages and widgets over the core."""
