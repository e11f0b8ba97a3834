"""The GUI side, run in its own process: ``python -m benchmarks.gui_probe MODE HOME [PLAN]``.

The parent sets ``QT_QPA_PLATFORM=offscreen``. Modes (each prints one JSON object
on stdout):

``desk``
    Open the desk at HOME as the app does (``open_context``, ``MainWindow``),
    then for each code of PLAN type its characters into the scan field, press Enter
    and time from Enter until the verdict panel has repainted; then type names
    keystroke by keystroke and time until the result list has repainted. Reports
    the peak resident memory.
``start``
    Cold start: the app's own start-up path on HOME, exiting when the main
    window is first painted. The parent times the whole process.
``bare``
    The baseline of ``start``: an empty ``QWidget`` window, same exit rule.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

TIMEOUT_S = 2.0
SETTLE_S = 1.0
HUMAN_KEY_GAP_S = 0.05  # a fast typist; see ScanField.BURST_MS
PAINT = QEvent.Type.Paint  # looked up once: an enum lookup per event costs µs
UPDATE_REQUEST = QEvent.Type.UpdateRequest


def shield_none_refcount() -> None:
    """Work around a PySide6 6.12.0 bug so the probe lives to the end (see RESULTS.md).

    On Python 3.11, every Qt call that returns None (``QModelIndex.data()`` of a role
    that was never set, ``QLayoutItem.widget()`` of a spacer) drops one reference to
    None, and the interpreter aborts ("none_dealloc") once its count reaches zero:
    after about 5,000 such calls. The result list's delegate makes two per row per
    paint. Raising None's count changes no timing; the app itself is not shielded.
    """
    if sys.version_info < (3, 12):  # None is immortal from 3.12 on
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


class SlotErrors:
    """Exceptions raised in Qt slots (PySide prints them and carries on)."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self._previous = sys.excepthook
        sys.excepthook = self._hook

    def _hook(self, kind, value, trace) -> None:
        self.messages.append(f"{kind.__name__}: {value}")
        self._previous(kind, value, trace)


