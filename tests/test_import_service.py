"""Applying registration lists to a real desk database: re-import, atomicity, exports, CLI."""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path

import pytest
from conftest import DAY1, PEOPLE
from registration_lists import (
    EVERYONE,
    delimited,
    excel_french_csv,
    open_event_store,
    people_workbook,
    utf8_csv,
)

from checkin.cli import main as cli
from checkin.domain.errors import InputError
from checkin.domain.text import query_tokens
from checkin.service import importing
from checkin.service.exports import export_participants
from checkin.service.importing import ImportCancelled, import_file
from checkin.store import Store, bulk

HEADERS = ["id", "first_name", "last_name", "organisation", "country", "category", "email"]


def list_of(people) -> list[list[str]]:
    return [[p.id, p.first_name, p.last_name, p.organisation, p.country, p.category, p.email]
            for p in people]


def write(path: Path, rows, headers=HEADERS) -> Path:
    path.write_bytes(delimited(headers, rows))
    return path


def snapshot(store: Store) -> tuple:
    """Everything an import could touch, to compare before and after."""
    people = {p.id: p for p in store.all_participants()}
    return (people, store.search(query_tokens("ma"), 50), store.event_count(),
            store.pending_reprints(), store.meta("last_import"))


@pytest.fixture
def registered(store: Store, tmp_path: Path) -> list[list[str]]:
    """The test event's eleven people, as their registration list says."""
    current = [store.participant(row.id) for row in PEOPLE]
    return list_of(current)


def test_first_import_adds_everyone_and_they_can_be_found(tmp_path):
    store = open_event_store(tmp_path / "desk")
    path = tmp_path / "liste.csv"
    path.write_bytes(excel_french_csv())
    report = import_file(store, path)
    assert (report.imported, report.updated, report.unchanged, report.skipped) == (6, 0, 0, 0)
    assert store.participant("A-001").last_name == "Lefèvre-Dubois"
    assert [p.id for p in store.search(query_tokens("lefevre"))] == ["A-001"]
    assert [p.id for p in store.search(query_tokens("obrien"))] == ["A-003"]
    assert json.loads(store.meta("last_import"))["imported"] == 6


def test_reimport_updates_adds_reports_and_never_touches_check_ins(desk, registered, tmp_path):
    store = desk.store
    desk.admit("P005")  # checked in before the corrected list arrives
    events_before = store.event_count()
    rows = [list(r) for r in registered]
    rows[0][3] = "Ministry of Migration"  # P001: a printed field changes
    rows[1][6] = "new.address@kyivcity.example"  # P002: e-mail only
    rows = [r for r in rows if r[0] not in ("P007", "P005")]  # two vanish from the list
    rows.append(["N001", "Nadia", "Haddad", "UNHCR", "Liban", "io", "nadia@unhcr.example"])
    report = import_file(store, write(tmp_path / "v2.csv", rows))
    assert (report.imported, report.updated, report.unchanged) == (1, 2, 7)
    assert report.vanished == ["P005", "P007"]
    assert store.participant("P007") is not None  # reported, never silently deleted
    assert store.participant("P001").organisation == "Ministry of Migration"
    assert store.participant("N001").country == "LB"
    assert [c.id for c in report.reprint] == ["P001"]
    assert store.pending_reprints() == {"P001": ["organisation"]}
    assert {c.id: c.fields for c in report.changes}["P002"] == ("email",)
    assert store.event_count() == events_before
    assert store.active_checkins("P005", DAY1)  # still checked in
    assert [p.id for p in store.search(query_tokens("haddad"))] == ["N001"]
    assert [p.id for p in store.search(query_tokens("migration"))] == ["P001"]


def test_reimport_keeps_a_raised_badge_version(desk, registered, tmp_path):
    store = desk.store
    with store.write() as conn:
        from checkin.store import participants

        participants.raise_badge_version(conn, "P003", 3)
    rows = [list(r) for r in registered]
    rows[2][2] = "Al-Ali"
    import_file(store, write(tmp_path / "v2.csv", rows))
    assert store.participant("P003").badge_version == 3
    assert store.participant("P003").last_name == "Al-Ali"


