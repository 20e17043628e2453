"""Undoable edits: each answer, note or reading is one QUndoCommand that calls the store.

Undo calls the store again with the values from before; nothing is kept only in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtGui import QUndoCommand

from inspector.model import Timing
from inspector.ui.workspace.session import WorkspaceSession

NOTE_COMMAND_ID = 1001


class SetFindingCommand(QUndoCommand):
    """Change some fields of one finding; undo puts the previous values back."""

    def __init__(
        self,
        session: WorkspaceSession,
        item_id: str,
        after: dict[str, Any],
        text: str,
        on_apply: Callable[[str], None] | None = None,
    ):
        super().__init__(text)
        self.session = session
        self.item_id = item_id
        self.before = session.values(item_id, after.keys())
        self.after = dict(after)
        self.on_apply = on_apply  # e.g. bring the item into view when undone

    def redo(self) -> None:
        self.session.apply(self.item_id, **self.after)
        if self.on_apply:
            self.on_apply(self.item_id)

    def undo(self) -> None:
        self.session.apply(self.item_id, **self.before)
        if self.on_apply:
            self.on_apply(self.item_id)


class NoteCommand(SetFindingCommand):
    """A note edit. Saves made while the same edit is still going on merge into one undo step."""

    def __init__(
        self,
        session: WorkspaceSession,
        item_id: str,
        note: str,
        edit_token: int,
        text: str,
        on_apply: Callable[[str], None] | None = None,
    ):
        super().__init__(session, item_id, {"note": note}, text, on_apply)
        self.edit_token = edit_token

    def id(self) -> int:  # noqa: A003 - Qt's name
        return NOTE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, NoteCommand) or other.item_id != self.item_id or other.edit_token != self.edit_token:
            return False
        self.after = dict(other.after)
        return True


class AddTimingCommand(QUndoCommand):
    """Record a stopwatch or count reading and let the readings decide the item's result.

    Undo removes the reading and puts the item's previous result and occurrences back.
    """

    def __init__(
        self, session: WorkspaceSession, timing: Timing, text: str, on_apply: Callable[[str], None] | None = None
    ):
        super().__init__(text)
        self.session = session
        self.timing = timing
        self.stored: Timing | None = None
        self.before = session.values(timing.item_id, ("result", "occurrences"))
        self.on_apply = on_apply

    def redo(self) -> None:
        self.stored = self.session.add_timing(replace(self.timing, id=None))
        result, occurrences = self.session.outcome_from_timings(self.timing.item_id)
        self.session.apply(self.timing.item_id, result=result, occurrences=occurrences)
        if self.on_apply:
            self.on_apply(self.timing.item_id)

    def undo(self) -> None:
        if self.stored is not None and self.stored.id is not None:
            self.session.remove_timing(self.stored.id)
        self.session.apply(self.timing.item_id, **self.before)
        if self.on_apply:
            self.on_apply(self.timing.item_id)
