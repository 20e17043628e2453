"""Full disk: the edit that does not fit fails clearly, nothing committed is lost, and
once space is freed the same store works again.

Two ways to run out of space:
- a real 2 MB tmpfs filled to the last byte (ENOSPC), where mounting is allowed;
- RLIMIT_FSIZE in a child process (writes past the limit fail with EFBIG), which
  works anywhere, so CI without mount rights still proves the store survives.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
import traceback
from pathlib import Path

import pytest
from PIL import Image

from inspector.cli import main as cli_main
from inspector.photos.importer import import_many
from inspector.store import Store, StoreError
from tests.conftest import MINI_TEMPLATE
from tests.photo_samples import make_exif, noisy_photo
from tests.stress.conftest import fill_disk, read_only_bind, tmpfs

ROOT = Path(__file__).resolve().parents[2]


def seeded_store(db: Path) -> tuple[Store, str]:
    store = Store(db, actor="tester")
    store.store_template(MINI_TEMPLATE)
    branch = store.add_branch("0101", "城东支行")
    inspection = store.create_inspection(branch.id, "onsite", ["张三"]).id
    return store, inspection


def edit_until_refused(store: Store, inspection_id: str, limit: int = 500) -> tuple[StoreError, int]:
    """Keep adding notes until the disk refuses one; return the error and how many fitted."""
    for n in range(limit):
        try:
            store.set_finding(inspection_id, "dress.badge", result="fail", note=f"doomed-{n}-" + "满" * 400)
        except StoreError as exc:
            return exc, n
    raise AssertionError(f"{limit} edits fitted on a full disk: the test did not fill it")


def test_full_tmpfs_refuses_the_edit_keeps_the_rest_and_recovers(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "2m") as disk:
        store, inspection = seeded_store(disk / "inspector.db")
        for n in range(5):
            store.set_finding(inspection, "dress.uniform", result="fail", note=f"kept-{n}")
        entries = store.verify_audit_chain().entries
        filler = fill_disk(disk)

        error, fitted = edit_until_refused(store, inspection)
        assert error.code == "disk_full", error
        assert "disk is full" in str(error) and str(disk / "inspector.db") in str(error)
        failed_note = f"doomed-{fitted}-"
        assert store.integrity_ok()
        check = store.verify_audit_chain()
        assert check.ok and check.entries == entries + fitted
        assert not store.database.query("SELECT 1 FROM audit_log WHERE instr(details, ?) > 0", (failed_note,))
        assert store.get_findings(inspection)[0].note == "kept-4"

        # Free space: the same open store takes edits again, and they survive a reopen.
        filler.unlink()
        store.set_finding(inspection, "dress.badge", note="after the disk was freed")
        store.close()
        with Store(disk / "inspector.db") as reopened:
            assert reopened.integrity_ok() and reopened.verify_audit_chain().ok
            notes = {f.item_id: f.note for f in reopened.get_findings(inspection)}
            assert notes == {"dress.uniform": "kept-4", "dress.badge": "after the disk was freed"}


RLIMIT_CHILD = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path
    from inspector.store import Store, StoreError
    from tests.conftest import MINI_TEMPLATE

    db = Path(sys.argv[1])
    store = Store(db, actor="tester")
    store.store_template(MINI_TEMPLATE)
    branch = store.add_branch("0101", "城东支行")
    inspection = store.create_inspection(branch.id, "onsite", ["张三"]).id
    for n in range(5):
        store.set_finding(inspection, "dress.uniform", result="fail", note=f"kept-{n}")
    biggest = max(p.stat().st_size for p in db.parent.iterdir())
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # else the kernel kills us instead of failing the write
    resource.setrlimit(resource.RLIMIT_FSIZE, (biggest + 16384, resource.RLIM_INFINITY))
    out = {"error": None}
    for n in range(500):
        try:
            store.set_finding(inspection, "dress.badge", note=f"doomed-{n}-" + "满" * 400)
        except StoreError as exc:
            out.update(error=str(exc), code=exc.code, fitted=n)
            break
        except Exception as exc:
            out.update(error=str(exc), code="unhandled " + type(exc).__name__, fitted=n)
            break
    out["integrity"] = store.integrity_ok()
    out["chain"] = store.verify_audit_chain().ok
    out["uniform"] = store.get_findings(inspection)[0].note
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    store.set_finding(inspection, "dress.badge", note="after the limit was lifted")
    store.close()
    out["inspection"] = inspection
    print(json.dumps(out))
    """
)


