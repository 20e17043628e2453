"""Inspector keys and certificates: create, import, list and load signing identities.

Each identity lives in ``keys_dir`` as two files named by the SHA-256 fingerprint
of its certificate: ``<fp>.p12`` (key + certificate + chain, passphrase
protected) and ``<fp>.pem`` (the certificate alone, for head office's trust
folder).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from inspector.atomic import write_atomic

if TYPE_CHECKING:
    from pyhanko.sign.signers import SimpleSigner

VALIDITY_DAYS = 3650


class SigningError(Exception):
    """A signing or key problem; ``code`` is a stable machine-readable tag."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Identity:
    """A signing identity: who it names and where its key files are."""

    name: str
    organisation: str
    certificate: x509.Certificate
    fingerprint: str
    keys_path: Path


def fingerprint_of(cert: x509.Certificate) -> str:
    """SHA-256 of the certificate's DER encoding, lower-case hex."""
    return cert.fingerprint(hashes.SHA256()).hex()


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    attrs = name.get_attributes_for_oid(oid)
    return str(attrs[0].value) if attrs else ""


def describe_subject(cert: x509.Certificate) -> tuple[str, str]:
    """(common name, organisation) of a certificate's subject; '' where absent."""
    return (
        _name_attr(cert.subject, NameOID.COMMON_NAME),
        _name_attr(cert.subject, NameOID.ORGANIZATION_NAME),
    )


def _identity(cert: x509.Certificate, keys_dir: Path) -> Identity:
    fp = fingerprint_of(cert)
    name, org = describe_subject(cert)
    return Identity(name, org, cert, fp, keys_dir / f"{fp}.p12")


def _store(
    keys_dir: Path,
    key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
    cert: x509.Certificate,
    chain: list[x509.Certificate],
    passphrase: str,
) -> Identity:
    if not passphrase:
        raise SigningError(
            "empty_passphrase",
            "A passphrase is required to protect the signing key; choose one and try again.",
        )
    ident = _identity(cert, keys_dir)
    p12 = pkcs12.serialize_key_and_certificates(
        name=ident.name.encode("utf-8") or None,
        key=key,
        cert=cert,
        cas=chain or None,
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    # Write the key before the PEM: list_identities() only lists pairs, so a crash
    # between the two writes leaves nothing half-visible.
    write_atomic(ident.keys_path, p12)
    write_atomic(keys_dir / f"{ident.fingerprint}.pem", cert.public_bytes(serialization.Encoding.PEM))
    return ident


def create_identity(keys_dir: Path, name: str, organisation: str, passphrase: str) -> Identity:
    """Make an EC P-256 key and a 10-year self-signed certificate and store both."""
    if not name.strip():
        raise SigningError("empty_name", "The signer's name is empty; enter a name to create a key.")
    key = ec.generate_private_key(ec.SECP256R1())
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name.strip())]
    if organisation.strip():
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()))
    subject = x509.Name(attrs)
    now = dt.datetime.now(dt.UTC)
    # Backdate a little so a verifier whose clock is slightly behind still accepts it.
    not_before = now - dt.timedelta(minutes=5)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_before + dt.timedelta(days=VALIDITY_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # = nonRepudiation
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return _store(keys_dir, key, cert, [], passphrase)


def _read_pkcs12(data: bytes, passphrase: str, source: Path) -> pkcs12.PKCS12KeyAndCertificates:
    """Parse PKCS#12 bytes, telling 'not a PKCS#12' apart from 'wrong passphrase'."""
    try:
        return pkcs12.load_pkcs12(data, passphrase.encode("utf-8") if passphrase else None)
    except ValueError:
        pass
    # cryptography gives one error for both cases; the ASN.1 outer structure decides.
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        # .native forces asn1crypto's lazy parser through the outer structure.
        _ = (pfx["auth_safe"]["content_type"].native, pfx["mac_data"].native)
    except Exception:  # noqa: BLE001 - asn1crypto raises assorted types on non-PKCS#12 bytes
        raise SigningError(
            "not_pkcs12",
            f"{source} is not a PKCS#12 (.p12/.pfx) file; ask head office for the key file they issued.",
        ) from None
    raise SigningError(
        "bad_passphrase",
        f"The passphrase for {source} is wrong; check it with head office and try again.",
    )


def import_pkcs12(p12_path: Path, passphrase: str, keys_dir: Path) -> Identity:
    """Import a PKCS#12 issued by head office; it is re-stored under the same passphrase."""
    p12_path = Path(p12_path)
    try:
        data = p12_path.read_bytes()
    except OSError as exc:
        raise SigningError("unreadable", f"Could not read {p12_path}: {exc.strerror or exc}.") from exc
    bundle = _read_pkcs12(data, passphrase, p12_path)
    if bundle.key is None or bundle.cert is None:
        raise SigningError(
            "no_key",
            f"{p12_path} holds no private key with its certificate; ask head office for a signing key file.",
        )
    key = bundle.key
    if not isinstance(key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey)):
        raise SigningError(
            "unsupported_key",
            f"{p12_path} holds a {type(key).__name__} key; only RSA and EC keys are supported.",
        )
    cert = bundle.cert.certificate
    if key.public_key().public_numbers() != cert.public_key().public_numbers():
        raise SigningError("key_mismatch", f"In {p12_path} the private key does not match the certificate.")
    chain = [c.certificate for c in bundle.additional_certs]
    return _store(keys_dir, key, cert, chain, passphrase)


def list_identities(keys_dir: Path) -> list[Identity]:
    """Every stored identity (a .p12 with its .pem), sorted by name."""
    keys_dir = Path(keys_dir)
    if not keys_dir.is_dir():
        return []
    found = []
    for pem in keys_dir.glob("*.pem"):
        if not (keys_dir / f"{pem.stem}.p12").is_file():
            continue
        try:
            cert = x509.load_pem_x509_certificate(pem.read_bytes())
        except ValueError:
            continue  # a stray or damaged PEM is not an identity
        if fingerprint_of(cert) == pem.stem:
            found.append(_identity(cert, keys_dir))
    return sorted(found, key=lambda i: (i.name, i.fingerprint))


def load_key_material(
    keys_dir: Path, fingerprint: str, passphrase: str
) -> tuple[PrivateKeyTypes, x509.Certificate, list[x509.Certificate]]:
    """(private key, certificate, chain) of one identity; SigningError if missing or locked."""
    path = Path(keys_dir) / f"{fingerprint}.p12"
    if not path.is_file():
        raise SigningError(
            "unknown_identity",
            f"No signing key {fingerprint[:16]}… in {keys_dir}; create or import a key first.",
        )
    bundle = _read_pkcs12(path.read_bytes(), passphrase, path)
    if bundle.key is None or bundle.cert is None:
        raise SigningError("no_key", f"{path} holds no private key; import the key file again.")
    return bundle.key, bundle.cert.certificate, [c.certificate for c in bundle.additional_certs]


def load_signer(keys_dir: Path, fingerprint: str, passphrase: str) -> SimpleSigner:
    """A pyHanko SimpleSigner for the identity (certificate chain included)."""
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key, cert, chain = load_key_material(keys_dir, fingerprint, passphrase)
    store = SimpleCertificateStore()
    store.register_multiple([translate_pyca_cryptography_cert_to_asn1(c) for c in chain])
    return signers.SimpleSigner(
        signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        cert_registry=store,
    )
