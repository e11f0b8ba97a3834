"""``checkin sync postgresql://…`` as a real program, and desks in concurrent processes
syncing through a real PostgreSQL server."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import DAY2, PEOPLE
from pg_server import pg_address, postgres_server
from test_cli import assert_input_error, ok_json, run
from test_sync_cli import admin_home, desks_check_in_and_sync_at_the_same_time

from checkin.service.settings import load_settings
from checkin.store import Store

__all__ = ["admin_home", "pg_address", "postgres_server"]  # fixtures, used by name


def test_publish_join_scan_and_sync_through_a_server(
    admin_home: Path, pg_address: str, tmp_path: Path
):
    published = ok_json("sync", pg_address, "--publish", home=admin_home)
    assert published["published"] and published["ok"]
    joined = ok_json("sync", pg_address, home=tmp_path / "north")
    assert joined["joined"] and joined["journals"] == 1 and joined["sync_folder_set"]
    store = Store.existing_in_home(tmp_path / "north")
    try:
        assert load_settings(store).sync_folder == pg_address  # the app syncs there too
    finally:
        store.close()
    code = ok_json("search", "larsen", home=tmp_path / "north")[0]["code"]
    assert ok_json("scan", code, "--day", "2015-10-27", home=tmp_path / "north")["status"] == "ok"
    assert ok_json("sync", pg_address, home=tmp_path / "north")["pushed"] == 1
    pulled = ok_json("sync", pg_address, home=admin_home)
    assert (pulled["pulled"], pulled["merged"]) == (1, 1)
    assert ok_json("stats", "--day", "2015-10-27", home=admin_home)["checked_in"] == 1


def test_a_server_that_does_not_answer_exits_1_with_one_clear_line(admin_home: Path):
    address = "postgresql://desk:hunter22@127.0.0.1:1/idm2015"
    result = run("sync", address, home=admin_home)
    assert_input_error(result, "cannot be reached")
    assert "hunter22" not in result.stderr + result.stdout
    document = json.loads(run("sync", address, "--json", home=admin_home).stdout)
    assert document["errors"][0]["code"] == "server_unreachable"


def test_joining_a_server_with_nothing_published(pg_address: str, tmp_path: Path):
    result = run("sync", pg_address, home=tmp_path / "new")
    assert_input_error(result, "No event is published", "--publish")


def test_desks_in_concurrent_processes_check_in_and_sync_through_a_server(
    admin_home: Path, pg_address: str, tmp_path: Path, postgres_server
):
    ok_json("sync", pg_address, "--publish", home=admin_home)
    homes = [admin_home, tmp_path / "north", tmp_path / "south"]
    desks_check_in_and_sync_at_the_same_time(homes, pg_address, tmp_path)
    database = pg_address.split("/")[3].split("?")[0]
    with postgres_server.admin(database) as conn:
        (table,) = conn.execute(
            "SELECT rows FROM checkin_attendance WHERE day = %s", (DAY2,)
        ).fetchone()
    assert len(json.loads(table)) == len(PEOPLE)
