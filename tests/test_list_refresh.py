"""A corrected list imported at the administrator's desk reaches every desk at its next sync.

Real desks (their own SQLite databases) syncing through a real folder, and one
through a real PostgreSQL server; the administrator imports a real CSV.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from conftest import DAY1, PEOPLE
from pg_server import pg_address, postgres_server
from sync_helpers import DeskHome, empty_desk, event_desk
from test_cli import ok_json, run

from checkin.service.badges import replace_badge
from checkin.service.importing import import_file
from checkin.service.sync import sync
from checkin.sync.targets import transport_for

__all__ = ["pg_address", "postgres_server"]  # fixtures, used by name

HEADERS = "id,first_name,last_name,organisation,country,category,email\n"


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


def corrected_list(admin: DeskHome, path: Path, *, drop: tuple[str, ...] = ()) -> Path:
    """The registration team's new list: P001 changed organisation, one late registrant."""
    lines = [HEADERS]
    for person in admin.store.all_participants():
        if person.id in drop:
            continue
        organisation = "Ministry of Migration" if person.id == "P001" else person.organisation
        lines.append(
            f"{person.id},{person.first_name},{person.last_name},\"{organisation}\","
            f"{person.country},{person.category},{person.email}\n"
        )
    lines.append("LATE-01,Zacarías,Latecomer,Ciudad de México,MX,local,late@cdmx.example\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


def own_list(tmp_path: Path) -> Path:
    """A list imported at a desk that is not the administrator's: one late registrant."""
    path = tmp_path / "own.csv"
    path.write_text(HEADERS + "LATE-B,Bruno,Second,Ville de Lyon,FR,local,b@lyon.example\n",
                    encoding="utf-8")
    return path


def desks(tmp_path: Path, event_files, target) -> tuple[DeskHome, DeskHome]:
    admin = event_desk(tmp_path, "admin", event_files)
    assert sync(admin.store, transport_for(target, create=True), clock=admin.clock).published
    second = empty_desk(tmp_path, "second")
    assert second.sync(target).joined
    return admin, second


def test_a_corrected_list_is_published_by_the_next_sync_and_taken_in_by_the_others(
    tmp_path: Path, event_files, share: Path
):
    admin, second = desks(tmp_path, event_files, share)
    second.admit("P007")  # checked in at the second desk, synced: the admin desk knows
    second.sync(share)
    admin.sync(share)
    second.admit("P005")  # checked in there too, not synced yet when the list arrives
    report = import_file(
        admin.store,
        corrected_list(admin, tmp_path / "v2.csv", drop=("P006", "P007", "P005")),
        remove_vanished=True,
    )
    assert (report.imported, report.updated) == (1, 1)
    assert report.removed == ["P005", "P006"] and report.kept == ["P007"]
    published = admin.sync(share)
    assert published.ok and published.published  # no --publish needed after an import
    taken = second.sync(share)
    assert taken.ok, taken.errors
    assert taken.list_taken_in is not None
    assert (taken.list_taken_in["imported"], taken.list_taken_in["updated"]) == (1, 1)
    assert taken.list_taken_in["removed"] == 1 and taken.list_taken_in["reprint"] == ["P001"]
    assert "took in the list published at" in taken.summary()
    assert second.store.participant("LATE-01").last_name == "Latecomer"
    assert second.desk.search("latecomer")[0].id == "LATE-01"
    assert second.store.participant("P001").organisation == "Ministry of Migration"
    assert second.store.pending_reprints() == {"P001": ["organisation"]}
    assert second.store.participant("P006") is None
    assert second.store.participant("P005") is not None  # checked in here: never removed
    assert second.store.active_checkins("P005", DAY1)
    again = second.sync(share)
    assert again.list_taken_in is None and not again.published  # taken in once
    assert not admin.sync(share).published  # published once


def test_a_badge_printed_at_the_admin_desk_for_a_late_registrant_works_everywhere(
    tmp_path: Path, event_files, share: Path
):
    admin, second = desks(tmp_path, event_files, share)
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv"))
    admin.sync(share)
    second.sync(share)
    code = admin.desk.code_for(admin.store.participant("LATE-01"))
    verdict = second.desk.scan(code)
    assert verdict.status.value == "ok" and verdict.participant.id == "LATE-01"


def test_a_name_corrected_at_a_desk_survives_the_published_list(
    tmp_path: Path, event_files, share: Path
):
    admin, second = desks(tmp_path, event_files, share)
    replace_badge(second.desk, "P003", reason="name_correction", last_name="Al-Alí")
    second.sync(share)
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv"))  # old spelling
    admin.sync(share)  # the admin desk has the correction too: it merged it first
    assert admin.store.participant("P003").last_name == "Al-Alí"
    taken = second.sync(share)
    assert taken.list_taken_in is not None
    assert second.store.participant("P003").last_name == "Al-Alí"
    assert "P003" not in taken.list_taken_in["reprint"]


def test_the_event_settings_come_with_the_published_list(
    tmp_path: Path, event_files, share: Path
):
    admin, second = desks(tmp_path, event_files, share)
    config = json.loads(admin.store.meta("event_config"))
    config["venue"] = "Palais des Nations, Salle XX"
    admin.store.set_meta("event_config", json.dumps(config, ensure_ascii=False))
    assert sync(admin.store, transport_for(share), publish=True, clock=admin.clock).published
    taken = second.sync(share)
    assert taken.list_taken_in["config_changed"] and taken.list_taken_in["updated"] == 0
    assert second.store.event_config().venue == {"en": "Palais des Nations, Salle XX"}


def test_a_corrected_list_travels_through_a_postgresql_server(
    tmp_path: Path, event_files, pg_address: str
):
    admin, second = desks(tmp_path, event_files, pg_address)
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv"))
    assert admin.sync(pg_address).published
    taken = second.sync(pg_address)
    assert taken.ok and taken.list_taken_in["imported"] == 1
    assert second.store.participant("LATE-01") is not None


def test_from_the_command_line_import_then_sync_is_enough(
    tmp_path: Path, event_files, share: Path
):
    admin, second = desks(tmp_path, event_files, share)
    path = corrected_list(admin, tmp_path / "v2.csv")
    for desk in (admin, second):
        desk.store.close()
    ok_json("import", str(path), home=admin.home)
    assert ok_json("sync", str(share), home=admin.home)["published"]
    text = run("sync", str(share), home=second.home).stdout
    assert "took in the list published at" in text and "(1 new, 1 changed, 0 removed" in text
    assert ok_json("search", "latecomer", home=second.home)[0]["id"] == "LATE-01"
    assert len(PEOPLE) + 1 == ok_json("stats", home=second.home)["registered"]


def listed(store) -> list[tuple]:
    with store.read() as conn:
        return conn.execute(
            "SELECT id, first_name, last_name, organisation, category, badge_version "
            "FROM participants ORDER BY id"
        ).fetchall()


def three_desks(tmp_path: Path, event_files, share: Path):
    admin, second = desks(tmp_path, event_files, share)
    third = empty_desk(tmp_path, "third")
    assert third.sync(share).joined
    return admin, second, third


def sync_all(share: Path, *desks: DeskHome, rounds: int = 2) -> None:
    for _ in range(rounds):
        for desk in desks:
            assert not desk.sync(share).unreachable


def test_someone_removed_but_checked_in_at_a_desk_meanwhile_is_listed_again_everywhere(
    tmp_path: Path, event_files, share: Path
):
    admin, second, third = three_desks(tmp_path, event_files, share)
    second.admit("P004")  # offline: nobody knows yet
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv", drop=("P004",)),
                remove_vanished=True)
    admin.sync(share)
    third.sync(share)  # takes the list in before the check-in reaches it: P004 removed
    assert third.store.participant("P004") is None
    sync_all(share, second, admin, third)
    for desk in (admin, second, third):
        assert desk.store.participant("P004") is not None  # a check-in needs its person
        assert desk.store.checked_in(DAY1) == 1
    assert listed(admin.store) == listed(second.store) == listed(third.store)


