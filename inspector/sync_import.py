"""Sync bundles, the head-office half: check a bundle, then import it whole or not at all.

    check = verify_bundle(path, data_dir.root / "trust")
    summary = import_bundles(store, paths, trust_dir, data_dir.photos)

A bundle is refused unless the zip is sound, every member matches the manifest,
inspection.json is valid, the PDF is signed by a trusted key, and the PDF names this
inspection and carries the digest of exactly this data. No Qt, no SQL (store does that).
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Branch, Finding, Inspection, InspectionSnapshot, Photo, Rectification, Signature, Timing
from .sync_bundle import (
    BUNDLE_FORMAT,
    DATA_MEMBER,
    MANIFEST_MEMBER,
    PDF_MEMBER,
    PHOTO_EXTENSIONS,
    PHOTO_PREFIX,
    bundle_data,
    content_key,
    read_json_member,
)
from .sync_check import HEX64, validate_data

MAX_MEMBER_BYTES = 512 * 1024 * 1024  # no real photo or report comes near; a zip bomb does
_PHOTO_NAME = re.compile(r"^photos/([0-9a-f]{64})\.([a-z0-9]{2,5})$")
_HEX_TOKEN = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")

Progress = Callable[[int, int], None]


@dataclass
class BundleCheck:
    """Outcome of :func:`verify_bundle`. When ``ok`` is False, ``code`` and ``reason`` say why."""

    path: Path
    ok: bool
    code: str = ""
    reason: str = ""
    inspection_id: str = ""
    signer: str = ""
    data: dict[str, Any] | None = None
    digest: str = ""


@dataclass
class ImportSummary:
    """Counts of :func:`import_bundles`; ``refused`` holds (file, reason)."""

    imported: list[str] = field(default_factory=list)  # inspection ids
    already_present: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


def _refuse(path: Path, code: str, reason: str, **extra: Any) -> BundleCheck:
    return BundleCheck(path, False, code, f"{path.name}: {reason}", **extra)


def _only(cls: Any, row: dict[str, Any], **extra: Any) -> Any:
    """cls built from the fields it knows: format 1 may gain optional fields later."""
    known = cls.__dataclass_fields__
    return cls(**{k: v for k, v in row.items() if k in known and k not in extra}, **extra)


def snapshot_from_data(data: dict[str, Any], photos_dir: str = "") -> InspectionSnapshot:
    """Rebuild the InspectionSnapshot a bundle's inspection.json describes."""
    iid = data["inspection"]["id"]
    return InspectionSnapshot(
        inspection=_only(Inspection, data["inspection"]),
        branch=_only(Branch, data["branch"]),
        template=data["template"]["body"],
        findings=[_only(Finding, f) for f in data["findings"]],
        photos=[_only(Photo, p) for p in data["photos"]],
        timings=[_only(Timing, t, id=None) for t in data["timings"]],
        signatures=[
            _only(Signature, s, inspection_id=iid, image_png=base64.b64decode(s["image_png"]))
            for s in data["signatures"]
        ],
        rectifications=[_only(Rectification, r) for r in data["rectifications"]],
        photos_dir=photos_dir,
    )


def _check_names(zf: zipfile.ZipFile) -> str | None:
    """Refuse path tricks and members the format does not have."""
    seen = set()
    for info in zf.infolist():
        name = info.filename
        if name.startswith(("/", "\\")) or "\\" in name or ".." in name.split("/") or ":" in name:
            return f"member {name!r} points outside the bundle (path traversal); the file was made to attack"
        if name in seen:
            return f"member {name!r} appears twice"
        seen.add(name)
        if info.is_dir():
            return f"unexpected folder {name!r}"
        if name in (PDF_MEMBER, DATA_MEMBER, MANIFEST_MEMBER):
            continue
        match = _PHOTO_NAME.match(name)
        if not match or match.group(2) not in PHOTO_EXTENSIONS:
            return f"unexpected member {name!r}; a bundle holds report.pdf, inspection.json, manifest.json and photos/<sha256>.<ext>"
        if info.file_size > MAX_MEMBER_BYTES:
            return f"member {name!r} claims {info.file_size} bytes, more than any photo"
    for required in (PDF_MEMBER, DATA_MEMBER, MANIFEST_MEMBER):
        if required not in seen:
            return f"{required} is missing"
    return None


def _member_hash(zf: zipfile.ZipFile, name: str) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with zf.open(name) as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
            if size > MAX_MEMBER_BYTES:
                break
    return digest.hexdigest(), size


