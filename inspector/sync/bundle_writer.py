"""Sync bundles, the writing half: one zip per signed inspection, written atomically.

    path = build_bundle(store, inspection_id, data_dir.outbox, signer)   # signer: sync_sign.BundleSigner

A bundle holds ``report.pdf`` (the signed report), ``inspection.json`` (the data, format
``BUNDLE_FORMAT``, see docs/bundle-format.md), ``photos/<sha256>.<ext>`` (the originals),
``manifest.json`` (SHA-256 and size of every other member) and ``manifest.sig`` (the
signature over manifest.json's exact bytes, by the key that signed the report). No Qt, no SQL.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from inspector import scoring
from inspector.audit import canonical_json, canonical_sha256
from inspector.model import InspectionSnapshot
from inspector.sync.container import member_info
from inspector.sync.manifest_signature import MANIFEST_SIG_MEMBER, BundleSigner, SignManifest

# 2: manifest.sig added. Format 1 (unsigned manifest, never shipped) is refused: its
# inspection.json was only partly covered by a signature.
BUNDLE_FORMAT = 2
BUNDLE_SUFFIX = ".inspection.zip"
PDF_MEMBER = "report.pdf"
DATA_MEMBER = "inspection.json"
MANIFEST_MEMBER = "manifest.json"
PHOTO_PREFIX = "photos/"
# Photo formats photos/importer.py accepts, as the extension of the original.
PHOTO_EXTENSIONS = ("jpg", "jpeg", "png", "heic", "heif", "webp", "tif", "tiff", "bmp", "gif")

Progress = Callable[[int, int], None]


class SyncError(Exception):
    """A bundle problem a person can act on; ``code`` is stable for programs."""

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)


@dataclass
class BundleSummary:
    """Outcome of :func:`bundle_all_unsynced`."""

    written: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (inspection id, reason)
    cancelled: bool = False


def photo_member(sha256: str, original_path: str) -> str:
    """The zip member name of a photo original: photos/<sha256>.<ext>."""
    ext = Path(original_path).suffix.lstrip(".").lower() or "jpg"
    return f"{PHOTO_PREFIX}{sha256}.{ext}"


def bundle_data(snapshot: InspectionSnapshot, audit: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The inspection.json document for a snapshot (format BUNDLE_FORMAT)."""
    ins = snapshot.inspection
    result = scoring.score_inspection(snapshot.template, snapshot.findings, ins.type)
    template_body = snapshot.template
    return {
        "bundle_format": BUNDLE_FORMAT,
        "inspection": asdict(ins),
        "branch": asdict(snapshot.branch),
        "template": {
            "id": template_body["id"],
            "version": template_body["version"],
            "sha256": canonical_sha256(template_body),
            "body": template_body,
        },
        "findings": [asdict(f) for f in snapshot.findings],
        "photos": [
            {**asdict(p), "member": photo_member(p.sha256, p.original_path)} for p in snapshot.photos
        ],
        "timings": [{k: v for k, v in asdict(t).items() if k != "id"} for t in snapshot.timings],
        "signatures": [
            {
                "role": s.role, "name": s.name, "title": s.title, "signed_at": s.signed_at,
                "strokes": s.strokes, "image_png": base64.b64encode(s.image_png or b"").decode("ascii"),
            }
            for s in snapshot.signatures
        ],
        "rectifications": [asdict(r) for r in snapshot.rectifications],
        "score": {
            "score": result.score, "grade": result.grade, "passed": result.passed,
            "failed_critical": list(result.failed_critical),
        },
        "audit": audit or [],
    }


