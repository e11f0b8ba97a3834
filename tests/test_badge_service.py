"""Badge operations on a real store: render and scan, replace (the old code stops
admitting), record prints, and choose batches by category, day and "not yet printed"."""

from __future__ import annotations

import dataclasses
import sqlite3

import pypdfium2 as pdfium
import pytest
import zxingcpp

from checkin.domain.errors import InputError
from checkin.domain.log import Kind
from checkin.domain.rules import Status
from checkin.service import badges as badge_ops
from checkin.service.badges import BatchFilter
from checkin.service.desk import Desk
from checkin.store import Store
from checkin.store.migrations import MIGRATIONS
from tests.conftest import DAY1, DAY2, PEOPLE


def scanned_codes(pdf: bytes) -> list[str]:
    codes = []
    for page in pdfium.PdfDocument(pdf):
        image = page.render(scale=150 / 72).to_pil()
        codes += [result.text for result in zxingcpp.read_barcodes(image)]
    return codes


def test_a_rendered_badge_scans_ok_for_its_person(desk: Desk) -> None:
    rendered = badge_ops.render(desk, ["P001"])
    assert rendered.layout == "a6" and [p.id for p in rendered.participants] == ["P001"]
    verdict = desk.scan(scanned_codes(rendered.pdf)[0])
    assert verdict.status is Status.OK and verdict.participant.id == "P001"


def test_replacing_a_badge_supersedes_the_old_code(desk: Desk, clock) -> None:
    old_code = scanned_codes(badge_ops.render(desk, ["P002"]).pdf)[0]
    clock.advance(minutes=5)
    replacement = badge_ops.replace_badge(
        desk, "P002", reason="lost", note="left in a taxi", operator="ana"
    )
    assert replacement.version == 2 and replacement.participant.badge_version == 2
    assert replacement.old_code == old_code != replacement.new_code

    logged = [e for e in desk.store.events_of("P002") if e.kind is Kind.BADGE_REPLACED]
    assert len(logged) == 1
    event = logged[0]
    assert event.payload == {"version": 2, "reason": "lost", "note": "left in a taxi"}
    assert (event.operator, event.desk, event.at) == ("ana", desk.desk_id, clock.now)

    refused = desk.scan(old_code)
    assert refused.status is Status.SUPERSEDED
    assert refused.presented_version == 1
    new_code = scanned_codes(badge_ops.render(desk, ["P002"]).pdf)[0]
    assert new_code == replacement.new_code
    assert desk.scan(new_code).status is Status.OK


def test_a_badge_is_rendered_from_the_store_not_from_a_stale_snapshot(desk: Desk) -> None:
    """A dialog or the *print?* question holds the participant it was opened with;
    after a replacement (a corrected organisation) the badge printed from that
    snapshot must be the new one, not a badge every desk refuses."""
    held = desk.store.participant("P002")
    replacement = badge_ops.replace_badge(
        desk, "P002", reason="name_correction", organisation="Ville de Genève (corrected)"
    )
    rendered = badge_ops.render(desk, [held])
    assert scanned_codes(rendered.pdf) == [replacement.new_code]
    assert rendered.participants[0].organisation == "Ville de Genève (corrected)"
    assert rendered.participants[0].badge_version == 2


def test_each_replacement_raises_the_version_and_is_counted(desk: Desk) -> None:
    badge_ops.replace_badge(desk, "P005", reason="damaged")
    badge_ops.replace_badge(desk, "P005", reason="other", note="coffee")
    history = badge_ops.history(desk, "P005")
    assert history.version == 3 and history.replacement_count == 2
    assert [(r.version, r.reason, r.note) for r in history.replacements] == [
        (2, "damaged", ""),
        (3, "other", "coffee"),
    ]
    assert badge_ops.replacement_counts(desk, ["P005", "P006"]) == {"P005": 2}


def test_a_name_correction_travels_with_the_changed_fields_only(desk: Desk) -> None:
    result = badge_ops.replace_badge(
        desk, "P006", reason="name_correction", last_name="Garcia Lopez", first_name="José"
    )
    assert result.participant.last_name == "Garcia Lopez"
    assert result.participant.organisation == "Ayuntamiento de Madrid"  # untouched
    events = desk.store.events_of("P006")
    correction = next(e for e in events if e.kind is Kind.PARTICIPANT_UPDATED)
    assert correction.payload == {"last_name": "Garcia Lopez"}
    assert [p.id for p in desk.search("lopez")] == ["P006"]
    text = pdfium.PdfDocument(badge_ops.render(desk, ["P006"]).pdf)[0].get_textpage()
    assert "GARCIA LOPEZ" in text.get_text_range()


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"reason": "stolen?"}, "bad_reason"),
        ({"reason": "other"}, "reason_note"),
        ({"reason": "other", "note": "x" * 501}, "long_note"),
        ({"reason": "name_correction", "first_name": " ", "last_name": ""}, "walk_in_name"),
    ],
)
def test_a_replacement_needs_a_known_reason(desk: Desk, kwargs, code) -> None:
    with pytest.raises(InputError) as caught:
        badge_ops.replace_badge(desk, "P007", **kwargs)
    assert caught.value.code == code
    assert desk.store.participant("P007").badge_version == 1  # nothing recorded


