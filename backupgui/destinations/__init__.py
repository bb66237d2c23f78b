"""Where backups are stored: the interface and its implementations."""

from .base import Destination, ObjectInfo, StorageInfo, Upload

__all__ = ["Destination", "ObjectInfo", "StorageInfo", "Upload"]
