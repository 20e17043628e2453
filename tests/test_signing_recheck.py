"""The cheap re-check of reports whose certificate pyHanko already validated (signing_recheck).

It may only ever accept what the full verification accepts: every test here either shows it
agreeing with pyHanko or shows it stepping aside (None) so that pyHanko decides.
"""

from __future__ import annotations

import io
import random
import shutil
import types

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from inspector import signing
from inspector.signing import recheck as signing_recheck
from tests.test_signing import PASS, make_pdf, write


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> types.SimpleNamespace:
    """Two different reports signed by one identity, and a trust folder holding its certificate."""
    root = tmp_path_factory.mktemp("recheck")
    keys = root / "keys"
    ident = signing.create_identity(keys, "李四", "Example Bank Branch 7", PASS)
    paths = []
    for index, pages in enumerate((2, 3)):
        path = root / f"report{index}.pdf"
        signing.sign_pdf(make_pdf(pages), path, keys, ident.fingerprint, PASS, reason="Sign-off", location="Branch 7")
        paths.append(path)
    trust = root / "trust"
    trust.mkdir()
    shutil.copy(keys / f"{ident.fingerprint}.pem", trust)
    return types.SimpleNamespace(root=root, keys=keys, ident=ident, first=paths[0], second=paths[1], trust=trust,
                                 trusted=signing.load_trust_certs(trust))


@pytest.fixture
def warm(reports):
    """The first report verified in full, so its certificate is remembered for this trust set."""
    signing_recheck.forget()
    assert signing.verify_pdf(reports.first, reports.trust).status == "valid"
    yield reports
    signing_recheck.forget()


def test_nothing_is_rechecked_before_a_full_verification(reports):
    signing_recheck.forget()
    assert signing_recheck.recheck(reports.second.read_bytes(), reports.trusted) is None


def test_a_second_report_of_a_validated_signer_is_rechecked_with_the_same_verdict(warm):
    data = warm.second.read_bytes()
    known = signing_recheck.recheck(data, warm.trusted)
    assert known is not None  # the cheap path is taken...
    cheap = signing.verify_pdf(warm.second, warm.trust)
    signing_recheck.forget()
    full = signing.verify_pdf(warm.second, warm.trust)  # ...and says exactly what pyHanko says
    assert cheap == full
    assert full.status == "valid" and full.signer == "李四, Example Bank Branch 7"
    assert known[0].fingerprint(known[0].signature_hash_algorithm) and full.fingerprint == warm.ident.fingerprint


def test_another_trust_folder_is_not_covered(warm, tmp_path):
    data = warm.second.read_bytes()
    assert signing_recheck.recheck(data, []) is None
    assert signing.verify_pdf(warm.second, tmp_path).status == "unknown_signer"
    other = signing.create_identity(tmp_path / "keys", "王五", "Other", PASS)
    assert signing_recheck.recheck(data, [*warm.trusted, other.certificate]) is None


def test_a_report_signed_twice_goes_through_the_full_verification(warm, tmp_path):
    signer = signing.load_signer(warm.keys, warm.ident.fingerprint, PASS)
    out = io.BytesIO()
    meta = signers.PdfSignatureMetadata(field_name="Second", subfilter=fields.SigSeedSubFilter.PADES)
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(warm.second.read_bytes())), meta, signer=signer, output=out)
    twice = out.getvalue()
    assert signing_recheck.recheck(twice, warm.trusted) is None
    path = write(tmp_path / "twice.pdf", twice)
    warm_verdict = signing.verify_pdf(path, warm.trust)
    signing_recheck.forget()
    # Inspector writes one signature; a later one counts as a change after signing, either way.
    assert warm_verdict == signing.verify_pdf(path, warm.trust) and warm_verdict.status == "altered"


def test_no_changed_byte_is_ever_accepted_by_the_recheck(warm, tmp_path):
    """Flips everywhere, weighted to the places only the strict checks guard: the hole's DER and
    padding, and the byte range itself. The full verification must refuse a sample of them too."""
    data = warm.second.read_bytes()
    rng = random.Random(20261124)
    hole_start = data.index(b"/Contents <") + len(b"/Contents ")
    hole_end = data.index(b">", hole_start) + 1
    der_end = hole_start + 1 + len(data[hole_start + 1 : hole_end - 1].rstrip(b"0"))
    byte_range = data.index(b"/ByteRange")
    positions = (
        rng.sample(range(len(data)), 300)
        + rng.sample(range(hole_start, der_end + 2), 300)  # the signature itself and its first padding
        + rng.sample(range(der_end, hole_end), 50)  # the zero padding
        + list(range(byte_range, data.index(b"]", byte_range) + 1))  # "/ByteRange [0 a b c]"
    )
    accepted = []
    for index, pos in enumerate(positions):
        flipped = bytearray(data)
        flipped[pos] ^= rng.randrange(1, 256)
        if signing_recheck.recheck(bytes(flipped), warm.trusted) is not None:
            accepted.append(pos)
        if index % 25 == 0:
            assert signing.verify_pdf(write(tmp_path / "f.pdf", bytes(flipped)), warm.trust).status != "valid"
    assert accepted == []
    assert signing_recheck.recheck(data, warm.trusted) is not None  # the unchanged file still passes


def test_a_signature_of_another_shape_is_verified_in_full(warm, tmp_path):
    """Same certificate, but SHA-512 instead of SHA-256: not the shape pyHanko validated."""
    signer = signing.load_signer(warm.keys, warm.ident.fingerprint, PASS)
    out = io.BytesIO()
    meta = signers.PdfSignatureMetadata(field_name="Sig", subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha512")
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(make_pdf(1))), meta, signer=signer, output=out)
    other = out.getvalue()
    assert signing_recheck.recheck(other, warm.trusted) is None
    assert signing.verify_pdf(write(tmp_path / "sha512.pdf", other), warm.trust).status == "valid"
    assert signing_recheck.recheck(other, warm.trusted) is not None  # now that shape is the validated one
