"""Sync bundles, the head-office half: check each bundle, then import it whole or not at all.

    check = verify_bundle(path, data_dir.root / "trust")
    summary = import_bundles(store, paths, trust_dir, data_dir.photos)

The checks live in sync/verify.py (pure, so a batch runs them in worker processes, two per
core); the database work stays here, in this process, one transaction per bundle. A bundle
whose exact bytes (SHA-256 of the file) were imported before is "already present" without
being checked again: identical bytes were fully checked then. The photos' display copies and
thumbnails are not made here but afterwards (photos/derived.py). No Qt, no SQL (store does that).
"""

from __future__ import annotations

import hashlib
import io
import multiprocessing
import os
import threading
import zipfile
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector.sync.bundle_writer import PDF_MEMBER, bundle_data, content_key
from inspector.sync.received_files import store_originals, store_received_report
from inspector.sync.verify import BundleCheck, read_in_memory, snapshot_from_data, verify_bundle

__all__ = ["BundleCheck", "ImportSummary", "import_bundles", "import_one", "snapshot_from_data", "verify_bundle"]

Progress = Callable[[int, int], None]
# Below this many bundles to check, starting worker processes (~1 s each) costs more than it saves.
POOL_MIN_BUNDLES = 16
AHEAD_PER_WORKER = 8


@dataclass
class ImportSummary:
    """Counts of :func:`import_bundles`; ``refused`` holds (file, reason)."""

    imported: list[str] = field(default_factory=list)  # inspection ids
    already_present: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    # (inspection id, item id) of rectifications closed on a laptop after the first bundle, taken over here.
    closings: list[tuple[str, str]] = field(default_factory=list)


def existing_content_key(store: Any, inspection_id: str) -> str | None:
    """The content key of the stored copy of an inspection, or None when it is not stored."""
    if not store.has_inspection(inspection_id):
        return None
    return content_key(bundle_data(store.snapshot(inspection_id)))


def _content_key_of(data: dict[str, Any]) -> str:
    # Through the model classes, as the stored copy is: fields a newer format-1 writer added do not count.
    return content_key(bundle_data(snapshot_from_data(data)))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class StoredFiles:
    """What an accepted bundle left in the data folder before its transaction."""

    photos: dict[str, tuple[str, str, str]]  # sha256 → (original, display, thumb) under the photos folder
    report: tuple[str, str]  # (sha256, path under the data folder) of the signed report as received


# What a worker hands back: the check, and for an accepted bundle its stored files or why
# they could not be stored.
Checked = tuple[BundleCheck, "StoredFiles | str | None"]


def _store_checked(store: Any, checked: Checked, photos_dir: Path, closings: list[tuple[str, str]]) -> tuple[str, str]:
    """The database half of an import, for a bundle verify_bundle accepted. For an inspection
    already stored with the same content, rectifications closed on the laptop since are taken
    over (added to ``closings``)."""
    from inspector.store import StoreError

    check, stored_files = checked
    path, data = check.path, check.data
    assert data is not None
    iid = data["inspection"]["id"]
    stored = existing_content_key(store, iid)
    if stored is not None:
        if stored == _content_key_of(data):
            closings.extend((iid, item) for item in store.merge_rectification_closings(iid, data["rectifications"],
                                                                                       path.name))
            if check.bundle_sha256:
                store.remember_bundle(check.bundle_sha256, iid)
            return "present", iid
        return "refused", (f"{path.name}: inspection {iid} is already stored here with different content "
                           "(another copy of it, changed since); keep the stored copy and ask the branch which one is right")
    if stored_files is None:
        stored_files = _store_files(check, photos_dir)
    if isinstance(stored_files, str):
        return "refused", stored_files
    details = {"bundle": path.name, "bundle_sha256": check.bundle_sha256, "data_digest": check.digest,
               "signer": check.signer}
    try:
        created = store.import_inspection(data, stored_files.photos, details, stored_files.report)
    except StoreError as exc:
        if exc.code == "needs_original":
            return "needs_original", f"{path.name}: {exc}"
        if exc.code == "duplicate":  # another process imported the same inspection meanwhile
            same = existing_content_key(store, iid) == _content_key_of(data)
            return ("present", iid) if same else ("refused", f"{path.name}: {exc}")
        return "refused", f"{path.name}: the database refused it ({exc})"
    return ("imported" if created else "present"), iid