def test_an_unknown_id_is_said_clearly(desk: Desk) -> None:
    for action in (
        lambda: badge_ops.render(desk, ["NOPE"]),
        lambda: badge_ops.replace_badge(desk, "NOPE", reason="lost"),
        lambda: badge_ops.history(desk, "NOPE"),
    ):
        with pytest.raises(InputError) as caught:
            action()
        assert caught.value.code == "unknown_participant"


def test_cli_reasons_are_words_or_free_text() -> None:
    assert badge_ops.reason_from_text("Lost") == ("lost", "")
    assert badge_ops.reason_from_text("name correction") == ("name_correction", "")
    assert badge_ops.reason_from_text("spilled coffee") == ("other", "spilled coffee")


# -- printed, and batches --------------------------------------------------------------------


def test_printing_is_recorded_and_not_yet_printed_follows_the_current_version(desk: Desk) -> None:
    everyone = BatchFilter(not_printed=True)
    assert badge_ops.count_batch(desk.store, everyone) == len(PEOPLE)
    people = [desk.store.participant(pid) for pid in ("P001", "P002")]
    events = badge_ops.record_printed(desk, people, layout="cr80", operator="bo")
    assert [e.payload for e in events] == [{"version": 1, "layout": "cr80"}] * 2
    assert all(e.kind is Kind.BADGE_PRINTED and e.operator == "bo" for e in events)
    remaining = {p.id for p in badge_ops.select_batch(desk.store, everyone)}
    assert remaining == {row.id for row in PEOPLE} - {"P001", "P002"}
    assert badge_ops.history(desk, "P001").printed_current

    badge_ops.replace_badge(desk, "P001", reason="damaged")
    assert "P001" in {p.id for p in badge_ops.select_batch(desk.store, everyone)}
    assert not badge_ops.history(desk, "P001").printed_current


def test_batches_filter_by_category_and_day_sorted_by_family_name(desk: Desk) -> None:
    local = badge_ops.select_batch(desk.store, BatchFilter(category="local"))
    assert {p.id for p in local} == {"P002", "P005", "P006", "P008", "P009", "P011"}
    families = [p.last_name.casefold() for p in local]
    assert families == sorted(families)
    day1 = {p.id for p in badge_ops.select_batch(desk.store, BatchFilter(day=DAY1))}
    day2 = {p.id for p in badge_ops.select_batch(desk.store, BatchFilter(day=DAY2))}
    assert "P008" not in day1 and "P008" in day2  # registered for the second day only
    assert len(day2) == len(PEOPLE)
    both = BatchFilter(category="local", day=DAY1, not_printed=True)
    assert badge_ops.count_batch(desk.store, both) == 5


def test_batches_render_four_to_a_sheet(desk: Desk) -> None:
    people = badge_ops.select_batch(desk.store, BatchFilter(category="local"))
    rendered = badge_ops.render(desk, people, layout="a4-4up")
    assert len(pdfium.PdfDocument(rendered.pdf)) == 2
    assert sorted(scanned_codes(rendered.pdf)) == sorted(desk.code_for(p) for p in people)


def test_the_desk_layout_setting_wins_over_the_events_default(desk: Desk) -> None:
    assert badge_ops.layout_for(desk) == "a6"
    desk.update_settings(dataclasses.replace(desk.settings, badge_layout="cr80"))
    assert badge_ops.render(desk, ["P001"]).layout == "cr80"
    with pytest.raises(InputError) as caught:
        badge_ops.layout_for(desk, "a5")
    assert caught.value.code == "bad_layout"


# -- projections ----------------------------------------------------------------------------


def test_badge_projections_rebuild_from_the_log(desk: Desk) -> None:
    badge_ops.replace_badge(desk, "P003", reason="lost")
    badge_ops.record_printed(desk, [desk.store.participant("P003")], layout="a6")
    before = badge_ops.history(desk, "P003")
    desk.store.rebuild_projections()
    assert badge_ops.history(desk, "P003") == before


def test_events_merged_from_another_desk_are_projected_once(desk: Desk, tmp_path) -> None:
    badge_ops.replace_badge(desk, "P004", reason="damaged")
    badge_ops.record_printed(desk, [desk.store.participant("P004")], layout="a6")
    events = desk.store.events_of("P004")
    other = Store(desk.store.path)
    try:
        assert other.merge(events) == []  # known uuids: nothing twice
    finally:
        other.close()
    history = badge_ops.history(desk, "P004")
    assert history.replacement_count == 1 and len(history.prints) == 1


def test_a_database_from_before_badges_gets_its_projections(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO participants (id, first_name, badge_version) VALUES ('X1', 'Ana', 2)")
    conn.executemany(
        "INSERT INTO events (uuid, desk, seq, at, operator, kind, participant_id, payload) "
        "VALUES (?, 'D1', ?, '2015-10-26T07:00:00.000Z', 'ana', ?, 'X1', ?)",
        [
            ("u1", 1, "badge_replaced", '{"version": 2, "reason": "lost", "note": ""}'),
            ("u2", 2, "badge_printed", '{"version": 2, "layout": "a6"}'),
        ],
    )
    conn.commit()
    conn.close()
    store = Store(path)
    try:
        history = store.badge_history("X1")
        assert history.replacement_count == 1 and history.printed_current
        assert store.badge_batch_count(not_printed=True) == 0
    finally:
        store.close()
