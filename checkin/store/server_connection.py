"""Connecting a desk to the PostgreSQL sync server, and what its errors mean.

Kept apart from the statements (:mod:`checkin.store.server`): the timeouts a
desk needs, the address shown without its password, and the driver's errors
turned into the few reasons a desk can act on.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from psycopg.conninfo import conninfo_to_dict

#: How long a desk waits for a server that does not answer, before working offline.
CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 60_000


class ServerError(Exception):
    """The server could not do what was asked. ``reason``: ``unreachable`` (no answer,
    connection lost), ``denied`` (login refused), ``read_only`` (no right to write),
    ``conflict`` (a row with this desk and sequence number holds another event),
    ``address`` (the address cannot be read),
    ``error`` (anything else the server said: disk full, …)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def driver() -> str:
    """The PostgreSQL driver and the libpq it runs on (the self-test reports it)."""
    libpq = psycopg.pq.version()  # e.g. 180006 for 18.6
    return f"psycopg {psycopg.__version__}, libpq {libpq // 10000}.{libpq % 10000} " + (
        f"({psycopg.pq.__impl__})"
    )


def describe(address: str) -> str:
    """The address without its password, for messages and the status bar."""
    try:
        parts = conninfo_to_dict(address)
    except psycopg.ProgrammingError:
        return "postgresql://…"
    user = f"{parts['user']}@" if parts.get("user") else ""
    host = parts.get("host") or "localhost"
    if host.startswith("/"):  # a Unix socket folder: the server on this machine
        host = "localhost"
    port = f":{parts['port']}" if parts.get("port") else ""
    return f"postgresql://{user}{host}{port}/{parts.get('dbname', '')}"


@contextlib.contextmanager
def server_errors() -> Iterator[None]:
    """Any error of the driver or the server inside becomes a :class:`ServerError`."""
    try:
        yield
    except (pg_errors.InvalidPassword, pg_errors.InvalidAuthorizationSpecification) as error:
        raise ServerError("denied", _first_line(error)) from None
    except pg_errors.InsufficientPrivilege as error:
        raise ServerError("read_only", _first_line(error)) from None
    except pg_errors.UniqueViolation as error:
        raise ServerError("conflict", _first_line(error)) from None
    except psycopg.OperationalError as error:  # refused, timed out, connection lost
        login = any(sign in str(error).lower() for sign in _LOGIN_REFUSED)
        raise ServerError("denied" if login else "unreachable", _first_line(error)) from None
    except psycopg.Error as error:
        raise ServerError("error", _first_line(error)) from None


#: What libpq says when the server answered but would not let this desk in: the next
#: sync will not do better, so these are not "unreachable".
_LOGIN_REFUSED = (
    "authentication failed",
    "no password supplied",
    "password authentication",
    "does not exist",  # the role or the database
    "pg_hba.conf",
    "permission denied for database",
)


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def connect(address: str) -> psycopg.Connection:
    """A connection in autocommit mode, with the timeouts a desk needs."""
    params: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        # A server that vanishes mid-sync is noticed in seconds, not minutes.
        "keepalives": 1,
        "keepalives_idle": 5,
        "keepalives_interval": 2,
        "keepalives_count": 3,
        "application_name": "checkin",
    }
    try:
        params.update(conninfo_to_dict(address))
    except psycopg.Error:
        # libpq's own words repeat the text it could not read: a password with it.
        raise ServerError("address", "the address cannot be read") from None
    with server_errors():
        conn = psycopg.connect(autocommit=True, **params)
        conn.execute(f"SET statement_timeout = {STATEMENT_TIMEOUT_MS}")
    return conn
