"""Checks on a rendered window: text that does not fit its widget, controls without an
accessible name, and WCAG contrast ratios.

Text fit compares the width ``QFontMetrics`` gives for a widget's text (in the widget's own
font) with the room the style gives that text inside the widget: a label's contents rectangle,
a button's contents sub-element minus its icon, a check box's or radio button's label area, a
header section minus its sort arrow, a combo box's edit field. Wrapped labels must fit their
height. Text elided on purpose (``…`` already in the text) fits by construction.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFontMetrics,
    Qt,  # QtGui's Qt adds mightBeRichText
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCommandLinkButton,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QStyleOptionHeader,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: rounding of fractional advances


def _plain(text: str) -> str:
    """Text as shown: a single & is a mnemonic (underlined), && is a literal &."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _visible(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def _name(w: QWidget) -> str:
    text = ""
    for attr in ("text", "title", "placeholderText"):
        fn = getattr(w, attr, None)
        if callable(fn):
            try:
                text = fn()
            except TypeError:
                continue
            if text:
                break
    return f"{type(w).__name__}({w.objectName() or ''}) {text[:60]!r}"


def _label_overflow(lab: QLabel) -> str | None:
    text = lab.text()
    if not text or lab.pixmap() is not None and not lab.pixmap().isNull():
        return None
    cr = lab.contentsRect().adjusted(lab.margin(), lab.margin(), -lab.margin(), -lab.margin())
    if lab.indent() > 0:
        cr.adjust(lab.indent(), 0, 0, 0)
    rich = lab.textFormat() == Qt.TextFormat.RichText or (
        lab.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(lab.font())
        doc.setDocumentMargin(0)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WordWrap if lab.wordWrap()
                        else QTextOption.WrapMode.NoWrap)
        doc.setDefaultTextOption(opt)
        doc.setHtml(text)
        if lab.wordWrap():
            doc.setTextWidth(cr.width())
            if doc.idealWidth() > cr.width() + SLACK:
                return f"a word is wider than the label ({doc.idealWidth():.0f} > {cr.width()})"
            if doc.size().height() > cr.height() + SLACK + 1:
                return f"wrapped text is taller than the label ({doc.size().height():.0f} > {cr.height()})"
            return None
        if doc.idealWidth() > cr.width() + SLACK:
            return f"text is wider than the label ({doc.idealWidth():.0f} > {cr.width()})"
        return None
    shown = _plain(text) if lab.buddy() is not None else text
    fm = QFontMetrics(lab.font())
    if lab.wordWrap():
        flags = int(lab.alignment()) | int(Qt.TextFlag.TextWordWrap)
        br = fm.boundingRect(QRect(0, 0, max(1, cr.width()), 1_000_000), flags, shown)
        words = shown.replace("\u200b", " ").split()  # a zero-width space may break a line
        widest = max((fm.horizontalAdvance(word) for word in words), default=0)
        if widest > cr.width() + SLACK:
            return f"a word is wider than the label ({widest} > {cr.width()})"
        if br.height() > cr.height() + SLACK:
            return f"wrapped text is taller than the label ({br.height()} > {cr.height()})"
        return None
    lines = shown.split("\n")
    width = max(fm.horizontalAdvance(line) for line in lines)
    if width > cr.width() + SLACK:
        return f"text is wider than the label ({width} > {cr.width()})"
    # The laid-out height (fallback fonts for other scripts have their own line heights)
    height = fm.boundingRect(QRect(0, 0, 1_000_000, 1_000_000), int(lab.alignment()), shown).height()
    if height > cr.height() + SLACK:
        return f"text is taller than the label ({height} > {cr.height()})"
    return None


def _button_overflow(b: QAbstractButton) -> str | None:
    text = _plain(b.text())
    if not text or (isinstance(b, QToolButton) and
                    b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
        return None
    fm = QFontMetrics(b.font())
    lines = text.split("\n")
    need = max(fm.horizontalAdvance(line) for line in lines)
    icon_w = b.iconSize().width() + 4 if not b.icon().isNull() else 0
    opt = QStyleOptionButton()
    opt.initFrom(b)
    opt.text = b.text()
    opt.icon = b.icon()
    opt.iconSize = b.iconSize()
    style = b.style()
    if isinstance(b, QCommandLinkButton):
        # the title on one line beside the icon; the description wraps below it
        need = fm.horizontalAdvance(_plain(b.text())) + b.iconSize().width() + 24
        room = b.rect()
        lines = [text]
    elif isinstance(b, QPushButton):
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, opt, b)
        need += icon_w
    elif isinstance(b, QCheckBox):
        room = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, opt, b)
    elif isinstance(b, QRadioButton):
        room = style.subElementRect(QStyle.SubElement.SE_RadioButtonContents, opt, b)
    else:
        room = b.contentsRect()
        need += icon_w
    room = room.intersected(b.rect())
    if need > room.width() + SLACK:
        return f"text is wider than the button ({need} > {room.width()})"
    height = len(lines) * fm.height()
    if height > room.height() + SLACK + 2:
        return f"text is taller than the button ({height} > {room.height()})"
    return None


