"""Match photos to checklist items by capture time (bulk attach after the visit).

A photo belongs to the item being answered when it was taken: the latest answer
event at or before the photo's time, if that event is no more than ``window``
earlier. Otherwise the photo stays with the inspection (None).

Naive vs aware datetimes: a phone without an EXIF offset records its local wall
clock, and the supervisor's laptop and phone are in the same place, so every
naive datetime (photo or event) is read as local time in ``local_tz`` (default:
this computer's time zone). Aware datetimes are compared as instants. With all
naive or all aware inputs, this is plain comparison.

Example::

    match_by_time({"p1": datetime(2024, 5, 6, 9, 31)},
                  [(datetime(2024, 5, 6, 9, 30), "A1")])  # -> {"p1": "A1"}
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import UTC, datetime, timedelta, tzinfo


def _instant(value: datetime, local_tz: tzinfo | None) -> datetime:
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        # astimezone() on a naive value assumes the system zone (DST-aware)
        value = value.replace(tzinfo=local_tz) if local_tz else value.astimezone()
    return value.astimezone(UTC)


def match_by_time(
    photo_times: dict[str, datetime],
    answer_events: list[tuple[datetime, str]],
    window: timedelta = timedelta(minutes=10),
    local_tz: tzinfo | None = None,
) -> dict[str, str | None]:
    """Item id for each photo id (None: no answer within ``window`` before it).

    Events with the same time: the one listed last wins (it was answered last).
    """
    events = sorted(
        ((_instant(t, local_tz), n, item) for n, (t, item) in enumerate(answer_events)),
        key=lambda e: (e[0], e[1]),
    )
    times = [e[0] for e in events]
    result: dict[str, str | None] = {}
    for photo_id, taken in photo_times.items():
        when = _instant(taken, local_tz)
        i = bisect_right(times, when)
        if i and when - times[i - 1] <= window:
            result[photo_id] = events[i - 1][2]
        else:
            result[photo_id] = None
    return result
