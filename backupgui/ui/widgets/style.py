"""Look and feel: Fusion with the system light/dark palette, one calm accent colour, and a
small style sheet for cards, headings and the primary button.

Text sizes are relative to the application font (the system's font size), so the whole UI grows
with it; every text/background pair meets WCAG 2.1 AA (4.5:1, tests/ui/test_accessibility.py
computes them) and every control shows where the keyboard focus is."""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QWidget

ACCENT_LIGHT = QColor("#197864")  # white text on it: 5.4:1; as text on the window: 5:1
ACCENT_DARK = QColor("#3fbf9f")
DANGER = QColor("#c0392b")  # on light backgrounds (5:1); danger() picks the theme's
DANGER_DARK = QColor("#ef7f73")  # on dark backgrounds (6.1:1)
WARNING = QColor("#b7791f")  # icons only (3:1 for graphics)
SUCCESS = QColor("#1a7340")
SUCCESS_DARK = QColor("#5fcf8a")
# Sizes of the text roles relative to the application font. (A "#:" comment here became
# lupdate's translator note on the next file's first message.)
TITLE_SCALE, HEADING_SCALE, KEY_SCALE = 1.55, 1.2, 1.4


def is_dark(palette: QPalette | None = None) -> bool:
    """Dark scheme? ``BACKUPGUI_THEME=dark|light`` overrides the system setting."""
    forced = os.environ.get("BACKUPGUI_THEME", "").lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    pal = palette or QGuiApplication.palette()
    return pal.window().color().lightness() < 128


def accent() -> QColor:
    return ACCENT_DARK if is_dark() else ACCENT_LIGHT


def danger() -> QColor:
    """Red for errors, readable on the current theme's background."""
    return DANGER_DARK if is_dark() else DANGER


def success() -> QColor:
    return SUCCESS_DARK if is_dark() else SUCCESS


def base_point_size() -> float:
    """The application font's size in points (the system's text size)."""
    f = QGuiApplication.font()
    if f.pointSizeF() > 0:
        return f.pointSizeF()
    return max(1.0, f.pixelSize() * 0.75)


def scaled_font(scale: float, base: QFont | None = None) -> QFont:
    f = QFont(base if base is not None else QGuiApplication.font())
    f.setPointSizeF(base_point_size() * scale)
    return f


def font_scale() -> float:
    """How much bigger than the 9 pt design size the system's text is (1.0 at most sizes
    below): fixed pixel sizes of the layout grow with it, so text never gets squeezed."""
    return max(1.0, base_point_size() / 9.0)


def px(n: float) -> int:
    """A design size in pixels (for 9 pt text), grown with the system's text size."""
    return round(n * font_scale())


def initial_size(window: QWidget, width: int, height: int) -> None:
    """Size a new window: the design size grown with the text size, and never smaller than
    what its layout needs (no fixed minimum on windows: the layout's minimum applies), nor
    larger than the screen's free area where the layout allows (a 1366x768 laptop at 150 %
    has 910x512 of it). It stays on its screen when shown or grown (``fit.keep_on_screen``)."""
    from .fit import available_area, keep_on_screen  # (fit imports this module)

    size = QSize(px(width), px(height)).expandedTo(window.sizeHint())
    area = available_area(window)
    if area is not None:
        room = area.size() - QSize(FRAME_ROOM, FRAME_ROOM)
        size = size.boundedTo(room).expandedTo(window.minimumSizeHint())
    window.resize(size)
    keep_on_screen(window)


FRAME_ROOM = 40  # pixels kept for a window manager's title bar and borders


def fit_height(window: QWidget) -> None:
    """Make ``window`` as tall as its wrapped labels need at its current width (a window's
    size hint ignores height-for-width, so a longer translation or a message shown later
    would be cut off)."""
    lay = window.layout()
    if lay is None or not lay.hasHeightForWidth():
        return
    lay.activate()
    need = lay.totalHeightForWidth(window.width())
    if need > window.height():
        window.resize(window.width(), need)


def muted_color() -> QColor:
    pal = QGuiApplication.palette()
    c = QColor(pal.windowText().color())
    c.setAlphaF(0.62)
    return c


