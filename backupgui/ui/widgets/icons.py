"""Icons drawn as small SVGs under ``backupgui/resources``, tinted for the current palette."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

_SIZES = (16, 20, 24, 32, 48, 64, 96)
# Icons that point a way (a speech bubble's tail): mirrored when the UI runs right to left.
# Clocks, arrows up and down, media controls and the padlock keep their shape, as in Android
# and Material's bidirectionality guidance.
DIRECTIONAL = frozenset({"chat"})


@cache
def _svg(name: str) -> str:
    base = resources.files("backupgui.resources")
    path = base / "icons" / f"{name}.svg"
    if not path.is_file():
        path = base / f"{name}.svg"
    return path.read_text(encoding="utf-8")


def render(name: str, size: int, color: QColor | str | None = None, dpr: float = 1.0) -> QPixmap:
    """A pixmap of an icon at ``size`` logical pixels in ``color`` (default: palette text)."""
    text = _svg(name)
    if color is not None:
        text = text.replace("currentColor", QColor(color).name())
    else:
        from PySide6.QtGui import QGuiApplication

        text = text.replace("currentColor", QGuiApplication.palette().windowText().color().name())
    renderer = QSvgRenderer(QByteArray(text.encode()))
    px = max(1, round(size * dpr))
    img = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(p, QRectF(0, 0, px, px))
    p.end()
    if name in DIRECTIONAL and _right_to_left():
        img = img.flipped(Qt.Orientation.Horizontal) if hasattr(img, "flipped") \
            else img.mirrored(True, False)  # Qt < 6.9
    pm = QPixmap.fromImage(img)
    pm.setDevicePixelRatio(dpr)
    return pm


def _right_to_left() -> bool:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """A QIcon with crisp pixmaps at the usual sizes and 2x."""
    ic = QIcon()
    for s in _SIZES:
        ic.addPixmap(render(name, s, color, 1.0))
        ic.addPixmap(render(name, s, color, 2.0))
    disabled = QColor(color) if color is not None else None
    if disabled is not None:
        disabled.setAlphaF(0.4)
        for s in (16, 24):
            ic.addPixmap(render(name, s, disabled), QIcon.Mode.Disabled)
    return ic


def app_icon() -> QIcon:
    """The application icon: the same artwork the installers ship (resources/backupgui.svg)."""
    ic = QIcon()
    for s in _SIZES + (128, 256):
        ic.addPixmap(render("backupgui", s))
    return ic


def icon_size(base: int = 16) -> QSize:
    return QSize(base, base)
