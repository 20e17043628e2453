"""The sync screens across two real data folders: write bundles in A, import them in B, export data.

Screenshots of each dialog after its operation go to $INSPECTOR_SCREENSHOTS when it is set.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from inspector.demo import DEMO_PASSPHRASE, ensure_demo_identity, fill_demo
from inspector.paths import DataDir
from inspector.store import Store
from inspector.sync import bundle_all_unsynced, bundle_signer
from inspector.ui.qt_setup import apply_style, install_font
from inspector.ui.sync import BundleDialog, BundleImportDialog, DataExportDialog, ExportsDialog
from inspector.ui.sync.bundle_dialog import OUTBOX_KEY
from tests.conftest import MINI_TEMPLATE

SHOTS = os.environ.get("INSPECTOR_SCREENSHOTS")


def _shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.layout().activate()  # the last message's new height is laid out before the grab
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture(scope="module", autouse=True)
def _style(qapp):
    install_font(qapp)
    apply_style(qapp)


@pytest.fixture(scope="module")
def laptop_template(tmp_path_factory) -> DataDir:
    """Data folder A with demo data and the demo key, nothing bundled yet; copied per test."""
    a = DataDir(tmp_path_factory.mktemp("template") / "A")
    with Store(a.database, actor="clerk") as store:
        store.store_template(json.loads(json.dumps(MINI_TEMPLATE)))
        fill_demo(store, a, inspections=4)
    ensure_demo_identity(a.keys)
    return a


@pytest.fixture
def laptop(tmp_path, laptop_template):
    a = DataDir(tmp_path / "A")
    shutil.copytree(laptop_template.root, a.root)
    store = Store(a.database, actor="clerk")
    yield a, store
    store.close()


@pytest.fixture(scope="module")
def bundles(tmp_path_factory, laptop_template) -> dict:
    """Bundles of A's signed inspections, written by the domain, and A's certificate."""
    root = tmp_path_factory.mktemp("bundles")
    a = DataDir(root / "A")
    shutil.copytree(laptop_template.root, a.root)
    with Store(a.database, actor="clerk") as store:
        summary = bundle_all_unsynced(store, a.outbox, bundle_signer(a.keys, DEMO_PASSPHRASE))
    assert summary.written and not summary.failed
    return {"paths": summary.written, "outbox": a.outbox, "pems": sorted(a.keys.glob("*.pem"))}


@pytest.fixture
def head_office(tmp_path, bundles):
    """Data folder B whose trust folder holds A's certificate."""
    b = DataDir(tmp_path / "B")
    (b.root / "trust").mkdir(parents=True)
    for pem in bundles["pems"]:
        shutil.copy(pem, b.root / "trust" / pem.name)
    store = Store(b.database, actor="head-office")
    yield b, store
    store.close()


def _run(qtbot, dialog, start) -> object:
    """Start the dialog's job and wait until the dialog has shown the outcome."""
    with qtbot.waitSignal(dialog.completed, timeout=60000) as blocker:
        job = start()
        assert job is not None, dialog.message.text()
    return blocker.args[0]


def test_write_bundles_through_the_dialog_records_who_and_when(qtbot, laptop, tmp_path):
    a, store = laptop
    dialog = BundleDialog(store, a)
    qtbot.addWidget(dialog)
    dialog.show()
    signed = [r.inspection.id for r in store.list_inspections() if r.inspection.status == "signed"]
    assert signed and dialog.pending.count() == len(signed)
    assert dialog.write_button.isEnabled()
    assert "demo key" in dialog.passphrase.placeholderText()  # the demo key needs no typing
    outbox = tmp_path / "outbox-elsewhere"
    dialog.outbox.set_path(outbox)

    progress = []
    dialog.progress.bar.valueChanged.connect(progress.append)
    summary = _run(qtbot, dialog, dialog.write)

    assert len(summary.written) == len(signed) and not summary.failed
    assert sorted(p.name for p in outbox.iterdir()) == sorted(p.name for p in summary.written)
    assert progress and progress[-1] == len(signed)
    assert dialog.results.count() == len(signed) and dialog.message.property("kind") == "ok"
    assert dialog.pending.count() == 0 and not dialog.write_button.isEnabled()
    assert store.get_setting(OUTBOX_KEY) == str(outbox)  # remembered for next time
    _shot(dialog, "bundle_dialog")

    history = ExportsDialog(store, signed[0])
    qtbot.addWidget(history)
    rows = history.rows()
    assert len(rows) == 1
    what, when, who, path = rows[0]
    assert what == "Sync bundle" and who == "clerk" and when[:4].isdigit() and path.startswith(str(outbox))
    _shot(history, "exports_dialog")


