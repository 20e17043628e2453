"""The audit log's hash chain, as pure functions. The store writes the rows.

Each entry's hash covers its own fields and the previous entry's hash, so editing,
deleting or reordering any row breaks every hash after it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    inspection_id: str | None
    entity: str
    entity_key: str
    details: str  # canonical JSON
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str = ""


def canonical_json(value: Any) -> str:
    """Stable JSON: same value, same text, whatever the dict order."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def canonical_sha256(value: Any) -> str:
    """SHA-256 (hex) of the UTF-8 canonical JSON: how templates, bundle content and report data are hashed."""
    return hashlib.sha256(canonical_json(value).encode("utf-8")).hexdigest()


def entry_hash(
    prev_hash: str,
    seq: int,
    at: str,
    actor: str,
    action: str,
    inspection_id: str | None,
    entity: str,
    entity_key: str,
    details: str,
) -> str:
    payload = canonical_json([prev_hash, seq, at, actor, action, inspection_id, entity, entity_key, details])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def verify_chain(entries: list[AuditEntry]) -> ChainCheck:
    """Check every link of the chain, in sequence order."""
    prev = GENESIS
    for index, entry in enumerate(entries):
        if index > 0 and entry.seq != entries[index - 1].seq + 1:
            return ChainCheck(False, len(entries), entry.seq, f"entry {entry.seq} follows {entries[index - 1].seq}: rows are missing")
        if entry.prev_hash != prev:
            return ChainCheck(False, len(entries), entry.seq, f"entry {entry.seq} does not link to the entry before it")
        expected = entry_hash(
            entry.prev_hash, entry.seq, entry.at, entry.actor, entry.action,
            entry.inspection_id, entry.entity, entry.entity_key, entry.details,
        )
        if expected != entry.hash:
            return ChainCheck(False, len(entries), entry.seq, f"entry {entry.seq} was changed after it was written")
        prev = entry.hash
    if entries and entries[0].seq != 1:
        return ChainCheck(False, len(entries), entries[0].seq, "the first entries of the log are missing")
    return ChainCheck(True, len(entries))
