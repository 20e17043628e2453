"""The checklist workspace of one inspection (issue 5).

widget = WorkspaceWidget(store, inspection_id)
menu.addActions(widget.actions_for_menu())
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inspector.ui.workspace.widget import WorkspaceWidget

__all__ = ["WorkspaceWidget", "render_workspace_screenshot"]


def render_workspace_screenshot(
    store: Any, inspection_id: str, path: str | Path, size: tuple[int, int] = (1366, 768), **options: Any
) -> Path:
    """Render the workspace of an inspection offscreen to a PNG (see screenshot.py)."""
    # Imported here so `python -m inspector.ui.workspace.screenshot` does not import itself twice.
    from inspector.ui.workspace.screenshot import render_workspace_screenshot as render

    return render(store, inspection_id, path, size, **options)
