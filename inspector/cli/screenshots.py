"""`python main.py screenshots --out DIR`: render every main screen with demo data to PNG, offscreen.

Works in a temporary data folder, so the user's own data is never touched.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

NAME = "screenshots"
SIZE = (1366, 768)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``screenshots`` subcommand."""
    p = subparsers.add_parser(
        NAME,
        help="render the main screens with demo data to PNG files (no display needed)",
        description="Build demo data in a temporary data folder and save a PNG of every main screen "
        f"at {SIZE[0]}x{SIZE[1]}: the empty window, the inspections list, the dialogs, the cheat sheet "
        "and the checklist workspace. The user's data folder is not used.",
    )
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PNG files (created)")
    p.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN", help="UI language (default zh_CN)")
    p.add_argument("--inspections", type=int, default=6, metavar="N", help="demo inspections to create (default 6)")


def _fallback_demo(store, count: int) -> list[str]:
    """Used only while inspector.demo is missing: one branch, one inspection per type."""
    branch = store.add_branch("0101", "城东支行", "人民路 18 号", "王建国", "城区")
    kinds = ["onsite", "mystery", "remote", "self"]
    return [store.create_inspection(branch.id, kinds[i % 4], ["张伟"]).id for i in range(count)]


def _make_demo(store, data_dir, count: int) -> list[str]:
    try:
        from inspector.demo import fill_demo
    except ImportError:
        return _fallback_demo(store, count)
    return fill_demo(store, data_dir, inspections=count)


def run(args: argparse.Namespace, ctx) -> int:
    """Write the PNGs to ``args.out`` and list them on ``ctx.out``."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a reviewer's machine may have no display
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from inspector.app import create_application
    from inspector.cli import CommandError, Context
    from inspector.paths import DataDir
    from inspector.ui.branches import BranchDialog
    from inspector.ui.main_window import MainWindow
    from inspector.ui.new_inspection import NewInspectionDialog
    from inspector.ui.qt_setup import install_language
    from inspector.ui.settings_dialog import SettingsDialog

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    install_language(args.lang)
    written: list[Path] = []

    def shoot(widget: QWidget, name: str, size: tuple[int, int] | None = None) -> None:
        if size:
            widget.resize(*size)
        widget.show()
        for _ in range(3):  # let layouts and deferred resizes settle
            app.processEvents()
        path = out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise CommandError(f"could not write {path}; check that the folder is writable.")
        written.append(path)

    def dialog_shot(make: Callable[[], QDialog], name: str) -> None:
        dialog = make()
        dialog.adjustSize()
        shoot(dialog, name)
        dialog.close()
        dialog.deleteLater()

    with tempfile.TemporaryDirectory(prefix="inspector-shots-") as tmp:
        data_dir = DataDir(Path(tmp) / "data")
        ctx_store = Context(data_dir, ctx.out, ctx.err).open_store()
        try:
            window = MainWindow(ctx_store, data_dir)
            window.setMinimumSize(0, 0)
            shoot(window, "01-empty-state", SIZE)

            ids = _make_demo(ctx_store, data_dir, args.inspections)
            window.refresh()
            shoot(window, "02-inspections", SIZE)

            window.inspections.type_combo.setCurrentIndex(2)  # 暗访 only: the filter bar at work
            shoot(window, "03-filtered", SIZE)
            window.inspections.clear_filters()

            branch = ctx_store.list_branches()[0]
            dialog_shot(lambda: BranchDialog(ctx_store, None, window), "04-branch-add")
            dialog_shot(lambda: BranchDialog(ctx_store, branch, window), "05-branch-edit")
            dialog_shot(lambda: NewInspectionDialog(ctx_store, branch.id, window), "06-new-inspection")
            dialog_shot(lambda: SettingsDialog(ctx_store, window), "07-settings")
            dialog_shot(window.cheat_sheet, "08-shortcuts")

            draft = next((i for i in ids if ctx_store.get_inspection(i).status == "draft"), ids[-1] if ids else None)
            if draft and window.open_inspection(draft):
                shoot(window, "09-workspace", SIZE)
                dialog_shot(window.cheat_sheet, "09b-shortcuts-in-workspace")
                window.close_inspection()

            window.headoffice_show("dashboard")
            shoot(window, "11-dashboard", SIZE)
            window.headoffice_show("rectifications")
            shoot(window, "12-rectifications", SIZE)
            window.stack.setCurrentIndex(0)

            window.apply_language("en" if args.lang == "zh_CN" else "zh_CN")
            shoot(window, "10-inspections-other-language", SIZE)
            window.close()
        finally:
            ctx_store.close()
    from inspector.ui.signoff.screenshots import render_all

    written += render_all(out / "signoff", args.lang)  # review and sign, keys, export preview, verify
    QApplication.processEvents()
    for path in written:
        print(path, file=ctx.out)
    return 0
