"""The desk's SQLite database. All SQL of the application lives in this package."""

from checkin.store.database import StoreError
from checkin.store.store import Store

__all__ = ["Store", "StoreError"]