def theme_colors(dark: bool) -> dict[str, str]:
    """Every colour of a theme by what it is for: the palette's and the style sheet's. The
    accessibility tests compute WCAG contrast from this table."""
    acc = ACCENT_DARK if dark else ACCENT_LIGHT
    if dark:
        c = {"window": "#1e2124", "base": "#25292d", "text": "#e8eaed", "alt": "#2b3035",
             "button": "#2e3338", "mid": "#3a4046", "placeholder": "#aab3b8",
             "highlighted_text": "#0d1f1b", "on_accent": "#0d1f1b", "card": "#25292d",
             "border": "#343a40", "field": "#6b747c", "banner": "#3a3220",
             "banner_border": "#6b5a2a"}
    else:
        c = {"window": "#f4f6f5", "base": "#ffffff", "text": "#1d2327", "alt": "#f1f4f3",
             "button": "#fbfcfc", "mid": "#cfd6d4", "placeholder": "#566267",
             "highlighted_text": "#ffffff", "on_accent": "#ffffff", "card": "#ffffff",
             "border": "#dde3e1", "field": "#7c878c", "banner": "#fff6e0",
             "banner_border": "#f0d9a0"}
    c.update(accent=acc.name(), accent_hover=(acc.lighter(110) if dark else acc.darker(112)).name(),
             danger=(DANGER_DARK if dark else DANGER).name(),
             success=(SUCCESS_DARK if dark else SUCCESS).name(), warning=WARNING.name())
    return c


def own_bubble_color(dark: bool) -> QColor:
    """The fill of your own chat bubbles: the accent, lightly, over the window colour."""
    c = QColor(ACCENT_DARK if dark else ACCENT_LIGHT)
    c.setAlphaF(0.22 if dark else 0.16)
    return c


def sender_colors(dark: bool) -> tuple[str, ...]:
    """Colours of sender names in group chats, each readable (4.5:1) on a bubble."""
    if dark:
        return ("#5fd4b4", "#c39bd3", "#f1948a", "#7fb3d5", "#f0b27a", "#73c6b6")
    return ("#197864", "#8e44ad", "#c0392b", "#2471a3", "#8a5206", "#117a65")


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    c = theme_colors(dark)
    roles = {
        QPalette.ColorRole.Window: c["window"], QPalette.ColorRole.WindowText: c["text"],
        QPalette.ColorRole.Base: c["base"], QPalette.ColorRole.AlternateBase: c["alt"],
        QPalette.ColorRole.Text: c["text"], QPalette.ColorRole.Button: c["button"],
        QPalette.ColorRole.ButtonText: c["text"], QPalette.ColorRole.ToolTipBase: c["base"],
        QPalette.ColorRole.ToolTipText: c["text"], QPalette.ColorRole.Mid: c["mid"],
        QPalette.ColorRole.Highlight: c["accent"],
        QPalette.ColorRole.HighlightedText: c["highlighted_text"],
        QPalette.ColorRole.Link: c["accent"], QPalette.ColorRole.PlaceholderText: c["placeholder"],
        QPalette.ColorRole.Accent: c["accent"],
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    dis = QColor(c["text"])
    dis.setAlphaF(0.4)  # disabled text: exempt from WCAG contrast (1.4.3)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, dis)
    return p


def _style_sheet(dark: bool, base_pt: float = 9.0) -> str:
    c = theme_colors(dark)
    acc, hover, card, border = c["accent"], c["accent_hover"], c["card"], c["border"]
    field, text, on_acc, red = c["field"], c["text"], c["on_accent"], c["danger"]
    banner, banner_border = c["banner"], c["banner_border"]
    return f"""
    QFrame#card {{ background: {card}; border: 1px solid {border}; border-radius: 10px; }}
    QFrame#banner {{ background: {banner}; border: 1px solid {banner_border}; border-radius: 8px; }}
    QFrame#notice {{ background: {banner}; border: 1px solid {banner_border}; border-radius: 8px; }}
    QLabel#title {{ font-size: {base_pt * TITLE_SCALE:.1f}pt; font-weight: 600; }}
    QLabel#heading {{ font-size: {base_pt * HEADING_SCALE:.1f}pt; font-weight: 600; }}
    QLabel#muted {{ color: palette(placeholder-text); }}
    QLabel#error {{ color: {red}; }}
    QLabel#keyText {{ font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace;
                      font-size: {base_pt * KEY_SCALE:.1f}pt; letter-spacing: 1px; }}
    QLineEdit, QPlainTextEdit {{ border: 1px solid {field}; border-radius: 4px; padding: 3px 4px;
                                 background: palette(base); }}
    QLineEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {acc}; padding: 2px 3px; }}
    QLineEdit:disabled {{ border-color: {border}; }}
    QPushButton#primary {{ background: {acc}; color: {on_acc}; border: 2px solid {acc};
                           border-radius: 6px; padding: 5px 16px; font-weight: 600; }}
    QPushButton#primary:hover {{ background: {hover}; border-color: {hover}; }}
    QPushButton#primary:focus {{ border: 2px solid {text}; }}
    QPushButton#primary:disabled {{ background: {border}; border-color: {border};
                                    color: palette(placeholder-text); }}
    QPushButton#danger {{ color: {red}; }}
    QPushButton#choice {{ text-align: left; padding: 11px 13px; border: 1px solid {border};
                          border-radius: 8px; background: {card}; }}
    QPushButton#choice:hover {{ border-color: {acc}; }}
    QPushButton#choice:focus {{ border: 2px solid {acc}; }}
    QProgressBar {{ border: none; border-radius: 4px; background: {border}; max-height: 8px; }}
    QProgressBar::chunk {{ background: {acc}; border-radius: 4px; }}
    QTableView {{ border: 1px solid {border}; border-radius: 8px; gridline-color: transparent; }}
    QListView#messages {{ border: none; }}
    """


def apply_theme(app: QApplication) -> None:
    """Fusion + a palette that follows the system light/dark scheme (re-applied on change)."""
    app.setStyle("Fusion")

    def refresh() -> None:
        dark = is_dark(app.style().standardPalette())
        app.setPalette(_palette(dark))
        app.setStyleSheet(_style_sheet(dark, base_point_size()))

    refresh()
    hints = QGuiApplication.styleHints()
    if hints is not None:
        hints.colorSchemeChanged.connect(lambda _s: refresh())
    # The system's text size changed: the style sheet's sizes follow it.
    old = app.property("backupgui_font_watcher")
    if isinstance(old, _FontWatcher):  # the theme applied again: one watcher, not two
        old.stop()
    app.setProperty("backupgui_font_watcher", _FontWatcher(refresh, app))


class _FontWatcher(QObject):
    """Re-applies the style sheet when the application's font changes. It listens to
    ``fontChanged`` (sent with the ApplicationFontChange event) rather than filtering the
    application's events: an application-wide filter runs Python, and so waits for the GIL,
    for every event of every object, which stalled the window while a backup's threads ran."""

    def __init__(self, refresh, app: QGuiApplication) -> None:
        super().__init__(app)
        self._refresh = refresh
        self._pt = base_point_size()
        self._app = app
        self._connected = True
        app.fontChanged.connect(self._font_changed)

    def _font_changed(self, _font: QFont) -> None:
        if abs(base_point_size() - self._pt) > 0.01:
            self._pt = base_point_size()
            self._refresh()

    def stop(self) -> None:
        """Stop following the font (the theme is applied again, or taken away by a test)."""
        if self._connected:
            self._connected = False
            self._app.fontChanged.disconnect(self._font_changed)


def leading(lab: QLabel) -> QLabel:
    """Align a label that shows user content (a chat name, a path, an e-mail address) to the
    start of the window's reading direction, whatever script the content is in: Qt aligns
    plain text by the text's own direction, so a Latin name would sit on the far side of an
    Arabic window."""
    side = Qt.AlignmentFlag.AlignRight if QGuiApplication.layoutDirection() == \
        Qt.LayoutDirection.RightToLeft else Qt.AlignmentFlag.AlignLeft
    vertical = lab.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    lab.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | vertical)
    return lab