def import_one(store: Any, path: Path, trust_dir: Path | None, photos_dir: Path,
               *, check_signature: bool = True) -> tuple[str, str]:
    """Import one bundle: ("imported" | "present" | "refused" | "needs_original", inspection id or reason)."""
    path = Path(path)
    known = _known(store, path)
    if known:
        return "present", known
    check = verify_bundle(path, trust_dir, check_signature=check_signature)
    if not check.ok:
        return "refused", check.reason
    if not check_signature:
        check.bundle_sha256 = ""  # not fully checked: these bytes must not be recognised as imported later
    return _store_checked(store, (check, None), Path(photos_dir), [])


def _known(store: Any, path: Path) -> str | None:
    """The inspection id when exactly this file was imported before (None if unreadable: the checks say why)."""
    try:
        return store.imported_bundle(file_sha256(path))
    except OSError:
        return None


def _store_files(check: BundleCheck, photos_dir: Path, raw: bytes | None = None) -> StoredFiles | str:
    """The photo originals and the signed report of a checked bundle, stored durably; or why not
    (the refusal reason). The report goes to the data folder that holds ``photos_dir``.
    ``raw``: the very bytes that were checked, when in hand (else the file is read again)."""
    from inspector.photos.importer import PhotoError

    assert check.data is not None
    photos_dir = Path(photos_dir)
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw) if raw is not None else check.path)
    except (OSError, zipfile.BadZipFile) as exc:
        return f"{check.path.name}: the bundle could not be read again to store its files ({exc})"
    with zf:
        try:
            photos = store_originals(zf, check.data, photos_dir)
        except (PhotoError, OSError, ValueError) as exc:
            return f"{check.path.name}: a photo could not be stored in {photos_dir} ({exc})"
        try:
            pdf = zf.read(PDF_MEMBER)
            if hashlib.sha256(pdf).hexdigest() != check.report_sha256:
                raise ValueError("the file changed while it was imported")
            report = store_received_report(pdf, photos_dir.parent)
        except (OSError, ValueError, zipfile.BadZipFile) as exc:
            return f"{check.path.name}: the signed report could not be kept in {photos_dir.parent} ({exc})"
    return StoredFiles(photos, report)


def _verify_job(path: Path, trust_dir: Path | None, photos_dir: Path) -> Checked:
    """verify_bundle, then (accepted bundles only) its files stored durably — both in a
    worker process, so the checks and the fsyncs of several bundles overlap.
    A crash becomes a refusal, as in import_bundles."""
    try:
        raw = read_in_memory(path)  # read once: checked, then its members stored from the same bytes
        check = verify_bundle(path, trust_dir, raw=raw)
        return check, (_store_files(check, photos_dir, raw) if check.ok else None)
    except Exception as exc:  # noqa: BLE001 - one broken bundle must not lose the rest of the batch
        return BundleCheck(path, False, "error", f"{path.name}: could not be checked ({type(exc).__name__}: {exc})"), None


def _pool(workers: int | None, jobs: int) -> tuple[Executor | None, int]:
    """(worker processes for the checks or None to check in this process, how many)."""
    # Two per core: a worker waiting for the disk (each bundle's files are fsync'ed) leaves its core to another.
    count = workers if workers is not None else min(2 * (os.cpu_count() or 1), 8)
    if count < 2 or (workers is None and jobs < POOL_MIN_BUNDLES):
        return None, 1
    return ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context(_start_method())), count


