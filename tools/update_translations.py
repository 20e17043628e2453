"""Refresh the translation sources and build the .qm files.

    .venv/bin/python tools/update_translations.py

Runs pyside6-lupdate over inspector/**/*.py into assets/i18n/inspector_zh_CN.ts and inspector_en.ts
(existing translations are kept; strings no longer in the code are dropped), then pyside6-lrelease.
New strings arrive as type="unfinished": translate them in inspector_zh_CN.ts (tests/test_i18n.py
fails until every one is done), then run this script again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "assets" / "i18n"
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    """The Qt tool next to this Python (the project's .venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    venv = ROOT / ".venv" / "bin" / name
    if venv.exists():
        return str(venv)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into .venv (pip install pyside6).")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "inspector").rglob("*.py"))


def ts_path(language: str) -> Path:
    return I18N / f"inspector_{language}.ts"


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts_path(language)),
            ],
            cwd=ROOT,
            check=True,
        )


def release() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(I18N / f"inspector_{language}.qm")],
            cwd=ROOT,
            check=True,
        )


def main(argv: list[str]) -> int:
    if "--release-only" not in argv:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