def test_a_name_corrected_at_a_desk_stays_corrected_when_the_list_still_misspells_it(
    desk, registered, tmp_path
):
    from checkin.service.badges import replace_badge

    store = desk.store
    misspelt = store.participant("P003")
    replace_badge(desk, "P003", reason="name_correction", last_name="Al-Alí")
    rows = [list(r) for r in registered]
    rows[3][3] = "Ministère de l'Intérieur"  # P004: something else changes meanwhile
    report = import_file(store, write(tmp_path / "v2.csv", rows))  # still the old spelling
    assert store.participant("P003").last_name == "Al-Alí"
    assert store.participant("P003").first_name == misspelt.first_name
    assert report.corrected == ["P003"]
    assert (report.updated, report.unchanged) == (1, len(PEOPLE) - 1)  # P003 unchanged
    assert "P003" not in store.pending_reprints()  # its badge is the corrected one
    rows[2][2] = "Al-Alí"  # the registration team fixes it too: nothing to tell
    again = import_file(store, write(tmp_path / "v3.csv", rows))
    assert again.corrected == [] and again.unchanged == len(PEOPLE)


def test_columns_missing_from_the_file_keep_their_values(store, registered, tmp_path):
    short = [row[:3] for row in registered]  # id and names only
    report = import_file(store, write(tmp_path / "names.csv", short, HEADERS[:3]))
    assert report.unchanged == len(PEOPLE) and report.updated == 0
    assert store.participant("P009").flags == {"vip", "speaker"}
    assert store.participant("P001").email == "g.papadopoulos@ypes.gr"


def test_explicit_removal_spares_people_who_checked_in(desk, registered, tmp_path):
    desk.admit("P005")
    rows = [r for r in registered if r[0] not in ("P005", "P006")]
    report = import_file(desk.store, write(tmp_path / "v3.csv", rows), remove_vanished=True)
    assert report.removed == ["P006"] and report.kept == ["P005"]
    assert desk.store.participant("P006") is None
    assert desk.store.search(query_tokens("garcia")) == []
    assert desk.store.participant("P005") is not None


def test_a_file_that_names_no_one_never_empties_the_list(store, registered, tmp_path):
    """--remove-vanished with a header only, or rows that lost their ids, removed
    everyone: such a file cannot say who left, so nothing at all is done."""
    before = snapshot(store)
    header_only = import_file(store, write(tmp_path / "empty.csv", []), remove_vanished=True)
    assert header_only.removal_refused and header_only.removal_blocked == "nothing_imported"
    assert header_only.removed == [] and snapshot(store) == before
    rows = [list(r) for r in registered]
    rows[3][0] = ""  # one row lost its id: it may be anyone the file seems to drop
    del rows[4]
    report = import_file(store, write(tmp_path / "noid.csv", rows), remove_vanished=True)
    assert report.removal_refused and report.removal_blocked == "unidentified_rows"
    assert report.removed == [] and snapshot(store) == before  # nothing imported either
    assert len(store.all_participants()) == len(PEOPLE)
    assert cli(["--home", str(store.path.parent), "import", str(tmp_path / "noid.csv"),
                "--remove-vanished"]) == 1
    assert snapshot(store) == before
    plain = import_file(store, write(tmp_path / "noid.csv", rows))  # no removal asked: fine
    assert not plain.removal_refused and plain.vanished and plain.removed == []


def test_a_file_without_ids_cannot_remove_the_people_it_cannot_match(store, registered,
                                                                     tmp_path):
    """No id column: ids are made from the names, and none is a stored id. Removing the
    "vanished" would take everyone off the list (their printed badges with them) and
    list them again under made-up ids: refused, nothing changed."""
    before = snapshot(store)
    names = [row[1:3] for row in registered]
    path = write(tmp_path / "noid.csv", names, ["first_name", "last_name"])
    report = import_file(store, path, remove_vanished=True)
    assert report.removal_refused and report.removal_blocked == "unmatched_ids"
    assert report.removed == [] and snapshot(store) == before


def test_a_file_without_ids_that_would_list_everyone_twice_is_refused(store, registered,
                                                                      tmp_path):
    """The same people, exported without the id column: every one of them would be
    listed a second time under an id made from the name. Refused, nothing changed."""
    before = snapshot(store)
    path = write(tmp_path / "noid.csv", [row[1:] for row in registered], HEADERS[1:])
    with pytest.raises(InputError) as refused:
        import_file(store, path)
    assert refused.value.code == "listed_twice" and "list them twice" in str(refused.value)
    assert snapshot(store) == before
    late = [["Zacarías", "Latecomer", "Ciudad de México", "MX", "local", "z@cdmx.example"]]
    added = import_file(store, write(tmp_path / "late.csv", late, HEADERS[1:]))
    assert added.imported == 1  # a file of new people only, without ids, is fine


