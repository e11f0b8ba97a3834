"""A throw-away PostgreSQL server, for the server-sync tests and benchmark.

``initdb`` and ``pg_ctl`` from the machine's PostgreSQL (Debian's
``postgresql`` package) make a cluster in a new temporary folder that listens
on a Unix socket only, with ``fsync`` off (nothing in it outlives the run).
PostgreSQL refuses to run as root, so under root it runs as the ``postgres``
user (or ``nobody``) through ``setpriv`` (util-linux).
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

import psycopg


class Unavailable(RuntimeError):
    """No server can be started here (the reason says why)."""


def _bindir() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _run_as() -> tuple[list[str], int | None]:
    if os.geteuid() != 0:
        return [], None
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        raise Unavailable("running as root: install setpriv (util-linux) to start PostgreSQL")
    for name in ("postgres", "nobody"):
        try:
            user = pwd.getpwnam(name)
        except KeyError:
            continue
        prefix = [setpriv, f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups"]
        return prefix, user.pw_uid
    raise Unavailable("running as root with no 'postgres' or 'nobody' user to run PostgreSQL as")


class ThrowawayPostgres:
    """``start()`` it, make databases, ``close()`` it (the folder goes with it)."""

    USER = "checkin"  # the cluster's superuser; every role is trusted on the socket

    def __init__(self, *, password_roles: dict[str, str] | None = None) -> None:
        bindir = _bindir()
        if bindir is None:
            raise Unavailable("PostgreSQL's server programs (initdb, pg_ctl) are not installed")
        self.bindir = bindir
        self.prefix, uid = _run_as()
        # Not under a user-private temporary folder: the server's user must reach it.
        self.root = Path(tempfile.mkdtemp(prefix="checkin-postgres-"))
        if uid is not None:
            os.chown(self.root, uid, -1)
        self.data = self.root / "data"
        self._numbers = itertools.count(1)
        self._run(
            "initdb", "-D", str(self.data), "-A", "trust", "-U", self.USER, "--no-sync",
            "-E", "UTF8", "--locale=C.UTF-8",
        )  # fmt: skip
        hba = self.data / "pg_hba.conf"
        guarded = "".join(f"local all {role} scram-sha-256\n" for role in password_roles or {})
        hba.write_text(guarded + hba.read_text())
        self.start()
        with self.admin() as conn:
            for role, password in (password_roles or {}).items():
                conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")

    def _run(self, program: str, *args: str) -> None:
        done = subprocess.run(
            [*self.prefix, str(self.bindir / program), *args], capture_output=True, text=True
        )
        if done.returncode != 0:
            raise Unavailable(f"{program} failed: {(done.stderr or done.stdout).strip()}")

    def address(self, database: str, user: str = USER, password: str = "") -> str:
        secret = f":{quote(password)}" if password else ""
        return f"postgresql://{user}{secret}@/{database}?host={quote(str(self.root), '')}"

    def admin(self, database: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(self.address(database), autocommit=True)

    def new_database(self) -> str:
        name = f"event{next(self._numbers)}"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return name

    def start(self) -> None:
        options = f"-k {self.root} -c listen_addresses= -c fsync=off"
        log = str(self.root / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-w", "-l", log, "-o", options, "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def close(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
