"""QR matrices for badge codes, computed once per code and drawn as vectors.

The encoder is zxing-cpp's (C++; also what ``--self-test`` and the tests read
badges back with): 0.3 ms for a badge code, where the pure-Python ``qrcode``
took 5 ms, most of it choosing the mask pattern — a quarter to a half of a
whole badge PDF. The same code is drawn for a preview, a print and a reprint,
so matrices are cached by code too. They are drawn as filled rectangles
(one per horizontal run of dark modules), not as an image: sharp at any
printer resolution, and no image compression in the PDF.
"""

from __future__ import annotations

from functools import lru_cache

import zxingcpp

#: Light modules kept around the code inside its box (the standard asks for 4;
#: the badge keeps a white margin beyond the box too, and scanners read 2 well).
QUIET_MODULES = 2


@lru_cache(maxsize=4096)
def matrix(code: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of ``code`` (rows of dark = True), without a quiet zone.

    Badge codes use only QR "alphanumeric" characters, so they stay small
    (version 2–3); error correction M survives a scratched or creased badge.
    """
    symbol = zxingcpp.create_barcode(code, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = symbol.to_image(scale=1, add_quiet_zones=False)  # one byte per module, 0 = dark
    side = image.shape[1]
    pixels = bytes(memoryview(image))
    rows = (pixels[start : start + side] for start in range(0, len(pixels), side))
    return tuple(tuple(value == 0 for value in row) for row in rows)


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
