"""Keys, PAdES signing and verification of reports (inspector.signing)."""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import shutil
import subprocess
import types
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from inspector import signing
from inspector.cli import verify as verify_cli
from inspector.signing.pades import SigningError

PASS = "correct horse"


def make_pdf(pages: int = 2) -> bytes:
    """A small real PDF; uncompressed so a test can find and change its text."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=0)
    for n in range(pages):
        c.drawString(72, 760, f"Inspection report page {n + 1}: counter service OK")
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture(scope="module")
def signed(tmp_path_factory) -> types.SimpleNamespace:
    """One self-signed identity, a signed report and a trust folder holding its PEM."""
    root = tmp_path_factory.mktemp("signing")
    keys = root / "keys"
    ident = signing.create_identity(keys, "张三", "Example Bank Head Office", PASS)
    pdf = root / "report.pdf"
    signing.sign_pdf(
        make_pdf(),
        pdf,
        keys,
        ident.fingerprint,
        PASS,
        reason="Inspection sign-off",
        location="Branch 12",
    )
    trust = root / "trust"
    trust.mkdir()
    shutil.copy(keys / f"{ident.fingerprint}.pem", trust)
    return types.SimpleNamespace(root=root, keys=keys, ident=ident, pdf=pdf, data=pdf.read_bytes(), trust=trust)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_create_identity_stores_p12_and_pem(signed):
    ident = signed.ident
    assert ident.name == "张三" and ident.organisation == "Example Bank Head Office"
    assert len(ident.fingerprint) == 64
    assert ident.keys_path == signed.keys / f"{ident.fingerprint}.p12"
    pem = x509.load_pem_x509_certificate((signed.keys / f"{ident.fingerprint}.pem").read_bytes())
    assert pem == ident.certificate
    assert ident.certificate.fingerprint(hashes.SHA256()).hex() == ident.fingerprint
    assert isinstance(ident.certificate.public_key(), ec.EllipticCurvePublicKey)
    assert ident.certificate.public_key().curve.name == "secp256r1"
    ku = ident.certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert ku.digital_signature and ku.content_commitment and not ku.key_cert_sign
    life = ident.certificate.not_valid_after_utc - ident.certificate.not_valid_before_utc
    assert life == dt.timedelta(days=3650)
    # The .p12 opens with the passphrase and not without it; no temp files are left behind.
    key, cert, _ = pkcs12.load_key_and_certificates(ident.keys_path.read_bytes(), PASS.encode())
    assert cert == ident.certificate and key is not None
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(ident.keys_path.read_bytes(), None)
    assert sorted(p.suffix for p in signed.keys.iterdir()) == [".p12", ".pem"]
    assert [i.fingerprint for i in signing.list_identities(signed.keys)] == [ident.fingerprint]


def test_signed_report_verifies_with_trusted_cert(signed):
    result = signing.verify_pdf(signed.pdf, signed.trust)
    assert result.status == "valid", result.message
    assert result.exit_code == 0
    assert result.signer == "张三, Example Bank Head Office"
    assert result.fingerprint == signed.ident.fingerprint
    signed_at = dt.datetime.fromisoformat(result.signed_at)
    assert abs(dt.datetime.now(dt.UTC) - signed_at) < dt.timedelta(minutes=10)


def test_pyhanko_sees_pades_whole_file(signed):
    from pyhanko.pdf_utils.reader import PdfFileReader

    sig = PdfFileReader(io.BytesIO(signed.data)).embedded_signatures[0]
    assert sig.field_name == "InspectorSignature"
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert sig.sig_object["/Reason"] == "Inspection sign-off"
    start, _first, second, length = (int(x) for x in sig.byte_range)
    assert start == 0 and second + length == len(signed.data)


@pytest.mark.parametrize("trust", ["empty", None])
def test_unknown_signer(signed, tmp_path, trust):
    trust_dir = tmp_path if trust == "empty" else None
    result = signing.verify_pdf(signed.pdf, trust_dir)
    assert result.status == "unknown_signer", result.message
    assert result.exit_code == 2
    assert result.signer.startswith("张三")


def test_other_cert_in_trust_folder_is_unknown_signer(signed, tmp_path):
    other = signing.create_identity(tmp_path / "k", "Li Si", "Other", "pw")
    shutil.copy(tmp_path / "k" / f"{other.fingerprint}.pem", tmp_path)
    assert signing.verify_pdf(signed.pdf, tmp_path).status == "unknown_signer"


def test_changed_byte_in_signed_text_is_altered(signed, tmp_path):
    data = bytearray(signed.data)
    pos = data.index(b"counter service OK")
    assert pos < signed.data.index(b"/ByteRange")  # inside the signed range
    data[pos] = ord("C")
    result = signing.verify_pdf(write(tmp_path / "x.pdf", bytes(data)), signed.trust)
    assert result.status == "altered", result.message
    assert result.exit_code == 1


def test_appended_bytes_are_altered(signed, tmp_path):
    result = signing.verify_pdf(write(tmp_path / "x.pdf", signed.data + b"\n% extra\n"), signed.trust)
    assert result.status == "altered", result.message
    assert "bytes were added" in result.message


def test_unsigned_incremental_update_is_altered(signed, tmp_path):
    from pyhanko.pdf_utils.generic import pdf_string
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(signed.data))
    w.trailer["/Info"].get_object()["/Title"] = pdf_string("Edited later")
    w.update_container(w.trailer["/Info"])
    out = io.BytesIO()
    w.write(out)
    result = signing.verify_pdf(write(tmp_path / "x.pdf", out.getvalue()), signed.trust)
    assert result.status == "altered", result.message


def test_unsigned_and_unreadable(tmp_path):
    unsigned = signing.verify_pdf(write(tmp_path / "plain.pdf", make_pdf()), tmp_path)
    assert (unsigned.status, unsigned.exit_code) == ("unsigned", 1)
    garbage = signing.verify_pdf(write(tmp_path / "junk.pdf", b"not a pdf at all\x00\xff" * 50))
    assert (garbage.status, garbage.exit_code) == ("unreadable", 1)
    missing = signing.verify_pdf(tmp_path / "nope.pdf")
    assert missing.status == "unreadable" and "nope.pdf" in missing.message


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils (pdfsig) not installed")
def test_poppler_pdfsig_says_valid(signed):
    out = subprocess.run(["pdfsig", str(signed.pdf)], capture_output=True, text=True, timeout=60, check=False).stdout
    assert "Signature is Valid" in out
    assert "ETSI.CAdES.detached" in out
    assert "Total document signed" in out


def test_wrong_passphrase(signed, tmp_path):
    with pytest.raises(SigningError) as err:
        signing.sign_pdf(
            make_pdf(),
            tmp_path / "o.pdf",
            signed.keys,
            signed.ident.fingerprint,
            "wrong",
            reason="r",
            location="l",
        )
    assert err.value.code == "bad_passphrase"
    assert not (tmp_path / "o.pdf").exists()
    with pytest.raises(SigningError) as err:
        signing.import_pkcs12(signed.ident.keys_path, "wrong", tmp_path / "keys")
    assert err.value.code == "bad_passphrase"
    with pytest.raises(SigningError) as err:
        signing.load_signer(signed.keys, "0" * 64, PASS)
    assert err.value.code == "unknown_identity"


def test_import_rejects_non_pkcs12(tmp_path):
    with pytest.raises(SigningError) as err:
        signing.import_pkcs12(write(tmp_path / "x.p12", make_pdf()), "pw", tmp_path / "keys")
    assert err.value.code == "not_pkcs12"
    assert "x.p12" in str(err.value)


def _head_office_p12(tmp_path: Path, passphrase: str) -> tuple[Path, x509.Certificate]:
    """Simulate head office's CA: a CA certificate signs the inspector's certificate."""
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Head Office Inspection CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    user = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, "王五"),
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example Bank"),
                ]
            )
        )
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=730))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        b"wangwu", key, user, [ca], serialization.BestAvailableEncryption(passphrase.encode())
    )
    return write(tmp_path / "wangwu.p12", data), ca


def test_import_head_office_pkcs12_and_trust_its_ca(tmp_path):
    p12, ca = _head_office_p12(tmp_path, "issued-pass")
    keys = tmp_path / "keys"
    ident = signing.import_pkcs12(p12, "issued-pass", keys)
    assert (ident.name, ident.organisation) == ("王五", "Example Bank")
    assert [i.fingerprint for i in signing.list_identities(keys)] == [ident.fingerprint]
    pdf = tmp_path / "r.pdf"
    signing.sign_pdf(make_pdf(1), pdf, keys, ident.fingerprint, "issued-pass", reason="r", location="l")

    trust = tmp_path / "trust"
    trust.mkdir()
    assert signing.verify_pdf(pdf, trust).status == "unknown_signer"
    write(trust / "ca.crt", ca.public_bytes(serialization.Encoding.DER))  # DER works too
    result = signing.verify_pdf(pdf, trust)
    assert result.status == "valid", result.message
    assert result.signer == "王五, Example Bank"


def test_fifty_random_byte_flips_are_all_detected(signed, tmp_path):
    rng = random.Random(20240607)
    data = signed.data
    start = data.index(b"/Contents <") + len(b"/Contents ")
    hole = (start, data.index(b">", start) + 1)
    # 45 positions anywhere plus 5 inside the signature hole (mostly its zero padding),
    # which is the one region the signature's hash does not cover.
    positions = rng.sample(range(len(data)), 45) + rng.sample(range(hole[1] - 400, hole[1]), 5)
    missed = []
    for pos in positions:
        flipped = bytearray(data)
        flipped[pos] ^= rng.randrange(1, 256)
        result = signing.verify_pdf(write(tmp_path / "f.pdf", bytes(flipped)), signed.trust)
        if result.status == "valid":
            missed.append(pos)
    assert missed == []


def test_cli_verify_prints_and_returns_exit_code(signed, tmp_path):
    parser = argparse.ArgumentParser()
    verify_cli.register(parser.add_subparsers(dest="command"))

    def run(*argv: str) -> tuple[int, str]:
        args = parser.parse_args(list(argv))
        ctx = types.SimpleNamespace(data_dir=tmp_path / "data", out=io.StringIO())
        return verify_cli.run(args, ctx), ctx.out.getvalue()

    code, out = run("verify", str(signed.pdf), "--trust", str(signed.trust))
    assert code == 0
    assert "status:  valid" in out and "张三, Example Bank Head Office" in out
    code, out = run("verify", str(signed.pdf))  # no trust folder in the data dir
    assert code == 2 and "unknown_signer" in out
    (tmp_path / "data" / "trust").mkdir(parents=True)
    shutil.copy(signed.trust / f"{signed.ident.fingerprint}.pem", tmp_path / "data" / "trust")
    assert run("verify", str(signed.pdf))[0] == 0  # default trust folder: DATA_DIR/trust
    code, out = run("verify", str(write(tmp_path / "bad.pdf", signed.data + b"x")), "--trust", str(signed.trust))
    assert code == 1 and "altered" in out


def test_cli_through_main_with_data_dir(signed, tmp_path):
    from inspector.cli import main

    out, err = io.StringIO(), io.StringIO()
    argv = ["--data-dir", str(tmp_path), "verify", str(signed.pdf), "--trust", str(signed.trust)]
    assert main(argv, out, err) == 0, err.getvalue()
    assert "status:  valid" in out.getvalue()
    assert main(["--data-dir", str(tmp_path), "verify", str(signed.pdf)], out, err) == 2
    missing = [
        "--data-dir",
        str(tmp_path),
        "verify",
        str(signed.pdf),
        "--trust",
        str(tmp_path / "no"),
    ]
    assert main(missing, out, err) == 1
    assert "trust folder" in err.getvalue()


def _edit_hole(data: bytes, old: bytes, new: bytes) -> bytes:
    """Replace one hex run inside the signature's /Contents (outside the signed bytes)."""
    start = data.index(b"/Contents <") + len(b"/Contents <")
    end = data.index(b">", start)
    hole = data[start:end]
    at = hole.index(old)
    return data[:start] + hole[:at] + new + hole[at + len(old) :] + data[end:]


