"""Find a message's media file in a folder the user copied from the phone.

The database names files by the phone's own paths (``Media/WhatsApp Images/IMG-....jpg``,
older ``/storage/emulated/0/WhatsApp/Media/...``, iPhone ``Media/<jid>/a/b/<uuid>.jpg``):
untrusted text. A path is split into plain components (none may be ``..``, empty after
cleaning, or hold NUL), then looked up under the chosen folder in a few ways: after the last
``Media`` component, with its leading components dropped one by one, and, failing those, by
its file name alone when exactly one file in the folder has it. A candidate is used only if
its real path (symlinks resolved) stays inside the folder and it is a regular file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_INDEXED_FILES = 500_000  # files listed for the by-name fallback at most
_MAX_COMPONENTS = 32


def components(path: str) -> list[str] | None:
    """The plain components of a phone path, or None if it is not a usable path."""
    if not path or len(path) > 4096 or "\x00" in path:
        return None
    parts = [p for p in path.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or len(parts) > _MAX_COMPONENTS or any(p == ".." for p in parts):
        return None
    return parts


class MediaFolder:
    """A media folder chosen by the user (or None: every file is "not on this computer")."""

    def __init__(self, root: str | os.PathLike[str] | None) -> None:
        self.root = Path(root).resolve() if root is not None else None
        self._by_name: dict[str, list[str]] | None = None

    def _inside(self, candidate: Path) -> Path | None:
        assert self.root is not None
        try:
            real = candidate.resolve()
            st = os.stat(real)
        except (OSError, ValueError, RuntimeError):
            return None
        if not stat.S_ISREG(st.st_mode):
            return None
        if real != self.root and self.root not in real.parents:
            return None
        return real

    def find(self, path: str | None, filename: str = "") -> Path | None:
        """The file for the phone path ``path`` (or the file name), if it is in the folder."""
        if self.root is None:
            return None
        parts = components(path) if path else None
        if parts:
            tries: list[list[str]] = []
            for i in range(len(parts) - 1, -1, -1):
                if parts[i] == "Media":
                    tries.append(parts[i + 1:])
                    break
            tries += [parts[i:] for i in range(len(parts))]
            for rel in tries:
                if not rel:
                    continue
                for base in (self.root, self.root / "Media"):
                    found = self._inside(base.joinpath(*rel))
                    if found is not None:
                        return found
        name = parts[-1] if parts else filename
        if name and "/" not in name and "\\" not in name and name not in (".", ".."):
            hits = self._index().get(name)
            if hits is not None and len(hits) == 1:
                return self._inside(Path(hits[0]))
        return None

    def _index(self) -> dict[str, list[str]]:
        """File name -> paths of every file under the folder (built once, bounded)."""
        if self._by_name is None:
            index: dict[str, list[str]] = {}
            count = 0
            assert self.root is not None
            for dirpath, _dirs, files in os.walk(self.root, followlinks=False):
                for f in files:
                    index.setdefault(f, []).append(os.path.join(dirpath, f))
                    count += 1
                if count >= MAX_INDEXED_FILES:
                    break
            self._by_name = index
        return self._by_name
