"""Keys, certificates and PAdES signatures (pyHanko).

    signing.sign_pdf(pdf, signer)                   # a signed report
    signing.verify_pdf(path, trust_dir)             # valid / altered / invalid / unknown_signer / …

Owns signing identities on disk (`keys`), signing and verification (`pades`), the strict checks
beyond pyHanko's (`strict_checks`) and the cheap re-check of an already trusted signer (`recheck`).
Never imports the store, the report, sync, the UI or Qt: it signs and checks bytes.
"""

from inspector.signing.pades import (
    Identity,
    SigningError,
    VerifyResult,
    create_identity,
    import_pkcs12,
    list_identities,
    load_signer,
    load_trust_certs,
    sign_pdf,
    verify_pdf,
)

__all__ = [
    "Identity", "SigningError", "VerifyResult", "create_identity", "import_pkcs12", "list_identities", "load_signer",
    "load_trust_certs", "sign_pdf", "verify_pdf",
]
