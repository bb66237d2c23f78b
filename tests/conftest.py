"""Suite-wide isolation: tests never touch the real user's settings, locks or caches."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

_ISOLATED = tempfile.mkdtemp(prefix="backupgui-tests-")
atexit.register(shutil.rmtree, _ISOLATED, ignore_errors=True)  # a run leaves nothing behind
# Set before any backupgui module reads them; subprocesses inherit them.
os.environ.setdefault("BACKUPGUI_CONFIG_DIR", os.path.join(_ISOLATED, "config"))
os.environ.setdefault("XDG_CACHE_HOME", os.path.join(_ISOLATED, "cache"))
os.environ.setdefault("XDG_DATA_HOME", os.path.join(_ISOLATED, "data"))
os.environ.setdefault("XDG_STATE_HOME", os.path.join(_ISOLATED, "state"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Every client of the app follows the proxy variables (SECURITY.md 5) for any destination but
# a loopback one: a machine's own proxy settings would send the tests' other names (the
# proxy tests' names of 127.0.0.1, made-up hosts) to that proxy. The proxy tests set their own.
for _name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
    os.environ.pop(_name, None)
    os.environ.pop(_name.upper(), None)


import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _pack_margin(request, monkeypatch):
    """Retention deletes an unused pack only once it is a day old by the destination's clock
    (docs/FORMAT.md 10.2); tests of what retention keeps run their backups seconds apart, so
    they see packs go at once. A test marked ``pack_margin`` runs with the real margin."""
    if request.node.get_closest_marker("pack_margin") is None:
        from backupgui.engine import retention

        monkeypatch.setattr(retention, "PACK_MARGIN_S", 0)
    yield


@pytest.fixture(autouse=True)
def _lock_waits(monkeypatch):
    """A backup waits minutes for another computer's exclusive lock on the set, and
    retention a minute for the others' (docs/FORMAT.md 10.3); tests of two computers wait
    fractions of a second, looking again every few hundredths."""
    from backupgui.engine import locks

    monkeypatch.setattr(locks, "BACKUP_WAIT_S", 1.0)
    monkeypatch.setattr(locks, "EXCLUSIVE_WAIT_S", 0.3)
    monkeypatch.setattr(locks, "POLL_S", 0.05)
    yield


@pytest.fixture(autouse=True)
def _ui_language(request):
    """Qt tests run in English, the source language with its plural forms ("1 chat",
    "2 chats"), whatever the machine's language; a test may switch and this switches back."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    app = request.getfixturevalue("qapp")
    from backupgui.ui.language import install_language

    install_language("en", app)
    yield
    install_language("en", app)
