"""Where a desk syncs: a shared folder, or a PostgreSQL server for large venues.

The desk settings and ``checkin sync`` take one text: a folder path, or an
address ``postgresql://user@host/database`` (``postgres://`` too). Both give a
:class:`checkin.sync.transport.Transport`; nothing after this point knows which.
"""

from __future__ import annotations

from pathlib import Path

from checkin.sync.folder import FolderTransport
from checkin.sync.transport import Transport

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_address(target: str | Path) -> bool:
    return isinstance(target, str) and target.strip().lower().startswith(SERVER_SCHEMES)


def transport_for(target: str | Path, *, create: bool = False) -> Transport:
    """The transport for ``target``; ``create``: publishing may create the folder or tables."""
    if is_server_address(target):
        # Imported here: the driver loads only on desks that sync through a server.
        from checkin.sync.postgres import PostgresTransport

        return PostgresTransport(_lower_scheme(str(target)), create=create)
    return FolderTransport(Path(target), create=create)


def _lower_scheme(address: str) -> str:
    """``POSTGRESQL://…`` as libpq reads it (it knows the lower-case scheme only)."""
    scheme, rest = address.strip().split("://", 1)
    return f"{scheme.lower()}://{rest}"


def shown(target: str | Path) -> str:
    """The target for people to read: a server address without its password."""
    if is_server_address(target):
        from checkin.store.server import describe

        return describe(_lower_scheme(str(target)))
    return str(target)
