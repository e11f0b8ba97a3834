"""What the CUPS scheduler says about a queue and our jobs (Linux, macOS).

Qt hands a job to CUPS and reports success whatever CUPS does with it: a queue
that refuses jobs drops it, a paused queue (what CUPS leaves after a printer
fault: unplugged, out of cards or ribbon) keeps it, and ``QPrinter`` still says
*idle*. So after sending, :func:`find_job` looks the job up by its title in the
scheduler's own list, through ``libcups`` (the library Qt itself prints with:
no command-line tools, no parsing of translated output, works offline on the
local scheduler).

Where there is no libcups (Windows), :func:`available` is False and printing
falls back to Qt's printer state alone.
"""

from __future__ import annotations

import ctypes
import threading
from dataclasses import dataclass
from functools import cache

#: IPP job states (RFC 8011 §5.3.7).
PENDING, HELD, PROCESSING, STOPPED, CANCELED, ABORTED, COMPLETED = range(3, 10)
#: IPP printer state "stopped" (RFC 8011 §5.4.11).
PRINTER_STOPPED = 5
_WHICH_ALL = -1
_lock = threading.Lock()


class _Job(ctypes.Structure):
    _fields_ = [
        ("id", ctypes.c_int),
        ("dest", ctypes.c_char_p),
        ("title", ctypes.c_char_p),
        ("user", ctypes.c_char_p),
        ("format", ctypes.c_char_p),
        ("state", ctypes.c_int),
        ("size", ctypes.c_int),
        ("priority", ctypes.c_int),
        ("completed_time", ctypes.c_long),
        ("creation_time", ctypes.c_long),
        ("processing_time", ctypes.c_long),
    ]


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Dest(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("instance", ctypes.c_char_p),
        ("is_default", ctypes.c_int),
        ("num_options", ctypes.c_int),
        ("options", ctypes.POINTER(_Option)),
    ]


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    state: int


@dataclass(frozen=True, slots=True)
class QueueState:
    stopped: bool  # paused by a person or by CUPS after a printer fault
    accepting: bool  # False: the queue refuses new jobs
    reasons: str = ""


@cache
def _library():
    import ctypes.util  # only when printing: it pulls in subprocess, not for start-up

    name = ctypes.util.find_library("cups")
    if not name:
        return None
    try:
        lib = ctypes.CDLL(name)
        lib.cupsGetJobs2.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.POINTER(_Job)),
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_int,
        ]
        lib.cupsGetJobs2.restype = ctypes.c_int
        lib.cupsFreeJobs.argtypes = [ctypes.c_int, ctypes.POINTER(_Job)]
        lib.cupsGetNamedDest.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
        lib.cupsGetNamedDest.restype = ctypes.POINTER(_Dest)
        lib.cupsFreeDests.argtypes = [ctypes.c_int, ctypes.POINTER(_Dest)]
        lib.cupsCancelJob.argtypes = [ctypes.c_char_p, ctypes.c_int]
        lib.cupsCancelJob.restype = ctypes.c_int
    except (OSError, AttributeError):
        return None
    return lib


def available() -> bool:
    return _library() is not None


def queue_state(printer: str) -> QueueState | None:
    """The queue's state as the scheduler reports it; None when unknown."""
    lib = _library()
    if lib is None:
        return None
    with _lock:
        dest = lib.cupsGetNamedDest(None, printer.encode(), None)
        if not dest:
            return None
        try:
            options = {
                dest.contents.options[i].name.decode(errors="replace"): (
                    dest.contents.options[i].value or b""
                ).decode(errors="replace")
                for i in range(dest.contents.num_options)
            }
        finally:
            lib.cupsFreeDests(1, dest)
    state = options.get("printer-state", "")
    return QueueState(
        stopped=state == str(PRINTER_STOPPED),
        accepting=options.get("printer-is-accepting-jobs", "true").lower() != "false",
        reasons=options.get("printer-state-reasons", ""),
    )


def find_job(printer: str, title: str) -> Job | None:
    """The newest job on ``printer`` titled ``title``, in any state; None if there is none."""
    lib = _library()
    if lib is None:
        return None
    jobs = ctypes.POINTER(_Job)()
    with _lock:
        count = lib.cupsGetJobs2(None, ctypes.byref(jobs), printer.encode(), 0, _WHICH_ALL)
        try:
            found = [
                Job(jobs[i].id, jobs[i].state)
                for i in range(max(count, 0))
                if (jobs[i].title or b"").decode(errors="replace") == title
            ]
        finally:
            if count > 0:
                lib.cupsFreeJobs(count, jobs)
    return max(found, key=lambda job: job.id, default=None)


def cancel(printer: str, job: Job) -> bool:
    lib = _library()
    return bool(lib and lib.cupsCancelJob(printer.encode(), job.id))
