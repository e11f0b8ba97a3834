"""``checkin --self-test``: is this installation ready for the morning of the event?

Checks, in order: bundled resources are found; fonts load; translations load;
a database can be created and migrated; a badge renders and its QR code reads
back and scans *ok*; Qt's printing works (a page printed to a PDF) and which
printers the OS offers. Prints one line per check and exits 0 only if all pass.
Runs without a screen (it needs no window), from source or from the built folder.
"""

from __future__ import annotations

import os
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
    "fonts/DroidSansFallbackFull.ttf",
    "sounds/ok.wav",
    "sounds/warning.wav",
    "sounds/error.wav",
    "icons/checkin.png",
    "translations/checkin_fr.qm",
    "translations/checkin_es.qm",
    "translations/checkin_en.qm",
)


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str


def check_resources() -> str:
    missing = [name for name in REQUIRED if not (resources() / name).is_file()]
    demo = bundle_root() / "data" / "idm2015"
    missing += [
        str(demo / f) for f in ("event.json", "participants.csv") if not (demo / f).is_file()
    ]
    if missing:
        raise RuntimeError("missing: " + ", ".join(missing))
    return f"{len(REQUIRED) + 2} files under {bundle_root()}"


def check_fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    families = []
    for path in sorted((resources() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise RuntimeError(f"Qt cannot load {path.name}")
        families += QFontDatabase.applicationFontFamilies(font_id)
    return ", ".join(sorted(set(families)))


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


def check_database_and_badge(work: Path) -> tuple[str, str]:
    import zxingcpp

    from checkin.badges import Badge, render_pdf
    from checkin.domain.rules import Status
    from checkin.service.desk import Desk
    from checkin.service.event_setup import load_demo
    from checkin.store import Store
    from checkin.ui.printing import render_page

    store = Store.in_home(work)
    loaded = load_demo(store)
    desk = Desk(store)
    person = desk.store.participant("IDM15-00001") or desk.search("a", 1)[0]
    database = f"created and migrated, {loaded.participants} demo participants"
    started = time.perf_counter()
    pdf = render_pdf([Badge(person, desk.code_for(person))], desk.event, "a6")
    elapsed = (time.perf_counter() - started) * 1000
    image = render_page(pdf, width=620)
    found = zxingcpp.read_barcodes(image)
    if not found or found[0].text != desk.code_for(person):
        raise RuntimeError("the badge's QR code does not read back")
    verdict = desk.scan(found[0].text, day=desk.event.days[0])
    if verdict.status is not Status.OK:
        raise RuntimeError(f"the badge's code scans as {verdict.status}")
    store.close()
    return database, f"A6 badge in {elapsed:.0f} ms, QR read back and scanned ok"


def check_printing(work: Path) -> str:
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    target = work / "print-test.pdf"
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
    return f"Qt printing works; printers: {listed}" + (f"; default {default}" if default else "")


def run_checks() -> list[Check]:
    if _headless():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    checks: list[Check] = []

    def attempt(name: str, function: Callable[[], str]) -> None:
        try:
            checks.append(Check(name, True, function()))
        except Exception as error:  # every failure becomes a line of the report
            checks.append(Check(name, False, f"{type(error).__name__}: {error}"))

    attempt("resources", check_resources)
    attempt("fonts", check_fonts)
    attempt("translations", check_translations)
    with tempfile.TemporaryDirectory(prefix="checkin-self-test-") as temp:
        work = Path(temp)
        try:
            database, badge = check_database_and_badge(work / "home")
            checks += [Check("database", True, database), Check("badge", True, badge)]
        except Exception as error:
            checks.append(Check("database and badge", False, f"{type(error).__name__}: {error}"))
        attempt("printing", lambda: check_printing(work))
    return checks


def _headless() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not (os.environ.get("WAYLAND_DISPLAY"))
    )


def main() -> int:
    print(f"{APP_NAME} {__version__} self-test")
    checks = run_checks()
    for check in checks:
        print(f"  {'ok  ' if check.ok else 'FAIL'}  {check.name:<13} {check.detail}")
    passed = all(check.ok for check in checks)
    print("All checks passed." if passed else "Some checks FAILED: see the lines above.")
    return 0 if passed else 1