def _header_overflow(h: QHeaderView) -> list[str]:
    out = []
    model = h.model()
    if model is None or not h.isVisible():
        return out
    fm = QFontMetrics(h.font())
    for section in range(h.count()):
        if h.isSectionHidden(section) or h.sectionSize(section) == 0:
            continue
        text = model.headerData(section, h.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        opt = QStyleOptionHeader()
        h.initStyleOption(opt)
        opt.section = section
        opt.text = str(text)
        opt.rect = QRect(0, 0, h.sectionSize(section), h.height())
        if h.isSortIndicatorShown() or (h.sectionsClickable() and h.parentWidget() is not None
                                        and getattr(h.parentWidget(), "isSortingEnabled",
                                                    lambda: False)()):
            opt.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        room = h.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, opt, h)
        arrow = 0
        if opt.sortIndicator != QStyleOptionHeader.SortIndicator.None_:
            arrow = h.style().subElementRect(QStyle.SubElement.SE_HeaderArrow, opt, h).width()
        need = fm.horizontalAdvance(str(text))
        available = min(room.width(), opt.rect.width() - arrow)
        if need > available + SLACK:
            out.append(f"header {text!r}: text is wider than its column ({need} > {available})")
    return out


def _fixed_columns_overflow(view: QAbstractItemView) -> list[str]:
    """Cells of fixed-width columns (numbers, dates) must show their whole text."""
    out = []
    model = view.model()
    header = getattr(view, "horizontalHeader", lambda: None)()
    if model is None or header is None:
        return out
    fm = QFontMetrics(view.font())
    for col in range(model.columnCount()):
        if header.sectionResizeMode(col) != QHeaderView.ResizeMode.Fixed:
            continue
        width = header.sectionSize(col) - 2 * (view.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        for row in range(min(model.rowCount(), 200)):
            text = model.index(row, col).data(Qt.ItemDataRole.DisplayRole)
            if text and fm.horizontalAdvance(str(text)) > width + SLACK:
                out.append(f"cell {text!r} in column {col}: wider than the column "
                           f"({fm.horizontalAdvance(str(text))} > {width})")
                break
    return out


def _combo_overflow(c: QComboBox) -> str | None:
    text = c.currentText()
    if not text or c.isEditable():
        return None
    opt = QStyleOptionComboBox()
    c.initStyleOption(opt)
    room = c.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                    QStyle.SubControl.SC_ComboBoxEditField, c)
    need = QFontMetrics(c.font()).horizontalAdvance(text)
    if not c.itemIcon(c.currentIndex()).isNull():
        need += c.iconSize().width() + 4
    if need > room.width() + SLACK:
        return f"current item is wider than the combo box ({need} > {room.width()})"
    return None


def _line_edit_overflow(e: QLineEdit) -> str | None:
    """A placeholder or a spin box's value (with its suffix) that does not fit."""
    parent = e.parentWidget()
    spin = parent if isinstance(parent, QAbstractSpinBox) else None
    text = e.text() if spin is not None else ("" if e.text() else e.placeholderText())
    if not text:
        return None
    fm = QFontMetrics(e.font())
    room = e.contentsRect()
    m = e.textMargins()
    room.adjust(m.left() + 2, 0, -m.right() - 2, 0)
    for action in e.actions():
        if action.isVisible():
            room.adjust(0, 0, -(e.height() - 2), 0)  # trailing/leading action icons
    need = fm.horizontalAdvance(text)
    if need > room.width() + SLACK:
        what = "value" if spin is not None else "placeholder"
        return f"{what} {text!r} is wider than the field ({need} > {room.width()})"
    return None


def _groupbox_overflow(g: QGroupBox) -> str | None:
    if not g.title():
        return None
    opt = QStyleOptionGroupBox()
    g.initStyleOption(opt)
    room = g.style().subControlRect(QStyle.ComplexControl.CC_GroupBox, opt,
                                    QStyle.SubControl.SC_GroupBoxLabel, g)
    need = QFontMetrics(g.font()).horizontalAdvance(_plain(g.title()))
    if need > room.width() + SLACK or room.right() > g.width():
        return f"title is wider than the group box ({need} > {room.width()})"
    return None


