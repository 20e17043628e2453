"""Sync bundles at head office, the checking half: every check of a bundle, reading only.

    check = verify_bundle(path, data_dir.root / "trust")
    if check.ok: ... check.data, check.digest, check.bundle_sha256

A bundle is refused unless the zip container is laid out exactly as Inspector writes it
(sync/container.py, code "zip_structure"), manifest.sig is a valid signature over the exact bytes of
manifest.json and itself in the exact form Inspector writes, every member matches the manifest,
inspection.json is valid, the PDF is signed by a trusted key, the manifest by the very same certificate, and the PDF
names this inspection and carries the digest of this data. Pure: no Qt, no SQL, no writes
anywhere, so it can run in worker processes (sync/importer.py does).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector.model import (
    Branch,
    Finding,
    Inspection,
    InspectionSnapshot,
    Photo,
    Rectification,
    Signature,
    Timing,
)
from inspector.report.digest import DIGEST_KEYWORD, inspection_digest
from inspector.sync.bundle_writer import (
    BUNDLE_FORMAT,
    DATA_MEMBER,
    MANIFEST_MEMBER,
    PDF_MEMBER,
    PHOTO_EXTENSIONS,
    PHOTO_PREFIX,
)
from inspector.sync.container import (
    Entry,
    ZipStructureError,
    differs_from_zipfile,
    nonstandard_fields,
    parse_zip,
)
from inspector.sync.data_schema import HEX64, validate_data
from inspector.sync.manifest_signature import MANIFEST_SIG_MEMBER, MAX_SIG_BYTES, check_manifest_signature

MAX_MEMBER_BYTES = 512 * 1024 * 1024  # no real photo or report comes near; a zip bomb does
MAX_JSON_BYTES = 64 * 1024 * 1024  # manifest.json and inspection.json: a few hundred KB in practice
# Bundles up to this size are read into memory once: hashed and unzipped from the same bytes.
IN_MEMORY_BYTES = 256 * 1024 * 1024
_PHOTO_NAME = re.compile(r"^photos/([0-9a-f]{64})\.([a-z0-9]{2,5})$")
_HEX_TOKEN = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")


@dataclass
class BundleCheck:
    """Outcome of :func:`verify_bundle`. When ``ok`` is False, ``code`` and ``reason`` say why."""

    path: Path
    ok: bool
    code: str = ""
    reason: str = ""
    inspection_id: str = ""
    signer: str = ""
    signer_fingerprint: str = ""  # SHA-256 of the certificate that signed the report and the manifest
    data: dict[str, Any] | None = None
    digest: str = ""
    bundle_sha256: str = ""  # of the whole file, as read for these checks
    report_sha256: str = ""  # of report.pdf, as checked


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
        if name in (PDF_MEMBER, DATA_MEMBER, MANIFEST_MEMBER, MANIFEST_SIG_MEMBER):
            if info.file_size > (MAX_SIG_BYTES if name == MANIFEST_SIG_MEMBER else
                                 MAX_JSON_BYTES if name != PDF_MEMBER else MAX_MEMBER_BYTES):
                return f"member {name!r} claims {info.file_size} bytes, far more than a bundle holds"
            continue
        match = _PHOTO_NAME.match(name)
        if not match or match.group(2) not in PHOTO_EXTENSIONS:
            return (f"unexpected member {name!r}; a bundle holds report.pdf, inspection.json, manifest.json, "
                    "manifest.sig and photos/<sha256>.<ext>")
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


def _read_small(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """A member's bytes, reading at most ``limit`` + 1 (the size in the header may lie)."""
    with zf.open(name) as fh:
        return fh.read(limit + 1)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _check_signed_manifest(zf: zipfile.ZipFile) -> tuple[str, str, Any, Any]:
    """(code, problem, manifest, signer certificate); code "" when manifest.sig verifies over the
    exact bytes of manifest.json and every member matches it. Trust is checked with the report."""
    raw = _read_small(zf, MANIFEST_MEMBER, MAX_JSON_BYTES)
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        return "manifest_mismatch", f"manifest.json is not valid JSON ({exc})", None, None
    fmt = manifest.get("bundle_format") if isinstance(manifest, dict) else None
    if fmt != BUNDLE_FORMAT:
        if fmt == 1:
            return ("unsupported_format", "the bundle is in format 1, whose manifest is not signed, so its data "
                    "cannot be trusted whole; write the bundle again with the current Inspector on the laptop",
                    None, None)
        return ("manifest_mismatch" if not isinstance(fmt, int) or isinstance(fmt, bool) else "unsupported_format",
                f"manifest.json says bundle_format {str(fmt)[:20]!r}; this Inspector reads format {BUNDLE_FORMAT}"
                + (" (update Inspector at head office)" if isinstance(fmt, int) and fmt > BUNDLE_FORMAT else ""),
                None, None)
    if MANIFEST_SIG_MEMBER not in zf.namelist():
        return "manifest_mismatch", "manifest.sig is missing, so nothing vouches for the bundle's data", None, None
    sig = _read_small(zf, MANIFEST_SIG_MEMBER, MAX_SIG_BYTES)
    cert, problem = check_manifest_signature(raw, sig)
    if cert is None:
        return "manifest_mismatch", problem, None, None
    if sig != _canonical_sig(sig, cert):
        return ("manifest_mismatch", "manifest.sig is not byte for byte in the form Inspector writes it (spacing, "
                "certificate or signature encoding changed); the bundle was altered after it was written", None, None)
    problem = _check_members(zf, manifest)
    return ("manifest_mismatch", problem, None, None) if problem else ("", "", manifest, cert)


