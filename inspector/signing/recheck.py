"""The cheap re-check of a report whose signing certificate pyHanko has already trusted.

    known = recheck(pdf_bytes, trusted_certs)   # (certificate, signed-at) or None
    remember(certificate, trusted_certs, path_certs)   # after a full verification said "valid"

pyHanko's full verification parses the PDF, checks the CMS and builds and validates the
certificate path against the trust folder: 10-25 ms a report. Head office imports hundreds
of bundles signed by the same few certificates, and what the certificate check concludes
does not depend on the document. So once a report of a certificate came out valid against
a trust set, later reports of that same certificate (same DER bytes, same trust set, still
within its validity, and a signature of the same shape) need only the per-document checks:
the byte range covers the whole file but the /Contents hole, the hole holds exactly the
signature (signing_checks), the digest of the signed bytes matches the signed attributes,
the attributes that do not depend on the document are byte for byte those of the validated
signature, and the signer's signature over them verifies with that certificate (pyHanko's
verifier).

This path can only accept. Anything else — an unknown certificate, more than one signature,
a file not in the exact form pyHanko writes, any failed check — returns None and the caller
runs the full verification, which gives the verdict and the message.
"""

from __future__ import annotations

import binascii
import hashlib
import io
import re
import threading
from dataclasses import dataclass
from datetime import UTC, datetime

from asn1crypto import cms
from asn1crypto import parser as asn1_parser
from asn1crypto import x509 as asn1_x509
from cryptography import x509

from inspector.signing.keys import fingerprint_of
from inspector.signing.strict_checks import cms_problem, hole_is_exact

_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]")
_SIGNING_TIME = re.compile(rb"/M\s*(?=\()")
_DIGESTS = {"sha256", "sha384", "sha512"}
# Signers a process has seen in one run: a handful of laptops; the bound only keeps a
# long-running app from growing without end when trust folders keep changing.
_MAX_REMEMBERED = 256


@dataclass(frozen=True)
class _Shape:
    """What a signer's signatures have in common, whatever the document: the algorithms, the
    signed attributes in order, and the bytes of those that do not depend on the document
    (content type, the signing-certificate reference, algorithm protection)."""

    digest_algorithm: bytes
    signature_algorithm: bytes
    attribute_types: tuple[str, ...]
    fixed_attributes: tuple[bytes, ...]


_PER_DOCUMENT = ("message_digest", "signing_time")


@dataclass(frozen=True)
class _Vouched:
    path_certs: tuple[asn1_x509.Certificate, ...]  # as pyHanko's validation path, root included
    not_before: datetime  # the latest start and earliest end of validity along the path
    not_after: datetime
    shape: _Shape  # of the signature pyHanko validated


_vouched: dict[tuple[str, frozenset[str]], _Vouched] = {}
_lock = threading.Lock()


@dataclass
class _Signature:
    """What signing_checks.cms_problem reads, as pyHanko's EmbeddedPdfSignature offers it."""

    signed_data: cms.SignedData
    signer_info: cms.SignerInfo
    signer_cert: asn1_x509.Certificate


def _trust_key(trusted: list[x509.Certificate]) -> frozenset[str]:
    return frozenset(fingerprint_of(c) for c in trusted)


