"""One helper for background work: run a function on a thread pool, get the result
back on the UI thread (as Picard's ``util/thread.py`` does).

Workers never touch widgets; the callbacks run on the UI thread through a
queued signal. Tests use :class:`ImmediateRunner`, which runs inline.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object, object)  # (result, error)


class _Job(QRunnable):
    def __init__(self, function: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.function = function
        self.relay = relay

    def run(self) -> None:
        try:
            result, error = self.function(), None
        except Exception as exc:  # delivered to the UI thread, never lost
            result, error = None, exc
        self.relay.done.emit(result, error)


class TaskRunner:
    def __init__(self, pool: QThreadPool | None = None) -> None:
        self.pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run(
        self,
        function: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def deliver(result: Any, error: Exception | None) -> None:
            self._relays.discard(relay)
            if error is None:
                on_result(result)
            elif on_error is not None:
                on_error(error)
            else:
                log.warning("background task failed: %s", error)

        relay.done.connect(deliver)
        self.pool.start(_Job(function, relay))

    def wait(self) -> None:
        self.pool.waitForDone()


class ImmediateRunner(TaskRunner):
    """Runs tasks inline: deterministic tests."""

    def __init__(self) -> None:
        pass

    def run(self, function, on_result, on_error=None) -> None:  # type: ignore[override]
        try:
            result = function()
        except Exception as error:
            if on_error is None:
                raise
            on_error(error)
            return
        on_result(result)

    def wait(self) -> None:
        return None