def _check_manifest(zf: zipfile.ZipFile) -> str | None:
    try:
        manifest = read_json_member(zf, MANIFEST_MEMBER)
    except (ValueError, UnicodeDecodeError) as exc:
        return f"manifest.json is not valid JSON ({exc})"
    if not isinstance(manifest, dict) or not isinstance(manifest.get("members"), dict):
        return "manifest.json has no 'members' table"
    if manifest.get("bundle_format") != BUNDLE_FORMAT:
        return f"manifest.json says bundle_format {manifest.get('bundle_format')!r}; this Inspector reads format {BUNDLE_FORMAT}"
    listed = manifest["members"]
    present = {n for n in zf.namelist() if n != MANIFEST_MEMBER}
    if set(listed) != present:
        extra, missing = sorted(present - set(listed)), sorted(set(listed) - present)
        return f"members do not match manifest.json (not listed: {extra or '-'}; listed but absent: {missing or '-'})"
    for name, entry in listed.items():
        if not isinstance(entry, dict) or not HEX64.match(str(entry.get("sha256", ""))):
            return f"manifest.json entry for {name} has no valid sha256"
        sha, size = _member_hash(zf, name)
        if size != entry.get("size"):
            return f"{name} is {size} bytes but manifest.json says {entry.get('size')}; the bundle was altered or cut short"
        if sha != entry["sha256"]:
            return f"{name} does not match its SHA-256 in manifest.json; the bundle was altered after it was written"
    return None


def _pdf_claims(pdf_path: Path, digest: str) -> tuple[str, bool]:
    """(document id, whether the cover shows ``digest``) of a report made by report.py."""
    import pypdf

    reader = pypdf.PdfReader(str(pdf_path))
    meta = reader.metadata or {}
    subject = str(meta.get("/Subject", "") or "")
    if f"inspection-digest:{digest}" in str(meta.get("/Keywords", "") or ""):
        return subject, True
    if not reader.pages:
        return subject, False
    # reportlab keeps ASCII as itself in the page stream: a byte search is enough and 100x
    # cheaper than text extraction, which remains the fallback for other encodings.
    contents = reader.pages[0].get_contents()
    if contents is not None and digest.encode("ascii") in contents.get_data():
        return subject, True
    text = reader.pages[0].extract_text() or ""
    return subject, digest in set(_HEX_TOKEN.findall(text))


def _check_pdf(path: Path, zf: zipfile.ZipFile, data: dict[str, Any], trust_dir: Path | None,
               check_signature: bool) -> BundleCheck:
    from .report import inspection_digest
    from .signing import verify_pdf

    iid = data["inspection"]["id"]
    digest = inspection_digest(snapshot_from_data(data))
    with tempfile.TemporaryDirectory(prefix="inspector-bundle-") as tmp:
        pdf_path = Path(tmp) / "report.pdf"
        with zf.open(PDF_MEMBER) as src, open(pdf_path, "wb") as dst:
            shutil.copyfileobj(src, dst)
        signer = ""
        if check_signature:
            result = verify_pdf(pdf_path, trust_dir if trust_dir and Path(trust_dir).is_dir() else None)
            signer = result.signer
            if result.status != "valid":
                code = "untrusted" if result.status == "unknown_signer" else f"pdf_{result.status}"
                what = {"unknown_signer": f"its report is signed by {result.signer or 'a key'} that the trust folder "
                        f"{trust_dir} does not vouch for; add that signer's certificate there if head office trusts it"}
                return _refuse(path, code, what.get(result.status, f"the signed report is {result.status}: {result.message}"),
                               inspection_id=iid, signer=signer)
        try:
            doc_id, shows_digest = _pdf_claims(pdf_path, digest)
        except Exception as exc:  # noqa: BLE001 - pypdf raises many types on odd files
            return _refuse(path, "pdf_unreadable", f"the report cannot be read ({exc})", inspection_id=iid)
    if doc_id != iid:
        return _refuse(path, "pdf_mismatch", f"the report is the one of inspection {doc_id or '(none)'}, not of "
                       f"{iid}; report and data were swapped", inspection_id=iid, signer=signer)
    if not shows_digest:
        return _refuse(path, "digest_mismatch", "the data hash printed in the signed report does not match "
                       "inspection.json; the data was changed after signing", inspection_id=iid, signer=signer)
    return BundleCheck(path, True, inspection_id=iid, signer=signer, data=data, digest=digest)


def verify_bundle(path: Path, trust_dir: Path | None, *, check_signature: bool = True) -> BundleCheck:
    """Every check of a bundle before import; reads it and never writes.

    ``check_signature=False`` skips only the PDF signature check (for benchmarks; never for import).
    """
    path = Path(path)
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        return _refuse(path, "unreadable", "the file does not exist")
    except (zipfile.BadZipFile, OSError) as exc:
        return _refuse(path, "unreadable", f"not a readable bundle (zip) file ({exc}); copy it again from the laptop")
    with zf:
        try:
            problem = _check_names(zf)
            if problem:
                return _refuse(path, "bad_member", problem)
            problem = _check_manifest(zf)
            if problem:
                return _refuse(path, "manifest_mismatch", problem)
            try:
                data = read_json_member(zf, DATA_MEMBER)
            except (ValueError, UnicodeDecodeError) as exc:
                return _refuse(path, "invalid_data", f"inspection.json is not valid JSON ({exc})")
            errors = validate_data(data)
            if errors:
                more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
                return _refuse(path, "invalid_data", "inspection.json is invalid: " + "; ".join(errors[:3]) + more)
            members = {n for n in zf.namelist() if n.startswith(PHOTO_PREFIX)}
            referenced = {p["member"] for p in data["photos"]}
            if members != referenced:
                return _refuse(path, "invalid_data", "the photos in the bundle do not match the photos listed in "
                               f"inspection.json (extra: {sorted(members - referenced) or '-'}; "
                               f"missing: {sorted(referenced - members) or '-'})")
            return _check_pdf(path, zf, data, trust_dir, check_signature)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
            # RuntimeError: zipfile's message for encrypted members; EOF/BadZip: a cut-off or damaged member
            return _refuse(path, "unreadable", f"the bundle is damaged ({exc}); copy it again from the laptop")


