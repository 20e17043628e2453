"""Strict checks of a PAdES signature beyond pyHanko's: the unsigned hole and the CMS shape.

    hole_is_exact(data, byte_range, contents)   # the /Contents gap holds only the signature
    cms_problem(sig, path_certs)                # None, or why the CMS carries unsigned extras

With pyHanko alone, 94 of 2,477 one-byte flips inside the hole went unnoticed (mostly in the
padding, also the digestAlgorithms list, the outer DER length and the signer id). Used by
signing/pades.py (full verification) and signing/recheck.py (the cheap re-check of a known signer).
"""

from __future__ import annotations

import binascii
from functools import lru_cache
from typing import Any

from asn1crypto import parser as asn1_parser


@lru_cache(maxsize=512)
def der_is_strict(data: bytes) -> bool:
    """Every constructed element is exactly filled by its children (definite lengths, no
    end-of-contents markers), so no length can be stretched into the zero padding.

    Cached: a pure function of the bytes, and the certificates inside a signer's signatures
    are the same bytes every time."""
    pos = 0
    while pos < len(data):
        cls, method, tag, header, body, trailer = asn1_parser.parse(data[pos:])
        if trailer or (cls == 0 and tag == 0):
            return False
        if method == 1 and not der_is_strict(body):
            return False
        pos += len(header) + len(body)
    return True


def hole_is_exact(data: bytes, byte_range: list[int], contents: bytes) -> bool:
    """The unsigned gap must be exactly ``<HEX>`` as pyHanko writes it: upper-case hex of
    strict DER followed by zero padding, so no byte outside the signed range can change
    unnoticed (pyHanko's lenient parser ignores bytes after the signature)."""
    hole = data[byte_range[1] : byte_range[2]]
    if hole != b"<" + binascii.hexlify(contents).upper() + b">":
        return False
    try:
        _, _, _, header, body, trailer = asn1_parser.parse(contents)
        der_len = len(header) + len(body) + len(trailer)
        if not der_is_strict(contents[:der_len]):
            return False
    except ValueError:
        return False
    return contents[der_len:].strip(b"\x00") == b""


def cms_problem(sig: Any, path_certs: list | None) -> str | None:
    try:
        return _cms_shape_problem(sig, path_certs)
    except Exception as exc:  # noqa: BLE001 - asn1crypto parses lazily; damaged fields raise on access
        return f"the signature data is damaged ({exc.__class__.__name__})"


def _cms_shape_problem(sig: Any, path_certs: list | None) -> str | None:
    """Why the CMS holds data the signature does not vouch for, or None.

    The signer's signature covers only its signed attributes; a few SignedData
    fields around it (version, the digestAlgorithms list, extra certificates) can
    be edited without breaking it. We write them one way, so accept only that."""
    sd, si = sig.signed_data, sig.signer_info
    if sd["version"].native != "v1" or si["version"].native != "v1":
        return "unexpected CMS version"
    algos = sd["digest_algorithms"]
    if len(algos) != 1 or algos[0].dump() != si["digest_algorithm"].dump():
        return "digest algorithm list does not match the signer's"
    encap = sd["encap_content_info"]
    if encap["content_type"].native != "data" or encap["content"].native is not None:
        return "unexpected encapsulated content"
    if sd["crls"].native or len(sd["signer_infos"]) != 1 or si["unsigned_attrs"].native:
        return "unexpected extra CMS data"
    # pyHanko finds the signer's certificate by a case-insensitive name match; insist on
    # the exact bytes so the identifier cannot be edited either.
    sid = si["sid"]
    cert = sig.signer_cert
    if (
        sid.name != "issuer_and_serial_number"
        or sid.chosen["issuer"].dump() != cert.issuer.dump()
        or sid.chosen["serial_number"].native != cert.serial_number
    ):
        return "the signer identifier does not match the signing certificate"
    if path_certs is not None:
        # Every embedded certificate must be one pyHanko used in the trusted chain.
        allowed = {c.dump() for c in path_certs}
        for choice in sd["certificates"]:
            if choice.name != "certificate" or choice.chosen.dump() not in allowed:
                return "a certificate embedded in the signature is not part of the signer's chain"
    return None