def test_edits_to_cms_fields_the_signature_does_not_cover(signed, tmp_path):
    """Fields the signer's signature does not cover and pyHanko alone accepted when edited
    (found by trying every hex digit at every position of the DER)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = signed.data
    hole_hex = data[data.index(b"/Contents <") + 11 :]
    der_len = int(hole_hex[4:8], 16) + 4  # 30 82 LL LL: outer SEQUENCE, 2-byte length
    org = b"Example Bank Head Office".hex().upper().encode()
    sig = PdfFileReader(io.BytesIO(data)).embedded_signatures[0]
    sid = sig.signer_info["sid"].dump().hex().upper().encode()
    assert org in sid
    edits = {
        # outer length stretched into the zero padding
        "length": _edit_hole(data, hole_hex[:8], b"3082%04X" % (der_len - 4 + 16)),
        # digestAlgorithms: SHA-256 -> SHA-384 (the signer info still says SHA-256)
        "digest list": _edit_hole(data, b"608648016503040201", b"608648016503040202"),
        # signer identifier's issuer name: case-insensitively equal, different bytes
        "sid case": _edit_hole(data, sid, sid.replace(org, b"65" + org[2:])),
    }
    statuses = {}
    for what, edited in edits.items():
        assert edited != data and len(edited) == len(data), what
        result = signing.verify_pdf(write(tmp_path / "e.pdf", edited), signed.trust)
        statuses[what] = result.status
    assert statuses == dict.fromkeys(edits, "altered")