def test_same_person_under_a_new_id_is_pointed_out(store, registered, tmp_path):
    rows = [list(r) for r in registered]
    rows[5][0] = "NEW-006"  # José García, renumbered by the registration system
    report = import_file(store, write(tmp_path / "v4.csv", rows), dry_run=True)
    warning = next(w for w in report.warnings if w.code == "same_person_in_list")
    assert warning.params["other_id"] == "P006" and warning.row == 7


def test_dry_run_changes_nothing(store, tmp_path):
    before = snapshot(store)
    path = tmp_path / "l.csv"
    path.write_bytes(utf8_csv())
    report = import_file(store, path, dry_run=True)
    assert report.dry_run and report.imported == len(EVERYONE)
    assert snapshot(store) == before


def test_a_failure_halfway_leaves_nothing_behind(store, monkeypatch, tmp_path):
    monkeypatch.setattr(bulk, "CHUNK", 3)
    path = tmp_path / "l.xlsx"
    path.write_bytes(people_workbook())
    plan = importing.plan_list(importing.read_list(path), store.event_config())
    before = snapshot(store)
    calls = []

    def fail_on_third_chunk(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 3:
            raise OSError("disk unplugged")

    with pytest.raises(OSError):
        importing.apply(store, plan, progress=fail_on_third_chunk)
    assert snapshot(store) == before
    assert calls == [0, 3, 6]


def test_cancelling_rolls_back(store, monkeypatch, tmp_path):
    monkeypatch.setattr(bulk, "CHUNK", 2)
    path = tmp_path / "l.csv"
    path.write_bytes(utf8_csv())
    plan = importing.plan_list(importing.read_list(path), store.event_config())
    before = snapshot(store)
    seen = []

    def cancelled() -> bool:
        return len(seen) >= 2

    with pytest.raises(ImportCancelled):
        importing.apply(store, plan, progress=lambda done, total: seen.append(done),
                        cancelled=cancelled)
    assert snapshot(store) == before
    # The same plan applies completely afterwards.
    report = importing.apply(store, plan)
    assert report.imported == len(EVERYONE)


def test_unreadable_files_change_nothing(store, tmp_path):
    before = snapshot(store)
    for name, data in (("empty.csv", b""), ("bin.xlsx", bytes(range(256)) * 10),
                       ("nonames.csv", b"a,b\n1,2\n")):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(InputError):
            import_file(store, tmp_path / name)
    assert snapshot(store) == before


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_imports_again_without_changes(store, tmp_path, suffix):
    tricky = dataclasses.replace(
        store.participant("P010"), organisation="=HYPERLINK(\"x\")", notes="line 1\nline 2",
        title="-5 °C; 'quoted' \"too\"", ticket_code="00042")
    store.upsert_participants([tricky])
    path = tmp_path / f"export{suffix}"
    assert export_participants(store, path) == len(PEOPLE)
    report = import_file(store, path)
    assert (report.imported, report.updated, report.unchanged) == (0, 0, len(PEOPLE))
    assert not report.errors
    assert store.participant("P010") == tricky


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_what_another_tool_wrote_is_stored_so_that_an_export_re_imports_unchanged(
    store, tmp_path, suffix
):
    """Windows line breaks, FileMaker's vertical tab and a leading apostrophe from some
    other tool: stored as ``\n`` and as written, then exported and imported unchanged."""
    source = tmp_path / "other-tool.csv"
    source.write_bytes(
        b"Id,First name,Last name,Organisation,Notes\r\n"
        b"X1,Ann,'=already,\"Org\x0bUnit\",\"Line 1\r\nLine 2\x07\"\r\n"
    )
    import_file(store, source)
    stored = store.participant("X1")
    assert (stored.last_name, stored.organisation, stored.notes) == (
        "'=already", "Org\nUnit", "Line 1\nLine 2")
    path = tmp_path / f"export{suffix}"
    export_participants(store, path)
    report = import_file(store, path)
    assert (report.imported, report.updated) == (0, 0)
    assert store.participant("X1") == stored


def test_a_full_disk_is_named_as_such_not_as_a_file_open_elsewhere(store, tmp_path, monkeypatch):
    import errno

    from checkin.importing import writing

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writing.os, "replace", full)
    out = tmp_path / "out"
    with pytest.raises(InputError) as caught:
        export_participants(store, out / "e.csv")
    assert caught.value.params["reason"] == "full"
    assert "disk is full" in str(caught.value) and "another program" not in str(caught.value)
    assert list(out.iterdir()) == []  # the temporary file is gone too


