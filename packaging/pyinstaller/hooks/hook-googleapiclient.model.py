"""Overrides pyinstaller-hooks-contrib's hook, which bundles all ~110 MB of discovery documents.

backupgui only talks to Drive v3 and builds its client from the bundled document
(``backupgui.destinations.gdrive.build_service``), so only ``drive.v3.json`` is needed.
"""

from PyInstaller.utils.hooks import collect_data_files, copy_metadata

datas = copy_metadata("google_api_python_client")
datas += collect_data_files(
    "googleapiclient.discovery_cache", includes=["documents/drive.v3.json"]
)
