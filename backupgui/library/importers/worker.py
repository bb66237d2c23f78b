"""Parse a big export in a child process while this one writes the library.

Parsing is pure Python and holds the interpreter; writing is mostly SQLite. Run in one
process they add up; here the child parses and sends what the parser reports (in batches
of rows) through a pipe, and the caller's sink stores it as it comes, inside the caller's
transaction, so the import stays atomic and the library is only ever written by the
caller. The pipe holds at most a batch or two: when the library falls behind, the child
waits, so memory stays flat in both processes. During the first pass, which writes nothing,
the caller reads the second half of the file (``WhatsAppParser.scan_from``) and hands the
child what it found, so both cores work then too.

The child is started with "spawn" (a fresh interpreter, also on Linux: forking a process
that runs a GUI and worker threads is not safe), which costs a few hundred milliseconds, so
only big exports are worth it (``CHILD_MIN_BYTES``).
"""

from __future__ import annotations

import gc
import marshal
import multiprocessing
import pickle
from multiprocessing.connection import Connection
from typing import Any

from ...errors import BackupError
from ..model import Chat
from .common import ExportSource, ParsedMessage, Sink

# Exports whose chat text is at least this big are parsed in a child process.
CHILD_MIN_BYTES = 4 << 20

_SEND_EVERY = 256  # buffered small events (skips, media messages...) per send at most
_ROWS_PER_SEND = 2000  # message rows per send (a few hundred KB)


class PipeSink:
    """The child's sink: forwards every call through the pipe, in batches."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._events: list[tuple[Any, ...]] = []
        self._rows = 0  # message rows among the events

    def _send(self) -> None:
        if self._events:
            self._conn.send(self._events)
            self._events = []
            self._rows = 0

    def _add(self, event: tuple[Any, ...]) -> None:
        self._events.append(event)
        if len(self._events) >= _SEND_EVERY:
            self._send()

    def begin_chat(self, chat: Chat) -> None:
        self._add(("begin_chat", chat))

    def message(self, msg: ParsedMessage) -> None:
        self._add(("message", msg))

    def rows(self, rows: list[tuple], media: list[tuple] | None = None) -> None:
        # marshal handles plain tuples of str/int/None several times faster than pickle, and
        # both ends run the same interpreter.
        self._events.append(("rows", marshal.dumps((rows, media))))
        self._rows += len(rows)
        if self._rows >= _ROWS_PER_SEND:
            self._send()

    def end_chat(self, chat: Chat) -> None:
        self._add(("end_chat", chat))

    def skip(self, item: str, reason: str) -> None:
        self._add(("skip", item, reason))

    def warn(self, text: str) -> None:
        self._add(("warn", text))

    def progress(self, done: int, total: int) -> None:
        self._events.append(("progress", done, total))
        self._send()

    def finish(self, error: BaseException | None = None) -> None:
        if error is None:
            self._events.append(("done",))
        else:
            try:
                pickle.dumps(error)
            except Exception:  # an exception that cannot cross: its text can
                error = RuntimeError(f"{type(error).__name__}: {error}")
            self._events.append(("error", error))
        self._send()


def _child(path: str, format: str, conn: Connection, split: int | None,
           rest: Connection | None) -> None:
    """The child process: parse the export at ``path`` and report it through ``conn``;
    with ``split``, pass 1 reads only up to there and receives the rest's from ``rest``."""
    from . import _PARSERS

    def rest_of_scan() -> Any:
        try:
            return rest.recv() if rest is not None else None
        except (EOFError, OSError):
            return None  # the parent could not: read it here

    sink = PipeSink(conn)
    try:
        with ExportSource(path) as source:
            parser = _PARSERS[format](source)
            # What is loaded by now (modules, the locale tables) lives as long as this
            # process: out of the cyclic collector's way, which otherwise walks all of it on
            # every full collection of the millions of short-lived rows made below.
            gc.freeze()
            # The parse makes no reference cycles that outlive a line (rows, tuples, strings:
            # reference counting frees them), so the cyclic collector's passes over the
            # millions of young objects find nothing; its memory stays flat without it
            # (docs/PERFORMANCE.md). The process ends when the parse does.
            gc.disable()
            if split is None:
                parser.run(sink)
            else:
                parser.run(sink, split, rest_of_scan)  # type: ignore[call-arg]
    except BaseException as exc:  # noqa: BLE001 - every failure is the parent's to raise
        try:
            sink.finish(exc)
        except (BrokenPipeError, OSError):
            pass  # the parent is gone or gave up (cancelled, failed)
    else:
        try:
            sink.finish()
        except (BrokenPipeError, OSError):
            pass
    finally:
        conn.close()
        if rest is not None:
            rest.close()


def run_in_child(path: str, format: str, sink: Sink, checkpoint: Any = None,
                 parser: Any = None) -> bool:
    """Parse the export at ``path`` in a child process, reporting to ``sink`` here.

    ``checkpoint`` is called while waiting for the child (it may raise to cancel). Whatever
    this raises (the parser's errors included) stops the child. Returns False, having
    reported nothing, when the child could not run at all (e.g. a script that starts the
    import without the ``if __name__ == "__main__":`` guard "spawn" needs): then parse here.

    With ``parser`` (a WhatsAppParser of the same export), this process, idle until the
    child's first pass is over, reads the second half of the first pass itself.
    """
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    cut = parser.split_point() if parser is not None else None
    split = cut[0] if cut is not None else None
    rest_in, rest_out = ctx.Pipe(duplex=False) if cut is not None else (None, None)
    proc = ctx.Process(target=_child, args=(path, format, send, split, rest_in), daemon=True,
                       name="backupgui-import-parser")
    proc.start()
    send.close()  # the child holds the other end: EOF here once it exits
    if rest_in is not None:
        rest_in.close()
    shown = 0

    def progress(done: int, total: int) -> None:
        # Both processes read the file during pass 1: report the furthest point reached.
        nonlocal shown
        if checkpoint is not None:
            checkpoint()
        if done > shown:
            shown = done
            sink.progress(done, total)

    started = False
    try:
        if cut is not None and rest_out is not None:
            part = parser.scan_from(_ProgressSink(progress), cut[0], cut[1])
            try:
                rest_out.send(part)
            except OSError:  # the child is gone: found out below
                pass
            rest_out.close()
        calls = {"begin_chat": sink.begin_chat, "message": sink.message,
                 "rows": lambda blob: sink.rows(*marshal.loads(blob)),
                 "end_chat": sink.end_chat, "skip": sink.skip, "warn": sink.warn,
                 "progress": progress}
        while True:
            while not receive.poll(0.25):
                if checkpoint is not None:
                    checkpoint()
                if not proc.is_alive() and not receive.poll():
                    break
            try:
                events = receive.recv()
            except EOFError:
                if not started:
                    return False
                raise BackupError("Reading the export stopped unexpectedly (the parser "
                                  f"exited with code {proc.exitcode}).") from None
            started = True
            for event in events:
                kind = event[0]
                if kind == "done":
                    return True
                if kind == "error":
                    raise event[1]
                calls[kind](*event[1:])
    finally:
        receive.close()
        if rest_out is not None:
            rest_out.close()
        if proc.is_alive():
            proc.terminate()
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()


class _ProgressSink:
    """Only the progress of a sink (what ``scan_from`` reports)."""

    def __init__(self, progress: Any) -> None:
        self.progress = progress
