"""The running process and what it shows the OS (no Qt): the entry points set these up first.

Children's environment (``childenv``), the glibc allocator (``memory``), SQLite's process-wide
settings (``sqliteinit``, from ``backupgui/__init__.py``), the terminal (``termsafe``), the log
filter that takes secrets out (``logscrub``) and the libraries' notices (``notices``). Nothing
is imported here, so importing one of them costs only that one.
"""
