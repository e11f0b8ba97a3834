"""``checkin --self-test``: is this installation ready for the morning of the event?

Checks, in order: a window can open (Qt's platform plugin, probed in a child
process so that a missing system library cannot abort the report); bundled
resources are found; the fonts load; translations load; the verdict sounds are
readable and QtMultimedia loads; a database can be created and migrated; a badge
renders and its QR code reads back and scans *ok*; Qt's printing works (a page
printed to a PDF) and which printers the OS offers. Every check but the first
runs offscreen. Prints one line per check as it finishes and exits 0 only if all
pass. Runs from source, from a pip install and from the built folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from checkin import APP_NAME, __version__
from checkin.paths import bundle_root, resources

REQUIRED = (
    "fonts/NotoSans-Regular.ttf",
    "fonts/NotoSans-Bold.ttf",
    "fonts/NotoNaskhArabic-Regular.ttf",
    "fonts/NotoNaskhArabic-Bold.ttf",
    "fonts/DroidSansFallbackFull.ttf",
    "sounds/ok.wav",
    "sounds/warning.wav",
    "sounds/error.wav",
    "icons/checkin.png",
    "icons/checkin.ico",
    "translations/checkin_fr.qm",
    "translations/checkin_es.qm",
    "translations/checkin_en.qm",
)
DEMO = ("event.json", "participants.csv")

SOUNDS = ("ok", "warning", "error")

#: Debian/Ubuntu packages Qt's xcb platform plugin needs to open a window.
LINUX_WINDOW_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 "
    "libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libgl1 libegl1 libfontconfig1 libdbus-1-3"
)
#: The hidden argument that makes ``checkin`` the display probe's child process.
PROBE_DISPLAY = "--probe-display"
PROBE_SECONDS = 30


class Skipped(Exception):
    """A check that cannot run here, and why (not a failure)."""


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str
    skipped: bool = False

    def line(self) -> str:
        mark = "--  " if self.skipped else "ok  " if self.ok else "FAIL"
        return f"  {mark}  {self.name:<13} {self.detail}"


# -- display: Qt's default platform plugin, in a child process ------------------------


def display_skipped(environ: dict[str, str] | os._Environ = os.environ) -> str | None:
    """Why the window check cannot run here, or None when it can."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in ("offscreen", "minimal"):
        return f"skipped: QT_QPA_PLATFORM={platform} asks for no window"
    if sys.platform.startswith("linux") and not (
        environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")
    ):
        return "skipped: no screen (DISPLAY and WAYLAND_DISPLAY unset): run it on the desk"
    return None


def probe_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the PyInstaller executable is the program itself
        return [sys.executable, PROBE_DISPLAY]
    return [sys.executable, "-m", "checkin", PROBE_DISPLAY]


def probe_display() -> int:
    """The child process: start Qt with the default platform plugin (Qt aborts if it cannot)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    size = f", screen {screen.size().width()}×{screen.size().height()}" if screen else ""
    print(f"a window can open (Qt platform {app.platformName()}{size})", flush=True)
    return 0


def qt_message(stderr: str) -> str:
    """Qt's own words from the child's stderr, without the long list of plugins."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    said = [
        line.removeprefix("qt.qpa.plugin:").removeprefix("qt.qpa.xcb:").strip()
        for line in lines
        if line.startswith("qt.qpa") or "connect to display" in line.lower()
    ]
    said = said or [line for line in lines if not line.startswith("Available platform")][:2]
    text = " ".join(said)
    return text[:400] + ("…" if len(text) > 400 else "")


def check_display() -> str:
    reason = display_skipped()
    if reason:
        raise Skipped(reason)
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # Windows: no console flashing up
    try:
        result = subprocess.run(probe_command(), capture_output=True, text=True,
                                timeout=PROBE_SECONDS, creationflags=flags, errors="replace")
    except subprocess.TimeoutExpired as error:
        raise RuntimeError(f"Qt did not start within {PROBE_SECONDS} s") from error
    if result.returncode == 0 and result.stdout.strip():
        return result.stdout.strip().splitlines()[-1]
    said = qt_message(result.stderr) or f"Qt stopped (exit status {result.returncode})"
    if sys.platform.startswith("linux"):
        said += f" — install the system packages: sudo apt install {LINUX_WINDOW_PACKAGES}"
    else:
        said += " — copy the whole Check-in folder again (its Qt plugins are incomplete)"
    raise RuntimeError(said)