def _canonical_sig(sig: bytes, cert: Any) -> bytes:
    """manifest.sig as sync_sign.manifest_signature writes it for the same signature and certificate.

    Its parsers ignore JSON whitespace, PEM line breaks and base64 padding bits, so a byte changed
    there would leave a valid signature; only the exact bytes the laptop wrote are accepted."""
    from cryptography.hazmat.primitives import serialization

    doc = json.loads(sig.decode("utf-8"))  # check_manifest_signature has parsed it already
    doc["certificate"] = cert.public_bytes(serialization.Encoding.PEM).decode("ascii")
    doc["signature"] = base64.b64encode(base64.b64decode(doc["signature"])).decode("ascii")
    return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")


def _check_members(zf: zipfile.ZipFile, manifest: Any) -> str | None:
    if not isinstance(manifest, dict) or not isinstance(manifest.get("members"), dict):
        return "manifest.json has no 'members' table"
    listed = manifest["members"]
    present = {n for n in zf.namelist() if n not in (MANIFEST_MEMBER, MANIFEST_SIG_MEMBER)}
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


def _pdf_claims(pdf_bytes: bytes, inspection_id: str, digest: str) -> tuple[str, bool]:
    """(document id, whether the report carries ``digest``) of a report made by report/build.py."""
    # report/build.py writes both into the uncompressed document info in plain ASCII, so a byte
    # search finds them at once in a current report; parsing is for older or other files.
    # A false "no" from the search costs only the parse; it never accepts what the parse refuses.
    if (f"/Subject ({inspection_id})".encode() in pdf_bytes
            and f"({DIGEST_KEYWORD}{digest})".encode() in pdf_bytes):
        return inspection_id, True
    return _parsed_pdf_claims(pdf_bytes, digest)


def _parsed_pdf_claims(pdf_bytes: bytes, digest: str) -> tuple[str, bool]:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes))
    meta = reader.metadata or {}
    subject = str(meta.get("/Subject", "") or "")
    if f"{DIGEST_KEYWORD}{digest}" in str(meta.get("/Keywords", "") or ""):
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
               check_signature: bool, manifest_cert: Any) -> BundleCheck:
    from inspector.signing.keys import describe_subject, fingerprint_of
    from inspector.signing.pades import verify_pdf_bytes

    iid = data["inspection"]["id"]
    digest = inspection_digest(snapshot_from_data(data))
    pdf_bytes = zf.read(PDF_MEMBER)
    signer = ""
    if check_signature:
        trusted_dir = trust_dir if trust_dir and Path(trust_dir).is_dir() else None
        result = verify_pdf_bytes(pdf_bytes, trusted_dir, f"{path.name}/{PDF_MEMBER}")
        signer = result.signer
        if result.status != "valid":
            code = "untrusted" if result.status == "unknown_signer" else f"pdf_{result.status}"
            what = {"unknown_signer": f"its report is signed by {result.signer or 'a key'} that the trust folder "
                    f"{trust_dir} does not vouch for; add that signer's certificate there if head office trusts it"}
            return _refuse(path, code, what.get(result.status, f"the signed report is {result.status}: {result.message}"),
                           inspection_id=iid, signer=signer)
        # The report's certificate passed verify_pdf's trust checks; the manifest (and so every
        # member, inspection.json whole) counts only when signed by exactly that certificate.
        if fingerprint_of(manifest_cert) != result.fingerprint:
            other = ", ".join(p for p in describe_subject(manifest_cert) if p) or "an unnamed key"
            return _refuse(path, "manifest_signer", f"manifest.json is signed by a different key ({other}, "
                           f"{fingerprint_of(manifest_cert)[:16]}…) than the report ({signer}, {result.fingerprint[:16]}…); "
                           "the bundle was put together from different sources", inspection_id=iid, signer=signer)
    try:
        doc_id, shows_digest = _pdf_claims(pdf_bytes, iid, digest)
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on odd files
        return _refuse(path, "pdf_unreadable", f"the report cannot be read ({exc})", inspection_id=iid)
    if doc_id != iid:
        return _refuse(path, "pdf_mismatch", f"the report is the one of inspection {doc_id or '(none)'}, not of "
                       f"{iid}; report and data were swapped", inspection_id=iid, signer=signer)
    if not shows_digest:
        return _refuse(path, "digest_mismatch", "the data hash printed in the signed report does not match "
                       "inspection.json; the data was changed after signing", inspection_id=iid, signer=signer)
    return BundleCheck(path, True, inspection_id=iid, signer=signer, signer_fingerprint=fingerprint_of(manifest_cert),
                       data=data, digest=digest, report_sha256=hashlib.sha256(pdf_bytes).hexdigest())