def overflows(window: QWidget) -> list[str]:
    """Every text in ``window`` that is cut off or spills out of its widget or the window."""
    problems: list[str] = []
    win_rect = window.rect()
    widgets = [window, *window.findChildren(QWidget)]
    for w in widgets:
        if not _visible(w) or w.window() is not window:
            continue
        found: str | None = None
        if isinstance(w, QLabel):
            found = _label_overflow(w)
        elif isinstance(w, QAbstractButton):
            found = _button_overflow(w)
        elif isinstance(w, QComboBox):
            found = _combo_overflow(w)
        elif isinstance(w, QLineEdit):
            found = _line_edit_overflow(w)
        elif isinstance(w, QGroupBox):
            found = _groupbox_overflow(w)
        elif isinstance(w, QHeaderView):
            problems += [f"{_name(w)}: {p}" for p in _header_overflow(w)]
        elif isinstance(w, QAbstractItemView):
            problems += [f"{_name(w)}: {p}" for p in _fixed_columns_overflow(w)]
        if found:
            problems.append(f"{_name(w)}: {found}")
        if w is not window and isinstance(w, (QLabel, QAbstractButton, QComboBox, QLineEdit)):
            top_left = w.mapTo(window, w.rect().topLeft())
            box = QRect(top_left, w.size())
            # A widget inside a scroll area may extend beyond the window: it scrolls.
            if not win_rect.contains(box) and not _in_scroll_area(w):
                problems.append(f"{_name(w)}: lies outside the window ({box} not in {win_rect})")
    return problems


def _in_scroll_area(w: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractScrollArea):
            return True
        p = p.parentWidget()
    return False


# --- accessibility -------------------------------------------------------------------------
#: Roles a user operates or reads as a unit: each needs a name.
CONTROL_ROLES = {
    QAccessible.Role.PushButton, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox, QAccessible.Role.EditableText, QAccessible.Role.SpinBox,
    QAccessible.Role.Table, QAccessible.Role.List, QAccessible.Role.Tree,
    QAccessible.Role.ProgressBar, QAccessible.Role.Slider, QAccessible.Role.MenuItem,
    QAccessible.Role.PageTab, QAccessible.Role.Graphic,
}


def unnamed(window: QWidget) -> list[str]:
    """Controls and meaningful images in ``window`` whose accessible name is empty (what a
    screen reader would announce as just "button" or "image"). Decorative images (property
    ``decorative``) are left out."""
    problems = []
    for w in [window, *window.findChildren(QWidget)]:
        if not _visible(w) or w.window() is not window or w.property("decorative"):
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        if iface is None or not iface.isValid():
            continue
        role = iface.role()
        if role not in CONTROL_ROLES:
            continue
        if role == QAccessible.Role.Graphic and isinstance(w, QLabel) and w.text():
            continue
        if not iface.text(QAccessible.Text.Name).strip():
            problems.append(f"{_name(w)} (role {role.name}) has no accessible name")
    return problems


# --- contrast ---------------------------------------------------------------------------------
def relative_luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def blend(fg: QColor, bg: QColor) -> QColor:
    """``fg`` with its alpha composited over an opaque ``bg``."""
    a = fg.alphaF()
    return QColor.fromRgbF(fg.redF() * a + bg.redF() * (1 - a),
                           fg.greenF() * a + bg.greenF() * (1 - a),
                           fg.blueF() * a + bg.blueF() * (1 - a))


