"""Marks: where the days of a time-ordered table stand in its line of the data file, so a
period (the last 90 days of thirty years) is read without decoding the rest.

Check-ins, triggers, skill sessions and journal entries are read by period
(Store.select_dated). Without marks, finding the records of a period means reading every
record's day: two C passes over the whole line (47 ms for thirty years of check-ins,
triggers and skill sessions, most of what `recover insights` then costs). With marks, the
reader starts at the last mark before the period and decodes only from there.

For each such table (store/schemas.py DATED names the field read by period), meta.layout
keeps `marks[table]`:

- `field`: the record field the days are read from;
- `count`: how many records the line holds; `max`: the latest day among them ("" if none);
- `points`: `[offset, day]` every EVERY records: the byte offset in the line where that
  record (its quoted id) starts, and the latest day of every record BEFORE it.

Records stay in the order they were added (a check-in entered late for last week sits at the
end), so the marks say nothing about order: every record before a point is on or before that
point's day. A reader wanting the days from `first` on starts at the last point whose day is
before `first`: nothing it skips can be in the period, whatever the order. Marks live in the
meta line, covered by its CRC-32 like everything else there; a reader that finds them
missing, of another shape, or not landing on a record's start reads the whole line as
before, so they can only make a read faster, never change what it finds.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Any

EVERY = 128
"""Records between two points: about 30 points for thirty years of daily check-ins."""

MARKS = "marks"


class Marks:
    """The marks of one table line (see the module docstring)."""

    __slots__ = ("count", "field", "latest", "points")

    def __init__(self, field: str, count: int, latest: str, points: list[tuple[int, str]]) -> None:
        self.field = field
        self.count = count
        self.latest = latest
        self.points = points

    def as_meta(self) -> dict[str, Any]:
        """The form kept in meta.layout.marks."""
        return {"field": self.field, "count": self.count, "max": self.latest, "points": [list(p) for p in self.points]}

    @classmethod
    def from_meta(cls, entry: Any) -> Marks | None:
        """Read `as_meta()` back; None for anything of another shape (then no marks are used)."""
        if not isinstance(entry, dict):
            return None
        field, count, latest, points = entry.get("field"), entry.get("count"), entry.get("max"), entry.get("points")
        if not (isinstance(field, str) and isinstance(count, int) and count >= 0 and isinstance(latest, str)):
            return None
        if not isinstance(points, list) or len(points) != max(count - 1, 0) // EVERY:
            return None
        read: list[tuple[int, str]] = []
        for point in points:
            if not (
                isinstance(point, list)
                and len(point) == 2
                and type(point[0]) is int
                and point[0] > 1  # after the line's "{" and its first record
                and isinstance(point[1], str)
                and (not read or (point[0] > read[-1][0] and point[1] >= read[-1][1]))
                and point[1] <= latest
            ):
                return None
            read.append((point[0], point[1]))
        return cls(field, count, latest, read)

    def start_for(self, first: str) -> int:
        """The offset in the line from which every record whose day is `first` or later lies
        (0: the whole line)."""
        days = [day for _, day in self.points]
        index = bisect.bisect_left(days, first)  # points[:index] all have a day before `first`
        return self.points[index - 1][0] if index else 0

    def appended(self, offset: int, day: str | None) -> Marks:
        """The marks after one more record, starting at `offset`, with day `day` (None when
        its field is not a string)."""
        points = list(self.points)
        if self.count and self.count % EVERY == 0:
            points.append((offset, self.latest))
        latest = max(self.latest, day) if day is not None else self.latest
        return Marks(self.field, self.count + 1, latest, points)


def day_of(value: Any) -> str | None:
    """The day a record's field gives ("2026-12-06" of "2026-12-06T21:00:00+02:00"), or None
    when it is not a string (such a record is in no period)."""
    return value[:10] if isinstance(value, str) else None


def build(field: str, members: Iterable[tuple[int, str | None]]) -> Marks:
    """Marks from each record's size in the line and its day, in line order. A record's size
    is its quoted id, the colon, its JSON and the comma after it (as written:
    `{"id1":{...},"id2":{...}}`)."""
    count, latest, offset = 0, "", 1
    points: list[tuple[int, str]] = []
    for size, day in members:
        if count and count % EVERY == 0:
            points.append((offset, latest))
        if day is not None and day > latest:
            latest = day
        count += 1
        offset += size
    return Marks(field, count, latest, points)