def read_in_memory(path: Path) -> bytes | None:
    """The whole bundle file when it is small enough to be checked from memory, else None
    (also when it cannot be read: verify_bundle then says why)."""
    try:
        with open(path, "rb") as fh:
            if os.fstat(fh.fileno()).st_size <= IN_MEMORY_BYTES:
                return fh.read()
    except OSError:
        pass
    return None


def _read_bundle(path: Path, raw: bytes | None) -> tuple[Any, str]:
    """(what ZipFile opens, SHA-256 of the whole file) — from one read when it fits in memory,
    so the hash names exactly the bytes that are checked."""
    if raw is None:
        raw = read_in_memory(path)
    if raw is not None:
        return io.BytesIO(raw), hashlib.sha256(raw).hexdigest()
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return path, digest.hexdigest()


def verify_bundle(path: Path, trust_dir: Path | None, *, check_signature: bool = True,
                  raw: bytes | None = None) -> BundleCheck:
    """Every check of a bundle before import; reads it and never writes.

    ``check_signature=False`` skips only the PDF signature check and with it the trust of the
    manifest's signer (for benchmarks; never for import); manifest.sig itself is still verified.
    ``raw``: the file's bytes when the caller has read them (read_in_memory), to check those.
    """
    path = Path(path)
    try:
        source, file_sha = _read_bundle(path, raw)
        fh = source if isinstance(source, io.BytesIO) else open(source, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return _refuse(path, "unreadable", "the file does not exist")
    except OSError as exc:
        return _refuse(path, "unreadable", f"the file cannot be read ({exc.strerror or exc}); copy it again from the laptop")
    with fh:
        try:
            # Strictly, before zipfile: it reads only some fields and trusts the rest.
            entries = parse_zip(fh, MAX_JSON_BYTES)
        except ZipStructureError as exc:
            return _refuse(path, exc.code, f"{exc}; the bundle was damaged or altered, copy it again from the laptop")
        except OSError as exc:
            return _refuse(path, "unreadable", f"the file cannot be read ({exc.strerror or exc}); copy it again from the laptop")
        try:
            zf = zipfile.ZipFile(fh)
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
            # ValueError: e.g. "negative seek value" from a damaged end record
            return _refuse(path, "unreadable", f"not a readable bundle (zip) file ({exc}); copy it again from the laptop")
        with zf:
            try:
                check = _verify_open(path, zf, entries, trust_dir, check_signature)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error, NotImplementedError, ValueError) as exc:
                # RuntimeError: zipfile's message for encrypted members; EOF/BadZip: a cut-off member or a
                # bad CRC of a stored one; the others: kept from before the strict parse, as a safety net
                return _refuse(path, "unreadable", f"the bundle is damaged ({exc}); copy it again from the laptop")
    check.bundle_sha256 = file_sha
    return check


def _verify_open(path: Path, zf: zipfile.ZipFile, entries: list[Entry], trust_dir: Path | None,
                 check_signature: bool) -> BundleCheck:
    problem = differs_from_zipfile(zf, entries)
    if problem:
        return _refuse(path, "zip_structure", f"{problem}; the bundle was altered, copy it again from the laptop")
    problem = _check_names(zf)
    if problem:
        return _refuse(path, "bad_member", problem)
    code, problem, manifest, manifest_cert = _check_signed_manifest(zf)
    if code:
        return _refuse(path, code, problem)
    try:
        data = json.loads(_read_small(zf, DATA_MEMBER, MAX_JSON_BYTES).decode("utf-8"), parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        return _refuse(path, "invalid_data", f"inspection.json is not valid JSON ({str(exc)[:200]})")
    errors = validate_data(data)
    if errors:
        more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
        return _refuse(path, "invalid_data", "inspection.json is invalid: " + "; ".join(errors[:3]) + more)
    if manifest.get("inspection_id") != data["inspection"]["id"]:
        return _refuse(path, "manifest_mismatch", f"manifest.json names inspection {str(manifest.get('inspection_id'))[:64]!r} "
                       f"but inspection.json is inspection {data['inspection']['id']}")
    members = {n for n in zf.namelist() if n.startswith(PHOTO_PREFIX)}
    referenced = {p["member"] for p in data["photos"]}
    if members != referenced:
        return _refuse(path, "invalid_data", "the photos in the bundle do not match the photos listed in "
                       f"inspection.json (extra: {sorted(members - referenced) or '-'}; "
                       f"missing: {sorted(referenced - members) or '-'})")
    check = _check_pdf(path, zf, data, trust_dir, check_signature, manifest_cert)
    # Last, so that a bundle re-packed by another zip program with other content gets the content's reason.
    problem = nonstandard_fields(entries) if check.ok else None
    if problem:
        return _refuse(path, "zip_structure", f"{problem}; the bundle was altered or re-packed by another program, "
                       "copy the original file from the laptop", inspection_id=check.inspection_id, signer=check.signer)
    return check
