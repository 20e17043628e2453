"""Plain dataclasses shared by the store, scoring, report and UI. No I/O, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class InspectionType(StrEnum):
    """How the branch was inspected; stored as these codes, shown as 明查 / 暗访 / 非现场 / 自查."""

    ONSITE = "onsite"
    MYSTERY = "mystery"
    REMOTE = "remote"
    SELF = "self"


class InspectionStatus(StrEnum):
    """draft → finished → signed; a signed inspection never changes again."""

    DRAFT = "draft"
    FINISHED = "finished"
    SIGNED = "signed"


class FindingResult(StrEnum):
    UNCHECKED = "unchecked"
    PASS = "pass"
    FAIL = "fail"
    NA = "na"


class SignerRole(StrEnum):
    INSPECTOR = "inspector"
    BRANCH_HEAD = "branch_head"


class RectificationStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


# The members as tuples, for membership checks and choices in a fixed order.
INSPECTION_TYPES = tuple(InspectionType)
STATUSES = tuple(InspectionStatus)
RESULTS = tuple(FindingResult)
SIGNER_ROLES = tuple(SignerRole)


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
    type: InspectionType
    inspectors: list[str]
    template_id: str
    template_version: int
    started_at: str
    ended_at: str | None = None
    status: InspectionStatus = InspectionStatus.DRAFT
    corrects: str | None = None  # id of the signed inspection this one corrects
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Finding:
    inspection_id: str
    item_id: str
    result: FindingResult = FindingResult.UNCHECKED
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
    role: SignerRole
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
    status: RectificationStatus = RectificationStatus.OPEN
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
