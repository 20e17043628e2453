"""Sync bundles for head office: build on the laptop, verify and import at head office.

    signer = bundle_signer(data_dir.keys, passphrase="…")
    path = build_bundle(store, inspection_id, data_dir.outbox, signer)
    summary = bundle_all_unsynced(store, data_dir.outbox, signer)

    check = verify_bundle(path, data_dir.root / "trust")
    summary = import_bundles(store, [path], data_dir.root / "trust", data_dir.photos)

The format is documented in docs/bundle-format.md. Writing lives in `bundle_writer`, the
inspection.json schema and its validator in `data_schema`, the zip container in `container`,
checking in `verify`, importing in `importer`, photo originals and the received report in
`received_files` (reading the report back: `received_report`), manifest.sig in
`manifest_signature`. Never imports the UI or Qt; talks to the store only through its methods.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from inspector.model import InspectionSnapshot
from inspector.photos.derived import make_missing_copies
from inspector.sync.bundle_writer import (
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
from inspector.sync.data_schema import validate_data
from inspector.sync.importer import (
    BundleCheck,
    ImportSummary,
    import_bundles,
    snapshot_from_data,
    verify_bundle,
)
from inspector.sync.manifest_signature import BundleSigner, manifest_signature

__all__ = [
    "BUNDLE_FORMAT", "BUNDLE_SUFFIX", "BundleCheck", "BundleSigner", "BundleSummary", "ImportSummary", "SyncError",
    "build_bundle", "bundle_all_unsynced", "expand_bundle_paths", "bundle_data", "bundle_signer", "content_key", "import_bundles",
    "make_missing_copies", "snapshot_from_data", "unsynced_ids", "validate_data", "verify_bundle", "write_bundle",
]


def bundle_signer(
    keys_dir: Path, passphrase: str | None, fingerprint: str | None = None, lang: str = "zh"
) -> BundleSigner:
    """Signs bundles with one identity of ``keys_dir``: the report (publish.make_report, refusing to
    go unsigned) and manifest.sig, both with the same key and the same passphrase rules."""
    from inspector.publish import PASSPHRASE_ENV, PublishError, demo_passphrase, make_report, pick_identity
    from inspector.signing.keys import SigningError, load_key_material

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

    loaded: list[Any] = []  # (key, certificate), unlocked once: PKCS#12 decryption is slow

    def sign_manifest(manifest: bytes) -> bytes:
        if not loaded:
            phrase = passphrase or os.environ.get(PASSPHRASE_ENV) or demo_passphrase(identity)
            if not phrase:
                raise SyncError("not_signed", f"Cannot sign the bundle manifest: no passphrase for the key of "
                                f"{identity.name} (give the passphrase, or ${PASSPHRASE_ENV}).")
            try:
                key, cert, _ = load_key_material(Path(keys_dir), identity.fingerprint, phrase)
            except SigningError as exc:
                raise SyncError("not_signed", f"Cannot sign the bundle manifest: {exc}") from exc
            loaded.append((key, cert))
        key, cert = loaded[0]
        try:
            return manifest_signature(manifest, key, cert)
        except ValueError as exc:
            raise SyncError("not_signed", f"Cannot sign the bundle manifest with the key of {identity.name}: {exc}.") from exc

    return BundleSigner(make_pdf, sign_manifest, identity.fingerprint)


def expand_bundle_paths(paths: list[Path]) -> list[Path]:
    """Folders become the bundles (*.inspection.zip) inside them; files stay as given."""
    out: list[Path] = []
    for path in map(Path, paths):
        out += sorted(path.glob(f"*{BUNDLE_SUFFIX}")) if path.is_dir() else [path]
    return out
