"""Finding an inspection from what a person typed: a full id or a unique prefix."""

from __future__ import annotations

from typing import Any

MIN_PREFIX = 6


def resolve_inspection_id(store: Any, ref: str) -> str:
    """The full id of the one inspection whose id is ``ref`` or starts with it."""
    from inspector.cli import CommandError

    ref = ref.strip().lower()
    ids = [row.inspection.id for row in store.list_inspections()]
    if ref in ids:
        return ref
    if len(ref) < MIN_PREFIX:
        raise CommandError(f"'{ref}' is too short: give the inspection id or at least {MIN_PREFIX} of its first characters.")
    matches = [i for i in ids if i.startswith(ref)]
    if not matches:
        raise CommandError(f"No inspection id starts with '{ref}'; `python main.py list` shows the ids.")
    if len(matches) > 1:
        raise CommandError(
            f"'{ref}' matches {len(matches)} inspections ({', '.join(m[:13] for m in matches[:5])}…); give more characters."
        )
    return matches[0]
