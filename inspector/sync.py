"""Sync bundles for head office: build on the laptop, verify and import at head office.

    make_pdf = signed_pdf_maker(data_dir.keys, passphrase="…")
    path = build_bundle(store, inspection_id, data_dir.outbox, make_pdf(store.snapshot(inspection_id)))
    summary = bundle_all_unsynced(store, data_dir.outbox, make_pdf)

    check = verify_bundle(path, data_dir.root / "trust")
    summary = import_bundles(store, [path], data_dir.root / "trust", data_dir.photos)

The format is documented in docs/bundle-format.md. Writing lives in sync_bundle.py,
the inspection.json validator in sync_check.py, checking in sync_verify.py, importing in
sync_import.py, photo originals and their derived copies in sync_photos.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .model import InspectionSnapshot
from .sync_bundle import (
    BUNDLE_FORMAT,
    BUNDLE_SUFFIX,
    BundleSummary,
    SyncError,
    build_bundle,
    bundle_all_unsynced,
    bundle_data,
    content_key,
    unsynced_ids,
    write_bundle,
)
from .sync_check import validate_data
from .sync_import import BundleCheck, ImportSummary, import_bundles, snapshot_from_data, verify_bundle
from .sync_photos import make_missing_copies

__all__ = [
    "BUNDLE_FORMAT", "BUNDLE_SUFFIX", "BundleCheck", "BundleSummary", "ImportSummary", "SyncError",
    "build_bundle", "bundle_all_unsynced", "bundle_data", "content_key", "import_bundles",
    "make_missing_copies", "signed_pdf_maker", "snapshot_from_data", "unsynced_ids", "validate_data", "verify_bundle", "write_bundle",
]


def signed_pdf_maker(
    keys_dir: Path, passphrase: str | None, fingerprint: str | None = None, lang: str = "zh"
) -> Callable[[InspectionSnapshot], bytes]:
    """A ``make_pdf`` for bundles: the signed report (publish.make_report), refusing to go unsigned."""
    from .publish import PublishError, make_report, pick_identity

    try:
        identity, why_not = pick_identity(Path(keys_dir), fingerprint, [])
    except PublishError as exc:
        raise SyncError("choose_identity", str(exc)) from exc
    if identity is None:
        raise SyncError("no_identity", f"Cannot sign the reports: {why_not}; create or import a signing key first.")

    def make_pdf(snapshot: InspectionSnapshot) -> bytes:
        try:
            return make_report(snapshot, Path(keys_dir), lang=lang, key=identity.fingerprint,
                               passphrase=passphrase, require_signature=True).pdf
        except PublishError as exc:
            raise SyncError("not_signed", str(exc)) from exc

    return make_pdf
