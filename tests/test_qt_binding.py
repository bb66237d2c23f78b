"""The Qt binding in use keeps None's reference count (PySide6 6.12.0 does not).

PySide6-Essentials 6.12.0 returns None from every void method without taking a reference: on
Python 3.11, where None is not immortal, the app aborts after a few thousand calls with "Fatal
Python error: none_dealloc". pyproject.toml excludes exactly that release (!= 6.12.0); this test
catches any other release with the same fault, whichever version pip resolves.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

_PROBE = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication([])
    w = QLabel("x")
    before = sys.getrefcount(None)
    for _ in range(20000):
        w.update(); w.setText("y"); app.processEvents()
    print(sys.getrefcount(None) - before)
""")


@pytest.mark.timeout(120)
def test_void_methods_keep_nones_reference_count():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True,
                       timeout=110)
    assert r.returncode == 0, f"the binding crashed: {r.stderr[-500:]}"
    drift = int(r.stdout.strip().splitlines()[-1])
    # 60,000 void calls: a leaking binding drifts by tens of thousands (or aborts first).
    assert abs(drift) < 100, drift
