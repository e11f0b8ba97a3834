"""The day picked in the banner: today is automatic, the list leads back to automatic,
and a day chosen on purpose does not survive into the next morning."""

from __future__ import annotations

import dataclasses
import datetime as dt

from checkin.domain.rules import Status
from tests.conftest import DAY1, DAY2
from tests.ui.test_desk_page import code, scan, shown


def pick(page, data: str) -> None:
    days = page.day_banner.days
    index = days.findData(data)
    assert index >= 0, f"no {data or 'automatic'} in the day list"
    days.activated.emit(index)


def test_picking_today_in_the_banner_does_not_pin_it_for_tomorrow(qtbot, page, context, clock):
    desk = context.desk
    pick(page, DAY1.isoformat())  # today (26 Oct): "automatic (today)"
    assert desk.settings.day == ""
    clock.now += dt.timedelta(days=1)  # the desk opened again on 27 Oct
    page.refresh()
    assert desk.serving_day() == DAY2
    assert "today" in page.day_banner.label.text() and "NOT" not in page.day_banner.label.text()
    scan(qtbot, page, code(desk, "P008"))  # registered for 27 Oct only
    assert shown(page).status is Status.OK and shown(page).day == DAY2


def test_a_day_chosen_on_purpose_lapses_at_midnight_and_the_banner_says_so(
    qtbot, page, context, clock
):
    desk = context.desk
    pick(page, DAY2.isoformat())  # on 26 Oct: working as of 27 Oct (a rehearsal)
    assert desk.serving_day() == DAY2 and "NOT today" in page.day_banner.label.text()
    clock.now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # a later date
    scan(qtbot, page, code(desk, "P005"))  # the desk left open: the next scan
    assert shown(page).day == DAY1  # automatic again, not the day chosen before
    assert page.day_banner.days.currentData() == DAY1.isoformat()  # and the banner says so


def test_the_day_list_leads_back_to_automatic(qtbot, page, context, clock):
    desk = context.desk
    clock.now += dt.timedelta(days=1)  # 27 Oct
    page.refresh()
    pick(page, DAY1.isoformat())  # yesterday, chosen on purpose
    assert desk.serving_day() == DAY1
    pick(page, "")  # "Automatic (today's date)"
    assert desk.serving_day() == DAY2 and desk.settings.day == ""
    assert page.day_banner.days.currentData() == DAY2.isoformat()


def test_a_day_pinned_by_an_older_version_is_not_served_the_next_day(qtbot, page, context):
    desk = context.desk
    desk.update_settings(dataclasses.replace(desk.settings, day=DAY2.isoformat()))
    page.refresh()
    assert desk.serving_day() == DAY1


def test_a_desk_left_open_overnight_shows_the_new_day_after_midnight(
    qtbot, window, page, context, clock
):
    """Left open overnight, the banner and counts showed yesterday while searches
    already served today: the page looks again just after midnight (Geneva)."""
    from checkin.ui.midnight import MARGIN_MS, until_midnight_ms

    desk = context.desk
    scan(qtbot, page, code(desk, "P005"))
    assert page.day_banner.days.currentData() == DAY1.isoformat()
    clock.now = dt.datetime(2015, 10, 26, 21, 30, tzinfo=dt.UTC)  # 22:30 in Geneva
    assert until_midnight_ms(desk) == 90 * 60 * 1000 + MARGIN_MS
    assert window.midnight.timer.isActive()
    clock.now = dt.datetime(2015, 10, 27, 5, 45, tzinfo=dt.UTC)  # 06:45 the next morning
    window.midnight.passed()  # what the timer does at midnight
    assert page.day_banner.days.currentData() == DAY2.isoformat()
    assert window.midnight.timer.isActive()  # and again the next midnight
