"""GUI-thread time of putting one older page in front of the chat viewer's list (the model's
``_older`` and the viewer's ``_older_loaded``: the rows inserted, the list laid out, the
position kept), with 300, 1,200 and 2,400 rows already loaded.

    python -m bench.viewer_scroll [--loaded 300,1200,2400] [--repeat 3]

Real parts: a demo library of one chat (``add_demo_messages``), the real viewer offscreen,
its pages read by the real ``load_page`` (outside the timing). The figure is
``time.process_time`` (the process; nothing else runs in it meanwhile) around the insertion
and the layout it causes, and ``stall_s``, the wall time the event loop is blocked for
(``doItemsLayout`` forced, as the next paint would; with ``--batched`` also the event loop
for 0.5 s, where that mode lays out the remaining batches), median of ``repeat``; with it the
number of rows the delegate laid out (``MessageDelegate.layouts``) for that page. Run it with
the ``PYTHONPATH`` of the revision to measure (the old one has no counter: ``null``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(loaded: list[int], repeat: int, batched: bool = False) -> dict:
    from PySide6.QtWidgets import QApplication

    from backupgui.library.demo import add_demo_messages, create_demo_library
    from backupgui.library.store import Library
    from backupgui.ui.chats import viewer as v

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="viewer-scroll-"))
    try:
        root = tmp / "lib"
        need = max(loaded) + v.PAGE * (repeat + 1)
        create_demo_library(root, chats=1, seed=3)
        with Library(root) as lib:
            (chat,) = lib.list_chats()
            add_demo_messages(lib, chat.id, need, seed=4)
        out: dict = {"page": v.PAGE, "rows": {}}
        for n in loaded:
            times, walls, layouts = [], [], []
            for _ in range(repeat):
                w = v.ChatViewer(root, chat.id)
                if batched:
                    w.view.setLayoutMode(v.QListView.LayoutMode.Batched)
                w.show()
                deadline = time.monotonic() + 60
                while w.model.rowCount() == 0 and time.monotonic() < deadline:
                    app.processEvents()
                # The window as the person scrolled it: ``n`` rows loaded, at their top.
                first = need - n - v.PAGE
                page = v.load_page(root, chat.id, first + v.PAGE, False, limit=n)
                w.model._show_page(page)
                w.view.doItemsLayout()
                app.processEvents()
                older = v.load_page(root, chat.id, first, False)
                w.model._fetching = True  # (as fetch_older leaves it)
                w._anchor_row = 0
                d = w.view.itemDelegate()
                before = getattr(d, "layouts", None)
                w0, t0 = time.perf_counter(), time.process_time()
                w.model._older(older)
                w.view.doItemsLayout()
                if batched:  # (the batches after the first run from the event loop)
                    end = time.monotonic() + 0.5
                    while time.monotonic() < end:
                        app.processEvents()
                times.append(time.process_time() - t0)
                walls.append(time.perf_counter() - w0)
                if before is not None:
                    layouts.append(d.layouts - before)
                w.close()
                w.deleteLater()
                app.processEvents()
            out["rows"][n] = {"loaded": len(page.messages), "gui_cpu_s":
                              round(statistics.median(times), 4),
                              "stall_s": round(statistics.median(walls), 4),
                              "layouts": layouts[-1] if layouts else None}
            print(n, out["rows"][n], file=sys.stderr, flush=True)
        return out
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.viewer_scroll",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--loaded", default="300,1200,2400")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--batched", action="store_true",
                    help="QListView's Batched layout mode (the rest run from the event loop)")
    a = ap.parse_args(argv)
    print(json.dumps(measure([int(x) for x in a.loaded.split(",")], a.repeat, a.batched)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
