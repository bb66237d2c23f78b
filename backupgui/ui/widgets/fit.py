"""Growing a window to its wrapped texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget


def grow_to_fit(w: QWidget) -> None:
    """Grow ``w`` (never shrink it) to the height its wrapped texts need at its current width:
    its minimum size knows only unwrapped widths, so rows that appear, a longer language or a
    third choice were squeezed."""
    if w.layout() is not None:
        w.layout().activate()
    else:  # (a QWizard has no layout(): let it handle its pending layout request)
        QCoreApplication.sendPostedEvents(w, QEvent.Type.LayoutRequest)
    need = max(w.heightForWidth(w.width()), w.sizeHint().height())
    if need > w.height():
        w.resize(w.width(), need)
