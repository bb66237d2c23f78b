"""A background task whose owner is gone delivers nothing (``ui/tasks.py``, "The owner").

Every callback below is a closure that touches its widget, as the app's callbacks do: run on a
deleted widget it raises ("Internal C++ object already deleted"), which pytest-qt reports as a
failure of the test. Each one also notes that it ran."""

from __future__ import annotations

import ast
import gc
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from backupgui.errors import WrongKeyError
from backupgui.jobs import Progress
from backupgui.ui import tasks
from backupgui.ui.tasks import call_in_background, run_in_background

OUTCOMES = ("done", "error", "cancelled", "cancelled-as-error")


class Owner(QDialog):
    """A small dialog with a label its callbacks write to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(self)
        QVBoxLayout(self).addWidget(self.note)


def _callbacks(w: Owner, seen: list[str], with_cancelled: bool) -> dict:
    def say(kind: str, text: str = "") -> None:
        w.note.setText(text or kind)  # raises on a deleted widget
        seen.append(kind)

    cbs = dict(on_progress=lambda p: say("progress", p.phase),
               on_done=lambda r: say("done", str(r)),
               on_error=lambda e: say("error:" + type(e).__name__),
               on_finished=lambda: say("finished"))
    if with_cancelled:
        cbs["on_cancelled"] = lambda: say("cancelled")
    return cbs


def _job(outcome: str, started: threading.Event, release: threading.Event):
    def job(progress, cancel):
        progress(Progress("before"))
        started.set()
        assert release.wait(10)
        progress(Progress("after"))
        if outcome == "error":
            raise WrongKeyError("wrong key")
        if outcome.startswith("cancelled"):
            cancel.checkpoint()  # (cancelled by the test)
        return 42
    return job


def _start(outcome: str, owner: Owner, seen: list[str], **kw):
    started, release = threading.Event(), threading.Event()
    h = run_in_background(_job(outcome, started, release), owner=owner,
                          **_callbacks(owner, seen, outcome == "cancelled"), **kw)
    assert started.wait(10)
    return h, release


def _cancel_if(outcome: str, h) -> None:
    if outcome.startswith("cancelled"):
        h.cancel()


def _delete_later(w: Owner, qtbot) -> None:
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QCoreApplication.processEvents()


def _user_closes(w: Owner, qtbot) -> None:
    """The user presses Escape in a dialog that is deleted on close."""
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    w.show()
    qtbot.waitExposed(w)
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(w), timeout=5000)


def _parent_deleted(w: Owner, qtbot) -> None:
    shiboken6.delete(w.parentWidget())


GONE = {"deleteLater": _delete_later, "closed by the user": _user_closes,
        "parent deleted": _parent_deleted}


@pytest.mark.parametrize("outcome", OUTCOMES)
@pytest.mark.parametrize("how", list(GONE))
def test_a_task_whose_owner_is_deleted_delivers_nothing(qtbot, outcome, how):
    parent = QWidget()
    w = Owner(parent if how == "parent deleted" else None)
    seen: list[str] = []
    h, release = _start(outcome, w, seen)
    qtbot.waitUntil(lambda: "progress" in seen, timeout=5000)  # (delivered while it lives)
    _cancel_if(outcome, h)
    GONE[how](w, qtbot)
    assert not shiboken6.isValid(w)
    assert h.owner_gone
    assert not h.token.cancelled or outcome.startswith("cancelled")  # runs on (the default)
    release.set()
    assert h.wait_delivered(10)
    assert seen == ["progress"]
    assert tasks.running_tasks() == []
    if not shiboken6.isValid(parent):
        return
    shiboken6.delete(parent)


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_a_live_owner_gets_everything(qtbot, outcome):
    w = Owner()
    seen: list[str] = []
    h, release = _start(outcome, w, seen)
    qtbot.waitUntil(lambda: "progress" in seen, timeout=5000)
    _cancel_if(outcome, h)
    release.set()
    assert h.wait_delivered(10)
    ends = {"done": ["done"], "error": ["error:WrongKeyError"], "cancelled": ["cancelled"],
            "cancelled-as-error": ["error:CancelledError"]}[outcome]
    assert seen[0] == "progress" and seen[-2:] == [*ends, "finished"]
    assert set(seen[:-2]) == {"progress"}
    assert w.note.text() == "finished"
    if outcome == "done":
        assert h.result == 42
    shiboken6.delete(w)


def test_a_live_owner_gets_its_plain_call_answers(qtbot):
    w = Owner()
    got: list = []
    h = call_in_background(lambda a, b: a + b, 40, 2, owner=w,
                           on_done=lambda r: (w.note.setText(str(r)), got.append(r)))
    assert h.wait_delivered(10)
    assert got == [42] and w.note.text() == "42"
    errors: list = []
    h = call_in_background(lambda: (_ for _ in ()).throw(WrongKeyError("no")), owner=w,
                           on_error=lambda e: (w.note.setText("no"), errors.append(e)))
    assert h.wait_delivered(10)
    assert isinstance(errors[0], WrongKeyError)
    shiboken6.delete(w)


def test_a_plain_call_whose_owner_is_deleted_delivers_nothing(qtbot):
    w = Owner()
    started, release = threading.Event(), threading.Event()
    seen: list[str] = []

    def work() -> int:
        started.set()
        assert release.wait(10)
        return 1

    h = call_in_background(work, owner=w, **{k: v for k, v in _callbacks(w, seen, False).items()
                                             if k in ("on_done", "on_error")})
    assert started.wait(10)
    _delete_later(w, qtbot)
    release.set()
    assert h.wait_delivered(10)
    assert seen == []


def test_a_task_that_only_answers_is_cancelled_with_its_owner(qtbot):
    """``cancel_with_owner``: a read whose answer nobody can take stops at its next
    checkpoint instead of running on."""
    w = Owner()
    started, ended = threading.Event(), threading.Event()
    seen: list[str] = []

    def read(progress, cancel):
        started.set()
        try:
            while True:
                cancel.checkpoint()
                threading.Event().wait(0.005)
        finally:
            ended.set()

    h = run_in_background(read, owner=w, cancel_with_owner=True,
                          **_callbacks(w, seen, with_cancelled=True))
    assert started.wait(10)
    _delete_later(w, qtbot)
    assert h.token.cancelled
    assert ended.wait(5)
    assert h.wait_delivered(10)
    assert seen == []


def test_a_write_runs_to_its_end_after_its_owner_is_gone(qtbot, tmp_path):
    """The default: the owner's deletion does not stop work that changes something (a
    backup, a save); it finishes, and only its answer is dropped."""
    w = Owner()
    started, release = threading.Event(), threading.Event()
    target = tmp_path / "saved"
    seen: list[str] = []

    def save(progress, cancel):
        started.set()
        assert release.wait(10)
        cancel.checkpoint()  # (a stop here would leave the file unwritten)
        target.write_text("all of it")
        return "saved"

    h = run_in_background(save, owner=w, **_callbacks(w, seen, with_cancelled=True))
    assert started.wait(10)
    _user_closes(w, qtbot)
    assert not h.token.cancelled
    release.set()
    assert h.wait_delivered(10)
    assert target.read_text() == "all of it"
    assert h.result == "saved" and seen == []


def test_an_owner_deleted_by_its_own_callback_gets_no_finished(qtbot):
    w = Owner()
    seen: list[str] = []

    def done(_r) -> None:
        w.note.setText("done")
        seen.append("done")
        shiboken6.delete(w)  # (a callback that closes and deletes its dialog at once)

    h = run_in_background(lambda p, c: 1, owner=w, on_done=done,
                          on_finished=lambda: (w.note.setText("x"), seen.append("finished")))
    assert h.wait_delivered(10)
    assert seen == ["done"]


def test_an_owner_already_gone_gets_nothing_and_an_answer_only_task_does_not_run(qtbot):
    w = Owner()
    shiboken6.delete(w)
    ran: list[int] = []
    seen: list[str] = []
    h = run_in_background(lambda p, c: ran.append(1), owner=w, cancel_with_owner=True,
                          **_callbacks(Owner(), seen, with_cancelled=True))
    assert h.wait_delivered(10)
    assert ran == [] and seen == []


def test_an_owner_dropped_by_python_is_gone(qtbot):
    """The owner's last reference dropped (a Python-owned widget is deleted then): the task
    keeps no reference that would keep it alive, and delivers nothing."""
    w = Owner()
    started, release = threading.Event(), threading.Event()
    got: list = []
    h = run_in_background(_job("done", started, release), owner=w, on_done=got.append)
    assert started.wait(10)
    del w
    gc.collect()
    assert h.owner_gone
    release.set()
    assert h.wait_delivered(10)
    assert got == []


class _Holder(QObject):
    ping = Signal()

    def method(self, *_a) -> None:
        pass


def test_callbacks_on_a_qobject_need_an_owner(qtbot):
    """``owner=None`` is for callbacks that hold no QObject: one bound to a QObject or its
    signal, or a closure (even nested, or a default value) that holds one, is refused."""
    holder = _Holder()

    def nested():
        return lambda _r: holder.method()

    for cb in (holder.method, holder.ping.emit, lambda _r: holder.method(),
               nested(), lambda _r, h=holder: None):
        with pytest.raises(TypeError, match="owner="):
            call_in_background(lambda: None, owner=None, on_done=cb)
    with pytest.raises(TypeError):
        call_in_background(lambda: None, on_done=print)  # owner= is required
    with pytest.raises(TypeError):
        run_in_background(lambda p, c: None)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="QObject"):
        call_in_background(lambda: None, owner="window")  # type: ignore[arg-type]
    got: list = []
    h = call_in_background(lambda: 7, owner=None, on_done=got.append)  # holds no QObject
    assert h.wait_delivered(10) and got == [7]
    shiboken6.delete(holder)


def test_every_call_site_names_its_owner():
    """Each ``run_in_background`` / ``call_in_background`` call in the app says whose
    callbacks they are (``owner=``, ``None`` only for callbacks that hold no QObject), so a
    call site that a test does not run cannot forget it either."""
    repo = Path(__file__).resolve().parents[2]
    root = repo / "backupgui"
    calls, missing = 0, []
    # (bench/ too: the GUI stall bench runs a backup through the same mechanism)
    for path in sorted([*root.rglob("*.py"), *(repo / "bench").rglob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) \
                else ""
            if name not in ("run_in_background", "call_in_background"):
                continue
            if path.name == "tasks.py" and name == "run_in_background":
                continue  # (call_in_background's own body passes its owner on)
            calls += 1
            if not any(k.arg == "owner" for k in node.keywords):
                missing.append(f"{path.relative_to(repo)}:{node.lineno}")
    assert calls >= 35, calls  # (the walk finds the app's calls)
    assert missing == []


def test_dispose_releases_a_result_nobody_received(qtbot, tmp_path):
    """``dispose`` runs (on a worker) with the result of a task whose owner went; a live
    owner gets the result itself and ``dispose`` does not run."""
    released: list[tuple[str, bool]] = []

    def dispose(result: str) -> None:
        released.append((result, threading.current_thread() is threading.main_thread()))

    for gone in (True, False):
        w = Owner()
        started, release = threading.Event(), threading.Event()
        got: list = []
        h = run_in_background(_job("done", started, release), owner=w, dispose=dispose,
                              on_done=lambda r, w=w, got=got: (w.note.setText("x"), got.append(r)))
        assert started.wait(10)
        if gone:
            _delete_later(w, qtbot)
        release.set()
        assert h.wait_delivered(10)
        assert tasks.wait_all(10)
        qtbot.waitUntil(lambda: not tasks.running_tasks(), timeout=5000)
        if gone:
            assert got == [] and released == [(42, False)]
        else:
            assert got == [42] and released == [(42, False)]
            shiboken6.delete(w)
    with pytest.raises(TypeError, match="dispose"):
        holder = Owner()
        run_in_background(lambda p, c: 1, owner=holder, dispose=lambda r: holder.close())
