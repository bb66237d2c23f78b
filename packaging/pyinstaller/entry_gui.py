"""Frozen entry point of the ``backupgui`` executable: exactly the ``backupgui`` gui-script.

On Linux the same executable is also installed as ``backupgui-cli`` (a symlink): started under
that name it is exactly the ``backupgui-cli`` console script.
"""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if os.path.basename(sys.argv[0]).endswith("-cli"):
        from backupgui.cli import main
    else:
        from backupgui.app import main
    sys.exit(main())
