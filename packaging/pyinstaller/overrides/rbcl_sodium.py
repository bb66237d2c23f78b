"""rbcl's ``_sodium`` module as the Linux bundle ships it (packaging/pyinstaller/backupgui.spec).

rbcl's own module writes a libsodium it carries as hex text to a new temporary file at every
import and loads that. Its copy needs glibc 2.33, so the key vault client would not start on
Debian 11 or Ubuntu 20.04, and every start leaves 2.7 MB in /tmp. The bundle carries Debian 11's
libsodium 1.0.18 (libsodium23: every ristretto255 function rbcl calls) next to the app's other
libraries instead, and this module loads exactly that file.
"""

import os
import sys
from ctypes import cdll

_sodium = cdll.LoadLibrary(os.path.join(sys._MEIPASS, "libsodium.so.23"))
