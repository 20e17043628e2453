"""EXIF reading for photo import: capture time, GPS position and orientation.

Everything here is forgiving: phones and editing tools write broken or odd EXIF,
and a bad tag must never stop a photo from importing. Unusable values read as None.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta, timezone
from typing import Any

from PIL import Image

TAG_ORIENTATION = 0x0112
IFD_EXIF = 0x8769
IFD_GPS = 0x8825
TAG_DATETIME_ORIGINAL = 0x9003
TAG_DATETIME_DIGITIZED = 0x9004
TAG_OFFSET_TIME_ORIGINAL = 0x9011
TAG_OFFSET_TIME_DIGITIZED = 0x9012

# Capture times outside this range are clock errors (0000:00:00, 1900, 2200…):
# the photo then falls back to its file time.
EARLIEST_PLAUSIBLE_YEAR = 1990

_EXIF_DATE = re.compile(r"^\s*(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"^\s*([+-])(\d{2}):?(\d{2})\s*$")

# Same mapping as PIL.ImageOps.exif_transpose; applied to the (smaller) display
# image rather than the decoded original so rotation costs little.
TRANSPOSE_FOR_ORIENTATION: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def read_exif(img: Image.Image) -> Image.Exif | None:
    """The image's EXIF block, or None when absent or unparseable."""
    try:
        exif = img.getexif()
    except Exception:  # noqa: BLE001 - malformed EXIF raises many types; it is optional data
        return None
    return exif if len(exif) else None


def _sub_ifd(exif: Image.Exif, tag: int) -> dict[int, Any]:
    try:
        return dict(exif.get_ifd(tag))
    except Exception:  # noqa: BLE001 - a broken sub-IFD only loses that part
        return {}


def orientation(exif: Image.Exif | None) -> int:
    """EXIF orientation 1..8 (1 when missing or invalid)."""
    if exif is None:
        return 1
    value = exif.get(TAG_ORIENTATION, 1)
    try:
        value = int(value)
    except (TypeError, ValueError):
        return 1
    return value if 1 <= value <= 8 else 1


def parse_exif_datetime(text: Any, offset: Any = None) -> datetime | None:
    """'YYYY:MM:DD HH:MM:SS' (+ optional '+08:00') to a datetime, None if nonsense.

    Aware when the offset is valid, else naive (the camera's local time).
    """
    if isinstance(text, bytes):
        text = text.decode("ascii", "replace")
    if not isinstance(text, str):
        return None
    m = _EXIF_DATE.match(text.strip("\x00"))
    if not m:
        return None
    try:
        value = datetime(*(int(g) for g in m.groups()))
    except ValueError:  # month 13, day 0, 0000:00:00 …
        return None
    if not EARLIEST_PLAUSIBLE_YEAR <= value.year <= datetime.now().year + 1:
        return None
    tz = parse_offset(offset)
    return value.replace(tzinfo=tz) if tz else value


def parse_offset(offset: Any) -> timezone | None:
    """'+08:00' / '-0530' to a timezone; None when missing or invalid."""
    if isinstance(offset, bytes):
        offset = offset.decode("ascii", "replace")
    if not isinstance(offset, str):
        return None
    m = _OFFSET.match(offset.strip("\x00"))
    if not m:
        return None
    sign, hours, minutes = m.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta > timedelta(hours=14) or int(minutes) >= 60:
        return None
    return timezone(-delta if sign == "-" else delta)


def capture_time(exif: Image.Exif | None) -> datetime | None:
    """When the photo was taken: DateTimeOriginal, else DateTimeDigitized."""
    if exif is None:
        return None
    sub = _sub_ifd(exif, IFD_EXIF)
    candidates = [
        (sub.get(TAG_DATETIME_ORIGINAL), sub.get(TAG_OFFSET_TIME_ORIGINAL)),
        (sub.get(TAG_DATETIME_DIGITIZED), sub.get(TAG_OFFSET_TIME_DIGITIZED)),
    ]
    # IFD0 DateTime is deliberately not used: editors rewrite it, so it is not
    # the moment the photo was taken.
    for text, offset in candidates:
        value = parse_exif_datetime(text, offset)
        if value is not None:
            return value
    return None


def _to_degrees(value: Any) -> float | None:
    try:
        parts = [float(v) for v in value]
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not parts or len(parts) > 3 or any(math.isnan(p) or p < 0 for p in parts):
        return None
    parts += [0.0] * (3 - len(parts))
    return parts[0] + parts[1] / 60 + parts[2] / 3600


def _ref(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    return str(value).strip("\x00 ").upper() if value is not None else ""


def gps_position(exif: Image.Exif | None) -> tuple[float | None, float | None]:
    """(latitude, longitude) in decimal degrees, or (None, None)."""
    if exif is None:
        return None, None
    gps = _sub_ifd(exif, IFD_GPS)
    lat = _to_degrees(gps.get(2))
    lon = _to_degrees(gps.get(4))
    if lat is None or lon is None or lat > 90 or lon > 180:
        return None, None
    if _ref(gps.get(1)) == "S":
        lat = -lat
    if _ref(gps.get(3)) == "W":
        lon = -lon
    # 0,0 is what some phones write when they had no fix.
    if lat == 0 and lon == 0:
        return None, None
    return round(lat, 7), round(lon, 7)
