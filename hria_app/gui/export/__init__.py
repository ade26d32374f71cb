"""Exporting a brief: the export dialog, the worker thread that asks the report layer for a PDF, and the PDF
preview. It may import core, report, gui.assessment and gui.widgets; never gui.shell.
"""
