"""Translations: every string of the code is in the zh_CN source, translated, and compiled into the .qm.

When a test here fails after you added UI text: run `.venv/bin/python tools/update_translations.py`,
translate the new <message>s in assets/i18n/inspector_zh_CN.ts (remove type="unfinished"), run it again.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from inspector.paths import ASSETS_DIR

ROOT = Path(__file__).resolve().parent.parent
I18N = ASSETS_DIR / "i18n"
ZH_TS = I18N / "inspector_zh_CN.ts"
ZH_QM = I18N / "inspector_zh_CN.qm"
TOOLS = Path(sys.executable).parent
CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) of every message still in use (not vanished/obsolete)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append((name, message.findtext("source"), translation))
    return found


def translated_text(translation: ET.Element | None) -> str:
    """The translation, or its plural forms joined (tr("%n photo(s)", "", n) has <numerusform>s)."""
    if translation is None:
        return ""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return " | ".join(forms) if forms else (translation.text or "")


def test_every_zh_cn_message_is_translated():
    missing = [
        f"{context}: {source!r}"
        for context, source, translation in messages(ZH_TS)
        if translation is None
        or translation.get("type") == "unfinished"
        or not all(part.strip() for part in translated_text(translation).split(" | "))
    ]
    assert not missing, "untranslated in inspector_zh_CN.ts (see this file's docstring):\n" + "\n".join(missing)


def test_translations_keep_placeholders_and_are_chinese():
    wrong = []
    for context, source, translation in messages(ZH_TS):
        text = translated_text(translation)
        if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(text)):
            wrong.append(f"{context}: {source!r} -> {text!r} (placeholders differ)")
        if CJK.search(source) is None and re.search(r"[A-Za-z]{3}", source) and not CJK.search(text):
            if text not in ("Inspector",) and "Inspector" not in source:
                wrong.append(f"{context}: {source!r} -> {text!r} (no Chinese)")
    assert not wrong, "\n".join(wrong)


def test_every_string_in_the_code_is_in_the_ts_file(tmp_path):
    """Catches UI text added without running tools/update_translations.py."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "inspector").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True, cwd=ROOT
    )
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    in_ts = {(c, s) for c, s, _ in messages(ZH_TS)}
    assert not in_code - in_ts, f"run tools/update_translations.py; missing: {sorted(in_code - in_ts)}"


def test_qm_is_compiled_from_the_current_ts(tmp_path):
    rebuilt = tmp_path / "zh.qm"
    run = subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ZH_TS), "-qm", str(rebuilt)], check=True, capture_output=True, text=True
    )
    generated = int(re.search(r"Generated (\d+) translation", run.stdout).group(1))
    assert generated == len(messages(ZH_TS))
    assert ZH_QM.exists(), "run tools/update_translations.py to build the .qm"
    assert ZH_QM.read_bytes() == rebuilt.read_bytes(), "the .qm is stale: run tools/update_translations.py"


@pytest.fixture
def chinese():
    from inspector.ui.qt_setup import install_language

    install_language("zh_CN")
    yield
    install_language("en")


def test_main_window_speaks_chinese_by_default(qtbot, store, data_dir, chinese):
    from inspector.ui.main_window import MainWindow
    from inspector.ui.settings_dialog import stored_language

    assert stored_language(store) == "zh_CN"  # nothing chosen yet: the default
    window = MainWindow(store, data_dir)
    qtbot.addWidget(window)
    assert CJK.search(window.file_menu.title())
    assert CJK.search(window.new_action.text())
    assert CJK.search(window.inspections.empty_new.text())
    assert window.inspections.type_combo.findText("暗访") > 0
    assert window.inspections.type_combo.findText("明查") > 0
