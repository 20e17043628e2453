"""PAdES signing and verification of exported reports (pyHanko).

Keys and certificates live in :mod:`inspector.signing.keys`; the names are
re-exported here so callers need only this module.

Verification reports one of:
  valid           intact, covers the whole file, signer trusted by the trust folder
  altered         bytes changed or added after signing (or the signature is broken)
  invalid         intact, signer known, but the certificate is unusable (expired, revoked…)
  unknown_signer  intact, but no certificate in the trust folder vouches for the signer
  unsigned        a readable PDF with no signature
  unreadable      not a PDF, or a file that cannot be read

Beyond pyHanko's checks, "valid" also requires that the only unsigned bytes (the
/Contents hole) are exactly what pyHanko writes and that the CMS carries nothing the
signature does not cover (signing/strict_checks.py). A report of a certificate that pyHanko
already validated in this process against the same trust folder is re-checked cheaply
(signing/recheck.py); that path can only accept, anything else is verified in full.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from inspector.atomic import write_atomic
from inspector.signing import recheck as signing_recheck
from inspector.signing.keys import (
    Identity,
    SigningError,
    create_identity,
    describe_subject,
    fingerprint_of,
    import_pkcs12,
    list_identities,
    load_signer,
)
from inspector.signing.strict_checks import cms_problem, hole_is_exact

__all__ = [
    "Identity",
    "SigningError",
    "VerifyResult",
    "create_identity",
    "import_pkcs12",
    "list_identities",
    "load_signer",
    "load_trust_certs",
    "sign_pdf",
    "verify_pdf",
]

# pyHanko logs a full traceback at WARNING for every untrusted certificate; keep it
# off stderr unless the application configures logging itself (propagation still works).
logging.getLogger("pyhanko").addHandler(logging.NullHandler())

STATUS_EXIT_CODES = {
    "valid": 0,
    "altered": 1,
    "invalid": 1,
    "unsigned": 1,
    "unreadable": 1,
    "unknown_signer": 2,
}

TRUST_SUFFIXES = {".pem", ".crt", ".cer", ".der"}


@dataclass
class VerifyResult:
    """Outcome of :func:`verify_pdf`."""

    status: str
    message: str
    signer: str = ""  # "CN, O" of the signing certificate
    signed_at: str = ""  # ISO 8601, as claimed by the signer's clock
    signer_name: str = ""
    signer_organisation: str = ""
    fingerprint: str = ""  # SHA-256 of the signing certificate
    details: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return STATUS_EXIT_CODES[self.status]


def sign_pdf(
    pdf_bytes: bytes,
    out_path: Path,
    keys_dir: Path,
    fingerprint: str,
    passphrase: str,
    *,
    reason: str,
    location: str,
    field_name: str = "InspectorSignature",
) -> None:
    """PAdES-sign ``pdf_bytes`` with the stored identity and write it atomically to ``out_path``."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers

    signer = load_signer(keys_dir, fingerprint, passphrase)
    meta = signers.PdfSignatureMetadata(
        field_name=field_name,
        reason=reason,
        location=location,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    out = io.BytesIO()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes), strict=False)
        signers.sign_pdf(writer, meta, signer=signer, output=out)
    except PdfError as exc:
        raise SigningError(
            "bad_pdf", f"Could not sign the report for {out_path}: the PDF is not valid ({exc})."
        ) from exc
    write_atomic(Path(out_path), out.getvalue())


def load_trust_certs(trust_dir: Path | None) -> list[x509.Certificate]:
    """All certificates (PEM, possibly several per file, or DER) in ``trust_dir``."""
    if trust_dir is None or not Path(trust_dir).is_dir():
        return []
    certs: list[x509.Certificate] = []
    for path in sorted(Path(trust_dir).iterdir()):
        if path.suffix.lower() not in TRUST_SUFFIXES or not path.is_file():
            continue
        data = path.read_bytes()
        try:
            if b"-----BEGIN CERTIFICATE-----" in data:
                certs.extend(x509.load_pem_x509_certificates(data))
            else:
                certs.append(x509.load_der_x509_certificate(data))
        except ValueError:
            continue  # not a certificate; the folder may hold a README or a key
    return certs


def _vouched_for(cert: x509.Certificate, trusted: list[x509.Certificate]) -> bool:
    """True if the signing cert itself, or its direct issuer, is in the trust set.

    Only used to tell "unknown signer" from "known signer, unusable certificate"
    once pyHanko has refused the chain; pyHanko alone decides what is trusted."""
    if fingerprint_of(cert) in {fingerprint_of(c) for c in trusted}:
        return True
    for anchor in trusted:
        if anchor.subject != cert.issuer:
            continue
        try:
            cert.verify_directly_issued_by(anchor)
            return True
        except Exception:  # noqa: BLE001, S112 - InvalidSignature, or a key type it cannot check
            continue
    return False


