"""The front desk's operations on a real store: every verdict, undo, walk-ins, counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checkin.domain import codes, keyboard
from checkin.domain.errors import InputError
from checkin.domain.log import Kind, LogEvent
from checkin.domain.rules import Status, Via
from checkin.domain.settings import DeskSettings
from checkin.service.desk import Desk, WalkIn, counts
from checkin.service.event_setup import load_event
from checkin.service.reports import stats_report, verdict_report
from checkin.store import Store

DAY1, DAY2 = dt.date(2015, 10, 26), dt.date(2015, 10, 27)
MORNING_UTC = dt.datetime(2015, 10, 26, 7, 30, tzinfo=dt.UTC)  # 08:30 in Geneva


def code(desk: Desk, participant_id: str) -> str:
    person = desk.store.participant(participant_id)
    assert person is not None
    return desk.code_for(person)


def damage(text: str, position: int) -> str:
    """Change one character to a letter no keyboard layout reading turns back."""
    replacement = "B" if text[position] != "B" else "C"
    return text[:position] + replacement + text[position + 1 :]


# -- ok and already --------------------------------------------------------------------


def test_a_check_in_can_be_shown_before_its_commit_and_only_then(desk: Desk) -> None:
    """``shown`` sees the final OK verdict while the check-in is written but not yet
    committed: another connection cannot see it yet; after the call it can."""
    other = Store(desk.store.path)
    seen = []

    def shown(verdict) -> None:
        seen.append((verdict, other.checked_in(DAY1)))

    try:
        verdict = desk.scan(keyboard.type_as("fr-FR", code(desk, "P001")), shown=shown)
        assert [v for v, _ in seen] == [verdict] and verdict.status is Status.OK
        assert verdict.repaired_from and verdict.presented_version == 1  # the whole verdict
        assert seen[0][1] == 0  # not committed while shown
        assert other.checked_in(DAY1) == 1
        seen.clear()
        assert desk.scan(code(desk, "P001"), shown=shown).status is Status.ALREADY
        assert seen == []  # nothing written, nothing shown early
    finally:
        other.close()


def test_if_showing_early_fails_hard_nothing_is_recorded(desk: Desk) -> None:
    def broken(_verdict) -> None:
        raise RuntimeError("the screen fell off")

    with pytest.raises(RuntimeError):
        desk.scan(code(desk, "P001"), shown=broken)
    assert desk.store.checked_in(DAY1) == 0
    assert desk.scan(code(desk, "P001")).status is Status.OK


def test_scanning_a_badge_checks_the_person_in(desk: Desk) -> None:
    verdict = desk.scan(code(desk, "P001"), operator="ana")
    assert verdict.status is Status.OK
    assert verdict.severity == "ok"
    assert verdict.participant is not None and verdict.participant.last_name == "Παπαδόπουλος"
    assert verdict.via is Via.BADGE
    assert verdict.day == DAY1
    assert verdict.presented_version == 1
    assert verdict.checkin is not None
    assert (verdict.checkin.desk, verdict.checkin.operator) == (desk.desk_id, "ana")
    assert verdict.checkin.at == MORNING_UTC
    (active,) = desk.store.active_checkins("P001", DAY1)
    assert active.event_uuid == verdict.checkin.event_uuid
    assert desk.store.checked_in(DAY1) == 1


def test_second_scan_says_when_where_and_by_whom(desk: Desk, clock) -> None:
    badge = code(desk, "P005")
    desk.update_settings(DeskSettings(desk_name="North entrance", operator="ana"))
    assert desk.scan(badge).status is Status.OK
    clock.advance(minutes=25)
    desk.update_settings(DeskSettings(desk_name="South entrance", operator="ben"))
    again = desk.scan(badge)
    assert again.status is Status.ALREADY
    assert again.severity == "warning"
    assert again.checkin is None
    assert again.previous is not None
    assert again.previous.at == MORNING_UTC
    assert again.previous.operator == "ana"
    assert again.previous.desk == desk.desk_id
    assert again.previous.desk_label == "North entrance"
    assert desk.store.event_count() == 1  # an "already" records nothing
    report = verdict_report(again)
    assert report["status"] == "already"
    assert report["previous"]["at"] == "2015-10-26T07:30:00.000Z"
    assert report["previous"]["desk"] == "North entrance"
    assert report["previous"]["operator"] == "ana"


def test_operator_defaults(desk: Desk) -> None:
    assert desk.scan(code(desk, "P001")).checkin.operator == "desk"  # type: ignore[union-attr]
    desk.update_settings(DeskSettings(operator="  Carla "))
    assert desk.scan(code(desk, "P002")).checkin.operator == "Carla"  # type: ignore[union-attr]
    verdict = desk.scan(code(desk, "P003"), operator="Dan")
    assert verdict.checkin.operator == "Dan"  # type: ignore[union-attr]


def test_flags_come_with_the_verdict(desk: Desk) -> None:
    verdict = desk.scan(code(desk, "P009"))
    assert verdict.status is Status.OK
    assert verdict.flags == {"vip", "speaker"}


# -- unknown, invalid, superseded --------------------------------------------------------


def test_a_genuine_code_of_someone_not_on_the_list_is_unknown(desk: Desk) -> None:
    verdict = desk.scan(codes.sign(desk.secret, "NOT-REGISTERED", 1))
    assert verdict.status is Status.UNKNOWN
    assert verdict.participant is None
    assert desk.store.event_count() == 0


@pytest.mark.parametrize("text", ["hello", "12345", "https://example.org", "CK", "TKT-2015-9999"])
def test_foreign_texts_are_unknown(desk: Desk, text: str) -> None:
    assert desk.scan(text).status is Status.UNKNOWN
    assert desk.store.event_count() == 0


def test_a_forged_code_is_invalid(desk: Desk) -> None:
    forged = codes.sign(codes.new_secret(), "P001", 1)
    verdict = desk.scan(forged)
    assert verdict.status is Status.INVALID
    assert verdict.severity == "error"
    assert verdict.participant is None
    assert desk.store.event_count() == 0


def test_a_damaged_code_is_invalid(desk: Desk) -> None:
    badge = code(desk, "P006")
    for position in (2, len(badge) // 2, len(badge) - 1):
        assert desk.scan(damage(badge, position)).status is Status.INVALID, position
    assert desk.scan(badge[:-3]).status is Status.INVALID  # truncated
    assert desk.store.event_count() == 0
    assert desk.scan(badge).status is Status.OK


def test_a_replaced_badge_is_superseded(desk: Desk) -> None:
    old = code(desk, "P002")
    replaced = LogEvent(
        Kind.BADGE_REPLACED, "P002", "ana", MORNING_UTC, {"version": 2, "reason": "name misspelt"}
    )
    desk.store.append(desk.desk_id, [replaced])
    assert desk.store.participant("P002").badge_version == 2  # type: ignore[union-attr]
    new = code(desk, "P002")
    assert new != old

    verdict = desk.scan(old)
    assert verdict.status is Status.SUPERSEDED
    assert verdict.presented_version == 1
    assert verdict.participant is not None and verdict.participant.id == "P002"
    assert desk.store.active_checkins("P002", DAY1) == []

    assert desk.scan(new).status is Status.OK
    # The old badge stays refused even for someone now inside.
    assert desk.scan(old).status is Status.SUPERSEDED
    assert desk.scan(new).status is Status.ALREADY


# -- days ----------------------------------------------------------------------------------


def test_not_registered_today_then_admitted_anyway(desk: Desk) -> None:
    badge = code(desk, "P008")  # registered for the second day only
    verdict = desk.scan(badge)
    assert verdict.status is Status.NOT_TODAY
    assert verdict.severity == "warning"
    assert desk.store.event_count() == 0

    admitted = desk.admit("P008", admit_anyway=True, operator="supervisor")
    assert admitted.status is Status.OK
    assert admitted.checkin is not None and admitted.checkin.admitted_not_registered
    (active,) = desk.store.active_checkins("P008", DAY1)
    assert active.admitted_not_registered
    (event,) = desk.store.events_of("P008")
    assert event.payload["override"] == "not_registered"
    assert event.operator == "supervisor"
    # Scanned again: already in (not "not today"), with the earlier admission.
    assert desk.scan(badge).status is Status.ALREADY
    # On the day they registered for, an ordinary check-in.
    day2 = desk.scan(badge, day=DAY2)
    assert day2.status is Status.OK
    assert day2.checkin is not None and not day2.checkin.admitted_not_registered


def test_admit_by_name(desk: Desk) -> None:
    verdict = desk.admit("P004")
    assert verdict.status is Status.OK
    assert verdict.via is Via.SEARCH
    assert desk.admit("P004").status is Status.ALREADY
    assert desk.admit("NOBODY").status is Status.UNKNOWN
    assert desk.admit("P008").status is Status.NOT_TODAY


def test_the_day_comes_from_the_event_time_zone_not_utc(desk: Desk) -> None:
    late = dt.datetime(2015, 10, 26, 23, 30, tzinfo=dt.UTC)  # 00:30 on the 27th in Geneva
    verdict = desk.scan(code(desk, "P001"), at=late)
    assert verdict.status is Status.OK
    assert verdict.day == DAY2
    assert desk.store.active_checkins("P001", DAY2)
    assert desk.store.active_checkins("P001", DAY1) == []

    evening = dt.datetime(2015, 10, 26, 22, 59, tzinfo=dt.UTC)  # 23:59 on the 26th in Geneva
    assert desk.scan(code(desk, "P002"), at=evening).day == DAY1


def test_times_outside_the_event_fall_back_to_a_conference_day(desk: Desk) -> None:
    before = dt.datetime(2015, 10, 20, 9, 0, tzinfo=dt.UTC)
    assert desk.scan(code(desk, "P001"), at=before).day == DAY1
    after = dt.datetime(2016, 3, 1, 9, 0, tzinfo=dt.UTC)
    assert desk.scan(code(desk, "P002"), at=after).day == DAY1


def test_a_day_outside_the_event_is_refused(desk: Desk) -> None:
    with pytest.raises(InputError) as caught:
        desk.scan(code(desk, "P001"), day=dt.date(2015, 10, 28))
    assert caught.value.code == "not_event_day"
    with pytest.raises(InputError):
        desk.admit("P001", day=dt.date(2015, 10, 25))
    assert desk.store.event_count() == 0


def test_serving_day_follows_settings(desk: Desk) -> None:
    assert desk.serving_day() == DAY1
    desk.choose_day(DAY2)
    assert desk.serving_day() == DAY2
    today = DAY1.isoformat()
    desk.update_settings(DeskSettings(day="2031-01-01", day_chosen_on=today))  # not an event day
    assert desk.serving_day() == DAY1


def test_a_day_chosen_holds_until_midnight_only(desk: Desk, clock) -> None:
    """A day chosen at the desk is forgotten the next morning: the desk must not check
    everyone in for yesterday (reviewer's s05: picked on 26 Oct, still served on 27 Oct)."""
    desk.choose_day(DAY2)  # on 26 Oct, e.g. a rehearsal of the second day
    assert desk.serving_day() == DAY2
    clock.now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # a later date (event past)
    assert desk.serving_day() == DAY1  # automatic again, not DAY2
    desk.update_settings(DeskSettings(day="2015-10-27"))  # chosen by an older version: no date
    assert desk.serving_day() == DAY1


def test_choosing_today_is_automatic_and_stays_so_the_next_day(desk: Desk, clock) -> None:
    desk.choose_day(DAY1)  # today, 26 Oct
    assert desk.settings.day == ""  # nothing pinned
    clock.now += dt.timedelta(days=1)
    assert desk.serving_day() == DAY2
    desk.choose_day(DAY1)  # on 27 Oct: yesterday, chosen on purpose
    assert desk.serving_day() == DAY1
    desk.choose_day(None)  # back to automatic
    assert desk.serving_day() == DAY2 and desk.settings.day == ""


# -- ticket codes and what a scanner sends ----------------------------------------------------


@pytest.mark.parametrize("text", ["TKT-2015-0042", "  TKT-2015-0042\r\n", "tkt-2015-0042"])
def test_ticket_code_checks_in(desk: Desk, text: str) -> None:
    verdict = desk.scan(text)
    assert verdict.status is Status.OK
    assert verdict.via is Via.TICKET
    assert verdict.participant is not None and verdict.participant.id == "P010"


@pytest.mark.parametrize("text", ["", "   ", "\r\n", "\t", "\x00\x1b", "\r\n\t  \x7f", "\u200b"])
def test_empty_scans_are_input_errors(desk: Desk, text: str) -> None:
    with pytest.raises(InputError) as caught:
        desk.scan(text)
    assert caught.value.code == "empty_scan"
    assert str(caught.value)
    assert desk.store.event_count() == 0


@pytest.mark.parametrize("text", ["x" * 10_000, "CK" + "A" * 10_000, "é" * 10_000])
def test_very_long_scans_are_unknown(desk: Desk, text: str) -> None:
    assert desk.scan(text).status is Status.UNKNOWN


def test_control_characters_around_a_code_are_ignored(desk: Desk) -> None:
    verdict = desk.scan("\r\n\t" + code(desk, "P003") + "\r\n\t")
    assert verdict.status is Status.OK
    assert verdict.participant is not None and verdict.participant.id == "P003"
    assert verdict.repaired_from == ""


def test_a_code_garbled_by_a_french_keyboard_layout_still_scans(desk: Desk) -> None:
    badge = code(desk, "P006")
    garbled = keyboard.type_as("fr-FR", badge)
    assert garbled != badge
    verdict = desk.scan(garbled)
    assert verdict.status is Status.OK
    assert verdict.participant is not None and verdict.participant.id == "P006"
    assert verdict.repaired_from == garbled


def test_is_complete_code(desk: Desk) -> None:
    badge = code(desk, "P001")
    assert desk.is_complete_code(badge)
    assert desk.is_complete_code(badge + "\r\n")
    assert not any(desk.is_complete_code(badge[:n]) for n in range(len(badge)))
    assert desk.is_complete_code("TKT-2015-0042")
    assert not desk.is_complete_code("papadopoulos")
    assert not desk.is_complete_code("")
    assert desk.store.event_count() == 0


# -- undo ------------------------------------------------------------------------------------


def test_undo_then_scan_again(desk: Desk, clock) -> None:
    badge = code(desk, "P001")
    first = desk.scan(badge)
    assert first.status is Status.OK
    undone = desk.undo("P001", operator="ana")
    assert [c.event_uuid for c in undone] == [first.checkin.event_uuid]  # type: ignore[union-attr]
    assert desk.store.active_checkins("P001", DAY1) == []
    assert desk.store.checked_in(DAY1) == 0
    kinds = [e.kind for e in desk.store.events_of("P001")]
    assert kinds == [Kind.CHECK_IN, Kind.UNDO]  # nothing was deleted

    clock.advance(minutes=3)
    again = desk.scan(badge)
    assert again.status is Status.OK
    assert desk.store.checked_in(DAY1) == 1


def test_undo_when_not_checked_in(desk: Desk) -> None:
    with pytest.raises(InputError) as caught:
        desk.undo("P001")
    assert caught.value.code == "not_checked_in"
    assert "P001" in str(caught.value)
    desk.scan(code(desk, "P001"))
    with pytest.raises(InputError):
        desk.undo("P001", day=DAY2)  # checked in on the first day only
    desk.undo("P001")
    with pytest.raises(InputError):
        desk.undo("P001")  # twice
    with pytest.raises(InputError) as caught:
        desk.undo("NOBODY")
    assert caught.value.code == "unknown_participant"
    assert "No participant has the id 'NOBODY'" in str(caught.value)
    assert desk.store.event_count() == 2


def test_undo_and_stats_refuse_a_day_outside_the_event(desk: Desk) -> None:
    desk.scan(code(desk, "P001"))
    for attempt in (
        lambda: desk.undo("P001", day=dt.date(2015, 10, 28)),
        lambda: stats_report(desk, dt.date(2016, 1, 1)),
    ):
        with pytest.raises(InputError) as caught:
            attempt()
        assert caught.value.code == "not_event_day"
        assert "is not a day of the event (2015-10-26, 2015-10-27)" in str(caught.value)
    assert desk.store.event_count() == 1


# -- walk-ins --------------------------------------------------------------------------------


def test_walk_in_is_registered_and_checked_in(desk: Desk) -> None:
    verdict = desk.register_walk_in(
        WalkIn(
            first_name=" Thandiwe ",
            last_name="Nkosi",
            organisation="City of Johannesburg",
            country="za",
            category="local",
        ),
        operator="ana",
    )
    assert verdict.status is Status.OK
    assert verdict.via is Via.WALK_IN
    person = verdict.participant
    assert person is not None
    stored = desk.store.participant(person.id)
    assert stored is not None
    assert (stored.first_name, stored.last_name, stored.country) == ("Thandiwe", "Nkosi", "ZA")
    assert stored.days == (DAY1, DAY2)
    assert [p.id for p in desk.search("nkosi")] == [person.id]
    assert desk.store.participant_count() == 12

    again = desk.scan(desk.code_for(stored))
    assert again.status is Status.ALREADY
    assert again.previous is not None and again.previous.operator == "ana"


def test_walk_in_on_the_second_day_is_registered_from_then_on(desk: Desk) -> None:
    verdict = desk.register_walk_in(WalkIn(last_name="Okafor"), day=DAY2)
    assert verdict.participant is not None
    assert verdict.participant.days == (DAY2,)
    assert verdict.participant.category == "civil"  # the event's default
    assert desk.store.checked_in(DAY2) == 1


@pytest.mark.parametrize(
    "walk_in", [WalkIn(), WalkIn(first_name="  ", last_name="\t"), WalkIn(organisation="Somewhere")]
)
def test_walk_in_needs_a_name(desk: Desk, walk_in: WalkIn) -> None:
    with pytest.raises(InputError) as caught:
        desk.register_walk_in(walk_in)
    assert caught.value.code == "walk_in_name"
    assert desk.store.participant_count() == 11
    assert desk.store.event_count() == 0


def test_walk_in_with_an_unknown_category(desk: Desk) -> None:
    with pytest.raises(InputError) as caught:
        desk.register_walk_in(WalkIn(first_name="A", category="royalty"))
    assert caught.value.code == "walk_in_category"
    assert desk.store.event_count() == 0


# -- reading: search, recent, counts, stats ------------------------------------------------------


def test_search_with_status(desk: Desk) -> None:
    desk.scan(code(desk, "P005"))
    rows = desk.search_with_status("o'brien", DAY1)
    assert [(p.id, c is not None) for p, c in rows] == [("P005", True)]
    assert desk.search_with_status("o'brien", DAY2)[0][1] is None


def test_recent_lists_this_desks_check_ins_newest_first(desk: Desk, clock) -> None:
    for pid in ("P001", "P002", "P003"):
        desk.scan(code(desk, pid))
        clock.advance(minutes=1)
    desk.undo("P002")
    assert [p.id for _, p in desk.recent() if p] == ["P003", "P001"]


def test_counts_for_the_desk_page(desk: Desk) -> None:
    desk.scan(code(desk, "P001"))
    desk.store.merge(
        [
            LogEvent(
                Kind.CHECK_IN,
                "P002",
                "ben",
                MORNING_UTC,
                {"day": "2015-10-26"},
                desk="OTHER",
                seq=1,
            )
        ]
    )
    figures = counts(desk.store, desk.desk_id, DAY1)
    assert (figures.registered, figures.checked_in, figures.this_desk) == (10, 2, 1)


def test_stats(desk: Desk, clock) -> None:
    desk.scan(code(desk, "P001"))  # 08:30
    clock.advance(minutes=20)
    desk.scan(code(desk, "P002"))  # 08:50
    desk.scan(code(desk, "P001"), day=DAY2, at=dt.datetime(2015, 10, 27, 7, 5, tzinfo=dt.UTC))
    desk.scan(code(desk, "P008"), day=DAY2, at=dt.datetime(2015, 10, 27, 7, 6, tzinfo=dt.UTC))
    # Another desk checked P002 in too, earlier, while the network was down.
    other = LogEvent(
        Kind.CHECK_IN,
        "P002",
        "ben",
        MORNING_UTC - dt.timedelta(minutes=10),
        {"day": "2015-10-26"},
        desk="DOTHER",
        seq=1,
    )
    desk.store.merge([other])

    whole = stats_report(desk)
    assert whole["day"] is None
    assert whole["registered"] == 11
    assert whole["checked_in"] == 3  # people, on any day
    assert whole["by_day"] == {"2015-10-26": 2, "2015-10-27": 2}
    assert whole["duplicates"] == 1
    assert whole["by_category"] == {"government": 1, "local": 2}
    assert whole["by_country"] == {"GR": 1, "NO": 1, "UA": 1}
    assert whole["by_desk"] == {desk.desk_id: 3, "DOTHER": 1}  # who checked each in first
    assert whole["arrivals"] == {
        "2015-10-26T08:15": 1,
        "2015-10-26T08:30": 1,
        "2015-10-27T08:00": 2,
    }

    day1 = stats_report(desk, DAY1)
    assert day1["day"] == "2015-10-26"
    assert (day1["registered"], day1["checked_in"], day1["duplicates"]) == (10, 2, 1)
    assert day1["by_day"] == {"2015-10-26": 2}

    desk.undo("P002")  # undoes both desks' check-ins of P002 on day 1
    assert stats_report(desk, DAY1)["checked_in"] == 1
    assert stats_report(desk)["duplicates"] == 0


def test_two_desks_merging_each_others_events(
    desk: Desk, tmp_path: Path, event_files, clock
) -> None:
    other_store = Store.in_home(tmp_path / "second-desk")
    load_event(other_store, event_files.config, event_files.participants)
    early = dt.datetime(2015, 10, 26, 7, 10, tzinfo=dt.UTC)
    other = Desk(other_store, clock=lambda: early)
    other.update_settings(DeskSettings(desk_name="Annex", operator="ben"))
    assert other.desk_id != desk.desk_id

    assert other.admit("P001").status is Status.OK
    assert desk.admit("P001").status is Status.OK  # apart: both say ok
    assert desk.store.merge(other_store.events_of("P001"))
    assert other_store.merge(desk.store.events_of("P001"))

    for store in (desk.store, other_store):
        assert store.checked_in(DAY1) == 1
        assert store.duplicates(DAY1) == 1
        first = store.active_checkins("P001", DAY1)[0]
        assert (first.desk_label, first.operator, first.at) == ("Annex", "ben", early)
    again = desk.admit("P001")
    assert again.status is Status.ALREADY
    assert again.previous is not None and again.previous.desk_label == "Annex"
    other_store.close()


def test_a_desk_needs_an_event(tmp_path: Path) -> None:
    from checkin.store import StoreError

    empty = Store.in_home(tmp_path / "empty")
    with pytest.raises(StoreError) as caught:
        Desk(empty)
    assert caught.value.code == "no_event"
    empty.close()


def test_desk_identity_is_stable(desk: Desk, store: Store) -> None:
    assert desk.desk_id.startswith("D") and len(desk.desk_id) == 9
    assert Desk(store).desk_id == desk.desk_id
    assert desk.desk_name == desk.desk_id
