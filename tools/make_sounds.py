"""Write the three verdict sounds to resources/sounds (deterministic, standard library only).

ok: one short rising chime; warning: two mid beeps; error: a low buzz. Distinct
in pitch *and* rhythm so they are told apart in a noisy lobby.
Run: python tools/make_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def tone(freqs: list[float], seconds: float, volume: float = 0.45) -> list[float]:
    count = int(RATE * seconds)
    samples = []
    for i in range(count):
        t = i / RATE
        envelope = min(1.0, i / 200, (count - i) / 400)  # no clicks
        value = sum(math.sin(2 * math.pi * f * t) for f in freqs) / len(freqs)
        samples.append(volume * envelope * value)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


SOUNDS = {
    "ok": tone([880], 0.09) + tone([1320], 0.14),
    "warning": tone([660], 0.12) + silence(0.07) + tone([660], 0.12),
    "error": tone([196, 207], 0.45, volume=0.55),
}


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / f"{name}.wav"), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


if __name__ == "__main__":
    for sound_name, sound in SOUNDS.items():
        write(sound_name, sound)
