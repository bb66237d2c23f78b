"""Where backups are stored: the interface and its implementations."""

import importlib.abc
import importlib.machinery
import sys
import threading
import types
from typing import Any

from .base import Destination, ObjectInfo, StorageInfo, Upload

__all__ = ["Destination", "ObjectInfo", "StorageInfo", "Upload"]


_DEFERRED_LOCK = threading.Lock()


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


class _DeferringLoader(importlib.abc.Loader):
    def __init__(self, real: importlib.abc.Loader) -> None:
        self.real = real

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None  # the default module object

    def exec_module(self, module: types.ModuleType) -> None:
        module.__dict__["_deferred_loader"] = self.real
        module.__class__ = _DeferredModule


class _DeferHttplib2Auth(importlib.abc.MetaPathFinder):
    """Import ``httplib2.auth`` deferred (once; the finder then leaves ``sys.meta_path``).

    httplib2 imports it at once for the Digest/HMAC/WSSE schemes of its own credentials
    (``Http.add_credentials``), which backupgui never uses (google-auth sets the bearer
    header), and it pulls in pyparsing: about a third of what a Drive backup imports beyond
    a folder backup, in its serial start-up. The module's code runs whole on the first use
    of any of its names, so nothing changes for a caller (tests/drive/test_startup_imports.py)."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if name != "httplib2.auth":
            return None
        if self in sys.meta_path:
            sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is not None and spec.loader is not None:
            spec.loader = _DeferringLoader(spec.loader)
        return spec


if "httplib2" not in sys.modules:
    sys.meta_path.insert(0, _DeferHttplib2Auth())
