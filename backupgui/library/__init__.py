"""The local chat library (SQLite + content-addressed media files).

``Library``, ``LibraryWriter`` and ``default_library_dir`` are imported from ``store`` when
first asked for: ``format.manifest`` needs only the model, and a verify no library at all
(docs/PERFORMANCE.md s17)."""

from .model import Chat, ChatSummary, MediaRef, Message, Participant

__all__ = ["Chat", "ChatSummary", "Library", "LibraryWriter", "MediaRef", "Message",
           "Participant", "default_library_dir"]

_FROM_STORE = frozenset({"Library", "LibraryWriter", "default_library_dir"})


def __getattr__(name: str) -> object:
    if name in _FROM_STORE:
        from . import store

        value = getattr(store, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
