"""In the pseudo-locale every word the UI says is lengthened and bracketed ``[…]``:
a visible label, button or menu entry without the brackets is a literal that never
went through ``tr()`` (which ``tools/i18n.py check`` cannot see)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

#: What is data, not words of the UI: names, codes, numbers, icons, the event.
DATA_OBJECTS = {"replaceName", "badgeName", "verdictIcon", "verdictName", "identity",
                "verdictOrganisation", "verdictCategory", "verdictLatin", "recognisedHeaders"}
_NOT_WORDS = re.compile(r"^[\W\d_]*$")  # icons, numbers, punctuation only


def _untranslated(widget: QWidget, allowed: set[str]) -> list[str]:
    found = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible() or child.objectName() in DATA_OBJECTS:
            continue
        if isinstance(child, (QLabel, QAbstractButton)):
            text = child.text()
            if text and "[" not in text and not _NOT_WORDS.match(text) and text not in allowed:
                found.append(f"{type(child).__name__} {child.objectName()!r}: {text!r}")
    for action in widget.findChildren(QAction):
        text = action.text()
        if text and not action.isSeparator() and "[" not in text and text not in allowed:
            found.append(f"QAction: {text!r}")
    return found


@pytest.fixture
def pseudo(qtbot, window, context):
    context.translations.apply("pseudo-long")
    yield window
    context.translations.apply("en")


def test_the_main_window_says_nothing_untranslated(qtbot, pseudo, context):
    desk = context.desk
    languages = {"English", "Français", "Español"}  # each language in its own name
    assert _untranslated(pseudo, languages) == []
    page = pseudo.desk_page
    page.scan_field.setText(desk.code_for(desk.store.participant("P009")))
    page.on_submitted(page.scan_field.text())
    assert _untranslated(pseudo.desk_page.verdict_panel, {"Amina Diallo"}) == []


def _dialogs(context, window):
    from checkin.paths import demo_event_dir
    from checkin.service import badges as badge_ops
    from checkin.ui.attendance_window import AttendanceWindow
    from checkin.ui.badge_dialog import BadgeDialog
    from checkin.ui.batch_print_dialog import BatchPrintDialog
    from checkin.ui.import_wizard import ImportWizard
    from checkin.ui.replace_dialog import ReplaceDialog
    from checkin.ui.settings_dialog import SettingsDialog
    from checkin.ui.walk_in_dialog import WalkInDialog

    desk = context.desk
    person = desk.store.participant("P009")
    yield WalkInDialog(desk, context.language, window)
    yield SettingsDialog(desk.settings, context.language, window)
    yield BadgeDialog(context, person, window)
    yield ReplaceDialog(desk, person, badge_ops.history(desk, person.id), window)
    yield BatchPrintDialog(context, window)
    yield ImportWizard(context, window, path=demo_event_dir() / "participants.csv")
    yield AttendanceWindow(context, window)


def test_every_dialog_says_nothing_untranslated(qtbot, pseudo, context):
    names = {"Amina Diallo", "Badge — Amina Diallo", "Mon 26 Oct"}  # a date is CLDR's
    for dialog in _dialogs(context, pseudo):
        qtbot.addWidget(dialog)
        dialog.show()
        untranslated = [t for t in _untranslated(dialog, names) if "Amina" not in t]
        assert untranslated == [], type(dialog).__name__
        dialog.close()
