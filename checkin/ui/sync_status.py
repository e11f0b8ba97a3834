"""Background sync with the shared folder (or server), and its state in the status bar.

Every ``INTERVAL_MS`` the desk pushes its new events and pulls the others'
on the task runner (never on the UI thread). A vanished share is shown, in
words, as "working offline": the desk keeps checking people in and the next
sync catches up. Nothing here decides anything: ``service.sync`` does.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from checkin.service.sync import sync
from checkin.service.sync_result import SyncResult
from checkin.sync.targets import is_server_address, shown, transport_for
from checkin.ui import formatting
from checkin.ui.context import AppContext

log = logging.getLogger(__name__)
INTERVAL_MS = 15_000
VERIFY_EVERY_S = 3600.0  # this desk's journal on the share read back hourly
ATTENDANCE_EVERY_S = 300.0  # the organisers' day files, at most every five minutes

translate = QCoreApplication.translate


def sync_problem(code: str, *, on_server: bool = False) -> str:
    """A sentence for a sync problem: what happened, and that the desk keeps working.

    ``on_server``: the desk syncs through a PostgreSQL server, not a folder."""
    if on_server and code in _SERVER_WORDS:
        return _SERVER_WORDS[code]()
    messages = {
        "folder_missing": translate(
            "Sync",
            "The shared folder cannot be reached. Working "
            "offline; nothing is lost, the desk catches up later.",
        ),
        "folder_denied": translate(
            "Sync",
            "The shared folder refuses this desk's writes (permissions): the other desks' "
            "check-ins are read when allowed, this desk's are kept here. Ask for write access.",
        ),
        "folder_read_only": translate(
            "Sync",
            "The shared folder is read-only for this desk: the other desks' check-ins are "
            "read, this desk's are kept here. Ask for write access.",
        ),
        "desk_folder": translate(
            "Sync", "This desk's own folder cannot be written. Call a supervisor."
        ),
        "folder_unavailable": translate(
            "Sync",
            "The shared folder is not answering (network "
            "or disk full). Working offline; nothing is lost.",
        ),
        "package_missing": translate(
            "Sync",
            "The shared folder is empty now (an unmounted "
            "share?). Working offline; nothing is lost.",
        ),
        "no_package": translate("Sync", "No event has been published in the shared folder."),
        "bad_package": translate(
            "Sync", "The event in the shared folder is incomplete or damaged. Call a supervisor."
        ),
        "other_event": translate(
            "Sync", "The shared folder serves another event. Check the folder in the desk settings."
        ),
        "other_secret": translate(
            "Sync", "The shared folder's event has another secret. Call a supervisor."
        ),
        "journal_conflict": translate(
            "Sync", "Another desk uses this desk's identity (a copied folder?). Call a supervisor."
        ),
        "bad_journal": translate(
            "Sync",
            "A journal in the shared folder is damaged or belongs to another event, so it "
            "is not read. A desk repairs its own within the hour; call a supervisor if not.",
        ),
        "attendance_locked": translate(
            "Sync", "An attendance file is open in another program; it will be written later."
        ),
        "busy": translate("Sync", "A sync is already running."),
        "server_unreachable": translate(
            "Sync",
            "The sync server cannot be reached. Working offline; nothing is lost, the desk "
            "catches up later.",
        ),
        "server_denied": translate(
            "Sync",
            "The sync server refused this desk's login. Working offline; nothing is lost. "
            "Call a supervisor to check the user name and password.",
        ),
        "list_conflict": translate(
            "Sync",
            "Another desk published a different participant list since this desk imported "
            "one. Check-ins still travel. Call a supervisor.",
        ),
        "server_address": translate(
            "Sync",
            "The sync server's address cannot be read. Check it in the desk settings.",
        ),
        "server_read_only": translate(
            "Sync",
            "The sync server does not let this desk write: the other desks' check-ins are "
            "read, this desk's are kept here. Ask for write rights.",
        ),
        "server_error": translate(
            "Sync",
            "The sync server reported a problem: {detail}. The desk keeps working and "
            "tries again.",
        ),
    }
    return messages.get(
        code,
        translate("Sync", "The sync did not complete. The desk keeps working; it will try again."),
    )


#: The same problems, said of a sync server instead of a folder.
_SERVER_WORDS = {
    "package_missing": lambda: translate(
        "Sync",
        "The sync server no longer holds the event (was its database replaced?). Working "
        "offline; nothing is lost.",
    ),
    "no_package": lambda: translate("Sync", "No event has been published on the sync server."),
    "bad_package": lambda: translate(
        "Sync", "The event on the sync server is incomplete or damaged. Call a supervisor."
    ),
    "other_event": lambda: translate(
        "Sync",
        "The sync server serves another event. Check its address in the desk settings.",
    ),
    "other_secret": lambda: translate(
        "Sync", "The event on the sync server has another secret. Call a supervisor."
    ),
    "bad_journal": lambda: translate(
        "Sync",
        "A desk's check-ins on the sync server are damaged or belong to another event, so "
        "they are not read. A desk repairs its own within the hour; call a supervisor if not.",
    ),
}


class Duration(QObject):
    """Holds the plural words: lupdate reads a count (``%n``) only from ``self.tr``."""

    def text(self, minutes: int) -> str:
        if minutes >= 1440:
            return self.tr("%n day(s)", "", round(minutes / 1440))
        if minutes >= 60:
            return self.tr("%n hour(s)", "", round(minutes / 60))
        return self.tr("%n minute(s)", "", minutes)


_DURATION = Duration()


def clock_off(minutes: int, ahead: bool, on_server: bool) -> str:
    """This desk's clock is off the share's: by how much, which way, and what to do."""
    amount = _DURATION.text(minutes)
    if on_server:
        text = (
            translate("Sync", "This computer's clock is {amount} ahead of the sync server's.")
            if ahead
            else translate("Sync", "This computer's clock is {amount} behind the sync server's.")
        )
    else:
        text = (
            translate("Sync", "This computer's clock is {amount} ahead of the shared folder's.")
            if ahead
            else translate(
                "Sync", "This computer's clock is {amount} behind the shared folder's."
            )
        )
    advice = translate(
        "Sync",
        "Check-ins are filed under the day this clock says: set the date, time and time "
        "zone of this computer (call a supervisor).",
    )
    return text.format(amount=amount) + " " + advice


def problem_of(issue, on_server: bool = False) -> str:
    """The sentence for one sync issue (its code, and the parameters that change it)."""
    if issue.code == "clock_off":
        params = issue.params
        return clock_off(int(params.get("minutes", 0)), bool(params.get("ahead")), on_server)
    if issue.code == "folder_denied" and issue.params.get("access") == "read and write":
        return translate(
            "Sync",
            "The shared folder refuses this desk (permissions): it cannot read the other "
            "desks' check-ins nor share its own, which are kept here. Ask for read and write "
            "access for this desk's account.",
        )
    text = sync_problem(issue.code, on_server=on_server)
    if issue.code == "server_error":  # the server's own words (not translated)
        text = text.replace("{detail}", str(issue.params.get("detail", "")))
    return text


class SyncController(QObject):
    synced = Signal(object)  # SyncResult, after every attempt

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.label = QLabel(objectName="syncStatus")
        self.running = False
        self.last: SyncResult | None = None
        self.broken = False  # the last attempt failed on a bug, not on the share
        # This desk's journal is read back at the first sync and then hourly (a line
        # damaged on the share is rewritten from the desk's database).
        self._verified_at: float | None = None
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.retranslate()

    @property
    def folder(self) -> str:
        return self.context.desk.settings.sync_folder

    @property
    def on_server(self) -> bool:
        return is_server_address(self.folder)

    def start(self) -> None:
        """Start (or stop) syncing according to the desk's settings."""
        if self.folder:
            self.timer.start()
            self.sync_now()
        else:
            self.timer.stop()
        self.retranslate()

    def sync_now(self, *, publish: bool = False, take_published: bool = False) -> bool:
        """Start a sync on the task runner; False if one is running (or no folder is set).

        ``publish`` / ``take_published``: a supervisor settling a list conflict."""
        if self.running or not self.folder:
            return False
        self.running = True
        verify = self._verified_at is None or time.monotonic() - self._verified_at > VERIFY_EVERY_S
        store, target = self.context.desk.store, self.folder
        self.context.runner.run(
            lambda: sync(
                store,
                transport_for(target, create=publish),
                publish=publish,
                take_published=take_published,
                verify=verify,
                attendance_every=ATTENDANCE_EVERY_S,
            ),
            lambda result: self._done(result, verify),
            self._failed,
        )
        return True

    def _done(self, result: SyncResult, verified: bool) -> None:
        self.running = False
        if verified and result.ok:
            self._verified_at = time.monotonic()
        self.broken = False
        self.last = result
        self.retranslate()
        self.synced.emit(result)

    def _failed(self, error: Exception) -> None:  # a bug, not a share problem: say so, go on
        self.running = False
        log.error("sync failed", exc_info=(type(error), error, error.__traceback__))
        self.broken = True  # kept on the label until a sync succeeds
        self.retranslate()

    def retranslate(self) -> None:
        if not self.folder:
            self.label.setText(self.tr("Sync: this desk alone"))
            self.label.setToolTip(self.tr("Set a shared folder in the desk settings (Ctrl+,)."))
            return
        result = self.last
        if self.broken:
            self.label.setText("⚠ " + self.tr("Sync problem"))
            self.label.setToolTip(sync_problem(""))
            return
        if result is None:
            self.label.setText(self.tr("Sync: starting…"))
        elif result.ok:
            desk = self.context.desk
            time = formatting.local_time(desk.clock(), desk.event, self.context.language)
            self.label.setText(
                self.tr("Synced at {time} · %Ln other desk(s)", "", result.journals).format(
                    time=time
                )
            )
        else:
            self.label.setText(
                "⚠ " + self.tr("Working offline")
                if result.unreachable
                else "⚠ " + self.tr("Sync problem")
            )
        self.label.setToolTip(
            "\n".join(problem_of(issue, self.on_server) for issue in result.errors)
            if result and result.errors
            else shown(self.folder)
        )
