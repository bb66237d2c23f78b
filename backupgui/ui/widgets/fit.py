"""Growing a window to its wrapped texts, keeping it on its screen; a table's smallest width."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from . import style

QWIDGETSIZE_MAX = (1 << 24) - 1


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


def fit_to_contents(w: QWidget) -> None:
    """Make window ``w`` as tall as its contents need at its current width, shorter or taller
    (a dialog whose pages differ in height: each at its own); its top stays where it is, and
    ``keep_on_screen`` moves it up if its bottom would leave the screen."""
    lay = w.layout()
    if lay is None:
        return
    lay.activate()
    if lay.hasHeightForWidth():
        need = max(lay.totalHeightForWidth(w.width()),
                   lay.totalMinimumHeightForWidth(w.width()))
    else:
        need = max(lay.totalSizeHint().height(), lay.totalMinimumSize().height())
    if need < w.minimumHeight():  # (the previous page's minimum: the window may shrink)
        w.setMinimumHeight(need)
    if need != w.height():
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


def available_area(w: QWidget) -> QRect | None:
    """The screen area a window may use (without panels), where it is or will be shown; None
    on the offscreen platform, whose 800x800 "screen" is no user's (tests and the docs'
    screenshots render windows there at their design sizes)."""
    if QGuiApplication.platformName() == "offscreen":
        return None
    screen = w.screen() or QGuiApplication.primaryScreen()
    parent = w.parentWidget()
    if not w.isVisible() and parent is not None and parent.window().isVisible():
        screen = parent.window().screen() or screen  # a dialog opens over its parent
    return screen.availableGeometry() if screen is not None else None


def fit_on_screen(w: QWidget) -> None:
    """Keep window ``w`` on its screen: no larger than the screen's free area (never smaller
    than its minimum, which its layout needs) and moved inside it. On a laptop's 1366x768
    a dialog that grew (the phone import once a backup is opened) or opened over a window
    near the screen's edge put its Import or Save button below the screen, where a window
    manager does not let the user drag it from."""
    if not w.isWindow() or w.isMaximized() or w.isFullScreen():
        return
    area = available_area(w)
    if area is None or area.isEmpty():
        return
    frame, inner = w.frameGeometry(), w.geometry()
    dw, dh = frame.width() - inner.width(), frame.height() - inner.height()
    width = max(w.minimumWidth(), min(w.width(), area.width() - dw))
    height = max(w.minimumHeight(), min(w.height(), area.height() - dh))
    if (width, height) != (w.width(), w.height()):
        w.resize(width, height)
    fw, fh = width + dw, height + dh
    x = max(area.left(), min(frame.x(), area.right() + 1 - fw))
    y = max(area.top(), min(frame.y(), area.bottom() + 1 - fh))
    if (x, y) != (frame.x(), frame.y()):
        w.move(x, y)  # (a window's pos is its frame's)


class _OnScreen(QObject):
    """Calls ``fit_on_screen`` after its window is shown, resized or moved, on the next turn
    of the event loop: the window manager frames a window after it is shown (its frame's
    size is known then, and the window moves into the frame)."""

    pending = False

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:  # noqa: N802 - Qt API
        if (e.type() in (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.Move)
                and not self.pending
                and isinstance(obj, QWidget) and obj.isWindow()):
            self.pending = True
            QTimer.singleShot(0, self, lambda w=obj: self._fit(w))
        return False

    def _fit(self, w: QWidget) -> None:
        self.pending = False
        if w.isVisible():
            fit_on_screen(w)


def keep_on_screen(w: QWidget) -> None:
    """Keep window ``w`` inside its screen's free area whenever it is shown or grows."""
    if w.findChild(_OnScreen, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        w.installEventFilter(_OnScreen(w))


def _hold(area: QScrollArea, widget: QWidget) -> None:
    """``area`` shows ``widget`` at its width, scrolling only up and down, without a frame."""
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Tab goes to the fields inside, never to the area (it scrolls to the focused one)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(widget)


class PageStack(QStackedWidget):
    """A stack of pages as tall as its current page, not as its tallest (a QStackedWidget's
    height, minimum and height for a width are its tallest page's: the encryption dialog's
    short pages had the vault page's room below them, or scrolled in a scroll area). Its
    width stays its widest page's, so a dialog keeps its width from page to page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())

    def _pages(self) -> list[QWidget]:
        return [self.widget(i) for i in range(self.count())]

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        page = self.currentWidget()
        if page is None:
            return super().heightForWidth(width)
        lay = page.layout()
        if lay is not None and lay.hasHeightForWidth():
            return max(lay.totalHeightForWidth(width), lay.totalMinimumHeightForWidth(width))
        return page.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        page = self.currentWidget()
        if page is None:
            return super().sizeHint()
        return QSize(max(p.sizeHint().width() for p in self._pages()), page.sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return QSize(max(p.minimumSizeHint().width() for p in self._pages()),
                     page.minimumSizeHint().height())


class ScreenScroll(QScrollArea):
    """A dialog's body, as tall as it needs (the dialog opens as it would without it), but no
    taller than the screen's free area leaves beside ``reserve()`` (the dialog's buttons and
    margins): beyond that the body scrolls, and Save stays on the screen. Settings needed
    906 px on a 1366x768 laptop, its Save below the screen's edge."""

    def __init__(self, body: QWidget, reserve: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reserve = reserve
        _hold(self, body)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        body.installEventFilter(self)  # the body's layout changed: so did this area's need
        if isinstance(body, QStackedWidget):  # (so did it when another page is shown)
            body.currentChanged.connect(lambda _i: self.updateGeometry())

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.widget() and e.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # (the dialog's layout, and its minimum height, follow)
        return super().eventFilter(obj, e)

    def resizeEvent(self, e) -> None:  # noqa: N802 - Qt API
        # No scroll bar where the body fits at the area's whole width: once shown (a taller
        # page shown before the window grew to it) Qt keeps it, the body narrower beside it
        # and so taller than the room the window made for it.
        frame = 2 * self.frameWidth()
        # (the viewport's resizes come here too: the area's own size is what counts)
        fits = self._need(self.width() - frame) <= self.height() - frame
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if fits
                                        else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        super().resizeEvent(e)

    def _room(self) -> int | None:
        area = available_area(self.window())
        if area is None:
            return None
        return max(style.px(120), area.height() - style.FRAME_ROOM - self.reserve())

    def _need(self, width: int) -> int:
        body = self.widget()
        if isinstance(body, QStackedWidget) and body.currentWidget() is not None:
            # A stack of pages needs its current page's height, not its tallest page's: the
            # encryption dialog's short pages had the key vault's page's empty room below them.
            body = body.currentWidget()
        lay = body.layout()
        if lay is not None and lay.hasHeightForWidth():
            return lay.totalHeightForWidth(width)
        return body.sizeHint().height()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        need, room = self._need(width), self._room()
        return need if room is None else min(need, room)

    def _scrolls(self, width: int) -> bool:
        room = self._room()
        return room is not None and self._need(width) > room

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = self.widget().sizeHint().width()
        bar = self.verticalScrollBar().sizeHint().width() if self._scrolls(width) else 0
        return QSize(width + bar, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = self.widget().minimumSizeHint().width()
        bar = self.verticalScrollBar().sizeHint().width() if self._scrolls(width) else 0
        return QSize(width + bar, self.heightForWidth(max(width, self.width())))


class PanelScroll(QScrollArea):
    """A window's side panel that scrolls when the window is shorter than it: as tall as the
    panel where there is room (its size hint), but asking only a few rows of it as its
    minimum, so that the window's height no longer has to hold the whole panel. The main
    window's backup card needed 575-664 px at 150 % on a 1366x768 laptop (512 px of screen).
    The scroll bar, when it shows, is beside the panel, not taken from its width."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _hold(self, panel)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(panel.sizePolicy().horizontalPolicy())
        self.setSizePolicy(policy)
        self.setMaximumWidth(min(QWIDGETSIZE_MAX, panel.maximumWidth()
                                 + self.verticalScrollBar().sizeHint().width()))
        self._scrolled = False
        self.min_height = style.px(120)  # the rows of the panel kept in view at the least
        panel.installEventFilter(self)

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.widget() and e.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._check()
        return super().eventFilter(obj, e)

    def resizeEvent(self, e) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(e)
        self._check()

    def _need(self) -> int:
        panel = self.widget()
        lay = panel.layout()
        width = panel.width() if panel.width() > 0 else panel.sizeHint().width()
        need = (lay.totalHeightForWidth(width) if lay is not None and lay.hasHeightForWidth()
                else panel.sizeHint().height())
        return max(need, panel.minimumHeight())

    def _check(self) -> None:
        scrolled = self._need() > self.height()
        if scrolled != self._scrolled:  # the bar comes or goes: so does its width
            self._scrolled = scrolled
            self.updateGeometry()

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width() if self._scrolled else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.widget().sizeHint().width() + self._bar(), self._need())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.widget().minimumSizeHint().width() + self._bar(), self.min_height)


def scroll_body(holder: QWidget, reserve: Callable[[], int]) -> ScreenScroll:
    """Move ``holder``'s layout, with its widgets, into a ``ScreenScroll`` that becomes
    ``holder``'s only content: a wizard's page or a dialog's page whose buttons are outside
    it keeps them on a short screen. References to the layout stay valid."""
    lay = holder.layout()
    body = QWidget()
    body.setLayout(lay)  # (Qt takes a layout off the widget that held it)
    area = ScreenScroll(body, reserve)
    outer = QVBoxLayout(holder)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area


def scroll_wizard_pages(wiz: QWizard) -> None:
    """Each page of ``wiz`` scrolls when the screen is too short for it, the wizard's title
    and buttons staying on the screen (the restore wizard needed 558-570 px at 150 % on a
    1366x768 laptop, 512 px of screen). Call once its pages are built."""
    chrome = [style.px(200)]  # the title and buttons around a page, until measured shown

    def reserve(page: QWidget) -> int:
        if page.isVisible() and page.height() > 0 and wiz.height() > page.height():
            chrome[0] = wiz.height() - page.height()
        return chrome[0]

    for pid in wiz.pageIds():
        page = wiz.page(pid)
        if page.layout() is not None:
            scroll_body(page, lambda p=page: reserve(p))


def keep_min_height_for_width(w: QWidget) -> None:
    """Keep ``w``'s minimum height at what its wrapped texts need at its current width: a
    window's minimum knows only unwrapped widths, so making a dialog as small as it let one
    cut off its wrapped notes and squeezed its buttons (Settings, sign-in, schedule, the phone
    import, the encryption choice, the restore wizard)."""
    keeper = _MinHeightForWidth(w)
    w.installEventFilter(keeper)
    keep_on_screen(w)


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
