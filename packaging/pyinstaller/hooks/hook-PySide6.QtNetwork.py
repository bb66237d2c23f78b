"""Overrides PyInstaller's hook for PySide6.QtNetwork: the same Qt libraries and plugins,
without its OpenSSL step.

That step loads Qt's TLS plugin in the build environment (``QSslSocket.supportsSsl()``) to
find OpenSSL libraries to bundle for it. The app never uses Qt's TLS (HTTPS goes through
Python's ``ssl``; QtNetwork serves only QLocalServer/QLocalSocket and QNetworkInformation), the
spec leaves the ``tls`` plugins out, and in the Debian 11 root the probe only printed
"qt.tlsbackend.ossl: Incompatible version of OpenSSL" (PySide6's plugin is built for OpenSSL 3).
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