def contrast(fg: QColor, bg: QColor) -> float:
    """WCAG 2.1 contrast ratio (1 to 21)."""
    hi, lo = sorted((relative_luminance(blend(fg, bg)), relative_luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def size_of(w: QWidget) -> QSize:
    return QSize(w.width(), w.height())


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Qt's keyboard shortcut), case-folded; None if none."""
    i = text.replace("&&", "\0\0").find("&")
    if i < 0 or i + 1 >= len(text):
        return None
    return text[i + 1].casefold()


def mnemonic_owners(window: QWidget) -> dict[str, dict[str, list[str]]]:
    """The keyboard shortcuts (Alt+letter) of one window's visible controls, by where they
    work: ``""`` for the window itself (buttons, check boxes, radio buttons, labels with a
    buddy, group boxes, the menu bar's titles) and the title of each menu-bar menu for the
    items inside it (a menu's letters work only while it is open)."""
    from PySide6.QtWidgets import QMenuBar

    scopes: dict[str, dict[str, list[str]]] = {}

    def add(scope: str, text: str) -> None:
        letter = _mnemonic(text)
        if letter is not None:
            scopes.setdefault(scope, {}).setdefault(letter, []).append(text)

    menus = []
    for w in [window, *window.findChildren(QWidget)]:
        if not shiboken6.isValid(w) or not _visible(w) or w.window() is not window:
            continue  # (a context menu closed earlier may go while we look)
        if isinstance(w, QAbstractButton):
            add("", w.text())
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add("", w.text())
        elif isinstance(w, QGroupBox):
            add("", w.title())
        elif isinstance(w, QMenuBar):
            menus += [a for a in w.actions() if a.isVisible()]
    for a in menus:
        add("", a.text())
        if a.menu() is not None:
            for item in a.menu().actions():
                if item.isVisible() and not item.isSeparator():
                    add(a.text(), item.text())
    return scopes


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Keyboard shortcuts (Alt+letter) that two visible controls of one window share, or two
    items of one menu: the second is reached only by pressing the keys again, and a person
    expecting it is misled."""
    return [(f"menu {scope}: " if scope else "") + f"Alt+{k}: " + " | ".join(v)
            for scope, owners in mnemonic_owners(window).items()
            for k, v in owners.items() if len(v) > 1]


# --- rows laid over each other ----------------------------------------------------------------
def _laid_out(w: QWidget) -> bool:
    """Whether ``w`` is placed by its parent's layout (not a part a composite widget such as a
    scroll area or a line edit's button places itself)."""
    parent = w.parentWidget()
    lay = parent.layout() if parent is not None else None
    stack = [lay] if lay is not None else []
    while stack:
        item_lay = stack.pop()
        for i in range(item_lay.count()):
            item = item_lay.itemAt(i)
            if item.widget() is w:
                return True
            if item.layout() is not None:
                stack.append(item.layout())
    return False


def layout_faults(window: QWidget) -> list[str]:
    """Visible widgets its layouts place over one another (two rows drawn in the same place),
    and labels shorter than their text needs at their width (a wrapped label's heightForWidth,
    another label's sizeHint): what a squeezed layout does to a window shown smaller than its
    contents need."""
    shown = [w for w in window.findChildren(QWidget)
             if w.window() is window and not w.isWindow() and w.isVisibleTo(window) and w.width() > 0 and w.height() > 0
             and _laid_out(w) and all(a.isVisibleTo(window) for a in _ancestors(w, window))]
    rects = [(w, _seen(w, window)) for w in shown]
    rects = [(w, r) for w, r in rects if not r.isEmpty()]
    out = []
    for i, (a, ra) in enumerate(rects):
        for b, rb in rects[i + 1:]:
            if ra.intersects(rb) and not (a.isAncestorOf(b) or b.isAncestorOf(a)):
                out.append(f"{_name(a)} {_rect(ra)} overlaps {_name(b)} {_rect(rb)}")
    for lab in shown:
        if not isinstance(lab, QLabel) or not lab.text() or (
                lab.pixmap() is not None and not lab.pixmap().isNull()):
            continue
        need = lab.heightForWidth(lab.width()) if lab.wordWrap() else lab.sizeHint().height()
        if need > lab.height():
            out.append(f"{_name(lab)} is cut: {lab.height()} px high, its text needs {need} "
                       f"at {lab.width()} px")
    return out


def _seen(w: QWidget, window: QWidget) -> QRect:
    """``w``'s rectangle in ``window``, clipped by the scroll areas it is in (a scrolled body
    passes under its dialog's buttons without being drawn over them)."""
    r = QRect(w.mapTo(window, w.rect().topLeft()), w.size())
    for a in _ancestors(w, window):
        if isinstance(a.parentWidget(), QAbstractScrollArea) and a is a.parentWidget().viewport():
            r = r.intersected(QRect(a.mapTo(window, a.rect().topLeft()), a.size()))
    return r


def _ancestors(w: QWidget, top: QWidget) -> list[QWidget]:
    out = []
    p = w.parentWidget()
    while p is not None and p is not top:
        out.append(p)
        p = p.parentWidget()
    return out


def _rect(r: QRect) -> str:
    return f"({r.x()},{r.y()} {r.width()}x{r.height()})"


def off_screen(window: QWidget) -> list[str]:
    """A window whose frame (title bar and borders included, as the window manager drew
    them) is not inside its screen's free area: a button below the screen's edge, a title
    bar above it, a window larger than the screen. Meaningful on a real display with a
    window manager (offscreen there is no frame and no panel)."""
    top = window.window()
    area = top.screen().availableGeometry()
    frame = top.frameGeometry()
    if frame.isEmpty():
        # (Qt has not learnt the frame's size yet: a window openbox is slow to frame reports a
        # 0x0 frame at its place, seen on a busy machine; the window itself is what is checked)
        frame = QRect(frame.topLeft(), top.size())
    if area.contains(frame):
        return []
    return [f"{_name(top)} frame {_rect(frame)} is not inside the screen's free area "
            f"{_rect(area)}"]