@pytest.fixture(scope="module")
def rlimit_outcome(tmp_path_factory: pytest.TempPathFactory) -> dict:
    db = tmp_path_factory.mktemp("rlimit") / "inspector.db"
    done = subprocess.run(
        [sys.executable, "-c", RLIMIT_CHILD, str(db)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return {**json.loads(done.stdout.splitlines()[-1]), "db": db}


def test_rlimit_fsize_write_failure_is_a_store_error_and_loses_nothing(rlimit_outcome: dict) -> None:
    out = rlimit_outcome
    assert out["error"] is not None, "the size limit was never reached"
    assert not out["code"].startswith("unhandled"), out
    assert str(out["db"]) in out["error"]
    assert out["integrity"] and out["chain"] and out["uniform"] == "kept-4"
    with Store(out["db"]) as store:
        assert store.integrity_ok() and store.verify_audit_chain().ok
        notes = {f.item_id: f.note for f in store.get_findings(out["inspection"])}
        assert notes["dress.badge"] == "after the limit was lifted" and notes["dress.uniform"] == "kept-4"
        assert not store.database.query("SELECT 1 FROM audit_log WHERE instr(details, ?) > 0", (f"doomed-{out['fitted']}-",))


def test_rlimit_fsize_write_failure_has_a_specific_code(rlimit_outcome: dict) -> None:
    assert rlimit_outcome["code"] in ("disk_full", "io_error"), rlimit_outcome


@pytest.fixture(scope="module", params=[0, 96, 320], ids=lambda kb: f"{kb}kB_free")
def cli_on_full_disk(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """`demo` run on a disk with (almost) no space: at start-up (0 kB) or part-way through."""
    with tmpfs(tmp_path_factory.mktemp("cli") / "disk", "2m") as disk:
        data = disk / "data"
        out, err = io.StringIO(), io.StringIO()
        assert cli_main(["--data-dir", str(data), "list", "--json"], out, err) == 0, err.getvalue()
        filler = fill_disk(disk, leave=request.param * 1024)
        out, err = io.StringIO(), io.StringIO()
        try:
            code = cli_main(["--data-dir", str(data), "demo", "--inspections", "6"], out, err)
        except BaseException:  # noqa: BLE001 - what escapes main() is the finding
            code = "raised"
            err.write(traceback.format_exc())
        filler.unlink()
        with Store(data / "inspector.db") as store:
            intact = store.integrity_ok() and store.verify_audit_chain().ok
        yield {"free_kb": request.param, "code": code, "err": err.getvalue(), "intact": intact}


def test_cli_on_full_disk_prints_one_error_line_and_exits_nonzero(cli_on_full_disk: dict) -> None:
    run = cli_on_full_disk
    lines = run["err"].strip().splitlines()
    assert run["code"] != "raised", f"an exception escaped the command:\n{run['err']}"
    assert run["code"] != 0
    assert len(lines) == 1 and lines[0].startswith("error: "), run["err"]
    assert run["intact"]
    if run["free_kb"]:  # the store opened; the write that did not fit says so
        assert "disk" in lines[0] and ("full" in lines[0] or "space" in lines[0]), lines[0]


def test_store_opened_on_a_full_disk_says_the_disk_is_full(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "1m") as disk:
        Store(disk / "inspector.db").close()  # a closed store leaves no -wal / -shm behind
        fill_disk(disk)
        with pytest.raises(StoreError) as info:
            Store(disk / "inspector.db")
        assert info.value.code == "disk_full", info.value


def _complete(path: Path, source: bytes | None) -> bool:
    if source is not None:
        return path.read_bytes() == source
    with Image.open(path) as image:
        image.load()  # raises on a truncated JPEG
    return True


@pytest.mark.parametrize("leave_kb", [0, 24, 160, 400])
def test_photo_import_on_full_disk_fails_clearly_and_leaves_no_partial_file(tmp_path: Path, leave_kb: int) -> None:
    camera = tmp_path / "camera"
    camera.mkdir()
    photo = noisy_photo(camera / "IMG_0001.jpg", (1600, 1200), seed=1, exif=make_exif("2024:05:06 09:00:00", "+08:00"))
    source = photo.read_bytes()
    assert len(source) > 300_000  # bigger than the most space we leave, so something always fails
    with tmpfs(tmp_path / "disk", "2m") as disk:
        photos = disk / "photos"
        photos.mkdir()
        filler = fill_disk(disk, leave=leave_kb * 1024)
        summary = import_many([photo], photos)
        assert not summary.imported and len(summary.failed) == 1
        name, error = summary.failed[0]
        assert name == str(photo)
        assert "disk space" in str(error) and str(photos) in str(error), str(error)
        files = [p for p in photos.rglob("*") if p.is_file()]
        leftovers = [p for p in files if p.name.startswith(".tmp-")]
        assert not leftovers, f"temporary files left behind: {leftovers}"
        for path in files:
            assert _complete(path, source if "originals" in path.parts else None), f"{path} is half-written"
        # With space again, the same import succeeds and makes all three files.
        filler.unlink()
        again = import_many([photo], photos)
        assert not again.failed and len(again.imported) == 1
        made = again.imported[0]
        for rel in (made.original_path, made.display_path, made.thumb_path):
            assert _complete(photos / rel, source if rel == made.original_path else None)
        assert os.path.getsize(photos / made.original_path) == len(source)


# --- read-only data -------------------------------------------------------------------------

def _snapshot_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _cli_one_error_line(data: Path, *command: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(["--data-dir", str(data), *command], out, err)
    lines = err.getvalue().strip().splitlines()
    assert code != 0 and len(lines) == 1 and lines[0].startswith("error: "), (code, err.getvalue())
    return lines[0]


def _filled_data_dir(data: Path) -> None:
    assert cli_main(["--data-dir", str(data), "list"], io.StringIO(), io.StringIO()) == 0
    with Store(data / "inspector.db") as store:
        store.add_branch("0101", "城东支行")


def test_read_only_database_file_is_refused_clearly_and_left_unchanged(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _filled_data_dir(data)
    db = data / "inspector.db"
    db.chmod(0o444)
    before = _snapshot_files(data)
    with pytest.raises(StoreError) as info:
        Store(db)
    assert info.value.code == "read_only" and str(db) in str(info.value)
    message = _cli_one_error_line(data, "list")
    assert "read-only" in message and str(db) in message
    message = _cli_one_error_line(data, "demo", "--inspections", "1")
    assert "read-only" in message
    assert _snapshot_files(data) == before  # byte for byte, and no -wal / -shm appeared


def test_read_only_data_folder_is_refused_clearly_and_left_unchanged(tmp_path: Path) -> None:
    source = tmp_path / "data"
    _filled_data_dir(source)
    before = _snapshot_files(source)
    with read_only_bind(source, tmp_path / "ro") as data:
        with pytest.raises(StoreError) as info:
            Store(data / "inspector.db")
        assert info.value.code == "read_only"
        assert "read-only" in _cli_one_error_line(data, "list")
        assert "read-only" in _cli_one_error_line(data, "demo", "--inspections", "1")
        # A data folder that does not exist yet, inside the read-only one.
        assert "Read-only file system" in _cli_one_error_line(data / "new", "list")
    assert _snapshot_files(source) == before


def test_new_database_in_read_only_folder_says_read_only(tmp_path: Path) -> None:
    source = tmp_path / "empty"
    source.mkdir()
    with read_only_bind(source, tmp_path / "ro") as data:
        with pytest.raises(StoreError) as info:
            Store(data / "inspector.db")
        assert info.value.code == "read_only", info.value