def test_csv_export_is_safe_to_open_in_a_spreadsheet(store, tmp_path):
    store.upsert_participants([dataclasses.replace(store.participant("P010"),
                                                   organisation="=cmd|' /C calc'!A0")])
    path = tmp_path / "e.csv"
    export_participants(store, path)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["id", "first_name", "last_name"]
    assert "'=cmd|' /C calc'!A0" in [cell for row in rows for cell in row]


def test_cli_import_report_and_exit_codes(store, tmp_path, capsys):
    home = store.path.parent
    path = tmp_path / "liste.csv"
    path.write_bytes(excel_french_csv())
    assert cli(["import", str(path), "--home", str(home), "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["dry_run"] and report["imported"] == 6
    assert set(report) >= {"imported", "updated", "unchanged", "skipped", "errors", "warnings"}
    assert all(set(w) >= {"row", "message"} for w in report["warnings"])
    assert store.participant("A-001") is None
    assert cli(["import", str(path), "--home", str(home)]) == 0
    assert "imported 6" in capsys.readouterr().out
    bad = write(tmp_path / "bad.csv", [["", "Ana", "Ruiz"]], ["id", "first", "last"])
    assert cli(["import", str(bad), "--home", str(home), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["errors"][0]["row"] == 2
    names = tmp_path / "names.csv"
    names.write_bytes(b"Name\r\nDUPONT, Jean\r\n" + "Hélène BÉART\r\n".encode("cp1252")
                      + "Zoë Ødegård\r\n".encode() * 3)
    assert cli(["import", str(names), "--home", str(home), "--dry-run"]) == 0
    first_line = capsys.readouterr().out.splitlines()[0]
    assert "UTF-8 with some Windows-1252 lines, one column" in first_line
    header_only = tmp_path / "header.csv"
    header_only.write_text("id,first,last\r\n", encoding="utf-8")
    assert cli(["import", str(header_only), "--home", str(home), "--dry-run"]) == 1
    assert "no rows under its header" in capsys.readouterr().out
    assert cli(["import", str(tmp_path / "missing.csv"), "--home", str(home)]) == 1
    assert "does not exist" in capsys.readouterr().err
    assert cli(["import", str(path), "--sheet", "X", "--home", str(home)]) == 1


def test_cli_exports(desk, tmp_path, capsys):
    home = desk.store.path.parent
    desk.admit("P001")
    desk.admit("P009")
    out = tmp_path / "list.xlsx"
    assert cli(["export-participants", "-o", str(out), "--home", str(home), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["participants"] == len(PEOPLE)
    day = tmp_path / "day.csv"
    assert cli(["export", DAY1.isoformat(), "-o", str(day), "--home", str(home)]) == 0
    rows = list(csv.reader(day.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["id", "first_name", "last_name"]
    assert sorted(r[0] for r in rows[1:]) == ["P001", "P009"]
    assert cli(["export", "2015-11-01", "-o", str(day), "--home", str(home)]) == 1
    assert cli(["export", DAY1.isoformat(), "-o", str(tmp_path / "x.pdf"),
                "--home", str(home)]) == 1


def index_matches_content(store: Store) -> None:
    """FTS5's own check that the index holds exactly the words of participants' search columns."""
    with store.read() as conn:
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")


def test_search_index_stays_exactly_in_step_with_the_list(desk, registered, tmp_path):
    from checkin.store import participants

    rows = [list(r) for r in registered if r[0] != "P004"]
    rows[0][2] = "Papadopoulou"
    rows[1][4] = "Suisse"  # P002 moves from Ukraine to Switzerland
    rows.append(["N002", "Øyvind", "Ødegård", "Bergen kommune", "NO", "local", ""])
    import_file(desk.store, write(tmp_path / "v5.csv", rows), remove_vanished=True)
    index_matches_content(desk.store)
    with desk.store.read() as conn:
        stored = {rowid: (participants.from_row(row[:-2]), tuple(row[-2:])) for rowid, *row in
                  conn.execute(f"SELECT rowid, {', '.join(participants.COLUMNS)}, "
                               "search_names, search_other FROM participants")}
    assert {rowid: words for rowid, (_, words) in stored.items()} == {
        rowid: participants.search_row(p) for rowid, (p, _) in stored.items()}
    assert [p.id for p in desk.store.search(query_tokens("odegard"))] == ["N002"]
    assert [p.id for p in desk.store.search(query_tokens("papadopoulou"))] == ["P001"]
    old_name = [p.id for p in desk.store.search(query_tokens("Παπαδόπουλος"), 50)]
    assert "P001" not in old_name  # the name as it was is no longer indexed
    assert "P002" in [p.id for p in desk.store.search(query_tokens("suiza"), 50)]
    assert "P002" not in [p.id for p in desk.store.search(query_tokens("ukraine"), 50)]
    assert desk.store.search(query_tokens("wang")) == []  # P004 was removed


def test_a_cancelled_import_leaves_the_index_as_it_was(desk, registered, tmp_path):
    rows = [list(r) for r in registered]
    rows[0][2] = "Papadopoulou"
    rows += [[f"N{n:03}", "Nadia", f"Haddad{n}", "UNHCR", "Liban", "io", ""] for n in range(50)]
    plan = importing.plan_list(importing.read_list(write(tmp_path / "v6.csv", rows)),
                               desk.store.event_config())
    with pytest.raises(ImportCancelled):
        importing.apply(desk.store, plan, cancelled=lambda: True)
    index_matches_content(desk.store)
    assert desk.store.search(query_tokens("haddad")) == []
    assert "P001" in [p.id for p in desk.store.search(query_tokens("Παπαδόπουλος"))]


def test_a_list_with_one_name_column_keeps_the_known_split(store, tmp_path):
    rows = [["P005", "Seán O'BRIEN"], ["P006", "José García Pérez"]]  # capitals: a convention
    report = import_file(store, write(tmp_path / "names.csv", rows, ["ID", "Name"]))
    assert report.unchanged == 1 and [c.id for c in report.changes] == ["P006"]
    assert (store.participant("P005").first_name, store.participant("P005").last_name) == (
        "Seán", "O'Brien")
    assert store.participant("P006").last_name == "José García Pérez"


def test_invisible_differences_are_no_change_and_excel_errors_are_empty(store, registered,
                                                                       tmp_path):
    import unicodedata

    rows = [list(r) for r in registered]
    garcia = next(r for r in rows if r[0] == "P006")
    garcia[1] = unicodedata.normalize("NFD", garcia[1])  # "José" as a Mac writes it
    garcia[2] = f"\ufeff\u200b{garcia[2]}\u200e"  # marks copied from a web page around it
    rows.append(["N002", "Ana", "Silva", "#N/A", "#REF!", "#VALEUR!", "ana@example.org"])
    report = import_file(store, write(tmp_path / "v5.csv", rows))
    assert (report.imported, report.updated, report.unchanged) == (1, 0, len(PEOPLE))
    silva = store.participant("N002")
    assert (silva.organisation, silva.country) == ("", "")
    assert silva.category == store.event_config().default_category
    assert not [w for w in report.warnings if w.row == len(rows) + 1 and "#" in w.message]


def test_a_change_to_anything_the_badge_prints_asks_for_a_new_badge(store, tmp_path):
    headers = ["id", "first_name", "last_name", "title", "language", "vip", "see_supervisor"]
    first = [["T1", "Ana", "Silva", "Mayor", "es", "no", "no"],
             ["T2", "Bo", "Li", "Adviser", "en", "no", "no"],
             ["T3", "Cy", "Ray", "Director", "fr", "no", "no"],
             ["T4", "Di", "Hoy", "Officer", "en", "no", "no"]]
    import_file(store, write(tmp_path / "a.csv", first, headers))
    second = [["T1", "Ana", "Silva", "Deputy Mayor", "es", "no", "no"],  # position
              ["T2", "Bo", "Li", "Adviser", "fr", "no", "no"],  # badge language
              ["T3", "Cy", "Ray", "Director", "fr", "yes", "no"],  # a VIP chip appears
              ["T4", "Di", "Hoy", "Officer", "en", "no", "yes"]]  # not printed on a badge
    report = import_file(store, write(tmp_path / "b.csv", second, headers))
    assert report.updated == 4
    assert {c.id: c.printed for c in report.reprint} == {
        "T1": ("title",), "T2": ("language",), "T3": ("flags",)}
    assert set(store.pending_reprints()) == {"T1", "T2", "T3"}


def test_a_walk_in_the_registration_system_entered_too_is_pointed_out(desk, tmp_path):
    from checkin.service.desk import WalkIn

    desk.register_walk_in(WalkIn(first_name="Thandiwe", last_name="Nkosi",
                                 organisation="City of Johannesburg"))
    rows = [["REG-77", "Thandiwe", "Nkosi", "City of Johannesburg", "ZA", "local", ""]]
    report = import_file(desk.store, write(tmp_path / "w.csv", rows), dry_run=True)
    warning = next(w for w in report.warnings if w.code == "same_person_in_list")
    assert warning.row == 2 and warning.params["name"].startswith("Thandiwe")
    assert warning.params["other_id"] != "REG-77"
