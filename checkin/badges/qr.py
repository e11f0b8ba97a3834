"""QR matrices for badge codes, computed once per code and drawn as vectors.

Choosing the mask pattern is most of the cost of making a QR code (about
3 ms in pure Python), and the same code is drawn for a preview, a print and a
reprint, so matrices are cached by code. They are drawn as filled rectangles
(one per horizontal run of dark modules), not as an image: sharp at any
printer resolution, and no image compression in the PDF.
"""

from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M

#: Light modules kept around the code inside its box (the standard asks for 4;
#: the badge keeps a white margin beyond the box too, and scanners read 2 well).
QUIET_MODULES = 2


@lru_cache(maxsize=4096)
def matrix(code: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of ``code`` (rows of dark = True), without a quiet zone.

    Badge codes use only QR "alphanumeric" characters, so they stay small
    (version 2–3); error correction M survives a scratched or creased badge.
    """
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    qr.add_data(code)
    qr.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in qr.get_matrix())


@lru_cache(maxsize=4096)
def dark_runs(code: str) -> tuple[tuple[int, int, int], ...]:
    """``(row, first column, length)`` of each horizontal run of dark modules."""
    runs = []
    for row, cells in enumerate(matrix(code)):
        start = None
        for column, dark in enumerate((*cells, False)):
            if dark and start is None:
                start = column
            elif not dark and start is not None:
                runs.append((row, start, column - start))
                start = None
    return tuple(runs)