def _result(status: str, message: str, cert: x509.Certificate | None = None, signed_at: str = "") -> VerifyResult:
    if cert is None:
        return VerifyResult(status, message, signed_at=signed_at)
    name, org = describe_subject(cert)
    signer = ", ".join(p for p in (name, org) if p)
    return VerifyResult(status, message, signer, signed_at, name, org, fingerprint_of(cert))


def verify_pdf(path: Path, trust_dir: Path | None = None) -> VerifyResult:
    """Check a signed report: intact, covering the whole file, and signed by a trusted key."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _result("unreadable", f"Could not read {path}: {exc.strerror or exc}.")
    return verify_pdf_bytes(data, trust_dir, str(path))


def verify_pdf_bytes(data: bytes, trust_dir: Path | None, path: str) -> VerifyResult:
    """verify_pdf of a report already in memory; ``path`` names it in the messages."""
    trusted = load_trust_certs(trust_dir)
    known = signing_recheck.recheck(data, trusted)
    if known is not None:
        cert, when = known
        return _result("valid", f"{path} is intact and signed by a trusted key.", cert, when)
    return _verify_fully(data, trusted, trust_dir, path)


def _verify_fully(data: bytes, trusted: list[x509.Certificate], trust_dir: Path | None, path: str) -> VerifyResult:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = list(reader.embedded_signatures)
    except Exception as exc:  # noqa: BLE001 - pyHanko raises many types on damaged files
        if data.startswith(b"%PDF") and b"/ByteRange" in data:
            return _result(
                "altered",
                f"{path} contains a signature but its PDF structure is damaged ({exc}); "
                "it was changed after signing. Ask the branch for the original file.",
            )
        return _result("unreadable", f"{path} is not a readable PDF ({exc}).")
    if not sigs:
        if b"/ByteRange" in data:
            return _result(
                "altered",
                f"{path} contains signature data that no longer parses; it was changed after signing.",
            )
        return _result("unsigned", f"{path} has no digital signature; it cannot be trusted as a signed report.")

    roots = [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in trusted]
    results: list[VerifyResult] = []
    for index, sig in enumerate(sigs):
        is_last = index == len(sigs) - 1
        try:
            st = validate_pdf_signature(sig, ValidationContext(trust_roots=roots, allow_fetching=False))
        except Exception as exc:  # noqa: BLE001 - any failure here means a damaged signature
            return _result("altered", f"The signature in {path} is damaged and cannot be checked ({exc}).")
        cert = x509.load_der_x509_certificate(st.signing_cert.dump())
        when = st.signer_reported_dt.isoformat() if st.signer_reported_dt else ""
        name = sig.field_name
        byte_range = [int(x) for x in sig.byte_range]
        if not (st.intact and st.valid):
            results.append(
                _result(
                    "altered",
                    f"{path} was changed after it was signed (signature '{name}' does not match the content).",
                    cert,
                    when,
                )
            )
            continue
        whole = st.coverage == SignatureCoverageLevel.ENTIRE_FILE
        later_ok = (
            st.coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and not is_last
            and st.modification_level is not None
            and st.modification_level <= ModificationLevel.LTA_UPDATES
            and st.docmdp_ok is not False
        )
        if not (whole or later_ok) or not hole_is_exact(data, byte_range, sig.pkcs7_content):
            extra = len(data) - (byte_range[2] + byte_range[3])
            what = f"{extra} bytes were added after" if extra > 0 and is_last else "content was changed outside"
            results.append(
                _result(
                    "altered",
                    f"{path} was altered: {what} the signed part of the file.",
                    cert,
                    when,
                )
            )
            continue
        problem = cms_problem(sig, None)
        if problem:
            results.append(_result("altered", f"{path} was altered after signing: {problem}.", cert, when))
            continue
        if not st.trusted:
            if _vouched_for(cert, trusted):
                problem = st.trust_problem_indic.name if st.trust_problem_indic else "unknown problem"
                results.append(
                    _result(
                        "invalid",
                        f"{path} is intact and its signer is in the trust folder, but the certificate "
                        f"cannot be accepted ({problem}); ask head office for a new certificate.",
                        cert,
                        when,
                    )
                )
            else:
                where = f"the trust folder {trust_dir}" if trust_dir else "no trust folder was given"
                results.append(
                    _result(
                        "unknown_signer",
                        f"{path} is intact but signed by an unknown key ({where}): add the signer's "
                        "certificate (.pem) or its issuing CA to the trust folder if you trust it.",
                        cert,
                        when,
                    )
                )
            continue
        path_certs = list(st.validation_path.iter_certs(include_root=True)) if st.validation_path else []
        problem = cms_problem(sig, path_certs)
        if problem:
            results.append(_result("altered", f"{path} was altered after signing: {problem}.", cert, when))
            continue
        if len(sigs) == 1:
            signing_recheck.remember(st.signing_cert.dump(), trusted, path_certs, sig.signer_info)
        results.append(_result("valid", f"{path} is intact and signed by a trusted key.", cert, when))

    # The worst signature decides; report the last signature's signer when all agree.
    order = ["altered", "invalid", "unknown_signer", "valid"]
    return min(results, key=lambda r: (order.index(r.status), -results.index(r)))