class PaintPasses(QObject):
    """The end of each paint pass of a window, for every :class:`PaintWatch` on it.

    Qt paints a window's dirty widgets in one ``UpdateRequest`` to the window (also
    when ``repaint()`` paints at once), so the time after it is when the new pixels
    are in the window's backing store. One filter per window runs that event itself
    and then tells every watch (two filters that each ran it would hide it from
    each other)."""

    _by_window: ClassVar[dict[int, PaintPasses]] = {}

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.watches: list[PaintWatch] = []
        self._running = False
        self._targets = [window]
        if window.windowHandle() is not None:  # Qt 6 may ask the QWindow instead
            self._targets.append(window.windowHandle())
        for target in self._targets:
            target.installEventFilter(self)

    @classmethod
    def of(cls, window: QWidget) -> PaintPasses:
        if id(window) not in cls._by_window:
            cls._by_window[id(window)] = cls(window)
        return cls._by_window[id(window)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != UPDATE_REQUEST or self._running or watched not in self._targets:
            return False
        self._running = True
        try:
            watched.event(event)
        finally:
            self._running = False
        ended = time.perf_counter()
        for watch in self.watches:
            watch.pass_ended(ended)
        return True


class PaintWatch(QObject):
    """Notes when a widget has been repainted: the end of the window's paint pass
    that painted it (:class:`PaintPasses`). The time is taken *there*, not when
    :meth:`wait` next looks: the desk may still be busy after painting (a new
    check-in's commit runs after its verdict is painted).

    With ``needs_arming``, only paints after :meth:`arm` count: the probe arms the
    watch when the new content is handed to the widget (``show_verdict``,
    ``show_results``), so an unrelated repaint in between does not end the timing
    early."""

    def __init__(self, widget: QWidget, needs_arming: bool = False) -> None:
        super().__init__(widget)
        self.painted_at: float | None = None
        self.armed = not needs_arming
        self._seen = False
        self._needs_arming = needs_arming
        self._widget = widget
        self.outside_pass = 0  # paints timed when wait() saw them, not at their pass's end
        widget.installEventFilter(self)
        if widget.isWindow():
            self._passes = None  # the window's own first paint: timed as it starts
        else:
            self._passes = PaintPasses.of(widget.window())
            self._passes.watches.append(self)

    @property
    def painted(self) -> bool:
        return self.painted_at is not None

    def reset(self) -> None:
        self.painted_at = None
        self._seen = False
        self.armed = not self._needs_arming

    def arm(self) -> None:
        self.armed = True

    def pass_ended(self, ended: float) -> None:
        if self._seen and self.painted_at is None:
            self.painted_at = ended

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == PAINT and watched is self._widget and self.armed:
            self._seen = True
            if self._passes is None and self.painted_at is None:
                self.painted_at = time.perf_counter()
        return False

    def wait(self, app: QApplication) -> bool:
        """Process events until the paint pass that includes the widget has finished."""
        deadline = time.perf_counter() + TIMEOUT_S
        while not self.painted and time.perf_counter() < deadline:
            app.processEvents()
            if self._seen and self.painted_at is None:  # painted outside a paint pass
                self.painted_at = time.perf_counter()
                self.outside_pass += 1
        return self.painted


def peak_mb() -> float:
    """Peak resident memory of this process, in MiB.

    On Linux ``ru_maxrss`` survives fork + exec: a probe started by a benchmark
    holding 500 MB would report 500 MB. ``VmHWM`` belongs to the address space,
    which exec replaces, so it is read first.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def exit_on_first_paint(app: QApplication, window: QWidget, started: float) -> None:
    watch = PaintWatch(window)
    window.show()
    watch.wait(app)
    shown = time.perf_counter() - started
    print(json.dumps({"shown_s": shown, "peak_mb": peak_mb()}), flush=True)


def start(home: Path, started: float) -> None:
    from checkin.ui.app import load_fonts, open_context
    from checkin.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    load_fonts()
    window = MainWindow(open_context(home))
    exit_on_first_paint(app, window, started)


def bare(started: float) -> None:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1280, 800)
    exit_on_first_paint(app, window, started)


def _timed(function, times: list[float]):
    def timed(*args, **kwargs):
        began = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            times.append((time.perf_counter() - began) * 1000)

    return timed


def _arming(function, watch: PaintWatch):
    def arming(*args, **kwargs):
        watch.arm()
        return function(*args, **kwargs)

    return arming


def desk(home: Path, plan: dict) -> None:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest

    from checkin.ui.app import load_fonts, open_context
    from checkin.ui.main_window import MainWindow

    shield_none_refcount()
    errors = SlotErrors()
    app = QApplication(sys.argv[:1])
    load_fonts()
    context = open_context(home)
    window = MainWindow(context)
    window.show()
    QTest.qWaitForWindowExposed(window)
    # A desk is open a while before the doors: let what it does once after opening
    # (fonts for every script, main_window.warm_fonts) finish before the first delegate.
    settle = time.perf_counter() + SETTLE_S
    while time.perf_counter() < settle:
        app.processEvents()
        time.sleep(0.01)
    if plan.get("attendance"):  # the organisers' window open beside the desk, recounting
        window.show_attendance()
        window.attendance_window.timer.setInterval(1000)  # every second, not every 5 s
        window.activateWindow()
    page = window.desk_page
    field = page.scan_field
    service_ms: dict[str, list[float]] = {"scan": [], "search_with_status": []}
    for name, times in service_ms.items():  # how much of each press is the service call
        setattr(context.desk, name, _timed(getattr(context.desk, name), times))
    # A new check-in's verdict is painted from inside Desk.scan, before its commit
    # (DeskPage._show_before_commit): that painting is not service time.
    painted_early: list[float] = []
    window.desk_page._show_before_commit = _timed(
        window.desk_page._show_before_commit, painted_early
    )
    parts: dict[str, list[float]] = {}  # where the rest of a press goes, for RESULTS.md
    for owner, name in (
        (page.verdict_panel, "show_verdict"),
        (page, "refresh"),
        (page.results, "show_results"),
        (page.recent, "show_recent"),
    ):
        times = parts.setdefault(f"{type(owner).__name__}.{name}", [])
        setattr(owner, name, _timed(getattr(owner, name), times))

    # One watch per widget for the whole run. (A watch per press, freed with
    # deleteLater, is never freed: processEvents() does not run deferred deletes,
    # so hundreds of Python event filters piled up on the panel and the later
    # presses timed the probe's own filters — about 2 ms per press on average.)
    watches = {
        page.verdict_panel: PaintWatch(page.verdict_panel, needs_arming=True),
        page.results.viewport(): PaintWatch(page.results.viewport(), needs_arming=True),
    }
    for owner, name, watch in (
        (page.verdict_panel, "show_verdict", watches[page.verdict_panel]),
        (page.results, "show_results", watches[page.results.viewport()]),
    ):
        setattr(owner, name, _arming(getattr(owner, name), watch))

    def post(keys: list[tuple[Qt.Key, str]]) -> None:
        for key, text in keys:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                app.postEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))

    def press(widget: QWidget, keys: list[tuple[Qt.Key, str]]) -> float | None:
        """Milliseconds from posting ``keys`` to ``widget`` repainted; None if a slot raised.

        The keys are posted at once and handled by the event loop like real ones."""
        watch = watches[widget]
        watch.reset()
        failed = len(errors.messages)
        began = time.perf_counter()
        post(keys)
        painted = watch.wait(app)
        elapsed = (watch.painted_at - began) * 1000 if painted else 0.0
        return elapsed if painted and len(errors.messages) == failed else None

    scan_ms: list[float | None] = []
    code_keys_ms: list[float] = []
    statuses: list[str] = []
    for code in plan["codes"]:
        # A scanner types the code's characters, a few ms apart, then Enter. The desk
        # handles each character as it arrives (ScanField holds a burst back and puts
        # it in the field at Enter). The figure is DESIGN.md's "key-Enter → verdict
        # painted"; the characters' own handling is reported beside it, so that
        # characters + Enter is what the desk would spend on a burst that arrived
        # all at once.
        began = time.perf_counter()
        post([(Qt.Key.Key_unknown, char) for char in code])
        app.processEvents()  # and what they lead to (a first letter's search, painted)
        code_keys_ms.append((time.perf_counter() - began) * 1000)
        early, scans = len(painted_early), len(service_ms["scan"])
        scan_ms.append(press(page.verdict_panel, [(Qt.Key.Key_Return, "\r")]))
        if len(painted_early) > early and len(service_ms["scan"]) > scans:
            service_ms["scan"][-1] -= painted_early[-1]  # the service part only
        verdict = page.verdict_panel.verdict
        statuses.append(str(verdict.status) if verdict else "none")
        context.runner.wait()  # the next badge comes seconds later: counts have arrived
        app.processEvents()
    key_ms: list[float | None] = []
    # The last scan's characters were keys too: a first letter typed within BURST_MS
    # of them would be taken for the scanner's next burst and held back for SETTLE_MS
    # (60 ms of every run's first key were that, not the desk).
    last_key = time.perf_counter()
    for word in plan["words"]:
        for char in word[:5]:
            # A person's keys are at least ~50 ms apart (ScanField treats faster keys
            # as a scanner's burst and waits for them to settle): wait, untimed.
            time.sleep(max(0.0, last_key + HUMAN_KEY_GAP_S - time.perf_counter()))
            last_key = time.perf_counter()
            key_ms.append(press(page.results.viewport(), [(Qt.Key.Key_unknown, char)]))
        QTest.keyClick(field, Qt.Key.Key_Escape)
        app.processEvents()
    result = {
        "scan_ms": scan_ms,
        "scan_service_ms": service_ms["scan"],
        "code_keys_ms": code_keys_ms,
        "statuses": statuses,
        "key_ms": key_ms,
        "key_service_ms": service_ms["search_with_status"],
        "parts_ms": parts,
        "paints_outside_a_pass": {
            "verdict": watches[page.verdict_panel].outside_pass,
            "results": watches[page.results.viewport()].outside_pass,
        },
        "errors": errors.messages,
        "peak_mb": peak_mb(),
    }
    print(json.dumps(result), flush=True)


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    mode = argv[0]
    if mode == "bare":
        bare(started)
    elif mode == "start":
        start(Path(argv[1]), started)
    elif mode == "desk":
        desk(Path(argv[1]), json.loads(Path(argv[2]).read_text(encoding="utf-8")))
    else:
        print(f"unknown mode {mode!r}", file=sys.stderr)
        return 2
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: the window is up, that is what is timed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
