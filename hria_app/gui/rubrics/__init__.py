"""The rubric library: the manager and its library model, the start page's rubric list, the rubric editor with
its forms, lists, tables and tree, drafts and their undo commands, the folder watcher, the issue list and the
questions asked about rubrics. It may import core and gui.widgets; never gui.assessment (the two rooms are
independent), and nothing above it.
"""
