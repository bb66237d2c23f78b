"""Growing a window to its wrapped texts; a table's smallest width."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
    QWizard,
)

from . import style


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


class _MinHeightForWidth(QObject):
    busy = False  # (setting the minimum resizes the window: that resize is not looked at)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:  # noqa: N802 - Qt API
        if (e.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and not self.busy
                and isinstance(obj, QWidget)):
            need = _min_height_for_width(obj)
            # A wizard's minimum only grows: its page's height lags behind its own.
            if need > 0 and (need > obj.minimumHeight() if isinstance(obj, QWizard)
                             else need != obj.minimumHeight()):
                self.busy = True
                try:
                    obj.setMinimumHeight(need)
                finally:
                    self.busy = False
        return False


def _min_height_for_width(w: QWidget) -> int:
    if isinstance(w, QWizard):  # (no layout(): its page's, plus the wizard around the page)
        page = w.currentPage()
        lay = page.layout() if page is not None else None
        if lay is None or not lay.hasHeightForWidth() or page.height() <= 0:
            return 0
        return w.height() - page.height() + lay.totalMinimumHeightForWidth(page.width())
    lay = w.layout()
    if lay is None or not lay.hasHeightForWidth():
        return 0
    return lay.totalMinimumHeightForWidth(w.width())


def keep_min_height_for_width(w: QWidget) -> None:
    """Keep ``w``'s minimum height at what its wrapped texts need at its current width: a
    window's minimum knows only unwrapped widths, so making a dialog as small as it let one
    cut off its wrapped notes and squeezed its buttons (Settings, sign-in, schedule, the phone
    import, the encryption choice, the restore wizard)."""
    keeper = _MinHeightForWidth(w)
    w.installEventFilter(keeper)


def table_min_width(view: QTableView, stretch: int, room: int) -> int | None:
    """The width at which a table shows its sized columns whole and ``room`` pixels of its
    stretching column ``stretch``, with its frame and a vertical scroll bar (an explicit
    minimum width let a window squeeze a column title); None before it has a model."""
    header, model = view.horizontalHeader(), view.model()
    if model is None or header.count() == 0:
        return None
    sized = sum(header.sectionSize(c) for c in range(header.count())
                if c != stretch and not header.isSectionHidden(c))
    return sized + room + 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()


def header_title_width(view: QTableView, column: int) -> int:
    """The drawn width of a column's title, in the header's font."""
    title = str(view.model().headerData(column, Qt.Orientation.Horizontal))
    return view.horizontalHeader().fontMetrics().horizontalAdvance(title)


class TrailingGapDelegate(QStyledItemDelegate):
    """Cells whose text sits at their trailing edge (numbers, sizes) keep a gap there, so that
    a size does not run into the next column's date (in Arabic "٣٢١ كيلوبايت" touched
    "١ يناير ٢٠٢٥"): the style's own margin is a few pixels. The background and selection
    still fill the whole cell. A column sized to its contents makes room for the gap."""

    GAP = 10  # design pixels, beside the style's margin

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        qstyle = widget.style() if widget is not None else QApplication.style()
        qstyle.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        gap = style.px(self.GAP)
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            opt.rect.adjust(gap, 0, 0, 0)
        else:
            opt.rect.adjust(0, 0, -gap, 0)
        qstyle.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        return super().sizeHint(option, index) + QSize(style.px(self.GAP), 0)
