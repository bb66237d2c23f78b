"""Follow-ups of the s11 walkthrough (docs/GUI.md, "Walkthrough log"), walked through the real
widgets: the media size the main window shows is what a backup stores and a restore reports,
and a brand-new backup's first phase says what happens."""

from __future__ import annotations

from backupgui.library.model import Chat, MediaRef, Message, Participant
from backupgui.library.store import Library

from .helpers import (
    click,
    make_ctx,
    open_window,
    set_password_in_dialog,
    submit_restore_password,
    wait_dialog,
    wait_for,
    watch_backups,
)

PASSWORD = "correct horse 42 battery"
T0 = 1_700_000_000_000


def _library_with_a_photo_sent_twice(path) -> dict[str, int]:
    """Two chats: "Ana" got one photo twice plus a video, "Family" got the same photo again
    and a voice note; one more attachment the export left out. Returns the file sizes."""
    sizes = {}
    with Library(path) as lib:
        photo = lib.add_media_bytes(b"\xff\xd8" + b"p" * 30_000)
        video = lib.add_media_bytes(b"v" * 5_000)
        voice = lib.add_media_bytes(b"o" * 10_000)
        sizes = {"photo": photo[1], "video": video[1], "voice": voice[1]}
        people = (Participant("ana", "Ana"), Participant("me", "Me"))
        with lib.transaction() as w:
            w.upsert_chat(Chat("c1", "Ana", "direct", "test", None, people))
            w.upsert_chat(Chat("c2", "Family", "group", "test", None, people))
            w.add_messages([
                Message("a1", "c1", T0, "ana", "media", media=(MediaRef("image", *photo),)),
                Message("a2", "c1", T0 + 1000, "me", "media",
                        media=(MediaRef("image", *photo),)),  # the same photo, sent again
                Message("a3", "c1", T0 + 2000, "ana", "media", media=(MediaRef("video", *video),)),
                Message("a4", "c1", T0 + 3000, "ana", "media",  # not in the export
                        media=(MediaRef("image", "", 0, filename="IMG-0001.jpg"),)),
                Message("f1", "c2", T0 + 4000, "ana", "media", media=(MediaRef("image", *photo),)),
                Message("f2", "c2", T0 + 5000, "me", "media", media=(MediaRef("voice", *voice),)),
            ])
    return sizes


def test_the_main_window_counts_a_photo_sent_twice_once_as_backup_and_restore_do(
        qtbot, tmp_path, isolated):
    """The walkthrough's "47.1 kB of media" beside a restore of 33.6 kB: the main window summed
    every attachment, the backup stores (and the restore counts) each file once. The window,
    the backup's result and the restore wizard must say the same size."""
    from backupgui.ui.widgets.formatting import human_size

    sizes = _library_with_a_photo_sent_twice(tmp_path / "lib")
    stored = sizes["photo"] + sizes["video"] + sizes["voice"]
    dest = tmp_path / "usb"
    dest.mkdir()
    ctx = make_ctx(tmp_path / "lib", isolated)
    ctx.settings.folder_path = str(dest)
    ctx.save()
    w = open_window(qtbot, ctx)
    assert f"{human_size(stored)} of media" in w.panel.selection.text()
    # Each row says what a backup of that chat alone stores.
    rows = {w.model.chat_at(r).id: w.model.chat_at(r) for r in range(w.model.rowCount())}
    assert w.model.backup_size(rows["c1"]) == sizes["photo"] + sizes["video"]
    assert w.model.backup_size(rows["c2"]) == sizes["photo"] + sizes["voice"]
    click(qtbot, w.videos)  # videos left out: the photo still once
    assert (f"{human_size(sizes['photo'] + sizes['voice'])} of media (without videos)"
            in w.panel.selection.text())
    assert w.model.backup_size(rows["c1"]) == sizes["photo"]
    click(qtbot, w.videos)

    done = watch_backups(w)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    kind, outcome = wait_for(qtbot, done)
    assert kind == "ok", outcome
    assert outcome.result.media_bytes == stored and outcome.result.media_files == 3

    # A new computer: the restore wizard says the same size before restoring.
    w2 = open_window(qtbot, make_ctx(tmp_path / "new-lib", isolated))
    wiz = submit_restore_password(qtbot, w2, dest, PASSWORD)
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_BACKUPS, timeout=15_000)
    click(qtbot, wiz.button(wiz.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_CHATS, timeout=15_000)
    assert f"{human_size(stored)} of media" in wiz.chats_page.subTitle()
    click(qtbot, wiz.button(wiz.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wiz.currentId() == wiz.PAGE_SUMMARY, timeout=30_000)
    assert wiz.result.media_restored == 3
    wiz.reject()
    # ... and so does the new computer's main window once the chats are there.
    w2.reload_chats()
    qtbot.waitUntil(lambda: not w2._loading and w2.model.rowCount() == 2, timeout=10_000)
    assert f"{human_size(stored)} of media" in w2.panel.selection.text()
    w2.close()
    w.close()


def _record_phases(monkeypatch) -> list[str]:
    """Every phase a job reports to the window, in order (the card may skip a phase shorter
    than its 50 ms refresh, so the reports are taken where the job hands them over)."""
    from backupgui.ui.tasks import TaskHandle

    reported: list[str] = []
    original = TaskHandle._report

    def report(self, p):
        if not reported or reported[-1] != p.phase:
            reported.append(p.phase)
        original(self, p)

    monkeypatch.setattr(TaskHandle, "_report", report)
    return reported


def test_a_first_backup_is_not_said_to_unlock_anything(qtbot, qapp, tmp_path, demo_library,
                                                       isolated, monkeypatch):
    """A brand-new backup set has nothing to unlock: its first backup says "Creating the backup
    set"; the next backup, which opens the set with the key, says "Unlocking the backup". The
    card shows the new phase in the user's language."""
    from backupgui.jobs import Progress

    from .screens import themed

    dest = tmp_path / "usb"
    dest.mkdir()
    ctx = make_ctx(demo_library, isolated)
    ctx.settings.folder_path = str(dest)
    ctx.save()
    w = open_window(qtbot, ctx)
    done = watch_backups(w)
    reported = _record_phases(monkeypatch)
    click(qtbot, w.panel.backup_button)
    set_password_in_dialog(qtbot, wait_dialog(qtbot, w.controller), PASSWORD)
    assert wait_for(qtbot, done)[0] == "ok"
    assert "Creating the backup set" in reported, reported
    assert "Unlocking the backup" not in reported, reported

    reported.clear()
    click(qtbot, w.panel.backup_button)
    assert wait_for(qtbot, done, 2)[0] == "ok"
    assert "Unlocking the backup" in reported and "Creating the backup set" not in reported, \
        reported
    w.close()

    with themed(qapp, "de"):
        w = open_window(qtbot, ctx)
        w.panel.set_running(True)
        w.panel.progress.show_progress(Progress("Creating the backup set"))
        assert w.panel.progress.phase.text() == "Backup-Satz wird erstellt"
        w.panel.set_running(False)
        w.close()
