"""Finding an inspection from what a person typed: a full id or a unique prefix."""

from __future__ import annotations

from ..model import Inspection
from ..store import Store


def find_inspection(store: Store, typed: str) -> Inspection:
    from . import CommandError

    typed = typed.strip().lower()
    if len(typed) < 6:
        raise CommandError(f"inspection id {typed!r} is too short: type at least 6 characters (see `python main.py list`)")
    matches = [row.inspection for row in store.list_inspections() if row.inspection.id.startswith(typed)]
    if not matches:
        raise CommandError(f"no inspection with id {typed} in {store.path} (see `python main.py list`)")
    if len(matches) > 1:
        raise CommandError(f"{len(matches)} inspections start with {typed}; type more of the id")
    return matches[0]
