"""Files on disk: open/save actions, the guard against other programs and instances (locks, changes on disk),
autosave and recovery after a crash, encryption actions, the passphrase dialog and the questions asked about
files. It may import core, gui.assessment (the document it saves) and gui.widgets; never gui.shell.
"""