def leading_text(edit: QPlainTextEdit) -> QPlainTextEdit:
    """A read-only text box of sentences in the UI's language (an import's notes): each line
    starts where the window's reading starts and runs in its direction. QPlainTextEdit keeps
    its lines on the left in a right-to-left window unless told (seen in Arabic)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = edit.document().defaultTextOption()
    option.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                        | Qt.AlignmentFlag.AlignAbsolute)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    edit.document().setDefaultTextOption(option)
    return edit


def decorative(widget: QWidget) -> QWidget:
    """Mark an image that only repeats the text beside it: assistive technology skips it
    (and the accessibility tests do not ask it for a name)."""
    widget.setProperty("decorative", True)
    widget.setAccessibleName("")
    return widget


def label(text: str, role: str = "", *, wrap: bool = False, parent: QWidget | None = None) -> QLabel:
    """A QLabel with a style role: title, heading, muted (or plain)."""
    lab = QLabel(text, parent)
    if role:
        lab.setObjectName(role)
    lab.setWordWrap(wrap)
    if wrap:
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def error_label(description: str) -> QLabel:
    """The hidden, wrapping error line of a dialog or page (role "error"); ``description`` is
    the caller's translated accessible description."""
    lab = QLabel("")
    lab.setTextFormat(Qt.TextFormat.PlainText)  # errors name files and chats from outside
    lab.setWordWrap(True)
    lab.setObjectName("error")
    lab.setAccessibleDescription(description)
    lab.hide()
    return lab


def mono_font(scale: float = 0) -> QFont:
    """A monospace font; ``scale`` sizes it relative to the application font (0: same size)."""
    f = QFont("DejaVu Sans Mono")
    f.setStyleHint(QFont.StyleHint.Monospace)
    f.setFixedPitch(True)
    f.setPointSizeF(base_point_size() * (scale or 1.0))
    return f
