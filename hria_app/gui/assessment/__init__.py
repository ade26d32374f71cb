"""The assessment room: the open document and its undo commands, the workspace with its navigator, the context,
criterion and summary pages, their models and charts, the evidence and mitigation editors, the archive of
answers and the offer to upgrade an assessment to a newer rubric version. It may import core, report and
gui.widgets; never gui.rubrics (the two rooms are independent), and nothing above it.
"""
