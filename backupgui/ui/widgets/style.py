"""Look and feel: Fusion with the system light/dark palette, one calm accent colour, and a
small style sheet for cards, headings and the primary button."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

ACCENT_LIGHT = QColor("#1f8a74")
ACCENT_DARK = QColor("#3fbf9f")
DANGER = QColor("#c0392b")
WARNING = QColor("#b7791f")


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


def muted_color() -> QColor:
    pal = QGuiApplication.palette()
    c = QColor(pal.windowText().color())
    c.setAlphaF(0.62)
    return c


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        window, base, text, alt = "#1e2124", "#25292d", "#e8eaed", "#2b3035"
        button, mid = "#2e3338", "#3a4046"
    else:
        window, base, text, alt = "#f4f6f5", "#ffffff", "#1d2327", "#f1f4f3"
        button, mid = "#fbfcfc", "#cfd6d4"
    acc = ACCENT_DARK if dark else ACCENT_LIGHT
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: alt,
        QPalette.ColorRole.Text: text, QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text, QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text, QPalette.ColorRole.Mid: mid,
        QPalette.ColorRole.Highlight: acc.name(),
        QPalette.ColorRole.HighlightedText: "#ffffff" if not dark else "#0d1f1b",
        QPalette.ColorRole.Link: acc.name(), QPalette.ColorRole.PlaceholderText: "#8a9499",
        QPalette.ColorRole.Accent: acc.name(),
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    dis = QColor(text)
    dis.setAlphaF(0.4)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, dis)
    return p


def _style_sheet(dark: bool) -> str:
    acc = (ACCENT_DARK if dark else ACCENT_LIGHT)
    hover = acc.lighter(110) if dark else acc.darker(112)
    card = "#25292d" if dark else "#ffffff"
    border = "#343a40" if dark else "#dde3e1"
    on_acc = "#0d1f1b" if dark else "#ffffff"
    banner = "#3a3220" if dark else "#fff6e0"
    banner_border = "#6b5a2a" if dark else "#f0d9a0"
    return f"""
    QFrame#card {{ background: {card}; border: 1px solid {border}; border-radius: 10px; }}
    QFrame#banner {{ background: {banner}; border: 1px solid {banner_border}; border-radius: 8px; }}
    QFrame#notice {{ background: {banner}; border: 1px solid {banner_border}; border-radius: 8px; }}
    QLabel#title {{ font-size: 15pt; font-weight: 600; }}
    QLabel#heading {{ font-size: 11.5pt; font-weight: 600; }}
    QLabel#muted {{ color: palette(placeholder-text); }}
    QLabel#keyText {{ font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace;
                      font-size: 13pt; letter-spacing: 1px; }}
    QPushButton#primary {{ background: {acc.name()}; color: {on_acc}; border: none;
                           border-radius: 6px; padding: 7px 18px; font-weight: 600; }}
    QPushButton#primary:hover {{ background: {hover.name()}; }}
    QPushButton#primary:disabled {{ background: {border}; color: palette(placeholder-text); }}
    QPushButton#danger {{ color: {DANGER.lighter(140).name() if dark else DANGER.name()}; }}
    QPushButton#choice {{ text-align: left; padding: 12px 14px; border: 1px solid {border};
                          border-radius: 8px; background: {card}; }}
    QPushButton#choice:hover {{ border-color: {acc.name()}; }}
    QProgressBar {{ border: none; border-radius: 4px; background: {border}; max-height: 8px; }}
    QProgressBar::chunk {{ background: {acc.name()}; border-radius: 4px; }}
    QTableView {{ border: 1px solid {border}; border-radius: 8px; gridline-color: transparent; }}
    QListView#messages {{ border: none; }}
    """


def apply_theme(app: QApplication) -> None:
    """Fusion + a palette that follows the system light/dark scheme (re-applied on change)."""
    app.setStyle("Fusion")

    def refresh() -> None:
        dark = is_dark(app.style().standardPalette())
        app.setPalette(_palette(dark))
        app.setStyleSheet(_style_sheet(dark))

    refresh()
    hints = QGuiApplication.styleHints()
    if hints is not None:
        hints.colorSchemeChanged.connect(lambda _s: refresh())


def label(text: str, role: str = "", *, wrap: bool = False, parent: QWidget | None = None) -> QLabel:
    """A QLabel with a style role: title, heading, muted (or plain)."""
    lab = QLabel(text, parent)
    if role:
        lab.setObjectName(role)
    lab.setWordWrap(wrap)
    if wrap:
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return lab


def mono_font(point_size: float = 0) -> QFont:
    f = QFont("DejaVu Sans Mono")
    f.setStyleHint(QFont.StyleHint.Monospace)
    f.setFixedPitch(True)
    if point_size:
        f.setPointSizeF(point_size)
    return f
