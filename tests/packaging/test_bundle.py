"""The self-test from source, the GUI smoke start, and the PyInstaller bundle built from build.spec.

The bundle test builds into a temporary folder (about 1–2 minutes on two cores) and runs the built
program's --selftest, --version and a smoke start of the window offscreen. It is marked slow and
skipped when YIYONG_SKIP_BUNDLE=1 or PyInstaller is not installed (pip install -e .[test]).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.selftest import SelfTestFailure, check_pdf


def _pages() -> int:
    """How many pages the main window has (the smoke start opens each)."""
    from desktop.gui.pages import PAGES

    return len(PAGES)

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("YIYONG_DB", None)
    env.update({"YIYONG_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen",
                "PYTHONIOENCODING": "utf-8"}, **extra)
    (tmp_path / "home").mkdir(exist_ok=True)
    return env


def _run(cmd: list[str], env: dict[str, str], timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=timeout)


def _assert_selftest_passed(result: subprocess.CompletedProcess, home: Path) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "OK"
    assert f"Yiyong {__version__}" in lines[0]
    steps = [line for line in lines if line.startswith("[")]
    assert len(steps) == 5 and all("通过" in line for line in steps), lines
    assert "𠮷祥" in result.stdout and "人员 30 人一致" in result.stdout
    assert not list(home.glob("*.db")), "the self-test must not touch the data folder"


def test_selftest_from_source(tmp_path):
    env = _env(tmp_path)
    result = _run([sys.executable, "-m", "desktop", "--selftest"], env)
    _assert_selftest_passed(result, tmp_path / "home")
    assert "PySide6" not in result.stderr


def test_selftest_does_not_import_qt():
    code = ("import sys; from desktop.selftest import run; rc = run(); "
            "sys.exit(rc or (3 if any(m.startswith('PySide6') for m in sys.modules) else 0))")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            encoding="utf-8", timeout=300, env=dict(os.environ, PYTHONIOENCODING="utf-8"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_pdf_refuses_a_pdf_without_embedded_fonts_or_glyphs():
    with pytest.raises(SelfTestFailure, match="%PDF"):
        check_pdf(b"<html>", ("王喆",))
    with pytest.raises(SelfTestFailure, match="FontFile2"):
        check_pdf(b"%PDF-1.4\n/Font /STSong-Light\n", ("王喆",))
    cmap = b"%PDF-1.4\n/FontFile2 3 0 R\nstream\nbeginbfchar\n<01> <738B>\nendbfchar\nendstream\n"
    assert check_pdf(cmap, ("王",))["embedded_fonts"] == 1
    with pytest.raises(SelfTestFailure, match="喆"):
        check_pdf(cmap, ("王喆",))


def test_gui_smoke_start_from_source(tmp_path):
    env = _env(tmp_path)
    db = str(tmp_path / "t.db")
    init = _run([sys.executable, "-m", "desktop", "--db", db, "init", "--office-code", "330102",
                 "--office-name", "上城区见义勇为协会"], env)
    assert init.returncode == 0, init.stderr
    shot = tmp_path / "window.png"
    result = _run([sys.executable, "-m", "desktop", "--db", db], dict(env, YIYONG_GUI_SMOKE="1",
                                                                       YIYONG_GUI_SMOKE_SHOT=str(shot)))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "GUI OK" in result.stdout and f"{_pages()} 个页面均已打开" in result.stdout
    assert shot.stat().st_size > 10_000


def _bundle_skip_reason() -> str | None:
    if os.environ.get("YIYONG_SKIP_BUNDLE") == "1":
        return "YIYONG_SKIP_BUNDLE=1"
    if importlib.util.find_spec("PyInstaller") is None:
        return "PyInstaller 未安装（pip install -e .[test]）"
    return None


@pytest.mark.slow
@pytest.mark.skipif(_bundle_skip_reason() is not None, reason=str(_bundle_skip_reason()))
def test_bundle_builds_and_passes_its_selftest(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "build"
    build = _run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                  "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
                 dict(os.environ), timeout=1200)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    folder = dist / "yiyong"
    exe = folder / ("yiyong.exe" if sys.platform == "win32" else "yiyong")
    assert exe.is_file()
    internal = folder / "_internal"
    for part in ("resources/fonts/noto-serif-sc/OFL.txt", "resources/fonts/lxgw-wenkai/LXGWWenKai-Regular.ttf",
                 "resources/templates/certificate.toml", "resources/translations/yiyong_en.qm",
                 "resources/divisions/zhejiang.json", "resources/icons/yiyong.png", "resources/help/guide.md",
                 "resources/licenses/LGPL-3.0.txt", "stdnum/cn/loc.dat"):
        assert (internal / part).is_file(), part
    assert not list(internal.rglob("*WebEngine*")) and not list(internal.rglob("*Qt6Quick*"))

    env = _env(tmp_path)
    result = _run([str(exe), "--selftest"], env)
    _assert_selftest_passed(result, tmp_path / "home")

    version = _run([str(exe), "--version"], env)
    assert version.returncode == 0 and version.stdout.strip() == f"Yiyong {__version__}"

    db = str(tmp_path / "t.db")
    assert _run([str(exe), "--db", db, "init", "--office-code", "330102", "--office-name", "上城区见义勇为协会"],
                env).returncode == 0
    smoke = _run([str(exe), "--db", db], dict(env, YIYONG_GUI_SMOKE="1"))
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    assert "GUI OK" in smoke.stdout and f"{_pages()} 个页面均已打开" in smoke.stdout