# -- files, fonts, translations, sounds ---------------------------------------------


def check_resources() -> str:
    missing = [name for name in REQUIRED if not (resources() / name).is_file()]
    demo = bundle_root() / "data" / "idm2015"
    missing += [str(demo / name) for name in DEMO if not (demo / name).is_file()]
    if missing:
        raise RuntimeError("missing: " + ", ".join(missing))
    return f"{len(REQUIRED) + len(DEMO)} files under {bundle_root()}"


def check_fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    families: set[str] = set()
    for path in sorted((resources() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"Qt cannot load {path.name}")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    from checkin.ui.fonts import FONT_FAMILIES

    missing = [family for family in FONT_FAMILIES if family not in families]
    if missing:
        found = ", ".join(sorted(families)) or "none"
        raise RuntimeError(f"not loaded: {', '.join(missing)} (loaded: {found})")
    return f"{len(families)} families, every script of the badges (Noto Sans, NanumSquare, …)"


def check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for language in ("fr", "es"):
        for folder, name in (
            (str(resources() / "translations"), f"checkin_{language}"),
            (qt_folder, f"qtbase_{language}"),
        ):
            translator = QTranslator()
            if not translator.load(name, folder):
                raise RuntimeError(f"cannot load {name}.qm from {folder}")
            loaded.append(name)
    return ", ".join(loaded)


def check_sound() -> str:
    """The wav files read and QtMultimedia loads; on a desk with speakers, ok.wav loads too."""
    import wave

    for name in SOUNDS:
        path = resources() / "sounds" / f"{name}.wav"
        try:
            with wave.open(str(path), "rb") as sound:
                if sound.getnframes() == 0:
                    raise RuntimeError(f"{path.name} is empty")
        except (OSError, EOFError, wave.Error) as error:
            raise RuntimeError(f"{path.name} is not a readable sound: {error}") from error
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as error:
        raise RuntimeError(f"QtMultimedia does not load ({error}): the desk would be silent") \
            from error
    device = QMediaDevices.defaultAudioOutput()
    if device.isNull():
        return f"{len(SOUNDS)} sounds readable, QtMultimedia loads; no audio output found"
    _load_effect(resources() / "sounds" / "ok.wav", device)
    return f"{len(SOUNDS)} sounds readable, ok.wav loads on {device.description()}"


def _load_effect(path: Path, device) -> None:
    from PySide6.QtCore import QCoreApplication, QUrl
    from PySide6.QtMultimedia import QSoundEffect

    effect = QSoundEffect(device)
    effect.setSource(QUrl.fromLocalFile(str(path)))
    deadline = time.monotonic() + 3
    while effect.status() == QSoundEffect.Status.Loading and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    if effect.status() == QSoundEffect.Status.Error:
        raise RuntimeError(f"Qt cannot play {path.name} on {device.description()}")


# -- database, badge, printing ------------------------------------------------------


class Workbench:
    """The database check's desk, handed on to the badge check."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.desk = None

    def check_database(self) -> str:
        from checkin.service.desk import Desk
        from checkin.service.event_setup import load_demo
        from checkin.store import Store

        store = Store.in_home(self.work / "home")
        try:
            loaded = load_demo(store)
            self.desk = Desk(store)
        except Exception:
            store.close()
            raise
        return f"created and migrated, {loaded.participants} demo participants"

    def check_badge(self) -> str:
        import zxingcpp

        from checkin.badges import Badge, render_pdf
        from checkin.domain.rules import Status
        from checkin.ui.printing import render_page

        desk = self.desk
        if desk is None:
            raise RuntimeError("not run: no database (see the line above)")
        person = desk.store.participant("IDM15-00001") or desk.search("a", 1)[0]
        started = time.perf_counter()
        pdf = render_pdf([Badge(person, desk.code_for(person))], desk.event, "a6")
        elapsed = (time.perf_counter() - started) * 1000
        found = zxingcpp.read_barcodes(render_page(pdf, width=620))
        if not found or found[0].text != desk.code_for(person):
            raise RuntimeError("the badge's QR code does not read back")
        verdict = desk.scan(found[0].text, day=desk.event.days[0])
        if verdict.status is not Status.OK:
            raise RuntimeError(f"the badge's code scans as {verdict.status}")
        from checkin.badges.fitting import shape
        from checkin.badges.fonts import SHAPED

        shaped = shape("प्रियंका", True).runs[0]
        if shaped.family not in SHAPED or not hasattr(shaped.text, "__shapeData__"):
            raise RuntimeError("names in Indic and South-East Asian scripts would print "
                               "misspelt: HarfBuzz (uharfbuzz) is missing")
        return f"A6 badge in {elapsed:.0f} ms, QR read back and scanned ok; HarfBuzz shaping"

    def check_printing(self) -> str:
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        target = self.work / "print-test.pdf"
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError("Qt cannot print")
        painter.drawText(100, 100, APP_NAME)
        painter.end()
        if not target.is_file() or target.stat().st_size == 0:
            raise RuntimeError("Qt printed nothing")
        names = QPrinterInfo.availablePrinterNames()
        default = QPrinterInfo.defaultPrinterName()
        listed = ", ".join(names) if names else "none found (install or connect a printer)"
        default = f"; default {default}" if default else ""
        return f"Qt printing works; printers: {listed}{default}"

    def close(self) -> None:
        if self.desk is not None:
            self.desk.store.close()


# -- the report ---------------------------------------------------------------------


def check_server_sync() -> str:
    """The PostgreSQL driver loads (sync through a server, for large venues)."""
    from checkin.store.server import driver

    return driver()


def run_checks(report: Callable[[Check], None] = lambda check: None) -> list[Check]:
    """Run every check, handing each result to ``report`` as soon as it is known."""
    checks: list[Check] = []

    def attempt(name: str, function: Callable[[], str]) -> None:
        try:
            check = Check(name, True, function())
        except Skipped as skipped:
            check = Check(name, True, str(skipped), skipped=True)
        except RuntimeError as error:  # the checks' own words
            check = Check(name, False, str(error))
        except Exception as error:  # every failure becomes a line of the report
            check = Check(name, False, f"{type(error).__name__}: {error}")
        checks.append(check)
        report(check)

    attempt("display", check_display)  # before the platform is forced to offscreen below
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the rest needs no screen
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    try:
        from PySide6.QtWidgets import QApplication

        _app = QApplication.instance() or QApplication(sys.argv[:1])
    except Exception as error:  # e.g. a Qt library missing from a broken copy
        checks.append(Check("Qt", False, f"{type(error).__name__}: {error}"))
        report(checks[-1])
        return checks
    attempt("resources", check_resources)
    attempt("fonts", check_fonts)
    attempt("translations", check_translations)
    attempt("sound", check_sound)
    attempt("server sync", check_server_sync)
    with tempfile.TemporaryDirectory(prefix="checkin-self-test-") as temp:
        bench = Workbench(Path(temp))
        try:
            attempt("database", bench.check_database)
            attempt("badge", bench.check_badge)
            attempt("printing", bench.check_printing)
        finally:
            bench.close()
    return checks


def _discard_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass


def main() -> int:
    _say(f"{APP_NAME} {__version__} self-test")
    try:
        checks = run_checks(lambda check: _say(check.line()))
    except Exception as error:  # never a traceback: the report says what stopped it
        _say(Check("self-test", False, f"stopped: {type(error).__name__}: {error}").line())
        checks = [Check("self-test", False, "")]
    passed = all(check.ok for check in checks)
    _say("All checks passed." if passed else "Some checks FAILED: see the lines above.")
    return 0 if passed else 1


def _say(line: str) -> None:
    if sys.stdout is None:  # a windowed Windows executable has no console
        return
    try:
        print(line, flush=True)
    except BrokenPipeError:  # ``checkin --self-test | head -2``: the reader has enough
        sys.stdout = None  # the checks go on; nothing more is printed, nothing to flush
        _discard_stdout()
