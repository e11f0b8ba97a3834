"""A real PostgreSQL server for the sync tests: started once per test session.

``initdb`` and ``pg_ctl`` from the machine's PostgreSQL (Debian's
``postgresql`` package, which ``.ci/run`` installs) make a throw-away cluster
in a temporary folder that listens on a Unix socket only. PostgreSQL refuses
to run as root, so under root (CI) it runs as the ``postgres`` user (or
``nobody``) through ``setpriv``. Each test gets a database of its own.

Without PostgreSQL on the machine these tests are skipped, except where
``CHECKIN_REQUIRE_POSTGRES=1`` (CI sets it): there a missing server fails.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

#: A role that logs in with a password (every other role is trusted on the socket).
GUARDED, GUARDED_PASSWORD = "guarded", "right-password"
_numbers = itertools.count(1)


def _bindir() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@dataclass
class PostgresServer:
    socket_dir: Path
    data: Path
    bindir: Path
    prefix: list[str]

    def address(self, database: str, user: str = "checkin", password: str = "") -> str:
        secret = f":{quote(password)}" if password else ""
        return f"postgresql://{user}{secret}@/{database}?host={quote(str(self.socket_dir), '')}"

    def admin(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(self.address(database), autocommit=True)

    def new_database(self) -> str:
        name = f"event{next(_numbers)}"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return name

    def pg_ctl(self, *args: str) -> None:
        subprocess.run(
            [*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.data), *args],
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        self.pg_ctl("-m", "immediate", "-w", "stop")

    def start(self) -> None:
        options = f"-k {self.socket_dir} -c listen_addresses= -c fsync=off"
        self.pg_ctl("-w", "-l", str(self.data.parent / "server.log"), "-o", options, "start")


def _run_as() -> tuple[list[str], int | None]:
    if os.geteuid() != 0:
        return [], None
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.fail("running as root: install setpriv (util-linux) to start PostgreSQL")
    for name in ("postgres", "nobody"):
        try:
            user = pwd.getpwnam(name)
        except KeyError:
            continue
        prefix = [setpriv, f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups"]
        return prefix, user.pw_uid
    pytest.fail("running as root with no 'postgres' or 'nobody' user to run PostgreSQL as")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bindir = _bindir()
    if bindir is None:
        message = "PostgreSQL's server programs (initdb, pg_ctl) are not installed"
        if os.environ.get("CHECKIN_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    # Not under pytest's temporary folder: that is private to the user running the
    # tests, and the server's user must reach its own folder.
    root = Path(tempfile.mkdtemp(prefix="checkin-postgres-"))
    prefix, uid = _run_as()
    if uid is not None:
        os.chown(root, uid, -1)
    data = root / "data"
    subprocess.run(
        [
            *prefix,
            str(bindir / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "checkin",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        check=True,
        capture_output=True,
    )
    hba = data / "pg_hba.conf"
    hba.write_text(f"local all {GUARDED} scram-sha-256\n" + hba.read_text())
    server = PostgresServer(root, data, bindir, prefix)
    server.start()
    with server.admin() as conn:
        conn.execute(f"CREATE ROLE {GUARDED} LOGIN PASSWORD '{GUARDED_PASSWORD}'")
        conn.execute("CREATE ROLE reader LOGIN")
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_address(postgres_server: PostgresServer) -> str:
    """The address of a new, empty database on the test server."""
    return postgres_server.address(postgres_server.new_database())