def _cert_key(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()  # as fingerprint_of


def _shape_of(signer_info: cms.SignerInfo) -> _Shape | None:
    attributes = signer_info["signed_attrs"]
    types, fixed = [], []
    for attribute in attributes:
        if len(attribute["values"]) != 1:
            return None
        kind = attribute["type"].native
        types.append(kind)
        if kind not in _PER_DOCUMENT:
            fixed.append(attribute.dump())
    if "message_digest" not in types:
        return None
    return _Shape(signer_info["digest_algorithm"].dump(), signer_info["signature_algorithm"].dump(), tuple(types),
                  tuple(fixed))


def remember(signing_cert_der: bytes, trusted: list[x509.Certificate], path_certs: list[asn1_x509.Certificate],
             signer_info: cms.SignerInfo) -> None:
    """Note that pyHanko validated this signing certificate, and a signature of this shape
    (``signer_info``), against this trust set."""
    shape = _shape_of(signer_info)
    if not path_certs or shape is None:
        return
    vouched = _Vouched(
        tuple(path_certs),
        max(c.not_valid_before for c in path_certs),
        min(c.not_valid_after for c in path_certs),
        shape,
    )
    with _lock:
        if len(_vouched) >= _MAX_REMEMBERED:
            _vouched.clear()
        _vouched[(_cert_key(signing_cert_der), _trust_key(trusted))] = vouched


def forget() -> None:
    """Drop every remembered certificate (tests; a changed policy)."""
    with _lock:
        _vouched.clear()


def recheck(data: bytes, trusted: list[x509.Certificate]) -> tuple[x509.Certificate, str] | None:
    """(signing certificate, signed-at ISO time) when ``data`` is a single-signature report, intact,
    signed by a certificate already validated against ``trusted``; None means "verify fully"."""
    if not _vouched or data.count(b"/ByteRange") != 1:
        return None
    match = _BYTE_RANGE.search(data)
    if match is None:
        return None
    byte_range = [int(x) for x in match.groups()]
    start, hole_start, hole_end, tail = byte_range
    if start != 0 or not 0 < hole_start < hole_end or hole_end + tail != len(data):
        return None
    hole = data[hole_start:hole_end]
    if hole[:1] != b"<" or hole[-1:] != b">":
        return None
    try:
        contents = binascii.unhexlify(hole[1:-1])
    except (binascii.Error, ValueError):
        return None
    if not hole_is_exact(data, byte_range, contents):
        return None
    try:
        checked = _check_cms(data, byte_range, contents, trusted)
        if checked is None:
            return None
        cert, when = checked
        when = when or _pdf_signing_time(data, min(match.start(), hole_start), max(match.end(), hole_end))
    except Exception:  # noqa: BLE001 - asn1crypto parses lazily: a damaged field raises on access
        return None
    return (cert, when) if when is not None else None


def _check_cms(data: bytes, byte_range: list[int], contents: bytes,
               trusted: list[x509.Certificate]) -> tuple[x509.Certificate, str] | None:
    from pyhanko.sign.validation.generic_cms import extract_self_reported_ts

    _, _, _, header, body, _ = asn1_parser.parse(contents)
    info = cms.ContentInfo.load(contents[: len(header) + len(body)])
    if info["content_type"].native != "signed_data":
        return None
    signed_data = info["content"]
    infos = signed_data["signer_infos"]
    if len(infos) != 1:
        return None
    signer_info = infos[0]
    cert = _signer_cert(signed_data, signer_info)
    if cert is None:
        return None
    vouched = _vouched.get((_cert_key(cert.dump()), _trust_key(trusted)))
    if vouched is None or not vouched.not_before <= datetime.now(UTC) <= vouched.not_after:
        return None
    if cms_problem(_Signature(signed_data, signer_info, cert), list(vouched.path_certs)) is not None:
        return None
    if _shape_of(signer_info) != vouched.shape:
        return None
    algorithm = signer_info["digest_algorithm"]["algorithm"].native
    if algorithm not in _DIGESTS:
        return None
    digest = hashlib.new(algorithm)
    digest.update(memoryview(data)[: byte_range[1]])
    digest.update(memoryview(data)[byte_range[2] :])
    if not _signature_holds(signer_info, cert, algorithm, digest.digest()):
        return None
    when = extract_self_reported_ts(signer_info)
    return x509.load_der_x509_certificate(cert.dump()), when.isoformat() if when else ""


def _signature_holds(signer_info: cms.SignerInfo, cert: asn1_x509.Certificate, algorithm: str, digest: bytes) -> bool:
    """The signed attributes carry ``digest`` and the signer's signature over them verifies with
    ``cert`` (pyHanko's own verifier). The other attributes were compared with a validated
    signature's by _shape_of, which spares the name matching of pyHanko's integrity check."""
    from cryptography.exceptions import InvalidSignature
    from pyhanko_certvalidator.sig_validate import DefaultSignatureValidator, SignatureValidationContext

    attributes = signer_info["signed_attrs"]
    carried = next(a["values"][0].native for a in attributes if a["type"].native == "message_digest")
    if carried != digest:
        return False
    try:
        DefaultSignatureValidator().validate_signature(
            signer_info["signature"].native, attributes.untag().dump(), cert.public_key,
            signer_info["signature_algorithm"], context=SignatureValidationContext(contextual_md_algorithm=algorithm))
    except InvalidSignature:
        return False
    return True


def _pdf_signing_time(data: bytes, first: int, last: int) -> str | None:
    """The /M entry of the signature dictionary, where PAdES puts the signing time (pyHanko reads
    it from there when the CMS has none): "" when absent, None when it cannot be read here."""
    from pyhanko.pdf_utils import generic

    start = data.rfind(b" obj", 0, first)  # the object holding /ByteRange and /Contents
    end = data.find(b"endobj", last)
    if start < 0 or end < 0:
        return None
    found = list(_SIGNING_TIME.finditer(data, start, end))
    if not found:
        return ""
    if len(found) > 1:
        return None
    text = generic.read_string_from_stream(io.BytesIO(data[found[0].end() : end]))
    return generic.parse_pdf_date(str(text), strict=False).isoformat()


def _signer_cert(signed_data: cms.SignedData, signer_info: cms.SignerInfo) -> asn1_x509.Certificate | None:
    """The embedded certificate the signer identifier names (issuer and serial number)."""
    sid = signer_info["sid"]
    if sid.name != "issuer_and_serial_number":
        return None
    issuer, serial = sid.chosen["issuer"].dump(), sid.chosen["serial_number"].native
    for choice in signed_data["certificates"]:
        if choice.name == "certificate":
            cert = choice.chosen
            if cert.serial_number == serial and cert.issuer.dump() == issuer:
                return cert
    return None
