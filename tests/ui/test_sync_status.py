"""The desk syncs in the background and says so; a vanished share means offline, not lost."""

from __future__ import annotations

import dataclasses
import shutil

from pg_server import pg_address, postgres_server
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin.domain.rules import Status

__all__ = ["pg_address", "postgres_server"]  # fixtures, used by name


def scan_code(page, code: str) -> None:
    QTest.keyClicks(page.scan_field, code)
    QTest.keyClick(page.scan_field, Qt.Key.Key_Return)


def test_desk_alone_until_a_folder_is_set(window):
    assert window.sync.label.text() == "Sync: this desk alone"


def test_publishes_syncs_and_works_offline_when_the_share_vanishes(qtbot, window, context,
                                                                   tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    desk = context.desk
    window.apply_settings(dataclasses.replace(desk.settings, sync_folder=str(share)))
    assert window.sync.last is not None and window.sync.last.ok, window.sync.last
    assert window.sync.last.published
    assert window.sync.label.text().startswith("Synced at")
    assert (share / "event").is_dir()

    page = window.desk_page
    scan_code(page, desk.code_for(desk.store.participant("P005")))
    window.sync.sync_now()
    assert window.sync.last.pushed >= 1
    journals = list((share / "journals").glob("*.jsonl"))
    assert len(journals) == 1 and journals[0].stat().st_size > 0

    shutil.rmtree(share)  # the share is unplugged
    window.sync.sync_now()
    assert not window.sync.last.ok and window.sync.last.unreachable
    assert "Working offline" in window.sync.label.text()
    assert "offline" in window.status_message.text()
    scan_code(page, desk.code_for(desk.store.participant("P006")))
    assert page.verdict_panel.verdict.status is Status.OK  # the desk keeps working
    assert desk.store.active_checkins("P005", desk.serving_day())  # and lost nothing


def test_sync_status_is_translated(qtbot, window, context):
    window.set_language("fr")
    assert window.sync.label.text() != "Sync: this desk alone"
    window.set_language("en")


def test_syncs_through_a_postgresql_server_and_works_offline_when_it_stops(
    qtbot, window, context, postgres_server, pg_address
):
    desk = context.desk
    window.apply_settings(dataclasses.replace(desk.settings, sync_folder=pg_address))
    assert window.sync.last is not None and window.sync.last.ok, window.sync.last
    assert window.sync.last.published
    assert window.sync.label.text().startswith("Synced at")
    assert window.sync.label.toolTip().startswith("postgresql://checkin@localhost/")
    scan_code(window.desk_page, desk.code_for(desk.store.participant("P005")))
    window.sync.sync_now()
    assert window.sync.last.pushed >= 1

    postgres_server.stop()
    try:
        window.sync.sync_now()
        assert window.sync.last.unreachable
        assert "Working offline" in window.sync.label.text()
        assert "sync server cannot be reached" in window.sync.label.toolTip()
        scan_code(window.desk_page, desk.code_for(desk.store.participant("P006")))
        assert window.desk_page.verdict_panel.verdict.status is Status.OK
    finally:
        postgres_server.start()
    window.sync.sync_now()
    assert window.sync.last.ok and window.sync.last.pushed >= 1


def test_a_server_problem_shows_the_servers_own_words(window, context):
    from checkin.service.sync_result import SyncResult
    from checkin.sync.errors import SyncError

    desk = context.desk
    desk.update_settings(dataclasses.replace(desk.settings, sync_folder="postgresql://db/x"))
    result = SyncResult(folder="postgresql://localhost/x")
    result.fail(SyncError("server_error", "…", detail="could not extend file: No space left"))
    window.sync.last = result
    window.sync.retranslate()
    assert window.sync.label.text() == "⚠ Sync problem"
    assert "reported a problem: could not extend file: No space left." in (
        window.sync.label.toolTip()
    )


def test_a_list_published_again_elsewhere_reaches_the_desk_and_is_said(
    qtbot, window, context, tmp_path
):
    from sync_helpers import empty_desk

    from checkin.service.importing import import_file

    share = tmp_path / "share"
    share.mkdir()
    desk = context.desk
    window.apply_settings(dataclasses.replace(desk.settings, sync_folder=str(share)))
    assert window.sync.last.published
    office = empty_desk(tmp_path, "office")  # the registration office's desk joins
    assert office.sync(share).joined
    late = tmp_path / "late.csv"
    late.write_text(
        "id,first_name,last_name,organisation,country\n"
        "LATE-01,Zacarías,Latecomer,Ciudad de México,MX\n",
        encoding="utf-8",
    )
    import_file(office.store, late)  # a late registrant, imported at the office
    assert office.sync(share).published
    window.sync.sync_now()
    assert window.sync.last.list_taken_in["imported"] == 1
    assert "participant list was updated from the other desks: 1 new" in (
        window.status_message.text()
    )
    QTest.keyClicks(window.desk_page.scan_field, "latecom")
    qtbot.waitUntil(lambda: window.desk_page.results.count() == 1)


def test_a_supervisor_settles_a_list_conflict_in_the_app(
    qtbot, window, context, tmp_path, monkeypatch
):
    from sync_helpers import empty_desk

    from checkin.service.importing import import_file
    from checkin.ui import main_window
    from checkin.ui.list_conflict import TAKE

    share = tmp_path / "share"
    share.mkdir()
    desk = context.desk
    window.apply_settings(dataclasses.replace(desk.settings, sync_folder=str(share)))
    office = empty_desk(tmp_path, "office")
    assert office.sync(share).joined
    theirs, ours = tmp_path / "theirs.csv", tmp_path / "ours.csv"
    theirs.write_text("id,first_name,last_name\nOFF-1,Olga,Office\n", encoding="utf-8")
    ours.write_text("id,first_name,last_name\nDESK-1,Dara,Desk\n", encoding="utf-8")
    import_file(office.store, theirs)
    assert office.sync(share).published
    import_file(desk.store, ours)  # imported here, not published yet
    window.sync.sync_now()
    assert [i.code for i in window.sync.last.errors] == ["list_conflict"]
    assert window.conflict_action.isVisible()
    assert "Call a supervisor" in window.sync.label.toolTip()
    monkeypatch.setattr(main_window, "choose_list", lambda *_: TAKE)
    window.settle_list_conflict()
    assert window.sync.last.ok and window.sync.last.list_taken_in["imported"] == 1
    assert not window.conflict_action.isVisible()
    assert desk.store.participant("OFF-1") is not None
    assert desk.store.participant("DESK-1") is None  # this desk's import gave way


def test_the_conflict_question_names_both_answers(qtbot, window):
    from checkin.ui.list_conflict import PUBLISH, TAKE, choice_of, conflict_box

    for name, expected in (("keepOurs", PUBLISH), ("takeTheirs", TAKE)):
        box = conflict_box(window)
        qtbot.addWidget(box)
        box.show()
        box.findChild(type(box.buttons()[0]), name).click()
        assert choice_of(box) == expected
    cancelled = conflict_box(window)
    qtbot.addWidget(cancelled)
    cancelled.show()
    cancelled.button(cancelled.StandardButton.Cancel).click()
    assert choice_of(cancelled) is None


def test_problems_are_said_of_the_server_when_the_desk_syncs_through_one(window, context):
    from checkin.service.sync_result import SyncResult
    from checkin.sync.errors import SyncError

    desk = context.desk
    for target, words in (("/mnt/share", "shared folder"), ("postgresql://db/x", "sync server")):
        desk.update_settings(dataclasses.replace(desk.settings, sync_folder=target))
        result = SyncResult(folder=target)
        result.fail(SyncError("other_secret", "…"))
        window.sync.last = result
        window.sync.retranslate()
        assert words in window.sync.label.toolTip()


def test_a_share_this_account_cannot_even_read_asks_for_read_access(window, context):
    """A share made by another desk's account, owner-only: asking for *write* access
    sent the supervisor after the wrong permission."""
    from checkin.service.sync_result import SyncResult
    from checkin.sync.errors import SyncError

    desk = context.desk
    desk.update_settings(dataclasses.replace(desk.settings, sync_folder="/mnt/share"))
    for access, words in (("read and write", "read and write access"),
                          ("write", "Ask for write access")):
        result = SyncResult(folder="/mnt/share")
        result.fail(SyncError("folder_denied", "…", access=access))
        window.sync.last = result
        window.sync.retranslate()
        assert words in window.sync.label.toolTip()
    context.translations.apply("fr")
    window.sync.retranslate()
    result = SyncResult(folder="/mnt/share")
    result.fail(SyncError("folder_denied", "…", access="read and write"))
    window.sync.last = result
    window.sync.retranslate()
    assert "lecture et en écriture" in window.sync.label.toolTip()


def test_a_clock_off_the_shares_is_said_with_how_far_and_what_to_do(window, context):
    from checkin.service.sync_result import SyncResult
    from checkin.sync.errors import SyncError

    desk = context.desk
    desk.update_settings(dataclasses.replace(desk.settings, sync_folder="/mnt/share"))
    result = SyncResult(folder="/mnt/share")
    result.fail(SyncError("clock_off", "…", minutes=1500, ahead=True))
    window.sync.last = result
    for language, words in (("en", "1 day ahead of the shared folder's"),
                            ("fr", "avance de 1 jour sur celle du dossier partagé"),
                            ("es", "va 1 día adelantado")):
        context.translations.apply(language)
        window.sync.retranslate()
        assert words in window.sync.label.toolTip(), language
    context.translations.apply("en")
    result.errors[0].params.update(minutes=180, ahead=False)
    window.sync.retranslate()
    assert "3 hours behind" in window.sync.label.toolTip()
