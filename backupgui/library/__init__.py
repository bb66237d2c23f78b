"""The local chat library (SQLite + content-addressed media files)."""

from .model import Chat, ChatSummary, MediaRef, Message, Participant
from .store import Library, LibraryWriter, default_library_dir

__all__ = ["Chat", "ChatSummary", "Library", "LibraryWriter", "MediaRef", "Message",
           "Participant", "default_library_dir"]
