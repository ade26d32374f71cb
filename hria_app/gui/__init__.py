"""The desktop app: PySide6 windows, pages and widgets over the core, in rooms by role (docs/architecture.md).

From the top: shell wires export, files, assessment and rubrics; assessment and rubrics are independent of each
other; widgets sit at the bottom and import no other gui package.
"""
