"""The shell: application start-up, the main window and its menus, settings, the crash handler, the interface
language menu, the start page and the one injectable object that asks every modal question (Dialogs). It wires
the rooms together and sits on top: it may import every other gui package, and none of them imports it.
"""
