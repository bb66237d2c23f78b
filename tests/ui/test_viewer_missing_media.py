"""The chat viewer shows an attachment the export named but did not include by its kind and
name, as "... not included in the export" (issue 20), and draws it without a file."""

from __future__ import annotations

from PySide6.QtGui import QImage

from backupgui.library.importers import import_export
from backupgui.library.store import Library
from backupgui.ui.chats.viewer import ChatViewer


def test_missing_attachments_are_shown_as_not_included(qtbot, tmp_path):
    export = tmp_path / "WhatsApp Chat with Ana.txt"
    export.write_text("1/1/21, 10:00 - Ana: IMG-20210101-WA0001.jpg (file attached)\n"
                      "1/1/21, 10:01 - Ana: <Media omitted>\n"
                      "1/1/21, 10:02 - Ana: Alex.vcf (file attached)\n"
                      "1/1/21, 10:03 - Ana: PTT-20210101-WA0002.opus (file attached)\n",
                      encoding="utf-8")
    with Library(tmp_path / "lib") as lib:
        import_export(lib, export)
        (summary,) = lib.list_chats()
    viewer = ChatViewer(tmp_path / "lib", summary.id)
    qtbot.addWidget(viewer)
    viewer.resize(480, 640)
    viewer.show()
    qtbot.waitUntil(lambda: viewer.model.rowCount() == 4, timeout=10_000)
    shown = [viewer.model.data(viewer.model.index(i)) for i in range(4)]
    assert "Photo not included in the export" in shown[0]
    assert "Media not included in the export" in shown[1]
    assert "Document not included in the export" in shown[2]
    assert "Voice note not included in the export" in shown[3]
    # Drawn as a card without touching a media file (there is none), and nothing to open.
    img = QImage(viewer.size(), QImage.Format.Format_ARGB32)
    viewer.render(img)
    img.save(str(tmp_path / "viewer.png"))
    assert viewer.model.thumbs == {}
    viewer.open_media(viewer.model.messages[0])  # returns: no file to open