def _copy_photos(path: Path, data: dict[str, Any], photos_dir: Path) -> dict[str, tuple[str, str, str]]:
    """Store each original under its SHA-256 name (with display copy and thumbnail).

    Runs before the database transaction: a file left behind by a refused import is
    harmless, being named by its content. Returns sha256 → (original, display, thumb) paths.
    """
    from .photos import import_photo

    paths: dict[str, tuple[str, str, str]] = {}
    if not data["photos"]:
        return paths
    with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory(prefix="inspector-photos-") as tmp:
        for photo in data["photos"]:
            sha = photo["sha256"]
            if sha in paths:
                continue
            source = Path(tmp) / Path(photo["member"]).name
            with zf.open(photo["member"]) as src, open(source, "wb") as dst:
                shutil.copyfileobj(src, dst)
            stored = import_photo(source, photos_dir)
            if stored.sha256 != sha:  # the manifest check makes this unreachable unless the file changed under us
                raise ValueError(f"photo {photo['member']} changed while it was imported")
            paths[sha] = (stored.original_path, stored.display_path, stored.thumb_path)
            source.unlink()
    return paths


def existing_content_key(store: Any, inspection_id: str) -> str | None:
    """The content key of the stored copy of an inspection, or None when it is not stored."""
    if not store.query("SELECT 1 FROM inspections WHERE id = ?", (inspection_id,)):
        return None
    return content_key(bundle_data(store.snapshot(inspection_id)))


def import_one(store: Any, path: Path, trust_dir: Path | None, photos_dir: Path,
               *, check_signature: bool = True) -> tuple[str, str]:
    """Import one bundle: ("imported" | "present" | "refused" | "needs_original", inspection id or reason)."""
    from .photos import PhotoError
    from .store import StoreError

    check = verify_bundle(path, trust_dir, check_signature=check_signature)
    if not check.ok:
        return "refused", check.reason
    data = check.data
    assert data is not None
    iid = data["inspection"]["id"]
    # Through the model classes, as the stored copy is: fields a newer format-1 writer added do not count.
    key = content_key(bundle_data(snapshot_from_data(data)))
    stored = existing_content_key(store, iid)
    if stored is not None:
        if stored == key:
            return "present", iid
        return "refused", (f"{path.name}: inspection {iid} is already stored here with different content "
                           "(another copy of it, changed since); keep the stored copy and ask the branch which one is right")
    try:
        photo_paths = _copy_photos(path, data, Path(photos_dir))
    except (PhotoError, OSError, ValueError) as exc:
        return "refused", f"{path.name}: a photo could not be stored in {photos_dir} ({exc})"
    details = {"bundle": path.name, "bundle_sha256": _file_sha256(path), "data_digest": check.digest,
               "signer": check.signer}
    try:
        created = store.import_inspection(data, photo_paths, details)
    except StoreError as exc:
        if exc.code == "needs_original":
            return "needs_original", f"{path.name}: {exc}"
        if exc.code == "duplicate":  # another process imported the same inspection meanwhile
            return ("present", iid) if existing_content_key(store, iid) == key else ("refused", f"{path.name}: {exc}")
        return "refused", f"{path.name}: the database refused it ({exc})"
    return ("imported" if created else "present"), iid


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def import_bundles(
    store: Any,
    paths: list[Path],
    trust_dir: Path | None,
    photos_dir: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Import each bundle whole or not at all; one bad bundle never stops the others."""
    summary = ImportSummary()
    paths = [Path(p) for p in paths]
    total = len(paths)
    if progress:
        progress(0, total)
    # A correction whose original comes later in the batch is tried once more at the end.
    queue = [(path, True) for path in paths]
    done = 0
    while queue:
        path, may_retry = queue.pop(0)
        if cancelled is not None and cancelled():
            summary.cancelled = True
            break
        try:
            outcome, value = import_one(store, path, trust_dir, photos_dir)
        except Exception as exc:  # noqa: BLE001 - one broken bundle must not lose the rest of the batch
            outcome, value = "refused", f"{path.name}: could not be imported ({type(exc).__name__}: {exc})"
        if outcome == "needs_original" and may_retry:
            queue.append((path, False))
            continue
        done += 1
        if outcome == "imported":
            summary.imported.append(value)
        elif outcome == "present":
            summary.already_present.append(value)
        else:
            summary.refused.append((str(path), value))
        if progress:
            progress(done, total)
    return summary