def _start_method() -> str:
    """fork when this process has one thread (the command line: workers start in milliseconds);
    spawn otherwise (the app calls this from a Qt worker thread, and forking a threaded
    process can hang on a lock another thread held)."""
    if os.name == "posix" and threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def _checks(paths: list[Path], trust_dir: Path | None, photos_dir: Path,
            pool: Executor | None, ahead: int) -> Iterator[Checked]:
    """_verify_job of each path, in order; in ``pool`` ahead of the consumer when there is one."""
    if pool is None:
        for path in paths:
            yield _verify_job(path, trust_dir, photos_dir)
        return
    # A bounded window of work ahead: memory stays flat for big batches and a cancel wastes little.
    window: deque[tuple[Path, Any]] = deque()
    pending = iter(paths)
    try:
        while True:
            while len(window) < ahead:
                path = next(pending, None)
                if path is None:
                    break
                window.append((path, pool.submit(_verify_job, path, trust_dir, photos_dir)))
            if not window:
                return
            path, future = window.popleft()
            try:
                checked = future.result()
            except Exception:  # noqa: BLE001 - a worker that could not start or died: check here instead
                checked = _verify_job(path, trust_dir, photos_dir)
            yield checked
    finally:
        for _, future in window:
            future.cancel()


def import_bundles(
    store: Any,
    paths: list[Path],
    trust_dir: Path | None,
    photos_dir: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    workers: int | None = None,
) -> ImportSummary:
    """Import each bundle whole or not at all; one bad bundle never stops the others.

    ``workers``: processes that run the checks (default: two per core for a batch of at least
    POOL_MIN_BUNDLES; 0 or 1: check in this process). The database work is always here, one
    transaction per bundle, all made durable together before returning (Store.batch_commits).
    Photo previews are left to photo_copies.make_missing_copies.
    """
    summary = ImportSummary()
    paths = [Path(p) for p in paths]
    photos_dir = Path(photos_dir)
    total = len(paths)
    done = 0
    if progress:
        progress(0, total)

    def count(path: Path, outcome: str, value: str) -> None:
        nonlocal done
        done += 1
        if outcome == "imported":
            summary.imported.append(value)
        elif outcome == "present":
            summary.already_present.append(value)
        else:
            summary.refused.append((str(path), value))
        if progress:
            progress(done, total)

    # Exactly the bytes of an earlier import: nothing to check or store.
    todo = []
    for path in paths:
        if cancelled is not None and cancelled():
            summary.cancelled = True
            return summary
        known = _known(store, path)
        if known:
            count(path, "present", known)
        else:
            todo.append(path)

    retry: list[Checked] = []  # a correction whose original comes later in the batch is tried again at the end
    pool, count_workers = _pool(workers, len(todo))
    try:
        with store.batch_commits():  # durable once, at the end (each bundle still all or nothing)
            for checked in _checks(todo, trust_dir, photos_dir, pool, AHEAD_PER_WORKER * count_workers):
                check = checked[0]
                if cancelled is not None and cancelled():
                    summary.cancelled = True
                    break
                if not check.ok:
                    count(check.path, "refused", check.reason)
                    continue
                outcome, value = _store_one(store, checked, photos_dir, summary.closings)
                if outcome == "needs_original":
                    retry.append(checked)
                else:
                    count(check.path, outcome, value)
            for checked in retry if not summary.cancelled else []:
                outcome, value = _store_one(store, checked, photos_dir, summary.closings)
                count(checked[0].path, "refused" if outcome == "needs_original" else outcome, value)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return summary


def _store_one(store: Any, checked: Checked, photos_dir: Path, closings: list[tuple[str, str]]) -> tuple[str, str]:
    try:
        return _store_checked(store, checked, photos_dir, closings)
    except Exception as exc:  # noqa: BLE001 - one broken bundle must not lose the rest of the batch
        return "refused", f"{checked[0].path.name}: could not be imported ({type(exc).__name__}: {exc})"
