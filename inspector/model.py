"""Plain dataclasses shared by the store, scoring, report and UI. No I/O, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Inspection types, stored as these codes; the UI shows 明查 / 暗访 / 非现场 / 自查.
INSPECTION_TYPES = ("onsite", "mystery", "remote", "self")
STATUSES = ("draft", "finished", "signed")
RESULTS = ("unchecked", "pass", "fail", "na")
SIGNER_ROLES = ("inspector", "branch_head")


@dataclass
class Branch:
    id: str
    code: str
    name: str
    address: str = ""
    head: str = ""
    region: str = ""


@dataclass
class Inspection:
    id: str
    branch_id: str
    type: str
    inspectors: list[str]
    template_id: str
    template_version: int
    started_at: str
    ended_at: str | None = None
    status: str = "draft"
    corrects: str | None = None  # id of the signed inspection this one corrects
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Finding:
    inspection_id: str
    item_id: str
    result: str = "unchecked"
    occurrences: int = 1
    staff: str = ""  # badge number or name of the staff member concerned
    repeat: bool = False  # the same problem was found before: charged double
    note: str = ""
    selected: list[str] = field(default_factory=list)  # options of a multi item
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Photo:
    id: str  # sha256 of the original bytes + inspection: see store.add_photo
    inspection_id: str
    sha256: str
    original_path: str  # relative to the photos folder
    display_path: str
    thumb_path: str
    original_name: str
    taken_at: str | None
    taken_at_source: str  # "exif" or "file"
    imported_at: str
    item_id: str | None = None  # None: kept with the inspection, not yet matched
    width: int = 0
    height: int = 0
    gps_lat: float | None = None
    gps_lon: float | None = None
    annotations: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Timing:
    id: int | None
    inspection_id: str
    item_id: str
    kind: str  # "wait" (a stopwatch reading) or "count" (people waiting / windows open)
    recorded_at: str
    started_at: str | None = None
    stopped_at: str | None = None
    seconds: float | None = None
    waiting: int | None = None
    windows_open: int | None = None
    label: str = ""


@dataclass
class Signature:
    inspection_id: str
    role: str
    name: str
    title: str
    signed_at: str
    strokes: list[list[tuple[float, float]]]
    image_png: bytes


@dataclass
class Rectification:
    inspection_id: str
    item_id: str
    owner: str
    deadline: str  # ISO date
    status: str = "open"  # open | closed
    closed_at: str | None = None
    closing_note: str = ""


@dataclass
class ReceivedReport:
    """Head office: the signed report an imported inspection arrived with."""

    inspection_id: str
    sha256: str
    path: str  # relative to the data folder
    signer: str
    bundle_sha256: str
    recorded_at: str


@dataclass
class InspectionSnapshot:
    """Everything a report or bundle needs about one inspection, read in one transaction."""

    inspection: Inspection
    branch: Branch
    template: dict[str, Any]
    findings: list[Finding]
    photos: list[Photo]
    timings: list[Timing]
    signatures: list[Signature]
    rectifications: list[Rectification]
    photos_dir: str  # absolute folder the photo paths are relative to
