"""Where Inspector keeps its data: one place, so tests and users never collide."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_VAR = "INSPECTOR_DATA_DIR"
APP_DIR = Path(__file__).resolve().parent.parent
ASSETS_DIR = APP_DIR / "assets"
# CJK glyphs for the PDF (reportlab sets Latin runs in its bundled Vera; Droid has no Latin).
FONT_PATH = ASSETS_DIR / "fonts" / "DroidSansFallbackFull.ttf"
# Latin and CJK in one font, for the Qt UI and text drawn into images (captions, annotations).
UI_FONT_PATH = ASSETS_DIR / "fonts" / "wqy-microhei.ttc"


RECEIVED_FOLDER = "received"


@dataclass(frozen=True)
class DataDir:
    """The data folder: one SQLite file, photos beside it, signing keys, an outbox for bundles,
    and at head office the signed reports received."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "inspector.db"

    @property
    def photos(self) -> Path:
        return self.root / "photos"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def outbox(self) -> Path:
        return self.root / "outbox"

    @property
    def received(self) -> Path:
        """Head office: the signed reports exactly as they arrived in the bundles."""
        return self.root / RECEIVED_FOLDER


def resolve_data_dir(explicit: str | os.PathLike | None = None) -> DataDir:
    """--data-dir wins, then $INSPECTOR_DATA_DIR, then the platform's user data folder."""
    if explicit:
        return DataDir(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return DataDir(Path(from_env).expanduser().resolve())
    return DataDir(Path(platformdirs.user_data_dir("Inspector", appauthor=False)))
