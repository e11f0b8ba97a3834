"""Draw the application icon (a white check mark on a UN-blue badge) as PNG and ICO.

Run: python tools/make_icon.py   (deterministic; Pillow only)
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZE = 512


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((16, 16, SIZE - 16, SIZE - 16), radius=96, fill=(0, 94, 160, 255))
    pen.rounded_rectangle((196, 40, 316, 84), radius=18, fill=(255, 255, 255, 255))  # badge slot
    pen.line([(128, 280), (224, 376), (396, 176)], fill=(255, 255, 255, 255), width=56,
             joint="curve")
    return image


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw()
    icon.save(OUT / "checkin.png")
    icon.save(OUT / "checkin.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (256, 256)])
