"""Desks syncing through a real PostgreSQL server: the same service, another transport.

The server is a throw-away cluster started for the session (``pg_server``);
each test has its own database. Nothing is mocked: the tests read, damage
and delete the server's rows with SQL, stop the server, and refuse writes
with a real read-only role.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import DAY1, DAY2, EVENT, PEOPLE
from pg_server import GUARDED, GUARDED_PASSWORD, PostgresServer, pg_address, postgres_server
from sync_helpers import (
    DeskHome,
    check_in_then_restore,
    empty_desk,
    event_desk,
    event_uuids,
    projection,
)

from checkin.domain.rules import Status
from checkin.service.desk import WalkIn
from checkin.service.sync import sync
from checkin.store import Store
from checkin.sync.journal import encode
from checkin.sync.targets import is_server_address, shown, transport_for

__all__ = ["pg_address", "postgres_server"]  # fixtures, used by name


def rows(server: PostgresServer, address: str, sql: str, *args) -> list[tuple]:
    database = address.split("/")[3].split("?")[0]
    with server.admin(database) as conn:
        cursor = conn.execute(sql, args)
        return cursor.fetchall() if cursor.description else []


@pytest.fixture
def admin(tmp_path, event_files, pg_address: str) -> DeskHome:
    desk = event_desk(tmp_path, "admin", event_files)
    result = sync(desk.store, transport_for(pg_address, create=True), clock=desk.clock)
    assert result.published and result.ok, result
    return desk


@pytest.fixture
def second(tmp_path, admin: DeskHome, pg_address: str) -> DeskHome:
    desk = empty_desk(tmp_path, "second")
    result = desk.sync(pg_address)
    assert result.joined and result.ok, result
    return desk


def test_addresses_are_told_from_folders_and_shown_without_their_password():
    assert is_server_address("postgresql://desk@db.example/idm2015")
    assert is_server_address(" POSTGRES://db.example/idm2015")
    assert not is_server_address("/mnt/share/postgresql")
    text = shown("postgresql://desk:s3cret@db.example:5433/idm2015")
    assert text == "postgresql://desk@db.example:5433/idm2015"


def test_a_new_desk_joins_with_the_list_and_the_secret(admin: DeskHome, second: DeskHome):
    assert second.store.meta("secret") == admin.store.meta("secret")
    assert second.store.meta("event_id") == EVENT["id"]
    assert second.store.participant_count() == len(PEOPLE)
    assert [p.first_name for p in second.store.all_participants()] == [
        p.first_name for p in admin.store.all_participants()
    ]
    code = admin.desk.code_for(admin.store.participant("P009"))
    assert second.desk.scan(code).status is Status.OK


def test_check_ins_travel_and_a_person_admitted_twice_apart_counts_once(
    admin: DeskHome, second: DeskHome, pg_address: str
):
    admin.admit("P001")
    second.admit("P001")
    second.admit("P002")
    first = admin.sync(pg_address)
    assert (first.pushed, first.merged) == (1, 0)
    both = second.sync(pg_address)
    assert (both.pushed, both.pulled, both.merged, both.duplicates) == (2, 1, 1, 1)
    last = admin.sync(pg_address)
    assert (last.merged, last.duplicates) == (2, 1)
    for desk in (admin, second):
        assert desk.store.checked_in(DAY1) == 2
        assert desk.store.duplicates(DAY1) == 1
    assert projection(admin.store) == projection(second.store)


def test_syncing_again_reads_nothing_and_rereading_everything_merges_nothing(
    admin: DeskHome, second: DeskHome, pg_address: str
):
    for pid in ("P001", "P002", "P003"):
        admin.admit(pid)
    admin.sync(pg_address)
    second.sync(pg_address)
    state, count = projection(second.store), second.store.event_count()
    again = second.sync(pg_address)
    assert (again.pushed, again.pulled, again.merged, again.journals) == (0, 0, 0, 1)
    second.store.set_meta("sync_pull", "{}")
    reread = second.sync(pg_address)
    assert (reread.pulled, reread.merged) == (3, 0)
    assert projection(second.store) == state and second.store.event_count() == count


def test_undo_and_walk_ins_travel_without_the_email(
    admin: DeskHome, second: DeskHome, pg_address: str, postgres_server
):
    admin.admit("P004")
    walk_in = WalkIn(
        "Lucía",
        "Fernández",
        "Ayuntamiento de Sevilla",
        country="es",
        email="lucia@sevilla.example",
        category="local",
    )
    pid = admin.desk.register_walk_in(walk_in).participant.id
    admin.sync(pg_address)
    second.sync(pg_address)
    assert second.store.checked_in(DAY1) == 2
    lines = rows(postgres_server, pg_address, "SELECT line FROM checkin_events")
    assert not any(b"sevilla.example" in bytes(line) for (line,) in lines)
    assert second.store.participant(pid).last_name == "Fernández"
    assert second.store.participant(pid).email == ""
    admin.desk.undo("P004", day=DAY1)
    admin.sync(pg_address)
    second.sync(pg_address)
    assert second.store.checked_in(DAY1) == 1


def test_three_desks_converge(admin, second, tmp_path, event_files, pg_address):
    third = empty_desk(tmp_path, "third")
    assert third.sync(pg_address).joined
    for desk, pid in ((admin, "P001"), (second, "P002"), (third, "P003"), (third, "P001")):
        desk.admit(pid, day=DAY2)
    for _ in range(2):
        for desk in (admin, second, third):
            assert desk.sync(pg_address).ok
    states = {str(projection(d.store)) for d in (admin, second, third)}
    assert len(states) == 1
    assert third.store.checked_in(DAY2) == 3 and third.store.duplicates(DAY2) == 1


def test_rows_lost_on_the_server_are_written_again_by_their_desk(
    admin: DeskHome, second: DeskHome, pg_address: str, postgres_server
):
    for pid in ("P001", "P002", "P003"):
        admin.admit(pid)
    admin.sync(pg_address)
    # the server restored from a backup taken before the last two check-ins
    rows(
        postgres_server,
        pg_address,
        "DELETE FROM checkin_events WHERE desk = %s AND seq > 1",
        admin.desk_id,
    )
    rows(
        postgres_server,
        pg_address,
        "UPDATE checkin_desks SET last_seq = 1 WHERE desk = %s",
        admin.desk_id,
    )
    repaired = admin.sync(pg_address)
    assert repaired.ok and repaired.rewritten and repaired.pushed == 2
    second.sync(pg_address)
    assert second.store.checked_in(DAY1) == 3


def test_events_on_the_server_missing_from_a_restored_database_are_recovered(
    admin: DeskHome, pg_address: str
):
    check_in_then_restore(admin, pg_address, ("P001", "P002"))  # restored from before them
    assert admin.store.checked_in(DAY1) == 0
    result = admin.sync(pg_address)
    assert result.recovered == 2 and result.ok
    assert admin.store.checked_in(DAY1) == 2
    assert admin.store.last_seq(admin.desk_id) == 2


def test_rows_lost_in_the_middle_are_noticed_written_again_and_read_again(
    admin: DeskHome, second: DeskHome, pg_address: str, postgres_server
):
    for pid in ("P001", "P002", "P003"):
        admin.admit(pid)
    admin.sync(pg_address)
    second.sync(pg_address)  # its cursor is past rows 2 and 3 now
    # rows 2 and 3 lost on the server (a partial restore); the desk row is untouched
    rows(postgres_server, pg_address,
         "DELETE FROM checkin_events WHERE desk = %s AND seq IN (2, 3)", admin.desk_id)
    admin.admit("P004")
    repaired = admin.sync(pg_address)  # no --verify: the count of rows tells
    assert repaired.ok and repaired.rewritten and repaired.pushed == 3
    third = empty_desk(admin.home.parent, "third")
    third.sync(pg_address)
    assert third.store.checked_in(DAY1) == 4  # the server holds everything again
    assert second.sync(pg_address).ok
    assert second.store.checked_in(DAY1) == 4


def test_an_address_libpq_cannot_read_never_shows_its_password(tmp_path, event_files):
    desk = event_desk(tmp_path, "typo", event_files)
    for address in (
        "POSTGRESQL://desk:hunter22@[::1/db",  # a broken IPv6 host
        "postgresql://desk:hunter22@host/db?sslmode=%zz",  # a bad escape
    ):
        result = desk.sync(address)
        assert [i.code for i in result.errors] == ["server_address"], result.errors
        assert "hunter22" not in result.errors[0].message + str(result.errors[0].params)
        assert "hunter22" not in result.folder


def test_an_unknown_login_or_database_is_a_refusal_not_an_outage(
    tmp_path, event_files, postgres_server, pg_address
):
    database = pg_address.split("/")[3].split("?")[0]
    desk = event_desk(tmp_path, "stranger", event_files)
    for address in (
        postgres_server.address(database, user="nobody_here"),
        postgres_server.address("no_such_database"),
    ):
        result = desk.sync(address)
        assert [i.code for i in result.errors] == ["server_denied"], result.errors


def test_two_desks_publishing_first_at_the_same_moment_both_succeed(
    tmp_path, event_files, postgres_server
):
    import threading

    for round_ in range(4):
        address = postgres_server.address(postgres_server.new_database())
        desks = [event_desk(tmp_path / f"r{round_}", name, event_files) for name in "ab"]
        results: list = []

        def publish(desk, address=address, results=results):
            results.append(sync(desk.store, transport_for(address, create=True), clock=desk.clock))

        threads = [threading.Thread(target=publish, args=(d,)) for d in desks]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        codes = [i.code for r in results for i in r.errors]
        assert "server_error" not in codes, [i.message for r in results for i in r.errors]


def test_a_second_database_with_this_desks_id_is_refused_and_writes_nothing(
    admin: DeskHome, pg_address: str, postgres_server
):
    admin.admit("P001")
    admin.sync(pg_address)
    # a copy of this desk's database checked someone in and pushed under number 2
    ours = admin.store.events_after(admin.desk_id, 0)[0]
    theirs = replace(ours, uuid="e" * 32, seq=2, participant_id="P003")
    rows(
        postgres_server,
        pg_address,
        "INSERT INTO checkin_events VALUES (%s, 2, %s, %s)",
        admin.desk_id,
        theirs.uuid,
        encode(theirs),
    )
    rows(postgres_server, pg_address, "UPDATE checkin_desks SET last_seq = 2")
    admin.admit("P002")
    result = admin.sync(pg_address)
    assert [i.code for i in result.errors] == ["journal_conflict"]
    assert "desk id" in result.errors[0].message
    stored = rows(postgres_server, pg_address, "SELECT uuid FROM checkin_events ORDER BY seq")
    assert stored == [(ours.uuid,), (theirs.uuid,)]  # left as it was
    assert admin.store.checked_in(DAY1) == 2  # the desk goes on


def test_a_row_damaged_on_the_server_is_named_then_repaired_and_read_again(
    admin: DeskHome, second: DeskHome, pg_address: str, postgres_server
):
    for pid in ("P001", "P002", "P003"):
        admin.admit(pid)
    admin.sync(pg_address)
    rows(
        postgres_server,
        pg_address,
        "UPDATE checkin_events SET line = overlay(line placing 'X'::bytea from 12) "
        "WHERE desk = %s AND seq = 2",
        admin.desk_id,
    )
    seen = second.sync(pg_address)
    assert seen.skipped_corrupt == 1 and seen.merged == 2
    assert "checksum" in seen.corrupt[0]
    fixed = admin.sync(pg_address, verify=True)  # the app verifies at start and hourly
    assert fixed.ok and fixed.rewritten
    again = second.sync(pg_address)
    assert again.skipped_corrupt == 0 and again.merged == 1
    assert second.store.checked_in(DAY1) == 3


def test_an_unreachable_server_is_reported_and_nothing_is_lost(
    admin: DeskHome, pg_address: str, postgres_server
):
    admin.admit("P001")
    postgres_server.stop()
    try:
        offline = admin.sync(pg_address)
    finally:
        postgres_server.start()
    assert offline.unreachable and [i.code for i in offline.errors] == ["server_unreachable"]
    assert "keeps working" in offline.errors[0].message
    assert admin.store.checked_in(DAY1) == 1  # the desk goes on
    admin.admit("P002")
    back = admin.sync(pg_address)
    assert back.ok and back.pushed == 2


def test_a_server_that_is_not_listening_says_so_quickly(tmp_path, event_files):
    desk = event_desk(tmp_path, "lonely", event_files)
    result = desk.sync("postgresql://checkin:secret@127.0.0.1:1/idm2015")
    assert [i.code for i in result.errors] == ["server_unreachable"]
    assert "secret" not in result.errors[0].message
    assert result.seconds < 30  # bounded by the connect timeout, not by TCP's minutes


def test_a_refused_login_is_named(tmp_path, event_files, postgres_server, pg_address):
    database = pg_address.split("/")[3].split("?")[0]
    wrong = postgres_server.address(database, user=GUARDED, password="wrong")
    desk = event_desk(tmp_path, "guarded", event_files)
    result = desk.sync(wrong)
    assert [i.code for i in result.errors] == ["server_denied"]
    assert "wrong" not in result.errors[0].message
    right = postgres_server.address(database, user=GUARDED, password=GUARDED_PASSWORD)
    assert not desk.sync(right).unreachable  # logs in (nothing is published there)


def test_a_read_only_role_still_reads_the_others(
    admin: DeskHome, tmp_path, event_files, pg_address: str, postgres_server
):
    database = pg_address.split("/")[3].split("?")[0]
    with postgres_server.admin(database) as conn:
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")
    organiser = empty_desk(tmp_path, "organiser")
    reader = postgres_server.address(database, user="reader")
    assert organiser.sync(reader).joined
    admin.admit("P001")
    admin.sync(pg_address)
    organiser.admit("P002")
    result = organiser.sync(reader)
    assert [i.code for i in result.errors] == ["server_read_only"]
    assert result.merged == 1 and organiser.store.checked_in(DAY1) == 2
    assert not result.unreachable


def test_a_desk_login_without_the_right_to_create_tables_can_publish_again(
    admin: DeskHome, pg_address: str, postgres_server
):
    database = pg_address.split("/")[3].split("?")[0]
    with postgres_server.admin(database) as conn:
        conn.execute("CREATE ROLE desk_only LOGIN")
        conn.execute(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO desk_only"
        )
    desk_login = postgres_server.address(database, user="desk_only")
    admin.admit("P001")
    again = sync(admin.store, transport_for(desk_login, create=True), publish=True,
                 clock=admin.clock)
    assert again.ok and again.published and again.pushed == 1, again.errors


def test_a_desk_of_another_event_is_refused(admin, tmp_path, pg_address: str, event_files):
    other = Store.in_home(tmp_path / "other")
    from checkin.service.event_setup import load_event

    config = event_files.config.read_text(encoding="utf-8").replace(EVENT["id"], "another")
    (tmp_path / "another.json").write_text(config, encoding="utf-8")
    load_event(other, tmp_path / "another.json", event_files.participants)
    desk = DeskHome(tmp_path / "other", other)
    result = desk.sync(pg_address)
    assert [i.code for i in result.errors] == ["other_event"]


def test_joining_a_database_with_nothing_published_says_so(tmp_path, pg_address: str):
    desk = empty_desk(tmp_path, "early")
    result = desk.sync(pg_address)
    assert [i.code for i in result.errors] == ["no_package"]
    assert "--publish" in result.errors[0].message


def test_the_days_attendance_is_written_to_the_server(
    admin: DeskHome, second: DeskHome, pg_address: str, postgres_server
):
    admin.admit("P001")
    second.admit("P002")
    admin.sync(pg_address)
    second.sync(pg_address)
    ((headers, table),) = rows(
        postgres_server,
        pg_address,
        "SELECT headers, rows FROM checkin_attendance WHERE day = %s",
        DAY1,
    )
    import json

    assert "id" in json.loads(headers)[0].lower() or json.loads(headers)
    arrived = {r[0] for r in json.loads(table)}
    assert {"P001", "P002"} <= arrived


def test_the_same_events_as_a_folder(admin: DeskHome, second: DeskHome, pg_address, tmp_path):
    """The server carries the journal's own lines: the uuids merged are the desks'."""
    admin.admit("P005")
    admin.sync(pg_address)
    second.sync(pg_address)
    assert event_uuids(admin.store) <= event_uuids(second.store)