def test_a_correction_of_someone_removed_leaves_no_half_row(
    tmp_path: Path, event_files, share: Path
):
    admin, second, third = three_desks(tmp_path, event_files, share)
    replace_badge(second.desk, "P004", reason="name_correction", last_name="Wáng")
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv", drop=("P004",)),
                remove_vanished=True)
    admin.sync(share)
    sync_all(share, second, third, admin)
    for desk in (admin, second, third):
        assert desk.store.participant("P004") is None
    assert listed(admin.store) == listed(second.store) == listed(third.store)


def test_two_lists_at_once_are_a_conflict_a_supervisor_settles(
    tmp_path: Path, event_files, share: Path
):
    admin, second = desks(tmp_path, event_files, share)
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv"))
    assert admin.sync(share).published  # LATE-01 published
    import_file(second.store, own_list(tmp_path))  # the second desk's own, not published yet
    clash = second.sync(share)
    assert [i.code for i in clash.errors] == ["list_conflict"] and clash.pulled == 0
    assert "--take-published" in clash.errors[0].message
    assert second.store.participant("LATE-B") is not None  # nothing undone
    assert second.store.participant("LATE-01") is None  # nothing taken in either
    settled = sync(second.store, transport_for(share), take_published=True, clock=second.clock)
    assert settled.ok and settled.list_taken_in["imported"] == 1
    assert second.store.participant("LATE-01") is not None


