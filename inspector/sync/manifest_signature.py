"""The signature over a bundle's manifest.json (``manifest.sig``), and who signs a bundle.

    signer = BundleSigner(make_pdf, key_manifest_signer(key, cert))
    sig_bytes = signer.sign_manifest(manifest_bytes)
    cert, problem = check_manifest_signature(manifest_bytes, sig_bytes)

manifest.json lists the SHA-256 and size of every other member, so one signature over its
exact bytes covers every byte of every member: inspection.json whole, the photos and the
report. ``manifest.sig`` is small UTF-8 JSON::

    {"signature_format": 1, "algorithm": "ecdsa-sha256" | "rsa-pkcs1v15-sha256",
     "certificate": "<PEM of the signer>", "signature": "<base64 of the raw signature>"}

Head office accepts it only when it verifies and the certificate is byte-identical to the
one that signed report.pdf (which verify_pdf has checked against the trust folder).
No Qt, no SQL.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from inspector.model import InspectionSnapshot

MANIFEST_SIG_MEMBER = "manifest.sig"
SIGNATURE_FORMAT = 1
MAX_SIG_BYTES = 64 * 1024  # a certificate and a signature: a few KB
_FIELDS = {"signature_format", "algorithm", "certificate", "signature"}
_ECDSA, _RSA = "ecdsa-sha256", "rsa-pkcs1v15-sha256"

SignManifest = Callable[[bytes], bytes]


@dataclass(frozen=True)
class BundleSigner:
    """What writing a bundle needs from one signing identity: the signed report and manifest.sig."""

    make_pdf: Callable[[InspectionSnapshot], bytes]
    sign_manifest: SignManifest
    fingerprint: str = ""  # of the signing certificate, for messages


def _algorithm(public_key: Any) -> str | None:
    if isinstance(public_key, ec.EllipticCurvePublicKey):
        return _ECDSA
    if isinstance(public_key, rsa.RSAPublicKey):
        return _RSA
    return None


def manifest_signature(manifest: bytes, key: Any, cert: x509.Certificate) -> bytes:
    """The manifest.sig bytes for ``manifest`` (exact bytes), signed with ``key`` of ``cert``."""
    algorithm = _algorithm(cert.public_key())
    if isinstance(key, ec.EllipticCurvePrivateKey) and algorithm == _ECDSA:
        raw = key.sign(manifest, ec.ECDSA(hashes.SHA256()))
    elif isinstance(key, rsa.RSAPrivateKey) and algorithm == _RSA:
        raw = key.sign(manifest, padding.PKCS1v15(), hashes.SHA256())
    else:
        raise ValueError(f"cannot sign a bundle manifest with a {type(key).__name__} key; only EC and RSA keys are supported")
    doc = {
        "signature_format": SIGNATURE_FORMAT,
        "algorithm": algorithm,
        "certificate": cert.public_bytes(serialization.Encoding.PEM).decode("ascii"),
        "signature": base64.b64encode(raw).decode("ascii"),
    }
    return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")


def key_manifest_signer(key: Any, cert: x509.Certificate) -> SignManifest:
    """A ``sign_manifest`` for an already loaded key (tests, benchmarks)."""
    return lambda manifest: manifest_signature(manifest, key, cert)


def check_manifest_signature(manifest: bytes, sig: bytes) -> tuple[x509.Certificate | None, str]:
    """(signer certificate, "") when ``sig`` is a valid manifest.sig over exactly ``manifest``,
    else (None, why not). Never raises; trust is the caller's job (same cert as the report)."""
    try:
        doc = json.loads(sig.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None, "manifest.sig is not valid JSON"
    if not isinstance(doc, dict) or set(doc) != _FIELDS:
        return None, f"manifest.sig must hold exactly the fields {', '.join(sorted(_FIELDS))}"
    if doc["signature_format"] != SIGNATURE_FORMAT or isinstance(doc["signature_format"], bool):
        return None, f"manifest.sig has signature_format {doc['signature_format']!r}; this Inspector reads {SIGNATURE_FORMAT}"
    if not isinstance(doc["certificate"], str) or not isinstance(doc["signature"], str):
        return None, "manifest.sig: certificate and signature must be text"
    try:
        certs = x509.load_pem_x509_certificates(doc["certificate"].encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return None, "manifest.sig: the certificate is not a PEM certificate"
    if len(certs) != 1:
        return None, "manifest.sig must carry exactly one certificate"
    cert = certs[0]
    try:
        public_key = cert.public_key()
    except (ValueError, UnsupportedAlgorithm):
        return None, "manifest.sig: the certificate's key cannot be read"
    algorithm = _algorithm(public_key)
    if algorithm is None or doc["algorithm"] != algorithm:
        return None, f"manifest.sig: algorithm {str(doc['algorithm'])[:40]!r} does not fit the certificate's key"
    try:
        raw = base64.b64decode(doc["signature"], validate=True)
    except (binascii.Error, ValueError):
        return None, "manifest.sig: the signature is not base64"
    try:
        if algorithm == _ECDSA:
            public_key.verify(raw, manifest, ec.ECDSA(hashes.SHA256()))
        else:
            public_key.verify(raw, manifest, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return None, ("the manifest signature does not match manifest.json; the bundle was altered after it "
                      "was written (or put together by hand)")
    return cert, ""
