"""Qt tests run offscreen, with isolated settings and an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