def test_an_import_made_while_the_list_is_being_published_is_published_next(
    tmp_path: Path, event_files, share: Path, monkeypatch
):
    from checkin.sync.folder import FolderTransport

    admin, second = desks(tmp_path, event_files, share)
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv"))
    later = tmp_path / "v3.csv"
    later.write_text(HEADERS + "LATE-02,Ana,Later,UNHCR,CH,io,ana@unhcr.example\n",
                     encoding="utf-8")
    publish = FolderTransport.publish_event_package

    def publish_then_import(self, package):
        publish(self, package)
        import_file(admin.store, later)  # the operator's next import commits meanwhile

    monkeypatch.setattr(FolderTransport, "publish_event_package", publish_then_import)
    assert admin.sync(share).published
    monkeypatch.setattr(FolderTransport, "publish_event_package", publish)
    assert admin.sync(share).published  # the second import was not forgotten
    second.sync(share)
    assert second.store.participant("LATE-02") is not None


def test_a_walk_ins_email_stays_on_the_desk_that_typed_it(
    tmp_path: Path, event_files, share: Path
):
    from checkin.service.desk import WalkIn

    admin, second = desks(tmp_path, event_files, share)
    walk_in = WalkIn("Walker", "Inn", "Hotel", country="ch", email="walker@inn.example")
    pid = second.desk.register_walk_in(walk_in).participant.id
    second.sync(share)
    admin.sync(share)
    assert admin.store.participant(pid).email == ""  # e-mails do not travel in journals
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv"))
    admin.sync(share)
    assert second.sync(share).list_taken_in is not None
    assert second.store.participant(pid).email == "walker@inn.example"


def test_values_a_spreadsheet_would_run_travel_unchanged(
    tmp_path: Path, event_files, share: Path
):
    admin, second = desks(tmp_path, event_files, share)
    path = tmp_path / "v2.csv"
    path.write_text(HEADERS + "P007,Seán,O'Brien,-,IE,local,\n", encoding="utf-8")
    import_file(admin.store, path)
    admin.sync(share)
    second.sync(share)
    assert second.store.participant("P007").organisation == "-"
    fresh = empty_desk(tmp_path, "fresh")  # joining reads the package's CSV too
    fresh.sync(share)
    assert fresh.store.participant("P007").organisation == "-"


def test_a_replaced_badge_stays_replaced_when_its_person_is_listed_again(
    tmp_path: Path, event_files, share: Path
):
    admin, second = desks(tmp_path, event_files, share)
    old_code = second.desk.code_for(second.store.participant("P001"))
    replace_badge(second.desk, "P001", reason="lost")
    import_file(second.store, corrected_list(admin, tmp_path / "v2.csv", drop=("P001",)),
                remove_vanished=True)
    assert second.store.participant("P001") is None
    import_file(second.store, corrected_list(admin, tmp_path / "v3.csv"))  # listed again
    assert second.store.participant("P001").badge_version == 2
    assert second.desk.scan(old_code).status.value == "superseded"


def test_two_desks_correcting_one_name_apart_agree_on_the_later(
    tmp_path: Path, event_files, share: Path
):
    admin, second, third = three_desks(tmp_path, event_files, share)
    second.clock.now = second.clock.now.replace(minute=10)
    replace_badge(second.desk, "P004", reason="name_correction", last_name="Early")
    third.clock.now = third.clock.now.replace(minute=20)
    replace_badge(third.desk, "P004", reason="name_correction", last_name="Later")
    sync_all(share, third, second, admin)
    assert {d.store.participant("P004").last_name for d in (admin, second, third)} == {"Later"}


def test_a_desk_database_held_by_another_program_fails_the_sync_cleanly(
    tmp_path: Path, event_files, share: Path
):
    import sqlite3

    admin, second = desks(tmp_path, event_files, share)
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv"))
    admin.sync(share)
    second.admit("P002")
    other = sqlite3.connect(second.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writes to the desk's database
    try:
        held = second.sync(share)  # no exception: problems are in the result
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert {"list_not_taken_in", "desk_busy"} & {i.code for i in held.errors}
    again = second.sync(share)
    assert again.ok and again.list_taken_in is not None
    assert second.store.participant("LATE-01") is not None


def test_a_desk_that_joined_after_a_removal_gets_the_person_back_too(
    tmp_path: Path, event_files, share: Path
):
    admin, second, third = three_desks(tmp_path, event_files, share)
    second.admit("P004")  # offline
    replace_badge(second.desk, "P004", reason="name_correction", last_name="Wáng")
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv", drop=("P004",)),
                remove_vanished=True)
    admin.sync(share)
    late = empty_desk(tmp_path, "late")  # joins the list without P004
    assert late.sync(share).joined and late.store.participant("P004") is None
    sync_all(share, second, admin, third, late)
    people = {name: d.store.participant("P004") for name, d in
              (("admin", admin), ("second", second), ("third", third), ("late", late))}
    assert all(p is not None and p.last_name == "Wáng" for p in people.values()), people
    assert len({str(listed(d.store)) for d in (admin, second, third, late)}) == 1


