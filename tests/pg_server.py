"""A real PostgreSQL server for the sync tests: started once per test session.

The server is :class:`benchmarks.postgres_server.ThrowawayPostgres` (a
throw-away cluster from the machine's ``initdb``, on a Unix socket); each test
gets a database of its own. Without PostgreSQL on the machine these tests are
skipped, except where ``CHECKIN_REQUIRE_POSTGRES=1`` (CI sets it): there a
missing server fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from benchmarks.postgres_server import ThrowawayPostgres, Unavailable

#: A role that logs in with a password (every other role is trusted on the socket).
GUARDED, GUARDED_PASSWORD = "guarded", "right-password"

PostgresServer = ThrowawayPostgres


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[ThrowawayPostgres]:
    try:
        server = ThrowawayPostgres(password_roles={GUARDED: GUARDED_PASSWORD})
    except Unavailable as why:
        if os.environ.get("CHECKIN_REQUIRE_POSTGRES") == "1":
            pytest.fail(str(why))
        pytest.skip(str(why))
    with server.admin() as conn:
        conn.execute("CREATE ROLE reader LOGIN")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def pg_address(postgres_server: ThrowawayPostgres) -> str:
    """The address of a new, empty database on the test server."""
    return postgres_server.address(postgres_server.new_database())
