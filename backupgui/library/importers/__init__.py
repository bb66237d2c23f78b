"""Import chats from messenger exports into the library (GitHub issue 7).

Supported: WhatsApp "Export chat" (.txt, or .zip with media; Android and iOS) and Telegram
Desktop "Export chat history" in JSON (result.json, a folder holding it, or a zip of it).
See docs/IMPORT.md.
"""

from __future__ import annotations

import contextlib
import lzma
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..store import Library
from . import worker
from .common import (
    ExportSource,
    ImportFormatError,
    ImportPreview,
    ImportResult,
    LibrarySink,
    PreviewSink,
    zip_damaged,
)
from .telegram import TelegramParser
from .whatsapp import WhatsAppParser

if TYPE_CHECKING:
    from ...jobs import CancelToken

__all__ = ["ImportFormatError", "ImportPreview", "ImportResult", "import_export",
           "preview_export"]

# What reading a damaged zip member raises (bad CRC, broken deflate stream, cut short,
# unknown version or method).
_ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, lzma.LZMAError)

_PARSERS = {"whatsapp": WhatsAppParser, "telegram": TelegramParser}


def _detect(source: ExportSource) -> str:
    """'whatsapp' or 'telegram' from the export's shape."""
    if source.primary is not None:
        name = source.primary.lower()
        if name.endswith(".json"):
            return "telegram"
        if name.endswith(".txt"):
            return "whatsapp"
        with source.open(source.primary) as fh:
            head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        return "telegram" if head[:1] == b"{" else "whatsapp"
    names = source.names()
    if any(n.rsplit("/", 1)[-1] == "result.json" for n in names):
        return "telegram"
    if any(n.lower().endswith(".txt") for n in names):
        return "whatsapp"
    raise ImportFormatError(
        f"{source.path.name} is neither a WhatsApp export (no .txt chat file) nor a Telegram "
        "export (no result.json).")


@contextlib.contextmanager
def _bigger_cache(library: Library) -> Iterator[None]:
    """A 64 MiB page cache while importing (the default 2 MiB thrashes on the random message
    ids of a big import); this connection's previous setting is restored afterwards."""
    db = library._db
    old = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute("PRAGMA cache_size=-65536")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size={int(old)}")


def _open(path: str | Path, format: str | None) -> tuple[ExportSource, WhatsAppParser | TelegramParser]:
    source = ExportSource(path)
    try:
        fmt = format or _detect(source)
        if fmt not in _PARSERS:
            raise ImportFormatError(f"Unknown export format {fmt!r}; use 'whatsapp' or 'telegram'.")
        return source, _PARSERS[fmt](source)
    except BaseException:
        source.close()
        raise


def preview_export(path: str | Path, format: str | None = None) -> ImportPreview:
    """Read an export without importing: chats, participants, counts, dates, media, problems.

    ``format`` is "whatsapp", "telegram" or None to detect it. Raises ``ImportFormatError``
    when the file is not an export.
    """
    source, parser = _open(path, format)
    with source:
        sink = PreviewSink()
        try:
            parser.run(sink)
        except _ZIP_DAMAGE as exc:
            raise ImportFormatError(zip_damaged(source.path.name, exc)) from None
        except OSError as exc:  # bz2 members report a broken stream as OSError
            if not source.is_zip:
                raise
            raise ImportFormatError(zip_damaged(source.path.name, exc)) from None
        return sink.preview(parser.source_name)


def import_export(library: Library, path: str | Path, format: str | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancel: CancelToken | None = None) -> ImportResult:
    """Import an export into ``library`` in one transaction.

    Importing the same export again adds nothing (ids are stable). If anything fails or the
    job is cancelled, the library is left as it was, including its media folder.
    ``progress(done, total)`` counts bytes of the export read.
    """
    source, parser = _open(path, format)
    with source, _bigger_cache(library):
        sink: LibrarySink | None = None
        try:
            # (The messages it adds are recorded as this import's: ``origins``.)
            with library.transaction(parser.source_name) as writer, writer.bulk():
                sink = LibrarySink(library, source, writer, progress, cancel)
                # A big chat is parsed in a child process while this one writes.
                if not (isinstance(parser, WhatsAppParser)
                        and parser.size >= worker.CHILD_MIN_BYTES
                        and worker.run_in_child(str(source.path), parser.source_name, sink,
                                                sink.checkpoint, parser)):
                    parser.run(sink)
                sink.finish()
                # Leaving bulk() may rebuild the time index of an empty library by sorting,
                # which takes as much memory again as the page cache allows: keep that small.
                library._db.execute("PRAGMA cache_size=-16384")
        except _ZIP_DAMAGE as exc:
            if sink is not None:
                sink.remove_new_files()
            raise ImportFormatError(zip_damaged(source.path.name, exc)) from None
        except BaseException:
            # Zip read errors were already turned into ImportFormatError where the zip is
            # read (common._ZipReader); an OSError here is the library's or the disk's.
            if sink is not None:
                sink.remove_new_files()
            raise
        return sink.result()