def content_key(data: dict[str, Any]) -> str:
    """SHA-256 of what makes two copies of an inspection "the same".

    Leaves out what legitimately differs between machines: the branch's local id and details
    (matched by code), local photo paths, the audit trail, and rectification closing (done
    after signing, at either end).
    """
    ins = {k: v for k, v in data["inspection"].items() if k != "branch_id"}
    branch = data["branch"]["code"]  # head office keeps its own name and address for a known code
    photos = sorted(
        ({k: v for k, v in p.items() if k not in ("original_path", "display_path", "thumb_path", "member")}
         for p in data["photos"]),
        key=canonical_json,
    )
    rects = sorted(
        ({k: v for k, v in r.items() if k not in ("status", "closed_at", "closing_note")} for r in data["rectifications"]),
        key=canonical_json,
    )
    core = {
        "inspection": ins, "branch": branch,
        "template": [data["template"]["id"], data["template"]["version"], data["template"]["sha256"]],
        "findings": sorted(data["findings"], key=lambda f: f["item_id"]),
        "photos": photos,
        "timings": sorted(data["timings"], key=canonical_json),
        "signatures": sorted(data["signatures"], key=lambda s: s["role"]),
        "rectifications": rects,
    }
    return canonical_sha256(core)


def _copy_hashed(source: Path, zf: zipfile.ZipFile, name: str) -> tuple[str, int]:
    """Copy a file into the zip as member ``name``; (SHA-256, size) of exactly the bytes copied."""
    digest = hashlib.sha256()
    size = 0
    with open(source, "rb") as src, zf.open(member_info(name), "w") as dest:
        for chunk in iter(lambda: src.read(1 << 20), b""):
            digest.update(chunk)
            dest.write(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def bundle_name(snapshot: InspectionSnapshot) -> str:
    """<branch code>_<date>_<inspection id>.inspection.zip: sorts well in a folder listing."""
    code = "".join(c for c in snapshot.branch.code if c.isalnum() or c in "-_") or "branch"
    return f"{code}_{snapshot.inspection.started_at[:10]}_{snapshot.inspection.id}{BUNDLE_SUFFIX}"


def _require_signed(snapshot: InspectionSnapshot) -> None:
    ins = snapshot.inspection
    if ins.status != "signed":
        raise SyncError(
            "not_signed",
            f"Inspection {ins.id} is {ins.status}; only a signed inspection can be bundled. "
            "Finish it and have the inspector and the branch head sign first.",
        )


def write_bundle(snapshot: InspectionSnapshot, out_dir: Path, pdf_bytes: bytes, sign_manifest: SignManifest,
                 audit: list[dict[str, Any]] | None = None) -> Path:
    """Write the bundle of a signed snapshot into ``out_dir`` atomically; return its path.

    ``sign_manifest(manifest_bytes)`` returns manifest.sig (BundleSigner.sign_manifest), made with
    the key that signed ``pdf_bytes``.
    """
    ins = snapshot.inspection
    _require_signed(snapshot)
    if not pdf_bytes.startswith(b"%PDF"):
        raise SyncError("bad_pdf", f"The report given for inspection {ins.id} is not a PDF.")
    photos_dir = Path(snapshot.photos_dir)
    members: dict[str, dict[str, Any]] = {}
    data = json.dumps(bundle_data(snapshot, audit), ensure_ascii=False, indent=1).encode("utf-8")
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SyncError("write_failed", f"Cannot create the outbox folder {out_dir} ({exc.strerror or exc}).") from None
    target = out_dir / bundle_name(snapshot)
    fd, tmp_name = tempfile.mkstemp(dir=out_dir, prefix=".tmp-", suffix=".zip")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            # Every container field is fixed (sync_zip.member_info): head office refuses any other.
            with zipfile.ZipFile(fh, "w", allowZip64=False) as zf:
                zf.writestr(member_info(PDF_MEMBER), pdf_bytes)
                members[PDF_MEMBER] = {"sha256": hashlib.sha256(pdf_bytes).hexdigest(), "size": len(pdf_bytes)}
                zf.writestr(member_info(DATA_MEMBER), data)
                members[DATA_MEMBER] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                for photo in snapshot.photos:
                    name = photo_member(photo.sha256, photo.original_path)
                    if name in members:
                        continue  # the same picture attached twice is carried once
                    source = photos_dir / photo.original_path
                    if not source.is_file():
                        raise SyncError(
                            "photo_missing",
                            f"The original of photo {photo.original_name} ({source}) is missing, so inspection "
                            f"{ins.id} cannot be bundled whole. Restore the photos folder from a backup.",
                        )
                    sha, size = _copy_hashed(source, zf, name)
                    if sha != photo.sha256:
                        raise SyncError(
                            "photo_changed",
                            f"The original of photo {photo.original_name} ({source}) no longer matches its "
                            "recorded SHA-256; the file was changed on disk. Restore it from a backup.",
                        )
                    members[name] = {"sha256": sha, "size": size}
                manifest = {"bundle_format": BUNDLE_FORMAT, "inspection_id": ins.id, "members": members}
                manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
                signature = sign_manifest(manifest_bytes)  # before any write of it: a failure leaves no bundle
                zf.writestr(member_info(MANIFEST_MEMBER), manifest_bytes)
                zf.writestr(member_info(MANIFEST_SIG_MEMBER), signature)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except zipfile.LargeZipFile:
        tmp.unlink(missing_ok=True)
        raise SyncError("too_large", f"Inspection {ins.id} is too large for one bundle (4 GB or more); "
                        "remove very large photos from it and sign again.") from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SyncError("write_failed", f"Could not write the bundle {target} ({exc.strerror or exc}). "
                        "Check that the folder is writable and has free space.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(out_dir)
    return target


def _fsync_dir(folder: Path) -> None:
    # The rename itself survives a power loss only once the folder entry is on disk (POSIX).
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def audit_dicts(store: Any, inspection_id: str) -> list[dict[str, Any]]:
    return [asdict(e) for e in store.audit_entries(inspection_id)]


def build_bundle(store: Any, inspection_id: str, out_dir: Path, signer: BundleSigner) -> Path:
    """Sign and bundle one signed inspection into ``out_dir``; record the export (who + when)."""
    snapshot = store.snapshot(inspection_id)
    _require_signed(snapshot)  # before the report is rendered and signed
    path = write_bundle(snapshot, Path(out_dir), signer.make_pdf(snapshot), signer.sign_manifest,
                        audit_dicts(store, inspection_id))
    store.record_export(inspection_id, "bundle", str(path))
    return path


def unsynced_ids(store: Any) -> list[str]:
    """Signed inspections of this machine that head office has not had in their current state,
    oldest first: never bundled, or a rectification closed since the last bundle."""
    return store.unsynced_inspection_ids()


def bundle_all_unsynced(
    store: Any,
    out_dir: Path,
    signer: BundleSigner,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BundleSummary:
    """Bundle every unsynced signed inspection (unsynced_ids); one failure never stops the rest.

    ``signer`` makes the signed report and manifest.sig. ``progress(done, total)`` after each
    inspection; ``cancelled()`` is checked before each one (bundles already written stay).
    """
    summary = BundleSummary()
    ids = unsynced_ids(store)
    total = len(ids)
    if progress:
        progress(0, total)
    for done, inspection_id in enumerate(ids, start=1):
        if cancelled is not None and cancelled():
            summary.cancelled = True
            break
        try:
            snapshot = store.snapshot(inspection_id)
            path = write_bundle(snapshot, Path(out_dir), signer.make_pdf(snapshot), signer.sign_manifest,
                                audit_dicts(store, inspection_id))
            store.record_export(inspection_id, "bundle", str(path))
            summary.written.append(path)
        except SyncError as exc:
            summary.failed.append((inspection_id, str(exc)))
        except Exception as exc:  # noqa: BLE001 - signing or PDF errors of one inspection must not stop the rest
            summary.failed.append((inspection_id, f"{type(exc).__name__}: {exc}"))
        if progress:
            progress(done, total)
    return summary


def read_json_member(zf: zipfile.ZipFile, name: str) -> Any:
    """Parse a JSON member (already hash-checked by the caller)."""
    with zf.open(name) as fh:
        return json.load(io.TextIOWrapper(fh, encoding="utf-8"))
