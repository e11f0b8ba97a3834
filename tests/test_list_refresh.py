"""A corrected list imported at the administrator's desk reaches every desk at its next sync.

Real desks (their own SQLite databases) syncing through a real folder, and one
through a real PostgreSQL server; the administrator imports a real CSV.
"""

from __future__ import annotations

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
