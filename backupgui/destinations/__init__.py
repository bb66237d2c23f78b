"""Where backups are stored: the interface and its implementations."""

import importlib.machinery
import sys
import threading
import types
from typing import Any

from .base import Destination, ObjectInfo, StorageInfo, Upload

__all__ = ["Destination", "ObjectInfo", "StorageInfo", "Upload"]


# Reentrant: a deferred package's own code imports its submodules (``from . import x``),
# and the import system first asks the package for ``x``.
_DEFERRED_LOCK = threading.RLock()


class _DeferredModule(types.ModuleType):
    """A module whose code runs on the first access to a name it does not have yet (once,
    also when two threads ask at the same time)."""

    def __getattr__(self, name: str) -> Any:
        with _DEFERRED_LOCK:
            loader = self.__dict__.pop("_deferred_loader", None)
            if loader is not None:
                try:
                    loader.exec_module(self)
                except BaseException:
                    self.__dict__["_deferred_loader"] = loader  # (a later use tries again)
                    raise
                self.__class__ = types.ModuleType
        try:
            return self.__dict__[name]
        except KeyError:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}") from None


# Plain classes, not importlib.abc's: that module imports importlib.resources (tempfile,
# shutil...), which every job would then pay for at start-up; the import system needs only
# these methods.
class _DeferringLoader:
    def __init__(self, real: Any) -> None:
        self.real = real

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None  # the default module object

    def exec_module(self, module: types.ModuleType) -> None:
        module.__dict__["_deferred_loader"] = self.real
        module.__class__ = _DeferredModule


class _DeferModules:
    """Import a few modules deferred (each once; the finder leaves ``sys.meta_path`` when
    all were seen). Their code runs whole on the first use of any of their names, so nothing
    changes for a caller (tests/drive/test_startup_imports.py):

    * ``httplib2.auth``: httplib2 imports it at once for the Digest/HMAC/WSSE schemes of its
      own credentials (``Http.add_credentials``), which backupgui never uses (google-auth
      sets the bearer header), and it pulls in pyparsing: about a third of what a Drive
      backup imported beyond a folder backup, in its serial start-up.
    * ``google.oauth2.reauth``: ``google.oauth2.credentials`` imports it at once for
      refreshing a token (``reauth.refresh_grant``), and it pulls in the token client, JWT,
      the signers and ``cryptography.x509`` (~0.03 s of CPU): a backup with a bare access
      token (``BACKUPGUI_DRIVE_TOKEN``: automation, the emulator) never refreshes; a
      signed-in one loads it at its first refresh, as before.
    * ``asyncio``: google-auth's regional access boundary code imports it at once (~0.01-0.02 s
      of CPU) for a path backupgui never takes; whoever uses it later gets it whole."""

    #: Each deferred module, and the module whose import brings it in.
    NAMES = {"httplib2.auth": "httplib2", "google.oauth2.reauth": "google.oauth2.credentials",
             "asyncio": "google.auth.credentials"}

    def __init__(self, names: tuple[str, ...]) -> None:
        self.pending = set(names)

    def find_spec(self, name: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if name not in self.pending:
            return None
        self.pending.discard(name)
        if not self.pending and self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _DeferringLoader(spec.loader)
        return spec


# Only where the importer of each has not run yet (imported first, it is left alone).
_TO_DEFER = tuple(n for n, importer in _DeferModules.NAMES.items()
                  if importer not in sys.modules and n not in sys.modules)
if _TO_DEFER:
    sys.meta_path.insert(0, _DeferModules(_TO_DEFER))