def test_wrong_passphrase_fails_each_inspection_with_a_reason(qtbot, laptop):
    a, store = laptop
    dialog = BundleDialog(store, a)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("not the passphrase")
    summary = _run(qtbot, dialog, dialog.write)
    assert summary.written == [] and len(summary.failed) == dialog.pending.count() > 0
    assert dialog.message.property("kind") == "error"
    assert all(dialog.results.item(i).text().startswith("✗") for i in range(dialog.results.count()))
    assert list(a.outbox.glob("*.zip")) == []


def test_import_shows_counts_then_already_present_then_refusal(qtbot, head_office, bundles, tmp_path):
    b, store = head_office
    dialog = BundleImportDialog(store, b)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.trust.path() == b.root / "trust"
    assert dialog.add_paths([bundles["outbox"]]) == len(bundles["paths"])  # a folder brings its bundles
    summary = _run(qtbot, dialog, dialog.start)
    assert len(summary.imported) == len(bundles["paths"]) and not summary.refused
    assert dialog.count_labels["imported"].text() == str(len(bundles["paths"]))
    assert dialog.count_labels["present"].text() == "0"
    assert len(store.list_inspections()) == len(bundles["paths"])

    summary = _run(qtbot, dialog, dialog.start)
    assert summary.imported == [] and len(summary.already_present) == len(bundles["paths"])
    assert dialog.count_labels["present"].text() == str(len(bundles["paths"]))

    # An altered bundle: one byte of the data changed, the manifest left as it was.
    src = bundles["paths"][0]
    altered = tmp_path / f"altered_{src.name}"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(altered, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "inspection.json":
                data = data.replace(b'"signed"', b'"Signed"', 1)
            zout.writestr(name, data)
    dialog.clear_paths()
    dialog.add_paths([altered])
    summary = _run(qtbot, dialog, dialog.start)
    assert summary.imported == [] and len(summary.refused) == 1
    assert dialog.count_labels["refused"].text() == "1"
    line = dialog.refused.item(0).text()
    assert dialog.refused.count() == 1 and line.startswith(altered.name) and len(line) > len(altered.name) + 10
    assert dialog.message.property("kind") == "error"
    _shot(dialog, "import_dialog")


def test_import_without_trusted_certificates_refuses_and_warns(qtbot, tmp_path, bundles):
    b = DataDir(tmp_path / "B")
    with Store(b.database, actor="head-office") as store:
        dialog = BundleImportDialog(store, b)
        qtbot.addWidget(dialog)
        dialog.add_paths(bundles["paths"][:1])
        assert dialog.message.property("kind") == "warn" and str(b.root / "trust") in dialog.message.text()
        summary = _run(qtbot, dialog, dialog.start)
        assert len(summary.refused) == 1 and store.list_inspections() == []


def test_excel_and_csv_export_through_the_dialog(qtbot, laptop, tmp_path):
    _a, store = laptop
    dialog = DataExportDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    target = tmp_path / "out" / "analysis"  # no suffix: .xlsx is added
    dialog.set_target("xlsx", target)
    fmt, (inspections, findings) = _run(qtbot, dialog, dialog.start)
    workbook = openpyxl.load_workbook(target.with_name("analysis.xlsx"), read_only=True)
    assert fmt == "xlsx" and set(workbook.sheetnames) >= {"inspections", "findings"}
    assert workbook["inspections"].max_row == inspections + 1 == len(store.list_inspections()) + 1
    assert findings > 0 and dialog.message.property("kind") == "ok"
    _shot(dialog, "data_export_dialog")

    dialog.set_target("csv", tmp_path / "csv")
    fmt, paths = _run(qtbot, dialog, dialog.start)
    assert fmt == "csv" and all(Path(p).read_bytes().startswith(b"\xef\xbb\xbf") for p in paths)

    dialog.set_target("csv", target.with_name("analysis.xlsx"))  # a file where a folder belongs
    assert dialog.start() is None and dialog.message.property("kind") == "error"


def test_file_menu_offers_the_sync_screens(qtbot, laptop):
    from inspector.ui.main_window import MainWindow

    a, store = laptop
    window = MainWindow(store, a)
    qtbot.addWidget(window)
    names = [action.objectName() for action in window.menus["file"].actions()]
    for name in ("actWriteBundles", "actImportBundles", "actExportData", "actExportHistory"):
        assert name in names
    assert names.index("actWriteBundles") < names.index(window.settings_action.objectName())
    dialog = window.sync.show_bundle()
    assert isinstance(dialog, BundleDialog) and dialog.isVisible()
    dialog.reject()
    history = window.sync.show_history()
    assert isinstance(history, ExportsDialog) and history.inspection_id == window.inspections.current_id()
    history.accept()


def test_cancel_leaves_a_consistent_outbox(qtbot, laptop):
    a, store = laptop
    dialog = BundleDialog(store, a)
    qtbot.addWidget(dialog)
    total = dialog.pending.count()
    with qtbot.waitSignal(dialog.completed, timeout=60000) as blocker:
        dialog.write()
        dialog.cancel()  # the worker may already be past the first inspection: both outcomes are valid
        assert not dialog.progress.cancel_button.isEnabled() and not dialog.close_button.isEnabled()
    summary = blocker.args[0]
    assert summary.cancelled or len(summary.written) == total
    # What was written is recorded and on disk, whole; the rest is still offered for next time.
    assert len(summary.written) + dialog.pending.count() == total
    assert sorted(p.name for p in a.outbox.glob("*")) == sorted(p.name for p in summary.written)
    if summary.cancelled:
        assert dialog.message.property("kind") == "warn" and "Cancelled" in dialog.message.text()


def test_import_from_the_main_window_then_makes_the_photo_previews(qtbot, head_office, bundles):
    """An import stores the originals only; the window then makes the previews in the background."""
    from inspector.ui.main_window import MainWindow

    b, store = head_office
    window = MainWindow(store, b)
    qtbot.addWidget(window)
    dialog = window.sync.show_import()
    dialog.add_paths([bundles["outbox"]])
    summary = _run(qtbot, dialog, dialog.start)
    assert len(summary.imported) == len(bundles["paths"])
    photos = [p for iid in summary.imported for p in store.snapshot(iid).photos]
    assert photos

    def previews_made() -> None:
        assert all((b.photos / p.display_path).is_file() and (b.photos / p.thumb_path).is_file() for p in photos)

    qtbot.waitUntil(previews_made, timeout=60000)
    qtbot.waitUntil(lambda: not window.statusBar().currentMessage().startswith(
        window.sync.tr("Making photo previews of the imported inspections: %1 of %2")[:10]), timeout=10000)
    dialog.accept()


def test_export_at_head_office_offers_the_signed_report_as_received(qtbot, head_office, bundles, tmp_path):
    from inspector.sync import import_bundles
    from inspector.ui.signoff.export_dialog import ExportDialog

    b, store = head_office
    summary = import_bundles(store, bundles["paths"], b.root / "trust", b.photos)
    iid = summary.imported[0]
    sent = zipfile.ZipFile(next(p for p in bundles["paths"] if iid in p.name)).read("report.pdf")
    dialog = ExportDialog(store, b.keys, iid)
    qtbot.addWidget(dialog)
    dialog.show()
    # Shown at once, nothing to build: the branch's own signed bytes.
    assert dialog.as_received.isVisible() and dialog.as_received.isChecked()
    assert not dialog.language.isVisible() and not dialog.build_button.isVisible()
    assert dialog.report is not None and dialog.report.pdf == sent and dialog.page_count() > 0
    assert dialog.message.property("kind") == "ok" and store.received_report(iid).signer in dialog.message.text()
    _shot(dialog, "export_as_received")
    assert dialog.save_to(tmp_path / "copy.pdf") and (tmp_path / "copy.pdf").read_bytes() == sent
    # Unticked: the usual options come back and a new report is built from the data.
    dialog.as_received.setChecked(False)
    assert dialog.language.isVisible() and dialog.report is None and not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.reportReady, timeout=60000) as built:
        dialog.build()
    assert built.args[0].pdf != sent
    dialog.reject()


def test_export_of_a_local_inspection_has_no_received_option(qtbot, laptop):
    from inspector.ui.signoff.export_dialog import ExportDialog

    a, store = laptop
    signed = next(r.inspection.id for r in store.list_inspections() if r.inspection.status == "signed")
    dialog = ExportDialog(store, a.keys, signed, autostart=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.as_received.isVisible() and dialog.language.isVisible() and dialog.report is None
    dialog.reject()
