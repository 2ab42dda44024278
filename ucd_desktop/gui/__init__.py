"""The PySide6 drafting window: the only package that imports Qt.

``app.run_app`` starts it. The window keeps no format logic: the notice lives in a
``document.NoticeDocument`` (a Draft plus one QUndoStack of small commands), every
change goes through it, and the preview, the form and the problems panel follow it.
"""
