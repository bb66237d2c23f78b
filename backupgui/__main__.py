"""``python -m backupgui`` starts the desktop app."""

import sys

from .app import main

sys.exit(main())
