"""Checklist templates: the built-in files and their validator."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inspector.templates.validator import TemplateError, load_template_file, validate_template

TEMPLATES_DIR = Path(__file__).parent / "builtin"

__all__ = ["TemplateError", "builtin_templates", "load_template_file", "validate_template"]


def builtin_templates() -> list[dict[str, Any]]:
    """Every template shipped with the app, validated, oldest version first."""
    templates = [load_template_file(path) for path in sorted(TEMPLATES_DIR.glob("*.json"))]
    return sorted(templates, key=lambda t: (t["id"], t["version"]))
