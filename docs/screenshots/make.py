"""Screenshots of every page, menu and dialog with demo data, as on the usual office PC: 1920×1080 at
125 % (QT_SCALE_FACTOR=1.25), offscreen. Writes docs/screenshots/1920x1080-125/*.png (old ones removed).

    python docs/screenshots/make.py [SIZE] [SCALE]      e.g. python docs/screenshots/make.py 1366x768 1.5

Other sizes and scales go to docs/screenshots/<SIZE>-<SCALE×100>/. The pictures are made by the fit
probe (tests/gui/fit_probe.py), which also prints any text that does not fit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(size: str = "1920x1080", scale: str = "1.25") -> int:
    out = ROOT / "docs" / "screenshots" / f"{size}-{round(float(scale) * 100)}"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale,
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.pop("YIYONG_HOME", None)  # the probe makes a fresh one
    done = subprocess.run([sys.executable, "-m", "tests.gui.fit_probe", size, str(out)], capture_output=True,
                          text=True, env=env, cwd=str(ROOT), check=False)
    lines = [x for x in done.stdout.splitlines() if x.startswith("RESULT ")]
    if not lines:
        print(done.stderr[-3000:], file=sys.stderr)
        return 1
    result = json.loads(lines[-1][7:])
    for name, problems in result["problems"].items():
        for line in problems:
            print(f"{name}: {line}")
    for name, trace in result["failed"].items():
        print(f"{name} did not open: {trace}")
    print(f"{len(list(out.glob('*.png')))} screenshots in {out.relative_to(ROOT)}")
    return 1 if result["problems"] or result["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