def test_an_import_made_while_a_newer_list_is_read_is_a_conflict_not_a_loss(
    tmp_path: Path, event_files, share: Path, monkeypatch
):
    from checkin.sync.folder import FolderTransport

    admin, second = desks(tmp_path, event_files, share)
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv"))
    admin.sync(share)
    own = own_list(tmp_path)
    fetch = FolderTransport.fetch_event_package

    def fetch_while_importing(self):
        package = fetch(self)
        import_file(second.store, own)  # the operator's import commits meanwhile
        return package

    monkeypatch.setattr(FolderTransport, "fetch_event_package", fetch_while_importing)
    clash = second.sync(share)
    assert [i.code for i in clash.errors] == ["list_conflict"] and not clash.published
    assert second.store.participant("LATE-B") is not None  # kept
    assert admin.sync(share).list_taken_in is None  # and not pushed over the admin's list


def test_take_published_without_a_newer_list_keeps_the_import_and_says_so(
    tmp_path: Path, event_files, share: Path
):
    admin, second = desks(tmp_path, event_files, share)
    import_file(second.store, own_list(tmp_path))
    nothing = sync(second.store, transport_for(share), take_published=True, clock=second.clock)
    assert [i.code for i in nothing.errors] == ["nothing_to_take"] and not nothing.published
    assert second.sync(share).published  # a plain sync publishes the import after all
    admin.sync(share)
    assert admin.store.participant("LATE-B") is not None


def test_a_walk_in_that_reaches_a_desk_by_the_list_first_is_still_a_walk_in(
    tmp_path: Path, event_files, share: Path
):
    from checkin.service.desk import WalkIn

    admin, second = desks(tmp_path, event_files, share)
    walk_in = WalkIn("Walker", "Inn", "Hotel", country="ch")
    pid = second.desk.register_walk_in(walk_in).participant.id
    second.sync(share)
    admin.sync(share)  # merged the walk-in
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv"))
    admin.sync(share)  # publishes a list that holds the walk-in
    third = empty_desk(tmp_path, "third")
    third.sync(share)  # joins from the list, then reads the journals
    with third.store.read() as conn:
        (source,) = conn.execute("SELECT source FROM participants WHERE id = ?", (pid,)).fetchone()
    assert source == "walk_in"
    assert listed(third.store) == listed(admin.store)


@pytest.mark.parametrize("kind", ["folder", "server"])
def test_someone_removed_but_checked_in_apart_is_listed_on_desks_joining_later(
    tmp_path: Path, event_files, share: Path, pg_address: str, kind: str
):
    """The administrator removed P005 while the second desk, apart, checked them in; the
    administrator's laptop then left (never synced again). A desk joining later has the
    check-in from the second desk's journal: the published event carries P005 set
    aside, so that desk lists them again too, instead of an unknown badge."""
    target = share if kind == "folder" else pg_address
    admin, second = desks(tmp_path, event_files, target)
    second.admit("P005")  # apart: not synced
    import_file(admin.store, corrected_list(admin, tmp_path / "v2.csv", drop=("P005",)),
                remove_vanished=True)
    assert admin.store.participant("P005") is None
    assert admin.sync(target).ok  # publishes the list, P005 set aside in it; then gone
    assert second.sync(target).ok  # pushes the check-in, takes the list in (keeps P005)
    late = empty_desk(tmp_path, "late")
    joined = late.sync(target)
    assert joined.joined and joined.ok, joined
    person = late.store.participant("P005")
    assert person is not None and person.last_name == PEOPLE[4].last_name
    assert late.store.checked_in(DAY1) == 1


def test_a_published_list_is_taken_in_as_it_is_even_empty(tmp_path: Path, event_files, share):
    """The guard that keeps a file naming no one from emptying the list is for files a
    supervisor imports; a list another desk published is every desk's list, as it is
    (someone checked in stays: a check-in always has its person)."""
    from checkin.service.list_refresh import take_in
    from checkin.sync.package import read_package

    _admin, second = desks(tmp_path, event_files, share)
    second.admit("P003")
    package = read_package(share / "event")
    taken = take_in(second.store, dataclasses.replace(package, participants=[]))
    assert taken.removed == len(PEOPLE) - 1
    assert [p.id for p in second.store.all_participants()] == ["P003"]
