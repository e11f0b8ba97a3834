"""A supervisor settles a list conflict in the app, not in a terminal.

A desk that imported a list and had not published it finds that another desk
published one since (``list_conflict``): neither replaced the other, and
check-ins still travel. A supervisor chooses which list every desk keeps —
the same two ways as ``checkin sync FOLDER --publish`` and
``--take-published`` — and the desk's next sync carries the choice out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin.service.desk import Desk
from checkin.ui.pin_dialog import supervisor_allows

PUBLISH, TAKE = "publish", "take_published"
translate = QCoreApplication.translate


def choose_list(desk: Desk, parent: QWidget | None = None) -> str | None:
    """``PUBLISH``, ``TAKE``, or None (cancelled, or the PIN not given)."""
    box = conflict_box(parent)
    box.exec()
    choice = choice_of(box)
    if choice is None:
        return None
    action = translate(
        "ListConflict", "Choosing the participant list every desk keeps needs the supervisor PIN."
    )
    return choice if supervisor_allows(desk, action, parent) else None


def choice_of(box: QMessageBox) -> str | None:
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return {"keepOurs": PUBLISH, "takeTheirs": TAKE}.get(name)


def conflict_box(parent: QWidget | None = None) -> QMessageBox:
    """The question, with its two answers (``keepOurs``, ``takeTheirs``) and Cancel."""
    box = QMessageBox(parent)
    box.setObjectName("listConflict")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ListConflict", "Two participant lists"))
    box.setText(
        translate(
            "ListConflict",
            "Another desk published a participant list since this desk imported one. "
            "Which list should every desk keep?",
        )
    )
    box.setInformativeText(
        translate(
            "ListConflict",
            "This desk's list: it is published, and the other desks take it in (the other "
            "desk's changes are lost unless it imports them again).\n"
            "The published list: this desk takes it in, and its own import is undone.",
        )
    )
    ours = box.addButton(
        translate("ListConflict", "Keep this desk's list"), QMessageBox.ButtonRole.AcceptRole
    )
    theirs = box.addButton(
        translate("ListConflict", "Take the published list"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    ours.setObjectName("keepOurs")
    theirs.setObjectName("takeTheirs")
    return box
