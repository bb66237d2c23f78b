"""What backupgui keeps on this computer, and how (no Qt).

The settings and the platform's folders (``settings``), the backup key in the OS keyring
(``keystore``), owner-only files and folders (``fileperms``) and temporary names that say which
host and process made them (``stale``). Nothing is imported here, so importing one of them
costs only that one.
"""
