"""The verdict panel on a small laptop screen: the whole name, whatever else gives way."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication

from checkin.domain.rules import Status
from tests.ui.test_desk_page import code, scan, shown

LONG_ORGANISATION = (
    "International Organization for Migration, Regional Office for Central America, "
    "North America and the Caribbean, with liaison offices in San José and Panama City"
)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def long_person(desk):
    person = desk.store.participant("P005")
    long = dataclasses.replace(
        person,
        first_name="Maria Guadalupe Alejandra Fernanda",
        last_name="Hernández de la Concepción Rodríguez-Villavicencio",
        title="Deputy Director-General for Operations and Emergencies",
        organisation=LONG_ORGANISATION,
        notes="Speaker at the high-level panel; bring the protocol envelope.",
        flags=frozenset({"vip", "speaker"}),
    )
    desk.store.upsert_participants([long])
    return long


def whole(label) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def test_a_three_line_name_stays_whole_at_1024_by_700(qtbot, window, page, context):
    """At 1024×700 the layout squeezed the name's last line away (a reviewer's finding):
    the organisation is now cut short first, and the name made smaller last."""
    desk = context.desk
    person = long_person(desk)
    panel = page.verdict_panel
    window.resize(1024, 700)
    settle()
    scan(qtbot, page, code(desk, person.id))
    scan(qtbot, page, code(desk, person.id))  # "already in": its details take a line more
    settle()
    assert shown(page).status is Status.ALREADY
    assert whole(panel.name), "the name lost a line"
    assert panel.name.geometry().bottom() < panel.organisation.geometry().top()  # no overlap
    assert whole(panel.details) and "First checked in" in panel.details.text()
    assert panel.organisation.text().endswith("…")
    assert whole(panel.organisation)
    assert panel.body.layout().totalHeightForWidth(panel.body.width()) <= panel.body.height()

    window.resize(1920, 1080)  # room again: everything in full, at full size
    settle()
    assert LONG_ORGANISATION in panel.organisation.text()
    assert not panel.name.property("compact")
    assert panel.badge_line.isVisible()
    assert whole(panel.name) and whole(panel.organisation)


def test_a_short_verdict_after_a_long_one_is_shown_in_full(qtbot, window, page, context):
    desk = context.desk
    person = long_person(desk)
    window.resize(1024, 700)
    settle()
    scan(qtbot, page, code(desk, person.id))
    scan(qtbot, page, code(desk, "P006"))
    settle()
    panel = page.verdict_panel
    other = desk.store.participant("P006")
    assert not panel.name.property("compact")
    assert other.organisation in panel.organisation.text()
    assert "…" not in panel.organisation.text()
    assert panel.badge_line.isVisible() and panel.badge_line.text()
